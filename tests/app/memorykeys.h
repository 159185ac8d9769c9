// SPDX-License-Identifier: Apache-2.0
// People's keys for the window tests: made in memory (no key file, no passphrase, no Argon2id),
// registered in a project by whoever may, and used to sign in as the window would.
#pragma once

#include "core/identity/keys.h"
#include "core/project/services.h"

#include <map>

namespace assay::tests {

class MemoryKeys final
{
public:
    // NAME's keys, made the first time.
    const core::identity::SecretKeys &of(const QString &name)
    {
        auto found = m_keys.find(name);
        if (found == m_keys.end()) {
            auto made = core::identity::SecretKeys::generate();
            if (!made)
                qFatal("%s", qPrintable(made.error().toString()));
            found = m_keys.emplace(name, *made).first;
        }
        return found->second;
    }

    // Registers NAME's public key in `project`, as its acting person (the owner of a project
    // just created).
    Status registerIn(core::Project &project, const QString &name)
    {
        return project.people().setKey(name, of(name).publicKeys().toText());
    }

private:
    std::map<QString, core::identity::SecretKeys> m_keys;
};

} // namespace assay::tests
