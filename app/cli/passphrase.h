// SPDX-License-Identifier: Apache-2.0
// Where the command line gets a key's passphrase: a file named by the environment (scripts,
// CI) or the terminal, without echo.
#pragma once

#include "app/cli/cliio.h"
#include "core/result.h"

#include <QByteArray>

namespace assay::app::cli {

// ASSAY_PASSPHRASE_FILE=PATH: the file's first line. Otherwise a prompt on the terminal
// (asked twice when `confirm`). With neither, an error that says how to give one.
Result<QByteArray> readPassphrase(const QString &prompt, bool confirm, CliIo &io);

} // namespace assay::app::cli
