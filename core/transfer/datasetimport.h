// SPDX-License-Identifier: Apache-2.0
// Labels and predictions from other tools into a project: any interchange format, one
// transaction, a report of everything that was skipped or worked around.
#pragma once

#include "core/domain/types.h"
#include "core/interchange/dataset.h"
#include "core/interchange/mediaresolver.h"
#include "core/result.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <optional>

namespace assay::core {
class Project;
}

namespace assay::core::transfer {

struct ImportOptions
{
    QString format; // a format name, or "auto"/empty to recognise it
    // Where the dataset's media are. Unset: the folder given (YOLO, VOC) or the folder of the
    // file given (COCO, Label Studio, CVAT, CSV, JSONL).
    QString mediaRoot;
    QString asPerson;        // whose labels these are (name or id); unset: the acting person
    bool addClasses = false; // add classes the taxonomy lacks; otherwise nothing is written
    bool clip = false;       // clip boxes that cross the image border (reported either way)
    bool keepCrowd = false;  // COCO iscrowd=1 regions as boxes (skipped and counted otherwise)
    // Predictions: kept as suggestions for annotators, with their scores, not as labels.
    bool prelabels = false;
    QString model;         // the model's name for pre-labels; unset: the file's base name
    QString referencePath; // COCO results: the instances file its ids refer to
    std::optional<ItemKind> itemKind; // CSV/JSONL items; unset: from each file's extension
    bool dryRun = false;              // read, match and report; write nothing
    // Called from the calling thread: a percentage and what is being done.
    std::function<void(int percent, const QString &phase)> progress;
    const std::atomic<bool> *cancel = nullptr; // set: stop and roll back
};

struct ImportSummary
{
    QString format;
    bool detected = false;   // the format was recognised, not named
    QString source;          // absolute path read
    qint64 images = 0;       // images in the dataset
    qint64 itemsMatched = 0; // dataset images/items already in the project
    qint64 itemsAdded = 0;   // media added to the project by this import
    qint64 annotations = 0;  // annotations written (one per item and person)
    qint64 boxes = 0;
    qint64 labels = 0;       // whole-item class labels
    qint64 prelabels = 0;    // suggestions written (pre-label imports)
    qint64 droppedBoxes = 0; // boxes of images that are missing or could not be added
    qint64 droppedLabels = 0;
    qint64 missingMediaCount = 0;
    QStringList missingMedia;  // the first 1000
    QStringList rejectedMedia; // "path: reason" for media the intake refused
    // Images and item files found, by the media resolver's rule that found them (a project item
    // found by its unique file name counts as MediaRule::UniqueName).
    QMap<interchange::MediaRule, qint64> mediaFoundBy;
    // Names that more than one file under the media root has: reported, never guessed.
    qint64 ambiguousMediaCount = 0;
    QList<interchange::MediaMatch> ambiguousMedia; // the first 1000
    QStringList newClasses;                        // classes the taxonomy did not have
    bool classesAdded = false;
    QStringList unknownAnnotators; // source annotators who are not people of the project
    interchange::ImportReport report;
    Id eventId; // the "dataset.imported" event; empty for a dry run
    bool dryRun = false;

    QJsonObject toJson() const;
    QString text() const; // translated, several lines
};

// Fails, leaving the project exactly as it was, when the file cannot be read, when it names
// classes the taxonomy lacks and addClasses is off, when the person may not import, or when
// cancelled. Problems with single entries are reported in the summary instead.
Result<ImportSummary> importDataset(assay::core::Project &store, const QString &path,
                                    const ImportOptions &options = {});

} // namespace assay::core::transfer
