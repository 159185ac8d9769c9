// SPDX-License-Identifier: Apache-2.0
// The project file's schema as numbered migrations, and the upgrade of older projects.
#pragma once

#include "core/result.h"

namespace assay::core::store {

class Database;

namespace schema {

// The schema this build writes. PRAGMA user_version holds a project's schema number.
int currentVersion();
// True when the state tables of a project at schema `from` are rebuilt from its log after the
// upgrade (a migration changed how some event is applied).
bool upgradeRebuildsState(int from);

// Brings a project at schema `from` (0 for a new file) up to currentVersion(), in one
// transaction: a failed upgrade leaves the file as it was.
Status migrate(Database *db, int from);

// Runs only migrations 1..version: how a project of an older build looked (tests keep one).
Status createAtVersion(Database *db, int version);

} // namespace schema
} // namespace assay::core::store
