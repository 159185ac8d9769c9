// SPDX-License-Identifier: Apache-2.0
// Runs the assay program for the command-line tests: English messages, nobody signed in unless
// named, one folder, and a key store of the test's own holding the test people's keys.
#pragma once

#include "core/identity/keystore.h"
#include "core/project/project.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <map>

#include <utility>

#ifndef ASSAY_PATH
#error "ASSAY_PATH (the program under test) is set by tests/app/CMakeLists.txt"
#endif

namespace assay::tests {

// What one run of the program gave.
struct CliRun
{
    int status = -1; // -1 when the program did not finish in time
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// How to run it, beyond the arguments.
struct CliOptions
{
    QString workingDirectory;               // empty: the test's own
    QList<std::pair<QString, QString>> env; // variables set for this run
    QStringList unset;                      // variables removed for this run
    QString as;                             // ASSAY_USER for this run; empty: nobody
    bool withoutTerminal = false;           // through setsid: nothing can prompt, as in CI
    int timeoutMs = 60000;
};

// The key store the command-line tests share within one test program: a temporary
// XDG_CONFIG_HOME, one passphrase file, and no session bus (so no keyring, as under CI). Each
// person's key is made once, by `assay keys new`, and then serves every project of the test:
// unlocking a key costs an Argon2id derivation, making one costs one more.
class TestKeys final
{
public:
    static TestKeys &shared()
    {
        static TestKeys keys;
        return keys;
    }

    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }
    QString passphraseFile() const { return m_dir.filePath(QStringLiteral("passphrase")); }
    QString keyFile(const QString &name) const
    {
        return QDir(configHome()).filePath(QStringLiteral("assay/keys/%1.key").arg(name));
    }
    static QByteArray passphrase() { return QByteArrayLiteral("test people's passphrase"); }

    // NAME's public key (text form) in this key store; made the first time it is asked for.
    inline QString publicKey(const QString &name);
    // Signs NAME in to `project` in this process with the key of this store, unlocked once, so
    // that what a test's own code records is signed as the command line would sign it.
    inline Status signIn(assay::core::Project &project, const QString &name);

private:
    TestKeys()
    {
        QFile f(passphraseFile());
        if (f.open(QIODevice::WriteOnly))
            f.write(passphrase() + '\n');
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_keys;
    std::map<QString, assay::core::identity::SecretKeys> m_secrets;
};

// Runs `assay args...`. ASSAY_USER is removed so that no test acts as the person of the machine
// it runs on (options.as names someone), the shared test key store is used, and the C locale
// keeps messages and numbers comparable.
inline CliRun runAssay(const QStringList &args, const CliOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ASSAY_USER"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // A project made without --owner is owned by $USER: the same name on every machine.
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), TestKeys::shared().configHome());
    env.insert(QStringLiteral("ASSAY_PASSPHRASE_FILE"), TestKeys::shared().passphraseFile());
    if (!options.as.isEmpty())
        env.insert(QStringLiteral("ASSAY_USER"), options.as);
    for (const QString &name : options.unset)
        env.remove(name);
    for (const auto &[name, value] : options.env)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (options.withoutTerminal)
        process.start(QStringLiteral("setsid"), QStringList{QStringLiteral(ASSAY_PATH)} + args);
    else
        process.start(QStringLiteral(ASSAY_PATH), args);
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                QStringLiteral("assay did not finish within %1 ms").arg(options.timeoutMs)};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The usual case: in a folder, with the default time limit or another, as `as` (ASSAY_USER).
inline CliRun runAssay(const QString &workingDirectory, const QStringList &args,
                       int timeoutMs = 60000, const QString &as = {})
{
    CliOptions options;
    options.workingDirectory = workingDirectory;
    options.timeoutMs = timeoutMs;
    options.as = as;
    return runAssay(args, options);
}

Status TestKeys::signIn(assay::core::Project &project, const QString &name)
{
    auto found = m_secrets.find(name);
    if (found == m_secrets.end()) {
        if (publicKey(name).isEmpty())
            return makeError(ErrorCode::NotFound, QStringLiteral("no key for %1").arg(name));
        const assay::core::identity::KeyStore store(
                QDir(configHome()).filePath(QStringLiteral("assay/keys")));
        auto secret = store.load(name, passphrase());
        if (!secret)
            return secret.error();
        found = m_secrets.emplace(name, *secret).first;
    }
    return project.signIn(name, found->second);
}

QString TestKeys::publicKey(const QString &name)
{
    if (m_keys.contains(name))
        return m_keys.value(name);
    // Made already (by `assay init --owner NAME`): listed; otherwise made now.
    const bool exists = QFile::exists(keyFile(name));
    const CliRun run = exists ? runAssay({QStringLiteral("keys"), QStringLiteral("list"),
                                          QStringLiteral("--json")},
                                         {})
                              : runAssay({QStringLiteral("keys"), QStringLiteral("new"), name,
                                          QStringLiteral("--json")},
                                         {});
    QString key;
    if (exists) {
        for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (row.toObject().value(QLatin1String("name")).toString() == name)
                key = row.toObject().value(QLatin1String("public_key")).toString();
        }
    } else {
        key = run.json().value(QLatin1String("public_key")).toString();
    }
    if (key.isEmpty())
        qWarning("no key for %s: %s", qPrintable(name), qPrintable(run.err));
    else
        m_keys.insert(name, key);
    return key;
}

} // namespace assay::tests
