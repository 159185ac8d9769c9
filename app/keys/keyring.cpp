// SPDX-License-Identifier: Apache-2.0
// The system keyring through QtKeychain, with a time limit: a keyring that does not answer is
// treated as absent, and the key file is used instead.
#include "app/keys/keyring.h"
#include "core/sync/postgresremote.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#ifdef ASSAY_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace assay::app::keyring {

#ifdef ASSAY_HAVE_KEYCHAIN
static const char s_service[] = "Assay";

static QString entryFor(const QString &name)
{
    return QStringLiteral("keys/") + name;
}

// Runs a QtKeychain job to its end, or gives up after a few seconds (a keyring waiting for
// someone to unlock it on a screen nobody watches).
static bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}
#endif

bool isAvailable()
{
#ifdef ASSAY_HAVE_KEYCHAIN
    // Linux keyrings are reached over the session bus; without one there is nothing to ask.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return false;
#endif
}

std::optional<core::identity::SecretKeys> load(const QString &name)
{
#ifdef ASSAY_HAVE_KEYCHAIN
    if (!isAvailable())
        return std::nullopt;
    QKeychain::ReadPasswordJob job{QString::fromLatin1(s_service)};
    job.setAutoDelete(false);
    job.setKey(entryFor(name));
    if (!runJob(job))
        return std::nullopt;
    QByteArray bytes = job.binaryData();
    auto keys = core::identity::SecretKeys::fromBytes(bytes);
    bytes.fill('\0');
    if (!keys)
        return std::nullopt;
    return *keys;
#else
    Q_UNUSED(name);
    return std::nullopt;
#endif
}

bool save(const QString &name, const core::identity::SecretKeys &keys)
{
#ifdef ASSAY_HAVE_KEYCHAIN
    if (!isAvailable())
        return false;
    QKeychain::WritePasswordJob job{QString::fromLatin1(s_service)};
    job.setAutoDelete(false);
    job.setKey(entryFor(name));
    QByteArray bytes = keys.toBytes();
    job.setBinaryData(bytes);
    bytes.fill('\0');
    return runJob(job);
#else
    Q_UNUSED(name);
    Q_UNUSED(keys);
    return false;
#endif
}

static QString standInFile()
{
    return qEnvironmentVariable("ASSAY_KEYRING_FILE");
}

static QJsonObject readStandIn()
{
    QFile f(standInFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

static bool writeStandIn(const QJsonObject &entries)
{
    QSaveFile f(standInFile());
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    return f.commit();
}

#ifdef ASSAY_HAVE_KEYCHAIN
static QString passwordEntry(const QString &entry)
{
    return QStringLiteral("password/") + entry;
}
#endif

bool passwordStoreAvailable()
{
    return isAvailable() || !standInFile().isEmpty();
}

std::optional<QString> loadPassword(const QString &entry)
{
#ifdef ASSAY_HAVE_KEYCHAIN
    if (isAvailable()) {
        QKeychain::ReadPasswordJob job{QString::fromLatin1(s_service)};
        job.setAutoDelete(false);
        job.setKey(passwordEntry(entry));
        if (runJob(job))
            return job.textData();
    }
#endif
    if (!standInFile().isEmpty()) {
        const QJsonValue v = readStandIn().value(entry);
        if (v.isString())
            return v.toString();
    }
    return std::nullopt;
}

bool savePassword(const QString &entry, const QString &password)
{
#ifdef ASSAY_HAVE_KEYCHAIN
    if (isAvailable()) {
        QKeychain::WritePasswordJob job{QString::fromLatin1(s_service)};
        job.setAutoDelete(false);
        job.setKey(passwordEntry(entry));
        job.setTextData(password);
        if (runJob(job))
            return true;
    }
#endif
    if (standInFile().isEmpty())
        return false;
    QJsonObject entries = readStandIn();
    entries.insert(entry, password);
    return writeStandIn(entries);
}

bool removePassword(const QString &entry)
{
    bool removed = false;
#ifdef ASSAY_HAVE_KEYCHAIN
    if (isAvailable()) {
        QKeychain::DeletePasswordJob job{QString::fromLatin1(s_service)};
        job.setAutoDelete(false);
        job.setKey(passwordEntry(entry));
        removed = runJob(job);
    }
#endif
    if (!standInFile().isEmpty()) {
        QJsonObject entries = readStandIn();
        if (entries.contains(entry)) {
            entries.remove(entry);
            removed = writeStandIn(entries) || removed;
        }
    }
    return removed;
}

bool providePassword(core::sync::Remote &remote)
{
    auto *server = dynamic_cast<core::sync::PostgresRemote *>(&remote);
    if (!server || server->hasPassword() || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return false;
    auto password = loadPassword(server->credentialEntry());
    if (!password)
        return false;
    server->setPassword(*password);
    return true;
}

} // namespace assay::app::keyring
