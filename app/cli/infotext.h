// SPDX-License-Identifier: Apache-2.0
// `assay info` in words: one rendering for the workstation program and for the `assay` front,
// which answers a plain `assay info PROJECT` itself from the store's kept counts, without
// loading the workstation's libraries.
#pragma once

#include "app/cli/cliio.h"
#include "core/project/projectsummary.h"

namespace assay::app {

// The warning about too few admins (on stderr), then the project's lines (on stdout).
void printInfoText(CliIo &io, const QString &path, const core::store::ProjectInfo &info,
                   const core::store::ProjectCounts &counts, int admins);

// Exit status of runLightInfo when the workstation program must answer instead (options, a
// project to upgrade, one on read-only media, anything this reader cannot open).
inline constexpr int ExitUseWorkstation = -2;

// `assay info PROJECT`, read-only from the store alone.
int runLightInfo(const QStringList &args, CliIo &io);

} // namespace assay::app
