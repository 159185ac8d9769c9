// SPDX-License-Identifier: Apache-2.0
// Sync in the window: the action and its settings, a sync in the background that sends an
// annotator's work and brings a lead's, the status it leaves (remembered across openings), a
// remote that cannot be reached (a quiet status, no dialog), and cancelling.
#include "app/gui/mainwindow.h"
#include "app/gui/synccontroller.h"
#include "app/gui/syncsettingsdialog.h"
#include "core/base/sha256.h"
#include "core/project/services.h"
#include "app/keys/keyring.h"
#include "core/sync/folderremote.h"
#include "core/sync/postgresremote.h"
#include "core/sync/remotespec.h"
#include "tests/app/memorykeys.h"
#include "tests/core/sync/pgcluster.h"
#include "tests/testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <opencv2/imgcodecs.hpp>

using namespace assay;
using namespace assay::core;

class tst_SyncWindow : public QObject
{
    Q_OBJECT

private:
    tests::MemoryKeys m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_lead;
    QString m_folder;
    QString m_copy; // ann's

    std::unique_ptr<Project> open(const QString &path, const QString &person)
    {
        auto p = Project::open(path);
        if (!p || !(*p)->signIn(person, m_keys.of(person)))
            return nullptr;
        return std::move(*p);
    }

    static bool waitForSync(app::SyncController *sync)
    {
        QSignalSpy done(sync, &app::SyncController::finished);
        return sync->isRunning() ? done.wait(30000) : true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    // A lead's project with four images in a batch for ann, and ann's copy of it.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_lead = m_dir->filePath(QStringLiteral("lead.assay"));
        m_folder = m_dir->filePath(QStringLiteral("shared"));
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        options.ownerSecret = m_keys.of(QStringLiteral("lead"));
        auto made = Project::create(m_lead, options);
        ASSAY_VERIFY_RESULT(made);
        Project &p = **made;
        ASSAY_VERIFY_RESULT(p.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        ASSAY_VERIFY_RESULT(
                p.people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator},
                                     m_keys.of(QStringLiteral("ann")).publicKeys().toText()));
        TaxonomyClass c;
        c.name = QStringLiteral("cat");
        ASSAY_VERIFY_RESULT(p.taxonomy().addClass(c));
        QDir(m_dir->path()).mkpath(QStringLiteral("media"));
        QList<Item> items;
        for (int i = 0; i < 4; ++i) {
            const QString rel = QStringLiteral("media/%1.png").arg(i);
            cv::Mat m(16, 16, CV_8UC3, cv::Scalar(i * 40, 200, 90));
            QVERIFY(cv::imwrite(m_dir->filePath(rel).toStdString(), m));
            Item it;
            it.kind = ItemKind::Image;
            it.path = rel;
            it.sha256 = QString::fromLatin1(sha256FileHex(m_dir->filePath(rel)));
            it.width = 16;
            it.height = 16;
            it.byteSize = QFileInfo(m_dir->filePath(rel)).size();
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        BatchSpec spec;
        spec.name = QStringLiteral("one");
        spec.annotators = {p.people().person(QStringLiteral("ann"))->id};
        spec.seed = 3;
        ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
        m_copy = m_dir->filePath(QStringLiteral("ann.assay"));
        ASSAY_VERIFY_RESULT(p.sync().checkout(QStringLiteral("ann"), m_copy));
    }

    void remoteSpecs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normal");
        QTest::newRow("folder") << "folder:/mnt/team" << true << "folder:/mnt/team";
        QTest::newRow("conninfo") << "postgres:host=db dbname=a" << true
                                  << "postgres:host=db dbname=a";
        QTest::newRow("uri") << "postgres://db/a" << true << "postgres://db/a";
        QTest::newRow("postgresql uri") << "postgresql://db/a?sslmode=require" << true
                                        << "postgresql://db/a?sslmode=require";
        QTest::newRow("no folder") << "folder:" << false << "";
        QTest::newRow("no server") << "postgres:  " << false << "";
        QTest::newRow("unknown") << "ftp://x" << false << "";
        QTest::newRow("bare path") << "/mnt/team" << false << "";
    }

    void remoteSpecs()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normal);
        auto parsed = sync::parseRemoteSpec(text);
        QCOMPARE(bool(parsed), valid);
        if (valid)
            QCOMPARE(parsed->toString(), normal);
        else
            QVERIFY(!parsed.error().message.isEmpty());
    }

    void settingsDialogRefusesWhatCannotWork()
    {
        app::SyncSettingsDialog dialog(QStringLiteral("folder:/mnt/team"), 15);
        QCOMPARE(dialog.locationEdit()->text(), QStringLiteral("/mnt/team"));
        QCOMPARE(dialog.intervalMinutes(), 15);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.locationEdit()->clear();
        QVERIFY(!ok->isEnabled());
        dialog.kindBox()->setCurrentIndex(1);
        QTest::keyClicks(dialog.locationEdit(), QStringLiteral("postgresql://ann:secret@db/a"));
        QVERIFY2(!ok->isEnabled(), "a password in the settings is refused");
        dialog.locationEdit()->setText(QStringLiteral("postgresql://ann@db/a"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.spec(), QStringLiteral("postgresql://ann@db/a"));
    }

    void syncSendsWorkAndBringsTheLeads()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_copy));
        app::SyncController *sync = w.syncController();
        QVERIFY(!sync->syncAction()->isEnabled());
        QVERIFY(sync->syncAction()->toolTip().contains(QStringLiteral("Sign in")));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("ann"), m_keys.of(QStringLiteral("ann"))));
        QVERIFY2(!sync->syncAction()->isEnabled(), "no remote yet");
        QCOMPARE(sync->statusLabel()->text(), QStringLiteral("Not synced"));
        ASSAY_VERIFY_RESULT(sync->setRemote(QStringLiteral("folder:") + m_folder, 0));
        QVERIFY(sync->syncAction()->isEnabled());

        // Ann's work, recorded in the window's project.
        Project &copy = *w.store();
        auto queue = copy.work().annotatorQueue(copy.actor().id);
        ASSAY_VERIFY_RESULT(queue);
        QCOMPARE(queue->size(), 4);
        for (const Task &t : std::as_const(*queue)) {
            auto a = copy.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(copy.annotations().setClasses(a->id, {}));
            ASSAY_VERIFY_RESULT(copy.work().setTaskState(t.id, TaskState::Done));
        }

        sync->syncAction()->trigger();
        QVERIFY(sync->isRunning());
        QVERIFY(!sync->syncAction()->isEnabled());
        QVERIFY(sync->cancelButton()->isVisibleTo(&w));
        QVERIFY(waitForSync(sync));
        const app::SyncOutcome first = sync->lastOutcome();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.pushed >= 12); // annotations, their classes, task states
        QCOMPARE(first.waitingToPush, 0);
        QVERIFY(sync->statusLabel()->text().startsWith(QStringLiteral("Synced")));
        QVERIFY(!sync->cancelButton()->isVisibleTo(&w));
        QVERIFY(sync->syncAction()->isEnabled());

        // The lead takes ann's answers and adds a class; ann's window brings it in.
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            QVERIFY(lead);
            sync::FolderRemote remote(m_folder, lead->store().device());
            auto leadSync = lead->sync().sync(remote);
            ASSAY_VERIFY_RESULT(leadSync);
            QVERIFY(leadSync->pulled >= 12); // the copy also wrote the events it was made with
            auto done = lead->work().batchTasks(lead->work().batches()->first().id);
            ASSAY_VERIFY_RESULT(done);
            for (const Task &t : std::as_const(*done))
                QCOMPARE(t.state, TaskState::Done);
            TaxonomyClass dog;
            dog.name = QStringLiteral("dog");
            ASSAY_VERIFY_RESULT(lead->taxonomy().addClass(dog));
            ASSAY_VERIFY_RESULT(lead->sync().sync(remote));
        }
        QSignalSpy arrived(sync, &app::SyncController::arrived);
        QVERIFY(sync->startSync());
        QVERIFY(waitForSync(sync));
        QVERIFY2(sync->lastOutcome().ok, qPrintable(sync->lastOutcome().error));
        QVERIFY(sync->lastOutcome().pulled >= 1);
        QCOMPARE(arrived.size(), 1);
        bool hasDog = false;
        auto taxonomy = w.store()->taxonomy().get();
        ASSAY_VERIFY_RESULT(taxonomy);
        for (const TaxonomyClass &c : std::as_const(taxonomy->classes))
            hasDog = hasDog || c.name == QLatin1String("dog");
        QVERIFY2(hasDog, "the lead's new class reached the annotator's window");
        QVERIFY(sync->statusLabel()->toolTip().contains(QStringLiteral("Came in")));
        // ASSAY_SCREENSHOT_DIR (docs/screenshots, under Xvfb): the window after a sync, and the
        // settings.
        if (const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            w.resize(1180, 760);
            w.startLabeling(QStringLiteral("ann"));
            QTest::qWait(300);
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("sync-status.png"))));
            app::SyncSettingsDialog settings(sync->remote(), 10, &w);
            settings.show();
            QTest::qWait(100);
            QVERIFY(settings.grab().save(QDir(dir).filePath(QStringLiteral("sync-settings.png"))));
        }

        // Remembered: the remote and the last sync are there at the next opening.
        w.closeProject();
        QVERIFY(w.openProject(m_copy));
        QCOMPARE(sync->remote(), QStringLiteral("folder:") + QDir(m_folder).absolutePath());
        QVERIFY(sync->statusLabel()->text().startsWith(QStringLiteral("Synced")));
    }

    void unreachableRemoteIsAQuietStatus()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_copy));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("ann"), m_keys.of(QStringLiteral("ann"))));
        app::SyncController *sync = w.syncController();
        // A drive that is not mounted: neither the folder nor its parent is there.
        ASSAY_VERIFY_RESULT(
                sync->setRemote(QStringLiteral("folder:")
                                        + m_dir->filePath(QStringLiteral("unmounted/share")),
                                0));
        QVERIFY(sync->startSync());
        QVERIFY(waitForSync(sync));
        QVERIFY(!sync->lastOutcome().ok);
        QVERIFY(sync->lastOutcome().unreachable);
        QCOMPARE(sync->statusLabel()->text(), QStringLiteral("Offline"));
        QVERIFY(sync->statusLabel()->toolTip().contains(QStringLiteral("not reached")));
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("unmounted"))));
        // Nothing was lost or changed: the window still works on its project.
        QVERIFY(sync->syncAction()->isEnabled());
        ASSAY_VERIFY_RESULT(w.store()->work().annotatorQueue(w.store()->actor().id));
    }

    void cancelledSyncKeepsWhatWasDone()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_copy));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("ann"), m_keys.of(QStringLiteral("ann"))));
        app::SyncController *sync = w.syncController();
        ASSAY_VERIFY_RESULT(sync->setRemote(QStringLiteral("folder:") + m_folder, 0));
        QVERIFY(sync->startSync());
        QTest::mouseClick(sync->cancelButton(), Qt::LeftButton);
        QVERIFY(waitForSync(sync));
        const app::SyncOutcome &o = sync->lastOutcome();
        // Cancelled between steps, or done before the flag was looked at: either is honest.
        QVERIFY(o.cancelled || o.ok);
        QCOMPARE(sync->statusLabel()->text().startsWith(QStringLiteral("Sync cancelled")),
                 o.cancelled);
        // A later sync completes.
        QVERIFY(sync->startSync());
        QVERIFY(waitForSync(sync));
        QVERIFY2(sync->lastOutcome().ok, qPrintable(sync->lastOutcome().error));
    }

    void serverPasswordComesFromTheKeyring()
    {
        if (tests::PgCluster::binDir().isEmpty())
            QSKIP("PostgreSQL's server binaries (initdb, pg_ctl) are not installed: apt-get"
                  " install postgresql");
        tests::PgCluster cluster;
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        // Ann's role needs a password (SCRAM); everyone else is trusted.
        QVERIFY(cluster.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE kr")));
        QVERIFY(cluster.psql(QStringLiteral("postgres"),
                             QStringLiteral("CREATE ROLE ann_pg LOGIN PASSWORD 'sesame'")));
        QString hba;
        QVERIFY(cluster.psql(QStringLiteral("postgres"), QStringLiteral("SHOW hba_file"), &hba));
        {
            QFile f(hba);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray rest = f.readAll();
            f.close();
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("local all ann_pg scram-sha-256\n" + rest);
        }
        QVERIFY(cluster.psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()")));
        QThread::msleep(300);
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            QVERIFY(lead);
            sync::PostgresRemote admin(cluster.connection(QStringLiteral("kr")));
            ASSAY_VERIFY_RESULT(admin.open(lead->info().projectId));
            ASSAY_VERIFY_RESULT(admin.addPerson(lead->people().person(QStringLiteral("ann"))->id,
                                                QStringLiteral("ann_pg"),
                                                {QStringLiteral("annotator")}));
            // The lead's events are there first: Ann's connection may push only her own.
            ASSAY_VERIFY_RESULT(lead->sync().sync(admin));
        }
        // The keyring's stand-in (no keyring service here), and no other source of passwords.
        QTemporaryDir secrets;
        const QString standIn = secrets.filePath(QStringLiteral("keyring.json"));
        qputenv("ASSAY_KEYRING_FILE", standIn.toUtf8());
        qunsetenv("PGPASSWORD");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("PGPASSFILE", secrets.filePath(QStringLiteral("none")).toUtf8());
        const QString spec = QStringLiteral("postgres:")
                             + cluster.connection(QStringLiteral("kr"), QStringLiteral("ann_pg"));

        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_copy));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("ann"), m_keys.of(QStringLiteral("ann"))));
        app::SyncController *sync = w.syncController();
        ASSAY_VERIFY_RESULT(sync->setRemote(spec, 0));
        QVERIFY(sync->startSync());
        QVERIFY(waitForSync(sync));
        QVERIFY(!sync->lastOutcome().ok); // no password anywhere
        QCOMPARE(QApplication::activeModalWidget(), nullptr);

        // The settings offer to keep it in the keyring; it never enters the settings.
        app::SyncSettingsDialog dialog(spec, 0, &w);
        QVERIFY(dialog.passwordEdit()->isVisibleTo(&dialog));
        QVERIFY(dialog.keepPasswordBox()->isEnabled());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("sesame"));
        dialog.keepPasswordBox()->setChecked(false);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.keepPasswordBox()->setChecked(true);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.spec().contains(QLatin1String("sesame")));
        const QString entry = sync::PostgresRemote(spec.mid(9)).credentialEntry();
        QVERIFY2(entry.contains(QLatin1String("ann_pg")) && entry.contains(QLatin1String("kr")),
                 qPrintable(entry));
        QCOMPARE(app::keyring::loadPassword(entry),
                 std::optional<QString>(QStringLiteral("sesame")));

        // The window's sync finds it there.
        QVERIFY(sync->startSync());
        QVERIFY(waitForSync(sync));
        QVERIFY2(sync->lastOutcome().ok, qPrintable(sync->lastOutcome().error));
        QCOMPARE(sync->lastOutcome().waitingToPush, 0);
        QVERIFY(!sync->lastOutcome().remote.contains(QLatin1String("sesame")));

        // So does the command line's remote (the same lookup): given when the settings and
        // PGPASSWORD name none, not otherwise.
        {
            sync::PostgresRemote remote(spec.mid(9));
            QVERIFY(app::keyring::providePassword(remote));
            ASSAY_VERIFY_RESULT(remote.fetch({}));
            sync::PostgresRemote named(spec.mid(9) + QStringLiteral(" password=sesame"));
            QVERIFY(!app::keyring::providePassword(named));
        }
        // Without the keyring's entry, ~/.pgpass still serves.
        QVERIFY(app::keyring::removePassword(entry));
        {
            sync::PostgresRemote remote(spec.mid(9));
            QVERIFY(!app::keyring::providePassword(remote));
            QVERIFY(!remote.fetch({}));
            QFile pgpass(secrets.filePath(QStringLiteral("pgpass")));
            QVERIFY(pgpass.open(QIODevice::WriteOnly));
            pgpass.write("*:*:kr:ann_pg:sesame\n");
            pgpass.close();
            pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            qputenv("PGPASSFILE", pgpass.fileName().toUtf8());
            sync::PostgresRemote fromFile(spec.mid(9));
            ASSAY_VERIFY_RESULT(fromFile.fetch({}));
        }
        qunsetenv("PGPASSFILE");
        qunsetenv("ASSAY_KEYRING_FILE");
    }

    void readOnlyCopyCannotSync()
    {
        app::MainWindow w;
        QVERIFY(w.openProject(m_copy));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("ann"), m_keys.of(QStringLiteral("ann"))));
        app::SyncController *sync = w.syncController();
        ASSAY_VERIFY_RESULT(sync->setRemote(QStringLiteral("folder:") + m_folder, 0));
        QVERIFY(sync->syncAction()->isEnabled());
        // As when the window's check of the log finds it does not verify.
        ASSAY_VERIFY_RESULT(w.store()->setReadOnly(QStringLiteral("the log does not verify")));
        sync->refresh();
        QVERIFY(!sync->syncAction()->isEnabled());
        QVERIFY(sync->syncAction()->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!sync->settingsAction()->isEnabled());
        QVERIFY(!sync->startSync());
    }
};

QTEST_MAIN(tst_SyncWindow)
#include "tst_syncwindow.moc"
