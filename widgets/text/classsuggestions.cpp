// SPDX-License-Identifier: Apache-2.0
// ClassSuggestions: marks suggested classes on the bar and records decisions on them.
#include "widgets/text/classsuggestions.h"

#include "widgets/session/annotationsession.h"
#include "widgets/text/classbar.h"

#include <QLocale>

namespace assay::widgets {

ClassSuggestions::ClassSuggestions(ClassBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    // The bar says when its session's annotation changed (an item shown, an edit, undo, redo);
    // the decisions change only the suggestions, which the session says on its own. The bar's
    // session may change: it is asked each time.
    connect(m_bar, &ClassBar::classesChanged, this, &ClassSuggestions::reload);
    connect(m_bar, &ClassBar::suggestionsChanged, this, &ClassSuggestions::reload);
}

void ClassSuggestions::setEditor(core::IPreLabelEditor *editor)
{
    m_bar->session()->setPreLabelEditor(editor);
}

void ClassSuggestions::setHintKeys(const QKeySequence &accept, const QKeySequence &reject)
{
    m_acceptKey = accept;
    m_rejectKey = reject;
    mark();
}

bool ClassSuggestions::isEditable() const
{
    const AnnotationSession *session = m_bar->session();
    return session->preLabelEditor() && session->isEditable() && !m_bar->isReadOnly();
}

void ClassSuggestions::reload()
{
    m_open.clear();
    if (isEditable()) {
        for (const core::PreLabel &p : m_bar->session()->suggestions()) {
            if (!p.box)
                m_open.append(p);
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
        mark.note = tr("Suggested by %1%2. %3 accepts and %4 rejects suggestions in turn, best-scored "
                       "first, boxes before classes.")
                            .arg(p.model,
                                 score.isEmpty() ? QString() : tr(" (score %1)").arg(score),
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

bool ClassSuggestions::acceptBest()
{
    if (!isEditable() || m_open.isEmpty())
        return false;
    const core::PreLabel best = m_open.first();
    m_bar->session()->applyEdits(tr("Accept suggested class"),
                                 {core::AnnotationEdit::acceptClassPreLabel(
                                         best.id, classesAfter(m_bar->classes(), best.classId))});
    return true;
}

bool ClassSuggestions::rejectBest()
{
    if (!isEditable() || m_open.isEmpty())
        return false;
    m_bar->session()->applyEdits(tr("Reject suggestion"),
                                 {core::AnnotationEdit::rejectPreLabel(m_open.first().id)});
    return true;
}

QList<core::AnnotationEdit> ClassSuggestions::acceptAllEdits(const QStringList &classes) const
{
    QList<core::AnnotationEdit> edits;
    if (!isEditable() || m_open.isEmpty())
        return edits;
    const QList<core::PreLabel> chosen = m_bar->taxonomy().multiLabel
                                                 ? m_open
                                                 : QList<core::PreLabel>{m_open.first()};
    QStringList after = classes;
    for (const core::PreLabel &p : chosen) {
        after = classesAfter(after, p.classId);
        edits.append(core::AnnotationEdit::acceptClassPreLabel(p.id, after));
    }
    return edits;
}

} // namespace assay::widgets
