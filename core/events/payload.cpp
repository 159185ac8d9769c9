// SPDX-License-Identifier: Apache-2.0
// Payload reading and writing helpers shared by every typed event's JSON mapping.
#include "core/events/payload.h"
#include "core/base/tr.h"

#include <QCoreApplication>

namespace assay::core::events {

PayloadReader::PayloadReader(const QJsonObject &payload, const char *kind)
    : m_payload(payload)
    , m_kind(kind)
{}

QJsonValue PayloadReader::value(const char *key)
{
    const QString k = QLatin1String(key);
    m_read.insert(k);
    return m_payload.value(k);
}

QString PayloadReader::string(const char *key)
{
    return value(key).toString();
}
int PayloadReader::integer(const char *key, int fallback)
{
    return value(key).toInt(fallback);
}
qint64 PayloadReader::int64(const char *key)
{
    return qint64(value(key).toDouble());
}
double PayloadReader::real(const char *key, double fallback)
{
    return value(key).toDouble(fallback);
}
bool PayloadReader::boolean(const char *key)
{
    return value(key).toBool();
}
QJsonObject PayloadReader::object(const char *key)
{
    return value(key).toObject();
}
QJsonArray PayloadReader::array(const char *key)
{
    return value(key).toArray();
}

bool PayloadReader::has(const char *key) const
{
    return m_payload.contains(QLatin1String(key));
}

QStringList PayloadReader::strings(const char *key)
{
    QStringList out;
    for (const auto &v : array(key))
        out.append(v.toString());
    return out;
}

QString PayloadReader::requiredString(const char *key)
{
    const QJsonValue v = value(key);
    if (!v.isString() && m_missing.isEmpty())
        m_missing = QLatin1String(key);
    return v.toString();
}

QJsonObject PayloadReader::rest() const
{
    QJsonObject out;
    for (auto it = m_payload.begin(); it != m_payload.end(); ++it) {
        if (!m_read.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

Status PayloadReader::status() const
{
    if (m_missing.isEmpty())
        return {};
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 event without \"%2\"").arg(QLatin1String(m_kind), m_missing));
}

QJsonObject withExtra(QJsonObject known, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!known.contains(it.key()))
            known.insert(it.key(), it.value());
    }
    return known;
}

QJsonArray rolesToJson(const QList<Role> &roles)
{
    QJsonArray array;
    for (Role role : roles)
        array.append(roleName(role));
    return array;
}

QList<Role> rolesFromJson(const QJsonArray &array)
{
    QList<Role> roles;
    for (const auto &v : array) {
        Role role;
        if (parseRole(v.toString(), &role))
            roles.append(role);
    }
    return roles;
}

QJsonObject classToJson(const TaxonomyClass &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("colour"), c.colour}};
    if (!c.hotkey.isEmpty())
        o.insert(QStringLiteral("hotkey"), c.hotkey);
    if (!c.description.isEmpty())
        o.insert(QStringLiteral("description"), c.description);
    if (!c.parentId.isEmpty())
        o.insert(QStringLiteral("parent_id"), c.parentId);
    return o;
}

TaxonomyClass classFromJson(const QJsonObject &o)
{
    TaxonomyClass c;
    c.id = o.value(QLatin1String("id")).toString();
    c.name = o.value(QLatin1String("name")).toString();
    c.colour = o.value(QLatin1String("colour")).toString();
    c.hotkey = o.value(QLatin1String("hotkey")).toString();
    c.description = o.value(QLatin1String("description")).toString();
    c.parentId = o.value(QLatin1String("parent_id")).toString();
    return c;
}

QJsonObject boxToJson(const Box &b)
{
    QJsonObject o{{QStringLiteral("id"), b.id},
                  {QStringLiteral("x"), b.x},
                  {QStringLiteral("y"), b.y},
                  {QStringLiteral("w"), b.w},
                  {QStringLiteral("h"), b.h}};
    if (!b.classId.isEmpty())
        o.insert(QStringLiteral("class_id"), b.classId);
    if (!b.attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), b.attributes);
    return o;
}

Box boxFromJson(const QJsonObject &o)
{
    Box b;
    b.id = o.value(QLatin1String("id")).toString();
    b.classId = o.value(QLatin1String("class_id")).toString();
    b.x = o.value(QLatin1String("x")).toDouble();
    b.y = o.value(QLatin1String("y")).toDouble();
    b.w = o.value(QLatin1String("w")).toDouble();
    b.h = o.value(QLatin1String("h")).toDouble();
    b.attributes = o.value(QLatin1String("attributes")).toObject();
    return b;
}

QList<Box> boxesFromJson(const QJsonArray &array)
{
    QList<Box> boxes;
    for (const auto &v : array)
        boxes.append(boxFromJson(v.toObject()));
    return boxes;
}

} // namespace assay::core::events
