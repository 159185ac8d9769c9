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
};

} // namespace assay::core::sync
