// SPDX-License-Identifier: Apache-2.0
// Checkouts and sync: what a copy may hold, and the exchange of events and media.
#include "core/sync/syncservice.h"
#include "core/base/tr.h"
#include "core/calibration/calibrationjudging.h"
#include "core/identity/sealing.h"
#include "core/project/services.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/sync/audiencekeys.h"
#include "core/sync/folderremote.h"
#include "core/sync/remote.h"
#include "core/sync/syncevents.h"
#include "core/sync/wireevent.h"
#include "core/media/slideredaction.h"
#include "core/work/workevents.h"
#include "core/work/workservice.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

namespace assay::core {

using store::Event;

QString SyncService::effectiveAudience(const Event &event)
{
    if (event.envelope != 0 && !sync::AudienceKeys::isConfidential(event.audience)) {
        // Recorded as for everyone: unless its kind is now known to be narrower.
        if (const EventKind *kind = Project::appliers().find(event.kind))
            return QString::fromLatin1(kind->audience);
    }
    if (event.envelope == 0) {
        const EventKind *kind = Project::appliers().find(event.kind);
        return kind ? QString::fromLatin1(kind->audience) : QStringLiteral("leads");
    }
    return event.audience;
}

// ---- what media may travel --------------------------------------------------------------

namespace {

// A whole-slide file (SVS, NDPI, MRXS, ...) carries its label and macro images beside the
// slide, and a label can show a patient's name. Where the project does not allow those images
// to be seen, what leaves a copy (a checkout, a push) and comes into one (a pull) is the slide
// without them, checked against the hash the intake recorded for it; a slide whose images
// could not be taken out is withheld, and said so.
struct Travel
{
    enum How { Whole, WithoutImages, Withheld } how = Whole;
    QString sha256; // of what travels
};

Travel travelOf(const Item &item, bool slideImagesAllowed)
{
    if (slideImagesAllowed
        || item.metadata.value(QStringLiteral("format")).toString() != QLatin1String("openslide"))
        return {Travel::Whole, item.sha256};
    const QString shared = item.metadata.value(QStringLiteral("shared_sha256")).toString();
    if (shared.isEmpty())
        return {Travel::Withheld, {}};
    return {Travel::WithoutImages, shared};
}

// Writes what travels of the slide at `from` to `to`: the slide without its images when `from`
// still has them, else `from` as it is (a copy that received the slide without them).
Status writeWithoutImages(const QString &from, const QString &to, const QString &sha256)
{
    auto redaction = media::redactionOf(from);
    if (!redaction)
        return redaction.error();
    if (!redaction->has_value())
        return sync::copyWhole(from, to, sha256);
    return media::writeRedacted(from, to, **redaction, sha256);
}

} // namespace

// ---- checkout --------------------------------------------------------------------------

Result<CheckoutSummary> SyncService::checkout(const QString &personNameOrId,
                                              const QString &outPath) const
{
    // Making a copy reads everything there is in order to leave out what the person may not
    // read: only those who may read everything make copies.
    if (!mayRead(actor(), Read::GoldAnswers) || !mayRead(actor(), Read::FullLog))
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not make copies of the project for others (leads and"
                                " admins do)")
                                 .arg(actor().name.isEmpty() ? Tr::tr("Nobody") : actor().name),
                         path());
    auto person = project().people().person(personNameOrId);
    if (!person)
        return person.error();
    if (!person->active)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is no longer active").arg(person->name), path());
    auto key = project().people().currentKey(person->id);
    if (!key)
        return key.error();
    if (!*key)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 has no key: register one first (assay people PROJECT set-key"
                                " %1 --key PUBLIC_KEY)")
                                 .arg(person->name),
                         path());
    const QFileInfo out(outPath);
    if (out.exists())
        return makeError(ErrorCode::Conflict, Tr::tr("a file of that name already exists"), outPath);

    CheckoutSummary summary;
    summary.path = out.absoluteFilePath();
    summary.personId = person->id;

    // Every envelope; the payloads the person may read.
    QList<Event> events;
    for (qint64 from = 0;;) {
        auto page = project().store().events(from, 20000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        from = page->last().seq + 1;
        for (Event &e : *page) {
            const bool reads = mayReadAudience(*person, effectiveAudience(e), e.personId);
            if (!reads) {
                if (e.envelope == 0)
                    return makeError(
                            ErrorCode::Unsupported,
                            Tr::tr("events from before schema 6 hold what %1 may not read, and"
                                   " their hashes cover it: a copy for %1 cannot leave it out."
                                   " Make a new project for the team (assay export, then"
                                   " import) to work apart")
                                    .arg(person->name),
                            path());
                e.stored.clear();
                ++summary.withheld;
            }
            events.append(std::move(e));
        }
    }
    summary.events = events.size();

    QString legacyDevice;
    {
        auto s = db()->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'legacy_device'"));
        if (!s)
            return s.error();
        if (s->step())
            legacyDevice = s->text(0);
    }
    const QString mediaFolder = out.completeBaseName() + QStringLiteral("-media");
    auto made = store::ProjectStore::create(
            summary.path, Project::appliers(), [&](store::ProjectStore &copy) -> Status {
                store::Database *to = copy.database();
                for (const Event &e : std::as_const(events))
                    ASSAY_TRY(store::EventLog::insert(to, e));
                auto set = to->prepare(
                        QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                                       " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
                if (!set)
                    return set.error();
                set->bind(1, QStringLiteral("media_root_here")).bind(2, mediaFolder);
                ASSAY_TRY(set->exec());
                set->reset();
                set->bind(1, QStringLiteral("copy_for")).bind(2, person->id);
                ASSAY_TRY(set->exec());
                if (!legacyDevice.isEmpty()) {
                    set->reset();
                    set->bind(1, QStringLiteral("legacy_device")).bind(2, legacyDevice);
                    ASSAY_TRY(set->exec());
                }
                return copy.rebuildState();
            });
    if (!made)
        return made.error();
    made->reset();

    // The media of the person's tasks (all of them, for people who may read others' queues).
    QList<Id> itemIds;
    if (mayRead(*person, Read::OthersQueues)) {
        for (qint64 after = 0;;) {
            auto page = project().items().page(after, 5000);
            if (!page)
                return page.error();
            if (page->isEmpty())
                break;
            after = page->last().seq;
            for (const Item &it : std::as_const(*page))
                itemIds.append(it.id);
        }
    } else {
        auto queue = project().work().queue(person->id);
        if (!queue)
            return queue.error();
        for (const Task &t : std::as_const(*queue))
            itemIds.append(t.itemId);
    }
    const QDir mediaRoot(out.absoluteDir().filePath(mediaFolder));
    auto settings = project().items().mediaSettings();
    if (!settings)
        return settings.error();
    QSet<Id> done;
    for (const Id &id : std::as_const(itemIds)) {
        if (done.contains(id))
            continue;
        done.insert(id);
        auto item = project().items().item(id);
        if (!item)
            return item.error();
        if (!item->text.isEmpty())
            continue; // the document is in the item itself
        const Travel travel = travelOf(*item, settings->slideAssociatedImages);
        if (travel.how == Travel::Withheld) {
            summary.withheldMedia.append(item->path);
            continue;
        }
        const QString from = project().absoluteMediaPath(*item);
        if (QFileInfo(item->path).isAbsolute() || !QFileInfo::exists(from)) {
            summary.missingMedia.append(item->path);
            continue;
        }
        const QString to = mediaRoot.filePath(item->path);
        if (travel.how == Travel::WithoutImages)
            ASSAY_TRY(writeWithoutImages(from, to, travel.sha256));
        else
            ASSAY_TRY(sync::copyWhole(from, to, item->sha256));
        ++summary.media;
    }
    return summary;
}

// ---- sync ------------------------------------------------------------------------------

namespace {

struct Marks
{
    QHash<QString, qint64> files;
    QHash<Id, qint64> heads; // device -> highest device_seq the remote is known to hold
};

Result<Marks> loadMarks(store::Database *db, const QString &remote)
{
    Marks m;
    auto f = db->prepare(QStringLiteral("SELECT name, size FROM sync_files WHERE remote = ?1"));
    if (!f)
        return f.error();
    f->bind(1, remote);
    while (f->step())
        m.files.insert(f->text(0), f->int64(1));
    auto h = db->prepare(
            QStringLiteral("SELECT device, device_seq FROM sync_heads WHERE remote = ?1"));
    if (!h)
        return h.error();
    h->bind(1, remote);
    while (h->step())
        m.heads.insert(h->text(0), h->int64(1));
    return m;
}

Status saveMark(store::Database *db, const QString &remote, const QString &name, qint64 size)
{
    ASSAY_STMT(s, "INSERT INTO sync_files (remote, name, size) VALUES (?1, ?2, ?3)"
                  " ON CONFLICT(remote, name) DO UPDATE SET size = excluded.size");
    s.bind(1, remote).bind(2, name).bind(3, size);
    return s.exec();
}

Status saveHead(store::Database *db, const QString &remote, const Id &device, qint64 seq)
{
    ASSAY_STMT(s, "INSERT INTO sync_heads (remote, device, device_seq) VALUES (?1, ?2, ?3)"
                  " ON CONFLICT(remote, device) DO UPDATE SET"
                  " device_seq = MAX(device_seq, excluded.device_seq)");
    s.bind(1, remote).bind(2, device).bind(3, seq);
    return s.exec();
}

} // namespace

Result<qint64> SyncService::waitingToPush(const QString &remoteId) const
{
    auto marks = loadMarks(db(), remoteId);
    if (!marks)
        return marks.error();
    auto s = db()->prepare(
            QStringLiteral("SELECT device, MAX(device_seq), COUNT(*) FROM events WHERE envelope = 1"
                           " AND length(payload) > 0 GROUP BY device"));
    if (!s)
        return s.error();
    qint64 waiting = 0;
    while (s->step()) {
        const qint64 there = marks->heads.value(s->text(0), 0);
        const qint64 here = s->int64(1);
        if (here > there) {
            auto n = db()->prepare(QStringLiteral(
                    "SELECT COUNT(*) FROM events WHERE device = ?1 AND device_seq > ?2"
                    " AND length(payload) > 0"));
            if (!n)
                return n.error();
            n->bind(1, s->text(0)).bind(2, there);
            waiting += n->step() ? n->int64(0) : 0;
        }
    }
    return waiting;
}

Result<SyncSummary> SyncService::sync(sync::Remote &remote,
                                      const std::function<void(const QString &)> &progress,
                                      const std::atomic<bool> *cancelled)
{
    const auto say = [&](const QString &what) {
        if (progress)
            progress(what);
    };
    const auto stop = [&]() -> Status {
        if (cancelled && cancelled->load())
            return makeError(ErrorCode::Cancelled,
                             Tr::tr("sync cancelled; what was done so far is kept"), path());
        return {};
    };
    if (actor().id.isEmpty() || !project().signingKeys())
        return makeError(ErrorCode::Permission,
                         Tr::tr("sign in to sync: the person's keys open and seal what travels"),
                         path());
    if (project().isReadOnly())
        return makeError(ErrorCode::Permission,
                         Tr::tr("the project is open read-only (%1): it cannot sync")
                                 .arg(project().readOnlyReason()),
                         path());
    ASSAY_TRY(identity::initialiseCrypto());
    SyncSummary summary;
    summary.remote = remote.id();
    ASSAY_TRY(remote.open(project().info().projectId));
    sync::AudienceKeys keys(project());

    // ---- pull
    for (int round = 0; round < 2; ++round) {
        ASSAY_TRY(stop());
        say(Tr::tr("Reading what the remote has…"));
        auto marks = loadMarks(db(), remote.id());
        if (!marks)
            return marks.error();
        auto fetched = remote.fetch(marks->files);
        if (!fetched)
            return fetched.error();
        if (round == 0)
            summary.ignored = fetched->ignored;

        struct Incoming
        {
            Event event;
            int chunk;
        };
        std::map<std::pair<Id, qint64>, Incoming> byPlace; // (device, seq) -> the event
        QSet<int> badChunks;
        QHash<Id, qint64> remoteHeads;
        bool newKey = false;
        QList<sync::WireEvent> wires;
        QList<int> wireChunk;
        for (int c = 0; c < fetched->chunks.size(); ++c) {
            for (const QByteArray &line : std::as_const(fetched->chunks[c].lines)) {
                auto w = sync::decodeWire(line);
                if (!w) {
                    summary.refused.append(
                            Tr::tr("%1: %2").arg(fetched->chunks[c].mark, w.error().message));
                    continue;
                }
                // Keys given in this pull open payloads of the same pull.
                if (w->event.kind == QLatin1String(AudienceKeyGranted::kind.name)
                    && w->keyId.isEmpty() && !w->event.stored.isEmpty()) {
                    auto obj = w->event.payload();
                    if (obj) {
                        auto grant = AudienceKeyGranted::fromJson(*obj);
                        if (grant && keys.give(*grant))
                            newKey = true;
                    }
                }
                wires.append(*w);
                wireChunk.append(c);
            }
        }
        for (int i = 0; i < wires.size(); ++i) {
            sync::WireEvent &w = wires[i];
            Event &e = w.event;
            if (!w.keyId.isEmpty()) {
                const QByteArray k = keys.key(w.keyId);
                if (!k.isEmpty()) {
                    auto opened = identity::decrypt(k, w.box, e.hash.toLatin1());
                    if (opened)
                        e.stored = *opened;
                    else
                        summary.refused.append(
                                Tr::tr("event %1: %2").arg(e.id, opened.error().message));
                }
            }
            if (e.envelope != 1)
                continue; // upgrade-era events travel in checkouts only
            if (store::EventLog::computeHash(e) != e.hash
                || (!e.payloadAbsent() && !e.payloadMatches())
                || (e.isSigned() && !e.signatureValid())) {
                summary.refused.append(Tr::tr("event %1 of device %2 does not match its hash or"
                                              " signature: refused")
                                               .arg(e.id, e.device.left(8)));
                badChunks.insert(wireChunk[i]);
                continue;
            }
            remoteHeads[e.device] = std::max(remoteHeads.value(e.device), e.deviceSeq);
            const auto place = std::pair{e.device, e.deviceSeq};
            auto it = byPlace.find(place);
            if (it == byPlace.end()) {
                byPlace.emplace(place, Incoming{e, wireChunk[i]});
            } else if (it->second.event.hash != e.hash) {
                summary.refused.append(Tr::tr("device %1 forked at its event %2 (two different"
                                              " events there): both refused")
                                               .arg(e.device.left(8))
                                               .arg(e.deviceSeq));
                it->second.event.hash.clear(); // marks the place as forked
            } else if (it->second.event.payloadAbsent() && !e.payloadAbsent()) {
                it->second.event = e; // the same event, with its payload
            }
        }

        // What extends each chain here, in order; what would leave a gap waits.
        QHash<Id, qint64> heads;
        QHash<Id, QString> headHashes;
        {
            auto s = db()->prepare(QStringLiteral("SELECT id, head_seq, head_hash FROM devices"));
            if (!s)
                return s.error();
            while (s->step()) {
                heads.insert(s->text(0), s->int64(1));
                headHashes.insert(s->text(0), s->text(2));
            }
        }
        QList<Event> toAdd;
        QSet<int> waitingChunks;
        Id blockedDevice;
        for (const auto &[place, in] : byPlace) {
            const Id &device = place.first;
            if (device == blockedDevice) {
                waitingChunks.insert(in.chunk);
                continue;
            }
            if (in.event.hash.isEmpty()) { // forked
                blockedDevice = device;
                badChunks.insert(in.chunk);
                continue;
            }
            const qint64 head = heads.value(device, 0);
            if (place.second <= head) {
                // Here already: the same event (perhaps now with its payload), or a fork.
                auto s = db()->prepare(QStringLiteral(
                        "SELECT hash, length(payload) FROM events WHERE device = ?1 AND"
                        " device_seq = ?2"));
                if (!s)
                    return s.error();
                s->bind(1, device).bind(2, place.second);
                if (s->step() && s->text(0) != in.event.hash) {
                    summary.refused.append(
                            Tr::tr("event %1 forks the chain of device %2 at its event %3:"
                                   " this copy holds another event there; refused")
                                    .arg(in.event.id, device.left(8))
                                    .arg(place.second));
                    blockedDevice = device;
                    badChunks.insert(in.chunk);
                } else if (s->int64(1) == 0 && !in.event.payloadAbsent()) {
                    toAdd.append(in.event);
                }
                continue;
            }
            if (place.second != head + 1) {
                ++summary.waiting;
                waitingChunks.insert(in.chunk);
                blockedDevice = device;
                continue;
            }
            heads[device] = place.second;
            toAdd.append(in.event);
            if (in.event.payloadAbsent())
                ++summary.pulledWithheld;
        }
        if (!toAdd.isEmpty()) {
            say(Tr::tr("Adding %n event(s)…", nullptr, int(toAdd.size())));
            auto added = project().store().ingest(toAdd);
            if (!added)
                return added.error();
            summary.pulled += *added;
            for (const Event &e : std::as_const(toAdd)) {
                if (!Project::appliers().find(e.kind))
                    ++summary.unknownKinds[e.kind];
            }
        }
        ASSAY_TRY(project().transact([&]() -> Status {
            for (int c = 0; c < fetched->chunks.size(); ++c) {
                if (!waitingChunks.contains(c))
                    ASSAY_TRY(saveMark(db(), remote.id(), fetched->chunks[c].mark,
                                       fetched->chunks[c].value));
            }
            for (auto it = remoteHeads.cbegin(); it != remoteHeads.cend(); ++it)
                ASSAY_TRY(saveHead(db(), remote.id(), it.key(), it.value()));
            return {};
        }));
        // A key given now may open payloads read before as envelopes alone: read again once.
        if (!newKey || round > 0)
            break;
        auto s = db()->prepare(QStringLiteral(
                "SELECT COUNT(*) FROM events WHERE envelope = 1 AND length(payload) = 0"));
        if (!s || !s->step() || s->int64(0) == 0)
            break;
        auto forget = db()->prepare(QStringLiteral("DELETE FROM sync_files WHERE remote = ?1"));
        if (!forget)
            return forget.error();
        forget->bind(1, remote.id());
        ASSAY_TRY(forget->exec());
    }
    project().refreshActor(); // roles may have changed in what arrived

    // Consequences of what arrived, decided where the lead's data is.
    if (isAllowed(actor(), Action::Recalibrate) && mayRead(actor(), Read::Scores)) {
        // Calibration attempts that arrived finished (latestJudgements tells them).
        if (judgesCalibrationFor(actor())) {
            if (auto judged = judgeDueSessions(project()); !judged)
                return judged.error();
        }
        auto gates = project().gold().applyGates();
        if (!gates)
            return gates.error();
        summary.gates = *gates;
    }
    auto shared = keys.shareWithNewReaders();
    if (!shared)
        return shared.error();
    summary.keysShared = *shared;

    // ---- push
    ASSAY_TRY(stop());
    auto marks = loadMarks(db(), remote.id());
    if (!marks)
        return marks.error();
    const auto pending = [&]() -> Result<QList<Event>> {
        QList<Event> out;
        auto s = db()->prepare(QStringLiteral("SELECT id, head_seq FROM devices"));
        if (!s)
            return s.error();
        QList<std::pair<Id, qint64>> devices;
        while (s->step())
            devices.append({s->text(0), s->int64(1)});
        // From the first event any device has not sent yet, in the order of arrival here
        // (which keeps each device's order).
        qint64 from = -1;
        QHash<Id, qint64> there;
        for (const auto &[device, head] : devices) {
            there.insert(device, marks->heads.value(device, 0));
            if (head <= there.value(device))
                continue;
            auto first = db()->prepare(QStringLiteral(
                    "SELECT MIN(seq) FROM events WHERE device = ?1 AND device_seq > ?2"));
            if (!first)
                return first.error();
            first->bind(1, device).bind(2, there.value(device));
            if (first->step() && !first->isNull(0))
                from = from < 0 ? first->int64(0) : std::min(from, first->int64(0));
        }
        if (from < 0)
            return out;
        for (qint64 next = from;;) {
            auto page = project().store().events(next, 20000);
            if (!page)
                return page.error();
            if (page->isEmpty())
                break;
            next = page->last().seq + 1;
            for (Event &e : *page) {
                if (e.envelope == 1 && !e.payloadAbsent() && e.deviceSeq > there.value(e.device, 0))
                    out.append(std::move(e));
            }
        }
        return out;
    };
    auto first = pending();
    if (!first)
        return first.error();
    // Keys first: making one records a grant, which travels in the same push.
    QHash<QString, std::pair<QString, QByteArray>> keyOf; // audience + author -> key
    for (const Event &e : std::as_const(*first)) {
        const QString audience = effectiveAudience(e);
        if (!sync::AudienceKeys::isConfidential(audience))
            continue;
        const QString slot = audience + QLatin1Char('\n')
                             + (audience == QLatin1String("author") ? e.personId : QString());
        if (keyOf.contains(slot))
            continue;
        auto k = keys.keyFor(audience, e.personId);
        if (!k)
            return k.error();
        keyOf.insert(slot, *k);
    }
    auto all = keyOf.isEmpty() ? first : pending();
    if (!all)
        return all.error();
    QList<QByteArray> lines;
    lines.reserve(all->size());
    QHash<Id, qint64> pushedHeads;
    for (const Event &e : std::as_const(*all)) {
        const QString audience = effectiveAudience(e);
        if (sync::AudienceKeys::isConfidential(audience)) {
            const QString slot = audience + QLatin1Char('\n')
                                 + (audience == QLatin1String("author") ? e.personId : QString());
            auto k = keyOf.constFind(slot);
            if (k == keyOf.cend()) {
                auto made = keys.keyFor(audience, e.personId);
                if (!made)
                    return made.error();
                k = keyOf.insert(slot, *made);
            }
            lines.append(
                    sync::encodeWire(e, false, k->first,
                                     identity::encrypt(k->second, e.stored, e.hash.toLatin1())));
        } else {
            lines.append(sync::encodeWire(e, true));
        }
        pushedHeads[e.device] = std::max(pushedHeads.value(e.device), e.deviceSeq);
    }
    if (!lines.isEmpty()) {
        say(Tr::tr("Sending %n event(s)…", nullptr, int(lines.size())));
        auto written = remote.push(lines);
        if (!written)
            return written.error();
        ASSAY_TRY(project().transact([&]() -> Status {
            for (auto it = written->cbegin(); it != written->cend(); ++it)
                ASSAY_TRY(saveMark(db(), remote.id(), it.key(), it.value()));
            for (auto it = pushedHeads.cbegin(); it != pushedHeads.cend(); ++it)
                ASSAY_TRY(saveHead(db(), remote.id(), it.key(), it.value()));
            return {};
        }));
        summary.pushed = lines.size();
    }

    // ---- pools: a lead's copy gives a server the tasks of its pooled batches, with kinds
    ASSAY_TRY(stop());
    ASSAY_TRY(publishPools(remote, &summary));

    // ---- media: what this copy has goes out; what its person needs comes in
    ASSAY_TRY(stop());
    say(Tr::tr("Exchanging media…"));
    QList<Id> needed;
    const bool everything = mayRead(actor(), Read::OthersQueues);
    if (!everything) {
        auto queue = project().work().queue(actor().id);
        if (!queue)
            return queue.error();
        for (const Task &t : std::as_const(*queue))
            needed.append(t.itemId);
    }
    QSet<Id> neededSet(needed.cbegin(), needed.cend());
    auto settings = project().items().mediaSettings();
    if (!settings)
        return settings.error();
    for (qint64 after = 0;;) {
        auto page = project().items().page(after, 2000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        after = page->last().seq;
        for (const Item &item : std::as_const(*page)) {
            if (!item.text.isEmpty() || item.sha256.isEmpty())
                continue;
            const Travel travel = travelOf(item, settings->slideAssociatedImages);
            if (travel.how == Travel::Withheld) {
                summary.withheldMedia.append(item.path);
                continue;
            }
            const QString local = project().absoluteMediaPath(item);
            if (QFileInfo::exists(local)) {
                auto has = remote.hasMedia(travel.sha256);
                if (!has)
                    return has.error();
                if (*has)
                    continue;
                if (travel.how == Travel::WithoutImages) {
                    // Written beside the project for the push (a slide can be gigabytes: not
                    // in a memory-backed /tmp), then removed.
                    QTemporaryDir outgoing(QFileInfo(project().path()).absolutePath()
                                           + QStringLiteral("/.assay-outgoing-XXXXXX"));
                    if (!outgoing.isValid())
                        return makeError(ErrorCode::Io,
                                         Tr::tr("cannot make a folder for the slide's copy"),
                                         project().path());
                    const QString copy = outgoing.filePath(QFileInfo(local).fileName());
                    ASSAY_TRY(writeWithoutImages(local, copy, travel.sha256));
                    ASSAY_TRY(remote.putMedia(travel.sha256, copy));
                } else if (const Status put = remote.putMedia(travel.sha256, local); !put) {
                    // A copy that received a slide without its images has no whole file to
                    // send once they are allowed: the copy that took the slide in sends it.
                    const bool withoutImagesHere = put.error().code == ErrorCode::Tampered
                                                   && !item.metadata
                                                               .value(QStringLiteral(
                                                                       "shared_sha256"))
                                                               .toString()
                                                               .isEmpty();
                    if (!withoutImagesHere)
                        return put.error();
                    continue;
                }
                ++summary.mediaPushed;
            } else if (everything || neededSet.contains(item.id)) {
                if (QFileInfo(item.path).isAbsolute()) {
                    summary.missingMedia.append(item.path);
                    continue;
                }
                auto got = remote.getMedia(travel.sha256, local);
                if (!got)
                    return got.error();
                if (*got)
                    ++summary.mediaPulled;
                else
                    summary.missingMedia.append(item.path);
            }
        }
    }
    return summary;
}

Status SyncService::publishPools(sync::Remote &remote, SyncSummary *summary)
{
    if (!mayRead(actor(), Read::TaskKinds) || !isAllowed(actor(), Action::ManageBatches))
        return {};
    auto pooled = project().work().pooledBatches();
    if (!pooled)
        return pooled.error();
    for (const PooledBatch &b : std::as_const(*pooled)) {
        if (b.state != BatchState::Open)
            continue;
        auto tasks = project().work().poolTasks(b.batchId);
        if (!tasks)
            return tasks.error();
        // Published once per remote and settings (a pool does not change after planning): the
        // copy keeps a mark of what it published beside its pull marks.
        const QString mark = QStringLiteral("pool:") + b.batchId;
        const QByteArray what = QStringLiteral("%1/%2/%3")
                                        .arg(tasks->size())
                                        .arg(b.goldRate, 0, 'g', 17)
                                        .arg(b.leaseSeconds)
                                        .toUtf8();
        const qint64 published = qint64(qHash(what, 7157) & 0x7fffffffffffffffULL);
        {
            store::Database *db = this->db();
            ASSAY_STMT(q, "SELECT size FROM sync_files WHERE remote = ?1 AND name = ?2");
            q.bind(1, remote.id()).bind(2, mark);
            const bool same = q.step() && q.int64(0) == published;
            q.reset();
            if (same)
                continue;
        }
        QList<sync::PoolTask> rows;
        rows.reserve(tasks->size());
        for (const Task &t : std::as_const(*tasks))
            rows.append({t.id, t.itemId, t.position, t.kind == TaskKind::Gold});
        auto added = remote.publishPool(b.batchId, b.goldRate, b.leaseSeconds, rows);
        if (!added) {
            if (added.error().code == ErrorCode::Unsupported)
                return {}; // a shared folder: pooled batches wait for a server
            return added.error();
        }
        summary->poolTasksPublished += *added;
        ASSAY_TRY(saveMark(db(), remote.id(), mark, published));
    }
    return {};
}

Result<LeaseSummary> SyncService::lease(sync::Remote &remote, const QString &batch, int count,
                                        const std::function<void(const QString &)> &progress)
{
    if (count < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("ask for at least one task"), path());
    ASSAY_TRY(project().mayRecord(TasksLeased::kind));
    LeaseSummary out;
    // What the pools are and what was done comes first.
    auto before = sync(remote, progress);
    if (!before)
        return before.error();
    out.sync = *before;
    auto pooled = project().work().pooledBatches();
    if (!pooled)
        return pooled.error();
    QList<PooledBatch> from;
    for (const PooledBatch &b : std::as_const(*pooled)) {
        if (b.state != BatchState::Open)
            continue;
        if (batch.isEmpty() || b.batchId == batch || b.name == batch)
            from.append(b);
    }
    if (from.isEmpty())
        return makeError(ErrorCode::NotFound,
                         batch.isEmpty()
                                 ? Tr::tr("no open pooled batch: a lead marks a batch as pooled"
                                          " and syncs with the server first")
                                 : Tr::tr("no open pooled batch \"%1\"").arg(batch),
                         path());
    // Leases of tasks done here end on the server: the pool does not hand them out again.
    auto mine = project().work().queue(actor().id);
    if (!mine)
        return mine.error();
    for (const PooledBatch &b : std::as_const(from)) {
        QList<Id> done;
        for (const Task &t : std::as_const(*mine)) {
            if (t.batchId == b.batchId && t.state == TaskState::Done)
                done.append(t.id);
        }
        auto ended = remote.finishLeases(done);
        if (!ended)
            return ended.error();
        out.finished += *ended;
    }
    for (const PooledBatch &b : std::as_const(from)) {
        const int want = count - out.leased;
        if (want <= 0)
            break;
        auto leased = remote.lease(b.batchId, want);
        if (!leased)
            return leased.error();
        if (leased->isEmpty())
            continue;
        QList<Task> tasks;
        for (const sync::LeasedTask &l : std::as_const(*leased)) {
            Task t;
            t.id = l.taskId;
            t.itemId = l.itemId;
            tasks.append(t);
            out.expires = out.expires.isEmpty() ? l.expires : std::min(out.expires, l.expires);
        }
        auto recorded = project().work().recordLeased(b.batchId, tasks);
        if (!recorded)
            return recorded.error();
        out.leased += int(leased->size());
        out.batches.append(b.name);
    }
    // The lease recorded goes out (the lead's copy learns whose the tasks are), and the media
    // of the new tasks come in.
    if (out.leased > 0) {
        auto after = sync(remote, progress);
        if (!after)
            return after.error();
        out.sync.pushed += after->pushed;
        out.sync.pulled += after->pulled;
        out.sync.mediaPulled += after->mediaPulled;
        out.sync.missingMedia = after->missingMedia;
    }
    return out;
}

} // namespace assay::core
