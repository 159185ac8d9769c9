// SPDX-License-Identifier: Apache-2.0
// PeopleService: who works on the project, and with which roles.
#include "core/people/peopleservice.h"
#include "core/base/tr.h"

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
                                        const QList<Role> &roles)
{
    if (!isValidPersonName(name)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not a valid name (letters, digits, . _ @ -; at most 64)")
                                 .arg(name));
    }
    if (person(name))
        return makeError(ErrorCode::Conflict, Tr::tr("%1 is already in the project").arg(name));
    Person p;
    p.id = newId();
    p.name = name;
    p.displayName = displayName.isEmpty() ? name : displayName;
    p.roles = roles;
    auto e = project().record(PersonAdded{p.id, p.name, p.displayName, p.roles, {}});
    if (!e)
        return e.error();
    return p;
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
