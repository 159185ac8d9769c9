// SPDX-License-Identifier: Apache-2.0
// Builds OrderedJson values and writes them through core's JSON writer, keys in insertion order.
#include "app/cli/quality/orderedjson.h"

#include "core/json/jsonwriter.h"

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
    j.m_kind = Kind::Number;
    j.m_number = value;
    return j;
}

OrderedJson OrderedJson::number(std::optional<double> value)
{
    return value ? number(*value) : OrderedJson();
}

OrderedJson OrderedJson::integer(qint64 value)
{
    OrderedJson j;
    j.m_kind = Kind::Integer;
    j.m_integer = value;
    return j;
}

OrderedJson OrderedJson::string(const QString &value)
{
    OrderedJson j;
    j.m_kind = Kind::String;
    j.m_string = value;
    return j;
}

OrderedJson OrderedJson::boolean(bool value)
{
    OrderedJson j;
    j.m_kind = Kind::Bool;
    j.m_integer = value ? 1 : 0;
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
    core::json::JsonWriter writer(core::json::JsonStyle::Indented);
    write(writer);
    writer.raw('\n');
    return QString::fromUtf8(writer.takeBytes());
}

void OrderedJson::write(core::json::JsonWriter &writer) const
{
    switch (m_kind) {
    case Kind::Null: writer.null(); return;
    case Kind::Bool: writer.value(m_integer != 0); return;
    case Kind::Number: writer.value(m_number); return;
    case Kind::Integer: writer.value(m_integer); return;
    case Kind::String: writer.value(m_string); return;
    case Kind::Array:
        writer.beginArray();
        for (const auto &member : m_members)
            member.second.write(writer);
        writer.endArray();
        return;
    case Kind::Object:
        writer.beginObject();
        for (const auto &member : m_members) {
            writer.key(member.first);
            member.second.write(writer);
        }
        writer.endObject();
        return;
    }
}

} // namespace assay::app
