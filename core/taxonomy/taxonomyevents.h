// SPDX-License-Identifier: Apache-2.0
// Events of the taxonomy and the guidelines: what each records, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonObject>

#include <optional>

namespace assay::core {

// One change of the label set, making taxonomy version `version`. Class ids never change.
struct TaxonomyChanged final
{
    static constexpr EventKind kind{"taxonomy.changed", 1, Action::EditTaxonomy};
    int version = 0;
    QString change;                   // "add", "update", "remove", "merge", "multi_label"
    std::optional<TaxonomyClass> cls; // add, update
    QString renamedFrom;              // update, when the name changed
    Id classId;                       // remove
    QList<Id> from;                   // merge: these classes ...
    Id into;                          // ... read as this one
    std::optional<bool> multiLabel;   // multi_label
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<TaxonomyChanged> fromJson(const QJsonObject &payload);
};

struct GuidelineAdded final
{
    static constexpr EventKind kind{"guideline.added", 1, Action::EditGuidelines};
    int version = 0;
    QString title;
    QString body; // Markdown
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<GuidelineAdded> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
