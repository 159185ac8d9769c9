// SPDX-License-Identifier: Apache-2.0
// Image size from the file header alone (PNG, JPEG, GIF, BMP, WebP), without decoding pixels.
#include "core/interchange/imageheader.h"

#include "core/base/exif.h"

#include <QFile>

#include <cstdint>
#include <cstring>
#include <functional>

namespace assay::core::interchange {

namespace {

using ReadAt = std::function<bool(qint64 pos, uchar *out, qint64 n)>;

quint32 be16(const uchar *p)
{
    return quint32(p[0]) << 8 | p[1];
}
quint32 be32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}
quint32 le16(const uchar *p)
{
    return quint32(p[1]) << 8 | p[0];
}
quint32 le32(const uchar *p)
{
    return quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | p[0];
}

QSize valid(qint64 w, qint64 h)
{
    if (w <= 0 || h <= 0 || w > 1'000'000 || h > 1'000'000)
        return {};
    return QSize(int(w), int(h));
}

QSize jpegSize(const ReadAt &readAt)
{
    qint64 pos = 2;
    int orientation = 1;
    uchar h[9];
    for (int guard = 0; guard < 10000; ++guard) {
        if (!readAt(pos, h, 2))
            return {};
        if (h[0] != 0xFF)
            return {};
        const uchar marker = h[1];
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            pos += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image or start of scan before any frame
            return {};
        if (!readAt(pos + 2, h + 2, 2))
            return {};
        const qint64 length = be16(h + 2);
        if (length < 2)
            return {};
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                         && marker != 0xCC;
        if (sof) {
            if (!readAt(pos + 4, h + 4, 5))
                return {};
            qint64 height = be16(h + 5);
            qint64 width = be16(h + 7);
            if (orientation >= 5)
                std::swap(width, height);
            return valid(width, height);
        }
        if (marker == 0xE1 && length > 16) {
            QByteArray payload(qsizetype(length - 2), Qt::Uninitialized);
            if (readAt(pos + 4, reinterpret_cast<uchar *>(payload.data()), payload.size())) {
                const int o = core::exifOrientation(reinterpret_cast<const uchar *>(
                                                            payload.constData()),
                                                    payload.size());
                if (o != 1)
                    orientation = o;
            }
        }
        pos += 2 + length;
    }
    return {};
}

QSize probe(const ReadAt &readAt)
{
    uchar h[32] = {};
    if (!readAt(0, h, 10))
        return {};
    if (std::memcmp(h, "\x89PNG\r\n\x1a\n", 8) == 0) {
        if (!readAt(0, h, 24) || std::memcmp(h + 12, "IHDR", 4) != 0)
            return {};
        return valid(be32(h + 16), be32(h + 20));
    }
    if (h[0] == 0xFF && h[1] == 0xD8)
        return jpegSize(readAt);
    if (std::memcmp(h, "GIF87a", 6) == 0 || std::memcmp(h, "GIF89a", 6) == 0)
        return valid(le16(h + 6), le16(h + 8));
    if (h[0] == 'B' && h[1] == 'M') {
        if (!readAt(0, h, 26))
            return {};
        const quint32 headerSize = le32(h + 14);
        if (headerSize == 12)
            return valid(le16(h + 18), le16(h + 20));
        const qint32 height = qint32(le32(h + 22)); // negative: top-down rows
        return valid(qint32(le32(h + 18)), height < 0 ? -qint64(height) : height);
    }
    if (std::memcmp(h, "RIFF", 4) == 0) {
        if (!readAt(0, h, 30) || std::memcmp(h + 8, "WEBP", 4) != 0)
            return {};
        if (std::memcmp(h + 12, "VP8 ", 4) == 0)
            return valid(le16(h + 26) & 0x3FFF, le16(h + 28) & 0x3FFF);
        if (std::memcmp(h + 12, "VP8L", 4) == 0) {
            const quint32 bits = le32(h + 21);
            return valid((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (std::memcmp(h + 12, "VP8X", 4) == 0) {
            const qint64 w = 1 + (qint64(h[24]) | qint64(h[25]) << 8 | qint64(h[26]) << 16);
            const qint64 hh = 1 + (qint64(h[27]) | qint64(h[28]) << 8 | qint64(h[29]) << 16);
            return valid(w, hh);
        }
    }
    return {};
}

} // namespace

QSize probeImageSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    return probe([&](qint64 pos, uchar *out, qint64 n) {
        if (pos < 0 || n < 0 || pos + n > size || !file.seek(pos))
            return false;
        return file.read(reinterpret_cast<char *>(out), n) == n;
    });
}

QSize probeImageSizeFromHeader(const QByteArray &head, bool *needMore)
{
    bool short_ = false;
    const QSize size = probe([&](qint64 pos, uchar *out, qint64 n) {
        if (pos < 0 || n < 0 || pos + n > head.size()) {
            short_ = true;
            return false;
        }
        std::memcpy(out, head.constData() + pos, size_t(n));
        return true;
    });
    if (needMore)
        *needMore = !size.isValid() && short_;
    return size;
}

} // namespace assay::core::interchange
