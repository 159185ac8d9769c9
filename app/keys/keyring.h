// SPDX-License-Identifier: Apache-2.0
// The system keyring (QtKeychain): where a person's secret keys may be kept so that signing in
// asks for no passphrase. Without a keyring service (as under CI) nothing is found, silently.
#pragma once

#include "core/identity/keys.h"

namespace assay::core::sync {
class Remote;
}

#include <QString>

#include <optional>

namespace assay::app::keyring {

// Whether this build has QtKeychain and a session bus to reach a keyring service through.
bool isAvailable();
// NAME's secret keys, when the keyring holds them; nothing when it does not or cannot answer.
std::optional<core::identity::SecretKeys> load(const QString &name);
// Keeps NAME's secret keys in the keyring; false when there is none to keep them in.
bool save(const QString &name, const core::identity::SecretKeys &keys);

// Passwords, by entry (a PostgreSQL server's: PostgresRemote::credentialEntry()). Where no
// keyring service answers, ASSAY_KEYRING_FILE may name a file standing in for it (0600, one
// JSON object; tests use it, as a machine without a keyring could): nothing is kept otherwise.
bool passwordStoreAvailable();
std::optional<QString> loadPassword(const QString &entry);
bool savePassword(const QString &entry, const QString &password);
bool removePassword(const QString &entry);
// The password of a PostgreSQL remote kept in the keyring, given to it when its settings name
// none and PGPASSWORD is unset (libpq's ~/.pgpass is read after, as ever). Whether one was.
bool providePassword(core::sync::Remote &remote);

} // namespace assay::app::keyring
