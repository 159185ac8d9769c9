// SPDX-License-Identifier: Apache-2.0
// A calibration session's rule applied at a trainer's or lead's sign-in, on their behalf: every
// finished attempt is judged (pass lifts the gate, a failure queues the next attempt or keeps
// the gate), and once the window has closed the unfinished too; signed by the person signing
// in, never twice for the same attempt, and never at an annotator's sign-in.
#include "core/calibration/calibrationjudging.h"
#include "core/project/services.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_CalibrationJudging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    tests::MemoryKeys m_keys;
    Id m_cat, m_dog;
    QList<Item> m_items;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }
    Id personId(const QString &name) { return m_project->people().person(name)->id; }
    Status signIn(const QString &name) { return m_project->signIn(name, m_keys.of(name)); }

    // Answers up to `count` pending tasks of `session`'s set: right, or all wrong.
    void answer(const QString &who, bool right, int count = 100)
    {
        Project &p = as(who);
        auto queue = p.work().annotatorQueue(personId(who));
        QVERIFY(queue);
        for (const Task &t : *queue) {
            if (t.state != TaskState::Pending || t.kind != TaskKind::Calibration || count-- <= 0)
                continue;
            auto ann = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(ann);
            const bool first = t.itemId == m_items.at(0).id;
            const Id ref = first ? m_cat : m_dog;
            ASSAY_VERIFY_RESULT(
                    p.annotations().setClasses(ann->id, {right ? ref : (first ? m_dog : m_cat)}));
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
        }
    }

    // What the latest sign-in judged, by member.
    QList<CalibrationJudgement> judged(QStringList *sessions = nullptr)
    {
        QList<CalibrationJudgement> out;
        for (const SessionJudgement &j : latestJudgements(*m_project)) {
            out.append(j.judgement);
            if (sessions)
                sessions->append(j.sessionName);
        }
        return out;
    }

    QList<store::Event> judgedEvents()
    {
        as(QStringLiteral("admin"));
        auto events = m_project->events(0, 100000);
        if (!events)
            qFatal("%s", qPrintable(events.error().toString()));
        QList<store::Event> out;
        for (const store::Event &e : *events) {
            if (e.kind == QLatin1String("calibration.attempt_judged"))
                out.append(e);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase();
    void trainersSignInJudgesFinishedAttempts();
    void signingInAgainJudgesNothingTwice();
    void annotatorsSignInJudgesNothing();
    void leadsSignInJudgesTheLastAttempt();
    void aClosedWindowIsJudgedAtSignIn();
};

void tst_CalibrationJudging::initTestCase()
{
    CreateOptions options;
    options.ownerSecret = m_keys.of(QStringLiteral("admin"));
    auto created = Project::create(m_dir.filePath(QStringLiteral("j.assay")), options);
    QVERIFY(created);
    m_project = std::move(*created);
    Project &p = *m_project;
    for (int i = 0; i < 2; ++i) {
        Item it;
        it.kind = ItemKind::Image;
        it.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        it.path = QStringLiteral("media/%1.jpg").arg(i);
        it.width = it.height = 100;
        m_items.append(it);
    }
    ASSAY_VERIFY_RESULT(p.items().addItems(m_items, {}));
    m_items = *p.items().page(0, 10);
    for (const char *name : {"cat", "dog"}) {
        TaxonomyClass c;
        c.name = QLatin1String(name);
        auto added = p.taxonomy().addClass(c);
        ASSAY_VERIFY_RESULT(added);
        (name[0] == 'c' ? m_cat : m_dog) = added->id;
    }
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("lead"), {}, {Role::Lead}));
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("trainer"), {}, {Role::Trainer}));
    for (const char *name : {"a1", "a2", "a3"})
        ASSAY_VERIFY_RESULT(p.people().addPerson(QLatin1String(name), {}, {Role::Annotator}));
    for (const char *name : {"lead", "trainer", "a1", "a2", "a3"})
        ASSAY_VERIFY_RESULT(m_keys.registerIn(p, QLatin1String(name)));

    Project &t = as(QStringLiteral("trainer"));
    ASSAY_VERIFY_RESULT(t.calibration().createSet(QStringLiteral("pets")));
    ASSAY_VERIFY_RESULT(t.calibration().addReferences(
            QStringLiteral("pets"),
            {{m_items.at(0).id, {m_cat}, {}, QStringLiteral("Whiskers."), QStringLiteral("1.1")},
             {m_items.at(1).id, {m_dog}, {}, QStringLiteral("Barks."), QStringLiteral("1.2")}}));
    CalibrationSessionSpec spec;
    spec.name = QStringLiteral("monday");
    spec.set = QStringLiteral("pets");
    spec.members = {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")};
    spec.maxAttempts = 2;
    spec.onboarding = true;
    ASSAY_VERIFY_RESULT(t.calibration().startSession(spec));
    answer(QStringLiteral("a1"), true);
    answer(QStringLiteral("a2"), false);
    answer(QStringLiteral("a3"), true, 1); // one of two: still working
    QCOMPARE(judgedEvents().size(), 0);
}

void tst_CalibrationJudging::trainersSignInJudgesFinishedAttempts()
{
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("trainer")));
    QStringList sessions;
    const QList<CalibrationJudgement> all = judged(&sessions);
    QCOMPARE(all.size(), 2);
    QCOMPARE(sessions, QStringList({QStringLiteral("monday"), QStringLiteral("monday")}));
    QHash<QString, CalibrationJudgement> by;
    for (const CalibrationJudgement &j : all)
        by.insert(j.name, j);
    QVERIFY(by.contains(QStringLiteral("a1")));
    QVERIFY(by.contains(QStringLiteral("a2")));
    QVERIFY(by.value(QStringLiteral("a1")).passed);
    QVERIFY(by.value(QStringLiteral("a1")).gateLifted);
    QVERIFY(by.value(QStringLiteral("a1")).debrief);
    QVERIFY(!by.value(QStringLiteral("a2")).passed);
    QVERIFY(by.value(QStringLiteral("a2")).retry);
    QVERIFY(!by.value(QStringLiteral("a2")).debrief);
    QVERIFY(!by.value(QStringLiteral("a2")).hints.isEmpty());
    QVERIFY(!*m_project->gold().mustRecalibrate(personId(QStringLiteral("a1"))));
    QVERIFY(*m_project->gold().mustRecalibrate(personId(QStringLiteral("a2"))));

    // Recorded in the trainer's name, signed with the trainer's key.
    const QList<store::Event> events = judgedEvents();
    QCOMPARE(events.size(), 2);
    for (const store::Event &e : events) {
        QCOMPARE(e.personId, personId(QStringLiteral("trainer")));
        QVERIFY(e.isSigned());
        QCOMPARE(e.signer, m_keys.of(QStringLiteral("trainer")).publicKeys().signerText());
    }
    auto st = m_project->calibration().memberStatus(QStringLiteral("monday"),
                                                    personId(QStringLiteral("a2")));
    ASSAY_VERIFY_RESULT(st);
    QCOMPARE(st->attempt, 2);
    QCOMPARE(st->state, MemberState::Working);
}

void tst_CalibrationJudging::signingInAgainJudgesNothingTwice()
{
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("trainer")));
    QVERIFY(judged().isEmpty());
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("lead")));
    QVERIFY(judged().isEmpty());
    QCOMPARE(judgedEvents().size(), 2);
}

void tst_CalibrationJudging::annotatorsSignInJudgesNothing()
{
    answer(QStringLiteral("a2"), false); // the second and last attempt, wrong again
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("a1")));
    QVERIFY(judged().isEmpty());
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("a2")));
    QVERIFY(judged().isEmpty());
    QCOMPARE(judgedEvents().size(), 2);
}

void tst_CalibrationJudging::leadsSignInJudgesTheLastAttempt()
{
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("lead")));
    const QList<CalibrationJudgement> all = judged();
    QCOMPARE(all.size(), 1);
    const CalibrationJudgement j = all.first();
    QCOMPARE(j.name, QStringLiteral("a2"));
    QCOMPARE(j.attempt, 2);
    QVERIFY(!j.passed);
    QVERIFY(!j.retry);   // that was the last attempt
    QVERIFY(j.debrief);  // so the debrief is released
    QVERIFY(!j.gateSet); // the onboarding gate is already there: kept
    QVERIFY(*m_project->gold().mustRecalibrate(personId(QStringLiteral("a2"))));
    const QList<store::Event> events = judgedEvents();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.last().personId, personId(QStringLiteral("lead")));
    QVERIFY(events.last().isSigned());
    auto st = m_project->calibration().memberStatus(QStringLiteral("monday"),
                                                    personId(QStringLiteral("a2")));
    ASSAY_VERIFY_RESULT(st);
    QCOMPARE(st->state, MemberState::Failed);
    // a2 may read the debrief now.
    as(QStringLiteral("a2"));
    ASSAY_VERIFY_RESULT(
            m_project->calibration().debrief(QStringLiteral("monday"), QStringLiteral("a2")));
}

void tst_CalibrationJudging::aClosedWindowIsJudgedAtSignIn()
{
    // A second session for a3 alone, whose window closes in a moment; a3 answers one item.
    Project &t = as(QStringLiteral("trainer"));
    ASSAY_VERIFY_RESULT(t.calibration().createSet(QStringLiteral("pets again")));
    ASSAY_VERIFY_RESULT(t.calibration().addReferences(
            QStringLiteral("pets again"),
            {{m_items.at(0).id, {m_cat}, {}, QStringLiteral("Whiskers."), QStringLiteral("1.1")},
             {m_items.at(1).id, {m_dog}, {}, QStringLiteral("Barks."), QStringLiteral("1.2")}}));
    CalibrationSessionSpec spec;
    spec.name = QStringLiteral("short");
    spec.set = QStringLiteral("pets again");
    spec.members = {QStringLiteral("a3")};
    spec.maxAttempts = 3;
    spec.closesAt = QDateTime::currentDateTimeUtc().addSecs(2);
    ASSAY_VERIFY_RESULT(t.calibration().startSession(spec));

    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("trainer")));
    QVERIFY(judged().isEmpty()); // open, nothing finished
    QTest::qWait(2200);
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("trainer")));
    QStringList sessions;
    const QList<CalibrationJudgement> all = judged(&sessions);
    // Only the closed session's member; a3's work in "monday" (no end) goes on.
    QCOMPARE(all.size(), 1);
    QCOMPARE(sessions.first(), QStringLiteral("short"));
    QCOMPARE(all.first().name, QStringLiteral("a3"));
    QVERIFY(!all.first().passed);
    QVERIFY(!all.first().retry); // the window is over: no next attempt
    QVERIFY(all.first().debrief);
    ASSAY_VERIFY_RESULT(signIn(QStringLiteral("lead")));
    QVERIFY(judged().isEmpty());
    QCOMPARE(judgedEvents().size(), 4);
}

QTEST_GUILESS_MAIN(tst_CalibrationJudging)
#include "tst_calibrationjudging.moc"
