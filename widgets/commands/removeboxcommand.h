// SPDX-License-Identifier: Apache-2.0
// RemoveBoxCommand: undoable deletion of one box.
#pragma once

#include "widgets/commands/annotationcommand.h"

namespace assay::widgets {

class RemoveBoxCommand final : public AnnotationCommand
{
public:
    RemoveBoxCommand(const EditTarget &target, const core::Box &box, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;

private:
    core::Box m_box; // everything needed to put it back, id included
};

} // namespace assay::widgets
