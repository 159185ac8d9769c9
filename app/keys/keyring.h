// SPDX-License-Identifier: Apache-2.0
// The system keyring (QtKeychain): where a person's secret keys may be kept so that signing in
// asks for no passphrase. Without a keyring service (as under CI) nothing is found, silently.
#pragma once

#include "core/identity/keys.h"

#include <QString>

#include <optional>

namespace assay::app::keyring {

// Whether this build has QtKeychain and a session bus to reach a keyring service through.
bool isAvailable();
// NAME's secret keys, when the keyring holds them; nothing when it does not or cannot answer.
std::optional<core::identity::SecretKeys> load(const QString &name);
// Keeps NAME's secret keys in the keyring; false when there is none to keep them in.
bool save(const QString &name, const core::identity::SecretKeys &keys);

} // namespace assay::app::keyring
