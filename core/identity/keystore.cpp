// SPDX-License-Identifier: Apache-2.0
// KeyStore: secret keys in files of their own, encrypted with a passphrase (Argon2id and
// XChaCha20-Poly1305 from libsodium).
#include "core/identity/keystore.h"

#include "core/base/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace assay::core::identity {

static const QLatin1String s_format("assay-secret-key-1");
static constexpr qint64 s_maxFileSize = 64 * 1024;

static QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

static QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

static QByteArray associatedData(const QString &name, const QString &publicText)
{
    return (s_format + QLatin1Char('\n') + name + QLatin1Char('\n') + publicText).toUtf8();
}

// The key the passphrase unlocks, for a given salt and cost.
static Result<QByteArray> deriveKey(const QByteArray &passphrase, const QByteArray &salt,
                                    quint64 opslimit, size_t memlimit)
{
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                      passphrase.constData(), quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), opslimit, memlimit,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(ErrorCode::Generic,
                         Tr::tr("not enough memory to derive the key from the passphrase"));
    }
    return key;
}

QString KeyStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/assay/keys");
}

KeyStore::KeyStore(const QString &directory)
    : m_directory(directory)
{}

bool KeyStore::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[\\w.@-]{1,64}$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(name).hasMatch() && !name.startsWith(QLatin1Char('.'));
}

QString KeyStore::fileFor(const QString &name) const
{
    return QDir(m_directory).filePath(name + QStringLiteral(".key"));
}

Status KeyStore::save(const QString &name, const SecretKeys &keys, const QByteArray &passphrase,
                      bool replace) const
{
    ASSAY_TRY(initialiseCrypto());
    if (!isValidName(name))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not a valid name (letters, digits, . _ @ -; at most 64)")
                                 .arg(name));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a key file needs a passphrase"));
    const QString path = fileFor(name);
    if (!replace && QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, Tr::tr("there is already a key for %1").arg(name),
                         path);
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Io, Tr::tr("cannot create the folder"), m_directory);
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const quint64 opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    auto key = deriveKey(passphrase, salt, opslimit, memlimit);
    if (!key)
        return key.error();
    const QString publicText = keys.publicKeys().toText();
    const QByteArray ad = associatedData(name, publicText);
    QByteArray secret = keys.toBytes();
    QByteArray cipher(secret.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(cipher.data()), &cipherLength,
            reinterpret_cast<const unsigned char *>(secret.constData()), quint64(secret.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
            reinterpret_cast<const unsigned char *>(nonce.constData()),
            reinterpret_cast<const unsigned char *>(key->constData()));
    sodium_memzero(secret.data(), size_t(secret.size()));
    sodium_memzero(key->data(), size_t(key->size()));
    cipher.resize(qsizetype(cipherLength));

    const QJsonObject file{{QStringLiteral("format"), s_format},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("public"), publicText},
                           {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                           {QStringLiteral("opslimit"), double(opslimit)},
                           {QStringLiteral("memlimit"), double(memlimit)},
                           {QStringLiteral("salt"), QString::fromLatin1(b64(salt))},
                           {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
                           {QStringLiteral("nonce"), QString::fromLatin1(b64(nonce))},
                           {QStringLiteral("ciphertext"), QString::fromLatin1(b64(cipher))}};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("cannot write the key file: %1").arg(out.errorString()), path);
    // Owner only, before a byte is written (the temporary file becomes the key file).
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(QJsonDocument(file).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return makeError(ErrorCode::Io,
                         Tr::tr("cannot write the key file: %1").arg(out.errorString()), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

static Result<QJsonObject> readKeyFile(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(
                ErrorCode::NotFound,
                Tr::tr("no key for %1 here; make one with \"assay keys new %1\", or ask a lead to register a new one")
                        .arg(name),
                path);
    }
    if (file.size() > s_maxFileSize)
        return makeError(ErrorCode::InvalidInput, Tr::tr("not a key file (too large)"), path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Tr::tr("cannot read the key file: %1").arg(file.errorString()), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidInput, Tr::tr("not a key file (damaged JSON)"), path);
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != s_format)
        return makeError(ErrorCode::Unsupported, Tr::tr("not a key file of this version of Assay"),
                         path);
    if (o.value(QLatin1String("name")).toString() != name)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the key file is for %1, not %2")
                                 .arg(o.value(QLatin1String("name")).toString(), name),
                         path);
    return o;
}

Result<PublicKeys> KeyStore::publicKeys(const QString &name) const
{
    const QString path = fileFor(name);
    auto o = readKeyFile(path, name);
    if (!o)
        return o.error();
    auto keys = PublicKeys::fromText(o->value(QLatin1String("public")).toString());
    if (!keys)
        return makeError(keys.error().code, keys.error().message, path);
    return keys;
}

Result<SecretKeys> KeyStore::load(const QString &name, const QByteArray &passphrase) const
{
    ASSAY_TRY(initialiseCrypto());
    const QString path = fileFor(name);
    auto o = readKeyFile(path, name);
    if (!o)
        return o.error();
    const QString publicText = o->value(QLatin1String("public")).toString();
    const QByteArray salt = unb64(o->value(QLatin1String("salt")));
    const QByteArray nonce = unb64(o->value(QLatin1String("nonce")));
    const QByteArray cipher = unb64(o->value(QLatin1String("ciphertext")));
    const double ops = o->value(QLatin1String("opslimit")).toDouble();
    const double mem = o->value(QLatin1String("memlimit")).toDouble();
    // Costs are taken from the file, within what libsodium accepts and a machine can bear.
    if (o->value(QLatin1String("kdf")).toString() != QLatin1String("argon2id13")
        || salt.size() != crypto_pwhash_SALTBYTES
        || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || cipher.size() != 64 + crypto_aead_xchacha20poly1305_ietf_ABYTES
        || ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > double(crypto_pwhash_MEMLIMIT_SENSITIVE)) {
        return makeError(ErrorCode::InvalidInput, Tr::tr("not a key file (damaged fields)"), path);
    }
    auto key = deriveKey(passphrase, salt, quint64(ops), size_t(mem));
    if (!key)
        return makeError(key.error().code, key.error().message, path);
    const QByteArray ad = associatedData(name, publicText);
    QByteArray secret(64, Qt::Uninitialized);
    unsigned long long secretLength = 0;
    const int opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(secret.data()), &secretLength, nullptr,
            reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()),
            reinterpret_cast<const unsigned char *>(key->constData()));
    sodium_memzero(key->data(), size_t(key->size()));
    if (opened != 0 || secretLength != 64) {
        return makeError(ErrorCode::Permission,
                         Tr::tr("wrong passphrase for %1's key (or the key file was altered)")
                                 .arg(name),
                         path);
    }
    auto keys = SecretKeys::fromBytes(secret);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (!keys)
        return makeError(keys.error().code, keys.error().message, path);
    if (keys->publicKeys().toText() != publicText)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the key file's public key is not its secret key's"), path);
    return keys;
}

Result<QStringList> KeyStore::names() const
{
    const QDir dir(m_directory);
    if (!dir.exists())
        return QStringList();
    QStringList out;
    for (const QString &file : dir.entryList({QStringLiteral("*.key")}, QDir::Files, QDir::Name))
        out.append(file.chopped(4));
    return out;
}

} // namespace assay::core::identity
