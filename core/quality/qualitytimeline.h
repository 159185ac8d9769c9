// SPDX-License-Identifier: Apache-2.0
// Quality over time: per person gold and audit accuracy and time per task, per class agreement,
// drift alerts with their evidence, gold references most people miss, pairwise agreement with
// the items of each disagreement, and bootstrap confidence intervals of agreement.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assay::core::quality {

// One done task's answer with when it was given and what checked it.
struct TimedAnswer
{
    QString annotationId;
    QString itemId;
    QString person;
    QString batch; // name
    TaskKind kind = TaskKind::Production;
    QStringList classIds;
    qint64 timeSpentMs = 0;
    QDateTime time; // when it was given (UTC); orders a person's answers
    int taxonomyVersion = 0;
    int guidelineVersion = 0;
    std::optional<double> goldScore;   // a scored gold answer: its score
    std::optional<bool> goldPassed;    // ... and whether it passed
    std::optional<bool> auditAccepted; // audited: accepted unchanged (true) or fixed/rejected
    QStringList goldReference;         // gold answers: the reference classes
};

// Drift tests. Accuracy: a one-sided two-proportion z-test of a person's last `window` gold
// answers against all their earlier ones (at least `baselineMin`); an alert when
// z = (p_earlier - p_recent) / sqrt(p(1-p)(1/n_earlier + 1/n_recent)) >= zThreshold, p pooled.
// It is run after each gold answer, so a drop is alerted at the latest `window` answers after
// it began when it is large enough to be told apart from chance at that size. With the
// defaults (20 answers, z >= 3.3, one-sided alpha 0.0005 per look), measured on seeded streams
// (tst_qualitytimeline, bench_drift): a steady person (pass rate 0.9) gets an alert somewhere
// in 100 answers in about 1.5% of streams; a drop from 0.95 to 0.5 is alerted within 20
// answers in about 85%, to 0.4 in about 95%. Class shift: the Jensen-Shannon divergence (base 2,
// in [0, 1]) between a person's last `classWindow` production answers' class distribution and the
// rest of the cohort's answers over the same period; an alert at >= jsThreshold when the person
// has at least classMin answers and the cohort as many.
struct DriftOptions
{
    int window = 20;
    int baselineMin = 10;
    double zThreshold = 3.3;
    int classWindow = 50;
    int classMin = 30;
    double jsThreshold = 0.15;
};

struct TimelineOptions
{
    enum class Bucket { Day, Tasks };
    Bucket bucket = Bucket::Day;
    int bucketTasks = 20; // Tasks: a point per this many of the person's answers
    double goldThreshold = 0.8;
    DriftOptions drift;
    int suspectMinAnswers = 3;     // a gold item needs this many answers to be suspected
    double suspectMissShare = 0.5; // ... and more than this share of them missing the reference
};

struct SeriesPoint
{
    QString label; // "2026-12-01", or "1-20" for a bucket of tasks
    int count = 0; // answers behind the value
    std::optional<double> value;
};

struct PersonSeries
{
    QString person;
    QList<SeriesPoint> gold;        // mean gold score (the rolling accuracy's measure)
    QList<SeriesPoint> audit;       // share of audited answers accepted unchanged
    QList<SeriesPoint> timePerTask; // median seconds per answer
};

struct ClassSeries
{
    QString classId;
    QList<SeriesPoint> agreement; // specific agreement of the class among items of the bucket
};

struct DriftAlert
{
    QString kind; // "accuracy-drop", "class-shift"
    QString person;
    QString from; // the recent window's first and last answer time (ISO 8601)
    QString to;
    int earlierCount = 0; // accuracy: earlier gold answers; class: cohort answers
    int recentCount = 0;
    double earlier = 0;   // accuracy: share passed before; class: 0
    double recent = 0;    // accuracy: share passed in the window; class: 0
    double statistic = 0; // z, or the Jensen-Shannon divergence
    double threshold = 0;
    QString classId; // class shift: the class whose share moved most
    double personShare = 0;
    double cohortShare = 0;
};

struct SuspectGold
{
    QString itemId;
    QStringList reference;
    int answers = 0;
    int missed = 0;
    QList<std::pair<QString, int>> answeredAs; // label ("a+b", or "" for none) and count, most first
};

struct PairAgreement
{
    QString a;
    QString b;
    int items = 0; // labeled by both
    std::optional<double> kappa;
    QString note;          // why kappa is undefined
    QStringList disagreed; // item ids where their labels differ
};

struct BootstrapInterval
{
    std::optional<double> value;
    std::optional<double> low; // 2.5th and 97.5th percentiles of the resampled values
    std::optional<double> high;
    int resamples = 0;
    quint64 seed = 0;
    int items = 0;
};

struct QualityTimeline
{
    QList<PersonSeries> people;
    QList<ClassSeries> classes;
    QList<DriftAlert> alerts;
    QList<SuspectGold> suspectGold;
    QList<PairAgreement> pairs;
};

QualityTimeline qualityTimeline(const QList<TimedAnswer> &answers, const TimelineOptions &options);

// The accuracy test over one person's gold answers in order (true: passed): every alert the
// scan raises, as the index of the last answer of its window; consecutive firings are one alert.
struct AccuracyFiring
{
    int first = 0; // index of the answer after which it first fired
    int last = 0;  // index of the window's last answer where the evidence is strongest
    int earlierCount = 0;
    double earlier = 0;
    double recent = 0;
    double z = 0;
};
QList<AccuracyFiring> accuracyDrift(const QList<bool> &passes, const DriftOptions &options);

// Jensen-Shannon divergence (base 2) of two count vectors over the same labels.
double jensenShannon(const QList<double> &p, const QList<double> &q);

// Krippendorff's alpha of the items' labels (item -> rater -> label) with a percentile
// bootstrap over items: `resamples` draws of as many items with replacement, std::mt19937_64
// seeded with `seed` (an index is the engine's output modulo the count, so the draws are the
// same on every platform).
BootstrapInterval bootstrapAlpha(const QList<QPair<QString, QList<QPair<QString, QString>>>> &items,
                                 int resamples, quint64 seed);

// "a+b": an answer's classes, sorted, as one nominal label.
QString labelOf(const QStringList &classIds);

} // namespace assay::core::quality
