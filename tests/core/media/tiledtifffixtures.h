// SPDX-License-Identifier: Apache-2.0
// Tiled, pyramidal TIFFs written with libtiff for the tests and benchmarks of big images: the
// pixels come from a callback, so that every value can tell its level and its place.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QRect>
#include <QSize>
#include <QString>

#include <tiffio.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace assay::testing {

struct TiledTiffSpec
{
    QSize size;             // level 0
    int levels = 1;         // each further level halves the previous one
    int tile = 256;         // tile edge in pixels
    bool bigTiff = false;   // "w8"
    bool subIfds = false;   // levels as SubIFDs of the first directory, not a chain
    bool jpeg = false;      // JPEG (YCbCr) tiles instead of deflate
    double pixelsPerCm = 0; // resolution tags; 0: none
};

// Fills `rgb` (tile x tile x 3, row-major) with the pixels of `area` (pixels of `level`).
using TilePainter = std::function<void(int level, const QRect &area, uint8_t *rgb, int stride)>;

inline QSize levelSize(const TiledTiffSpec &spec, int level)
{
    return QSize(std::max(1, spec.size.width() >> level), std::max(1, spec.size.height() >> level));
}

// Writes the file; false when libtiff refuses.
inline bool writeTiledTiff(const QString &path, const TiledTiffSpec &spec, const TilePainter &paint)
{
    TIFFSetWarningHandler(nullptr);
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), spec.bigTiff ? "w8" : "w");
    if (!tiff)
        return false;
    std::vector<uint8_t> rgb(size_t(spec.tile) * spec.tile * 3);
    bool ok = true;
    for (int level = 0; level < spec.levels && ok; ++level) {
        const QSize size = levelSize(spec, level);
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, uint32_t(size.width()));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, uint32_t(size.height()));
        TIFFSetField(tiff, TIFFTAG_TILEWIDTH, uint32_t(spec.tile));
        TIFFSetField(tiff, TIFFTAG_TILELENGTH, uint32_t(spec.tile));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(3));
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        if (level > 0)
            TIFFSetField(tiff, TIFFTAG_SUBFILETYPE, FILETYPE_REDUCEDIMAGE);
        if (spec.jpeg) {
            TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_JPEG);
            TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_YCBCR);
            TIFFSetField(tiff, TIFFTAG_JPEGQUALITY, 85);
            TIFFSetField(tiff, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
        } else {
            TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_ADOBE_DEFLATE);
            TIFFSetField(tiff, TIFFTAG_ZIPQUALITY, 1);
            TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_RGB);
        }
        if (spec.pixelsPerCm > 0) {
            TIFFSetField(tiff, TIFFTAG_RESOLUTIONUNIT, RESUNIT_CENTIMETER);
            TIFFSetField(tiff, TIFFTAG_XRESOLUTION, float(spec.pixelsPerCm / (1 << level)));
            TIFFSetField(tiff, TIFFTAG_YRESOLUTION, float(spec.pixelsPerCm / (1 << level)));
        }
        if (level == 0 && spec.subIfds && spec.levels > 1) {
            std::vector<toff_t> offsets(size_t(spec.levels - 1), 0);
            TIFFSetField(tiff, TIFFTAG_SUBIFD, uint16_t(offsets.size()), offsets.data());
        }
        for (int y = 0; y < size.height() && ok; y += spec.tile) {
            for (int x = 0; x < size.width() && ok; x += spec.tile) {
                const QRect area = QRect(x, y, spec.tile, spec.tile) & QRect(QPoint(0, 0), size);
                std::fill(rgb.begin(), rgb.end(), 0);
                paint(level, area, rgb.data(), spec.tile * 3);
                ok = TIFFWriteTile(tiff, rgb.data(), uint32_t(x), uint32_t(y), 0, 0) >= 0;
            }
        }
        ok = ok && TIFFWriteDirectory(tiff);
    }
    TIFFClose(tiff);
    return ok;
}

// An Aperio SVS as OpenSlide reads it: two tiled levels (full and half size), a thumbnail, and
// a label and a macro image (stripped, named in their descriptions) of solid colours, which a
// slide's label and macro are not allowed to be shown unless the project says so.
struct SlideSpec
{
    QSize size{2048, 1536};
    QSize label{300, 200};
    QSize macro{600, 200};
    uint8_t labelRgb[3] = {200, 30, 30};
    uint8_t macroRgb[3] = {30, 30, 200};
};

inline bool writeAperioSlide(const QString &path, const SlideSpec &spec)
{
    TIFFSetWarningHandler(nullptr);
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tiff)
        return false;
    const QByteArray head = "Aperio Image Library v10.0.50\r\n";
    const auto common = [&](const QSize &size, const QByteArray &description) {
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, uint32_t(size.width()));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, uint32_t(size.height()));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(3));
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_RGB);
        TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_ADOBE_DEFLATE);
        TIFFSetField(tiff, TIFFTAG_IMAGEDESCRIPTION, description.constData());
    };
    const auto tiled = [&](const QSize &size, const QByteArray &description) {
        common(size, description);
        TIFFSetField(tiff, TIFFTAG_TILEWIDTH, uint32_t(256));
        TIFFSetField(tiff, TIFFTAG_TILELENGTH, uint32_t(256));
        std::vector<uint8_t> rgb(256 * 256 * 3);
        bool ok = true;
        for (int y = 0; y < size.height() && ok; y += 256) {
            for (int x = 0; x < size.width() && ok; x += 256) {
                for (size_t i = 0; i < rgb.size(); i += 3) {
                    rgb[i] = uint8_t(x / 8);
                    rgb[i + 1] = uint8_t(y / 8);
                    rgb[i + 2] = 128;
                }
                ok = TIFFWriteTile(tiff, rgb.data(), uint32_t(x), uint32_t(y), 0, 0) >= 0;
            }
        }
        return ok && TIFFWriteDirectory(tiff);
    };
    const auto stripped = [&](const QSize &size, const QByteArray &description,
                              const uint8_t *colour) {
        common(size, description);
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, uint32_t(16));
        std::vector<uint8_t> row(size_t(size.width()) * 3);
        for (size_t i = 0; i < row.size(); i += 3)
            std::copy(colour, colour + 3, row.begin() + qsizetype(i));
        bool ok = true;
        for (int y = 0; y < size.height() && ok; ++y)
            ok = TIFFWriteScanline(tiff, row.data(), uint32_t(y), 0) >= 0;
        return ok && TIFFWriteDirectory(tiff);
    };
    const QByteArray dims = QByteArray::number(spec.size.width()) + 'x'
                            + QByteArray::number(spec.size.height());
    const uint8_t grey[3] = {128, 128, 128};
    const QSize half(spec.size.width() / 2, spec.size.height() / 2);
    const bool ok = tiled(spec.size, head + dims + " [0,0 " + dims
                                             + "] (256x256) RGB|AppMag = 20"
                                               "|MPP = 0.4990")
                    && stripped(QSize(256, 192), head + dims + " -> 256x192 - |AppMag = 20", grey)
                    && tiled(half, head + dims + " -> " + QByteArray::number(half.width()) + 'x'
                                           + QByteArray::number(half.height()) + " - |AppMag = 20")
                    && stripped(spec.label, "Aperio Image Library v10.0.50\nlabel 300x200",
                                spec.labelRgb)
                    && stripped(spec.macro, "Aperio Image Library v10.0.50\nmacro 600x200",
                                spec.macroRgb);
    TIFFClose(tiff);
    return ok;
}

// The tests' pattern: at full resolution, blocks of 1024 x 1024 whose green and blue say the
// block's column and row; red says the level (40 * level + 20). A reduced level shows the same
// blocks, so that the value at a block's centre is known at every level.
inline uint8_t levelRed(int level)
{
    return uint8_t(40 * level + 20);
}

inline void paintBlocks(int level, const QRect &area, uint8_t *rgb, int stride)
{
    for (int y = 0; y < area.height(); ++y) {
        uint8_t *row = rgb + size_t(y) * stride;
        const int blockRow = ((area.y() + y) << level) / 1024;
        for (int x = 0; x < area.width(); ++x) {
            row[3 * x] = levelRed(level);
            row[3 * x + 1] = uint8_t(((area.x() + x) << level) / 1024 * 8);
            row[3 * x + 2] = uint8_t(blockRow * 8);
        }
    }
}

} // namespace assay::testing
