// SPDX-License-Identifier: Apache-2.0
// Events of batches and tasks: what each records, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace assay::core {

struct BatchCreated final
{
    static constexpr EventKind kind{"batch.created", 1, Action::ManageBatches};
    Id id;
    QString name;
    int overlap = 1;
    double goldRate = 0;
    QJsonObject criteria;
    std::optional<QString> order; // how a planned batch ordered its production items
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<BatchCreated> fromJson(const QJsonObject &payload);
};

// Tasks as rows [id, item, person, kind, position]: a batch of 100k tasks stays compact.
QJsonArray taskRows(const QList<Task> &tasks);
QList<Task> tasksFromRows(const QJsonArray &rows, const Id &batchId);

// One annotator's queue in a batch, readable by that person (and by those who may read others'
// queues): task ids, items and positions, and which tasks are calibration (shown as such).
// Whether a task is gold or audit is not in it: to its annotator every other task is
// production. Recorded with the leads' plan (TasksAssigned) in one transaction.
struct TasksQueued final
{
    static constexpr EventKind kind{"tasks.queued", 1, Action::ManageBatches};
    Id batchId;
    Id personId;
    QList<Task> tasks; // kinds Production or Calibration only
    QJsonObject extra;
    QString audience() const { return QStringLiteral("person:") + personId; }
    QJsonObject toJson() const;
    static Result<TasksQueued> fromJson(const QJsonObject &payload);
};

// The leads' plan of a batch: the planner's seed, which queued tasks are gold or audit, and the
// tasks that belong to nobody yet. (Events of earlier versions carried every task here, with
// its kind; they are still read.)
struct TasksAssigned final
{
    static constexpr EventKind kind{"tasks.assigned", 1, Action::ManageBatches, false, "leads"};
    Id batchId;
    // The planner's seed, kept (as text: a JSON number would lose bits) so a plan can be
    // audited; the positions are in the rows, so a replay needs no random numbers.
    QString seed;
    QList<Task> tasks;                // rows inserted whole: tasks of nobody, or older events
    QList<QPair<Id, TaskKind>> kinds; // kinds of tasks queued by TasksQueued
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<TasksAssigned> fromJson(const QJsonObject &payload);
};

// The events that assign `tasks` of a batch: one queue per annotator and the leads' plan.
struct Assignment
{
    QList<TasksQueued> queues;
    TasksAssigned plan;
};
Assignment splitAssignment(const Id &batchId, const QString &seed, const QList<Task> &tasks);

// A lead marks a batch as pooled (a server's mode, beside planned queues): its tasks belong to
// nobody until an annotator leases some from a PostgreSQL remote, which hands each task to one
// person at a time for `leaseSeconds` and mixes gold in at the batch's rate.
struct BatchPooled final
{
    static constexpr EventKind kind{"batch.pooled", 1, Action::ManageBatches};
    Id batchId;
    int leaseSeconds = 3600;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<BatchPooled> fromJson(const QJsonObject &payload);
};

// What an annotator took from a pooled batch's pool: the tasks the server leased to them, in
// their queue's order (positions after what they had), with no kind: to its annotator a gold
// task is one more task. Read by its author and those who read others' queues.
struct TasksLeased final
{
    static constexpr EventKind kind{"tasks.leased", 1, Action::Annotate, false, "author"};
    Id batchId;
    QList<Task> tasks; // id, item, position
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<TasksLeased> fromJson(const QJsonObject &payload);
};

// A task's state set by the person it belongs to (or a lead), with an optional flag reason
// and comment.
struct TaskStateSet final
{
    static constexpr EventKind kind{"task.state_set", 1, Action::Annotate, false, "author"};
    Id taskId;
    TaskState state = TaskState::Pending;
    QString reason;
    QString comment;
    QString section; // a guideline section's anchor the flag cites (written when set)
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<TaskStateSet> fromJson(const QJsonObject &payload);
};

// A lead's resolution of a flagged task: back to the queue (open) or done, with a note for the
// person who flagged it. Until then the flag stays, whatever its annotator does.
struct TaskFlagResolved final
{
    static constexpr EventKind kind{"task.flag_resolved", 1, Action::ManageBatches};
    Id taskId;
    TaskState state = TaskState::Pending; // Pending (re-queued) or Done
    QString note;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<TaskFlagResolved> fromJson(const QJsonObject &payload);
};

// Accept or reject; a rejection re-queues every task in a new batch.
struct BatchDecided final
{
    static constexpr EventKind kind{"batch.decided", 1, Action::DecideBatches};
    Id batchId;
    BatchState decision = BatchState::Accepted;
    QString reason;
    std::optional<BatchCreated> requeueBatch;
    QList<Task> requeueTasks;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<BatchDecided> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
