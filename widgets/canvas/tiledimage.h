// SPDX-License-Identifier: Apache-2.0
// TiledImage: the pixels of the shown image, a preview at once and full detail in tiles later.
#pragma once

#include "widgets/canvas/imageloader.h"

#include <QHash>
#include <QObject>
#include <QRectF>

#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace assay::widgets {

class Prefetcher;

class TiledImage final : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Ready, Failed };
    // Edge of a tile in pixels of its level: level l holds the image at 1/2^l.
    static constexpr int TileSize = 512;

    explicit TiledImage(QObject *parent = nullptr);
    ~TiledImage() override;

    // Shows `path`: takes the prefetched preview when there is one, waits for a prefetch in
    // flight, or decodes a preview for `target` (device pixels) in the background.
    void load(const QString &path, const QSize &target, Prefetcher *prefetcher = nullptr);
    // The same, the source's stored preview first when it is usable. When that preview is
    // smaller than the fitted view, a preview of the image file for `target` follows in the
    // background and replaces it (detailArrived()).
    void load(const ImageSource &source, const QSize &target, Prefetcher *prefetcher = nullptr);
    void clear();

    State state() const { return m_state; }
    QString path() const { return m_path; }
    QSize size() const { return m_size; } // known from the header before the pixels arrive
    const Error &error() const { return m_error; }
    const ImagePreview &preview() const { return m_preview; }
    bool hasFullDetail() const { return bool(m_full); }

    // Starts decoding every pixel once; paint() asks for it when the zoom needs it.
    void requestFullDetail();
    // Images up to this many pixels are decoded in full as soon as the preview is shown, so
    // that zooming in finds the detail there (0: only when the zoom asks). Default 50 MP:
    // a 24 MP photo costs 96 MB while shown; a 100 MP scan waits for the zoom.
    void setEagerFullDetailPixels(qint64 pixels) { m_eagerPixels = pixels; }
    qint64 eagerFullDetailPixels() const { return m_eagerPixels; }
    // Waits for background work of this image (tests, benchmarks).
    void waitForFullDetail();

    // Paints the image in widget coordinates: image pixel p lands at offset + p * zoom.
    // `dpr` is the device pixel ratio; `exposed` the widget area to paint.
    void paint(QPainter *painter, const QPointF &offset, double zoom, double dpr,
               const QRectF &exposed);

    // The level paint() uses for a zoom (device pixels per image pixel); -1: the preview.
    int levelFor(double devicePixelsPerImagePixel) const;
    int cachedTileCount() const { return int(m_tiles.size()); }

Q_SIGNALS:
    void stateChanged(TiledImage::State state); // Ready or Failed: the preview arrived or not
    void detailArrived();                       // new full-resolution pixels to paint

private:
    void adopt(const Result<ImagePreview> &result);
    void refinePreview();
    void requestTile(int level, int tx, int ty);
    static quint64 tileKey(int level, int tx, int ty);

    using PreviewWatcher = QFutureWatcher<std::optional<Result<ImagePreview>>>;
    using FullWatcher = QFutureWatcher<std::optional<Result<FullImage>>>;
    using TileWatcher = QFutureWatcher<QImage>;
    void deliverFull(FullWatcher *watcher);

    State m_state = State::Empty;
    QString m_path;
    QSize m_target;
    QSize m_size;
    Error m_error;
    ImagePreview m_preview;
    FullImage m_full;
    bool m_fullRequested = false;
    qint64 m_eagerPixels = 50'000'000;
    QHash<quint64, QImage> m_tiles;
    qint64 m_tileBytes = 0;
    PreviewWatcher *m_previewWatcher = nullptr;
    PreviewWatcher *m_refineWatcher = nullptr;
    FullWatcher *m_fullWatcher = nullptr;
    QHash<quint64, TileWatcher *> m_tileWatchers;
    QMetaObject::Connection m_prefetchConnection;
};

} // namespace assay::widgets
