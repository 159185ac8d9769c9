// SPDX-License-Identifier: Apache-2.0
// AddBoxCommand: undoable creation of one box.
#pragma once

#include "widgets/commands/annotationcommand.h"

namespace assay::widgets {

class AddBoxCommand final : public AnnotationCommand
{
public:
    AddBoxCommand(const EditTarget &target, const core::Box &box, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;
    const core::Box &box() const { return m_box; }

private:
    core::Box m_box; // with its id: redo after undo brings back the same box
};

} // namespace assay::widgets
