// SPDX-License-Identifier: Apache-2.0
// Writing and reading the "dataset.imported" payload (layout: importpayload.h).
#include "core/transfer/importpayload.h"
#include "core/base/tr.h"

#include "core/assert.h"
#include "core/json/jsonwriter.h"
#include "core/store/importchunks.h"
#include "core/store/importrows.h"

#include <QCoreApplication>
#include <QUuid>

#include <simdjson.h>
#include <zstd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

namespace assay::core::transfer {

using core::json::JsonWriter;

namespace {

// The prefix of an import's annotation ids: a random UUID's text without its last 32 bits.
QByteArray newIdPrefix()
{
    QByteArray bytes = QUuid::createUuid().toRfc4122();
    for (int i = 12; i < 16; ++i)
        bytes[i] = 0;
    const QByteArray text = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces).toLatin1();
    return text.left(text.size() - 8);
}

// The id of row `row`: the prefix and the row number in eight hexadecimal digits.
void writeAnnotationId(JsonWriter &json, const QByteArray &prefix, quint32 row)
{
    char text[64];
    const qsizetype n = prefix.size();
    std::memcpy(text, prefix.constData(), size_t(n));
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i)
        text[n + i] = hex[(row >> (28 - 4 * i)) & 0xf];
    json.value(std::string_view(text, size_t(n + 8)));
}

std::string_view view(const QByteArray &utf8)
{
    return std::string_view(utf8.constData(), size_t(utf8.size()));
}

void writeOptional(JsonWriter &json, std::optional<double> v)
{
    if (v)
        json.value(*v);
    else
        json.null();
}

std::unique_ptr<JsonWriter> partWriter(qsizetype reserve)
{
    auto json = std::make_unique<JsonWriter>(core::json::JsonStyle::Compact, reserve);
    json->continueArray();
    return json;
}

} // namespace

// --- Writing -------------------------------------------------------------------------------

ImportAnnotationRows::ImportAnnotationRows(std::unique_ptr<JsonWriter> json,
                                           const QByteArray &idPrefix, quint32 firstRow)
    : m_json(std::move(json))
    , m_idPrefix(idPrefix)
    , m_first(firstRow)
    , m_next(firstRow)
{}

ImportAnnotationRows::ImportAnnotationRows(ImportAnnotationRows &&) noexcept = default;
ImportAnnotationRows &ImportAnnotationRows::operator=(ImportAnnotationRows &&) noexcept = default;
ImportAnnotationRows::~ImportAnnotationRows() = default;

void ImportAnnotationRows::beginRow(std::string_view item, std::string_view person,
                                    const QList<int> &classes)
{
    JsonWriter &out = *m_json;
    out.beginArray();
    ImportRowIndex::Row &row = m_rows.emplace_back();
    row.offset = size_t(out.size() - 1);
    row.item.assign(item);
    row.n = m_next;
    if (person != m_person) {
        m_person = person;
        if (std::find(m_people.begin(), m_people.end(), person) == m_people.end())
            m_people.emplace_back(person);
    }
    writeAnnotationId(out, m_idPrefix, m_next++);
    out.value(item);
    out.value(person);
    out.beginArray();
    for (const int c : classes)
        out.value(c);
    out.endArray();
    out.beginArray(); // the boxes
}

void ImportAnnotationRows::addBox(int category, double x, double y, double w, double h,
                                  const QByteArray &attributes)
{
    JsonWriter &out = *m_json;
    if (attributes.isEmpty()) {
        out.numbers(category, {x, y, w, h}); // most boxes: one call
    } else {
        out.beginArray();
        out.value(category);
        out.value(x);
        out.value(y);
        out.value(w);
        out.value(h);
        out.value(view(attributes));
        out.endArray();
    }
    ++m_rows.back().boxes;
}

void ImportAnnotationRows::endRow()
{
    m_json->endArray(); // the boxes
    m_json->endArray();
    m_rows.back().size = size_t(m_json->size()) - m_rows.back().offset;
}

ImportPayloadWriter::ImportPayloadWriter(const ImportPayloadHeader &header, qsizetype reserve)
    : m_json(std::make_unique<JsonWriter>(core::json::JsonStyle::Compact, reserve))
    , m_idPrefix(newIdPrefix())
{
    JsonWriter &json = *m_json;
    json.beginObject();
    json.key("mode");
    json.value(header.mode);
    json.key("format");
    json.value(header.format);
    json.key("source");
    json.value(header.source);
    json.key("model");
    json.value(header.model);
    json.key("person_id");
    json.value(header.personId);
    json.key("taxonomy_version");
    json.value(header.taxonomyVersion);
    json.key("guideline_version");
    json.value(header.guidelineVersion);
    json.key("classes");
    json.beginArray();
    for (const QString &c : header.classes)
        json.value(c);
    json.endArray();
    json.key("summary");
    json.value(header.summary);
    if (header.mode == ImportPayloadHeader::prelabelsMode())
        json.key("prelabels");
    else
        json.key("annotations");
    json.beginArray();
}

ImportPayloadWriter::~ImportPayloadWriter() = default;

// A prelabel row: [item, category, x, y, w, h, score], with nulls for what it lacks.
static void writePrelabel(JsonWriter &json, const Id &item, int category,
                          const std::optional<std::array<double, 4>> &box,
                          std::optional<double> score)
{
    json.beginArray();
    json.value(item);
    json.value(category);
    for (int i = 0; i < 4; ++i) {
        if (box)
            json.value((*box)[size_t(i)]);
        else
            json.null();
    }
    writeOptional(json, score);
    json.endArray();
}

void ImportPayloadWriter::addPrelabelBox(const Id &item, int category, double x, double y, double w,
                                         double h, std::optional<double> score)
{
    writePrelabel(*m_json, item, category, std::array<double, 4>{x, y, w, h}, score);
}

void ImportPayloadWriter::addPrelabelLabel(const Id &item, int category, std::optional<double> score)
{
    writePrelabel(*m_json, item, category, std::nullopt, score);
}

ImportAnnotationRows ImportPayloadWriter::annotationRows(quint32 firstRow, qsizetype reserve)
{
    if (!m_index) {
        m_index = std::make_shared<ImportRowIndex>();
        m_index->idPrefix = m_idPrefix.toStdString();
        if (m_json)
            m_index->rowsBegin = size_t(m_json->size());
    }
    if (firstRow == 0 && m_json)
        return ImportAnnotationRows(std::move(m_json), m_idPrefix, 0);
    return ImportAnnotationRows(partWriter(reserve), m_idPrefix, firstRow);
}

void ImportPayloadWriter::append(ImportAnnotationRows &&rows)
{
    ASSAY_ASSERT(rows.m_first == m_rows && rows.m_json && m_index, return );
    m_rows = rows.m_next;
    size_t base = 0; // where the part's text starts in the payload
    if (!m_json) {
        m_json = std::move(rows.m_json); // the part of row 0: the writer's own text
    } else {
        rows.m_json->endContinuedArray();
        const QByteArray part = rows.m_json->takeBytes();
        m_json->appendElements(part);
        base = size_t(m_json->size() - part.size());
    }
    for (ImportRowIndex::Row &row : rows.m_rows) {
        row.offset += base;
        m_index->rows.push_back(std::move(row));
    }
    for (std::string &person : rows.m_people) {
        if (std::find(m_index->people.begin(), m_index->people.end(), person)
            == m_index->people.end())
            m_index->people.push_back(std::move(person));
    }
}

DatasetImported ImportPayloadWriter::take()
{
    ASSAY_ASSERT(m_json, return {}); // the part of row 0 was not appended
    m_json->endArray();
    m_json->endObject();
    QByteArray text = m_json->takeBytes();
    if (m_index)
        compressOnce(text, *m_index);
    return DatasetImported{std::move(text), std::move(m_index)};
}

// The rows' chunks compressed, and the payload stored as the frames of its text before the
// rows, of each chunk, and of its text after them (see RowChunk). Left undone (the log and the
// applier then compress apart) unless the rows stand one after another, a comma between them.
void ImportPayloadWriter::compressOnce(const QByteArray &text, ImportRowIndex &index)
{
    const std::vector<ImportRowIndex::Row> &rows = index.rows;
    const std::string_view all(text.constData(), size_t(text.size()));
    if (rows.empty() || rows.back().offset + rows.back().size > all.size())
        return;
    for (size_t i = 0; i + 1 < rows.size(); ++i) {
        const size_t end = rows[i].offset + rows[i].size;
        if (rows[i + 1].offset != end + 1 || all[end] != ',')
            return;
    }
    std::vector<RowChunk> chunks = chunkRows(rows.size(),
                                             [&rows](size_t i) { return rows[i].size; });
    const size_t rowsEnd = rows.back().offset + rows.back().size;
    std::vector<QByteArray> frames;
    const Status st = compressChunks(
            chunks.size() + 2,
            [&](size_t i, std::string &) {
                if (i == 0)
                    return all.substr(0, rows.front().offset);
                if (i == chunks.size() + 1)
                    return all.substr(rowsEnd);
                const RowChunk &c = chunks[i - 1];
                const size_t from = rows[c.first].offset;
                const size_t to = c.last < rows.size() ? rows[c.last].offset : rowsEnd;
                return all.substr(from, to - from);
            },
            &frames);
    if (!st)
        return;
    qsizetype bytes = 0;
    for (const QByteArray &f : frames)
        bytes += f.size();
    index.stored.reserve(bytes);
    for (const QByteArray &f : frames)
        index.stored.append(f);
    index.frames.assign(std::make_move_iterator(frames.begin() + 1),
                        std::make_move_iterator(frames.end() - 1));
    index.chunks = std::move(chunks);
}

Status compressChunks(size_t count,
                      const std::function<std::string_view(size_t, std::string &)> &text,
                      std::vector<QByteArray> *frames)
{
    frames->assign(count, QByteArray());
    std::atomic<size_t> next = 0;
    std::atomic<bool> failed = false;
    std::mutex errorLock;
    Status error;
    auto compressAll = [&] {
        const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> compressor(ZSTD_createCCtx(),
                                                                              &ZSTD_freeCCtx);
        std::string scratch;
        QByteArray packed; // reused: each frame is then copied at its size, not the bound's
        for (size_t i = next++; i < count && !failed; i = next++) {
            const Status st = store::compressChunk(compressor.get(), text(i, scratch), &packed);
            (*frames)[i] = QByteArray(packed.constData(), packed.size());
            if (!st) {
                const std::lock_guard lock(errorLock);
                error = st;
                failed = true;
            }
        }
    };
    {
        std::jthread helper;
        if (count > 64)
            helper = std::jthread(compressAll);
        compressAll();
    }
    return failed ? error : Status();
}

// --- Reading -------------------------------------------------------------------------------

using namespace simdjson;

Error importPayloadError(const Id &eventId, const QString &what)
{
    return Error{ErrorCode::InvalidInput,
                 Tr::tr("event %1: import payload: %2").arg(eventId, what),
                 {}};
}

namespace {

QString qstr(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

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

class PayloadReader
{
public:
    PayloadReader(const Id &eventId, ImportPayloadHandler &handler, const char *payloadEnd,
                  const ImportRowIndex *index = nullptr, std::string_view payload = {})
        : m_eventId(eventId)
        , m_handler(handler)
        , m_payloadEnd(payloadEnd)
        , m_index(index)
        , m_payload(payload)
    {}

    Status read(ondemand::object root);

private:
    Error error(const QString &what) const { return importPayloadError(m_eventId, what); }
    Status header();
    Status readAnnotations(ondemand::array annotations);
    Status readPrelabels(ondemand::array prelabels);

    const Id &m_eventId;
    ImportPayloadHandler &m_handler;
    const char *m_payloadEnd; // end of the payload's text
    // The writer's index of the rows (the text parsed is then the header alone, with an empty
    // list of rows), and the whole payload.
    const ImportRowIndex *m_index;
    std::string_view m_payload;
    ImportPayloadHeader m_header;
    bool m_headerDone = false;
};

Status PayloadReader::header()
{
    if (m_headerDone)
        return {};
    m_headerDone = true;
    return m_handler.header(m_header);
}

Status PayloadReader::read(ondemand::object root)
{
    auto text = [&](ondemand::value v, QString *out) {
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        *out = qstr(s);
        return true;
    };
    auto integer = [&](ondemand::value v, qint64 *out) {
        int64_t n = 0;
        if (v.get_int64().get(n))
            return false;
        *out = n;
        return true;
    };
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return error(QStringLiteral("key"));
        ondemand::value v;
        if (field.value().get(v))
            return error(qstr(key));
        const bool headerField = key == "mode" || key == "format" || key == "source"
                                 || key == "model" || key == "person_id" || key == "summary"
                                 || key == "taxonomy_version" || key == "guideline_version"
                                 || key == "classes";
        // The handler has the header once the rows begin: a header field after them (or a
        // second list of rows' classes) would let rows index classes it never had (found by
        // fuzz_payload: "classes" between two "prelabels").
        if (headerField && m_headerDone)
            return error(QStringLiteral("%1 after the rows").arg(qstr(key)));
        bool ok = true;
        if (key == "mode")
            ok = text(v, &m_header.mode);
        else if (key == "format")
            ok = text(v, &m_header.format);
        else if (key == "source")
            ok = text(v, &m_header.source);
        else if (key == "model")
            ok = text(v, &m_header.model);
        else if (key == "person_id")
            ok = text(v, &m_header.personId);
        else if (key == "summary")
            ok = text(v, &m_header.summary);
        else if (key == "taxonomy_version")
            ok = integer(v, &m_header.taxonomyVersion);
        else if (key == "guideline_version")
            ok = integer(v, &m_header.guidelineVersion);
        else if (key == "classes") {
            // Not iterated unless it is an array: an array that failed to read has no parser
            // behind it (found by fuzz_payload: "classes" that was not an array crashed).
            ondemand::array classes;
            if (v.get_array().get(classes))
                return error(qstr(key));
            for (auto cls : classes) {
                std::string_view id;
                if (cls.get_string().get(id)) {
                    ok = false;
                    break;
                }
                m_header.classes.append(qstr(id));
            }
        } else if (key == "annotations" || key == "prelabels") {
            // Header fields come first in the payload; the rows need them.
            ASSAY_TRY(header());
            ondemand::array rows;
            if (v.get_array().get(rows))
                return error(qstr(key));
            ASSAY_TRY(key == "annotations" ? readAnnotations(rows) : readPrelabels(rows));
        }
        if (!ok)
            return error(qstr(key));
    }
    return header();
}

Status PayloadReader::readAnnotations(ondemand::array annotations)
{
    ImportAnnotations result;
    if (m_index) {
        result.idPrefix = m_index->idPrefix;
        result.people = m_index->people;
        result.rows.reserve(m_index->rows.size());
        for (const ImportRowIndex::Row &row : m_index->rows) {
            ASSAY_ASSERT(row.offset + row.size <= m_payload.size(),
                         return error(QStringLiteral("row index")));
            result.rows.push_back(
                    {m_payload.substr(row.offset, row.size), row.item, row.n, row.boxes});
        }
        if (!m_index->frames.empty() && m_index->frames.size() == m_index->chunks.size()) {
            result.chunks = &m_index->chunks;
            result.frames = &m_index->frames;
            result.stored = &m_index->stored;
        }
        result.payload = m_payload;
        return m_handler.annotations(result);
    }
    const size_t classCount = size_t(m_header.classes.size());
    store::importrows::RowView view;
    std::vector<const char *> starts; // where each row's text begins in the payload
    for (auto value : annotations) {
        const char *start = nullptr;
        ondemand::array fields;
        if (value.current_location().get(start) || value.get_array().get(fields)
            || !store::importrows::readRow(fields, classCount, &view))
            return error(QStringLiteral("annotation row %1").arg(result.rows.size() + 1));
        const int64_t n = store::importrows::rowNumber(view.id);
        std::string &prefix = result.idPrefix;
        if (result.rows.empty())
            prefix = std::string(view.id.substr(0, view.id.size() - 8));
        if (n != int64_t(result.rows.size()) || view.id.size() != prefix.size() + 8
            || view.id.substr(0, prefix.size()) != prefix)
            return error(QStringLiteral("annotation id %1 is not the next of the import")
                                 .arg(qstr(view.id)));
        if (std::find(result.people.begin(), result.people.end(), view.person)
            == result.people.end())
            result.people.emplace_back(view.person);
        starts.push_back(start);
        result.rows.push_back({{}, std::string(view.item), n, qint64(view.boxes.size())});
    }
    // A row's text runs from its start to the separator before the next one (the last row
    // ends where its brackets close).
    for (size_t i = 0; i < result.rows.size(); ++i) {
        const char *end = i + 1 < result.rows.size() ? rowEndBefore(starts[i], starts[i + 1])
                                                     : closingEnd(starts[i], m_payloadEnd);
        if (!end)
            return error(QStringLiteral("annotation row %1").arg(i + 1));
        result.rows[i].text = std::string_view(starts[i], size_t(end - starts[i]));
    }
    result.payload = m_payload;
    return m_handler.annotations(result);
}

Status PayloadReader::readPrelabels(ondemand::array prelabels)
{
    const int64_t classCount = m_header.classes.size();
    ImportPrelabelRow row;
    for (auto value : prelabels) {
        ondemand::array fields;
        if (value.get_array().get(fields))
            return error(QStringLiteral("pre-label row"));
        auto f = fields.begin();
        if (f == fields.end() || (*f).get_string().get(row.item))
            return error(QStringLiteral("pre-label item"));
        ++f;
        row.category = -1;
        if (f == fields.end() || (*f).get_int64().get(row.category) || row.category < 0
            || row.category >= classCount)
            return error(QStringLiteral("pre-label class"));
        for (std::optional<double> *out : {&row.x, &row.y, &row.w, &row.h, &row.score}) {
            ++f;
            if (f == fields.end())
                return error(QStringLiteral("pre-label row length"));
            auto v = *f;
            bool isNull = false;
            if (v.is_null().get(isNull))
                return error(QStringLiteral("pre-label value"));
            double number = 0;
            if (isNull)
                out->reset();
            else if (v.get_double().get(number))
                return error(QStringLiteral("pre-label value"));
            else
                *out = number;
        }
        // A box has its four numbers, a positive size; a whole-item label none (found by
        // fuzz_payload: a row with x and y but no size was handed on as a box).
        const int given = int(row.x.has_value()) + int(row.y.has_value()) + int(row.w.has_value())
                          + int(row.h.has_value());
        if ((given != 0 && given != 4) || (given == 4 && (*row.w <= 0 || *row.h <= 0)))
            return error(QStringLiteral("pre-label box"));
        ASSAY_TRY(m_handler.prelabel(row));
    }
    return {};
}

} // namespace

Status readImportPayload(const QByteArray &json, const Id &eventId, ImportPayloadHandler &handler,
                         const ImportRowIndex *index)
{
    if (index) {
        // The header, with the rows left out: "...,"annotations":[" closed by "]}".
        ASSAY_ASSERT(index->rowsBegin > 0 && index->rowsBegin <= size_t(json.size()),
                     return importPayloadError(eventId, QStringLiteral("row index")));
        std::string header(json.constData(), index->rowsBegin);
        header += "]}";
        const padded_string text(header);
        ondemand::parser parser;
        ondemand::document doc;
        if (parser.iterate(text).get(doc))
            return importPayloadError(eventId, QStringLiteral("not JSON"));
        ondemand::object root;
        if (doc.get_object().get(root))
            return importPayloadError(eventId, QStringLiteral("not an object"));
        PayloadReader reader(eventId, handler, text.data() + text.size(), index,
                             std::string_view(json.constData(), size_t(json.size())));
        return reader.read(root);
    }
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
    ondemand::parser parser;
    ondemand::document doc;
    if (parser.iterate(payload.data(), payload.size(), capacity).get(doc))
        return importPayloadError(eventId, QStringLiteral("not JSON"));
    ondemand::object root;
    if (doc.get_object().get(root))
        return importPayloadError(eventId, QStringLiteral("not an object"));
    PayloadReader reader(eventId, handler, payload.data() + payload.size(), nullptr, payload);
    return reader.read(root);
}

} // namespace assay::core::transfer
