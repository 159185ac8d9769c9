// SPDX-License-Identifier: Apache-2.0
// The prelabels subcommand: what annotators did with each model's suggestions.
#pragma once

#include "app/cli/cliio.h"

namespace assay::app::cli {

int runPrelabels(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
