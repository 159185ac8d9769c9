// SPDX-License-Identifier: Apache-2.0
// Event → state-table projection. Deterministic, so a replay of the log rebuilds the project.
#include "core/store/stateapplier.h"

#include "core/store/database.h"

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

static Status taskStateSet(Database *db, const Event &e, const QJsonObject &p)
{
    const QString taskId = p.value(QLatin1String("task_id")).toString();
    ASSAY_STMT(s, "UPDATE tasks SET state = ?2 WHERE id = ?1");
    s.bind(1, taskId).bind(2, p.value(QLatin1String("state")).toString());
    ASSAY_TRY(s.exec());
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
    ASSAY_STMT(s, "DELETE FROM boxes WHERE id = ?1 AND annotation_id = ?2");
    s.bind(1, p.value(QLatin1String("box_id")).toString()).bind(2, annotationId);
    ASSAY_TRY(s.exec());
    return touchAnnotation(db, e, annotationId);
}

static Status classesSet(Database *db, const Event &e, const QJsonObject &p)
{
    const QString annotationId = p.value(QLatin1String("annotation_id")).toString();
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

static Status timeAdded(Database *db, const Event &, const QJsonObject &p)
{
    ASSAY_STMT(s, "UPDATE annotations SET time_spent_ms = time_spent_ms + ?2 WHERE id = ?1");
    s.bind(1, p.value(QLatin1String("annotation_id")).toString());
    s.bind(2, qint64(p.value(QLatin1String("ms")).toDouble()));
    return s.exec();
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
    {"batch.created", batchCreated},
    {"tasks.assigned", tasksAssigned},
    {"task.state_set", taskStateSet},
    {"annotation.created", annotationCreated},
    {"annotation.box_added", boxUpsert},
    {"annotation.box_updated", boxUpsert},
    {"annotation.box_removed", boxRemoved},
    {"annotation.classes_set", classesSet},
    {"annotation.time_added", timeAdded},
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

Status clear(Database *db)
{
    return db->exec(QStringLiteral(
        "DELETE FROM boxes; DELETE FROM annotation_classes; DELETE FROM annotations;"
        " DELETE FROM task_comments; DELETE FROM tasks; DELETE FROM batches; DELETE FROM items;"
        " DELETE FROM guidelines; DELETE FROM classes; DELETE FROM taxonomy_versions;"
        " DELETE FROM person_roles; DELETE FROM people;"));
}

} // namespace assay::core::store::state
