// SPDX-License-Identifier: Apache-2.0
// PreviewCache: reduced copies of large images beside the project, for a fast first view.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QSize>
#include <QString>

namespace cv {
class Mat;
}

namespace assay::core::media {

// The first view of a 100-megapixel JPEG decodes a stored 2048-pixel copy instead of the whole
// entropy-coded stream (a reduced JPEG decode still reads every byte of it). The copies are
// derived data: not in the event log, never synced, made again when missing or unreadable.
// Layout: birds.assay-cache/previews/<sha256>.jpg beside birds.assay. Safe to use from
// several threads.
class PreviewCache final
{
public:
    static constexpr qint64 MinimumPixels = 16'000'000; // smaller images decode fast enough
    static constexpr int LongestSide = 2048;            // covers a fitted view on most screens
    static constexpr int Quality = 90;                  // JPEG quality of the copies

    // `projectPath`: the .assay file; the cache is the folder beside it.
    explicit PreviewCache(const QString &projectPath);

    QString directory() const { return m_directory; }
    // Images above MinimumPixels have a preview.
    static bool isWanted(const Item &item);
    static bool isWanted(const QSize &imageSize);
    // Where the preview of content `sha256` is (or would be).
    QString previewPath(const QString &sha256) const;
    // The preview path when the item wants one, else empty.
    QString previewPathFor(const Item &item) const;

    // Whether the stored preview is usable for an image of `imageSize` (oriented pixels): a
    // whole JPEG (it reaches its end marker) with the image's aspect. Reads the header and the
    // last bytes only.
    bool isValid(const QString &sha256, const QSize &imageSize) const;

    // Stores the preview of content `sha256` from `decoded`: the oriented picture (BGR, 8 bit),
    // at any reduction, scaled down to LongestSide when larger. `imageSize` is the full image's
    // oriented size: a picture of another aspect is refused. Written to a temporary name and
    // renamed, so a reader never sees half a file.
    Status store(const QString &sha256, const cv::Mat &decoded, const QSize &imageSize) const;

    // Makes the preview of `item` (an image at `mediaPath`) unless a valid one is there.
    // Decodes the file (JPEG at 1/4, like the intake): a fraction of a second for 100 MP.
    Status ensure(const Item &item, const QString &mediaPath) const;

    // The size a preview of an image of `imageSize` has when made from `decoded` pixels.
    static QSize previewSize(const QSize &imageSize, const QSize &decoded);

private:
    QString m_directory;
};

} // namespace assay::core::media
