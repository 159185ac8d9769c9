// SPDX-License-Identifier: Apache-2.0
// assay keys: people's key pairs on this machine.
#pragma once

#include "app/cli/cliio.h"

namespace assay::app::cli {

int runKeys(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
