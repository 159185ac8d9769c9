// SPDX-License-Identifier: Apache-2.0
// AnnotationService: people's answers (classes and boxes) and their decisions on a model's
// suggestions.
#include "core/annotation/annotationservice.h"
#include "core/review/reviewservice.h"
#include "core/base/tr.h"

#include "core/annotation/annotationevents.h"
#include "core/annotation/annotationstate_p.h"
#include "core/store/importchunks.h"
#include "core/taxonomy/taxonomyservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace assay::core {

using store::importedAnnotation;
using store::importedAnnotationsForItem;
using store::Statement;

static QJsonObject parseJsonObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

Result<Annotation> AnnotationService::startAnnotation(const Id &taskId)
{
    auto existing = db()->prepare(QStringLiteral("SELECT id FROM annotations WHERE task_id = ?1"));
    if (!existing)
        return existing.error();
    existing->bind(1, taskId);
    if (existing->step())
        return annotation(existing->text(0));

    auto task = db()->prepare(QStringLiteral("SELECT item_id, person_id FROM tasks WHERE id = ?1"));
    if (!task)
        return task.error();
    task->bind(1, taskId);
    if (!task->step())
        return makeError(ErrorCode::NotFound, Tr::tr("no task %1").arg(taskId), path());
    const QString itemId = task->text(0);
    const QString personId = task->text(1);
    if (personId != actor().id)
        return makeError(ErrorCode::Permission, Tr::tr("this task belongs to another person"),
                         path());
    auto t = project().taxonomy().get();
    if (!t)
        return t.error();
    const Id id = newId();
    auto e = project().record(AnnotationCreated{id,
                                                taskId,
                                                itemId,
                                                personId,
                                                t->version,
                                                project().taxonomy().guidelineVersion(),
                                                t->versionEvent,
                                                project().taxonomy().guidelineVersionEvent(),
                                                {}});
    if (!e)
        return e.error();
    return annotation(id);
}

Result<QList<Annotation>> queryAnnotations(store::Database *db, const char *where,
                                           const QString &arg)
{
    auto s = db->prepare(
            QStringLiteral("SELECT id, task_id, item_id, person_id, time_spent_ms, taxonomy_version,"
                           " guideline_version, time FROM annotations WHERE %1 ORDER BY time")
                    .arg(QLatin1String(where)));
    if (!s)
        return s.error();
    s->bind(1, arg);
    QList<Annotation> result;
    while (s->step()) {
        Annotation a;
        a.id = s->text(0);
        a.taskId = s->text(1);
        a.itemId = s->text(2);
        a.personId = s->text(3);
        a.timeSpentMs = s->int64(4);
        a.taxonomyVersion = s->int32(5);
        a.guidelineVersion = s->int32(6);
        a.updatedAt = QDateTime::fromString(s->text(7), Qt::ISODateWithMs);
        result.append(a);
    }
    if (s->error())
        return *s->error();
    auto cls = db->cached(
            "SELECT class_id FROM annotation_classes WHERE annotation_id = ?1 ORDER BY class_id");
    auto boxes = db->cached(
            "SELECT id, class_id, x, y, w, h, attributes FROM boxes WHERE annotation_id = ?1 ORDER BY rowid");
    if (!cls)
        return cls.error();
    if (!boxes)
        return boxes.error();
    for (Annotation &a : result) {
        (*cls)->bind(1, a.id);
        while ((*cls)->step())
            a.classIds.append((*cls)->text(0));
        (*cls)->reset();
        (*boxes)->bind(1, a.id);
        while ((*boxes)->step()) {
            Box b;
            b.id = (*boxes)->text(0);
            b.classId = (*boxes)->text(1);
            b.x = (*boxes)->real(2);
            b.y = (*boxes)->real(3);
            b.w = (*boxes)->real(4);
            b.h = (*boxes)->real(5);
            b.attributes = parseJsonObject((*boxes)->text(6));
            a.boxes.append(b);
        }
        (*boxes)->reset();
    }
    return result;
}

Result<Annotation> AnnotationService::annotation(const Id &annotationId) const
{
    auto found = queryAnnotations(db(), "id = ?1", annotationId);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        // Imported and not edited since: still in its import chunk.
        auto imported = importedAnnotation(db(), annotationId);
        if (!imported)
            return imported.error();
        if (*imported)
            return **imported;
    }
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("no annotation %1").arg(annotationId), path());
    return found->first();
}

Result<QList<Annotation>> AnnotationService::annotationsForItem(const Id &itemId) const
{
    auto found = queryAnnotations(db(), "item_id = ?1", itemId);
    if (!found)
        return found.error();
    auto imported = importedAnnotationsForItem(db(), itemId);
    if (!imported)
        return imported.error();
    found->append(std::move(*imported));
    if (!core::mayRead(actor(), Read::OthersAnswers))
        found->removeIf([&](const Annotation &a) { return a.personId != actor().id; });
    return found;
}

Result<Annotation> AnnotationService::checkedAnnotation(const Id &annotationId) const
{
    auto s = db()->cached("SELECT person_id, task_id FROM annotations WHERE id = ?1");
    if (!s)
        return s.error();
    (*s)->bind(1, annotationId);
    bool found = (*s)->step();
    Annotation a;
    a.id = annotationId;
    if (found) {
        a.personId = (*s)->text(0);
        a.taskId = (*s)->isNull(1) ? QString() : (*s)->text(1);
    }
    (*s)->reset();
    if (!found) {
        auto imported = importedAnnotation(db(), annotationId);
        if (!imported)
            return imported.error();
        if (*imported) {
            found = true;
            a.personId = (*imported)->personId;
        }
    }
    if (!found)
        return makeError(ErrorCode::NotFound, Tr::tr("no annotation %1").arg(annotationId), path());
    ASSAY_TRY(checkAnnotationAccess(a));
    return a;
}

Status AnnotationService::checkAnnotationAccess(const Annotation &a) const
{
    // One's own annotation, or a reviewer correcting someone else's.
    if (a.personId != actor().id && !isAllowed(actor(), Action::Review))
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not change another person's annotation").arg(actor().name),
                         path());
    // An answer under review or accepted stays as it is: a reviewer's fix is kept beside it
    // (ReviewService), never written over it.
    if (!a.taskId.isEmpty())
        ASSAY_TRY(project().review().checkAnswerOpen(a.taskId));
    return {};
}

Status AnnotationService::validateBox(const Box &b, const QString &path)
{
    if (!(std::isfinite(b.x) && std::isfinite(b.y) && std::isfinite(b.w) && std::isfinite(b.h))
        || b.w < 0 || b.h < 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a box needs a finite position and a size that is not negative"),
                         path);
    if (b.id.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a box needs an id"), path);
    return {};
}

Status AnnotationService::addBox(const Id &annotationId, const Box &box)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    ASSAY_TRY(validateBox(box, path()));
    auto e = project().record(BoxAdded{annotationId, box, {}});
    if (!e)
        return e.error();
    return {};
}

Status AnnotationService::updateBox(const Id &annotationId, const Box &box)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    ASSAY_TRY(validateBox(box, path()));
    auto current = annotation(annotationId);
    if (!current)
        return current.error();
    const bool found = std::any_of(current->boxes.cbegin(), current->boxes.cend(),
                                   [&](const Box &b) { return b.id == box.id; });
    if (!found)
        return makeError(ErrorCode::NotFound, Tr::tr("no box %1 in this annotation").arg(box.id),
                         path());
    auto marked = withPreLabelAdjustment(box);
    if (!marked)
        return marked.error();
    auto e = project().record(BoxUpdated{annotationId, *marked, {}});
    if (!e)
        return e.error();
    return {};
}

Status AnnotationService::removeBox(const Id &annotationId, const Id &boxId)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto e = project().record(BoxRemoved{annotationId, boxId, {}});
    if (!e)
        return e.error();
    return {};
}

Status AnnotationService::setClasses(const Id &annotationId, const QStringList &classIds)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto e = project().record(ClassesSet{annotationId, classIds, {}});
    if (!e)
        return e.error();
    return {};
}

Status AnnotationService::addTimeSpent(const Id &annotationId, qint64 ms)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto e = project().record(TimeAdded{annotationId, ms, {}});
    if (!e)
        return e.error();
    return {};
}

static const char s_preLabelColumns[]
        = "SELECT l.id, l.item_id, l.import_id, i.model, l.class_id, l.x, l.y, l.w, l.h, l.score"
          " FROM prelabels l JOIN imports i ON i.event_id = l.import_id";

static PreLabel readPreLabel(const Statement &s)
{
    PreLabel p;
    p.id = s.text(0);
    p.itemId = s.text(1);
    p.importId = s.text(2);
    p.model = s.text(3);
    p.classId = s.text(4);
    if (!s.isNull(5))
        p.box = QRectF(s.real(5), s.real(6), s.real(7), s.real(8));
    if (!s.isNull(9))
        p.score = s.real(9);
    return p;
}

Result<PreLabel> AnnotationService::preLabel(const Id &preLabelId) const
{
    auto s = db()->prepare(QString::fromLatin1(s_preLabelColumns)
                           + QStringLiteral(" WHERE l.id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, preLabelId);
    if (s->step())
        return readPreLabel(*s);
    if (s->error())
        return *s->error();
    return makeError(ErrorCode::NotFound, Tr::tr("no pre-label %1").arg(preLabelId), path());
}

Result<QList<PreLabel>> AnnotationService::openPreLabels(const Id &annotationId) const
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto multiLabel = db()->queryInt(
            QStringLiteral("SELECT COALESCE((SELECT multi_label FROM "
                           "taxonomy_versions ORDER BY version DESC LIMIT 1), 0)"));
    if (!multiLabel)
        return multiLabel.error();
    // Boxes first (x is NULL for class suggestions), then by score, best first.
    auto s = db()->prepare(
            QString::fromLatin1(s_preLabelColumns)
            + QStringLiteral(
                    " WHERE l.item_id = (SELECT item_id FROM annotations WHERE id = ?1)"
                    " AND l.class_id IN (SELECT id FROM classes WHERE valid_to IS NULL)"
                    " AND NOT EXISTS (SELECT 1 FROM prelabel_decisions d"
                    "   WHERE d.annotation_id = ?1 AND d.prelabel_id = l.id)"
                    " AND NOT (l.x IS NULL AND ?2 = 0 AND EXISTS (SELECT 1 FROM prelabel_decisions d"
                    "   JOIN prelabels c ON c.id = d.prelabel_id"
                    "   WHERE d.annotation_id = ?1 AND d.decision = 'accepted' AND c.x IS NULL))"
                    " ORDER BY l.x IS NULL, COALESCE(l.score, -1) DESC, l.rowid"));
    if (!s)
        return s.error();
    s->bind(1, annotationId).bind(2, *multiLabel);
    QList<PreLabel> out;
    while (s->step())
        out.append(readPreLabel(*s));
    if (s->error())
        return *s->error();
    return out;
}

Result<QHash<Id, QString>> AnnotationService::preLabelDecisions(const Id &annotationId) const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT prelabel_id, decision FROM prelabel_decisions WHERE annotation_id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, annotationId);
    QHash<Id, QString> out;
    while (s->step())
        out.insert(s->text(0), s->text(1));
    if (s->error())
        return *s->error();
    return out;
}

Status AnnotationService::recordPreLabelDecision(const Id &annotationId, const PreLabel &preLabel,
                                                 const QString &decision, const Id &boxId)
{
    auto e = project().record(PreLabelDecided{annotationId, preLabel.id, decision, boxId, {}});
    if (!e)
        return e.error();
    return {};
}

// The checks every decision makes: the person may edit the annotation, the suggestion is one
// for its item, and it is still open there.
static Status checkOpen(store::Database *db, const QString &path, const Id &annotationId,
                        const PreLabel &preLabel)
{
    auto s = db->prepare(QStringLiteral(
            "SELECT a.item_id, d.decision FROM annotations a LEFT JOIN prelabel_decisions d"
            " ON d.annotation_id = a.id AND d.prelabel_id = ?2 WHERE a.id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, annotationId).bind(2, preLabel.id);
    if (!s->step()) {
        return makeError(ErrorCode::NotFound, Tr::tr("no annotation %1").arg(annotationId), path);
    }
    if (s->text(0) != preLabel.itemId) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("pre-label %1 is not one of this item's").arg(preLabel.id), path);
    }
    if (!s->isNull(1)) {
        return makeError(ErrorCode::Conflict,
                         Tr::tr("pre-label %1 was decided already (%2)").arg(preLabel.id, s->text(1)),
                         path);
    }
    return {};
}

Status AnnotationService::acceptBoxPreLabel(const Id &annotationId, const Id &preLabelId,
                                            const Id &boxId)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    ASSAY_TRY(checkOpen(db(), path(), annotationId, *p));
    if (!p->box) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("pre-label %1 is a class, not a box").arg(preLabelId), path());
    }
    Box box;
    box.id = boxId;
    box.classId = p->classId;
    box.x = p->box->x();
    box.y = p->box->y();
    box.w = p->box->width();
    box.h = p->box->height();
    box.attributes.insert(QStringLiteral("prelabel"), p->id);
    box.attributes.insert(QStringLiteral("model"), p->model);
    if (p->score)
        box.attributes.insert(QStringLiteral("score"), *p->score);
    return project().transact([&]() -> Status {
        ASSAY_TRY(addBox(annotationId, box));
        return recordPreLabelDecision(annotationId, *p, QStringLiteral("accepted"), boxId);
    });
}

Status AnnotationService::acceptClassPreLabel(const Id &annotationId, const Id &preLabelId,
                                              const QStringList &classIds)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    ASSAY_TRY(checkOpen(db(), path(), annotationId, *p));
    if (p->box || !classIds.contains(p->classId)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("accepting pre-label %1 must set its class").arg(preLabelId),
                         path());
    }
    auto current = annotation(annotationId);
    if (!current)
        return current.error();
    const QSet<QString> before(current->classIds.cbegin(), current->classIds.cend());
    const QSet<QString> after(classIds.cbegin(), classIds.cend());
    return project().transact([&]() -> Status {
        // Accepting the class the person had already chosen records the decision only.
        if (before != after)
            ASSAY_TRY(setClasses(annotationId, classIds));
        return recordPreLabelDecision(annotationId, *p, QStringLiteral("accepted"));
    });
}

Status AnnotationService::rejectPreLabel(const Id &annotationId, const Id &preLabelId)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    ASSAY_TRY(checkOpen(db(), path(), annotationId, *p));
    return recordPreLabelDecision(annotationId, *p, QStringLiteral("rejected"));
}

Status AnnotationService::withdrawPreLabelDecision(const Id &annotationId, const Id &preLabelId,
                                                   const std::optional<QStringList> &classIds)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    auto s = db()->prepare(QStringLiteral("SELECT decision, box_id FROM prelabel_decisions"
                                          " WHERE annotation_id = ?1 AND prelabel_id = ?2"));
    if (!s)
        return s.error();
    s->bind(1, annotationId).bind(2, preLabelId);
    if (!s->step()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("pre-label %1 has no decision to take back").arg(preLabelId),
                         path());
    }
    const bool accepted = s->text(0) == QLatin1String("accepted");
    const Id boxId = s->text(1);
    auto current = annotation(annotationId);
    if (!current)
        return current.error();
    const bool boxThere = std::any_of(current->boxes.cbegin(), current->boxes.cend(),
                                      [&](const Box &b) { return b.id == boxId; });
    return project().transact([&]() -> Status {
        if (accepted && !boxId.isEmpty() && boxThere)
            ASSAY_TRY(removeBox(annotationId, boxId));
        if (classIds) {
            const QSet<QString> before(current->classIds.cbegin(), current->classIds.cend());
            const QSet<QString> after(classIds->cbegin(), classIds->cend());
            if (before != after)
                ASSAY_TRY(setClasses(annotationId, *classIds));
        }
        return recordPreLabelDecision(annotationId, *p, QStringLiteral("withdrawn"));
    });
}

Result<Box> AnnotationService::withPreLabelAdjustment(const Box &box) const
{
    const QString preLabelId = box.attributes.value(QLatin1String("prelabel")).toString();
    if (preLabelId.isEmpty())
        return box;
    auto p = preLabel(preLabelId);
    if (!p) {
        if (p.error().code == ErrorCode::NotFound)
            return box; // a box copied from another project: nothing to compare with
        return p.error();
    }
    if (!p->box)
        return box;
    const auto near = [](double a, double b) {
        return std::abs(a - b) <= 1e-6;
    };
    const QRectF &r = *p->box;
    const bool asSuggested = box.classId == p->classId && near(box.x, r.x()) && near(box.y, r.y())
                             && near(box.w, r.width()) && near(box.h, r.height());
    Box marked = box;
    if (asSuggested)
        marked.attributes.remove(QStringLiteral("prelabel_adjusted"));
    else
        marked.attributes.insert(QStringLiteral("prelabel_adjusted"), true);
    return marked;
}

Result<QList<PreLabelFigures>> AnnotationService::preLabelFigures() const
{
    // Figures of everyone's decisions on suggestions: for those who may read others' answers.
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    QMap<QString, PreLabelFigures> byModel;
    auto counts = db()->prepare(
            QStringLiteral("SELECT COALESCE(i.model, ''), COUNT(*) FROM prelabels l"
                           " JOIN imports i ON i.event_id = l.import_id GROUP BY 1"));
    if (!counts)
        return counts.error();
    while (counts->step()) {
        PreLabelFigures &f = byModel[counts->text(0)];
        f.model = counts->text(0);
        f.suggestions = counts->int64(1);
    }
    if (counts->error())
        return *counts->error();

    // What each decision's box or class is now: a later edit of an accepted suggestion shows
    // in its box's "prelabel_adjusted", a deletion in the box being gone.
    auto s = db()->prepare(QStringLiteral(
            "SELECT COALESCE(i.model, ''), d.decision, l.x IS NULL, b.id IS NOT NULL,"
            " COALESCE(json_extract(b.attributes, '$.prelabel_adjusted'), 0),"
            " EXISTS (SELECT 1 FROM annotation_classes c"
            "   WHERE c.annotation_id = d.annotation_id AND c.class_id = l.class_id)"
            " FROM prelabel_decisions d JOIN prelabels l ON l.id = d.prelabel_id"
            " JOIN imports i ON i.event_id = l.import_id"
            " LEFT JOIN boxes b ON b.id = d.box_id AND b.annotation_id = d.annotation_id"));
    if (!s)
        return s.error();
    while (s->step()) {
        PreLabelFigures &f = byModel[s->text(0)];
        f.model = s->text(0);
        if (s->text(1) == QLatin1String("rejected")) {
            ++f.rejected;
            continue;
        }
        const bool isClass = s->int64(2) != 0;
        const bool present = isClass ? s->int64(5) != 0 : s->int64(3) != 0;
        if (!present)
            ++f.overridden;
        else if (!isClass && s->int64(4) != 0)
            ++f.adjusted;
        else
            ++f.acceptedAsIs;
    }
    if (s->error())
        return *s->error();
    return byModel.values();
}

Result<QList<PreLabel>> AnnotationService::prelabels(const Id &itemId) const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT l.id, l.item_id, l.import_id, i.model, l.class_id, l.x, l.y, l.w, l.h, l.score"
            " FROM prelabels l JOIN imports i ON i.event_id = l.import_id"
            " WHERE ?1 = '' OR l.item_id = ?1 ORDER BY l.rowid"));
    if (!s)
        return s.error();
    s->bind(1, itemId);
    QList<PreLabel> out;
    while (s->step()) {
        PreLabel p;
        p.id = s->text(0);
        p.itemId = s->text(1);
        p.importId = s->text(2);
        p.model = s->text(3);
        p.classId = s->text(4);
        if (!s->isNull(5))
            p.box = QRectF(s->real(5), s->real(6), s->real(7), s->real(8));
        if (!s->isNull(9))
            p.score = s->real(9);
        out.append(p);
    }
    if (s->error())
        return *s->error();
    return out;
}

} // namespace assay::core
