// SPDX-License-Identifier: Apache-2.0
// The state of annotation.* events: annotations, their classes and boxes, and decisions on
// suggestions.
#include "core/annotation/annotationevents.h"
#include "core/json/jsonwriter.h"
#include "core/annotation/annotationservice.h"
#include "core/base/tr.h"
#include "core/review/reviewservice.h"
#include "core/store/applierregistry.h"
#include "core/store/conflicts.h"
#include "core/store/database.h"
#include "core/store/importchunks.h"
#include "core/store/statecounts.h"

namespace assay::core {

using store::Database;
using store::Event;
using store::materializeImported;

static QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(json::compactJson(o));
}

// An annotator's change to their own answer while it is under review, accepted or escalated is
// refused where it meets the review: in the copy it was made on when that copy knows, else on
// the lead's side when it arrives (it is quarantined there, and in every copy that holds both).
static Status refuseWhenInReview(Database *db, const Event &e, const QString &annotationId)
{
    ASSAY_STMT(a, "SELECT task_id, person_id FROM annotations WHERE id = ?1");
    a.bind(1, annotationId);
    const bool found = a.step();
    const Id taskId = found && !a.isNull(0) ? a.text(0) : Id();
    const Id author = found ? a.text(1) : Id();
    a.reset();
    if (taskId.isEmpty() || author != e.personId)
        return {};
    auto stage = answerStage(db, taskId);
    if (!stage)
        return stage.error();
    if (*stage == ReviewStage::None || *stage == ReviewStage::Rejected)
        return {};
    return makeError(ErrorCode::Conflict,
                     Tr::tr("the answer of task %1 is in review (%2): its annotator may not change it")
                             .arg(taskId, reviewStageName(*stage)));
}

static Status touchAnnotation(Database *db, const Event &e, const QString &annotationId)
{
    ASSAY_TRY(refuseWhenInReview(db, e, annotationId));
    // Two people changing one annotation apart: both changes apply in the order of application
    // (a box changed by both ends as the later one left it), and the pair is listed.
    ASSAY_STMT(last, "SELECT last_event, last_device FROM annotations WHERE id = ?1");
    last.bind(1, annotationId);
    QString previous;
    if (last.step() && !last.text(0).isEmpty() && last.text(1) != e.device)
        previous = last.text(0);
    last.reset();
    if (!previous.isEmpty()) {
        auto listed = store::noteIfConcurrent(db, e, QStringLiteral("annotation:") + annotationId,
                                              previous, QStringLiteral("later-change-stands"),
                                              e.kind);
        if (!listed)
            return listed.error();
    }
    ASSAY_STMT(s, "UPDATE annotations SET time = ?2, last_event = ?3, last_device = ?4"
                  " WHERE id = ?1");
    s.bind(1, annotationId).bind(2, e.time).bind(3, e.id).bind(4, e.device);
    return s.exec();
}

static Status annotationCreated(Database *db, const Event &e, const AnnotationCreated &p)
{
    ASSAY_STMT(s, "INSERT INTO annotations (id, task_id, item_id, person_id, time_spent_ms,"
                  " taxonomy_version, guideline_version, time, last_event, last_device)"
                  " VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, ?9)");
    s.bind(1, p.id);
    s.bindOptional(2, p.taskId);
    s.bind(3, p.itemId);
    s.bind(4, p.personId);
    // A version named by its event is numbered as this copy numbers it.
    int taxonomyVersion = p.taxonomyVersion;
    int guidelineVersion = p.guidelineVersion;
    if (!p.taxonomyEvent.isEmpty()) {
        ASSAY_STMT(v, "SELECT version FROM taxonomy_versions WHERE event_id = ?1");
        v.bind(1, p.taxonomyEvent);
        if (v.step())
            taxonomyVersion = v.int32(0);
        v.reset();
    }
    if (!p.guidelineEvent.isEmpty()) {
        ASSAY_STMT(v, "SELECT version FROM guidelines WHERE event_id = ?1");
        v.bind(1, p.guidelineEvent);
        if (v.step())
            guidelineVersion = v.int32(0);
        v.reset();
    }
    s.bind(5, taxonomyVersion);
    s.bind(6, guidelineVersion);
    s.bind(7, e.time).bind(8, e.id).bind(9, e.device);
    ASSAY_TRY(s.exec());
    return store::addCount(db, QLatin1String(store::counts::annotations), 1);
}

static Status boxUpsert(Database *db, const Event &e, const Id &annotationId, const Box &b)
{
    ASSAY_TRY(materializeImported(db, annotationId));
    // An upsert changes a row either way: whether it adds one is asked first.
    ASSAY_STMT(known, "SELECT 1 FROM boxes WHERE id = ?1");
    known.bind(1, b.id);
    const bool isNew = !known.step();
    known.reset();
    ASSAY_STMT(s, "INSERT INTO boxes (id, annotation_id, class_id, x, y, w, h, attributes)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET"
                  " class_id = excluded.class_id, x = excluded.x, y = excluded.y, w = excluded.w,"
                  " h = excluded.h, attributes = excluded.attributes"
                  " WHERE boxes.annotation_id = excluded.annotation_id");
    s.bind(1, b.id).bind(2, annotationId);
    s.bindOptional(3, b.classId);
    s.bind(4, b.x).bind(5, b.y);
    s.bind(6, b.w).bind(7, b.h);
    s.bindOptional(8, jsonText(b.attributes));
    ASSAY_TRY(s.exec());
    if (isNew)
        ASSAY_TRY(store::addCount(db, QLatin1String(store::counts::boxes), 1));
    return touchAnnotation(db, e, annotationId);
}

static Status boxRemoved(Database *db, const Event &e, const BoxRemoved &p)
{
    const QString &annotationId = p.annotationId;
    ASSAY_TRY(materializeImported(db, annotationId));
    ASSAY_STMT(s, "DELETE FROM boxes WHERE id = ?1 AND annotation_id = ?2");
    s.bind(1, p.boxId).bind(2, annotationId);
    ASSAY_TRY(s.exec());
    ASSAY_TRY(store::addCount(db, QLatin1String(store::counts::boxes), -db->changes()));
    return touchAnnotation(db, e, annotationId);
}

static Status classesSet(Database *db, const Event &e, const ClassesSet &p)
{
    const QString &annotationId = p.annotationId;
    ASSAY_TRY(materializeImported(db, annotationId));
    ASSAY_STMT(del, "DELETE FROM annotation_classes WHERE annotation_id = ?1");
    del.bind(1, annotationId);
    ASSAY_TRY(del.exec());
    ASSAY_STMT(ins,
               "INSERT OR IGNORE INTO annotation_classes (annotation_id, class_id) VALUES (?1, ?2)");
    for (const QString &c : p.classIds) {
        ins.bind(1, annotationId).bind(2, c);
        ASSAY_TRY(ins.exec());
    }
    return touchAnnotation(db, e, annotationId);
}

static Status preLabelDecided(Database *db, const Event &e, const PreLabelDecided &p)
{
    const QString &annotationId = p.annotationId;
    const QString &preLabelId = p.preLabelId;
    const QString &decision = p.decision;
    if (decision == QLatin1String("withdrawn")) {
        ASSAY_STMT(d,
                   "DELETE FROM prelabel_decisions WHERE annotation_id = ?1 AND prelabel_id = ?2");
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
    s.bindOptional(4, p.boxId);
    s.bind(5, e.personId).bind(6, e.lamport).bind(7, e.time);
    return s.exec();
}

static Status timeAdded(Database *db, const Event &, const TimeAdded &p)
{
    const QString &annotationId = p.annotationId;
    ASSAY_TRY(materializeImported(db, annotationId));
    ASSAY_STMT(s, "UPDATE annotations SET time_spent_ms = time_spent_ms + ?2 WHERE id = ?1");
    s.bind(1, annotationId);
    s.bind(2, p.ms);
    return s.exec();
}

static Status boxAdded(Database *db, const Event &e, const BoxAdded &p)
{
    return boxUpsert(db, e, p.annotationId, p.box);
}

static Status boxUpdated(Database *db, const Event &e, const BoxUpdated &p)
{
    return boxUpsert(db, e, p.annotationId, p.box);
}

template<typename E>
static Status applyEdit(Status (*apply)(Database *, const Event &, const E &), Database *db,
                        const Event &e, const QJsonObject &payload)
{
    auto typed = E::fromJson(payload);
    if (!typed)
        return typed.error();
    return apply(db, e, *typed);
}

// Each edit as its single-edit event is applied. An edit of a kind this build does not know
// (from a newer workstation) changes no state here, as an unknown event would not: a replay by
// this build is the same whichever way it meets it.
static Status annotationEdited(Database *db, const Event &e, const AnnotationEdited &p)
{
    for (const QJsonObject &edit : p.edits) {
        const QString kind = AnnotationEdited::editKind(edit);
        const QJsonObject payload = p.payloadOf(edit);
        if (kind == QLatin1String(BoxAdded::kind.name))
            ASSAY_TRY(applyEdit(boxAdded, db, e, payload));
        else if (kind == QLatin1String(BoxUpdated::kind.name))
            ASSAY_TRY(applyEdit(boxUpdated, db, e, payload));
        else if (kind == QLatin1String(BoxRemoved::kind.name))
            ASSAY_TRY(applyEdit(boxRemoved, db, e, payload));
        else if (kind == QLatin1String(ClassesSet::kind.name))
            ASSAY_TRY(applyEdit(classesSet, db, e, payload));
        else if (kind == QLatin1String(PreLabelDecided::kind.name))
            ASSAY_TRY(applyEdit(preLabelDecided, db, e, payload));
    }
    return {};
}

void AnnotationService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<AnnotationCreated>(annotationCreated);
    registry.add<BoxAdded>(boxAdded);
    registry.add<BoxUpdated>(boxUpdated);
    registry.add<BoxRemoved>(boxRemoved);
    registry.add<ClassesSet>(classesSet);
    registry.add<PreLabelDecided>(preLabelDecided);
    registry.add<TimeAdded>(timeAdded);
    registry.add<AnnotationEdited>(annotationEdited);
    registry.addStateTables({QStringLiteral("annotations"), QStringLiteral("annotation_classes"),
                             QStringLiteral("boxes"), QStringLiteral("prelabel_decisions")});
    const QString ownAnnotation = QStringLiteral(
            "annotation_id IN (SELECT id FROM annotations WHERE person_id = ?1)");
    registry.addReadFilter(QStringLiteral("annotations"),
                           {Read::OthersAnswers, QStringLiteral("person_id = ?1")});
    for (const char *table : {"annotation_classes", "boxes", "prelabel_decisions"})
        registry.addReadFilter(QLatin1String(table), {Read::OthersAnswers, ownAnnotation});
}

} // namespace assay::core
