// SPDX-License-Identifier: Apache-2.0
// Work ▸ Near-Duplicates… in the main window: the dialog on the open project, and the item
// list and count following a removal made in it.
#include "app/gui/mainwindow.h"
#include "core/items/intake.h"
#include "core/models/itemlistmodel.h"
#include "core/project/services.h"
#include "tests/app/memorykeys.h"
#include "tests/core/media/nearduplicatefixtures.h"
#include "tests/testutil.h"
#include "widgets/duplicates/duplicatesdialog.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace assay;
using namespace assay::core;

class tst_DuplicatesWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-duplicates-test"));
        // The fixtures record as several people without their keys: not what the window's check
        // of the log at opening is for (tst_mainwindow tests it on a signed project).
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    void keepOneFromTheWorkMenu()
    {
        QTemporaryDir dir;
        tests::MemoryKeys keys;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("media")));
        tests::writeNearDuplicateFixture(dir.filePath(QStringLiteral("media")));
        const QString path = dir.filePath(QStringLiteral("p.assay"));
        {
            auto store = assay::core::Project::create(path, {QStringLiteral("Dupes"),
                                                             QStringLiteral("lead"),
                                                             {},
                                                             {},
                                                             keys.of(QStringLiteral("lead"))
                                                                     .publicKeys()
                                                                     .toText()});
            ASSAY_VERIFY_RESULT(store);
            ASSAY_VERIFY_RESULT(media::addMedia(**store, {dir.filePath(QStringLiteral("media"))}));
        }
        app::MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("nearDuplicatesAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no project yet
        QVERIFY(window.openProject(path));
        ASSAY_VERIFY_RESULT(window.signIn(QStringLiteral("lead"), keys.of(QStringLiteral("lead"))));
        QVERIFY(action->isEnabled());
        while (window.itemModel()->canFetchMore({}))
            window.itemModel()->fetchMore({});
        QCOMPARE(window.itemModel()->rowCount(), 14);

        // Drives the modal dialog from inside its event loop: keep b.png, confirm, close.
        bool driven = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<widgets::DuplicatesDialog *>(
                    QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Near-Duplicates — Dupes"));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->groupList()->count() == 2 && dialog->thumbnailsLoaded(),
                                     20000);
            dialog->setCurrentGroup(1);
            QTimer::singleShot(0, dialog, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            });
            QVERIFY(dialog->keepMember(1));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->groupList()->count() == 1, 20000);
            dialog->reject();
            driven = true;
        });
        action->trigger();
        QVERIFY(driven);
        while (window.itemModel()->canFetchMore({}))
            window.itemModel()->fetchMore({});
        QCOMPARE(window.itemModel()->rowCount(), 13);
        QCOMPARE(*window.store()->items().itemCount(), 13);
        QVERIFY(!window.store()->items().findItem(QStringLiteral("media/b-q40.jpg")));
    }
};

QTEST_MAIN(tst_DuplicatesWindow)
#include "tst_duplicateswindow.moc"
