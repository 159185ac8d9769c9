// SPDX-License-Identifier: Apache-2.0
// ClassSuggestions: marks suggested classes on the bar and records decisions on them.
#include "widgets/text/classsuggestions.h"

#include "widgets/commands/acceptprelabelcommand.h"
#include "widgets/commands/rejectprelabelcommand.h"
#include "widgets/text/classbar.h"

#include <QLocale>
#include <QUndoStack>

namespace assay::widgets {

ClassSuggestions::ClassSuggestions(ClassBar *bar)
    : QObject(bar)
    , m_bar(bar)
    , m_reporter(new EditReporter(this))
{
    connect(m_reporter, &EditReporter::failed, this, &ClassSuggestions::editFailed);
    // After every change of the bar's annotation: an item shown, an edit, undo or redo.
    connect(m_bar, &ClassBar::classesChanged, this, &ClassSuggestions::reload);
}

void ClassSuggestions::setEditor(core::IPreLabelEditor *editor)
{
    m_editor = editor;
    reload();
}

void ClassSuggestions::setHintKeys(const QKeySequence &accept, const QKeySequence &reject)
{
    m_acceptKey = accept;
    m_rejectKey = reject;
    mark();
}

bool ClassSuggestions::isEditable() const
{
    return m_editor && !m_bar->annotationId().isEmpty() && !m_bar->isReadOnly()
           && m_bar->undoStack();
}

void ClassSuggestions::reload()
{
    m_open.clear();
    if (isEditable()) {
        const auto open = m_editor->openPreLabels(m_bar->annotationId());
        if (open) {
            for (const core::PreLabel &p : *open) {
                if (!p.box)
                    m_open.append(p);
            }
        } else {
            Q_EMIT editFailed(open.error().toString());
        }
    }
    mark();
    Q_EMIT suggestionsChanged();
}

void ClassSuggestions::mark()
{
    // Several models may suggest one class: its button shows the best score.
    QHash<core::Id, ClassSuggestionMark> marks;
    for (const core::PreLabel &p : std::as_const(m_open)) {
        if (marks.contains(p.classId))
            continue;
        ClassSuggestionMark mark;
        const QString score = p.score ? QLocale().toString(*p.score, 'f', 2) : QString();
        mark.badge = score;
        mark.note
            = tr("Suggested by %1%2. %3 accepts and %4 rejects suggestions in turn, best-scored "
                 "first, boxes before classes.")
                  .arg(p.model, score.isEmpty() ? QString() : tr(" (score %1)").arg(score),
                       m_acceptKey.toString(QKeySequence::NativeText),
                       m_rejectKey.toString(QKeySequence::NativeText));
        marks.insert(p.classId, mark);
    }
    m_bar->setSuggestionMarks(marks);
}

QStringList ClassSuggestions::classesAfter(const QStringList &before, const core::Id &classId) const
{
    if (!m_bar->taxonomy().multiLabel)
        return {classId};
    QStringList after = before;
    if (!after.contains(classId))
        after.append(classId);
    return after;
}

void ClassSuggestions::push(QUndoCommand *command)
{
    QUndoStack *stack = m_bar->undoStack();
    const int index = stack->index();
    stack->push(command);
    if (stack->index() == index)
        m_bar->reloadAnnotation(); // refused and dropped: show the stored state again
}

bool ClassSuggestions::acceptBest()
{
    if (!isEditable() || m_open.isEmpty())
        return false;
    const core::PreLabel best = m_open.first();
    const QStringList before = m_bar->classes();
    push(new AcceptPreLabelCommand({nullptr, m_bar->annotationId(), m_reporter}, m_editor, best,
                                   before, classesAfter(before, best.classId)));
    return true;
}

bool ClassSuggestions::rejectBest()
{
    if (!isEditable() || m_open.isEmpty())
        return false;
    push(new RejectPreLabelCommand({nullptr, m_bar->annotationId(), m_reporter}, m_editor,
                                   m_open.first()));
    return true;
}

int ClassSuggestions::addAcceptAll(QUndoCommand *macro)
{
    if (!isEditable() || m_open.isEmpty())
        return 0;
    const QList<core::PreLabel> chosen
        = m_bar->taxonomy().multiLabel ? m_open : QList<core::PreLabel>{m_open.first()};
    QStringList classes = m_bar->classes();
    for (const core::PreLabel &p : chosen) {
        const QStringList after = classesAfter(classes, p.classId);
        new AcceptPreLabelCommand({nullptr, m_bar->annotationId(), m_reporter}, m_editor, p,
                                  classes, after, macro);
        classes = after;
    }
    return int(chosen.size());
}

} // namespace assay::widgets
