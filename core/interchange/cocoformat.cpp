// SPDX-License-Identifier: Apache-2.0
// COCO instances JSON and COCO results JSON: import (simdjson on demand) and export.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/interchange/cocoformat.h"
#include "core/base/prefault.h"

#include "core/interchange/jsonsupport_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>

namespace assay::core::interchange {

using namespace detail;
using simdjson::error_code;
using simdjson::SUCCESS;
namespace od = simdjson::ondemand;

namespace {

// Stops the parse with the error and where it happened.
#define COCO_CHECK(expr, context) \
    do { \
        if (const error_code _e = (expr)) { \
            return jsonError(json, path, _e, where, (context)); \
        } \
    } while (false)

// Per-annotation ids, kept aside until every image and category is known: COCO files list
// categories after annotations. Where each box was, for messages: the simdjson reader keeps a
// pointer into the text (`positions`), the streaming reader the line and column
// (`textPositions`), since its text is gone by then.
struct PendingRefs
{
    std::vector<qint64> imageIds;
    std::vector<qint64> categoryIds;
    std::vector<const char *> positions;
    std::vector<TextPosition> textPositions;
};

// What a file wrote loosely but clearly, counted for the report (Leniency).
struct LenientCounts
{
    qint64 numbersAsText = 0;
    qint64 flagsAsBoolean = 0;
    qint64 flagsAsText = 0;
    qint64 unknownFields = 0;
};

// A number, or a number written as a string ("12.5").
error_code readNumber(od::value value, double *out, LenientCounts &lenient)
{
    od::json_type type;
    if (auto e = value.type().get(type))
        return e;
    if (type != od::json_type::string)
        return value.get_double().get(*out);
    std::string_view s;
    if (auto e = value.get_string().get(s))
        return e;
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (s.empty() || !parseNumber(s, out))
        return simdjson::INCORRECT_TYPE;
    ++lenient.numbersAsText;
    return SUCCESS;
}

error_code readBbox(od::value value, double out[4], bool *ok, LenientCounts &lenient)
{
    od::array array;
    if (auto e = value.get_array().get(array))
        return e;
    int n = 0;
    for (auto elementResult : array) {
        od::value element;
        if (auto e = elementResult.get(element))
            return e;
        double d;
        if (auto e = readNumber(element, &d, lenient))
            return e;
        if (n < 4)
            out[n] = d;
        ++n;
    }
    *ok = n == 4;
    return SUCCESS;
}

// 0 or 1; also true/false, and "0", "1", "true", "false" as text.
error_code readFlag(od::value value, int *flag, LenientCounts &lenient)
{
    od::json_type type;
    if (auto e = value.type().get(type))
        return e;
    if (type == od::json_type::boolean) {
        bool b;
        if (auto e = value.get_bool().get(b))
            return e;
        *flag = b ? 1 : 0;
        ++lenient.flagsAsBoolean;
        return SUCCESS;
    }
    if (type == od::json_type::string) {
        std::string_view s;
        if (auto e = value.get_string().get(s))
            return e;
        if (s == "1" || s == "true" || s == "True" || s == "TRUE") {
            *flag = 1;
        } else if (s == "0" || s == "false" || s == "False" || s == "FALSE" || s.empty()) {
            *flag = 0;
        } else {
            return simdjson::INCORRECT_TYPE;
        }
        ++lenient.flagsAsText;
        return SUCCESS;
    }
    double d;
    if (auto e = value.get_double().get(d))
        return e;
    *flag = d != 0 ? 1 : 0;
    return SUCCESS;
}

// Fields COCO defines (instances, keypoints, captions, panoptic, and what the common exporters
// add: CVAT and datumaro write "attributes"), which are read or deliberately ignored; any other
// is counted as an unknown field.
bool knownImageField(std::string_view key)
{
    return key == "license" || key == "coco_url" || key == "flickr_url" || key == "date_captured";
}

bool knownAnnotationField(std::string_view key)
{
    return key == "id" || key == "area" || key == "segmentation" || key == "keypoints"
           || key == "num_keypoints" || key == "caption" || key == "attributes";
}

// The same over a raw key, compared in place as the annotation loop does.
bool knownAnnotationField(const od::raw_json_string &key)
{
    for (const char *name :
         {"id", "area", "segmentation", "keypoints", "num_keypoints", "caption", "attributes"}) {
        if (key.unsafe_is_equal(name))
            return true;
    }
    return false;
}

bool knownCategoryField(std::string_view key)
{
    return key == "keypoints" || key == "skeleton" || key == "isthing" || key == "color";
}

QString fromUtf8(std::string_view s)
{
    return fromUtf8Exact(s.data(), qsizetype(s.size()));
}

// The messages both readers give, word for word.
void warnImageWithoutId(Dataset &dataset, const QString &path, TextPosition pos)
{
    dataset.report.warn(WarningKind::MalformedEntry, Tr::tr("image without \"id\"; skipped"), path,
                        pos.line, pos.column);
}

void warnCategoryWithoutId(Dataset &dataset, const QString &path, TextPosition pos)
{
    dataset.report.warn(WarningKind::MalformedEntry, Tr::tr("category without \"id\"; skipped"),
                        path, pos.line, pos.column);
}

void warnIncompleteAnnotation(Dataset &dataset, const QString &path, TextPosition pos)
{
    dataset.report.warn(WarningKind::MalformedEntry,
                        Tr::tr("annotation without \"bbox\" of 4 numbers, \"image_id\" or "
                               "\"category_id\"; skipped"),
                        path, pos.line, pos.column);
    dataset.report.skip(SkipReason::InvalidBox);
}

// What a reader of an instances file collects before the ids are resolved.
struct InstancesState
{
    const QString &path;
    const ReadOptions &options;
    Dataset &dataset;
    IdInterner imageIdText;
    IdInterner categoryIdText;
    std::vector<qint64> imageIds;
    std::vector<qint64> categoryIds;
    PendingRefs pending;
    // Counted here and added to the report once: a QMap lookup per annotation shows in profiles.
    qint64 polygons = 0;
    qint64 masks = 0;
    LenientCounts lenient;

    InstancesState(const QString &path, const ReadOptions &options, Dataset &dataset)
        : path(path)
        , options(options)
        , dataset(dataset)
    {}

    // Room for about `count` boxes, once: saves reallocations of big files. The memory is made
    // present on the other core while the text is read.
    void reserveBoxes(qint64 count, bool pointers)
    {
        if (reserved)
            return;
        reserved = true;
        const qsizetype guess = qsizetype(qBound<qint64>(0, count, qint64(50'000'000)));
        if (options.boxesExpected)
            options.boxesExpected(guess);
        dataset.boxes.reserve(guess);
        pending.imageIds.reserve(size_t(guess));
        pending.categoryIds.reserve(size_t(guess));
        adviseHugePages(dataset.boxes.constData(), size_t(guess) * sizeof(DatasetBox));
        adviseHugePages(pending.imageIds.data(), size_t(guess) * sizeof(qint64));
        adviseHugePages(pending.categoryIds.data(), size_t(guess) * sizeof(qint64));
        PrefaultBlock where{};
        if (pointers) {
            pending.positions.reserve(size_t(guess));
            adviseHugePages(pending.positions.data(), size_t(guess) * sizeof(const char *));
            where = {pending.positions.data(), size_t(guess) * sizeof(const char *)};
        } else {
            pending.textPositions.reserve(size_t(guess));
            adviseHugePages(pending.textPositions.data(), size_t(guess) * sizeof(TextPosition));
            where = {pending.textPositions.data(), size_t(guess) * sizeof(TextPosition)};
        }
        // One thread for all four: they are filled side by side.
        prefaulter = prefault({{dataset.boxes.data(), size_t(guess) * sizeof(DatasetBox)},
                               {pending.imageIds.data(), size_t(guess) * sizeof(qint64)},
                               {pending.categoryIds.data(), size_t(guess) * sizeof(qint64)},
                               where});
    }

    // Ids to indices, box checks, the counts of the report. positionOf(i): where box i was.
    template<typename PositionOf>
    void resolve(PositionOf positionOf);

    bool reserved = false;
    std::jthread prefaulter; // last: stopped before the memory it touches goes
};

template<typename PositionOf>
void InstancesState::resolve(PositionOf positionOf)
{
    if (polygons > 0)
        dataset.report.skip(SkipReason::SegmentationPolygon, polygons);
    if (masks > 0)
        dataset.report.skip(SkipReason::RleMask, masks);
    dataset.report.allow(Leniency::NumberAsText, lenient.numbersAsText + imageIdText.numbersAsText()
                                                         + categoryIdText.numbersAsText());
    dataset.report.allow(Leniency::FlagAsBoolean, lenient.flagsAsBoolean);
    dataset.report.allow(Leniency::FlagAsText, lenient.flagsAsText);
    dataset.report.allow(Leniency::UnknownField, lenient.unknownFields);
    // Subsets are named by the file ("instances_train2017.json"); their images are in a folder of
    // that name (COCO, mmdetection) or under images/ (datumaro).
    const QString base = QFileInfo(path).completeBaseName();
    const qsizetype underscore = base.indexOf(QLatin1Char('_'));
    if (underscore > 0 && underscore + 1 < base.size()) {
        const QString subset = base.mid(underscore + 1);
        dataset.mediaFolders << subset << QStringLiteral("images/") + subset;
    }
    dataset.mediaFolders << QStringLiteral("images");
    readMissingSizes(dataset, options);
    // Image sizes side by side: the boxes visit images in random order, and the compact copy
    // stays in cache where the images themselves do not.
    std::vector<std::pair<double, double>> sizes;
    sizes.reserve(size_t(dataset.images.size()));
    for (const DatasetImage &image : std::as_const(dataset.images))
        sizes.emplace_back(image.width, image.height);
    IdIndex images;
    images.build(imageIds);
    IdIndex categories;
    categories.build(categoryIds);
    for (size_t i = 0; i < imageIds.size(); ++i) {
        if (images.find(imageIds[i]) != int(i)) {
            dataset.report.warn(WarningKind::DuplicateId,
                                Tr::tr("image id %1 appears more than once; the first one is used")
                                        .arg(dataset.images.at(qsizetype(i)).sourceId),
                                path);
        }
    }
    for (size_t i = 0; i < categoryIds.size(); ++i) {
        if (categories.find(categoryIds[i]) != int(i)) {
            dataset.report.warn(WarningKind::DuplicateId,
                                Tr::tr("category id %1 appears more than once; the first one is used")
                                        .arg(dataset.categories.at(qsizetype(i)).sourceId),
                                path);
        }
    }
    // Images that keep a box, for imagesWithoutAnnotations (COCO has no labels).
    std::vector<unsigned char> used(size_t(dataset.images.size()), 0);
    QList<DatasetBox> &boxes = dataset.boxes;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        DatasetBox &box = boxes[i];
        box.image = images.find(pending.imageIds[size_t(i)]);
        box.category = categories.find(pending.categoryIds[size_t(i)]);
        bool ok = true;
        if (box.image < 0 || box.category < 0) {
            const TextPosition pos = dataset.report.wantsDetail() ? positionOf(size_t(i))
                                                                  : TextPosition{0, 0};
            if (box.image < 0)
                dataset.report.warn(WarningKind::UnknownImage,
                                    Tr::tr("annotation refers to an image id that is not in "
                                           "\"images\"; skipped"),
                                    path, pos.line, pos.column);
            else
                dataset.report.warn(WarningKind::UnknownCategory,
                                    Tr::tr("annotation refers to a category id that is not in "
                                           "\"categories\"; skipped"),
                                    path, pos.line, pos.column);
            dataset.report.skip(SkipReason::InvalidBox);
            ok = false;
        } else {
            const auto [width, height] = sizes[size_t(box.image)];
            const bool inside = box.w > 0 && box.h > 0 && box.x >= 0 && box.y >= 0
                                && (width <= 0 || box.x + box.w <= width)
                                && (height <= 0 || box.y + box.h <= height);
            if (!inside) { // the common case skips the call and the line count
                const TextPosition pos = dataset.report.wantsDetail() ? positionOf(size_t(i))
                                                                      : TextPosition{0, 0};
                ok = acceptBox(dataset, box, options, path, pos.line, pos.column);
            }
        }
        if (ok) {
            used[size_t(box.image)] = 1;
            if (kept != i)
                boxes[kept] = std::move(box);
            ++kept;
        }
    }
    boxes.resize(kept);
    dataset.report.imagesWithoutAnnotations = std::count(used.begin(), used.end(), 0);
}

// ---- The simdjson reader ------------------------------------------------------------------------
// Reads any text, and says where a malformed one goes wrong. The streaming reader below hands
// every file it does not take to this one.

struct CocoParser : InstancesState
{
    const PaddedJson &json;
    const char *where = nullptr;
    LineCounter lines{json.begin(), json.size()};

    CocoParser(const PaddedJson &json, const QString &path, const ReadOptions &options,
               Dataset &dataset)
        : InstancesState(path, options, dataset)
        , json(json)
    {}

    Status parseImages(od::value value);
    Status parseCategories(od::value value);
    Status parseAnnotations(od::value value);

    TextPosition positionOf(const char *p) { return p ? lines.at(p) : TextPosition{0, 0}; }
};

Status CocoParser::parseImages(od::value value)
{
    od::array array;
    COCO_CHECK(value.get_array().get(array), Tr::tr("\"images\" must be a list"));
    for (auto elementResult : array) {
        od::value element;
        COCO_CHECK(elementResult.get(element), Tr::tr("malformed image entry"));
        if (element.current_location().get(where))
            where = nullptr;
        od::object object;
        COCO_CHECK(element.get_object().get(object), Tr::tr("an image entry must be an object"));
        DatasetImage image;
        qint64 id = 0;
        bool hasId = false;
        for (auto fieldResult : object) {
            od::field field;
            COCO_CHECK(std::move(fieldResult).get(field), Tr::tr("malformed image entry"));
            std::string_view key;
            COCO_CHECK(field.unescaped_key().get(key), Tr::tr("malformed key"));
            if (key == "id") {
                COCO_CHECK(imageIdText.read(field.value(), &id, &image.sourceId),
                           Tr::tr("image \"id\" must be an integer or a string"));
                hasId = true;
            } else if (key == "file_name") {
                std::string_view s;
                COCO_CHECK(field.value().get_string().get(s),
                           Tr::tr("\"file_name\" must be a string"));
                image.path = fromUtf8(s);
            } else if (key == "width" || key == "height") {
                double d;
                COCO_CHECK(readNumber(field.value(), &d, lenient),
                           Tr::tr("image size must be a number"));
                const int v = d > 0 && d < 1e9 ? int(d) : 0;
                (key == "width" ? image.width : image.height) = v;
            } else if (!knownImageField(key)) {
                ++lenient.unknownFields;
            }
        }
        if (!hasId) {
            warnImageWithoutId(dataset, path, positionOf(where));
            continue;
        }
        imageIds.push_back(id);
        dataset.images.append(std::move(image));
    }
    return {};
}

Status CocoParser::parseCategories(od::value value)
{
    od::array array;
    COCO_CHECK(value.get_array().get(array), Tr::tr("\"categories\" must be a list"));
    for (auto elementResult : array) {
        od::value element;
        COCO_CHECK(elementResult.get(element), Tr::tr("malformed category entry"));
        if (element.current_location().get(where))
            where = nullptr;
        od::object object;
        COCO_CHECK(element.get_object().get(object), Tr::tr("a category entry must be an object"));
        DatasetCategory category;
        qint64 id = 0;
        bool hasId = false;
        for (auto fieldResult : object) {
            od::field field;
            COCO_CHECK(std::move(fieldResult).get(field), Tr::tr("malformed category entry"));
            std::string_view key;
            COCO_CHECK(field.unescaped_key().get(key), Tr::tr("malformed key"));
            if (key == "id") {
                COCO_CHECK(categoryIdText.read(field.value(), &id, &category.sourceId),
                           Tr::tr("category \"id\" must be an integer or a string"));
                hasId = true;
            } else if (key == "name") {
                std::string_view s;
                COCO_CHECK(field.value().get_string().get(s),
                           Tr::tr("category \"name\" must be a string"));
                category.name = fromUtf8(s);
            } else if (key == "supercategory") {
                std::string_view s;
                if (field.value().get_string().get(s) == SUCCESS && !s.empty())
                    category.attributes.insert(QStringLiteral("supercategory"), fromUtf8(s));
            } else if (!knownCategoryField(key)) {
                ++lenient.unknownFields;
            }
        }
        if (!hasId) {
            warnCategoryWithoutId(dataset, path, positionOf(where));
            continue;
        }
        if (category.name.isEmpty())
            category.name = category.sourceId;
        categoryIds.push_back(id);
        dataset.categories.append(std::move(category));
    }
    return {};
}

Status CocoParser::parseAnnotations(od::value value)
{
    od::array array;
    COCO_CHECK(value.get_array().get(array), Tr::tr("\"annotations\" must be a list"));
    for (auto elementResult : array) {
        od::value element;
        COCO_CHECK(elementResult.get(element), Tr::tr("malformed annotation entry"));
        if (element.current_location().get(where))
            where = nullptr;
        const char *start = where;
        od::object object;
        COCO_CHECK(element.get_object().get(object),
                   Tr::tr("an annotation entry must be an object"));
        DatasetBox box;
        qint64 imageId = 0;
        qint64 categoryId = 0;
        bool hasImage = false;
        bool hasCategory = false;
        bool hasBbox = false;
        int crowd = 0;
        double bbox[4] = {0, 0, 0, 0};
        for (auto fieldResult : object) {
            od::field field;
            COCO_CHECK(std::move(fieldResult).get(field), Tr::tr("malformed annotation entry"));
            // The raw key, compared in place: the hot loop copies no key (keys with escapes
            // would not match, and no tool writes "bbox" escaped).
            const od::raw_json_string key = field.key();
            od::value v = field.value();
            if (key.unsafe_is_equal("bbox")) {
                COCO_CHECK(readBbox(v, bbox, &hasBbox, lenient),
                           Tr::tr("\"bbox\" must be a list of numbers"));
            } else if (key.unsafe_is_equal("image_id")) {
                COCO_CHECK(imageIdText.read(v, &imageId),
                           Tr::tr("\"image_id\" must be an integer or a string"));
                hasImage = true;
            } else if (key.unsafe_is_equal("category_id")) {
                COCO_CHECK(categoryIdText.read(v, &categoryId),
                           Tr::tr("\"category_id\" must be an integer or a string"));
                hasCategory = true;
            } else if (key.unsafe_is_equal("iscrowd")) {
                COCO_CHECK(readFlag(v, &crowd, lenient), Tr::tr("\"iscrowd\" must be 0 or 1"));
            } else if (key.unsafe_is_equal("segmentation")) {
                od::json_type type;
                COCO_CHECK(v.type().get(type), Tr::tr("malformed \"segmentation\""));
                if (type == od::json_type::array) {
                    od::array rings;
                    bool empty = true;
                    COCO_CHECK(v.get_array().get(rings), Tr::tr("malformed \"segmentation\""));
                    COCO_CHECK(rings.is_empty().get(empty), Tr::tr("malformed \"segmentation\""));
                    if (!empty)
                        ++polygons;
                } else if (type == od::json_type::object) {
                    ++masks;
                }
            } else if (key.unsafe_is_equal("score")) {
                double d;
                COCO_CHECK(readNumber(v, &d, lenient), Tr::tr("\"score\" must be a number"));
                box.setScore(d);
            } else if (key.unsafe_is_equal("attributes")) {
                QJsonValue attributes;
                COCO_CHECK(toQJson(v, &attributes), Tr::tr("malformed \"attributes\""));
                if (attributes.isObject())
                    box.setAttributes(attributes.toObject());
            } else if (!knownAnnotationField(key)) {
                ++lenient.unknownFields;
            }
        }
        if (!hasBbox || !hasImage || !hasCategory) {
            warnIncompleteAnnotation(dataset, path, positionOf(start));
            continue;
        }
        if (crowd) {
            if (!options.keepCrowd) {
                dataset.report.skip(SkipReason::CrowdRegion);
                continue;
            }
            box.setAttribute(QStringLiteral("iscrowd"), 1);
        }
        box.x = bbox[0];
        box.y = bbox[1];
        box.w = bbox[2];
        box.h = bbox[3];
        dataset.boxes.append(std::move(box));
        pending.imageIds.push_back(imageId);
        pending.categoryIds.push_back(categoryId);
        pending.positions.push_back(start);
    }
    return {};
}

Result<Dataset> parseInstances(const PaddedJson &json, const QString &path,
                               const ReadOptions &options)
{
    Dataset dataset;
    dataset.format = QStringLiteral("coco");
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    CocoParser parser(json, path, options, dataset);
    const char *where = nullptr;

    if (const char *deep = tooDeeplyNested(json.begin(), json.size()))
        return nestingError(json.begin(), json.size(), deep, path);
    od::parser simd;
    od::document doc;
    COCO_CHECK(simd.iterate(json.view()).get(doc), Tr::tr("not a JSON text"));
    od::object root;
    COCO_CHECK(doc.get_object().get(root), Tr::tr("a COCO file is a JSON object"));
    bool sawImages = false;
    for (auto fieldResult : root) {
        od::field field;
        COCO_CHECK(std::move(fieldResult).get(field), Tr::tr("malformed JSON"));
        std::string_view key;
        COCO_CHECK(field.unescaped_key().get(key), Tr::tr("malformed key"));
        if (key == "images") {
            ASSAY_TRY(parser.parseImages(field.value()));
            sawImages = true;
        } else if (key == "annotations") {
            parser.reserveBoxes(json.size() / 120, true);
            ASSAY_TRY(parser.parseAnnotations(field.value()));
        } else if (key == "categories") {
            ASSAY_TRY(parser.parseCategories(field.value()));
        }
    }
    where = nullptr;
    if (doc.current_location().get(where) == SUCCESS)
        return jsonError(json, path, simdjson::TRAILING_CONTENT, where,
                         Tr::tr("unexpected text after the JSON object"));
    if (!sawImages)
        return parseError(path, 0, 0, Tr::tr("not a COCO instances file: no \"images\" list"));
    parser.resolve([&parser](size_t i) { return parser.positionOf(parser.pending.positions[i]); });
    checkMedia(dataset, options);
    return dataset;
}

// ---- The streaming reader -----------------------------------------------------------------------
// Reads an instances file in one pass through a window of a megabyte, straight into the
// dataset. The simdjson reader needs the whole text in memory and an index of four bytes per
// structural character besides: for a file of 200 MB that is 400 MB of fresh memory, and filling
// it cost more than the parsing. This reader takes strict JSON only (RFC 8259, valid UTF-8) of
// the usual shape, and gives up on anything else: every error, escaped keys of images, categories
// and the top level, surrogate escapes in strings it keeps, values it would not read exactly as
// simdjson does (ids that are not plain integers, numbers out of range or of more than 19
// digits). The file then goes to the simdjson reader, so that messages and results stay that
// reader's; on the texts this one takes, it gives the same dataset, warning for warning (checked
// by running both on fuzzed input, with windows down to 64 bytes).
namespace stream {

using namespace json;

class Reader : public JsonStreamReader
{
public:
    Reader(InstancesState &state, QIODevice *device, qint64 size)
        : JsonStreamReader(device, size)
        , m_state(state)
    {}
    Reader(InstancesState &state, const char *data, qsizetype size)
        : JsonStreamReader(data, size)
        , m_state(state)
    {}

    // Reads the whole text into the state; Ok when the text had an "images" list.
    Step read();

private:
    Step id(const char *&p, IdInterner &interner, qint64 *id, QString *text);
    Step image(const char *&p);
    Step category(const char *&p);
    Step annotation(const char *&p);

    InstancesState &m_state;
    std::string m_scratch;
};

// IdInterner::read() over the window.
Step Reader::id(const char *&p, IdInterner &interner, qint64 *id, QString *text)
{
    if (*p == '"') {
        bool ascii = true;
        if (const Step s = this->text(p, &m_scratch, &ascii); s != Step::Ok)
            return s;
        *id = interner.intern(m_scratch);
        if (text)
            *text = toQString(m_scratch.data(), qsizetype(m_scratch.size()), ascii);
        return Step::Ok;
    }
    if (*p != '-' && !isDigit(*p))
        return fail(p);
    if (const Step s = idNumber(p, id); s != Step::Ok)
        return s;
    if (text)
        *text = QString::number(*id);
    return Step::Ok;
}

Step Reader::image(const char *&p)
{
    const TextPosition start = positionOf(p);
    if (*p != '{')
        return fail(p);
    DatasetImage image;
    qint64 id = 0;
    bool hasId = false;
    qint64 unknownFields = 0; // counted once the entry is complete: a unit may be read again
    p = space(p + 1);
    if (*p != '}') {
        for (;;) {
            RawString key;
            if (const Step s = string(p, &key); s != Step::Ok)
                return s;
            if (key.escaped)
                return Step::GiveUp;
            p = space(p);
            if (*p != ':')
                return fail(p);
            p = space(p + 1);
            Step s = Step::Ok;
            if (key.is("id")) {
                s = this->id(p, m_state.imageIdText, &id, &image.sourceId);
                hasId = true;
            } else if (key.is("file_name")) {
                bool ascii = true;
                s = text(p, &m_scratch, &ascii);
                if (s == Step::Ok)
                    image.path = toQString(m_scratch.data(), qsizetype(m_scratch.size()), ascii);
            } else if (key.is("width") || key.is("height")) {
                double d = 0;
                s = number(p, &d);
                const int v = d > 0 && d < 1e9 ? int(d) : 0;
                (key.is("width") ? image.width : image.height) = v;
            } else {
                if (!knownImageField(std::string_view(key.begin, size_t(key.size()))))
                    ++unknownFields;
                s = skipValue(p, 1);
            }
            if (s != Step::Ok)
                return s;
            p = space(p);
            if (*p == ',') {
                p = space(p + 1);
            } else if (*p == '}') {
                break;
            } else {
                return fail(p);
            }
        }
    }
    ++p;
    m_state.lenient.unknownFields += unknownFields;
    if (!hasId) {
        warnImageWithoutId(m_state.dataset, m_state.path, start);
        return Step::Ok;
    }
    m_state.imageIds.push_back(id);
    m_state.dataset.images.append(std::move(image));
    return Step::Ok;
}

Step Reader::category(const char *&p)
{
    const TextPosition start = positionOf(p);
    if (*p != '{')
        return fail(p);
    DatasetCategory category;
    qint64 id = 0;
    bool hasId = false;
    qint64 unknownFields = 0;
    p = space(p + 1);
    if (*p != '}') {
        for (;;) {
            RawString key;
            if (const Step s = string(p, &key); s != Step::Ok)
                return s;
            if (key.escaped)
                return Step::GiveUp;
            p = space(p);
            if (*p != ':')
                return fail(p);
            p = space(p + 1);
            Step s = Step::Ok;
            if (key.is("id")) {
                s = this->id(p, m_state.categoryIdText, &id, &category.sourceId);
                hasId = true;
            } else if (key.is("name")) {
                bool ascii = true;
                s = text(p, &m_scratch, &ascii);
                if (s == Step::Ok)
                    category.name = toQString(m_scratch.data(), qsizetype(m_scratch.size()), ascii);
            } else if (key.is("supercategory") && *p == '"') { // other types are ignored
                bool ascii = true;
                s = text(p, &m_scratch, &ascii);
                if (s == Step::Ok && !m_scratch.empty())
                    category.attributes.insert(QStringLiteral("supercategory"),
                                               toQString(m_scratch.data(),
                                                         qsizetype(m_scratch.size()), ascii));
            } else {
                if (!key.is("supercategory")
                    && !knownCategoryField(std::string_view(key.begin, size_t(key.size()))))
                    ++unknownFields;
                s = skipValue(p, 1);
            }
            if (s != Step::Ok)
                return s;
            p = space(p);
            if (*p == ',') {
                p = space(p + 1);
            } else if (*p == '}') {
                break;
            } else {
                return fail(p);
            }
        }
    }
    ++p;
    m_state.lenient.unknownFields += unknownFields;
    if (!hasId) {
        warnCategoryWithoutId(m_state.dataset, m_state.path, start);
        return Step::Ok;
    }
    if (category.name.isEmpty())
        category.name = category.sourceId;
    m_state.categoryIds.push_back(id);
    m_state.dataset.categories.append(std::move(category));
    return Step::Ok;
}

Step Reader::annotation(const char *&p)
{
    const TextPosition start = positionOf(p);
    if (*p != '{')
        return fail(p);
    qint64 imageId = 0;
    qint64 categoryId = 0;
    bool hasImage = false;
    bool hasCategory = false;
    bool hasBbox = false;
    int crowd = 0;
    double bbox[4] = {0, 0, 0, 0};
    std::optional<double> score;
    std::optional<QJsonObject> attributes; // rare: no QJsonObject to destroy for most boxes
    int polygons = 0;
    int masks = 0;
    int flagsAsBoolean = 0;
    int unknownFields = 0;
    p = space(p + 1);
    if (*p != '}') {
        for (;;) {
            // Keys compared as written, like the simdjson reader's raw keys.
            RawString key;
            if (const Step s = string(p, &key); s != Step::Ok)
                return s;
            p = space(p);
            if (*p != ':')
                return fail(p);
            p = space(p + 1);
            Step s = Step::Ok;
            if (key.is("bbox")) {
                if (*p != '[')
                    return fail(p);
                p = space(p + 1);
                int n = 0;
                if (*p != ']') {
                    for (;;) {
                        double d = 0;
                        if (const Step t = number(p, &d); t != Step::Ok)
                            return t;
                        if (n < 4)
                            bbox[n] = d;
                        ++n;
                        p = space(p);
                        if (*p == ',') {
                            p = space(p + 1);
                        } else if (*p == ']') {
                            break;
                        } else {
                            return fail(p);
                        }
                    }
                }
                ++p;
                hasBbox = n == 4;
            } else if (key.is("image_id")) {
                s = isDigit(*p) ? idNumber(p, &imageId)
                                : id(p, m_state.imageIdText, &imageId, nullptr);
                hasImage = true;
            } else if (key.is("category_id")) {
                s = isDigit(*p) ? idNumber(p, &categoryId)
                                : id(p, m_state.categoryIdText, &categoryId, nullptr);
                hasCategory = true;
            } else if (key.is("iscrowd")) {
                if (*p == 't' || *p == 'f') {
                    crowd = *p == 't' ? 1 : 0;
                    ++flagsAsBoolean;
                    s = skipValue(p, 1);
                } else if (*p == '-' || isDigit(*p)) {
                    double d = 0;
                    s = number(p, &d);
                    crowd = d != 0 ? 1 : 0;
                } else {
                    return fail(p);
                }
            } else if (key.is("segmentation")) {
                if (*p == '[') {
                    if (*blank(p + 1) != ']')
                        ++polygons;
                } else if (*p == '{') {
                    ++masks;
                }
                s = skipValue(p, 1);
            } else if (key.is("score")) {
                double d = 0;
                s = number(p, &d);
                score = d;
            } else if (key.is("attributes")) {
                QJsonValue value;
                s = qjsonValue(p, 0, &value);
                if (s == Step::Ok && value.isObject())
                    attributes = value.toObject();
            } else {
                if (!knownAnnotationField(std::string_view(key.begin, size_t(key.size()))))
                    ++unknownFields;
                s = skipValue(p, 1);
            }
            if (s != Step::Ok)
                return s;
            p = space(p);
            if (*p == ',') {
                p = space(p + 1);
            } else if (*p == '}') {
                break;
            } else {
                return fail(p);
            }
        }
    }
    ++p;
    // The entry is complete: from here on it counts.
    m_state.polygons += polygons;
    m_state.masks += masks;
    m_state.lenient.flagsAsBoolean += flagsAsBoolean;
    m_state.lenient.unknownFields += unknownFields;
    Dataset &dataset = m_state.dataset;
    if (!hasBbox || !hasImage || !hasCategory) {
        warnIncompleteAnnotation(dataset, m_state.path, start);
        return Step::Ok;
    }
    if (crowd) {
        if (!m_state.options.keepCrowd) {
            dataset.report.skip(SkipReason::CrowdRegion);
            return Step::Ok;
        }
        if (!attributes)
            attributes.emplace();
        attributes->insert(QStringLiteral("iscrowd"), 1);
    }
    DatasetBox &box = dataset.boxes.emplaceBack();
    box.x = bbox[0];
    box.y = bbox[1];
    box.w = bbox[2];
    box.h = bbox[3];
    box.setScore(score);
    if (attributes)
        box.setAttributes(*attributes);
    m_state.pending.imageIds.push_back(imageId);
    m_state.pending.categoryIds.push_back(categoryId);
    m_state.pending.textPositions.push_back(start);
    return Step::Ok;
}

Step Reader::read()
{
    // simdjson takes texts below 4 GiB only; larger ones get its error.
    if (size() >= qint64(simdjson::SIMDJSON_MAXSIZE_BYTES) - qint64(simdjson::SIMDJSON_PADDING))
        return Step::GiveUp;
    const char *p = nullptr;
    Step step = unit(p, [this](const char *&q) {
        q = space(q);
        return *q == '{' ? (++q, Step::Ok) : fail(q);
    });
    enum class Key { Images, Annotations, Categories, Other, End };
    bool sawImages = false;
    for (bool first = true; step == Step::Ok; first = false) {
        Key key = Key::Other;
        step = unit(p, [&](const char *&q) {
            q = space(q);
            if (*q == '}') {
                ++q;
                key = Key::End;
                return Step::Ok;
            }
            if (!first) {
                if (*q != ',')
                    return fail(q);
                q = space(q + 1);
            }
            RawString name;
            if (const Step s = string(q, &name); s != Step::Ok)
                return s;
            if (name.escaped)
                return Step::GiveUp;
            q = space(q);
            if (*q != ':')
                return fail(q);
            q = space(q + 1);
            key = name.is("images")        ? Key::Images
                  : name.is("annotations") ? Key::Annotations
                  : name.is("categories")  ? Key::Categories
                                           : Key::Other;
            return key == Key::Other ? skipValue(q, 1) : Step::Ok;
        });
        if (step != Step::Ok || key == Key::End)
            break;
        if (key == Key::Images) {
            step = list(p, [this](const char *&q) { return image(q); });
            if (step == Step::Ok && !sawImages && m_state.options.imagesRead)
                m_state.options.imagesRead(m_state.dataset.images);
            sawImages = true;
        } else if (key == Key::Annotations) {
            // Room for the boxes once the first ones say how long an annotation is here: a
            // guess from the file's size alone was half as much again, all of it made present.
            constexpr qint64 sample = 1024;
            qint64 seen = 0;
            qint64 listStart = -1;
            step = list(p, [&](const char *&q) {
                if (listStart < 0)
                    listStart = offsetOf(q);
                if (seen == sample && !m_state.reserved) {
                    const qint64 at = offsetOf(q);
                    const double bytesEach = double(at - listStart) / double(sample);
                    m_state.reserveBoxes(seen + qint64(double(size() - at) / bytesEach * 1.02),
                                         false);
                }
                const Step s = annotation(q);
                if (s == Step::Ok)
                    ++seen;
                return s;
            });
        } else if (key == Key::Categories) {
            step = list(p, [this](const char *&q) { return category(q); });
        }
    }
    if (step != Step::Ok)
        return Step::GiveUp;
    // Nothing but whitespace after the object.
    step = unit(p, [this](const char *&q) {
        q = space(q);
        return atEnd(q) ? Step::Ok : fail(q);
    });
    return step == Step::Ok && sawImages ? Step::Ok : Step::GiveUp;
}

} // namespace stream

// The streaming reader over a file or a text; nullopt when it leaves the text to simdjson.
std::optional<Dataset> readInstancesStreaming(QIODevice *device, const char *data, qint64 size,
                                              const QString &path, const ReadOptions &options)
{
    Dataset dataset;
    dataset.format = QStringLiteral("coco");
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    InstancesState state(path, options, dataset);
    stream::Reader reader = device ? stream::Reader(state, device, size)
                                   : stream::Reader(state, data, qsizetype(size));
    if (reader.read() != stream::Step::Ok)
        return std::nullopt;
    state.resolve([&state](size_t i) { return state.pending.textPositions[i]; });
    checkMedia(dataset, options);
    return dataset;
}

Result<Dataset> parseResults(const PaddedJson &json, const QString &path,
                             const ReadOptions &options, const Dataset *reference)
{
    Dataset dataset;
    dataset.format = QStringLiteral("coco-results");
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    const char *where = nullptr;
    LineCounter lines(json.begin(), json.size());

    if (const char *deep = tooDeeplyNested(json.begin(), json.size()))
        return nestingError(json.begin(), json.size(), deep, path);
    od::parser simd;
    od::document doc;
    COCO_CHECK(simd.iterate(json.view()).get(doc), Tr::tr("not a JSON text"));
    od::array root;
    COCO_CHECK(doc.get_array().get(root), Tr::tr("a COCO results file is a JSON list"));
    PendingRefs pending;
    IdInterner imageIds;
    IdInterner categoryIds;
    LenientCounts lenient;
    std::map<qint64, QString> imageText;
    std::map<qint64, QString> categoryText;
    for (auto elementResult : root) {
        od::value element;
        COCO_CHECK(elementResult.get(element), Tr::tr("malformed result entry"));
        if (element.current_location().get(where))
            where = nullptr;
        const char *start = where;
        od::object object;
        COCO_CHECK(element.get_object().get(object), Tr::tr("a result entry must be an object"));
        DatasetBox box;
        qint64 imageId = 0;
        qint64 categoryId = 0;
        QString imageIdText;
        QString categoryIdText;
        bool hasImage = false;
        bool hasCategory = false;
        bool hasBbox = false;
        double bbox[4] = {0, 0, 0, 0};
        for (auto fieldResult : object) {
            od::field field;
            COCO_CHECK(std::move(fieldResult).get(field), Tr::tr("malformed result entry"));
            std::string_view key;
            COCO_CHECK(field.unescaped_key().get(key), Tr::tr("malformed key"));
            od::value v = field.value();
            if (key == "bbox") {
                COCO_CHECK(readBbox(v, bbox, &hasBbox, lenient),
                           Tr::tr("\"bbox\" must be a list of numbers"));
            } else if (key == "image_id") {
                COCO_CHECK(imageIds.read(v, &imageId, &imageIdText),
                           Tr::tr("\"image_id\" must be an integer or a string"));
                hasImage = true;
            } else if (key == "category_id") {
                COCO_CHECK(categoryIds.read(v, &categoryId, &categoryIdText),
                           Tr::tr("\"category_id\" must be an integer or a string"));
                hasCategory = true;
            } else if (key == "score") {
                double d;
                COCO_CHECK(readNumber(v, &d, lenient), Tr::tr("\"score\" must be a number"));
                box.setScore(d);
            } else if (key == "segmentation") {
                dataset.report.skip(SkipReason::RleMask);
            }
        }
        if (!hasBbox || !hasImage || !hasCategory) {
            const TextPosition pos = lines.at(start);
            dataset.report.warn(WarningKind::MalformedEntry,
                                Tr::tr("result without \"bbox\", \"image_id\" or \"category_id\"; "
                                       "skipped"),
                                path, pos.line, pos.column);
            dataset.report.skip(SkipReason::InvalidBox);
            continue;
        }
        if (!box.score())
            box.setScore(1.0);
        box.x = bbox[0];
        box.y = bbox[1];
        box.w = bbox[2];
        box.h = bbox[3];
        imageText.try_emplace(imageId, imageIdText);
        categoryText.try_emplace(categoryId, categoryIdText);
        dataset.boxes.append(std::move(box));
        pending.imageIds.push_back(imageId);
        pending.categoryIds.push_back(categoryId);
        pending.positions.push_back(start);
    }
    where = nullptr;
    if (doc.current_location().get(where) == SUCCESS)
        return jsonError(json, path, simdjson::TRAILING_CONTENT, where,
                         Tr::tr("unexpected text after the JSON list"));
    dataset.report.allow(Leniency::NumberAsText, lenient.numbersAsText + imageIds.numbersAsText()
                                                         + categoryIds.numbersAsText());

    // Ids resolve through the reference's source ids, or make their own images and categories.
    QHash<QString, int> imageBySource;
    QHash<QString, int> categoryBySource;
    if (reference) {
        dataset.images = reference->images;
        dataset.categories = reference->categories;
        for (qsizetype i = 0; i < dataset.images.size(); ++i)
            imageBySource.insert(dataset.images.at(i).sourceId, int(i));
        for (qsizetype i = 0; i < dataset.categories.size(); ++i)
            categoryBySource.insert(dataset.categories.at(i).sourceId, int(i));
    } else {
        for (const auto &[id, text] : imageText) {
            imageBySource.insert(text, int(dataset.images.size()));
            dataset.images.append(DatasetImage{{}, 0, 0, text, {}});
        }
        for (const auto &[id, text] : categoryText) {
            categoryBySource.insert(text, int(dataset.categories.size()));
            dataset.categories.append(DatasetCategory{text, text, {}});
        }
    }
    QHash<qint64, int> imageIndex;
    for (const auto &[id, text] : imageText)
        imageIndex.insert(id, imageBySource.value(text, -1));
    QHash<qint64, int> categoryIndex;
    for (const auto &[id, text] : categoryText)
        categoryIndex.insert(id, categoryBySource.value(text, -1));

    qsizetype kept = 0;
    for (qsizetype i = 0; i < dataset.boxes.size(); ++i) {
        DatasetBox &box = dataset.boxes[i];
        box.image = imageIndex.value(pending.imageIds[size_t(i)], -1);
        box.category = categoryIndex.value(pending.categoryIds[size_t(i)], -1);
        const TextPosition pos = dataset.report.wantsDetail()
                                         ? lines.at(pending.positions[size_t(i)])
                                         : TextPosition{0, 0};
        bool ok = true;
        if (box.image < 0) {
            dataset.report.warn(WarningKind::UnknownImage,
                                Tr::tr("result refers to an image id that is not in the reference; "
                                       "skipped"),
                                path, pos.line, pos.column);
            ok = false;
        } else if (box.category < 0) {
            dataset.report.warn(WarningKind::UnknownCategory,
                                Tr::tr("result refers to a category id that is not in the "
                                       "reference; skipped"),
                                path, pos.line, pos.column);
            ok = false;
        }
        if (!ok)
            dataset.report.skip(SkipReason::InvalidBox);
        else
            ok = acceptBox(dataset, box, options, path, pos.line, pos.column);
        if (ok) {
            if (kept != i)
                dataset.boxes[kept] = std::move(box);
            ++kept;
        }
    }
    dataset.boxes.resize(kept);
    countImagesWithoutAnnotations(dataset);
    checkMedia(dataset, options);
    return dataset;
}

#undef COCO_CHECK

// Ids to write: the source ids when they are unique non-negative integers, else 1..n.
template<typename T>
std::vector<qint64> exportIds(const QList<T> &entries)
{
    std::vector<qint64> ids;
    ids.reserve(size_t(entries.size()));
    QSet<qint64> seen;
    bool usable = true;
    for (const T &entry : entries) {
        qint64 id = 0;
        if (!parseId(entry.sourceId, &id) || seen.contains(id)) {
            usable = false;
            break;
        }
        seen.insert(id);
        ids.push_back(id);
    }
    if (!usable) {
        ids.clear();
        for (qsizetype i = 0; i < entries.size(); ++i)
            ids.push_back(i + 1);
    }
    return ids;
}

Status checkedWrite(const QString &outPath, const QByteArray &bytes, WrittenFiles *written)
{
    ASSAY_TRY(writeWholeFile(outPath, bytes));
    written->files << QFileInfo(outPath).absoluteFilePath();
    return {};
}

// ---- The instances writer -----------------------------------------------------------------------
// Straight into the writer's block, which goes to the file a megabyte at a time: no 150 MB buffer
// to fill for a million boxes.

void writeInstances(const Dataset &dataset, JsonWriter &w, QStringList *warnings)
{
    const std::vector<qint64> imageIds = exportIds(dataset.images);
    const std::vector<qint64> categoryIds = exportIds(dataset.categories);
    w.beginObject();
    w.key("info");
    w.beginObject();
    w.key("description");
    w.value(std::string_view("Assay export"));
    w.key("version");
    w.value(std::string_view("1.0"));
    w.endObject();
    w.key("licenses");
    w.beginArray();
    w.endArray();
    w.key("images");
    w.beginArray();
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images.at(i);
        w.beginObject();
        w.key("id");
        w.value(imageIds[size_t(i)]);
        w.key("file_name");
        w.value(image.path);
        w.key("width");
        w.value(qint64(image.width));
        w.key("height");
        w.value(qint64(image.height));
        w.endObject();
    }
    w.endArray();
    w.key("annotations");
    w.beginArray();
    qint64 annotationId = 0;
    qint64 withAnnotator = 0;
    const qsizetype imageCount = dataset.images.size();
    const qsizetype categoryCount = dataset.categories.size();
    for (const DatasetBox &box : dataset.boxes) {
        if (box.image < 0 || box.image >= imageCount || box.category < 0
            || box.category >= categoryCount)
            continue;
        // Most boxes have no attributes: no lookup, no copy.
        const bool plain = box.attributes().isEmpty();
        w.beginObject();
        w.key("id");
        w.value(++annotationId);
        w.key("image_id");
        w.value(imageIds[size_t(box.image)]);
        w.key("category_id");
        w.value(categoryIds[size_t(box.category)]);
        w.key("bbox");
        w.numbers({box.x, box.y, box.w, box.h});
        w.key("area");
        w.value(box.w * box.h);
        w.key("iscrowd");
        w.value(qint64(
                !plain && box.attributes().value(QLatin1String("iscrowd")).toInt() != 0 ? 1 : 0));
        w.key("segmentation");
        w.beginArray();
        w.endArray();
        if (const std::optional<double> score = box.score()) {
            w.key("score");
            w.value(*score);
        }
        if (!plain) {
            QJsonObject attributes = box.attributes();
            attributes.remove(QStringLiteral("iscrowd"));
            if (!attributes.isEmpty()) {
                w.key("attributes");
                w.json(attributes);
            }
        }
        w.endObject();
        if (!box.annotator().isEmpty())
            ++withAnnotator;
    }
    w.endArray();
    w.key("categories");
    w.beginArray();
    for (qsizetype i = 0; i < dataset.categories.size(); ++i) {
        const DatasetCategory &category = dataset.categories.at(i);
        w.beginObject();
        w.key("id");
        w.value(categoryIds[size_t(i)]);
        w.key("name");
        w.value(category.name);
        w.key("supercategory");
        w.value(category.attributes.value(QLatin1String("supercategory")).toString());
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.raw('\n');
    if (warnings) {
        if (!dataset.labels.isEmpty())
            *warnings << Tr::tr("%1 classification labels not written: COCO instances have no place "
                                "for them")
                                 .arg(dataset.labels.size());
        if (withAnnotator > 0)
            *warnings << Tr::tr("the annotator of %1 boxes is not written: COCO has no field for it")
                                 .arg(withAnnotator);
    }
}

Confidence sniffJson(const QString &path, bool results);

// A folder holding one COCO file (a dataset folder with annotations/instances_*.json): that file.
QString cocoFileIn(const QString &folder)
{
    QStringList candidates;
    const QDir dir(folder);
    for (const QString &sub : {QString(), QStringLiteral("annotations/")}) {
        const QStringList names = QDir(dir.filePath(sub))
                                          .entryList({QStringLiteral("*.json")}, QDir::Files,
                                                     QDir::Name);
        for (const QString &name : names) {
            const QString file = dir.filePath(sub + name);
            if (sniffJson(file, false) >= 90)
                candidates << file;
        }
    }
    return candidates.size() == 1 ? candidates.first() : QString();
}

Confidence sniffJson(const QString &path, bool results)
{
    const QFileInfo info(path);
    if (!results && info.isDir())
        return cocoFileIn(path).isEmpty() ? 0 : 75;
    if (!info.isFile() || !info.fileName().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return 0;
    const QByteArray head = readHead(path, 1 << 20);
    const char first = firstSignificantByte(head);
    if (results) {
        if (first != '[')
            return 0;
        const qsizetype end = head.indexOf('}');
        const QByteArray firstEntry = end < 0 ? head : head.left(end);
        if (firstEntry.contains("\"image_id\"") && firstEntry.contains("\"bbox\"")
            && !firstEntry.contains("\"annotations\""))
            return 90;
        return 0;
    }
    if (first != '{')
        return 0;
    bool images = head.contains("\"images\"");
    const bool annotations = head.contains("\"annotations\"");
    bool categories = head.contains("\"categories\"");
    if (!images && head.size() == (1 << 20)) {
        // Keys written in sorted order (Python's sort_keys, Qt) put "images" after a long list
        // of annotations: the end of the file says.
        const QByteArray tail = readTail(path, 1 << 20);
        images = tail.contains("\"images\"");
        categories = categories || tail.contains("\"categories\"");
    }
    if (images && (annotations || categories))
        return 90;
    if (images)
        return 50;
    // A text that begins with its annotations, each naming its image: COCO with sorted keys,
    // its images too far on to be seen here.
    static const QRegularExpression annotationsFirst(
            QStringLiteral("^\\s*\\{\\s*\"annotations\"\\s*:\\s*\\[\\s*\\{([^{}]*)\\}"));
    const qsizetype bom = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QRegularExpressionMatch m = annotationsFirst.match(
            QString::fromUtf8(head.mid(bom, 64 * 1024)));
    if (m.hasMatch() && m.captured(1).contains(QLatin1String("\"image_id\""))
        && m.captured(1).contains(QLatin1String("\"bbox\"")))
        return 90;
    return 0;
}

} // namespace

QString CocoFormat::name() const
{
    return QStringLiteral("coco");
}

QString CocoFormat::displayName() const
{
    return Tr::tr("COCO instances JSON");
}

Confidence CocoFormat::canRead(const QString &path) const
{
    return sniffJson(path, false);
}

Result<Dataset> CocoFormat::parse(const QByteArray &bytes, const QString &path,
                                  const ReadOptions &options)
{
    if (auto dataset = readInstancesStreaming(nullptr, bytes.constData(), bytes.size(), path,
                                              options))
        return std::move(*dataset);
    const PaddedJson json(bytes);
    return parseInstances(json, path, options);
}

Result<Dataset> CocoFormat::read(const QString &path, const ReadOptions &options) const
{
    if (QFileInfo(path).isDir()) {
        const QString file = cocoFileIn(path);
        if (file.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("the folder holds no single COCO instances file"), path);
        return read(file, options);
    }
    {
        // Most files are read in one pass; the rest (and every malformed one) once more whole.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) && !file.isSequential()) {
            if (auto dataset = readInstancesStreaming(&file, nullptr, file.size(), path, options))
                return std::move(*dataset);
        }
    }
    auto bytes = readJsonFile(path);
    if (!bytes)
        return bytes.error();
    const PaddedJson json(*bytes);
    return parseInstances(json, path, options);
}

QByteArray CocoFormat::serialize(const Dataset &dataset, const WriteOptions &options,
                                 QStringList *warnings)
{
    JsonWriter out(jsonStyle(options.prettyJson),
                   64 + dataset.images.size() * 80 + dataset.boxes.size() * 130);
    writeInstances(dataset, out, warnings);
    return out.takeBytes();
}

Result<WrittenFiles> CocoFormat::write(const Dataset &dataset, const QString &outPath,
                                       const WriteOptions &options) const
{
    // writeWholeFile(), with the text going to the file as it is made.
    WrittenFiles written;
    const QFileInfo info(outPath);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(outPath, Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
    HashingSaveFile file(outPath, options.sha256);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(outPath, Tr::tr("cannot open for writing: %1").arg(file.errorString()));
    JsonWriter out(jsonStyle(options.prettyJson), &file);
    writeInstances(dataset, out, &written.warnings);
    if (!out.finish() || !file.commit())
        return ioError(outPath, Tr::tr("write failed: %1").arg(file.errorString()));
    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    written.files << absolute;
    if (options.sha256)
        written.sha256.insert(absolute, file.sha256Hex());
    return written;
}

QString CocoResultsFormat::name() const
{
    return QStringLiteral("coco-results");
}

QString CocoResultsFormat::displayName() const
{
    return Tr::tr("COCO results JSON (predictions)");
}

Confidence CocoResultsFormat::canRead(const QString &path) const
{
    return sniffJson(path, true);
}

Result<Dataset> CocoResultsFormat::parse(const QByteArray &bytes, const QString &path,
                                         const ReadOptions &options, const Dataset *reference)
{
    const PaddedJson json(bytes);
    return parseResults(json, path, options, reference);
}

Result<Dataset> CocoResultsFormat::read(const QString &path, const ReadOptions &options) const
{
    std::optional<Dataset> reference;
    if (!options.referencePath.isEmpty()) {
        ReadOptions referenceOptions;
        auto ref = CocoFormat().read(options.referencePath, referenceOptions);
        if (!ref)
            return ref.error();
        reference = std::move(*ref);
        reference->boxes.clear();
        reference->labels.clear();
    }
    auto bytes = readJsonFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path, options, reference ? &*reference : nullptr);
}

QByteArray CocoResultsFormat::serialize(const Dataset &dataset, const WriteOptions &options,
                                        QStringList *warnings)
{
    const std::vector<qint64> imageIds = exportIds(dataset.images);
    const std::vector<qint64> categoryIds = exportIds(dataset.categories);
    JsonWriter w(jsonStyle(options.prettyJson));
    w.beginArray();
    qint64 withoutScore = 0;
    for (const DatasetBox &box : dataset.boxes) {
        if (box.image < 0 || box.image >= dataset.images.size() || box.category < 0
            || box.category >= dataset.categories.size())
            continue;
        w.beginObject();
        w.key("image_id");
        w.value(imageIds[size_t(box.image)]);
        w.key("category_id");
        w.value(categoryIds[size_t(box.category)]);
        w.key("bbox");
        w.numbers({box.x, box.y, box.w, box.h}); // one line even when indented
        const std::optional<double> score = box.score();
        w.key("score");
        w.value(score.value_or(1.0));
        w.endObject();
        if (!score)
            ++withoutScore;
    }
    w.endArray();
    w.raw('\n');
    if (warnings && withoutScore > 0)
        *warnings << Tr::tr("%1 boxes without a score were written with score 1").arg(withoutScore);
    return w.takeBytes();
}

Result<WrittenFiles> CocoResultsFormat::write(const Dataset &dataset, const QString &outPath,
                                              const WriteOptions &options) const
{
    WrittenFiles written;
    const QByteArray bytes = serialize(dataset, options, &written.warnings);
    ASSAY_TRY(checkedWrite(outPath, bytes, &written));
    return written;
}

} // namespace assay::core::interchange
