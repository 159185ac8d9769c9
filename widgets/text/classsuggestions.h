// SPDX-License-Identifier: Apache-2.0
// ClassSuggestions: a model's whole-item class suggestions on a ClassBar, to accept or reject.
#pragma once

#include "core/domain/prelabeleditor.h"
#include "core/domain/types.h"

#include <QKeySequence>
#include <QObject>

QT_BEGIN_NAMESPACE
class QUndoCommand;
QT_END_NAMESPACE

namespace assay::widgets {

class ClassBar;
class EditReporter;

// Embedding: one per class bar (its parent), setEditor() with the store that is the bar's
// annotation editor too. It follows the bar's annotation and undo stack by itself: each class
// the person has not decided on is marked on its button (dashed, with the score). Accepting
// sets the class (replacing the current one with a single-label taxonomy) and rejecting hides
// the suggestion, each one step on the bar's undo stack.
class ClassSuggestions final : public QObject
{
    Q_OBJECT

public:
    explicit ClassSuggestions(ClassBar *bar);

    void setEditor(core::IPreLabelEditor *editor); // not owned; outlives this
    // The keys the buttons' tooltips name.
    void setHintKeys(const QKeySequence &accept, const QKeySequence &reject);

    const QList<core::PreLabel> &suggestions() const { return m_open; } // best score first
    // The best-scored open suggestion. False when there is none to decide on.
    bool acceptBest();
    bool rejectBest();
    // Adds acceptances to `macro` (one undo step with others): every open suggestion with a
    // multi-label taxonomy, the best one otherwise. The number added.
    int addAcceptAll(QUndoCommand *macro);
    EditReporter *reporter() const { return m_reporter; }
    void reload();

Q_SIGNALS:
    void suggestionsChanged();
    void editFailed(const QString &message);

private:
    bool isEditable() const;
    QStringList classesAfter(const QStringList &before, const core::Id &classId) const;
    void push(QUndoCommand *command);
    void mark();

    ClassBar *m_bar;
    core::IPreLabelEditor *m_editor = nullptr;
    EditReporter *m_reporter;
    QList<core::PreLabel> m_open;
    QKeySequence m_acceptKey;
    QKeySequence m_rejectKey;
};

} // namespace assay::widgets
