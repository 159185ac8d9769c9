// SPDX-License-Identifier: Apache-2.0
// BoxListWidget: the list of boxes beside an ImageCanvas, selection kept in step both ways.
#pragma once

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QListView;
QT_END_NAMESPACE

namespace assay::widgets {

class BoxListModel;
class ImageCanvas;

class BoxListWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit BoxListWidget(QWidget *parent = nullptr);

    // Follows the boxes of the canvas's session, its taxonomy and selection; not owned. The
    // canvas's class hotkeys and Delete act while the list has the focus too.
    void setCanvas(ImageCanvas *canvas);
    BoxListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

private:
    void syncSelection();
    void shareCanvasActions();

    QPointer<ImageCanvas> m_canvas;
    QList<QPointer<QAction>> m_shared; // the canvas's, acting here too (deleted with it)
    BoxListModel *m_model;
    QListView *m_view;
    bool m_syncing = false;
};

} // namespace assay::widgets
