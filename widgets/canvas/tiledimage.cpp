// SPDX-License-Identifier: Apache-2.0
// Preview first, then full-resolution tiles cut (and reduced) in worker threads as the zoom asks.
#include "widgets/canvas/tiledimage.h"

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

// Reduced tiles kept in memory; the full image itself is held once while the item is shown.
static constexpr qint64 s_tileBudgetBytes = 192ll * 1024 * 1024;
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
    m_target = {};
    m_size = {};
    m_error = {};
    m_preview = {};
    m_full.reset();
    m_fullRequested = false;
    m_tiles.clear();
    m_tileBytes = 0;
}

void TiledImage::load(const QString &path, const QSize &target, Prefetcher *prefetcher)
{
    load(ImageSource{path, {}}, target, prefetcher);
}

void TiledImage::load(const ImageSource &source, const QSize &target, Prefetcher *prefetcher)
{
    clear();
    const QString path = source.path;
    m_path = path;
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
        if (qint64(m_size.width()) * m_size.height() <= m_eagerPixels)
            requestFullDetail();
        refinePreview();
    } else {
        m_error = result.error();
        m_state = State::Failed;
    }
    Q_EMIT stateChanged(m_state);
}

void TiledImage::refinePreview()
{
    // A stored preview shows at once; when the fitted view has more pixels than it (a large
    // screen), the image file's own reduced decode follows, as it would have without one.
    if (!m_preview.stored || m_target.isEmpty()
        || m_preview.scale >= ImageLoader::fitScale(m_size, m_target) * 0.999)
        return;
    m_refineWatcher = new PreviewWatcher(this);
    connect(m_refineWatcher, &PreviewWatcher::finished, this, [this, watcher = m_refineWatcher] {
        if (watcher != m_refineWatcher)
            return;
        m_refineWatcher = nullptr;
        watcher->deleteLater();
        const auto result = watcher->result();
        // A failure leaves the stored preview on screen: it is a faithful view, only softer.
        if (!result || !*result || m_state != State::Ready)
            return;
        m_preview = **result;
        Q_EMIT detailArrived();
    });
    const QString path = m_path;
    const QSize target = m_target;
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
    if (m_fullRequested || m_state != State::Ready || m_preview.scale >= 1.0)
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
    if (need >= 1.0)
        return 0;
    const int level = int(std::floor(std::log2(1.0 / need)));
    // A level no sharper than the preview is not worth decoding.
    if (std::ldexp(1.0, -level) <= m_preview.scale * 1.001)
        return -1;
    return level;
}

void TiledImage::requestTile(int level, int tx, int ty)
{
    const quint64 key = tileKey(level, tx, ty);
    if (m_tileWatchers.contains(key))
        return;
    auto *watcher = new TileWatcher(this);
    m_tileWatchers.insert(key, watcher);
    connect(watcher, &TileWatcher::finished, this, [this, watcher, key, level] {
        if (m_tileWatchers.value(key) != watcher)
            return;
        m_tileWatchers.remove(key);
        watcher->deleteLater();
        const QImage tile = watcher->result();
        if (tile.isNull())
            return;
        if (m_tileBytes + tile.sizeInBytes() > s_tileBudgetBytes) {
            // Tiles of other levels go first: they are the ones not on screen.
            for (auto it = m_tiles.begin(); it != m_tiles.end();) {
                if (int(it.key() >> 56) != level) {
                    m_tileBytes -= it->sizeInBytes();
                    it = m_tiles.erase(it);
                } else {
                    ++it;
                }
            }
            if (m_tileBytes + tile.sizeInBytes() > s_tileBudgetBytes) {
                m_tiles.clear();
                m_tileBytes = 0;
            }
        }
        m_tiles.insert(key, tile);
        m_tileBytes += tile.sizeInBytes();
        Q_EMIT detailArrived();
    });
    const FullImage full = m_full;
    const int span = TileSize << level;
    const QRect source = QRect(tx * span, ty * span, span, span) & full->rect();
    auto cut = [full, source, level] {
        const int scale = 1 << level;
        QImage tile((source.width() + scale - 1) / scale, (source.height() + scale - 1) / scale,
                    QImage::Format_RGB32);
        if (tile.isNull() || source.isEmpty())
            return QImage();
        try {
            const cv::Mat whole(full->height(), full->width(), CV_8UC4,
                                const_cast<uchar *>(full->constBits()),
                                size_t(full->bytesPerLine()));
            cv::Mat out(tile.height(), tile.width(), CV_8UC4, tile.bits(),
                        size_t(tile.bytesPerLine()));
            cv::resize(whole(cv::Rect(source.x(), source.y(), source.width(), source.height())),
                       out, out.size(), 0, 0, cv::INTER_AREA);
        } catch (const cv::Exception &) {
            return QImage();
        }
        return tile;
    };
    watcher->setFuture(QtConcurrent::task(std::move(cut))
                               .onThreadPool(*QThreadPool::globalInstance())
                               .withPriority(s_tilePriority)
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
    if (visible.isEmpty())
        return;

    // Past 4 screen pixels per image pixel the pixel grid is what a labeler wants to see.
    const bool smooth = need < 4.0;
    const QImage &preview = m_preview.image;
    const QSizeF previewAtZoom(m_size.width() * need, m_size.height() * need);
    if (std::abs(preview.width() - previewAtZoom.width()) < 1.0
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

    const int level = levelFor(need);
    if (level < 0)
        return;
    if (!m_full) {
        // A sharper preview on its way may be all this zoom needs: no full decode for it.
        if (!m_refineWatcher || levelFor(need) == 0)
            requestFullDetail();
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    painter->translate(offset);
    painter->scale(zoom, zoom);
    if (level == 0) {
        // Full resolution straight from the decoded image: only the visible rectangle is read.
        const QRect source = visible.toAlignedRect() & m_full->rect();
        painter->drawImage(QRectF(source), *m_full, QRectF(source));
    } else {
        const int span = TileSize << level;
        const int x0 = int(visible.left()) / span;
        const int y0 = int(visible.top()) / span;
        const int x1 = int(std::ceil(visible.right() / span));
        const int y1 = int(std::ceil(visible.bottom() / span));
        for (int ty = y0; ty < y1; ++ty) {
            for (int tx = x0; tx < x1; ++tx) {
                const auto it = m_tiles.constFind(tileKey(level, tx, ty));
                if (it == m_tiles.cend()) {
                    requestTile(level, tx, ty);
                    continue;
                }
                const QRectF target = QRectF(tx * span, ty * span, span, span) & imageRect;
                painter->drawImage(target, *it);
            }
        }
    }
    painter->restore();
}

} // namespace assay::widgets
