// SPDX-License-Identifier: Apache-2.0
// ItemService: the project's media items — adding, finding, listing and removing them.
#include "core/items/itemservice.h"
#include "core/json/jsonwriter.h"
#include "core/base/tr.h"

#include "core/items/itemevents.h"
#include "core/items/itemstate_p.h"
#include "core/store/importchunks.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace assay::core {

using store::Statement;

static QJsonObject parseJsonObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

Result<int> ItemService::addItems(const QList<Item> &items, const QJsonObject &summary)
{
    if (items.isEmpty())
        return 0;
    ItemsAdded event;
    for (const Item &it : items)
        event.rows.append(ItemsAdded::row(it));
    event.count = int(items.size());
    event.columns = ItemsAdded::itemColumns();
    event.extra = summary;
    auto e = project().record(event);
    if (!e)
        return e.error();
    return int(items.size());
}

Result<QSet<QString>> ItemService::knownSha256(const QStringList &sha256) const
{
    auto ids = itemIdsBySha256(sha256);
    if (!ids)
        return ids.error();
    return QSet<QString>(ids->keyBegin(), ids->keyEnd());
}

static const char s_itemSelect[]
        = "SELECT seq, id, kind, sha256, path, byte_size, width, height, duration_ms, sample_rate,"
          " channels, characters, text, metadata, phash FROM items";

static Item readItem(const Statement &s)
{
    Item it;
    it.seq = s.int64(0);
    it.id = s.text(1);
    parseItemKind(s.text(2), &it.kind);
    it.sha256 = s.text(3);
    it.path = s.text(4);
    it.byteSize = s.int64(5);
    it.width = s.int32(6);
    it.height = s.int32(7);
    it.durationMs = s.int64(8);
    it.sampleRate = s.int32(9);
    it.channels = s.int32(10);
    it.characters = s.int64(11);
    if (!s.isNull(12))
        it.text = s.text(12);
    it.metadata = parseJsonObject(s.text(13));
    it.perceptualHash = s.text(14);
    return it;
}

Result<QList<Item>> ItemService::page(qint64 afterSeq, int limit) const
{
    auto s = db()->prepare(QString::fromLatin1(s_itemSelect)
                           + QStringLiteral(" WHERE seq > ?1 ORDER BY seq LIMIT ?2"));
    if (!s)
        return s.error();
    s->bind(1, afterSeq).bind(2, limit);
    QList<Item> items;
    items.reserve(limit);
    while (s->step())
        items.append(readItem(*s));
    if (s->error())
        return *s->error();
    return items;
}

Result<Item> ItemService::item(const Id &id) const
{
    auto s = db()->prepare(QString::fromLatin1(s_itemSelect) + QStringLiteral(" WHERE id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, id);
    if (!s->step())
        return makeError(ErrorCode::NotFound, Tr::tr("no item %1").arg(id), path());
    return readItem(*s);
}

Result<qint64> ItemService::itemCount() const
{
    // Kept by the appliers (core/store/statecounts.h): counting rows would read the table.
    return db()->queryInt(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM counts"
                                         " WHERE name BETWEEN 'items.' AND 'items.~'"));
}

Result<Item> ItemService::findItem(const QString &ref) const
{
    auto byId = item(ref);
    if (byId)
        return byId;
    auto s = db()->prepare(
            QStringLiteral("SELECT id, path FROM items WHERE path = ?1 OR path LIKE ?2"));
    if (!s)
        return s.error();
    QString stored = ref;
    if (QFileInfo(ref).isAbsolute())
        stored = project().storedMediaPath(ref);
    s->bind(1, stored).bind(2, QStringLiteral("%/") + QFileInfo(ref).fileName());
    QStringList exact, byName;
    while (s->step()) {
        if (s->text(1) == stored)
            exact.append(s->text(0));
        else if (QFileInfo(s->text(1)).fileName() == QFileInfo(ref).fileName())
            byName.append(s->text(0));
    }
    if (exact.size() == 1)
        return item(exact.first());
    if (exact.isEmpty() && byName.size() == 1)
        return item(byName.first());
    if (exact.size() + byName.size() > 1) {
        return makeError(ErrorCode::Conflict,
                         Tr::tr("\"%1\" names several items; give the path or the id").arg(ref),
                         path());
    }
    return makeError(ErrorCode::NotFound, Tr::tr("no item \"%1\"").arg(ref), path());
}

Result<QHash<QString, Id>> ItemService::itemIdsByPath() const
{
    QHash<QString, Id> ids;
    auto s = db()->prepare(QStringLiteral("SELECT path, id FROM items"));
    if (!s)
        return s.error();
    while (s->step())
        ids.insert(s->text(0), s->text(1));
    if (s->error())
        return *s->error();
    return ids;
}

Result<QHash<QString, Id>> ItemService::itemIdsBySha256(const QStringList &sha256) const
{
    QHash<QString, Id> ids;
    auto s = db()->cached("SELECT id FROM items WHERE sha256 = ?1");
    if (!s)
        return s.error();
    for (const QString &h : sha256) {
        (*s)->bind(1, h);
        if ((*s)->step())
            ids.insert(h, (*s)->text(0));
        (*s)->reset();
    }
    return ids;
}

static QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

static QString jsonArrayText(const QStringList &values)
{
    return QString::fromUtf8(json::compactJson(QJsonArray::fromStringList(values)));
}

static QString describeUse(const QString &table, int count)
{
    if (table == QLatin1String("tasks"))
        return Tr::tr("%n task(s)", nullptr, count);
    if (table == QLatin1String("annotations"))
        return Tr::tr("%n annotation(s)", nullptr, count);
    if (table == QLatin1String("gold_answers"))
        return Tr::tr("a gold answer");
    if (table == QLatin1String("prelabels"))
        return Tr::tr("%n pre-label(s)", nullptr, count);
    return Tr::tr("%n row(s) of %1", nullptr, count).arg(table);
}

Result<QList<Item>> ItemService::hashedImages() const
{
    // Only the columns a duplicate list shows: metadata and text stay unread, so 100k rows
    // take a fraction of what items() would.
    auto s = db()->prepare(QStringLiteral(
            "SELECT seq, id, sha256, path, byte_size, width, height, phash FROM items"
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

Status ItemService::removeItems(const QStringList &itemIds, const QString &reason)
{
    QStringList ids;
    for (const QString &id : itemIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("no items to remove"), path());
    // Permission first: a person who may not remove items learns that, not which are in use.
    ASSAY_TRY(project().mayRecord(ItemsRemoved::kind));
    const QString idsJson = jsonArrayText(ids);

    QHash<QString, QString> paths; // id -> stored path
    {
        auto s = db()->prepare(QStringLiteral(
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
            return makeError(ErrorCode::NotFound, Tr::tr("no item %1").arg(id), path());
    }

    // Work done on an item is never dropped with it: such items are named and none removed.
    auto refs = itemReferences(db());
    if (!refs)
        return refs.error();
    QHash<QString, QStringList> uses; // id -> "2 tasks", ...
    for (const ItemReference &ref : std::as_const(*refs)) {
        auto s = db()->prepare(QStringLiteral("SELECT %2, COUNT(*) FROM %1 WHERE %2 IN"
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
        auto imported = importedAnnotationCounts(db(), ids);
        if (!imported)
            return imported.error();
        for (auto it = imported->cbegin(); it != imported->cend(); ++it)
            uses[it.key()].append(Tr::tr("%n imported annotation(s)", nullptr, it.value()));
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
                Tr::tr("nothing was removed: items with tasks, annotations or gold answers are kept: %1")
                        .arg(inUse.join(QStringLiteral("; "))),
                path());
    }

    auto e = project().record(ItemsRemoved{ids, reason, {}});
    if (!e)
        return e.error();
    return {};
}

Result<MediaSettings> ItemService::mediaSettings() const
{
    MediaSettings settings;
    auto s = db()->prepare(
            QStringLiteral("SELECT value FROM meta WHERE key = 'slide_associated_images'"));
    if (!s)
        return s.error();
    if (s->step())
        settings.slideAssociatedImages = s->text(0) == QLatin1String("1");
    if (s->error())
        return *s->error();
    return settings;
}

Status ItemService::setMediaSettings(const MediaSettings &settings)
{
    ASSAY_TRY(project().mayRecord(MediaSettingsSet::kind));
    auto current = mediaSettings();
    if (!current)
        return current.error();
    MediaSettingsSet event;
    if (current->slideAssociatedImages != settings.slideAssociatedImages)
        event.slideAssociatedImages = settings.slideAssociatedImages;
    if (!event.slideAssociatedImages)
        return {}; // nothing changes: nothing is recorded
    auto recorded = project().record(event);
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace assay::core
