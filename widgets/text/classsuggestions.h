// SPDX-License-Identifier: Apache-2.0
// ClassSuggestions: a model's whole-item class suggestions on a ClassBar, to accept or reject.
#pragma once

#include "core/domain/annotationedit.h"
#include "core/domain/prelabeleditor.h"
#include "core/domain/types.h"

#include <QKeySequence>
#include <QObject>

namespace assay::widgets {

class AnnotationSession;
class ClassBar;

// Embedding: one per class bar (its parent), setEditor() with the store that is the bar's
// annotation editor too (it becomes the pre-label editor of the bar's session). It shows the
// class suggestions of the bar's session: each class the person has not decided on is marked on
// its button (dashed, with the score). Accepting sets the class (replacing the current one with
// a single-label taxonomy) and rejecting hides the suggestion, each one step of the session.
class ClassSuggestions final : public QObject
{
    Q_OBJECT

public:
    explicit ClassSuggestions(ClassBar *bar);

    void setEditor(core::IPreLabelEditor *editor); // the bar's session's; not owned
    // The keys the buttons' tooltips name.
    void setHintKeys(const QKeySequence &accept, const QKeySequence &reject);

    const QList<core::PreLabel> &suggestions() const { return m_open; } // best score first
    // The best-scored open suggestion. False when there is none to decide on.
    bool acceptBest();
    bool rejectBest();
    // The acceptances of "accept all", for one composite edit with others: every open
    // suggestion with a multi-label taxonomy, the best one otherwise; `classes` are the classes
    // the edits before them leave (the annotation's when they are the first).
    QList<core::AnnotationEdit> acceptAllEdits(const QStringList &classes) const;
    void reload(); // the open class suggestions of the session again

Q_SIGNALS:
    void suggestionsChanged();

private:
    bool isEditable() const;
    QStringList classesAfter(const QStringList &before, const core::Id &classId) const;
    void mark();

    ClassBar *m_bar;
    QList<core::PreLabel> m_open;
    QKeySequence m_acceptKey;
    QKeySequence m_rejectKey;
};

} // namespace assay::widgets
