// SPDX-License-Identifier: Apache-2.0
// ProjectStore: annotators' decisions on pre-labels (model suggestions) and their figures.
#include "core/store/database.h"
#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace assay::core::store {

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

Result<PreLabel> ProjectStore::preLabel(const Id &preLabelId) const
{
    auto s = m_db->prepare(QString::fromLatin1(s_preLabelColumns)
                           + QStringLiteral(" WHERE l.id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, preLabelId);
    if (s->step())
        return readPreLabel(*s);
    if (s->error())
        return *s->error();
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("assay", "no pre-label %1").arg(preLabelId),
                     m_path);
}

Result<QList<PreLabel>> ProjectStore::openPreLabels(const Id &annotationId) const
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto multiLabel
        = m_db->queryInt(QStringLiteral("SELECT COALESCE((SELECT multi_label FROM "
                                        "taxonomy_versions ORDER BY version DESC LIMIT 1), 0)"));
    if (!multiLabel)
        return multiLabel.error();
    // Boxes first (x is NULL for class suggestions), then by score, best first.
    auto s = m_db->prepare(
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

Result<QHash<Id, QString>> ProjectStore::preLabelDecisions(const Id &annotationId) const
{
    auto s = m_db->prepare(QStringLiteral(
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

Status ProjectStore::recordPreLabelDecision(const Id &annotationId, const PreLabel &preLabel,
                                            const QString &decision, const Id &boxId)
{
    QJsonObject payload{{QStringLiteral("annotation_id"), annotationId},
                        {QStringLiteral("prelabel_id"), preLabel.id},
                        {QStringLiteral("decision"), decision}};
    if (!boxId.isEmpty())
        payload.insert(QStringLiteral("box_id"), boxId);
    auto e = record(Action::Annotate, {QStringLiteral("annotation.prelabel_decided"), payload});
    if (!e)
        return e.error();
    return {};
}

// The checks every decision makes: the person may edit the annotation, the suggestion is one
// for its item, and it is still open there.
static Status checkOpen(Database *db, const QString &path, const Id &annotationId,
                        const PreLabel &preLabel)
{
    auto s = db->prepare(QStringLiteral(
        "SELECT a.item_id, d.decision FROM annotations a LEFT JOIN prelabel_decisions d"
        " ON d.annotation_id = a.id AND d.prelabel_id = ?2 WHERE a.id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, annotationId).bind(2, preLabel.id);
    if (!s->step()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("assay", "no annotation %1").arg(annotationId),
                         path);
    }
    if (s->text(0) != preLabel.itemId) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("assay", "pre-label %1 is not one of this item's")
                .arg(preLabel.id),
            path);
    }
    if (!s->isNull(1)) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("assay", "pre-label %1 was decided already (%2)")
                .arg(preLabel.id, s->text(1)),
            path);
    }
    return {};
}

Status ProjectStore::acceptBoxPreLabel(const Id &annotationId, const Id &preLabelId,
                                       const Id &boxId)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    ASSAY_TRY(checkOpen(m_db.get(), m_path, annotationId, *p));
    if (!p->box) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("assay", "pre-label %1 is a class, not a box")
                             .arg(preLabelId),
                         m_path);
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
    return transact([&]() -> Status {
        ASSAY_TRY(addBox(annotationId, box));
        return recordPreLabelDecision(annotationId, *p, QStringLiteral("accepted"), boxId);
    });
}

Status ProjectStore::acceptClassPreLabel(const Id &annotationId, const Id &preLabelId,
                                         const QStringList &classIds)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    ASSAY_TRY(checkOpen(m_db.get(), m_path, annotationId, *p));
    if (p->box || !classIds.contains(p->classId)) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("assay", "accepting pre-label %1 must set its class")
                .arg(preLabelId),
            m_path);
    }
    auto current = annotation(annotationId);
    if (!current)
        return current.error();
    const QSet<QString> before(current->classIds.cbegin(), current->classIds.cend());
    const QSet<QString> after(classIds.cbegin(), classIds.cend());
    return transact([&]() -> Status {
        // Accepting the class the person had already chosen records the decision only.
        if (before != after)
            ASSAY_TRY(setClasses(annotationId, classIds));
        return recordPreLabelDecision(annotationId, *p, QStringLiteral("accepted"));
    });
}

Status ProjectStore::rejectPreLabel(const Id &annotationId, const Id &preLabelId)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    ASSAY_TRY(checkOpen(m_db.get(), m_path, annotationId, *p));
    return recordPreLabelDecision(annotationId, *p, QStringLiteral("rejected"));
}

Status ProjectStore::withdrawPreLabelDecision(const Id &annotationId, const Id &preLabelId,
                                              const std::optional<QStringList> &classIds)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto p = preLabel(preLabelId);
    if (!p)
        return p.error();
    auto s = m_db->prepare(QStringLiteral("SELECT decision, box_id FROM prelabel_decisions"
                                          " WHERE annotation_id = ?1 AND prelabel_id = ?2"));
    if (!s)
        return s.error();
    s->bind(1, annotationId).bind(2, preLabelId);
    if (!s->step()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("assay", "pre-label %1 has no decision to take back")
                .arg(preLabelId),
            m_path);
    }
    const bool accepted = s->text(0) == QLatin1String("accepted");
    const Id boxId = s->text(1);
    auto current = annotation(annotationId);
    if (!current)
        return current.error();
    const bool boxThere = std::any_of(current->boxes.cbegin(), current->boxes.cend(),
                                      [&](const Box &b) { return b.id == boxId; });
    return transact([&]() -> Status {
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

Result<Box> ProjectStore::withPreLabelAdjustment(const Box &box) const
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
    const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-6; };
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

Result<QList<PreLabelFigures>> ProjectStore::preLabelFigures() const
{
    QMap<QString, PreLabelFigures> byModel;
    auto counts
        = m_db->prepare(QStringLiteral("SELECT COALESCE(i.model, ''), COUNT(*) FROM prelabels l"
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
    auto s = m_db->prepare(QStringLiteral(
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

} // namespace assay::core::store
