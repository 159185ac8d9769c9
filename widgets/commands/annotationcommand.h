// SPDX-License-Identifier: Apache-2.0
// AnnotationCommand: the base of undo commands that edit one annotation through IAnnotationEditor.
#pragma once

#include "core/domain/annotationeditor.h"

#include <QObject>
#include <QUndoCommand>

namespace assay::widgets {

// QUndoCommand::id() values: only commands that merge need one.
enum CommandId { MoveBoxCommandId = 0x4153'0001 };

// Where commands report a call the store refused: a QUndoCommand is no QObject.
class EditReporter final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void report(const Error &error) { Q_EMIT failed(error.toString()); }

Q_SIGNALS:
    void failed(const QString &message);
};

// What a command edits: the editor and reporter outlive the undo stack that holds the command.
struct EditTarget
{
    core::IAnnotationEditor *editor = nullptr;
    core::Id annotationId;
    EditReporter *reporter = nullptr;
};

class AnnotationCommand : public QUndoCommand
{
public:
    explicit AnnotationCommand(const EditTarget &target, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_target(target)
    {}

protected:
    core::IAnnotationEditor *editor() const { return m_target.editor; }
    const core::Id &annotationId() const { return m_target.annotationId; }

    // A refused call is reported, and the command made obsolete: QUndoStack then drops it,
    // so the stack never claims an edit the store does not hold.
    bool check(const Status &status);

private:
    EditTarget m_target;
};

} // namespace assay::widgets
