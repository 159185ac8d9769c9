// SPDX-License-Identifier: Apache-2.0
// The neutral dataset's helpers and the import report's bookkeeping.
#include "core/interchange/dataset.h"
#include "core/base/tr.h"
#include "core/base/names.h"

#include <QCoreApplication>

namespace assay::core::interchange {

const QString DatasetBox::s_noText;
const QJsonObject DatasetBox::s_noAttributes;

QString skipReasonName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::SegmentationPolygon: return QStringLiteral("segmentation-polygon");
    case SkipReason::RleMask: return QStringLiteral("rle-mask");
    case SkipReason::CrowdRegion: return QStringLiteral("crowd-region");
    case SkipReason::UnsupportedShape: return QStringLiteral("unsupported-shape");
    case SkipReason::CancelledAnnotation: return QStringLiteral("cancelled-annotation");
    case SkipReason::InvalidBox: return QStringLiteral("invalid-box");
    }
    return QStringLiteral("unknown");
}

QString warningKindName(WarningKind kind)
{
    switch (kind) {
    case WarningKind::NegativeSize: return QStringLiteral("negative-size");
    case WarningKind::OutsideImage: return QStringLiteral("outside-image");
    case WarningKind::UnknownCategory: return QStringLiteral("unknown-category");
    case WarningKind::UnknownImage: return QStringLiteral("unknown-image");
    case WarningKind::MissingMedia: return QStringLiteral("missing-media");
    case WarningKind::UnknownImageSize: return QStringLiteral("unknown-image-size");
    case WarningKind::MalformedEntry: return QStringLiteral("malformed-entry");
    case WarningKind::DuplicateId: return QStringLiteral("duplicate-id");
    case WarningKind::UnsafeName: return QStringLiteral("unsafe-name");
    }
    return QStringLiteral("unknown");
}

QString leniencyName(Leniency leniency)
{
    switch (leniency) {
    case Leniency::FlagAsBoolean: return QStringLiteral("flag-as-boolean");
    case Leniency::FlagAsText: return QStringLiteral("flag-as-text");
    case Leniency::NumberAsText: return QStringLiteral("number-as-text");
    case Leniency::SizeFromImage: return QStringLiteral("size-from-image");
    case Leniency::UnknownField: return QStringLiteral("unknown-field");
    }
    return QStringLiteral("unknown");
}

static QString leniencyText(Leniency leniency, qint64 count)
{
    switch (leniency) {
    case Leniency::FlagAsBoolean:
        return Tr::tr("read leniently: %1 flags written as true/false instead of 1/0").arg(count);
    case Leniency::FlagAsText:
        return Tr::tr("read leniently: %1 flags written as text (\"false\", \"1\")").arg(count);
    case Leniency::NumberAsText:
        return Tr::tr("read leniently: %1 numbers written as text").arg(count);
    case Leniency::SizeFromImage:
        return Tr::tr("read leniently: %1 image sizes missing, taken from the image files")
                .arg(count);
    case Leniency::UnknownField:
        return Tr::tr("read leniently: %1 fields the format does not define, ignored").arg(count);
    }
    return {};
}

QString ImportWarning::toString() const
{
    QString where = printable(file);
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

void ImportReport::warn(WarningKind kind, const QString &message, const QString &file, int line,
                        int column)
{
    warningCounts[kind] += 1;
    if (warnings.size() < maxWarningDetails)
        warnings.append(ImportWarning{kind, message, file, line, column});
}

QString ImportReport::summary() const
{
    QStringList lines;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        lines << Tr::tr("skipped %1: %2").arg(skipReasonName(it.key())).arg(it.value());
    for (auto it = warningCounts.cbegin(); it != warningCounts.cend(); ++it)
        lines << Tr::tr("warning %1: %2").arg(warningKindName(it.key())).arg(it.value());
    if (imagesWithoutAnnotations > 0)
        lines << Tr::tr("images without annotations: %1").arg(imagesWithoutAnnotations);
    if (clippedBoxes > 0)
        lines << Tr::tr("boxes clipped to the image: %1").arg(clippedBoxes);
    for (auto it = lenient.cbegin(); it != lenient.cend(); ++it)
        lines << leniencyText(it.key(), it.value());
    return lines.join(QLatin1Char('\n'));
}

int Dataset::categoryIndex(const QString &name, const QString &sourceId)
{
    const int found = findCategory(name);
    if (found >= 0)
        return found;
    categories.append(DatasetCategory{sourceId, name, {}});
    return int(categories.size() - 1);
}

int Dataset::findCategory(const QString &name) const
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.at(i).name == name)
            return int(i);
    }
    return -1;
}

int Dataset::findImage(const QString &path) const
{
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (images.at(i).path == path)
            return int(i);
    }
    return -1;
}

} // namespace assay::core::interchange
