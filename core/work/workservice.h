// SPDX-License-Identifier: Apache-2.0
// WorkService: batches, their planning, task queues and task states, batch decisions.
#pragma once

#include "core/project/service.h"
#include "core/quality/batchplan.h"

#include <QJsonObject>

#include <optional>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

// What "assay batch create" asks for; people and items by id.
struct BatchSpec
{
    QString name;
    QStringList annotators;       // person ids
    std::optional<ItemKind> kind; // production items of this kind (all kinds when unset)
    QStringList itemIds;          // or exactly these items (gold items are left out)
    int overlap = 1;
    double goldRate = 0;
    QJsonObject criteria;
    std::optional<quint64> seed; // drawn at random when unset; stored in the event
    // Production items ordered by the model uncertainty of their pre-labels ("confidence":
    // least confident first, "margin": smallest top-two margin first); empty: project order.
    QString order;
    // Pooled (a PostgreSQL remote's mode): no queues are planned; the tasks belong to nobody
    // until annotators lease them from the server, for `leaseSeconds` at a time. Each gold
    // item gets one task per person who may annotate (nobody is served the same item twice).
    bool pooled = false;
    int leaseSeconds = 3600;
};

// A batch whose tasks are leased from a server (BatchPooled), with its gold rate.
struct PooledBatch
{
    Id batchId;
    QString name;
    double goldRate = 0;
    int leaseSeconds = 3600;
    BatchState state = BatchState::Open;
};

// A done task with its annotation, for quality reports.
struct BatchWork
{
    Task task;
    Annotation annotation;
    QString personName;
    std::optional<double> goldScore;
};

// The queues a batch spec would give, nothing recorded: for a lead to look before creating it.
struct BatchPreview
{
    QList<quality::PlannedTask> tasks; // in queue order per person
    QHash<Id, QString> names;          // annotator id -> name
    int productionItems = 0;
    int goldItems = 0; // gold items the plan could draw from
    quint64 seed = 0;  // createBatch with this seed gives the same plan
};

// A flagged task with the flag's reason and comment (the latest, when flagged again).
struct FlaggedTask
{
    Task task;
    QString reason;
    QString comment;
    QString time;
};

// How far a person's queue is, and the mean time spent on the tasks they did.
struct QueueProgress
{
    int total = 0;
    int done = 0;
    int pending = 0;
    int skipped = 0;
    int flagged = 0;
    std::optional<qint64> meanTimeMs; // none when no done task has time recorded
};

class WorkService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    Result<Batch> createBatch(const Batch &batch);
    Result<QList<Batch>> batches() const;
    Result<Batch> batch(const QString &nameOrId) const;
    Result<QList<Task>> assignTasks(const Id &batchId, const QList<Task> &tasks);
    // Creates the batch and its tasks (overlap, gold mixed in) as one decision.
    Result<Batch> planBatch(const BatchSpec &spec);

    // A person's tasks in queue order: one's own, or anyone's for Read::OthersQueues; task kinds
    // only for Read::TaskKinds (others see gold as production).
    Result<QList<Task>> queue(const Id &personId, const Id &batchId = {}) const;
    // The queue as its annotator sees it: gold tasks carry kind Production, and a person who
    // must recalibrate gets only their calibration tasks.
    Result<QList<Task>> annotatorQueue(const Id &personId, const Id &batchId = {}) const;
    Result<QList<Task>> batchTasks(const Id &batchId) const;
    Result<QList<BatchWork>> batchWork(const Id &batchId) const; // done tasks with answers

    // Setting a gold task done scores it (the applier does, in the same transaction); the
    // recalibration gate that may follow is a lead's or trainer's (GoldService::applyGates).
    // A flagged task keeps its flag until a lead resolves it: its annotator may add to the flag
    // (flag it again with another comment) but not set it open, done or skipped.
    // `section`: the anchor of the guideline section a flag cites (GuidelineService counts them).
    Status setTaskState(const Id &taskId, TaskState state, const QString &reason = {},
                        const QString &comment = {}, const QString &section = {});
    // A lead resolves a flag: the task goes back to its annotator's queue (Pending) or is
    // done (Done), with a note that is kept with the task's comments.
    Status resolveFlag(const Id &taskId, TaskState state, const QString &note = {});

    // Accept or reject; a rejection re-queues every task of the batch as new pending tasks in
    // a new batch (returned), leaving the old tasks and annotations as they were.
    Result<Batch> decideBatch(const Id &batchId, bool accept, const QString &reason = {});

    static void registerAppliers(store::ApplierRegistry &registry);

    // Marks a batch as pooled, or changes how long its leases last (a lead's decision).
    Status setPooled(const Id &batchId, int leaseSeconds);
    // The pooled batches, for everyone (a batch's gold rate is no secret; which tasks are gold
    // is).
    Result<QList<PooledBatch>> pooledBatches() const;
    // Every task of a pooled batch with its kind, for those who may read task kinds: what a
    // lead's copy publishes to the server's pool.
    Result<QList<Task>> poolTasks(const Id &batchId) const;
    // The tasks a server leased to the signed-in person, put at the end of their queue (one
    // event); those already in it are left out. The tasks recorded.
    Result<QList<Task>> recordLeased(const Id &batchId, const QList<Task> &leased);

    // planBatch without recording: the queues it would make, for those who may create batches
    // (a plan shows which tasks are gold). The spec's seed is drawn when unset and returned.
    Result<BatchPreview> previewBatch(const BatchSpec &spec) const;
    // Every task flagged and not yet resolved, oldest flag first; for those who may read other
    // people's queues (Read::OthersQueues).
    Result<QList<FlaggedTask>> flaggedTasks() const;
    // A person's queue counts: one's own, or anyone's for Read::OthersQueues.
    Result<QueueProgress> queueProgress(const Id &personId) const;

private:
    // The events of an assignment: one queue per annotator, and the leads' plan.
    Status recordAssignment(const Id &batchId, const QString &seed, const QList<Task> &tasks);
    Result<QList<Task>> tasksOf(const Id &personId, const Id &batchId) const;
    Result<quality::BatchPlanInput> planInput(const BatchSpec &spec) const;
    Result<QList<quality::PlannedTask>> poolPlan(const quality::BatchPlanInput &in,
                                                 const BatchSpec &spec) const;
};

} // namespace assay::core
