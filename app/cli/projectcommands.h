// SPDX-License-Identifier: Apache-2.0
// Subcommands on whole projects: init, info, add, people, taxonomy, log.
#pragma once

#include "app/cli/cliio.h"

namespace assay::app::cli {

int runInit(const QStringList &args, CliIo &io);
int runInfo(const QStringList &args, CliIo &io);
int runAdd(const QStringList &args, CliIo &io);
int runMedia(const QStringList &args, CliIo &io);
int runPeople(const QStringList &args, CliIo &io);
int runTaxonomy(const QStringList &args, CliIo &io);
int runLog(const QStringList &args, CliIo &io);
int runConflicts(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
