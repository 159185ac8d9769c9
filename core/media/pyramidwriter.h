// SPDX-License-Identifier: Apache-2.0
// writePyramid: libvips streams an image into a tiled pyramidal BigTIFF. It runs in a process of
// its own (assay-pyramid, core/media/pyramidtool.cpp), which PyramidCache starts: a stop is then
// a kill, and a decoder's failure on a damaged file never reaches the window.
#pragma once

#include "core/result.h"

#include <QSize>
#include <QString>

#include <functional>

namespace assay::core::media {

struct PyramidSpec
{
    QSize expectedSize;  // the oriented size the project measured; another size is refused
    int orientation = 1; // EXIF orientation to apply (1: none)
    int tileEdge = 256;
    int quality = 90; // JPEG quality of the tiles
};

// Writes the pyramid of the image at `source` to `target` (replaced). Decoded as a stream from
// top to bottom, so memory stays bounded whatever the size (orientations 5-8 excepted: turning
// needs columns before rows). Transparency is laid on white; 16-bit and other colour spaces
// become 8-bit sRGB or grey. `progress` gets percentages from libvips' threads.
Status writePyramid(const QString &source, const QString &target, const PyramidSpec &spec,
                    const std::function<void(int percent)> &progress = {});

} // namespace assay::core::media
