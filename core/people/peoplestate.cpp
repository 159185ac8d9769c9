// SPDX-License-Identifier: Apache-2.0
// The state of project.* and person.* events: the meta and people tables, written only here.
#include "core/identity/keys.h"
#include "core/people/peopleevents.h"
#include "core/people/peopleservice.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"

namespace assay::core {

using store::Database;
using store::Event;

static Status setMeta(Database *db, const char *key, const QString &value)
{
    auto s = db->cached("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!s)
        return s.error();
    (*s)->bind(1, key).bind(2, value);
    return (*s)->exec();
}

static Status projectCreated(Database *db, const Event &e, const ProjectCreated &p)
{
    ASSAY_TRY(setMeta(db, "project_id", p.projectId));
    ASSAY_TRY(setMeta(db, "name", p.name));
    ASSAY_TRY(setMeta(db, "media_root", p.mediaRoot));
    ASSAY_TRY(setMeta(db, "created_at", e.time));
    return setMeta(db, "owner", e.personId);
}

static Status projectRenamed(Database *db, const Event &, const ProjectRenamed &p)
{
    return setMeta(db, "name", p.name);
}

static Status insertRoles(Database *db, const QString &personId, const QList<Role> &roles)
{
    auto del = db->cached("DELETE FROM person_roles WHERE person_id = ?1");
    if (!del)
        return del.error();
    (*del)->bind(1, personId);
    ASSAY_TRY((*del)->exec());
    auto ins = db->cached("INSERT INTO person_roles (person_id, role) VALUES (?1, ?2)");
    if (!ins)
        return ins.error();
    for (Role role : roles) {
        (*ins)->bind(1, personId).bind(2, roleName(role));
        ASSAY_TRY((*ins)->exec());
    }
    return {};
}

// Every change of a person's roles, in the order of application: the authority check judges an
// event by the roles its author had in what they had seen (core/people/authority.cpp).
static Status recordRoles(Database *db, const Event &e, const QString &personId,
                          const QList<Role> &roles)
{
    QStringList names;
    for (Role r : roles)
        names.append(roleName(r));
    auto s = db->cached("INSERT OR REPLACE INTO person_role_history (event_id, person_id, roles)"
                        " VALUES (?1, ?2, ?3)");
    if (!s)
        return s.error();
    (*s)->bind(1, e.id).bind(2, personId).bind(3, names.join(QLatin1Char(',')));
    return (*s)->exec();
}

static Status personAdded(Database *db, const Event &e, const PersonAdded &p)
{
    auto s = db->cached(
            "INSERT INTO people (id, name, display_name, active) VALUES (?1, ?2, ?3, 1)");
    if (!s)
        return s.error();
    (*s)->bind(1, p.id).bind(2, p.name).bind(3, p.displayName);
    ASSAY_TRY((*s)->exec());
    ASSAY_TRY(recordRoles(db, e, p.id, p.roles));
    return insertRoles(db, p.id, p.roles);
}

static Status personRolesSet(Database *db, const Event &e, const PersonRolesSet &p)
{
    ASSAY_TRY(recordRoles(db, e, p.id, p.roles));
    return insertRoles(db, p.id, p.roles);
}

static Status revokeCurrentKey(Database *db, const Event &e, const Id &personId)
{
    auto s = db->cached("UPDATE person_keys SET revoked_seq = ?2"
                        " WHERE person_id = ?1 AND revoked_seq IS NULL");
    if (!s)
        return s.error();
    (*s)->bind(1, personId).bind(2, e.lamport);
    return (*s)->exec();
}

static Status personDeactivated(Database *db, const Event &e, const PersonDeactivated &p)
{
    ASSAY_STMT(s, "UPDATE people SET active = 0 WHERE id = ?1");
    s.bind(1, p.id);
    ASSAY_TRY(s.exec());
    return revokeCurrentKey(db, e, p.id);
}

static Status personKeyRegistered(Database *db, const Event &e, const PersonKeyRegistered &p)
{
    auto keys = identity::PublicKeys::fromText(p.publicKey);
    if (!keys)
        return keys.error();
    // The new key replaces whatever key the person had, named in `replaces` or not.
    ASSAY_TRY(revokeCurrentKey(db, e, p.personId));
    auto s = db->cached(
            "INSERT INTO person_keys (public_key, person_id, fingerprint, registered_seq)"
            " VALUES (?1, ?2, ?3, ?4)");
    if (!s)
        return s.error();
    (*s)->bind(1, p.publicKey).bind(2, p.personId).bind(3, keys->fingerprint()).bind(4, e.lamport);
    return (*s)->exec();
}

static Status personKeyRevoked(Database *db, const Event &e, const PersonKeyRevoked &p)
{
    auto s = db->cached("UPDATE person_keys SET revoked_seq = ?3"
                        " WHERE public_key = ?1 AND person_id = ?2 AND revoked_seq IS NULL");
    if (!s)
        return s.error();
    (*s)->bind(1, p.publicKey).bind(2, p.personId).bind(3, e.lamport);
    return (*s)->exec();
}

void PeopleService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<ProjectCreated>(projectCreated);
    registry.add<ProjectRenamed>(projectRenamed);
    registry.add<PersonAdded>(personAdded);
    registry.add<PersonRolesSet>(personRolesSet);
    registry.add<PersonDeactivated>(personDeactivated);
    registry.add<PersonKeyRegistered>(personKeyRegistered);
    registry.add<PersonKeyRevoked>(personKeyRevoked);
    registry.addStateTables({QStringLiteral("people"), QStringLiteral("person_role_history"),
                             QStringLiteral("person_roles"), QStringLiteral("person_keys")});
}

} // namespace assay::core
