// SPDX-License-Identifier: Apache-2.0
// ClassifiedItemView: the base of the item views whose item gets whole-item classes (text, audio).
#pragma once

#include "core/domain/annotationeditor.h"
#include "core/domain/types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QUndoStack;
QT_END_NAMESPACE

namespace assay::widgets {

class AnnotationSession;
class ClassBar;

// The class-bar wiring both views share, in one place: a ClassBar whose hotkeys, Undo and Redo
// act wherever the focus is inside the view, over an AnnotationSession (the bar's own, or one
// the embedding view shares with others: setSession()). The derived view puts classBar() in its
// layout. Embedding: setAnnotationEditor(store) once, setTaxonomy() when it changes, and
// setAnnotation(id) per item; show editFailed() in the message bar.
class ClassifiedItemView : public QWidget
{
    Q_OBJECT

public:
    ~ClassifiedItemView() override;

    void setSession(AnnotationSession *session); // not owned; nullptr: the bar's own
    AnnotationSession *session() const;
    void setAnnotationEditor(core::IAnnotationEditor *editor); // not owned; outlives the view
    void setAnnotation(const core::Id &annotationId);          // starts a fresh undo history
    core::Id annotationId() const;
    void setTaxonomy(const core::Taxonomy &taxonomy);
    void setReadOnly(bool readOnly); // review: look, no class edits
    QStringList classes() const;
    ClassBar *classBar() const { return m_classBar; }
    QUndoStack *undoStack() const;
    QList<QAction *> classActions() const; // one per class, with its hotkey

Q_SIGNALS:
    void classesChanged(const QStringList &classIds);
    void classActionsChanged();
    void editFailed(const QString &message);

protected:
    explicit ClassifiedItemView(QWidget *parent = nullptr);
    QAction *undoAction() const;
    QAction *redoAction() const;

private:
    ClassBar *m_classBar;
};

} // namespace assay::widgets
