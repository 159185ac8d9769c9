// SPDX-License-Identifier: Apache-2.0
// AnnotationSession: edits through undo commands, the annotation read back after each save, and
// changes made elsewhere read in.
#include "widgets/session/annotationsession.h"

#include "core/annotation/annotationevents.h"
#include "core/assert.h"
#include "widgets/commands/addboxcommand.h"
#include "widgets/commands/annotationcommand.h"
#include "widgets/commands/changeboxclasscommand.h"
#include "widgets/commands/editscommand.h"
#include "widgets/commands/moveboxcommand.h"
#include "widgets/commands/removeboxcommand.h"
#include "widgets/commands/setclassescommand.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace assay::widgets {

// The editor the session's commands call: every save passes the session, which marks the events
// it makes as its own and brings the views up to date once the save is done.
class AnnotationSession::Writer final : public core::IAnnotationEditor
{
public:
    explicit Writer(AnnotationSession *session)
        : m_session(session)
    {}

    Result<core::Annotation> annotation(const core::Id &annotationId) const override
    {
        if (!m_session->m_editor)
            return noEditor();
        return m_session->m_editor->annotation(annotationId);
    }
    Status addBox(const core::Id &annotationId, const core::Box &box) override
    {
        return write([&](core::IAnnotationEditor *e) { return e->addBox(annotationId, box); });
    }
    Status updateBox(const core::Id &annotationId, const core::Box &box) override
    {
        return write([&](core::IAnnotationEditor *e) { return e->updateBox(annotationId, box); });
    }
    Status removeBox(const core::Id &annotationId, const core::Id &boxId) override
    {
        return write([&](core::IAnnotationEditor *e) { return e->removeBox(annotationId, boxId); });
    }
    Status setClasses(const core::Id &annotationId, const QStringList &classIds) override
    {
        return write(
                [&](core::IAnnotationEditor *e) { return e->setClasses(annotationId, classIds); });
    }
    Status applyEdits(const core::Id &annotationId,
                      const QList<core::AnnotationEdit> &edits) override
    {
        const bool decisions = std::any_of(edits.cbegin(), edits.cend(), [](const auto &edit) {
            return edit.isPreLabelDecision();
        });
        return write([&](core::IAnnotationEditor *e) { return e->applyEdits(annotationId, edits); },
                     decisions);
    }

private:
    static Error noEditor()
    {
        return makeError(ErrorCode::Generic,
                         QCoreApplication::translate("assay::widgets::AnnotationSession",
                                                     "no project to save the edit in"));
    }

    Status write(const std::function<Status(core::IAnnotationEditor *)> &save,
                 bool suggestions = false)
    {
        if (!m_session->m_editor)
            return noEditor();
        m_session->m_writing = true;
        const Status saved = save(m_session->m_editor);
        m_session->m_writing = false;
        m_session->m_lastWriteOk = bool(saved);
        // Refused too: the views then show what the store holds again.
        m_session->refresh(suggestions);
        return saved;
    }

    AnnotationSession *m_session;
};

AnnotationSession::AnnotationSession(QObject *parent)
    : QObject(parent)
    , m_writer(std::make_unique<Writer>(this))
    , m_reporter(new EditReporter(this))
    , m_undoStack(new QUndoStack(this))
    , m_gestureTimer(new QTimer(this))
{
    m_gestureTimer->setSingleShot(true);
    m_gestureTimer->setInterval(GestureTimeoutMs);
    connect(m_gestureTimer, &QTimer::timeout, this, &AnnotationSession::finishGesture);
    connect(m_reporter, &EditReporter::failed, this, &AnnotationSession::editFailed);
}

AnnotationSession::~AnnotationSession()
{
    // The stack, a child, undoes nothing when it goes; its commands call the writer no more.
    m_undoStack->disconnect(this);
}

EditTarget AnnotationSession::target() const
{
    return {m_writer.get(), m_annotationId, m_reporter};
}

// ---------------------------------------------------------------- loading

void AnnotationSession::setAnnotationEditor(core::IAnnotationEditor *editor)
{
    finishGesture(); // saved with the editor it was begun with
    m_editor = editor;
    m_undoStack->clear();
    m_annotationId.clear();
    load();
}

void AnnotationSession::setPreLabelEditor(core::IPreLabelEditor *editor)
{
    m_preLabels = editor;
    loadSuggestions();
    Q_EMIT suggestionsChanged();
}

void AnnotationSession::setAnnotation(const core::Id &annotationId)
{
    finishGesture();
    m_undoStack->clear(); // an undo history belongs to one annotation
    m_annotationId = annotationId;
    load();
}

void AnnotationSession::reload()
{
    finishGesture();
    refresh(true);
}

void AnnotationSession::load()
{
    m_annotation = {};
    m_annotation.id = m_annotationId;
    if (m_editor && !m_annotationId.isEmpty()) {
        auto stored = m_editor->annotation(m_annotationId);
        if (stored)
            m_annotation = *stored;
        else
            Q_EMIT editFailed(stored.error().toString());
    }
    loadSuggestions();
    Q_EMIT annotationReset();
}

void AnnotationSession::loadSuggestions()
{
    m_suggestions.clear();
    if (!m_preLabels || !m_editor || m_annotationId.isEmpty())
        return;
    auto open = m_preLabels->openPreLabels(m_annotationId);
    if (open)
        m_suggestions = *open;
    else
        Q_EMIT editFailed(open.error().toString());
}

void AnnotationSession::refresh(bool suggestions)
{
    if (!m_editor || m_annotationId.isEmpty())
        return;
    auto stored = m_editor->annotation(m_annotationId);
    if (!stored) {
        Q_EMIT editFailed(stored.error().toString());
        return;
    }
    merge(*stored);
    if (suggestions) {
        loadSuggestions();
        Q_EMIT suggestionsChanged();
    }
}

// Brings the annotation to `stored` one box at a time, each change signalled while the list is
// consistent: a view may read boxes() in any of its slots.
void AnnotationSession::merge(const core::Annotation &stored)
{
    QList<core::Box> &boxes = m_annotation.boxes;
    const auto indexIn = [](const QList<core::Box> &list, const core::Id &id, qsizetype from) {
        for (qsizetype i = from; i < list.size(); ++i) {
            if (list.at(i).id == id)
                return int(i);
        }
        return -1;
    };
    for (int i = int(boxes.size()) - 1; i >= 0; --i) {
        if (indexIn(stored.boxes, boxes.at(i).id, 0) < 0) {
            const core::Id id = boxes.takeAt(i).id;
            Q_EMIT boxRemoved(id, i);
        }
    }
    for (int i = 0; i < stored.boxes.size(); ++i) {
        const core::Box &box = stored.boxes.at(i);
        if (i < boxes.size() && boxes.at(i).id == box.id) {
            if (!(boxes.at(i) == box)) {
                boxes[i] = box;
                Q_EMIT boxChanged(box.id, i);
            }
            continue;
        }
        // Not here, or further down (the order changed): it goes in at its saved place.
        if (const int later = indexIn(boxes, box.id, i + 1); later >= 0) {
            boxes.removeAt(later);
            Q_EMIT boxRemoved(box.id, later);
        }
        boxes.insert(i, box);
        Q_EMIT boxAdded(box.id, i);
    }
    const bool classesDiffer = m_annotation.classIds != stored.classIds;
    m_annotation = stored; // the boxes are the same by now; the rest has no view of its own
    if (classesDiffer)
        Q_EMIT classesChanged(m_annotation.classIds);
}

// ---------------------------------------------------------------- edits

int AnnotationSession::boxIndex(const core::Id &boxId) const
{
    if (boxId.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_annotation.boxes.size(); ++i) {
        if (m_annotation.boxes.at(i).id == boxId)
            return int(i);
    }
    return -1;
}

bool AnnotationSession::isEditable() const
{
    return m_editor && !m_annotationId.isEmpty();
}

bool AnnotationSession::push(QUndoCommand *command)
{
    if (!isEditable()) {
        delete command;
        return false;
    }
    m_lastWriteOk = false;
    m_undoStack->push(command); // redo() saves; a refused command is dropped by the stack
    return m_lastWriteOk;
}

void AnnotationSession::undo()
{
    finishGesture();
    m_undoStack->undo();
}

void AnnotationSession::redo()
{
    finishGesture();
    m_undoStack->redo();
}

bool AnnotationSession::addBox(const core::Box &box)
{
    finishGesture();
    return push(new AddBoxCommand(target(), box));
}

bool AnnotationSession::updateBox(const core::Box &box)
{
    finishGesture();
    const int index = boxIndex(box.id);
    if (index < 0 || m_annotation.boxes.at(index) == box)
        return false;
    return push(new MoveBoxCommand(target(), m_annotation.boxes.at(index), box, true));
}

bool AnnotationSession::changeBoxClass(const core::Id &boxId, const core::Id &classId)
{
    finishGesture();
    const int index = boxIndex(boxId);
    if (index < 0 || m_annotation.boxes.at(index).classId == classId)
        return false;
    return push(new ChangeBoxClassCommand(target(), m_annotation.boxes.at(index), classId));
}

bool AnnotationSession::removeBox(const core::Id &boxId)
{
    finishGesture();
    const int index = boxIndex(boxId);
    if (index < 0)
        return false;
    return push(new RemoveBoxCommand(target(), m_annotation.boxes.at(index)));
}

bool AnnotationSession::setClasses(const QStringList &classIds)
{
    finishGesture();
    if (classIds == m_annotation.classIds)
        return false;
    return push(new SetClassesCommand(target(), m_annotation.classIds, classIds));
}

bool AnnotationSession::nudgeBox(const core::Box &to)
{
    if (!isEditable() || boxIndex(to.id) < 0)
        return false;
    if (m_gestureOpen && m_gestureFrom.id != to.id)
        finishGesture();
    const int index = boxIndex(to.id);
    if (index < 0)
        return false;
    if (!m_gestureOpen) {
        m_gestureOpen = true;
        m_gestureFrom = m_annotation.boxes.at(index);
    }
    m_gestureTimer->start();
    if (m_annotation.boxes.at(index) == to)
        return false;
    m_annotation.boxes[index] = to; // shown now, saved when the gesture ends
    Q_EMIT boxChanged(to.id, index);
    return true;
}

void AnnotationSession::finishGesture()
{
    if (!m_gestureOpen)
        return;
    m_gestureOpen = false;
    m_gestureTimer->stop();
    const int index = boxIndex(m_gestureFrom.id);
    if (index < 0 || m_annotation.boxes.at(index) == m_gestureFrom)
        return;
    push(new MoveBoxCommand(target(), m_gestureFrom, m_annotation.boxes.at(index), true));
}

bool AnnotationSession::applyEdits(const QString &text, const QList<core::AnnotationEdit> &edits)
{
    using Edit = core::AnnotationEdit;
    finishGesture();
    if (!isEditable() || edits.isEmpty())
        return false;
    // The inverse of each edit against the state the ones before it leave, in reverse order.
    QList<core::Box> boxes = m_annotation.boxes;
    QStringList classes = m_annotation.classIds;
    const auto indexIn = [&boxes](const core::Id &id) {
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            if (boxes.at(i).id == id)
                return i;
        }
        return qsizetype(-1);
    };
    QList<Edit> undo;
    for (const Edit &edit : edits) {
        switch (edit.kind) {
        case Edit::Kind::AddBox:
            undo.prepend(Edit::removeBox(edit.box.id));
            boxes.append(edit.box);
            break;
        case Edit::Kind::UpdateBox: {
            const qsizetype i = indexIn(edit.box.id);
            ASSAY_ASSERT(i >= 0, return false);
            undo.prepend(Edit::updateBox(boxes.at(i)));
            boxes[i] = edit.box;
            break;
        }
        case Edit::Kind::RemoveBox: {
            const qsizetype i = indexIn(edit.boxId);
            ASSAY_ASSERT(i >= 0, return false);
            undo.prepend(Edit::addBox(boxes.takeAt(i)));
            break;
        }
        case Edit::Kind::SetClasses:
            undo.prepend(Edit::setClasses(classes));
            classes = edit.classIds;
            break;
        case Edit::Kind::AcceptBoxPreLabel:
        case Edit::Kind::RejectPreLabel:
            undo.prepend(Edit::withdrawPreLabel(edit.preLabelId)); // the box goes with it
            break;
        case Edit::Kind::AcceptClassPreLabel:
            undo.prepend(Edit::withdrawPreLabel(edit.preLabelId, classes));
            classes = edit.classIds;
            break;
        case Edit::Kind::WithdrawPreLabel:
            ASSAY_ASSERT(false, return false); // no inverse: the decision is not known here
        }
    }
    return push(new EditsCommand(target(), text, edits, undo));
}

// ---------------------------------------------------------------- changes made elsewhere

void AnnotationSession::eventsAppended(const QList<core::EventNotice> &events)
{
    if (m_annotationId.isEmpty())
        return;
    bool touched = false;
    for (const core::EventNotice &event : events) {
        if (event.local && m_writing)
            continue; // this session's own save
        const bool ours = event.annotationIds.contains(m_annotationId);
        const bool item = !m_annotation.itemId.isEmpty()
                          && event.itemIds.contains(m_annotation.itemId);
        if (!ours && !item && !event.anyItem)
            continue;
        touched = true;
        // What changes the boxes, classes or decisions; not the time spent, nor the creation.
        if (ours && event.kind.startsWith(QLatin1String("annotation."))
            && event.kind != QLatin1String(core::TimeAdded::kind.name)
            && event.kind != QLatin1String(core::AnnotationCreated::kind.name))
            m_externalEdit = m_annotationId;
    }
    if (!touched || m_externalPending)
        return;
    // Read in once control is back in the event loop: the notice may come from inside another
    // view's save, and several notices in a row make one reload.
    m_externalPending = true;
    QMetaObject::invokeMethod(this, &AnnotationSession::applyExternalChange, Qt::QueuedConnection);
}

void AnnotationSession::applyExternalChange()
{
    m_externalPending = false;
    finishGesture(); // what the person did stays theirs: saved before the other edit is read in
    // Only if it is still the annotation shown: another one has a history of its own.
    if (std::exchange(m_externalEdit, {}) == m_annotationId && !m_annotationId.isEmpty())
        m_undoStack->clear();
    refresh(true);
    Q_EMIT changedElsewhere();
}

} // namespace assay::widgets
