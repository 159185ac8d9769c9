// SPDX-License-Identifier: Apache-2.0
// Applies one event to the state tables: the only way current state is ever written.
#pragma once

#include "core/result.h"
#include "core/store/eventlog.h"

namespace assay::core::store {

class Database;

namespace state {

// Runs inside the transaction that appended the event.
Status apply(Database *db, const Event &event, const QJsonObject &payload);

// The same for a payload given as JSON text: bulk kinds ("dataset.imported") are read with
// simdjson straight into the tables, others through QJsonObject.
Status applyJson(Database *db, const Event &event, const QByteArray &json);
bool isBulkKind(const QString &kind);

// Empties every state table (not the log, not meta) before a replay.
Status clear(Database *db);

// Column order of the rows in an "items.added" payload.
QStringList itemColumns();

} // namespace state
} // namespace assay::core::store
