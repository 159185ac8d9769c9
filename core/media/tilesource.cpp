// SPDX-License-Identifier: Apache-2.0
// Tiled TIFF through libtiff (a pool of handles, one per concurrent reader) and whole-slide
// files through OpenSlide. Associated images of a slide (label, macro: patient data) are read
// only when asked for, which the project's setting decides (core/items/itemservice.h).
#include "core/media/tilesource.h"
#include "core/base/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <tiffio.h>
#ifdef ASSAY_HAVE_OPENSLIDE
#include <openslide.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstring>
#include <vector>

namespace assay::core::media {

int TileSource::levelForDownsample(double downsample) const
{
    int best = 0;
    for (int i = 1; i < levelCount(); ++i) {
        if (m_levels.at(i).downsample <= downsample * 1.001)
            best = i;
    }
    return best;
}

Result<QRect> TileSource::clippedRegion(int level, const QRect &wanted) const
{
    if (level < 0 || level >= levelCount())
        return makeError(ErrorCode::InvalidInput, Tr::tr("no level %1 in the image").arg(level),
                         m_path);
    const QRect region = wanted & QRect(QPoint(0, 0), m_levels.at(level).size);
    if (region.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("the region is outside the image"), m_path);
    return region;
}

Result<RegionPixels> TileSource::readAssociatedImage(const QString &name) const
{
    return makeError(ErrorCode::NotFound, Tr::tr("the file carries no image \"%1\"").arg(name),
                     m_path);
}

bool TileSource::hasOpenSlide()
{
#ifdef ASSAY_HAVE_OPENSLIDE
    return true;
#else
    return false;
#endif
}

// ---------------------------------------------------------------- TIFF

namespace {

inline quint32 rgb(quint32 r, quint32 g, quint32 b)
{
    return 0xff000000u | (r << 16) | (g << 8) | b;
}

// One libtiff handle: libtiff handles are not thread-safe, so each concurrent reader has its own.
// Its messages land in `error`, never on stderr.
struct TiffHandle
{
    TIFF *tiff = nullptr;
    QString error;
    int level = -1; // the level whose directory is current

    ~TiffHandle()
    {
        if (tiff)
            TIFFClose(tiff);
    }
};

int onTiffError(TIFF *, void *user, const char *module, const char *format, va_list args)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    auto *handle = static_cast<TiffHandle *>(user);
    if (handle && handle->error.isEmpty()) // the first message says the cause
        handle->error = module && *module ? QStringLiteral("%1: %2").arg(QString::fromUtf8(module),
                                                                         QString::fromUtf8(text))
                                          : QString::fromUtf8(text);
    return 1; // handled: libtiff's global handler (stderr) is not called
}

int onTiffWarning(TIFF *, void *, const char *, const char *, va_list)
{
    return 1; // unknown tags and the like: nothing a labeler can act on
}

std::unique_ptr<TiffHandle> openTiff(const QString &path)
{
    auto handle = std::make_unique<TiffHandle>();
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, onTiffError, handle.get());
    TIFFOpenOptionsSetWarningHandlerExtR(options, onTiffWarning, handle.get());
    handle->tiff = TIFFOpenExt(QFile::encodeName(path).constData(), "rm", options);
    TIFFOpenOptionsFree(options);
    return handle;
}

// The largest tile read: 8,192 x 8,192 pixels (256 MiB decoded), at most 65,536 a side.
constexpr uint32_t kMaxTileEdge = 1u << 16;
constexpr quint64 kMaxTilePixels = quint64(1) << 26;

struct TiffLevel
{
    tdir_t directory = 0; // in the main chain
    toff_t subIfd = 0;    // or a SubIFD at this offset (0: none)
    uint32_t tileWidth = 0;
    uint32_t tileHeight = 0;
    uint16_t samples = 1;
    bool fast = false; // 8-bit RGB or grey, read as it is stored; else through TIFFReadRGBATile
};

class TiffTileSource final : public TileSource
{
public:
    explicit TiffTileSource(const QString &path)
        : TileSource(path, Backend::Tiff)
    {}

    Result<bool> init();
    Result<RegionPixels> readRegion(int level, const QRect &region) const override;

private:
    Error fail(const QString &reason, const TiffHandle *handle = nullptr) const;
    Result<bool> select(TiffHandle *handle, int level) const;
    std::unique_ptr<TiffHandle> take() const;
    void give(std::unique_ptr<TiffHandle> handle) const;
    // False for a directory that is not a tiled image Assay reads; `refusal` says why when it
    // is tiled but cannot be read (tiles too large to decode one at a time).
    bool describe(TIFF *tiff, TiffLevel *level, QSize *size, QString *refusal = nullptr) const;

    QList<TiffLevel> m_tiffLevels;
    mutable QMutex m_mutex;
    mutable std::vector<std::unique_ptr<TiffHandle>> m_free;
};

Error TiffTileSource::fail(const QString &reason, const TiffHandle *handle) const
{
    QString message = reason;
    if (handle && !handle->error.isEmpty())
        message += QStringLiteral(" (%1)").arg(handle->error);
    return makeError(ErrorCode::InvalidInput, message, m_path);
}

bool TiffTileSource::describe(TIFF *tiff, TiffLevel *level, QSize *size, QString *refusal) const
{
    if (!TIFFIsTiled(tiff))
        return false;
    uint32_t width = 0, height = 0;
    uint16_t bits = 8, samples = 1, photometric = PHOTOMETRIC_MINISBLACK,
             planar = PLANARCONFIG_CONTIG, compression = COMPRESSION_NONE;
    TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height);
    TIFFGetField(tiff, TIFFTAG_TILEWIDTH, &level->tileWidth);
    TIFFGetField(tiff, TIFFTAG_TILELENGTH, &level->tileHeight);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_SAMPLESPERPIXEL, &samples);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_PLANARCONFIG, &planar);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_COMPRESSION, &compression);
    TIFFGetField(tiff, TIFFTAG_PHOTOMETRIC, &photometric);
    if (width == 0 || height == 0 || level->tileWidth == 0 || level->tileHeight == 0
        || width > (1u << 30) || height > (1u << 30))
        return false;
    // A tile is decoded whole into memory: real files use 256 to 4,096 pixels a side; a header
    // that claims more (damaged, or made to exhaust memory) is refused, not allocated.
    if (level->tileWidth > kMaxTileEdge || level->tileHeight > kMaxTileEdge
        || quint64(level->tileWidth) * level->tileHeight > kMaxTilePixels) {
        if (refusal) {
            *refusal = Tr::tr("its tiles of %1 x %2 pixels are too large to read")
                               .arg(level->tileWidth)
                               .arg(level->tileHeight);
        }
        return false;
    }
    *size = QSize(int(width), int(height));
    level->samples = samples;
    const bool contiguous = planar == PLANARCONFIG_CONTIG || samples == 1;
    const bool rgb = photometric == PHOTOMETRIC_RGB && (samples == 3 || samples == 4);
    const bool grey = photometric == PHOTOMETRIC_MINISBLACK && (samples == 1 || samples == 2);
    const bool jpegYcbcr = photometric == PHOTOMETRIC_YCBCR && compression == COMPRESSION_JPEG
                           && samples == 3;
    level->fast = bits == 8 && contiguous && (rgb || grey || jpegYcbcr);
    return true;
}

Result<bool> TiffTileSource::init()
{
    auto handle = openTiff(m_path);
    if (!handle->tiff)
        return fail(Tr::tr("not a readable TIFF file"), handle.get());
    TIFF *tiff = handle->tiff;
    TiffLevel first;
    QSize fullSize;
    QString refusal;
    if (!describe(tiff, &first, &fullSize, &refusal)) {
        if (!refusal.isEmpty())
            return fail(refusal);
        return makeError(ErrorCode::Unsupported, Tr::tr("the TIFF image is not tiled"), m_path);
    }
    m_tiffLevels.append(first);
    m_levels.append(Level{fullSize, 1.0});

    // Physical pixel size from the resolution tags (pixels per inch or per centimetre).
    float xres = 0, yres = 0;
    uint16_t unit = RESUNIT_INCH;
    TIFFGetFieldDefaulted(tiff, TIFFTAG_RESOLUTIONUNIT, &unit);
    if (TIFFGetField(tiff, TIFFTAG_XRESOLUTION, &xres)
        && TIFFGetField(tiff, TIFFTAG_YRESOLUTION, &yres) && xres > 0 && yres > 0
        && unit != RESUNIT_NONE) {
        const double micronsPerUnit = unit == RESUNIT_CENTIMETER ? 10000.0 : 25400.0;
        m_mpp = QSizeF(micronsPerUnit / xres, micronsPerUnit / yres);
    }

    // A level is a tiled reduced copy of the same shape; label and macro images of other shapes
    // (a slide's) are not levels and are never read.
    const auto sameShape = [&fullSize](const QSize &size) {
        const double dx = double(fullSize.width()) / size.width();
        const double dy = double(fullSize.height()) / size.height();
        return std::abs(fullSize.height() / dx - size.height()) <= 2.0 + dy
               && std::abs(fullSize.width() / dy - size.width()) <= 2.0 + dx;
    };
    const auto addLevel = [&](TiffLevel level) {
        QSize size;
        if (!describe(tiff, &level, &size))
            return;
        if (size.width() >= m_levels.last().size.width() || !sameShape(size))
            return;
        m_tiffLevels.append(level);
        m_levels.append(Level{size, (double(fullSize.width()) / size.width()
                                     + double(fullSize.height()) / size.height())
                                            / 2.0});
    };

    uint16_t subIfdCount = 0;
    toff_t *subIfdOffsets = nullptr;
    if (TIFFGetField(tiff, TIFFTAG_SUBIFD, &subIfdCount, &subIfdOffsets) && subIfdCount > 0) {
        // Levels as SubIFDs of the first directory (OME-TIFF, vips --subifd).
        const std::vector<toff_t> offsets(subIfdOffsets, subIfdOffsets + subIfdCount);
        for (const toff_t offset : offsets) {
            if (!TIFFSetSubDirectory(tiff, offset))
                break;
            TiffLevel level;
            level.subIfd = offset;
            addLevel(level);
        }
    } else {
        // Levels as further directories of the main chain.
        const tdir_t count = TIFFNumberOfDirectories(tiff);
        for (tdir_t dir = 1; dir < count && dir < 64; ++dir) {
            if (!TIFFSetDirectory(tiff, dir))
                break;
            TiffLevel level;
            level.directory = dir;
            addLevel(level);
        }
    }
    // A directory that cannot be read is a damaged file (cut short, overwritten), not a smaller
    // pyramid: its last levels would be missing or wrong.
    if (!handle->error.isEmpty())
        return fail(Tr::tr("damaged: not every directory of the file can be read"), handle.get());
    handle->level = -1;
    give(std::move(handle));
    return true;
}

std::unique_ptr<TiffHandle> TiffTileSource::take() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_free.empty()) {
            auto handle = std::move(m_free.back());
            m_free.pop_back();
            return handle;
        }
    }
    return openTiff(m_path);
}

void TiffTileSource::give(std::unique_ptr<TiffHandle> handle) const
{
    QMutexLocker lock(&m_mutex);
    if (m_free.size() < 8)
        m_free.push_back(std::move(handle));
}

Result<bool> TiffTileSource::select(TiffHandle *handle, int level) const
{
    if (handle->level == level)
        return true;
    const TiffLevel &l = m_tiffLevels.at(level);
    handle->level = -1;
    if (l.subIfd) {
        if (!TIFFSetDirectory(handle->tiff, 0) || !TIFFSetSubDirectory(handle->tiff, l.subIfd))
            return fail(Tr::tr("level %1 cannot be read").arg(level), handle);
    } else if (!TIFFSetDirectory(handle->tiff, l.directory)) {
        return fail(Tr::tr("level %1 cannot be read").arg(level), handle);
    }
    uint16_t photometric = 0, compression = 0;
    TIFFGetField(handle->tiff, TIFFTAG_PHOTOMETRIC, &photometric);
    TIFFGetFieldDefaulted(handle->tiff, TIFFTAG_COMPRESSION, &compression);
    if (photometric == PHOTOMETRIC_YCBCR && compression == COMPRESSION_JPEG)
        TIFFSetField(handle->tiff, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
    handle->level = level;
    return true;
}

Result<RegionPixels> TiffTileSource::readRegion(int level, const QRect &wanted) const
{
    auto clipped = clippedRegion(level, wanted);
    if (!clipped)
        return clipped.error();
    const QRect region = *clipped;
    RegionPixels out;
    out.size = region.size();
    out.argb.resize(size_t(region.width()) * region.height());
    const auto scanLine = [&out](int y) {
        return out.argb.data() + size_t(y) * out.size.width();
    };

    auto handle = take();
    if (!handle->tiff)
        return fail(Tr::tr("not a readable TIFF file"), handle.get());
    handle->error.clear();
    if (auto selected = select(handle.get(), level); !selected)
        return selected.error();
    const TiffLevel &l = m_tiffLevels.at(level);
    TIFF *tiff = handle->tiff;
    const int tw = int(l.tileWidth), th = int(l.tileHeight);
    // JPEG in YCbCr is decoded to RGB (JPEGCOLORMODE_RGB): three samples.
    const int samples = l.samples == 2 ? 2 : (l.samples == 1 ? 1 : int(l.samples));
    const size_t tileBytes = l.fast ? size_t(tw) * th * samples : size_t(tw) * th * 4;
    // libtiff's own count of a decoded tile's bytes (0 when it overflows) must hold what is read.
    if (l.fast && (TIFFTileSize64(tiff) < tileBytes))
        return fail(Tr::tr("the tiles of level %1 do not have the size they say").arg(level),
                    handle.get());
    std::vector<uint8_t> buffer(l.fast ? size_t(TIFFTileSize64(tiff)) : tileBytes);

    for (int ty = region.top() / th; ty <= region.bottom() / th; ++ty) {
        for (int tx = region.left() / tw; tx <= region.right() / tw; ++tx) {
            const QRect tileRect(tx * tw, ty * th, tw, th);
            const QRect part = tileRect & region;
            if (l.fast) {
                const ttile_t tile = TIFFComputeTile(tiff, uint32_t(tileRect.x()),
                                                     uint32_t(tileRect.y()), 0, 0);
                if (TIFFReadEncodedTile(tiff, tile, buffer.data(), tmsize_t(buffer.size())) < 0) {
                    const Error error
                            = fail(Tr::tr("tile %1 of level %2 is damaged").arg(tile).arg(level),
                                   handle.get());
                    return error;
                }
                for (int y = part.top(); y <= part.bottom(); ++y) {
                    const uint8_t *src = buffer.data()
                                         + (size_t(y - tileRect.y()) * tw
                                            + size_t(part.left() - tileRect.x()))
                                                   * samples;
                    auto *dst = scanLine(y - region.y()) + (part.left() - region.x());
                    if (samples >= 3) {
                        for (int x = 0; x < part.width(); ++x, src += samples)
                            dst[x] = rgb(src[0], src[1], src[2]);
                    } else {
                        for (int x = 0; x < part.width(); ++x, src += samples)
                            dst[x] = rgb(src[0], src[0], src[0]);
                    }
                }
            } else {
                auto *raster = reinterpret_cast<uint32_t *>(buffer.data());
                if (!TIFFReadRGBATile(tiff, uint32_t(tileRect.x()), uint32_t(tileRect.y()),
                                      raster)) {
                    return fail(Tr::tr("a tile of level %1 cannot be decoded").arg(level),
                                handle.get());
                }
                // TIFFReadRGBATile fills bottom-up (its origin is the lower left corner).
                for (int y = part.top(); y <= part.bottom(); ++y) {
                    const uint32_t *src = raster + size_t(th - 1 - (y - tileRect.y())) * tw
                                          + (part.left() - tileRect.x());
                    auto *dst = scanLine(y - region.y()) + (part.left() - region.x());
                    for (int x = 0; x < part.width(); ++x)
                        dst[x] = rgb(TIFFGetR(src[x]), TIFFGetG(src[x]), TIFFGetB(src[x]));
                }
            }
        }
    }
    give(std::move(handle));
    return out;
}

// ---------------------------------------------------------------- OpenSlide

#ifdef ASSAY_HAVE_OPENSLIDE
class SlideTileSource final : public TileSource
{
public:
    explicit SlideTileSource(const QString &path)
        : TileSource(path, Backend::OpenSlide)
    {}
    ~SlideTileSource() override
    {
        if (m_slide)
            openslide_close(m_slide);
    }

    Result<bool> init();
    Result<RegionPixels> readRegion(int level, const QRect &region) const override;
    QStringList associatedImages() const override;
    Result<RegionPixels> readAssociatedImage(const QString &name) const override;

private:
    // OpenSlide's error, which stays once set: every later call on the slide fails with it.
    std::optional<Error> readError() const
    {
        if (const char *error = openslide_get_error(m_slide))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("the slide cannot be read (%1)").arg(QString::fromUtf8(error)),
                             m_path);
        return std::nullopt;
    }
    // Pixels just read: the error if the read failed, else the pixels with their opacity.
    Result<RegionPixels> finished(RegionPixels out) const
    {
        if (auto failed = readError())
            return *failed;
        out.opaque = std::all_of(out.argb.begin(), out.argb.end(),
                                 [](quint32 word) { return (word >> 24) == 0xff; });
        return out;
    }

    openslide_t *m_slide = nullptr; // thread-safe by OpenSlide's own contract
};

QStringList SlideTileSource::associatedImages() const
{
    QStringList names;
    if (const char *const *list = openslide_get_associated_image_names(m_slide)) {
        for (; *list; ++list)
            names.append(QString::fromUtf8(*list));
    }
    return names;
}

Result<RegionPixels> SlideTileSource::readAssociatedImage(const QString &name) const
{
    const QByteArray key = name.toUtf8();
    int64_t w = -1, h = -1;
    openslide_get_associated_image_dimensions(m_slide, key.constData(), &w, &h);
    if (w <= 0 || h <= 0)
        return TileSource::readAssociatedImage(name);
    if (w * h > (int64_t(1) << 28))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the image \"%1\" declares %2 x %3 pixels").arg(name).arg(w).arg(h),
                         m_path);
    RegionPixels out;
    out.size = QSize(int(w), int(h));
    out.argb.resize(size_t(w) * size_t(h));
    openslide_read_associated_image(m_slide, key.constData(), out.argb.data());
    return finished(std::move(out));
}

Result<bool> SlideTileSource::init()
{
    m_slide = openslide_open(QFile::encodeName(m_path).constData());
    if (!m_slide)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("not a whole-slide image this build can read"), m_path);
    if (auto failed = readError())
        return *failed;
    const auto property = [this](const QByteArray &name) {
        const char *value = openslide_get_property_value(m_slide, name.constData());
        return value ? QString::fromUtf8(value).toDouble() : 0.0;
    };
    const int count = openslide_get_level_count(m_slide);
    for (int i = 0; i < count; ++i) {
        int64_t w = 0, h = 0;
        openslide_get_level_dimensions(m_slide, i, &w, &h);
        if (w <= 0 || h <= 0 || w > (1ll << 30) || h > (1ll << 30))
            break;
        // OpenSlide decodes whole tiles into its cache: tiles too large to hold are refused at
        // level 0 and end the pyramid above it, as for a tiled TIFF.
        const QByteArray level = "openslide.level[" + QByteArray::number(i) + "].";
        const double tw = property(level + "tile-width"), th = property(level + "tile-height");
        if (tw > kMaxTileEdge || th > kMaxTileEdge || tw * th > double(kMaxTilePixels)) {
            if (i == 0) {
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("its tiles of %1 x %2 pixels are too large to read")
                                         .arg(qint64(tw))
                                         .arg(qint64(th)),
                                 m_path);
            }
            break;
        }
        m_levels.append(Level{QSize(int(w), int(h)), openslide_get_level_downsample(m_slide, i)});
    }
    if (m_levels.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("the slide has no readable level"), m_path);
    const double mppX = property(OPENSLIDE_PROPERTY_NAME_MPP_X);
    const double mppY = property(OPENSLIDE_PROPERTY_NAME_MPP_Y);
    if (mppX > 0 && mppY > 0)
        m_mpp = QSizeF(mppX, mppY);
    return true;
}

Result<RegionPixels> SlideTileSource::readRegion(int level, const QRect &wanted) const
{
    auto clipped = clippedRegion(level, wanted);
    if (!clipped)
        return clipped.error();
    const QRect region = *clipped;
    // OpenSlide writes premultiplied ARGB in native words.
    RegionPixels out;
    out.size = region.size();
    out.argb.resize(size_t(region.width()) * region.height());
    const double downsample = m_levels.at(level).downsample;
    openslide_read_region(m_slide, out.argb.data(), int64_t(std::llround(region.x() * downsample)),
                          int64_t(std::llround(region.y() * downsample)), level, region.width(),
                          region.height());
    return finished(std::move(out));
}
#endif

// TIFF and BigTIFF by their first bytes; the other whole-slide formats by their extension.
bool looksTiled(const QString &path, bool *slideOnly)
{
    static const QStringList slideSuffixes = {QStringLiteral("mrxs"), QStringLiteral("vms"),
                                              QStringLiteral("vmu"), QStringLiteral("scn")};
    *slideOnly = slideSuffixes.contains(QFileInfo(path).suffix().toLower());
    if (*slideOnly)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head == QByteArray("II*\0", 4) || head == QByteArray("MM\0*", 4)
           || head == QByteArray("II+\0", 4) || head == QByteArray("MM\0+", 4);
}

} // namespace

Result<std::unique_ptr<TileSource>> TileSource::open(const QString &path, Backend backend)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, Tr::tr("the file does not exist"), path);
    if (backend == Backend::OpenSlide) {
#ifdef ASSAY_HAVE_OPENSLIDE
        auto source = std::make_unique<SlideTileSource>(path);
        if (auto ok = source->init(); !ok)
            return ok.error();
        return std::unique_ptr<TileSource>(std::move(source));
#else
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("this build cannot read whole-slide images (no OpenSlide)"), path);
#endif
    }
    auto source = std::make_unique<TiffTileSource>(path);
    if (auto ok = source->init(); !ok)
        return ok.error();
    return std::unique_ptr<TileSource>(std::move(source));
}

Result<std::unique_ptr<TileSource>> TileSource::open(const QString &path)
{
    bool slideOnly = false;
    if (!looksTiled(path, &slideOnly))
        return makeError(ErrorCode::Unsupported, Tr::tr("not a tiled image"), path);
#ifdef ASSAY_HAVE_OPENSLIDE
    // A vendor's slide (an SVS is a TIFF too) is OpenSlide's: it knows its levels and scale.
    const char *vendor = openslide_detect_vendor(QFile::encodeName(path).constData());
    if (slideOnly || (vendor && std::strcmp(vendor, "generic-tiff") != 0))
        return open(path, Backend::OpenSlide);
#endif
    if (slideOnly)
        return open(path, Backend::OpenSlide);
    return open(path, Backend::Tiff);
}

Result<std::unique_ptr<TileSource>> TileSource::openRegional(const QString &path)
{
    auto source = open(path);
    if (!source) {
        if (source.error().code == ErrorCode::Unsupported
            || source.error().code == ErrorCode::NotFound)
            return std::unique_ptr<TileSource>();
        return source.error();
    }
    const TileSource &tiles = **source;
    const qint64 pixels = qint64(tiles.size().width()) * tiles.size().height();
    if (tiles.backend() == Backend::Tiff && tiles.levelCount() < 2 && pixels <= WholeDecodePixels)
        return std::unique_ptr<TileSource>();
    return source;
}

} // namespace assay::core::media
