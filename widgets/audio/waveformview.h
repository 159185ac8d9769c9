// SPDX-License-Identifier: Apache-2.0
// WaveformView: the overview of a clip's peaks with a playhead; a click asks to seek there.
#pragma once

#include "widgets/audio/waveformcache.h"

#include <QImage>
#include <QWidget>

namespace assay::widgets {

class WaveformView final : public QWidget
{
    Q_OBJECT

public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setPeaks(const WaveformPeaks &peaks);
    void clear();
    const WaveformPeaks &peaks() const { return m_peaks; }
    // Length of the time axis; the peaks' duration unless the player knows better.
    void setDuration(qint64 ms);
    qint64 duration() const { return m_duration; }
    void setPosition(qint64 ms); // the playhead
    qint64 position() const { return m_position; }
    // While peaks are computed: a progress line; negative hides it.
    void setProgress(double fraction);
    // Shown in place of the waveform, e.g. why the file cannot be drawn.
    void setMessage(const QString &text);
    QString message() const { return m_message; }

    qint64 positionAt(double x) const;    // widget x -> ms
    double xForPosition(qint64 ms) const; // ms -> widget x
    QRectF waveRect() const;              // where the waveform is drawn
    int paintCount() const { return m_paintCount; }

    QSize sizeHint() const override { return QSize(800, 160); }
    QSize minimumSizeHint() const override { return QSize(120, 60); }

Q_SIGNALS:
    void seekRequested(qint64 ms); // a click (a press and release without a drag)

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void renderWave(); // the peaks at device resolution, cached until size, peaks or palette change
    void paintRuler(QPainter *painter, const QRectF &area);

    WaveformPeaks m_peaks;
    QImage m_wave;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    double m_progress = -1;
    QString m_message;
    QPointF m_pressPos;
    bool m_pressed = false;
    int m_paintCount = 0;
};

} // namespace assay::widgets
