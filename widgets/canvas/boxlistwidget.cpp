// SPDX-License-Identifier: Apache-2.0
// BoxListWidget: a list view over BoxListModel wired to an ImageCanvas.
#include "widgets/canvas/boxlistwidget.h"

#include "widgets/canvas/boxlistmodel.h"
#include "widgets/canvas/imagecanvas.h"

#include <QAction>
#include <QListView>
#include <QVBoxLayout>

namespace assay::widgets {

BoxListWidget::BoxListWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new BoxListModel(this))
    , m_view(new QListView(this))
{
    m_view->setModel(m_model);
    // A reset (a new annotation, a box gone from the middle) drops the view's selection.
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoxListWidget::syncSelection);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setIconSize(QSize(14, 14));
    m_view->setToolTip(tr("Boxes of this item; click one to select it on the image"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !m_canvas)
                    return;
                m_canvas->selectBox(current.data(BoxListModel::BoxIdRole).toString());
            });
}

void BoxListWidget::setCanvas(ImageCanvas *canvas)
{
    if (m_canvas)
        m_canvas->disconnect(this);
    m_canvas = canvas;
    if (!canvas) {
        m_model->setSession(nullptr);
        shareCanvasActions();
        return;
    }
    // The rows follow the canvas's session; the taxonomy and the selection are the canvas's.
    connect(canvas, &ImageCanvas::sessionChanged, this, [this] {
        m_model->setSession(m_canvas->session());
        syncSelection();
    });
    connect(canvas, &ImageCanvas::classActionsChanged, this, [this] {
        m_model->setTaxonomy(m_canvas->taxonomy());
        shareCanvasActions();
    });
    connect(canvas, &ImageCanvas::selectionChanged, this, &BoxListWidget::syncSelection);
    m_model->setTaxonomy(canvas->taxonomy());
    m_model->setSession(canvas->session());
    shareCanvasActions();
    syncSelection();
}

void BoxListWidget::shareCanvasActions()
{
    // The canvas's class hotkeys and Delete act here too: a click in the list must not leave
    // the keys dead. The same actions, so nothing is ambiguous where both are in reach.
    for (const QPointer<QAction> &action : std::as_const(m_shared)) {
        if (action)
            removeAction(action);
    }
    m_shared.clear();
    if (!m_canvas)
        return;
    QList<QAction *> actions = m_canvas->classActions();
    actions.append(m_canvas->action(ImageCanvas::Action::DeleteBox));
    for (QAction *action : std::as_const(actions)) {
        m_shared.append(action);
        addAction(action);
    }
}

void BoxListWidget::syncSelection()
{
    if (!m_canvas)
        return;
    m_syncing = true;
    const int row = m_model->rowOf(m_canvas->selectedBox());
    if (row < 0) {
        m_view->selectionModel()->clear();
    } else {
        const QModelIndex index = m_model->index(row);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index);
    }
    m_syncing = false;
}

} // namespace assay::widgets
