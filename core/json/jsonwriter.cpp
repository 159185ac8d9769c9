// SPDX-License-Identifier: Apache-2.0
// The JSON writer's buffer, strings, QJsonValue walk and Qt-compatible numbers.
#include "core/json/jsonwriter.h"

#include <QCborValue>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace assay::core::json {

static const char kHex[] = "0123456789abcdef";
// Whole doubles up to here are exact integers.
static constexpr double kExactIntegers = 9007199254740992.0;

// Escapes the characters of `data` into `p`, which has room for 6 * size bytes, without quotes;
// returns the end.
static char *escapeCharsInto(char *p, const char *data, qsizetype size)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time while none needs escaping (ids, names, paths): no control
    // character (at most 0x1f, compared unsigned), no quote, no backslash.
    const __m128i controls = _mm_set1_epi8(0x1f);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, controls), v),
                                             _mm_or_si128(_mm_cmpeq_epi8(v, quote),
                                                          _mm_cmpeq_epi8(v, backslash)));
        if (_mm_movemask_epi8(special) != 0)
            break; // the rest byte by byte
        _mm_storeu_si128(reinterpret_cast<__m128i *>(p), v);
        p += 16;
    }
#endif
    for (; i < size; ++i) {
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
            *p++ = kHex[u >> 4];
            *p++ = kHex[u & 15];
        }
    }
    return p;
}

// Escapes into `p`, which has room for 6 * size + 2 bytes, with quotes; returns the end.
static char *escapeInto(char *p, const char *data, qsizetype size)
{
    *p++ = '"';
    p = escapeCharsInto(p, data, size);
    *p++ = '"';
    return p;
}

void appendJsonString(QByteArray &out, std::string_view utf8)
{
    const qsizetype used = out.size();
    out.resize(used + 6 * qsizetype(utf8.size()) + 2);
    char *end = escapeInto(out.data() + used, utf8.data(), qsizetype(utf8.size()));
    out.truncate(end - out.constData());
}

// Where `text` holds a surrogate without its partner (text cut in the middle of a character):
// UTF-8 cannot say it, so it is written as the escape Qt writes. -1 when there is none.
static qsizetype loneSurrogate(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        return i;
    }
    return -1;
}

// Appends `text` escaped, without quotes: valid runs as UTF-8, lone surrogates as \udXXX.
static void appendEscapedUtf16(QByteArray &out, QStringView text)
{
    qsizetype from = 0;
    while (from <= text.size()) {
        const qsizetype lone = loneSurrogate(text, from);
        const qsizetype end = lone < 0 ? text.size() : lone;
        const QByteArray utf8 = text.sliced(from, end - from).toUtf8();
        const qsizetype used = out.size();
        out.resize(used + 6 * utf8.size());
        out.truncate(escapeCharsInto(out.data() + used, utf8.constData(), utf8.size())
                     - out.constData());
        if (lone < 0)
            return;
        const auto u = text[lone].unicode();
        const char escape[] = {'\\',
                               'u',
                               kHex[(u >> 12) & 15],
                               kHex[(u >> 8) & 15],
                               kHex[(u >> 4) & 15],
                               kHex[u & 15]};
        out.append(escape, 6);
        from = lone + 1;
    }
}

void appendJsonString(QByteArray &out, const QString &text)
{
    if (loneSurrogate(text, 0) >= 0) {
        out.append('"');
        appendEscapedUtf16(out, text);
        out.append('"');
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

QByteArray compactJson(const QJsonObject &value)
{
    JsonWriter writer(JsonStyle::QtCompact);
    writer.json(value);
    QByteArray out = writer.takeBytes();
    out.squeeze();
    return out;
}

QByteArray compactJson(const QJsonArray &value)
{
    JsonWriter writer(JsonStyle::QtCompact);
    writer.json(value);
    QByteArray out = writer.takeBytes();
    out.squeeze();
    return out;
}

static int indentOf(JsonStyle style)
{
    switch (style) {
    case JsonStyle::Compact:
    case JsonStyle::QtCompact: return 0;
    case JsonStyle::Indented: return 2;
    case JsonStyle::QtIndented: return 4;
    }
    return 0;
}

JsonWriter::JsonWriter(JsonStyle style, qsizetype expected)
    : m_indent(indentOf(style))
    , m_qt(style == JsonStyle::QtIndented || style == JsonStyle::QtCompact)
{
    m_bytes.resize(qMax<qsizetype>(expected, 256));
    m_begin = m_pos = m_bytes.data();
    m_end = m_begin + m_bytes.size();
}

JsonWriter::JsonWriter(JsonStyle style, QIODevice *device)
    : m_device(device)
    , m_indent(indentOf(style))
    , m_qt(style == JsonStyle::QtIndented || style == JsonStyle::QtCompact)
{
    m_block.reset(new char[size_t(kBlock)]);
    m_begin = m_pos = m_block.get();
    m_end = m_begin + kBlock;
}

JsonWriter::~JsonWriter() = default;

bool JsonWriter::finish()
{
    if (m_device)
        flush();
    return m_ok;
}

QByteArray JsonWriter::takeBytes()
{
    // Spare capacity after the text, which a reader that looks past the end (simdjson, 64
    // bytes) can use without copying a text of tens of megabytes.
    room(kSpare);
    m_bytes.resize(m_pos - m_begin);
    QByteArray out = std::move(m_bytes);
    m_bytes = QByteArray();
    m_begin = m_pos = m_end = nullptr;
    return out;
}

void JsonWriter::makeRoom(qsizetype n)
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

void JsonWriter::flush()
{
    const qsizetype used = m_pos - m_begin;
    if (m_ok && used > 0 && m_device->write(m_begin, used) != used)
        m_ok = false;
    m_pos = m_begin;
}

void JsonWriter::putString(const char *data, qsizetype size)
{
    m_pos = escapeInto(room(6 * size + 2), data, size);
}

void JsonWriter::indent()
{
    const qsizetype n = 1 + qsizetype(m_indent) * qsizetype(m_first.size());
    char *p = room(n);
    *p = '\n';
    std::memset(p + 1, ' ', size_t(n - 1));
    m_pos += n;
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    putString(name.data(), qsizetype(name.size()));
    put(m_indent ? ": " : ":", m_indent ? 2 : 1);
    m_afterKey = true;
}

void JsonWriter::putString(QStringView text)
{
    if (loneSurrogate(text, 0) < 0) {
        const QByteArray utf8 = text.toUtf8();
        putString(utf8.constData(), utf8.size());
        return;
    }
    QByteArray escaped;
    escaped.append('"');
    appendEscapedUtf16(escaped, text);
    escaped.append('"');
    put(escaped.constData(), escaped.size());
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    putString(name);
    put(m_indent ? ": " : ":", m_indent ? 2 : 1);
    m_afterKey = true;
}

void JsonWriter::value(bool v)
{
    beforeValue();
    if (v)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::value(const QString &v)
{
    beforeValue();
    putString(QStringView(v));
}

void JsonWriter::value(std::string_view v)
{
    beforeValue();
    putString(v.data(), qsizetype(v.size()));
}

void JsonWriter::null()
{
    beforeValue();
    put("null", 4);
}

void JsonWriter::rawValue(QByteArrayView json)
{
    beforeValue();
    put(json.data(), json.size());
}

// What QJsonDocument writes for a double: a whole number up to 2^53 (which QJsonValue keeps as an
// integer, since that adds no precision the double did not have) in integer digits, anything
// else in QByteArray::number's shortest form, fixed or scientific whichever is shorter (1e+19,
// 2972810945199277600), non-finite values as null.
char *JsonWriter::writeQtNumber(char *out, double v)
{
    if (!std::isfinite(v)) {
        std::memcpy(out, "null", 4);
        return out + 4;
    }
    if (v == std::floor(v) && std::fabs(v) <= kExactIntegers)
        return std::to_chars(out, out + 24, qint64(v)).ptr;
    const QByteArray text = QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    std::memcpy(out, text.constData(), size_t(qMin<qsizetype>(text.size(), 39)));
    return out + qMin<qsizetype>(text.size(), 39);
}

void JsonWriter::json(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: null(); break;
    case QJsonValue::Bool: value(v.toBool()); break;
    case QJsonValue::Double: {
        // Qt keeps integers apart from doubles and prints them as integers. Up to 2^53 a whole
        // double prints as the same digits; beyond, only the kept type tells them apart.
        const double d = v.toDouble();
        if (m_qt && std::fabs(d) < kExactIntegers && d == std::floor(d))
            value(qint64(d));
        else if (m_qt && std::fabs(d) >= kExactIntegers && QCborValue::fromJsonValue(v).isInteger())
            value(v.toInteger());
        else
            value(d);
        break;
    }
    case QJsonValue::String: value(v.toString()); break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &e : v.toArray())
            json(e);
        endArray();
        break;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            json(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace assay::core::json
