// SPDX-License-Identifier: Apache-2.0
// Events of review and adjudication: what each records, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRectF>

#include <optional>

namespace assay::core {

// An answer's value as a review or an adjudication states it: whole-item classes and boxes.
struct AnswerValue
{
    QStringList classIds;
    QList<Box> boxes;
    bool operator==(const AnswerValue &o) const = default;
    bool isEmpty() const { return classIds.isEmpty() && boxes.isEmpty(); }
    QJsonObject toJson() const;
    static AnswerValue fromJson(const QJsonObject &o);
};

// One answer put in a batch's review queue, and why ("audit", "agreement", "flag",
// "confidence", "rereview"). Rows are compact arrays in the payload.
struct ReviewEntryRow
{
    Id id;
    Id taskId;
    Id itemId;
    Id annotatorId;
    Id classId;
    QString reason;
    std::optional<double> agreement;  // the item's share of agreeing pairs of answers
    std::optional<double> confidence; // the item's stored consensus confidence
    Id rereviewOf;                    // a blind second review of this entry
    Id excludePerson;                 // who may not take it (the first reviewer)
};

// A lead's rules applied to a batch: the entries they put in its review queue, with the seed
// the spot-audit sample was drawn from (kept as text: a JSON number would lose bits). Entries
// are in the payload, so a replay needs no random numbers; an answer already queued gets the
// new reason added. Readable by reviewers, not by the annotators it samples.
struct ReviewQueued final
{
    static constexpr EventKind kind{"review.queued", 1, Action::ManageBatches, false, "reviewers"};
    Id batchId;
    QString seed;
    QJsonObject rules;
    QList<ReviewEntryRow> entries;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<ReviewQueued> fromJson(const QJsonObject &payload);
};

// Tells an annotator which of their answers a lead's rules put under review, so that their own
// copy (which holds no review queue) refuses to change them as the lead's does. Recorded with
// the review.queued event that queued them; readable by that annotator and by leads.
struct ReviewLocked final
{
    static constexpr EventKind kind{"review.locked", 1, Action::ManageBatches};
    Id batchId;
    Id annotatorId;
    QStringList taskIds;
    QJsonObject extra;
    QString audience() const { return QStringLiteral("person:") + annotatorId; }
    QJsonObject toJson() const;
    static Result<ReviewLocked> fromJson(const QJsonObject &payload);
};

// One item's consensus as a batch's stored figures give it.
struct ConsensusRow
{
    Id itemId;
    QString label;         // sorted class ids joined by '+'; empty when tied
    double confidence = 0; // the label's posterior probability
    int answers = 0;
};

// A batch's consensus figures, stored so that review queues and the review view read them
// instead of running Dawid-Skene again: per item of two or more class answers, the consensus
// class set and its posterior probability (Dawid & Skene 1979). Derived from everyone's
// answers, so readable by reviewers and leads only.
struct ConsensusStored final
{
    static constexpr EventKind kind{"review.consensus_stored", 1, Action::ManageBatches, false,
                                    "reviewers"};
    Id batchId;
    QString method; // "dawid-skene"
    int iterations = 0;
    bool converged = true;
    QList<ConsensusRow> items;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<ConsensusStored> fromJson(const QJsonObject &payload);
};

// The lead's list of reasons a reviewer or adjudicator chooses from (the whole list, replaced).
struct ReviewReason
{
    QString code; // "box-too-loose"
    QString text; // "box too loose"
};

struct ReviewReasonsSet final
{
    static constexpr EventKind kind{"review.reasons_set", 1, Action::ManageBatches};
    QList<ReviewReason> reasons;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<ReviewReasonsSet> fromJson(const QJsonObject &payload);
};

enum class ReviewVerdict { Accept, Fix, Reject, Escalate };
QString reviewVerdictName(ReviewVerdict verdict); // "accept", "fix", "reject", "escalate"
bool parseReviewVerdict(const QString &name, ReviewVerdict *verdict);

// A remark on one box, optionally pinned to a region of the image.
struct BoxRemark
{
    Id boxId;
    ReviewVerdict verdict = ReviewVerdict::Accept;
    QString reasonCode;
    QString text;
    std::optional<QRectF> region;
    QJsonObject toJson() const;
    static BoxRemark fromJson(const QJsonObject &o);
};

// A reviewer's decision on one answer. A fix is kept here, beside the answer, never over it;
// a rejection sends the task back to its annotator with the reason. Readable by the annotator
// whose answer it is (and those who may read others' queues).
struct ReviewDecided final
{
    static constexpr EventKind kind{"review.decided", 1, Action::Review};
    Id entryId;
    Id taskId;
    Id annotationId;
    Id itemId;
    Id annotatorId;
    ReviewVerdict verdict = ReviewVerdict::Accept;
    QString reasonCode;
    QString reasonText;
    QString section; // a guideline section, when one is cited
    std::optional<AnswerValue> fix;
    QList<BoxRemark> boxRemarks;
    // A rejection the batch sends to another annotator: who, and the new task it makes (which
    // is also the id of the new task's review entry). Empty: back to the same annotator.
    Id returnTo;
    Id returnTask;
    QJsonObject extra;
    QString audience() const { return QStringLiteral("person:") + annotatorId; }
    QJsonObject toJson() const;
    static Result<ReviewDecided> fromJson(const QJsonObject &payload);
};

// Where a batch's rejected answers go: "same" (their annotator, the default) or "another"
// annotator, named (person_id) or, when unnamed, the least-loaded annotator of the batch other
// than the author, chosen when the rejection is recorded.
struct ReviewReturnSet final
{
    static constexpr EventKind kind{"review.return_set", 1, Action::ManageBatches, false,
                                    "reviewers"};
    Id batchId;
    QString mode; // "same", "another"
    Id personId;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<ReviewReturnSet> fromJson(const QJsonObject &payload);
};

// A decision taken back (undo): it stays in the log, marked withdrawn; a rejected task that its
// annotator has not touched since is done again.
struct ReviewWithdrawn final
{
    static constexpr EventKind kind{"review.withdrawn", 1, Action::Review};
    Id decisionId; // the review.decided event
    Id taskId;
    Id annotatorId;
    QJsonObject extra;
    QString audience() const { return QStringLiteral("person:") + annotatorId; }
    QJsonObject toJson() const;
    static Result<ReviewWithdrawn> fromJson(const QJsonObject &payload);
};

// A version of an item's answer: one value and the annotations (or fixes) that gave it.
struct AnswerVersionRef
{
    QStringList annotationIds;
    AnswerValue value;
};

// An adjudicator's decision on an item: the chosen version's annotations (none for a new
// answer), the value that stands, the versions not chosen, the justification. A later
// adjudication supersedes it and keeps it.
struct AdjudicationDecided final
{
    static constexpr EventKind kind{"review.adjudicated", 1, Action::Adjudicate, false, "reviewers"};
    Id itemId;
    Id batchId;
    QStringList chosen;
    AnswerValue answer;
    QList<AnswerVersionRef> notChosen;
    QString reasonCode;
    QString reasonText;
    QString section;
    Id supersedes; // the adjudication event it revisits
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<AdjudicationDecided> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
