// SPDX-License-Identifier: Apache-2.0
// Helpers for the canvas tests: synthetic JPEGs, EXIF orientation, a small taxonomy.
#pragma once

#include "core/domain/types.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>

namespace assay::test {

// A picture whose every region differs: a colour gradient with a few solid shapes.
inline QImage makePicture(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb(x * 255 / size.width(), y * 255 / size.height(), 128);
    }
    QPainter painter(&image);
    painter.fillRect(QRect(QPoint(0, 0), size / 8), Qt::red); // marks the top-left corner
    return image;
}

// APP1 segment carrying only the EXIF orientation tag (1..8), big-endian TIFF.
inline QByteArray exifOrientationSegment(int orientation)
{
    const unsigned char bytes[] = {0xFF, 0xE1,
                                   0x00, 0x22,
                                   'E',  'x',
                                   'i',  'f',
                                   0x00, 0x00, // APP1, length 34
                                   'M',  'M',
                                   0x00, 0x2A,
                                   0x00, 0x00,
                                   0x00, 0x08, // TIFF header
                                   0x00, 0x01, // one IFD entry
                                   0x01, 0x12,
                                   0x00, 0x03,
                                   0x00, 0x00,
                                   0x00, 0x01, // Orientation, SHORT, 1
                                   0x00, static_cast<unsigned char>(orientation),
                                   0x00, 0x00, // value
                                   0x00, 0x00,
                                   0x00, 0x00}; // no next IFD
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof(bytes));
}

// Writes `image` as a JPEG, with an EXIF orientation when `orientation` is not 0.
inline bool writeJpeg(const QString &path, const QImage &image, int orientation = 0,
                      int quality = 92)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", quality))
        return false;
    if (orientation)
        data.insert(2, exifOrientationSegment(orientation)); // right after SOI
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

inline core::Taxonomy threeClasses()
{
    core::Taxonomy taxonomy;
    taxonomy.version = 1;
    taxonomy.classes = {{QStringLiteral("c-car"),
                         QStringLiteral("car"),
                         QStringLiteral("#e6194b"),
                         QStringLiteral("1"),
                         {},
                         {}},
                        {QStringLiteral("c-person"),
                         QStringLiteral("person"),
                         QStringLiteral("#3cb44b"),
                         QStringLiteral("2"),
                         {},
                         {}},
                        {QStringLiteral("c-sign"),
                         QStringLiteral("traffic sign"),
                         QStringLiteral("#ffe119"),
                         QStringLiteral("3"),
                         {},
                         {}}};
    return taxonomy;
}

} // namespace assay::test
