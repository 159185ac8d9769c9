// SPDX-License-Identifier: Apache-2.0
// ApplierRegistry: which function applies each event kind to the state tables.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"
#include "core/store/eventlog.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace assay::core::store {

class BulkHint;
class Database;

// The store knows no event kind: each service registers the appliers of its own kinds (beside
// the service, in its *state.cpp), and the store calls them when it records or replays an
// event. An applier runs inside the transaction that appended the event and is the only code
// that writes its kind's state rows, so a replay of the log rebuilds the same state.
class ApplierRegistry final
{
public:
    using ObjectApplier = std::function<Status(Database *, const Event &, const QJsonObject &)>;
    // `hint`: what the payload's writer knew about it (bulkhint.h); null on a replay.
    using JsonApplier = std::function<Status(Database *, const Event &, const QByteArray &,
                                             const BulkHint *hint)>;

    // A typed event E (with `static constexpr EventKind kind` and `static Result<E>
    // fromJson(const QJsonObject &)`) and the function that applies it.
    template<typename E>
    void add(Status (*apply)(Database *, const Event &, const E &))
    {
        addObject(E::kind, [apply](Database *db, const Event &event, const QJsonObject &payload) {
            auto typed = E::fromJson(payload);
            if (!typed)
                return Status(typed.error());
            return apply(db, event, *typed);
        });
    }
    void addObject(const EventKind &kind, ObjectApplier apply);
    // A bulk kind, applied from the payload's JSON text.
    void addBulk(const EventKind &kind, JsonApplier apply);

    // The kinds this build knows, with their declarations.
    const EventKind *find(const QString &kind) const;
    QList<EventKind> kinds() const;

    // Applies one event. A kind this build does not know (from a newer workstation) changes no
    // state here; the event stays in the log.
    Status apply(Database *db, const Event &event, const QJsonObject &payload) const;
    Status applyJson(Database *db, const Event &event, const QByteArray &json,
                     const BulkHint *hint = nullptr) const;

    // Whether an event's author had the right to it at its place in the log, judged on the
    // state the replay has built so far: a verifying replay refuses (and lists) events that
    // fail it. Registered by the people service, which knows roles and keys.
    using AuthorityCheck = std::function<Status(Database *, const Event &, const EventKind &)>;
    void setAuthorityCheck(AuthorityCheck check) { m_authority = std::move(check); }
    const AuthorityCheck &authorityCheck() const { return m_authority; }

    // State tables, emptied before a replay (children before parents).
    void addStateTables(const QStringList &tables);
    const QStringList &stateTables() const { return m_tables; }
    // What of a state table a reader who may not `read` it sees (core/events/policy.h): only the
    // rows of `ownRows` (an SQL condition, ?1 the reader's id; "0": none), or, when `column` is
    // set, every row with that column shown as `expression` (gold shown as production). The
    // state digest "as a person may see it" is taken through these.
    struct ReadFilter
    {
        Read read;
        QString ownRows;
        QString column;
        QString expression;
    };
    void addReadFilter(const QString &table, const ReadFilter &filter)
    {
        m_readFilters.insert(table, filter);
    }
    QList<ReadFilter> readFilters(const QString &table) const
    {
        return m_readFilters.values(table);
    }

    // Keys of the meta table that events write (replayed like tables).
    void addStateMetaKeys(const QStringList &keys);
    const QStringList &stateMetaKeys() const { return m_metaKeys; }

private:
    struct Entry
    {
        EventKind kind;
        ObjectApplier object;
        JsonApplier json;
    };
    QHash<QString, Entry> m_entries;
    // The store's own state: events refused by the authority check, offline decisions that
    // contradicted an earlier one (core/store/conflicts.h), and the counts the appliers keep
    // (core/store/statecounts.h; a copy filtered for its reader counts only what it holds).
    QStringList m_tables{QStringLiteral("quarantine"), QStringLiteral("conflicts"),
                         QStringLiteral("counts")};
    QStringList m_metaKeys;
    QMultiHash<QString, ReadFilter> m_readFilters{
            {QStringLiteral("quarantine"), ReadFilter{Read::FullLog, QStringLiteral("0"), {}, {}}},
            {QStringLiteral("conflicts"), ReadFilter{Read::FullLog, QStringLiteral("0"), {}, {}}},
            {QStringLiteral("counts"), ReadFilter{Read::FullLog, QStringLiteral("0"), {}, {}}}};
    AuthorityCheck m_authority;
};

} // namespace assay::core::store
