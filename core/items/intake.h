// SPDX-License-Identifier: Apache-2.0
// Media intake: files and folders into a project's items, checked, deduplicated, one event.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <atomic>
#include <functional>

namespace assay::core {
class Project;
}

namespace assay::core::media {

struct IntakeOptions
{
    int threads = 0; // 0: one per core
    // Called from the calling thread, about ten times a second and once at the end.
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct IntakeProblem
{
    QString path;
    QString reason;
};

struct IntakeReport
{
    qint64 scanned = 0; // files looked at (jsonl lines count once per file)
    QList<Item> added;
    QList<IntakeProblem> duplicates; // reason: which file or item it duplicates
    QList<IntakeProblem> rejected;   // unsupported, unreadable, empty, corrupted, truncated
    QStringList lineErrors;          // "file.jsonl: line N: ..." (the rest of the file was added)
    // Files that are parts of a multi-file slide (an MRXS's data, a VMS's pieces and macro),
    // taken as the slide's and not added.
    qint64 slideParts = 0;
    bool cancelled = false;
};

// Probes every file under `paths` (folders recursively, hidden files skipped) and adds the
// good ones in one "items.added" event. Problems with single files are in the report; only a
// failure to write the project is an error, and then nothing was added.
Result<IntakeReport> addMedia(assay::core::Project &store, const QStringList &paths,
                              const IntakeOptions &options = {});

} // namespace assay::core::media
