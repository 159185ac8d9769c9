// SPDX-License-Identifier: Apache-2.0
// GoldService: gold answers and scores, quality settings, the recalibration gate, and the
// quality report of a batch.
#pragma once

#include "core/project/service.h"
#include "core/quality/qualityreport.h"

#include <optional>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

// A gold item's reference answer. Only the lead's project holds these; annotators' views and
// packages never do.
struct GoldAnswer
{
    Id itemId;
    QStringList classIds;
    QList<Box> boxes;
    Id personId; // who set it
    QString time;
    bool calibration = false; // a calibration reference, not production gold
};

// One scored gold (or calibration) answer, made when its task was set done.
struct GoldScore
{
    Id taskId;
    Id personId;
    Id itemId;
    TaskKind kind = TaskKind::Gold;
    double score = 0;
    bool passed = false;
    qint64 eventSeq = 0;
};

// Project settings of the gold gate (event "quality.settings_set").
struct QualitySettings
{
    int goldWindow = 20;        // rolling accuracy over this many latest gold answers
    double goldThreshold = 0.8; // an answer passes, and a person stays in production, at >= this
    int goldMinimum = 5;        // no verdict on a person before this many gold answers
};

struct PersonGoldStatus
{
    Id personId;
    QString name;
    int scored = 0; // gold answers in the current window
    std::optional<double> rollingAccuracy;
    bool recalibrationRequired = false;
    // The rolling accuracy is below the threshold over enough answers, and no lead or trainer
    // has set the gate yet (GoldService::applyGates does).
    bool recalibrationDue = false;
};

// One person's answer to a gold item, with its score when it was scored.
struct GoldItemAnswer
{
    Task task;
    QString personName;
    QStringList classIds;
    QList<Box> boxes;
    std::optional<double> score;
    bool passed = false;
};

class GoldService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    Status setGold(const QList<GoldAnswer> &answers); // one event for all of them
    Result<QList<GoldAnswer>> goldAnswers() const;
    Result<QList<GoldScore>> goldScores(const Id &personId = {}) const;
    Result<QualitySettings> qualitySettings() const;
    Status setQualitySettings(const QualitySettings &settings);
    // A person's rolling accuracy and gate: for those who may read scores (Read::Scores).
    Result<PersonGoldStatus> goldStatus(const Id &personId) const;
    // Whether the person must recalibrate: the gate is visible to the person it holds back.
    Result<bool> mustRecalibrate(const Id &personId) const;
    // The scores behind a report whose caller checked what the reader may see (batchWork).
    Result<QList<GoldScore>> scoresOfWork(const Id &personId = {}) const;
    Status markRecalibrated(const Id &personId); // a trainer or lead: the person passed

    // The batch's quality report under its own acceptance criteria (options.criteria is
    // replaced by them); for those who may read scores and task kinds.
    Result<quality::QualityReport> batchQualityReport(const Id &batchId,
                                                      quality::ReportOptions options = {}) const;

    // The consequences of scoring, decided where the gold answers are and recorded by the
    // signed-in lead or trainer, never in an annotator's name: the gate for each person whose
    // rolling accuracy fell below the threshold, and its lifting for each gated person whose
    // calibration answers pass. Run when such a person signs in (Project::signIn) and by
    // "assay gold gates"; so an annotator's queue changes between sessions, not right after
    // the gold task that caused it.
    Result<QList<GateChange>> applyGates();

    static void registerAppliers(store::ApplierRegistry &registry);

    // How people answered a gold item (its done gold and calibration tasks), oldest first: for
    // those who may read gold answers and other people's answers.
    Result<QList<GoldItemAnswer>> goldItemAnswers(const Id &itemId) const;

private:
    Result<PersonGoldStatus> statusOf(const Id &personId) const;
    // A gated person's calibration answers since the gate, when all are done and pass.
    Result<std::optional<GateChange>> calibrationPassed(const PersonGoldStatus &status) const;
};

} // namespace assay::core
