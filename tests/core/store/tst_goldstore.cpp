// SPDX-License-Identifier: Apache-2.0
// Gold in the project store: reference answers, batches with gold mixed in, scoring on
// submission, the recalibration gate, batch decisions with re-queue, and rebuilds of it all.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;

class tst_GoldStore : public QObject
{
    Q_OBJECT

private:
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

    static QString dumpState(const QString &path)
    {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QString out;
        for (const char *table :
             {"people", "batches", "tasks", "annotations", "annotation_classes", "boxes",
              "gold_answers", "gold_scores", "person_quality", "batch_decisions", "meta"}) {
            sqlite3_stmt *stmt = nullptr;
            const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY 1, 2";
            sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
            out += QLatin1String(table) + QLatin1Char('\n');
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                    if (qstrcmp(sqlite3_column_name(stmt, c), "seq") == 0)
                        continue;
                    out += QString::fromUtf8(
                                   reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)))
                           + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return out;
    }

    // A project with 30 items (the first 4 gold, class "cat"), classes cat and dog, a lead
    // and three annotators.
    std::unique_ptr<assay::core::Project> makeProject()
    {
        auto created = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")),
                                                    {QStringLiteral("Gold"),
                                                     QStringLiteral("owner"),
                                                     {},
                                                     {}});
        if (!created)
            return nullptr;
        auto store = std::move(*created);
        QList<Item> items;
        for (int i = 0; i < 32; ++i)
            items.append(fakeItem(i));
        if (!store->items().addItems(items, {}))
            return nullptr;
        TaxonomyClass c;
        c.name = QStringLiteral("cat");
        m_cat = store->taxonomy().addClass(c)->id;
        c.name = QStringLiteral("dog");
        m_dog = store->taxonomy().addClass(c)->id;
        if (!store->people().addPerson(QStringLiteral("lead"), {}, {Role::Lead}))
            return nullptr;
        for (const char *name : {"ann", "bob", "cid"}) {
            if (!store->people().addPerson(QLatin1String(name), {}, {Role::Annotator}))
                return nullptr;
        }
        QList<GoldAnswer> gold;
        for (const Item &it : *store->items().page(0, 4))
            gold.append(GoldAnswer{it.id, {m_cat}, {}, {}, {}});
        if (!store->setActor(QStringLiteral("lead")))
            return nullptr;
        if (!store->gold().setGold(gold))
            return nullptr;
        // Two calibration references, apart from gold: the last two items.
        QList<GoldAnswer> references;
        for (const Item &it : *store->items().page(30, 2))
            references.append(GoldAnswer{it.id, {m_cat}, {}, {}, {}, true});
        if (!store->gold().setGold(references))
            return nullptr;
        return store;
    }

    // Answers every pending task of `who` in queue order: gold right when `goldRight`.
    void work(assay::core::Project *store, const QString &who, bool goldRight, int limit = 1000)
    {
        // Which tasks are gold is a lead's knowledge; the annotator's queue shows production.
        QVERIFY(store->setActor(QStringLiteral("lead")));
        const Id personId = store->people().person(who)->id;
        QSet<Id> gold;
        for (const Task &t : *store->work().queue(personId)) {
            if (t.kind == TaskKind::Gold)
                gold.insert(t.id);
        }
        QVERIFY(store->setActor(who));
        auto tasks = store->work().queue(personId);
        int done = 0;
        for (const Task &t : *tasks) {
            QVERIFY(t.kind != TaskKind::Gold);
            if (t.state != TaskState::Pending || done++ >= limit)
                continue;
            auto ann = store->annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(ann);
            const bool right = !gold.contains(t.id) || goldRight;
            ASSAY_VERIFY_RESULT(store->annotations().setClasses(ann->id, {right ? m_cat : m_dog}));
            ASSAY_VERIFY_RESULT(store->annotations().addTimeSpent(ann->id, 1500));
            ASSAY_VERIFY_RESULT(store->work().setTaskState(t.id, TaskState::Done));
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Id m_cat;
    Id m_dog;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void goldIsSetByLeadsAndHiddenFromAnnotators()
    {
        auto store = makeProject();
        QVERIFY(store);
        auto gold = store->gold().goldAnswers();
        ASSAY_VERIFY_RESULT(gold);
        QCOMPARE(gold->size(), 6); // four gold items, two calibration references
        QCOMPARE(std::count_if(gold->cbegin(), gold->cend(),
                               [](const GoldAnswer &a) { return a.calibration; }),
                 2);
        QCOMPARE(gold->first().classIds, QStringList{m_cat});
        auto found = store->items().findItem(QStringLiteral("3.jpg"));
        ASSAY_VERIFY_RESULT(found);
        QCOMPARE(found->path, QStringLiteral("media/3.jpg"));
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("ann")));
        QCOMPARE(store->gold().goldAnswers().error().code, ErrorCode::Permission);
        QCOMPARE(store->gold().setGold({GoldAnswer{found->id, {m_dog}, {}, {}, {}}}).error().code,
                 ErrorCode::Permission);
    }

    void batchMixesGoldThatAnnotatorsCannotTellApart()
    {
        auto store = makeProject();
        QVERIFY(store);
        BatchSpec spec;
        spec.name = QStringLiteral("b1");
        spec.annotators = {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cid")};
        spec.overlap = 2;
        spec.goldRate = 0.1;
        spec.seed = 99;
        auto batch = store->work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        auto tasks = store->work().batchTasks(batch->id);
        int gold = 0;
        for (const Task &t : *tasks)
            gold += t.kind == TaskKind::Gold ? 1 : 0;
        QCOMPARE(tasks->size() - gold, 26 * 2); // 26 production items, overlap 2
        QVERIFY(gold >= 5 && gold <= 7);

        const Id ann = store->people().person(QStringLiteral("ann"))->id;
        auto full = store->work().queue(ann);
        auto seen = store->work().annotatorQueue(ann);
        ASSAY_VERIFY_RESULT(seen);
        QCOMPARE(seen->size(), full->size());
        bool hadGold = false;
        for (int i = 0; i < seen->size(); ++i) {
            hadGold |= full->at(i).kind == TaskKind::Gold;
            QCOMPARE(seen->at(i).kind, TaskKind::Production);
            QCOMPARE(seen->at(i).id, full->at(i).id);
            QCOMPARE(seen->at(i).position, full->at(i).position);
        }
        QVERIFY(hadGold);
    }

    void goldScoresTriggerRecalibrationAndTheGate()
    {
        auto store = makeProject();
        QVERIFY(store);
        ASSAY_VERIFY_RESULT(store->gold().setQualitySettings(QualitySettings{5, 0.8, 3}));
        BatchSpec spec;
        spec.name = QStringLiteral("b1");
        spec.annotators = {QStringLiteral("ann"), QStringLiteral("bob")};
        spec.overlap = 1;
        spec.goldRate = 0.2; // 3 gold tasks of 16 each: the 4 gold items are never repeated
        spec.seed = 5;
        auto batch = store->work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        const Id ann = store->people().person(QStringLiteral("ann"))->id;
        const Id goldItem = store->gold().goldAnswers()->first().itemId;
        const Id reference = store->gold().goldAnswers()->last().itemId;
        QVERIFY(store->gold().goldAnswers()->last().calibration);

        work(store.get(), QStringLiteral("bob"), true);
        work(store.get(), QStringLiteral("ann"), false);
        // Nothing follows in ann's name: her queue stays as it was until a lead or trainer sets
        // the gate that scoring made due.
        QVERIFY(!*store->gold().mustRecalibrate(ann));
        for (const store::Event &e : *store->store().events(1, 0))
            QVERIFY(e.kind != QLatin1String("person.recalibration_required"));
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead"))); // scores are read by leads
        auto bob = store->gold().goldStatus(QStringLiteral("bob"));
        ASSAY_VERIFY_RESULT(bob);
        QCOMPARE(*bob->rollingAccuracy, 1.0);
        QVERIFY(!bob->recalibrationRequired);
        QVERIFY(!bob->recalibrationDue);
        auto annStatus = store->gold().goldStatus(QStringLiteral("ann"));
        QVERIFY(annStatus->recalibrationDue);
        QVERIFY(!annStatus->recalibrationRequired);
        auto gates = store->gold().applyGates();
        ASSAY_VERIFY_RESULT(gates);
        QCOMPARE(gates->size(), 1);
        QCOMPARE(gates->first().personId, ann);
        QVERIFY(gates->first().required);
        QVERIFY(store->gold().applyGates()->isEmpty()); // set once
        const store::Event gate = store->store().events(1, 0)->last();
        QCOMPARE(gate.kind, QStringLiteral("person.recalibration_required"));
        QCOMPARE(gate.personId, store->people().person(QStringLiteral("lead"))->id);
        annStatus = store->gold().goldStatus(QStringLiteral("ann"));
        QVERIFY(annStatus->recalibrationRequired);
        QVERIFY(!annStatus->recalibrationDue);
        QCOMPARE(*annStatus->rollingAccuracy, 0.0);
        int wrong = 0;
        for (const GoldScore &s : *store->gold().goldScores(ann)) {
            QVERIFY(!s.passed);
            wrong += s.kind == TaskKind::Gold ? 1 : 0;
        }
        QVERIFY(wrong >= 3);

        // Calibration work for ann: the gate shows her nothing else.
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));
        ASSAY_VERIFY_RESULT(store->work().assignTasks(
                batch->id,
                {Task{{}, {}, reference, ann, TaskKind::Calibration, TaskState::Pending, 1000}}));
        // A gold item is no calibration reference, and the reverse.
        QVERIFY(!store->work().assignTasks(
                batch->id,
                {Task{{}, {}, goldItem, ann, TaskKind::Calibration, TaskState::Pending, 1001}}));
        QVERIFY(!store->work().assignTasks(
                batch->id,
                {Task{{}, {}, reference, ann, TaskKind::Gold, TaskState::Pending, 1002}}));
        QCOMPARE(store->gold().setGold({GoldAnswer{goldItem, {m_cat}, {}, {}, {}, true}}).error().code,
                 ErrorCode::Conflict);
        auto seen = store->work().annotatorQueue(ann);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().kind, TaskKind::Calibration);

        // An annotator cannot clear it herself; a wrong calibration answer keeps it.
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("ann")));
        QCOMPARE(store->gold().markRecalibrated(ann).error().code, ErrorCode::Permission);
        {
            ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("ann")));
            auto a = store->annotations().startAnnotation(seen->first().id);
            ASSAY_VERIFY_RESULT(store->annotations().setClasses(a->id, {m_dog}));
            ASSAY_VERIFY_RESULT(store->work().setTaskState(seen->first().id, TaskState::Done));
        }
        // She may see her own gate, never the scores behind it.
        QVERIFY(*store->gold().mustRecalibrate(ann));
        QCOMPARE(store->gold().goldStatus(ann).error().code, ErrorCode::Permission);

        // A lead (or trainer) can clear it by hand, and the gold window restarts.
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));
        ASSAY_VERIFY_RESULT(store->gold().markRecalibrated(ann));
        annStatus = store->gold().goldStatus(ann);
        QVERIFY(!annStatus->recalibrationRequired);
        QCOMPARE(annStatus->scored, 0);
        QVERIFY(store->work().annotatorQueue(ann)->size() > 1);

        const QString before = dumpState(store->path());
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(store->path()), before);
        QVERIFY(before.contains(QStringLiteral("gold_threshold")));
    }

    void passingCalibrationLiftsTheGate()
    {
        auto store = makeProject();
        QVERIFY(store);
        ASSAY_VERIFY_RESULT(store->gold().setQualitySettings(QualitySettings{5, 0.8, 3}));
        BatchSpec spec;
        spec.name = QStringLiteral("b1");
        spec.annotators = {QStringLiteral("ann"), QStringLiteral("bob")};
        spec.overlap = 1;
        spec.goldRate = 0.2; // 3 gold tasks of 16 each: the 4 gold items are never repeated
        spec.seed = 5;
        auto batch = store->work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        const Id ann = store->people().person(QStringLiteral("ann"))->id;
        work(store.get(), QStringLiteral("ann"), false);
        QVERIFY(!*store->gold().mustRecalibrate(ann));

        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));
        ASSAY_VERIFY_RESULT(store->gold().applyGates());
        QVERIFY(*store->gold().mustRecalibrate(ann));
        QList<GoldAnswer> gold = *store->gold().goldAnswers();
        gold.removeIf([](const GoldAnswer &a) { return !a.calibration; }); // the references
        QVERIFY(gold.size() >= 2);
        ASSAY_VERIFY_RESULT(store->work().assignTasks(batch->id, {Task{{},
                                                                       {},
                                                                       gold.at(0).itemId,
                                                                       ann,
                                                                       TaskKind::Calibration,
                                                                       TaskState::Pending,
                                                                       1000},
                                                                  Task{{},
                                                                       {},
                                                                       gold.at(1).itemId,
                                                                       ann,
                                                                       TaskKind::Calibration,
                                                                       TaskState::Pending,
                                                                       1001}}));
        // One right answer with another still open: still gated.
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("ann")));
        auto seen = *store->work().annotatorQueue(ann);
        QCOMPARE(seen.size(), 2);
        auto answer = [&](const Task &t) {
            auto a = store->annotations().startAnnotation(t.id);
            const QStringList classes = gold.at(t.position - 1000).classIds;
            QVERIFY(store->annotations().setClasses(a->id, classes));
            QVERIFY(store->work().setTaskState(t.id, TaskState::Done));
        };
        answer(seen.at(0));
        QVERIFY(*store->gold().mustRecalibrate(ann));
        answer(seen.at(1));
        // Both right, none open: she passed; the next time a lead or trainer signs in, the
        // gate is lifted in their name, and production work is hers again.
        QVERIFY(*store->gold().mustRecalibrate(ann));
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));
        auto lifted = store->gold().applyGates();
        ASSAY_VERIFY_RESULT(lifted);
        QCOMPARE(lifted->size(), 1);
        QVERIFY(!lifted->first().required);
        QCOMPARE(lifted->first().accuracy, 1.0);
        QVERIFY(!*store->gold().mustRecalibrate(ann));
        QVERIFY(store->work().annotatorQueue(ann)->size() > 2);

        const QString before = dumpState(store->path());
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(store->path()), before);
    }

    void rejectionRequeuesWithoutTouchingOldWork()
    {
        auto store = makeProject();
        QVERIFY(store);
        BatchSpec spec;
        spec.name = QStringLiteral("b1");
        spec.annotators = {QStringLiteral("ann"), QStringLiteral("bob")};
        spec.overlap = 2;
        spec.goldRate = 0.1;
        spec.seed = 11;
        auto batch = store->work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        work(store.get(), QStringLiteral("ann"), true);
        work(store.get(), QStringLiteral("bob"), true, 10);
        ASSAY_VERIFY_RESULT(
                store->setActor(QStringLiteral("lead"))); // the batch plan is a lead's read
        auto oldTasks = *store->work().batchTasks(batch->id);
        auto oldWork = *store->work().batchWork(batch->id);
        QVERIFY(!oldWork.isEmpty());

        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("ann")));
        QCOMPARE(store->work().decideBatch(batch->id, false).error().code, ErrorCode::Permission);
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));
        auto redo = store->work().decideBatch(batch->id, false, QStringLiteral("alpha too low"));
        ASSAY_VERIFY_RESULT(redo);
        QVERIFY(redo->id != batch->id);
        QCOMPARE(redo->state, BatchState::Open);
        QCOMPARE(store->work().batch(batch->id)->state, BatchState::Rejected);
        QCOMPARE(store->work().decideBatch(batch->id, true).error().code, ErrorCode::Conflict);

        // Old tasks and answers exactly as they were; new tasks pending, same people and items.
        auto afterTasks = *store->work().batchTasks(batch->id);
        QCOMPARE(afterTasks.size(), oldTasks.size());
        for (int i = 0; i < afterTasks.size(); ++i) {
            QCOMPARE(afterTasks[i].id, oldTasks[i].id);
            QCOMPARE(afterTasks[i].state, oldTasks[i].state);
        }
        QCOMPARE(store->work().batchWork(batch->id)->size(), oldWork.size());
        auto newTasks = *store->work().batchTasks(redo->id);
        QCOMPARE(newTasks.size(), oldTasks.size());
        QSet<Id> oldIds;
        for (const Task &t : oldTasks)
            oldIds.insert(t.id);
        for (int i = 0; i < newTasks.size(); ++i) {
            QVERIFY(!oldIds.contains(newTasks[i].id));
            QCOMPARE(newTasks[i].state, TaskState::Pending);
            QCOMPARE(newTasks[i].itemId, oldTasks[i].itemId);
            QCOMPARE(newTasks[i].personId, oldTasks[i].personId);
            QCOMPARE(newTasks[i].kind, oldTasks[i].kind);
        }
        ASSAY_VERIFY_RESULT(store->work().decideBatch(redo->id, true));
        QCOMPARE(store->work().batch(redo->id)->state, BatchState::Accepted);

        const QString before = dumpState(store->path());
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(store->path()), before);
        QVERIFY(before.contains(QStringLiteral("alpha too low")));
        QCOMPARE(*store->integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(tst_GoldStore)
#include "tst_goldstore.moc"
