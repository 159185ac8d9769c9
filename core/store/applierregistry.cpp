// SPDX-License-Identifier: Apache-2.0
// ApplierRegistry: which function applies each event kind to the state tables.
#include "core/store/applierregistry.h"
#include "core/json/jsonwriter.h"
#include "core/base/tr.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace assay::core::store {

void ApplierRegistry::addObject(const EventKind &kind, ObjectApplier apply)
{
    m_entries.insert(QLatin1String(kind.name), Entry{kind, std::move(apply), {}});
}

void ApplierRegistry::addBulk(const EventKind &kind, JsonApplier apply)
{
    m_entries.insert(QLatin1String(kind.name), Entry{kind, {}, std::move(apply)});
}

const EventKind *ApplierRegistry::find(const QString &kind) const
{
    auto it = m_entries.constFind(kind);
    return it == m_entries.cend() ? nullptr : &it->kind;
}

QList<EventKind> ApplierRegistry::kinds() const
{
    QList<EventKind> out;
    for (const Entry &e : m_entries)
        out.append(e.kind);
    std::sort(out.begin(), out.end(),
              [](const EventKind &a, const EventKind &b) { return qstrcmp(a.name, b.name) < 0; });
    return out;
}

Status ApplierRegistry::apply(Database *db, const Event &event, const QJsonObject &payload) const
{
    auto it = m_entries.constFind(event.kind);
    if (it == m_entries.cend())
        return {};
    if (it->object)
        return it->object(db, event, payload);
    return it->json(db, event, json::compactJson(payload), nullptr);
}

Status ApplierRegistry::applyJson(Database *db, const Event &event, const QByteArray &json,
                                  const BulkHint *hint) const
{
    auto it = m_entries.constFind(event.kind);
    if (it == m_entries.cend())
        return {};
    if (it->json)
        return it->json(db, event, json, hint);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("event %1: payload is not a JSON object").arg(event.id));
    }
    return it->object(db, event, doc.object());
}

void ApplierRegistry::addStateTables(const QStringList &tables)
{
    m_tables.append(tables);
}

void ApplierRegistry::addStateMetaKeys(const QStringList &keys)
{
    m_metaKeys.append(keys);
}

} // namespace assay::core::store
