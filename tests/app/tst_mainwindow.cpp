// SPDX-License-Identifier: Apache-2.0
// The main window, offscreen: opening projects, the lazily filled item list, the preview,
// signing in, adding media, bad projects, and remembered geometry.
#include "app/gui/mainwindow.h"
#include "app/gui/labelingpanel.h"
#include "app/gui/signindialog.h"
#include "core/identity/keystore.h"
#include "core/items/intake.h"
#include "core/models/itemlistmodel.h"
#include "core/project/services.h"
#include "tests/app/memorykeys.h"
#include "tests/mounts.h"
#include "tests/testutil.h"
#include "widgets/audio/audioitemview.h"
#include "widgets/preview/itempreview.h"
#include "widgets/text/textitemview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>
#include <QTableWidget>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>
#include <sqlite3.h>

using namespace assay;
using namespace assay::core;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QString makeProject(int fakeItems)
    {
        const QString path = m_dir->filePath(QStringLiteral("gui.assay"));
        assay::core::CreateOptions options;
        options.name = QStringLiteral("GUI test");
        options.ownerSecret = m_keys.of(QStringLiteral("admin")); // everything below is signed
        auto store = assay::core::Project::create(path, options);
        QDir(m_dir->path()).mkpath(QStringLiteral("media"));
        cv::Mat m(120, 160, CV_8UC3, cv::Scalar(30, 140, 220));
        cv::imwrite(m_dir->filePath(QStringLiteral("media/real.png")).toStdString(), m);
        QList<Item> items;
        Item real;
        real.kind = ItemKind::Image;
        real.sha256 = QString(64, QLatin1Char('1'));
        real.path = QStringLiteral("media/real.png");
        real.width = 160;
        real.height = 120;
        items.append(real);
        Item doc;
        doc.kind = ItemKind::Text;
        doc.sha256 = QString(64, QLatin1Char('2'));
        doc.path = QStringLiteral("media/docs.jsonl");
        doc.text = QStringLiteral("An inline document about birds.");
        doc.characters = doc.text.size();
        items.append(doc);
        for (int i = 0; i < fakeItems; ++i) {
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                            .toHex());
            it.path = QStringLiteral("media/missing-%1.jpg").arg(i);
            it.width = it.height = 10;
            items.append(it);
        }
        if (!(*store)->items().addItems(items, {}))
            return {};
        return path;
    }

    static QString statusPerson(const app::MainWindow &w)
    {
        for (const QLabel *label : w.findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("Signed in"))
                || label->text().startsWith(QLatin1String("Not signed in")))
                return label->text();
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    assay::tests::MemoryKeys m_keys;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring: the key file, as under CI
        // Settings and key files (assay/keys under the config folder) in Qt's test folders.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-gui-test"));
        // The fixtures record as several people without their keys: not what the window's check
        // of the log at opening is for (tst_mainwindow tests it on a signed project).
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void itemListLoadsLazily()
    {
        const QString path = makeProject(1500);
        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        QCOMPARE(w.windowTitle(), QStringLiteral("GUI test — Assay"));
        ItemListModel *model = w.itemModel();
        QCOMPARE(model->rowCount(), model->pageSize()); // one page, not 1502 rows
        QListView *view = w.itemView();
        for (int i = 0; i < 10 && model->rowCount() < 1502; ++i) {
            view->scrollToBottom();
            QCoreApplication::processEvents();
        }
        QCOMPARE(model->rowCount(), 1502);
        QVERIFY(!model->canFetchMore({}));

        // The model on its own (no view fetching inside its notifications), under the tester.
        ItemListModel alone;
        alone.setPageSize(100);
        alone.setStore(w.store());
        // Attached after the reset: the tester fetches inside its own reset checks.
        QAbstractItemModelTester tester(&alone,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (alone.canFetchMore({}))
            alone.fetchMore({});
        QCOMPARE(alone.rowCount(), 1502);
        QCOMPARE(alone.data(alone.index(1, 0)).toString(),
                 QStringLiteral("docs.jsonl:0  An inline document about birds."));
        alone.setStore(nullptr);
        QCOMPARE(alone.rowCount(), 0);
    }

    void previewShowsTheSelectedItem()
    {
        const QString path = makeProject(3);
        app::MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(w.openProject(path));
        widgets::ItemPreview *preview = w.preview();
        // The first item is selected on open: the real picture.
        QTRY_VERIFY(preview->isLoaded());
        QCOMPARE(preview->message(), QString());

        w.itemView()->setCurrentIndex(w.itemView()->model()->index(1, 0));
        QTRY_VERIFY(preview->isLoaded());
        QCOMPARE(preview->message(), QString()); // the document's text is shown

        w.itemView()->setCurrentIndex(w.itemView()->model()->index(2, 0));
        QTRY_VERIFY(preview->isLoaded());
        QVERIFY2(preview->message().contains(QStringLiteral("missing-0.jpg")),
                 qPrintable(preview->message()));

        // Keyboard: Down moves to the next item.
        w.itemView()->setFocus();
        QTest::keyClick(w.itemView(), Qt::Key_Down);
        QCOMPARE(w.itemView()->currentIndex().row(), 3);
    }

    // The media live on a disk of their own that is unmounted while the project is open: a bind
    // mount detached with umount -l where the test may mount (tests/mounts.h); elsewhere the
    // folder is moved away and an empty mount point left, which is what the window sees either
    // way. The window keeps working, says the media are missing and why, and shows them again
    // once the disk is back.
    void unmountedMediaShowMediaMissing()
    {
        const QString disk = m_dir->filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        for (int i = 0; i < 2; ++i) {
            cv::Mat m(60, 80, CV_8UC3, cv::Scalar(40 * i, 120, 200));
            cv::imwrite(QDir(disk).filePath(QStringLiteral("pic%1.png").arg(i)).toStdString(), m);
        }
        const QString mediaRoot = m_dir->filePath(QStringLiteral("mnt"));
        auto mount = std::make_unique<assay::tests::BindMount>(disk, mediaRoot, false);
        const bool mounted = mount->ok();
        if (!mounted) {
            QVERIFY(QDir().rmdir(mediaRoot));
            QVERIFY(QDir().rename(disk, mediaRoot));
        }
        const QString path = m_dir->filePath(QStringLiteral("media.assay"));
        {
            assay::core::CreateOptions options;
            options.mediaRoot = mediaRoot;
            options.ownerSecret = m_keys.of(QStringLiteral("admin"));
            auto store = assay::core::Project::create(path, options);
            ASSAY_VERIFY_RESULT(store);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
            auto added = media::addMedia(**store, {mediaRoot});
            ASSAY_VERIFY_RESULT(added);
        }
        app::MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(w.openProject(path));
        QCOMPARE(w.itemModel()->rowCount(), 2);
        QTRY_VERIFY(w.preview()->isLoaded());
        QCOMPARE(w.preview()->message(), QString());
        QVERIFY(w.mediaMissingIndicator()->isHidden());

        if (mounted) {
            QVERIFY(mount->unmountLazily());
        } else {
            QVERIFY(QDir().rename(mediaRoot, disk));
            QVERIFY(QDir().mkpath(mediaRoot));
        }
        w.itemView()->setCurrentIndex(w.itemView()->model()->index(1, 0));
        QTRY_VERIFY(w.preview()->isLoaded());
        QVERIFY2(w.preview()->message().contains(QLatin1String("pic1.png"))
                         && w.preview()->message().contains(QLatin1String("not mounted")),
                 qPrintable(w.preview()->message()));
        QVERIFY(w.mediaMissingIndicator()->isVisible());
        QVERIFY2(w.mediaMissingIndicator()->toolTip().contains(QDir::toNativeSeparators(mediaRoot)),
                 qPrintable(w.mediaMissingIndicator()->toolTip()));
        if (qEnvironmentVariableIsSet("ASSAY_SCREENSHOT_DIR"))
            w.grab().save(qEnvironmentVariable("ASSAY_SCREENSHOT_DIR")
                          + QStringLiteral("/media-missing.png"));
        // Opened again while the disk is away: it opens, and says so at once.
        w.closeProject();
        QVERIFY(w.openProject(path));
        QCOMPARE(w.itemModel()->rowCount(), 2);
        QVERIFY(w.mediaMissingIndicator()->isVisible());

        if (mounted) {
            mount = std::make_unique<assay::tests::BindMount>(disk, mediaRoot, false);
            QVERIFY(mount->ok());
        } else {
            QVERIFY(QDir().rmdir(mediaRoot));
            QVERIFY(QDir().rename(disk, mediaRoot));
        }
        w.itemView()->setCurrentIndex(w.itemView()->model()->index(1, 0));
        QTRY_VERIFY(w.preview()->isLoaded());
        QCOMPARE(w.preview()->message(), QString());
        QVERIFY(w.mediaMissingIndicator()->isHidden());
        w.closeProject();
    }

    void addMediaFromTheWindow()
    {
        const QString path = makeProject(0);
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(path));
        QCOMPARE(statusPerson(w), QStringLiteral("Not signed in"));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("admin"), m_keys.of(QStringLiteral("admin"))));
        QCOMPARE(statusPerson(w), QStringLiteral("Signed in as admin (admin)"));
        QDir(m_dir->path()).mkpath(QStringLiteral("new"));
        for (int i = 0; i < 3; ++i) {
            cv::Mat m(50 + i, 70, CV_8UC3, cv::Scalar(i * 40, 90, 10));
            cv::imwrite(m_dir->filePath(QStringLiteral("new/%1.jpg").arg(i)).toStdString(), m);
        }
        QCOMPARE(w.addMedia({m_dir->filePath(QStringLiteral("new"))}), 3);
        QCOMPARE(w.itemModel()->rowCount(), 5);

        // A VMS slide's macro image (a photo of its label) picked by hand is the slide's: not
        // added, and the status bar says why.
        QDir(m_dir->path()).mkpath(QStringLiteral("scans"));
        QFile vms(m_dir->filePath(QStringLiteral("scans/s.vms")));
        QVERIFY(vms.open(QIODevice::WriteOnly));
        vms.write(
                "[Virtual Microscope Specimen]\r\nImageFile=s_0.jpg\r\nMacroImage=s_macro.jpg\r\n");
        vms.close();
        const QString macro = m_dir->filePath(QStringLiteral("scans/s_macro.jpg"));
        cv::imwrite(macro.toStdString(), cv::Mat(30, 90, CV_8UC3, cv::Scalar(200, 30, 30)));
        QCOMPARE(w.addMedia({macro}), 0);
        QCOMPARE(w.itemModel()->rowCount(), 5);
        QVERIFY2(w.statusBar()->currentMessage().contains(
                         QStringLiteral("parts of multi-file slides")),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    // The sign-in dialog unlocks the chosen person's key file; a wrong passphrase, a person
    // without a key file and a key that is not the registered one are each said in the dialog.
    void signInDialogUnlocksTheKeyFile()
    {
        auto rootKeys = core::identity::SecretKeys::generate();
        ASSAY_VERIFY_RESULT(rootKeys);
        const core::identity::KeyStore store;
        ASSAY_VERIFY_RESULT(store.save(QStringLiteral("root"), *rootKeys, "right passphrase", true));
        const QString path = m_dir->filePath(QStringLiteral("signin.assay"));
        {
            CreateOptions options;
            options.name = QStringLiteral("Sign-in test");
            options.ownerName = QStringLiteral("root");
            options.ownerKey = rootKeys->publicKeys().toText();
            auto created = Project::create(path, options);
            ASSAY_VERIFY_RESULT(created);
            ASSAY_VERIFY_RESULT((*created)->people().addPerson(
                    QStringLiteral("ann"), QStringLiteral("Ann Annotator"), {Role::Annotator},
                    m_keys.of(QStringLiteral("ann")).publicKeys().toText()));
            ASSAY_VERIFY_RESULT((*created)->people().addPerson(QStringLiteral("bob"),
                                                               QStringLiteral("Bob Reviewer"),
                                                               {Role::Reviewer}));
        }
        // bob's key file holds a key the project does not know.
        auto bobKeys = core::identity::SecretKeys::generate();
        ASSAY_VERIFY_RESULT(bobKeys);
        ASSAY_VERIFY_RESULT(store.save(QStringLiteral("bob"), *bobKeys, "bob's passphrase", true));

        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(path));
        app::SignInDialog dialog(*w.store(), {}, &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto choose = [&](const QString &display) {
            const auto rows = dialog.peopleList()->findItems(display, Qt::MatchStartsWith);
            QCOMPARE(rows.size(), 1);
            dialog.peopleList()->setCurrentItem(rows.first());
        };

        choose(QStringLiteral("ann"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.message().contains(QLatin1String("no key for ann here"))
                         && dialog.message().contains(store.fileFor(QStringLiteral("ann"))),
                 qPrintable(dialog.message()));

        choose(QStringLiteral("bob"));
        dialog.passphraseEdit()->setText(QStringLiteral("bob's passphrase"));
        dialog.accept();
        QVERIFY2(dialog.message().contains(QLatin1String("bob has no registered key"))
                         && dialog.message().contains(store.fileFor(QStringLiteral("bob"))),
                 qPrintable(dialog.message()));

        choose(QStringLiteral("root"));
        dialog.passphraseEdit()->setText(QStringLiteral("wrong passphrase"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.message().contains(QLatin1String("wrong passphrase for root's key"))
                         && dialog.message().contains(store.fileFor(QStringLiteral("root"))),
                 qPrintable(dialog.message()));
        QVERIFY(w.store()->actor().id.isEmpty());
        // For the documentation: ASSAY_SCREENSHOT_DIR=... saves the dialog as it looks now.
        if (const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("sign-in.png"))));

        dialog.passphraseEdit()->setText(QStringLiteral("right passphrase"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(w.store()->actor().name, QStringLiteral("root"));
        QVERIFY(w.store()->signingKeys());
        QCOMPARE(w.store()->signingKeys()->publicKeys(), rootKeys->publicKeys());
        QCOMPARE(app::SignInDialog::remembered(w.store()->info().projectId), w.store()->actor().id);
        QFile::remove(store.fileFor(QStringLiteral("root")));
        QFile::remove(store.fileFor(QStringLiteral("bob")));
    }

    void projectWhoseLogFailsOpensReadOnly()
    {
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), true);
        const auto restore = qScopeGuard(
                [] { QSettings().setValue(QStringLiteral("checkLogOnOpen"), false); });
        const QString path = makeProject(3);
        {
            app::MainWindow w;
            QVERIFY(w.openProject(path));
            QTRY_VERIFY(!w.isCheckingLog());
            QVERIFY2(!w.store()->isReadOnly(), qPrintable(w.store()->readOnlyReason()));
            QVERIFY(w.readOnlyIndicator()->isHidden());
        }
        // Someone holding the file moves an item's path by hand; the log is left alone.
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(
                             db,
                             "UPDATE items SET path = 'elsewhere.png' WHERE path = 'media/real.png'",
                             nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path)); // it opens: a lead can look
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->isReadOnly(), 20000);
        QVERIFY(!w.isCheckingLog());
        QVERIFY(w.readOnlyIndicator()->isVisible());
        QVERIFY2(w.store()->readOnlyReason().contains(QLatin1String("items")),
                 qPrintable(w.store()->readOnlyReason()));
        QVERIFY(w.windowTitle().contains(QLatin1String("read-only")));
        QCOMPARE(w.itemModel()->rowCount(), 5); // still readable
        // Recording is refused, and the window says so before anything is chosen.
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("admin"), m_keys.of(QStringLiteral("admin"))));
        QAction *addFiles = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->text().startsWith(QLatin1String("&Add Media Files")))
                addFiles = a;
        }
        QVERIFY(addFiles);
        QVERIFY(!addFiles->isEnabled());
        QVERIFY2(addFiles->toolTip().contains(QLatin1String("read-only")),
                 qPrintable(addFiles->toolTip()));
        QVERIFY(w.store()->taxonomy().get()); // reads work
        TaxonomyClass c;
        c.name = QStringLiteral("late");
        auto added = w.store()->taxonomy().addClass(c);
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QLatin1String("read-only")));
        w.closeProject();
        QVERIFY(w.readOnlyIndicator()->isHidden());
    }

    void badProjectIsReportedAndCurrentOneKept()
    {
        const QString good = makeProject(0);
        const QString bad = m_dir->filePath(QStringLiteral("bad.assay"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite, but long enough to look like a header............");
        f.close();
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(good));
        QString shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!w.openProject(bad));
        QVERIFY2(shown.contains(QStringLiteral("bad.assay")), qPrintable(shown));
        QCOMPARE(w.store()->path(), QFileInfo(good).absoluteFilePath());
    }

    // F1 lists every key: the menus', and those of the text and audio views.
    void shortcutListIsComplete()
    {
        app::MainWindow w;
        w.show();
        QStringList rows;
        QTimer::singleShot(200, &w, [&] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                if (auto *table = dialog->findChild<QTableWidget *>()) {
                    for (int r = 0; r < table->rowCount(); ++r)
                        rows.append(table->item(r, 0)->text() + QLatin1Char('=')
                                    + table->item(r, 1)->text());
                }
                dialog->close();
            }
        });
        w.showShortcuts();
        QVERIFY(!rows.isEmpty());
        const auto listed = [&rows](const QString &what, const QKeySequence &key) {
            return rows.contains(what + QLatin1Char('=') + key.toString(QKeySequence::NativeText))
                   || std::any_of(rows.cbegin(), rows.cend(), [&](const QString &r) {
                          return r.startsWith(what + QLatin1Char('='))
                                 && r.contains(key.toString(QKeySequence::NativeText));
                      });
        };
        QList<QAction *> menuActions;
        QList<QMenu *> menus;
        for (QAction *m : w.menuBar()->actions())
            if (m->menu())
                menus.append(m->menu());
        while (!menus.isEmpty()) {
            for (QAction *a : menus.takeFirst()->actions()) {
                if (a->menu())
                    menus.append(a->menu());
                else if (!a->shortcut().isEmpty())
                    menuActions.append(a);
            }
        }
        QVERIFY(menuActions.size() > 20);
        for (QAction *a : std::as_const(menuActions))
            QVERIFY2(listed(a->text().remove(QLatin1Char('&')), a->shortcut()),
                     qPrintable(a->text()));
        auto *text = w.labelingPanel()->textView();
        auto *audio = w.labelingPanel()->audioView();
        QVERIFY(listed(QStringLiteral("Text: Find…"),
                       text->action(widgets::TextItemView::Action::Find)->shortcut()));
        QVERIFY(listed(QStringLiteral("Text: Smaller Text"),
                       text->action(widgets::TextItemView::Action::ZoomOut)->shortcut()));
        QVERIFY(listed(QStringLiteral("Audio: Play"),
                       audio->action(widgets::AudioItemView::Action::PlayPause)->shortcut()));
        QVERIFY(listed(QStringLiteral("Audio: Slower"),
                       audio->action(widgets::AudioItemView::Action::Slower)->shortcut()));
        QVERIFY(listed(QStringLiteral("Sync"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)));
    }

    void geometryIsRemembered()
    {
        {
            app::MainWindow w;
            w.show();
            w.resize(777, 555);
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        app::MainWindow again;
        QCOMPARE(again.size(), QSize(777, 555));
    }

    // A geometry larger than the screen, or partly off it, is shrunk and moved onto it.
    void fittedGeometry_data()
    {
        QTest::addColumn<QRect>("window");
        QTest::addColumn<QRect>("fitted");
        const QRect available(0, 0, 1280, 800); // titleBar 30 below
        QTest::newRow("fits") << QRect(100, 100, 800, 600) << QRect(100, 100, 800, 600);
        QTest::newRow("too big") << QRect(0, 0, 1920, 1200) << QRect(0, 30, 1280, 770);
        QTest::newRow("off the right") << QRect(900, 100, 800, 600) << QRect(480, 100, 800, 600);
        QTest::newRow("above the top") << QRect(10, -50, 800, 600) << QRect(10, 30, 800, 600);
        QTest::newRow("too wide, off the left")
                << QRect(-300, 200, 1500, 500) << QRect(0, 200, 1280, 500);
    }

    void fittedGeometry()
    {
        QFETCH(QRect, window);
        QFETCH(QRect, fitted);
        QCOMPARE(app::MainWindow::fittedGeometry(window, QRect(0, 0, 1280, 800), 30), fitted);
    }

    // The window restored from a larger screen's settings lies within this screen.
    void restoredWindowFitsTheScreen()
    {
        {
            app::MainWindow big;
            big.setGeometry(QRect(200, 150, 2600, 1700));
            big.show();
            QVERIFY(QTest::qWaitForWindowExposed(&big));
            big.close(); // saves the geometry
        }
        app::MainWindow w;
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(available.contains(w.geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6")
                                                                      .arg(w.geometry().x())
                                                                      .arg(w.geometry().y())
                                                                      .arg(w.width())
                                                                      .arg(w.height())
                                                                      .arg(available.width())
                                                                      .arg(available.height())));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
