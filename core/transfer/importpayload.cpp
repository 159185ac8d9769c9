// SPDX-License-Identifier: Apache-2.0
// Writing and reading the "dataset.imported" payload (layout: importpayload.h).
#include "core/transfer/importpayload.h"
#include "core/base/tr.h"

#include "core/assert.h"
#include "core/store/importrows.h"

#include <QCoreApplication>
#include <QUuid>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace assay::core::transfer {

namespace detail {

// Compact JSON text, written by hand into a growing buffer: a payload of a million boxes
// through QJsonObject (or through many small QByteArray appends) would cost more than the
// rest of the import.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve) { grow(std::max<qsizetype>(reserve, 4096)); }
    QByteArray take()
    {
        m_out.truncate(m_p - m_out.data());
        return std::move(m_out);
    }
    void raw(const char *text) { append(text, qsizetype(std::strlen(text))); }
    void append(const QByteArray &text) { append(text.constData(), text.size()); }
    void raw(char c)
    {
        ensure(1);
        *m_p++ = c;
    }
    void number(double v)
    {
        ensure(32);
        m_p = writeNumber(m_p, v);
    }
    // A box row without its end: [category, x, y, w, h
    void boxStart(bool first, int category, double x, double y, double w, double h)
    {
        ensure(5 * 32 + 8);
        if (!first)
            *m_p++ = ',';
        *m_p++ = '[';
        m_p = std::to_chars(m_p, m_p + 24, category).ptr;
        for (double v : {x, y, w, h}) {
            *m_p++ = ',';
            m_p = writeNumber(m_p, v);
        }
    }
    void integer(qint64 v)
    {
        ensure(24);
        m_p = std::to_chars(m_p, m_p + 24, v).ptr;
    }
    void string(const QString &s) { string(s.toUtf8()); }
    void string(const QByteArray &utf8)
    {
        ensure(utf8.size() * 6 + 2);
        *m_p++ = '"';
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                *m_p++ = '\\';
                *m_p++ = c;
            } else if (u < 0x20) {
                m_p += std::snprintf(m_p, 7, "\\u%04x", u);
            } else {
                *m_p++ = c;
            }
        }
        *m_p++ = '"';
    }
    void key(const char *name)
    {
        raw('"');
        raw(name);
        raw("\":");
    }

private:
    // Text that reads back to the same double, so coordinates round-trip exactly. Most dataset
    // coordinates have at most three decimals (COCO's have two): those are written directly,
    // which is several times faster than the general shortest form of std::to_chars.
    static char *writeNumber(char *p, double v)
    {
        if (std::abs(v) < 1e9 && !(v == 0 && std::signbit(v))) {
            const double scaled = std::nearbyint(v * 1000.0);
            // Both sides are the correctly rounded value of scaled/1000, so the decimal text
            // below reads back to v; below 1e9, doubles are far closer than 0.001 apart, so no
            // shorter text does.
            if (scaled / 1000.0 == v) {
                auto n = static_cast<qint64>(scaled);
                if (n < 0) {
                    *p++ = '-';
                    n = -n;
                }
                p = std::to_chars(p, p + 24, n / 1000).ptr;
                int fraction = int(n % 1000);
                if (fraction != 0) {
                    *p++ = '.';
                    *p++ = char('0' + fraction / 100);
                    fraction %= 100;
                    if (fraction != 0) {
                        *p++ = char('0' + fraction / 10);
                        fraction %= 10;
                        if (fraction != 0)
                            *p++ = char('0' + fraction);
                    }
                }
                return p;
            }
        }
        return std::to_chars(p, p + 32, v).ptr;
    }
    void append(const char *data, qsizetype n)
    {
        ensure(n);
        std::memcpy(m_p, data, size_t(n));
        m_p += n;
    }
    void ensure(qsizetype n)
    {
        if (m_end - m_p < n)
            grow(std::max<qsizetype>((m_end - m_out.data()) * 2, (m_p - m_out.data()) + n + 4096));
    }
    void grow(qsizetype capacity)
    {
        const qsizetype used = m_out.isEmpty() ? 0 : m_p - m_out.data();
        m_out.resize(capacity);
        m_p = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }

    QByteArray m_out;
    char *m_p = nullptr;
    char *m_end = nullptr;
};

} // namespace detail

using detail::JsonWriter;

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

// The id of row `row`, as JSON text.
void writeAnnotationId(JsonWriter &json, const QByteArray &prefix, quint32 row)
{
    char text[64];
    const qsizetype n = prefix.size();
    std::memcpy(text, prefix.constData(), size_t(n));
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i)
        text[n + i] = hex[(row >> (28 - 4 * i)) & 0xf];
    json.string(QByteArray::fromRawData(text, n + 8));
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

void ImportAnnotationRows::beginRow(const QByteArray &item, const QByteArray &person,
                                    const QList<int> &classes)
{
    JsonWriter &out = *m_json;
    out.raw(m_next ? ",[" : "[");
    writeAnnotationId(out, m_idPrefix, m_next++);
    out.raw(',');
    out.string(item);
    out.raw(',');
    out.string(person);
    out.raw(",[");
    for (qsizetype k = 0; k < classes.size(); ++k) {
        if (k)
            out.raw(',');
        out.integer(classes.at(k));
    }
    out.raw("],[");
    m_firstBox = true;
}

void ImportAnnotationRows::addBox(int category, double x, double y, double w, double h,
                                  const QByteArray &attributes)
{
    m_json->boxStart(m_firstBox, category, x, y, w, h);
    m_firstBox = false;
    if (!attributes.isEmpty()) {
        m_json->raw(',');
        m_json->string(attributes);
    }
    m_json->raw(']');
}

void ImportAnnotationRows::endRow()
{
    m_json->raw("]]");
}

ImportPayloadWriter::ImportPayloadWriter(const ImportPayloadHeader &header, qsizetype reserve)
    : m_json(std::make_unique<JsonWriter>(reserve))
    , m_idPrefix(newIdPrefix())
{
    JsonWriter &json = *m_json;
    json.raw('{');
    json.key("mode");
    json.string(header.mode);
    json.raw(',');
    json.key("format");
    json.string(header.format);
    json.raw(',');
    json.key("source");
    json.string(header.source);
    json.raw(',');
    json.key("model");
    json.string(header.model);
    json.raw(',');
    json.key("person_id");
    json.string(header.personId);
    json.raw(',');
    json.key("taxonomy_version");
    json.integer(header.taxonomyVersion);
    json.raw(',');
    json.key("guideline_version");
    json.integer(header.guidelineVersion);
    json.raw(',');
    json.key("classes");
    json.raw('[');
    for (qsizetype i = 0; i < header.classes.size(); ++i) {
        if (i)
            json.raw(',');
        json.string(header.classes[i]);
    }
    json.raw("],");
    json.key("summary");
    json.string(header.summary);
    json.raw(',');
    json.key(header.mode == ImportPayloadHeader::prelabelsMode() ? "prelabels" : "annotations");
    json.raw('[');
}

ImportPayloadWriter::~ImportPayloadWriter() = default;

void ImportPayloadWriter::addPrelabelBox(const Id &item, int category, double x, double y, double w,
                                         double h, std::optional<double> score)
{
    JsonWriter &json = *m_json;
    json.raw(m_firstPrelabel ? "[" : ",[");
    m_firstPrelabel = false;
    json.string(item);
    json.raw(',');
    json.integer(category);
    for (double v : {x, y, w, h}) {
        json.raw(',');
        json.number(v);
    }
    json.raw(',');
    if (score)
        json.number(*score);
    else
        json.raw("null");
    json.raw(']');
}

void ImportPayloadWriter::addPrelabelLabel(const Id &item, int category, std::optional<double> score)
{
    JsonWriter &json = *m_json;
    json.raw(m_firstPrelabel ? "[" : ",[");
    m_firstPrelabel = false;
    json.string(item);
    json.raw(',');
    json.integer(category);
    json.raw(",null,null,null,null,");
    if (score)
        json.number(*score);
    else
        json.raw("null");
    json.raw(']');
}

ImportAnnotationRows ImportPayloadWriter::annotationRows(quint32 firstRow, qsizetype reserve)
{
    if (firstRow == 0 && m_json)
        return ImportAnnotationRows(std::move(m_json), m_idPrefix, 0);
    return ImportAnnotationRows(std::make_unique<JsonWriter>(reserve), m_idPrefix, firstRow);
}

void ImportPayloadWriter::append(ImportAnnotationRows &&rows)
{
    ASSAY_ASSERT(rows.m_first == m_rows && rows.m_json, return );
    m_rows = rows.m_next;
    if (!m_json)
        m_json = std::move(rows.m_json); // the part of row 0: the writer's own text
    else
        m_json->append(rows.m_json->take());
}

DatasetImported ImportPayloadWriter::take()
{
    ASSAY_ASSERT(m_json, return {}); // the part of row 0 was not appended
    m_json->raw("]}");
    return DatasetImported{m_json->take()};
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
    PayloadReader(const Id &eventId, ImportPayloadHandler &handler, const char *payloadEnd)
        : m_eventId(eventId)
        , m_handler(handler)
        , m_payloadEnd(payloadEnd)
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
            ondemand::array classes;
            ok = !v.get_array().get(classes);
            for (auto cls : classes) {
                std::string_view id;
                if (!ok || cls.get_string().get(id)) {
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
        ASSAY_TRY(m_handler.prelabel(row));
    }
    return {};
}

} // namespace

Status readImportPayload(const QByteArray &json, const Id &eventId, ImportPayloadHandler &handler)
{
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
    PayloadReader reader(eventId, handler, payload.data() + payload.size());
    return reader.read(root);
}

} // namespace assay::core::transfer
