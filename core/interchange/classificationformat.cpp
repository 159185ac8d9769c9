// SPDX-License-Identifier: Apache-2.0
// Classification labels of images, text and audio as CSV or JSON Lines: import and export.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/interchange/classificationformat.h"

#include "core/csv/csvreader.h"
#include "core/interchange/interchangeutil_p.h"
#include "core/interchange/jsonsupport_p.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace assay::core::interchange {

using namespace detail;

namespace {

enum Column { ItemColumn, LabelColumn, AnnotatorColumn, ConfidenceColumn, TextColumn, ColumnCount };

int columnOf(const QString &header)
{
    const QString h = header.trimmed().toLower();
    static const QStringList item = {"item",  "path",  "file", "filename", "file_name",
                                     "image", "audio", "id",   "item_id",  "url"};
    static const QStringList label = {"label", "class", "category", "labels"};
    if (item.contains(h))
        return ItemColumn;
    if (label.contains(h))
        return LabelColumn;
    if (h == QLatin1String("annotator") || h == QLatin1String("user")
        || h == QLatin1String("annotator_id"))
        return AnnotatorColumn;
    if (h == QLatin1String("confidence") || h == QLatin1String("score"))
        return ConfidenceColumn;
    if (h == QLatin1String("text") || h == QLatin1String("content"))
        return TextColumn;
    return -1;
}

// Collects labels, creating categories by name.
struct LabelSink
{
    Dataset &dataset;
    const ReadOptions &options;
    QHash<QString, int> categories;

    void add(const QString &item, const QString &text, const QString &labelName,
             const QString &annotator, std::optional<double> confidence,
             std::optional<ItemKind> kind)
    {
        auto it = categories.constFind(labelName);
        if (it == categories.cend()) {
            it = categories.insert(labelName, int(dataset.categories.size()));
            dataset.categories.append(DatasetCategory{{}, labelName, {}});
        }
        DatasetLabel label;
        label.item = item;
        label.text = text;
        label.category = *it;
        label.annotator = annotator;
        label.confidence = confidence;
        if (options.itemKind)
            label.kind = *options.itemKind;
        else if (kind)
            label.kind = *kind;
        else
            label.kind = text.isEmpty() ? kindFromExtension(item).value_or(ItemKind::Text)
                                        : ItemKind::Text;
        dataset.labels.append(label);
    }
};

Dataset newDataset(const QString &format, const QString &path, const ReadOptions &options)
{
    Dataset dataset;
    dataset.format = format;
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    return dataset;
}

void appendCsvField(QByteArray &out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')
                       || utf8.contains('\r')
                       || (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '));
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QString itemOf(const Dataset &dataset, const DatasetLabel &label)
{
    if (!label.item.isEmpty())
        return label.item;
    if (label.image >= 0 && label.image < dataset.images.size())
        return dataset.images.at(label.image).path;
    return {};
}

QString confidenceText(std::optional<double> confidence)
{
    return confidence ? shortestString(*confidence) : QString();
}

Confidence sniffExtension(const QString &path, const QStringList &suffixes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return 0;
    for (const QString &suffix : suffixes) {
        if (info.fileName().endsWith(suffix, Qt::CaseInsensitive))
            return 80;
    }
    return 0;
}

} // namespace

QString CsvFormat::name() const
{
    return QStringLiteral("csv");
}

QString CsvFormat::displayName() const
{
    return Tr::tr("Classification CSV");
}

Confidence CsvFormat::canRead(const QString &path) const
{
    return sniffExtension(path, {".csv", ".tsv"});
}

// The separator is the first of tab, semicolon, comma that the first line has (tab for .tsv).
static char separatorOf(QByteArrayView firstLine, const QString &path)
{
    if (path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)
        || (firstLine.contains('\t') && !firstLine.contains(',')))
        return '\t';
    if (firstLine.contains(';') && !firstLine.contains(','))
        return ';';
    return ',';
}

static Result<Dataset> readLabels(csv::CsvReader &reader, const QString &path,
                                  const ReadOptions &options)
{
    Dataset dataset = newDataset(QStringLiteral("csv"), path, options);
    LabelSink sink{dataset, options, {}};
    int columns[ColumnCount] = {0, 1, 2, 3, -1};
    bool header = true;
    for (;;) {
        const auto more = reader.next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const int recordLine = reader.line();
        const QStringList fields = reader.fieldStrings();
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a line of spaces
        if (header) {
            header = false;
            int found[ColumnCount] = {-1, -1, -1, -1, -1};
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const int column = columnOf(fields.at(i));
                if (column >= 0 && found[column] < 0)
                    found[column] = int(i);
            }
            if (found[LabelColumn] >= 0 && (found[ItemColumn] >= 0 || found[TextColumn] >= 0)) {
                std::copy(std::begin(found), std::end(found), std::begin(columns));
                continue;
            }
            // No header: the first row is data, in the documented column order.
        }
        auto fieldAt = [&](int column) {
            const int index = columns[column];
            return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
        };
        const QString label = fieldAt(LabelColumn);
        QString item = fieldAt(ItemColumn);
        const QString text = columns[TextColumn] >= 0 && columns[TextColumn] < fields.size()
                                     ? fields.at(columns[TextColumn])
                                     : QString();
        if (item.isEmpty() && !text.isEmpty())
            // An id, not a message: never translated.
            item = QStringLiteral("line %1").arg(recordLine);
        if (label.isEmpty() || item.isEmpty()) {
            dataset.report.warn(WarningKind::MalformedEntry,
                                Tr::tr("row without an item and a label; skipped"), path,
                                recordLine, 1);
            continue;
        }
        std::optional<double> confidence;
        const QString confidenceField = fieldAt(ConfidenceColumn);
        if (!confidenceField.isEmpty()) {
            double v = 0;
            if (parseNumber(confidenceField, &v))
                confidence = v;
            else
                dataset.report.warn(WarningKind::MalformedEntry,
                                    Tr::tr("confidence \"%1\" is not a number; left out")
                                            .arg(confidenceField),
                                    path, recordLine, 1);
        }
        sink.add(item, text, label, fieldAt(AnnotatorColumn), confidence, std::nullopt);
    }
    checkMedia(dataset, options);
    return dataset;
}

Result<Dataset> CsvFormat::parse(const QByteArray &bytes, const QString &path,
                                 const ReadOptions &options)
{
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype end = bytes.indexOf('\n', start);
    csv::CsvOptions csvOptions;
    csvOptions.separator = separatorOf(QByteArrayView(bytes).sliced(start,
                                                                    (end < 0 ? bytes.size() : end)
                                                                            - start),
                                       path);
    const auto reader = csv::CsvReader::fromBytes(bytes, path, csvOptions);
    return readLabels(*reader, path, options);
}

Result<Dataset> CsvFormat::read(const QString &path, const ReadOptions &options) const
{
    // The separator is decided from the first line, read on its own.
    QByteArray head = readHead(path, 64 << 10);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const qsizetype end = head.indexOf('\n');
    csv::CsvOptions csvOptions;
    csvOptions.separator = separatorOf(QByteArrayView(head).first(end < 0 ? head.size() : end),
                                       path);
    auto reader = csv::CsvReader::open(path, csvOptions);
    if (!reader)
        return reader.error();
    return readLabels(**reader, path, options);
}

QByteArray CsvFormat::serialize(const Dataset &dataset)
{
    bool withText = false;
    for (const DatasetLabel &label : dataset.labels)
        withText = withText || !label.text.isEmpty();
    QByteArray out = withText ? "item,label,annotator,confidence,text\n"
                              : "item,label,annotator,confidence\n";
    for (const DatasetLabel &label : dataset.labels) {
        if (label.category < 0 || label.category >= dataset.categories.size())
            continue;
        appendCsvField(out, itemOf(dataset, label));
        out += ',';
        appendCsvField(out, dataset.categories.at(label.category).name);
        out += ',';
        appendCsvField(out, label.annotator);
        out += ',';
        out += confidenceText(label.confidence).toLatin1();
        if (withText) {
            out += ',';
            appendCsvField(out, label.text);
        }
        out += '\n';
    }
    return out;
}

Result<WrittenFiles> CsvFormat::write(const Dataset &dataset, const QString &outPath,
                                      const WriteOptions &) const
{
    WrittenFiles written;
    ASSAY_TRY(writeWholeFile(outPath, serialize(dataset)));
    written.files << QFileInfo(outPath).absoluteFilePath();
    if (!dataset.boxes.isEmpty())
        written.warnings << Tr::tr("%1 boxes not written: the classification CSV has no place for them")
                                    .arg(dataset.boxes.size());
    return written;
}

QString JsonlFormat::name() const
{
    return QStringLiteral("jsonl");
}

QString JsonlFormat::displayName() const
{
    return Tr::tr("Classification JSON Lines");
}

Confidence JsonlFormat::canRead(const QString &path) const
{
    return sniffExtension(path, {".jsonl", ".ndjson"});
}

Result<Dataset> JsonlFormat::parse(const QByteArray &bytes, const QString &path,
                                   const ReadOptions &options)
{
    Dataset dataset = newDataset(QStringLiteral("jsonl"), path, options);
    LabelSink sink{dataset, options, {}};
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int lineNumber = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        const QByteArray line = bytes.mid(pos, end - pos);
        const qsizetype lineStart = pos;
        pos = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        if (const char *deep = tooDeeplyNested(line.constData(), line.size())) {
            return parseError(path, lineNumber, int(deep - line.constData()) + 1,
                              *deep == '"' ? Tr::tr("a string longer than %1 MiB")
                                                     .arg(kMaxJsonString >> 20)
                                           : Tr::tr("nested deeper than %1 levels of lists and "
                                                    "objects")
                                                     .arg(kMaxJsonNesting));
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            QString reason = error.errorString();
            if (end == bytes.size() && error.offset >= line.trimmed().size())
                reason = Tr::tr("%1 (the file ends early: truncated?)").arg(reason);
            Q_UNUSED(lineStart);
            return parseError(path, lineNumber, error.offset + 1,
                              Tr::tr("malformed JSON: %1").arg(reason));
        }
        if (!doc.isObject())
            return parseError(path, lineNumber, 1, Tr::tr("each line must be a JSON object"));
        const QJsonObject o = doc.object();
        QString item;
        std::optional<ItemKind> kind;
        static const std::pair<const char *, std::optional<ItemKind>> itemKeys[]
                = {{"item", std::nullopt},      {"path", std::nullopt},
                   {"file", std::nullopt},      {"filename", std::nullopt},
                   {"file_name", std::nullopt}, {"image", ItemKind::Image},
                   {"audio", ItemKind::Audio},  {"id", std::nullopt},
                   {"url", std::nullopt}};
        for (const auto &[key, keyKind] : itemKeys) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() || v.isDouble()) {
                item = v.isString() ? v.toString() : shortestString(v.toDouble());
                kind = keyKind;
                break;
            }
        }
        const QString text = o.value(QLatin1String("text")).toString();
        if (item.isEmpty() && !text.isEmpty()) {
            // An id, not a message: never translated.
            item = QStringLiteral("line %1").arg(lineNumber);
            kind = ItemKind::Text;
        }
        QStringList labels;
        for (const char *key : {"label", "labels", "class", "category"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                labels << v.toString();
            else if (v.isArray())
                for (const QJsonValue &e : v.toArray())
                    if (e.isString())
                        labels << e.toString();
            if (!labels.isEmpty())
                break;
        }
        if (item.isEmpty() || labels.isEmpty()) {
            dataset.report.warn(WarningKind::MalformedEntry,
                                Tr::tr("line without an item and a label; skipped"), path,
                                lineNumber, 1);
            continue;
        }
        QString annotator;
        for (const char *key : {"annotator", "user", "annotator_id"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() || v.isDouble()) {
                annotator = v.isString() ? v.toString() : shortestString(v.toDouble());
                break;
            }
        }
        std::optional<double> confidence;
        for (const char *key : {"confidence", "score"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isDouble()) {
                confidence = v.toDouble();
                break;
            }
        }
        for (const QString &label : std::as_const(labels)) {
            if (label.isEmpty())
                continue;
            sink.add(item, text, label, annotator, confidence, kind);
        }
    }
    checkMedia(dataset, options);
    return dataset;
}

Result<Dataset> JsonlFormat::read(const QString &path, const ReadOptions &options) const
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path, options);
}

QByteArray JsonlFormat::serialize(const Dataset &dataset)
{
    JsonWriter w;
    for (const DatasetLabel &label : dataset.labels) {
        if (label.category < 0 || label.category >= dataset.categories.size())
            continue;
        w.beginObject();
        w.key("item");
        w.value(itemOf(dataset, label));
        w.key("label");
        w.value(dataset.categories.at(label.category).name);
        if (!label.annotator.isEmpty()) {
            w.key("annotator");
            w.value(label.annotator);
        }
        if (label.confidence) {
            w.key("confidence");
            w.value(*label.confidence);
        }
        if (!label.text.isEmpty()) {
            w.key("text");
            w.value(label.text);
        }
        w.endObject();
        w.raw('\n'); // one object a line
    }
    return w.takeBytes();
}

Result<WrittenFiles> JsonlFormat::write(const Dataset &dataset, const QString &outPath,
                                        const WriteOptions &) const
{
    WrittenFiles written;
    ASSAY_TRY(writeWholeFile(outPath, serialize(dataset)));
    written.files << QFileInfo(outPath).absoluteFilePath();
    if (!dataset.boxes.isEmpty())
        written.warnings << Tr::tr("%1 boxes not written: classification JSON Lines have no place for "
                                   "them")
                                    .arg(dataset.boxes.size());
    return written;
}

} // namespace assay::core::interchange
