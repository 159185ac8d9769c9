// SPDX-License-Identifier: Apache-2.0
// The streams a command-line subcommand writes to, and the signature every subcommand has.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace assay::app {

struct CliIo
{
    QTextStream &out; // results (stdout)
    QTextStream &err; // messages naming the file and the reason (stderr)
    bool errIsTty = false;
};

// Exit statuses shared by all subcommands.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 64 };

// args: the arguments after the subcommand's name (e.g. for "assay agreement x.csv --json",
// {"x.csv", "--json"}).
using CommandFn = int (*)(const QStringList &args, CliIo &io);

} // namespace assay::app
