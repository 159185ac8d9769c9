// SPDX-License-Identifier: Apache-2.0
// ReviewService: review queues filled by a lead's rules, reviewers' decisions with their
// reasons, adjudication of escalated items, and the provenance of each final label.
#pragma once

#include "core/project/service.h"
#include "core/review/reviewevents.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace assay::core {

namespace store {
class ApplierRegistry;
class Database;
} // namespace store

// What a lead sets for a batch's review queue.
struct ReviewRules
{
    double rate = 0.05;      // spot-audit share of the batch's done production answers; 0: none
    int minPerAnnotator = 1; // at least this many of each annotator's answers
    // Every answer of an item whose share of agreeing pairs is below this (the batch's item
    // threshold when unset and `lowAgreement` is on).
    bool lowAgreement = true;
    std::optional<double> agreementBelow;
    // Items whose consensus confidence (the batch's stored Dawid-Skene figures; stored first
    // when the batch has none) is below this.
    std::optional<double> confidenceBelow;
    std::optional<quint64> seed; // drawn at random when unset; kept in the event
};

// What applying rules put in the queue.
struct ReviewQueuing
{
    quint64 seed = 0;
    int candidates = 0; // done production answers of the batch
    QHash<QString, int> byReason;
    int entries = 0; // answers new to the queue
};

// Where a batch's rejected answers go: back to their annotator, or to another annotator
// (the one named, or when none is, the least-loaded annotator of the batch but the author).
enum class ReturnMode { Same, Another };
struct ReturnRule
{
    ReturnMode mode = ReturnMode::Same;
    Id personId; // another: this person; empty: the least loaded
};

enum class ReviewStage { None, UnderReview, Accepted, Rejected, Escalated };
QString reviewStageName(ReviewStage stage);
// The stage of a task's answer in this copy's state: from the review queue where the copy
// holds it, else from what its annotator was told (review.locked) and the decisions on it.
// The appliers use it too, so that an annotator's change to an answer under review or
// accepted is refused wherever the events meet, not only where it was made.
Result<ReviewStage> answerStage(store::Database *db, const Id &taskId);

// One answer in a reviewer's queue, with why it is there.
struct ReviewEntry
{
    Id id;
    Id batchId;
    Id taskId;
    Id itemId;
    Id annotatorId;
    QString annotatorName;
    Id annotationId;
    Id classId;
    QStringList reasons; // "audit", "agreement", "flag", "confidence", "rereview", "resubmitted"
    std::optional<double> agreement;
    std::optional<double> confidence;
    int position = 0;
    bool blind = false; // a second review: the first one is not shown
};

enum class ReviewOrder { Agreement, Annotator, Class, Random };
bool parseReviewOrder(const QString &name, ReviewOrder *order);

// A reviewer's decision, as the window or the command line asks for it.
struct ReviewDecision
{
    Id entryId;
    ReviewVerdict verdict = ReviewVerdict::Accept;
    QString reasonCode; // required for reject: one of reasons()
    QString reasonText; // required for reject and escalate
    QString section;
    std::optional<AnswerValue> fix; // required for fix
    QList<BoxRemark> boxRemarks;
};

// A decision as recorded.
struct ReviewRecord
{
    Id eventId;
    Id entryId;
    Id taskId;
    Id annotationId;
    Id itemId;
    Id annotatorId;
    Id reviewerId;
    QString reviewerName;
    ReviewVerdict verdict = ReviewVerdict::Accept;
    QString reasonCode;
    QString reasonText;
    QString section;
    std::optional<AnswerValue> fix;
    QList<BoxRemark> boxRemarks;
    QString time;
    bool withdrawn = false;
    Id returnTo; // a rejection sent to another annotator, and the task made for them
    Id returnTask;
};

// One version of an item's answer: a value and who gave it ("3 annotators: car").
struct AnswerVersion
{
    int number = 0; // 1-based, most supporters first
    AnswerValue value;
    QStringList annotationIds;
    QStringList people; // names of the supporters (a fix: the reviewer's)
    bool fix = false;   // a reviewer's correction
};

struct AdjudicationRecord
{
    Id eventId;
    Id itemId;
    Id adjudicatorId;
    QString adjudicatorName;
    QStringList chosen;
    AnswerValue answer;
    QList<AnswerVersionRef> notChosen;
    QString reasonCode;
    QString reasonText;
    QString section;
    Id supersedes;
    bool current = false; // not superseded
    QString time;
};

// An adjudicator's decision: a version chosen, or a new answer, with its justification.
struct AdjudicationRequest
{
    Id itemId;
    std::optional<int> version; // from versions(item)
    std::optional<AnswerValue> answer;
    QString reasonCode;
    QString reasonText;
    QString section;
};

// Per batch: how far its review is.
struct ReviewStatus
{
    Id batchId;
    QString batchName;
    int sampled = 0; // entries
    int reviewed = 0;
    int accepted = 0;
    int fixed = 0;
    int rejected = 0;
    int escalated = 0;
    int adjudicated = 0;
    QHash<QString, int> rejectedByReason;
};

// Audit figures of one annotator: share of audited answers accepted unchanged.
struct AuditFigures
{
    Id personId;
    QString name;
    int audited = 0; // answers with a decision (accept, fix, reject)
    int accepted = 0;
    int fixed = 0;
    int rejected = 0;
    std::optional<double> accuracy;
    QHash<QString, int> byReason; // fixes and rejections
    QHash<QString, int> byClass;  // fixes and rejections
};

// Reviewer-to-reviewer agreement: blind second reviews that reached the first's verdict.
struct ReviewerAgreement
{
    int pairs = 0;
    int agreed = 0;
    std::optional<double> share;
};

// Where an item's final label comes from.
struct Provenance
{
    Id itemId;
    QString source; // "adjudication", "review", "consensus", "annotation", "tied"
    // What decided the label, for counts: "annotation" (annotation only), "accept" (a review
    // accepted it), "fix" (a reviewer's fix), "adjudication"; empty when there is none.
    QString decidedBy;
    AnswerValue value;
    QStringList annotations;
    QStringList reviews;       // decision event ids
    QStringList adjudications; // every adjudication, the current last
    QJsonObject toJson() const;
};

// What an annotator may read of the reviews of their own answers.
struct ReviewOutcome
{
    Id taskId;
    Id itemId;
    ReviewVerdict verdict = ReviewVerdict::Accept;
    QString reasonCode;
    QString reasonText;
    QString section;
    QString time;
    bool returned = false; // another annotator's answer, rejected and sent to this one to redo
    QList<BoxRemark> boxRemarks; // the reviewer's remarks, some pinned to a region of the image
};

class ReviewService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // Rules (a lead): fills the batch's queue, one event.
    Result<ReviewQueuing> applyRules(const Id &batchId, const ReviewRules &rules);
    // Flagged tasks a lead sends to review (flags go to the lead first).
    Result<int> routeFlags(const QStringList &taskIds);
    // A share of already reviewed answers back to the queue, blind, for another reviewer.
    Result<int> drawRereview(const Id &batchId, double share, std::optional<quint64> seed = {});

    // Where the batch's rejected answers go (a lead), and who a rejection of the task goes to.
    Status setReturnRule(const Id &batchId, const ReturnRule &rule);
    Result<ReturnRule> returnRule(const Id &batchId) const;
    Result<Id> returnTarget(const Id &taskId) const;

    // A batch's consensus figures (Dawid-Skene over its class answers), recorded so that queues
    // and the review view read them instead of running it again; a new run replaces them.
    Result<ConsensusStored> storeConsensus(const Id &batchId);
    Result<QHash<Id, ConsensusRow>> storedConsensus(const Id &batchId) const;
    Result<std::optional<ConsensusRow>> consensusOf(const Id &itemId) const; // the latest stored

    Result<QList<ReviewReason>> reasons() const; // the lead's list, or the defaults
    Status setReasons(const QList<ReviewReason> &reasons);

    // The acting reviewer's queue: entries not yet decided (or resubmitted after a rejection),
    // never their own answers nor a second review of their own decision.
    Result<QList<ReviewEntry>> queue(const Id &batchId = {},
                                     ReviewOrder order = ReviewOrder::Agreement,
                                     quint64 randomSeed = 0) const;
    Result<ReviewEntry> entry(const Id &entryId) const;
    Result<Id> decide(const ReviewDecision &decision); // the event's id
    Status withdraw(const Id &decisionEventId);        // undo
    Result<QList<ReviewRecord>> decisions(const Id &itemId) const;

    Result<QList<AnswerVersion>> versions(const Id &itemId) const;
    Result<QList<Id>> adjudicationQueue() const; // items escalated and not adjudicated since
    Result<Id> adjudicate(const AdjudicationRequest &request);
    Result<QList<AdjudicationRecord>> adjudications(const Id &itemId) const;

    Result<QList<ReviewStatus>> status(const Id &batchId = {}) const;
    Result<QList<AuditFigures>> auditFigures(const Id &batchId = {}) const;
    Result<ReviewerAgreement> reviewerAgreement(const Id &batchId = {}) const;
    // A batch's audit accuracy (all annotators), for acceptance criteria.
    Result<std::optional<double>> auditAccuracy(const Id &batchId) const;
    Result<QList<Provenance>> provenance(const Id &batchId = {}) const;
    Result<QList<ReviewOutcome>> myOutcomes() const;

    // An answer's stage: what AnnotationService and WorkService check before a change.
    Result<ReviewStage> stage(const Id &taskId) const;
    // Refuses a change of the task's answer while it is under review or accepted.
    Status checkAnswerOpen(const Id &taskId) const;

    static void registerAppliers(store::ApplierRegistry &registry);

private:
    Result<QList<ReviewEntry>> entries(const Id &batchId, const Id &entryId = {}) const;
    Status recordLocks(const QMap<Id, ReviewLocked> &locks);
    Result<QHash<Id, ReviewRecord>> activeDecisions(const Id &batchId) const;
    Result<QList<ReviewRecord>> decisionsWhere(const char *where, const QString &arg) const;
};

} // namespace assay::core
