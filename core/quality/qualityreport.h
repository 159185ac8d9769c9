// SPDX-License-Identifier: Apache-2.0
// A batch's quality report: agreement per batch, class, person and pair, gold accuracy,
// acceptance verdicts, consensus labels with provenance, and anomalies.
#pragma once

#include "core/domain/types.h"
#include "core/quality/agreement.h"
#include "core/quality/boxmatching.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace assay::core::quality {

// One submitted answer (a done task's annotation), as the store hands it over.
struct WorkRecord
{
    QString annotationId;
    QString taskId;
    QString itemId;
    QString person; // name, as reports show it
    TaskKind kind = TaskKind::Production;
    QStringList classIds;
    QList<Box> boxes;
    qint64 timeSpentMs = 0;
    std::optional<double> goldScore; // gold tasks that were scored
};

// Acceptance criteria of a batch; an absent bound is not checked.
struct Criteria
{
    std::optional<double> alphaMin;
    std::optional<double> goldMin;
    std::optional<double> lowMax;   // maximum share of items below itemThreshold
    std::optional<double> auditMin; // review: share of audited answers accepted unchanged
    double itemThreshold = 0.5;     // an item's share of agreeing pairs of ratings
};
// "alpha>=0.8,gold>=0.9,low<=0.05[,item>=0.5][,audit>=0.95]" → criteria; errors name the bad
// term.
Result<QJsonObject> parseCriteria(const QString &text);
Criteria criteriaFromJson(const QJsonObject &json);

enum class ConsensusMethod { Majority, DawidSkene };

struct ReportOptions
{
    Criteria criteria;
    ConsensusMethod method = ConsensusMethod::Majority;
    qint64 minTimeMs = 500;   // answers faster than this are reported
    double overuseFactor = 2; // a person's share of a class above factor x the others' share
    int overuseMinUses = 10;  // ... and used at least this often
    // Review figures of the batch (ReviewService), reported beside the others and checked by
    // the audit criterion: accuracy overall and per person (by name: answers audited, share).
    std::optional<double> auditAccuracy;
    int audited = 0;
    QHash<QString, std::pair<int, double>> auditByPerson;
    std::optional<double> reviewerAgreement;
    int reviewerPairs = 0;
    // Only the answers made under these versions (as numbered in this copy; 0: any), so a lead
    // can compare agreement before and after a guideline or taxonomy change. A filtered report
    // leaves out the review figures, which are the batch's as a whole.
    int taxonomyVersion = 0;
    int guidelineVersion = 0;
    // Whether the version filter counts an answer.
    bool counts(const Annotation &answer) const
    {
        return (taxonomyVersion == 0 || answer.taxonomyVersion == taxonomyVersion)
               && (guidelineVersion == 0 || answer.guidelineVersion == guidelineVersion);
    }
};

// Labels as `taxonomy` reads them: classes and boxes through its merges and splits (the one
// reading of the report, the panel's drill-downs and gold scoring).
void readThrough(const Taxonomy &taxonomy, QStringList *classIds, QList<Box> *boxes);

struct Verdict
{
    QString criterion; // "alpha", "gold", "low"
    QString op;        // ">=" or "<="
    double bound = 0;
    std::optional<double> value;
    QString verdict; // "pass", "fail", "undefined"
    QString reason;  // why undefined, or empty
};

struct ClassFigures
{
    QString classId;
    int uses = 0;
    Result<double> alpha = Error{};  // one-vs-rest Krippendorff's alpha
    std::optional<double> agreement; // of the ratings of this class, the share agreed by
                                     // the other ratings of the same item (specific agreement)
};

struct PersonFigures
{
    QString person;
    int answers = 0;
    int goldTasks = 0;
    std::optional<double> goldAccuracy;
    std::optional<double> consensusAgreement; // share of answers equal to the consensus label
    int audited = 0;
    std::optional<double> auditAccuracy; // share of audited answers accepted unchanged
};

struct PairFigures
{
    QString a;
    QString b;
    int items = 0;
    Result<double> kappa = Error{};
    std::optional<double> boxF1;
    std::optional<double> boxMeanIou;
};

struct FinalLabel
{
    QString itemId;
    QString label; // sorted class ids joined by '+'; empty when tied
    QStringList tied;
    double confidence = 0;
    QStringList provenance; // annotation ids
};

struct Anomaly
{
    QString kind; // "fast", "overuse", "duplicate"
    QString person;
    QString itemId;  // fast, duplicate
    QString classId; // overuse
    QStringList annotations;
    double value = 0; // fast: ms; overuse: the person's share
    double other = 0; // overuse: the others' share
    int count = 0;    // overuse: uses
};

struct QualityReport
{
    int items = 0;
    int answers = 0;
    AgreementReport agreement;
    std::optional<double> goldAccuracy;
    int goldTasks = 0;
    std::optional<double> lowShare; // share of items (2+ ratings) below the item threshold
    int lowItems = 0;
    BoxAgreement boxes; // all rater pairs summed
    std::optional<double> auditAccuracy;
    int audited = 0;
    std::optional<double> reviewerAgreement; // blind second reviews reaching the first verdict
    int reviewerPairs = 0;
    QList<Verdict> verdicts;
    bool accepted() const; // every verdict passes
    QList<ClassFigures> classes;
    QList<PersonFigures> people;
    QList<PairFigures> pairs;
    QList<FinalLabel> finalLabels;
    QList<Anomaly> anomalies;
};

QualityReport qualityReport(const QList<WorkRecord> &work, const ReportOptions &options);

} // namespace assay::core::quality
