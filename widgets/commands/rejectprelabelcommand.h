// SPDX-License-Identifier: Apache-2.0
// RejectPreLabelCommand: undoable rejection of a model's suggestion.
#pragma once

#include "core/domain/prelabeleditor.h"
#include "widgets/commands/annotationcommand.h"

namespace assay::widgets {

class RejectPreLabelCommand final : public AnnotationCommand
{
public:
    RejectPreLabelCommand(const EditTarget &target, core::IPreLabelEditor *preLabels,
                          const core::PreLabel &preLabel, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final; // the suggestion shows again
    const core::PreLabel &preLabel() const { return m_preLabel; }

private:
    core::IPreLabelEditor *m_preLabels; // not owned; outlives the undo stack
    core::PreLabel m_preLabel;
};

} // namespace assay::widgets
