// SPDX-License-Identifier: Apache-2.0
// In-memory annotation edits with the same checks and errors as the project store.
#include "widgets/canvas/memoryannotationeditor.h"

#include <QCoreApplication>

namespace assay::widgets {

static QString tr(const char *text)
{
    return QCoreApplication::translate("assay::widgets::MemoryAnnotationEditor", text);
}

Result<core::Annotation> MemoryAnnotationEditor::annotation(const core::Id &annotationId) const
{
    const auto it = m_annotations.constFind(annotationId);
    if (it == m_annotations.cend())
        return makeError(ErrorCode::NotFound, tr("no annotation %1").arg(annotationId));
    return *it;
}

Result<core::Annotation *> MemoryAnnotationEditor::find(const core::Id &annotationId)
{
    if (m_failing)
        return makeError(ErrorCode::Io, tr("the edit could not be saved"));
    const auto it = m_annotations.find(annotationId);
    if (it == m_annotations.end())
        return makeError(ErrorCode::NotFound, tr("no annotation %1").arg(annotationId));
    return &*it;
}

Status MemoryAnnotationEditor::addBox(const core::Id &annotationId, const core::Box &box)
{
    auto found = find(annotationId);
    if (!found)
        return found.error();
    if (box.id.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("a box needs an id"));
    for (const auto &b : std::as_const((*found)->boxes)) {
        if (b.id == box.id)
            return makeError(ErrorCode::Conflict, tr("box %1 exists already").arg(box.id));
    }
    (*found)->boxes.append(box);
    ++m_edits;
    return {};
}

Status MemoryAnnotationEditor::updateBox(const core::Id &annotationId, const core::Box &box)
{
    auto found = find(annotationId);
    if (!found)
        return found.error();
    for (auto &b : (*found)->boxes) {
        if (b.id == box.id) {
            b = box;
            ++m_edits;
            return {};
        }
    }
    return makeError(ErrorCode::NotFound, tr("no box %1").arg(box.id));
}

Status MemoryAnnotationEditor::removeBox(const core::Id &annotationId, const core::Id &boxId)
{
    auto found = find(annotationId);
    if (!found)
        return found.error();
    auto &boxes = (*found)->boxes;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (boxes.at(i).id == boxId) {
            boxes.removeAt(i);
            ++m_edits;
            return {};
        }
    }
    return makeError(ErrorCode::NotFound, tr("no box %1").arg(boxId));
}

Status MemoryAnnotationEditor::setClasses(const core::Id &annotationId, const QStringList &classIds)
{
    auto found = find(annotationId);
    if (!found)
        return found.error();
    (*found)->classIds = classIds;
    ++m_edits;
    return {};
}

Status MemoryAnnotationEditor::applyEdits(const core::Id &annotationId,
                                          const QList<core::AnnotationEdit> &edits)
{
    auto found = find(annotationId);
    if (!found)
        return found.error();
    if (edits.isEmpty())
        return {};
    // On a copy, with the single edits' checks: the first one refused leaves everything as it was.
    MemoryAnnotationEditor draft;
    draft.insert(**found);
    for (const core::AnnotationEdit &edit : edits) {
        Status st;
        switch (edit.kind) {
        case core::AnnotationEdit::Kind::AddBox: st = draft.addBox(annotationId, edit.box); break;
        case core::AnnotationEdit::Kind::UpdateBox:
            st = draft.updateBox(annotationId, edit.box);
            break;
        case core::AnnotationEdit::Kind::RemoveBox:
            st = draft.removeBox(annotationId, edit.boxId);
            break;
        case core::AnnotationEdit::Kind::SetClasses:
            st = draft.setClasses(annotationId, edit.classIds);
            break;
        default:
            st = makeError(ErrorCode::Unsupported, tr("suggestions are kept in a project only"));
            break;
        }
        if (!st)
            return st;
    }
    **found = *draft.annotation(annotationId);
    ++m_edits; // one event for all of them
    return {};
}

} // namespace assay::widgets
