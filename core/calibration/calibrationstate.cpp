// SPDX-License-Identifier: Apache-2.0
// The state of calibration.* events: sets, references, sessions, attempts, judgements, debriefs.
#include "core/calibration/calibrationevents.h"
#include "core/calibration/calibrationservice.h"
#include "core/json/jsonwriter.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/store/statecounts.h"

namespace assay::core {

using store::Database;
using store::Event;

static QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(json::compactJson(a));
}

static QJsonArray boxesJson(const QList<Box> &boxes)
{
    QJsonArray array;
    for (const Box &b : boxes) {
        array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                 {QStringLiteral("class_id"), b.classId},
                                 {QStringLiteral("x"), b.x},
                                 {QStringLiteral("y"), b.y},
                                 {QStringLiteral("w"), b.w},
                                 {QStringLiteral("h"), b.h}});
    }
    return array;
}

static Status setCreated(Database *db, const Event &e, const CalibrationSetCreated &p)
{
    ASSAY_STMT(s, "INSERT OR IGNORE INTO calibration_sets (id, name, person_id, time)"
                  " VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, p.id).bind(2, p.name).bind(3, e.personId).bind(4, e.time);
    return s.exec();
}

static Status referencesSet(Database *db, const Event &, const CalibrationReferencesSet &p)
{
    ASSAY_STMT(last, "SELECT COALESCE(MAX(position), -1) FROM calibration_references"
                     " WHERE set_id = ?1");
    last.bind(1, p.setId);
    int position = last.step() ? last.int32(0) + 1 : 0;
    last.reset();
    // An item already in the set keeps its place and gets the new reference.
    ASSAY_STMT(s, "INSERT INTO calibration_references (set_id, item_id, classes, boxes,"
                  " explanation, section, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                  " ON CONFLICT(set_id, item_id) DO UPDATE SET classes = excluded.classes,"
                  " boxes = excluded.boxes, explanation = excluded.explanation,"
                  " section = excluded.section");
    for (const CalibrationReferenceRow &r : p.references) {
        s.bind(1, p.setId).bind(2, r.itemId);
        s.bind(3, jsonText(QJsonArray::fromStringList(r.classIds)));
        s.bind(4, jsonText(boxesJson(r.boxes)));
        s.bind(5, r.explanation).bind(6, r.section).bind(7, position++);
        ASSAY_TRY(s.exec());
    }
    return {};
}

static Status sessionStarted(Database *db, const Event &e, const CalibrationSessionStarted &p)
{
    ASSAY_STMT(s, "INSERT OR IGNORE INTO calibration_sessions (id, name, set_id, members,"
                  " pass_accuracy, pass_box_f1, opens_at, closes_at, max_attempts, onboarding,"
                  " state, person_id, time)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'open', ?11, ?12)");
    s.bind(1, p.id).bind(2, p.name).bind(3, p.setId);
    s.bind(4, jsonText(QJsonArray::fromStringList(p.members)));
    s.bind(5, p.passAccuracy).bind(6, p.passBoxF1).bind(7, p.opensAt).bind(8, p.closesAt);
    s.bind(9, p.maxAttempts).bind(10, p.onboarding ? 1 : 0).bind(11, e.personId).bind(12, e.time);
    ASSAY_TRY(s.exec());
    // The session's tasks belong to a batch of its own, so that they sit in the normal queues.
    ASSAY_STMT(b, "INSERT OR IGNORE INTO batches (id, name, state, overlap, gold_rate, criteria,"
                  " time) VALUES (?1, ?2, 'open', 1, 0, NULL, ?3)");
    b.bind(1, p.id).bind(2, QStringLiteral("calibration: ") + p.name).bind(3, e.time);
    return b.exec();
}

static Status attemptQueued(Database *db, const Event &, const CalibrationAttemptQueued &p)
{
    ASSAY_STMT(t, "INSERT INTO tasks (id, batch_id, item_id, person_id, kind, state, position)"
                  " VALUES (?1, ?2, ?3, ?4, 'calibration', 'pending', ?5)");
    ASSAY_STMT(c, "INSERT INTO calibration_tasks (task_id, session_id, person_id, item_id, attempt)"
                  " VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const Task &task : p.tasks) {
        t.bind(1, task.id).bind(2, p.sessionId).bind(3, task.itemId).bind(4, p.personId);
        t.bind(5, task.position);
        ASSAY_TRY(t.exec());
        c.bind(1, task.id).bind(2, p.sessionId).bind(3, p.personId).bind(4, task.itemId);
        c.bind(5, p.attempt);
        ASSAY_TRY(c.exec());
    }
    return store::addCount(db, QLatin1String(store::counts::tasks), p.tasks.size());
}

static Status attemptJudged(Database *db, const Event &e, const CalibrationAttemptJudged &p)
{
    // Two trainers judging the same attempt apart: the first judgement applied stands.
    ASSAY_STMT(s, "INSERT OR IGNORE INTO calibration_judgements (session_id, person_id, attempt,"
                  " passed, accuracy, box_f1, answered, items, hints, event_id, time)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    s.bind(1, p.sessionId).bind(2, p.personId).bind(3, p.attempt).bind(4, p.passed ? 1 : 0);
    if (p.accuracy)
        s.bind(5, *p.accuracy);
    else
        s.bindNull(5);
    if (p.boxF1)
        s.bind(6, *p.boxF1);
    else
        s.bindNull(6);
    s.bind(7, p.answered).bind(8, p.items);
    s.bind(9, jsonText(QJsonArray::fromStringList(p.hints)));
    s.bind(10, e.id).bind(11, e.time);
    return s.exec();
}

static Status debriefReleased(Database *db, const Event &, const CalibrationDebriefReleased &p)
{
    ASSAY_STMT(s, "INSERT OR IGNORE INTO calibration_debriefs (session_id, person_id, item_id,"
                  " classes, boxes, explanation, section, position)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    int position = 0;
    for (const CalibrationReferenceRow &r : p.references) {
        s.bind(1, p.sessionId).bind(2, p.personId).bind(3, r.itemId);
        s.bind(4, jsonText(QJsonArray::fromStringList(r.classIds)));
        s.bind(5, jsonText(boxesJson(r.boxes)));
        s.bind(6, r.explanation).bind(7, r.section).bind(8, position++);
        ASSAY_TRY(s.exec());
    }
    return {};
}

static Status sessionClosed(Database *db, const Event &, const CalibrationSessionClosed &p)
{
    ASSAY_STMT(s, "UPDATE calibration_sessions SET state = 'closed' WHERE id = ?1");
    s.bind(1, p.sessionId);
    ASSAY_TRY(s.exec());
    ASSAY_STMT(b, "UPDATE batches SET state = 'accepted' WHERE id = ?1");
    b.bind(1, p.sessionId);
    return b.exec();
}

void CalibrationService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<CalibrationSetCreated>(setCreated);
    registry.add<CalibrationReferencesSet>(referencesSet);
    registry.add<CalibrationSessionStarted>(sessionStarted);
    registry.add<CalibrationAttemptQueued>(attemptQueued);
    registry.add<CalibrationAttemptJudged>(attemptJudged);
    registry.add<CalibrationDebriefReleased>(debriefReleased);
    registry.add<CalibrationSessionClosed>(sessionClosed);
    registry.addStateTables(
            {QStringLiteral("calibration_sets"), QStringLiteral("calibration_references"),
             QStringLiteral("calibration_sessions"), QStringLiteral("calibration_tasks"),
             QStringLiteral("calibration_judgements"), QStringLiteral("calibration_debriefs")});
    // References are as secret as gold; a debrief is its member's; judgements (figures and
    // hints) are seen by their member and by those who may read scores.
    registry.addReadFilter(QStringLiteral("calibration_references"),
                           {Read::CalibrationAnswers, QStringLiteral("0")});
    registry.addReadFilter(QStringLiteral("calibration_debriefs"),
                           {Read::CalibrationAnswers, QStringLiteral("person_id = ?1")});
    registry.addReadFilter(QStringLiteral("calibration_tasks"),
                           {Read::OthersQueues, QStringLiteral("person_id = ?1")});
    registry.addReadFilter(QStringLiteral("calibration_judgements"),
                           {Read::Scores, QStringLiteral("person_id = ?1")});
}

} // namespace assay::core
