// SPDX-License-Identifier: Apache-2.0
// QueueStrip: one cell per task, coloured by its state; the summary of the states beside it.
#include "app/gui/queuestrip.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace assay::app {

using core::TaskState;

static constexpr int s_height = 14;       // the cells' height
static constexpr int s_maxCellWidth = 18; // a short queue does not stretch over the window

QueueStrip::QueueStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Your queue: open, done, skipped and flagged tasks; click one to show it"));
}

void QueueStrip::setStates(const QList<TaskState> &states, int current)
{
    m_states = states;
    m_current = current;
    updateGeometry();
    update();
}

int QueueStrip::count(TaskState state) const
{
    return int(std::count(m_states.begin(), m_states.end(), state));
}

QString QueueStrip::summary() const
{
    //: The states of a person's queue, as shown above the labeling view.
    return tr("%1 done · %2 skipped · %3 flagged · %4 open")
            .arg(count(TaskState::Done))
            .arg(count(TaskState::Skipped))
            .arg(count(TaskState::Flagged))
            .arg(count(TaskState::Pending));
}

QString QueueStrip::stateName(TaskState state)
{
    switch (state) {
    case TaskState::Pending: return tr("open");
    case TaskState::Done: return tr("done");
    case TaskState::Skipped: return tr("skipped");
    case TaskState::Flagged: return tr("flagged");
    }
    return {};
}

QColor QueueStrip::stateColour(TaskState state, const QPalette &palette)
{
    // Okabe–Ito: told apart with any colour vision.
    switch (state) {
    case TaskState::Done: return QColor(0x00, 0x9e, 0x73);    // bluish green
    case TaskState::Skipped: return QColor(0xe6, 0x9f, 0x00); // orange
    case TaskState::Flagged: return QColor(0xd5, 0x5e, 0x00); // vermillion
    case TaskState::Pending: break;
    }
    return palette.color(QPalette::Mid);
}

QRect QueueStrip::stripRect() const
{
    const int summaryWidth = fontMetrics().horizontalAdvance(summary()) + 12;
    const int available = std::max(0, width() - summaryWidth - 4);
    const int cells = std::max<int>(1, m_states.size());
    const int wanted = std::min(available, cells * s_maxCellWidth);
    return QRect(2, (height() - s_height) / 2, wanted, s_height);
}

QRect QueueStrip::cellRect(int index) const
{
    const QRect strip = stripRect();
    if (index < 0 || index >= m_states.size() || strip.width() <= 0)
        return {};
    const int n = int(m_states.size());
    const int left = strip.left() + int(qint64(strip.width()) * index / n);
    const int right = strip.left() + int(qint64(strip.width()) * (index + 1) / n);
    return QRect(left, strip.top(), std::max(1, right - left), strip.height());
}

int QueueStrip::cellAt(const QPoint &pos) const
{
    const QRect strip = stripRect();
    if (m_states.isEmpty() || !strip.adjusted(0, -2, 0, 2).contains(pos))
        return -1;
    const int index = int(qint64(pos.x() - strip.left()) * m_states.size() / strip.width());
    return std::clamp(index, 0, int(m_states.size()) - 1);
}

QSize QueueStrip::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(summary()) + 200,
                 std::max(s_height, fontMetrics().height()) + 6);
}

QSize QueueStrip::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(summary()) + 40, sizeHint().height());
}

bool QueueStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const int index = cellAt(help->pos()); index >= 0) {
            QToolTip::showText(help->globalPos(),
                               tr("Task %1 of %2: %3")
                                       .arg(index + 1)
                                       .arg(m_states.size())
                                       .arg(stateName(m_states.at(index))),
                               this, cellRect(index));
            return true;
        }
    }
    return QWidget::event(event);
}

void QueueStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int n = int(m_states.size());
    // Wide cells get a gap between them; in a long queue they touch.
    const bool gaps = n > 0 && stripRect().width() / n >= 6;
    for (int i = 0; i < n; ++i) {
        QRect cell = cellRect(i);
        if (gaps)
            cell.adjust(0, 0, -1, 0);
        painter.fillRect(cell, stateColour(m_states.at(i), palette()));
    }
    if (m_current >= 0 && m_current < n) {
        QRect cell = cellRect(m_current).adjusted(0, -2, 0, 2);
        if (cell.width() < 3)
            cell.adjust(-1, 0, 1, 0);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
    }
    const QRect strip = stripRect();
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(strip.right() + 10, 0, width() - strip.right() - 10, height()),
                     Qt::AlignVCenter | Qt::AlignLeft, summary());
}

void QueueStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const int index = cellAt(event->position().toPoint()); index >= 0) {
            Q_EMIT taskClicked(index);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace assay::app
