// SPDX-License-Identifier: Apache-2.0
// Payload reading and writing helpers shared by every typed event's JSON mapping.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace assay::core::events {

// Reads the fields of one payload by name and keeps the ones it was not asked for, so that a
// payload written by a newer build (an extra field) comes out of fromJson/toJson unchanged.
class PayloadReader final
{
public:
    PayloadReader(const QJsonObject &payload, const char *kind);

    QString string(const char *key);
    int integer(const char *key, int fallback = 0);
    qint64 int64(const char *key);
    double real(const char *key, double fallback = 0);
    bool boolean(const char *key);
    bool has(const char *key) const;
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);
    QJsonValue value(const char *key);
    QStringList strings(const char *key);

    // A field that must be there: its absence makes result() an error.
    QString requiredString(const char *key);

    // The fields nobody asked for.
    QJsonObject rest() const;
    Status status() const;

private:
    QJsonObject m_payload;
    const char *m_kind;
    QSet<QString> m_read;
    QString m_missing;
};

// Inserts `extra` (unknown fields kept from reading) under the known ones; known fields win.
QJsonObject withExtra(QJsonObject known, const QJsonObject &extra);

QJsonArray rolesToJson(const QList<Role> &roles);
QList<Role> rolesFromJson(const QJsonArray &array);
QJsonObject classToJson(const TaxonomyClass &c);
TaxonomyClass classFromJson(const QJsonObject &o);
QJsonObject boxToJson(const Box &b);
Box boxFromJson(const QJsonObject &o);
QList<Box> boxesFromJson(const QJsonArray &array);

} // namespace assay::core::events
