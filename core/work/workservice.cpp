// SPDX-License-Identifier: Apache-2.0
// WorkService: batches, their planning, task queues and task states, batch decisions.
#include "core/work/workservice.h"
#include "core/base/tr.h"
#include "core/base/names.h"

#include "core/annotation/annotationservice.h"
#include "core/annotation/annotationstate_p.h"
#include "core/gold/goldservice.h"
#include "core/items/itemservice.h"
#include "core/people/peopleservice.h"
#include "core/quality/batchplan.h"
#include "core/quality/uncertainty.h"
#include "core/review/reviewservice.h"
#include "core/work/workevents.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace assay::core {

using store::Statement;

static QJsonObject parseJsonObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

static Task readTask(const Statement &s)
{
    Task t;
    t.id = s.text(0);
    t.batchId = s.text(1);
    t.itemId = s.text(2);
    t.personId = s.text(3);
    parseTaskKind(s.text(4), &t.kind);
    parseTaskState(s.text(5), &t.state);
    t.position = s.int32(6);
    return t;
}

static const char s_taskColumns[] = "id, batch_id, item_id, person_id, kind, state, position";

Result<Batch> WorkService::createBatch(const Batch &batch)
{
    Batch b = batch;
    b.id = newId();
    if (b.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a batch needs a name"), path());
    if (const QString problem = nameProblem(b.name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the batch name \"%1\" %2").arg(printable(b.name), problem),
                         path());
    if (b.overlap < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("overlap must be at least 1"), path());
    if (b.goldRate < 0 || b.goldRate >= 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the gold rate must be in [0, 1)"), path());
    auto e = project().record(BatchCreated{b.id, b.name, b.overlap, b.goldRate, b.criteria, {}, {}});
    if (!e)
        return e.error();
    b.state = BatchState::Open;
    b.createdAt = QDateTime::fromString(e->time, Qt::ISODateWithMs);
    return b;
}

Result<QList<Batch>> WorkService::batches() const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT id, name, state, overlap, gold_rate, criteria, time FROM batches ORDER BY time, name"));
    if (!s)
        return s.error();
    QList<Batch> result;
    while (s->step()) {
        Batch b;
        b.id = s->text(0);
        b.name = s->text(1);
        parseBatchState(s->text(2), &b.state);
        b.overlap = s->int32(3);
        b.goldRate = s->real(4);
        b.criteria = parseJsonObject(s->text(5));
        b.createdAt = QDateTime::fromString(s->text(6), Qt::ISODateWithMs);
        result.append(b);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<QList<Task>> WorkService::assignTasks(const Id &batchId, const QList<Task> &tasks)
{
    // A gold task needs a gold item, a calibration task a calibration reference: an item is
    // never both, so what a person saw in calibration is never served to them as gold.
    auto purpose = db()->prepare(
            QStringLiteral("SELECT purpose FROM gold_answers WHERE item_id = ?1"));
    if (!purpose)
        return purpose.error();
    for (const Task &t : tasks) {
        if (t.kind != TaskKind::Gold && t.kind != TaskKind::Calibration)
            continue;
        purpose->bind(1, t.itemId);
        const QString is = purpose->step() ? purpose->text(0) : QString();
        purpose->reset();
        const bool calibration = t.kind == TaskKind::Calibration;
        auto inSet = db()->prepare(
                QStringLiteral("SELECT 1 FROM calibration_references WHERE item_id = ?1"));
        if (!inSet)
            return inSet.error();
        inSet->bind(1, t.itemId);
        if (!calibration && inSet->step())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("item %1 is in a calibration set, never gold").arg(t.itemId),
                             path());
        if (is != (calibration ? QLatin1String("calibration") : QLatin1String("gold"))) {
            return makeError(ErrorCode::InvalidInput,
                             calibration ? Tr::tr("item %1 is not a calibration reference"
                                                  " (assay gold add ITEM --calibration)")
                                                   .arg(t.itemId)
                                         : Tr::tr("item %1 is not a gold item").arg(t.itemId),
                             path());
        }
    }
    QList<Task> out = tasks;
    for (Task &t : out) {
        t.id = newId();
        t.batchId = batchId;
        t.state = TaskState::Pending;
    }
    ASSAY_TRY(recordAssignment(batchId, {}, out));
    return out;
}

Status WorkService::recordAssignment(const Id &batchId, const QString &seed,
                                     const QList<Task> &tasks)
{
    // Split by audience: each annotator's queue in an event they may read, the kinds and the
    // seed in the leads' plan.
    const Assignment a = splitAssignment(batchId, seed, tasks);
    return project().transact([&]() -> Status {
        for (const TasksQueued &q : a.queues) {
            auto e = project().record(q);
            if (!e)
                return e.error();
        }
        auto e = project().record(a.plan);
        if (!e)
            return e.error();
        return {};
    });
}

Result<QList<Task>> WorkService::queue(const Id &personId, const Id &batchId) const
{
    if (personId != actor().id)
        ASSAY_TRY(project().mayRead(Read::OthersQueues));
    auto tasks = tasksOf(personId, batchId);
    if (!tasks || core::mayRead(actor(), Read::TaskKinds))
        return tasks;
    for (Task &t : *tasks) {
        if (t.kind == TaskKind::Gold)
            t.kind = TaskKind::Production; // gold must look like any other task
    }
    return tasks;
}

Result<QList<Task>> WorkService::tasksOf(const Id &personId, const Id &batchId) const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT id, batch_id, item_id, person_id, kind, state, position FROM tasks"
            " WHERE person_id = ?1 AND (?2 = '' OR batch_id = ?2) ORDER BY batch_id, position"));
    if (!s)
        return s.error();
    s->bind(1, personId).bind(2, batchId);
    QList<Task> result;
    while (s->step()) {
        Task t;
        t.id = s->text(0);
        t.batchId = s->text(1);
        t.itemId = s->text(2);
        t.personId = s->text(3);
        parseTaskKind(s->text(4), &t.kind);
        parseTaskState(s->text(5), &t.state);
        t.position = s->int32(6);
        result.append(t);
    }
    if (s->error())
        return *s->error();
    return result;
}

Status WorkService::setTaskState(const Id &taskId, TaskState state, const QString &reason,
                                 const QString &comment, const QString &section)
{
    auto s = db()->prepare(QStringLiteral("SELECT person_id, state FROM tasks WHERE id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, taskId);
    if (!s->step())
        return makeError(ErrorCode::NotFound, Tr::tr("no task %1").arg(taskId), path());
    const QString owner = s->text(0);
    TaskState current = TaskState::Pending;
    parseTaskState(s->text(1), &current);
    // Whose task it is: the policy says who may annotate, this says whose work it is.
    if (owner != actor().id && !isAllowed(actor(), Action::ManageBatches))
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not change another person's task").arg(actor().name),
                         path());
    if (current == TaskState::Done && state != TaskState::Done)
        ASSAY_TRY(project().review().checkAnswerOpen(taskId));
    if (current == TaskState::Flagged && state != TaskState::Flagged) {
        return makeError(ErrorCode::Conflict,
                         Tr::tr("the task is flagged: its flag stays until a lead resolves it"),
                         path());
    }
    // The gold score is state made by the applier; what follows from it (the recalibration
    // gate) is decided by a lead or trainer (GoldService::applyGates), not in this person's name.
    QString anchor = section.trimmed();
    if (anchor.startsWith(QLatin1Char('#')))
        anchor.remove(0, 1);
    auto e = project().record(TaskStateSet{taskId, state, reason, comment, anchor, {}});
    if (!e)
        return e.error();
    return {};
}

Status WorkService::resolveFlag(const Id &taskId, TaskState state, const QString &note)
{
    ASSAY_TRY(project().mayRecord(TaskFlagResolved::kind));
    if (state != TaskState::Pending && state != TaskState::Done) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a flag is resolved by re-queueing the task or by marking it done"),
                         path());
    }
    auto s = db()->prepare(QStringLiteral("SELECT state FROM tasks WHERE id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, taskId);
    if (!s->step())
        return makeError(ErrorCode::NotFound, Tr::tr("no task %1").arg(taskId), path());
    if (s->text(0) != taskStateName(TaskState::Flagged))
        return makeError(ErrorCode::Conflict, Tr::tr("task %1 is not flagged").arg(taskId), path());
    auto e = project().record(TaskFlagResolved{taskId, state, note, {}});
    if (!e)
        return e.error();
    return {};
}

Result<QList<Task>> WorkService::annotatorQueue(const Id &personId, const Id &batchId) const
{
    if (personId != actor().id)
        ASSAY_TRY(project().mayRead(Read::OthersQueues));
    auto recalibrate = project().gold().mustRecalibrate(personId);
    if (!recalibrate)
        return recalibrate.error();
    auto all = tasksOf(personId, batchId);
    if (!all)
        return all.error();
    // Tasks of a calibration session that is closed, or outside its time window, wait.
    QSet<Id> waiting;
    {
        auto s = db()->prepare(QStringLiteral(
                "SELECT c.task_id FROM calibration_tasks c JOIN calibration_sessions s"
                " ON s.id = c.session_id WHERE c.person_id = ?1 AND (s.state = 'closed'"
                " OR (s.opens_at <> '' AND s.opens_at > ?2)"
                " OR (s.closes_at <> '' AND s.closes_at <= ?2))"));
        if (!s)
            return s.error();
        s->bind(1, personId).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        while (s->step())
            waiting.insert(s->text(0));
    }
    QList<Task> result;
    for (Task t : *all) {
        if (waiting.contains(t.id))
            continue;
        // The gate: until recalibrated, a person works calibration tasks only.
        if (*recalibrate && t.kind != TaskKind::Calibration)
            continue;
        if (t.kind == TaskKind::Gold)
            t.kind = TaskKind::Production; // gold must look like any other task
        result.append(t);
    }
    return result;
}

Result<Batch> WorkService::batch(const QString &nameOrId) const
{
    auto all = batches();
    if (!all)
        return all.error();
    QList<Batch> named;
    for (const Batch &b : *all) {
        if (b.id == nameOrId)
            return b;
        if (b.name == nameOrId)
            named.append(b);
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("several batches are named \"%1\"; give the id").arg(nameOrId),
                         path());
    return makeError(ErrorCode::NotFound, Tr::tr("no batch \"%1\"").arg(nameOrId), path());
}

Result<QList<Task>> WorkService::batchTasks(const Id &batchId) const
{
    ASSAY_TRY(project().mayRead(Read::TaskKinds));
    auto s = db()->prepare(QStringLiteral("SELECT %1 FROM tasks WHERE batch_id = ?1"
                                          " ORDER BY person_id, position, id")
                                   .arg(QLatin1String(s_taskColumns)));
    if (!s)
        return s.error();
    s->bind(1, batchId);
    QList<Task> result;
    while (s->step())
        result.append(readTask(*s));
    if (s->error())
        return *s->error();
    return result;
}

Result<Batch> WorkService::planBatch(const BatchSpec &spec)
{
    ASSAY_TRY(project().mayRecord(BatchCreated::kind));
    if (spec.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a batch needs a name"), path());
    if (const QString problem = nameProblem(spec.name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the batch name \"%1\" %2").arg(printable(spec.name), problem),
                         path());

    if (spec.pooled && spec.leaseSeconds < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("a lease lasts at least a second"), path());
    auto input = planInput(spec);
    if (!input)
        return input.error();
    const quality::BatchPlanInput &in = *input;
    auto plan = spec.pooled ? poolPlan(in, spec) : quality::planBatch(in);
    if (!plan)
        return makeError(plan.error().code, plan.error().message, path());

    Batch b;
    b.id = newId();
    b.name = spec.name.trimmed();
    b.overlap = spec.overlap;
    b.goldRate = spec.goldRate;
    b.criteria = spec.criteria;
    QList<Task> tasks;
    for (const quality::PlannedTask &t : *plan) {
        Task task;
        task.id = newId();
        task.batchId = b.id;
        task.itemId = t.itemId;
        task.personId = t.personId;
        task.kind = t.kind;
        task.position = t.position;
        tasks.append(task);
    }

    QString createdAt;
    const Status st = project().transact([&]() -> Status {
        auto created = project().record(
                BatchCreated{b.id, b.name, b.overlap, b.goldRate, b.criteria, spec.order, {}});
        if (!created)
            return created.error();
        createdAt = created->time;
        if (spec.pooled) {
            auto pooled = project().record(BatchPooled{b.id, spec.leaseSeconds, {}});
            if (!pooled)
                return pooled.error();
        }
        return recordAssignment(b.id, QString::number(in.seed), tasks);
    });
    ASSAY_TRY(st);
    b.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    return b;
}

Result<QList<quality::PlannedTask>> WorkService::poolPlan(const quality::BatchPlanInput &in,
                                                          const BatchSpec &spec) const
{
    // The pool: each production item `overlap` times, then one task per gold item and person
    // who may annotate; nobody's yet, the server hands them out.
    QList<quality::PlannedTask> out;
    int position = 0;
    for (int k = 0; k < spec.overlap; ++k) {
        for (const Id &item : in.productionItems)
            out.append({item, {}, TaskKind::Production, position++});
    }
    if (spec.goldRate > 0) {
        auto people = project().people().people();
        if (!people)
            return people.error();
        int annotators = 0;
        for (const Person &p : *people)
            annotators += p.active && isAllowed(p, Action::Annotate) ? 1 : 0;
        if (in.goldItems.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("a gold rate needs gold items (assay gold add)"), path());
        for (int k = 0; k < std::max(1, annotators); ++k) {
            for (const Id &item : in.goldItems)
                out.append({item, {}, TaskKind::Gold, position++});
        }
    }
    return out;
}

Status WorkService::setPooled(const Id &batchId, int leaseSeconds)
{
    ASSAY_TRY(project().mayRecord(BatchPooled::kind));
    ASSAY_TRY(batch(batchId));
    if (leaseSeconds < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("a lease lasts at least a second"), path());
    auto e = project().record(BatchPooled{batchId, leaseSeconds, {}});
    if (!e)
        return e.error();
    return {};
}

Result<QList<PooledBatch>> WorkService::pooledBatches() const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT b.id, b.name, b.gold_rate, p.lease_seconds, b.state FROM batch_pools p"
            " JOIN batches b ON b.id = p.batch_id ORDER BY b.time, b.name"));
    if (!s)
        return s.error();
    QList<PooledBatch> out;
    while (s->step()) {
        PooledBatch b;
        b.batchId = s->text(0);
        b.name = s->text(1);
        b.goldRate = s->real(2);
        b.leaseSeconds = s->int32(3);
        parseBatchState(s->text(4), &b.state);
        out.append(b);
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<QList<Task>> WorkService::poolTasks(const Id &batchId) const
{
    ASSAY_TRY(project().mayRead(Read::TaskKinds));
    return batchTasks(batchId);
}

Result<QList<Task>> WorkService::recordLeased(const Id &batchId, const QList<Task> &leased)
{
    ASSAY_TRY(project().mayRecord(TasksLeased::kind));
    auto mine = tasksOf(actor().id, {});
    if (!mine)
        return mine.error();
    QSet<Id> have;
    int position = 0;
    for (const Task &t : std::as_const(*mine)) {
        have.insert(t.id);
        if (t.batchId == batchId)
            position = std::max(position, t.position + 1);
    }
    TasksLeased e;
    e.batchId = batchId;
    for (Task t : leased) {
        if (have.contains(t.id))
            continue;
        t.batchId = batchId;
        t.position = position++;
        t.personId = actor().id;
        t.kind = TaskKind::Production;
        t.state = TaskState::Pending;
        e.tasks.append(t);
    }
    if (e.tasks.isEmpty())
        return QList<Task>{};
    auto recorded = project().record(e);
    if (!recorded)
        return recorded.error();
    return e.tasks;
}

Result<quality::BatchPlanInput> WorkService::planInput(const BatchSpec &spec) const
{
    quality::BatchPlanInput in;
    for (const QString &who : spec.annotators) {
        auto p = project().people().person(who);
        if (!p)
            return p.error();
        if (!p->active || !isAllowed(*p, Action::Annotate))
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1 cannot annotate").arg(p->name),
                             path());
        if (in.annotators.contains(p->id))
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1 is named twice").arg(p->name),
                             path());
        in.annotators.append(p->id);
        in.annotatorNames.insert(p->id, p->name);
    }
    // What each annotator labeled before, as production work or in calibration: such an item
    // served later as gold would be recognised.
    {
        auto s = db()->prepare(QStringLiteral(
                "SELECT person_id, item_id FROM tasks WHERE kind IN ('production', 'calibration')"
                " AND person_id IS NOT NULL"));
        if (!s)
            return s.error();
        while (s->step()) {
            if (in.annotatorNames.contains(s->text(0)))
                in.labeledBefore[s->text(0)].insert(s->text(1));
        }
        if (s->error())
            return *s->error();
    }
    auto gold = db()->prepare(
            QStringLiteral("SELECT g.item_id FROM gold_answers g JOIN items i ON i.id = g.item_id"
                           " WHERE g.purpose = 'gold' AND g.item_id NOT IN"
                           " (SELECT item_id FROM calibration_references) ORDER BY i.seq"));
    if (!gold)
        return gold.error();
    while (gold->step())
        in.goldItems.append(gold->text(0));
    if (!spec.itemIds.isEmpty()) {
        for (const QString &id : spec.itemIds) {
            ASSAY_TRY(project().items().item(id));
            if (!in.goldItems.contains(id) && !in.productionItems.contains(id))
                in.productionItems.append(id);
        }
    } else {
        auto s = db()->prepare(
                QStringLiteral("SELECT id FROM items WHERE (?1 = '' OR kind = ?1)"
                               " AND id NOT IN (SELECT item_id FROM gold_answers)"
                               " AND id NOT IN (SELECT item_id FROM calibration_references)"
                               " ORDER BY seq"));
        if (!s)
            return s.error();
        s->bind(1, spec.kind ? itemKindName(*spec.kind) : QString());
        while (s->step())
            in.productionItems.append(s->text(0));
    }
    if (in.productionItems.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("no items to put in the batch"), path());
    // Gold must look like its neighbours: when the batch's production items carry a model's
    // suggestions, a gold item without any would stand out, so only gold items with
    // suggestions are drawn (a pool too small for the rate is then reported by the planner).
    {
        QSet<QString> suggested;
        auto s = db()->prepare(QStringLiteral("SELECT DISTINCT item_id FROM prelabels"));
        if (!s)
            return s.error();
        while (s->step())
            suggested.insert(s->text(0));
        if (s->error())
            return *s->error();
        const bool productionSuggested = std::any_of(in.productionItems.cbegin(),
                                                     in.productionItems.cend(),
                                                     [&](const QString &id) {
                                                         return suggested.contains(id);
                                                     });
        if (productionSuggested) {
            const qsizetype before = in.goldItems.size();
            in.goldItems.removeIf([&](const QString &id) { return !suggested.contains(id); });
            if (in.goldItems.isEmpty() && before > 0 && spec.goldRate > 0) {
                return makeError(
                        ErrorCode::InvalidInput,
                        Tr::tr("the gold items have no model suggestions, and this batch's items do:"
                               " gold would stand out (import suggestions for the gold items too)"),
                        path());
            }
        }
    }
    if (!spec.order.isEmpty()) {
        quality::UncertaintyOrder order;
        if (!quality::parseUncertaintyOrder(spec.order, &order)) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("unknown order \"%1\" (confidence or margin)").arg(spec.order),
                             path());
        }
        auto predictions = project().annotations().prelabels();
        if (!predictions)
            return predictions.error();
        if (predictions->isEmpty()) {
            return makeError(
                    ErrorCode::InvalidInput,
                    Tr::tr("ordering by uncertainty needs pre-labels with scores (assay import --prelabels)"),
                    path());
        }
        QList<quality::Prediction> scored;
        for (const PreLabel &p : std::as_const(*predictions)) {
            if (p.score)
                scored.append({p.itemId, p.classId, p.box.has_value(), *p.score});
        }
        in.productionItems = quality::orderByUncertainty(in.productionItems, scored, order);
        in.keepOrder = true;
    }
    in.overlap = spec.overlap;
    in.goldRate = spec.goldRate;
    in.seed = spec.seed ? *spec.seed : QRandomGenerator::system()->generate64();
    return in;
}

Result<QList<BatchWork>> WorkService::batchWork(const Id &batchId) const
{
    auto tasks = batchTasks(batchId);
    if (!tasks)
        return tasks.error();
    auto annotations = queryAnnotations(
            db(), "task_id IN (SELECT id FROM tasks WHERE batch_id = ?1 AND state = 'done')",
            batchId);
    if (!annotations)
        return annotations.error();
    auto scores = project().gold().scoresOfWork();
    if (!scores)
        return scores.error();
    auto people = project().people().people();
    if (!people)
        return people.error();
    QHash<Id, Task> byId;
    for (const Task &t : *tasks)
        byId.insert(t.id, t);
    QHash<Id, double> scoreOf;
    for (const GoldScore &g : *scores)
        scoreOf.insert(g.taskId, g.score);
    QHash<Id, QString> names;
    for (const Person &p : *people)
        names.insert(p.id, p.name);
    QList<BatchWork> result;
    for (const Annotation &a : *annotations) {
        BatchWork w;
        w.task = byId.value(a.taskId);
        w.annotation = a;
        w.personName = names.value(a.personId, a.personId);
        if (scoreOf.contains(a.taskId))
            w.goldScore = scoreOf.value(a.taskId);
        result.append(w);
    }
    return result;
}

Result<Batch> WorkService::decideBatch(const Id &batchId, bool accept, const QString &reason)
{
    auto b = batch(batchId);
    if (!b)
        return b.error();
    if (b->state == BatchState::Accepted || b->state == BatchState::Rejected) {
        return makeError(ErrorCode::Conflict,
                         Tr::tr("batch %1 was already %2").arg(b->name, batchStateName(b->state)),
                         path());
    }
    BatchDecided decided;
    decided.batchId = b->id;
    decided.decision = accept ? BatchState::Accepted : BatchState::Rejected;
    decided.reason = reason;
    Batch result = *b;
    result.state = accept ? BatchState::Accepted : BatchState::Rejected;
    if (!accept) {
        // Rejected work is done again by the same people in a new batch; nothing of the old
        // batch is changed but its state.
        Batch redo = *b;
        redo.id = newId();
        redo.name = Tr::tr("%1 (re-queued)").arg(b->name);
        redo.state = BatchState::Open;
        // The tasks are not in the event (their kinds are for leads only): each copy makes
        // them again from the tasks it holds.
        decided.requeueBatch
                = BatchCreated{redo.id, redo.name, redo.overlap, redo.goldRate, redo.criteria,
                               {},      {}};
        result = redo;
    }
    auto e = project().record(decided);
    if (!e)
        return e.error();
    if (!accept)
        result.createdAt = QDateTime::fromString(e->time, Qt::ISODateWithMs);
    return result;
}

Result<BatchPreview> WorkService::previewBatch(const BatchSpec &spec) const
{
    ASSAY_TRY(project().mayRecord(BatchCreated::kind));
    auto in = planInput(spec);
    if (!in)
        return in.error();
    auto plan = spec.pooled ? poolPlan(*in, spec) : quality::planBatch(*in);
    if (!plan)
        return makeError(plan.error().code, plan.error().message, path());
    BatchPreview preview;
    preview.tasks = *plan;
    preview.names = in->annotatorNames;
    preview.productionItems = int(in->productionItems.size());
    preview.goldItems = int(in->goldItems.size());
    preview.seed = in->seed;
    return preview;
}

Result<QList<FlaggedTask>> WorkService::flaggedTasks() const
{
    ASSAY_TRY(project().mayRead(Read::OthersQueues));
    // The flag's own comment: the latest one its annotator wrote while it was flagged.
    auto s = db()->prepare(QStringLiteral(
            "SELECT t.id, t.batch_id, t.item_id, t.person_id, t.kind, t.state, t.position,"
            " c.reason, c.comment, c.time FROM tasks t LEFT JOIN task_comments c"
            " ON c.event_id = (SELECT event_id FROM task_comments WHERE task_id = t.id"
            "  AND reason <> 'resolved' ORDER BY time DESC, event_id DESC LIMIT 1)"
            " WHERE t.state = 'flagged' ORDER BY c.time, t.id"));
    if (!s)
        return s.error();
    QList<FlaggedTask> result;
    while (s->step()) {
        FlaggedTask f;
        f.task = readTask(*s);
        f.reason = s->text(7);
        f.comment = s->text(8);
        f.time = s->text(9);
        result.append(f);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<QueueProgress> WorkService::queueProgress(const Id &personId) const
{
    auto tasks = queue(personId);
    if (!tasks)
        return tasks.error();
    QueueProgress p;
    for (const Task &t : std::as_const(*tasks)) {
        ++p.total;
        switch (t.state) {
        case TaskState::Done: ++p.done; break;
        case TaskState::Pending: ++p.pending; break;
        case TaskState::Skipped: ++p.skipped; break;
        case TaskState::Flagged: ++p.flagged; break;
        }
    }
    auto s = db()->prepare(QStringLiteral(
            "SELECT AVG(a.time_spent_ms), COUNT(*) FROM annotations a JOIN tasks t ON t.id = a.task_id"
            " WHERE t.person_id = ?1 AND t.state = 'done' AND a.time_spent_ms > 0"));
    if (!s)
        return s.error();
    s->bind(1, personId);
    if (s->step() && s->int64(1) > 0)
        p.meanTimeMs = qint64(s->real(0));
    if (s->error())
        return *s->error();
    return p;
}

} // namespace assay::core
