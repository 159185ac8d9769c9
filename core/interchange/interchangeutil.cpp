// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the format plug-ins: file I/O, number formatting, JSON writing, box checks.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/interchange/interchangeutil_p.h"
#include "core/interchange/imageheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

#include <charconv>
#include <cmath>
#include <cstring>

namespace assay::core::interchange::detail {

Error ioError(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Io, reason, path);
}

Error parseError(const QString &path, int line, int column, const QString &reason)
{
    QString message;
    if (line > 0)
        message = Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(reason);
    else
        message = reason;
    return makeError(ErrorCode::InvalidInput, message, path);
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("file not found"), path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(path, Tr::tr("cannot open for reading: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ioError(path, Tr::tr("read failed: %1").arg(file.errorString()));
    return bytes;
}

Status writeWholeFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(path, Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, Tr::tr("cannot open for writing: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return ioError(path, Tr::tr("write failed: %1").arg(file.errorString()));
    return {};
}

TextPosition positionAt(const char *begin, qsizetype offset)
{
    TextPosition pos;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (begin[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    pos.column = int(offset - lineStart + 1);
    return pos;
}

TextPosition LineCounter::at(const char *pointer)
{
    qsizetype offset = pointer - m_begin;
    if (offset < 0 || offset > m_size)
        return {0, 0};
    if (offset < m_offset) { // out of order: start again
        m_offset = 0;
        m_line = 1;
        m_lineStart = 0;
    }
    for (const char *p = m_begin + m_offset, *end = m_begin + offset; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        ++m_line;
        p = static_cast<const char *>(nl) + 1;
        m_lineStart = p - m_begin;
    }
    m_offset = offset;
    return {m_line, int(offset - m_lineStart + 1)};
}

bool acceptBox(Dataset &dataset, DatasetBox &box, const ReadOptions &options, const QString &file,
               int line, int column)
{
    ImportReport &report = dataset.report;
    if (!std::isfinite(box.x) || !std::isfinite(box.y) || !std::isfinite(box.w)
        || !std::isfinite(box.h) || !(box.w > 0) || !(box.h > 0)) {
        report.warn(WarningKind::NegativeSize,
                    report.wantsDetail()
                            ? Tr::tr("box %1 %2 %3 %4 has no positive size; skipped")
                                      .arg(shortestString(box.x), shortestString(box.y),
                                           shortestString(box.w), shortestString(box.h))
                            : QString(),
                    file, line, column);
        report.skip(SkipReason::InvalidBox);
        return false;
    }
    if (box.image < 0 || box.image >= dataset.images.size())
        return true;
    const DatasetImage &image = dataset.images.at(box.image);
    if (image.width <= 0 || image.height <= 0)
        return true;
    const double W = image.width;
    const double H = image.height;
    if (box.x >= 0 && box.y >= 0 && box.x + box.w <= W && box.y + box.h <= H)
        return true;
    if (!options.clipToImage) {
        if (report.wantsDetail())
            report.warn(WarningKind::OutsideImage,
                        Tr::tr("box %1 %2 %3 %4 crosses the border of %5 (%6x%7)")
                                .arg(shortestString(box.x), shortestString(box.y),
                                     shortestString(box.w), shortestString(box.h), image.path)
                                .arg(image.width)
                                .arg(image.height),
                        file, line, column);
        else
            report.warn(WarningKind::OutsideImage, {}, file);
        return true;
    }
    const double x0 = qBound(0.0, box.x, W);
    const double y0 = qBound(0.0, box.y, H);
    const double x1 = qBound(0.0, box.x + box.w, W);
    const double y1 = qBound(0.0, box.y + box.h, H);
    report.warn(WarningKind::OutsideImage,
                Tr::tr("box %1 %2 %3 %4 crosses the border of %5 (%6x%7); clipped")
                        .arg(shortestString(box.x), shortestString(box.y), shortestString(box.w),
                             shortestString(box.h), image.path)
                        .arg(image.width)
                        .arg(image.height),
                file, line, column);
    if (!(x1 > x0) || !(y1 > y0)) {
        report.skip(SkipReason::InvalidBox); // wholly outside: nothing left
        return false;
    }
    box.x = x0;
    box.y = y0;
    box.w = x1 - x0;
    box.h = y1 - y0;
    ++report.clippedBoxes;
    return true;
}

void checkMedia(Dataset &dataset, const ReadOptions &options)
{
    if (options.mediaRoot.isEmpty())
        return;
    MediaResolver resolver(mediaResolverOptions(dataset, options));
    auto check = [&](const QString &path, const QString &subset) {
        if (path.isEmpty() || resolver.resolve(path, subset).found())
            return;
        dataset.report.warn(WarningKind::MissingMedia,
                            Tr::tr("media file %1 not found under %2").arg(path, options.mediaRoot),
                            dataset.sourcePath);
    };
    for (const DatasetImage &image : std::as_const(dataset.images))
        check(image.path, image.attributes.value(QLatin1String("subset")).toString());
    QSet<QString> seen;
    for (const DatasetLabel &label : std::as_const(dataset.labels)) {
        // Text items are often ids or the text itself, not files: only look for file-like items.
        if (label.image >= 0 || !kindFromExtension(label.item) || seen.contains(label.item))
            continue;
        seen.insert(label.item);
        check(label.item, {});
    }
}

MediaResolver::Options mediaResolverOptions(const Dataset &dataset, const ReadOptions &options)
{
    MediaResolver::Options o;
    const QFileInfo source(dataset.sourcePath);
    o.annotationPath = source.absoluteFilePath();
    o.mediaRoot = options.mediaRoot.isEmpty()
                          ? (source.isDir() ? source.absoluteFilePath() : source.absolutePath())
                          : QFileInfo(options.mediaRoot).absoluteFilePath();
    o.mediaFolders = dataset.mediaFolders;
    return o;
}

void readMissingSizes(Dataset &dataset, const ReadOptions &options)
{
    std::optional<MediaResolver> resolver;
    const ImageSizeProbe probe = options.imageSizeProbe ? options.imageSizeProbe
                                                        : ImageSizeProbe(&probeImageSize);
    qint64 read = 0;
    // Read through a const reference: the list is not detached (copied) unless a size is set.
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = std::as_const(dataset.images)[i];
        if ((image.width > 0 && image.height > 0) || image.path.isEmpty())
            continue;
        if (!resolver)
            resolver.emplace(mediaResolverOptions(dataset, options));
        const MediaMatch match
                = resolver->resolve(image.path,
                                    image.attributes.value(QLatin1String("subset")).toString());
        if (!match.found())
            continue;
        const QSize size = probe(match.path);
        if (!size.isValid())
            continue;
        dataset.images[i].width = size.width();
        dataset.images[i].height = size.height();
        ++read;
    }
    dataset.report.allow(Leniency::SizeFromImage, read);
}

std::optional<double> lenientNumber(const QJsonValue &value, ImportReport &report)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().trimmed().toUtf8();
    double d = 0;
    if (text.isEmpty() || !parseNumber(std::string_view(text.constData(), size_t(text.size())), &d))
        return std::nullopt;
    report.allow(Leniency::NumberAsText);
    return d;
}

std::optional<bool> lenientFlag(const QString &text, ImportReport &report)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    double v = 0;
    if (parseNumber(t, &v))
        return v != 0;
    const QString lower = t.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes")) {
        report.allow(Leniency::FlagAsText);
        return true;
    }
    if (lower == QLatin1String("false") || lower == QLatin1String("no")) {
        report.allow(Leniency::FlagAsText);
        return false;
    }
    return std::nullopt;
}

void countImagesWithoutAnnotations(Dataset &dataset)
{
    std::vector<bool> used(size_t(dataset.images.size()), false);
    for (const DatasetBox &box : std::as_const(dataset.boxes)) {
        if (box.image >= 0 && box.image < dataset.images.size())
            used[size_t(box.image)] = true;
    }
    for (const DatasetLabel &label : std::as_const(dataset.labels)) {
        if (label.image >= 0 && label.image < dataset.images.size())
            used[size_t(label.image)] = true;
    }
    dataset.report.imagesWithoutAnnotations = std::count(used.begin(), used.end(), false);
}

std::optional<ItemKind> kindFromExtension(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || dot < slash)
        return std::nullopt;
    const QString ext = path.mid(dot + 1).toLower();
    static const QStringList images = {"jpg", "jpeg", "png",  "bmp", "gif", "webp",
                                       "tif", "tiff", "jfif", "pgm", "ppm", "pbm"};
    static const QStringList audio = {"wav", "flac", "mp3", "ogg", "opus", "m4a", "aac", "aiff"};
    static const QStringList text = {"txt", "md", "html", "htm", "json"};
    if (images.contains(ext))
        return ItemKind::Image;
    if (audio.contains(ext))
        return ItemKind::Audio;
    if (text.contains(ext))
        return ItemKind::Text;
    return std::nullopt;
}

bool isImageFileName(const QString &fileName)
{
    const auto kind = kindFromExtension(fileName);
    return kind && *kind == ItemKind::Image;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id >= 0;
}

} // namespace assay::core::interchange::detail

#include <QDirIterator>
#include <QXmlStreamReader>

namespace assay::core::interchange::detail {

QByteArray readHead(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

QByteArray readTail(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > bytes && !file.seek(file.size() - bytes))
        return {};
    return file.read(bytes);
}

char firstSignificantByte(const QByteArray &head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (; i < head.size(); ++i) {
        const char c = head.at(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return c;
    }
    return 0;
}

QString xmlRootElement(const QByteArray &head)
{
    QXmlStreamReader xml(head);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name().toString();
    }
    return {};
}

QStringList filesUnder(const QString &folder, const QStringList &suffixes, int maxDepth)
{
    QStringList out;
    const QString root = QDir(folder).absolutePath();
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.mid(root.size()).count(QLatin1Char('/')) > maxDepth)
            continue;
        for (const QString &suffix : suffixes) {
            if (path.endsWith(suffix, Qt::CaseInsensitive)) {
                out << path;
                break;
            }
        }
    }
    out.sort();
    return out;
}

QString relativePath(const QString &root, const QString &absolute)
{
    return QDir(root).relativeFilePath(absolute);
}

} // namespace assay::core::interchange::detail
