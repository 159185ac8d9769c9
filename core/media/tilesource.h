// SPDX-License-Identifier: Apache-2.0
// TileSource: an image read by region and pyramid level, never whole: tiled (Big)TIFF through
// libtiff, whole-slide files (SVS, NDPI, MRXS, ...) through OpenSlide.
#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>
#include <QRect>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace assay::core::media {

// The pixels of a region: words 0xAARRGGBB row by row (QImage::Format_ARGB32_Premultiplied's
// layout; alpha 0xFF everywhere when `opaque`).
struct RegionPixels
{
    QSize size;
    std::vector<quint32> argb;
    bool opaque = true;
};

class TileSource
{
public:
    enum class Backend { Tiff, OpenSlide };

    struct Level
    {
        QSize size;
        double downsample = 1.0; // full-resolution pixels per pixel of this level
    };

    virtual ~TileSource() = default;

    // Opens `path` as a tiled image: a whole-slide file OpenSlide recognises by its vendor through
    // OpenSlide, any other tiled TIFF through libtiff. Plain (strip) TIFFs, JPEGs and PNGs are
    // refused (ErrorCode::Unsupported): they are decoded whole. Never throws, never prints.
    static Result<std::unique_ptr<TileSource>> open(const QString &path);
    static Result<std::unique_ptr<TileSource>> open(const QString &path, Backend backend);
    // Whether this build can read whole-slide files.
    static bool hasOpenSlide();

    // Images with more pixels than this are never decoded whole when they can be read by region.
    static constexpr qint64 WholeDecodePixels = 100'000'000;
    // `path` opened when it is to be read by region, never decoded whole: a whole-slide file, or
    // a tiled TIFF with a pyramid or above WholeDecodePixels. nullptr: it is not (a photo, a
    // small tiled TIFF, a missing file); an error: it is such a file but damaged. Cheap: reads
    // headers only. The one rule of the intake and the canvas.
    static Result<std::unique_ptr<TileSource>> openRegional(const QString &path);

    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    // Level 0 is the full resolution; each further level is coarser.
    int levelCount() const { return int(m_levels.size()); }
    const Level &level(int index) const { return m_levels.at(index); }
    QSize size() const { return m_levels.first().size; }
    // Microns per pixel (x, y) at level 0, when the file says.
    std::optional<QSizeF> micronsPerPixel() const { return m_mpp; }
    // The finest level whose downsample is at most `downsample`.
    int levelForDownsample(double downsample) const;

    // The pixels of `region` (in pixels of `level`, clipped to it); a slide's background may be
    // transparent. Thread-safe.
    virtual Result<RegionPixels> readRegion(int level, const QRect &region) const = 0;

    // The images a slide file carries beside the slide ("label", "macro", "thumbnail", ...): a
    // label or macro image can show a patient's name. Listed and read only where the project
    // allows it (ItemService::mediaSettings); a plain tiled TIFF has none.
    virtual QStringList associatedImages() const { return {}; }
    virtual Result<RegionPixels> readAssociatedImage(const QString &name) const;

protected:
    TileSource(const QString &path, Backend backend)
        : m_path(path)
        , m_backend(backend)
    {}
    // `wanted` clipped to the level, refused when the level does not exist or nothing is left.
    Result<QRect> clippedRegion(int level, const QRect &wanted) const;

    QString m_path;
    Backend m_backend;
    QList<Level> m_levels;
    std::optional<QSizeF> m_mpp;
};

} // namespace assay::core::media
