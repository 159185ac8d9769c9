// SPDX-License-Identifier: Apache-2.0
// KeyStore: secret keys in files of their own, encrypted with a passphrase, outside projects.
#pragma once

#include "core/identity/keys.h"

#include <QStringList>

namespace assay::core::identity {

// One file per person, `<dir>/<name>.key`, mode 0600 in a 0700 folder. The secret keys are
// encrypted with XChaCha20-Poly1305 under a key derived from the passphrase with Argon2id
// (libsodium's INTERACTIVE limits); the name and the public keys are in clear and bound to the
// ciphertext as associated data, so `assay keys list` needs no passphrase and a file whose
// header was edited does not open.
class KeyStore final
{
public:
    // $XDG_CONFIG_HOME/assay/keys (~/.config/assay/keys).
    static QString defaultDirectory();
    explicit KeyStore(const QString &directory = defaultDirectory());

    const QString &directory() const { return m_directory; }
    QString fileFor(const QString &name) const;

    // Refuses to replace an existing key unless `replace`.
    Status save(const QString &name, const SecretKeys &keys, const QByteArray &passphrase,
                bool replace = false) const;
    Result<SecretKeys> load(const QString &name, const QByteArray &passphrase) const;
    Result<PublicKeys> publicKeys(const QString &name) const; // no passphrase needed
    Result<QStringList> names() const;

    static bool isValidName(const QString &name);

private:
    QString m_directory;
};

} // namespace assay::core::identity
