// SPDX-License-Identifier: Apache-2.0
// PeopleService: who works on the project, and with which roles.
#include "core/people/peopleservice.h"
#include "core/base/tr.h"
#include "core/base/names.h"

#include "core/identity/keys.h"
#include "core/people/peopleevents.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace assay::core {

using store::Database;

static bool isValidPersonName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[\\w.@-]{1,64}$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(name).hasMatch();
}

Result<Person> PeopleService::addPerson(const QString &name, const QString &displayName,
                                        const QList<Role> &roles, const QString &publicKey)
{
    if (!isValidPersonName(name)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not a valid name (letters, digits, . _ @ -; at most 64)")
                                 .arg(printable(name)));
    }
    if (const QString problem = nameProblem(displayName); !problem.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the display name \"%1\" %2").arg(printable(displayName), problem));
    }
    if (person(name))
        return makeError(ErrorCode::Conflict, Tr::tr("%1 is already in the project").arg(name));
    Person p;
    p.id = newId();
    p.name = name;
    p.displayName = displayName.isEmpty() ? name : displayName;
    p.roles = roles;
    if (publicKey.isEmpty()) {
        auto e = project().record(PersonAdded{p.id, p.name, p.displayName, p.roles, {}});
        if (!e)
            return e.error();
        return p;
    }
    ASSAY_TRY(project().mayRecord(PersonKeyRegistered::kind));
    ASSAY_TRY(project().transact([&]() -> Status {
        auto e = project().record(PersonAdded{p.id, p.name, p.displayName, p.roles, {}});
        if (!e)
            return e.error();
        return setKey(p.id, publicKey);
    }));
    return p;
}

static Result<std::optional<PersonKey>> queryKey(Database *db, const char *where, const QString &arg)
{
    auto s = db->prepare(QStringLiteral("SELECT person_id, public_key, fingerprint,"
                                        " revoked_seq IS NOT NULL FROM person_keys WHERE %1")
                                 .arg(QLatin1String(where)));
    if (!s)
        return s.error();
    s->bind(1, arg);
    if (!s->step()) {
        if (s->error())
            return *s->error();
        return std::optional<PersonKey>();
    }
    return std::optional<PersonKey>(PersonKey{s->text(0), s->text(1), s->text(2), s->int64(3) != 0});
}

Result<std::optional<PersonKey>> PeopleService::currentKey(const Id &personId) const
{
    return queryKey(db(), "person_id = ?1 AND revoked_seq IS NULL", personId);
}

Result<std::optional<PersonKey>> PeopleService::findKey(const QString &publicKey) const
{
    return queryKey(db(), "public_key = ?1", publicKey);
}

Status PeopleService::setKey(const QString &nameOrId, const QString &publicKey)
{
    auto p = person(nameOrId);
    if (!p)
        return p.error();
    auto keys = identity::PublicKeys::fromText(publicKey.trimmed());
    if (!keys)
        return keys.error();
    // The canonical text, so that one key is always written the same way.
    const QString text = keys->toText();
    ASSAY_TRY(project().mayRecord(PersonKeyRegistered::kind));
    auto known = findKey(text);
    if (!known)
        return known.error();
    if (*known) {
        const PersonKey &k = **known;
        auto holder = person(k.personId);
        const QString holderName = holder ? holder->name : k.personId;
        if (k.revoked) {
            return makeError(
                    ErrorCode::Conflict,
                    Tr::tr("the key %1 was %2's and is revoked; a revoked key is never registered again")
                            .arg(k.fingerprint, holderName),
                    path());
        }
        return makeError(ErrorCode::Conflict,
                         Tr::tr("the key %1 is already %2's").arg(k.fingerprint, holderName),
                         path());
    }
    auto current = currentKey(p->id);
    if (!current)
        return current.error();
    auto e = project().record(
            PersonKeyRegistered{p->id, text, *current ? (*current)->publicKey : QString(), {}});
    if (!e)
        return e.error();
    return {};
}

Status PeopleService::revokeKey(const QString &nameOrId)
{
    auto p = person(nameOrId);
    if (!p)
        return p.error();
    ASSAY_TRY(project().mayRecord(PersonKeyRevoked::kind));
    auto current = currentKey(p->id);
    if (!current)
        return current.error();
    if (!*current) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 has no registered key to revoke").arg(p->name), path());
    }
    auto e = project().record(PersonKeyRevoked{p->id, (*current)->publicKey, {}});
    if (!e)
        return e.error();
    // Whoever revoked their own key acts no more.
    if (actor().id == p->id)
        project().signOut();
    return {};
}

Status PeopleService::setRoles(const Id &personId, const QList<Role> &roles)
{
    auto p = person(personId);
    if (!p)
        return p.error();
    auto e = project().record(PersonRolesSet{p->id, roles, {}});
    if (!e)
        return e.error();
    if (actor().id == p->id)
        project().refreshActor();
    return {};
}

Status PeopleService::deactivate(const Id &personId, const QString &reason)
{
    ASSAY_TRY(project().mayRecord(PersonDeactivated::kind));
    auto p = person(personId);
    if (!p)
        return p.error();
    if (!p->active)
        return makeError(ErrorCode::Conflict, Tr::tr("%1 is no longer active").arg(p->name), path());
    if (p->hasRole(Role::Admin)) {
        auto all = people();
        if (!all)
            return all.error();
        const auto admins = std::count_if(all->cbegin(), all->cend(), [](const Person &q) {
            return q.active && q.hasRole(Role::Admin);
        });
        if (admins < 2)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("%1 is the last admin of the project").arg(p->name), path());
    }
    auto e = project().record(PersonDeactivated{p->id, reason, {}});
    if (!e)
        return e.error();
    if (actor().id == p->id)
        project().refreshActor();
    return {};
}

static Result<QList<Person>> queryPeople(Database *db, const QString &where, const QString &arg)
{
    auto s = db->prepare(
            QStringLiteral(
                    "SELECT p.id, p.name, p.display_name, p.active, GROUP_CONCAT(r.role) FROM people p"
                    " LEFT JOIN person_roles r ON r.person_id = p.id %1 GROUP BY p.id ORDER BY p.name")
                    .arg(where));
    if (!s)
        return s.error();
    if (!arg.isEmpty())
        s->bind(1, arg);
    QList<Person> people;
    while (s->step()) {
        Person p;
        p.id = s->text(0);
        p.name = s->text(1);
        p.displayName = s->text(2);
        p.active = s->int64(3) != 0;
        for (const QString &r : s->text(4).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Role role;
            if (parseRole(r, &role))
                p.roles.append(role);
        }
        std::sort(p.roles.begin(), p.roles.end());
        people.append(p);
    }
    if (s->error())
        return *s->error();
    return people;
}

Result<QList<Person>> PeopleService::people() const
{
    return queryPeople(db(), {}, {});
}

Result<Person> PeopleService::person(const QString &nameOrId) const
{
    auto found = queryPeople(db(), QStringLiteral("WHERE p.name = ?1 OR p.id = ?1"), nameOrId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("no person named \"%1\" in the project").arg(nameOrId), path());
    return found->first();
}

// ---- taxonomy --------------------------------------------------------------------------

} // namespace assay::core
