// SPDX-License-Identifier: Apache-2.0
// ChangeBoxClassCommand: swaps the class id of one box.
#include "widgets/commands/changeboxclasscommand.h"

#include <QCoreApplication>

namespace assay::widgets {

ChangeBoxClassCommand::ChangeBoxClassCommand(const EditTarget &target, const core::Box &box,
                                             const core::Id &newClassId, QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_before(box)
    , m_after(box)
{
    m_after.classId = newClassId;
    setText(QCoreApplication::translate("assay::widgets::ChangeBoxClassCommand",
                                        "Change box class"));
}

void ChangeBoxClassCommand::redo()
{
    check(editor()->updateBox(annotationId(), m_after));
}

void ChangeBoxClassCommand::undo()
{
    check(editor()->updateBox(annotationId(), m_before));
}

} // namespace assay::widgets
