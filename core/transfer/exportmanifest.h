// SPDX-License-Identifier: Apache-2.0
// The manifest an export writes beside its files, read back: what the snapshot was made of, and
// whether the files it lists are still the files it describes.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace assay::core::transfer {

struct ManifestFile
{
    QString path; // relative to the manifest's folder, '/'-separated, never leaving it
    qint64 bytes = 0;
    QByteArray sha256; // 64 lower-case hex digits
};

// The fields a reader relies on; the rest of the manifest is kept as written, unread.
struct ExportManifest
{
    // An entry takes about 150 bytes, so a million files' manifest is ~150 MB: a larger file
    // is not one, and is refused before it is read into memory.
    static constexpr qint64 maxBytes = qint64(512) << 20;

    int version = 0; // "assay_manifest"
    QString projectId;
    QString projectName;
    QString format;
    QString selection;
    qint64 eventSeq = 0;
    QString eventId;
    QString eventHash;
    QStringList classes;
    QList<ManifestFile> files;

    // Checks the layout: a version this build reads, every file entry complete, its path
    // relative and inside the manifest's folder, each path once. Errors name `path`.
    static Result<ExportManifest> parse(const QByteArray &json, const QString &path = {});
    // Reads the file (at most maxBytes) and parses it.
    static Result<ExportManifest> read(const QString &path);
};

// What verifyExport() found, file by file.
struct ManifestCheck
{
    ExportManifest manifest;
    int checked = 0;     // files hashed
    QStringList missing; // listed, not found
    QStringList changed; // found with another size or hash
    bool intact() const { return missing.isEmpty() && changed.isEmpty(); }
};

// Reads the manifest at `manifestPath` and hashes every file it lists. An unreadable or
// malformed manifest is the error; missing or changed files are in the check.
Result<ManifestCheck> verifyExport(const QString &manifestPath);

} // namespace assay::core::transfer
