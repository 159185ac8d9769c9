// SPDX-License-Identifier: Apache-2.0
// Sealed boxes and XChaCha20-Poly1305 with libsodium.
#include "core/identity/sealing.h"
#include "core/base/tr.h"

#include <sodium.h>

namespace assay::core::identity {

static const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

QByteArray randomSymmetricKey()
{
    initialiseCrypto();
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

QByteArray encrypt(const QByteArray &key, const QByteArray &plaintext,
                   const QByteArray &associatedData)
{
    initialiseCrypto();
    Q_ASSERT(key.size() == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceBytes + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(o, nonceBytes); // 24 random bytes: no nonce is ever repeated in practice
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(o + nonceBytes, &written, bytes(plaintext),
                                               size_t(plaintext.size()), bytes(associatedData),
                                               size_t(associatedData.size()), nullptr, o,
                                               bytes(key));
    out.truncate(nonceBytes + qsizetype(written));
    return out;
}

Result<QByteArray> decrypt(const QByteArray &key, const QByteArray &box,
                           const QByteArray &associatedData)
{
    ASSAY_TRY(initialiseCrypto());
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES
        || box.size() < nonceBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return makeError(ErrorCode::InvalidInput, Tr::tr("an encrypted payload is cut short"));
    QByteArray out(box.size() - nonceBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const auto *b = bytes(box);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(out.data()),
                                                   &written, nullptr, b + nonceBytes,
                                                   size_t(box.size() - nonceBytes),
                                                   bytes(associatedData),
                                                   size_t(associatedData.size()), b, bytes(key))
        != 0)
        return makeError(ErrorCode::Tampered,
                         Tr::tr("an encrypted payload does not open with its key (changed, or"
                                " another key)"));
    out.truncate(qsizetype(written));
    return out;
}

Result<QByteArray> sealTo(const PublicKeys &recipient, const QByteArray &message)
{
    ASSAY_TRY(initialiseCrypto());
    if (recipient.box.size() != crypto_box_PUBLICKEYBYTES
        || !verify(recipient.signing, recipient.box, recipient.boxSignature))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a receiving key is not signed by its person's signing key"));
    QByteArray out(message.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), bytes(message),
                    size_t(message.size()), bytes(recipient.box));
    return out;
}

Result<QByteArray> openSealed(const SecretKeys &keys, const QByteArray &sealed)
{
    ASSAY_TRY(initialiseCrypto());
    if (sealed.size() < int(crypto_box_SEALBYTES))
        return makeError(ErrorCode::InvalidInput, Tr::tr("a sealed key is cut short"));
    QByteArray out(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()), bytes(sealed),
                             size_t(sealed.size()), bytes(keys.m_public.box),
                             bytes(keys.m_boxSecret))
        != 0)
        return makeError(ErrorCode::Permission, Tr::tr("a sealed key is not for this person"));
    return out;
}

} // namespace assay::core::identity
