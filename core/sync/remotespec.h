// SPDX-License-Identifier: Apache-2.0
// How a remote is named, in one place for the command line and the window:
// "folder:PATH" (a shared folder) or "postgres:CONNINFO" / "postgres://..." (a server).
#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace assay::core::sync {

class Remote;

enum class RemoteKind { Folder, Postgres };

struct RemoteSpec
{
    RemoteKind kind = RemoteKind::Folder;
    QString location; // the folder's path, or the libpq connection string or URI

    QString toString() const;
};

// Reads "folder:PATH", "postgres:CONNINFO" or "postgres://..."; anything else, or an empty
// location, is refused with what is expected.
Result<RemoteSpec> parseRemoteSpec(const QString &text);

// The remote a spec names, for a copy whose device is `device` (a folder remote writes only
// files named after it). Nothing is opened or connected yet.
std::unique_ptr<Remote> makeRemote(const RemoteSpec &spec, const QString &device);

} // namespace assay::core::sync
