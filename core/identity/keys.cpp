// SPDX-License-Identifier: Apache-2.0
// A person's keys, with libsodium: Ed25519 signatures, X25519 receiving keys.
#include "core/identity/keys.h"
#include "core/base/tr.h"

#include "core/base/sha256.h"

#include <QCoreApplication>

#include <sodium.h>

namespace assay::core::identity {

static const QLatin1String s_prefix("assay-key-1:");

Status initialiseCrypto()
{
    static const int result = sodium_init(); // 0 first time, 1 when already done, -1 on failure
    if (result < 0)
        return makeError(ErrorCode::Generic, Tr::tr("the cryptography library could not start"));
    return {};
}

QString PublicKeys::toText() const
{
    return s_prefix
           + QString::fromLatin1((signing + box + boxSignature)
                                         .toBase64(QByteArray::Base64UrlEncoding
                                                   | QByteArray::OmitTrailingEquals));
}

Result<PublicKeys> PublicKeys::fromText(const QString &text)
{
    ASSAY_TRY(initialiseCrypto());
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(s_prefix)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("not an Assay public key (it starts with \"%1\")").arg(s_prefix));
    }
    const auto decoded
            = QByteArray::fromBase64Encoding(trimmed.mid(s_prefix.size()).toLatin1(),
                                             QByteArray::Base64UrlEncoding
                                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 128)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the public key is damaged (wrong length or characters)"));
    PublicKeys keys;
    keys.signing = decoded.decoded.left(32);
    keys.box = decoded.decoded.mid(32, 32);
    keys.boxSignature = decoded.decoded.mid(64, 64);
    if (!verify(keys.signing, keys.box, keys.boxSignature))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the public key's receiving half is not signed by its signing half"));
    return keys;
}

QString PublicKeys::signerText() const
{
    return QString::fromLatin1(
            signing.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray signingKeyFromSignerText(const QString &signer)
{
    const auto decoded
            = QByteArray::fromBase64Encoding(signer.toLatin1(),
                                             QByteArray::Base64UrlEncoding
                                                     | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32 ? decoded.decoded : QByteArray();
}

QString PublicKeys::fingerprint() const
{
    const QString hex = QString::fromLatin1(sha256Hex(signing).left(16));
    return QStringLiteral("%1 %2 %3 %4")
            .arg(hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4), hex.mid(12, 4));
}

Result<SecretKeys> SecretKeys::generate()
{
    ASSAY_TRY(initialiseCrypto());
    QByteArray seed(32, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    QByteArray box(32, Qt::Uninitialized);
    randombytes_buf(box.data(), size_t(box.size()));
    auto keys = fromBytes(seed + box);
    sodium_memzero(seed.data(), size_t(seed.size()));
    sodium_memzero(box.data(), size_t(box.size()));
    return keys;
}

Result<SecretKeys> SecretKeys::fromBytes(const QByteArray &bytes)
{
    ASSAY_TRY(initialiseCrypto());
    if (bytes.size() != 64)
        return makeError(ErrorCode::InvalidInput, Tr::tr("a secret key is 64 bytes"));
    SecretKeys keys;
    keys.m_signingSecret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    keys.m_public.signing = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(keys.m_public.signing.data()),
                             reinterpret_cast<unsigned char *>(keys.m_signingSecret.data()),
                             reinterpret_cast<const unsigned char *>(bytes.constData()));
    keys.m_boxSecret = bytes.mid(32, 32);
    keys.m_public.box = QByteArray(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(keys.m_public.box.data()),
                           reinterpret_cast<const unsigned char *>(keys.m_boxSecret.constData()));
    keys.m_public.boxSignature = keys.sign(keys.m_public.box);
    return keys;
}

SecretKeys::SecretKeys(const SecretKeys &other) = default;
SecretKeys &SecretKeys::operator=(const SecretKeys &other)
{
    if (this != &other) {
        wipe();
        m_signingSecret = other.m_signingSecret;
        m_boxSecret = other.m_boxSecret;
        m_public = other.m_public;
    }
    return *this;
}

SecretKeys::~SecretKeys()
{
    wipe();
}

void SecretKeys::wipe()
{
    // Detach first: a shared buffer belongs to another copy still in use.
    if (!m_signingSecret.isEmpty() && !m_signingSecret.isDetached())
        m_signingSecret = QByteArray();
    if (!m_boxSecret.isEmpty() && !m_boxSecret.isDetached())
        m_boxSecret = QByteArray();
    if (!m_signingSecret.isEmpty())
        sodium_memzero(m_signingSecret.data(), size_t(m_signingSecret.size()));
    if (!m_boxSecret.isEmpty())
        sodium_memzero(m_boxSecret.data(), size_t(m_boxSecret.size()));
}

QByteArray SecretKeys::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_signingSecret.constData()));
    return signature;
}

QByteArray SecretKeys::toBytes() const
{
    // The Ed25519 seed is the first half of libsodium's 64-byte secret key.
    return m_signingSecret.left(32) + m_boxSecret;
}

bool verify(const QByteArray &signingKey, const QByteArray &message, const QByteArray &signature)
{
    if (!initialiseCrypto() || signingKey.size() != crypto_sign_PUBLICKEYBYTES
        || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(
                                               signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(
                                               signingKey.constData()))
           == 0;
}

} // namespace assay::core::identity
