// SPDX-License-Identifier: Apache-2.0
// import and export: datasets from other tools in, dataset snapshots out.
#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace assay::app::cli {

int runImport(const QStringList &args, CliIo &io);
int runExport(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
