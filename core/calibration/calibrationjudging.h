// SPDX-License-Identifier: Apache-2.0
// The calibration sessions' rule applied on a trainer's or lead's behalf: at their sign-in
// (Project::signIn) and after their sync (SyncService::sync), the way the gold gates are
// (GoldService::applyGates), so that nobody has to remember to judge.
#pragma once

#include "core/calibration/calibrationservice.h"

namespace assay::core {

class Project;

// One attempt judged, with the session it belongs to.
struct SessionJudgement
{
    Id sessionId;
    QString sessionName;
    CalibrationJudgement judgement;
};

// Whether the project's workstation judges calibration attempts for `person` (trainers and
// leads: they may record the judgement and read the references and scores).
bool judgesCalibrationFor(const Person &person);

// Applies CalibrationService::judge to every open session: every finished attempt, and once a
// session's window has closed every attempt, not judged yet (an attempt judged here or in
// another copy, once synced, is never judged again). Recorded for, and signed by, the person
// acting; refused for one who may not judge. Remembered as the project's latest judgements.
Result<QList<SessionJudgement>> judgeDueSessions(Project &project);

// What the latest sign-in or sync of this open project judged (judgeDueSessions), to be told;
// empty after a sign-in that judged nothing or was not a trainer's or lead's.
QList<SessionJudgement> latestJudgements(const Project &project);
void clearLatestJudgements(const Project &project); // at sign-in, and when the project closes

} // namespace assay::core
