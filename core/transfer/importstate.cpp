// SPDX-License-Identifier: Apache-2.0
// The state handler of "dataset.imported": labels or predictions brought in from another tool.
// Its payload can hold a million boxes, so it is read with simdjson straight into prepared
// statements instead of through QJsonObject.
#include "core/transfer/transferevents.h"
#include "core/transfer/transferservice.h"

#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/store/importchunks.h"
#include "core/store/importrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>
#include <zstd.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace assay::core {

using store::Database;
using store::Event;
using store::Statement;
namespace importrows = store::importrows;
using store::compressChunk;

namespace {

using namespace simdjson;

// The payload, as written by transfer::importDataset (core/transfer/datasetimport.cpp):
//  {"mode": "labels"|"prelabels", "format": "coco", "source": "/path", "model": "...",
//   "person_id": "...", "taxonomy_version": 3, "guideline_version": 1,
//   "classes": ["class id", ...],                         category index -> class id
//   "summary": "{...}",                                   the import report, JSON text
//   "annotations": [[annotation id, item id, person id, [category...],
//                    [[category, x, y, w, h(, attributes JSON text|null)], ...]], ...]
//   "prelabels": [[item id, category, x|null, y|null, w|null, h|null, score|null], ...]}
// Annotation ids are "<prefix><8 hex digits>", the digits counting the rows from 0. Box ids are
// "<annotation id>/<n>" and pre-label ids "<event id>/<n>" (1-based): derived, so the payload
// does not carry a million ids.
struct Context
{
    Database *db = nullptr;
    const Event *event = nullptr;
    QString mode, format, source, model, personId, summary;
    int64_t taxonomyVersion = 0;
    int64_t guidelineVersion = 0;
    std::vector<std::string> classes;
    bool headerWritten = false;
    const char *payloadEnd = nullptr; // end of the payload's text

};

Error payloadError(const Event &e, const QString &what)
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("assay", "event %1: import payload: %2").arg(e.id, what),
                 {}};
}

QString qstr(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

Status writeHeader(Context &c)
{
    if (c.headerWritten)
        return {};
    c.headerWritten = true;
    auto s = c.db->cached("INSERT INTO imports (event_id, event_seq, mode, format, source, model,"
                          " person_id, summary, time, taxonomy_version, guideline_version, classes)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!s)
        return s.error();
    Statement &st = **s;
    st.bind(1, c.event->id).bind(2, c.event->seq).bind(3, c.mode).bind(4, c.format);
    st.bind(5, c.source).bindOptional(6, c.model).bind(7, c.personId).bindOptional(8, c.summary);
    st.bind(9, c.event->time).bind(10, qint64(c.taxonomyVersion)).bind(11, qint64(c.guidelineVersion));
    QJsonArray classes;
    for (const std::string &id : c.classes)
        classes.append(QString::fromStdString(id));
    st.bind(12, QString::fromUtf8(QJsonDocument(classes).toJson(QJsonDocument::Compact)));
    return st.exec();
}

// A category index from the payload, checked against "classes".
bool category(Context &c, int64_t index, std::string_view *classId)
{
    if (index < 0 || size_t(index) >= c.classes.size())
        return false;
    *classId = c.classes[size_t(index)];
    return true;
}

// The annotation rows go into import_chunks as they are (see importchunks_p.h): each row is
// checked, the rows are sorted by item, and every chunk of about s_chunkBytes holds the rows
// of a range of items.
constexpr size_t s_chunkBytes = 32 * 1024;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The end of a row whose successor starts at `next`: before the comma and any white space.
const char *rowEndBefore(const char *start, const char *next)
{
    const char *end = next;
    while (end > start && isJsonSpace(end[-1]))
        --end;
    if (end > start && end[-1] == ',')
        --end;
    while (end > start && isJsonSpace(end[-1]))
        --end;
    return end > start ? end : nullptr;
}

// Just past the bracket that closes the array starting at `start` (strings skipped); null
// when it does not close before `limit`. The parser has checked the text already.
const char *closingEnd(const char *start, const char *limit)
{
    int depth = 0;
    bool inString = false;
    for (const char *p = start; p < limit; ++p) {
        const char ch = *p;
        if (inString) {
            if (ch == '\\')
                ++p;
            else if (ch == '"')
                inString = false;
        } else if (ch == '"') {
            inString = true;
        } else if (ch == '[' || ch == '{') {
            ++depth;
        } else if (ch == ']' || ch == '}') {
            if (--depth == 0)
                return p + 1;
        }
    }
    return nullptr;
}

Status readAnnotations(Context &c, ondemand::array annotations)
{
    struct Row
    {
        std::string_view text; // the row's JSON, inside the payload
        std::string item;
        int64_t n = 0;
        qint64 boxes = 0;
    };
    std::vector<Row> rows;
    std::vector<std::string> people;
    std::string prefix;
    importrows::RowView view;
    std::vector<const char *> starts; // where each row's text begins in the payload
    for (auto value : annotations) {
        const char *start = nullptr;
        ondemand::array fields;
        if (value.current_location().get(start) || value.get_array().get(fields)
            || !importrows::readRow(fields, c.classes.size(), &view))
            return payloadError(*c.event, QStringLiteral("annotation row %1").arg(rows.size() + 1));
        const int64_t n = importrows::rowNumber(view.id);
        if (rows.empty())
            prefix = std::string(view.id.substr(0, view.id.size() - 8));
        if (n != int64_t(rows.size()) || view.id.size() != prefix.size() + 8
            || view.id.substr(0, prefix.size()) != prefix)
            return payloadError(*c.event, QStringLiteral("annotation id %1 is not the next of the import")
                                              .arg(QString::fromUtf8(view.id.data(), qsizetype(view.id.size()))));
        if (std::find(people.begin(), people.end(), view.person) == people.end())
            people.emplace_back(view.person);
        starts.push_back(start);
        rows.push_back({{}, std::string(view.item), n, qint64(view.boxes.size())});
    }
    // The text the chunks keep: from a row's start to the separator before the next one (the
    // last row ends where its brackets close).
    for (size_t i = 0; i < rows.size(); ++i) {
        const char *end = i + 1 < rows.size() ? rowEndBefore(starts[i], starts[i + 1])
                                              : closingEnd(starts[i], c.payloadEnd);
        if (!end)
            return payloadError(*c.event, QStringLiteral("annotation row %1").arg(i + 1));
        rows[i].text = std::string_view(starts[i], size_t(end - starts[i]));
    }

    // Every person must be one of the project (the annotations table has a foreign key for it).
    auto person = c.db->cached("SELECT 1 FROM people WHERE id = ?1");
    if (!person)
        return person.error();
    for (const std::string &p : people) {
        (*person)->bindUtf8(1, p);
        const bool known = (*person)->step();
        (*person)->reset();
        if (!known)
            return payloadError(*c.event, QStringLiteral("unknown person %1").arg(QString::fromStdString(p)));
    }

    auto byItem = [](const Row &a, const Row &b) { return a.item < b.item; };
    if (!std::is_sorted(rows.begin(), rows.end(), byItem))
        std::stable_sort(rows.begin(), rows.end(), byItem);

    auto insert = c.db->cached("INSERT INTO import_chunks (import_id, min_n, max_n, first_item, last_item,"
                               " annotations, boxes, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    const QByteArray eventId = c.event->id.toUtf8();
    std::string data;
    data.reserve(s_chunkBytes * 2);
    QByteArray packed;
    const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> compressor(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    for (size_t first = 0; first < rows.size();) {
        size_t last = first;
        int64_t minN = rows[first].n, maxN = rows[first].n;
        qint64 boxes = 0;
        data = "[";
        while (last < rows.size() && (last == first || data.size() + rows[last].text.size() < s_chunkBytes)) {
            if (last > first)
                data += ',';
            data += rows[last].text;
            minN = std::min(minN, rows[last].n);
            maxN = std::max(maxN, rows[last].n);
            boxes += rows[last].boxes;
            ++last;
        }
        data += ']';
        ASSAY_TRY(compressChunk(compressor.get(), data, &packed));
        s.bindUtf8(1, {eventId.constData(), size_t(eventId.size())}).bind(2, qint64(minN)).bind(3, qint64(maxN));
        s.bindUtf8(4, rows[first].item).bindUtf8(5, rows[last - 1].item);
        s.bind(6, qint64(last - first)).bind(7, boxes).bind(8, packed);
        ASSAY_TRY(s.exec());
        first = last;
    }
    if (!rows.empty()) {
        auto update = c.db->cached("UPDATE imports SET id_prefix = ?2 WHERE event_id = ?1");
        if (!update)
            return update.error();
        (*update)->bind(1, c.event->id).bindUtf8(2, prefix);
        ASSAY_TRY((*update)->exec());
    }
    return {};
}

Status readPrelabels(Context &c, ondemand::array prelabels)
{
    auto insert = c.db->cached("INSERT INTO prelabels (id, item_id, import_id, class_id, x, y, w, h,"
                               " score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    const std::string eventId = c.event->id.toStdString();
    std::string id;
    qint64 n = 0;
    for (auto row : prelabels) {
        ondemand::array fields;
        if (row.get_array().get(fields))
            return payloadError(*c.event, QStringLiteral("pre-label row"));
        auto f = fields.begin();
        std::string_view itemId;
        if (f == fields.end() || (*f).get_string().get(itemId))
            return payloadError(*c.event, QStringLiteral("pre-label item"));
        ++f;
        int64_t index = -1;
        std::string_view classId;
        if (f == fields.end() || (*f).get_int64().get(index) || !category(c, index, &classId))
            return payloadError(*c.event, QStringLiteral("pre-label class"));
        id = eventId;
        id += '/';
        id += std::to_string(++n);
        s.bindUtf8(1, id).bindUtf8(2, itemId).bindUtf8(3, eventId).bindUtf8(4, classId);
        for (int column = 5; column <= 9; ++column) {
            ++f;
            if (f == fields.end())
                return payloadError(*c.event, QStringLiteral("pre-label row length"));
            auto v = *f;
            bool isNull = false;
            if (v.is_null().get(isNull))
                return payloadError(*c.event, QStringLiteral("pre-label value"));
            double value = 0;
            if (isNull)
                s.bindNull(column);
            else if (v.get_double().get(value))
                return payloadError(*c.event, QStringLiteral("pre-label value"));
            else
                s.bind(column, value);
        }
        ASSAY_TRY(s.exec());
    }
    return {};
}

} // namespace

static Status datasetImported(Database *db, const Event &event, const QByteArray &json)
{
    Context c;
    c.db = db;
    c.event = &event;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: a payload just built usually has
    // that much spare capacity, which saves copying tens of megabytes.
    padded_string copy;
    std::string_view payload(json.constData(), size_t(json.size()));
    size_t capacity = size_t(json.capacity());
    if (capacity < payload.size() + SIMDJSON_PADDING) {
        copy = padded_string(payload);
        payload = std::string_view(copy.data(), copy.size());
        capacity = copy.size() + SIMDJSON_PADDING;
    }
    c.payloadEnd = payload.data() + payload.size();
    ondemand::parser parser;
    ondemand::document doc;
    if (parser.iterate(payload.data(), payload.size(), capacity).get(doc))
        return payloadError(event, QStringLiteral("not JSON"));
    ondemand::object root;
    if (doc.get_object().get(root))
        return payloadError(event, QStringLiteral("not an object"));
    auto text = [&](ondemand::value v, QString *out) {
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        *out = qstr(s);
        return true;
    };
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return payloadError(event, QStringLiteral("key"));
        ondemand::value v;
        if (field.value().get(v))
            return payloadError(event, QString::fromUtf8(key.data(), qsizetype(key.size())));
        bool ok = true;
        if (key == "mode")
            ok = text(v, &c.mode);
        else if (key == "format")
            ok = text(v, &c.format);
        else if (key == "source")
            ok = text(v, &c.source);
        else if (key == "model")
            ok = text(v, &c.model);
        else if (key == "person_id")
            ok = text(v, &c.personId);
        else if (key == "summary")
            ok = text(v, &c.summary);
        else if (key == "taxonomy_version")
            ok = !v.get_int64().get(c.taxonomyVersion);
        else if (key == "guideline_version")
            ok = !v.get_int64().get(c.guidelineVersion);
        else if (key == "classes") {
            ondemand::array classes;
            ok = !v.get_array().get(classes);
            for (auto cls : classes) {
                std::string_view id;
                if (!ok || cls.get_string().get(id)) {
                    ok = false;
                    break;
                }
                c.classes.emplace_back(id);
            }
        } else if (key == "annotations" || key == "prelabels") {
            // Header fields come first in the payload; the rows need them.
            ASSAY_TRY(writeHeader(c));
            ondemand::array rows;
            if (v.get_array().get(rows))
                return payloadError(event, QString::fromUtf8(key.data(), qsizetype(key.size())));
            ASSAY_TRY(key == "annotations" ? readAnnotations(c, rows) : readPrelabels(c, rows));
        }
        if (!ok)
            return payloadError(event, QString::fromUtf8(key.data(), qsizetype(key.size())));
    }
    return writeHeader(c);
}

void TransferService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.addBulk(DatasetImported::kind, datasetImported);
    registry.addStateTables({QStringLiteral("imports"), QStringLiteral("prelabels"),
                             QStringLiteral("import_chunks")});
}

} // namespace assay::core
