// SPDX-License-Identifier: Apache-2.0
// Project: an open .assay project as one person works on it — the store, the acting person
// and the services through which everything is read and decided.
#pragma once

#include "core/domain/types.h"
#include "core/identity/keys.h"
#include "core/result.h"
#include "core/store/projectstore.h"

#include <functional>
#include <memory>
#include <optional>

namespace assay::core {

class AnnotationService;
class CalibrationService;
class GoldService;
class GuidelineService;
class ItemService;
class PeopleService;
class SyncService;
class ReviewService;
class TaxonomyService;
class TransferService;
class WorkService;

using store::LogHead;
using store::ProjectCounts;
using store::ProjectInfo;

struct CreateOptions
{
    QString name;       // shown in the title bar; defaults to the file's base name
    QString ownerName;  // the first person, an admin; defaults to "admin"
    QString mediaRoot;  // defaults to the folder holding the project file
    QString durability; // "normal" (default) or "full"
    QString ownerKey;   // the owner's public key (identity::PublicKeys text), registered at once
    // The owner's keys: the project's first events are signed with them (and their public half
    // is registered, in place of ownerKey).
    std::optional<identity::SecretKeys> ownerSecret;
};

// Everything `assay log verify` checks, in one result: the chains and signatures, and (when
// they hold) that every event's author had the right to it and that the state tables are a
// replay of the log.
struct LogCheck
{
    store::LogVerification chains;
    QList<store::ChainProblem> refused;        // events made without the right or the key
    QList<store::StateDifference> differences; // state rows the log does not give
    bool stateCompared = false;                // false when the chains already failed

    bool intact() const { return chains.intact && refused.isEmpty() && differences.isEmpty(); }
    // The first problem in one line, naming the event and its person where there is one;
    // empty when intact.
    QString reason() const;
};

class Project final
{
public:
    static Result<std::unique_ptr<Project>> create(const QString &path,
                                                   const CreateOptions &options);
    // Opens and, when the file is of an older schema, upgrades it (after a backup copy). A file
    // the user may only read, or `readOnly`, opens read-only (ProjectStore::open).
    static Result<std::unique_ptr<Project>> open(const QString &path, bool readOnly = false);
    ~Project();

    // Every event kind this build knows, with the function that applies it.
    static const store::ApplierRegistry &appliers();

    const QString &path() const;
    const ProjectInfo &info() const;
    // Why nothing may be recorded (the file is read-only, its log does not verify); empty
    // when writable. See ProjectStore::setReadOnly.
    const QString &readOnlyReason() const { return m_store->readOnlyReason(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    Status setReadOnly(const QString &reason) { return m_store->setReadOnly(reason); }
    Result<ProjectCounts> counts() const;
    QString absoluteMediaPath(const Item &item) const;
    QString storedMediaPath(const QString &absolutePath) const; // relative when under the root
    Status setDurability(const QString &mode);
    // Settings of this copy of the project, not decisions (not events): the remote it syncs
    // with ("sync_remote"), whose copy it is ("copy_for"), sync_interval, sync_last. Empty: unset.
    QString localSetting(const QString &key) const;
    Status setLocalSetting(const QString &key, const QString &value);

    // Signs in: `keys` must be the person's current registered key (not revoked); only then
    // does the person act, and their keys are kept for signing what they record. The command
    // line and the window sign in; a project opened without signing in has nobody acting.
    Status signIn(const QString &nameOrId, const identity::SecretKeys &keys);
    void signOut();
    // Whether `keys` may act for the person (signIn's check, before any passphrase is asked):
    // the messages name the person and say whether they have no key, another or a revoked one.
    Status checkKey(const QString &nameOrId, const identity::PublicKeys &keys) const;
    // The signed-in person's keys; null when nobody signed in (or setActor was used).
    const identity::SecretKeys *signingKeys() const { return m_store->signer(); }

    // The person every following decision is recorded for, without their key: for core-level
    // tests and tools that already hold the project (the creator of a new project acts as its
    // owner). The policy checks their roles either way.
    Status setActor(const QString &nameOrId);
    const Person &actor() const { return m_actor; }
    void refreshActor(); // after the actor's roles changed

    // Whether the acting person may record events of `kind`, with the message the store would
    // give: for services that check before doing expensive work or revealing anything.
    Status mayRecord(const EventKind &kind) const;
    // Whether the acting person may read `read` (core/events/policy.h), with the message.
    Status mayRead(Read read) const;

    // Runs `work` in one transaction: every event it records commits together, or none does.
    Status transact(const std::function<Status()> &work);
    // Records one typed event for the acting person (see ProjectStore::record).
    template<typename E>
    Result<store::Event> record(const E &event)
    {
        return m_store->record(m_actor, event);
    }

    PeopleService &people() { return *m_people; }
    TaxonomyService &taxonomy() { return *m_taxonomy; }
    GuidelineService &guidelines() { return *m_guidelines; }
    ItemService &items() { return *m_items; }
    WorkService &work() { return *m_work; }
    GoldService &gold() { return *m_gold; }
    AnnotationService &annotations() { return *m_annotations; }
    TransferService &transfer() { return *m_transfer; }
    SyncService &sync() { return *m_sync; }
    ReviewService &review() { return *m_review; }
    CalibrationService &calibration() { return *m_calibration; }
    const PeopleService &people() const { return *m_people; }
    const TaxonomyService &taxonomy() const { return *m_taxonomy; }
    const GuidelineService &guidelines() const { return *m_guidelines; }
    const ItemService &items() const { return *m_items; }
    const WorkService &work() const { return *m_work; }
    const GoldService &gold() const { return *m_gold; }
    const AnnotationService &annotations() const { return *m_annotations; }
    const TransferService &transfer() const { return *m_transfer; }
    const ReviewService &review() const { return *m_review; }
    const CalibrationService &calibration() const { return *m_calibration; }

    // The log
    Result<LogHead> logHead() const;
    Result<store::LogVerification> verifyLog(
            const store::EventLog::VerifyOptions &options = {}) const;
    // The log as the acting person may read it: every event for Read::FullLog, their own
    // events otherwise.
    Result<QList<store::Event>> events(qint64 fromSeq, int limit) const;
    Status rebuildState(); // replays the log into empty state tables
    // The state rows a replay of the log does not give (see ProjectStore).
    Result<QList<store::StateDifference>> compareStateWithReplay(
            int limit = 20, QList<store::ChainProblem> *refused = nullptr) const;
    Result<QString> integrityCheck() const;
    // verifyLog, then (when the chains hold) the authority check and the state compared with a
    // replay (at most `stateLimit` differing rows): what `assay log verify` reports.
    Result<LogCheck> checkLog(const store::EventLog::VerifyOptions &options = {},
                              int stateLimit = 20) const;
    // A digest of the state: equal in every copy that holds the same events (ProjectStore).
    Result<QString> stateDigest() const { return m_store->stateDigest(); }
    // The digest of what the acting person may see (the whole state for leads and admins).
    Result<QString> readerDigest() const { return m_store->stateDigest(&m_actor); }
    // One head per device (sequence number and hash) and the state digest: a point of the
    // project that two copies can compare.
    Result<store::Snapshot> snapshot() const;

    // The gates the last sign-in set or lifted (GoldService::applyGates), to be told.
    const QList<GateChange> &gateChanges() const { return m_gateChanges; }
    // Offline decisions that contradicted another, and events refused by the authority check:
    // for those who may read the whole log.
    Result<QList<store::Conflict>> conflicts() const;
    Result<QList<store::Quarantined>> quarantined() const;

    // For the services.
    store::ProjectStore &store() const { return *m_store; }

private:
    explicit Project(std::unique_ptr<store::ProjectStore> store);

    std::unique_ptr<store::ProjectStore> m_store;
    Person m_actor;
    QList<GateChange> m_gateChanges;
    std::unique_ptr<PeopleService> m_people;
    std::unique_ptr<TaxonomyService> m_taxonomy;
    std::unique_ptr<ItemService> m_items;
    std::unique_ptr<WorkService> m_work;
    std::unique_ptr<GoldService> m_gold;
    std::unique_ptr<AnnotationService> m_annotations;
    std::unique_ptr<TransferService> m_transfer;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<GuidelineService> m_guidelines;
    std::unique_ptr<CalibrationService> m_calibration;
};

} // namespace assay::core
