// SPDX-License-Identifier: Apache-2.0
// Events of the project's items: what each records, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace assay::core {

// A run of items added at once (an intake, an import's new media). Rows are arrays in the
// order of `columns`, so rows written by older or newer builds still apply by column name.
struct ItemsAdded final
{
    static constexpr EventKind kind{"items.added", 1, Action::AddItems};
    QStringList columns;
    QJsonArray rows;
    int count = 0;
    QJsonObject extra; // the run's summary (source, counts) and fields of newer builds
    QJsonObject toJson() const;
    static Result<ItemsAdded> fromJson(const QJsonObject &payload);

    static QStringList itemColumns(); // the columns this build writes
    static QJsonArray row(const Item &item);
};

struct ItemsRemoved final
{
    static constexpr EventKind kind{"items.removed", 1, Action::RemoveItems};
    QStringList ids;
    QString reason;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<ItemsRemoved> fromJson(const QJsonObject &payload);
};

// A lead's media settings for the project. Only the fields set are changed.
// slide_associated_images: whether the label, macro and thumbnail images a whole-slide file
// carries (a label can show a patient's name) may be shown; off until a lead turns it on.
struct MediaSettingsSet final
{
    static constexpr EventKind kind{"media.settings_set", 1, Action::ManageBatches};
    std::optional<bool> slideAssociatedImages;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<MediaSettingsSet> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
