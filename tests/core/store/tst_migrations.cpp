// SPDX-License-Identifier: Apache-2.0
// Migrations: a project written by schema 1 opens, is upgraded after a backup, and keeps
// everything; its hash chain (computed by an independent script) verifies.
#include "core/project/services.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "tests/testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;

class tst_Migrations : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        return qEnvironmentVariable("ASSAY_TEST_FIXTURES") + QLatin1Char('/') + name;
    }

    static bool loadSql(const QString &sqlPath, const QString &dbPath)
    {
        QFile f(sqlPath);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        sqlite3 *db = nullptr;
        sqlite3_open(dbPath.toUtf8().constData(), &db);
        char *error = nullptr;
        const int rc = sqlite3_exec(db, f.readAll().constData(), nullptr, nullptr, &error);
        if (error)
            qWarning("%s", error);
        sqlite3_free(error);
        sqlite3_close(db);
        return rc == SQLITE_OK;
    }

    static int userVersion(const QString &path)
    {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
        sqlite3_step(stmt);
        const int v = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return v;
    }

private Q_SLOTS:
    void schemaOneProjectOpensAndUpgrades()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.assay"));
        QVERIFY(loadSql(fixture(QStringLiteral("project-v1.sql")), path));
        QCOMPARE(userVersion(path), 1);

        auto store = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        QCOMPARE((*store)->info().upgradedFrom, 1);
        QCOMPARE((*store)->info().schemaVersion, schema::currentVersion());
        QCOMPARE((*store)->info().name, QStringLiteral("Old project"));
        // Nobody acts on an opened project, and the owner of an old one has no key yet: they
        // cannot sign in until a lead or an admin registers one.
        QVERIFY((*store)->actor().id.isEmpty());
        auto someKey = assay::core::identity::SecretKeys::generate();
        ASSAY_VERIFY_RESULT(someKey);
        const Status noKey = (*store)->signIn(QStringLiteral("olduser"), *someKey);
        QVERIFY(!noKey);
        QVERIFY2(noKey.error().message.contains(QLatin1String("olduser has no registered key")),
                 qPrintable(noKey.error().message));
        QVERIFY(QFile::exists(path + QStringLiteral(".schema1.bak")));
        QCOMPARE(userVersion(path + QStringLiteral(".schema1.bak")), 1);

        auto items = (*store)->items().page(0, 10);
        ASSAY_VERIFY_RESULT(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).path, QStringLiteral("img/cat.jpg"));
        QCOMPARE(items->at(0).width, 640);
        QVERIFY(items->at(0).perceptualHash.isEmpty()); // the new column, empty for old rows
        QCOMPARE((*store)->taxonomy().get()->classes.first().name, QStringLiteral("cat"));

        auto verified = (*store)->verifyLog();
        ASSAY_VERIFY_RESULT(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
        QCOMPARE(verified->events, 4);
        // The old chain is the first device's, kept as it was: unsigned, never re-signed.
        QCOMPARE(verified->legacyEvents, 4);
        QCOMPARE(verified->unsignedEvents, 0);
        const auto old = (*store)->store().events(1, 0);
        ASSAY_VERIFY_RESULT(old);
        for (const store::Event &e : *old) {
            QCOMPARE(e.envelope, 0);
            QCOMPARE(e.hash, EventLog::computeLegacyHash(e.prevHash, e.id, e.time, e.personId,
                                                         e.kind, e.codec, e.stored));
        }

        // Old events replay into the new schema, and new events chain onto old ones.
        ASSAY_VERIFY_RESULT((*store)->rebuildState());
        QCOMPARE((*store)->items().page(0, 10)->size(), 2);
        TaxonomyClass dog;
        dog.name = QStringLiteral("dog");
        ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("olduser")));
        ASSAY_VERIFY_RESULT((*store)->taxonomy().addClass(dog));
        QVERIFY((*store)->verifyLog()->intact);
        // The new event is on this copy's own device, and points at the old chain's head.
        const auto all = (*store)->store().events(1, 0);
        const store::Event &added = all->last();
        QCOMPARE(added.envelope, 1);
        QVERIFY(added.device != old->last().device);
        QCOMPARE(added.deviceSeq, 1);
        QCOMPARE(added.seen, QStringList{old->last().hash});
        QVERIFY(added.lamport > old->last().lamport);
        store->reset();
        QCOMPARE(userVersion(path), schema::currentVersion());

        // Opening again does not upgrade (or back up) twice.
        auto again = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(again);
        QCOMPARE((*again)->info().upgradedFrom, 0);
    }

    void everyMigrationStepApplies_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < schema::currentVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void everyMigrationStepApplies()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.assay"));
        {
            auto db = Database::open(path, Database::OpenMode::Create);
            ASSAY_VERIFY_RESULT(db);
            ASSAY_VERIFY_RESULT(schema::createAtVersion(db->get(), from));
            ASSAY_VERIFY_RESULT(schema::migrate(db->get(), from));
        }
        QCOMPARE(userVersion(path), schema::currentVersion());
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
