// SPDX-License-Identifier: Apache-2.0
// CVAT for images XML 1.1: import and export.
#pragma once

#include "core/interchange/format.h"

namespace assay::core::interchange {

// CVAT for images 1.1 ("cvat"): <annotations><version>1.1</version><meta><task|project>
// <labels><label><name/>...</label></labels></...></meta><image id name width height>
// <box label source occluded xtl ytl xbr ybr z_order [rotation] [group_id]>
// <attribute name="...">value</attribute></box><tag label source/>...</image></annotations>.
//  - Labels come from meta (task or project); with no labels in meta they are made as met, with
//    labels in meta an undeclared one is an unknown category.
//  - Box attributes: occluded (bool, always), z_order and group_id (int, when not 0), source
//    (when not "manual"), rotation (degrees, when not 0), and every <attribute> child by name,
//    as text. Export writes the first five as XML attributes and any other key as a child.
//  - <tag> gives a classification label of the image. Polygons, polylines, points, cuboids,
//    masks, ellipses and skeletons are counted as skipped (polygons and masks by their kind).
//  - Coordinates are CVAT's continuous pixels, unchanged: x = xtl, w = xbr - xtl. Export
//    writes xbr = x + w rounded to 15 significant digits (CVAT itself writes 2 decimals; more
//    digits read back the same and keep exported predictions exact).
class CvatFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    static Result<Dataset> parse(const QByteArray &xml, const QString &path,
                                 const ReadOptions &options);
    static QByteArray serialize(const Dataset &dataset, QStringList *warnings = nullptr);
};

} // namespace assay::core::interchange
