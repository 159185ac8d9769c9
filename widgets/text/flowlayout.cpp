// SPDX-License-Identifier: Apache-2.0
// FlowLayout: rows of items that wrap at the layout's width.
#include "widgets/text/flowlayout.h"

#include <QWidget>

namespace assay::widgets {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(std::clamp(index, 0, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return layoutRows(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: any narrower and it would be cut.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row as wide as all items, but never wider than a modest window: the layout wraps.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width() + (width > 0 ? m_spacing : 0);
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    width = std::min(width, 640);
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    layoutRows(rect, true);
}

int FlowLayout::layoutRows(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    int rows = 0;
    // Items of one row share its height and are centred in it.
    QList<QPair<QLayoutItem *, QRect>> row;
    const auto flush = [&] {
        if (apply) {
            for (auto &[item, geometry] : row) {
                geometry.moveTop(geometry.top() + (rowHeight - geometry.height()) / 2);
                item->setGeometry(geometry);
            }
        }
        row.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize hint = item->sizeHint();
        hint.setWidth(std::min(hint.width(), std::max(1, area.width())));
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            flush();
            x = area.x();
            y += rowHeight + m_spacing;
            rowHeight = 0;
        }
        if (row.isEmpty())
            ++rows;
        row.append({item, QRect(QPoint(x, y), hint)});
        x += hint.width() + m_spacing;
        rowHeight = std::max(rowHeight, hint.height());
    }
    flush();
    if (apply)
        m_rows = rows;
    return y + rowHeight - rect.y() + m.bottom();
}

} // namespace assay::widgets
