// SPDX-License-Identifier: Apache-2.0
#include "core/media/tiledprobe.h"
#include "core/base/tr.h"
#include "core/media/tilesource.h"

#include <opencv2/core.hpp>
#include <opencv2/img_hash.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace assay::core::media {

QSize fittedSize(const QSize &size, int longestSide)
{
    const int longest = std::max(size.width(), size.height());
    if (longest <= longestSide || longest <= 0)
        return size;
    const double scale = double(longestSide) / longest;
    return QSize(std::max(1, int(std::lround(size.width() * scale))),
                 std::max(1, int(std::lround(size.height() * scale))));
}

Result<cv::Mat> reducedPicture(const TileSource &source, const QSize &size)
{
    if (size.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("an empty picture"), source.path());
    const QSize full = source.size();
    const int level = source.levelForDownsample(
            std::min(double(full.width()) / size.width(), double(full.height()) / size.height()));
    const QSize levelSize = source.level(level).size;
    cv::Mat picture;
    try {
        picture.create(size.height(), size.width(), CV_8UC4);
        // Bands of about 16 MB of the level, each reduced on its own into its rows.
        const int bandRows = std::max(256, std::min(levelSize.height(),
                                                    (16 << 20) / std::max(1, levelSize.width())));
        for (int y = 0; y < levelSize.height(); y += bandRows) {
            const int yEnd = std::min(levelSize.height(), y + bandRows);
            const int y0 = int(std::lround(double(y) * size.height() / levelSize.height()));
            const int y1 = int(std::lround(double(yEnd) * size.height() / levelSize.height()));
            if (y1 <= y0)
                continue;
            auto pixels = source.readRegion(level, QRect(0, y, levelSize.width(), yEnd - y));
            if (!pixels)
                return pixels.error();
            // Words 0xAARRGGBB are the bytes B, G, R, A: OpenCV's BGRA. A slide's transparent
            // background (premultiplied) reads as black; it is laid on white like OpenSlide's
            // own viewers show it.
            cv::Mat band(pixels->size.height(), pixels->size.width(), CV_8UC4, pixels->argb.data());
            if (!pixels->opaque) {
                for (quint32 &word : pixels->argb) {
                    const quint32 a = word >> 24;
                    if (a == 255)
                        continue;
                    const quint32 add = 255 - a; // premultiplied: colour + (1 - alpha) x white
                    const quint32 r = std::min(255u, ((word >> 16) & 0xff) + add);
                    const quint32 g = std::min(255u, ((word >> 8) & 0xff) + add);
                    const quint32 b = std::min(255u, (word & 0xff) + add);
                    word = 0xff000000u | r << 16 | g << 8 | b;
                }
            }
            cv::Mat rows = picture.rowRange(y0, y1);
            cv::resize(band, rows, rows.size(), 0, 0, cv::INTER_AREA);
        }
    } catch (const cv::Exception &e) {
        return makeError(ErrorCode::Io, QString::fromStdString(e.msg).trimmed(), source.path());
    }
    return picture;
}

Result<Item> probeTiled(const TileSource &source, cv::Mat *decoded)
{
    Item item;
    item.kind = ItemKind::Image;
    item.width = source.size().width();
    item.height = source.size().height();
    item.metadata.insert(QStringLiteral("format"), source.backend() == TileSource::Backend::Tiff
                                                           ? QStringLiteral("tiff")
                                                           : QStringLiteral("openslide"));
    item.metadata.insert(QStringLiteral("tiled"), true);
    item.metadata.insert(QStringLiteral("levels"), source.levelCount());
    if (const auto mpp = source.micronsPerPixel()) {
        item.metadata.insert(QStringLiteral("microns_per_pixel_x"), mpp->width());
        item.metadata.insert(QStringLiteral("microns_per_pixel_y"), mpp->height());
    }
    // 2048 pixels: the preview's size, and far more than the 32 x 32 the hash reduces to. Every
    // band of the level is read, so a damaged tile is found now, not at labeling time.
    auto picture = reducedPicture(source, fittedSize(source.size(), 2048));
    if (!picture)
        return picture.error();
    cv::Mat bgr;
    try {
        cv::cvtColor(*picture, bgr, cv::COLOR_BGRA2BGR);
        cv::Mat hash;
        cv::img_hash::PHash::create()->compute(bgr, hash);
        item.perceptualHash = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(hash.data), int(hash.total())).toHex());
    } catch (const cv::Exception &e) {
        return makeError(ErrorCode::Io, QString::fromStdString(e.msg).trimmed(), source.path());
    }
    if (decoded)
        *decoded = bgr;
    return item;
}

} // namespace assay::core::media
