// SPDX-License-Identifier: Apache-2.0
// Preview first, then full-resolution tiles cut (and reduced) in worker threads as the zoom asks.
#include "widgets/canvas/tiledimage.h"

#include "core/media/pyramidcache.h"
#include "core/media/tilesource.h"
#include "widgets/canvas/prefetcher.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/qtconcurrenttask.h>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace assay::widgets {

// What the shared pool runs first: the pixels of a new image, then the tiles on screen.
static constexpr int s_previewPriority = 2;
static constexpr int s_tilePriority = 1;
static constexpr int s_fullPriority = 0;

// Full decodes take seconds and cannot be stopped once running: they get a thread of their
// own, so that previews and tiles of the next image never queue behind the last one's.
static QThreadPool *fullDecodePool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance()); // joined when the app ends
        pool->setMaxThreadCount(1);
    }
    return pool;
}

TiledImage::TiledImage(QObject *parent)
    : QObject(parent)
{}

TiledImage::~TiledImage() = default;

quint64 TiledImage::tileKey(int level, int tx, int ty)
{
    return (quint64(level) << 56) | (quint64(quint32(ty)) << 28) | quint64(quint32(tx));
}

void TiledImage::clear()
{
    // Work still queued is cancelled; work already running ends, its result going nowhere.
    const auto drop = [](QFutureWatcherBase *watcher) {
        watcher->cancel();
        watcher->deleteLater();
    };
    if (m_previewWatcher)
        drop(m_previewWatcher);
    if (m_refineWatcher)
        drop(m_refineWatcher);
    if (m_fullWatcher)
        drop(m_fullWatcher);
    for (auto *watcher : std::as_const(m_tileWatchers))
        drop(watcher);
    m_previewWatcher = nullptr;
    m_refineWatcher = nullptr;
    m_fullWatcher = nullptr;
    m_tileWatchers.clear();
    disconnect(m_prefetchConnection);
    m_state = State::Empty;
    m_path.clear();
    m_pyramid.clear();
    m_target = {};
    m_size = {};
    m_error = {};
    m_preview = {};
    m_full.reset();
    m_fullRequested = false;
    m_tiles.clear();
    m_tileBytes = 0;
    m_source.reset();
    m_lastLevel = -1;
    m_lastVisible = {};
    m_prefetchRequests = 0;
}

void TiledImage::load(const QString &path, const QSize &target, Prefetcher *prefetcher)
{
    load(ImageSource{path, {}, {}}, target, prefetcher);
}

void TiledImage::load(const ImageSource &source, const QSize &target, Prefetcher *prefetcher)
{
    clear();
    const QString path = source.path;
    m_path = path;
    m_pyramid = source.pyramid;
    m_target = target;
    m_state = State::Loading;
    if (prefetcher) {
        if (const auto result = prefetcher->result(path)) {
            adopt(*result);
            return;
        }
    }
    // Boxes can be drawn (and the view fitted) before the pixels arrive.
    m_size = ImageLoader::headerSize(path);
    if (prefetcher && prefetcher->isPending(path)) {
        m_prefetchConnection = connect(prefetcher, &Prefetcher::ready, this,
                                       [this, prefetcher](const QString &ready) {
                                           if (ready != m_path)
                                               return;
                                           disconnect(m_prefetchConnection);
                                           if (const auto result = prefetcher->result(ready))
                                               adopt(*result);
                                       });
        return;
    }
    m_previewWatcher = new PreviewWatcher(this);
    connect(m_previewWatcher, &PreviewWatcher::finished, this, [this, watcher = m_previewWatcher] {
        if (watcher != m_previewWatcher)
            return;
        m_previewWatcher = nullptr;
        watcher->deleteLater();
        if (const auto result = watcher->result())
            adopt(*result);
    });
    m_previewWatcher->setFuture(QtConcurrent::task([source, target] {
                                    return std::optional<Result<ImagePreview>>(
                                            ImageLoader::decodePreview(source, target));
                                })
                                        .onThreadPool(*QThreadPool::globalInstance())
                                        .withPriority(s_previewPriority)
                                        .spawn());
}

void TiledImage::adopt(const Result<ImagePreview> &result)
{
    if (result) {
        m_preview = *result;
        m_size = m_preview.fullSize;
        m_state = State::Ready;
        // A pyramidal or huge tiled file is read by region from now on; never decoded whole.
        if (const auto tiled = ImageLoader::openTiled(m_path);
            tiled && *tiled && (*tiled)->size() == m_size)
            m_source = *tiled;
        // A huge image that is not tiled itself: its stored pyramid, once made and whole.
        if (!m_source && !m_pyramid.isEmpty()) {
            if (auto pyramid = core::media::PyramidCache::openFile(m_pyramid, m_size);
                pyramid && *pyramid)
                m_source = std::shared_ptr<const core::media::TileSource>(std::move(*pyramid));
        }
        if (!m_source && qint64(m_size.width()) * m_size.height() <= m_eagerPixels)
            requestFullDetail();
        refinePreview();
    } else {
        m_error = result.error();
        m_state = State::Failed;
    }
    Q_EMIT stateChanged(m_state);
}

bool TiledImage::useTileSource(std::shared_ptr<const core::media::TileSource> source)
{
    if (!source || m_state != State::Ready || source->size() != m_size)
        return false;
    m_source = std::move(source);
    // The whole decode is no longer wanted: the tiles come from the pyramid.
    if (m_fullWatcher) {
        m_fullWatcher->cancel();
        m_fullWatcher->deleteLater();
        m_fullWatcher = nullptr;
    }
    m_full.reset();
    m_tiles.clear();
    m_tileBytes = 0;
    m_lastLevel = -1;
    Q_EMIT detailArrived();
    return true;
}

void TiledImage::setTarget(const QSize &target)
{
    if (target == m_target || target.isEmpty())
        return;
    m_target = target;
    if (m_state == State::Ready)
        refinePreview();
}

void TiledImage::refinePreview()
{
    // A stored preview shows at once; when the fitted view has more pixels than it (a large
    // screen, or a view that grew since the decode), the image file's own reduced decode for
    // the view follows.
    if (m_target.isEmpty() || m_refineWatcher
        || m_preview.scale >= ImageLoader::fitScale(m_size, m_target) * 0.999)
        return;
    const QString path = m_path;
    const QSize target = m_target;
    m_refineWatcher = new PreviewWatcher(this);
    connect(m_refineWatcher, &PreviewWatcher::finished, this,
            [this, watcher = m_refineWatcher, target] {
                if (watcher != m_refineWatcher)
                    return;
                m_refineWatcher = nullptr;
                watcher->deleteLater();
                const auto result = watcher->result();
                // A failure leaves the preview on screen: it is a faithful view, only softer.
                if (!result || !*result || m_state != State::Ready)
                    return;
                if ((*result)->scale > m_preview.scale) {
                    m_preview = **result;
                    Q_EMIT detailArrived();
                }
                if (m_target != target) // the view changed again meanwhile
                    refinePreview();
            });
    m_refineWatcher->setFuture(QtConcurrent::task([path, target] {
                                   return std::optional<Result<ImagePreview>>(
                                           ImageLoader::decodePreview(path, target));
                               })
                                       .onThreadPool(*QThreadPool::globalInstance())
                                       .withPriority(s_tilePriority)
                                       .spawn());
}

void TiledImage::requestFullDetail()
{
    if (m_fullRequested || m_source || m_state != State::Ready || m_preview.scale >= 1.0)
        return;
    m_fullRequested = true;
    m_fullWatcher = new FullWatcher(this);
    connect(m_fullWatcher, &FullWatcher::finished, this,
            [this, watcher = m_fullWatcher] { deliverFull(watcher); });
    const QString path = m_path;
    m_fullWatcher->setFuture(QtConcurrent::task([path] {
                                 return std::optional<Result<FullImage>>(
                                         ImageLoader::decodeFull(path));
                             })
                                     .onThreadPool(*fullDecodePool())
                                     .withPriority(s_fullPriority)
                                     .spawn());
}

void TiledImage::waitForFullDetail()
{
    if (auto *watcher = m_fullWatcher) {
        watcher->waitForFinished();
        deliverFull(watcher);
    }
}

void TiledImage::deliverFull(FullWatcher *watcher)
{
    if (watcher != m_fullWatcher)
        return; // another image by now, or delivered already
    m_fullWatcher = nullptr;
    watcher->deleteLater();
    const auto result = watcher->result();
    // A failure here leaves the preview on screen: it is still a faithful view.
    if (!result || !*result) {
        if (result)
            qWarning("%s", qPrintable(result->error().toString()));
        return;
    }
    m_full = **result;
    Q_EMIT detailArrived();
}

int TiledImage::levelFor(double need) const
{
    if (m_state != State::Ready || m_preview.scale >= need * 0.999)
        return -1;
    if (m_source) {
        // The coarsest level of the file at least as sharp as the zoom.
        const int level = m_source->levelForDownsample(need >= 1.0 ? 1.0 : 1.0 / need);
        if (1.0 / m_source->level(level).downsample <= m_preview.scale * 1.001)
            return -1;
        return level;
    }
    if (need >= 1.0)
        return 0;
    const int level = int(std::floor(std::log2(1.0 / need)));
    // A level no sharper than the preview is not worth decoding.
    if (std::ldexp(1.0, -level) <= m_preview.scale * 1.001)
        return -1;
    return level;
}

QSize TiledImage::levelSize(int level) const
{
    if (m_source)
        return m_source->level(level).size;
    const int scale = 1 << level;
    return QSize((m_size.width() + scale - 1) / scale, (m_size.height() + scale - 1) / scale);
}

int TiledImage::levelCount() const
{
    if (m_source)
        return m_source->levelCount();
    int levels = 1;
    while (levels < 16 && std::max(m_size.width(), m_size.height()) > (TileSize << (levels - 1)))
        ++levels;
    return levels;
}

void TiledImage::setTileCacheLimits(int tiles, qint64 bytes)
{
    m_tileLimit = std::max(1, tiles);
    m_tileByteLimit = std::max<qint64>(1, bytes);
}

QImage TiledImage::cutTile(const FullImage &full, int level, int tx, int ty)
{
    const int span = TileSize << level;
    const QRect source = QRect(tx * span, ty * span, span, span) & full->rect();
    const int scale = 1 << level;
    QImage tile((source.width() + scale - 1) / scale, (source.height() + scale - 1) / scale,
                QImage::Format_RGB32);
    if (tile.isNull() || source.isEmpty())
        return QImage();
    try {
        const cv::Mat whole(full->height(), full->width(), CV_8UC4,
                            const_cast<uchar *>(full->constBits()), size_t(full->bytesPerLine()));
        cv::Mat out(tile.height(), tile.width(), CV_8UC4, tile.bits(), size_t(tile.bytesPerLine()));
        cv::resize(whole(cv::Rect(source.x(), source.y(), source.width(), source.height())), out,
                   out.size(), 0, 0, cv::INTER_AREA);
    } catch (const cv::Exception &) {
        return QImage();
    }
    return tile;
}

void TiledImage::insertTile(quint64 key, const QImage &tile)
{
    // Least recently painted first, until both bounds hold with the new tile in.
    while (!m_tiles.isEmpty()
           && (m_tiles.size() + 1 > m_tileLimit
               || m_tileBytes + tile.sizeInBytes() > m_tileByteLimit)) {
        auto oldest = m_tiles.begin();
        for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_tileBytes -= oldest->image.sizeInBytes();
        m_tiles.erase(oldest);
    }
    m_tiles.insert(key, CachedTile{tile, m_clock});
    m_tileBytes += tile.sizeInBytes();
}

void TiledImage::requestTile(int level, int tx, int ty, bool prefetch)
{
    const quint64 key = tileKey(level, tx, ty);
    if (m_tileWatchers.contains(key))
        return;
    auto *watcher = new TileWatcher(this);
    m_tileWatchers.insert(key, watcher);
    if (prefetch)
        ++m_prefetchRequests;
    connect(watcher, &TileWatcher::finished, this, [this, watcher, key] {
        if (m_tileWatchers.value(key) != watcher)
            return;
        m_tileWatchers.remove(key);
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        const QImage tile = watcher->result();
        if (tile.isNull())
            return;
        insertTile(key, tile);
        Q_EMIT detailArrived();
    });
    // The tile task holds the source or the full image, not this object.
    std::function<QImage()> cut;
    if (m_source) {
        // Read by region from the file: the pixels of this tile of this level, nothing more.
        cut = [source = m_source, level, tx, ty] {
            auto pixels = source->readRegion(level, QRect(tx * TileSize, ty * TileSize, TileSize,
                                                          TileSize));
            if (!pixels) {
                qWarning("%s", qPrintable(pixels.error().toString()));
                return QImage();
            }
            return ImageLoader::toImage(std::move(*pixels));
        };
    } else {
        cut = [full = m_full, level, tx, ty] {
            return cutTile(full, level, tx, ty);
        };
    }
    watcher->setFuture(QtConcurrent::task(std::move(cut))
                               .onThreadPool(*QThreadPool::globalInstance())
                               .withPriority(prefetch ? s_fullPriority : s_tilePriority)
                               .spawn());
}

void TiledImage::paint(QPainter *painter, const QPointF &offset, double zoom, double dpr,
                       const QRectF &exposed)
{
    if (m_state != State::Ready || zoom <= 0)
        return;
    const double need = zoom * dpr;
    const QRectF imageRect(QPointF(0, 0), QSizeF(m_size));
    const QRectF visible = QRectF((exposed.topLeft() - offset) / zoom, exposed.size() / zoom)
                           & imageRect;
    m_missingTiles = 0;
    if (visible.isEmpty())
        return;
    ++m_clock;

    // Past 4 screen pixels per image pixel the pixel grid is what a labeler wants to see.
    const bool smooth = need < 4.0;
    const int level = levelFor(need);
    // Tile (tx, ty) of a level covers its pixels [t * TileSize, (t + 1) * TileSize); `sx`, `sy`
    // are full-resolution pixels per pixel of the level.
    const QSize size = level >= 0 ? levelSize(level) : QSize(1, 1);
    const double sx = double(m_size.width()) / size.width();
    const double sy = double(m_size.height()) / size.height();
    const int columns = (size.width() + TileSize - 1) / TileSize;
    const int rows = (size.height() + TileSize - 1) / TileSize;
    const int x0 = std::clamp(int(visible.left() / sx) / TileSize, 0, columns - 1);
    const int y0 = std::clamp(int(visible.top() / sy) / TileSize, 0, rows - 1);
    const int x1 = std::clamp(int(std::ceil(visible.right() / sx / TileSize)), x0 + 1, columns);
    const int y1 = std::clamp(int(std::ceil(visible.bottom() / sy / TileSize)), y0 + 1, rows);

    // Under opaque tiles that cover the whole view the preview would not be seen: not drawn.
    bool covered = m_source && level >= 0;
    for (int ty = y0; covered && ty < y1; ++ty) {
        for (int tx = x0; covered && tx < x1; ++tx) {
            const auto it = m_tiles.constFind(tileKey(level, tx, ty));
            covered = it != m_tiles.cend() && !it->image.hasAlphaChannel();
        }
    }
    const QImage &preview = m_preview.image;
    const QSizeF previewAtZoom(m_size.width() * need, m_size.height() * need);
    if (covered) {
        // nothing: the tiles below are the picture
    } else if (std::abs(preview.width() - previewAtZoom.width()) < 1.0
               && std::abs(preview.height() - previewAtZoom.height()) < 1.0) {
        // The preview was made for this very view ("fit"): a copy, no scaling.
        QImage atDevice = preview;
        atDevice.setDevicePixelRatio(dpr);
        painter->drawImage(offset, atDevice);
    } else {
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
        painter->translate(offset);
        painter->scale(zoom, zoom);
        painter->drawImage(imageRect, preview);
        painter->restore();
    }

    if (level < 0)
        return;
    if (!m_source && !m_full) {
        // A sharper preview on its way may be all this zoom needs: no full decode for it.
        if (!m_refineWatcher || levelFor(need) == 0)
            requestFullDetail();
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    painter->translate(offset);
    painter->scale(zoom, zoom);
    if (!m_source && level == 0) {
        // Full resolution straight from the decoded image: only the visible rectangle is read.
        const QRect source = visible.toAlignedRect() & m_full->rect();
        painter->drawImage(QRectF(source), *m_full, QRectF(source));
        painter->restore();
        return;
    }
    const auto tileTarget = [&](int tx, int ty, const QImage &tile) {
        return QRectF(tx * TileSize * sx, ty * TileSize * sy, tile.width() * sx, tile.height() * sy);
    };
    for (int ty = y0; ty < y1; ++ty) {
        for (int tx = x0; tx < x1; ++tx) {
            const auto it = m_tiles.find(tileKey(level, tx, ty));
            if (it == m_tiles.end()) {
                ++m_missingTiles;
                requestTile(level, tx, ty);
                continue;
            }
            it->used = m_clock;
            painter->drawImage(tileTarget(tx, ty, it->image), it->image);
        }
    }
    painter->restore();

    // Requests no longer needed (another level, panned far away) leave the queue; what runs ends.
    for (auto it = m_tileWatchers.begin(); it != m_tileWatchers.end();) {
        const quint64 key = it.key();
        const int l = int(key >> 56);
        const int tx = int(key & 0xfffffff);
        const int ty = int((key >> 28) & 0xfffffff);
        if (l != level || tx < x0 - 2 || tx > x1 + 1 || ty < y0 - 2 || ty > y1 + 1) {
            it.value()->cancel();
            it.value()->deleteLater();
            it = m_tileWatchers.erase(it);
        } else {
            ++it;
        }
    }

    // The ring of tiles just outside the view, on the side the view moves to, is read ahead.
    int dx = 0, dy = 0;
    if (level == m_lastLevel && !m_lastVisible.isEmpty()) {
        const QPointF moved = visible.center() - m_lastVisible.center();
        dx = moved.x() > 0.5 ? 1 : (moved.x() < -0.5 ? -1 : 0);
        dy = moved.y() > 0.5 ? 1 : (moved.y() < -0.5 ? -1 : 0);
    }
    m_lastLevel = level;
    m_lastVisible = visible;
    const auto prefetch = [&](int tx, int ty) {
        if (tx < 0 || ty < 0 || tx >= columns || ty >= rows
            || m_tiles.contains(tileKey(level, tx, ty)))
            return;
        requestTile(level, tx, ty, true);
    };
    if (dx != 0) {
        const int column = dx > 0 ? x1 : x0 - 1;
        for (int ty = y0 - 1; ty <= y1; ++ty)
            prefetch(column, ty);
    }
    if (dy != 0) {
        const int row = dy > 0 ? y1 : y0 - 1;
        for (int tx = x0 - 1; tx <= x1; ++tx)
            prefetch(tx, row);
    }
}

} // namespace assay::widgets
