// SPDX-License-Identifier: Apache-2.0
// The main window, offscreen: opening projects, the lazily filled item list, the preview,
// adding media, bad projects, and remembered geometry.
#include "app/gui/mainwindow.h"
#include "core/models/itemlistmodel.h"
#include "core/project/services.h"
#include "tests/testutil.h"
#include "widgets/preview/itempreview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QListView>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>

using namespace assay;
using namespace assay::core;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QString makeProject(int fakeItems)
    {
        const QString path = m_dir->filePath(QStringLiteral("gui.assay"));
        auto store = assay::core::Project::create(path, {QStringLiteral("GUI test"), {}, {}});
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

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-gui-test"));
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

    void addMediaFromTheWindow()
    {
        const QString path = makeProject(0);
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(path));
        QDir(m_dir->path()).mkpath(QStringLiteral("new"));
        for (int i = 0; i < 3; ++i) {
            cv::Mat m(50 + i, 70, CV_8UC3, cv::Scalar(i * 40, 90, 10));
            cv::imwrite(m_dir->filePath(QStringLiteral("new/%1.jpg").arg(i)).toStdString(), m);
        }
        QCOMPARE(w.addMedia({m_dir->filePath(QStringLiteral("new"))}), 3);
        QCOMPARE(w.itemModel()->rowCount(), 5);
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
