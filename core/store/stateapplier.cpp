// SPDX-License-Identifier: Apache-2.0
// Event → state-table projection. Deterministic, so a replay of the log rebuilds the project.
#include "core/store/stateapplier.h"

#include "core/quality/batchplan.h"
#include "core/store/database.h"
#include "core/store/storequeries_p.h"
#include "core/store/importapplier_p.h"
#include "core/store/importchunks_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace assay::core::store::state {

using Handler = Status (*)(Database *, const Event &, const QJsonObject &);

static Result<Statement *> stmt(Database *db, const char *sql)
{
    return db->cached(sql);
}

#define ASSAY_STMT(var, sql) \
    auto var##_r = stmt(db, sql); \
    if (!var##_r) \
        return var##_r.error(); \
    Statement &var = **var##_r

static QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

static Status setMeta(Database *db, const char *key, const QString &value)
{
    ASSAY_STMT(s, "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value);
    return s.exec();
}

static Status projectCreated(Database *db, const Event &e, const QJsonObject &p)
{
    ASSAY_TRY(setMeta(db, "project_id", p.value(QLatin1String("project_id")).toString()));
    ASSAY_TRY(setMeta(db, "name", p.value(QLatin1String("name")).toString()));
    ASSAY_TRY(setMeta(db, "media_root", p.value(QLatin1String("media_root")).toString()));
    ASSAY_TRY(setMeta(db, "created_at", e.time));
    return setMeta(db, "owner", e.personId);
}

static Status projectRenamed(Database *db, const Event &, const QJsonObject &p)
{
    return setMeta(db, "name", p.value(QLatin1String("name")).toString());
}

static Status insertRoles(Database *db, const QString &personId, const QJsonArray &roles)
{
    ASSAY_STMT(del, "DELETE FROM person_roles WHERE person_id = ?1");
    del.bind(1, personId);
    ASSAY_TRY(del.exec());
    ASSAY_STMT(ins, "INSERT INTO person_roles (person_id, role) VALUES (?1, ?2)");
    for (const auto &role : roles) {
        ins.bind(1, personId).bind(2, role.toString());
        ASSAY_TRY(ins.exec());
    }
    return {};
}

static Status personAdded(Database *db, const Event &, const QJsonObject &p)
{
    const QString id = p.value(QLatin1String("id")).toString();
    ASSAY_STMT(s, "INSERT INTO people (id, name, display_name, active) VALUES (?1, ?2, ?3, 1)");
    s.bind(1, id).bind(2, p.value(QLatin1String("name")).toString());
    s.bind(3, p.value(QLatin1String("display_name")).toString());
    ASSAY_TRY(s.exec());
    return insertRoles(db, id, p.value(QLatin1String("roles")).toArray());
}

static Status personRolesSet(Database *db, const Event &, const QJsonObject &p)
{
    return insertRoles(db, p.value(QLatin1String("id")).toString(),
                       p.value(QLatin1String("roles")).toArray());
}

static Status closeClass(Database *db, const QString &classId, int version)
{
    ASSAY_STMT(s, "UPDATE classes SET valid_to = ?2 WHERE id = ?1 AND valid_to IS NULL");
    s.bind(1, classId).bind(2, version);
    return s.exec();
}

static Status insertClass(Database *db, const QJsonObject &c, int version, qint64 position)
{
    ASSAY_STMT(s, "INSERT INTO classes (id, valid_from, valid_to, name, colour, hotkey,"
                  " description, parent_id, position) VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, c.value(QLatin1String("id")).toString()).bind(2, version);
    s.bind(3, c.value(QLatin1String("name")).toString());
    s.bind(4, c.value(QLatin1String("colour")).toString());
    s.bindOptional(5, c.value(QLatin1String("hotkey")).toString());
    s.bindOptional(6, c.value(QLatin1String("description")).toString());
    s.bindOptional(7, c.value(QLatin1String("parent_id")).toString());
    s.bind(8, position);
    return s.exec();
}

static Result<qint64> classPosition(Database *db, const QString &classId)
{
    ASSAY_STMT(s, "SELECT position FROM classes WHERE id = ?1 ORDER BY valid_from DESC LIMIT 1");
    s.bind(1, classId);
    qint64 position = -1;
    if (s.step())
        position = s.int64(0);
    s.reset();
    return position;
}

static Status taxonomyChanged(Database *db, const Event &e, const QJsonObject &p)
{
    const int version = p.value(QLatin1String("version")).toInt();
    const QString change = p.value(QLatin1String("change")).toString();
    ASSAY_STMT(v, "INSERT INTO taxonomy_versions (version, time, person_id, change, multi_label)"
                  " VALUES (?1, ?2, ?3, ?4, COALESCE(?5, (SELECT multi_label FROM"
                  " taxonomy_versions ORDER BY version DESC LIMIT 1), 0))");
    v.bind(1, version).bind(2, e.time).bind(3, e.personId).bind(4, change);
    if (p.contains(QLatin1String("multi_label")))
        v.bind(5, p.value(QLatin1String("multi_label")).toBool() ? 1 : 0);
    else
        v.bindNull(5);
    ASSAY_TRY(v.exec());

    const QJsonObject cls = p.value(QLatin1String("class")).toObject();
    if (change == QLatin1String("add")) {
        auto next = db->queryInt(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM classes"));
        if (!next)
            return next.error();
        return insertClass(db, cls, version, *next);
    }
    if (change == QLatin1String("update")) {
        const QString id = cls.value(QLatin1String("id")).toString();
        auto position = classPosition(db, id);
        if (!position)
            return position.error();
        ASSAY_TRY(closeClass(db, id, version));
        return insertClass(db, cls, version, *position);
    }
    if (change == QLatin1String("remove"))
        return closeClass(db, p.value(QLatin1String("class_id")).toString(), version);
    if (change == QLatin1String("merge")) {
        for (const auto &from : p.value(QLatin1String("from")).toArray())
            ASSAY_TRY(closeClass(db, from.toString(), version));
        return {};
    }
    return {}; // "multi_label": the version row carries it
}

static Status guidelineAdded(Database *db, const Event &e, const QJsonObject &p)
{
    ASSAY_STMT(s, "INSERT INTO guidelines (version, time, person_id, title, body)"
                  " VALUES (?1, ?2, ?3, ?4, ?5)");
    s.bind(1, p.value(QLatin1String("version")).toInt()).bind(2, e.time).bind(3, e.personId);
    s.bind(4, p.value(QLatin1String("title")).toString());
    s.bind(5, p.value(QLatin1String("body")).toString());
    return s.exec();
}

QStringList itemColumns()
{
    return {QStringLiteral("id"),          QStringLiteral("kind"),       QStringLiteral("sha256"),
            QStringLiteral("path"),        QStringLiteral("byte_size"),  QStringLiteral("width"),
            QStringLiteral("height"),      QStringLiteral("duration_ms"),
            QStringLiteral("sample_rate"), QStringLiteral("channels"),   QStringLiteral("characters"),
            QStringLiteral("phash"),       QStringLiteral("text"),       QStringLiteral("metadata")};
}

// Rows are read by column name, so item rows written by older or newer builds (with fewer or
// more columns) still apply; a missing column is NULL.
static Status itemsAdded(Database *db, const Event &, const QJsonObject &p)
{
    const QJsonArray columns = p.value(QLatin1String("columns")).toArray();
    const QStringList known = itemColumns();
    QList<int> source(known.size(), -1); // known column -> index in the row
    for (int i = 0; i < columns.size(); ++i) {
        const int k = int(known.indexOf(columns.at(i).toString()));
        if (k >= 0)
            source[k] = i;
    }
    if (source[0] < 0 || source[1] < 0 || source[2] < 0 || source[3] < 0) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("assay", "item rows lack id, kind, sha256 or path"));
    }
    ASSAY_STMT(s, "INSERT INTO items (id, kind, sha256, path, byte_size, width, height,"
                  " duration_ms, sample_rate, channels, characters, phash, text, metadata)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (const auto &rowValue : p.value(QLatin1String("rows")).toArray()) {
        const QJsonArray row = rowValue.toArray();
        auto value = [&](int k) { return source[k] < 0 ? QJsonValue() : row.at(source[k]); };
        for (int k = 0; k < 4; ++k)
            s.bind(k + 1, value(k).toString());
        s.bind(5, qint64(value(4).toDouble()));
        for (int k = 5; k < 11; ++k) {
            if (value(k).isDouble())
                s.bind(k + 1, qint64(value(k).toDouble()));
            else
                s.bindNull(k + 1);
        }
        s.bindOptional(12, value(11).toString());
        if (value(12).isString())
            s.bind(13, value(12).toString());
        else
            s.bindNull(13);
        s.bindOptional(14, jsonText(value(13).toObject()));
        ASSAY_TRY(s.exec());
    }
    return {};
}

// {ids, reason}. An item that a task, annotation, gold answer (any row with a foreign key to
// it) still refers to stays: removeItems refuses such items, and an event that meets a state
// where they have work (from another workstation) must not take that work with it.
static Status itemsRemoved(Database *db, const Event &, const QJsonObject &p)
{
    auto refs = itemReferences(db);
    if (!refs)
        return refs.error();
    QString sql = QStringLiteral("DELETE FROM items WHERE id IN (SELECT value FROM json_each(?1))");
    for (const ItemReference &ref : std::as_const(*refs)) {
        sql += QStringLiteral(" AND id NOT IN (SELECT \"%2\" FROM \"%1\" WHERE \"%2\" IS NOT NULL)")
                   .arg(ref.table, ref.column);
    }
    // Imported annotations in chunks have no foreign key: their items are kept the same way.
    QStringList ids;
    for (const auto &v : p.value(QLatin1String("ids")).toArray())
        ids.append(v.toString());
    auto imported = importedAnnotationCounts(db, ids);
    if (!imported)
        return imported.error();
    ids.removeIf([&](const QString &id) { return imported->contains(id); });
    auto s = db->prepare(sql);
    if (!s)
        return s.error();
    s->bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    return s->exec();
}

static Status batchCreated(Database *db, const Event &e, const QJsonObject &p)
{
    ASSAY_STMT(s, "INSERT INTO batches (id, name, state, overlap, gold_rate, criteria, time)"
                  " VALUES (?1, ?2, 'open', ?3, ?4, ?5, ?6)");
    s.bind(1, p.value(QLatin1String("id")).toString());
    s.bind(2, p.value(QLatin1String("name")).toString());
    s.bind(3, p.value(QLatin1String("overlap")).toInt(1));
    s.bind(4, p.value(QLatin1String("gold_rate")).toDouble());
    s.bindOptional(5, jsonText(p.value(QLatin1String("criteria")).toObject()));
    s.bind(6, e.time);
    return s.exec();
}

static Status tasksAssigned(Database *db, const Event &, const QJsonObject &p)
{
    const QString batchId = p.value(QLatin1String("batch_id")).toString();
    ASSAY_STMT(s, "INSERT INTO tasks (id, batch_id, item_id, person_id, kind, state, position)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6)");
    for (const auto &rowValue : p.value(QLatin1String("tasks")).toArray()) {
        const QJsonArray row = rowValue.toArray();
        s.bind(1, row.at(0).toString()).bind(2, batchId).bind(3, row.at(1).toString());
        s.bindOptional(4, row.at(2).toString()).bind(5, row.at(3).toString());
        s.bind(6, row.at(4).toInt());
        ASSAY_TRY(s.exec());
    }
    return {};
}

static QList<Box> boxesFromJson(const QJsonArray &array)
{
    QList<Box> boxes;
    for (const auto &v : array) {
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

static Result<QString> metaValue(Database *db, const char *key)
{
    auto s = db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    if (!s)
        return s.error();
    s->bind(1, key);
    return s->step() ? s->text(0) : QString();
}

// A gold or calibration task set done is scored against its item's reference answer, from
// the state as it is at this event: a replay meets the same state and gives the same score.
// The first submission counts; setting the task done again does not rescore it.
static Status scoreTask(Database *db, const Event &e, const QString &taskId)
{
    auto t = db->prepare(QStringLiteral(
        "SELECT t.kind, t.person_id, t.item_id, g.classes, g.boxes FROM tasks t"
        " JOIN gold_answers g ON g.item_id = t.item_id"
        " WHERE t.id = ?1 AND t.kind IN ('gold', 'calibration')"
        " AND NOT EXISTS (SELECT 1 FROM gold_scores WHERE task_id = t.id)"));
    if (!t)
        return t.error();
    t->bind(1, taskId);
    if (!t->step())
        return {};
    quality::GoldReference reference;
    for (const auto &c : QJsonDocument::fromJson(t->text(3).toUtf8()).array())
        reference.classIds.append(c.toString());
    reference.boxes = boxesFromJson(QJsonDocument::fromJson(t->text(4).toUtf8()).array());

    QStringList classIds;
    QList<Box> boxes;
    auto a = db->prepare(QStringLiteral("SELECT id FROM annotations WHERE task_id = ?1"));
    if (!a)
        return a.error();
    a->bind(1, taskId);
    if (a->step()) {
        const QString annotationId = a->text(0);
        auto c = db->prepare(QStringLiteral("SELECT class_id FROM annotation_classes WHERE annotation_id = ?1"));
        if (!c)
            return c.error();
        c->bind(1, annotationId);
        while (c->step())
            classIds.append(c->text(0));
        auto b = db->prepare(QStringLiteral("SELECT id, class_id, x, y, w, h FROM boxes WHERE annotation_id = ?1"));
        if (!b)
            return b.error();
        b->bind(1, annotationId);
        while (b->step()) {
            Box box;
            box.id = b->text(0);
            box.classId = b->text(1);
            box.x = b->real(2);
            box.y = b->real(3);
            box.w = b->real(4);
            box.h = b->real(5);
            boxes.append(box);
        }
    }
    const double score = quality::scoreGoldAnswer(reference, classIds, boxes);
    auto thresholdText = metaValue(db, "gold_threshold");
    if (!thresholdText)
        return thresholdText.error();
    bool ok = false;
    double threshold = thresholdText->toDouble(&ok);
    if (!ok)
        threshold = 0.8;
    auto ins = db->prepare(QStringLiteral(
        "INSERT INTO gold_scores (task_id, event_seq, person_id, item_id, kind, score, passed)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!ins)
        return ins.error();
    ins->bind(1, taskId).bind(2, e.seq).bind(3, t->text(1)).bind(4, t->text(2));
    ins->bind(5, t->text(0)).bind(6, score).bind(7, score >= threshold - 1e-12 ? 1 : 0);
    return ins->exec();
}

static Status taskStateSet(Database *db, const Event &e, const QJsonObject &p)
{
    const QString taskId = p.value(QLatin1String("task_id")).toString();
    ASSAY_STMT(s, "UPDATE tasks SET state = ?2 WHERE id = ?1");
    s.bind(1, taskId).bind(2, p.value(QLatin1String("state")).toString());
    ASSAY_TRY(s.exec());
    if (p.value(QLatin1String("state")).toString() == QLatin1String("done"))
        ASSAY_TRY(scoreTask(db, e, taskId));
    const QString reason = p.value(QLatin1String("reason")).toString();
    const QString comment = p.value(QLatin1String("comment")).toString();
    if (reason.isEmpty() && comment.isEmpty())
        return {};
    ASSAY_STMT(c, "INSERT INTO task_comments (event_id, task_id, person_id, reason, comment, time)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    c.bind(1, e.id).bind(2, taskId).bind(3, e.personId).bind(4, reason).bind(5, comment);
    c.bind(6, e.time);
    return c.exec();
}

static Status touchAnnotation(Database *db, const Event &e, const QString &annotationId)
{
    ASSAY_STMT(s, "UPDATE annotations SET time = ?2 WHERE id = ?1");
    s.bind(1, annotationId).bind(2, e.time);
    return s.exec();
}

static Status annotationCreated(Database *db, const Event &e, const QJsonObject &p)
{
    ASSAY_STMT(s, "INSERT INTO annotations (id, task_id, item_id, person_id, time_spent_ms,"
                  " taxonomy_version, guideline_version, time) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7)");
    s.bind(1, p.value(QLatin1String("id")).toString());
    s.bindOptional(2, p.value(QLatin1String("task_id")).toString());
    s.bind(3, p.value(QLatin1String("item_id")).toString());
    s.bind(4, p.value(QLatin1String("person_id")).toString());
    s.bind(5, p.value(QLatin1String("taxonomy_version")).toInt());
    s.bind(6, p.value(QLatin1String("guideline_version")).toInt());
    s.bind(7, e.time);
    return s.exec();
}

static Status boxUpsert(Database *db, const Event &e, const QJsonObject &p)
{
    const QString annotationId = p.value(QLatin1String("annotation_id")).toString();
    ASSAY_TRY(materializeImported(db, annotationId));
    const QJsonObject b = p.value(QLatin1String("box")).toObject();
    ASSAY_STMT(s, "INSERT INTO boxes (id, annotation_id, class_id, x, y, w, h, attributes)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET"
                  " class_id = excluded.class_id, x = excluded.x, y = excluded.y, w = excluded.w,"
                  " h = excluded.h, attributes = excluded.attributes"
                  " WHERE boxes.annotation_id = excluded.annotation_id");
    s.bind(1, b.value(QLatin1String("id")).toString()).bind(2, annotationId);
    s.bindOptional(3, b.value(QLatin1String("class_id")).toString());
    s.bind(4, b.value(QLatin1String("x")).toDouble()).bind(5, b.value(QLatin1String("y")).toDouble());
    s.bind(6, b.value(QLatin1String("w")).toDouble()).bind(7, b.value(QLatin1String("h")).toDouble());
    s.bindOptional(8, jsonText(b.value(QLatin1String("attributes")).toObject()));
    ASSAY_TRY(s.exec());
    return touchAnnotation(db, e, annotationId);
}

static Status boxRemoved(Database *db, const Event &e, const QJsonObject &p)
{
    const QString annotationId = p.value(QLatin1String("annotation_id")).toString();
    ASSAY_TRY(materializeImported(db, annotationId));
    ASSAY_STMT(s, "DELETE FROM boxes WHERE id = ?1 AND annotation_id = ?2");
    s.bind(1, p.value(QLatin1String("box_id")).toString()).bind(2, annotationId);
    ASSAY_TRY(s.exec());
    return touchAnnotation(db, e, annotationId);
}

static Status classesSet(Database *db, const Event &e, const QJsonObject &p)
{
    const QString annotationId = p.value(QLatin1String("annotation_id")).toString();
    ASSAY_TRY(materializeImported(db, annotationId));
    ASSAY_STMT(del, "DELETE FROM annotation_classes WHERE annotation_id = ?1");
    del.bind(1, annotationId);
    ASSAY_TRY(del.exec());
    ASSAY_STMT(ins, "INSERT OR IGNORE INTO annotation_classes (annotation_id, class_id) VALUES (?1, ?2)");
    for (const auto &c : p.value(QLatin1String("classes")).toArray()) {
        ins.bind(1, annotationId).bind(2, c.toString());
        ASSAY_TRY(ins.exec());
    }
    return touchAnnotation(db, e, annotationId);
}

// {annotation_id, prelabel_id, decision: "accepted"|"rejected"|"withdrawn", box_id}. The box or
// classes an acceptance makes come in their own events of the same transaction; "withdrawn"
// (an undo) opens the suggestion again.
static Status preLabelDecided(Database *db, const Event &e, const QJsonObject &p)
{
    const QString annotationId = p.value(QLatin1String("annotation_id")).toString();
    const QString preLabelId = p.value(QLatin1String("prelabel_id")).toString();
    const QString decision = p.value(QLatin1String("decision")).toString();
    if (decision == QLatin1String("withdrawn")) {
        ASSAY_STMT(d, "DELETE FROM prelabel_decisions WHERE annotation_id = ?1 AND prelabel_id = ?2");
        d.bind(1, annotationId).bind(2, preLabelId);
        return d.exec();
    }
    ASSAY_STMT(s, "INSERT INTO prelabel_decisions (annotation_id, prelabel_id, decision, box_id,"
                  " person_id, event_seq, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                  " ON CONFLICT(annotation_id, prelabel_id) DO UPDATE SET"
                  " decision = excluded.decision, box_id = excluded.box_id,"
                  " person_id = excluded.person_id, event_seq = excluded.event_seq,"
                  " time = excluded.time");
    s.bind(1, annotationId).bind(2, preLabelId).bind(3, decision);
    s.bindOptional(4, p.value(QLatin1String("box_id")).toString());
    s.bind(5, e.personId).bind(6, e.seq).bind(7, e.time);
    return s.exec();
}

static Status timeAdded(Database *db, const Event &, const QJsonObject &p)
{
    const QString annotationId = p.value(QLatin1String("annotation_id")).toString();
    ASSAY_TRY(materializeImported(db, annotationId));
    ASSAY_STMT(s, "UPDATE annotations SET time_spent_ms = time_spent_ms + ?2 WHERE id = ?1");
    s.bind(1, annotationId);
    s.bind(2, qint64(p.value(QLatin1String("ms")).toDouble()));
    return s.exec();
}

// {answers: [{item_id, classes, boxes}]}: one event for one item or a whole import.
static Status goldSet(Database *db, const Event &e, const QJsonObject &p)
{
    ASSAY_STMT(s, "INSERT INTO gold_answers (item_id, classes, boxes, person_id, time)"
                  " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(item_id) DO UPDATE SET"
                  " classes = excluded.classes, boxes = excluded.boxes,"
                  " person_id = excluded.person_id, time = excluded.time");
    for (const auto &v : p.value(QLatin1String("answers")).toArray()) {
        const QJsonObject a = v.toObject();
        s.bind(1, a.value(QLatin1String("item_id")).toString());
        s.bind(2, QString::fromUtf8(QJsonDocument(a.value(QLatin1String("classes")).toArray()).toJson(QJsonDocument::Compact)));
        s.bind(3, QString::fromUtf8(QJsonDocument(a.value(QLatin1String("boxes")).toArray()).toJson(QJsonDocument::Compact)));
        s.bind(4, e.personId).bind(5, e.time);
        ASSAY_TRY(s.exec());
    }
    return {};
}

static Status recalibrationRequired(Database *db, const Event &e, const QJsonObject &p)
{
    ASSAY_STMT(s, "INSERT INTO person_quality (person_id, state, accuracy, since_seq, time)"
                  " VALUES (?1, 'recalibration_required', ?2, 0, ?3) ON CONFLICT(person_id) DO UPDATE"
                  " SET state = excluded.state, accuracy = excluded.accuracy, time = excluded.time");
    s.bind(1, p.value(QLatin1String("person_id")).toString());
    s.bind(2, p.value(QLatin1String("accuracy")).toDouble()).bind(3, e.time);
    return s.exec();
}

// The rolling window starts afresh after a recalibration: since_seq is this event.
static Status recalibrated(Database *db, const Event &e, const QJsonObject &p)
{
    ASSAY_STMT(s, "INSERT INTO person_quality (person_id, state, accuracy, since_seq, time)"
                  " VALUES (?1, 'ok', NULL, ?2, ?3) ON CONFLICT(person_id) DO UPDATE"
                  " SET state = 'ok', accuracy = NULL, since_seq = excluded.since_seq,"
                  " time = excluded.time");
    s.bind(1, p.value(QLatin1String("person_id")).toString()).bind(2, e.seq).bind(3, e.time);
    return s.exec();
}

static Status qualitySettingsSet(Database *db, const Event &, const QJsonObject &p)
{
    for (const char *key : {"gold_window", "gold_threshold", "gold_minimum"}) {
        const QJsonValue v = p.value(QLatin1String(key));
        if (v.isDouble())
            ASSAY_TRY(setMeta(db, key, QString::number(v.toDouble(), 'g', 17)));
    }
    return {};
}

// {batch_id, decision, reason, requeue: {batch: {...}, tasks: [[id, item, person, kind, pos]]}}
static Status batchDecided(Database *db, const Event &e, const QJsonObject &p)
{
    const QString batchId = p.value(QLatin1String("batch_id")).toString();
    const QString decision = p.value(QLatin1String("decision")).toString();
    ASSAY_STMT(u, "UPDATE batches SET state = ?2 WHERE id = ?1");
    u.bind(1, batchId).bind(2, decision);
    ASSAY_TRY(u.exec());
    const QJsonObject requeue = p.value(QLatin1String("requeue")).toObject();
    const QJsonObject newBatch = requeue.value(QLatin1String("batch")).toObject();
    if (!newBatch.isEmpty()) {
        ASSAY_TRY(batchCreated(db, e, newBatch));
        ASSAY_TRY(tasksAssigned(db, e, QJsonObject{{QStringLiteral("batch_id"), newBatch.value(QLatin1String("id"))},
                                                   {QStringLiteral("tasks"), requeue.value(QLatin1String("tasks"))}}));
    }
    ASSAY_STMT(d, "INSERT INTO batch_decisions (event_id, batch_id, decision, reason, requeue_into,"
                  " person_id, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    d.bind(1, e.id).bind(2, batchId).bind(3, decision);
    d.bind(4, p.value(QLatin1String("reason")).toString());
    d.bindOptional(5, newBatch.value(QLatin1String("id")).toString());
    d.bind(6, e.personId).bind(7, e.time);
    return d.exec();
}

static const struct
{
    const char *kind;
    Handler handler;
} s_handlers[] = {
    {"project.created", projectCreated},
    {"project.renamed", projectRenamed},
    {"person.added", personAdded},
    {"person.roles_set", personRolesSet},
    {"taxonomy.changed", taxonomyChanged},
    {"guideline.added", guidelineAdded},
    {"items.added", itemsAdded},
    {"items.removed", itemsRemoved},
    {"batch.created", batchCreated},
    {"tasks.assigned", tasksAssigned},
    {"task.state_set", taskStateSet},
    {"annotation.created", annotationCreated},
    {"annotation.box_added", boxUpsert},
    {"annotation.box_updated", boxUpsert},
    {"annotation.box_removed", boxRemoved},
    {"annotation.classes_set", classesSet},
    {"annotation.prelabel_decided", preLabelDecided},
    {"annotation.time_added", timeAdded},
    {"gold.set", goldSet},
    {"person.recalibration_required", recalibrationRequired},
    {"person.recalibrated", recalibrated},
    {"quality.settings_set", qualitySettingsSet},
    {"batch.decided", batchDecided},
};

Status apply(Database *db, const Event &event, const QJsonObject &payload)
{
    for (const auto &h : s_handlers) {
        if (event.kind == QLatin1String(h.kind))
            return h.handler(db, event, payload);
    }
    // Events of kinds this build does not know (from a newer workstation, via sync) stay in
    // the log; they change no state here.
    return {};
}

bool isBulkKind(const QString &kind)
{
    return kind == QLatin1String("dataset.imported");
}

Status applyJson(Database *db, const Event &event, const QByteArray &json)
{
    if (event.kind == QLatin1String("dataset.imported"))
        return datasetImported(db, event, json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("assay", "event %1: payload is not a JSON object").arg(event.id));
    }
    return apply(db, event, doc.object());
}

Status clear(Database *db)
{
    return db->exec(QStringLiteral(
        "DELETE FROM prelabel_decisions; DELETE FROM import_chunks; DELETE FROM prelabels; DELETE FROM imports; DELETE FROM batch_decisions; DELETE FROM person_quality; DELETE FROM gold_scores;"
        " DELETE FROM gold_answers; DELETE FROM boxes; DELETE FROM annotation_classes; DELETE FROM annotations;"
        " DELETE FROM task_comments; DELETE FROM tasks; DELETE FROM batches; DELETE FROM items;"
        " DELETE FROM guidelines; DELETE FROM classes; DELETE FROM taxonomy_versions;"
        " DELETE FROM person_roles; DELETE FROM people;"
        // Settings are replayed too: a score is judged by the threshold in force at its event.
        " DELETE FROM meta WHERE key IN ('gold_window', 'gold_threshold', 'gold_minimum');"));
}

} // namespace assay::core::store::state
