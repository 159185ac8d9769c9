// SPDX-License-Identifier: Apache-2.0
// The state of batch.*, tasks.* and task.* events: batches, tasks, comments, decisions.
#include "core/gold/goldstate_p.h"
#include "core/json/jsonwriter.h"
#include "core/store/applierregistry.h"
#include "core/store/conflicts.h"
#include "core/store/database.h"
#include "core/store/statecounts.h"
#include "core/work/workevents.h"
#include "core/work/workservice.h"

#include <QUuid>

namespace assay::core {

using store::Database;
using store::Event;

static QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(json::compactJson(o));
}

static Status batchCreated(Database *db, const Event &e, const BatchCreated &p)
{
    ASSAY_STMT(s, "INSERT INTO batches (id, name, state, overlap, gold_rate, criteria, time)"
                  " VALUES (?1, ?2, 'open', ?3, ?4, ?5, ?6)");
    s.bind(1, p.id);
    s.bind(2, p.name);
    s.bind(3, p.overlap);
    s.bind(4, p.goldRate);
    s.bindOptional(5, jsonText(p.criteria));
    s.bind(6, e.time);
    return s.exec();
}

static Status insertTasks(Database *db, const Id &batchId, const QList<Task> &tasks)
{
    ASSAY_STMT(s, "INSERT INTO tasks (id, batch_id, item_id, person_id, kind, state, position)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6)");
    for (const Task &t : tasks) {
        s.bind(1, t.id).bind(2, batchId).bind(3, t.itemId);
        s.bindOptional(4, t.personId).bind(5, taskKindName(t.kind));
        s.bind(6, t.position);
        ASSAY_TRY(s.exec());
    }
    return store::addCount(db, QLatin1String(store::counts::tasks), tasks.size());
}

static Status tasksQueued(Database *db, const Event &, const TasksQueued &p)
{
    return insertTasks(db, p.batchId, p.tasks);
}

static Status tasksAssigned(Database *db, const Event &, const TasksAssigned &p)
{
    ASSAY_TRY(insertTasks(db, p.batchId, p.tasks));
    ASSAY_STMT(s, "UPDATE tasks SET kind = ?2 WHERE id = ?1");
    for (const auto &[id, k] : p.kinds) {
        s.bind(1, id).bind(2, taskKindName(k));
        ASSAY_TRY(s.exec());
    }
    return {};
}

// A rejected batch's tasks again, as pending tasks of the new batch, with ids made from the
// decision and the old task: every copy makes the same ones from the tasks it holds (an
// annotator's copy, its own).
static Status requeue(Database *db, const Event &e, const Id &from, const Id &to)
{
    ASSAY_STMT(old, "SELECT id, item_id, person_id, kind, position FROM tasks WHERE batch_id = ?1"
                    " ORDER BY person_id, position, id");
    old.bind(1, from);
    QList<Task> again;
    const QUuid space = QUuid::fromString(e.id);
    while (old.step()) {
        Task t;
        t.id = QUuid::createUuidV5(space, old.text(0).toUtf8()).toString(QUuid::WithoutBraces);
        t.itemId = old.text(1);
        t.personId = old.isNull(2) ? QString() : old.text(2);
        parseTaskKind(old.text(3), &t.kind);
        t.position = old.int32(4);
        again.append(t);
    }
    old.reset();
    return insertTasks(db, to, again);
}

static Status taskStateSet(Database *db, const Event &e, const TaskStateSet &p)
{
    const QString &taskId = p.taskId;
    ASSAY_STMT(s, "UPDATE tasks SET state = ?2 WHERE id = ?1");
    s.bind(1, taskId).bind(2, taskStateName(p.state));
    ASSAY_TRY(s.exec());
    if (p.state == TaskState::Done)
        ASSAY_TRY(scoreTask(db, e, taskId));
    const QString &reason = p.reason;
    const QString &comment = p.comment;
    if (reason.isEmpty() && comment.isEmpty() && p.section.isEmpty())
        return {};
    ASSAY_STMT(c, "INSERT INTO task_comments (event_id, task_id, person_id, reason, comment, time,"
                  " section) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    c.bind(1, e.id).bind(2, taskId).bind(3, e.personId).bind(4, reason).bind(5, comment);
    c.bind(6, e.time).bind(7, p.section);
    return c.exec();
}

static Status taskFlagResolved(Database *db, const Event &e, const TaskFlagResolved &p)
{
    // Only a flag is resolved: on a task no longer flagged (resolved twice, or by two leads
    // offline) the first resolution stands and this one changes nothing.
    ASSAY_STMT(q, "SELECT state FROM tasks WHERE id = ?1");
    q.bind(1, p.taskId);
    const bool flagged = q.step() && q.text(0) == taskStateName(TaskState::Flagged);
    q.reset();
    if (!flagged) {
        ASSAY_STMT(r,
                   "SELECT event_id FROM task_comments WHERE task_id = ?1 AND reason = 'resolved'"
                   " ORDER BY rowid DESC LIMIT 1");
        r.bind(1, p.taskId);
        const QString other = r.step() ? r.text(0) : QString();
        r.reset();
        if (other.isEmpty())
            return {};
        auto listed = store::noteIfConcurrent(db, e, QStringLiteral("task:") + p.taskId, other,
                                              QStringLiteral("first-resolution-stands"),
                                              taskStateName(p.state));
        return listed ? Status() : Status(listed.error());
    }
    ASSAY_STMT(s, "UPDATE tasks SET state = ?2 WHERE id = ?1");
    s.bind(1, p.taskId).bind(2, taskStateName(p.state));
    ASSAY_TRY(s.exec());
    if (p.state == TaskState::Done)
        ASSAY_TRY(scoreTask(db, e, p.taskId));
    ASSAY_STMT(c, "INSERT INTO task_comments (event_id, task_id, person_id, reason, comment, time)"
                  " VALUES (?1, ?2, ?3, 'resolved', ?4, ?5)");
    c.bind(1, e.id).bind(2, p.taskId).bind(3, e.personId).bind(4, p.note).bind(5, e.time);
    return c.exec();
}

static Status batchDecided(Database *db, const Event &e, const BatchDecided &p)
{
    const QString &batchId = p.batchId;
    const QString decision = batchStateName(p.decision);
    // Two leads deciding one batch apart: the first decision in the order of application
    // stands, the other is listed (assay conflicts) and changes nothing.
    ASSAY_STMT(before, "SELECT event_id, decision FROM batch_decisions WHERE batch_id = ?1"
                       " ORDER BY rowid LIMIT 1");
    before.bind(1, batchId);
    if (before.step()) {
        const QString other = before.text(0);
        const QString first = before.text(1);
        before.reset();
        return store::recordConflict(db, e, QStringLiteral("batch:") + batchId, other,
                                     QStringLiteral("first-decision-stands"),
                                     QStringLiteral("%1 after %2").arg(decision, first));
    }
    before.reset();
    ASSAY_STMT(u, "UPDATE batches SET state = ?2 WHERE id = ?1");
    u.bind(1, batchId).bind(2, decision);
    ASSAY_TRY(u.exec());
    if (p.requeueBatch) {
        ASSAY_TRY(batchCreated(db, e, *p.requeueBatch));
        if (p.requeueTasks.isEmpty())
            ASSAY_TRY(requeue(db, e, batchId, p.requeueBatch->id));
        else // an event of an earlier version, with the tasks in it
            ASSAY_TRY(insertTasks(db, p.requeueBatch->id, p.requeueTasks));
    }
    ASSAY_STMT(d, "INSERT INTO batch_decisions (event_id, batch_id, decision, reason, requeue_into,"
                  " person_id, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    d.bind(1, e.id).bind(2, batchId).bind(3, decision);
    d.bind(4, p.reason);
    d.bindOptional(5, p.requeueBatch ? p.requeueBatch->id : QString());
    d.bind(6, e.personId).bind(7, e.time);
    return d.exec();
}

static Status batchPooled(Database *db, const Event &e, const BatchPooled &p)
{
    ASSAY_STMT(s, "INSERT INTO batch_pools (batch_id, lease_seconds, event_id) VALUES (?1, ?2, ?3)"
                  " ON CONFLICT (batch_id) DO UPDATE SET lease_seconds = excluded.lease_seconds,"
                  " event_id = excluded.event_id");
    s.bind(1, p.batchId).bind(2, p.leaseSeconds).bind(3, e.id);
    return s.exec();
}

// A lease gives the task to its author: in the lead's copy the pool's task (a task of nobody,
// with its kind) gets a person; in the annotator's own copy, which never held the pool, the
// task is made, as any task looks to its annotator. Only tasks of a pooled batch are leased,
// and a task already done stays with whoever did it (an expired lease handed out again after
// an answer arrived changes nothing). The later lease of an open task wins: the server hands
// a task out again only once the earlier lease expired.
static Status tasksLeased(Database *db, const Event &e, const TasksLeased &p)
{
    ASSAY_STMT(pooled, "SELECT 1 FROM batch_pools WHERE batch_id = ?1");
    pooled.bind(1, p.batchId);
    const bool isPooled = pooled.step();
    pooled.reset();
    if (!isPooled)
        return {};
    ASSAY_STMT(q, "SELECT state, person_id FROM tasks WHERE id = ?1");
    ASSAY_STMT(u, "UPDATE tasks SET person_id = ?2, position = ?3 WHERE id = ?1");
    QList<Task> made;
    for (const Task &t : p.tasks) {
        q.bind(1, t.id);
        if (q.step()) {
            const bool done = q.text(0) == taskStateName(TaskState::Done);
            q.reset();
            if (done)
                continue;
            u.bind(1, t.id).bind(2, e.personId).bind(3, t.position);
            ASSAY_TRY(u.exec());
            continue;
        }
        q.reset();
        Task task = t;
        task.personId = e.personId;
        task.kind = TaskKind::Production;
        made.append(task);
    }
    return made.isEmpty() ? Status() : insertTasks(db, p.batchId, made);
}

void WorkService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<BatchCreated>(batchCreated);
    registry.add<TasksQueued>(tasksQueued);
    registry.add<TasksAssigned>(tasksAssigned);
    registry.add<TaskStateSet>(taskStateSet);
    registry.add<TaskFlagResolved>(taskFlagResolved);
    registry.add<BatchDecided>(batchDecided);
    registry.add<BatchPooled>(batchPooled);
    registry.add<TasksLeased>(tasksLeased);
    registry.addStateTables({QStringLiteral("batches"), QStringLiteral("batch_pools"),
                             QStringLiteral("tasks"), QStringLiteral("task_comments"),
                             QStringLiteral("batch_decisions")});
    registry.addReadFilter(QStringLiteral("tasks"),
                           {Read::OthersQueues, QStringLiteral("person_id = ?1")});
    registry.addReadFilter(QStringLiteral("tasks"),
                           {Read::TaskKinds,
                            {},
                            QStringLiteral("kind"),
                            QStringLiteral("CASE WHEN kind IN ('gold', 'audit') THEN 'production'"
                                           " ELSE kind END")});
    registry.addReadFilter(QStringLiteral("task_comments"),
                           {Read::OthersQueues,
                            QStringLiteral(
                                    "task_id IN (SELECT id FROM tasks WHERE person_id = ?1)")});
}

} // namespace assay::core
