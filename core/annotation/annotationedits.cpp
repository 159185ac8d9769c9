// SPDX-License-Identifier: Apache-2.0
// AnnotationService::applyEdits: a composite edit of one annotation as one "annotation.edited"
// event.
#include "core/annotation/annotationevents.h"
#include "core/base/tr.h"
#include "core/annotation/annotationservice.h"

#include <QCoreApplication>

namespace assay::core {

namespace {

// A decision taken on one suggestion in one annotation, as the edits so far leave it.
struct Decision
{
    QString decision; // "accepted" or "rejected"
    Id boxId;
};

// The annotation as the edits applied so far leave it: every edit is checked against the state
// the ones before it make, as if each were recorded alone.
struct Draft
{
    Id annotationId;
    QList<Box> boxes;
    QStringList classIds;
    QHash<Id, Decision> decisions;
    QList<QJsonObject> edits;

    qsizetype boxIndex(const Id &id) const
    {
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            if (boxes.at(i).id == id)
                return i;
        }
        return -1;
    }
    void setClasses(const QStringList &classes)
    {
        // Classes are a set: the same ones in another order are no edit.
        if (QSet<QString>(classIds.cbegin(), classIds.cend())
            == QSet<QString>(classes.cbegin(), classes.cend()))
            return;
        classIds = classes;
        edits.append(AnnotationEdited::edit(ClassesSet{annotationId, classes, {}}));
    }
    void addBox(const Box &box)
    {
        boxes.append(box);
        edits.append(AnnotationEdited::edit(BoxAdded{annotationId, box, {}}));
    }
    void updateBox(qsizetype index, const Box &box)
    {
        boxes[index] = box;
        edits.append(AnnotationEdited::edit(BoxUpdated{annotationId, box, {}}));
    }
    void removeBox(qsizetype index)
    {
        edits.append(AnnotationEdited::edit(BoxRemoved{annotationId, boxes.at(index).id, {}}));
        boxes.removeAt(index);
    }
    void decide(const Id &preLabelId, const QString &decision, const Id &boxId = {})
    {
        edits.append(AnnotationEdited::edit(
                PreLabelDecided{annotationId, preLabelId, decision, boxId, {}}));
        if (decision == QLatin1String("withdrawn"))
            decisions.remove(preLabelId);
        else
            decisions.insert(preLabelId, {decision, boxId});
    }
};

} // namespace

Status AnnotationService::applyEdits(const Id &annotationId, const QList<AnnotationEdit> &edits)
{
    if (edits.isEmpty())
        return {};
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto current = annotation(annotationId);
    if (!current)
        return current.error();
    Draft draft{annotationId, current->boxes, current->classIds, {}, {}};
    {
        auto s = db()->prepare(QStringLiteral("SELECT prelabel_id, decision, box_id FROM"
                                              " prelabel_decisions WHERE annotation_id = ?1"));
        if (!s)
            return s.error();
        s->bind(1, annotationId);
        while (s->step())
            draft.decisions.insert(s->text(0), {s->text(1), s->text(2)});
        if (s->error())
            return *s->error();
    }
    // The suggestion, checked to be one for this annotation's item.
    const auto suggestion = [&](const Id &preLabelId) -> Result<PreLabel> {
        auto p = preLabel(preLabelId);
        if (!p)
            return p.error();
        if (p->itemId != current->itemId) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("pre-label %1 is not one of this item's").arg(preLabelId),
                             path());
        }
        return p;
    };
    const auto checkOpen = [&](const PreLabel &p) -> Status {
        const auto decided = draft.decisions.constFind(p.id);
        if (decided == draft.decisions.cend())
            return {};
        return makeError(ErrorCode::Conflict,
                         Tr::tr("pre-label %1 was decided already (%2)").arg(p.id, decided->decision),
                         path());
    };
    const auto boxExists = [&](const Id &boxId) {
        return makeError(ErrorCode::Conflict, Tr::tr("box %1 exists already").arg(boxId), path());
    };
    const auto noBox = [&](const Id &boxId) {
        return makeError(ErrorCode::NotFound, Tr::tr("no box %1 in this annotation").arg(boxId),
                         path());
    };

    for (const AnnotationEdit &edit : edits) {
        switch (edit.kind) {
        case AnnotationEdit::Kind::AddBox:
            ASSAY_TRY(validateBox(edit.box, path()));
            if (draft.boxIndex(edit.box.id) >= 0)
                return boxExists(edit.box.id);
            draft.addBox(edit.box);
            break;
        case AnnotationEdit::Kind::UpdateBox: {
            ASSAY_TRY(validateBox(edit.box, path()));
            const qsizetype index = draft.boxIndex(edit.box.id);
            if (index < 0)
                return noBox(edit.box.id);
            auto marked = withPreLabelAdjustment(edit.box);
            if (!marked)
                return marked.error();
            draft.updateBox(index, *marked);
            break;
        }
        case AnnotationEdit::Kind::RemoveBox: {
            const qsizetype index = draft.boxIndex(edit.boxId);
            if (index < 0)
                return noBox(edit.boxId);
            draft.removeBox(index);
            break;
        }
        case AnnotationEdit::Kind::SetClasses: draft.setClasses(edit.classIds); break;
        case AnnotationEdit::Kind::AcceptBoxPreLabel: {
            auto p = suggestion(edit.preLabelId);
            if (!p)
                return p.error();
            ASSAY_TRY(checkOpen(*p));
            if (!p->box) {
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("pre-label %1 is a class, not a box").arg(p->id), path());
            }
            Box box;
            box.id = edit.boxId;
            box.classId = p->classId;
            box.x = p->box->x();
            box.y = p->box->y();
            box.w = p->box->width();
            box.h = p->box->height();
            box.attributes.insert(QStringLiteral("prelabel"), p->id);
            box.attributes.insert(QStringLiteral("model"), p->model);
            if (p->score)
                box.attributes.insert(QStringLiteral("score"), *p->score);
            ASSAY_TRY(validateBox(box, path()));
            if (draft.boxIndex(box.id) >= 0)
                return boxExists(box.id);
            draft.addBox(box);
            draft.decide(p->id, QStringLiteral("accepted"), box.id);
            break;
        }
        case AnnotationEdit::Kind::AcceptClassPreLabel: {
            auto p = suggestion(edit.preLabelId);
            if (!p)
                return p.error();
            ASSAY_TRY(checkOpen(*p));
            if (p->box || !edit.classIds.contains(p->classId)) {
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("accepting pre-label %1 must set its class").arg(p->id),
                                 path());
            }
            // Accepting the class the person had already chosen records the decision only.
            draft.setClasses(edit.classIds);
            draft.decide(p->id, QStringLiteral("accepted"));
            break;
        }
        case AnnotationEdit::Kind::RejectPreLabel: {
            auto p = suggestion(edit.preLabelId);
            if (!p)
                return p.error();
            ASSAY_TRY(checkOpen(*p));
            draft.decide(p->id, QStringLiteral("rejected"));
            break;
        }
        case AnnotationEdit::Kind::WithdrawPreLabel: {
            auto p = suggestion(edit.preLabelId);
            if (!p)
                return p.error();
            const auto decided = draft.decisions.constFind(p->id);
            if (decided == draft.decisions.cend()) {
                return makeError(ErrorCode::NotFound,
                                 Tr::tr("pre-label %1 has no decision to take back").arg(p->id),
                                 path());
            }
            // The box an acceptance added goes with it, unless the person deleted it since.
            if (decided->decision == QLatin1String("accepted") && !decided->boxId.isEmpty()) {
                if (const qsizetype index = draft.boxIndex(decided->boxId); index >= 0)
                    draft.removeBox(index);
            }
            if (edit.hasClasses)
                draft.setClasses(edit.classIds);
            draft.decide(p->id, QStringLiteral("withdrawn"));
            break;
        }
        }
    }
    if (draft.edits.isEmpty())
        return {};
    auto e = project().record(AnnotationEdited{annotationId, draft.edits, {}});
    if (!e)
        return e.error();
    return {};
}

} // namespace assay::core
