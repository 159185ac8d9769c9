// SPDX-License-Identifier: Apache-2.0
// PeopleService: who works on the project, and with which roles.
#pragma once

#include "core/project/service.h"

namespace assay::core {

namespace store {
class ApplierRegistry;
}

class PeopleService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    Result<Person> addPerson(const QString &name, const QString &displayName,
                             const QList<Role> &roles);
    Status setRoles(const Id &personId, const QList<Role> &roles);
    Result<QList<Person>> people() const;
    Result<Person> person(const QString &nameOrId) const;

    // The appliers of project.* and person.* events (peoplestate.cpp).
    static void registerAppliers(store::ApplierRegistry &registry);
};

} // namespace assay::core
