// SPDX-License-Identifier: Apache-2.0
// Event log: the chain verifies, and every kind of tampering is found and named.
#include "core/base/sha256.h"
#include "core/identity/keys.h"
#include "core/project/services.h"
#include "core/people/peopleevents.h"
#include "core/store/database.h"
#include "tests/testutil.h"

#include <QFile>

#include <functional>
#include <random>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <zstd.h>

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

    // The owner of a project made by makeProject, with a key registered and signed in.
    static identity::SecretKeys signInOwner(Project &project)
    {
        auto keys = identity::SecretKeys::generate();
        const QString owner = QStringLiteral("admin");
        [&] {
            QVERIFY(keys);
            ASSAY_VERIFY_RESULT(project.setActor(owner));
            ASSAY_VERIFY_RESULT(project.people().setKey(owner, keys->publicKeys().toText()));
            ASSAY_VERIFY_RESULT(project.signIn(owner, *keys));
        }();
        return *keys;
    }

    static void addClasses(Project &project, int from, int to)
    {
        for (int i = from; i < to; ++i) {
            TaxonomyClass c;
            c.name = QStringLiteral("class%1").arg(i);
            QVERIFY(project.taxonomy().addClass(c));
        }
    }

    // Alters the payload of event `seq` and recomputes its payload hash, its hash and those of
    // every later event of its device, and the device's head, as a forger would.
    static bool rechainFrom(const QString &path, qint64 seq, const char *newName)
    {
        auto db = Database::open(path, Database::OpenMode::ReadWrite);
        if (!db)
            return false;
        QList<Event> events;
        if (!EventLog::forEach(db->get(), seq, [&](const Event &e) {
                events.append(e);
                return true;
            }))
            return false;
        QString prev;
        for (qsizetype i = 0; i < events.size(); ++i) {
            Event e = events[i];
            if (i == 0) {
                e.stored.replace("class15", newName);
                e.payloadHash = QString::fromLatin1(sha256Hex(e.stored));
            } else {
                e.prevHash = prev;
            }
            e.hash = EventLog::computeHash(e);
            prev = e.hash;
            auto s = (*db)->prepare(
                    QStringLiteral("UPDATE events SET payload = ?1, payload_hash"
                                   " = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?5"));
            s->bind(1, e.stored).bind(2, e.payloadHash).bind(3, e.prevHash).bind(4, e.hash);
            s->bind(5, e.seq);
            if (!s->exec())
                return false;
            if (i + 1 == events.size()) {
                auto h = (*db)->prepare(QStringLiteral("UPDATE devices SET head_hash = ?1"
                                                       " WHERE id = ?2"));
                h->bind(1, e.hash).bind(2, e.device);
                if (!h->exec())
                    return false;
            }
        }
        return true;
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
        // The order of application is the Lamport order, which the envelopes hold.
        QTest::newRow("two events' order swapped")
                << QStringLiteral("UPDATE events SET lamport = 100 - lamport WHERE seq IN (10, 11)")
                << qint64(10) << QStringLiteral("altered");
        QTest::newRow("payload hash rewritten to match an altered payload") << QStringLiteral(
                "UPDATE events SET payload = CAST('{}' AS BLOB),"
                " payload_hash = '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'"
                " WHERE seq = 6") << qint64(6) << QStringLiteral("altered");
        QTest::newRow("head removed") << QStringLiteral("DELETE FROM devices") << qint64(1)
                                      << QStringLiteral("head record");
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

    void signedEventsVerify()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        auto store = Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        const auto keys = signInOwner(**store);
        addClasses(**store, 10, 20);
        auto v = (*store)->verifyLog();
        ASSAY_VERIFY_RESULT(v);
        QVERIFY2(v->intact, qPrintable(v->reason));
        QCOMPARE(v->events, 23);
        QCOMPARE(v->unsignedEvents, 13);   // made before the owner signed in
        QCOMPARE(v->signaturesChecked, 1); // one run of one signer: its last event covers it
        auto all = (*store)->verifyLog({/*allSignatures*/ true, {}});
        QCOMPARE(all->signaturesChecked, 10);
        const auto events = (*store)->events(14, 0);
        for (const Event &e : *events) {
            QCOMPARE(e.signature.size(), 64);
            QVERIFY(identity::verify(keys.publicKeys().signing, e.envelopeBytes(), e.signature));
            QCOMPARE(e.action, QStringLiteral("edit-taxonomy"));
            QCOMPARE(e.audience, QStringLiteral("all"));
        }
    }

    // Someone holding the file changes an old signed event and recomputes every later hash and
    // the head: the signatures no longer match, and the first rewritten event is named.
    void rechainedForgeryIsCaught()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        Id owner;
        {
            auto store = Project::open(path);
            const auto keys = signInOwner(**store);
            owner = (*store)->actor().id;
            addClasses(**store, 10, 20);
        }
        QVERIFY(rechainFrom(path, 19, "classY")); // the event that added class15
        auto store = Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        auto v = (*store)->verifyLog();
        ASSAY_VERIFY_RESULT(v);
        QVERIFY(!v->intact);
        QCOMPARE(v->badSeq, 19);
        QVERIFY2(v->reason.contains(QStringLiteral("signature")), qPrintable(v->reason));
        QCOMPARE(v->problems.first().personId, owner);
    }

    // A second copy (its own device) points at the first copy's head; taking the first
    // device's events out of the second copy is seen, even with its head record gone too.
    void removedDeviceChainIsCaught()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        const QString copy = dir.filePath(QStringLiteral("copy.assay"));
        QVERIFY(QFile::copy(path, copy));
        Id firstDevice;
        {
            auto store = Project::open(copy);
            ASSAY_VERIFY_RESULT(store);
            firstDevice = (*store)->store().events(1, 1)->first().device;
            QVERIFY((*store)->store().device() != firstDevice);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
            addClasses(**store, 10, 12);
            auto v = (*store)->verifyLog();
            QVERIFY2(v->intact, qPrintable(v->reason));
            QCOMPARE(v->devices, 2);
        }
        execSql(copy, QStringLiteral("DELETE FROM events WHERE device = '%1'").arg(firstDevice));
        {
            auto store = Project::open(copy);
            auto v = (*store)->verifyLog();
            QVERIFY(!v->intact);
            QVERIFY2(v->reason.contains(QStringLiteral("removed")), qPrintable(v->reason));
        }
        execSql(copy, QStringLiteral("DELETE FROM devices WHERE id = '%1'").arg(firstDevice));
        auto store = Project::open(copy);
        auto v = (*store)->verifyLog();
        QVERIFY(!v->intact);
        QVERIFY2(v->reason.contains(QStringLiteral("another device had seen")),
                 qPrintable(v->reason));
    }

    // Events that a changed program could record (the policy is in the program): verify replays
    // the log and judges each event by its author's roles and registered key at its place.
    void eventsWithoutTheRightOrTheKeyAreRefused_data()
    {
        QTest::addColumn<QString>("forgery");
        QTest::addColumn<QString>("reason");
        QTest::newRow("an annotator's signed rename") << "annotator"
                                                      << "could not";
        QTest::newRow("signed with another person's key") << "other key"
                                                          << "not admin's";
        QTest::newRow("signed with a revoked key") << "revoked key"
                                                   << "revoked";
        QTest::newRow("unsigned by someone with a key") << "unsigned"
                                                        << "not signed";
        QTest::newRow("nothing wrong") << "none"
                                       << "";
    }

    void eventsWithoutTheRightOrTheKeyAreRefused()
    {
        QFETCH(QString, forgery);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        auto store = Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        Project &p = **store;
        const auto adminKeys = signInOwner(p);
        const auto annKeys = identity::SecretKeys::generate();
        auto ann = p.people().addPerson(QStringLiteral("ann"), QStringLiteral("Ann"),
                                        {Role::Annotator}, annKeys->publicKeys().toText());
        ASSAY_VERIFY_RESULT(ann);
        Person author = p.actor(); // the admin
        if (forgery == QLatin1String("annotator")) {
            author = *ann;
            author.roles = {Role::Admin}; // what the changed program claims
            p.store().setSigner(*annKeys);
        } else if (forgery == QLatin1String("other key")) {
            p.store().setSigner(*annKeys);
        } else if (forgery == QLatin1String("revoked key")) {
            const auto next = identity::SecretKeys::generate();
            ASSAY_VERIFY_RESULT(
                    p.people().setKey(QStringLiteral("admin"), next->publicKeys().toText()));
            p.store().setSigner(adminKeys); // the old one, revoked by setKey
        } else if (forgery == QLatin1String("unsigned")) {
            p.store().setSigner(std::nullopt);
        }
        ASSAY_VERIFY_RESULT(p.store().record(author, ProjectRenamed{QStringLiteral("forged"), {}}));
        auto v = p.verifyLog();
        QVERIFY2(v->intact, qPrintable(v->reason)); // the chains alone are fine
        QList<ChainProblem> refused;
        auto differences = p.compareStateWithReplay(20, &refused);
        ASSAY_VERIFY_RESULT(differences);
        if (reason.isEmpty()) {
            QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).reason));
            QVERIFY(differences->isEmpty());
            return;
        }
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().reason.contains(reason), qPrintable(refused.first().reason));
        QCOMPARE(refused.first().personId, author.id);
        // Left out of the replay: the file's state (renamed) is not the log's.
        QVERIFY(!differences->isEmpty());
    }

    // Three copies of one project (three devices) work apart, one of them renaming a class the
    // others add to; a fourth receives their events in many orders and in pieces of any size:
    // the state is the same every time, and is what a replay gives.
    void stateIsTheSameWhateverOrderTheEventsArriveIn()
    {
        QTemporaryDir dir;
        const QString base = makeProject(dir);
        QString baseDigest;
        {
            auto store = Project::open(base);
            baseDigest = *(*store)->store().stateDigest();
        }
        struct Work
        {
            QString name;
            std::function<void(Project &)> act;
        };
        const QList<Work> work = {
                {QStringLiteral("a"),
                 [](Project &p) {
                     addClasses(p, 100, 104);
                     QVERIFY(p.store().record(p.actor(), ProjectRenamed{QStringLiteral("A"), {}}));
                 }},
                {QStringLiteral("b"),
                 [](Project &p) {
                     TaxonomyClass c = p.taxonomy().get()->classes.at(3);
                     c.name = QStringLiteral("renamed on b");
                     QVERIFY(p.taxonomy().updateClass(c));
                     addClasses(p, 200, 202);
                 }},
                {QStringLiteral("c"),
                 [](Project &p) {
                     QVERIFY(p.store().record(p.actor(), ProjectRenamed{QStringLiteral("C"), {}}));
                     TaxonomyClass c = p.taxonomy().get()->classes.at(3);
                     c.name = QStringLiteral("renamed on c");
                     QVERIFY(p.taxonomy().updateClass(c));
                 }},
        };
        QList<QList<Event>> chains; // each copy's own events, in its order
        for (const Work &w : work) {
            const QString path = dir.filePath(w.name + QStringLiteral(".assay"));
            QVERIFY(QFile::copy(base, path));
            auto store = Project::open(path);
            ASSAY_VERIFY_RESULT(store);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
            w.act(**store);
            QList<Event> own;
            for (const Event &e : *(*store)->store().events(1, 0)) {
                if (e.device == (*store)->store().device())
                    own.append(e);
            }
            QVERIFY(!own.isEmpty());
            chains.append(own);
        }

        QString expected;
        std::mt19937 random(20261206);
        for (int round = 0; round < 12; ++round) {
            const QString path = dir.filePath(QStringLiteral("r%1.assay").arg(round));
            QVERIFY(QFile::copy(base, path));
            auto store = Project::open(path);
            ASSAY_VERIFY_RESULT(store);
            // A random interleaving that keeps each device's order, given in random pieces.
            QList<qsizetype> next(chains.size(), 0);
            QList<Event> pending;
            qsizetype left = 0;
            for (const auto &c : chains)
                left += c.size();
            while (left > 0) {
                const qsizetype d = qsizetype(random() % chains.size());
                if (next[d] == chains[d].size())
                    continue;
                pending.append(chains[d][next[d]++]);
                --left;
                if (left == 0 || random() % 3 == 0) {
                    ASSAY_VERIFY_RESULT((*store)->store().ingest(pending));
                    pending.clear();
                }
            }
            // Delivered twice: nothing changes.
            QCOMPARE(*(*store)->store().ingest(chains.first()), 0);
            auto digest = (*store)->store().stateDigest();
            ASSAY_VERIFY_RESULT(digest);
            if (expected.isEmpty())
                expected = *digest;
            QCOMPARE(*digest, expected);
            QVERIFY(*digest != baseDigest);
            auto v = (*store)->verifyLog();
            QVERIFY2(v->intact, qPrintable(v->reason));
            QCOMPARE(v->devices, 4);
            QVERIFY((*store)->compareStateWithReplay()->isEmpty());
        }
    }

    // The events a copy of `base` records with `act`, in its order.
    static QList<Event> workApart(const QString &base, const QString &path,
                                  const std::function<void(Project &)> &act)
    {
        QList<Event> own;
        [&] {
            QVERIFY(QFile::copy(base, path));
            auto store = Project::open(path);
            ASSAY_VERIFY_RESULT(store);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
            act(**store);
            for (const Event &e : *(*store)->store().events(1, 0)) {
                if (e.device == (*store)->store().device())
                    own.append(e);
            }
        }();
        return own;
    }

    static bool before(const Event &a, const Event &b)
    {
        return a.lamport != b.lamport ? a.lamport < b.lamport : a.hash < b.hash;
    }

    // Decisions made apart that contradict each other are settled by one rule and listed with
    // both sides; the same decisions made one after the other are not conflicts.
    void concurrentDecisionsAreSettledAndListed()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.assay"));
        Id batchId;
        Id classId;
        {
            QVERIFY(QFile::copy(makeProject(dir), base));
            auto store = Project::open(base);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
            Batch b;
            b.name = QStringLiteral("week 1");
            auto made = (*store)->work().createBatch(b);
            ASSAY_VERIFY_RESULT(made);
            batchId = made->id;
            classId = (*store)->taxonomy().get()->classes.at(3).id;
        }
        const auto decideAndRename = [&](bool accept, const QString &name) {
            return [=](Project &p) {
                QVERIFY(p.work().decideBatch(batchId, accept, QStringLiteral("apart")));
                TaxonomyClass c = *p.taxonomy().get()->findById(classId);
                c.name = name;
                QVERIFY(p.taxonomy().updateClass(c));
            };
        };
        const QList<Event> a = workApart(base, dir.filePath(QStringLiteral("a.assay")),
                                         decideAndRename(true, QStringLiteral("cat")));
        const QList<Event> b = workApart(base, dir.filePath(QStringLiteral("b.assay")),
                                         decideAndRename(false, QStringLiteral("kitten")));
        QCOMPARE(a.size(), 2);
        QCOMPARE(b.size(), 2);

        const QString merged = dir.filePath(QStringLiteral("merged.assay"));
        QVERIFY(QFile::copy(base, merged));
        auto store = Project::open(merged);
        ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
        ASSAY_VERIFY_RESULT((*store)->store().ingest(b));
        ASSAY_VERIFY_RESULT((*store)->store().ingest(a));
        auto conflicts = (*store)->conflicts();
        ASSAY_VERIFY_RESULT(conflicts);
        QCOMPARE(conflicts->size(), 2);
        const Event &firstDecision = before(a.at(0), b.at(0)) ? a.at(0) : b.at(0);
        const Event &laterRename = before(a.at(1), b.at(1)) ? b.at(1) : a.at(1);
        for (const store::Conflict &c : *conflicts) {
            QVERIFY(before(c.other, c.event));
            if (c.subject == QStringLiteral("batch:") + batchId) {
                QCOMPARE(c.rule, QStringLiteral("first-decision-stands"));
                QCOMPARE(c.other.id, firstDecision.id);
            } else {
                QCOMPARE(c.subject, QStringLiteral("class:") + classId);
                QCOMPARE(c.rule, QStringLiteral("later-change-stands"));
                QCOMPARE(c.event.id, laterRename.id);
            }
        }
        // The rule decided the state: the first decision, the later name.
        const Batch decided = *(*store)->work().batch(batchId);
        QCOMPARE(decided.state,
                 firstDecision.id == a.at(0).id ? BatchState::Accepted : BatchState::Rejected);
        QCOMPARE((*store)->taxonomy().get()->findById(classId)->name,
                 laterRename.id == a.at(1).id ? QStringLiteral("cat") : QStringLiteral("kitten"));
        QVERIFY((*store)->compareStateWithReplay()->isEmpty());
        store->reset(); // closed, so that the file can be copied whole

        // One after the other: b renames knowing a's name; nothing to list.
        const QString seq = dir.filePath(QStringLiteral("seq.assay"));
        const QList<Event> after = workApart(merged, seq, [&](Project &p) {
            TaxonomyClass c = *p.taxonomy().get()->findById(classId);
            c.name = QStringLiteral("cat, finally");
            QVERIFY(p.taxonomy().updateClass(c));
        });
        QCOMPARE(after.size(), 1);
        auto again = Project::open(seq);
        ASSAY_VERIFY_RESULT((*again)->setActor(QStringLiteral("admin")));
        QCOMPARE((*again)->conflicts()->size(), 2);
        // Annotators may not read them.
        ASSAY_VERIFY_RESULT(
                (*again)->people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
        ASSAY_VERIFY_RESULT((*again)->setActor(QStringLiteral("ann")));
        QCOMPARE((*again)->conflicts().error().code, ErrorCode::Permission);
    }

    // An event whose author had lost the right by the time it is applied (its key revoked
    // earlier in the order of application, on another machine) is kept, quarantined and
    // listed, and changes nothing; every copy agrees.
    void eventsOfARevokedKeyAreQuarantined()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.assay"));
        auto leadKeys = identity::SecretKeys::generate();
        QVERIFY(leadKeys);
        std::optional<identity::SecretKeys> ownerKeys;
        {
            QVERIFY(QFile::copy(makeProject(dir), base));
            auto store = Project::open(base);
            ownerKeys = signInOwner(**store);
            ASSAY_VERIFY_RESULT(
                    (*store)->people().addPerson(QStringLiteral("lead2"), {}, {Role::Lead}));
            ASSAY_VERIFY_RESULT((*store)->people().setKey(QStringLiteral("lead2"),
                                                          leadKeys->publicKeys().toText()));
        }
        const QString a = dir.filePath(QStringLiteral("a.assay"));
        QVERIFY(QFile::copy(base, a));
        QList<Event> byLead;
        {
            auto store = Project::open(a);
            ASSAY_VERIFY_RESULT((*store)->signIn(QStringLiteral("lead2"), *leadKeys));
            addClasses(**store, 300, 304);
            for (const Event &e : *(*store)->store().events(1, 0)) {
                if (e.device == (*store)->store().device())
                    byLead.append(e);
            }
        }
        QCOMPARE(byLead.size(), 4);
        const QString b = dir.filePath(QStringLiteral("b.assay"));
        QVERIFY(QFile::copy(base, b));
        auto store = Project::open(b);
        ASSAY_VERIFY_RESULT(store);
        ASSAY_VERIFY_RESULT((*store)->signIn(QStringLiteral("admin"), *ownerKeys));
        ASSAY_VERIFY_RESULT((*store)->people().revokeKey(QStringLiteral("lead2")));
        const Event revocation = (*store)->store().events(1, 0)->last();
        ASSAY_VERIFY_RESULT((*store)->store().ingest(byLead));

        int late = 0;
        for (const Event &e : byLead)
            late += before(revocation, e) ? 1 : 0;
        QVERIFY(late >= 3); // Lamport counters 2..4 after the revocation's 1
        auto quarantined = (*store)->quarantined();
        ASSAY_VERIFY_RESULT(quarantined);
        QCOMPARE(quarantined->size(), late);
        for (const store::Quarantined &q : *quarantined) {
            QVERIFY(before(revocation, q.event));
            QVERIFY2(q.reason.contains(QStringLiteral("revoked")), qPrintable(q.reason));
        }
        const Taxonomy t = *(*store)->taxonomy().get();
        QCOMPARE(t.classes.size(), 10 + (4 - late));
        // The state is what a replay gives, quarantine included; verify names the events.
        QList<store::ChainProblem> refused;
        QVERIFY((*store)->compareStateWithReplay(20, &refused)->isEmpty());
        QCOMPARE(refused.size(), late);
    }

    // A right is judged on what its author had seen: a role granted on another machine, which
    // the author's device had not heard of, gives no right to what it did meanwhile, even when
    // the grant comes first in the order of application. Once seen, it does.
    void aRoleGrantedApartGivesNoRightBeforeItIsSeen()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.assay"));
        {
            QVERIFY(QFile::copy(makeProject(dir), base));
            auto store = Project::open(base);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
            ASSAY_VERIFY_RESULT(
                    (*store)->people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
        }
        const QList<Event> grant
                = workApart(base, dir.filePath(QStringLiteral("a.assay")), [](Project &p) {
                      const Id ann = p.people().person(QStringLiteral("ann"))->id;
                      QVERIFY(p.people().setRoles(ann, {Role::Admin}));
                  });
        // On her own machine, before hearing of it, ann renames the project three times (as if
        // she were an admin already).
        const QList<Event> renames
                = workApart(base, dir.filePath(QStringLiteral("b.assay")), [](Project &p) {
                      Person ann = *p.people().person(QStringLiteral("ann"));
                      ann.roles = {Role::Admin};
                      for (const char *name : {"x", "y", "z"})
                          QVERIFY(p.store().record(ann, ProjectRenamed{QLatin1String(name), {}}));
                  });
        QCOMPARE(renames.size(), 3);
        const QString merged = dir.filePath(QStringLiteral("merged.assay"));
        QVERIFY(QFile::copy(base, merged));
        auto store = Project::open(merged);
        ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
        ASSAY_VERIFY_RESULT((*store)->store().ingest(grant));
        ASSAY_VERIFY_RESULT((*store)->store().ingest(renames));
        QVERIFY(before(grant.first(), renames.last())); // the grant comes first in the order
        auto quarantined = (*store)->quarantined();
        ASSAY_VERIFY_RESULT(quarantined);
        QCOMPARE(quarantined->size(), 3);
        int apart = 0; // those after the grant in the order: refused by what ann had seen
        for (const store::Quarantined &q : *quarantined) {
            if (before(grant.first(), q.event)) {
                QVERIFY2(q.reason.contains(QStringLiteral("given apart")), qPrintable(q.reason));
                ++apart;
            }
        }
        QVERIFY(apart >= 2);
        QVERIFY((*store)->info().name != QLatin1String("z"));
        QVERIFY((*store)->compareStateWithReplay()->isEmpty());
        store->reset();

        // On a copy that has heard of the grant, the same rename is hers to make.
        const QString later = dir.filePath(QStringLiteral("later.assay"));
        const QList<Event> after = workApart(merged, later, [](Project &p) {
            Person ann = *p.people().person(QStringLiteral("ann"));
            QVERIFY(ann.hasRole(Role::Admin));
            QVERIFY(p.store().record(ann, ProjectRenamed{QStringLiteral("w"), {}}));
        });
        QCOMPARE(after.size(), 1);
        auto again = Project::open(later);
        ASSAY_VERIFY_RESULT((*again)->setActor(QStringLiteral("admin")));
        ASSAY_VERIFY_RESULT((*again)->rebuildState());
        QCOMPARE((*again)->quarantined()->size(), 3);
        QCOMPARE((*again)->info().name, QStringLiteral("w"));
    }

    // A copy refuses an event that does not extend its device's chain, and a fork.
    void ingestRefusesGapsAndForks()
    {
        QTemporaryDir dir;
        const QString base = makeProject(dir);
        const QString a = dir.filePath(QStringLiteral("a.assay"));
        const QString b = dir.filePath(QStringLiteral("b.assay"));
        QVERIFY(QFile::copy(base, a));
        QVERIFY(QFile::copy(base, b));
        QList<Event> own;
        {
            auto store = Project::open(a);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("admin")));
            addClasses(**store, 100, 103);
            for (const Event &e : *(*store)->store().events(13, 0))
                own.append(e);
        }
        auto store = Project::open(b);
        auto gap = (*store)->store().ingest({own.at(1)});
        QVERIFY(!gap);
        QVERIFY2(gap.error().message.contains(QStringLiteral("does not extend")),
                 qPrintable(gap.error().message));
        ASSAY_VERIFY_RESULT((*store)->store().ingest({own.at(0)}));
        Event fork = own.at(1);
        fork.id = newId();
        fork.hash = EventLog::computeHash(fork);
        auto forked = (*store)->store().ingest({own.at(1), fork});
        QVERIFY(!forked);
        QVERIFY2(forked.error().message.contains(QStringLiteral("forks")),
                 qPrintable(forked.error().message));
        Event altered = own.at(1);
        altered.stored.replace("class101", "classX");
        auto refused = (*store)->store().ingest({altered});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("altered")),
                 qPrintable(refused.error().message));
    }

    // The same file keeps its device; a copy of it gets another.
    void deviceIsBoundToTheFile()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir);
        Id device;
        {
            auto store = Project::open(path);
            device = (*store)->store().device();
            QCOMPARE((*store)->store().events(1, 1)->first().device, device);
        }
        const QString moved = dir.filePath(QStringLiteral("moved.assay"));
        QVERIFY(QFile::rename(path, moved));
        {
            auto store = Project::open(moved);
            QCOMPARE((*store)->store().device(), device);
        }
        const QString copy = dir.filePath(QStringLiteral("copy.assay"));
        QVERIFY(QFile::copy(moved, copy));
        auto store = Project::open(copy);
        QVERIFY((*store)->store().device() != device);
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

    // A bulk payload may be stored as several frames, one after another (its parts compressed
    // apart, see BulkHint::storedPayload): read as one text; damage in any frame is refused.
    void payloadsOfSeveralFramesRoundTrip()
    {
        QJsonObject big;
        QJsonArray rows;
        for (int i = 0; i < 3000; ++i)
            rows.append(QJsonArray{i, QStringLiteral("row %1").arg(i)});
        big.insert(QStringLiteral("rows"), rows);
        const QByteArray text = QJsonDocument(big).toJson(QJsonDocument::Compact);
        QByteArray stored;
        QList<qsizetype> ends;
        for (const auto &[from, to] : {std::pair<qsizetype, qsizetype>{0, 9},
                                       {9, text.size() / 2},
                                       {text.size() / 2, text.size()}}) {
            QByteArray frame(qsizetype(ZSTD_compressBound(size_t(to - from))), Qt::Uninitialized);
            const size_t n = ZSTD_compress(frame.data(), size_t(frame.size()),
                                           text.constData() + from, size_t(to - from), 1);
            QVERIFY(!ZSTD_isError(n));
            stored.append(frame.constData(), qsizetype(n));
            ends.append(stored.size());
        }
        Event e;
        e.id = QStringLiteral("e1");
        e.codec = QStringLiteral("zstd+json");
        e.stored = stored;
        auto json = e.payloadJson();
        ASSAY_VERIFY_RESULT(json);
        QCOMPARE(*json, text);
        auto decoded = e.payload();
        ASSAY_VERIFY_RESULT(decoded);
        QCOMPARE(*decoded, big);
        // The middle frame cut short, or a byte of it changed.
        e.stored = stored.left(ends[1] - 3) + stored.mid(ends[1]);
        QVERIFY(!e.payloadJson());
        e.stored = stored;
        e.stored[ends[0] + 20] = char(e.stored[ends[0] + 20] ^ 0x5a);
        QVERIFY(!e.payload());
    }

    // A frame header is the compressor's claim: one that says gigabytes in a few bytes is
    // refused before anything is allocated for it, whatever the claim.
    void compressedPayloadThatClaimsTooMuchIsRefused_data()
    {
        QTest::addColumn<quint64>("claimed");
        QTest::newRow("8 GiB") << (quint64(8) << 30);
        QTest::newRow("15 GiB") << (quint64(15) << 30);
        QTest::newRow("200 MiB") << (quint64(200) << 20);
    }
    void compressedPayloadThatClaimsTooMuchIsRefused()
    {
        QFETCH(quint64, claimed);
        // Magic number, a single-segment frame with an 8-byte content size, then one RLE block.
        QByteArray frame("\x28\xb5\x2f\xfd\xe0", 5);
        for (int i = 0; i < 8; ++i)
            frame.append(char((claimed >> (8 * i)) & 0xff));
        frame.append(QByteArray("\x03\x00\x02{", 4));
        Event e;
        e.id = QStringLiteral("e1");
        e.codec = QStringLiteral("zstd+json");
        e.stored = frame;
        const auto json = e.payloadJson();
        QVERIFY(!json);
        QCOMPARE(json.error().code, ErrorCode::InvalidInput);
        QVERIFY2(json.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(json.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_EventLog)
#include "tst_eventlog.moc"
