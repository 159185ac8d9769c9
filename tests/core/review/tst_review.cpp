// SPDX-License-Identifier: Apache-2.0
// Review and adjudication in core: the queue a lead's rules fill (the same after a rebuild),
// stages enforced for each role, rejection back to the annotator with its reason, fixes kept
// beside the original, adjudication keeping the versions not chosen, provenance of each label.
#include "core/project/services.h"
#include "core/quality/consensus.h"
#include "core/transfer/datasetexport.h"
#include "tests/testutil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_Review : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_batch;
    Id m_cat;
    Id m_dog;
    QHash<QString, Id> m_ids; // name -> person id

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }

    // The entry of `annotator`'s answer on the first queued item with two answers that differ.
    ReviewEntry entryOf(const QString &reviewer, const QString &annotator)
    {
        auto q = as(reviewer).review().queue(m_batch);
        if (!q)
            qFatal("%s", qPrintable(q.error().toString()));
        for (const ReviewEntry &e : *q) {
            if (e.annotatorName == annotator)
                return e;
        }
        qFatal("no entry of %s in %s's queue", qPrintable(annotator), qPrintable(reviewer));
        return {};
    }

    TaskState taskState(const Id &taskId)
    {
        for (const Task &t : *as(QStringLiteral("lead")).work().batchTasks(m_batch)) {
            if (t.id == taskId)
                return t.state;
        }
        return TaskState::Skipped;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("p.assay")), {});
        QVERIFY(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        const QList<std::pair<QString, QList<Role>>>
                people{{QStringLiteral("ann"), {Role::Annotator}},
                       {QStringLiteral("bob"), {Role::Annotator}},
                       {QStringLiteral("cy"), {Role::Annotator, Role::Reviewer}},
                       {QStringLiteral("rita"), {Role::Reviewer}},
                       {QStringLiteral("ravi"), {Role::Reviewer}},
                       {QStringLiteral("ada"), {Role::Adjudicator}},
                       {QStringLiteral("lead"), {Role::Lead}}};
        for (const auto &[name, roles] : people) {
            auto person = p.people().addPerson(name, {}, roles);
            ASSAY_VERIFY_RESULT(person);
            m_ids.insert(name, person->id);
        }
        TaxonomyClass cat;
        cat.name = QStringLiteral("cat");
        cat.colour = QStringLiteral("#ff0000");
        TaxonomyClass dog;
        dog.name = QStringLiteral("dog");
        dog.colour = QStringLiteral("#0000ff");
        m_cat = p.taxonomy().addClass(cat)->id;
        m_dog = p.taxonomy().addClass(dog)->id;
        QList<Item> items;
        for (int i = 0; i < 60; ++i) {
            Item it;
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        BatchSpec spec;
        spec.name = QStringLiteral("b1");
        spec.annotators = {m_ids.value(QStringLiteral("ann")), m_ids.value(QStringLiteral("bob")),
                           m_ids.value(QStringLiteral("cy"))};
        spec.overlap = 2;
        spec.seed = 7;
        auto batch = p.work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        m_batch = batch->id;
        // Everyone answers; bob says dog where the others say cat on every third item.
        QHash<Id, int> itemIndex;
        auto stored = p.items().page(0, 1000);
        ASSAY_VERIFY_RESULT(stored);
        for (int i = 0; i < stored->size(); ++i)
            itemIndex.insert(stored->at(i).id, i);
        for (const QString &name :
             {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cy")}) {
            Project &a = as(name);
            auto queue = a.work().annotatorQueue(m_ids.value(name), m_batch);
            ASSAY_VERIFY_RESULT(queue);
            QVERIFY(!queue->isEmpty());
            for (const Task &t : *queue) {
                auto annotation = a.annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(annotation);
                const int i = itemIndex.value(t.itemId);
                const bool dog = name == QLatin1String("bob") ? i % 3 == 0 : i % 7 == 0;
                ASSAY_VERIFY_RESULT(
                        a.annotations().setClasses(annotation->id, {dog ? m_dog : m_cat}));
                ASSAY_VERIFY_RESULT(a.work().setTaskState(t.id, TaskState::Done));
            }
        }
    }

    void onlyALeadSetsRules()
    {
        for (const QString &name :
             {QStringLiteral("ann"), QStringLiteral("rita"), QStringLiteral("ada")}) {
            auto refused = as(name).review().applyRules(m_batch, {});
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Permission);
        }
    }

    void rulesFillTheQueueWithReasons()
    {
        ReviewRules rules;
        rules.rate = 0.05;
        rules.minPerAnnotator = 2;
        rules.seed = 1234;
        auto queuing = as(QStringLiteral("lead")).review().applyRules(m_batch, rules);
        ASSAY_VERIFY_RESULT(queuing);
        QCOMPARE(queuing->seed, quint64(1234));
        QCOMPARE(queuing->candidates, 120);
        QVERIFY(queuing->byReason.value(QStringLiteral("audit")) >= 6);
        QVERIFY(queuing->byReason.value(QStringLiteral("agreement")) > 0);

        auto q = as(QStringLiteral("rita")).review().queue(m_batch);
        ASSAY_VERIFY_RESULT(q);
        QCOMPARE(q->size(), queuing->entries);
        QSet<QString> auditedAnnotators;
        for (const ReviewEntry &e : *q) {
            QVERIFY(!e.reasons.isEmpty());
            if (e.reasons.contains(QStringLiteral("audit")))
                auditedAnnotators.insert(e.annotatorName);
            if (e.reasons.contains(QStringLiteral("agreement")))
                QVERIFY(e.agreement && *e.agreement < 0.5);
        }
        QCOMPARE(auditedAnnotators.size(), 3);
        // Lowest agreement first.
        for (qsizetype i = 1; i < q->size(); ++i)
            QVERIFY(q->at(i - 1).agreement.value_or(2) <= q->at(i).agreement.value_or(2));
        // By annotator on request.
        auto byAnnotator = as(QStringLiteral("rita")).review().queue(m_batch, ReviewOrder::Annotator);
        ASSAY_VERIFY_RESULT(byAnnotator);
        for (qsizetype i = 1; i < byAnnotator->size(); ++i)
            QVERIFY(byAnnotator->at(i - 1).annotatorName <= byAnnotator->at(i).annotatorName);
    }

    void sameQueueAfterARebuild()
    {
        auto before = as(QStringLiteral("rita")).review().queue(m_batch);
        ASSAY_VERIFY_RESULT(before);
        ASSAY_VERIFY_RESULT(m_project->rebuildState());
        auto after = as(QStringLiteral("rita")).review().queue(m_batch);
        ASSAY_VERIFY_RESULT(after);
        QCOMPARE(after->size(), before->size());
        for (qsizetype i = 0; i < after->size(); ++i) {
            QCOMPARE(after->at(i).id, before->at(i).id);
            QCOMPARE(after->at(i).reasons, before->at(i).reasons);
        }
        auto diff = m_project->compareStateWithReplay();
        ASSAY_VERIFY_RESULT(diff);
        QVERIFY(diff->isEmpty());
    }

    void nobodyReviewsTheirOwnWork()
    {
        // cy annotates and reviews: her queue never holds her answers, and deciding one fails.
        auto q = as(QStringLiteral("cy")).review().queue(m_batch);
        ASSAY_VERIFY_RESULT(q);
        for (const ReviewEntry &e : *q)
            QVERIFY(e.annotatorName != QLatin1String("cy"));
        const ReviewEntry own = entryOf(QStringLiteral("rita"), QStringLiteral("cy"));
        auto refused = as(QStringLiteral("cy")).review().decide({own.id, ReviewVerdict::Accept});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
    }

    void annotatorsMayNotReviewNorReadQueues()
    {
        const ReviewEntry e = entryOf(QStringLiteral("rita"), QStringLiteral("bob"));
        QCOMPARE(as(QStringLiteral("ann")).review().queue(m_batch).error().code,
                 ErrorCode::Permission);
        QCOMPARE(as(QStringLiteral("ann")).review().decide({e.id, ReviewVerdict::Accept}).error().code,
                 ErrorCode::Permission);
        QCOMPARE(as(QStringLiteral("ann")).review().versions(e.itemId).error().code,
                 ErrorCode::Permission);
    }

    void annotatorCannotChangeAnAnswerUnderReview()
    {
        const ReviewEntry e = entryOf(QStringLiteral("rita"), QStringLiteral("ann"));
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(e.taskId), ReviewStage::UnderReview);
        Project &ann = as(QStringLiteral("ann"));
        auto annotation = ann.annotations().startAnnotation(e.taskId);
        ASSAY_VERIFY_RESULT(annotation);
        const Status edit = ann.annotations().setClasses(annotation->id, {m_dog});
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, ErrorCode::Conflict);
        const Status reopen = ann.work().setTaskState(e.taskId, TaskState::Pending);
        QVERIFY(!reopen);
        QCOMPARE(reopen.error().code, ErrorCode::Conflict);
    }

    void rejectionReturnsTheTaskWithItsReason()
    {
        const ReviewEntry e = entryOf(QStringLiteral("rita"), QStringLiteral("bob"));
        Project &rita = as(QStringLiteral("rita"));
        // A rejection needs a reason from the list and a text.
        QCOMPARE(rita.review().decide({e.id, ReviewVerdict::Reject}).error().code,
                 ErrorCode::InvalidInput);
        ReviewDecision bad{e.id, ReviewVerdict::Reject, QStringLiteral("no-such-reason"),
                           QStringLiteral("hmm")};
        QCOMPARE(rita.review().decide(bad).error().code, ErrorCode::InvalidInput);
        ReviewDecision reject{e.id, ReviewVerdict::Reject, QStringLiteral("wrong-class"),
                              QStringLiteral("it is a cat"), QStringLiteral("2.1")};
        auto decided = rita.review().decide(reject);
        ASSAY_VERIFY_RESULT(decided);
        QCOMPARE(taskState(e.taskId), TaskState::Pending);
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(e.taskId), ReviewStage::Rejected);
        // Bob sees the outcome and the reason of his own reviews, and may change the answer.
        Project &bob = as(QStringLiteral("bob"));
        auto outcomes = bob.review().myOutcomes();
        ASSAY_VERIFY_RESULT(outcomes);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().verdict, ReviewVerdict::Reject);
        QCOMPARE(outcomes->first().reasonCode, QStringLiteral("wrong-class"));
        QCOMPARE(outcomes->first().reasonText, QStringLiteral("it is a cat"));
        auto queue = bob.work().annotatorQueue(m_ids.value(QStringLiteral("bob")), m_batch);
        ASSAY_VERIFY_RESULT(queue);
        bool pending = false;
        for (const Task &t : *queue)
            pending = pending || (t.id == e.taskId && t.state == TaskState::Pending);
        QVERIFY(pending);
        auto annotation = bob.annotations().startAnnotation(e.taskId);
        ASSAY_VERIFY_RESULT(bob.annotations().setClasses(annotation->id, {m_cat}));
        ASSAY_VERIFY_RESULT(bob.work().setTaskState(e.taskId, TaskState::Done));
        // Done again: back in the reviewers' queue as resubmitted, and frozen again.
        const ReviewEntry again = entryOf(QStringLiteral("ravi"), QStringLiteral("bob"));
        QCOMPARE(again.id, e.id);
        QVERIFY(again.reasons.contains(QStringLiteral("resubmitted")));
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(e.taskId), ReviewStage::UnderReview);
        ASSAY_VERIFY_RESULT(
                as(QStringLiteral("ravi")).review().decide({e.id, ReviewVerdict::Accept}));
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(e.taskId), ReviewStage::Accepted);
        QCOMPARE(as(QStringLiteral("bob"))
                         .annotations()
                         .setClasses(annotation->id, {m_dog})
                         .error()
                         .code,
                 ErrorCode::Conflict);
    }

    void fixIsKeptBesideTheOriginal()
    {
        const ReviewEntry e = entryOf(QStringLiteral("rita"), QStringLiteral("ann"));
        Project &rita = as(QStringLiteral("rita"));
        auto entry = rita.review().entry(e.id);
        ASSAY_VERIFY_RESULT(entry);
        const Annotation before = *rita.annotations().annotation(entry->annotationId);
        QCOMPARE(rita.review().decide({e.id, ReviewVerdict::Fix}).error().code,
                 ErrorCode::InvalidInput);
        ReviewDecision fix{e.id, ReviewVerdict::Fix, QStringLiteral("wrong-class"), {}, {}};
        fix.fix = AnswerValue{{m_dog}, {}};
        auto decided = rita.review().decide(fix);
        ASSAY_VERIFY_RESULT(decided);
        const Annotation after = *rita.annotations().annotation(entry->annotationId);
        QCOMPARE(after.classIds, before.classIds); // the original, untouched
        auto records = rita.review().decisions(e.itemId);
        ASSAY_VERIFY_RESULT(records);
        QCOMPARE(records->last().verdict, ReviewVerdict::Fix);
        QCOMPARE(records->last().fix->classIds, QStringList{m_dog});
        QCOMPARE(records->last().annotationId, entry->annotationId);
        // The fix is a version of its own.
        auto versions = rita.review().versions(e.itemId);
        ASSAY_VERIFY_RESULT(versions);
        QVERIFY(std::any_of(versions->cbegin(), versions->cend(),
                            [](const AnswerVersion &v) { return v.fix; }));
        // Decided once: a second decision waits for an undo; the undo reopens it.
        QCOMPARE(rita.review().decide({e.id, ReviewVerdict::Accept}).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(as(QStringLiteral("ravi")).review().withdraw(*decided).error().code,
                 ErrorCode::Permission);
        ASSAY_VERIFY_RESULT(as(QStringLiteral("rita")).review().withdraw(*decided));
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(e.taskId), ReviewStage::UnderReview);
        ASSAY_VERIFY_RESULT(as(QStringLiteral("rita")).review().decide(fix));
    }

    void auditAccuracyAndReviewerAgreement()
    {
        // Everything left in rita's queue is accepted; one more of cy's is rejected by ravi.
        Project &rita = as(QStringLiteral("rita"));
        auto q = rita.review().queue(m_batch);
        ASSAY_VERIFY_RESULT(q);
        for (const ReviewEntry &e : *q)
            ASSAY_VERIFY_RESULT(rita.review().decide({e.id, ReviewVerdict::Accept}));
        auto figures = as(QStringLiteral("lead")).review().auditFigures(m_batch);
        ASSAY_VERIFY_RESULT(figures);
        QCOMPARE(figures->size(), 3);
        for (const AuditFigures &f : *figures) {
            QVERIFY(f.accuracy);
            QCOMPARE(f.accepted + f.fixed + f.rejected, f.audited);
            if (f.name == QLatin1String("ann")) {
                QCOMPARE(f.fixed, 1);
                QCOMPARE(f.byReason.value(QStringLiteral("wrong-class")), 1);
            }
        }
        // Reviewers see no scores.
        QCOMPARE(as(QStringLiteral("rita")).review().auditFigures(m_batch).error().code,
                 ErrorCode::Permission);
        // Blind second reviews by another reviewer.
        auto drawn = as(QStringLiteral("lead")).review().drawRereview(m_batch, 0.5, 99);
        ASSAY_VERIFY_RESULT(drawn);
        QVERIFY(*drawn > 0);
        // A second review never goes to the reviewer of the first.
        int blind = 0;
        for (const QString &reviewer : {QStringLiteral("rita"), QStringLiteral("ravi")}) {
            auto queue = as(reviewer).review().queue(m_batch);
            ASSAY_VERIFY_RESULT(queue);
            for (const ReviewEntry &e : *queue) {
                if (!e.blind)
                    continue;
                ++blind;
                // The decision in force that it repeats (the last on the answer) is another's.
                QString first;
                for (const ReviewRecord &r :
                     *as(QStringLiteral("lead")).review().decisions(e.itemId)) {
                    if (r.taskId == e.taskId && !r.withdrawn && r.entryId != e.id)
                        first = r.reviewerName;
                }
                QVERIFY(!first.isEmpty());
                QVERIFY(first != reviewer);
                ASSAY_VERIFY_RESULT(as(reviewer).review().decide({e.id, ReviewVerdict::Accept}));
            }
        }
        QVERIFY(blind > 0);
        auto agreement = as(QStringLiteral("lead")).review().reviewerAgreement(m_batch);
        ASSAY_VERIFY_RESULT(agreement);
        QCOMPARE(agreement->pairs, blind);
        QVERIFY(agreement->share && *agreement->share > 0 && *agreement->share <= 1);
        // Audit accuracy as a batch acceptance criterion.
        auto accuracy = as(QStringLiteral("lead")).review().auditAccuracy(m_batch);
        ASSAY_VERIFY_RESULT(accuracy);
        QVERIFY(accuracy->has_value() && **accuracy < 1.0 && **accuracy > 0.5);
    }

    void routedFlagsComeToReview()
    {
        Project &lead = as(QStringLiteral("lead"));
        Task open;
        for (const Task &t : *lead.work().batchTasks(m_batch)) {
            if (*lead.review().stage(t.id) == ReviewStage::None) {
                open = t;
                break;
            }
        }
        QVERIFY(!open.id.isEmpty());
        // Only flagged tasks, and only by a lead.
        QCOMPARE(lead.review().routeFlags({open.id}).error().code, ErrorCode::Conflict);
        ASSAY_VERIFY_RESULT(lead.work().setTaskState(open.id, TaskState::Flagged,
                                                     QStringLiteral("unclear"),
                                                     QStringLiteral("?")));
        QCOMPARE(as(QStringLiteral("rita")).review().routeFlags({open.id}).error().code,
                 ErrorCode::Permission);
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).review().routeFlags({open.id}));
        bool found = false;
        for (const ReviewEntry &e : *as(QStringLiteral("rita")).review().queue(m_batch)) {
            if (e.taskId == open.id) {
                found = true;
                QCOMPARE(e.reasons, QStringList{QStringLiteral("flag")});
            }
        }
        QVERIFY(found);
    }

    void adjudicationKeepsTheVersionsNotChosen()
    {
        // An item with two differing answers, escalated.
        Project &lead = as(QStringLiteral("lead"));
        Id item;
        // An item of disagreement without a fix.
        auto all = lead.review().provenance(m_batch);
        ASSAY_VERIFY_RESULT(all);
        for (const Provenance &p : *all) {
            auto v = lead.review().versions(p.itemId);
            if (v->size() >= 2 && !std::any_of(v->cbegin(), v->cend(), [](const AnswerVersion &x) {
                    return x.fix;
                })) {
                item = p.itemId;
                break;
            }
        }
        QVERIFY(!item.isEmpty());
        auto versions = lead.review().versions(item);
        ASSAY_VERIFY_RESULT(versions);
        // Rita takes back her acceptance (undo) and escalates instead.
        auto decisions = lead.review().decisions(item);
        ASSAY_VERIFY_RESULT(decisions);
        ReviewRecord accepted;
        for (const ReviewRecord &r : *decisions) {
            if (!r.withdrawn && r.reviewerName == QLatin1String("rita"))
                accepted = r;
        }
        QVERIFY(!accepted.eventId.isEmpty());
        ASSAY_VERIFY_RESULT(as(QStringLiteral("rita")).review().withdraw(accepted.eventId));
        const Id entryId = accepted.entryId;
        QCOMPARE(as(QStringLiteral("rita"))
                         .review()
                         .decide({entryId, ReviewVerdict::Escalate})
                         .error()
                         .code,
                 ErrorCode::InvalidInput);
        ASSAY_VERIFY_RESULT(
                as(QStringLiteral("rita"))
                        .review()
                        .decide({entryId, ReviewVerdict::Escalate, QStringLiteral("unclear"),
                                 QStringLiteral("both fit")}));
        QCOMPARE(*lead.review().stage(accepted.taskId), ReviewStage::Escalated);
        auto adjQueue = as(QStringLiteral("ada")).review().adjudicationQueue();
        ASSAY_VERIFY_RESULT(adjQueue);
        QVERIFY(adjQueue->contains(item));
        // Reviewers and annotators may not adjudicate; the adjudicator must justify.
        AdjudicationRequest request{item,
                                    2,
                                    {},
                                    QStringLiteral("guideline"),
                                    QStringLiteral("the ears decide"),
                                    QStringLiteral("3.2")};
        QCOMPARE(as(QStringLiteral("rita")).review().adjudicate(request).error().code,
                 ErrorCode::Permission);
        QCOMPARE(as(QStringLiteral("bob")).review().adjudicate(request).error().code,
                 ErrorCode::Permission);
        AdjudicationRequest noReason = request;
        noReason.reasonText.clear();
        QCOMPARE(as(QStringLiteral("ada")).review().adjudicate(noReason).error().code,
                 ErrorCode::InvalidInput);
        auto first = as(QStringLiteral("ada")).review().adjudicate(request);
        ASSAY_VERIFY_RESULT(first);
        auto records = as(QStringLiteral("ada")).review().adjudications(item);
        ASSAY_VERIFY_RESULT(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().chosen, versions->at(1).annotationIds);
        QCOMPARE(records->first().answer, versions->at(1).value);
        QCOMPARE(records->first().notChosen.size(), versions->size() - 1);
        QCOMPARE(records->first().notChosen.first().annotationIds, versions->first().annotationIds);
        QCOMPARE(records->first().section, QStringLiteral("3.2"));
        QVERIFY(!as(QStringLiteral("ada")).review().adjudicationQueue()->contains(item));
        // Revisited: a new answer; the first adjudication is kept, superseded.
        AdjudicationRequest again{item,
                                  {},
                                  AnswerValue{{m_cat, m_dog}, {}},
                                  QStringLiteral("guideline"),
                                  QStringLiteral("both are in the text"),
                                  QStringLiteral("3.3")};
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).review().adjudicate(again));
        records = as(QStringLiteral("ada")).review().adjudications(item);
        QCOMPARE(records->size(), 2);
        QVERIFY(!records->at(0).current);
        QVERIFY(records->at(1).current);
        QCOMPARE(records->at(1).supersedes, *first);
        // The final label comes from the adjudication.
        auto provenance = lead.review().provenance(m_batch);
        ASSAY_VERIFY_RESULT(provenance);
        bool found = false;
        for (const Provenance &p : *provenance) {
            if (p.itemId != item)
                continue;
            found = true;
            QCOMPARE(p.source, QStringLiteral("adjudication"));
            QCOMPARE(p.adjudications.size(), 2);
            QCOMPARE(p.value.classIds, (QStringList{m_cat, m_dog}));
            QVERIFY(!p.reviews.isEmpty());
        }
        QVERIFY(found);
    }

    void provenanceIsCompleteForEveryFinalLabel()
    {
        Project &lead = as(QStringLiteral("lead"));
        auto provenance = lead.review().provenance(m_batch);
        ASSAY_VERIFY_RESULT(provenance);
        QCOMPARE(provenance->size(), 60);
        auto status = lead.review().status(m_batch);
        ASSAY_VERIFY_RESULT(status);
        int withReviews = 0;
        for (const Provenance &p : *provenance) {
            // Two answers each, but for the task flagged and routed above (no longer done).
            QVERIFY(p.annotations.size() == 2 || p.annotations.size() == 1);
            QVERIFY(!p.source.isEmpty());
            if (p.source != QLatin1String("tied") && p.source != QLatin1String("none"))
                QVERIFY(!p.value.isEmpty());
            withReviews += p.reviews.isEmpty() ? 0 : 1;
            // Every annotation named is one of the item's.
            auto answers = lead.annotations().annotationsForItem(p.itemId);
            QSet<Id> ids;
            for (const Annotation &a : *answers)
                ids.insert(a.id);
            for (const Id &a : p.annotations)
                QVERIFY(ids.contains(a));
        }
        QVERIFY(withReviews > 0);
        QCOMPARE(status->size(), 1);
        QVERIFY(status->first().reviewed > 0);
        QCOMPARE(status->first().rejected, 0); // the rejection was followed by an acceptance
        // And the same after a rebuild.
        ASSAY_VERIFY_RESULT(m_project->rebuildState());
        auto rebuilt = as(QStringLiteral("lead")).review().provenance(m_batch);
        ASSAY_VERIFY_RESULT(rebuilt);
        QCOMPARE(rebuilt->size(), provenance->size());
        for (qsizetype i = 0; i < rebuilt->size(); ++i)
            QCOMPARE(rebuilt->at(i).toJson(), provenance->at(i).toJson());
        QVERIFY(m_project->verifyLog()->intact);
    }

    // Where rejections go is the lead's per batch: another annotator (the one without the item,
    // least loaded) gets a new task with the reviewer's reason; its answer comes to review when
    // done; "same" sends the next rejection back to its author.
    void rejectionGoesWhereTheLeadSets()
    {
        // Every answer not queued before comes to review.
        ReviewRules all;
        all.rate = 1.0;
        all.seed = 99;
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).review().applyRules(m_batch, all));
        const ReviewEntry e = entryOf(QStringLiteral("rita"), QStringLiteral("ann"));
        // Only a lead sets it; the default is the same annotator.
        QCOMPARE(as(QStringLiteral("rita"))
                         .review()
                         .setReturnRule(m_batch, {ReturnMode::Another, {}})
                         .error()
                         .code,
                 ErrorCode::Permission);
        Project &lead = as(QStringLiteral("lead"));
        QCOMPARE(lead.review().returnRule(m_batch)->mode, ReturnMode::Same);
        QCOMPARE(*lead.review().returnTarget(e.taskId), m_ids.value(QStringLiteral("ann")));
        ASSAY_VERIFY_RESULT(lead.review().setReturnRule(m_batch, {ReturnMode::Another, {}}));
        QCOMPARE(lead.review().returnRule(m_batch)->mode, ReturnMode::Another);
        // Overlap 2 of 3: exactly one of bob and cy has no task on the item.
        Id expected;
        for (const QString &name : {QStringLiteral("bob"), QStringLiteral("cy")}) {
            bool has = false;
            for (const Task &t : *lead.work().batchTasks(m_batch))
                has = has || (t.itemId == e.itemId && t.personId == m_ids.value(name));
            if (!has)
                expected = m_ids.value(name);
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(*lead.review().returnTarget(e.taskId), expected);
        // A named annotator who has the item already is not given it again: back to the author.
        const Id other = expected == m_ids.value(QStringLiteral("bob"))
                                 ? m_ids.value(QStringLiteral("cy"))
                                 : m_ids.value(QStringLiteral("bob"));
        ASSAY_VERIFY_RESULT(lead.review().setReturnRule(m_batch, {ReturnMode::Another, other}));
        QCOMPARE(*lead.review().returnTarget(e.taskId), m_ids.value(QStringLiteral("ann")));
        ASSAY_VERIFY_RESULT(lead.review().setReturnRule(m_batch, {ReturnMode::Another, expected}));
        QCOMPARE(*lead.review().returnTarget(e.taskId), expected);
        QCOMPARE(lead.review()
                         .setReturnRule(m_batch, {ReturnMode::Another, QStringLiteral("rita")})
                         .error()
                         .code,
                 ErrorCode::InvalidInput); // rita does not annotate

        const int tasksBefore = lead.work().batchTasks(m_batch)->size();
        ReviewDecision reject{e.id, ReviewVerdict::Reject, QStringLiteral("missed-object"),
                              QStringLiteral("the second cat"), QStringLiteral("3.2")};
        auto decided = as(QStringLiteral("rita")).review().decide(reject);
        ASSAY_VERIFY_RESULT(decided);
        // The author's answer stays done and rejected; a new task on the item goes to the other.
        QCOMPARE(taskState(e.taskId), TaskState::Done);
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(e.taskId), ReviewStage::Rejected);
        auto tasks = as(QStringLiteral("lead")).work().batchTasks(m_batch);
        QCOMPARE(tasks->size(), tasksBefore + 1);
        const Person expectedPerson = *m_project->people().person(expected);
        Project &redoer = as(expectedPerson.name);
        auto theirs = redoer.work().annotatorQueue(expected, m_batch);
        ASSAY_VERIFY_RESULT(theirs);
        Id returned;
        for (const Task &t : *theirs) {
            if (t.itemId == e.itemId) {
                QCOMPARE(t.state, TaskState::Pending);
                returned = t.id;
            }
        }
        QVERIFY(!returned.isEmpty());
        // The task carries the reviewer's reason, for the one who redoes it.
        auto outcomes = redoer.review().myOutcomes();
        ASSAY_VERIFY_RESULT(outcomes);
        bool withReason = false;
        for (const ReviewOutcome &o : *outcomes) {
            if (o.taskId == returned) {
                QVERIFY(o.returned);
                QCOMPARE(o.verdict, ReviewVerdict::Reject);
                QCOMPARE(o.reasonCode, QStringLiteral("missed-object"));
                QCOMPARE(o.reasonText, QStringLiteral("the second cat"));
                QCOMPARE(o.section, QStringLiteral("3.2"));
                withReason = true;
            }
        }
        QVERIFY(withReason);
        // Neither the old nor the new task waits in a reviewer's queue until the new one is done.
        auto queued = [&](const Id &taskId) {
            for (const ReviewEntry &q : *as(QStringLiteral("ravi")).review().queue(m_batch)) {
                if (q.taskId == taskId)
                    return true;
            }
            return false;
        };
        QVERIFY(!queued(e.taskId));
        QVERIFY(!queued(returned));
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(returned), ReviewStage::None);
        Project &again = as(expectedPerson.name);
        auto answer = again.annotations().startAnnotation(returned);
        ASSAY_VERIFY_RESULT(answer);
        ASSAY_VERIFY_RESULT(again.annotations().setClasses(answer->id, {m_cat}));
        ASSAY_VERIFY_RESULT(again.work().setTaskState(returned, TaskState::Done));
        QVERIFY(queued(returned));
        QVERIFY(!queued(e.taskId));
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(returned), ReviewStage::UnderReview);
        for (const ReviewEntry &q : *as(QStringLiteral("ravi")).review().queue(m_batch)) {
            if (q.taskId == returned) {
                QCOMPARE(q.annotatorId, expected);
                QVERIFY(q.reasons.contains(QStringLiteral("returned")));
            }
        }

        // Back to "same": the next rejection returns the task to its author.
        ASSAY_VERIFY_RESULT(
                as(QStringLiteral("lead")).review().setReturnRule(m_batch, {ReturnMode::Same, {}}));
        const ReviewEntry next = entryOf(QStringLiteral("rita"), QStringLiteral("cy"));
        auto second = as(QStringLiteral("rita"))
                              .review()
                              .decide({next.id, ReviewVerdict::Reject,
                                       QStringLiteral("wrong-class"), QStringLiteral("a dog")});
        ASSAY_VERIFY_RESULT(second);
        QCOMPARE(taskState(next.taskId), TaskState::Pending);
        QCOMPARE(as(QStringLiteral("lead")).work().batchTasks(m_batch)->size(), tasksBefore + 1);
        ASSAY_VERIFY_RESULT(as(QStringLiteral("rita")).review().withdraw(*second));
        QCOMPARE(taskState(next.taskId), TaskState::Done);

        // Undoing a rejection sent elsewhere takes back the new task while nobody started it.
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead"))
                                    .review()
                                    .setReturnRule(m_batch, {ReturnMode::Another, {}}));
        // One of bob's answers on an item somebody else has no task on: bob's redone task on the
        // first item may be queued too, and that one would go back to bob.
        ReviewEntry third;
        for (const ReviewEntry &q : *as(QStringLiteral("rita")).review().queue(m_batch)) {
            if (q.annotatorName == QLatin1String("bob")
                && *as(QStringLiteral("lead")).review().returnTarget(q.taskId)
                           != m_ids.value(QStringLiteral("bob"))) {
                third = q;
                break;
            }
        }
        QVERIFY(!third.id.isEmpty());
        auto sent = as(QStringLiteral("rita"))
                            .review()
                            .decide({third.id, ReviewVerdict::Reject, QStringLiteral("wrong-class"),
                                     QStringLiteral("a cat")});
        ASSAY_VERIFY_RESULT(sent);
        QCOMPARE(as(QStringLiteral("lead")).work().batchTasks(m_batch)->size(), tasksBefore + 2);
        ASSAY_VERIFY_RESULT(as(QStringLiteral("rita")).review().withdraw(*sent));
        QCOMPARE(as(QStringLiteral("lead")).work().batchTasks(m_batch)->size(), tasksBefore + 1);
        ASSAY_VERIFY_RESULT(
                as(QStringLiteral("lead")).review().setReturnRule(m_batch, {ReturnMode::Same, {}}));

        // All of it the same after a replay.
        auto diff = m_project->compareStateWithReplay();
        ASSAY_VERIFY_RESULT(diff);
        QVERIFY(diff->isEmpty());
        QVERIFY(m_project->verifyLog()->intact);
    }

    // The confidence rule reads the batch's stored consensus figures; a batch without any gets
    // them stored first, by the same rules, in the log.
    void confidenceRuleReadsStoredConsensus()
    {
        Project &lead = as(QStringLiteral("lead"));
        auto none = lead.review().storedConsensus(m_batch);
        ASSAY_VERIFY_RESULT(none);
        QVERIFY(none->isEmpty());
        ReviewRules rules;
        rules.rate = 0;
        rules.lowAgreement = false;
        rules.confidenceBelow = 0; // stores the figures, queues nothing
        auto first = lead.review().applyRules(m_batch, rules);
        ASSAY_VERIFY_RESULT(first);
        QCOMPARE(first->byReason.value(QStringLiteral("confidence")), 0);
        auto figures = lead.review().storedConsensus(m_batch);
        ASSAY_VERIFY_RESULT(figures);

        // What was stored is Dawid-Skene over the done class answers, item by item.
        auto work = lead.work().batchWork(m_batch);
        ASSAY_VERIFY_RESULT(work);
        QList<quality::Rating> ratings;
        QHash<Id, int> answers;
        for (const BatchWork &w : *work) {
            if (w.task.kind != TaskKind::Production || w.task.state != TaskState::Done)
                continue;
            QStringList classes = w.annotation.classIds;
            classes.sort();
            ratings.append({w.task.itemId, w.task.personId, classes.join(QLatin1Char('+'))});
            answers[w.task.itemId] += 1;
        }
        auto reference = quality::dawidSkene(*quality::RatingSet::fromRatings(ratings));
        ASSAY_VERIFY_RESULT(reference);
        int compared = 0;
        for (const quality::ConsensusItem &c : reference->items) {
            if (answers.value(c.item) < 2) {
                QVERIFY(!figures->contains(c.item));
                continue;
            }
            QVERIFY(figures->contains(c.item));
            QCOMPARE(figures->value(c.item).label, c.label);
            QCOMPARE(figures->value(c.item).confidence, c.confidence);
            QCOMPARE(figures->value(c.item).answers, answers.value(c.item));
            ++compared;
        }
        QCOMPARE(compared, figures->size());
        QVERIFY(compared >= 55);

        // The rule reads the stored figures, not a fresh run: figures a lead stored put exactly
        // the answers of the item below the bound in the queue, with the stored confidence.
        // Two items nobody has decided on yet (a decided answer leaves the queue).
        QList<Id> undecided;
        for (auto it = figures->cbegin(); it != figures->cend(); ++it) {
            if (as(QStringLiteral("rita")).review().decisions(it.key())->isEmpty())
                undecided.append(it.key());
        }
        std::sort(undecided.begin(), undecided.end());
        QVERIFY(undecided.size() >= 2);
        as(QStringLiteral("lead"));
        const Id low = undecided.at(0);
        const Id high = undecided.at(1);
        ConsensusStored stored;
        stored.batchId = m_batch;
        stored.method = QStringLiteral("dawid-skene");
        stored.items = {{low, figures->value(low).label, 0.3, 2},
                        {high, figures->value(high).label, 0.95, 2}};
        ASSAY_VERIFY_RESULT(lead.record(stored));
        QCOMPARE(lead.review().storedConsensus(m_batch)->size(), 2);
        rules.confidenceBelow = 0.5;
        auto queuing = lead.review().applyRules(m_batch, rules);
        ASSAY_VERIFY_RESULT(queuing);
        QCOMPARE(queuing->byReason.value(QStringLiteral("confidence")), answers.value(low));
        QSet<Id> items;
        for (const ReviewEntry &e : *as(QStringLiteral("rita")).review().queue(m_batch)) {
            if (e.reasons.contains(QStringLiteral("confidence")))
                items.insert(e.itemId);
        }
        QCOMPARE(items, QSet<Id>{low});
        QCOMPARE(as(QStringLiteral("rita")).review().consensusOf(low)->value().confidence, 0.3);

        // Annotators read none of it, nor store any.
        QCOMPARE(as(QStringLiteral("ann")).review().storedConsensus(m_batch).error().code,
                 ErrorCode::Permission);
        QCOMPARE(as(QStringLiteral("bob")).review().consensusOf(low).error().code,
                 ErrorCode::Permission);
        QCOMPARE(as(QStringLiteral("ann")).review().storeConsensus(m_batch).error().code,
                 ErrorCode::Permission);
    }

    void storedConsensusIsReplacedAndReplayed()
    {
        Project &lead = as(QStringLiteral("lead"));
        auto before = lead.review().storedConsensus(m_batch);
        ASSAY_VERIFY_RESULT(before);
        auto stored = lead.review().storeConsensus(m_batch);
        ASSAY_VERIFY_RESULT(stored);
        QCOMPARE(stored->method, QStringLiteral("dawid-skene"));
        QVERIFY(stored->converged);
        auto after = lead.review().storedConsensus(m_batch);
        ASSAY_VERIFY_RESULT(after);
        QCOMPARE(after->size(), stored->items.size()); // replaced, not added to
        QVERIFY(after->size() > before->size());
        const Id item = after->cbegin().key();
        auto one = as(QStringLiteral("rita")).review().consensusOf(item);
        ASSAY_VERIFY_RESULT(one);
        QVERIFY(one->has_value());
        QCOMPARE((*one)->confidence, after->value(item).confidence);
        auto diff = m_project->compareStateWithReplay();
        ASSAY_VERIFY_RESULT(diff);
        QVERIFY(diff->isEmpty());
    }

    // An export of final labels writes what a reviewer's fix or an adjudication decided, not
    // the annotators' answers (which an export of all annotations still writes).
    void exportWritesTheFixedAndAdjudicatedAnswers()
    {
        // An item whose two answers wait for review: one answer fixed to both classes (nobody said that), the other
        // rejected; its final label is the fix.
        QHash<Id, QList<ReviewEntry>> open;
        for (const ReviewEntry &e : *as(QStringLiteral("rita")).review().queue(m_batch)) {
            if (!e.blind)
                open[e.itemId].append(e);
        }
        // Only items whose every answer is one of the two (a redone task may have added a
        // third, or an answer may wait blind) and that nobody adjudicated.
        QHash<Id, Provenance> before;
        for (const Provenance &p : *as(QStringLiteral("lead")).review().provenance(m_batch))
            before.insert(p.itemId, p);
        Id fixedItem;
        for (auto it = open.cbegin(); it != open.cend() && fixedItem.isEmpty(); ++it) {
            if (it->size() != 2
                || !as(QStringLiteral("rita")).review().decisions(it.key())->isEmpty()
                || before.value(it.key()).annotations.size() != 2
                || !before.value(it.key()).adjudications.isEmpty())
                continue;
            fixedItem = it.key();
            ReviewDecision fix{it->at(0).id,
                               ReviewVerdict::Fix,
                               QStringLiteral("wrong-class"),
                               {},
                               {}};
            fix.fix = AnswerValue{{m_cat, m_dog}, {}};
            ASSAY_VERIFY_RESULT(as(QStringLiteral("rita")).review().decide(fix));
            ASSAY_VERIFY_RESULT(as(QStringLiteral("rita"))
                                        .review()
                                        .decide({it->at(1).id, ReviewVerdict::Reject,
                                                 QStringLiteral("wrong-class"),
                                                 QStringLiteral("both are there")}));
        }
        QVERIFY(!fixedItem.isEmpty());
        Project &lead = as(QStringLiteral("lead"));
        auto provenance = lead.review().provenance(m_batch);
        ASSAY_VERIFY_RESULT(provenance);
        QHash<Id, QStringList> decided; // item -> classes a fix or an adjudication made final
        QHash<QString, int> by;
        for (const Provenance &p : *provenance) {
            by[p.decidedBy] += 1;
            if (p.decidedBy == QLatin1String("fix") || p.decidedBy == QLatin1String("adjudication"))
                decided.insert(p.itemId, p.value.classIds);
        }
        QCOMPARE(decided.value(fixedItem).size(), 2);
        QVERIFY2(by.value(QStringLiteral("fix")) > 0 && by.value(QStringLiteral("adjudication")) > 0,
                 qPrintable(QStringList(by.keys()).join(QLatin1Char(','))));
        ASSAY_VERIFY_RESULT(lead.work().decideBatch(m_batch, true, {}));
        const QString out = m_dir.filePath(QStringLiteral("final.csv"));
        transfer::ExportOptions options;
        options.format = QStringLiteral("csv");
        auto summary = transfer::exportDataset(lead, out, options);
        ASSAY_VERIFY_RESULT(summary);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() > 1);
        const auto taxonomy = *lead.taxonomy().get();
        QHash<Id, QStringList> written; // item -> class names in the file
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            QVERIFY(cells.size() >= 2);
            written[QString::fromUtf8(cells.at(0))].append(QString::fromUtf8(cells.at(1)));
        }
        for (auto it = decided.cbegin(); it != decided.cend(); ++it) {
            QStringList expected;
            for (const Id &c : it.value())
                expected.append(taxonomy.findById(c)->name);
            expected.sort();
            QStringList got = written.value(it.key());
            got.sort();
            QCOMPARE(got, expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Review)
#include "tst_review.moc"
