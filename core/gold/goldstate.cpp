// SPDX-License-Identifier: Apache-2.0
// The state of gold.*, quality.* and person recalibration events, and gold scoring.
#include "core/quality/qualityreport.h"
#include "core/gold/goldevents.h"
#include "core/json/jsonwriter.h"
#include "core/gold/goldservice.h"
#include "core/gold/goldstate_p.h"
#include "core/quality/batchplan.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/events/payload.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace assay::core {

using store::Database;
using store::Event;

static Status setMeta(Database *db, const char *key, const QString &value)
{
    ASSAY_STMT(s, "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value);
    return s.exec();
}

static Result<QString> metaValue(Database *db, const char *key)
{
    auto s = db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    if (!s)
        return s.error();
    s->bind(1, key);
    return s->step() ? s->text(0) : QString();
}

Status scoreTask(Database *db, const Event &e, const QString &taskId)
{
    auto t = db->prepare(
            QStringLiteral("SELECT t.kind, t.person_id, t.item_id, g.classes, g.boxes FROM tasks t"
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
    reference.boxes = events::boxesFromJson(QJsonDocument::fromJson(t->text(4).toUtf8()).array());

    QStringList classIds;
    QList<Box> boxes;
    auto a = db->prepare(QStringLiteral("SELECT id FROM annotations WHERE task_id = ?1"));
    if (!a)
        return a.error();
    a->bind(1, taskId);
    if (a->step()) {
        const QString annotationId = a->text(0);
        auto c = db->prepare(
                QStringLiteral("SELECT class_id FROM annotation_classes WHERE annotation_id = ?1"));
        if (!c)
            return c.error();
        c->bind(1, annotationId);
        while (c->step())
            classIds.append(c->text(0));
        auto b = db->prepare(QStringLiteral(
                "SELECT id, class_id, x, y, w, h FROM boxes WHERE annotation_id = ?1"));
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
    // Both sides read through the recorded merges and splits: a label of a class merged into
    // the reference's class is right.
    Taxonomy mappings;
    auto m = db->prepare(
            QStringLiteral("SELECT from_id, into_id FROM class_mappings ORDER BY version"));
    if (!m)
        return m.error();
    while (m->step())
        mappings.mapping.insert(m->text(0), m->text(1));
    quality::readThrough(mappings, &reference.classIds, &reference.boxes);
    quality::readThrough(mappings, &classIds, &boxes);
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
    ins->bind(1, taskId).bind(2, e.lamport).bind(3, t->text(1)).bind(4, t->text(2));
    ins->bind(5, t->text(0)).bind(6, score).bind(7, score >= threshold - 1e-12 ? 1 : 0);
    return ins->exec();
}

static Status goldSet(Database *db, const Event &e, const GoldSet &p)
{
    ASSAY_STMT(s, "INSERT INTO gold_answers (item_id, classes, boxes, person_id, time, purpose)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(item_id) DO UPDATE SET"
                  " classes = excluded.classes, boxes = excluded.boxes,"
                  " person_id = excluded.person_id, time = excluded.time,"
                  " purpose = excluded.purpose");
    const QJsonArray answers = p.toJson().value(QLatin1String("answers")).toArray();
    for (const auto &v : answers) {
        const QJsonObject a = v.toObject();
        s.bind(1, a.value(QLatin1String("item_id")).toString());
        s.bind(2, QString::fromUtf8(json::compactJson(a.value(QLatin1String("classes")).toArray())));
        s.bind(3, QString::fromUtf8(json::compactJson(a.value(QLatin1String("boxes")).toArray())));
        s.bind(4, e.personId).bind(5, e.time);
        s.bind(6, a.value(QLatin1String("purpose")).toString() == QLatin1String("calibration")
                          ? QStringLiteral("calibration")
                          : QStringLiteral("gold"));
        ASSAY_TRY(s.exec());
    }
    return {};
}

static Status recalibrationRequired(Database *db, const Event &e, const RecalibrationRequired &p)
{
    ASSAY_STMT(s,
               "INSERT INTO person_quality (person_id, state, accuracy, since_seq, time)"
               " VALUES (?1, 'recalibration_required', ?2, 0, ?3) ON CONFLICT(person_id) DO UPDATE"
               " SET state = excluded.state, accuracy = excluded.accuracy, time = excluded.time");
    s.bind(1, p.personId);
    s.bind(2, p.accuracy).bind(3, e.time);
    return s.exec();
}

static Status recalibrated(Database *db, const Event &e, const Recalibrated &p)
{
    ASSAY_STMT(s, "INSERT INTO person_quality (person_id, state, accuracy, since_seq, time)"
                  " VALUES (?1, 'ok', NULL, ?2, ?3) ON CONFLICT(person_id) DO UPDATE"
                  " SET state = 'ok', accuracy = NULL, since_seq = excluded.since_seq,"
                  " time = excluded.time");
    s.bind(1, p.personId).bind(2, e.lamport).bind(3, e.time);
    return s.exec();
}

static Status qualitySettingsSet(Database *db, const Event &, const QualitySettingsSet &p)
{
    const std::pair<const char *, std::optional<double>> settings[]
            = {{"gold_window", p.goldWindow},
               {"gold_threshold", p.goldThreshold},
               {"gold_minimum", p.goldMinimum}};
    for (const auto &[key, value] : settings) {
        if (value)
            ASSAY_TRY(setMeta(db, key, QString::number(*value, 'g', 17)));
    }
    return {};
}

void GoldService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<GoldSet>(goldSet);
    registry.add<QualitySettingsSet>(qualitySettingsSet);
    registry.add<RecalibrationRequired>(recalibrationRequired);
    registry.add<Recalibrated>(recalibrated);
    registry.addStateTables({QStringLiteral("gold_answers"), QStringLiteral("gold_scores"),
                             QStringLiteral("person_quality")});
    registry.addReadFilter(QStringLiteral("gold_answers"), {Read::GoldAnswers, QStringLiteral("0")});
    registry.addReadFilter(QStringLiteral("gold_scores"), {Read::Scores, QStringLiteral("0")});
    // A person sees their own gate, not the accuracy behind it.
    registry.addReadFilter(QStringLiteral("person_quality"),
                           {Read::Scores, QStringLiteral("person_id = ?1")});
    registry.addReadFilter(QStringLiteral("person_quality"),
                           {Read::Scores, {}, QStringLiteral("accuracy"), QStringLiteral("NULL")});
    // Settings are replayed too: a score is judged by the threshold in force at its event.
    registry.addStateMetaKeys({QStringLiteral("gold_window"), QStringLiteral("gold_threshold"),
                               QStringLiteral("gold_minimum")});
}

} // namespace assay::core
