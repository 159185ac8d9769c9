// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a tiled (Big)TIFF opened and read by region at every level through libtiff
// (TileSource), as the canvas and the intake read a gigapixel image; and an Aperio slide's
// label and macro found for redaction (SlideRedaction).
#include "core/media/slideredaction.h"
#include "core/media/tilesource.h"
#include "tests/fuzz/fuzzcommon.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace assay::core::media;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // libtiff reads files: the input is written to one of this process's own.
    static const QString path = QDir::temp().filePath(
            QStringLiteral("assay-fuzz-tiled-%1.tif").arg(qint64(::getpid())));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    // A slide's redaction: patches inside the file, in order, none overlapping.
    if (auto redaction = redactionOf(path); redaction && redaction->has_value()) {
        qint64 end = 0;
        for (const SlideRedaction::Patch &p : (*redaction)->patches) {
            ASSAY_FUZZ_CHECK(p.offset >= end && p.length > 0);
            ASSAY_FUZZ_CHECK(p.bytes.isEmpty() || p.bytes.size() == p.length);
            end = p.offset + p.length;
        }
        ASSAY_FUZZ_CHECK(end <= qint64(size));
    }
    auto source = TileSource::open(path, TileSource::Backend::Tiff);
    if (!source) {
        ASSAY_FUZZ_CHECK(!source.error().message.isEmpty());
        return 0;
    }
    const TileSource &image = **source;
    ASSAY_FUZZ_CHECK(image.levelCount() >= 1);
    for (int level = 0; level < image.levelCount(); ++level) {
        const QSize size = image.level(level).size;
        ASSAY_FUZZ_CHECK(size.width() > 0 && size.height() > 0);
        ASSAY_FUZZ_CHECK(level == 0 || size.width() < image.level(level - 1).size.width());
        ASSAY_FUZZ_CHECK(image.level(level).downsample >= 1.0);
        // The first corner and the last: a region across tile edges at both ends.
        const QRect corners[] = {QRect(0, 0, 40, 24),
                                 QRect(size.width() - 40, size.height() - 24, 40, 24)};
        for (const QRect &wanted : corners) {
            auto pixels = image.readRegion(level, wanted);
            if (!pixels)
                continue; // damaged tiles are reported, not read
            const QRect expected = wanted & QRect(QPoint(0, 0), size);
            ASSAY_FUZZ_CHECK(pixels->size == expected.size());
            ASSAY_FUZZ_CHECK(pixels->argb.size()
                             == size_t(expected.width()) * size_t(expected.height()));
        }
    }
    return 0;
}
