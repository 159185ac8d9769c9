// SPDX-License-Identifier: Apache-2.0
// MoveBoxCommand: writes the box's geometry; merges the steps of one gesture.
#include "widgets/commands/moveboxcommand.h"

#include <QCoreApplication>

namespace assay::widgets {

MoveBoxCommand::MoveBoxCommand(const EditTarget &target, const core::Box &from, const core::Box &to,
                               bool gestureDone, QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_from(from)
    , m_to(to)
    , m_gestureDone(gestureDone)
{
    const bool resized = from.w != to.w || from.h != to.h;
    setText(resized ? QCoreApplication::translate("assay::widgets::MoveBoxCommand", "Resize box")
                    : QCoreApplication::translate("assay::widgets::MoveBoxCommand", "Move box"));
}

void MoveBoxCommand::redo()
{
    check(editor()->updateBox(annotationId(), m_to));
}

void MoveBoxCommand::undo()
{
    check(editor()->updateBox(annotationId(), m_from));
}

bool MoveBoxCommand::mergeWith(const QUndoCommand *other)
{
    if (m_gestureDone || other->id() != id())
        return false;
    const auto *move = static_cast<const MoveBoxCommand *>(other);
    if (move->m_to.id != m_to.id)
        return false;
    m_to = move->m_to;
    m_gestureDone = move->m_gestureDone;
    if (m_from.w != m_to.w || m_from.h != m_to.h)
        setText(QCoreApplication::translate("assay::widgets::MoveBoxCommand", "Resize box"));
    // A gesture that ends where it started is no edit: QUndoStack drops an obsolete command.
    setObsolete(m_from == m_to);
    return true;
}

} // namespace assay::widgets
