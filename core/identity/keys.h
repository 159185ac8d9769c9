// SPDX-License-Identifier: Apache-2.0
// A person's keys: Ed25519 to sign what they decide, X25519 to receive what only they may read.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace assay::core::identity {

// What others hold of a person: the signing key, the receiving key and the signing key's
// signature over the receiving key (so nobody can swap in a receiving key of their own).
// As text: "assay-key-1:" and the base64url of the 128 bytes.
struct PublicKeys
{
    QByteArray signing;      // Ed25519, 32 bytes
    QByteArray box;          // X25519, 32 bytes
    QByteArray boxSignature; // Ed25519 signature of `box`, 64 bytes

    QString toText() const;
    static Result<PublicKeys> fromText(const QString &text);
    // A short form to compare by eye or read out: the first 16 hexadecimal digits of the
    // SHA-256 of the signing key, in groups of four.
    QString fingerprint() const;
    // The signing key alone as a signed event's envelope names its signer: base64url.
    QString signerText() const;
    bool operator==(const PublicKeys &other) const = default;
};

// The secret halves. Never written to a project; kept in the system keyring or in a key file
// encrypted with a passphrase (KeyStore). The memory is wiped when the object goes.
class SecretKeys;
Result<QByteArray> openSealed(const SecretKeys &keys, const QByteArray &sealed);

class SecretKeys final
{
public:
    static Result<SecretKeys> generate();
    // From the 96 bytes of toBytes(); the public keys are derived and checked.
    static Result<SecretKeys> fromBytes(const QByteArray &bytes);
    SecretKeys(const SecretKeys &other);
    SecretKeys &operator=(const SecretKeys &other);
    ~SecretKeys();

    const PublicKeys &publicKeys() const { return m_public; }
    QByteArray sign(const QByteArray &message) const; // 64 bytes, detached
    QByteArray toBytes() const;                       // signing seed (32), box secret (32)

private:
    friend Result<QByteArray> openSealed(const SecretKeys &keys, const QByteArray &sealed);
    SecretKeys() = default;
    void wipe();

    QByteArray m_signingSecret; // 64 bytes (seed and public key, libsodium's layout)
    QByteArray m_boxSecret;     // 32 bytes
    PublicKeys m_public;
};

// The signing key named by PublicKeys::signerText(); empty when the text is not one.
QByteArray signingKeyFromSignerText(const QString &signer);

// True when `signature` is `signingKey`'s signature of `message`.
bool verify(const QByteArray &signingKey, const QByteArray &message, const QByteArray &signature);

// libsodium must be initialised once before any of the above; safe to call often.
Status initialiseCrypto();

} // namespace assay::core::identity
