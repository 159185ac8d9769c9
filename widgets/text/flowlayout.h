// SPDX-License-Identifier: Apache-2.0
// FlowLayout: items left to right, wrapping to the next row when the width runs out; the
// height follows the width (heightForWidth), so a bar of many classes grows a row instead of
// forcing its window wider than the screen.
#pragma once

#include <QLayout>
#include <QList>

namespace assay::widgets {

class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void insertWidget(int index, QWidget *widget);
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    int rowCount() const { return m_rows; }

private:
    int layoutRows(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
    mutable int m_rows = 0;
};

} // namespace assay::widgets
