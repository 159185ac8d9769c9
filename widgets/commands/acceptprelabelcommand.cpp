// SPDX-License-Identifier: Apache-2.0
// AcceptPreLabelCommand: accepts on redo, takes the decision back on undo.
#include "widgets/commands/acceptprelabelcommand.h"

#include <QCoreApplication>

namespace assay::widgets {

AcceptPreLabelCommand::AcceptPreLabelCommand(const EditTarget &target,
                                             core::IPreLabelEditor *preLabels,
                                             const core::PreLabel &preLabel, const core::Id &boxId,
                                             QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_preLabels(preLabels)
    , m_preLabel(preLabel)
    , m_boxId(boxId)
{
    setText(QCoreApplication::translate("assay::widgets::AcceptPreLabelCommand",
                                        "Accept suggested box"));
}

AcceptPreLabelCommand::AcceptPreLabelCommand(const EditTarget &target,
                                             core::IPreLabelEditor *preLabels,
                                             const core::PreLabel &preLabel,
                                             const QStringList &before, const QStringList &after,
                                             QUndoCommand *parent)
    : AnnotationCommand(target, parent)
    , m_preLabels(preLabels)
    , m_preLabel(preLabel)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("assay::widgets::AcceptPreLabelCommand",
                                        "Accept suggested class"));
}

void AcceptPreLabelCommand::redo()
{
    if (m_preLabel.box)
        check(m_preLabels->acceptBoxPreLabel(annotationId(), m_preLabel.id, m_boxId));
    else
        check(m_preLabels->acceptClassPreLabel(annotationId(), m_preLabel.id, m_after));
}

void AcceptPreLabelCommand::undo()
{
    if (m_preLabel.box)
        check(m_preLabels->withdrawPreLabelDecision(annotationId(), m_preLabel.id));
    else
        check(m_preLabels->withdrawPreLabelDecision(annotationId(), m_preLabel.id, m_before));
}

} // namespace assay::widgets
