// SPDX-License-Identifier: Apache-2.0
// The dupes subcommand: near-duplicate images of a project, and keeping one of a group.
#pragma once

#include "app/cli/cliio.h"

namespace assay::app::cli {

int runDupes(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
