// SPDX-License-Identifier: Apache-2.0
// FolderRemote: a shared folder (a network drive, a folder a sync tool keeps in step) as a
// remote. Each copy writes only files of its own, each whole or not at all:
//
//   assay-remote.json               which project the folder is for
//   events/<writer>/<n>.jsonl       event lines, n = 0000000001, 0000000002, ...; never changed
//   media/<ab>/<sha256>             media by content hash
//
// A file is written under a temporary name, flushed and renamed, so a reader never sees half of
// one; anything else in the folder (a sync tool's conflict copy, a partial download, a backup
// ending in ~) is left alone and reported.
#pragma once

#include "core/sync/remote.h"

namespace assay::core::sync {

class FolderRemote final : public Remote
{
public:
    // `writer`: this copy's name in the folder (its device id).
    FolderRemote(const QString &path, const QString &writer);

    QString id() const override;
    Status open(const Id &projectId) override;
    Result<Fetched> fetch(const QHash<QString, qint64> &seen) override;
    Result<QHash<QString, qint64>> push(const QList<QByteArray> &lines) override;
    Result<bool> hasMedia(const QString &sha256) override;
    Status putMedia(const QString &sha256, const QString &localPath) override;
    Result<bool> getMedia(const QString &sha256, const QString &localPath) override;

    // Whether a file name is one of the event files this format writes ("0000000042.jsonl").
    static bool isEventFileName(const QString &name);

private:
    QString mediaPath(const QString &sha256) const;

    QString m_root; // absolute
    QString m_writer;
};

// Writes `bytes` to `path` through a temporary file in the same folder, flushed to disk before
// it is renamed: readers see the old file or the whole new one, never a part.
Status writeWhole(const QString &path, const QByteArray &bytes);
// Copies `from` to `to` the same way, checking the SHA-256 of what was copied when `sha256` is
// given (the copy is removed and an error returned when it differs).
Status copyWhole(const QString &from, const QString &to, const QString &sha256 = {});

} // namespace assay::core::sync
