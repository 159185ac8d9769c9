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
    // "add", "update", "move", "remove", "archive", "merge", "split", "multi_label"
    QString change;
    std::optional<TaxonomyClass> cls; // add, update, move (with its new parent)
    QString renamedFrom;              // update, when the name changed
    Id classId;                       // remove, archive, split
    QList<Id> from;                   // merge: these classes ...
    Id into;                          // ... read as this one
    Id before;                        // move: placed before this class; empty: last
    QList<TaxonomyClass> parts;       // split: the new classes that replace classId
    Id assignTo;                      // split: labels of classId read as this part; empty:
                                      // they are sent back for re-labeling
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
