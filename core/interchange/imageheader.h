// SPDX-License-Identifier: Apache-2.0
// Image size from the file header alone (PNG, JPEG, GIF, BMP, WebP), without decoding pixels.
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace assay::core::interchange {

// The size as displayed: JPEG EXIF orientations 5-8 swap width and height, as the tools that
// write normalised coordinates (Ultralytics, labelImg via Qt) see the image. Invalid QSize when
// the file is missing, not one of the formats above, or truncated before the size.
// Core links QtCore only, so QImageReader (QtGui) is not available here; a caller with QtGui may
// pass QImageReader through ReadOptions::imageSizeProbe instead.
QSize probeImageSize(const QString &path);
QSize probeImageSizeFromHeader(const QByteArray &head, bool *needMore = nullptr);

} // namespace assay::core::interchange
