// SPDX-License-Identifier: Apache-2.0
// ProjectStore: gold answers and scores, the recalibration gate, batch planning and decisions.
#include "core/quality/batchplan.h"
#include "core/quality/uncertainty.h"
#include "core/store/database.h"
#include "core/store/projectstore.h"
#include "core/store/storequeries_p.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace assay::core::store {

static QJsonArray boxesJson(const QList<Box> &boxes)
{
    QJsonArray array;
    for (const Box &b : boxes) {
        QJsonObject o{{QStringLiteral("id"), b.id.isEmpty() ? newId() : b.id},
                      {QStringLiteral("x"), b.x},
                      {QStringLiteral("y"), b.y},
                      {QStringLiteral("w"), b.w},
                      {QStringLiteral("h"), b.h}};
        if (!b.classId.isEmpty())
            o.insert(QStringLiteral("class_id"), b.classId);
        array.append(o);
    }
    return array;
}

static QList<Box> boxesFrom(const QString &text)
{
    QList<Box> boxes;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        Box b;
        b.id = o.value(QLatin1String("id")).toString();
        b.classId = o.value(QLatin1String("class_id")).toString();
        b.x = o.value(QLatin1String("x")).toDouble();
        b.y = o.value(QLatin1String("y")).toDouble();
        b.w = o.value(QLatin1String("w")).toDouble();
        b.h = o.value(QLatin1String("h")).toDouble();
        boxes.append(b);
    }
    return boxes;
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

// ---- items and gold --------------------------------------------------------------------

Result<Item> ProjectStore::findItem(const QString &ref) const
{
    auto byId = item(ref);
    if (byId)
        return byId;
    auto s = m_db->prepare(QStringLiteral("SELECT id, path FROM items WHERE path = ?1 OR path LIKE ?2"));
    if (!s)
        return s.error();
    QString stored = ref;
    if (QFileInfo(ref).isAbsolute())
        stored = storedMediaPath(ref);
    s->bind(1, stored).bind(2, QStringLiteral("%/") + QFileInfo(ref).fileName());
    QStringList exact, byName;
    while (s->step()) {
        if (s->text(1) == stored)
            exact.append(s->text(0));
        else if (QFileInfo(s->text(1)).fileName() == QFileInfo(ref).fileName())
            byName.append(s->text(0));
    }
    if (exact.size() == 1)
        return item(exact.first());
    if (exact.isEmpty() && byName.size() == 1)
        return item(byName.first());
    if (exact.size() + byName.size() > 1) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("assay", "\"%1\" names several items; give the path or the id").arg(ref), m_path);
    }
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no item \"%1\"").arg(ref), m_path);
}

Status ProjectStore::setGold(const QList<GoldAnswer> &answers)
{
    if (answers.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "no gold answers given"), m_path);
    QJsonArray rows;
    for (const GoldAnswer &a : answers) {
        if (a.classIds.isEmpty() && a.boxes.isEmpty())
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "item %1: a gold answer needs classes or boxes").arg(a.itemId), m_path);
        ASSAY_TRY(item(a.itemId));
        rows.append(QJsonObject{{QStringLiteral("item_id"), a.itemId},
                                {QStringLiteral("classes"), QJsonArray::fromStringList(a.classIds)},
                                {QStringLiteral("boxes"), boxesJson(a.boxes)}});
    }
    auto e = record(Action::ManageBatches, {QStringLiteral("gold.set"), {{QStringLiteral("answers"), rows}}});
    if (!e)
        return e.error();
    return {};
}

Result<QList<GoldAnswer>> ProjectStore::goldAnswers() const
{
    if (!isAllowed(m_actor, Action::ManageBatches)) // reference answers are for leads only
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 may not see gold answers").arg(m_actor.name), m_path);
    auto s = m_db->prepare(QStringLiteral(
        "SELECT g.item_id, g.classes, g.boxes, g.person_id, g.time FROM gold_answers g"
        " JOIN items i ON i.id = g.item_id ORDER BY i.seq"));
    if (!s)
        return s.error();
    QList<GoldAnswer> result;
    while (s->step()) {
        GoldAnswer a;
        a.itemId = s->text(0);
        for (const auto &c : QJsonDocument::fromJson(s->text(1).toUtf8()).array())
            a.classIds.append(c.toString());
        a.boxes = boxesFrom(s->text(2));
        a.personId = s->text(3);
        a.time = s->text(4);
        result.append(a);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<QList<GoldScore>> ProjectStore::goldScores(const Id &personId) const
{
    auto s = m_db->prepare(QStringLiteral(
        "SELECT task_id, person_id, item_id, kind, score, passed, event_seq FROM gold_scores"
        " WHERE ?1 = '' OR person_id = ?1 ORDER BY event_seq"));
    if (!s)
        return s.error();
    s->bind(1, personId);
    QList<GoldScore> result;
    while (s->step()) {
        GoldScore g;
        g.taskId = s->text(0);
        g.personId = s->text(1);
        g.itemId = s->text(2);
        parseTaskKind(s->text(3), &g.kind);
        g.score = s->real(4);
        g.passed = s->int64(5) != 0;
        g.eventSeq = s->int64(6);
        result.append(g);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<QualitySettings> ProjectStore::qualitySettings() const
{
    QualitySettings q;
    auto s = m_db->prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'gold_%'"));
    if (!s)
        return s.error();
    while (s->step()) {
        const QString key = s->text(0);
        if (key == QLatin1String("gold_window"))
            q.goldWindow = int(s->text(1).toDouble());
        else if (key == QLatin1String("gold_threshold"))
            q.goldThreshold = s->text(1).toDouble();
        else if (key == QLatin1String("gold_minimum"))
            q.goldMinimum = int(s->text(1).toDouble());
    }
    return q;
}

Status ProjectStore::setQualitySettings(const QualitySettings &q)
{
    if (q.goldWindow < 1 || q.goldMinimum < 1 || !(q.goldThreshold >= 0 && q.goldThreshold <= 1))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "the gold window and minimum must be at least 1 and the threshold in [0, 1]"), m_path);
    auto e = record(Action::ManageBatches, {QStringLiteral("quality.settings_set"),
                                            {{QStringLiteral("gold_window"), q.goldWindow},
                                             {QStringLiteral("gold_threshold"), q.goldThreshold},
                                             {QStringLiteral("gold_minimum"), q.goldMinimum}}});
    if (!e)
        return e.error();
    return {};
}

Result<PersonGoldStatus> ProjectStore::goldStatus(const Id &personId) const
{
    auto p = person(personId);
    if (!p)
        return p.error();
    auto settings = qualitySettings();
    if (!settings)
        return settings.error();
    PersonGoldStatus st;
    st.personId = p->id;
    st.name = p->name;
    auto q = m_db->prepare(QStringLiteral("SELECT state, since_seq FROM person_quality WHERE person_id = ?1"));
    if (!q)
        return q.error();
    q->bind(1, p->id);
    qint64 since = 0;
    if (q->step()) {
        st.recalibrationRequired = q->text(0) == QLatin1String("recalibration_required");
        since = q->int64(1);
    }
    // Only gold tasks count: calibration answers are how a person gets back, not the gate.
    auto s = m_db->prepare(QStringLiteral(
        "SELECT score FROM gold_scores WHERE person_id = ?1 AND kind = 'gold' AND event_seq > ?2"
        " ORDER BY event_seq DESC LIMIT ?3"));
    if (!s)
        return s.error();
    s->bind(1, p->id).bind(2, since).bind(3, settings->goldWindow);
    double sum = 0;
    while (s->step()) {
        sum += s->real(0);
        ++st.scored;
    }
    if (st.scored > 0)
        st.rollingAccuracy = sum / st.scored;
    return st;
}

Status ProjectStore::checkRecalibration(const Id &personId)
{
    auto settings = qualitySettings();
    if (!settings)
        return settings.error();
    auto st = goldStatus(personId);
    if (!st)
        return st.error();
    if (st->recalibrationRequired || !st->rollingAccuracy
        || st->scored < std::min(settings->goldMinimum, settings->goldWindow)
        || *st->rollingAccuracy >= settings->goldThreshold - 1e-12)
        return {};
    auto e = recordUnchecked({QStringLiteral("person.recalibration_required"),
                              {{QStringLiteral("person_id"), personId},
                               {QStringLiteral("accuracy"), *st->rollingAccuracy},
                               {QStringLiteral("window"), st->scored},
                               {QStringLiteral("threshold"), settings->goldThreshold}}});
    if (!e)
        return e.error();
    return {};
}

// The way back: once a person marked for recalibration has no calibration task left open and
// their calibration answers since the mark score at least the threshold on average, they pass
// and return to production work. Recorded in the same transaction as the last answer.
Status ProjectStore::checkCalibrationPassed(const Id &personId)
{
    auto settings = qualitySettings();
    if (!settings)
        return settings.error();
    auto st = goldStatus(personId);
    if (!st)
        return st.error();
    if (!st->recalibrationRequired)
        return {};
    auto open = m_db->prepare(QStringLiteral(
        "SELECT COUNT(*) FROM tasks WHERE person_id = ?1 AND kind = 'calibration' AND state = 'pending'"));
    if (!open)
        return open.error();
    open->bind(1, personId);
    if (!open->step() || open->int64(0) > 0)
        return {};
    auto scores = m_db->prepare(QStringLiteral(
        "SELECT AVG(score), COUNT(*) FROM gold_scores WHERE person_id = ?1 AND kind = 'calibration'"
        " AND event_seq > (SELECT since_seq FROM person_quality WHERE person_id = ?1)"));
    if (!scores)
        return scores.error();
    scores->bind(1, personId);
    if (!scores->step() || scores->int64(1) == 0)
        return {};
    const double accuracy = scores->real(0);
    if (accuracy < settings->goldThreshold - 1e-12)
        return {};
    auto e = recordUnchecked({QStringLiteral("person.recalibrated"),
                              {{QStringLiteral("person_id"), personId},
                               {QStringLiteral("calibration_accuracy"), accuracy},
                               {QStringLiteral("calibration_answers"), double(scores->int64(1))}}});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::markRecalibrated(const Id &personId)
{
    auto st = goldStatus(personId);
    if (!st)
        return st.error();
    if (!st->recalibrationRequired)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("assay", "%1 is not marked for recalibration").arg(st->name), m_path);
    auto e = record(Action::Recalibrate, {QStringLiteral("person.recalibrated"),
                                          {{QStringLiteral("person_id"), st->personId}}});
    if (!e)
        return e.error();
    return {};
}

// ---- queues and batches ----------------------------------------------------------------

Result<QList<Task>> ProjectStore::annotatorQueue(const Id &personId, const Id &batchId) const
{
    auto st = goldStatus(personId);
    if (!st)
        return st.error();
    auto all = queue(st->personId, batchId);
    if (!all)
        return all.error();
    QList<Task> result;
    for (Task t : *all) {
        // The gate: until recalibrated, a person works calibration tasks only.
        if (st->recalibrationRequired && t.kind != TaskKind::Calibration)
            continue;
        if (t.kind == TaskKind::Gold)
            t.kind = TaskKind::Production; // gold must look like any other task
        result.append(t);
    }
    return result;
}

Result<Batch> ProjectStore::batch(const QString &nameOrId) const
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
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("assay", "several batches are named \"%1\"; give the id").arg(nameOrId), m_path);
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no batch \"%1\"").arg(nameOrId), m_path);
}

Result<QList<Task>> ProjectStore::batchTasks(const Id &batchId) const
{
    auto s = m_db->prepare(QStringLiteral("SELECT %1 FROM tasks WHERE batch_id = ?1"
                                          " ORDER BY person_id, position, id").arg(QLatin1String(s_taskColumns)));
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

Result<Batch> ProjectStore::planBatch(const BatchSpec &spec)
{
    if (!isAllowed(m_actor, Action::ManageBatches))
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 may not %2").arg(m_actor.name, actionName(Action::ManageBatches)), m_path);
    if (spec.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "a batch needs a name"), m_path);

    quality::BatchPlanInput in;
    for (const QString &who : spec.annotators) {
        auto p = person(who);
        if (!p)
            return p.error();
        if (!p->active || !isAllowed(*p, Action::Annotate))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "%1 cannot annotate").arg(p->name), m_path);
        if (in.annotators.contains(p->id))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "%1 is named twice").arg(p->name), m_path);
        in.annotators.append(p->id);
    }
    auto gold = m_db->prepare(QStringLiteral(
        "SELECT g.item_id FROM gold_answers g JOIN items i ON i.id = g.item_id ORDER BY i.seq"));
    if (!gold)
        return gold.error();
    while (gold->step())
        in.goldItems.append(gold->text(0));
    if (!spec.itemIds.isEmpty()) {
        for (const QString &id : spec.itemIds) {
            ASSAY_TRY(item(id));
            if (!in.goldItems.contains(id) && !in.productionItems.contains(id))
                in.productionItems.append(id);
        }
    } else {
        auto s = m_db->prepare(QStringLiteral(
            "SELECT id FROM items WHERE (?1 = '' OR kind = ?1)"
            " AND id NOT IN (SELECT item_id FROM gold_answers) ORDER BY seq"));
        if (!s)
            return s.error();
        s->bind(1, spec.kind ? itemKindName(*spec.kind) : QString());
        while (s->step())
            in.productionItems.append(s->text(0));
    }
    if (in.productionItems.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "no items to put in the batch"), m_path);
    if (!spec.order.isEmpty()) {
        quality::UncertaintyOrder order;
        if (!quality::parseUncertaintyOrder(spec.order, &order)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("assay", "unknown order \"%1\" (confidence or margin)").arg(spec.order), m_path);
        }
        auto predictions = prelabels();
        if (!predictions)
            return predictions.error();
        if (predictions->isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("assay", "ordering by uncertainty needs pre-labels with scores (assay import --prelabels)"), m_path);
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
    auto plan = quality::planBatch(in);
    if (!plan)
        return makeError(plan.error().code, plan.error().message, m_path);

    Batch b;
    b.id = newId();
    b.name = spec.name.trimmed();
    b.overlap = spec.overlap;
    b.goldRate = spec.goldRate;
    b.criteria = spec.criteria;
    QJsonArray rows;
    for (const quality::PlannedTask &t : *plan)
        rows.append(QJsonArray{newId(), t.itemId, t.personId, taskKindName(t.kind), t.position});

    Transaction tx(m_db.get());
    ASSAY_TRY(tx.begin());
    auto created = recordUnchecked({QStringLiteral("batch.created"),
                                    {{QStringLiteral("id"), b.id},
                                     {QStringLiteral("name"), b.name},
                                     {QStringLiteral("overlap"), b.overlap},
                                     {QStringLiteral("gold_rate"), b.goldRate},
                                     {QStringLiteral("criteria"), b.criteria},
                                     {QStringLiteral("order"), spec.order}}});
    if (!created)
        return created.error();
    // The seed is kept (as text: a JSON number would lose bits) so the plan can be audited;
    // the positions themselves are in the rows, so a replay needs no RNG.
    auto assigned = recordUnchecked({QStringLiteral("tasks.assigned"),
                                     {{QStringLiteral("batch_id"), b.id},
                                      {QStringLiteral("seed"), QString::number(in.seed)},
                                      {QStringLiteral("tasks"), rows}}});
    if (!assigned)
        return assigned.error();
    ASSAY_TRY(tx.commit());
    b.createdAt = QDateTime::fromString(created->time, Qt::ISODateWithMs);
    return b;
}

Result<QList<BatchWork>> ProjectStore::batchWork(const Id &batchId) const
{
    auto tasks = batchTasks(batchId);
    if (!tasks)
        return tasks.error();
    auto annotations = queryAnnotations(
        m_db.get(), "task_id IN (SELECT id FROM tasks WHERE batch_id = ?1 AND state = 'done')", batchId);
    if (!annotations)
        return annotations.error();
    auto scores = goldScores();
    if (!scores)
        return scores.error();
    auto people = this->people();
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

Result<quality::QualityReport> ProjectStore::batchQualityReport(const Id &batchId,
                                                              quality::ReportOptions options) const
{
    if (!isAllowed(m_actor, Action::DecideBatches) && !isAllowed(m_actor, Action::Review))
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 may not read quality reports").arg(m_actor.name), m_path);
    auto b = batch(batchId);
    if (!b)
        return b.error();
    auto work = batchWork(b->id);
    if (!work)
        return work.error();
    QList<quality::WorkRecord> records;
    for (const BatchWork &w : *work) {
        quality::WorkRecord r;
        r.annotationId = w.annotation.id;
        r.taskId = w.task.id;
        r.itemId = w.annotation.itemId;
        r.person = w.personName;
        r.kind = w.task.kind;
        r.classIds = w.annotation.classIds;
        r.boxes = w.annotation.boxes;
        r.timeSpentMs = w.annotation.timeSpentMs;
        r.goldScore = w.goldScore;
        records.append(r);
    }
    options.criteria = quality::criteriaFromJson(b->criteria);
    return quality::qualityReport(records, options);
}

Result<Batch> ProjectStore::decideBatch(const Id &batchId, bool accept, const QString &reason)
{
    auto b = batch(batchId);
    if (!b)
        return b.error();
    if (b->state == BatchState::Accepted || b->state == BatchState::Rejected) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("assay", "batch %1 was already %2").arg(b->name, batchStateName(b->state)), m_path);
    }
    QJsonObject payload{{QStringLiteral("batch_id"), b->id},
                        {QStringLiteral("decision"), batchStateName(accept ? BatchState::Accepted : BatchState::Rejected)},
                        {QStringLiteral("reason"), reason}};
    Batch result = *b;
    result.state = accept ? BatchState::Accepted : BatchState::Rejected;
    if (!accept) {
        // Rejected work is done again by the same people in a new batch; nothing of the old
        // batch is changed but its state.
        auto tasks = batchTasks(b->id);
        if (!tasks)
            return tasks.error();
        Batch redo = *b;
        redo.id = newId();
        redo.name = QCoreApplication::translate("assay", "%1 (re-queued)").arg(b->name);
        redo.state = BatchState::Open;
        QJsonArray rows;
        for (const Task &t : *tasks)
            rows.append(QJsonArray{newId(), t.itemId, t.personId, taskKindName(t.kind), t.position});
        payload.insert(QStringLiteral("requeue"),
                       QJsonObject{{QStringLiteral("batch"),
                                    QJsonObject{{QStringLiteral("id"), redo.id},
                                                {QStringLiteral("name"), redo.name},
                                                {QStringLiteral("overlap"), redo.overlap},
                                                {QStringLiteral("gold_rate"), redo.goldRate},
                                                {QStringLiteral("criteria"), redo.criteria}}},
                                   {QStringLiteral("tasks"), rows}});
        result = redo;
    }
    auto e = record(Action::DecideBatches, {QStringLiteral("batch.decided"), payload});
    if (!e)
        return e.error();
    if (!accept)
        result.createdAt = QDateTime::fromString(e->time, Qt::ISODateWithMs);
    return result;
}

} // namespace assay::core::store
