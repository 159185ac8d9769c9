// SPDX-License-Identifier: Apache-2.0
// Reads filtered by the one policy: what each role receives from the services, and that an
// annotator never receives a gold answer, a task's kind, a score or another person's work.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_ReadPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_ann;
    Id m_bob;
    Id m_goldItem;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("p.assay")), {});
        QVERIFY(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        for (const auto &[name, role] : {std::pair{"ann", Role::Annotator},
                                         {"bob", Role::Annotator},
                                         {"rev", Role::Reviewer},
                                         {"lead", Role::Lead},
                                         {"trainer", Role::Trainer},
                                         {"author", Role::Author}})
            ASSAY_VERIFY_RESULT(p.people().addPerson(QLatin1String(name), {}, {role}));
        TaxonomyClass cat;
        cat.name = QStringLiteral("cat");
        auto added = p.taxonomy().addClass(cat);
        ASSAY_VERIFY_RESULT(added);
        QList<Item> items;
        for (int i = 0; i < 24; ++i) {
            Item it;
            it.id = newId();
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        QList<GoldAnswer> gold;
        for (int i = 0; i < 4; ++i)
            gold.append(GoldAnswer{items.at(i).id, {added->id}, {}, {}, {}});
        m_goldItem = items.first().id;
        ASSAY_VERIFY_RESULT(p.gold().setGold(gold));
        BatchSpec spec;
        spec.name = QStringLiteral("b");
        spec.annotators = {QStringLiteral("ann"), QStringLiteral("bob")};
        spec.goldRate = 0.2;
        spec.seed = 3;
        ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
        m_ann = p.people().person(QStringLiteral("ann"))->id;
        m_bob = p.people().person(QStringLiteral("bob"))->id;
        // ann answers her first task.
        Project &ann = as(QStringLiteral("ann"));
        auto queue = ann.work().queue(m_ann);
        ASSAY_VERIFY_RESULT(queue);
        auto a = ann.annotations().startAnnotation(queue->first().id);
        ASSAY_VERIFY_RESULT(a);
        ASSAY_VERIFY_RESULT(ann.annotations().setClasses(a->id, {added->id}));
    }

    void reads_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<bool>("goldAnswers");
        QTest::addColumn<bool>("scores");
        QTest::addColumn<bool>("othersQueues");
        QTest::addColumn<bool>("batchPlan");
        QTest::addColumn<bool>("taskKinds");
        QTest::addColumn<bool>("othersAnswers");
        QTest::addColumn<bool>("fullLog");
        //                          gold   scores others plan  kinds  answers log
        QTest::newRow("annotator")
                << "bob" << false << false << false << false << false << false << false;
        QTest::newRow("reviewer") << "rev" << false << false << true << false << false << true
                                  << true;
        QTest::newRow("trainer") << "trainer" << false << true << true << true << true << true
                                 << false;
        QTest::newRow("author") << "author" << false << false << false << false << false << false
                                << false;
        QTest::newRow("lead") << "lead" << true << true << true << true << true << true << true;
        QTest::newRow("admin") << "admin" << true << true << true << true << true << true << true;
    }

    void reads()
    {
        QFETCH(QString, person);
        QFETCH(bool, goldAnswers);
        QFETCH(bool, scores);
        QFETCH(bool, othersQueues);
        QFETCH(bool, batchPlan);
        QFETCH(bool, taskKinds);
        QFETCH(bool, othersAnswers);
        QFETCH(bool, fullLog);
        Project &p = as(person);
        auto gold = p.gold().goldAnswers();
        QCOMPARE(bool(gold), goldAnswers);
        if (!gold)
            QCOMPARE(gold.error().code, ErrorCode::Permission);
        QCOMPARE(bool(p.gold().goldStatus(m_ann)), scores);
        QCOMPARE(bool(p.gold().goldScores()), scores);
        auto queue = p.work().queue(m_ann);
        QCOMPARE(bool(queue), othersQueues);
        QCOMPARE(bool(p.work().annotatorQueue(m_ann)), othersQueues);
        auto batch = p.work().batches()->first();
        QCOMPARE(bool(p.work().batchTasks(batch.id)), batchPlan);
        if (queue) {
            const bool anyGold = std::any_of(queue->cbegin(), queue->cend(), [](const Task &t) {
                return t.kind == TaskKind::Gold;
            });
            QCOMPARE(anyGold, taskKinds);
        }
        const Id answered = as(QStringLiteral("lead")).work().queue(m_ann)->first().itemId;
        as(person);
        auto answers = p.annotations().annotationsForItem(answered);
        ASSAY_VERIFY_RESULT(answers);
        QCOMPARE(!answers->isEmpty(), othersAnswers);
        auto events = p.events(1, 0);
        ASSAY_VERIFY_RESULT(events);
        const bool others = std::any_of(events->cbegin(), events->cend(),
                                        [&](const store::Event &e) {
                                            return e.personId != p.actor().id;
                                        });
        QCOMPARE(others, fullLog);
    }

    void annotatorReceivesNoGoldAnswerNoKindNoScore()
    {
        Project &ann = as(QStringLiteral("ann"));
        auto queue = ann.work().queue(m_ann);
        ASSAY_VERIFY_RESULT(queue);
        int onGoldItems = 0;
        for (const Task &t : *queue) {
            QCOMPARE(t.kind, TaskKind::Production);
            onGoldItems += t.itemId == m_goldItem ? 1 : 0;
        }
        QVERIFY(onGoldItems <= 1);
        QCOMPARE(ann.gold().goldAnswers().error().code, ErrorCode::Permission);
        QCOMPARE(ann.gold().goldStatus(m_ann).error().code, ErrorCode::Permission);
        QCOMPARE(ann.work().queue(m_bob).error().code, ErrorCode::Permission);
        // What ann may read of the log is her own events, and none of them holds a gold answer.
        auto events = ann.events(1, 0);
        ASSAY_VERIFY_RESULT(events);
        QVERIFY(!events->isEmpty());
        for (const store::Event &e : *events) {
            QCOMPARE(e.personId, m_ann);
            QVERIFY(e.kind != QLatin1String("gold.set"));
            QVERIFY(e.kind != QLatin1String("tasks.assigned"));
        }
        // Her own figures: whether she must recalibrate, nothing per task.
        QCOMPARE(*ann.gold().mustRecalibrate(m_ann), false);
    }

    // An assignment is one event per annotator with only their queue (no kind, no seed), and a
    // plan for leads; a reader outside an event's audience gets its envelope without payload.
    void eventsAreSplitByAudience()
    {
        Project &lead = as(QStringLiteral("lead"));
        auto all = lead.events(1, 0);
        ASSAY_VERIFY_RESULT(all);
        QHash<QString, int> queues; // person → queue events
        int plans = 0;
        for (const store::Event &e : *all) {
            QVERIFY(!e.withheld);
            if (e.kind == QLatin1String("tasks.queued")) {
                const QJsonObject p = *e.payload();
                const QString person = p.value(QLatin1String("person_id")).toString();
                QCOMPARE(e.audience, QStringLiteral("person:") + person);
                ++queues[person];
                const QByteArray text = QJsonDocument(p).toJson(QJsonDocument::Compact);
                QVERIFY2(!text.contains("gold") && !text.contains("production")
                                 && !text.contains("seed"),
                         text.constData());
            } else if (e.kind == QLatin1String("tasks.assigned")) {
                QCOMPARE(e.audience, QStringLiteral("leads"));
                ++plans;
                QVERIFY(e.payload()->contains(QLatin1String("seed")));
            }
        }
        QCOMPARE(queues.size(), 2);
        QCOMPARE(queues.value(m_ann), 1);
        QCOMPARE(queues.value(m_bob), 1);
        QCOMPARE(plans, 1);

        // A reviewer reads the whole log but not the payloads meant for leads.
        Project &rev = as(QStringLiteral("rev"));
        int withheld = 0;
        for (const store::Event &e : *rev.events(1, 0)) {
            if (e.audience == QLatin1String("leads")) {
                QVERIFY(e.withheld);
                QVERIFY(e.stored.isEmpty());
                ++withheld;
            } else {
                QVERIFY(!e.withheld);
            }
        }
        QVERIFY(withheld >= 2); // gold.set and the plan
    }

    // The digest as a person may see the state: a change to a gold answer or to another
    // person's work changes the lead's digest, not an annotator's.
    void digestIsOfWhatTheReaderMaySee()
    {
        TaxonomyClass dog;
        dog.name = QStringLiteral("dog");
        auto added = as(QStringLiteral("lead")).taxonomy().addClass(dog);
        ASSAY_VERIFY_RESULT(added);
        const QString annBefore = *as(QStringLiteral("ann")).readerDigest();
        const QString leadBefore = *as(QStringLiteral("lead")).readerDigest();
        QCOMPARE(leadBefore, *m_project->stateDigest()); // leads see everything
        QVERIFY(annBefore != leadBefore);
        Project &lead = as(QStringLiteral("lead"));
        auto gold = lead.gold().goldAnswers();
        ASSAY_VERIFY_RESULT(gold);
        GoldAnswer changed = gold->first();
        changed.classIds = {added->id};
        ASSAY_VERIFY_RESULT(lead.gold().setGold({changed}));
        // bob answers a task of his
        Project &bob = as(QStringLiteral("bob"));
        auto queue = bob.work().queue(m_bob);
        auto a = bob.annotations().startAnnotation(queue->first().id);
        ASSAY_VERIFY_RESULT(a);
        QCOMPARE(*as(QStringLiteral("ann")).readerDigest(), annBefore);
        QVERIFY(*as(QStringLiteral("lead")).readerDigest() != leadBefore);
        QVERIFY(*as(QStringLiteral("bob")).readerDigest() != annBefore);
    }

    void audienceFollowsThePolicy_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<bool>("reads");
        QTest::newRow("all") << "bob"
                             << "all" << true;
        QTest::newRow("leads, annotator") << "bob"
                                          << "leads" << false;
        QTest::newRow("leads, reviewer") << "rev"
                                         << "leads" << false;
        QTest::newRow("leads, trainer") << "trainer"
                                        << "leads" << false;
        QTest::newRow("leads, lead") << "lead"
                                     << "leads" << true;
        QTest::newRow("own queue") << "ann"
                                   << "person:ANN" << true;
        QTest::newRow("another's queue, annotator") << "bob"
                                                    << "person:ANN" << false;
        QTest::newRow("another's queue, reviewer") << "rev"
                                                   << "person:ANN" << true;
        QTest::newRow("guideline drafts, author") << "author"
                                                  << "authors" << true;
        QTest::newRow("guideline drafts, lead") << "lead"
                                                << "authors" << true;
        QTest::newRow("guideline drafts, annotator") << "ann"
                                                     << "authors" << false;
        QTest::newRow("guideline drafts, reviewer") << "rev"
                                                    << "authors" << false;
        QTest::newRow("unknown audience") << "rev"
                                          << "cohort:1" << false;
    }

    void audienceFollowsThePolicy()
    {
        QFETCH(QString, person);
        QFETCH(QString, audience);
        QFETCH(bool, reads);
        audience.replace(QStringLiteral("ANN"), m_ann);
        QCOMPARE(mayReadAudience(as(person).actor(), audience), reads);
    }
};

QTEST_MAIN(tst_ReadPolicy)
#include "tst_readpolicy.moc"
