// SPDX-License-Identifier: Apache-2.0
// Decisions made apart that contradict each other: how an applier tells that two events were
// concurrent, and the one table that lists every such case with the rule that settled it.
#pragma once

#include "core/result.h"
#include "core/store/eventlog.h"

namespace assay::core::store {

class Database;

// Whether `later` was made knowing the event `earlierId`: it is earlier in the same device's
// chain, or `later`'s device had seen, directly or through other devices, the earlier event's
// device at or past it (the heads each event names in its envelope).
Result<bool> hasSeen(Database *db, const Event &later, const Id &earlierId);

// Records that `e` contradicts `otherEventId` on `subject` ("batch:ID", "annotation:ID",
// "class:ID"), settled by `rule`. The list is state like any other, so every copy holding the
// same events lists the same cases.
Status recordConflict(Database *db, const Event &e, const QString &subject, const Id &otherEventId,
                      const QString &rule, const QString &detail);

// For a subject last decided by `previousEventId`: when `e` was made without knowing it, lists
// the pair (rule, detail) and returns true.
Result<bool> noteIfConcurrent(Database *db, const Event &e, const QString &subject,
                              const Id &previousEventId, const QString &rule,
                              const QString &detail);

} // namespace assay::core::store
