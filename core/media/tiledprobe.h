// SPDX-License-Identifier: Apache-2.0
// The intake's probe of an image read by region (a pyramidal TIFF, a whole-slide file): measured
// from its headers, its picture read from the pyramid level just finer than a reduced view.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QSize>

namespace cv {
class Mat;
}

namespace assay::core::media {

class TileSource;

// The whole picture reduced to exactly `size` (BGRA, 8 bit; alpha 255): read from the level just
// finer than the reduction, by bands, so a level larger than memory is never held whole.
Result<cv::Mat> reducedPicture(const TileSource &source, const QSize &size);

// `size` fitted into `longestSide` pixels on its long edge (never enlarged).
QSize fittedSize(const QSize &size, int longestSide);

// An item for the image of `source`: kind, width and height of level 0, metadata "format"
// ("tiff", or "openslide"), "tiled", "levels" and, where the file gives them,
// "microns_per_pixel_x"/"_y"; its perceptual hash from a 2048-pixel reduction, which
// `decoded` receives (BGR, 8 bit) for the preview. sha256 and byteSize are the caller's: the
// file is hashed as a stream, never read whole.
Result<Item> probeTiled(const TileSource &source, cv::Mat *decoded = nullptr);

} // namespace assay::core::media
