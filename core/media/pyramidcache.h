// SPDX-License-Identifier: Apache-2.0
// PyramidCache: tiled pyramidal copies of huge images that are not tiled themselves, beside the
// project, so that the canvas reads them by region like a whole-slide file.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QSize>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace assay::core::media {

class TileSource;

// A 30,000 x 20,000 JPEG cannot be shown at full resolution without decoding it whole (1.8 GB
// of pixels, seconds). Its pyramid (a BigTIFF of 256-pixel JPEG tiles, each level half the one
// before) is made once, streamed by libvips in bounded memory, and read by region from then on.
// Derived data like the previews: not in the event log, never synced, safe to delete, made again
// when missing or damaged. Layout: birds.assay-cache/pyramids/<sha256>.tif beside birds.assay.
// Safe to use from several threads.
class PyramidCache final
{
public:
    static constexpr qint64 DefaultMinimumPixels = 100'000'000; // TileSource::WholeDecodePixels
    static constexpr int TileEdge = 256;
    static constexpr int Quality = 90; // JPEG quality of the tiles

    // `projectPath`: the .assay file; the cache is the folder beside it.
    explicit PyramidCache(const QString &projectPath);

    QString directory() const { return m_directory; }
    // Images with more pixels than this get a pyramid: 100 MP unless the environment variable
    // ASSAY_PYRAMID_MIN_PIXELS or setMinimumPixels() says otherwise (0: back to the default).
    static qint64 minimumPixels();
    static void setMinimumPixels(qint64 pixels);
    // An image above minimumPixels() that is not read by region from its own file (a tiled
    // TIFF or a whole-slide file, which the intake marks "tiled").
    static bool isWanted(const Item &item);
    // Where the pyramid of content `sha256` is (or would be).
    QString pyramidPath(const QString &sha256) const;
    // The pyramid path when the item wants one, else empty.
    QString pyramidPathFor(const Item &item) const;

    // The stored pyramid of an image of `imageSize`, opened. nullptr: there is none (yet); an
    // error: one is there but cannot be used (damaged, truncated, another image's size), and
    // ensure() makes it again. Reads the file's directories and its smallest level only.
    Result<std::unique_ptr<TileSource>> open(const QString &sha256, const QSize &imageSize) const;
    // The same for a pyramid file named by its path.
    static Result<std::unique_ptr<TileSource>> openFile(const QString &path, const QSize &imageSize);

    using Progress = std::function<void(int percent)>; // called from libvips' threads
    // Makes the pyramid of `item` (an image at `mediaPath`), replacing one that is there:
    // decoded in a stream (EXIF orientation applied), written to a temporary name and renamed,
    // so a reader never sees half a file. `cancel` stops it between tiles (ErrorCode::Cancelled).
    Status make(const Item &item, const QString &mediaPath, const Progress &progress = {},
                const std::atomic<bool> *cancel = nullptr) const;
    // make() unless a usable pyramid is there; nothing for an item that wants none.
    Status ensure(const Item &item, const QString &mediaPath, const Progress &progress = {},
                  const std::atomic<bool> *cancel = nullptr) const;

private:
    QString m_directory;
};

} // namespace assay::core::media
