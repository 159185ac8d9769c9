// SPDX-License-Identifier: Apache-2.0
// CalibrationService: calibration sets (reference answers with explanations), sessions for a
// cohort, their results, the rule that judges attempts and lifts the recalibration gate, and
// each member's debrief.
#pragma once

#include "core/calibration/calibrationscoring.h"
#include "core/project/service.h"
#include "core/quality/boxmatching.h"

#include <QMap>

#include <optional>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

struct CalibrationReference
{
    Id itemId;
    QStringList classIds;
    QList<Box> boxes;
    QString explanation;
    QString section; // a guideline section anchor, e.g. "3.2-occluded"
};

struct CalibrationSet
{
    Id id;
    QString name;
    int items = 0;
    QString time;
};

struct CalibrationSessionSpec
{
    QString name;
    QString set;         // name or id
    QStringList members; // names or ids
    double passAccuracy = 0.8;
    double passBoxF1 = 0.8;
    QDateTime opensAt;  // invalid: at once
    QDateTime closesAt; // invalid: no end
    int maxAttempts = 2;
    bool onboarding = false; // members get no production task until they pass
};

struct CalibrationSession
{
    Id id;
    QString name;
    Id setId;
    QString setName;
    QStringList memberIds;
    double passAccuracy = 0.8;
    double passBoxF1 = 0.8;
    QString opensAt;
    QString closesAt;
    int maxAttempts = 2;
    bool onboarding = false;
    bool closed = false;
    QString time;
};

// Where a member stands: working on an attempt, passed, failed for good, or waiting for the
// trainer's side to judge a finished attempt.
enum class MemberState { Working, Finished, Passed, Failed };
QString memberStateName(MemberState state); // "working", "finished", "passed", "failed"

struct JudgedAttempt
{
    int attempt = 0;
    bool passed = false;
    std::optional<double> accuracy;
    std::optional<double> boxF1;
    int answered = 0;
    int items = 0;
    QStringList hints;
};

struct MemberStatus
{
    Id personId;
    QString name;
    int attempt = 0; // the latest attempt queued
    int done = 0;    // of its tasks
    int total = 0;
    MemberState state = MemberState::Working;
    QList<JudgedAttempt> judged;
    bool gated = false; // under the recalibration gate
};

// One person against the references, at their latest attempt with answers.
struct PersonCalibrationResult
{
    Id personId;
    QString name;
    int attempt = 0;
    MemberState state = MemberState::Working;
    calibration::Figures figures;
    bool passes = false; // by the session's pass mark, on these figures
    QString reason;      // why not ready (empty when ready)
    bool gated = false;
};

// How the cohort answered one item (first attempts: the independent answers).
struct ItemSpread
{
    Id itemId;
    QString path;
    QStringList referenceClasses; // ids
    int referenceBoxes = 0;
    QMap<QString, int> answers; // the answer's classes ("a+b"), or "N boxes" -> people
    int answered = 0;
    int wrong = 0;
    std::optional<double> meanBoxF1; // of the answers against the reference
    QString explanation;
    QString section;
    QList<std::pair<QString, QList<Box>>> boxes; // person name -> their boxes, to overlay
};

struct PairAgreement
{
    QString a;
    QString b;
    int items = 0;
    std::optional<double> kappa;
};

struct CohortAgreement
{
    int raters = 0;
    std::optional<double> alpha; // Krippendorff, nominal, among members
    QString alphaNote;           // why there is none
    QList<PairAgreement> pairs;  // pairwise Cohen's kappa among members
    std::optional<double> meanPairKappa;
    std::optional<double> meanKappaWithReference; // each member's kappa with the reference
    std::optional<double> meanAccuracy;           // with the reference
    std::optional<double> meanPairBoxF1;          // members with each other
    std::optional<double> meanBoxF1;              // with the reference
};

struct SessionResults
{
    CalibrationSession session;
    QList<PersonCalibrationResult> people;
    QList<ItemSpread> items;
    CohortAgreement cohort;
    QList<ItemSpread> mostMissed; // items most people got wrong, most first (at least one)
    QHash<Id, QString> classNames;
};

struct DebriefItem
{
    Id itemId;
    QString path;
    ItemKind kind = ItemKind::Image;
    QStringList answerClasses;
    QList<Box> answerBoxes;
    bool answered = false;
    QStringList referenceClasses;
    QList<Box> referenceBoxes;
    QString explanation;
    QString section;
    bool correct = false;
};

struct Debrief
{
    CalibrationSession session;
    Id personId;
    QString name;
    int attempt = 0;
    bool passed = false;
    calibration::Figures figures;
    QList<DebriefItem> items;
    QHash<Id, QString> classNames;
};

// What applying the session's rule did for one member.
struct CalibrationJudgement
{
    Id personId;
    QString name;
    int attempt = 0;
    bool passed = false;
    bool retry = false;   // a next attempt was queued
    bool debrief = false; // the debrief was released
    bool gateLifted = false;
    bool gateSet = false;
    QStringList hints;
};

class CalibrationService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // Sets: for trainers and leads.
    Result<CalibrationSet> createSet(const QString &name);
    Status addReferences(const QString &set, const QList<CalibrationReference> &references);
    Result<QList<CalibrationSet>> sets() const;
    Result<CalibrationSet> set(const QString &nameOrId) const;
    Result<QList<CalibrationReference>> references(const QString &set) const;

    // Starts a session: every member gets the set's items as calibration tasks in their queue.
    // An onboarding session sets the recalibration gate of members without it, so nothing but
    // the session comes until they pass.
    Result<CalibrationSession> startSession(const CalibrationSessionSpec &spec);
    Result<QList<CalibrationSession>> sessions() const; // those the reader may see
    Result<CalibrationSession> session(const QString &nameOrId) const;
    // Every member's state: for those who may read scores; a member may ask for their own.
    Result<QList<MemberStatus>> status(const QString &session) const;
    Result<MemberStatus> memberStatus(const QString &session, const Id &personId) const;
    // The trainer's results, live as answers arrive.
    Result<SessionResults> results(const QString &session) const;
    // Applies the session's rule to every finished attempt not judged yet (and, when the window
    // has closed or `closing`, to every attempt): records the judgement with hints, lifts or
    // keeps the gate, queues the next attempt or releases the debrief. The trainer's (or
    // lead's) workstation does this; never in a member's name.
    Result<QList<CalibrationJudgement>> judge(const QString &session, bool closing = false);
    // Judges what is left as final, then closes: open tasks leave the queues.
    Result<QList<CalibrationJudgement>> close(const QString &session);
    // A member's debrief: for that member once released, and for trainers and leads.
    Result<Debrief> debrief(const QString &session, const QString &person) const;

    static void registerAppliers(store::ApplierRegistry &registry);

private:
    Result<QList<calibration::Reference>> sessionReferences(const Id &setId) const;
    // Answers of one member's attempt by item, and how many tasks are done.
    Result<QHash<Id, calibration::Answer>> attemptAnswers(const Id &sessionId, const Id &personId,
                                                          int attempt, int *done, int *total) const;
    Result<QList<MemberStatus>> statusOf(const CalibrationSession &session) const;
    Result<QHash<Id, QString>> classNames() const;
};

} // namespace assay::core
