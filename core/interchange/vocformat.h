// SPDX-License-Identifier: Apache-2.0
// Pascal VOC XML (one file per image, as the VOC devkit and labelImg write it): import and export.
#pragma once

#include "core/interchange/format.h"

namespace assay::core::interchange {

// Pascal VOC ("voc"): <annotation><folder/><filename/><path/><source><database/></source>
// <size><width/><height/><depth/></size><segmented/><object><name/><pose/><truncated/>
// <difficult/><bndbox><xmin/><ymin/><xmax/><ymax/></bndbox></object>...</annotation>.
//
// Pixel convention: the devkit's. xmin..xmax are 1-based pixel indices, both inclusive: a box over
// a whole W-pixel-wide image is xmin=1, xmax=W. In the dataset's continuous coordinates that is
// x = xmin - 1, w = xmax - xmin + 1 (detectron2's and Ultralytics' VOC converters agree).
// Export writes xmin = x + 1, xmax = x + w rounded to 15 significant digits (which drops the
// last-bit noise of the subtraction on import): integer boxes stay integers and
// VOC -> dataset -> VOC is exact for every value written with up to 15 digits.
// labelImg writes int(min corner) clamped to >= 1 and int(max corner), i.e. 0-based corners
// read as if 1-based: its boxes come in one pixel wider on the left and top than drawn; the
// devkit's reading is kept because the VOC benchmark files are what most VOC data is.
//
// Kept as box attributes: pose, truncated, difficult (0/1; always set, the devkit's defaults
// "Unspecified", 0, 0 when absent), occluded (bool, VOC2012, when present); as image
// attributes: folder, path, database, depth, segmented, so that a re-export writes them again.
// <part> children (person layout) and polygons are counted as unsupported shapes.
//  - read(path): one .xml file, or a folder: every .xml under it whose root is <annotation>.
//    Images are taken as <filename> in the XML's folder, or in ../JPEGImages/ for the devkit's
//    Annotations/ folder.
//  - write(dataset, folder): one XML per image, named after the image, next to where the image
//    path points (Annotations/ for JPEGImages/), tab-indented like labelImg.
class VocFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    // Parses one VOC XML into the dataset (one image and its boxes). `imageFolder` is prefixed
    // to <filename> ('/'-terminated or empty).
    static Status parse(const QByteArray &xml, const QString &path, const QString &imageFolder,
                        Dataset &dataset, const ReadOptions &options);
    static QByteArray serialize(const Dataset &dataset, int image);
    static QString annotationPathFor(const QString &imagePath);
};

} // namespace assay::core::interchange
