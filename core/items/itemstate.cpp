// SPDX-License-Identifier: Apache-2.0
// The state of items.* events: the items table, written only here.
#include "core/items/itemevents.h"
#include "core/json/jsonwriter.h"
#include "core/base/tr.h"
#include "core/items/itemservice.h"
#include "core/items/itemstate_p.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/store/importchunks.h"
#include "core/store/statecounts.h"

#include <QCoreApplication>

namespace assay::core {

using store::Database;
using store::Event;

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

static QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(json::compactJson(o));
}

static Status itemsAdded(Database *db, const Event &, const ItemsAdded &p)
{
    const QStringList &columns = p.columns;
    const QStringList known = ItemsAdded::itemColumns();
    QList<int> source(known.size(), -1); // known column -> index in the row
    for (int i = 0; i < columns.size(); ++i) {
        const int k = int(known.indexOf(columns.at(i)));
        if (k >= 0)
            source[k] = i;
    }
    if (source[0] < 0 || source[1] < 0 || source[2] < 0 || source[3] < 0) {
        return makeError(ErrorCode::Unsupported, Tr::tr("item rows lack id, kind, sha256 or path"));
    }
    ASSAY_STMT(s, "INSERT INTO items (id, kind, sha256, path, byte_size, width, height,"
                  " duration_ms, sample_rate, channels, characters, phash, text, metadata)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    QHash<QString, qint64> added; // by kind
    for (const auto &rowValue : p.rows) {
        const QJsonArray row = rowValue.toArray();
        auto value = [&](int k) {
            return source[k] < 0 ? QJsonValue() : row.at(source[k]);
        };
        for (int k = 0; k < 4; ++k)
            s.bind(k + 1, value(k).toString());
        s.bind(5, qint64(value(4).toDouble()));
        for (int k = 5; k < 11; ++k) {
            if (value(k).isDouble())
                s.bind(k + 1, qint64(value(k).toDouble()));
            else
                s.bindNull(k + 1);
        }
        s.bindOptional(12, value(11).toString());
        if (value(12).isString())
            s.bind(13, value(12).toString());
        else
            s.bindNull(13);
        s.bindOptional(14, jsonText(value(13).toObject()));
        ASSAY_TRY(s.exec());
        ++added[value(1).toString()];
    }
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        ASSAY_TRY(store::addCount(db, QLatin1String(store::counts::itemsPrefix) + it.key(),
                                  it.value()));
    return {};
}

static Status itemsRemoved(Database *db, const Event &, const ItemsRemoved &p)
{
    auto refs = itemReferences(db);
    if (!refs)
        return refs.error();
    QString sql = QStringLiteral("DELETE FROM items WHERE id IN (SELECT value FROM json_each(?1))");
    const QString returning = QStringLiteral(" RETURNING kind");
    for (const ItemReference &ref : std::as_const(*refs)) {
        sql += QStringLiteral(" AND id NOT IN (SELECT \"%2\" FROM \"%1\" WHERE \"%2\" IS NOT NULL)")
                       .arg(ref.table, ref.column);
    }
    // Imported annotations in chunks have no foreign key: their items are kept the same way.
    QStringList ids = p.ids;
    auto imported = importedAnnotationCounts(db, ids);
    if (!imported)
        return imported.error();
    ids.removeIf([&](const QString &id) { return imported->contains(id); });
    auto s = db->prepare(sql + returning);
    if (!s)
        return s.error();
    s->bind(1, QString::fromUtf8(json::compactJson(QJsonArray::fromStringList(ids))));
    QHash<QString, qint64> removed; // by kind
    while (s->step())
        ++removed[s->text(0)];
    if (s->error())
        return *s->error();
    s->reset(); // RETURNING: the deletions are done when the statement is
    for (auto it = removed.cbegin(); it != removed.cend(); ++it)
        ASSAY_TRY(store::addCount(db, QLatin1String(store::counts::itemsPrefix) + it.key(),
                                  -it.value()));
    return {};
}

static Status mediaSettingsSet(Database *db, const Event &, const MediaSettingsSet &p)
{
    if (!p.slideAssociatedImages)
        return {};
    ASSAY_STMT(s, "INSERT INTO meta (key, value) VALUES ('slide_associated_images', ?1)"
                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, *p.slideAssociatedImages ? QStringLiteral("1") : QStringLiteral("0"));
    return s.exec();
}

void ItemService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<ItemsAdded>(itemsAdded);
    registry.add<ItemsRemoved>(itemsRemoved);
    registry.add<MediaSettingsSet>(mediaSettingsSet);
    registry.addStateTables({QStringLiteral("items")});
}

} // namespace assay::core
