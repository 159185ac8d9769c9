// SPDX-License-Identifier: Apache-2.0
// The layout of a PostgreSQL remote, in numbered migrations like the project's own
// (core/store/schema.cpp): everything lives in the schema `assay`.
//
//   assay.meta     key -> value: "schema" (the migration reached), "project" (whose events)
//   assay.events   one row per event line: (device, device_seq) unique, its hash, author,
//                  action and audience in clear, the wire line itself, and a bigserial
//                  position that pulls resume from
//   assay.media    media by SHA-256, the bytes in a bytea column: a team's images fit, and
//                  one connection carries both events and media (no second store to keep)
//   assay.pools    pooled batches: gold rate and lease length (readable by every person)
//   assay.pool     their tasks, which are gold, who holds each until when (the leads' only)
//   assay.leases   every lease handed out: task, item, person, expiry (a person reads their
//                  own: nothing in it says gold); assay.lease(batch, n) hands tasks out,
//                  assay.finish(tasks) ends leases of tasks done
#pragma once

#include <QList>
#include <QString>

namespace assay::core::sync {

// The migrations in order: the one at index i takes a server from version i to i + 1.
const QList<QString> &serverMigrations();
int serverSchemaVersion();

} // namespace assay::core::sync
