// SPDX-License-Identifier: Apache-2.0
// The command-line front: finds the subcommand and runs it.
#pragma once

#include "app/cli/cliio.h"

namespace assay::app::cli {

// True when `arguments` (without the program name) name a subcommand, --help or --version;
// false when the GUI should open (no arguments, or a project file to open).
bool isCommandLine(const QStringList &arguments);

// True for a subcommand that draws (the audit report's charts): it runs in a QApplication on
// the offscreen platform when no other is set.
bool needsGuiApplication(const QStringList &arguments);

// Runs the subcommand; returns the exit status.
int run(const QStringList &arguments, CliIo &io);

QString helpText();

} // namespace assay::app::cli
