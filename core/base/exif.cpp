// SPDX-License-Identifier: Apache-2.0
// Finds the orientation tag in the first image file directory of an EXIF payload.
#include "core/base/exif.h"

#include <cstring>

namespace assay::core {

int exifOrientation(const unsigned char *payload, qsizetype size)
{
    if (size < 14 || std::memcmp(payload, "Exif\0\0", 6) != 0)
        return 1;
    const unsigned char *tiff = payload + 6;
    const qsizetype n = size - 6;
    const bool little = tiff[0] == 'I' && tiff[1] == 'I';
    if (!little && !(tiff[0] == 'M' && tiff[1] == 'M'))
        return 1;
    auto u16 = [&](qsizetype at) -> int {
        if (at < 0 || at + 2 > n)
            return -1;
        return little ? tiff[at] | tiff[at + 1] << 8 : tiff[at] << 8 | tiff[at + 1];
    };
    auto u32 = [&](qsizetype at) -> qint64 {
        if (at < 0 || at + 4 > n)
            return -1;
        const unsigned char *p = tiff + at;
        return little ? qint64(quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | p[0])
                      : qint64(quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8
                               | p[3]);
    };
    const qint64 ifd = u32(4);
    if (ifd < 8 || ifd + 2 > n) // the directory follows the 8-byte TIFF header
        return 1;
    const int entries = u16(ifd);
    for (int i = 0; i < entries; ++i) {
        const qint64 entry = ifd + 2 + qint64(i) * 12;
        if (entry + 12 > n)
            break;
        if (u16(entry) == 0x0112) {
            const int value = u16(entry + 8);
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

} // namespace assay::core
