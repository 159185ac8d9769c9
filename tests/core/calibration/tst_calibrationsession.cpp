// SPDX-License-Identifier: Apache-2.0
// A calibration session with a scripted cohort of 12: per-person, per-item and cohort figures
// equal values computed here independently; passing lifts the gate and failing keeps it; a
// retry gets hints that name classes, never an item's answer; calibration items and gold stay
// apart for every person; an annotator reads no reference answer before their debrief.
#include "core/calibration/calibrationscoring.h"
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

static constexpr int s_members = 12;
static constexpr int s_classItems = 10;

class tst_CalibrationSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_cat, m_dog, m_fox;
    QList<Item> m_items; // 0..9 class items, 10..11 box items, 12.. production
    QHash<Id, QStringList> m_refClasses;
    QHash<Id, QList<Box>> m_refBoxes;
    QStringList m_names;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }
    Id personId(const QString &name) { return m_project->people().person(name)->id; }

    static Item fakeItem(int n)
    {
        Item it;
        it.kind = ItemKind::Image;
        it.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
        it.path = QStringLiteral("media/%1.jpg").arg(n);
        it.byteSize = 1000 + n;
        it.width = 640;
        it.height = 480;
        return it;
    }
    static Box box(const Id &cls, double x, double y)
    {
        Box b;
        b.id = newId();
        b.classId = cls;
        b.x = x;
        b.y = y;
        b.w = 100;
        b.h = 80;
        return b;
    }
    // The scripted wrong answer for a reference class: cat -> dog -> fox -> cat.
    Id wrongFor(const Id &c) const { return c == m_cat ? m_dog : c == m_dog ? m_fox : m_cat; }
    // How many of the first class items member k gets wrong at their first attempt.
    static int wrongCount(int k) { return k % 5; }
    // Members 9, 10, 11 draw the boxes badly at their first attempt.
    static bool badBoxes(int k) { return k >= 9; }

    // Answers every pending calibration task of `who` in its queue.
    void answer(const QString &who, int wrong, bool boxesBad)
    {
        Project &p = as(who);
        auto queue = p.work().annotatorQueue(personId(who));
        QVERIFY(queue);
        for (const Task &t : *queue) {
            if (t.state != TaskState::Pending || t.kind != TaskKind::Calibration)
                continue;
            auto ann = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(ann);
            const int index = int(std::find_if(m_items.cbegin(), m_items.cend(),
                                               [&](const Item &i) { return i.id == t.itemId; })
                                  - m_items.cbegin());
            if (index < s_classItems) {
                const Id ref = m_refClasses.value(t.itemId).first();
                ASSAY_VERIFY_RESULT(
                        p.annotations().setClasses(ann->id, {index < wrong ? wrongFor(ref) : ref}));
            } else {
                QList<Box> boxes = m_refBoxes.value(t.itemId);
                if (boxesBad && index == 10)
                    boxes.removeLast(); // one object missed
                if (boxesBad && index == 11)
                    boxes.first().classId = m_fox; // the right place, the wrong class
                for (Box b : boxes) {
                    b.id = newId();
                    b.x += 3; // close, not the same: IoU well above 0.5
                    ASSAY_VERIFY_RESULT(p.annotations().addBox(ann->id, b));
                }
            }
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
        }
    }

private Q_SLOTS:
    void initTestCase();
    void annotatorSeesNoReferenceBeforeDebrief();
    void onboardingGatesProductionWork();
    void figuresEqualIndependentValues();
    void passLiftsAndFailKeepsTheGate();
    void retryGivesHintsButNoAnswers();
    void hintsNameClassesInAFixedOrder();
    void secondAttemptAndDebrief();
    void calibrationAndGoldStayApart();
    void replayGivesTheSameState();
};

void tst_CalibrationSession::initTestCase()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("c.assay")), {});
    QVERIFY(created);
    m_project = std::move(*created);
    Project &p = *m_project;
    for (int i = 0; i < 20; ++i)
        m_items.append(fakeItem(i));
    ASSAY_VERIFY_RESULT(p.items().addItems(m_items, {}));
    m_items = *p.items().page(0, 100);
    for (const char *name : {"cat", "dog", "fox"}) {
        TaxonomyClass c;
        c.name = QLatin1String(name);
        auto added = p.taxonomy().addClass(c);
        ASSAY_VERIFY_RESULT(added);
        (name[0] == 'c' ? m_cat : name[0] == 'd' ? m_dog : m_fox) = added->id;
    }
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("lead"), {}, {Role::Lead}));
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("trainer"), {}, {Role::Trainer}));
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("newbie"), {}, {Role::Annotator}));
    for (int k = 0; k < s_members; ++k) {
        m_names.append(QStringLiteral("m%1").arg(k, 2, 10, QLatin1Char('0')));
        ASSAY_VERIFY_RESULT(p.people().addPerson(m_names.last(), {}, {Role::Annotator}));
    }
    // Production work for m00 before the session: it must wait behind the onboarding.
    BatchSpec spec;
    spec.name = QStringLiteral("production");
    spec.annotators = {QStringLiteral("m00")};
    spec.itemIds = {m_items.at(15).id, m_items.at(16).id};
    spec.seed = 7;
    ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).work().planBatch(spec));

    Project &t = as(QStringLiteral("trainer"));
    ASSAY_VERIFY_RESULT(t.calibration().createSet(QStringLiteral("monday")));
    QList<CalibrationReference> refs;
    const Id cycle[] = {m_cat, m_dog, m_fox};
    for (int i = 0; i < s_classItems; ++i) {
        const Id c = cycle[i % 3];
        m_refClasses.insert(m_items.at(i).id, {c});
        refs.append({m_items.at(i).id,
                     {c},
                     {},
                     QStringLiteral("Explanation of item %1").arg(i),
                     QStringLiteral("2.%1-animals").arg(i)});
    }
    m_refBoxes.insert(m_items.at(10).id, {box(m_cat, 10, 10), box(m_dog, 300, 200)});
    m_refBoxes.insert(m_items.at(11).id, {box(m_dog, 50, 60)});
    for (int i = 10; i < 12; ++i)
        refs.append({m_items.at(i).id,
                     {},
                     m_refBoxes.value(m_items.at(i).id),
                     QStringLiteral("Boxes of item %1").arg(i),
                     QStringLiteral("4.1-boxes")});
    ASSAY_VERIFY_RESULT(t.calibration().addReferences(QStringLiteral("monday"), refs));
    // The stored reference boxes got ids: keep those.
    for (const CalibrationReference &r : *t.calibration().references(QStringLiteral("monday"))) {
        if (!r.boxes.isEmpty())
            m_refBoxes.insert(r.itemId, r.boxes);
    }

    CalibrationSessionSpec session;
    session.name = QStringLiteral("cohort-1");
    session.set = QStringLiteral("monday");
    session.members = m_names;
    session.passAccuracy = 0.8;
    session.passBoxF1 = 0.8;
    session.maxAttempts = 2;
    session.onboarding = true;
    session.closesAt = QDateTime::currentDateTimeUtc().addDays(1);
    auto started = t.calibration().startSession(session);
    ASSAY_VERIFY_RESULT(started);
    QCOMPARE(started->memberIds.size(), s_members);
}

void tst_CalibrationSession::annotatorSeesNoReferenceBeforeDebrief()
{
    Project &a = as(QStringLiteral("m04"));
    QCOMPARE(a.calibration().references(QStringLiteral("monday")).error().code,
             ErrorCode::Permission);
    QCOMPARE(a.calibration().sets().error().code, ErrorCode::Permission);
    QCOMPARE(a.calibration().results(QStringLiteral("cohort-1")).error().code,
             ErrorCode::Permission);
    QCOMPARE(a.calibration().status(QStringLiteral("cohort-1")).error().code, ErrorCode::Permission);
    QVERIFY(!a.calibration().debrief(QStringLiteral("cohort-1"), QStringLiteral("m04")));
    QCOMPARE(a.calibration().debrief(QStringLiteral("cohort-1"), QStringLiteral("m05")).error().code,
             ErrorCode::Permission);
    QCOMPARE(a.gold().goldAnswers().error().code, ErrorCode::Permission);
    QVERIFY(!a.calibration().judge(QStringLiteral("cohort-1")));
    // They see their own session, as its only member, and their own state.
    auto sessions = a.calibration().sessions();
    ASSAY_VERIFY_RESULT(sessions);
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().memberIds, QStringList{personId(QStringLiteral("m04"))});
    auto mine = a.calibration().memberStatus(QStringLiteral("cohort-1"),
                                             personId(QStringLiteral("m04")));
    ASSAY_VERIFY_RESULT(mine);
    QCOMPARE(mine->total, s_classItems + 2);
    QVERIFY(!a.calibration().memberStatus(QStringLiteral("cohort-1"),
                                          personId(QStringLiteral("m05"))));
}

void tst_CalibrationSession::onboardingGatesProductionWork()
{
    const Id m00 = personId(QStringLiteral("m00"));
    Project &lead = as(QStringLiteral("lead"));
    QCOMPARE(lead.work().queue(m00)->size(), 2 + s_classItems + 2);
    QVERIFY(*lead.gold().mustRecalibrate(m00));
    auto queue = as(QStringLiteral("m00")).work().annotatorQueue(m00);
    ASSAY_VERIFY_RESULT(queue);
    QCOMPARE(queue->size(), s_classItems + 2);
    for (const Task &t : *queue)
        QCOMPARE(t.kind, TaskKind::Calibration);
    // Every member labels the same items, in the same order.
    for (const QString &name : std::as_const(m_names)) {
        QStringList items;
        for (const Task &t : *as(name).work().annotatorQueue(personId(name)))
            items.append(t.itemId);
        QStringList want;
        for (int i = 0; i < s_classItems + 2; ++i)
            want.append(m_items.at(i).id);
        QCOMPARE(items, want);
    }
}

void tst_CalibrationSession::figuresEqualIndependentValues()
{
    for (int k = 0; k < s_members; ++k)
        answer(m_names.at(k), wrongCount(k), badBoxes(k));
    auto results = as(QStringLiteral("trainer")).calibration().results(QStringLiteral("cohort-1"));
    ASSAY_VERIFY_RESULT(results);
    QCOMPARE(results->people.size(), s_members);

    // Per person: accuracy (10 - wrong) / 10; box F1 2·matched / (reference + drawn).
    for (int k = 0; k < s_members; ++k) {
        const PersonCalibrationResult &r = results->people.at(k);
        QCOMPARE(r.name, m_names.at(k));
        QCOMPARE(r.state, MemberState::Finished);
        QCOMPARE(*r.figures.accuracy(), double(s_classItems - wrongCount(k)) / s_classItems);
        const double f1 = badBoxes(k) ? 2.0 * 1 / (3 + 2) : 1.0;
        QVERIFY(qAbs(*r.figures.boxF1() - f1) < 1e-12);
        QCOMPARE(r.passes, wrongCount(k) <= 2 && !badBoxes(k));
        // Per class: a reference class's items answered right.
        for (const Id &c : {m_cat, m_dog, m_fox}) {
            int reference = 0;
            int correct = 0;
            for (int i = 0; i < s_classItems; ++i) {
                if (m_refClasses.value(m_items.at(i).id).first() != c)
                    continue;
                ++reference;
                correct += i >= wrongCount(k);
            }
            QCOMPARE(r.figures.perClass.value(c).reference, reference);
            QCOMPARE(r.figures.perClass.value(c).correct, correct);
        }
    }

    // Per item: the spread of the cohort's answers and how many got it wrong.
    for (int i = 0; i < s_classItems; ++i) {
        const ItemSpread &s = results->items.at(i);
        int wrong = 0;
        for (int k = 0; k < s_members; ++k)
            wrong += i < wrongCount(k);
        QCOMPARE(s.answered, s_members);
        QCOMPARE(s.wrong, wrong);
        const Id ref = m_refClasses.value(s.itemId).first();
        QCOMPARE(s.answers.value(results->classNames.value(ref)), s_members - wrong);
        QCOMPARE(s.answers.value(results->classNames.value(wrongFor(ref))), wrong);
        QCOMPARE(s.section, QStringLiteral("2.%1-animals").arg(i));
    }
    QCOMPARE(results->items.at(10).wrong, 3);
    QCOMPARE(results->items.at(11).wrong, 3);
    QCOMPARE(results->items.at(10).boxes.size(), s_members);

    // Items most people got wrong (at least half of those who answered), most first.
    QList<std::pair<int, Id>> missed;
    for (int i = 0; i < s_classItems; ++i) {
        int wrong = 0;
        for (int k = 0; k < s_members; ++k)
            wrong += i < wrongCount(k);
        if (2 * wrong >= s_members)
            missed.append({wrong, m_items.at(i).id});
    }
    std::stable_sort(missed.begin(), missed.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QCOMPARE(results->mostMissed.size(), missed.size());
    QVERIFY(!missed.isEmpty());
    for (int i = 0; i < missed.size(); ++i) {
        QCOMPARE(results->mostMissed.at(i).itemId, missed.at(i).second);
        QVERIFY(results->mostMissed.at(i).section.endsWith(QLatin1String("-animals")));
    }

    // The cohort with the reference: the share of class answers that equal it.
    int right = 0;
    for (int k = 0; k < s_members; ++k)
        right += s_classItems - wrongCount(k);
    QCOMPARE(*results->cohort.meanAccuracy, double(right) / (s_members * s_classItems));
    // Box F1 pooled over every member's box answers: 9 exact, 3 with 1 of 3 matched.
    QVERIFY(qAbs(*results->cohort.meanBoxF1 - 2.0 * (9 * 3 + 3 * 1) / (12 * 3 + 9 * 3 + 3 * 2))
            < 1e-12);

    // The cohort with each other: Krippendorff's alpha (nominal, every item rated by all 12)
    // from the counts per item, Krippendorff 2011 eq. for complete data.
    QList<QHash<Id, int>> counts;
    for (int i = 0; i < s_classItems; ++i) {
        QHash<Id, int> n;
        const Id ref = m_refClasses.value(m_items.at(i).id).first();
        for (int k = 0; k < s_members; ++k)
            ++n[i < wrongCount(k) ? wrongFor(ref) : ref];
        counts.append(n);
    }
    QHash<Id, double> nc;
    double observedDisagreement = 0;
    for (const auto &n : std::as_const(counts)) {
        for (auto it = n.cbegin(); it != n.cend(); ++it) {
            nc[it.key()] += it.value();
            observedDisagreement += double(it.value()) * (s_members - it.value()) / (s_members - 1);
        }
    }
    const double total = s_members * s_classItems;
    double expected = 0;
    for (auto a = nc.cbegin(); a != nc.cend(); ++a) {
        for (auto b = nc.cbegin(); b != nc.cend(); ++b) {
            if (a.key() != b.key())
                expected += a.value() * b.value();
        }
    }
    const double alpha = 1.0 - (total - 1) * observedDisagreement / expected;
    QVERIFY2(qAbs(*results->cohort.alpha - alpha) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(*results->cohort.alpha).arg(alpha)));

    // Pairwise Cohen's kappa, each pair from its own agreement table, and their mean.
    auto label = [&](int k, int i) {
        const Id ref = m_refClasses.value(m_items.at(i).id).first();
        return i < wrongCount(k) ? wrongFor(ref) : ref;
    };
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < s_members; ++a) {
        for (int b = a + 1; b < s_members; ++b) {
            double agree = 0;
            QHash<Id, double> ma, mb;
            for (int i = 0; i < s_classItems; ++i) {
                agree += label(a, i) == label(b, i);
                ma[label(a, i)] += 1.0 / s_classItems;
                mb[label(b, i)] += 1.0 / s_classItems;
            }
            const double po = agree / s_classItems;
            double pe = 0;
            for (auto it = ma.cbegin(); it != ma.cend(); ++it)
                pe += it.value() * mb.value(it.key());
            sum += (po - pe) / (1 - pe);
            ++pairs;
        }
    }
    QCOMPARE(results->cohort.pairs.size(), pairs);
    QVERIFY(qAbs(*results->cohort.meanPairKappa - sum / pairs) < 1e-9);
}

void tst_CalibrationSession::passLiftsAndFailKeepsTheGate()
{
    auto judged = as(QStringLiteral("trainer")).calibration().judge(QStringLiteral("cohort-1"));
    ASSAY_VERIFY_RESULT(judged);
    QCOMPARE(judged->size(), s_members);
    for (int k = 0; k < s_members; ++k) {
        const bool pass = wrongCount(k) <= 2 && !badBoxes(k);
        const CalibrationJudgement &j = judged->at(k);
        QCOMPARE(j.name, m_names.at(k));
        QCOMPARE(j.passed, pass);
        QCOMPARE(j.gateLifted, pass);
        QCOMPARE(j.retry, !pass); // attempt 1 of 2
        QCOMPARE(j.debrief, pass);
        QCOMPARE(*m_project->gold().mustRecalibrate(personId(m_names.at(k))), !pass);
    }
    // m00 passed: their production work comes back.
    const Id m00 = personId(QStringLiteral("m00"));
    QCOMPARE(as(QStringLiteral("m00")).work().annotatorQueue(m00)->size(), 2 + s_classItems + 2);
    // m03 did not: a second attempt waits in their queue, nothing else.
    const Id m03 = personId(QStringLiteral("m03"));
    int pending = 0;
    for (const Task &t : *as(QStringLiteral("m03")).work().annotatorQueue(m03)) {
        QCOMPARE(t.kind, TaskKind::Calibration);
        pending += t.state == TaskState::Pending;
    }
    QCOMPARE(pending, s_classItems + 2);
    // Judging again changes nothing: every finished attempt is judged.
    QVERIFY(as(QStringLiteral("trainer")).calibration().judge(QStringLiteral("cohort-1"))->isEmpty());
}

void tst_CalibrationSession::retryGivesHintsButNoAnswers()
{
    QStringList forbidden;
    for (const Item &i : std::as_const(m_items))
        forbidden << i.id << i.path << QFileInfo(i.path).fileName();
    for (int k = 0; k < s_members; ++k) {
        if (wrongCount(k) <= 2 && !badBoxes(k))
            continue;
        auto mine = as(m_names.at(k))
                            .calibration()
                            .memberStatus(QStringLiteral("cohort-1"), personId(m_names.at(k)));
        ASSAY_VERIFY_RESULT(mine);
        QCOMPARE(mine->attempt, 2);
        QCOMPARE(mine->judged.size(), 1);
        const QStringList hints = mine->judged.first().hints;
        QVERIFY(!hints.isEmpty());
        for (const QString &h : hints) {
            for (const QString &f : std::as_const(forbidden))
                QVERIFY2(!h.contains(f), qPrintable(h));
            QVERIFY2(h.startsWith(QLatin1String("confused"))
                             || h.startsWith(QLatin1String("missed"))
                             || h.startsWith(QLatin1String("marked")),
                     qPrintable(h));
        }
        // Not yet a debrief: the answers stay secret until the last attempt or a pass.
        QVERIFY(!as(m_names.at(k)).calibration().debrief(QStringLiteral("cohort-1"), m_names.at(k)));
        if (badBoxes(k)) {
            QVERIFY(hints.contains(QStringLiteral("missed objects of class dog (1 time(s))"))
                    || hints.join(QLatin1Char('|'))
                               .contains(QLatin1String("missed objects of class dog")));
            QVERIFY(hints.join(QLatin1Char('|')).contains(QLatin1String("confused dog and fox")));
        }
    }
}

void tst_CalibrationSession::hintsNameClassesInAFixedOrder()
{
    // Mistaking a cat for a dog and a dog for a cat give the same hint: a hint never says which
    // of the two was the reference.
    const QList<calibration::Reference> cat{{QStringLiteral("i1"), {m_cat}, {}}};
    const QList<calibration::Reference> dog{{QStringLiteral("i1"), {m_dog}, {}}};
    const QHash<Id, calibration::Answer> saidDog{{QStringLiteral("i1"), {{m_dog}, {}}}};
    const QHash<Id, calibration::Answer> saidCat{{QStringLiteral("i1"), {{m_cat}, {}}}};
    auto name = [&](const Id &id) {
        return id == m_cat   ? QStringLiteral("cat")
               : id == m_dog ? QStringLiteral("dog")
                             : QStringLiteral("fox");
    };
    const auto a = calibration::hints(cat, saidDog);
    const auto b = calibration::hints(dog, saidCat);
    QCOMPARE(a.size(), 1);
    QCOMPARE(a, b);
    QCOMPARE(calibration::hintText(a.first(), name), calibration::hintText(b.first(), name));
    // An unanswered item teaches nothing, and says nothing.
    QVERIFY(calibration::hints(cat, {}).isEmpty());
}

void tst_CalibrationSession::secondAttemptAndDebrief()
{
    // Second attempt: m03 and the box drawers get everything right; m04 and m08 repeat
    // their mistakes.
    for (int k = 0; k < s_members; ++k) {
        if (wrongCount(k) <= 2 && !badBoxes(k))
            continue;
        const bool again = k == 4 || k == 8;
        answer(m_names.at(k), again ? wrongCount(k) : 0, false);
    }
    auto judged = as(QStringLiteral("trainer")).calibration().judge(QStringLiteral("cohort-1"));
    ASSAY_VERIFY_RESULT(judged);
    QCOMPARE(judged->size(), 6);
    for (const CalibrationJudgement &j : *judged) {
        const bool failed = j.name == QLatin1String("m04") || j.name == QLatin1String("m08");
        QCOMPARE(j.attempt, 2);
        QCOMPARE(j.passed, !failed);
        QVERIFY(!j.retry); // the last attempt
        QVERIFY(j.debrief);
        QCOMPARE(*m_project->gold().mustRecalibrate(j.personId), failed);
    }
    auto status = as(QStringLiteral("trainer")).calibration().status(QStringLiteral("cohort-1"));
    ASSAY_VERIFY_RESULT(status);
    int passed = 0;
    for (const MemberStatus &m : *status)
        passed += m.state == MemberState::Passed;
    QCOMPARE(passed, 10);

    // m04's debrief, read by m04: per item their answer, the reference and its explanation.
    auto d = as(QStringLiteral("m04"))
                     .calibration()
                     .debrief(QStringLiteral("cohort-1"), QStringLiteral("m04"));
    ASSAY_VERIFY_RESULT(d);
    QVERIFY(!d->passed);
    QCOMPARE(d->attempt, 2);
    QCOMPARE(d->items.size(), s_classItems + 2);
    for (int i = 0; i < s_classItems; ++i) {
        const DebriefItem &item = d->items.at(i);
        QCOMPARE(item.referenceClasses, m_refClasses.value(item.itemId));
        QCOMPARE(item.correct, i >= wrongCount(4));
        QCOMPARE(item.explanation, QStringLiteral("Explanation of item %1").arg(i));
        QCOMPARE(item.section, QStringLiteral("2.%1-animals").arg(i));
        QCOMPARE(item.answerClasses.size(), 1);
    }
    QCOMPARE(d->items.at(10).referenceBoxes.size(), 2);
    QCOMPARE(d->items.at(10).answerBoxes.size(), 2);
    QCOMPARE(*d->figures.accuracy(), 0.6);
    // Another member still may not read m04's debrief, nor references.
    QCOMPARE(as(QStringLiteral("m05"))
                     .calibration()
                     .debrief(QStringLiteral("cohort-1"), QStringLiteral("m04"))
                     .error()
                     .code,
             ErrorCode::Permission);
    // The trainer may.
    ASSAY_VERIFY_RESULT(as(QStringLiteral("trainer"))
                                .calibration()
                                .debrief(QStringLiteral("cohort-1"), QStringLiteral("m04")));

    // Closing the session: nothing left to judge; the queues hold no open calibration task.
    auto closed = as(QStringLiteral("trainer")).calibration().close(QStringLiteral("cohort-1"));
    ASSAY_VERIFY_RESULT(closed);
    QVERIFY(closed->isEmpty());
    QVERIFY(as(QStringLiteral("trainer")).calibration().session(QStringLiteral("cohort-1"))->closed);
}

void tst_CalibrationSession::calibrationAndGoldStayApart()
{
    Project &lead = as(QStringLiteral("lead"));
    const Id calibrationItem = m_items.at(0).id;
    // A calibration item is never made gold.
    const Status gold = lead.gold().setGold({GoldAnswer{calibrationItem, {m_cat}, {}, {}, {}}});
    QCOMPARE(gold.error().code, ErrorCode::Conflict);
    // Gold items for the planner; a gold item is never a calibration reference.
    QList<GoldAnswer> goldItems;
    for (int i : {12, 13, 14, 17, 18})
        goldItems.append(GoldAnswer{m_items.at(i).id, {m_cat}, {}, {}, {}});
    ASSAY_VERIFY_RESULT(lead.gold().setGold(goldItems));
    Project &t = as(QStringLiteral("trainer"));
    QCOMPARE(t.calibration()
                     .addReferences(QStringLiteral("monday"),
                                    {{m_items.at(17).id, {m_cat}, {}, {}, {}}})
                     .error()
                     .code,
             ErrorCode::Conflict);
    // A batch with gold mixed in for people who calibrated: no calibration item as gold, nor as
    // production.
    BatchSpec spec;
    spec.name = QStringLiteral("after");
    spec.annotators = {QStringLiteral("m01"), QStringLiteral("m02")};
    spec.goldRate = 0.5;
    spec.seed = 3;
    auto batch = as(QStringLiteral("lead")).work().planBatch(spec);
    ASSAY_VERIFY_RESULT(batch);
    int goldTasks = 0;
    QSet<Id> references;
    for (int i = 0; i < s_classItems + 2; ++i)
        references.insert(m_items.at(i).id);
    for (const Task &task : *as(QStringLiteral("lead")).work().batchTasks(batch->id)) {
        QVERIFY(!references.contains(task.itemId));
        goldTasks += task.kind == TaskKind::Gold;
    }
    QVERIFY(goldTasks > 0);
    // Nor by hand.
    Task byHand;
    byHand.itemId = calibrationItem;
    byHand.personId = personId(QStringLiteral("m01"));
    byHand.kind = TaskKind::Gold;
    QVERIFY(!as(QStringLiteral("lead")).work().assignTasks(batch->id, {byHand}));
    // The reverse: someone who worked on an item outside calibration never meets it in a
    // session. newbie labels item 19 as production; the trainer puts it in a set.
    Task production;
    production.itemId = m_items.at(19).id;
    production.personId = personId(QStringLiteral("newbie"));
    ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).work().assignTasks(batch->id, {production}));
    Project &tr = as(QStringLiteral("trainer"));
    ASSAY_VERIFY_RESULT(tr.calibration().createSet(QStringLiteral("second")));
    ASSAY_VERIFY_RESULT(tr.calibration().addReferences(QStringLiteral("second"),
                                                       {{m_items.at(19).id, {m_fox}, {}, {}, {}}}));
    CalibrationSessionSpec session;
    session.name = QStringLiteral("late");
    session.set = QStringLiteral("second");
    session.members = {QStringLiteral("newbie")};
    QCOMPARE(tr.calibration().startSession(session).error().code, ErrorCode::Conflict);
    session.members = {QStringLiteral("m03")};
    ASSAY_VERIFY_RESULT(tr.calibration().startSession(session));
}

void tst_CalibrationSession::replayGivesTheSameState()
{
    auto differences = m_project->compareStateWithReplay();
    ASSAY_VERIFY_RESULT(differences);
    QVERIFY2(differences->isEmpty(),
             qPrintable(differences->isEmpty() ? QString() : differences->first().table));
    auto check = m_project->checkLog();
    ASSAY_VERIFY_RESULT(check);
    QVERIFY2(check->intact(), qPrintable(check->reason()));
}

QTEST_GUILESS_MAIN(tst_CalibrationSession)
#include "tst_calibrationsession.moc"
