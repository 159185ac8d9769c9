// SPDX-License-Identifier: Apache-2.0
// ItemService: the project's media items — adding, finding, listing and removing them.
#pragma once

#include "core/project/service.h"

#include <QHash>
#include <QSet>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

struct MediaSettings
{
    // The label, macro and thumbnail images of whole-slide files may be shown (they can show
    // patient data) and travel with the slides to other copies. Off by default: checkouts and
    // sync send a slide without them (or not at all when they cannot be taken out); exports
    // never carry them either way.
    bool slideAssociatedImages = false;
};

class ItemService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // One "items.added" event for the whole run; `summary` (source, counts) goes into it.
    // Items whose SHA-256 is already present are refused as a conflict.
    Result<int> addItems(const QList<Item> &items, const QJsonObject &summary);
    Result<QSet<QString>> knownSha256(const QStringList &sha256) const;
    Result<QHash<QString, Id>> itemIdsBySha256(const QStringList &sha256) const;
    Result<QHash<QString, Id>> itemIdsByPath() const; // stored path -> id
    // Up to `limit` items added after `afterSeq`, in the order they were added.
    Result<QList<Item>> page(qint64 afterSeq, int limit) const;
    Result<Item> item(const Id &id) const;
    Result<Item> findItem(const QString &idPathOrName) const; // id, stored path, unique file name
    Result<qint64> itemCount() const;
    // Images with a perceptual hash, in the order they were added: id, seq, sha256, path,
    // sizes and hash only (for near-duplicate search over the whole project).
    Result<QList<Item>> hashedImages() const;
    // One "items.removed" event {ids, reason}. Items with tasks, annotations or gold answers
    // are refused, by name, and then nothing is removed. Media files are never deleted.
    Status removeItems(const QStringList &itemIds, const QString &reason);

    // The project's media settings (event "media.settings_set"); anyone may read them.
    Result<MediaSettings> mediaSettings() const;
    // A lead's: one "media.settings_set" event with the settings that differ.
    Status setMediaSettings(const MediaSettings &settings);

    static void registerAppliers(store::ApplierRegistry &registry);
};

} // namespace assay::core
