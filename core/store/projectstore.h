// SPDX-License-Identifier: Apache-2.0
// ProjectStore: one .assay project file — its database, its event log, and the one path by
// which an event is recorded and applied. No business rules live here (see core/*/ services).
#pragma once

#include "core/domain/types.h"
#include "core/events/eventkind.h"
#include "core/result.h"
#include "core/identity/keys.h"
#include "core/store/eventlog.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace assay::core::store {

class ApplierRegistry;
class Database;
class WalFlusher;

struct ProjectInfo
{
    Id projectId;
    QString name;
    QString mediaRoot; // absolute
    QString createdAt;
    Id ownerId; // the person who created the project
    int schemaVersion = 0;
    int upgradedFrom = 0; // the schema the file had before this open upgraded it (0: none)
    QString durability;   // "normal": fsync within 100 ms of a commit; "full": every commit
};

struct ProjectCounts
{
    qint64 images = 0;
    qint64 texts = 0;
    qint64 audio = 0;
    qint64 classes = 0;
    qint64 people = 0;
    qint64 batches = 0;
    qint64 tasks = 0;
    qint64 annotations = 0;
    qint64 boxes = 0;
    qint64 events = 0;
    int taxonomyVersion = 0;
    int guidelineVersion = 0;
};

// The newest event: what a snapshot is taken at.
struct LogHead
{
    qint64 seq = 0;
    Id id;
    QString time;
    QString hash;
};

// A state row that a replay of the log does not give: edited, added or removed by hand.
// A decision that contradicted an earlier one made apart (core/store/conflicts.h), with both
// sides: the event that lost or was overridden, and the one it met.
struct Conflict
{
    QString subject; // "batch:ID", "annotation:ID", "class:ID", "task:ID"
    QString rule;    // how it was settled: "first-decision-stands", "later-change-stands", ...
    QString detail;
    Event event; // envelopes (no payload) of both sides
    Event other;
};

// An event kept in the log but not applied: its author had not the right to it there.
struct Quarantined
{
    Event event;
    QString reason;
};

// Where a copy stands: the head of every device's chain it holds, and its state digest.
struct Snapshot
{
    struct Head
    {
        Id device;
        qint64 seq = 0;
        QString hash;
    };
    QList<Head> heads; // by device id
    QString stateDigest;
};

struct StateDifference
{
    QString table;
    QString row;        // "column=value, ..." of the row
    bool inFile = true; // the file has the row and the replay does not (else the reverse)
};

class ProjectStore final
{
public:
    // A new project file with its schema; `bootstrap` records its first events (in the same
    // transaction) as `owner`. The file is removed again when anything fails.
    static Result<std::unique_ptr<ProjectStore>> create(
            const QString &path, const ApplierRegistry &appliers,
            const std::function<Status(ProjectStore &)> &bootstrap);
    // Opens and, when the file is of an older schema, upgrades it (after a backup copy).
    // A file of a newer schema, or not an Assay project, is refused and left untouched.
    // A file the user may only read (or `readOnly`) opens read-only: everything can be read,
    // nothing recorded; an older schema cannot be upgraded so, and is refused.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path,
                                                      const ApplierRegistry &appliers,
                                                      bool readOnly = false);
    ~ProjectStore();

    const QString &path() const { return m_path; }
    const ProjectInfo &info() const { return m_info; }

    // Why nothing may be recorded here ("the project file is read-only", "its log does not
    // verify: ..."); empty when the project is writable. Once read-only, a store stays so:
    // every write (record, transact, ingest, rebuild, settings) is refused with this reason,
    // and SQLite refuses any other (PRAGMA query_only).
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    Status setReadOnly(const QString &reason);
    Status reloadInfo();
    Result<ProjectCounts> counts() const;

    // "normal": a commit survives the program being killed at once, and a power cut after
    // 100 ms; "full": every commit is fsynced before it returns (slower on most disks).
    // A setting of this file, not a decision: it is not an event.
    Status setDurability(const QString &mode);

    // The keys that sign what is recorded from now on: the acting person's, unlocked by them.
    // Without keys, events are recorded unsigned, and verify counts them.
    void setSigner(std::optional<identity::SecretKeys> keys) { m_keys = std::move(keys); }
    const identity::SecretKeys *signer() const { return m_keys ? &*m_keys : nullptr; }
    // This workstation's chain in this copy of the project: made once per machine and file, so
    // a copy (a backup restored, a file handed on) starts a chain of its own and never forks
    // the one it was copied from.
    const Id &device() const { return m_device; }

    // The one way an event is recorded: the author must be allowed the kind's action
    // (core/events/policy.h), or the kind may follow a checked event of the same transaction.
    // The event is appended and applied in one durable transaction (or in the caller's, see
    // transact()).
    // An event type whose readers depend on its content says so with `QString audience()
    // const` ("person:ID"); otherwise its kind's audience holds.
    template<typename E>
    Result<Event> record(const Person &author, const E &event)
    {
        QString audience;
        if constexpr (requires { event.audience(); })
            audience = event.audience();
        if constexpr (E::kind.bulk)
            return recordKind(author, E::kind, {}, event.json, audience, event.hint);
        else
            return recordKind(author, E::kind, event.toJson(), {}, audience);
    }
    Result<Event> recordKind(const Person &author, const EventKind &kind,
                             const QJsonObject &payload, const QByteArray &json,
                             const QString &audience = {},
                             const std::shared_ptr<const BulkHint> &hint = {});

    // Runs `work` in one transaction: every event it records commits together, or none does.
    Status transact(const std::function<Status()> &work);

    // Called after each commit of an outermost transaction of this connection (a LogWatcher;
    // empty: nobody), on the thread that committed. While one is set, the ids of the events
    // recorded here are kept for takeRecordedEventIds(), so that they can be told from other
    // connections' events.
    void setCommitListener(std::function<void()> listener);
    QSet<Id> takeRecordedEventIds();

    // Adds events recorded in other copies of the project, each device's in its order: each
    // must hash and sign as it says and extend its device's chain here (events already here are
    // skipped; two different events at one place of a chain are a fork, refused). The state is
    // then what the log gives in the order of application, (Lamport counter, hash): the events
    // are applied at once when they all come after the newest one applied, else by a replay.
    // Returns how many were added.
    Result<int> ingest(const QList<Event> &events);
    // SHA-256 over the state tables and settings, rows in a fixed order, leaving out the local
    // numbering of events (columns named seq): copies that hold the same events have the same
    // digest, whatever order the events reached them in.
    Result<QList<Conflict>> conflicts() const;
    Result<QList<Snapshot::Head>> heads() const;
    Result<QList<Quarantined>> quarantined() const;
    // A digest of the state; with a reader, of what they may see of it (the read filters).
    Result<QString> stateDigest(const Person *reader = nullptr) const;

    // The log
    Result<LogHead> logHead() const;
    Result<LogVerification> verifyLog(const EventLog::VerifyOptions &options = {}) const;
    Result<QList<Event>> events(qint64 fromSeq, int limit) const;
    // Empties every state table and replays the log: proof that the log alone is the project.
    Status rebuildState();
    // Replays the log into a copy and compares every state table with the file's: the rows that
    // differ, at most `limit` of them. Empty when the state is what the log says.
    // `refused`, when given, receives the events whose author had no right to them at their
    // place in the log (ApplierRegistry::authorityCheck); the replay leaves them out.
    Result<QList<StateDifference>> compareStateWithReplay(
            int limit = 20, QList<ChainProblem> *refused = nullptr) const;
    Result<QString> integrityCheck() const;

    // For services and their appliers: their own tables are read and written through it.
    Database *database() const { return m_db.get(); }
    const ApplierRegistry &appliers() const { return *m_appliers; }

private:
    ProjectStore(std::unique_ptr<Database> db, const QString &path, const ApplierRegistry &appliers);
    Status applyDurability();
    Status bindDevice();
    // Applies one event after the authority check; a refused event goes to quarantine.
    static Status applyChecked(Database *db, const ApplierRegistry &appliers, const Event &e,
                               const QString &path, QList<ChainProblem> *refused);
    static Status replay(Database *db, const ApplierRegistry &appliers, const QString &path,
                         QList<ChainProblem> *refused = nullptr);
    Result<Event> append(const Person &author, const EventKind &kind, const QJsonObject &payload,
                         const QByteArray &json, const QString &audience,
                         const std::shared_ptr<const BulkHint> &hint);

    Status refuseWhenReadOnly() const;

    std::unique_ptr<Database> m_db;
    QString m_path;
    QString m_readOnlyReason;
    ProjectInfo m_info;
    const ApplierRegistry *m_appliers;
    std::unique_ptr<WalFlusher> m_flusher;
    Id m_device;
    std::optional<identity::SecretKeys> m_keys;
    int m_transactionDepth = 0;
    std::function<void()> m_commitListener;
    QSet<Id> m_recordedIds;
};

} // namespace assay::core::store
