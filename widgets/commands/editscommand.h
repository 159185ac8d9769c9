// SPDX-License-Identifier: Apache-2.0
// EditsCommand: an undoable composite edit (a gesture, "accept all"): one step, one event each way.
#pragma once

#include "core/domain/annotationedit.h"
#include "widgets/commands/annotationcommand.h"

namespace assay::widgets {

// Redo applies `redoEdits` and undo `undoEdits`, each through IAnnotationEditor::applyEdits, so
// that the undo of a composite is one composite too.
class EditsCommand final : public AnnotationCommand
{
public:
    EditsCommand(const EditTarget &target, const QString &text,
                 const QList<core::AnnotationEdit> &redoEdits,
                 const QList<core::AnnotationEdit> &undoEdits, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;
    const QList<core::AnnotationEdit> &redoEdits() const { return m_redo; }
    const QList<core::AnnotationEdit> &undoEdits() const { return m_undo; }

private:
    QList<core::AnnotationEdit> m_redo;
    QList<core::AnnotationEdit> m_undo;
};

} // namespace assay::widgets
