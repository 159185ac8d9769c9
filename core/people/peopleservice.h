// SPDX-License-Identifier: Apache-2.0
// PeopleService: who works on the project, and with which roles.
#pragma once

#include "core/project/service.h"

#include <optional>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

// A public key registered for a person (identity::PublicKeys in its text form).
struct PersonKey
{
    Id personId;
    QString publicKey;
    QString fingerprint;
    bool revoked = false;
};

class PeopleService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // With `publicKey`, the person's key is registered in the same transaction.
    Result<Person> addPerson(const QString &name, const QString &displayName,
                             const QList<Role> &roles, const QString &publicKey = {});
    Status setRoles(const Id &personId, const QList<Role> &roles);
    // The person may no longer act or read; their key is revoked with it. The last active
    // admin cannot be deactivated.
    Status deactivate(const Id &personId, const QString &reason = {});
    Result<QList<Person>> people() const;
    Result<Person> person(const QString &nameOrId) const;

    // Registers `publicKey` as the person's key; the key it replaces is revoked. A key that
    // is or was anyone's is refused: a revoked key never comes back.
    Status setKey(const QString &nameOrId, const QString &publicKey);
    // Revokes the person's current key; they cannot act until a new one is registered.
    Status revokeKey(const QString &nameOrId);
    // The key that may act for the person, when there is one.
    Result<std::optional<PersonKey>> currentKey(const Id &personId) const;
    // Whoever `publicKey` is or was registered for.
    Result<std::optional<PersonKey>> findKey(const QString &publicKey) const;

    // The appliers of project.* and person.* events (peoplestate.cpp).
    static void registerAppliers(store::ApplierRegistry &registry);
    // The check a verifying replay makes before each event: the author's roles and registered
    // key at that point of the log (authority.cpp).
    static void registerAuthorityCheck(store::ApplierRegistry &registry);
};

} // namespace assay::core
