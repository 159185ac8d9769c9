// SPDX-License-Identifier: Apache-2.0
// COCO instances JSON and COCO results JSON: import and export.
#pragma once

#include "core/interchange/format.h"

namespace assay::core::interchange {

// COCO instances ("coco"): {"images": [{id, file_name, width, height}], "annotations": [{id,
// image_id, category_id, bbox: [x, y, w, h] absolute pixels, iscrowd, segmentation, area}],
// "categories": [{id, name, supercategory}]}, keys in any order, ids non-contiguous, numbers or
// strings.
//  - iscrowd=1 regions are skipped (SkipReason::CrowdRegion) unless ReadOptions::keepCrowd; kept
//    ones carry attribute iscrowd=1.
//  - Polygon segmentations and RLE masks are counted (their box is imported, the shape not).
//  - An annotation's "attributes" object (CVAT's COCO export) becomes the box's attributes, and
//    "score" its score.
//  - read(path): the .json file, or a folder holding exactly one (also in annotations/).
//  - Export: info, licenses, images, annotations, categories in that order; image and category
//    ids are the source ids when all are unique non-negative integers, else 1..n; annotation ids
//    1..n in dataset order; area = w*h; segmentation [].
class CocoFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    // Parses a COCO instances text; `path` names it in messages. The bytes need not be padded.
    static Result<Dataset> parse(const QByteArray &json, const QString &path,
                                 const ReadOptions &options);
    static QByteArray serialize(const Dataset &dataset, const WriteOptions &options,
                                QStringList *warnings = nullptr);
};

// COCO results ("coco-results"): [{image_id, category_id, bbox, score}], the detector output
// pycocotools' loadRes reads. Boxes become predictions (score set). Image and category ids are
// resolved through ReadOptions::referencePath (a COCO instances file) when given; otherwise one
// image (empty path) and one category (named by its id) per id, in increasing id order.
// Export writes every box; a box without score is written with score 1.
class CocoResultsFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    static Result<Dataset> parse(const QByteArray &json, const QString &path,
                                 const ReadOptions &options, const Dataset *reference = nullptr);
    static QByteArray serialize(const Dataset &dataset, const WriteOptions &options,
                                QStringList *warnings = nullptr);
};

} // namespace assay::core::interchange
