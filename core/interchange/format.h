// SPDX-License-Identifier: Apache-2.0
// The plug-in interfaces of the interchange layer: one importer and one exporter per file format.
#pragma once

#include "core/interchange/dataset.h"
#include "core/result.h"

#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace assay::core::interchange {

// Reads just enough of an image file to know its size (never decodes the pixels).
// Returns an invalid QSize when the file is not a readable image.
using ImageSizeProbe = std::function<QSize(const QString &absolutePath)>;

struct ReadOptions
{
    // Clip boxes that cross the image border to the image (a warning is given either way).
    bool clipToImage = false;
    // Keep COCO crowd regions (iscrowd=1) as boxes with attribute iscrowd=1 instead of skipping.
    bool keepCrowd = false;
    // When set, every image or item path is looked up under this folder and a missing file is
    // a warning. Relative paths are taken relative to it, absolute ones as they are.
    QString mediaRoot;
    // COCO results: the instances file whose image ids and category ids the results refer to.
    // Without it, images and categories are created from the ids alone.
    QString referencePath;
    // CSV/JSONL: the kind of every item; unset: guessed from each item's file extension.
    std::optional<ItemKind> itemKind;
    // YOLO: how image sizes are read; unset: the built-in header reader (imageheader.h).
    ImageSizeProbe imageSizeProbe;
    // Detail kept for at most this many warnings (counts are always exact).
    int maxWarningDetails = 1000;
    // Called by readers that can (COCO's) once the images are read, before what follows them,
    // on the reading thread: a caller may start matching them meanwhile. The dataset's list may
    // still change afterwards (a file naming "images" twice, sizes read from the files): a copy
    // taken here shares its data only while it stays the same.
    std::function<void(const QList<DatasetImage> &images)> imagesRead;
    // Called by readers that can (COCO's) with the number of boxes they expect, guessed from the
    // first annotations, on the reading thread: a caller may prepare memory for them meanwhile.
    std::function<void(qint64 boxes)> boxesExpected;
};

struct WriteOptions
{
    // Indent JSON (COCO, Label Studio, JSONL never). Off: one line, as pycocotools-sized files
    // want.
    bool prettyJson = false;
    // Compute the SHA-256 of what is written on another core as it is written, where the
    // format can (WrittenFiles::sha256): an export's manifest wants it.
    bool sha256 = false;
};

// The files an export wrote, and what it could not express in the target format.
struct WrittenFiles
{
    QStringList files;    // absolute paths, in the order written
    QStringList warnings; // translated, e.g. "12 classification labels: COCO has no place for them"
    // SHA-256 (hex) of the files a writer hashed as it wrote them, by absolute path; the others
    // are read again for the manifest.
    QHash<QString, QByteArray> sha256;
};

// How sure an importer is that it can read a path: 0 no, 100 certain.
using Confidence = int;

class IImporter
{
public:
    virtual ~IImporter() = default;
    virtual QString name() const = 0;        // stable identifier: "coco", "yolo", ...
    virtual QString displayName() const = 0; // translated
    virtual Confidence canRead(const QString &path) const = 0;
    virtual Result<Dataset> read(const QString &path, const ReadOptions &options) const = 0;
};

class IExporter
{
public:
    virtual ~IExporter() = default;
    virtual QString name() const = 0;
    virtual QString displayName() const = 0;
    // outPath is a file for single-file formats (COCO, Label Studio, CVAT, CSV, JSONL) and a
    // folder for per-image formats (YOLO, VOC). Output is byte-identical for equal datasets.
    virtual Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                                       const WriteOptions &options) const = 0;
};

} // namespace assay::core::interchange
