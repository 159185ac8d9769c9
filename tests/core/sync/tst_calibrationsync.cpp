// SPDX-License-Identifier: Apache-2.0
// A calibration session across synced copies, end to end: a trainer makes a set and a session
// on the lead's project; the members get copies (checkout for them), label their calibration
// tasks on their own copies and sync through a shared folder; the trainer's side sees the
// results and judges (at its sync, on the trainer's behalf); the gate lift reaches the member at
// their next sync. Each member's copy, read with SQLite directly (every table, every event
// payload), holds no reference answer and no explanation until the debrief is released to them.
#include "core/base/sha256.h"
#include "core/calibration/calibrationjudging.h"
#include "core/project/services.h"
#include "core/sync/folderremote.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <sqlite3.h>

using namespace assay;
using namespace assay::core;

// Values no other data has, to look for in bytes: in every explanation and section, and as the
// width of a reference box.
static const char s_explanationMark[] = "EXPLAIN-7c1f";
static const char s_sectionMark[] = "SECTION-9d2e";
static const char s_boxMark[] = "200.375";

class tst_CalibrationSync : public QObject
{
    Q_OBJECT

private:
    tests::MemoryKeys m_keys;
    QTemporaryDir m_dir;
    QString m_lead;
    QString m_folder;
    Id m_cat, m_dog;
    QList<Item> m_items;
    QHash<Id, Id> m_refClass; // class items: the reference class
    Id m_boxItem;

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

    Result<SyncSummary> syncWith(Project &p)
    {
        sync::FolderRemote remote(m_folder, p.store().device());
        return p.sync().sync(remote);
    }

    // Every text and blob value of every table of an SQLite file, and the JSON of every event
    // payload the copy holds (payloads are compressed above a few KiB).
    static QStringList everyValue(const QString &path)
    {
        QStringList out;
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QStringList tables;
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &s,
                           nullptr);
        while (sqlite3_step(s) == SQLITE_ROW)
            tables.append(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
        sqlite3_finalize(s);
        for (const QString &t : std::as_const(tables)) {
            const QByteArray sql = "SELECT * FROM \"" + t.toUtf8() + "\"";
            sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
            while (sqlite3_step(s) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(s); ++c) {
                    const int bytes = sqlite3_column_bytes(s, c);
                    const auto *v = static_cast<const char *>(sqlite3_column_blob(s, c));
                    out.append(t + QLatin1Char('.') + QString::fromUtf8(sqlite3_column_name(s, c))
                               + QLatin1Char('=') + QString::fromUtf8(QByteArray(v, bytes)));
                }
            }
            sqlite3_finalize(s);
        }
        sqlite3_close(db);
        auto p = Project::open(path, true);
        if (p) {
            for (const store::Event &e : *(*p)->store().events(0, 0)) {
                if (!e.payloadAbsent())
                    out.append(QStringLiteral("payload %1=").arg(e.kind)
                               + QString::fromUtf8(*e.payloadJson()));
            }
        }
        return out;
    }

    // Whether any value of the copy gives a reference answer or an explanation away.
    static QString leak(const QString &path)
    {
        for (const QString &v : everyValue(path)) {
            for (const char *mark : {s_explanationMark, s_sectionMark, s_boxMark}) {
                if (v.contains(QLatin1String(mark)))
                    return v.left(300);
            }
        }
        return {};
    }

    // Answers every pending calibration task: right, or every class item wrong and the box
    // item with one box of two.
    void label(Project &p, bool right)
    {
        auto queue = p.work().annotatorQueue(p.actor().id);
        ASSAY_VERIFY_RESULT(queue);
        int answered = 0;
        for (const Task &t : *queue) {
            if (t.state != TaskState::Pending
                || (!m_refClass.contains(t.itemId) && t.itemId != m_boxItem))
                continue;
            auto a = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            if (t.itemId == m_boxItem) {
                Box cat{newId(), m_cat, 102, 98, 200, 150, {}};
                ASSAY_VERIFY_RESULT(p.annotations().addBox(a->id, cat));
                if (right) {
                    Box dog{newId(), m_dog, 498, 302, 180, 120, {}};
                    ASSAY_VERIFY_RESULT(p.annotations().addBox(a->id, dog));
                }
            } else {
                const Id ref = m_refClass.value(t.itemId);
                ASSAY_VERIFY_RESULT(
                        p.annotations().setClasses(a->id,
                                                   {right ? ref : (ref == m_cat ? m_dog : m_cat)}));
            }
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
            ++answered;
        }
        QCOMPARE(answered, 4);
    }

private Q_SLOTS:
    void initTestCase();
    void sessionAcrossCopies();
};

void tst_CalibrationSync::initTestCase()
{
    m_lead = m_dir.filePath(QStringLiteral("lead.assay"));
    m_folder = m_dir.filePath(QStringLiteral("shared"));
    QDir().mkpath(m_folder);
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
            p.people().addPerson(QStringLiteral("tess"), {}, {Role::Trainer},
                                 m_keys.of(QStringLiteral("tess")).publicKeys().toText()));
    TaxonomyClass c;
    c.name = QStringLiteral("cat");
    m_cat = p.taxonomy().addClass(c)->id;
    c.name = QStringLiteral("dog");
    m_dog = p.taxonomy().addClass(c)->id;
    QDir(m_dir.path()).mkpath(QStringLiteral("media"));
    QList<Item> items;
    for (int i = 0; i < 6; ++i) {
        const QString rel = QStringLiteral("media/%1.png").arg(i);
        cv::Mat m(16, 16, CV_8UC3, cv::Scalar(i * 30, 200 - i * 20, 90));
        QVERIFY(cv::imwrite(m_dir.filePath(rel).toStdString(), m));
        Item it;
        it.kind = ItemKind::Image;
        it.path = rel;
        it.sha256 = QString::fromLatin1(sha256FileHex(m_dir.filePath(rel)));
        it.width = 1000;
        it.height = 800;
        it.byteSize = QFileInfo(m_dir.filePath(rel)).size();
        items.append(it);
    }
    ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
    m_items = *p.items().page(0, 100);
    // Production work for ann and bob after the session.
    BatchSpec spec;
    spec.name = QStringLiteral("production");
    spec.annotators = {p.people().person(QStringLiteral("ann"))->id,
                       p.people().person(QStringLiteral("bob"))->id};
    spec.itemIds = {m_items.at(4).id, m_items.at(5).id};
    spec.seed = 3;
    ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
}

void tst_CalibrationSync::sessionAcrossCopies()
{
    // 1. The trainer makes the set and the session on the lead's project.
    {
        auto t = open(m_lead, QStringLiteral("tess"));
        QVERIFY(t);
        ASSAY_VERIFY_RESULT(t->calibration().createSet(QStringLiteral("monday")));
        QList<CalibrationReference> refs;
        for (int i = 0; i < 3; ++i) {
            const Id cls = i % 2 ? m_dog : m_cat;
            m_refClass.insert(m_items.at(i).id, cls);
            refs.append({m_items.at(i).id,
                         {cls},
                         {},
                         QStringLiteral("%1: ears and tail, item %2")
                                 .arg(QLatin1String(s_explanationMark))
                                 .arg(i),
                         QStringLiteral("%1-%2").arg(QLatin1String(s_sectionMark)).arg(i)});
        }
        m_boxItem = m_items.at(3).id;
        refs.append(
                {m_boxItem,
                 {},
                 {Box{newId(), m_cat, 100, 100, 200.375, 150, {}},
                  Box{newId(), m_dog, 500, 300, 180, 120, {}}},
                 QStringLiteral("%1: every animal gets a box").arg(QLatin1String(s_explanationMark)),
                 QStringLiteral("%1-boxes").arg(QLatin1String(s_sectionMark))});
        ASSAY_VERIFY_RESULT(t->calibration().addReferences(QStringLiteral("monday"), refs));
        CalibrationSessionSpec spec;
        spec.name = QStringLiteral("cohort");
        spec.set = QStringLiteral("monday");
        spec.members = {QStringLiteral("ann"), QStringLiteral("bob")};
        spec.maxAttempts = 2;
        spec.onboarding = true;
        ASSAY_VERIFY_RESULT(t->calibration().startSession(spec));
        // The trainer's side pushes it all to the shared folder.
        auto pushed = syncWith(*t);
        ASSAY_VERIFY_RESULT(pushed);
        QVERIFY(pushed->pushed > 0);
    }
    // Nothing in the shared folder gives a reference or an explanation in clear.
    {
        QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const char *mark : {s_explanationMark, s_sectionMark, s_boxMark})
                QVERIFY2(!bytes.contains(mark), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0);
    }

    // 2. The members get copies: made by the lead.
    QHash<QString, QString> copies;
    {
        auto lead = open(m_lead, QStringLiteral("lead"));
        QVERIFY(lead);
        for (const QString &who : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            const QString out = m_dir.filePath(who + QStringLiteral(".assay"));
            auto made = lead->sync().checkout(who, out);
            ASSAY_VERIFY_RESULT(made);
            copies.insert(who, out);
            QVERIFY2(leak(out).isEmpty(), qPrintable(who + QLatin1String(": ") + leak(out)));
        }
    }

    // 3. Each labels the calibration tasks on their own copy and syncs: ann right, bob wrong.
    for (const QString &who : {QStringLiteral("ann"), QStringLiteral("bob")}) {
        auto m = open(copies.value(who), who);
        QVERIFY(m);
        ASSAY_VERIFY_RESULT(syncWith(*m));
        // Onboarding: the session's four tasks come before any production task.
        auto queue = m->work().annotatorQueue(m->actor().id);
        ASSAY_VERIFY_RESULT(queue);
        QVERIFY(queue->size() >= 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_refClass.contains(queue->at(i).itemId) || queue->at(i).itemId == m_boxItem);
        // A member reads no reference before the debrief.
        QCOMPARE(m->calibration().references(QStringLiteral("monday")).error().code,
                 ErrorCode::Permission);
        QVERIFY(!m->calibration().debrief(QStringLiteral("cohort"), who));
        label(*m, who == QLatin1String("ann"));
        auto pushed = syncWith(*m);
        ASSAY_VERIFY_RESULT(pushed);
        QVERIFY(pushed->pushed > 0);
        QVERIFY(latestJudgements(*m).isEmpty()); // nothing judged in a member's name
    }
    for (const QString &who : copies.keys())
        QVERIFY2(leak(copies.value(who)).isEmpty(),
                 qPrintable(who + QLatin1String(": ") + leak(copies.value(who))));

    // 4. The trainer's side: the answers arrive, the results show them, and the sync judges.
    {
        auto t = open(m_lead, QStringLiteral("tess"));
        QVERIFY(t);
        QVERIFY(latestJudgements(*t).isEmpty()); // nothing had arrived at sign-in
        auto pulled = syncWith(*t);
        ASSAY_VERIFY_RESULT(pulled);
        QVERIFY2(pulled->refused.isEmpty(), qPrintable(pulled->refused.join(QLatin1Char('\n'))));
        const QList<SessionJudgement> judged = latestJudgements(*t);
        QCOMPARE(judged.size(), 2);
        QHash<QString, CalibrationJudgement> by;
        for (const SessionJudgement &j : judged)
            by.insert(j.judgement.name, j.judgement);
        QVERIFY(by.value(QStringLiteral("ann")).passed);
        QVERIFY(by.value(QStringLiteral("ann")).gateLifted);
        QVERIFY(by.value(QStringLiteral("ann")).debrief);
        QVERIFY(!by.value(QStringLiteral("bob")).passed);
        QVERIFY(by.value(QStringLiteral("bob")).retry);
        QVERIFY(!by.value(QStringLiteral("bob")).debrief);

        auto results = t->calibration().results(QStringLiteral("cohort"));
        ASSAY_VERIFY_RESULT(results);
        QCOMPARE(results->people.size(), 2);
        for (const PersonCalibrationResult &r : results->people) {
            QCOMPARE(r.figures.answered, 4);
            if (r.name == QLatin1String("ann")) {
                QCOMPARE(*r.figures.accuracy(), 1.0);
                QCOMPARE(*r.figures.boxF1(), 1.0);
            } else {
                QCOMPARE(*r.figures.accuracy(), 0.0);
                QVERIFY(*r.figures.boxF1() < 0.8);
            }
        }
        // Judged once: the judgement went out with the same sync; another judges nothing.
        auto again = syncWith(*t);
        ASSAY_VERIFY_RESULT(again);
        QVERIFY(latestJudgements(*t).isEmpty());
    }

    // 5. The gate lift reaches ann at her next sync, and her debrief with it; bob gets his
    // second attempt with hints, and still no reference nor explanation.
    {
        auto ann = open(copies.value(QStringLiteral("ann")), QStringLiteral("ann"));
        QVERIFY(ann);
        QVERIFY(*ann->gold().mustRecalibrate(ann->actor().id)); // not synced yet
        ASSAY_VERIFY_RESULT(syncWith(*ann));
        QVERIFY(!*ann->gold().mustRecalibrate(ann->actor().id));
        auto status = ann->calibration().memberStatus(QStringLiteral("cohort"), ann->actor().id);
        ASSAY_VERIFY_RESULT(status);
        QCOMPARE(status->state, MemberState::Passed);
        auto debrief = ann->calibration().debrief(QStringLiteral("cohort"), QStringLiteral("ann"));
        ASSAY_VERIFY_RESULT(debrief);
        QCOMPARE(debrief->items.size(), 4);
        QVERIFY(debrief->items.first().explanation.contains(QLatin1String(s_explanationMark)));
        // Now released to her, her copy holds it.
        QVERIFY(!leak(copies.value(QStringLiteral("ann"))).isEmpty());
        // Her production work comes now.
        auto queue = ann->work().annotatorQueue(ann->actor().id);
        ASSAY_VERIFY_RESULT(queue);
        QVERIFY(std::any_of(queue->cbegin(), queue->cend(), [](const Task &t) {
            return t.kind == TaskKind::Production && t.state == TaskState::Pending;
        }));
    }
    {
        auto bob = open(copies.value(QStringLiteral("bob")), QStringLiteral("bob"));
        QVERIFY(bob);
        ASSAY_VERIFY_RESULT(syncWith(*bob));
        QVERIFY(*bob->gold().mustRecalibrate(bob->actor().id));
        auto status = bob->calibration().memberStatus(QStringLiteral("cohort"), bob->actor().id);
        ASSAY_VERIFY_RESULT(status);
        QCOMPARE(status->attempt, 2);
        QCOMPARE(status->state, MemberState::Working);
        QCOMPARE(status->judged.size(), 1);
        QVERIFY(!status->judged.first().hints.isEmpty());
        for (const QString &hint : status->judged.first().hints)
            QVERIFY2(!hint.contains(QLatin1String(s_explanationMark)), qPrintable(hint));
        QVERIFY(!bob->calibration().debrief(QStringLiteral("cohort"), QStringLiteral("bob")));
    }
    QVERIFY2(leak(copies.value(QStringLiteral("bob"))).isEmpty(),
             qPrintable(leak(copies.value(QStringLiteral("bob")))));
}

QTEST_GUILESS_MAIN(tst_CalibrationSync)
#include "tst_calibrationsync.moc"
