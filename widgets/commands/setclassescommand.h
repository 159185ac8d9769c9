// SPDX-License-Identifier: Apache-2.0
// SetClassesCommand: undoable change of an annotation's whole-item classes.
#pragma once

#include "widgets/commands/annotationcommand.h"

#include <QStringList>

namespace assay::widgets {

class SetClassesCommand final : public AnnotationCommand
{
public:
    SetClassesCommand(const EditTarget &target, const QStringList &before, const QStringList &after,
                      QUndoCommand *parent = nullptr);
    void redo() final;
    void undo() final;

private:
    QStringList m_before;
    QStringList m_after;
};

} // namespace assay::widgets
