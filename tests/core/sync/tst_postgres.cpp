// SPDX-License-Identifier: Apache-2.0
// Sync through a PostgreSQL server (a throwaway cluster started here): copies converge, a push
// is idempotent and all or nothing, a fork is refused and named, and a server killed in the
// middle of pushes and pulls loses and doubles nothing once it is back.
#include "core/base/sha256.h"
#include "core/events/policy.h"
#include "core/project/services.h"
#include "core/store/eventlog.h"
#include "core/sync/folderremote.h"
#include "core/sync/postgresremote.h"
#include "core/sync/wireevent.h"
#include "tests/app/memorykeys.h"
#include "tests/core/sync/pgcluster.h"
#include "tests/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <thread>

using namespace assay;
using namespace assay::core;

class tst_Postgres : public QObject
{
    Q_OBJECT

private:
    tests::MemoryKeys m_keys;
    tests::PgCluster m_cluster;
    bool m_started = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_lead;
    QString m_database;
    int m_databases = 0;

    std::unique_ptr<Project> open(const QString &path, const QString &person)
    {
        auto p = Project::open(path);
        if (!p) {
            qWarning() << p.error().toString();
            return nullptr;
        }
        if (const Status st = (*p)->signIn(person, m_keys.of(person)); !st) {
            qWarning() << st.error().toString();
            return nullptr;
        }
        return std::move(*p);
    }

    QString url() const { return m_cluster.connection(m_database); }

    Result<SyncSummary> syncWith(Project &p)
    {
        sync::PostgresRemote remote(url());
        return p.sync().sync(remote);
    }

    QString scalar(const QString &sql)
    {
        QString out, error;
        if (!m_cluster.psql(m_database, sql, &out, &error))
            qWarning() << error;
        return out;
    }

    void makeLeadProject()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_lead = m_dir->filePath(QStringLiteral("lead.assay"));
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        options.ownerSecret = m_keys.of(QStringLiteral("lead"));
        auto made = Project::create(m_lead, options);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        Project &p = **made;
        ASSAY_VERIFY_RESULT(p.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        for (const char *name : {"ann", "bob"})
            ASSAY_VERIFY_RESULT(
                    p.people().addPerson(QLatin1String(name), {}, {Role::Annotator},
                                         m_keys.of(QLatin1String(name)).publicKeys().toText()));
        ASSAY_VERIFY_RESULT(
                p.people().addPerson(QStringLiteral("lead2"), {}, {Role::Lead},
                                     m_keys.of(QStringLiteral("lead2")).publicKeys().toText()));
        TaxonomyClass c;
        c.name = QStringLiteral("cat");
        ASSAY_VERIFY_RESULT(p.taxonomy().addClass(c));
        c.name = QStringLiteral("dog");
        const Id dog = p.taxonomy().addClass(c)->id;
        QDir(m_dir->path()).mkpath(QStringLiteral("media"));
        QList<Item> items;
        for (int i = 0; i < 8; ++i) {
            const QString rel = QStringLiteral("media/%1.png").arg(i);
            cv::Mat m(16, 16, CV_8UC3, cv::Scalar(i * 20, 255 - i * 20, 90));
            QVERIFY(cv::imwrite(m_dir->filePath(rel).toStdString(), m));
            Item it;
            it.kind = ItemKind::Image;
            it.path = rel;
            it.sha256 = QString::fromLatin1(sha256FileHex(m_dir->filePath(rel)));
            it.width = 1000;
            it.height = 800;
            it.byteSize = QFileInfo(m_dir->filePath(rel)).size();
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        QList<GoldAnswer> gold;
        const QList<Item> all = *p.items().page(0, 100);
        for (int i = 0; i < 2; ++i) {
            GoldAnswer g;
            g.itemId = all.at(i).id;
            g.classIds = {dog};
            g.boxes = {Box{newId(), dog, 777.25, 100, 50, 60, {}}};
            gold.append(g);
        }
        ASSAY_VERIFY_RESULT(p.gold().setGold(gold));
        BatchSpec spec;
        spec.name = QStringLiteral("one");
        spec.annotators = {p.people().person(QStringLiteral("ann"))->id,
                           p.people().person(QStringLiteral("bob"))->id};
        spec.overlap = 2;
        spec.goldRate = 0.25;
        spec.seed = 7;
        ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
    }

    QString checkout(const QString &person)
    {
        auto lead = open(m_lead, QStringLiteral("lead"));
        if (!lead)
            return {};
        const QString out = m_dir->filePath(person + QStringLiteral(".assay"));
        auto made = lead->sync().checkout(person, out);
        if (!made) {
            qWarning() << made.error().toString();
            return {};
        }
        return out;
    }

    static void work(Project &p, int limit = 1000)
    {
        auto queue = p.work().annotatorQueue(p.actor().id);
        QVERIFY(queue);
        int n = 0;
        for (const Task &t : std::as_const(*queue)) {
            if (t.state != TaskState::Pending || n++ >= limit)
                continue;
            auto a = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {}));
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
        }
    }

    // No place held twice, and the count of rows.
    void verifyNoDuplicates()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) - count(DISTINCT (device, device_seq))"
                                       " - (count(*) - count(DISTINCT hash)) FROM assay.events")),
                 QStringLiteral("0"));
    }

    // A login role for NAME's connections, mapped to NAME of the lead's project by the admin.
    QString mapPerson(const QString &name)
    {
        const QString role = name + QStringLiteral("_pg");
        m_cluster.psql(m_database, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        if (!m_cluster.psql(m_database, QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)))
            return {};
        auto lead = open(m_lead, QStringLiteral("lead"));
        auto person = lead->people().person(name);
        if (!person)
            return {};
        QStringList roles;
        for (Role r : person->roles)
            roles.append(roleName(r));
        sync::PostgresRemote admin(url());
        if (!admin.init() || !admin.addPerson(person->id, role, roles))
            return {};
        return m_cluster.connection(m_database, role);
    }

    // psql as another role: the output, or false with the error.
    static bool psqlAs(const QString &connection, const QString &sql, QString *out,
                       QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), connection,
                 QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // A pooled batch of the lead's production items, published to the server by a sync.
    Id makePool(double goldRate, int leaseSeconds)
    {
        auto lead = open(m_lead, QStringLiteral("lead"));
        BatchSpec spec;
        spec.name = QStringLiteral("pool");
        spec.pooled = true;
        spec.leaseSeconds = leaseSeconds;
        spec.goldRate = goldRate;
        auto made = lead->work().planBatch(spec);
        if (!made) {
            qWarning() << made.error().toString();
            return {};
        }
        auto synced = syncWith(*lead);
        if (!synced || synced->poolTasksPublished == 0) {
            qWarning() << "the pool was not published"
                       << (synced ? QString() : synced.error().toString())
                       << lead->work().pooledBatches()->size()
                       << lead->work().poolTasks(made->id)->size();
            return {};
        }
        return made->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (tests::PgCluster::binDir().isEmpty())
            QSKIP("PostgreSQL's server binaries (initdb, pg_ctl) are not installed: apt-get"
                  " install postgresql");
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_started = true;
    }

    void init()
    {
        // A database of its own for each test.
        m_database = QStringLiteral("assay%1").arg(++m_databases);
        QString error;
        QVERIFY2(m_cluster.psql(QStringLiteral("postgres"),
                                QStringLiteral("CREATE DATABASE %1").arg(m_database), nullptr,
                                &error),
                 qPrintable(error));
        makeLeadProject();
    }

    void copiesConvergeWhateverTheOrder_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("threeCopies");
        QTest::addRow("two copies, seed 1") << 1 << false;
        QTest::addRow("three copies, seed 2") << 2 << true;
        QTest::addRow("three copies, seed 3") << 3 << true;
    }

    void copiesConvergeWhateverTheOrder()
    {
        QFETCH(int, seed);
        QFETCH(bool, threeCopies);
        QRandomGenerator random{quint32(seed)};
        const QString annCopy = checkout(QStringLiteral("ann"));
        const QString lead2Copy = checkout(QStringLiteral("lead2"));
        QVERIFY(!annCopy.isEmpty() && !lead2Copy.isEmpty());
        QList<std::pair<QString, QString>> copies{{m_lead, QStringLiteral("lead")},
                                                  {lead2Copy, QStringLiteral("lead2")}};
        if (threeCopies)
            copies.append({annCopy, QStringLiteral("ann")});
        for (int step = 0; step < 12; ++step) {
            const auto &[path, person] = copies.at(int(random.bounded(copies.size())));
            auto p = open(path, person);
            QVERIFY(p);
            if (person == QLatin1String("ann")) {
                if (random.bounded(2))
                    work(*p, 2);
            } else if (random.bounded(2) == 0) {
                TaxonomyClass c;
                c.name = QStringLiteral("class %1 by %2").arg(step).arg(person);
                ASSAY_VERIFY_RESULT(p->taxonomy().addClass(c));
            }
            if (random.bounded(2)) {
                auto s = syncWith(*p);
                ASSAY_VERIFY_RESULT(s);
                QVERIFY2(s->refused.isEmpty(), qPrintable(s->refused.join(QLatin1Char('\n'))));
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (const auto &[path, person] : copies) {
                auto p = open(path, person);
                auto s = syncWith(*p);
                ASSAY_VERIFY_RESULT(s);
                QVERIFY2(s->refused.isEmpty(), qPrintable(s->refused.join(QLatin1Char('\n'))));
            }
        }
        auto lead = open(m_lead, QStringLiteral("lead"));
        auto lead2 = open(lead2Copy, QStringLiteral("lead2"));
        QCOMPARE(*lead2->stateDigest(), *lead->stateDigest());
        QCOMPARE(lead2->counts()->events, lead->counts()->events);
        auto check = lead->checkLog();
        ASSAY_VERIFY_RESULT(check);
        QVERIFY2(check->intact(), qPrintable(check->reason()));
        verifyNoDuplicates();
        if (threeCopies) {
            auto ann = open(annCopy, QStringLiteral("ann"));
            const Id id = ann->actor().id;
            const auto done = [&](Project &p) {
                int n = 0;
                for (const Task &t : *p.work().queue(id))
                    n += t.state == TaskState::Done;
                return n;
            };
            QCOMPARE(done(*lead), done(*ann));
            QCOMPARE(done(*lead2), done(*ann));
        }
        // Media went up from the lead and came down to the annotator's copy.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM assay.media")).toInt() > 0);
    }

    void pushIsIdempotentAndAForkIsRefusedWhole()
    {
        auto lead = open(m_lead, QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(syncWith(*lead));
        const QString rows = scalar(QStringLiteral("SELECT count(*) FROM assay.events"));
        QVERIFY(rows.toInt() > 0);
        QCOMPARE(rows.toLongLong(), lead->counts()->events);

        sync::PostgresRemote remote(url());
        ASSAY_VERIFY_RESULT(remote.open(lead->info().projectId));
        auto fetched = remote.fetch({});
        ASSAY_VERIFY_RESULT(fetched);
        QCOMPARE(fetched->chunks.size(), 1);
        const QList<QByteArray> lines = fetched->chunks.first().lines;
        QCOMPARE(QString::number(lines.size()), rows);
        // Resuming from the mark reads nothing new.
        auto again = remote.fetch({{fetched->chunks.first().mark, fetched->chunks.first().value}});
        ASSAY_VERIFY_RESULT(again);
        QVERIFY(again->chunks.isEmpty());

        // The same lines again: stored once.
        ASSAY_VERIFY_RESULT(remote.push(lines));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.events")), rows);

        // A new event and, in the same push, another event at a place already taken.
        QJsonObject other = QJsonDocument::fromJson(lines.last()).object();
        other.insert(QStringLiteral("hash"), QString(64, QLatin1Char('e')));
        QJsonObject fresh = QJsonDocument::fromJson(lines.last()).object();
        fresh.insert(QStringLiteral("dseq"), fresh.value(QStringLiteral("dseq")).toDouble() + 1);
        fresh.insert(QStringLiteral("hash"), QString(64, QLatin1Char('f')));
        auto forked = remote.push({QJsonDocument(fresh).toJson(QJsonDocument::Compact),
                                   QJsonDocument(other).toJson(QJsonDocument::Compact)});
        QVERIFY(!forked);
        QCOMPARE(forked.error().code, ErrorCode::Conflict);
        QVERIFY2(forked.error().message.contains(QLatin1String("forked")),
                 qPrintable(forked.error().message));
        QVERIFY(forked.error().message.contains(
                QString::number(qint64(other.value(QStringLiteral("dseq")).toDouble()))));
        // All or nothing: the new event was not kept either.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.events")), rows);
        // Two different events at one new place within one push: refused as well.
        QJsonObject twin = fresh;
        twin.insert(QStringLiteral("hash"), QString(64, QLatin1Char('d')));
        QVERIFY(!remote.push({QJsonDocument(fresh).toJson(QJsonDocument::Compact),
                              QJsonDocument(twin).toJson(QJsonDocument::Compact)}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.events")), rows);

        // A server of another project is refused at opening.
        sync::PostgresRemote stranger(url());
        auto refused = stranger.open(newId());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        // The id names the server without any password.
        sync::PostgresRemote withPassword(url() + QStringLiteral(" password=secret"));
        QVERIFY(!withPassword.id().contains(QLatin1String("secret")));
        QVERIFY(withPassword.id().startsWith(QLatin1String("postgres:")));
    }

    void annotatorReadsNoGoldAndForgedPushesAreRefused()
    {
        const QString annCopy = checkout(QStringLiteral("ann"));
        QVERIFY(!annCopy.isEmpty());
        auto lead = open(m_lead, QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(syncWith(*lead));
        const Id annId = lead->people().person(QStringLiteral("ann"))->id;
        const Id leadId = lead->actor().id;
        for (const char *role : {"ann_pg", "eve_pg"})
            QVERIFY(m_cluster.psql(m_database, QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE"
                                                              " %1 LOGIN")
                                                       .arg(QLatin1String(role))));
        sync::PostgresRemote admin(url());
        ASSAY_VERIFY_RESULT(admin.init());
        ASSAY_VERIFY_RESULT(
                admin.addPerson(annId, QStringLiteral("ann_pg"), {QStringLiteral("annotator")}));
        // Forced on the owner as well.
        QCOMPARE(scalar(QStringLiteral("SELECT bool_and(relforcerowsecurity) FROM pg_class WHERE"
                                       " oid IN ('assay.events'::regclass,"
                                       " 'assay.media'::regclass)")),
                 QStringLiteral("t"));
        // The policy table is core's.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.actions")).toInt(),
                 int(allowedActionTable().size()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.actions WHERE role ="
                                       " 'annotator' AND action = 'manage-batches'")),
                 QStringLiteral("0"));

        // Ann works and syncs as her own PostgreSQL role.
        {
            auto ann = open(annCopy, QStringLiteral("ann"));
            work(*ann, 2);
            sync::PostgresRemote asAnn(m_cluster.connection(m_database, QStringLiteral("ann_pg")));
            auto s = ann->sync().sync(asAnn);
            ASSAY_VERIFY_RESULT(s);
            QVERIFY(s->pushed > 0);
            QVERIFY2(s->refused.isEmpty(), qPrintable(s->refused.join(QLatin1Char('\n'))));
        }
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM assay.events WHERE person = '%1'")
                               .arg(annId))
                        .toInt()
                > 0);

        // What her connection reads, table by table (psql, as she would): every line, no gold
        // answer, no task kind in clear.
        const QString ann = m_cluster.connection(m_database, QStringLiteral("ann_pg"));
        auto readAs = [&](const QString &connection, const QString &sql, QString *out,
                          QString *err = nullptr) {
            QProcess p;
            p.start(QStringLiteral("psql"),
                    {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), connection,
                     QStringLiteral("-c"), sql});
            p.waitForFinished(60000);
            *out = QString::fromUtf8(p.readAllStandardOutput());
            if (err)
                *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode() == 0;
        };
        QString out, err;
        for (const char *table : {"assay.meta", "assay.people", "assay.actions", "assay.media",
                                  "assay.events", "assay.pools", "assay.pool", "assay.leases"}) {
            QVERIFY2(readAs(ann, QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)), &out,
                            &err),
                     qPrintable(err));
            QVERIFY(!out.contains(QLatin1String("777.25")));
        }
        QVERIFY(readAs(ann, QStringLiteral("SELECT line FROM assay.events"), &out));
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(QString::number(lines.size()),
                 scalar(QStringLiteral("SELECT count(*) FROM assay.events")));
        int goldLines = 0;
        for (const QString &line : lines) {
            auto w = sync::decodeWire(line.toUtf8());
            ASSAY_VERIFY_RESULT(w);
            if (w->event.kind == QLatin1String("gold.set")) {
                ++goldLines;
                QVERIFY(!w->keyId.isEmpty()); // encrypted under the leads' key
            }
            if (w->event.stored.isEmpty())
                continue;
            auto json = w->event.payloadJson();
            ASSAY_VERIFY_RESULT(json);
            QVERIFY2(!json->contains("777.25"), json->left(300).constData());
            for (const char *kind : {"\"gold\"", "\"audit\""})
                QVERIFY2(!json->contains(kind), json->left(300).constData());
        }
        QVERIFY(goldLines > 0);

        // Forged inserts: a gold.set of her own (an action her role does not allow), and an
        // answer in the lead's name. The server refuses both.
        const QString forged = QStringLiteral(
                "INSERT INTO assay.events (device, device_seq, hash, person, action, audience,"
                " line) VALUES ('forger', %1, 'h%1', '%2', '%3', 'leads', '{}')");
        QVERIFY(!readAs(ann, forged.arg(1).arg(annId, QStringLiteral("manage-batches")), &out,
                        &err));
        QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
        QVERIFY(!readAs(ann, forged.arg(2).arg(leadId, QStringLiteral("annotate")), &out, &err));
        QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
        QVERIFY(!readAs(ann, QStringLiteral("UPDATE assay.events SET person = 'x'"), &out, &err)
                || out.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.events WHERE device ="
                                       " 'forger' OR person = 'x'")),
                 QStringLiteral("0"));
        // Through the remote as well: her copy pushing the lead's gold is refused whole.
        sync::PostgresRemote asAnn(ann);
        ASSAY_VERIFY_RESULT(asAnn.open(lead->info().projectId));
        QJsonObject fake = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        fake.insert(QStringLiteral("device"), QStringLiteral("forger"));
        fake.insert(QStringLiteral("person"), annId);
        fake.insert(QStringLiteral("action"), QStringLiteral("manage-batches"));
        fake.insert(QStringLiteral("kind"), QStringLiteral("gold.set"));
        auto pushed = asAnn.push({QJsonDocument(fake).toJson(QJsonDocument::Compact)});
        QVERIFY(!pushed);
        QVERIFY2(pushed.error().message.contains(QLatin1String("row-level security")),
                 qPrintable(pushed.error().message));
        // A role the admin has not mapped reads nothing.
        QVERIFY(readAs(m_cluster.connection(m_database, QStringLiteral("eve_pg")),
                       QStringLiteral("SELECT count(*) FROM assay.events"), &out));
        QCOMPARE(out.trimmed(), QStringLiteral("0"));
    }

    void serverKilledMidPushOrPullLosesAndDoublesNothing_data()
    {
        QTest::addColumn<int>("delayMs");
        for (int d : {0, 2, 5, 15})
            QTest::addRow("kill after %d ms", d) << d;
    }

    void serverKilledMidPushOrPullLosesAndDoublesNothing()
    {
        QFETCH(int, delayMs);
        const QString lead2Copy = checkout(QStringLiteral("lead2"));
        QVERIFY(!lead2Copy.isEmpty());
        {
            // Enough work on the lead's side that a push takes a while.
            auto lead = open(m_lead, QStringLiteral("lead"));
            for (int i = 0; i < 60; ++i) {
                TaxonomyClass c;
                c.name = QStringLiteral("class %1").arg(i);
                ASSAY_VERIFY_RESULT(lead->taxonomy().addClass(c));
            }
        }
        for (const QString &path : {m_lead, lead2Copy}) {
            const QString person = path == m_lead ? QStringLiteral("lead")
                                                  : QStringLiteral("lead2");
            Status outcome;
            std::thread syncing([&] {
                auto p = open(path, person);
                if (!p) {
                    outcome = makeError(ErrorCode::Generic, QStringLiteral("cannot open"));
                    return;
                }
                sync::PostgresRemote remote(url());
                auto s = p->sync().sync(remote);
                if (!s)
                    outcome = s.error();
            });
            QThread::msleep(ulong(delayMs));
            m_cluster.kill();
            syncing.join();
            QString error;
            QVERIFY2(m_cluster.restart(&error), qPrintable(error));
            // Whatever happened, a retry completes.
            auto p = open(path, person);
            auto s = syncWith(*p);
            ASSAY_VERIFY_RESULT(s);
            QVERIFY(s->refused.isEmpty());
            verifyNoDuplicates();
        }
        auto lead = open(m_lead, QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(syncWith(*lead));
        auto lead2 = open(lead2Copy, QStringLiteral("lead2"));
        ASSAY_VERIFY_RESULT(syncWith(*lead2));
        // 0 losses: the server holds every event of the lead, and the copies agree.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.events")).toLongLong(),
                 lead->counts()->events);
        QCOMPARE(*lead2->stateDigest(), *lead->stateDigest());
        QCOMPARE(lead2->counts()->events, lead->counts()->events);
        verifyNoDuplicates();
    }

    void pooledBatchesHandEachTaskToOnePersonUntilItsLeaseExpires()
    {
        const Id pool = makePool(0.25, 4);
        QVERIFY(!pool.isEmpty());
        // The pool: 6 production tasks and a task per gold item and person who may annotate.
        const int production = scalar(QStringLiteral("SELECT count(*) FROM assay.pool WHERE NOT"
                                                     " gold"))
                                       .toInt();
        QCOMPARE(production, 6);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM assay.pool WHERE gold")).toInt() >= 4);
        const QString ann = mapPerson(QStringLiteral("ann"));
        const QString bob = mapPerson(QStringLiteral("bob"));
        QVERIFY(!ann.isEmpty() && !bob.isEmpty());

        // Both ask at once, one task at a time, until the pool has nothing for them.
        QList<sync::LeasedTask> got[2];
        QString failure[2];
        const auto leaseAll = [&](int who, const QString &connection) {
            sync::PostgresRemote remote(connection);
            for (int i = 0; i < 100; ++i) {
                auto l = remote.lease(pool, 1);
                if (!l) {
                    failure[who] = l.error().toString();
                    return;
                }
                if (l->isEmpty())
                    return;
                got[who].append(*l);
            }
        };
        std::thread first(leaseAll, 0, ann);
        std::thread second(leaseAll, 1, bob);
        first.join();
        second.join();
        QVERIFY2(failure[0].isEmpty() && failure[1].isEmpty(), qPrintable(failure[0] + failure[1]));
        QSet<Id> tasks[2], items[2];
        for (int who : {0, 1}) {
            for (const sync::LeasedTask &t : std::as_const(got[who])) {
                tasks[who].insert(t.taskId);
                items[who].insert(t.itemId);
                QVERIFY(!t.expires.isEmpty());
            }
            // Nobody gets a task twice, nor an item twice.
            QCOMPARE(tasks[who].size(), got[who].size());
            QCOMPARE(items[who].size(), got[who].size());
        }
        // No task to both; every production task handed out.
        QVERIFY(!tasks[0].intersects(tasks[1]));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.pool WHERE NOT gold AND"
                                       " leased_to IS NULL")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.leases")).toInt(),
                 int(got[0].size() + got[1].size()));

        // Ann finishes hers; Bob's expire, and return to the pool: Ann gets those of them she
        // never had, and never her own finished ones.
        auto lead = open(m_lead, QStringLiteral("lead"));
        const Id annId = lead->people().person(QStringLiteral("ann"))->id;
        const Id bobId = lead->people().person(QStringLiteral("bob"))->id;
        const int bobsProduction = scalar(QStringLiteral("SELECT count(*) FROM assay.pool WHERE"
                                                         " NOT gold AND leased_to = '%1'")
                                                  .arg(bobId))
                                           .toInt();
        sync::PostgresRemote asAnn(ann);
        auto finished = asAnn.finishLeases(tasks[0].values());
        ASSAY_VERIFY_RESULT(finished);
        QCOMPARE(*finished, int(tasks[0].size()));
        QThread::msleep(4500);
        auto again = asAnn.lease(pool, 10);
        ASSAY_VERIFY_RESULT(again);
        Id bobs;
        for (const sync::LeasedTask &t : std::as_const(*again)) {
            QVERIFY(!tasks[0].contains(t.taskId));
            QVERIFY(!items[0].contains(t.itemId));
            if (tasks[1].contains(t.taskId))
                bobs = t.taskId;
        }
        QCOMPARE(bobs.isEmpty(), bobsProduction == 0);
        if (!bobs.isEmpty()) {
            // Bob's expired lease of a task now Ann's is over: finishing it as Bob does nothing.
            sync::PostgresRemote asBob(bob);
            auto late = asBob.finishLeases({bobs});
            ASSAY_VERIFY_RESULT(late);
            QCOMPARE(*late, 0);
            QCOMPARE(scalar(QStringLiteral("SELECT leased_to = '%1' AND NOT finished FROM"
                                           " assay.pool WHERE task = '%2'")
                                    .arg(annId, bobs)),
                     QStringLiteral("t"));
        }
        // A person the admin did not map may not lease.
        for (const char *role : {"eve_pg"})
            m_cluster.psql(m_database, QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1"
                                                      " LOGIN")
                                               .arg(QLatin1String(role)));
        sync::PostgresRemote asEve(m_cluster.connection(m_database, QStringLiteral("eve_pg")));
        QVERIFY(!asEve.lease(pool, 1));
    }

    void leasedGoldKeepsToTheRateAndIsHiddenFromTheAnnotator()
    {
        const QString ann = mapPerson(QStringLiteral("ann"));
        QVERIFY(!ann.isEmpty());
        // A large pool straight from the lead's side: 3000 production items, 1500 gold.
        const Id batch = newId();
        QList<sync::PoolTask> rows;
        for (int i = 0; i < 4500; ++i)
            rows.append({newId(), newId(), i, i >= 3000});
        sync::PostgresRemote lead(url());
        ASSAY_VERIFY_RESULT(lead.open(newId()));
        auto added = lead.publishPool(batch, 0.2, 600, rows);
        ASSAY_VERIFY_RESULT(added);
        QCOMPARE(*added, 4500);
        // Published again: nothing doubles.
        QCOMPARE(*lead.publishPool(batch, 0.2, 600, rows), 0);
        QSet<Id> gold;
        for (const sync::PoolTask &t : std::as_const(rows)) {
            if (t.gold)
                gold.insert(t.taskId);
        }
        sync::PostgresRemote asAnn(ann);
        int leased = 0, golden = 0;
        for (int round = 0; round < 60; ++round) {
            auto l = asAnn.lease(batch, 25);
            ASSAY_VERIFY_RESULT(l);
            QCOMPARE(l->size(), 25);
            for (const sync::LeasedTask &t : std::as_const(*l)) {
                ++leased;
                golden += gold.contains(t.taskId) ? 1 : 0;
            }
        }
        const double share = double(golden) / leased;
        QVERIFY2(qAbs(share - 0.2) < 0.04, qPrintable(QString::number(share)));

        // What Ann's connection reads: her leases, with nothing that says gold; no pool row.
        QString out, err;
        QVERIFY2(psqlAs(ann, QStringLiteral("SELECT count(*) FROM assay.leases"), &out, &err),
                 qPrintable(err));
        QCOMPARE(out.toInt(), leased);
        QVERIFY(psqlAs(ann,
                       QStringLiteral("SELECT string_agg(column_name, ',') FROM"
                                      " information_schema.columns WHERE table_schema = 'assay'"
                                      " AND table_name = 'leases'"),
                       &out));
        QVERIFY2(!out.contains(QLatin1String("gold")) && out.contains(QLatin1String("task")),
                 qPrintable(out));
        QVERIFY(psqlAs(ann, QStringLiteral("SELECT count(*) FROM assay.pool"), &out));
        QCOMPARE(out, QStringLiteral("0"));
        QVERIFY(psqlAs(ann, QStringLiteral("SELECT gold_rate FROM assay.pools"), &out));
        QCOMPARE(out, QStringLiteral("0.2"));
        // Nor can she write the pool, or lease in another's name.
        QVERIFY(!psqlAs(ann,
                        QStringLiteral("INSERT INTO assay.pool (task, batch, item, position, gold)"
                                       " VALUES ('t', '%1', 'i', 0, false)")
                                .arg(batch),
                        &out, &err));
        QVERIFY2(err.contains(QLatin1String("row-level security")), qPrintable(err));
        QVERIFY(psqlAs(ann, QStringLiteral("UPDATE assay.pool SET finished = true"), &out));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.pool WHERE finished")),
                 QStringLiteral("0"));
    }

    void annotatorsLeaseIntoTheirCopyAndTheLeadScoresWhatComesBack()
    {
        // Gold nearly every time it can be had (two gold items: at most two gold tasks each).
        const Id pool = makePool(0.9, 600);
        QVERIFY(!pool.isEmpty());
        const QString annCopy = checkout(QStringLiteral("ann"));
        QVERIFY(!annCopy.isEmpty());
        const QString ann = mapPerson(QStringLiteral("ann"));
        QVERIFY(!ann.isEmpty());
        QList<Id> leasedIds;
        {
            auto copy = open(annCopy, QStringLiteral("ann"));
            const qsizetype before = copy->work().annotatorQueue(copy->actor().id)->size();
            sync::PostgresRemote remote(ann);
            auto leased = copy->sync().lease(remote, QStringLiteral("pool"), 4);
            ASSAY_VERIFY_RESULT(leased);
            QCOMPARE(leased->leased, 4);
            QCOMPARE(leased->batches, QStringList{QStringLiteral("pool")});
            auto queue = copy->work().annotatorQueue(copy->actor().id, pool);
            ASSAY_VERIFY_RESULT(queue);
            QCOMPARE(queue->size(), 4);
            QCOMPARE(copy->work().annotatorQueue(copy->actor().id)->size(), before + 4);
            for (const Task &t : std::as_const(*queue)) {
                QCOMPARE(t.kind, TaskKind::Production); // gold looks like any task
                leasedIds.append(t.id);
            }
            // Her copy holds no pool and no task kind.
            QCOMPARE(copy->work().poolTasks(pool).error().code, ErrorCode::Permission);
            work(*copy);
            ASSAY_VERIFY_RESULT(syncWith(*copy));
        }
        // The lead's copy: the leased tasks are Ann's, done, and the gold among them scored.
        auto lead = open(m_lead, QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(syncWith(*lead));
        const Id annId = lead->people().person(QStringLiteral("ann"))->id;
        auto tasks = lead->work().batchTasks(pool);
        ASSAY_VERIFY_RESULT(tasks);
        int mine = 0;
        for (const Task &t : std::as_const(*tasks)) {
            if (!leasedIds.contains(t.id))
                continue;
            ++mine;
            QCOMPARE(t.personId, annId);
            QCOMPARE(t.state, TaskState::Done);
        }
        QCOMPARE(mine, 4);
        auto work = lead->work().batchWork(pool);
        ASSAY_VERIFY_RESULT(work);
        int scored = 0;
        for (const BatchWork &w : std::as_const(*work)) {
            QVERIFY(leasedIds.contains(w.task.id));
            QCOMPARE(w.goldScore.has_value(), w.task.kind == TaskKind::Gold);
            scored += w.goldScore ? 1 : 0;
        }
        QCOMPARE(work->size(), 4);
        QVERIFY(scored >= 1);
        // Her next lease ends the leases of what she did, and brings new tasks.
        {
            auto copy = open(annCopy, QStringLiteral("ann"));
            sync::PostgresRemote remote(ann);
            auto leased = copy->sync().lease(remote, {}, 2);
            ASSAY_VERIFY_RESULT(leased);
            QCOMPARE(leased->finished, 4);
            QCOMPARE(leased->leased, 2);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assay.pool WHERE finished")),
                 QStringLiteral("4"));
        // A shared folder hands out nothing.
        auto copy = open(annCopy, QStringLiteral("ann"));
        QTemporaryDir folder;
        sync::FolderRemote shared(folder.path(), QStringLiteral("ann"));
        auto refused = copy->sync().lease(shared, {}, 1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
    }
};

QTEST_GUILESS_MAIN(tst_Postgres)
#include "tst_postgres.moc"
