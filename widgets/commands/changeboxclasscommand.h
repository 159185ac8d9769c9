// SPDX-License-Identifier: Apache-2.0
// ChangeBoxClassCommand: undoable change of one box's class.
#pragma once

#include "widgets/commands/annotationcommand.h"

namespace assay::widgets {

class ChangeBoxClassCommand final : public AnnotationCommand
{
public:
    ChangeBoxClassCommand(const EditTarget &target, const core::Box &box,
                          const core::Id &newClassId, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;

private:
    core::Box m_before; // the rest of the box is written back unchanged
    core::Box m_after;
};

} // namespace assay::widgets
