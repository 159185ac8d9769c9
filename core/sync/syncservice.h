// SPDX-License-Identifier: Apache-2.0
// SyncService: copies of a project for the people who work on it, and the exchange of events
// and media between copies through a remote (a shared folder, a PostgreSQL server).
//
// A copy holds every event's signed envelope, so that chains and authors can be checked
// everywhere, and only the payloads its person may read; what it may not read was never
// written to its disk. Between copies, confidential payloads travel encrypted under keys only
// their readers hold (AudienceKeys).
#pragma once

#include "core/project/service.h"
#include "core/result.h"
#include "core/store/projectstore.h"

#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

namespace sync {
class Remote;
}

struct CheckoutSummary
{
    QString path;
    Id personId;
    qint64 events = 0;
    qint64 withheld = 0;      // events whose payload the copy does not hold (envelope only)
    qint64 media = 0;         // files copied
    QStringList missingMedia; // items of the person's tasks whose file is not at hand
    // Whole-slide files not copied: they carry label and macro images the project does not
    // allow to be seen (ItemService::mediaSettings) and that cannot be taken out of them.
    QStringList withheldMedia;
};

struct SyncSummary
{
    QString remote;
    qint64 pulled = 0;         // events added here (or completed with their payload)
    qint64 pulledWithheld = 0; // of the events read, those whose payload is not for this copy
    qint64 pushed = 0;         // event lines written to the remote
    qint64 keysShared = 0;     // keys given to readers who lacked them
    qint64 mediaPushed = 0;
    qint64 mediaPulled = 0;
    QStringList missingMedia;  // needed here, on neither side
    QStringList withheldMedia; // whole-slide files neither pushed nor pulled (as in checkouts)
    QStringList ignored;       // the remote's files left by other tools, torn, not ours
    QStringList refused;       // events refused (a fork, a bad hash or signature), with reasons
    qint64 waiting = 0;        // events read that wait for earlier ones of their chain
    QList<GateChange> gates;   // recalibration gates set or lifted here after the pull
    // Events of kinds this build does not know (made by a newer Assay), by kind: kept, checked
    // and passed on like any other, but not applied until Assay is updated.
    QMap<QString, qint64> unknownKinds;
    qint64 poolTasksPublished = 0; // tasks of pooled batches given to a server's pool
};

// What `assay lease` did: tasks taken from a server's pools into this copy's queue.
struct LeaseSummary
{
    int leased = 0;      // tasks added to the queue
    int finished = 0;    // leases ended because their tasks are done here
    QStringList batches; // the pooled batches tasks came from
    QString expires;     // the earliest expiry of the new leases (the server's clock, UTC)
    SyncSummary sync;    // the syncs around it
};

class SyncService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // A copy of the project for `personNameOrId` at `outPath`, with the media of their tasks
    // in `outPath`'s folder "<name>-media" (the copy's media root). Only people who may read
    // everything (leads, admins) make copies; the person must have a key.
    Result<CheckoutSummary> checkout(const QString &personNameOrId, const QString &outPath) const;

    // Pulls what the remote has that this copy has not, then pushes what it has not got;
    // media follow. The signed-in person's keys open and seal the confidential payloads.
    // `cancelled`, when given, is looked at between steps.
    Result<SyncSummary> sync(sync::Remote &remote,
                             const std::function<void(const QString &)> &progress = {},
                             const std::atomic<bool> *cancelled = nullptr);

    // Takes up to `count` tasks from a server's pools (the pooled batch named, or any open
    // one) into the signed-in person's queue, after ending the leases of tasks done here; syncs
    // before and after (the lease is an event the leads' copies read).
    Result<LeaseSummary> lease(sync::Remote &remote, const QString &batch, int count,
                               const std::function<void(const QString &)> &progress = {});

    // Events of this copy not yet in the remote (by what the copy last saw of it).
    Result<qint64> waitingToPush(const QString &remoteId) const;

    // The appliers of sync.* events (syncstate.cpp).
    static void registerAppliers(store::ApplierRegistry &registry);
    // The audience a payload is kept from others by: the recorded one, or the event kind's
    // own when that is narrower (events recorded by older builds said "all" of answers).
    static QString effectiveAudience(const store::Event &event);

private:
    Status publishPools(sync::Remote &remote, SyncSummary *summary);
};

} // namespace assay::core
