// SPDX-License-Identifier: Apache-2.0
// Events of batches and tasks: their JSON mapping.
#include "core/work/workevents.h"
#include "core/base/tr.h"

#include "core/events/payload.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

QJsonObject BatchCreated::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("overlap"), overlap},
                  {QStringLiteral("gold_rate"), goldRate},
                  {QStringLiteral("criteria"), criteria}};
    if (order)
        o.insert(QStringLiteral("order"), *order);
    return withExtra(o, extra);
}

Result<BatchCreated> BatchCreated::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    BatchCreated e;
    e.id = in.requiredString("id");
    e.name = in.string("name");
    e.overlap = in.integer("overlap", 1);
    e.goldRate = in.real("gold_rate");
    e.criteria = in.object("criteria");
    if (in.has("order"))
        e.order = in.string("order");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonArray taskRows(const QList<Task> &tasks)
{
    QJsonArray rows;
    for (const Task &t : tasks)
        rows.append(QJsonArray{t.id, t.itemId, t.personId, taskKindName(t.kind), t.position});
    return rows;
}

QList<Task> tasksFromRows(const QJsonArray &rows, const Id &batchId)
{
    QList<Task> tasks;
    tasks.reserve(rows.size());
    for (const auto &v : rows) {
        const QJsonArray row = v.toArray();
        Task t;
        t.id = row.at(0).toString();
        t.batchId = batchId;
        t.itemId = row.at(1).toString();
        t.personId = row.at(2).toString();
        parseTaskKind(row.at(3).toString(), &t.kind);
        t.position = row.at(4).toInt();
        tasks.append(t);
    }
    return tasks;
}

QJsonObject TasksQueued::toJson() const
{
    QJsonArray rows;
    QJsonArray calibration;
    for (const Task &t : tasks) {
        rows.append(QJsonArray{t.id, t.itemId, t.position});
        if (t.kind == TaskKind::Calibration)
            calibration.append(t.id);
    }
    QJsonObject o{{QStringLiteral("batch_id"), batchId},
                  {QStringLiteral("person_id"), personId},
                  {QStringLiteral("tasks"), rows}};
    if (!calibration.isEmpty())
        o.insert(QStringLiteral("calibration"), calibration);
    return withExtra(o, extra);
}

Result<TasksQueued> TasksQueued::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    TasksQueued e;
    e.batchId = in.requiredString("batch_id");
    e.personId = in.requiredString("person_id");
    const QJsonArray rows = in.array("tasks");
    QSet<QString> calibration;
    for (const auto &v : in.array("calibration"))
        calibration.insert(v.toString());
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    for (const auto &v : rows) {
        const QJsonArray row = v.toArray();
        Task t;
        t.id = row.at(0).toString();
        t.batchId = e.batchId;
        t.itemId = row.at(1).toString();
        t.personId = e.personId;
        t.position = row.at(2).toInt();
        t.kind = calibration.contains(t.id) ? TaskKind::Calibration : TaskKind::Production;
        if (t.id.isEmpty() || t.itemId.isEmpty()) {
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1: a task row without its id or item")
                                                              .arg(QLatin1String(kind.name)));
        }
        e.tasks.append(t);
    }
    return e;
}

QJsonObject TasksAssigned::toJson() const
{
    QJsonObject o{{QStringLiteral("batch_id"), batchId}};
    if (!tasks.isEmpty())
        o.insert(QStringLiteral("tasks"), taskRows(tasks));
    if (!kinds.isEmpty()) {
        QJsonArray rows;
        for (const auto &[id, k] : kinds)
            rows.append(QJsonArray{id, taskKindName(k)});
        o.insert(QStringLiteral("kinds"), rows);
    }
    if (!seed.isEmpty())
        o.insert(QStringLiteral("seed"), seed);
    return withExtra(o, extra);
}

Result<TasksAssigned> TasksAssigned::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    TasksAssigned e;
    e.batchId = in.requiredString("batch_id");
    e.seed = in.string("seed");
    e.tasks = tasksFromRows(in.array("tasks"), e.batchId);
    for (const auto &v : in.array("kinds")) {
        const QJsonArray row = v.toArray();
        TaskKind k = TaskKind::Production;
        if (!parseTaskKind(row.at(1).toString(), &k)) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: unknown task kind \"%2\"")
                                     .arg(QLatin1String(kind.name), row.at(1).toString()));
        }
        e.kinds.append({row.at(0).toString(), k});
    }
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

Assignment splitAssignment(const Id &batchId, const QString &seed, const QList<Task> &tasks)
{
    Assignment out;
    out.plan.batchId = batchId;
    out.plan.seed = seed;
    QHash<Id, int> queueOf;
    for (const Task &t : tasks) {
        if (t.personId.isEmpty()) {
            out.plan.tasks.append(t);
            continue;
        }
        auto it = queueOf.constFind(t.personId);
        if (it == queueOf.cend()) {
            it = queueOf.insert(t.personId, int(out.queues.size()));
            out.queues.append(TasksQueued{batchId, t.personId, {}, {}});
        }
        Task shown = t;
        if (t.kind != TaskKind::Calibration) {
            shown.kind = TaskKind::Production;
            if (t.kind != TaskKind::Production)
                out.plan.kinds.append({t.id, t.kind});
        }
        out.queues[*it].tasks.append(shown);
    }
    return out;
}

QJsonObject TaskStateSet::toJson() const
{
    QJsonObject o{{QStringLiteral("task_id"), taskId},
                  {QStringLiteral("state"), taskStateName(state)}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    if (!section.isEmpty())
        o.insert(QStringLiteral("section"), section);
    return withExtra(o, extra);
}

Result<TaskStateSet> TaskStateSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    TaskStateSet e;
    e.taskId = in.requiredString("task_id");
    const QString state = in.requiredString("state");
    e.reason = in.string("reason");
    e.comment = in.string("comment");
    e.section = in.string("section");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    if (!parseTaskState(state, &e.state)) {
        return makeError(ErrorCode::Unsupported, Tr::tr("unknown task state \"%1\"").arg(state));
    }
    return e;
}

QJsonObject BatchPooled::toJson() const
{
    return withExtra(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                 {QStringLiteral("lease_seconds"), leaseSeconds}},
                     extra);
}

Result<BatchPooled> BatchPooled::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    BatchPooled e;
    e.batchId = in.requiredString("batch_id");
    e.leaseSeconds = in.integer("lease_seconds", 3600);
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    if (e.leaseSeconds < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1: a lease lasts at least a second")
                                                          .arg(QLatin1String(kind.name)));
    return e;
}

QJsonObject TasksLeased::toJson() const
{
    QJsonArray rows;
    for (const Task &t : tasks)
        rows.append(QJsonArray{t.id, t.itemId, t.position});
    return withExtra(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                 {QStringLiteral("tasks"), rows}},
                     extra);
}

Result<TasksLeased> TasksLeased::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    TasksLeased e;
    e.batchId = in.requiredString("batch_id");
    for (const auto &v : in.array("tasks")) {
        const QJsonArray row = v.toArray();
        Task t;
        t.id = row.at(0).toString();
        t.batchId = e.batchId;
        t.itemId = row.at(1).toString();
        t.position = row.at(2).toInt();
        if (t.id.isEmpty() || t.itemId.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: a task without id or item").arg(QLatin1String(kind.name)));
        e.tasks.append(t);
    }
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject TaskFlagResolved::toJson() const
{
    QJsonObject o{{QStringLiteral("task_id"), taskId},
                  {QStringLiteral("state"), taskStateName(state)}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return withExtra(o, extra);
}

Result<TaskFlagResolved> TaskFlagResolved::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    TaskFlagResolved e;
    e.taskId = in.requiredString("task_id");
    const QString state = in.requiredString("state");
    e.note = in.string("note");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    if (!parseTaskState(state, &e.state) || e.state == TaskState::Flagged
        || e.state == TaskState::Skipped) {
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("a flag is resolved to open or done, not \"%1\"").arg(state));
    }
    return e;
}

QJsonObject BatchDecided::toJson() const
{
    QJsonObject o{{QStringLiteral("batch_id"), batchId},
                  {QStringLiteral("decision"), batchStateName(decision)},
                  {QStringLiteral("reason"), reason}};
    if (requeueBatch) {
        o.insert(QStringLiteral("requeue"),
                 QJsonObject{{QStringLiteral("batch"), requeueBatch->toJson()},
                             {QStringLiteral("tasks"), taskRows(requeueTasks)}});
    }
    return withExtra(o, extra);
}

Result<BatchDecided> BatchDecided::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    BatchDecided e;
    e.batchId = in.requiredString("batch_id");
    const QString decision = in.requiredString("decision");
    e.reason = in.string("reason");
    const QJsonObject requeue = in.object("requeue");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    if (!parseBatchState(decision, &e.decision)) {
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("unknown batch decision \"%1\"").arg(decision));
    }
    const QJsonObject batch = requeue.value(QLatin1String("batch")).toObject();
    if (!batch.isEmpty()) {
        auto b = BatchCreated::fromJson(batch);
        if (!b)
            return b.error();
        e.requeueBatch = *b;
        e.requeueTasks = tasksFromRows(requeue.value(QLatin1String("tasks")).toArray(), b->id);
    }
    return e;
}

} // namespace assay::core
