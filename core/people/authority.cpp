// SPDX-License-Identifier: Apache-2.0
// Whether an event's author had the right to it at its place in the log: their roles then, and
// the key they had registered then. Run by the store on a replay for verify.
#include "core/base/tr.h"
#include "core/identity/keys.h"
#include "core/people/peopleevents.h"
#include "core/people/peopleservice.h"
#include "core/store/applierregistry.h"
#include "core/store/conflicts.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace assay::core {

using store::Database;
using store::Event;

// The envelope's name of a registered key: the base64url text of its signing half. Parsing a
// key checks its receiving half's signature, so each text is parsed once.
static QString signerOf(const QString &publicKeyText)
{
    static QMutex mutex;
    static QHash<QString, QString> known;
    QMutexLocker lock(&mutex);
    auto found = known.constFind(publicKeyText);
    if (found != known.cend())
        return *found;
    auto keys = identity::PublicKeys::fromText(publicKeyText);
    const QString signer = keys ? keys->signerText() : QString();
    known.insert(publicKeyText, signer);
    return signer;
}

static Status refuse(const QString &reason)
{
    return makeError(ErrorCode::Permission, reason);
}

static Status checkAuthority(Database *db, const Event &e, const EventKind &kind)
{
    if (e.envelope != 0 && e.action != QLatin1String(actionCode(kind.action))) {
        return refuse(Tr::tr("event #%1 (%2) names the action \"%3\" in clear, but its kind needs"
                             " \"%4\"")
                              .arg(e.seq)
                              .arg(e.kind, e.action, QLatin1String(actionCode(kind.action))));
    }
    ASSAY_STMT(who, "SELECT name, active FROM people WHERE id = ?1");
    who.bind(1, e.personId);
    Person author;
    const bool known = who.step();
    if (known) {
        author.id = e.personId;
        author.name = who.text(0);
        author.active = who.int64(1) != 0;
    }
    who.reset();
    if (!known) {
        // A project's first events (its creation, its owner) come before anyone is in it.
        ASSAY_STMT(anyone, "SELECT EXISTS (SELECT 1 FROM people)");
        const bool someone = anyone.step() && anyone.int64(0) != 0;
        anyone.reset();
        if (!someone)
            return {};
        return refuse(Tr::tr("event #%1 (%2) is by %3, who was not a person of the project then")
                              .arg(e.seq)
                              .arg(e.kind, e.personId));
    }
    ASSAY_STMT(roles, "SELECT role FROM person_roles WHERE person_id = ?1");
    roles.bind(1, e.personId);
    while (roles.step()) {
        Role role;
        if (parseRole(roles.text(0), &role))
            author.roles.append(role);
    }
    roles.reset();
    if (!isAllowed(author, kind.action)) {
        return refuse(Tr::tr("event #%1 (%2) is by %3, who could not %4 at that point of the log")
                              .arg(e.seq)
                              .arg(e.kind, author.name, actionName(kind.action)));
    }
    // The right must also be in what the author had seen: their roles as the newest change of
    // them that the event's causal past holds. A role granted apart (on a machine they had not
    // heard from) gives no right to what they did before hearing of it.
    ASSAY_STMT(history, "SELECT event_id, roles FROM person_role_history WHERE person_id = ?1"
                        " ORDER BY rowid DESC");
    history.bind(1, e.personId);
    std::optional<QString> seenRoles;
    bool anyHistory = false;
    QList<QPair<QString, QString>> changes;
    while (history.step())
        changes.append({history.text(0), history.text(1)});
    history.reset();
    for (const auto &[eventId, roles] : std::as_const(changes)) {
        anyHistory = true;
        auto seen = store::hasSeen(db, e, eventId);
        if (!seen)
            return seen.error();
        if (*seen) {
            seenRoles = roles;
            break;
        }
    }
    if (anyHistory) {
        Person known = author;
        known.roles.clear();
        for (const QString &name :
             seenRoles.value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Role role;
            if (parseRole(name, &role))
                known.roles.append(role);
        }
        if (!isAllowed(known, kind.action)) {
            return refuse(Tr::tr("event #%1 (%2) is by %3, who could not %4 in what their device"
                                 " had seen: the role was given apart from it")
                                  .arg(e.seq)
                                  .arg(e.kind, author.name, actionName(kind.action)));
        }
    }
    if (e.envelope == 0)
        return {}; // from before signatures: verify counts them apart
    if (!e.isSigned()) {
        // Unsigned events are only those of people with no key yet (a project's first events,
        // before its owner's key is registered): whoever has a key signs with it.
        ASSAY_STMT(hasKey, "SELECT EXISTS (SELECT 1 FROM person_keys WHERE person_id = ?1"
                           " AND revoked_seq IS NULL)");
        hasKey.bind(1, e.personId);
        const bool keyed = hasKey.step() && hasKey.int64(0) != 0;
        hasKey.reset();
        if (keyed) {
            return refuse(Tr::tr("event #%1 (%2) is not signed, though %3 had a registered key")
                                  .arg(e.seq)
                                  .arg(e.kind, author.name));
        }
        return {};
    }
    ASSAY_STMT(keys, "SELECT public_key, revoked_seq IS NOT NULL FROM person_keys"
                     " WHERE person_id = ?1");
    keys.bind(1, e.personId);
    int match = 0; // 1: current key, 2: revoked key
    while (keys.step() && match == 0) {
        if (signerOf(keys.text(0)) == e.signer)
            match = keys.int64(1) != 0 ? 2 : 1;
    }
    keys.reset();
    if (match == 1)
        return {};
    if (match == 0 && e.kind == QLatin1String(PersonKeyRegistered::kind.name)) {
        // The owner's own key, registered by the project's first events and signed with it: a
        // person with no key yet may register theirs when the event is signed by that key.
        ASSAY_STMT(any, "SELECT EXISTS (SELECT 1 FROM person_keys WHERE person_id = ?1)");
        any.bind(1, e.personId);
        const bool hadKey = any.step() && any.int64(0) != 0;
        any.reset();
        auto payload = e.payload();
        auto registered = payload ? PersonKeyRegistered::fromJson(*payload)
                                  : Result<PersonKeyRegistered>(payload.error());
        if (!hadKey && registered && registered->personId == e.personId
            && signerOf(registered->publicKey) == e.signer)
            return {};
    }
    if (match == 2) {
        return refuse(Tr::tr("event #%1 (%2) is signed with %3's key, revoked before it")
                              .arg(e.seq)
                              .arg(e.kind, author.name));
    }
    return refuse(Tr::tr("event #%1 (%2) is signed with a key that was not %3's registered key")
                          .arg(e.seq)
                          .arg(e.kind, author.name));
}

void PeopleService::registerAuthorityCheck(store::ApplierRegistry &registry)
{
    registry.setAuthorityCheck(checkAuthority);
}

} // namespace assay::core
