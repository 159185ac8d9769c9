// SPDX-License-Identifier: Apache-2.0
// Label Studio JSON export (tasks with annotations and predictions): import and export.
#pragma once

#include "core/interchange/format.h"

namespace assay::core::interchange {

// Label Studio ("labelstudio"): the "JSON" export, a list of tasks
// {id, data: {image|text|audio: ...}, annotations: [{id, completed_by, was_cancelled,
// result: [...]}], predictions: [{model_version, score, result: [...]}]}.
//  - result type "rectanglelabels": value {x, y, width, height, rotation, rectanglelabels} in
//    percent of original_width / original_height; one box per label. Rotation (degrees,
//    clockwise about the top-left corner, as Label Studio turns boxes) is kept as attribute
//    "rotation"; x, y, w, h stay those of the unrotated box.
//  - "choices": classification labels of the task's item, one per choice.
//  - Other result types (labels, polygonlabels, brushlabels, keypointlabels, textarea...) are
//    counted as skipped; cancelled annotations too.
//  - Annotator: completed_by's email, or its id. Predictions: annotator = model_version, score =
//    the result's score, else the prediction's, else 1.
//  - Image tasks give one image each (path = data.image as written, e.g.
//    "/data/upload/3/abc-a.jpg"); text and audio tasks give labels with item = the file or URL,
//    or for inline text item = "task <id>" and text = the content.
//  - Export: one task per image (id = its numeric source id, else 1..n), one annotation per
//    annotator, scored boxes as predictions; percentages with 12 significant digits; from_name
//    "label" / "choice", to_name "image" / "text" / "audio" (the labeling config must use these
//    names). Result ids are the boxes' source ids, else "b<n>".
class LabelStudioFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    static Result<Dataset> parse(const QByteArray &json, const QString &path,
                                 const ReadOptions &options);
    static QByteArray serialize(const Dataset &dataset, const WriteOptions &options,
                                QStringList *warnings = nullptr);
};

} // namespace assay::core::interchange
