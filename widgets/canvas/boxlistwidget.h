// SPDX-License-Identifier: Apache-2.0
// BoxListWidget: the list of boxes beside an ImageCanvas, selection kept in step both ways.
#pragma once

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
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

    // Follows the boxes of the canvas's session, its taxonomy and selection; not owned.
    void setCanvas(ImageCanvas *canvas);
    BoxListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

private:
    void syncSelection();

    QPointer<ImageCanvas> m_canvas;
    BoxListModel *m_model;
    QListView *m_view;
    bool m_syncing = false;
};

} // namespace assay::widgets
