// SPDX-License-Identifier: Apache-2.0
// MoveBoxCommand: undoable move or resize of one box; one gesture is one undo step.
#pragma once

#include "widgets/commands/annotationcommand.h"

namespace assay::widgets {

class MoveBoxCommand final : public AnnotationCommand
{
public:
    // `gestureDone` false: later moves of the same box merge into this step (a held arrow
    // key, a drag pushed while it runs) until one arrives with `gestureDone` true.
    MoveBoxCommand(const EditTarget &target, const core::Box &from, const core::Box &to,
                   bool gestureDone, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;
    int id() const final { return MoveBoxCommandId; }
    bool mergeWith(const QUndoCommand *other) final;

    bool isGestureDone() const { return m_gestureDone; }
    // Ends the gesture without another move (key released, focus lost).
    void finishGesture() { m_gestureDone = true; }
    const core::Box &from() const { return m_from; }
    const core::Box &to() const { return m_to; }

private:
    core::Box m_from; // whole boxes: updateBox takes the full value
    core::Box m_to;
    bool m_gestureDone;
};

} // namespace assay::widgets
