// SPDX-License-Identifier: Apache-2.0
// The near-duplicates dialog on a real project: groups, thumbnails, keyboard navigation,
// keeping one (confirmed and cancelled), refusals and permissions shown, the threshold box.
#include "core/items/intake.h"
#include "core/project/services.h"
#include "tests/core/media/nearduplicatefixtures.h"
#include "tests/testutil.h"
#include "widgets/duplicates/duplicatesdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace assay;
using namespace assay::core;
using namespace assay::widgets;

// Answers the next removal confirmation (Remove Others, or Cancel) once it is on screen.
static void answerConfirmation(bool remove)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, remove] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("confirmRemoval"))
            return;
        timer->stop();
        timer->deleteLater();
        for (QAbstractButton *b : box->buttons()) {
            if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == remove) {
                b->click();
                return;
            }
        }
    });
    timer->start();
}

class tst_DuplicatesDialog : public QObject
{
    Q_OBJECT

private:
    // The fixture's pictures in a project with a lead and an annotator; the lead acts.
    void makeProject()
    {
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("media")));
        tests::writeNearDuplicateFixture(m_dir->filePath(QStringLiteral("media")));
        auto created = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(created);
        m_store = std::move(*created);
        auto report = media::addMedia(*m_store, {m_dir->filePath(QStringLiteral("media"))});
        ASSAY_VERIFY_RESULT(report);
        ASSAY_VERIFY_RESULT(m_store->people().addPerson(QStringLiteral("lead"),
                                                        QStringLiteral("Lea Lead"), {Role::Lead}));
        ASSAY_VERIFY_RESULT(m_store->people().addPerson(QStringLiteral("ann"),
                                                        QStringLiteral("Ann Notator"),
                                                        {Role::Annotator}));
        QVERIFY(m_store->setActor(QStringLiteral("lead")));
    }

    static void waitForGroups(DuplicatesDialog &dialog, QSignalSpy &spy, int count = 1)
    {
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= count, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.thumbnailsLoaded(), 20000);
    }

    static QStringList shownNames(const DuplicatesDialog &dialog)
    {
        QStringList names;
        const auto &group = dialog.groups().at(dialog.currentGroup());
        for (const auto &m : group.members)
            names.append(QFileInfo(m.item.path).fileName());
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<assay::core::Project> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto *english = new QTranslator(qApp);
        QVERIFY(english->load(QStringLiteral(ASSAY_QM_DIR "/assay_en.qm")));
        QCoreApplication::installTranslator(english);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        makeProject();
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void showsGroupsAndNavigatesByKeyboard()
    {
        DuplicatesDialog dialog(m_store.get());
        QSignalSpy grouped(&dialog, &DuplicatesDialog::groupsChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        waitForGroups(dialog, grouped);
        QCOMPARE(dialog.threshold(), 8);
        QCOMPARE(dialog.groupList()->count(), 2);
        QCOMPARE(dialog.currentGroup(), 0);
        QCOMPARE(dialog.keepButtons().size(), 7);
        QCOMPARE(shownNames(dialog).first(), QStringLiteral("a-brighter.png"));
        QCOMPARE(dialog.groupList()->item(0)->text(), QStringLiteral("a-brighter.png · 7 images"));
        for (QPushButton *b : dialog.keepButtons())
            QVERIFY(b->isEnabled());
        // Each card says its size and how far it is from the first.
        const auto labels = dialog.findChildren<QLabel *>();
        auto shows = [&](const QString &text) {
            return std::any_of(labels.begin(), labels.end(),
                               [&](QLabel *l) { return l->isVisible() && l->text() == text; });
        };
        QVERIFY(shows(QStringLiteral("320 × 240 px · %1")
                              .arg(QLocale().formattedDataSize(
                                      QFileInfo(m_dir->filePath(QStringLiteral("media/a-half.png")))
                                              .size()))));
        QVERIFY(shows(QStringLiteral("differs in 6 bits from the first")));
        // The pictures arrived (decoded in workers), not the loading or failure text.
        for (QLabel *l : labels) {
            if (l->isVisible())
                QVERIFY2(!l->text().startsWith(QStringLiteral("Cannot be shown"))
                                 && l->text() != QStringLiteral("Loading…"),
                         qPrintable(l->text()));
        }

        QWidget *list = dialog.groupList();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(dialog.currentGroup(), 1);
        QCOMPARE(shownNames(dialog),
                 (QStringList{QStringLiteral("b-q40.jpg"), QStringLiteral("b.png")}));
        QTRY_VERIFY(dialog.thumbnailsLoaded());
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(dialog.currentGroup(), 0);
        QCOMPARE(dialog.highlightedMember(), 0);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(list, Qt::Key_Right); // stops at the last
        QCOMPARE(dialog.highlightedMember(), 6);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(list, Qt::Key_Left);
        QCOMPARE(dialog.highlightedMember(), 3);
        QCOMPARE(shownNames(dialog).at(3), QStringLiteral("a.png"));

        // Enter asks first; Cancel leaves everything as it was.
        QSignalSpy removed(&dialog, &DuplicatesDialog::itemsRemoved);
        answerConfirmation(false);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // Enter is not the dialog's Close
        QCOMPARE(removed.count(), 0);
        QCOMPARE(*m_store->items().itemCount(), 14);

        // Enter, Remove Others: a.png stays, its six copies leave the project.
        answerConfirmation(true);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toStringList().size(), 6);
        QCOMPARE(*m_store->items().itemCount(), 8);
        QVERIFY(m_store->items().findItem(QStringLiteral("media/a.png")));
        QVERIFY(!m_store->items().findItem(QStringLiteral("media/a-half.png")));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("media/a-half.png"))));
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral(
                         "Kept media/a.png; removed 6 other images from the project.")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.errorText().isEmpty());
        waitForGroups(dialog, grouped, 2);
        QCOMPARE(dialog.groupList()->count(), 1);
        QCOMPARE(dialog.currentGroup(), 0); // the next group moved into the row
        QCOMPARE(shownNames(dialog),
                 (QStringList{QStringLiteral("b-q40.jpg"), QStringLiteral("b.png")}));
        QCOMPARE(dialog.imageCount(), 8);
    }

    void keepButtonKeepsItsPicture()
    {
        DuplicatesDialog dialog(m_store.get());
        QSignalSpy grouped(&dialog, &DuplicatesDialog::groupsChanged);
        dialog.show();
        waitForGroups(dialog, grouped);
        dialog.setCurrentGroup(1);
        QTRY_VERIFY(dialog.thumbnailsLoaded());
        answerConfirmation(true);
        QTest::mouseClick(dialog.keepButtons().at(1), Qt::LeftButton); // b.png
        QVERIFY(m_store->items().findItem(QStringLiteral("media/b.png")));
        QVERIFY(!m_store->items().findItem(QStringLiteral("media/b-q40.jpg")));
        waitForGroups(dialog, grouped, 2);
        QCOMPARE(dialog.groupList()->count(), 1);
    }

    void refusalIsShownAndNothingRemoved()
    {
        TaxonomyClass c;
        c.name = QStringLiteral("scene");
        auto cls = m_store->taxonomy().addClass(c);
        ASSAY_VERIFY_RESULT(cls);
        auto gold = m_store->items().findItem(QStringLiteral("media/b-q40.jpg"));
        ASSAY_VERIFY_RESULT(gold);
        ASSAY_VERIFY_RESULT(m_store->gold().setGold(
                {assay::core::GoldAnswer{gold->id, {cls->id}, {}, {}, {}}}));

        DuplicatesDialog dialog(m_store.get());
        QSignalSpy grouped(&dialog, &DuplicatesDialog::groupsChanged);
        QSignalSpy removed(&dialog, &DuplicatesDialog::itemsRemoved);
        dialog.show();
        waitForGroups(dialog, grouped);
        dialog.setCurrentGroup(1);
        answerConfirmation(true);
        QVERIFY(!dialog.keepMember(1));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("nothing was removed")),
                 qPrintable(dialog.errorText()));
        QVERIFY2(dialog.errorText().contains(QStringLiteral("media/b-q40.jpg (a gold answer)")),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorBanner"))->isVisible());
        QCOMPARE(removed.count(), 0);
        QCOMPARE(*m_store->items().itemCount(), 14);
        QCOMPARE(dialog.groupList()->count(), 2);
    }

    void annotatorsSeeButCannotRemove()
    {
        QVERIFY(m_store->setActor(QStringLiteral("ann")));
        DuplicatesDialog dialog(m_store.get());
        QSignalSpy grouped(&dialog, &DuplicatesDialog::groupsChanged);
        dialog.show();
        waitForGroups(dialog, grouped);
        QCOMPARE(dialog.groupList()->count(), 2);
        for (QPushButton *b : dialog.keepButtons())
            QVERIFY(!b->isEnabled());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Ann Notator may not remove items")),
                 qPrintable(dialog.statusText()));
        QTest::keyClick(dialog.groupList(), Qt::Key_Return); // nothing to confirm
        QCOMPARE(*m_store->items().itemCount(), 14);
        QVERIFY(dialog.errorText().contains(QStringLiteral("ann may not remove items")));
    }

    void thresholdBoxRegroups()
    {
        DuplicatesDialog dialog(m_store.get());
        QSignalSpy grouped(&dialog, &DuplicatesDialog::groupsChanged);
        dialog.show();
        waitForGroups(dialog, grouped);
        dialog.setThreshold(0);
        waitForGroups(dialog, grouped, 2);
        QCOMPARE(dialog.groupList()->count(), 1); // equal hashes: a.png and three copies
        QCOMPARE(dialog.keepButtons().size(), 4);

        // From the keyboard: one step up, regrouped once the key is let go.
        dialog.thresholdBox()->setFocus();
        QTest::keyClick(dialog.thresholdBox(), Qt::Key_Up);
        QCOMPARE(dialog.threshold(), 1);
        waitForGroups(dialog, grouped, 3);
        QCOMPARE(dialog.groupList()->count(), 2);

        dialog.setThreshold(24);
        waitForGroups(dialog, grouped, 4);
        QVERIFY(dialog.groupList()->count() >= 1);
        QCOMPARE(dialog.thresholdBox()->maximum(), 24);
    }

    void emptyProject()
    {
        auto created = assay::core::Project::create(m_dir->filePath(QStringLiteral("empty.assay")),
                                                    {});
        ASSAY_VERIFY_RESULT(created);
        DuplicatesDialog dialog(created->get());
        QSignalSpy grouped(&dialog, &DuplicatesDialog::groupsChanged);
        dialog.show();
        waitForGroups(dialog, grouped);
        QCOMPARE(dialog.groupList()->count(), 0);
        QVERIFY(dialog.keepButtons().isEmpty());
        QTest::keyClick(dialog.groupList(), Qt::Key_Return);
        QTest::keyClick(dialog.groupList(), Qt::Key_Right);
    }

    // With ASSAY_SCREENSHOT_DIR set: docs/screenshots/duplicates.png, on photographs from
    // opencv-doc (Debian) and copies of them made here.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        const QString photos = QStringLiteral("/usr/share/doc/opencv-doc/examples/data");
        if (dir.isEmpty() || !QFile::exists(photos + QStringLiteral("/baboon.jpg")))
            QSKIP("set ASSAY_SCREENSHOT_DIR (and install opencv-doc) to save the screenshot");
        QTemporaryDir media;
        auto read = [&](const char *name) {
            return cv::imread((photos + QLatin1Char('/') + QLatin1String(name)).toStdString());
        };
        const cv::Mat baboon = read("baboon.jpg");
        cv::Mat half, brighter;
        cv::resize(baboon, half, {}, 0.5, 0.5, cv::INTER_AREA);
        baboon.convertTo(brighter, -1, 1.1, 12);
        tests::writePicture(media.filePath(QStringLiteral("baboon.jpg")), baboon, 95);
        tests::writePicture(media.filePath(QStringLiteral("baboon-web.jpg")), half, 45);
        tests::writePicture(media.filePath(QStringLiteral("baboon-edited.png")), brighter);
        const cv::Mat fruits = read("fruits.jpg");
        tests::writePicture(media.filePath(QStringLiteral("fruits.jpg")), fruits, 95);
        tests::writePicture(media.filePath(QStringLiteral("fruits-q30.jpg")), fruits, 30);
        for (const char *name : {"lena.jpg", "orange.jpg", "apple.jpg", "butterfly.jpg",
                                 "HappyFish.jpg", "home.jpg"}) {
            if (QFile::exists(photos + QLatin1Char('/') + QLatin1String(name)))
                QFile::copy(photos + QLatin1Char('/') + QLatin1String(name),
                            media.filePath(QLatin1String(name)));
        }
        auto created = assay::core::Project::create(media.filePath(QStringLiteral("photos.assay")),
                                                    {QStringLiteral("Photos"),
                                                     QStringLiteral("lead"),
                                                     {},
                                                     {}});
        ASSAY_VERIFY_RESULT(created);
        ASSAY_VERIFY_RESULT(media::addMedia(**created, {media.path()}));
        DuplicatesDialog dialog(created->get());
        dialog.setWindowTitle(QStringLiteral("Near-Duplicates — Photos"));
        QSignalSpy grouped(&dialog, &DuplicatesDialog::groupsChanged);
        dialog.resize(1210, 460);
        dialog.show();
        waitForGroups(dialog, grouped);
        QVERIFY(dialog.groupList()->count() >= 2);
        QTest::keyClick(dialog.groupList(), Qt::Key_Right);
        QTest::qWait(100); // layouts settle
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/duplicates.png")));
    }
};

QTEST_MAIN(tst_DuplicatesDialog)
#include "tst_duplicatesdialog.moc"
