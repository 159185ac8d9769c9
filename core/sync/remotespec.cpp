// SPDX-License-Identifier: Apache-2.0
#include "core/sync/remotespec.h"
#include "core/base/tr.h"
#include "core/sync/folderremote.h"
#include "core/sync/postgresremote.h"

namespace assay::core::sync {

static const QLatin1String s_folder("folder:");
static const QLatin1String s_postgres("postgres:");
static const QLatin1String s_postgresUri("postgres://");
static const QLatin1String s_postgresqlUri("postgresql://");

QString RemoteSpec::toString() const
{
    if (kind == RemoteKind::Folder)
        return s_folder + location;
    // A URI keeps its own scheme; a key=value string is prefixed.
    if (location.startsWith(s_postgresUri) || location.startsWith(s_postgresqlUri))
        return location;
    return s_postgres + location;
}

Result<RemoteSpec> parseRemoteSpec(const QString &text)
{
    const QString t = text.trimmed();
    RemoteSpec spec;
    if (t.startsWith(s_folder)) {
        spec.kind = RemoteKind::Folder;
        spec.location = t.mid(s_folder.size());
    } else if (t.startsWith(s_postgresUri) || t.startsWith(s_postgresqlUri)) {
        spec.kind = RemoteKind::Postgres;
        spec.location = t;
    } else if (t.startsWith(s_postgres)) {
        spec.kind = RemoteKind::Postgres;
        spec.location = t.mid(s_postgres.size());
    } else {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("unknown remote \"%1\": folder:PATH or postgres:URL").arg(t));
    }
    if (spec.location.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         spec.kind == RemoteKind::Folder
                                 ? Tr::tr("the remote names no folder: folder:PATH")
                                 : Tr::tr("the remote names no server: postgres:URL"));
    return spec;
}

std::unique_ptr<Remote> makeRemote(const RemoteSpec &spec, const QString &device)
{
    if (spec.kind == RemoteKind::Folder)
        return std::make_unique<FolderRemote>(spec.location, device);
    return std::make_unique<PostgresRemote>(spec.location);
}

} // namespace assay::core::sync

namespace assay::core::sync {

static Error noLeases(const QString &remote)
{
    return Error{ErrorCode::Unsupported,
                 Tr::tr("this remote hands out no task leases: pooled batches need a PostgreSQL"
                        " server"),
                 remote};
}

Result<int> Remote::publishPool(const Id &, double, int, const QList<PoolTask> &)
{
    return noLeases(id());
}

Result<QList<LeasedTask>> Remote::lease(const Id &, int)
{
    return noLeases(id());
}

Result<int> Remote::finishLeases(const QList<Id> &)
{
    return noLeases(id());
}

} // namespace assay::core::sync
