// SPDX-License-Identifier: Apache-2.0
// ClassifiedItemView: the class bar of a text or audio view, wired once for both.
#include "widgets/text/classifieditemview.h"

#include "widgets/session/annotationsession.h"
#include "widgets/text/classbar.h"

namespace assay::widgets {

ClassifiedItemView::ClassifiedItemView(QWidget *parent)
    : QWidget(parent)
    , m_classBar(new ClassBar(this))
{
    m_classBar->setShortcutHost(this);
    connect(m_classBar, &ClassBar::classesChanged, this, &ClassifiedItemView::classesChanged);
    connect(m_classBar, &ClassBar::classActionsChanged, this,
            &ClassifiedItemView::classActionsChanged);
    connect(m_classBar, &ClassBar::editFailed, this, &ClassifiedItemView::editFailed);
}

ClassifiedItemView::~ClassifiedItemView() = default;

void ClassifiedItemView::setSession(AnnotationSession *session)
{
    m_classBar->setSession(session);
}

AnnotationSession *ClassifiedItemView::session() const
{
    return m_classBar->session();
}

void ClassifiedItemView::setAnnotationEditor(core::IAnnotationEditor *editor)
{
    m_classBar->setAnnotationEditor(editor);
}

void ClassifiedItemView::setAnnotation(const core::Id &annotationId)
{
    m_classBar->setAnnotation(annotationId);
}

core::Id ClassifiedItemView::annotationId() const
{
    return m_classBar->annotationId();
}

void ClassifiedItemView::setTaxonomy(const core::Taxonomy &taxonomy)
{
    m_classBar->setTaxonomy(taxonomy);
}

void ClassifiedItemView::setReadOnly(bool readOnly)
{
    m_classBar->setReadOnly(readOnly);
}

QStringList ClassifiedItemView::classes() const
{
    return m_classBar->classes();
}

QUndoStack *ClassifiedItemView::undoStack() const
{
    return m_classBar->undoStack();
}

QList<QAction *> ClassifiedItemView::classActions() const
{
    return m_classBar->classActions();
}

QAction *ClassifiedItemView::undoAction() const
{
    return m_classBar->undoAction();
}

QAction *ClassifiedItemView::redoAction() const
{
    return m_classBar->redoAction();
}

} // namespace assay::widgets
