// SPDX-License-Identifier: Apache-2.0
// Events of calibration sets and sessions: what each records, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace assay::core {

// A reference item of a calibration set: its reference answer and why, with the guideline
// section (an anchor such as "3.2-occluded-cars") the explanation points at.
struct CalibrationReferenceRow
{
    Id itemId;
    QStringList classIds;
    QList<Box> boxes;
    QString explanation;
    QString section;
    QJsonObject toJson() const;
    static CalibrationReferenceRow fromJson(const QJsonObject &o);
};

// A trainer names a calibration set; its references follow (CalibrationReferencesSet).
struct CalibrationSetCreated final
{
    static constexpr EventKind kind{"calibration.set_created", 1, Action::Recalibrate};
    Id id;
    QString name;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<CalibrationSetCreated> fromJson(const QJsonObject &payload);
};

// Reference items added to a set (or replaced, for an item already in it). As secret as gold
// answers: readable by trainers and leads only ("trainers").
struct CalibrationReferencesSet final
{
    static constexpr EventKind kind{"calibration.references_set", 1, Action::Recalibrate, false,
                                    "trainers"};
    Id setId;
    QList<CalibrationReferenceRow> references;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<CalibrationReferencesSet> fromJson(const QJsonObject &payload);
};

// A session for a cohort: the set, the pass mark, the time window and the retry rule. Holds no
// answer: everyone may read it.
struct CalibrationSessionStarted final
{
    static constexpr EventKind kind{"calibration.session_started", 1, Action::Recalibrate};
    Id id;
    QString name;
    Id setId;
    QStringList members; // person ids
    double passAccuracy = 0.8;
    double passBoxF1 = 0.8;
    QString opensAt;  // ISO 8601 UTC; empty: at once
    QString closesAt; // empty: no end
    int maxAttempts = 2;
    bool onboarding = false; // members work nothing else until they pass
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<CalibrationSessionStarted> fromJson(const QJsonObject &payload);
};

// One member's tasks of one attempt, queued in the normal queue (kind calibration); readable
// by that member and those who may read others' queues, like TasksQueued.
struct CalibrationAttemptQueued final
{
    static constexpr EventKind kind{"calibration.attempt_queued", 1, Action::Recalibrate};
    Id sessionId;
    Id personId;
    int attempt = 1;
    QList<Task> tasks; // rows [id, item, position]
    QJsonObject extra;
    QString audience() const { return QStringLiteral("person:") + personId; }
    QJsonObject toJson() const;
    static Result<CalibrationAttemptQueued> fromJson(const QJsonObject &payload);
};

// The session's rule applied to one member's finished attempt, where the references are: the
// figures, passed or not, and the hints for the next attempt (classes only, never an item).
struct CalibrationAttemptJudged final
{
    static constexpr EventKind kind{"calibration.attempt_judged", 1, Action::Recalibrate};
    Id sessionId;
    Id personId;
    int attempt = 1;
    bool passed = false;
    std::optional<double> accuracy;
    std::optional<double> boxF1;
    int answered = 0;
    int items = 0;
    QStringList hints;
    QJsonObject extra;
    QString audience() const { return QStringLiteral("person:") + personId; }
    QJsonObject toJson() const;
    static Result<CalibrationAttemptJudged> fromJson(const QJsonObject &payload);
};

// The references of the session's items, released to one member after their last attempt or
// once they passed: readable by that member and by trainers and leads ("debrief:ID").
struct CalibrationDebriefReleased final
{
    static constexpr EventKind kind{"calibration.debrief_released", 1, Action::Recalibrate};
    Id sessionId;
    Id personId;
    QList<CalibrationReferenceRow> references;
    QJsonObject extra;
    QString audience() const { return QStringLiteral("debrief:") + personId; }
    QJsonObject toJson() const;
    static Result<CalibrationDebriefReleased> fromJson(const QJsonObject &payload);
};

// The session ends: its open tasks leave the queues.
struct CalibrationSessionClosed final
{
    static constexpr EventKind kind{"calibration.session_closed", 1, Action::Recalibrate};
    Id sessionId;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<CalibrationSessionClosed> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
