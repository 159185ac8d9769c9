// SPDX-License-Identifier: Apache-2.0
// Events of the project's items: their JSON mapping.
#include "core/items/itemevents.h"

#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

QStringList ItemsAdded::itemColumns()
{
    return {QStringLiteral("id"),          QStringLiteral("kind"),
            QStringLiteral("sha256"),      QStringLiteral("path"),
            QStringLiteral("byte_size"),   QStringLiteral("width"),
            QStringLiteral("height"),      QStringLiteral("duration_ms"),
            QStringLiteral("sample_rate"), QStringLiteral("channels"),
            QStringLiteral("characters"),  QStringLiteral("phash"),
            QStringLiteral("text"),        QStringLiteral("metadata")};
}

static QJsonValue intOrNull(qint64 v, bool present)
{
    return present ? QJsonValue(double(v)) : QJsonValue(QJsonValue::Null);
}

QJsonArray ItemsAdded::row(const Item &it)
{
    const bool image = it.kind == ItemKind::Image;
    const bool audio = it.kind == ItemKind::Audio;
    return QJsonArray{it.id.isEmpty() ? newId() : it.id,
                      itemKindName(it.kind),
                      it.sha256,
                      it.path,
                      double(it.byteSize),
                      intOrNull(it.width, image),
                      intOrNull(it.height, image),
                      intOrNull(it.durationMs, audio),
                      intOrNull(it.sampleRate, audio),
                      intOrNull(it.channels, audio),
                      intOrNull(it.characters, it.kind == ItemKind::Text),
                      it.perceptualHash,
                      it.text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.text),
                      it.metadata};
}

QJsonObject ItemsAdded::toJson() const
{
    return withExtra({{QStringLiteral("count"), count},
                      {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                      {QStringLiteral("rows"), rows}},
                     extra);
}

Result<ItemsAdded> ItemsAdded::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ItemsAdded e;
    e.count = in.integer("count");
    e.columns = in.strings("columns");
    e.rows = in.array("rows");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject ItemsRemoved::toJson() const
{
    return withExtra({{QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                      {QStringLiteral("reason"), reason}},
                     extra);
}

Result<ItemsRemoved> ItemsRemoved::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ItemsRemoved e;
    e.ids = in.strings("ids");
    e.reason = in.string("reason");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject MediaSettingsSet::toJson() const
{
    QJsonObject known;
    if (slideAssociatedImages)
        known.insert(QStringLiteral("slide_associated_images"), *slideAssociatedImages);
    return withExtra(known, extra);
}

Result<MediaSettingsSet> MediaSettingsSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    MediaSettingsSet e;
    if (in.has("slide_associated_images"))
        e.slideAssociatedImages = in.boolean("slide_associated_images");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
