// SPDX-License-Identifier: Apache-2.0
// Event log: the chain verifies, and every kind of tampering is found and named.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;

class tst_EventLog : public QObject
{
    Q_OBJECT

private:
    // A project with 12 events: creation, owner, 10 class additions.
    static QString makeProject(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("log.assay"));
        auto store = assay::core::Project::create(path, {});
        for (int i = 0; i < 10; ++i) {
            TaxonomyClass c;
            c.name = QStringLiteral("class%1").arg(i);
            if (!(*store)->taxonomy().addClass(c))
                return {};
        }
        return path;
    }

    static void execSql(const QString &path, const QString &sql)
    {
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        char *error = nullptr;
        sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
        if (error)
            qWarning("%s", error);
        sqlite3_free(error);
        sqlite3_close(db);
    }

private Q_SLOTS:
    void intactLogVerifies()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        auto store = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        auto v = (*store)->verifyLog();
        ASSAY_VERIFY_RESULT(v);
        QVERIFY2(v->intact, qPrintable(v->reason));
        QCOMPARE(v->events, 12);
        // Every event, as the owner (an admin) reads the log.
        ASSAY_VERIFY_RESULT((*store)->setActor((*store)->info().ownerId));
        auto events = (*store)->events(1, 0);
        QCOMPARE(events->size(), 12);
        QCOMPARE(events->at(0).prevHash, EventLog::genesisHash());
        for (int i = 1; i < events->size(); ++i)
            QCOMPARE(events->at(i).prevHash, events->at(i - 1).hash);
    }

    void tamperingIsFoundAndNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("badSeq");
        QTest::addColumn<QString>("reason");
        QTest::newRow("payload altered") << QStringLiteral(
                "UPDATE events SET payload = CAST(REPLACE(CAST(payload AS TEXT), 'class4', 'classX') AS BLOB) WHERE seq = 7")
                                         << qint64(7) << QStringLiteral("altered");
        QTest::newRow("person altered")
                << QStringLiteral("UPDATE events SET person_id = 'someone-else' WHERE seq = 5")
                << qint64(5) << QStringLiteral("altered");
        QTest::newRow("time altered") << QStringLiteral(
                "UPDATE events SET time = '2020-01-01T00:00:00.000Z' WHERE seq = 3")
                                      << qint64(3) << QStringLiteral("altered");
        QTest::newRow("kind altered")
                << QStringLiteral("UPDATE events SET kind = 'project.renamed' WHERE seq = 9")
                << qint64(9) << QStringLiteral("altered");
        QTest::newRow("middle event removed") << QStringLiteral("DELETE FROM events WHERE seq = 6")
                                              << qint64(7) << QStringLiteral("removed");
        QTest::newRow("first event removed") << QStringLiteral("DELETE FROM events WHERE seq = 1")
                                             << qint64(2) << QStringLiteral("removed");
        QTest::newRow("last event removed") << QStringLiteral("DELETE FROM events WHERE seq = 12")
                                            << qint64(12) << QStringLiteral("removed");
        QTest::newRow("hash rewritten without its successor")
                << QStringLiteral("UPDATE events SET hash = '%1' WHERE seq = 4")
                           .arg(QString(64, QLatin1Char('f')))
                << qint64(4) << QStringLiteral("altered");
        QTest::newRow("two events swapped") << QStringLiteral(
                "UPDATE events SET seq = -1 WHERE seq = 10; UPDATE events SET seq = 10 WHERE seq = 11;"
                " UPDATE events SET seq = 11 WHERE seq = -1")
                                            << qint64(10) << QStringLiteral("removed");
    }

    void tamperingIsFoundAndNamed()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, badSeq);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        execSql(path, sql);
        auto store = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        auto v = (*store)->verifyLog();
        ASSAY_VERIFY_RESULT(v);
        QVERIFY(!v->intact);
        QCOMPARE(v->badSeq, badSeq);
        QVERIFY2(v->reason.contains(reason), qPrintable(v->reason));
    }

    void stateEditedOutsideTheLogIsNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("inFile");
        QTest::newRow("role given by hand")
                << "INSERT INTO person_roles (person_id, role) SELECT id, 'lead' FROM people"
                << "person_roles"
                << "role=lead" << true;
        QTest::newRow("class renamed by hand")
                << "UPDATE classes SET name = 'forged' WHERE name = 'class3'"
                << "classes"
                << "name=forged" << true;
        QTest::newRow("class deleted by hand") << "DELETE FROM classes WHERE name = 'class7'"
                                               << "classes"
                                               << "name=class7" << false;
        QTest::newRow("project renamed by hand")
                << "UPDATE meta SET value = 'other' WHERE key = 'name'"
                << "meta"
                << "value=other" << true;
    }

    void stateEditedOutsideTheLogIsNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, table);
        QFETCH(QString, row);
        QFETCH(bool, inFile);
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        {
            auto store = assay::core::Project::open(path);
            auto same = (*store)->compareStateWithReplay();
            ASSAY_VERIFY_RESULT(same);
            QVERIFY(same->isEmpty());
        }
        execSql(path, sql);
        auto store = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        QVERIFY((*store)->verifyLog()->intact); // the chain alone does not see it
        auto differences = (*store)->compareStateWithReplay();
        ASSAY_VERIFY_RESULT(differences);
        QVERIFY(!differences->isEmpty());
        const StateDifference &d = differences->first();
        QCOMPARE(d.table, table);
        QVERIFY2(d.row.contains(row), qPrintable(d.row));
        QCOMPARE(d.inFile, inFile);
        // The file itself was not changed by the comparison; a rebuild puts the state back.
        QCOMPARE((*store)->compareStateWithReplay()->size(), differences->size());
        ASSAY_VERIFY_RESULT((*store)->rebuildState());
        QVERIFY((*store)->compareStateWithReplay()->isEmpty());
    }

    void compressedPayloadsRoundTrip()
    {
        QJsonObject big;
        QJsonArray rows;
        for (int i = 0; i < 2000; ++i)
            rows.append(QJsonArray{i, QStringLiteral("row %1").arg(i)});
        big.insert(QStringLiteral("rows"), rows);
        QString codec;
        QByteArray stored;
        EventLog::encodePayload(big, &codec, &stored);
        QCOMPARE(codec, QStringLiteral("zstd+json"));
        Event e;
        e.codec = codec;
        e.stored = stored;
        auto decoded = e.payload();
        ASSAY_VERIFY_RESULT(decoded);
        QCOMPARE(*decoded, big);
        e.stored.chop(10);
        QVERIFY(!e.payload()); // damage is an error, not a crash
    }
};

QTEST_GUILESS_MAIN(tst_EventLog)
#include "tst_eventlog.moc"
