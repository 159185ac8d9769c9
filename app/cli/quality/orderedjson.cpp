// SPDX-License-Identifier: Apache-2.0
// Serialises OrderedJson: shortest round-trip numbers, escaped strings, keys in insertion order.
#include "app/cli/quality/orderedjson.h"

#include <charconv>
#include <cmath>

namespace assay::app {

OrderedJson OrderedJson::object()
{
    OrderedJson j;
    j.m_kind = Kind::Object;
    return j;
}

OrderedJson OrderedJson::array()
{
    OrderedJson j;
    j.m_kind = Kind::Array;
    return j;
}

OrderedJson OrderedJson::number(double value)
{
    OrderedJson j;
    if (!std::isfinite(value))
        return j;
    // Shortest text that reads back as the same double (0.21, not 0.20999999999999999).
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    j.m_kind = Kind::Number;
    j.m_scalar = QString::fromLatin1(buffer, result.ptr - buffer);
    return j;
}

OrderedJson OrderedJson::number(std::optional<double> value)
{
    return value ? number(*value) : OrderedJson();
}

OrderedJson OrderedJson::integer(qint64 value)
{
    OrderedJson j;
    j.m_kind = Kind::Number;
    j.m_scalar = QString::number(value);
    return j;
}

OrderedJson OrderedJson::string(const QString &value)
{
    OrderedJson j;
    j.m_kind = Kind::String;
    j.m_scalar = value;
    return j;
}

OrderedJson OrderedJson::boolean(bool value)
{
    OrderedJson j;
    j.m_kind = Kind::Bool;
    j.m_scalar = value ? QStringLiteral("true") : QStringLiteral("false");
    return j;
}

OrderedJson &OrderedJson::insert(const QString &key, const OrderedJson &value)
{
    m_members.append({key, value});
    return *this;
}

OrderedJson &OrderedJson::append(const OrderedJson &value)
{
    m_members.append({QString(), value});
    return *this;
}

QString OrderedJson::toString() const
{
    QString out;
    write(out, 0);
    out += u'\n';
    return out;
}

static void writeString(QString &out, const QString &s)
{
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

void OrderedJson::write(QString &out, int depth) const
{
    switch (m_kind) {
    case Kind::Null:
        out += QLatin1String("null");
        return;
    case Kind::Bool:
    case Kind::Number:
        out += m_scalar;
        return;
    case Kind::String:
        writeString(out, m_scalar);
        return;
    case Kind::Array:
    case Kind::Object:
        break;
    }
    const bool isObject = m_kind == Kind::Object;
    out += isObject ? u'{' : u'[';
    if (m_members.isEmpty()) {
        out += isObject ? u'}' : u']';
        return;
    }
    const QString indent(2 * (depth + 1), u' ');
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        out += i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n");
        out += indent;
        if (isObject) {
            writeString(out, m_members.at(i).first);
            out += QLatin1String(": ");
        }
        m_members.at(i).second.write(out, depth + 1);
    }
    out += u'\n';
    out += QString(2 * depth, u' ');
    out += isObject ? u'}' : u']';
}

} // namespace assay::app
