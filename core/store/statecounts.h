// SPDX-License-Identifier: Apache-2.0
// StateCounts: row counts of the big state tables, kept by the appliers beside the rows.
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

namespace assay::core::store {

class Database;

// Opening a project, its status line and `assay info` read these instead of counting rows:
// COUNT(*) walks a whole table or index, and grows with the project. The appliers that insert
// or delete items, tasks, annotations and boxes add to them in the same transaction, so a
// replay of the log rebuilds them like any other state table ("counts", emptied before it).
// A name whose count comes back to zero has no row, as in a project that never had one.
namespace counts {
inline constexpr char itemsPrefix[] = "items."; // "items.image", "items.text", "items.audio"
inline constexpr char tasks[] = "tasks";
// Annotations and boxes, those still packed in import chunks included.
inline constexpr char annotations[] = "annotations";
inline constexpr char boxes[] = "boxes";
} // namespace counts

// Adds `delta` (may be negative) to the count `name`.
Status addCount(Database *db, const QString &name, qint64 delta);
// Every count kept, by name; a name not there is zero.
Result<QHash<QString, qint64>> readCounts(Database *db);

} // namespace assay::core::store
