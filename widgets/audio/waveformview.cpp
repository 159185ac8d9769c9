// SPDX-License-Identifier: Apache-2.0
// WaveformView: device-pixel rendering of peaks, the played part, a time ruler and the playhead.
#include "widgets/audio/waveformview.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace assay::widgets {

static constexpr int s_rulerHeight = 20; // logical pixels under the waveform
static constexpr int s_margin = 8;
static constexpr double s_clickSlop = 4.0;

static QString formatTime(qint64 ms, bool tenths)
{
    const qint64 s = ms / 1000;
    const QString base = s >= 3600 ? QStringLiteral("%1:%2:%3")
                                             .arg(s / 3600)
                                             .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                                             .arg(s % 60, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10,
                                                                             QLatin1Char('0'));
    return tenths ? base + QStringLiteral(".%1").arg((ms / 100) % 10) : base;
}

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::IBeamCursor);
    setToolTip(tr("Click to play from there"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WaveformView::setPeaks(const WaveformPeaks &peaks)
{
    m_peaks = peaks;
    m_duration = peaks.durationMs();
    m_progress = -1;
    m_message.clear();
    m_wave = QImage();
    update();
}

void WaveformView::clear()
{
    m_peaks = WaveformPeaks();
    m_wave = QImage();
    m_duration = 0;
    m_position = 0;
    m_progress = -1;
    m_message.clear();
    update();
}

void WaveformView::setDuration(qint64 ms)
{
    if (ms <= 0 || ms == m_duration)
        return;
    m_duration = ms;
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(0, m_duration));
    if (ms == m_position)
        return;
    // Only the strips the playhead leaves and enters, plus the played tint between them.
    const double from = xForPosition(m_position);
    const double to = xForPosition(ms);
    m_position = ms;
    const QRectF area = waveRect();
    update(QRectF(std::min(from, to) - 3, area.top(), std::abs(to - from) + 6, area.height())
                   .toAlignedRect());
}

void WaveformView::setProgress(double fraction)
{
    m_progress = fraction;
    update();
}

void WaveformView::setMessage(const QString &text)
{
    m_message = text;
    update();
}

QRectF WaveformView::waveRect() const
{
    return QRectF(s_margin, s_margin, std::max(1, width() - 2 * s_margin),
                  std::max(1, height() - 2 * s_margin - s_rulerHeight));
}

qint64 WaveformView::positionAt(double x) const
{
    const QRectF area = waveRect();
    const double t = std::clamp((x - area.left()) / area.width(), 0.0, 1.0);
    return qint64(std::llround(t * double(m_duration)));
}

double WaveformView::xForPosition(qint64 ms) const
{
    const QRectF area = waveRect();
    if (m_duration <= 0)
        return area.left();
    return area.left() + area.width() * double(ms) / double(m_duration);
}

void WaveformView::resizeEvent(QResizeEvent *)
{
    m_wave = QImage();
}

void WaveformView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_wave = QImage();
    QWidget::changeEvent(event);
}

void WaveformView::renderWave()
{
    const QRectF area = waveRect();
    const double dpr = devicePixelRatioF();
    const int w = std::max(1, int(std::lround(area.width() * dpr)));
    const int h = std::max(1, int(std::lround(area.height() * dpr)));
    m_wave = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    m_wave.setDevicePixelRatio(dpr);
    m_wave.fill(Qt::transparent);
    const QRgb colour = palette().color(QPalette::Highlight).rgba();
    const qsizetype n = m_peaks.min.size();
    if (n == 0)
        return;
    // One device column at a time, written straight into the pixels: every column has its exact
    // extent at any scale factor, with no antialiasing blur.
    const double mid = (h - 1) / 2.0;
    const double scale = (h - 1) / 65535.0;
    for (int x = 0; x < w; ++x) {
        qsizetype b0 = qsizetype(double(x) * n / w);
        qsizetype b1 = std::max(b0 + 1, qsizetype(double(x + 1) * n / w));
        b1 = std::min(b1, n);
        int lo = 32767;
        int hi = -32768;
        for (qsizetype b = b0; b < b1; ++b) {
            lo = std::min<int>(lo, m_peaks.min.at(b));
            hi = std::max<int>(hi, m_peaks.max.at(b));
        }
        if (hi < lo)
            continue;
        int top = int(std::floor(mid - (hi + 0.5) * scale));
        int bottom = int(std::ceil(mid - (lo + 0.5) * scale));
        top = std::clamp(top, 0, h - 1);
        bottom = std::clamp(bottom, top, h - 1);
        for (int y = top; y <= bottom; ++y)
            reinterpret_cast<QRgb *>(m_wave.scanLine(y))[x] = colour;
    }
}

void WaveformView::paintRuler(QPainter *painter, const QRectF &area)
{
    if (m_duration <= 0)
        return;
    const QFontMetrics fm(font());
    const double minGap = fm.horizontalAdvance(QStringLiteral("00:00:00")) + 16;
    static const double steps[] = {0.1, 0.2, 0.5, 1,   2,   5,    10,   15,  30,
                                   60,  120, 300, 600, 900, 1800, 3600, 7200};
    const double pxPerSecond = area.width() / (m_duration / 1000.0);
    double step = steps[std::size(steps) - 1];
    for (double s : steps) {
        if (s * pxPerSecond >= minGap) {
            step = s;
            break;
        }
    }
    const bool tenths = step < 1;
    QColor tick = palette().color(QPalette::Text);
    tick.setAlphaF(0.45);
    painter->setFont(font());
    const double baseline = area.bottom() + 4;
    for (int i = 0;; ++i) {
        const qint64 ms = qint64(std::llround(i * step * 1000));
        if (ms > m_duration)
            break;
        const double x = std::round(xForPosition(ms) * devicePixelRatioF()) / devicePixelRatioF();
        painter->setPen(QPen(tick, 0));
        painter->drawLine(QPointF(x, baseline), QPointF(x, baseline + 4));
        const QString label = formatTime(ms, tenths);
        const double textWidth = fm.horizontalAdvance(label);
        const double left = std::clamp(x - textWidth / 2, 0.0, width() - textWidth);
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(QPointF(left, baseline + 5 + fm.ascent()), label);
    }
}

void WaveformView::paintEvent(QPaintEvent *)
{
    ++m_paintCount;
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    const QRectF area = waveRect();
    QColor panel = pal.color(QPalette::Base);
    painter.fillRect(area, panel);

    // Centre line: silence shows as a line, not as nothing.
    QColor axis = pal.color(QPalette::Text);
    axis.setAlphaF(0.25);
    painter.setPen(QPen(axis, 0));
    painter.drawLine(QPointF(area.left(), area.center().y()),
                     QPointF(area.right(), area.center().y()));

    if (!m_peaks.isEmpty()) {
        if (m_wave.isNull() || m_wave.devicePixelRatio() != devicePixelRatioF())
            renderWave();
        painter.drawImage(area.topLeft(), m_wave);
        // The played part under a tint of the highlight colour.
        const double playX = xForPosition(m_position);
        QColor played = pal.color(QPalette::Highlight);
        played.setAlphaF(0.16);
        painter.fillRect(QRectF(area.left(), area.top(), playX - area.left(), area.height()),
                         played);
        paintRuler(&painter, area);
        // Playhead: a line of two device pixels on a whole device pixel, over a halo that keeps
        // it visible on the waveform in both themes.
        const double dpr = devicePixelRatioF();
        const double x = std::round(playX * dpr) / dpr;
        QColor halo = pal.color(QPalette::Base);
        halo.setAlphaF(0.8);
        painter.fillRect(QRectF(x - 2, area.top(), 4, area.height()), halo);
        painter.fillRect(QRectF(x - 1, area.top() - 3, 2, area.height() + 6),
                         pal.color(QPalette::Text));
    }

    if (m_progress >= 0) {
        const QRectF bar(area.left(), area.top(), area.width() * std::clamp(m_progress, 0.0, 1.0),
                         3);
        painter.fillRect(bar, pal.color(QPalette::Highlight));
    }
    QString text = m_message;
    if (text.isEmpty() && m_progress >= 0)
        text = tr("Computing the waveform… %1 %").arg(int(m_progress * 100));
    if (!text.isEmpty()) {
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    if (hasFocus()) {
        QColor focus = pal.color(QPalette::Highlight);
        painter.setPen(QPen(focus, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(area.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_pressPos = event->position();
    setFocus(Qt::MouseFocusReason);
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    // A drag will select a region once regions can be labelled; until then it does nothing.
    QWidget::mouseMoveEvent(event);
}

void WaveformView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    const QPointF delta = event->position() - m_pressPos;
    if (std::hypot(delta.x(), delta.y()) <= s_clickSlop && m_duration > 0)
        Q_EMIT seekRequested(positionAt(event->position().x()));
}

} // namespace assay::widgets
