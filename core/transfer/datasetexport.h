// SPDX-License-Identifier: Apache-2.0
// Dataset snapshots: a project's labels out in any interchange format, with a manifest that
// says what was taken (log head, taxonomy and guideline versions, batches and their acceptance
// figures) and the SHA-256 of every file written.
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace assay::core {
class Project;
}

namespace assay::core::transfer {

struct ExportOptions
{
    QString format; // an exporter name: coco, yolo, voc, labelstudio, cvat, csv, jsonl
    // Off (the default): only final labels, from done tasks of accepted batches (several
    // annotators of one item are reduced to one: the consensus class, and the set of boxes that
    // agrees best with the others). On: every annotation, imported ones included, each with
    // its annotator, and every image of the project.
    bool all = false;
    bool prettyJson = false;
    // The taxonomy version whose classes the export names (0: the current one): labels are
    // mapped through the merges and splits recorded up to that version.
    int taxonomyVersion = 0;
    std::function<void(int percent, const QString &phase)> progress;
    const std::atomic<bool> *cancel = nullptr; // set: stop; files written so far are removed
};

struct ExportSummary
{
    QString format;
    QString selection; // "final" or "all"
    QString manifestPath;
    QStringList files; // absolute, data files then the manifest
    qint64 images = 0;
    qint64 items = 0; // items with at least one label
    qint64 boxes = 0;
    qint64 labels = 0;
    qint64 annotationsLeftOut = 0; // not final (not done, or batch not accepted, or imported)
    qint64 ties = 0;               // items whose annotators tied: no class label exported
    QStringList warnings;

    QJsonObject toJson() const;
    QString text() const;
};

// outPath: a file (COCO, Label Studio, CVAT, CSV, JSONL) or a folder (YOLO, VOC). The manifest
// is written beside a file ("<file>.manifest.json") or into the folder ("manifest.json").
// Exporting an unchanged project twice writes byte-identical files.
Result<ExportSummary> exportDataset(assay::core::Project &store, const QString &outPath,
                                    const ExportOptions &options);

} // namespace assay::core::transfer
