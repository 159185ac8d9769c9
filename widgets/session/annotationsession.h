// SPDX-License-Identifier: Apache-2.0
// AnnotationSession: the document of a labeling view — one annotation, its suggestions, its
// history.
#pragma once

#include "core/domain/annotationeditor.h"
#include "core/domain/eventnotice.h"
#include "core/domain/prelabeleditor.h"
#include "core/domain/types.h"

#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
class QUndoCommand;
class QUndoStack;
QT_END_NAMESPACE

namespace assay::widgets {

class EditReporter;
struct EditTarget;

// Embedding: setAnnotationEditor() once (and setPreLabelEditor() for a model's suggestions),
// setAnnotation() per item, and a LogWatcher's eventsAppended() connected to eventsAppended().
// The views (image canvas, box list, class bar, suggestion layer) read boxes(), classes() and
// suggestions() and follow the signals; they edit only through the session, which saves every
// edit at once as one undo step and tells each view what changed, the view that made the edit
// included: no view keeps a copy of the annotation, and none reloads after its own edit.
//
// After each save the session reads the annotation back, once: the store may derive values (a
// box accepted from a suggestion is marked "prelabel_adjusted" once moved), and the views then
// show exactly what was saved.
//
// A change made elsewhere (another window, an `assay` command on the same file, a sync) is read
// in when the watcher reports it. When it edited this annotation, the undo history is cleared:
// its commands hold before-values of a document that no longer exists, so undoing one would
// silently overwrite the other edit, or fail half-way through. Changes that leave the
// annotation's content alone (time spent, new suggestions) keep the history.
class AnnotationSession final : public QObject
{
    Q_OBJECT

public:
    // A held arrow key is one gesture until it is released, or until this long without a repeat.
    static constexpr int GestureTimeoutMs = 500;

    explicit AnnotationSession(QObject *parent = nullptr);
    ~AnnotationSession() override;

    // Not owned; outlives the session or is replaced first. Empties the session.
    void setAnnotationEditor(core::IAnnotationEditor *editor);
    core::IAnnotationEditor *annotationEditor() const { return m_editor; }
    // Not owned; nullptr: no suggestions.
    void setPreLabelEditor(core::IPreLabelEditor *editor);
    core::IPreLabelEditor *preLabelEditor() const { return m_preLabels; }
    // Loads the annotation and its open suggestions, and starts a fresh undo history.
    void setAnnotation(const core::Id &annotationId);
    // Reads the annotation and suggestions again (after an edit made around the session).
    void reload();

    core::Id annotationId() const { return m_annotationId; }
    const core::Annotation &annotation() const { return m_annotation; }
    const QList<core::Box> &boxes() const { return m_annotation.boxes; } // saved order
    int boxIndex(const core::Id &boxId) const;
    const QStringList &classes() const { return m_annotation.classIds; }
    const QList<core::PreLabel> &suggestions() const { return m_suggestions; } // best first
    bool isEditable() const; // an editor and an annotation

    QUndoStack *undoStack() const { return m_undoStack; }
    void undo(); // ends an open gesture first
    void redo();

    // Each edit is one undo step, saved at once; false when it changes nothing or was refused
    // (the refusal goes to editFailed()).
    bool addBox(const core::Box &box);
    bool updateBox(const core::Box &box); // a move or resize, by id: the end of a drag
    bool changeBoxClass(const core::Id &boxId, const core::Id &classId);
    bool removeBox(const core::Id &boxId);
    bool setClasses(const QStringList &classIds);
    // A step of a nudge gesture: shown at once, saved as one event and one undo step when the
    // gesture ends: finishGesture() (key released), GestureTimeoutMs without a step, another
    // box nudged, or any other edit.
    bool nudgeBox(const core::Box &to);
    void finishGesture();
    bool isGestureOpen() const { return m_gestureOpen; }
    // Several edits as one undo step and one event ("accept all suggestions"); the undo applies
    // the inverse edits, one event too. Taking decisions back is for the undo only.
    bool applyEdits(const QString &text, const QList<core::AnnotationEdit> &edits);

public Q_SLOTS:
    // From a LogWatcher: events touching this annotation or its item, made elsewhere, are read in.
    void eventsAppended(const QList<core::EventNotice> &events);

Q_SIGNALS:
    void annotationReset(); // another annotation (or none): read everything again
    void boxAdded(const core::Id &boxId, int index);
    void boxChanged(const core::Id &boxId, int index);
    void boxRemoved(const core::Id &boxId, int index); // the index it had
    void classesChanged(const QStringList &classIds);
    void suggestionsChanged();
    void changedElsewhere(); // read in after a change made elsewhere
    void editFailed(const QString &message);

private:
    class Writer;
    friend class Writer;

    EditTarget target() const;
    bool push(QUndoCommand *command);
    void load();
    void loadSuggestions();
    void refresh(bool suggestions);
    void merge(const core::Annotation &stored);
    void applyExternalChange();

    core::IAnnotationEditor *m_editor = nullptr;
    core::IPreLabelEditor *m_preLabels = nullptr;
    std::unique_ptr<Writer> m_writer; // what commands edit through: the session sees every save
    EditReporter *m_reporter;
    QUndoStack *m_undoStack;
    QTimer *m_gestureTimer;
    core::Id m_annotationId;
    core::Annotation m_annotation;
    QList<core::PreLabel> m_suggestions;
    core::Box m_gestureFrom;
    bool m_gestureOpen = false;
    bool m_writing = false; // inside a save of this session: its events are its own
    bool m_lastWriteOk = false;
    bool m_externalPending = false;
    core::Id m_externalEdit; // the annotation edited elsewhere, when it was; its history goes
};

} // namespace assay::widgets
