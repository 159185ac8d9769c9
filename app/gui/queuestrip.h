// SPDX-License-Identifier: Apache-2.0
// QueueStrip: the tasks of a queue as a row of cells coloured by state — open, done, skipped,
// flagged — with the current one outlined; a click on a cell asks for that task.
#pragma once

#include "core/domain/types.h"

#include <QWidget>

namespace assay::app {

class QueueStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit QueueStrip(QWidget *parent = nullptr);

    void setStates(const QList<core::TaskState> &states, int current);
    const QList<core::TaskState> &states() const { return m_states; }
    int current() const { return m_current; }
    int count(core::TaskState state) const;
    // The summary shown beside the cells: "3 done · 1 skipped · 1 flagged · 5 open".
    QString summary() const;
    // The cell of task `index` in widget coordinates (for tests and tooltips).
    QRect cellRect(int index) const;
    int cellAt(const QPoint &pos) const;
    static QColor stateColour(core::TaskState state, const QPalette &palette);
    static QString stateName(core::TaskState state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void taskClicked(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect stripRect() const;

    QList<core::TaskState> m_states;
    int m_current = -1;
};

} // namespace assay::app
