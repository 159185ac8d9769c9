// SPDX-License-Identifier: Apache-2.0
// Label Studio JSON export (tasks with annotations and predictions): import and export.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/interchange/labelstudioformat.h"

#include "core/interchange/imageheader.h"
#include "core/interchange/jsonsupport_p.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <optional>

namespace assay::core::interchange {

using namespace detail;
namespace od = simdjson::ondemand;

namespace {

QString annotatorOf(const QJsonValue &completedBy)
{
    if (completedBy.isObject()) {
        const QJsonObject o = completedBy.toObject();
        const QString email = o.value(QLatin1String("email")).toString();
        if (!email.isEmpty())
            return email;
        return annotatorOf(o.value(QLatin1String("id")));
    }
    if (completedBy.isDouble())
        return shortestString(completedBy.toDouble());
    return completedBy.toString();
}

struct TaskItem
{
    ItemKind kind = ItemKind::Image;
    QString value; // data.image / data.text / data.audio as written
    bool found = false;
};

TaskItem itemOf(const QJsonObject &data)
{
    static const std::pair<const char *, ItemKind> keys[] = {{"image", ItemKind::Image},
                                                             {"img", ItemKind::Image},
                                                             {"text", ItemKind::Text},
                                                             {"html", ItemKind::Text},
                                                             {"audio", ItemKind::Audio},
                                                             {"sound", ItemKind::Audio}};
    for (const auto &[key, kind] : keys) {
        const QJsonValue v = data.value(QLatin1String(key));
        if (v.isString())
            return TaskItem{kind, v.toString(), true};
    }
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.value().isString()) {
            const QString value = it.value().toString();
            return TaskItem{kindFromExtension(value).value_or(ItemKind::Text), value, true};
        }
    }
    return {};
}

// Text that names a file or URL rather than being the content itself.
bool looksLikeReference(const QString &value)
{
    if (value.size() > 1024 || value.contains(QLatin1Char('\n')))
        return false;
    return value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))
           || value.startsWith(QLatin1String("s3://")) || value.startsWith(QLatin1String("gs://"))
           || value.startsWith(QLatin1String("/data/")) || kindFromExtension(value).has_value();
}

struct TaskReader
{
    Dataset &dataset;
    const QString &path;
    const ReadOptions &options;
    QHash<QString, int> categories;
    QHash<QString, int> images;
    std::optional<MediaResolver> media; // made when an image's size must come from its file
    QSet<int> probed;                   // images whose file was asked for its size

    // A number, or a number written as text ("12.5", as some scripts write Label Studio values).
    double number(const QJsonValue &value, double fallback = 0)
    {
        return lenientNumber(value, dataset.report).value_or(fallback);
    }

    // The size of an image whose results do not say: from its file's header, found as the import
    // finds it. Counted as a leniency.
    void sizeFromImage(int image)
    {
        if (probed.contains(image))
            return;
        probed.insert(image);
        DatasetImage &img = dataset.images[image];
        if (!media)
            media.emplace(mediaResolverOptions(dataset, options));
        const MediaMatch match = media->resolve(img.path);
        if (!match.found())
            return;
        const QSize size = options.imageSizeProbe ? options.imageSizeProbe(match.path)
                                                  : probeImageSize(match.path);
        if (!size.isValid())
            return;
        img.width = size.width();
        img.height = size.height();
        dataset.report.allow(Leniency::SizeFromImage);
    }

    int category(const QString &name)
    {
        const auto it = categories.constFind(name);
        if (it != categories.cend())
            return *it;
        const int index = int(dataset.categories.size());
        dataset.categories.append(DatasetCategory{{}, name, {}});
        categories.insert(name, index);
        return index;
    }

    void readResults(const QJsonArray &results, const QJsonObject &task, int image,
                     const TaskItem &item, const QString &annotator, std::optional<double> score,
                     TextPosition pos)
    {
        for (const QJsonValue &resultValue : results) {
            const QJsonObject result = resultValue.toObject();
            const QString type = result.value(QLatin1String("type")).toString();
            const QJsonObject value = result.value(QLatin1String("value")).toObject();
            std::optional<double> resultScore = score;
            if (const auto s = lenientNumber(result.value(QLatin1String("score")), dataset.report))
                resultScore = *s;
            if (type == QLatin1String("rectanglelabels")) {
                if (image < 0) {
                    dataset.report.skip(SkipReason::UnsupportedShape);
                    continue;
                }
                DatasetImage &img = dataset.images[image];
                const double W = number(result.value(QLatin1String("original_width")));
                const double H = number(result.value(QLatin1String("original_height")));
                if (W > 0 && H > 0 && W < 1e9 && H < 1e9 && img.width <= 0) {
                    img.width = int(W);
                    img.height = int(H);
                }
                if (img.width <= 0 || img.height <= 0)
                    sizeFromImage(image);
                if (img.width <= 0 || img.height <= 0) {
                    dataset.report.warn(WarningKind::UnknownImageSize,
                                        Tr::tr("rectangle without original_width and original_height: "
                                               "its percentages cannot become pixels; skipped"),
                                        path, pos.line, pos.column);
                    dataset.report.skip(SkipReason::InvalidBox);
                    continue;
                }
                const QJsonArray labels = value.value(QLatin1String("rectanglelabels")).toArray();
                if (labels.isEmpty()) {
                    dataset.report.warn(WarningKind::UnknownCategory,
                                        Tr::tr("rectangle without a label; skipped"), path,
                                        pos.line, pos.column);
                    dataset.report.skip(SkipReason::InvalidBox);
                    continue;
                }
                for (const QJsonValue &label : labels) {
                    DatasetBox box;
                    box.image = image;
                    box.category = category(label.toString());
                    box.x = number(value.value(QLatin1String("x"))) / 100.0 * img.width;
                    box.y = number(value.value(QLatin1String("y"))) / 100.0 * img.height;
                    box.w = number(value.value(QLatin1String("width"))) / 100.0 * img.width;
                    box.h = number(value.value(QLatin1String("height"))) / 100.0 * img.height;
                    const double rotation = number(value.value(QLatin1String("rotation")));
                    if (rotation != 0 && std::isfinite(rotation))
                        box.setAttribute(QStringLiteral("rotation"), rotation);
                    box.setAnnotator(annotator);
                    box.setScore(resultScore);
                    box.setSourceId(result.value(QLatin1String("id")).toString());
                    if (acceptBox(dataset, box, options, path, pos.line, pos.column))
                        dataset.boxes.append(std::move(box));
                }
            } else if (type == QLatin1String("choices")) {
                const QJsonArray choices = value.value(QLatin1String("choices")).toArray();
                for (const QJsonValue &choice : choices) {
                    DatasetLabel label;
                    label.kind = item.kind;
                    label.image = image;
                    label.category = category(choice.toString());
                    label.annotator = annotator;
                    label.confidence = resultScore;
                    if (image >= 0) {
                        label.item = dataset.images.at(image).path;
                    } else if (looksLikeReference(item.value)) {
                        label.item = item.value;
                    } else {
                        // An id, not a message: never translated.
                        label.item = QStringLiteral("task %1").arg(
                                annotatorOf(task.value(QLatin1String("id"))));
                        label.text = item.value;
                    }
                    dataset.labels.append(label);
                }
            } else if (type == QLatin1String("polygonlabels") || type == QLatin1String("polygon")) {
                dataset.report.skip(SkipReason::SegmentationPolygon);
            } else if (type == QLatin1String("brushlabels") || type == QLatin1String("brush")) {
                dataset.report.skip(SkipReason::RleMask);
            } else {
                dataset.report.skip(SkipReason::UnsupportedShape);
            }
        }
    }

    void readTask(const QJsonObject &task, TextPosition pos)
    {
        const TaskItem item = itemOf(task.value(QLatin1String("data")).toObject());
        if (!item.found) {
            dataset.report.warn(WarningKind::MalformedEntry,
                                Tr::tr("task without data (image, text or audio); skipped"), path,
                                pos.line, pos.column);
            return;
        }
        int image = -1;
        if (item.kind == ItemKind::Image) {
            image = images.value(item.value, -1);
            if (image < 0) {
                DatasetImage img;
                img.path = item.value;
                const QJsonValue id = task.value(QLatin1String("id"));
                img.sourceId = id.isDouble() ? shortestString(id.toDouble()) : id.toString();
                dataset.images.append(img);
                image = int(dataset.images.size() - 1);
                images.insert(item.value, image);
            }
        }
        // "completions" is the name older Label Studio versions used for annotations.
        for (const char *key : {"annotations", "completions"}) {
            for (const QJsonValue &a : task.value(QLatin1String(key)).toArray()) {
                const QJsonObject annotation = a.toObject();
                if (annotation.value(QLatin1String("was_cancelled")).toBool()) {
                    dataset.report.skip(SkipReason::CancelledAnnotation);
                    continue;
                }
                readResults(annotation.value(QLatin1String("result")).toArray(), task, image, item,
                            annotatorOf(annotation.value(QLatin1String("completed_by"))),
                            std::nullopt, pos);
            }
        }
        for (const QJsonValue &p : task.value(QLatin1String("predictions")).toArray()) {
            const QJsonObject prediction = p.toObject();
            const QJsonValue score = prediction.value(QLatin1String("score"));
            readResults(prediction.value(QLatin1String("result")).toArray(), task, image, item,
                        prediction.value(QLatin1String("model_version")).toString(),
                        number(score, 1.0), pos);
        }
    }
};

} // namespace

QString LabelStudioFormat::name() const
{
    return QStringLiteral("labelstudio");
}

QString LabelStudioFormat::displayName() const
{
    return Tr::tr("Label Studio JSON");
}

Confidence LabelStudioFormat::canRead(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.fileName().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return 0;
    const QByteArray head = readHead(path, 1 << 20);
    const char first = firstSignificantByte(head);
    if (first != '[' && first != '{')
        return 0;
    const bool data = head.contains("\"data\"");
    const bool results = head.contains("\"annotations\"") || head.contains("\"predictions\"")
                         || head.contains("\"completions\"");
    if (data && results)
        return first == '[' ? 95 : 70;
    if (data && first == '[')
        return 60;
    return 0;
}

Result<Dataset> LabelStudioFormat::parse(const QByteArray &bytes, const QString &path,
                                         const ReadOptions &options)
{
    const PaddedJson json(bytes);
    Dataset dataset;
    dataset.format = QStringLiteral("labelstudio");
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    // Label Studio's converter puts the images it exports in images/; its own media folder keeps
    // uploads in upload/<project>/.
    dataset.mediaFolders << QStringLiteral("images") << QStringLiteral("upload");
    TaskReader reader{dataset, path, options, {}, {}, {}, {}};
    LineCounter lines(json.begin(), json.size());
    const char *where = nullptr;

    if (const char *deep = tooDeeplyNested(json.begin(), json.size()))
        return nestingError(json.begin(), json.size(), deep, path);
    od::parser simd;
    od::document doc;
    if (auto e = simd.iterate(json.view()).get(doc))
        return jsonError(json, path, e, nullptr, Tr::tr("not a JSON text"));
    od::json_type rootType;
    if (auto e = doc.type().get(rootType))
        return jsonError(json, path, e, nullptr, Tr::tr("not a JSON text"));
    if (rootType == od::json_type::object) {
        // A single task, as the task-import format allows.
        QJsonValue task;
        od::value root;
        if (auto e = doc.get_value().get(root))
            return jsonError(json, path, e, json.begin(), Tr::tr("malformed task"));
        if (auto e = toQJson(root, &task))
            return jsonError(json, path, e, json.begin(), Tr::tr("malformed task"));
        reader.readTask(task.toObject(), TextPosition{1, 1});
    } else {
        od::array tasks;
        if (auto e = doc.get_array().get(tasks))
            return jsonError(json, path, e, nullptr,
                             Tr::tr("a Label Studio export is a list of tasks"));
        for (auto taskResult : tasks) {
            od::value taskValue;
            if (auto e = std::move(taskResult).get(taskValue))
                return jsonError(json, path, e, where, Tr::tr("malformed task"));
            if (taskValue.current_location().get(where))
                where = nullptr;
            QJsonValue task;
            if (auto e = toQJson(taskValue, &task))
                return jsonError(json, path, e, where, Tr::tr("malformed task"));
            if (!task.isObject())
                return jsonError(json, path, simdjson::INCORRECT_TYPE, where,
                                 Tr::tr("a task must be an object"));
            const QJsonObject object = task.toObject();
            if (!object.contains(QLatin1String("data")) && object.contains(QLatin1String("image")))
                return parseError(path, 0, 0,
                                  Tr::tr("this is Label Studio's JSON-MIN export; export as JSON "
                                         "(the full format) instead"));
            reader.readTask(object, where ? lines.at(where) : TextPosition{0, 0});
        }
    }
    if (doc.current_location().get(where) == simdjson::SUCCESS)
        return jsonError(json, path, simdjson::TRAILING_CONTENT, where,
                         Tr::tr("unexpected text after the JSON list"));
    countImagesWithoutAnnotations(dataset);
    checkMedia(dataset, options);
    return dataset;
}

Result<Dataset> LabelStudioFormat::read(const QString &path, const ReadOptions &options) const
{
    auto bytes = readJsonFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path, options);
}

namespace {

void writeCompletedBy(JsonWriter &w, const QString &annotator)
{
    qint64 id = 0;
    w.key("completed_by");
    if (parseId(annotator, &id) && QString::number(id) == annotator) {
        w.value(id);
    } else {
        w.beginObject();
        w.key("email");
        w.value(annotator);
        w.endObject();
    }
}

QString toNameOf(ItemKind kind)
{
    return itemKindName(kind);
}

} // namespace

QByteArray LabelStudioFormat::serialize(const Dataset &dataset, const WriteOptions &options,
                                        QStringList *warnings)
{
    // Task ids: the images' numeric source ids when unique, else 1..n; item tasks follow.
    std::vector<qint64> ids;
    {
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
                ids.push_back(i + 1);
        }
    }
    qint64 nextId = ids.empty() ? 1 : *std::max_element(ids.begin(), ids.end()) + 1;

    // Per image: annotators in order of first appearance, their boxes and labels.
    struct Group
    {
        QString annotator;
        bool prediction = false;
        QList<int> boxes;
        QList<int> labels;
    };
    QList<QList<Group>> groups(dataset.images.size());
    auto groupOf = [&](QList<Group> &list, const QString &annotator, bool prediction) -> Group & {
        for (Group &g : list) {
            if (g.annotator == annotator && g.prediction == prediction)
                return g;
        }
        list.append(Group{annotator, prediction, {}, {}});
        return list.last();
    };
    qint64 unsized = 0;
    for (qsizetype i = 0; i < dataset.boxes.size(); ++i) {
        const DatasetBox &box = dataset.boxes.at(i);
        if (box.image < 0 || box.image >= dataset.images.size() || box.category < 0
            || box.category >= dataset.categories.size())
            continue;
        const DatasetImage &image = dataset.images.at(box.image);
        if (image.width <= 0 || image.height <= 0) {
            ++unsized;
            continue;
        }
        groupOf(groups[box.image], box.annotator(), box.score().has_value()).boxes.append(int(i));
    }
    // Labels of items that are not images: one task per item, in order of appearance.
    QList<QString> items;
    QHash<QString, int> itemIndex;
    QList<QList<Group>> itemGroups;
    QList<const DatasetLabel *> itemFirst;
    for (qsizetype i = 0; i < dataset.labels.size(); ++i) {
        const DatasetLabel &label = dataset.labels.at(i);
        if (label.category < 0 || label.category >= dataset.categories.size())
            continue;
        int image = label.image;
        if (image < 0 && label.kind == ItemKind::Image)
            image = dataset.findImage(label.item);
        const bool prediction = label.confidence.has_value();
        if (image >= 0 && image < dataset.images.size()) {
            groupOf(groups[image], label.annotator, prediction).labels.append(int(i));
            continue;
        }
        auto it = itemIndex.constFind(label.item);
        if (it == itemIndex.cend()) {
            it = itemIndex.insert(label.item, int(items.size()));
            items.append(label.item);
            itemGroups.append(QList<Group>());
            itemFirst.append(&label);
        }
        groupOf(itemGroups[*it], label.annotator, prediction).labels.append(int(i));
    }

    JsonWriter w(jsonStyle(options.prettyJson));
    qint64 annotationId = 0;
    qint64 predictionId = 0;
    auto writeBoxResult = [&](const DatasetBox &box, qsizetype index) {
        const DatasetImage &image = dataset.images.at(box.image);
        w.beginObject();
        w.key("original_width");
        w.value(image.width);
        w.key("original_height");
        w.value(image.height);
        w.key("image_rotation");
        w.value(qint64(0));
        w.key("value");
        w.beginObject();
        w.key("x");
        w.rawValue(rounded(box.x / image.width * 100.0));
        w.key("y");
        w.rawValue(rounded(box.y / image.height * 100.0));
        w.key("width");
        w.rawValue(rounded(box.w / image.width * 100.0));
        w.key("height");
        w.rawValue(rounded(box.h / image.height * 100.0));
        w.key("rotation");
        w.value(box.attributes().value(QLatin1String("rotation")).toDouble());
        w.key("rectanglelabels");
        w.beginArray();
        w.value(dataset.categories.at(box.category).name);
        w.endArray();
        w.endObject();
        w.key("id");
        w.value(box.sourceId().isEmpty() ? QStringLiteral("b%1").arg(index) : box.sourceId());
        w.key("from_name");
        w.value(std::string_view("label"));
        w.key("to_name");
        w.value(std::string_view("image"));
        w.key("type");
        w.value(std::string_view("rectanglelabels"));
        const std::optional<double> score = box.score();
        if (score) {
            w.key("score");
            w.value(*score);
        }
        w.key("origin");
        w.value(std::string_view(score ? "prediction" : "manual"));
        w.endObject();
    };
    auto writeLabelResult = [&](const DatasetLabel &label, qsizetype index, ItemKind kind) {
        w.beginObject();
        w.key("value");
        w.beginObject();
        w.key("choices");
        w.beginArray();
        w.value(dataset.categories.at(label.category).name);
        w.endArray();
        w.endObject();
        w.key("id");
        w.value(QStringLiteral("c%1").arg(index));
        w.key("from_name");
        w.value(std::string_view("choice"));
        w.key("to_name");
        w.value(toNameOf(kind));
        w.key("type");
        w.value(std::string_view("choices"));
        if (label.confidence) {
            w.key("score");
            w.value(*label.confidence);
        }
        w.key("origin");
        w.value(std::string_view(label.confidence ? "prediction" : "manual"));
        w.endObject();
    };
    auto writeGroups = [&](const QList<Group> &list, ItemKind kind) {
        w.key("annotations");
        w.beginArray();
        for (const Group &g : list) {
            if (g.prediction)
                continue;
            w.beginObject();
            w.key("id");
            w.value(++annotationId);
            if (!g.annotator.isEmpty())
                writeCompletedBy(w, g.annotator);
            w.key("result");
            w.beginArray();
            for (const int b : g.boxes)
                writeBoxResult(dataset.boxes.at(b), b);
            for (const int l : g.labels)
                writeLabelResult(dataset.labels.at(l), l, kind);
            w.endArray();
            w.key("was_cancelled");
            w.value(false);
            w.key("ground_truth");
            w.value(false);
            w.endObject();
        }
        w.endArray();
        w.key("predictions");
        w.beginArray();
        for (const Group &g : list) {
            if (!g.prediction)
                continue;
            w.beginObject();
            w.key("id");
            w.value(++predictionId);
            w.key("model_version");
            w.value(g.annotator);
            w.key("result");
            w.beginArray();
            for (const int b : g.boxes)
                writeBoxResult(dataset.boxes.at(b), b);
            for (const int l : g.labels)
                writeLabelResult(dataset.labels.at(l), l, kind);
            w.endArray();
            w.endObject();
        }
        w.endArray();
    };

    w.beginArray();
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        w.beginObject();
        w.key("id");
        w.value(ids[size_t(i)]);
        writeGroups(groups.at(i), ItemKind::Image);
        w.key("data");
        w.beginObject();
        w.key("image");
        w.value(dataset.images.at(i).path);
        w.endObject();
        w.endObject();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const DatasetLabel &first = *itemFirst.at(i);
        w.beginObject();
        w.key("id");
        w.value(nextId++);
        writeGroups(itemGroups.at(i), first.kind);
        w.key("data");
        w.beginObject();
        w.key(first.kind == ItemKind::Audio   ? "audio"
              : first.kind == ItemKind::Image ? "image"
                                              : "text");
        w.value(first.text.isEmpty() ? first.item : first.text);
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.raw('\n');
    if (warnings && unsized > 0)
        *warnings << Tr::tr("%1 boxes on images of unknown size were not written: Label Studio "
                            "stores percentages")
                             .arg(unsized);
    return w.takeBytes();
}

Result<WrittenFiles> LabelStudioFormat::write(const Dataset &dataset, const QString &outPath,
                                              const WriteOptions &options) const
{
    WrittenFiles written;
    const QByteArray bytes = serialize(dataset, options, &written.warnings);
    ASSAY_TRY(writeWholeFile(outPath, bytes));
    written.files << QFileInfo(outPath).absoluteFilePath();
    return written;
}

} // namespace assay::core::interchange
