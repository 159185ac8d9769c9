// SPDX-License-Identifier: Apache-2.0
// Shared helpers of the command line.
#include "app/cli/clicommon.h"
#include "core/base/names.h"
#include "core/base/tr.h"

#include "app/cli/passphrase.h"
#include "app/keys/keyring.h"
#include "core/identity/keystore.h"
#include "core/json/jsonwriter.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace assay::app::cli {

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, CliIo &io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("assay ") + command);
    if (!parser.parse(full)) {
        io.err << QStringLiteral("assay %1: ").arg(command) << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

void printError(CliIo &io, const Error &error)
{
    // The path and each line of the message with control and direction characters escaped: a
    // file name or a name read from a file cannot move the cursor, colour the terminal or turn
    // the text around (core/base/names.h).
    QStringList lines = error.message.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = printable(line);
    const QString message = lines.join(QLatin1Char('\n'));
    io.err << QStringLiteral("assay: ")
           << (error.path.isEmpty() ? message
                                    : printable(error.path) + QStringLiteral(": ") + message)
           << Qt::endl;
}

void printUsage(CliIo &io, const QString &usage)
{
    io.err << Tr::tr("usage: %1").arg(usage) << Qt::endl;
}

QCommandLineOption asOption()
{
    return QCommandLineOption(QStringLiteral("as"),
                              Tr::tr("Act as this person (default: $ASSAY_USER), signed in with"
                                     " their key: from the keyring, or their key file with its"
                                     " passphrase (typed, or in $ASSAY_PASSPHRASE_FILE)."),
                              Tr::tr("person"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              Tr::tr("Print JSON (stable fields, see README)."));
}

// Signs `name` in: the keyring first (silently), then the key file, whose public half is
// checked against the registered key before the passphrase is asked for.
static Status signIn(core::Project &project, const QString &name, CliIo &io)
{
    auto person = project.people().person(name);
    if (!person)
        return person.error();
    if (auto keys = keyring::load(person->name); keys && project.signIn(person->id, *keys))
        return {};
    const core::identity::KeyStore store;
    const QString file = store.fileFor(person->name);
    auto publicKeys = store.publicKeys(person->name);
    if (!publicKeys)
        return publicKeys.error();
    if (const Status st = project.checkKey(person->id, *publicKeys); !st) {
        return makeError(st.error().code,
                         Tr::tr("%1 (the key in %2)").arg(st.error().message, file),
                         project.path());
    }
    auto passphrase = readPassphrase(Tr::tr("Passphrase for %1's key (%2): ").arg(person->name, file),
                                     false, io);
    if (!passphrase)
        return passphrase.error();
    auto keys = store.load(person->name, *passphrase);
    passphrase->fill('\0');
    if (!keys)
        return keys.error();
    return project.signIn(person->id, *keys);
}

Result<core::identity::SecretKeys> unlockKeys(const QString &name, CliIo &io)
{
    if (auto keys = keyring::load(name))
        return *keys;
    const core::identity::KeyStore store;
    auto passphrase = readPassphrase(Tr::tr("Passphrase for %1's key (%2): ")
                                             .arg(name, store.fileFor(name)),
                                     false, io);
    if (!passphrase)
        return passphrase.error();
    auto keys = store.load(name, *passphrase);
    passphrase->fill('\0');
    return keys;
}

std::unique_ptr<core::Project> openProject(const QString &path, CliIo &io, const QString &asPerson,
                                           Access access)
{
    auto store = core::Project::open(path);
    if (!store) {
        printError(io, store.error());
        return nullptr;
    }
    QString person = asPerson;
    if (person.isEmpty())
        person = qEnvironmentVariable("ASSAY_USER");
    if (access == Access::Records && person.isEmpty()) {
        printError(io,
                   makeError(ErrorCode::Permission,
                             Tr::tr("this command records a decision, so it must know who you are:"
                                    " add --as NAME (or set ASSAY_USER=NAME); NAME's key is then"
                                    " unlocked from the keyring, or from %1 with its passphrase"
                                    " (typed on the terminal, or read from the file named by"
                                    " ASSAY_PASSPHRASE_FILE)")
                                     .arg(core::identity::KeyStore().fileFor(
                                             QStringLiteral("NAME"))),
                             path));
        return nullptr;
    }
    if (access != Access::Anyone && !person.isEmpty()) {
        if (const Status st = signIn(**store, person, io); !st) {
            printError(io, st.error());
            return nullptr;
        }
    }
    if ((*store)->isReadOnly()) {
        io.err << Tr::tr("%1: open read-only (%2): it can be read, nothing can be recorded")
                          .arg(path, (*store)->readOnlyReason())
               << Qt::endl;
    }
    if ((*store)->info().upgradedFrom > 0) {
        io.err << Tr::tr("%1: upgraded from schema %2 to %3 (the old file is kept as %1.schema%2.bak)")
                          .arg(path)
                          .arg((*store)->info().upgradedFrom)
                          .arg((*store)->info().schemaVersion)
               << Qt::endl;
    }
    return std::move(*store);
}

void printJson(CliIo &io, const QJsonDocument &doc)
{
    // QJsonDocument's indented text, made by core's JSON writer like every JSON output.
    core::json::JsonWriter writer(core::json::JsonStyle::QtIndented);
    writer.json(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    writer.raw('\n');
    io.out << QString::fromUtf8(writer.takeBytes());
    io.out.flush();
}

} // namespace assay::app::cli
