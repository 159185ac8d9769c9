// SPDX-License-Identifier: Apache-2.0
// SetClassesCommand: writes the list of class ids for the whole item.
#include "widgets/commands/setclassescommand.h"

#include <QCoreApplication>

namespace assay::widgets {

SetClassesCommand::SetClassesCommand(const EditTarget &target, const QStringList &before,
                                     const QStringList &after, QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("assay::widgets::SetClassesCommand", "Set classes"));
}

void SetClassesCommand::redo()
{
    check(editor()->setClasses(annotationId(), m_after));
}

void SetClassesCommand::undo()
{
    check(editor()->setClasses(annotationId(), m_before));
}

} // namespace assay::widgets
