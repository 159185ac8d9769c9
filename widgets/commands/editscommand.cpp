// SPDX-License-Identifier: Apache-2.0
// EditsCommand: applies its list of edits on redo, the inverse list on undo.
#include "widgets/commands/editscommand.h"

namespace assay::widgets {

EditsCommand::EditsCommand(const EditTarget &target, const QString &text,
                           const QList<core::AnnotationEdit> &redoEdits,
                           const QList<core::AnnotationEdit> &undoEdits, QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_redo(redoEdits)
    , m_undo(undoEdits)
{
    setText(text);
}

void EditsCommand::redo()
{
    check(editor()->applyEdits(annotationId(), m_redo));
}

void EditsCommand::undo()
{
    check(editor()->applyEdits(annotationId(), m_undo));
}

} // namespace assay::widgets
