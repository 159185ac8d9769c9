// SPDX-License-Identifier: Apache-2.0
// What is wrong with a place on disk, in words: a file that is not there because its disk or
// network folder is not mounted, a folder on read-only media. Shared by the store (the project
// file) and the views (media files).
#pragma once

#include <QString>

namespace assay::storage {

// Why `path` (a file that was expected) cannot be found: "the file does not exist" when its
// folder is there and holds other files; otherwise names the folder that is missing or empty,
// the sign of a disk or network folder that is not mounted (or was moved).
QString whyMissing(const QString &path);

// True when `folder` (or the nearest existing folder above it) is on a filesystem mounted
// read-only: nothing can be written there, whoever asks (root included).
bool onReadOnlyMedia(const QString &folder);

// Why a media root is not usable, or empty when it is: missing, not a folder, or an empty
// folder (for a project that has items, the sign of a disk that is not mounted).
QString mediaRootProblem(const QString &mediaRoot);

} // namespace assay::storage
