// SPDX-License-Identifier: Apache-2.0
// Pascal VOC XML (one file per image, as the VOC devkit and labelImg write it): import and export.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/interchange/vocformat.h"

#include "core/interchange/xmlsupport_p.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

namespace assay::core::interchange {

using namespace detail;

namespace {

// Text of a leaf element; nested elements are skipped.
QString readText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

struct VocObject
{
    QString name;
    double corners[4] = {0, 0, 0, 0};
    bool has[4] = {false, false, false, false};
    bool badNumber = false;
    QJsonObject attributes;
    qint64 line = 0;
    qint64 column = 0;
};

void readBndbox(QXmlStreamReader &xml, VocObject &object)
{
    static const char *const names[4] = {"xmin", "ymin", "xmax", "ymax"};
    while (xml.readNextStartElement()) {
        int which = -1;
        for (int i = 0; i < 4; ++i) {
            if (xml.name() == QLatin1String(names[i]))
                which = i;
        }
        if (which < 0) {
            skipElement(xml);
            continue;
        }
        double v = 0;
        if (parseNumber(readText(xml), &v)) {
            object.corners[which] = v;
            object.has[which] = true;
        } else {
            object.badNumber = true;
        }
    }
}

// <difficult>1</difficult>, also "true"/"false" (counted); anything else is unset, with a
// warning.
bool readFlag(QXmlStreamReader &xml, const QString &name, Dataset &dataset, const QString &path)
{
    const QString text = readText(xml);
    if (const auto flag = lenientFlag(text, dataset.report))
        return *flag;
    dataset.report.warn(WarningKind::MalformedEntry,
                        Tr::tr("<%1> must be 0 or 1, not \"%2\"; read as 0").arg(name, text), path,
                        int(xml.lineNumber()), int(xml.columnNumber()));
    return false;
}

void readObject(QXmlStreamReader &xml, VocObject &object, Dataset &dataset, const QString &path)
{
    // The devkit's defaults, so that a file that leaves them out exports like one that has them.
    object.attributes.insert(QStringLiteral("pose"), QStringLiteral("Unspecified"));
    object.attributes.insert(QStringLiteral("truncated"), 0);
    object.attributes.insert(QStringLiteral("difficult"), 0);
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            object.name = readText(xml);
        } else if (name == QLatin1String("bndbox")) {
            readBndbox(xml, object);
        } else if (name == QLatin1String("pose")) {
            object.attributes.insert(QStringLiteral("pose"), readText(xml));
        } else if (name == QLatin1String("truncated") || name == QLatin1String("difficult")) {
            const QString key = name.toString();
            object.attributes.insert(key, readFlag(xml, key, dataset, path) ? 1 : 0);
        } else if (name == QLatin1String("occluded")) {
            object.attributes.insert(QStringLiteral("occluded"),
                                     readFlag(xml, QStringLiteral("occluded"), dataset, path));
        } else if (name == QLatin1String("part") || name == QLatin1String("polygon")) {
            dataset.report.skip(SkipReason::UnsupportedShape);
            skipElement(xml);
        } else {
            skipElement(xml);
        }
    }
}

} // namespace

QString VocFormat::name() const
{
    return QStringLiteral("voc");
}

QString VocFormat::displayName() const
{
    return Tr::tr("Pascal VOC XML (labelImg)");
}

Confidence VocFormat::canRead(const QString &path) const
{
    const QFileInfo info(path);
    if (info.isFile()) {
        if (!info.fileName().endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
            return 0;
        return xmlRootElement(readHead(path, 4096)) == QLatin1String("annotation") ? 90 : 0;
    }
    if (!info.isDir())
        return 0;
    const QStringList xmls = filesUnder(path, {".xml"}, 3);
    int voc = 0;
    for (const QString &xml : xmls.mid(0, 20))
        voc += xmlRootElement(readHead(xml, 4096)) == QLatin1String("annotation") ? 1 : 0;
    return voc > 0 ? 85 : 0;
}

Status VocFormat::parse(const QByteArray &bytes, const QString &path, const QString &imageFolder,
                        Dataset &dataset, const ReadOptions &options)
{
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement()) {
        if (xml.hasError())
            return xmlError(xml, path);
        return parseError(path, 0, 0, Tr::tr("empty XML file"));
    }
    if (xml.name() != QLatin1String("annotation"))
        return parseError(path, int(xml.lineNumber()), int(xml.columnNumber()),
                          Tr::tr("not a Pascal VOC file: the root element is <%1>, not <annotation>")
                                  .arg(xml.name().toString()));
    DatasetImage image;
    if (xml.attributes().value(QLatin1String("verified")) == QLatin1String("yes"))
        image.attributes.insert(QStringLiteral("verified"), true);
    QList<VocObject> objects;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("filename")) {
            image.path = readText(xml);
        } else if (name == QLatin1String("folder")) {
            image.attributes.insert(QStringLiteral("folder"), readText(xml));
        } else if (name == QLatin1String("path")) {
            image.attributes.insert(QStringLiteral("path"), readText(xml));
        } else if (name == QLatin1String("segmented")) {
            image.attributes.insert(QStringLiteral("segmented"), readText(xml));
        } else if (name == QLatin1String("source")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("database"))
                    image.attributes.insert(QStringLiteral("database"), readText(xml));
                else
                    skipElement(xml);
            }
        } else if (name == QLatin1String("size")) {
            while (xml.readNextStartElement()) {
                const auto sizeName = xml.name();
                double v = 0;
                if (sizeName == QLatin1String("width") || sizeName == QLatin1String("height")) {
                    const bool isWidth = sizeName == QLatin1String("width");
                    if (parseNumber(readText(xml), &v) && v > 0 && v < 1e9)
                        (isWidth ? image.width : image.height) = int(v);
                } else if (sizeName == QLatin1String("depth")) {
                    image.attributes.insert(QStringLiteral("depth"), readText(xml));
                } else {
                    skipElement(xml);
                }
            }
        } else if (name == QLatin1String("object")) {
            VocObject object;
            object.line = xml.lineNumber();
            object.column = xml.columnNumber();
            readObject(xml, object, dataset, path);
            objects.append(object);
        } else {
            skipElement(xml);
        }
    }
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (xml.hasError())
        return xmlError(xml, path);
    if (image.path.isEmpty())
        image.path = QFileInfo(path).completeBaseName() + QStringLiteral(".jpg");
    image.path = imageFolder + image.path;
    dataset.images.append(image);
    const int imageIndex = int(dataset.images.size() - 1);
    for (const VocObject &object : std::as_const(objects)) {
        const int line = int(object.line);
        const int column = int(object.column);
        if (object.name.isEmpty() || object.badNumber || !object.has[0] || !object.has[1]
            || !object.has[2] || !object.has[3]) {
            if (!object.has[0] && !object.has[1] && !object.has[2] && !object.has[3]
                && !object.badNumber) {
                dataset.report.skip(SkipReason::UnsupportedShape); // an object without a box
                continue;
            }
            dataset.report.warn(WarningKind::MalformedEntry,
                                Tr::tr("<object> without a <name> and four numeric <bndbox> corners; "
                                       "skipped"),
                                path, line, column);
            dataset.report.skip(SkipReason::InvalidBox);
            continue;
        }
        DatasetBox box;
        box.image = imageIndex;
        box.category = dataset.categoryIndex(object.name);
        box.x = object.corners[0] - 1;
        box.y = object.corners[1] - 1;
        box.w = object.corners[2] - object.corners[0] + 1;
        box.h = object.corners[3] - object.corners[1] + 1;
        box.setAttributes(object.attributes);
        if (acceptBox(dataset, box, options, path, line, column))
            dataset.boxes.append(std::move(box));
    }
    return {};
}

Result<Dataset> VocFormat::read(const QString &path, const ReadOptions &options) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("file or folder not found"), path);
    Dataset dataset;
    dataset.format = name();
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    QStringList files;
    QString root;
    if (info.isDir()) {
        root = info.absoluteFilePath();
        files = filesUnder(root, {".xml"});
    } else {
        root = info.absolutePath();
        files << info.absoluteFilePath();
    }
    int read = 0;
    for (const QString &file : std::as_const(files)) {
        auto bytes = readWholeFile(file);
        if (!bytes)
            return bytes.error();
        // In a folder, other XML files (a CVAT export beside, a settings file) are not ours.
        if (info.isDir() && xmlRootElement(bytes->left(4096)) != QLatin1String("annotation"))
            continue;
        QString folder = relativePath(root, QFileInfo(file).absolutePath());
        if (folder == QLatin1String("."))
            folder.clear();
        if (folder == QLatin1String("Annotations")
            || folder.endsWith(QLatin1String("/Annotations"))) {
            const QString sibling = folder.left(folder.size() - 11) + QStringLiteral("JPEGImages");
            folder = sibling;
        }
        if (!folder.isEmpty())
            folder += QLatin1Char('/');
        ASSAY_TRY(parse(*bytes, file, folder, dataset, options));
        ++read;
    }
    if (read == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("no Pascal VOC XML files found"), path);
    countImagesWithoutAnnotations(dataset);
    // The devkit's layout, and the images/ folder CVAT's and datumaro's exports use.
    dataset.mediaFolders << QStringLiteral("JPEGImages") << QStringLiteral("images");
    readMissingSizes(dataset, options);
    checkMedia(dataset, options);
    return dataset;
}

QString VocFormat::annotationPathFor(const QString &imagePath)
{
    QString path = imagePath;
    if (QDir::isAbsolutePath(path) || path.startsWith(QLatin1String("../"))
        || path.contains(QLatin1String("/../")) || path.contains(QLatin1Char(':')))
        path = QFileInfo(path).fileName();
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot > path.lastIndexOf(QLatin1Char('/')))
        path.truncate(dot);
    path += QStringLiteral(".xml");
    if (path.startsWith(QLatin1String("JPEGImages/")))
        return QStringLiteral("Annotations/") + path.mid(11);
    const qsizetype at = path.lastIndexOf(QLatin1String("/JPEGImages/"));
    if (at >= 0)
        return path.left(at) + QStringLiteral("/Annotations/") + path.mid(at + 12);
    return path;
}

namespace {
QByteArray serializeImage(const Dataset &dataset, int imageIndex, const QList<int> &boxes);
}

QByteArray VocFormat::serialize(const Dataset &dataset, int imageIndex)
{
    QList<int> boxes;
    for (qsizetype i = 0; i < dataset.boxes.size(); ++i) {
        if (dataset.boxes.at(i).image == imageIndex)
            boxes.append(int(i));
    }
    return serializeImage(dataset, imageIndex, boxes);
}

namespace {
QByteArray serializeImage(const Dataset &dataset, int imageIndex, const QList<int> &boxes)
{
    const DatasetImage &image = dataset.images.at(imageIndex);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(-1); // one tab, as labelImg writes
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("annotation"));
    if (image.attributes.value(QLatin1String("verified")).toBool())
        xml.writeAttribute(QStringLiteral("verified"), QStringLiteral("yes"));
    const QString fileName = image.path.section(QLatin1Char('/'), -1);
    QString folder = image.attributes.value(QLatin1String("folder")).toString();
    if (!image.attributes.contains(QLatin1String("folder"))) {
        const QString dir = image.path.section(QLatin1Char('/'), 0, -2);
        folder = dir.isEmpty() ? QString() : dir.section(QLatin1Char('/'), -1);
    }
    xml.writeTextElement(QStringLiteral("folder"), folder);
    xml.writeTextElement(QStringLiteral("filename"), fileName);
    xml.writeTextElement(QStringLiteral("path"),
                         image.attributes.contains(QLatin1String("path"))
                                 ? image.attributes.value(QLatin1String("path")).toString()
                                 : image.path);
    xml.writeStartElement(QStringLiteral("source"));
    xml.writeTextElement(QStringLiteral("database"),
                         image.attributes.value(QLatin1String("database"))
                                 .toString(QStringLiteral("Unknown")));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("size"));
    xml.writeTextElement(QStringLiteral("width"), QString::number(image.width));
    xml.writeTextElement(QStringLiteral("height"), QString::number(image.height));
    xml.writeTextElement(QStringLiteral("depth"), image.attributes.value(QLatin1String("depth"))
                                                          .toString(QStringLiteral("3")));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("segmented"),
                         image.attributes.value(QLatin1String("segmented"))
                                 .toString(QStringLiteral("0")));
    for (const int b : boxes) {
        const DatasetBox &box = dataset.boxes.at(b);
        if (box.category < 0 || box.category >= dataset.categories.size())
            continue;
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeTextElement(QStringLiteral("name"), dataset.categories.at(box.category).name);
        const QJsonObject &attributes = box.attributes();
        xml.writeTextElement(QStringLiteral("pose"),
                             attributes.value(QLatin1String("pose"))
                                     .toString(QStringLiteral("Unspecified")));
        xml.writeTextElement(QStringLiteral("truncated"),
                             QString::number(attributes.value(QLatin1String("truncated")).toInt()));
        xml.writeTextElement(QStringLiteral("difficult"),
                             QString::number(attributes.value(QLatin1String("difficult")).toInt()));
        if (attributes.contains(QLatin1String("occluded")))
            xml.writeTextElement(QStringLiteral("occluded"),
                                 attributes.value(QLatin1String("occluded")).toBool()
                                         ? QStringLiteral("1")
                                         : QStringLiteral("0"));
        xml.writeStartElement(QStringLiteral("bndbox"));
        xml.writeTextElement(QStringLiteral("xmin"), QString::fromLatin1(rounded(box.x + 1, 15)));
        xml.writeTextElement(QStringLiteral("ymin"), QString::fromLatin1(rounded(box.y + 1, 15)));
        xml.writeTextElement(QStringLiteral("xmax"),
                             QString::fromLatin1(rounded(box.x + box.w, 15)));
        xml.writeTextElement(QStringLiteral("ymax"),
                             QString::fromLatin1(rounded(box.y + box.h, 15)));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
} // namespace

Result<WrittenFiles> VocFormat::write(const Dataset &dataset, const QString &outPath,
                                      const WriteOptions &) const
{
    WrittenFiles written;
    const QDir out(outPath);
    QList<QList<int>> boxesOfImage(dataset.images.size());
    for (qsizetype i = 0; i < dataset.boxes.size(); ++i) {
        const int image = dataset.boxes.at(i).image;
        if (image >= 0 && image < dataset.images.size())
            boxesOfImage[image].append(int(i));
    }
    QSet<QString> paths;
    qint64 unsized = 0;
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images.at(i);
        const QString relative = annotationPathFor(image.path.isEmpty() ? image.sourceId
                                                                        : image.path);
        if (paths.contains(relative)) {
            written.warnings << Tr::tr("two images share the annotation file %1; the second is not "
                                       "written")
                                        .arg(relative);
            continue;
        }
        paths.insert(relative);
        if (image.width <= 0 || image.height <= 0)
            ++unsized;
        const QString file = out.filePath(relative);
        ASSAY_TRY(writeWholeFile(file, serializeImage(dataset, int(i), boxesOfImage.at(i))));
        written.files << QFileInfo(file).absoluteFilePath();
    }
    if (unsized > 0)
        written.warnings << Tr::tr("%1 images of unknown size were written with size 0").arg(unsized);
    if (!dataset.labels.isEmpty())
        written.warnings << Tr::tr("%1 classification labels not written: Pascal VOC detection files "
                                   "have no place for them")
                                    .arg(dataset.labels.size());
    return written;
}

} // namespace assay::core::interchange
