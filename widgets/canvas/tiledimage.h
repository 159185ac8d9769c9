// SPDX-License-Identifier: Apache-2.0
// TiledImage: the pixels of the shown image, a preview at once and full detail in tiles later.
#pragma once

#include "widgets/canvas/imageloader.h"

#include <QHash>
#include <QObject>
#include <QRectF>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace assay::core::media {
class TileSource;
}

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
    // The image is read by region from its file (a pyramidal or huge tiled TIFF, a slide): only
    // the tiles of the level the zoom needs are read, never the whole image.
    bool isTiledSource() const { return bool(m_source); }
    const core::media::TileSource *tileSource() const { return m_source.get(); }

    // The view grew or shrank (device pixels): a preview smaller than the fitted view is
    // decoded again for it, in the background (detailArrived()).
    void setTarget(const QSize &target);
    // Reads the image by region from `source` from now on (a pyramid made while it is shown),
    // when it is of the image's size; false otherwise.
    bool useTileSource(std::shared_ptr<const core::media::TileSource> source);

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
    int levelCount() const;
    // The tile cache: the least recently painted tiles go first past either bound.
    int cachedTileCount() const { return int(m_tiles.size()); }
    qint64 cachedTileBytes() const { return m_tileBytes; }
    void setTileCacheLimits(int tiles, qint64 bytes);
    int tileCacheCountLimit() const { return m_tileLimit; }
    int pendingTileCount() const { return int(m_tileWatchers.size()); }
    // Tiles outside the view read ahead in the direction of the last pan (tests, benchmarks).
    int prefetchedTileRequests() const { return m_prefetchRequests; }
    // Tiles of the needed level the last paint did not have (the coarser preview showed there).
    int lastPaintMissingTiles() const { return m_missingTiles; }

Q_SIGNALS:
    void stateChanged(TiledImage::State state); // Ready or Failed: the preview arrived or not
    void detailArrived();                       // new full-resolution pixels to paint

private:
    void adopt(const Result<ImagePreview> &result);
    void refinePreview();
    void requestTile(int level, int tx, int ty, bool prefetch = false);
    void insertTile(quint64 key, const QImage &tile);
    QSize levelSize(int level) const;
    static QImage cutTile(const FullImage &full, int level, int tx, int ty); // in a worker
    static quint64 tileKey(int level, int tx, int ty);

    using PreviewWatcher = QFutureWatcher<std::optional<Result<ImagePreview>>>;
    using FullWatcher = QFutureWatcher<std::optional<Result<FullImage>>>;
    using TileWatcher = QFutureWatcher<QImage>;
    void deliverFull(FullWatcher *watcher);

    State m_state = State::Empty;
    QString m_path;
    QString m_pyramid; // the stored tile pyramid to read by region, when there is one
    QSize m_target;
    QSize m_size;
    Error m_error;
    ImagePreview m_preview;
    FullImage m_full;
    bool m_fullRequested = false;
    qint64 m_eagerPixels = 50'000'000;
    struct CachedTile
    {
        QImage image;
        quint64 used = 0; // m_clock when last painted
    };
    QHash<quint64, CachedTile> m_tiles;
    qint64 m_tileBytes = 0;
    int m_tileLimit = 256;
    qint64 m_tileByteLimit = 192ll * 1024 * 1024;
    quint64 m_clock = 0;
    std::shared_ptr<const core::media::TileSource> m_source;
    int m_lastLevel = -1;
    QRectF m_lastVisible; // image coordinates of the last paint: the pan direction
    int m_prefetchRequests = 0;
    int m_missingTiles = 0;
    PreviewWatcher *m_previewWatcher = nullptr;
    PreviewWatcher *m_refineWatcher = nullptr;
    FullWatcher *m_fullWatcher = nullptr;
    QHash<quint64, TileWatcher *> m_tileWatchers;
    QMetaObject::Connection m_prefetchConnection;
};

} // namespace assay::widgets
