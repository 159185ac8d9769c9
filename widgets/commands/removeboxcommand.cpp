// SPDX-License-Identifier: Apache-2.0
// RemoveBoxCommand: removes on redo, adds the same box back on undo.
#include "widgets/commands/removeboxcommand.h"

#include <QCoreApplication>

namespace assay::widgets {

RemoveBoxCommand::RemoveBoxCommand(const EditTarget &target, const core::Box &box,
                                   QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_box(box)
{
    setText(QCoreApplication::translate("assay::widgets::RemoveBoxCommand", "Delete box"));
}

void RemoveBoxCommand::redo()
{
    check(editor()->removeBox(annotationId(), m_box.id));
}

void RemoveBoxCommand::undo()
{
    check(editor()->addBox(annotationId(), m_box));
}

} // namespace assay::widgets
