// SPDX-License-Identifier: Apache-2.0
// What `assay info` shows of a project, read without the services: the store's description,
// the counts its appliers keep, and the number of active admins. Its own small library, so that
// the `assay` front answers `assay info PROJECT` without loading the workstation's libraries.
#pragma once

#include "core/store/projectstore.h"

namespace assay::core {

struct ProjectSummary
{
    QString path; // absolute
    store::ProjectInfo info;
    store::ProjectCounts counts;
    int admins = 0;
};

// Opens the project read-only and reads its summary. Fails, changing nothing, where the project
// must be opened the usual way: it is not one, is of an older schema (to upgrade), or is on
// read-only media (with the notice that goes with that).
Result<ProjectSummary> readProjectSummary(const QString &path);

} // namespace assay::core
