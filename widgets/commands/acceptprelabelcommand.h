// SPDX-License-Identifier: Apache-2.0
// AcceptPreLabelCommand: undoable acceptance of a model's suggestion, a box or a class.
#pragma once

#include "core/domain/prelabeleditor.h"
#include "widgets/commands/annotationcommand.h"

#include <QStringList>

namespace assay::widgets {

// Redo accepts (the box is added, or the classes set, and the decision recorded in one
// transaction); undo takes the decision back, so the suggestion shows again.
class AcceptPreLabelCommand final : public AnnotationCommand
{
public:
    // A box suggestion: it becomes box `boxId` of the annotation.
    AcceptPreLabelCommand(const EditTarget &target, core::IPreLabelEditor *preLabels,
                          const core::PreLabel &preLabel, const core::Id &boxId,
                          QUndoCommand *parent = nullptr);
    // A class suggestion: the annotation's classes go from `before` to `after`.
    AcceptPreLabelCommand(const EditTarget &target, core::IPreLabelEditor *preLabels,
                          const core::PreLabel &preLabel, const QStringList &before,
                          const QStringList &after, QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;
    const core::PreLabel &preLabel() const { return m_preLabel; }
    const core::Id &boxId() const { return m_boxId; }

private:
    core::IPreLabelEditor *m_preLabels; // not owned; outlives the undo stack
    core::PreLabel m_preLabel;
    core::Id m_boxId; // box suggestions: the same id on every redo
    QStringList m_before;
    QStringList m_after;
};

} // namespace assay::widgets
