// SPDX-License-Identifier: Apache-2.0
// ImageLoader: thread-safe decoding of images, a reduced-resolution preview first, full pixels
// later.
#pragma once

#include "core/media/tilesource.h"
#include "core/result.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace assay::widgets {

// A quick look at an image: few enough pixels to decode in a fraction of the full decode.
struct ImagePreview
{
    QString path;
    QSize fullSize;      // image pixels after EXIF orientation: the box coordinate space
    QImage image;        // Format_RGB32, oriented
    double scale = 1.0;  // preview pixels per image pixel (1: the preview is the full image)
    QString warning;     // shown, but not whole: e.g. a truncated file's missing lower part
    bool stored = false; // decoded from the stored preview, not from the image file
};

// An image to show: its file and, for a large one, the reduced copy the project keeps of it
// (core::media::PreviewCache), decoded first when it is there and whole.
struct ImageSource
{
    QString path;
    QString storedPreview; // empty: none
    // For a huge image that is not tiled itself: the tile pyramid the project keeps of it
    // (core::media::PyramidCache), read by region once it is there and whole; empty: none.
    QString pyramid;
};

// The full-resolution pixels of an image, shared read-only between the GUI and tile workers.
using FullImage = std::shared_ptr<const QImage>;

class ImageLoader final
{
public:
    // Decodes at the smallest JPEG DCT reduction (1/2, 1/4, 1/8) that still covers `target`
    // (device pixels; empty: no reduction), then, when `target` is smaller, scales down to
    // exactly fit it, so that showing the image at "fit" is a 1:1 copy. Never throws.
    static Result<ImagePreview> decodePreview(const QString &path, const QSize &target);
    // The stored preview when it is usable: a JPEG of the image's shape, the image file still
    // there and whole (its end marker), scaled down to fit `target` when larger; it may also be
    // smaller than the fit (then `scale` says so). Otherwise, as decodePreview(path, target).
    static Result<ImagePreview> decodePreview(const ImageSource &source, const QSize &target);

    // Decodes every pixel (EXIF orientation applied). Seconds for 100 MP: run it in a worker.
    static Result<FullImage> decodeFull(const QString &path);

    // The size after EXIF orientation, read from the header only; invalid when unknown.
    static QSize headerSize(const QString &path);

    // The scale at which a w x h image fits into `target`, never above 1.
    static double fitScale(const QSize &image, const QSize &target);

    // Images with more pixels than this are never decoded whole when they can be read by region.
    static constexpr qint64 WholeDecodePixels = core::media::TileSource::WholeDecodePixels;
    // `path` as a tile source when it should be shown by region (TileSource::openRegional).
    // nullptr: decode it whole (a photo, a small tiled TIFF); an error: it is such a file but
    // damaged. Cheap: reads headers only.
    static Result<std::shared_ptr<const core::media::TileSource>> openTiled(const QString &path);
    // A region read from a tile source as an image, without copying its pixels.
    static QImage toImage(core::media::RegionPixels &&pixels);
    // The fitted preview of a tile source, read from the level just sharper than the fit.
    static Result<ImagePreview> previewFromTiles(const core::media::TileSource &source,
                                                 const QSize &target);
};

} // namespace assay::widgets
