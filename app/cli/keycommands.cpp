// SPDX-License-Identifier: Apache-2.0
// assay keys new|list: people's key pairs, kept outside projects in encrypted key files.
#include "app/cli/keycommands.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "app/cli/passphrase.h"
#include "app/keys/keyring.h"
#include "core/identity/keystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace assay::app::cli {

using namespace assay::core::identity;

static const char s_usage[] = "assay keys new NAME [--replace] [--json] | list [--json]";

int runKeys(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    const QCommandLineOption
            replace(QStringLiteral("replace"),
                    Tr::tr("Replace an existing key of that name (the old one is lost)."));
    parser.addOption(replace);
    if (!parse(parser, QStringLiteral("keys"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    const KeyStore store;
    if (pos.size() == 2 && pos.first() == QLatin1String("new")) {
        const QString name = pos.at(1);
        if (!KeyStore::isValidName(name)) {
            printError(io,
                       makeError(ErrorCode::InvalidInput,
                                 Tr::tr("\"%1\" is not a valid name (letters, digits, . _ @ -; at most 64)")
                                         .arg(name)));
            return ExitUsage;
        }
        if (!parser.isSet(replace) && QFile::exists(store.fileFor(name))) {
            printError(io,
                       makeError(ErrorCode::Conflict,
                                 Tr::tr("there is already a key for %1 (--replace makes a new one)")
                                         .arg(name),
                                 store.fileFor(name)));
            return ExitFailure;
        }
        auto passphrase = readPassphrase(Tr::tr("Passphrase for %1's new key: ").arg(name), true,
                                         io);
        if (!passphrase) {
            printError(io, passphrase.error());
            return ExitFailure;
        }
        auto keys = SecretKeys::generate();
        if (!keys) {
            printError(io, keys.error());
            return ExitFailure;
        }
        if (const Status saved = store.save(name, *keys, *passphrase, parser.isSet(replace));
            !saved) {
            printError(io, saved.error());
            return ExitFailure;
        }
        // Also in the keyring when there is one, so that signing in asks for no passphrase.
        keyring::save(name, *keys);
        const PublicKeys &pub = keys->publicKeys();
        if (json) {
            printJson(io,
                      QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                {QStringLiteral("public_key"), pub.toText()},
                                                {QStringLiteral("fingerprint"), pub.fingerprint()},
                                                {QStringLiteral("file"), store.fileFor(name)}}));
        } else {
            io.out << pub.toText() << '\n';
            io.err << Tr::tr("%1's key (fingerprint %2) is in %3; give the public key above to a lead.")
                              .arg(name, pub.fingerprint(), store.fileFor(name))
                   << '\n';
        }
        return ExitOk;
    }
    if (pos.size() == 1 && pos.first() == QLatin1String("list")) {
        auto names = store.names();
        if (!names) {
            printError(io, names.error());
            return ExitFailure;
        }
        QJsonArray rows;
        for (const QString &name : std::as_const(*names)) {
            auto pub = store.publicKeys(name);
            if (json) {
                QJsonObject row{{QStringLiteral("name"), name},
                                {QStringLiteral("file"), store.fileFor(name)}};
                if (pub) {
                    row.insert(QStringLiteral("public_key"), pub->toText());
                    row.insert(QStringLiteral("fingerprint"), pub->fingerprint());
                } else {
                    row.insert(QStringLiteral("error"), pub.error().message);
                }
                rows.append(row);
            } else if (pub) {
                io.out << name << '\t' << pub->fingerprint() << '\t' << pub->toText() << '\n';
            } else {
                io.out << name << '\t' << Tr::tr("(damaged: %1)").arg(pub.error().message) << '\n';
            }
        }
        if (json)
            printJson(io, QJsonDocument(rows));
        else if (names->isEmpty())
            io.err << Tr::tr("no keys in %1").arg(store.directory()) << '\n';
        return ExitOk;
    }
    printUsage(io, QLatin1String(s_usage));
    return ExitUsage;
}

} // namespace assay::app::cli
