// SPDX-License-Identifier: Apache-2.0
// AddBoxCommand: adds on redo, removes on undo.
#include "widgets/commands/addboxcommand.h"

#include <QCoreApplication>

namespace assay::widgets {

AddBoxCommand::AddBoxCommand(const EditTarget &target, const core::Box &box, QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_box(box)
{
    setText(QCoreApplication::translate("assay::widgets::AddBoxCommand", "Add box"));
}

void AddBoxCommand::redo()
{
    check(editor()->addBox(annotationId(), m_box));
}

void AddBoxCommand::undo()
{
    check(editor()->removeBox(annotationId(), m_box.id));
}

} // namespace assay::widgets
