// SPDX-License-Identifier: Apache-2.0
// checkout and sync: copies of a project for people, and the exchange between copies.
#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace assay::app::cli {

int runCheckout(const QStringList &args, CliIo &io);
int runSync(const QStringList &args, CliIo &io);
// server init URL: lays out (or brings up to date) a PostgreSQL server for sync.
int runServer(const QStringList &args, CliIo &io);
int runLease(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
