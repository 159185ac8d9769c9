// SPDX-License-Identifier: Apache-2.0
#include "core/calibration/calibrationjudging.h"
#include "core/calibration/calibrationevents.h"
#include "core/events/policy.h"
#include "core/project/project.h"

#include <QHash>
#include <QMutex>

namespace assay::core {

namespace {
// The latest judgements of each open project (a Project is not copied; it is forgotten when
// it closes, Project::~Project).
QMutex s_mutex;
QHash<const Project *, QList<SessionJudgement>> s_latest;
} // namespace

bool judgesCalibrationFor(const Person &person)
{
    return isAllowed(person, CalibrationAttemptJudged::kind.action)
           && mayRead(person, Read::CalibrationAnswers) && mayRead(person, Read::Scores);
}

Result<QList<SessionJudgement>> judgeDueSessions(Project &project)
{
    ASSAY_TRY(project.mayRecord(CalibrationAttemptJudged::kind));
    ASSAY_TRY(project.mayRead(Read::CalibrationAnswers));
    ASSAY_TRY(project.mayRead(Read::Scores));
    CalibrationService &calibration = project.calibration();
    auto all = calibration.sessions();
    if (!all)
        return all.error();
    QList<SessionJudgement> out;
    const Status st = project.transact([&]() -> Status {
        for (const CalibrationSession &s : std::as_const(*all)) {
            if (s.closed)
                continue;
            // judge() passes over what is judged already.
            auto judged = calibration.judge(s.id);
            if (!judged)
                return judged.error();
            for (const CalibrationJudgement &j : std::as_const(*judged))
                out.append({s.id, s.name, j});
        }
        return {};
    });
    ASSAY_TRY(st);
    const QMutexLocker lock(&s_mutex);
    s_latest.insert(&project, out);
    return out;
}

QList<SessionJudgement> latestJudgements(const Project &project)
{
    const QMutexLocker lock(&s_mutex);
    return s_latest.value(&project);
}

void clearLatestJudgements(const Project &project)
{
    const QMutexLocker lock(&s_mutex);
    s_latest.remove(&project);
}

} // namespace assay::core
