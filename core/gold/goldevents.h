// SPDX-License-Identifier: Apache-2.0
// Events of gold answers, quality settings and the recalibration gate, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonObject>

#include <optional>

namespace assay::core {

// Reference answers for gold items: one event for one item or a whole import.
struct GoldSet final
{
    static constexpr EventKind kind{"gold.set", 1, Action::ManageBatches, false, "leads"};
    struct Answer
    {
        Id itemId;
        QStringList classIds;
        QList<Box> boxes; // ids set; no attributes
        // A calibration reference, not production gold: an item is one or the other, so that
        // an item seen in calibration is never served as gold, nor the reverse.
        bool calibration = false;
    };
    QList<Answer> answers;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<GoldSet> fromJson(const QJsonObject &payload);
};

struct QualitySettingsSet final
{
    static constexpr EventKind kind{"quality.settings_set", 1, Action::ManageBatches};
    std::optional<double> goldWindow;
    std::optional<double> goldThreshold;
    std::optional<double> goldMinimum;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<QualitySettingsSet> fromJson(const QJsonObject &payload);
};

// A person's rolling gold accuracy fell below the threshold: they leave production work until
// they pass calibration. Recorded by the lead or trainer whose copy holds the gold answers
// (GoldService::applyGates); the person it holds back may read it.
struct RecalibrationRequired final
{
    static constexpr EventKind kind{"person.recalibration_required", 1, Action::Recalibrate};
    Id personId;
    double accuracy = 0;
    int window = 0;
    double threshold = 0;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<RecalibrationRequired> fromJson(const QJsonObject &payload);
};

// A person passed: by a trainer's or lead's word, or by their calibration answers (then
// recorded by a lead or trainer with the figures, GoldService::applyGates).
struct Recalibrated final
{
    static constexpr EventKind kind{"person.recalibrated", 1, Action::Recalibrate};
    Id personId;
    std::optional<double> calibrationAccuracy;
    std::optional<double> calibrationAnswers;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<Recalibrated> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
