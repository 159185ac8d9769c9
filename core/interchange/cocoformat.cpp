// SPDX-License-Identifier: Apache-2.0
// COCO instances JSON and COCO results JSON: import (simdjson on demand) and export.
#include <QCoreApplication>
#include "core/interchange/cocoformat.h"

#include "core/interchange/jsonsupport_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

error_code readBbox(od::value value, double out[4], bool *ok)
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
        if (auto e = element.get_double().get(d))
            return e;
        if (n < 4)
            out[n] = d;
        ++n;
    }
    *ok = n == 4;
    return SUCCESS;
}

error_code readFlag(od::value value, int *flag)
{
    od::json_type type;
    if (auto e = value.type().get(type))
        return e;
    if (type == od::json_type::boolean) {
        bool b;
        if (auto e = value.get_bool().get(b))
            return e;
        *flag = b ? 1 : 0;
        return SUCCESS;
    }
    double d;
    if (auto e = value.get_double().get(d))
        return e;
    *flag = d != 0 ? 1 : 0;
    return SUCCESS;
}

QString fromUtf8(std::string_view s)
{
    return fromUtf8Exact(s.data(), qsizetype(s.size()));
}

// The messages both readers give, word for word.
void warnImageWithoutId(Dataset &dataset, const QString &path, TextPosition pos)
{
    dataset.report.warn(WarningKind::MalformedEntry, QCoreApplication::translate("assay", "image without \"id\"; skipped"),
                        path, pos.line, pos.column);
}

void warnCategoryWithoutId(Dataset &dataset, const QString &path, TextPosition pos)
{
    dataset.report.warn(WarningKind::MalformedEntry, QCoreApplication::translate("assay", "category without \"id\"; skipped"),
                        path, pos.line, pos.column);
}

void warnIncompleteAnnotation(Dataset &dataset, const QString &path, TextPosition pos)
{
    dataset.report.warn(WarningKind::MalformedEntry,
                        QCoreApplication::translate("assay", "annotation without \"bbox\" of 4 numbers, \"image_id\" or "
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

    InstancesState(const QString &path, const ReadOptions &options, Dataset &dataset)
        : path(path), options(options), dataset(dataset)
    {
    }

    // Room for the boxes of a text of `bytes` bytes, guessed from its size: saves reallocations
    // of big files.
    void reserveBoxes(qint64 bytes, bool pointers)
    {
        if (!dataset.boxes.isEmpty())
            return;
        const qsizetype guess = qsizetype(qMin<qint64>(bytes / 120, 50'000'000));
        dataset.boxes.reserve(guess);
        pending.imageIds.reserve(size_t(guess));
        pending.categoryIds.reserve(size_t(guess));
        adviseHugePages(dataset.boxes.constData(), size_t(guess) * sizeof(DatasetBox));
        adviseHugePages(pending.imageIds.data(), size_t(guess) * sizeof(qint64));
        adviseHugePages(pending.categoryIds.data(), size_t(guess) * sizeof(qint64));
        if (pointers) {
            pending.positions.reserve(size_t(guess));
            adviseHugePages(pending.positions.data(), size_t(guess) * sizeof(const char *));
        } else {
            pending.textPositions.reserve(size_t(guess));
            adviseHugePages(pending.textPositions.data(), size_t(guess) * sizeof(TextPosition));
        }
    }

    // Ids to indices, box checks, the counts of the report. positionOf(i): where box i was.
    template<typename PositionOf>
    void resolve(PositionOf positionOf);
};

template<typename PositionOf>
void InstancesState::resolve(PositionOf positionOf)
{
    if (polygons > 0)
        dataset.report.skip(SkipReason::SegmentationPolygon, polygons);
    if (masks > 0)
        dataset.report.skip(SkipReason::RleMask, masks);
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
                                QCoreApplication::translate("assay", "image id %1 appears more than once; the first one is used")
                                    .arg(dataset.images.at(qsizetype(i)).sourceId),
                                path);
        }
    }
    for (size_t i = 0; i < categoryIds.size(); ++i) {
        if (categories.find(categoryIds[i]) != int(i)) {
            dataset.report.warn(WarningKind::DuplicateId,
                                QCoreApplication::translate("assay", "category id %1 appears more than once; the first one is used")
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
                                    QCoreApplication::translate("assay", "annotation refers to an image id that is not in "
                                       "\"images\"; skipped"),
                                    path, pos.line, pos.column);
            else
                dataset.report.warn(WarningKind::UnknownCategory,
                                    QCoreApplication::translate("assay", "annotation refers to a category id that is not in "
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
        : InstancesState(path, options, dataset), json(json)
    {
    }

    Status parseImages(od::value value);
    Status parseCategories(od::value value);
    Status parseAnnotations(od::value value);

    TextPosition positionOf(const char *p) { return p ? lines.at(p) : TextPosition{0, 0}; }
};

Status CocoParser::parseImages(od::value value)
{
    od::array array;
    COCO_CHECK(value.get_array().get(array), QCoreApplication::translate("assay", "\"images\" must be a list"));
    for (auto elementResult : array) {
        od::value element;
        COCO_CHECK(elementResult.get(element), QCoreApplication::translate("assay", "malformed image entry"));
        if (element.current_location().get(where))
            where = nullptr;
        od::object object;
        COCO_CHECK(element.get_object().get(object), QCoreApplication::translate("assay", "an image entry must be an object"));
        DatasetImage image;
        qint64 id = 0;
        bool hasId = false;
        for (auto fieldResult : object) {
            od::field field;
            COCO_CHECK(std::move(fieldResult).get(field), QCoreApplication::translate("assay", "malformed image entry"));
            std::string_view key;
            COCO_CHECK(field.unescaped_key().get(key), QCoreApplication::translate("assay", "malformed key"));
            if (key == "id") {
                COCO_CHECK(imageIdText.read(field.value(), &id, &image.sourceId),
                           QCoreApplication::translate("assay", "image \"id\" must be an integer or a string"));
                hasId = true;
            } else if (key == "file_name") {
                std::string_view s;
                COCO_CHECK(field.value().get_string().get(s), QCoreApplication::translate("assay", "\"file_name\" must be a string"));
                image.path = fromUtf8(s);
            } else if (key == "width" || key == "height") {
                double d;
                COCO_CHECK(field.value().get_double().get(d), QCoreApplication::translate("assay", "image size must be a number"));
                const int v = d > 0 && d < 1e9 ? int(d) : 0;
                (key == "width" ? image.width : image.height) = v;
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
    COCO_CHECK(value.get_array().get(array), QCoreApplication::translate("assay", "\"categories\" must be a list"));
    for (auto elementResult : array) {
        od::value element;
        COCO_CHECK(elementResult.get(element), QCoreApplication::translate("assay", "malformed category entry"));
        if (element.current_location().get(where))
            where = nullptr;
        od::object object;
        COCO_CHECK(element.get_object().get(object), QCoreApplication::translate("assay", "a category entry must be an object"));
        DatasetCategory category;
        qint64 id = 0;
        bool hasId = false;
        for (auto fieldResult : object) {
            od::field field;
            COCO_CHECK(std::move(fieldResult).get(field), QCoreApplication::translate("assay", "malformed category entry"));
            std::string_view key;
            COCO_CHECK(field.unescaped_key().get(key), QCoreApplication::translate("assay", "malformed key"));
            if (key == "id") {
                COCO_CHECK(categoryIdText.read(field.value(), &id, &category.sourceId),
                           QCoreApplication::translate("assay", "category \"id\" must be an integer or a string"));
                hasId = true;
            } else if (key == "name") {
                std::string_view s;
                COCO_CHECK(field.value().get_string().get(s), QCoreApplication::translate("assay", "category \"name\" must be a string"));
                category.name = fromUtf8(s);
            } else if (key == "supercategory") {
                std::string_view s;
                if (field.value().get_string().get(s) == SUCCESS && !s.empty())
                    category.attributes.insert(QStringLiteral("supercategory"), fromUtf8(s));
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
    COCO_CHECK(value.get_array().get(array), QCoreApplication::translate("assay", "\"annotations\" must be a list"));
    for (auto elementResult : array) {
        od::value element;
        COCO_CHECK(elementResult.get(element), QCoreApplication::translate("assay", "malformed annotation entry"));
        if (element.current_location().get(where))
            where = nullptr;
        const char *start = where;
        od::object object;
        COCO_CHECK(element.get_object().get(object), QCoreApplication::translate("assay", "an annotation entry must be an object"));
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
            COCO_CHECK(std::move(fieldResult).get(field), QCoreApplication::translate("assay", "malformed annotation entry"));
            // The raw key, compared in place: the hot loop copies no key (keys with escapes
            // would not match, and no tool writes "bbox" escaped).
            const od::raw_json_string key = field.key();
            od::value v = field.value();
            if (key.unsafe_is_equal("bbox")) {
                COCO_CHECK(readBbox(v, bbox, &hasBbox), QCoreApplication::translate("assay", "\"bbox\" must be a list of numbers"));
            } else if (key.unsafe_is_equal("image_id")) {
                COCO_CHECK(imageIdText.read(v, &imageId), QCoreApplication::translate("assay", "\"image_id\" must be an integer or a string"));
                hasImage = true;
            } else if (key.unsafe_is_equal("category_id")) {
                COCO_CHECK(categoryIdText.read(v, &categoryId),
                           QCoreApplication::translate("assay", "\"category_id\" must be an integer or a string"));
                hasCategory = true;
            } else if (key.unsafe_is_equal("iscrowd")) {
                COCO_CHECK(readFlag(v, &crowd), QCoreApplication::translate("assay", "\"iscrowd\" must be 0 or 1"));
            } else if (key.unsafe_is_equal("segmentation")) {
                od::json_type type;
                COCO_CHECK(v.type().get(type), QCoreApplication::translate("assay", "malformed \"segmentation\""));
                if (type == od::json_type::array) {
                    od::array rings;
                    bool empty = true;
                    COCO_CHECK(v.get_array().get(rings), QCoreApplication::translate("assay", "malformed \"segmentation\""));
                    COCO_CHECK(rings.is_empty().get(empty), QCoreApplication::translate("assay", "malformed \"segmentation\""));
                    if (!empty)
                        ++polygons;
                } else if (type == od::json_type::object) {
                    ++masks;
                }
            } else if (key.unsafe_is_equal("score")) {
                double d;
                COCO_CHECK(v.get_double().get(d), QCoreApplication::translate("assay", "\"score\" must be a number"));
                box.score = d;
            } else if (key.unsafe_is_equal("attributes")) {
                QJsonValue attributes;
                COCO_CHECK(toQJson(v, &attributes), QCoreApplication::translate("assay", "malformed \"attributes\""));
                if (attributes.isObject())
                    box.attributes = attributes.toObject();
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
            box.attributes.insert(QStringLiteral("iscrowd"), 1);
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

    od::parser simd;
    od::document doc;
    COCO_CHECK(simd.iterate(json.view()).get(doc), QCoreApplication::translate("assay", "not a JSON text"));
    od::object root;
    COCO_CHECK(doc.get_object().get(root), QCoreApplication::translate("assay", "a COCO file is a JSON object"));
    bool sawImages = false;
    for (auto fieldResult : root) {
        od::field field;
        COCO_CHECK(std::move(fieldResult).get(field), QCoreApplication::translate("assay", "malformed JSON"));
        std::string_view key;
        COCO_CHECK(field.unescaped_key().get(key), QCoreApplication::translate("assay", "malformed key"));
        if (key == "images") {
            ASSAY_TRY(parser.parseImages(field.value()));
            sawImages = true;
        } else if (key == "annotations") {
            parser.reserveBoxes(json.size(), true);
            ASSAY_TRY(parser.parseAnnotations(field.value()));
        } else if (key == "categories") {
            ASSAY_TRY(parser.parseCategories(field.value()));
        }
    }
    where = nullptr;
    if (doc.current_location().get(where) == SUCCESS)
        return jsonError(json, path, simdjson::TRAILING_CONTENT, where,
                         QCoreApplication::translate("assay", "unexpected text after the JSON object"));
    if (!sawImages)
        return parseError(path, 0, 0, QCoreApplication::translate("assay", "not a COCO instances file: no \"images\" list"));
    parser.resolve([&parser](size_t i) { return parser.positionOf(parser.pending.positions[i]); });
    checkMedia(dataset, options);
    return dataset;
}

// The powers of ten that are exact doubles.
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

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

enum class Step {
    Ok,
    More,   // the text went past the end of the window: read more and try the entry again
    GiveUp, // left to the simdjson reader
};

constexpr qsizetype kWindow = qsizetype(1) << 20; // bytes read at a time
constexpr qsizetype kAhead = qsizetype(64) << 10; // at least this much text ahead of each entry
constexpr qsizetype kPadding = 64;                // zeros after the text: a sentinel and room
constexpr int kMaxSkipDepth = 512;
constexpr int kMaxQJsonDepth = 64; // toQJson's limit

inline bool isDigit(char c)
{
    return static_cast<unsigned char>(c - '0') < 10;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    const char lower = char(c | 0x20);
    if (lower >= 'a' && lower <= 'f')
        return lower - 'a' + 10;
    return -1;
}

// Byte classes inside a string.
enum : unsigned char { Plain, Quote, Backslash, Control, NonAscii };

struct StringClasses
{
    unsigned char of[256];
};

constexpr StringClasses makeStringClasses()
{
    StringClasses t{};
    for (int c = 0; c < 256; ++c)
        t.of[c] = c < 0x20 ? Control : c >= 0x80 ? NonAscii : c == '"' ? Quote : c == '\\' ? Backslash : Plain;
    return t;
}

constexpr StringClasses kStringClasses = makeStringClasses();

// The length of the valid UTF-8 sequence at s (s[0] >= 0x80), 0 when it is not one: no overlong
// forms, no surrogates, nothing above U+10FFFF (what simdjson accepts).
inline int utf8Length(const char *text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    const unsigned c = s[0];
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned hi = c == 0xED ? 0x9F : 0xBF;
        return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (c < 0xF5) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = c == 0xF4 ? 0x8F : 0xBF;
        return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 ? 4 : 0;
    }
    return 0;
}

// A string's raw content (between the quotes, escapes as written).
struct RawString
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
    bool ascii = true;

    qsizetype size() const { return end - begin; }
    // Whether the raw content is `name` (at most 16 bytes): two loads that may overlap, no call.
    template<size_t N>
    bool is(const char (&name)[N]) const
    {
        constexpr size_t n = N - 1;
        static_assert(n >= 2 && n <= 16);
        if (size() != qsizetype(n))
            return false;
        if constexpr (n >= 8) {
            std::uint64_t a, b, c, d;
            std::memcpy(&a, begin, 8);
            std::memcpy(&b, name, 8);
            std::memcpy(&c, begin + n - 8, 8);
            std::memcpy(&d, name + n - 8, 8);
            return a == b && c == d;
        } else if constexpr (n >= 4) {
            std::uint32_t a, b, c, d;
            std::memcpy(&a, begin, 4);
            std::memcpy(&b, name, 4);
            std::memcpy(&c, begin + n - 4, 4);
            std::memcpy(&d, name + n - 4, 4);
            return a == b && c == d;
        } else {
            std::uint16_t a, b, c, d;
            std::memcpy(&a, begin, 2);
            std::memcpy(&b, name, 2);
            std::memcpy(&c, begin + n - 2, 2);
            std::memcpy(&d, name + n - 2, 2);
            return a == b && c == d;
        }
    }
};

// Checks the string at p (at its opening quote). Returns the position after the closing quote,
// or nullptr with *failAt where it stopped.
Q_ALWAYS_INLINE const char *scanString(const char *p, RawString *out, const char **failAt)
{
    ++p;
    out->begin = p;
    out->escaped = false;
    out->ascii = true;
    for (;;) {
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        // Eight bytes at a time up to the first one that is not plain ASCII (the text is
        // followed by zero bytes, one of which stops this before the end of the buffer).
        for (;;) {
            constexpr std::uint64_t ones = 0x0101010101010101u;
            constexpr std::uint64_t highs = 0x8080808080808080u;
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            const std::uint64_t quote = w ^ (ones * '"');
            const std::uint64_t slash = w ^ (ones * '\\');
            const std::uint64_t special = ((quote - ones) & ~quote) | ((slash - ones) & ~slash)
                                          | ((w - ones * 0x20) & ~w) | w;
            if (const std::uint64_t m = special & highs) {
                p += qCountTrailingZeroBits(m) / 8;
                break;
            }
            p += 8;
        }
#endif
        const unsigned char cls = kStringClasses.of[static_cast<unsigned char>(*p)];
        if (cls == Plain) {
            ++p;
        } else if (cls == Quote) {
            out->end = p;
            return p + 1;
        } else if (cls == Backslash) {
            out->escaped = true;
            const char e = p[1];
            if (e == 'u') {
                for (int k = 2; k < 6; ++k) {
                    if (hexValue(p[k]) < 0) {
                        *failAt = p + k;
                        return nullptr;
                    }
                }
                p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n'
                       || e == 'r' || e == 't') {
                p += 2;
            } else {
                *failAt = p + 1;
                return nullptr;
            }
        } else if (cls == NonAscii) {
            out->ascii = false;
            const int n = utf8Length(p);
            if (n == 0) {
                *failAt = p;
                return nullptr;
            }
            p += n;
        } else { // control characters, among them the sentinel
            *failAt = p;
            return nullptr;
        }
    }
}

// The unescaped UTF-8 of a checked string, as simdjson's get_string gives it; false for a
// surrogate escape (pairs and lone ones are left to simdjson).
bool unescape(const RawString &raw, std::string *out)
{
    out->clear();
    const char *p = raw.begin;
    while (p < raw.end) {
        const char *slash = static_cast<const char *>(std::memchr(p, '\\', size_t(raw.end - p)));
        if (!slash) {
            out->append(p, raw.end);
            break;
        }
        out->append(p, slash);
        const char e = slash[1];
        p = slash + 2;
        switch (e) {
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
            const unsigned cp = unsigned(hexValue(slash[2]) << 12 | hexValue(slash[3]) << 8
                                         | hexValue(slash[4]) << 4 | hexValue(slash[5]));
            if (cp >= 0xD800 && cp <= 0xDFFF)
                return false;
            if (cp < 0x80) {
                out->push_back(char(cp));
            } else if (cp < 0x800) {
                out->push_back(char(0xC0 | (cp >> 6)));
                out->push_back(char(0x80 | (cp & 0x3F)));
            } else {
                out->push_back(char(0xE0 | (cp >> 12)));
                out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
                out->push_back(char(0x80 | (cp & 0x3F)));
            }
            p = slash + 6;
            break;
        }
        default: out->push_back(e); break; // '"', '\\', '/'
        }
    }
    return true;
}

// Checks the number at p; returns where it ends (or where it went wrong, with *ok false).
// With `value`, also its value, correctly rounded like simdjson's: exactly by one
// multiplication or division when mantissa and power of ten are exact doubles, else by
// std::from_chars. Left to simdjson: numbers out of the double range, numbers of more than 19
// digits, which Debian's simdjson 3.0.1 does not always read right (0.1000000000000000000001
// gives 0.000387582...) and which are to read as they always were, and exponents of more than 8
// digits (simdjson refuses 20: 21e00000000000000000001).
Q_ALWAYS_INLINE const char *scanNumber(const char *p, double *value, bool *ok)
{
    *ok = false;
    const char *const start = p;
    const bool negative = *p == '-';
    p += negative;
    std::uint64_t mantissa = 0;
    const char *const digits = p;
    if (*p == '0') {
        ++p;
    } else if (isDigit(*p)) {
        do {
            mantissa = mantissa * 10 + unsigned(*p - '0');
            ++p;
        } while (isDigit(*p));
    } else {
        return p;
    }
    qsizetype digitCount = p - digits;
    qint64 exponent = 0;
    qsizetype exponentDigits = 0;
    if (*p == '.') {
        ++p;
        const char *const fraction = p;
        if (!isDigit(*p))
            return p;
        do {
            mantissa = mantissa * 10 + unsigned(*p - '0');
            ++p;
        } while (isDigit(*p));
        digitCount += p - fraction;
        exponent = -qint64(p - fraction);
    }
    if ((*p | 0x20) == 'e') {
        ++p;
        bool negativeExponent = false;
        if (*p == '-' || *p == '+') {
            negativeExponent = *p == '-';
            ++p;
        }
        if (!isDigit(*p))
            return p;
        const char *const exponentStart = p;
        qint64 e = 0;
        do {
            if (e < 1'000'000)
                e = e * 10 + (*p - '0');
            ++p;
        } while (isDigit(*p));
        exponent += negativeExponent ? -e : e;
        exponentDigits = p - exponentStart;
    }
    if (*p == '\0') // the window's end: the number may go on
        return p;
    if (value) {
        if (digitCount > 19 || exponentDigits > 8)
            return p;
        if (mantissa <= (std::uint64_t(1) << 53) && exponent >= -22 && exponent <= 22) {
            double d = double(mantissa);
            d = exponent < 0 ? d / kPowersOfTen[-exponent] : d * kPowersOfTen[exponent];
            *value = negative ? -d : d;
        } else {
            double d = 0;
            const auto r = std::from_chars(start, p, d);
            if (r.ec != std::errc() || r.ptr != p || !std::isfinite(d))
                return p;
            *value = d;
        }
    }
    *ok = true;
    return p;
}

// An integer id as simdjson's get_int64 reads it, within IdInterner's range; 12.0 or 1e3 (which
// IdInterner reads through get_double) and out-of-range ids are left to simdjson.
Q_ALWAYS_INLINE const char *scanIdNumber(const char *p, qint64 *id, bool *ok)
{
    *ok = false;
    const bool negative = *p == '-';
    p += negative;
    const char *const digits = p;
    std::uint64_t value = 0;
    if (*p == '0') {
        ++p;
    } else {
        while (isDigit(*p)) {
            value = value * 10 + unsigned(*p - '0');
            ++p;
        }
    }
    const qsizetype count = p - digits;
    if (count == 0 || count > 18 || *p == '.' || (*p | 0x20) == 'e' || isDigit(*p) || *p == '\0')
        return p;
    if (value > (std::uint64_t(1) << 53))
        return p;
    *id = negative ? -qint64(value) : qint64(value);
    *ok = true;
    return p;
}

// Whitespace without counting lines, to look ahead.
inline const char *blank(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
        ++p;
    return p;
}

inline QString toQString(const char *data, qsizetype size, bool ascii)
{
    if (ascii && size > 0)
        return QString::fromLatin1(data, size);
    return fromUtf8Exact(data, size);
}

class Reader
{
public:
    Reader(InstancesState &state, QIODevice *device, qint64 size)
        : m_state(state), m_device(device), m_size(size)
    {
    }
    Reader(InstancesState &state, const char *data, qsizetype size)
        : m_state(state), m_data(data), m_size(size)
    {
    }

    // Reads the whole text into the state; Ok when the text had an "images" list.
    Step read();

private:
    // The window: text from offset m_base in m_buffer up to m_end, where a zero byte follows.
    bool fill(const char *&from, qsizetype want);
    qint64 readSome(char *to, qsizetype max);
    qint64 offsetOf(const char *p) const { return m_base + (p - m_buffer.get()); }
    TextPosition positionOf(const char *p) const
    {
        return {m_line, int(offsetOf(p) - m_lineStart + 1)};
    }

    // Failure at p: if it touched the end of the window before the end of the text, the entry
    // is read again with more text.
    Step fail(const char *p) const
    {
        return !m_eof && p + 16 >= m_end ? Step::More : Step::GiveUp;
    }

    // Whitespace, counting lines (line breaks occur nowhere else in valid JSON).
    Q_ALWAYS_INLINE const char *space(const char *p)
    {
        if (*p > ' ')
            return p;
        for (;;) {
            const char c = *p;
            if (c > ' ')
                return p;
            if (c == ' ' || c == '\t' || c == '\r') {
                ++p;
            } else if (c == '\n') {
                ++p;
                ++m_line;
                m_lineStart = offsetOf(p);
            } else {
                return p;
            }
        }
    }

    // Runs f on the text at p, again with a larger window as long as it asks for more.
    template<typename F>
    Step unit(const char *&p, F f);

    Step skipValue(const char *&p, int depth);
    Step skipContainer(const char *&p, int depth);
    Step string(const char *&p, RawString *raw);
    Step text(const char *&p, std::string *utf8, bool *ascii); // a string value, unescaped
    Step qjsonValue(const char *&p, int depth, QJsonValue *out);
    Step id(const char *&p, IdInterner &interner, qint64 *id, QString *text);
    Q_ALWAYS_INLINE Step idNumber(const char *&p, qint64 *id)
    {
        bool ok = false;
        const char *end = scanIdNumber(p, id, &ok);
        if (!ok)
            return fail(end);
        p = end;
        return Step::Ok;
    }
    Step number(const char *&p, double *value);

    template<typename Entry>
    Step list(const char *&p, Entry entry);
    Step image(const char *&p);
    Step category(const char *&p);
    Step annotation(const char *&p);

    InstancesState &m_state;
    QIODevice *m_device = nullptr;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_consumed = 0; // of m_data
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    const char *m_end = nullptr;
    qint64 m_base = 0;
    bool m_eof = false;
    int m_line = 1;
    qint64 m_lineStart = 0;
    std::string m_scratch;
};

qint64 Reader::readSome(char *to, qsizetype max)
{
    if (m_device)
        return m_device->read(to, max);
    const qint64 n = qMin<qint64>(max, m_size - m_consumed);
    std::memcpy(to, m_data + m_consumed, size_t(n));
    m_consumed += n;
    return n;
}

bool Reader::fill(const char *&from, qsizetype want)
{
    qsizetype keep = m_end - from;
    if (m_eof || keep >= want)
        return true;
    const qsizetype shift = from - m_buffer.get();
    if (want > m_capacity || !m_buffer) {
        const qsizetype capacity = qMax(want, qMax(kWindow, m_capacity * 2));
        std::unique_ptr<char[]> bigger(new char[size_t(capacity + kPadding)]);
        if (keep > 0)
            std::memcpy(bigger.get(), from, size_t(keep));
        m_buffer = std::move(bigger);
        m_capacity = capacity;
    } else if (shift > 0 && keep > 0) {
        std::memmove(m_buffer.get(), from, size_t(keep));
    }
    m_base += shift;
    char *buffer = m_buffer.get();
    while (keep < m_capacity) {
        const qint64 n = readSome(buffer + keep, m_capacity - keep);
        if (n < 0)
            return false;
        if (n == 0) {
            m_eof = true;
            break;
        }
        keep += qsizetype(n);
    }
    std::memset(buffer + keep, 0, size_t(kPadding));
    m_end = buffer + keep;
    from = buffer;
    return true;
}

template<typename F>
Step Reader::unit(const char *&p, F f)
{
    for (qsizetype want = kAhead;;) {
        if (!fill(p, want))
            return Step::GiveUp;
        const char *const start = p;
        const int line = m_line;
        const qint64 lineStart = m_lineStart;
        const Step step = f(p);
        if (step != Step::More)
            return step;
        p = start;
        m_line = line;
        m_lineStart = lineStart;
        want = 2 * (m_end - p) + kAhead; // more than the window holds: fill() reads on
    }
}

Q_ALWAYS_INLINE Step Reader::string(const char *&p, RawString *raw)
{
    if (*p != '"')
        return fail(p);
    const char *failAt = p;
    const char *next = scanString(p, raw, &failAt);
    if (!next)
        return fail(failAt);
    p = next;
    return Step::Ok;
}

Step Reader::text(const char *&p, std::string *utf8, bool *ascii)
{
    RawString raw;
    if (const Step s = string(p, &raw); s != Step::Ok)
        return s;
    *ascii = raw.ascii && !raw.escaped; // "\u00e9" is ASCII only as written
    if (!raw.escaped) {
        utf8->assign(raw.begin, raw.end);
        return Step::Ok;
    }
    return unescape(raw, utf8) ? Step::Ok : Step::GiveUp;
}

Q_ALWAYS_INLINE Step Reader::number(const char *&p, double *value)
{
    bool ok = false;
    const char *end = scanNumber(p, value, &ok);
    if (!ok)
        return fail(end);
    p = end;
    return Step::Ok;
}

Q_ALWAYS_INLINE Step Reader::skipValue(const char *&p, int depth)
{
    // Scalars here, containers out of line: most values skipped are numbers.
    const char c = *p;
    if (c == '-' || isDigit(c))
        return number(p, nullptr);
    if (c == '"') {
        RawString raw;
        return string(p, &raw);
    }
    if (c == '{' || c == '[')
        return skipContainer(p, depth);
    const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
    for (size_t k = 0; k < word.size(); ++k) {
        if (p[k] != word[k])
            return fail(p + k);
    }
    p += word.size();
    return Step::Ok;
}

Step Reader::skipContainer(const char *&p, int depth)
{
    if (depth > kMaxSkipDepth)
        return Step::GiveUp;
    const bool object = *p == '{';
    const char close = object ? '}' : ']';
    p = space(p + 1);
    if (*p == close) {
        ++p;
        return Step::Ok;
    }
    for (;;) {
        if (object) {
            RawString key;
            if (const Step s = string(p, &key); s != Step::Ok)
                return s;
            p = space(p);
            if (*p != ':')
                return fail(p);
            p = space(p + 1);
        }
        if (const Step s = skipValue(p, depth + 1); s != Step::Ok)
            return s;
        p = space(p);
        if (*p == ',') {
            p = space(p + 1);
        } else if (*p == close) {
            ++p;
            return Step::Ok;
        } else {
            return fail(p);
        }
    }
}

// toQJson() over the window.
Step Reader::qjsonValue(const char *&p, int depth, QJsonValue *out)
{
    if (depth > kMaxQJsonDepth)
        return Step::GiveUp;
    switch (*p) {
    case '{': {
        QJsonObject object;
        p = space(p + 1);
        if (*p != '}') {
            std::string key;
            for (;;) {
                bool ascii = true;
                if (const Step s = text(p, &key, &ascii); s != Step::Ok)
                    return s;
                p = space(p);
                if (*p != ':')
                    return fail(p);
                p = space(p + 1);
                QJsonValue v;
                if (const Step s = qjsonValue(p, depth + 1, &v); s != Step::Ok)
                    return s;
                object.insert(toQString(key.data(), qsizetype(key.size()), ascii), v);
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
        *out = object;
        return Step::Ok;
    }
    case '[': {
        QJsonArray array;
        p = space(p + 1);
        if (*p != ']') {
            for (;;) {
                QJsonValue v;
                if (const Step s = qjsonValue(p, depth + 1, &v); s != Step::Ok)
                    return s;
                array.append(v);
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
        *out = array;
        return Step::Ok;
    }
    case '"': {
        std::string s;
        bool ascii = true;
        if (const Step step = text(p, &s, &ascii); step != Step::Ok)
            return step;
        *out = toQString(s.data(), qsizetype(s.size()), ascii);
        return Step::Ok;
    }
    case 't':
    case 'f':
    case 'n': {
        const char first = *p;
        if (const Step s = skipValue(p, 0); s != Step::Ok)
            return s;
        *out = first == 'n' ? QJsonValue(QJsonValue::Null) : QJsonValue(first == 't');
        return Step::Ok;
    }
    default: {
        double d = 0;
        if (const Step s = number(p, &d); s != Step::Ok)
            return s;
        *out = d;
        return Step::Ok;
    }
    }
}

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

template<typename Entry>
Step Reader::list(const char *&p, Entry entry)
{
    Step step = unit(p, [this](const char *&q) { return *q == '[' ? (++q, Step::Ok) : fail(q); });
    for (bool first = true; step == Step::Ok; first = false) {
        bool done = false;
        step = unit(p, [&](const char *&q) {
            q = space(q);
            if (*q == ']') {
                ++q;
                done = true;
                return Step::Ok;
            }
            if (!first) {
                if (*q != ',')
                    return fail(q);
                q = space(q + 1);
            }
            return entry(q);
        });
        if (done)
            break;
    }
    return step;
}

Step Reader::image(const char *&p)
{
    const TextPosition start = positionOf(p);
    if (*p != '{')
        return fail(p);
    DatasetImage image;
    qint64 id = 0;
    bool hasId = false;
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
                                               toQString(m_scratch.data(), qsizetype(m_scratch.size()), ascii));
            } else {
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
                s = isDigit(*p) ? idNumber(p, &imageId) : id(p, m_state.imageIdText, &imageId, nullptr);
                hasImage = true;
            } else if (key.is("category_id")) {
                s = isDigit(*p) ? idNumber(p, &categoryId)
                                : id(p, m_state.categoryIdText, &categoryId, nullptr);
                hasCategory = true;
            } else if (key.is("iscrowd")) {
                if (*p == 't' || *p == 'f') {
                    crowd = *p == 't' ? 1 : 0;
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
    box.score = score;
    if (attributes)
        box.attributes = std::move(*attributes);
    m_state.pending.imageIds.push_back(imageId);
    m_state.pending.categoryIds.push_back(categoryId);
    m_state.pending.textPositions.push_back(start);
    return Step::Ok;
}

Step Reader::read()
{
    // simdjson takes texts below 4 GiB only; larger ones get its error.
    if (m_size >= qint64(simdjson::SIMDJSON_MAXSIZE_BYTES) - qint64(simdjson::SIMDJSON_PADDING))
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
            key = name.is("images") ? Key::Images
                  : name.is("annotations") ? Key::Annotations
                  : name.is("categories") ? Key::Categories
                                          : Key::Other;
            return key == Key::Other ? skipValue(q, 1) : Step::Ok;
        });
        if (step != Step::Ok || key == Key::End)
            break;
        if (key == Key::Images) {
            step = list(p, [this](const char *&q) { return image(q); });
            sawImages = true;
        } else if (key == Key::Annotations) {
            m_state.reserveBoxes(m_size, false);
            step = list(p, [this](const char *&q) { return annotation(q); });
        } else if (key == Key::Categories) {
            step = list(p, [this](const char *&q) { return category(q); });
        }
    }
    if (step != Step::Ok)
        return Step::GiveUp;
    // Nothing but whitespace after the object.
    step = unit(p, [this](const char *&q) {
        q = space(q);
        return *q == '\0' && q == m_end && m_eof ? Step::Ok : fail(q);
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

    od::parser simd;
    od::document doc;
    COCO_CHECK(simd.iterate(json.view()).get(doc), QCoreApplication::translate("assay", "not a JSON text"));
    od::array root;
    COCO_CHECK(doc.get_array().get(root), QCoreApplication::translate("assay", "a COCO results file is a JSON list"));
    PendingRefs pending;
    IdInterner imageIds;
    IdInterner categoryIds;
    std::map<qint64, QString> imageText;
    std::map<qint64, QString> categoryText;
    for (auto elementResult : root) {
        od::value element;
        COCO_CHECK(elementResult.get(element), QCoreApplication::translate("assay", "malformed result entry"));
        if (element.current_location().get(where))
            where = nullptr;
        const char *start = where;
        od::object object;
        COCO_CHECK(element.get_object().get(object), QCoreApplication::translate("assay", "a result entry must be an object"));
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
            COCO_CHECK(std::move(fieldResult).get(field), QCoreApplication::translate("assay", "malformed result entry"));
            std::string_view key;
            COCO_CHECK(field.unescaped_key().get(key), QCoreApplication::translate("assay", "malformed key"));
            od::value v = field.value();
            if (key == "bbox") {
                COCO_CHECK(readBbox(v, bbox, &hasBbox), QCoreApplication::translate("assay", "\"bbox\" must be a list of numbers"));
            } else if (key == "image_id") {
                COCO_CHECK(imageIds.read(v, &imageId, &imageIdText),
                           QCoreApplication::translate("assay", "\"image_id\" must be an integer or a string"));
                hasImage = true;
            } else if (key == "category_id") {
                COCO_CHECK(categoryIds.read(v, &categoryId, &categoryIdText),
                           QCoreApplication::translate("assay", "\"category_id\" must be an integer or a string"));
                hasCategory = true;
            } else if (key == "score") {
                double d;
                COCO_CHECK(v.get_double().get(d), QCoreApplication::translate("assay", "\"score\" must be a number"));
                box.score = d;
            } else if (key == "segmentation") {
                dataset.report.skip(SkipReason::RleMask);
            }
        }
        if (!hasBbox || !hasImage || !hasCategory) {
            const TextPosition pos = lines.at(start);
            dataset.report.warn(WarningKind::MalformedEntry,
                                QCoreApplication::translate("assay", "result without \"bbox\", \"image_id\" or \"category_id\"; "
                                   "skipped"),
                                path, pos.line, pos.column);
            dataset.report.skip(SkipReason::InvalidBox);
            continue;
        }
        if (!box.score)
            box.score = 1.0;
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
                         QCoreApplication::translate("assay", "unexpected text after the JSON list"));

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
        const TextPosition pos = dataset.report.wantsDetail() ? lines.at(pending.positions[size_t(i)])
                                                             : TextPosition{0, 0};
        bool ok = true;
        if (box.image < 0) {
            dataset.report.warn(WarningKind::UnknownImage,
                                QCoreApplication::translate("assay", "result refers to an image id that is not in the reference; "
                                   "skipped"),
                                path, pos.line, pos.column);
            ok = false;
        } else if (box.category < 0) {
            dataset.report.warn(WarningKind::UnknownCategory,
                                QCoreApplication::translate("assay", "result refers to a category id that is not in the "
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

void writeBbox(JsonWriter &w, const DatasetBox &box)
{
    // One line per bbox even when pretty: four numbers on four lines is unreadable.
    QByteArray text("[");
    appendShortest(text, box.x);
    text.append(',');
    appendShortest(text, box.y);
    text.append(',');
    appendShortest(text, box.w);
    text.append(',');
    appendShortest(text, box.h);
    text.append(']');
    w.rawValue(text);
}

Status checkedWrite(const QString &outPath, const QByteArray &bytes, WrittenFiles *written)
{
    ASSAY_TRY(writeWholeFile(outPath, bytes));
    written->files << QFileInfo(outPath).absoluteFilePath();
    return {};
}

// ---- The instances writer -----------------------------------------------------------------------
// The text of JsonWriter, byte for byte (compact and pretty), written straight into a buffer that
// goes to the file a megabyte at a time: no 150 MB buffer to fill for a million boxes, no
// temporary QByteArray per number.

// appendShortest()'s text (std::to_chars' shortest form) of m * 10^exponent, m > 0 with at most 15
// significant digits: fixed or scientific notation, whichever is shorter, fixed on a tie, as
// std::to_chars chooses. Writes at most 40 bytes.
char *layOutShortest(char *out, bool negative, std::uint64_t m, int exponent)
{
    while (m % 10 == 0) {
        m /= 10;
        ++exponent;
    }
    char digits[40];
    const int n = int(std::to_chars(digits, digits + 24, m).ptr - digits);
    const int scientificExponent = n - 1 + exponent; // of the first digit
    const int absExponent = scientificExponent < 0 ? -scientificExponent : scientificExponent;
    const int fixedLength = exponent >= 0 ? n + exponent
                            : scientificExponent >= 0 ? n + 1
                                                      : n + 1 - scientificExponent;
    const int scientificLength = n + (n > 1 ? 1 : 0) + 2 + (absExponent >= 100 ? 3 : 2);
    if (negative)
        *out++ = '-';
    // Copies of a fixed 16 bytes (n <= 16) instead of calls to memcpy; only n of them count.
    if (scientificLength < fixedLength) {
        *out++ = digits[0];
        if (n > 1) {
            *out++ = '.';
            std::memcpy(out, digits + 1, 16);
            out += n - 1;
        }
        *out++ = 'e';
        *out++ = scientificExponent < 0 ? '-' : '+';
        if (absExponent < 10)
            *out++ = '0';
        return std::to_chars(out, out + 4, absExponent).ptr;
    }
    if (exponent >= 0) { // an integer, at most 15 digits long, or it would be scientific
        std::memcpy(out, digits, 16);
        out += n;
        for (int i = 0; i < exponent; ++i)
            *out++ = '0';
        return out;
    }
    if (scientificExponent >= 0) {
        const int whole = scientificExponent + 1;
        std::memcpy(out, digits, 16);
        out += whole;
        *out++ = '.';
        std::memcpy(out, digits + whole, 16);
        return out + (n - whole);
    }
    *out++ = '0';
    *out++ = '.';
    for (int i = 0; i < -scientificExponent - 1; ++i)
        *out++ = '0';
    std::memcpy(out, digits, 16);
    return out + n;
}

// What appendShortest() appends, at out (room for 40 bytes). Most coordinates have a few
// decimals: when a decimal of at most 15 significant digits reads back as exactly v, it is the
// only such decimal (DBL_DIG), so std::to_chars finds the same digits. The test is exact: the
// scaled value and the power of ten are exact doubles, and the division rounds correctly.
// Everything else goes to std::to_chars.
char *writeShortest(char *out, double v)
{
    if (!std::isfinite(v)) {
        std::memcpy(out, "null", 4);
        return out + 4;
    }
    if (v == 0) { // also -0
        *out = '0';
        return out + 1;
    }
    const double a = std::fabs(v);
    if (a >= 1e-7 && a < 1e8) {
        // Up to 7 decimals in one test: a decimal with k <= 7 decimals that reads back as v is
        // the one that rounds a * 10^7 (the rounding errors stay far below 0.5 here).
        const auto m = std::uint64_t(a * 1e7 + 0.5);
        if (m != 0 && double(m) / 1e7 == a)
            return layOutShortest(out, v < 0, m, -7);
    } else if (a >= 1e8 && a < 1e15) {
        for (int k = 0; k <= 6; ++k) {
            const double scaled = a * kPowersOfTen[k];
            if (scaled >= 1e15)
                break;
            const auto m = std::uint64_t(scaled + 0.5);
            if (double(m) / kPowersOfTen[k] == a)
                return layOutShortest(out, v < 0, m, -k);
        }
    }
    return std::to_chars(out, out + 32, v).ptr;
}

class JsonOut
{
public:
    // To a device, a block at a time.
    JsonOut(bool pretty, QIODevice *device) : m_device(device), m_pretty(pretty)
    {
        m_block.reset(new char[size_t(kBlock)]);
        m_begin = m_pos = m_block.get();
        m_end = m_begin + kBlock;
    }
    // Into one buffer, first of `expected` bytes.
    JsonOut(bool pretty, qsizetype expected) : m_pretty(pretty)
    {
        m_bytes.resize(qMax<qsizetype>(expected, 256));
        m_begin = m_pos = m_bytes.data();
        m_end = m_begin + m_bytes.size();
    }

    // Writes out what is left (device); false when a write failed.
    bool finish()
    {
        if (m_device)
            flush();
        return m_ok;
    }
    QByteArray takeBytes()
    {
        m_bytes.resize(m_pos - m_begin);
        return std::move(m_bytes);
    }

    // JsonWriter's functions of the same names.
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // A name of plain ASCII letters and digits, which needs no escape.
    template<size_t N>
    Q_ALWAYS_INLINE void key(const char (&name)[N])
    {
        beforeValue();
        char *p = room(N + 3);
        *p++ = '"';
        std::memcpy(p, name, N - 1);
        p += N - 1;
        *p++ = '"';
        *p++ = ':';
        if (m_pretty)
            *p++ = ' ';
        m_pos = p;
        m_afterKey = true;
    }
    void key(std::string_view name)
    {
        beforeValue();
        putString(name.data(), qsizetype(name.size()));
        put(m_pretty ? ": " : ":", m_pretty ? 2 : 1);
        m_afterKey = true;
    }
    Q_ALWAYS_INLINE void value(qint64 v)
    {
        beforeValue();
        m_pos = std::to_chars(room(24), m_end, v).ptr;
    }
    Q_ALWAYS_INLINE void value(double v)
    {
        beforeValue();
        m_pos = writeShortest(room(40), v);
    }
    void value(bool v)
    {
        beforeValue();
        if (v)
            put("true", 4);
        else
            put("false", 5);
    }
    void value(const QString &v)
    {
        beforeValue();
        const QByteArray utf8 = v.toUtf8();
        putString(utf8.constData(), utf8.size());
    }
    void value(std::string_view v)
    {
        beforeValue();
        putString(v.data(), qsizetype(v.size()));
    }
    void null()
    {
        beforeValue();
        put("null", 4);
    }
    // A byte outside the structure (the final line break).
    void raw(char c) { put(c); }
    // writeBbox(): one line even when pretty.
    Q_ALWAYS_INLINE void bbox(const DatasetBox &box)
    {
        beforeValue();
        char *p = room(4 * 40 + 5);
        *p++ = '[';
        p = writeShortest(p, box.x);
        *p++ = ',';
        p = writeShortest(p, box.y);
        *p++ = ',';
        p = writeShortest(p, box.w);
        *p++ = ',';
        p = writeShortest(p, box.h);
        *p++ = ']';
        m_pos = p;
    }
    void json(const QJsonValue &v) { writeJsonValue(*this, v); }

private:
    static constexpr qsizetype kBlock = qsizetype(1) << 20;

    Q_ALWAYS_INLINE char *room(qsizetype n)
    {
        if (m_end - m_pos < n)
            makeRoom(n);
        return m_pos;
    }
    void makeRoom(qsizetype n)
    {
        const qsizetype used = m_pos - m_begin;
        if (m_device) {
            flush();
            if (m_end - m_begin >= n)
                return;
            m_block.reset(new char[size_t(n)]); // one very long string
            m_begin = m_pos = m_block.get();
            m_end = m_begin + n;
            return;
        }
        m_bytes.resize(qMax(2 * m_bytes.size(), used + n));
        m_begin = m_bytes.data();
        m_pos = m_begin + used;
        m_end = m_begin + m_bytes.size();
    }
    void flush()
    {
        const qsizetype used = m_pos - m_begin;
        if (m_ok && used > 0 && m_device->write(m_begin, used) != used)
            m_ok = false;
        m_pos = m_begin;
    }
    void put(const char *s, qsizetype n)
    {
        std::memcpy(room(n), s, size_t(n));
        m_pos += n;
    }
    Q_ALWAYS_INLINE void put(char c)
    {
        *room(1) = c;
        ++m_pos;
    }
    // appendJsonString()
    void putString(const char *data, qsizetype size)
    {
        static const char hex[] = "0123456789abcdef";
        char *p = room(6 * size + 2);
        *p++ = '"';
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && c != '"' && c != '\\') {
                *p++ = c;
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            case '\b': *p++ = 'b'; break;
            case '\f': *p++ = 'f'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[u >> 4];
                *p++ = hex[u & 15];
            }
        }
        *p++ = '"';
        m_pos = p;
    }
    Q_ALWAYS_INLINE void newline()
    {
        if (m_pretty)
            indent();
    }
    void indent()
    {
        const qsizetype n = 1 + 2 * qsizetype(m_first.size());
        char *p = room(n);
        *p = '\n';
        std::memset(p + 1, ' ', size_t(n - 1));
        m_pos += n;
    }
    Q_ALWAYS_INLINE void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.empty())
            return;
        if (!m_first.back())
            put(',');
        m_first.back() = false;
        newline();
    }
    Q_ALWAYS_INLINE void open(char c)
    {
        beforeValue();
        put(c);
        m_first.push_back(true);
    }
    Q_ALWAYS_INLINE void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty)
            newline();
        put(c);
    }

    QIODevice *m_device = nullptr;
    std::unique_ptr<char[]> m_block;
    QByteArray m_bytes;
    char *m_begin = nullptr;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    std::vector<char> m_first; // per open container: nothing written yet
    bool m_pretty = false;
    bool m_afterKey = false;
    bool m_ok = true;
};

void writeInstances(const Dataset &dataset, JsonOut &w, QStringList *warnings)
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
        const bool plain = box.attributes.isEmpty();
        w.beginObject();
        w.key("id");
        w.value(++annotationId);
        w.key("image_id");
        w.value(imageIds[size_t(box.image)]);
        w.key("category_id");
        w.value(categoryIds[size_t(box.category)]);
        w.key("bbox");
        w.bbox(box);
        w.key("area");
        w.value(box.w * box.h);
        w.key("iscrowd");
        w.value(qint64(!plain && box.attributes.value(QLatin1String("iscrowd")).toInt() != 0 ? 1 : 0));
        w.key("segmentation");
        w.beginArray();
        w.endArray();
        if (box.score) {
            w.key("score");
            w.value(*box.score);
        }
        if (!plain) {
            QJsonObject attributes = box.attributes;
            attributes.remove(QStringLiteral("iscrowd"));
            if (!attributes.isEmpty()) {
                w.key("attributes");
                w.json(attributes);
            }
        }
        w.endObject();
        if (!box.annotator.isEmpty())
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
            *warnings << QCoreApplication::translate("assay", "%1 classification labels not written: COCO instances have no place "
                            "for them")
                             .arg(dataset.labels.size());
        if (withAnnotator > 0)
            *warnings << QCoreApplication::translate("assay", "the annotator of %1 boxes is not written: COCO has no field for it")
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
        const QStringList names = QDir(dir.filePath(sub)).entryList({QStringLiteral("*.json")},
                                                                    QDir::Files, QDir::Name);
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
    const bool images = head.contains("\"images\"");
    const bool annotations = head.contains("\"annotations\"");
    const bool categories = head.contains("\"categories\"");
    if (images && (annotations || categories))
        return 90;
    if (images)
        return 50;
    return 0;
}

} // namespace

QString CocoFormat::name() const
{
    return QStringLiteral("coco");
}

QString CocoFormat::displayName() const
{
    return QCoreApplication::translate("assay", "COCO instances JSON");
}

Confidence CocoFormat::canRead(const QString &path) const
{
    return sniffJson(path, false);
}

Result<Dataset> CocoFormat::parse(const QByteArray &bytes, const QString &path,
                                  const ReadOptions &options)
{
    if (auto dataset = readInstancesStreaming(nullptr, bytes.constData(), bytes.size(), path, options))
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
                             QCoreApplication::translate("assay", "the folder holds no single COCO instances file"), path);
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
    JsonOut out(options.prettyJson, 64 + dataset.images.size() * 80 + dataset.boxes.size() * 130);
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
        return ioError(outPath, QCoreApplication::translate("assay", "cannot create the folder %1").arg(info.absolutePath()));
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(outPath, QCoreApplication::translate("assay", "cannot open for writing: %1").arg(file.errorString()));
    JsonOut out(options.prettyJson, &file);
    writeInstances(dataset, out, &written.warnings);
    if (!out.finish() || !file.commit())
        return ioError(outPath, QCoreApplication::translate("assay", "write failed: %1").arg(file.errorString()));
    written.files << QFileInfo(outPath).absoluteFilePath();
    return written;
}

QString CocoResultsFormat::name() const
{
    return QStringLiteral("coco-results");
}

QString CocoResultsFormat::displayName() const
{
    return QCoreApplication::translate("assay", "COCO results JSON (predictions)");
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
    JsonWriter w(options.prettyJson);
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
        writeBbox(w, box);
        w.key("score");
        w.value(box.score.value_or(1.0));
        w.endObject();
        if (!box.score)
            ++withoutScore;
    }
    w.endArray();
    w.data().append('\n');
    if (warnings && withoutScore > 0)
        *warnings << QCoreApplication::translate("assay", "%1 boxes without a score were written with score 1").arg(withoutScore);
    return std::move(w.data());
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
