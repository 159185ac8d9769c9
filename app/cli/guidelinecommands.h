// SPDX-License-Identifier: Apache-2.0
// assay guideline: versioned guidelines, drafts, worked examples and citations on the command line.
#pragma once

#include "app/cli/cliio.h"

namespace assay::app::cli {

// assay guideline PROJECT show [--version N | --draft] [--section ANCHOR] [--json]
//                       | edit --from FILE.md [--title T] | publish | diff V1 V2|draft [--json]
//                       | examples list [--class NAME] [--json]
//                       | examples add ITEM --class NAME [--kind K] [--note T] [--boxes FILE]
//                       | examples remove ITEM --class NAME
//                       | export --out FILE.md [--version N | --draft] | citations [--json]
int runGuideline(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
