// SPDX-License-Identifier: Apache-2.0
// RejectPreLabelCommand: rejects on redo, takes the rejection back on undo.
#include "widgets/commands/rejectprelabelcommand.h"

#include <QCoreApplication>

namespace assay::widgets {

RejectPreLabelCommand::RejectPreLabelCommand(const EditTarget &target,
                                             core::IPreLabelEditor *preLabels,
                                             const core::PreLabel &preLabel, QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_preLabels(preLabels)
    , m_preLabel(preLabel)
{
    setText(
        QCoreApplication::translate("assay::widgets::RejectPreLabelCommand", "Reject suggestion"));
}

void RejectPreLabelCommand::redo()
{
    check(m_preLabels->rejectPreLabel(annotationId(), m_preLabel.id));
}

void RejectPreLabelCommand::undo()
{
    check(m_preLabels->withdrawPreLabelDecision(annotationId(), m_preLabel.id));
}

} // namespace assay::widgets
