// SPDX-License-Identifier: Apache-2.0
// What every subcommand shares: argument parsing, opening a project, acting person, output.
#pragma once

#include "app/cli/cliio.h"
#include "core/identity/keys.h"
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

// Who a command needs: nobody (what anyone may read: info, log verify), whoever is named if
// anyone is (reads filtered by the person's roles), or a signed-in person (it records).
enum class Access { Anyone, Reads, Records };

// Opens the project, printing "PROJECT: reason" on failure. The person named by `asPerson`
// (or ASSAY_USER) is signed in with their key, unlocked from the keyring or from their key
// file; a command that records fails when nobody is named. There is no default person.
// A person's keys from this machine: the keyring (silently), else their key file and its
// passphrase (ASSAY_PASSPHRASE_FILE or a prompt).
Result<core::identity::SecretKeys> unlockKeys(const QString &name, CliIo &io);

std::unique_ptr<core::Project> openProject(const QString &path, CliIo &io,
                                           const QString &asPerson = {},
                                           Access access = Access::Reads);

// The common --as option.
QCommandLineOption asOption();
QCommandLineOption jsonOption();

void printJson(CliIo &io, const QJsonDocument &doc);

} // namespace assay::app::cli
