// SPDX-License-Identifier: Apache-2.0
// What every subcommand shares: argument parsing, opening a project, acting person, output.
#pragma once

#include "app/cli/cliio.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <memory>

namespace assay::core {
class Project;
}

namespace assay::app::cli {

// Parses `args` (without the program and subcommand names). On a bad option prints the
// reason and the usage line to err and returns false.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, CliIo &io);

void printError(CliIo &io, const Error &error);
void printUsage(CliIo &io, const QString &usage);

// Opens the project, printing "PROJECT: reason" on failure. When `asPerson` is given (or the
// environment has ASSAY_USER), changes are recorded for that person; otherwise for the owner.
std::unique_ptr<core::Project> openProject(const QString &path, CliIo &io,
                                           const QString &asPerson = {});

// The common --as option.
QCommandLineOption asOption();
QCommandLineOption jsonOption();

void printJson(CliIo &io, const QJsonDocument &doc);

} // namespace assay::app::cli
