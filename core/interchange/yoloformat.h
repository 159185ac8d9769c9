// SPDX-License-Identifier: Apache-2.0
// YOLO text labels (Ultralytics and labelImg layouts): import and export.
#pragma once

#include "core/interchange/format.h"

#include <QMap>

namespace assay::core::interchange {

// YOLO ("yolo"): one .txt per image, a line `class cx cy w h` per box, normalised to 0..1 by
// the image's size (which only the image itself knows: its header is read, the pixels never).
//  - Layouts: Ultralytics (dataset/images/train/a.jpg with dataset/labels/train/a.txt: the last
//    "images" folder of the path becomes "labels") and labelImg (a.txt next to a.jpg).
//  - Class names: data.yaml (Ultralytics; `names` a list or a mapping {0: person}, block or
//    flow style), else classes.txt (labelImg) or obj.names (Darknet), else the indices.
//  - A sixth number is a confidence (Ultralytics save_conf): the box's score. More numbers are a
//    segmentation polygon: counted, skipped.
//  - read(path): the dataset folder, its data.yaml, or its classes.txt.
//  - write(dataset, folder): classes.txt, data.yaml (names as a mapping) and one label file per
//    image (empty when it has no boxes), class indices by the order of the categories; numbers
//    with 12 significant digits, so that re-exports are byte-identical.
class YoloFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    struct DataYaml
    {
        QMap<int, QString> names; // class index -> name
        QString path;             // the `path:` key, as written
    };
    // The subset of YAML that data.yaml files use: top-level keys, `names` as a block or flow
    // list or mapping, quoted or plain scalars, comments.
    static Result<DataYaml> parseDataYaml(const QByteArray &yaml, const QString &path);
    // One label file's boxes for dataset.images[image], whose size must be known. Classes index
    // dataset.categories; with `namesKnown` false, unknown indices create categories.
    static void parseLabelFile(const QByteArray &text, const QString &path, int image,
                               Dataset &dataset, const ReadOptions &options, bool namesKnown);
    // Where the label file of an image goes (relative paths, '/' separators).
    static QString labelPathFor(const QString &imagePath);
};

} // namespace assay::core::interchange
