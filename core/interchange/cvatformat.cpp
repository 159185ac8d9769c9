// SPDX-License-Identifier: Apache-2.0
// CVAT for images XML 1.1: import and export.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/interchange/cvatformat.h"

#include "core/interchange/xmlsupport_p.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

#include <map>
#include <set>

namespace assay::core::interchange {

using namespace detail;

namespace {

// The XML attributes of <box> that CVAT defines; everything else is an <attribute> child.
bool isBoxXmlAttribute(QStringView key)
{
    return key == QLatin1String("occluded") || key == QLatin1String("z_order")
           || key == QLatin1String("source") || key == QLatin1String("rotation")
           || key == QLatin1String("group_id");
}

QString attributeText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return shortestString(value.toDouble());
    case QJsonValue::String: return value.toString();
    default: return {};
    }
}

struct CvatReader
{
    QXmlStreamReader &xml;
    const QString &path;
    const ReadOptions &options;
    Dataset &dataset;
    QHash<QString, int> categories;
    bool labelsDeclared = false;
    QSet<QString> unknownLabels;

    void readLabels()
    {
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("label")) {
                skipElement(xml);
                continue;
            }
            QString name;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    name = xml.readElementText(QXmlStreamReader::SkipChildElements);
                else
                    skipElement(xml);
            }
            if (!name.isEmpty() && !categories.contains(name)) {
                categories.insert(name, int(dataset.categories.size()));
                dataset.categories.append(DatasetCategory{{}, name, {}});
                labelsDeclared = true;
            }
        }
    }

    // meta > task|project > labels; also the labels of each task of a project.
    void readMeta(int depth = 0)
    {
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("labels"))
                readLabels();
            else if (depth < 3
                     && (name == QLatin1String("task") || name == QLatin1String("project")
                         || name == QLatin1String("tasks") || name == QLatin1String("job")))
                readMeta(depth + 1);
            else
                skipElement(xml);
        }
    }

    int category(const QString &label, int line, int column)
    {
        const auto it = categories.constFind(label);
        if (it != categories.cend())
            return *it;
        if (labelsDeclared || label.isEmpty()) {
            dataset.report.warn(WarningKind::UnknownCategory,
                                Tr::tr("label \"%1\" is not declared in <meta>; skipped").arg(label),
                                path, line, column);
            return -1;
        }
        const int index = int(dataset.categories.size());
        categories.insert(label, index);
        dataset.categories.append(DatasetCategory{{}, label, {}});
        return index;
    }

    // <attribute name="...">value</attribute> children of a shape or tag.
    void readChildAttributes(QJsonObject &attributes)
    {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("attribute")) {
                const QString name = xml.attributes().value(QLatin1String("name")).toString();
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (!name.isEmpty())
                    attributes.insert(name, value);
            } else {
                skipElement(xml);
            }
        }
    }

    void readBox(int image)
    {
        const int line = int(xml.lineNumber());
        const int column = int(xml.columnNumber());
        const QXmlStreamAttributes a = xml.attributes();
        double c[4] = {0, 0, 0, 0};
        bool ok = true;
        const char *names[4] = {"xtl", "ytl", "xbr", "ybr"};
        for (int i = 0; i < 4; ++i)
            ok = ok && parseNumber(a.value(QLatin1String(names[i])).toString(), &c[i]);
        DatasetBox box;
        box.image = image;
        QJsonObject attributes;
        double v = 0;
        const QString occluded = a.value(QLatin1String("occluded")).toString();
        const std::optional<bool> isOccluded = lenientFlag(occluded, dataset.report);
        if (!isOccluded)
            dataset.report
                    .warn(WarningKind::MalformedEntry,
                          Tr::tr("occluded must be 0 or 1, not \"%1\"; read as 0").arg(occluded),
                          path, int(xml.lineNumber()), int(xml.columnNumber()));
        attributes.insert(QStringLiteral("occluded"), isOccluded.value_or(false));
        if (parseNumber(a.value(QLatin1String("z_order")).toString(), &v) && v != 0)
            attributes.insert(QStringLiteral("z_order"), v);
        if (parseNumber(a.value(QLatin1String("group_id")).toString(), &v) && v != 0)
            attributes.insert(QStringLiteral("group_id"), v);
        if (parseNumber(a.value(QLatin1String("rotation")).toString(), &v) && v != 0)
            attributes.insert(QStringLiteral("rotation"), v);
        const QString source = a.value(QLatin1String("source")).toString();
        if (!source.isEmpty() && source != QLatin1String("manual"))
            attributes.insert(QStringLiteral("source"), source);
        const QString label = a.value(QLatin1String("label")).toString();
        readChildAttributes(attributes);
        box.setAttributes(attributes);
        if (!ok) {
            dataset.report.warn(WarningKind::MalformedEntry,
                                Tr::tr("<box> without numeric xtl, ytl, xbr, ybr; skipped"), path,
                                line, column);
            dataset.report.skip(SkipReason::InvalidBox);
            return;
        }
        box.category = category(label, line, column);
        if (box.category < 0) {
            dataset.report.skip(SkipReason::InvalidBox);
            return;
        }
        box.x = c[0];
        box.y = c[1];
        box.w = c[2] - c[0];
        box.h = c[3] - c[1];
        if (acceptBox(dataset, box, options, path, line, column))
            dataset.boxes.append(std::move(box));
    }

    void readTag(int image)
    {
        const int line = int(xml.lineNumber());
        const int column = int(xml.columnNumber());
        const QString label = xml.attributes().value(QLatin1String("label")).toString();
        QJsonObject ignored;
        readChildAttributes(ignored);
        DatasetLabel result;
        result.image = image;
        result.item = dataset.images.at(image).path;
        result.kind = ItemKind::Image;
        result.category = category(label, line, column);
        if (result.category < 0)
            return;
        dataset.labels.append(result);
    }

    void readImage()
    {
        const QXmlStreamAttributes a = xml.attributes();
        DatasetImage image;
        image.sourceId = a.value(QLatin1String("id")).toString();
        image.path = a.value(QLatin1String("name")).toString();
        double v = 0;
        if (parseNumber(a.value(QLatin1String("width")).toString(), &v) && v > 0 && v < 1e9)
            image.width = int(v);
        if (parseNumber(a.value(QLatin1String("height")).toString(), &v) && v > 0 && v < 1e9)
            image.height = int(v);
        if (a.hasAttribute(QLatin1String("subset")))
            image.attributes.insert(QStringLiteral("subset"),
                                    a.value(QLatin1String("subset")).toString());
        dataset.images.append(image);
        const int index = int(dataset.images.size() - 1);
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("box")) {
                readBox(index);
            } else if (name == QLatin1String("tag")) {
                readTag(index);
            } else if (name == QLatin1String("polygon")) {
                dataset.report.skip(SkipReason::SegmentationPolygon);
                skipElement(xml);
            } else if (name == QLatin1String("mask")) {
                dataset.report.skip(SkipReason::RleMask);
                skipElement(xml);
            } else {
                dataset.report.skip(SkipReason::UnsupportedShape);
                skipElement(xml);
            }
        }
    }
};

} // namespace

QString CvatFormat::name() const
{
    return QStringLiteral("cvat");
}

QString CvatFormat::displayName() const
{
    return Tr::tr("CVAT for images XML 1.1");
}

Confidence CvatFormat::canRead(const QString &path) const
{
    QFileInfo info(path);
    if (info.isDir()) {
        // A CVAT export unpacked: annotations.xml beside images/.
        info = QFileInfo(info.absoluteFilePath() + QStringLiteral("/annotations.xml"));
        if (!info.isFile())
            return 0;
    }
    if (!info.isFile() || !info.fileName().endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return 0;
    const QByteArray head = readHead(info.absoluteFilePath(), 4096);
    if (xmlRootElement(head) != QLatin1String("annotations"))
        return 0;
    return head.contains("<version>1.1</version>") || head.contains("<meta>") ? 95 : 70;
}

Result<Dataset> CvatFormat::parse(const QByteArray &bytes, const QString &path,
                                  const ReadOptions &options)
{
    Dataset dataset;
    dataset.format = QStringLiteral("cvat");
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement()) {
        if (xml.hasError())
            return xmlError(xml, path);
        return parseError(path, 0, 0, Tr::tr("empty XML file"));
    }
    if (xml.name() != QLatin1String("annotations"))
        return parseError(path, int(xml.lineNumber()), int(xml.columnNumber()),
                          Tr::tr("not a CVAT for images file: the root element is <%1>, not "
                                 "<annotations>")
                                  .arg(xml.name().toString()));
    CvatReader reader{xml, path, options, dataset, {}, false, {}};
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("version")) {
            const QString version = xml.readElementText(QXmlStreamReader::SkipChildElements)
                                            .trimmed();
            if (version != QLatin1String("1.1") && version != QLatin1String("1.0"))
                return makeError(ErrorCode::Unsupported,
                                 Tr::tr("CVAT format version %1 is not supported (1.1 is)")
                                         .arg(version),
                                 path);
        } else if (name == QLatin1String("meta")) {
            reader.readMeta();
        } else if (name == QLatin1String("image")) {
            reader.readImage();
        } else if (name == QLatin1String("track")) {
            // CVAT for video: tracks are per frame, not per image.
            dataset.report.skip(SkipReason::UnsupportedShape);
            skipElement(xml);
        } else {
            skipElement(xml);
        }
    }
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (xml.hasError())
        return xmlError(xml, path);
    countImagesWithoutAnnotations(dataset);
    // A task export keeps its images in images/, a project export in images/<subset>/ (the
    // image's subset attribute, which the media resolver tries).
    dataset.mediaFolders << QStringLiteral("images");
    readMissingSizes(dataset, options);
    checkMedia(dataset, options);
    return dataset;
}

Result<Dataset> CvatFormat::read(const QString &path, const ReadOptions &options) const
{
    QString file = path;
    if (QFileInfo(path).isDir())
        file = QFileInfo(path).absoluteFilePath() + QStringLiteral("/annotations.xml");
    auto bytes = readWholeFile(file);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, file, options);
}

QByteArray CvatFormat::serialize(const Dataset &dataset, QStringList *warnings)
{
    // Per label, the names of the <attribute> children its boxes carry: declared in meta as
    // text attributes, as CVAT wants every attribute declared.
    std::vector<std::set<QString>> attributeNames(size_t(dataset.categories.size()));
    QList<QList<int>> boxesOfImage(dataset.images.size());
    for (qsizetype i = 0; i < dataset.boxes.size(); ++i) {
        const DatasetBox &box = dataset.boxes.at(i);
        if (box.image < 0 || box.image >= dataset.images.size() || box.category < 0
            || box.category >= dataset.categories.size())
            continue;
        boxesOfImage[box.image].append(int(i));
        const QJsonObject &attributes = box.attributes();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (!isBoxXmlAttribute(it.key()))
                attributeNames[size_t(box.category)].insert(it.key());
        }
    }
    QList<QList<int>> labelsOfImage(dataset.images.size());
    qint64 unplaced = 0;
    for (qsizetype i = 0; i < dataset.labels.size(); ++i) {
        const DatasetLabel &label = dataset.labels.at(i);
        int image = label.image;
        if (image < 0 || image >= dataset.images.size())
            image = dataset.findImage(label.item);
        if (image < 0 || label.category < 0 || label.category >= dataset.categories.size()) {
            ++unplaced;
            continue;
        }
        labelsOfImage[image].append(int(i));
    }
    // Image ids: the source ids when they are unique integers, else 0..n-1 as CVAT numbers them.
    std::vector<qint64> ids;
    QSet<qint64> seen;
    for (const DatasetImage &image : dataset.images) {
        qint64 id = 0;
        if (!parseId(image.sourceId, &id) || seen.contains(id))
            break;
        seen.insert(id);
        ids.push_back(id);
    }
    if (qsizetype(ids.size()) != dataset.images.size()) {
        ids.clear();
        for (qsizetype i = 0; i < dataset.images.size(); ++i)
            ids.push_back(i);
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("annotations"));
    xml.writeTextElement(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeStartElement(QStringLiteral("task"));
    xml.writeTextElement(QStringLiteral("name"),
                         QStringLiteral("Assay export")); // fixed: output depends on the data only
    xml.writeTextElement(QStringLiteral("size"), QString::number(dataset.images.size()));
    xml.writeTextElement(QStringLiteral("mode"), QStringLiteral("annotation"));
    xml.writeStartElement(QStringLiteral("labels"));
    for (qsizetype c = 0; c < dataset.categories.size(); ++c) {
        xml.writeStartElement(QStringLiteral("label"));
        xml.writeTextElement(QStringLiteral("name"), dataset.categories.at(c).name);
        xml.writeTextElement(QStringLiteral("type"), QStringLiteral("any"));
        xml.writeStartElement(QStringLiteral("attributes"));
        for (const QString &name : attributeNames[size_t(c)]) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeTextElement(QStringLiteral("name"), name);
            xml.writeTextElement(QStringLiteral("mutable"), QStringLiteral("False"));
            xml.writeTextElement(QStringLiteral("input_type"), QStringLiteral("text"));
            xml.writeTextElement(QStringLiteral("default_value"), QString());
            xml.writeTextElement(QStringLiteral("values"), QString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // labels
    xml.writeEndElement(); // task
    xml.writeEndElement(); // meta
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images.at(i);
        xml.writeStartElement(QStringLiteral("image"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(ids[size_t(i)]));
        xml.writeAttribute(QStringLiteral("name"), image.path);
        if (image.attributes.contains(QLatin1String("subset")))
            xml.writeAttribute(QStringLiteral("subset"),
                               image.attributes.value(QLatin1String("subset")).toString());
        xml.writeAttribute(QStringLiteral("width"), QString::number(image.width));
        xml.writeAttribute(QStringLiteral("height"), QString::number(image.height));
        for (const int b : boxesOfImage.at(i)) {
            const DatasetBox &box = dataset.boxes.at(b);
            const QJsonObject &a = box.attributes();
            xml.writeStartElement(QStringLiteral("box"));
            xml.writeAttribute(QStringLiteral("label"), dataset.categories.at(box.category).name);
            xml.writeAttribute(QStringLiteral("source"),
                               a.value(QLatin1String("source")).toString(QStringLiteral("manual")));
            xml.writeAttribute(QStringLiteral("occluded"),
                               a.value(QLatin1String("occluded")).toBool() ? QStringLiteral("1")
                                                                           : QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("xtl"), shortestString(box.x));
            xml.writeAttribute(QStringLiteral("ytl"), shortestString(box.y));
            xml.writeAttribute(QStringLiteral("xbr"),
                               QString::fromLatin1(rounded(box.x + box.w, 15)));
            xml.writeAttribute(QStringLiteral("ybr"),
                               QString::fromLatin1(rounded(box.y + box.h, 15)));
            xml.writeAttribute(QStringLiteral("z_order"),
                               shortestString(a.value(QLatin1String("z_order")).toDouble()));
            if (a.contains(QLatin1String("rotation")))
                xml.writeAttribute(QStringLiteral("rotation"),
                                   shortestString(a.value(QLatin1String("rotation")).toDouble()));
            if (a.contains(QLatin1String("group_id")))
                xml.writeAttribute(QStringLiteral("group_id"),
                                   shortestString(a.value(QLatin1String("group_id")).toDouble()));
            for (auto it = a.begin(); it != a.end(); ++it) {
                if (isBoxXmlAttribute(it.key()))
                    continue;
                xml.writeStartElement(QStringLiteral("attribute"));
                xml.writeAttribute(QStringLiteral("name"), it.key());
                xml.writeCharacters(attributeText(it.value()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (const int l : labelsOfImage.at(i)) {
            xml.writeStartElement(QStringLiteral("tag"));
            xml.writeAttribute(QStringLiteral("label"),
                               dataset.categories.at(dataset.labels.at(l).category).name);
            xml.writeAttribute(QStringLiteral("source"), QStringLiteral("manual"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (warnings && unplaced > 0)
        *warnings << Tr::tr("%1 classification labels of items that are not images of the dataset "
                            "were not written")
                             .arg(unplaced);
    return out;
}

Result<WrittenFiles> CvatFormat::write(const Dataset &dataset, const QString &outPath,
                                       const WriteOptions &) const
{
    WrittenFiles written;
    const QByteArray bytes = serialize(dataset, &written.warnings);
    ASSAY_TRY(writeWholeFile(outPath, bytes));
    written.files << QFileInfo(outPath).absoluteFilePath();
    return written;
}

} // namespace assay::core::interchange
