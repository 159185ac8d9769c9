// SPDX-License-Identifier: Apache-2.0
// The neutral dataset that every interchange format reads into and writes from, and the import report.
#pragma once

#include "core/domain/types.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace assay::core::interchange {

// One image of the dataset.
//  path      the file name or the path relative to the dataset root, with '/' separators, as the
//            source wrote it ("000000139.jpg", "train/a.jpg", "/data/upload/1/a.jpg" for Label
//            Studio). Formats that have no image list (COCO results) leave it empty.
//  width,    pixels; 0 when the source does not say and the image could not be probed.
//  height
//  sourceId  the image's id in the source file (COCO image id, CVAT image id, Label Studio task
//            id); empty when the format has none. Writers reuse numeric ids so that a re-export
//            keeps them.
//  attributes  extra per-image data a writer may need again (rarely used; kept small).
struct DatasetImage
{
    QString path;
    int width = 0;
    int height = 0;
    QString sourceId;
    QJsonObject attributes;
};

// One category (class). Categories are referred to by their index in Dataset::categories.
//  sourceId  COCO category id, YOLO class index, empty when the name is the only key (VOC, CVAT,
//            Label Studio, CSV).
//  attributes  e.g. COCO's supercategory.
struct DatasetCategory
{
    QString sourceId;
    QString name;
    QJsonObject attributes;
};

// One axis-aligned box in absolute pixel coordinates of its image: the region
// [x, x + w) x [y, y + h), continuous, origin at the top-left corner of the top-left pixel
// (COCO's convention; YOLO, Label Studio and CVAT convert into it exactly, VOC with the
// devkit's 1-based inclusive rule documented in vocformat.h).
//  image, category  indices into Dataset::images and Dataset::categories (always valid).
//  score     set for predictions (COCO results, Label Studio predictions, YOLO with confidence).
//  annotator who drew it, when the source says (Label Studio completed_by); empty otherwise.
//  sourceId  the box's id in the source, when it has a string id worth keeping (Label Studio
//            result id); COCO annotation ids are renumbered on export and not kept.
//  attributes  format flags kept for re-export and for the store: "occluded" (bool), "iscrowd"
//            (1, only when crowd regions are kept), "truncated"/"difficult" (VOC, 0/1),
//            "rotation" (degrees, Label Studio / CVAT), CVAT's own attributes (strings).
// Most boxes have none of the last four: they live out of line, allocated only when one is set
// and shared between copies, so that a box is small (see the static_assert below).
struct DatasetBox
{
    int image = -1;
    int category = -1;
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;

    std::optional<double> score() const { return m_extras ? m_extras->score : std::nullopt; }
    const QString &annotator() const { return m_extras ? m_extras->annotator : s_noText; }
    const QString &sourceId() const { return m_extras ? m_extras->sourceId : s_noText; }
    const QJsonObject &attributes() const
    {
        return m_extras ? m_extras->attributes : s_noAttributes;
    }
    // Whether a score is set or the annotator, the source id or the attributes are not empty.
    bool hasExtras() const
    {
        return m_extras
               && (m_extras->score || !m_extras->annotator.isEmpty()
                   || !m_extras->sourceId.isEmpty() || !m_extras->attributes.isEmpty());
    }

    // Unset or empty values allocate nothing on a box that has no extras yet.
    void setScore(std::optional<double> score)
    {
        if (!score && !m_extras)
            return;
        extras().score = score;
    }
    void setAnnotator(const QString &annotator)
    {
        if (annotator.isEmpty() && !m_extras)
            return;
        extras().annotator = annotator;
    }
    void setSourceId(const QString &sourceId)
    {
        if (sourceId.isEmpty() && !m_extras)
            return;
        extras().sourceId = sourceId;
    }
    void setAttributes(const QJsonObject &attributes)
    {
        if (attributes.isEmpty() && !m_extras)
            return;
        extras().attributes = attributes;
    }
    void setAttribute(const QString &key, const QJsonValue &value)
    {
        extras().attributes.insert(key, value);
    }

private:
    struct Extras : QSharedData
    {
        std::optional<double> score;
        QString annotator;
        QString sourceId;
        QJsonObject attributes;
    };

    Extras &extras()
    {
        if (!m_extras)
            m_extras.reset(new Extras);
        return *m_extras; // detaches when shared with a copy
    }

    static const QString s_noText;
    static const QJsonObject s_noAttributes;

    QSharedDataPointer<Extras> m_extras;
};

// A million-box import fills a list of boxes in fresh memory, and touching fresh pages costs as
// much as parsing: the box's size bounds the import's speed.
static_assert(sizeof(DatasetBox) <= 48);

// One whole-item classification label (image, text or audio).
//  item      the item's path or id as the source wrote it.
//  image     index into Dataset::images when the item is one of the dataset's images (CVAT tags,
//            Label Studio image tasks); -1 otherwise.
//  kind      image, text or audio: from the source (Label Studio data key) or from the item's
//            file extension; text when nothing tells.
//  category  index into Dataset::categories.
//  text      the item's content when the source embeds it instead of naming a file (Label
//            Studio data.text, a JSONL "text" field); empty otherwise.
struct DatasetLabel
{
    QString item;
    QString text;
    int image = -1;
    ItemKind kind = ItemKind::Image;
    int category = -1;
    QString annotator;
    std::optional<double> confidence;
};

// Content that was read but deliberately not imported. Counted, not an error.
enum class SkipReason {
    SegmentationPolygon, // COCO/YOLO/CVAT polygons: only their box is imported
    RleMask,             // COCO RLE masks, CVAT masks
    CrowdRegion,         // COCO iscrowd=1, unless ReadOptions::keepCrowd
    UnsupportedShape,    // points, polylines, cuboids, text spans, keypoints...
    CancelledAnnotation, // Label Studio was_cancelled
    InvalidBox,          // dropped after a warning (negative size, unknown category...)
};

// Something wrong in the source that the import worked around.
enum class WarningKind {
    NegativeSize,     // w or h < 0 (or 0): the box is dropped
    OutsideImage,     // the box crosses the image border: kept, or clipped with clipToImage
    UnknownCategory,  // category id / class index / label not declared: the box is dropped
    UnknownImage,     // the box refers to an image id that does not exist: the box is dropped
    MissingMedia,     // ReadOptions::mediaRoot is set and the file is not there
    UnknownImageSize, // needed to convert normalised coordinates and not available
    MalformedEntry,   // a line or element that could not be understood: skipped
    DuplicateId,      // two images or categories with one id: the first one wins
    UnsafeName,       // a class name with control or text-direction characters: replaced by U+FFFD
};

// Something the source wrote loosely whose meaning is clear: read by that meaning, and counted
// in the report (never silently).
enum class Leniency {
    FlagAsBoolean, // a 0/1 flag written as true/false ("iscrowd": true)
    FlagAsText,    // a flag written as text ("iscrowd": "false", "1")
    NumberAsText,  // a number written as text ("bbox": ["10", "20", "5", "5"], "width": "640")
    SizeFromImage, // the image's width and height were missing: read from its file's header
    UnknownField,  // a field the format does not define: ignored
};

QString skipReasonName(SkipReason reason); // "segmentation-polygon", ...
QString warningKindName(WarningKind kind); // "negative-size", ...
QString leniencyName(Leniency leniency);   // "flag-as-boolean", ...

struct ImportWarning
{
    WarningKind kind = WarningKind::MalformedEntry;
    QString message; // translated
    QString file;    // the file concerned
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;  // 1-based; 0 when unknown

    QString toString() const; // "file:line:column: message"
};

// What an import skipped and why. Counts are exact; details are kept for the first
// maxWarningDetails warnings only, so that a million bad boxes do not cost a million strings.
struct ImportReport
{
    QMap<SkipReason, qint64> skipped;
    QMap<WarningKind, qint64> warningCounts;
    QMap<Leniency, qint64> lenient;
    QList<ImportWarning> warnings;
    qint64 imagesWithoutAnnotations = 0;
    qint64 clippedBoxes = 0;
    int maxWarningDetails = 1000;

    void skip(SkipReason reason, qint64 count = 1) { skipped[reason] += count; }
    void allow(Leniency leniency, qint64 count = 1)
    {
        if (count > 0)
            lenient[leniency] += count;
    }
    qint64 lenientCount(Leniency leniency) const { return lenient.value(leniency); }
    // Whether the next warning will keep its details (callers skip costly line counting if not).
    bool wantsDetail() const { return warnings.size() < maxWarningDetails; }
    void warn(WarningKind kind, const QString &message, const QString &file, int line = 0,
              int column = 0);
    qint64 skippedCount(SkipReason reason) const { return skipped.value(reason); }
    qint64 warningCount(WarningKind kind) const { return warningCounts.value(kind); }
    QString summary() const; // one line per count, translated
};

// The neutral in-memory dataset. Plain values; the store writes it in one transaction.
struct Dataset
{
    QString format;     // the format it was read from ("coco", "yolo", ...)
    QString sourcePath; // the file or folder it was read from
    QList<DatasetImage> images;
    QList<DatasetCategory> categories;
    QList<DatasetBox> boxes;
    QList<DatasetLabel> labels;
    // Folders the format keeps its media in, relative to the dataset or the media root, tried
    // when an image is not where its path says ("train2017" and "images/train2017" for COCO's
    // instances_train2017.json, "JPEGImages" for VOC).
    QStringList mediaFolders;
    ImportReport report;

    // Index of the category with this name, added (with sourceId) when missing.
    int categoryIndex(const QString &name, const QString &sourceId = {});
    int findCategory(const QString &name) const;
    // Index of the image with this path, or -1.
    int findImage(const QString &path) const;
};

} // namespace assay::core::interchange

// A box is its fields and one pointer: moved by memcpy when the list grows.
Q_DECLARE_TYPEINFO(assay::core::interchange::DatasetBox, Q_RELOCATABLE_TYPE);
