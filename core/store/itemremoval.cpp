// SPDX-License-Identifier: Apache-2.0
// ProjectStore: the hashes near-duplicate search reads, and taking items out of a project.
#include "core/store/database.h"
#include "core/store/importchunks_p.h"
#include "core/store/projectstore.h"
#include "core/store/storequeries_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace assay::core::store {

// Read from the schema rather than listed here, so that a table a later migration adds
// (with a foreign key to items) keeps its items too, without touching this file.
Result<QList<ItemReference>> itemReferences(Database *db)
{
    auto s = db->prepare(QStringLiteral(
        "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f"
        " WHERE m.type = 'table' AND f.\"table\" = 'items' ORDER BY m.name, f.\"from\""));
    if (!s)
        return s.error();
    QList<ItemReference> refs;
    while (s->step())
        refs.append({s->text(0), s->text(1)});
    if (s->error())
        return *s->error();
    return refs;
}

static QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

static QString jsonArrayText(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// "2 tasks", "1 annotation", "a gold answer": what a person recognises as work on an item.
static QString describeUse(const QString &table, int count)
{
    if (table == QLatin1String("tasks"))
        return QCoreApplication::translate("assay", "%n task(s)", nullptr, count);
    if (table == QLatin1String("annotations"))
        return QCoreApplication::translate("assay", "%n annotation(s)", nullptr, count);
    if (table == QLatin1String("gold_answers"))
        return QCoreApplication::translate("assay", "a gold answer");
    if (table == QLatin1String("prelabels"))
        return QCoreApplication::translate("assay", "%n pre-label(s)", nullptr, count);
    return QCoreApplication::translate("assay", "%n row(s) of %1", nullptr, count).arg(table);
}

Result<QList<Item>> ProjectStore::hashedImages() const
{
    // Only the columns a duplicate list shows: metadata and text stay unread, so 100k rows
    // take a fraction of what items() would.
    auto s = m_db->prepare(
        QStringLiteral("SELECT seq, id, sha256, path, byte_size, width, height, phash FROM items"
                       " WHERE kind = 'image' AND phash IS NOT NULL AND phash != '' ORDER BY seq"));
    if (!s)
        return s.error();
    QList<Item> items;
    while (s->step()) {
        Item it;
        it.kind = ItemKind::Image;
        it.seq = s->int64(0);
        it.id = s->text(1);
        it.sha256 = s->text(2);
        it.path = s->text(3);
        it.byteSize = s->int64(4);
        it.width = s->int32(5);
        it.height = s->int32(6);
        it.perceptualHash = s->text(7);
        items.append(it);
    }
    if (s->error())
        return *s->error();
    return items;
}

Status ProjectStore::removeItems(const QStringList &itemIds, const QString &reason)
{
    QStringList ids;
    for (const QString &id : itemIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("assay", "no items to remove"), m_path);
    // Permission first: a person who may not remove items learns that, not which are in use.
    if (!isAllowed(m_actor, Action::RemoveItems)) {
        return makeError(ErrorCode::Permission,
                         QCoreApplication::translate("assay", "%1 may not %2")
                             .arg(m_actor.name, actionName(Action::RemoveItems)),
                         m_path);
    }
    const QString idsJson = jsonArrayText(ids);

    QHash<QString, QString> paths; // id -> stored path
    {
        auto s = m_db->prepare(QStringLiteral(
            "SELECT id, path FROM items WHERE id IN (SELECT value FROM json_each(?1))"));
        if (!s)
            return s.error();
        s->bind(1, idsJson);
        while (s->step())
            paths.insert(s->text(0), s->text(1));
        if (s->error())
            return *s->error();
    }
    for (const QString &id : std::as_const(ids)) {
        if (!paths.contains(id))
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("assay", "no item %1").arg(id), m_path);
    }

    // Work done on an item is never dropped with it: such items are named and none removed.
    auto refs = itemReferences(m_db.get());
    if (!refs)
        return refs.error();
    QHash<QString, QStringList> uses; // id -> "2 tasks", ...
    for (const ItemReference &ref : std::as_const(*refs)) {
        auto s = m_db->prepare(QStringLiteral("SELECT %2, COUNT(*) FROM %1 WHERE %2 IN"
                                              " (SELECT value FROM json_each(?1)) GROUP BY %2")
                                   .arg(quoted(ref.table), quoted(ref.column)));
        if (!s)
            return s.error();
        s->bind(1, idsJson);
        while (s->step())
            uses[s->text(0)].append(describeUse(ref.table, s->int32(1)));
        if (s->error())
            return *s->error();
    }
    {
        auto imported = importedAnnotationCounts(m_db.get(), ids);
        if (!imported)
            return imported.error();
        for (auto it = imported->cbegin(); it != imported->cend(); ++it)
            uses[it.key()].append(QCoreApplication::translate("assay", "%n imported annotation(s)", nullptr, it.value()));
    }
    QStringList inUse;
    for (const QString &id : std::as_const(ids)) {
        if (uses.contains(id))
            inUse.append(QStringLiteral("%1 (%2)").arg(paths.value(id),
                                                       uses.value(id).join(QStringLiteral(", "))));
    }
    if (!inUse.isEmpty()) {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate(
                "assay",
                "nothing was removed: items with tasks, annotations or gold answers are kept: %1")
                .arg(inUse.join(QStringLiteral("; "))),
            m_path);
    }

    auto e = record(Action::RemoveItems, {QStringLiteral("items.removed"),
                                          {{QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                                           {QStringLiteral("reason"), reason}}});
    if (!e)
        return e.error();
    return {};
}

} // namespace assay::core::store
