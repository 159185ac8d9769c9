// SPDX-License-Identifier: Apache-2.0
// Remote: where copies meet — a shared folder or a PostgreSQL server. Both carry the same
// lines (wireevent.h) and media by content hash; neither decides anything: every copy checks
// what it receives.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace assay::core::sync {

// What a pull brings: event lines not read before, in chunks (a folder's files, a server's
// pages), each with the mark that says it was read (a file's name and size, a position). The
// copy keeps a chunk's mark once its events are added, and gives the marks back at the next
// fetch.
struct Fetched
{
    struct Chunk
    {
        QString mark;
        qint64 value = 0;
        QList<QByteArray> lines;
    };
    QList<Chunk> chunks;
    QStringList ignored; // files left by other tools, torn or not ours: named with the reason
};

// A task of a pooled batch as a lead's copy publishes it to a server's pool.
struct PoolTask
{
    Id taskId;
    Id itemId;
    int position = 0;
    bool gold = false;
};

// A task a server leased to the connecting person: never whether it is gold.
struct LeasedTask
{
    Id taskId;
    Id itemId;
    QString expires; // ISO 8601, the server's clock
};

class Remote
{
public:
    virtual ~Remote() = default;
    // "folder:/abs/path" or "postgres:..." (without a password): how the copy names it.
    virtual QString id() const = 0;
    // Makes the remote's layout when it is new; refuses a remote of another project.
    virtual Status open(const Id &projectId) = 0;
    // Lines not covered by `seen` (the marks kept from earlier fetches).
    virtual Result<Fetched> fetch(const QHash<QString, qint64> &seen) = 0;
    // Stores lines of this copy's writing, all or nothing; returns the marks that cover them
    // (so the copy does not read its own lines back).
    virtual Result<QHash<QString, qint64>> push(const QList<QByteArray> &lines) = 0;
    // Media by SHA-256 (lower-case hex).
    virtual Result<bool> hasMedia(const QString &sha256) = 0;
    virtual Status putMedia(const QString &sha256, const QString &localPath) = 0;
    // Writes the file to `localPath` (through a temporary name) when the remote has it; false
    // when it does not. The content is checked against the hash before it is kept.
    virtual Result<bool> getMedia(const QString &sha256, const QString &localPath) = 0;

    // Task leases (pooled batches): a server's, which decides who holds what; a shared folder
    // cannot refuse anyone and offers none.
    // Publishes a pooled batch's tasks with their kinds (a lead's copy); tasks already in the
    // pool keep their leases. The tasks added.
    virtual Result<int> publishPool(const Id &batchId, double goldRate, int leaseSeconds,
                                    const QList<PoolTask> &tasks);
    // Up to `count` tasks of the batch for the connecting person, none held by anyone else, with
    // gold mixed in at the batch's rate.
    virtual Result<QList<LeasedTask>> lease(const Id &batchId, int count);
    // Ends the connecting person's leases of these tasks: they are done. The leases ended.
    virtual Result<int> finishLeases(const QList<Id> &taskIds);
};

} // namespace assay::core::sync
