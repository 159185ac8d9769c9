// SPDX-License-Identifier: Apache-2.0
// The JSON writer's buffer, strings, QJsonValue walk and Qt-compatible numbers.
#include "core/json/jsonwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstdint>

namespace assay::core::json {

static const char kHex[] = "0123456789abcdef";

// Escapes into `p`, which has room for 6 * size + 2 bytes; returns the end.
static char *escapeInto(char *p, const char *data, qsizetype size)
{
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
            *p++ = kHex[u >> 4];
            *p++ = kHex[u & 15];
        }
    }
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

void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

JsonWriter::JsonWriter(JsonStyle style, qsizetype expected)
    : m_indent(style == JsonStyle::Compact    ? 0
               : style == JsonStyle::Indented ? 2
                                              : 4)
    , m_qt(style == JsonStyle::QtIndented)
{
    m_bytes.resize(qMax<qsizetype>(expected, 256));
    m_begin = m_pos = m_bytes.data();
    m_end = m_begin + m_bytes.size();
}

JsonWriter::JsonWriter(JsonStyle style, QIODevice *device)
    : m_device(device)
    , m_indent(style == JsonStyle::Compact    ? 0
               : style == JsonStyle::Indented ? 2
                                              : 4)
    , m_qt(style == JsonStyle::QtIndented)
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

void JsonWriter::key(QStringView name)
{
    const QByteArray utf8 = name.toUtf8();
    key(std::string_view(utf8.constData(), size_t(utf8.size())));
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
    const QByteArray utf8 = v.toUtf8();
    putString(utf8.constData(), utf8.size());
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

// What QJsonDocument writes for a double: a whole number below 2^64 in integer digits, anything
// else in QByteArray::number's shortest 'g' form, non-finite values as null.
char *JsonWriter::writeQtNumber(char *out, double v)
{
    if (!std::isfinite(v)) {
        std::memcpy(out, "null", 4);
        return out + 4;
    }
    const double a = std::fabs(v);
    if (a == std::floor(a) && a < 18446744073709551616.0) {
        if (v < 0)
            *out++ = '-';
        return std::to_chars(out, out + 24, std::uint64_t(a)).ptr;
    }
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
    case QJsonValue::Double:
        // Qt keeps integers apart from doubles; its own writer prints them as integers.
        if (m_qt && double(v.toInteger()) == v.toDouble())
            value(v.toInteger());
        else
            value(v.toDouble());
        break;
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
