// SPDX-License-Identifier: Apache-2.0
// Confidential payloads between copies, with libsodium: a random symmetric key per audience
// encrypts payloads (XChaCha20-Poly1305), and each reader receives that key in a sealed box to
// their X25519 receiving key. Nothing here is invented: both are libsodium's constructions.
#pragma once

#include "core/identity/keys.h"
#include "core/result.h"

#include <QByteArray>

namespace assay::core::identity {

// 32 random bytes: a key for encrypt() / decrypt().
QByteArray randomSymmetricKey();

// `plaintext` encrypted and authenticated under `key`, bound to `associatedData` (which is
// authenticated, not encrypted): a random 24-byte nonce, then the ciphertext and its tag.
QByteArray encrypt(const QByteArray &key, const QByteArray &plaintext,
                   const QByteArray &associatedData);
// The plaintext, or an error when the key is not the one, or the box or the associated data
// was changed.
Result<QByteArray> decrypt(const QByteArray &key, const QByteArray &box,
                           const QByteArray &associatedData);

// `message` sealed to the holder of `recipient`'s receiving key: only they can open it, and
// the sender is anonymous (crypto_box_seal). The receiving key's signature is checked first.
Result<QByteArray> sealTo(const PublicKeys &recipient, const QByteArray &message);
// What sealTo sealed for `keys`' owner.
Result<QByteArray> openSealed(const SecretKeys &keys, const QByteArray &sealed);

} // namespace assay::core::identity
