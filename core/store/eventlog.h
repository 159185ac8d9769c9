// SPDX-License-Identifier: Apache-2.0
// The append-only event log: every decision in a project is one event, in a signed envelope,
// on the hash chain of the workstation (device) that recorded it.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"
#include "core/store/bulkhint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace assay::core::identity {
class SecretKeys;
}

namespace assay::core::store {

class Database;

// What a caller wants recorded; the log adds id, time, the envelope and the chain.
struct EventDraft
{
    QString kind; // e.g. "person.added", "items.added"
    QJsonObject payload;
    // Bulk events (imports of a million boxes) bring their payload as compact JSON text made
    // without QJsonObject; when set, it is stored instead of `payload`.
    QByteArray json;
    // What the bulk payload's writer knew about it, for its applier (bulkhint.h); kept in
    // memory only.
    std::shared_ptr<const BulkHint> hint;
    QString action;   // the action it needs, in clear (core/events/policy.h actionCode)
    QString audience; // who may read the payload: "all" or "leads"
};

// Who records: the author, the device whose chain the event extends, and the author's keys
// (none for an unsigned event, which verify reports).
struct Author
{
    Id personId;
    Id device;
    const identity::SecretKeys *keys = nullptr;
};

struct Event
{
    qint64 seq = 0; // local order of arrival; the order of application is (lamport, hash)
    Id id;
    QString time; // ISO 8601 UTC with milliseconds; recorded, never used to order
    Id personId;
    QString kind;
    QString codec;     // "json" or "zstd+json"
    QByteArray stored; // the payload bytes as stored and hashed
    // The payload is not given to this reader (its audience excludes them); `stored` is empty.
    bool withheld = false;
    QString prevHash; // the hash of the previous event of the same device (genesis: zeros)
    QString hash;     // of the envelope (of the fields and the payload, before schema 6)

    // The envelope (0: an event from before schema 6, on the first device's chain, unsigned)
    int envelope = 1;
    Id device;
    qint64 deviceSeq = 0; // 1, 2, ... along the device's chain
    qint64 lamport = 0;   // 1 + the largest counter the device had seen
    QStringList seen;     // hashes of other devices' newest events first seen since prevHash
    QString action;
    QString audience;
    QString payloadHash; // SHA-256 of `stored`
    QString signer;      // the author's public keys as text ("" unsigned)
    QByteArray signature;

    Result<QJsonObject> payload() const;    // decodes `stored`
    Result<QByteArray> payloadJson() const; // the JSON text of `stored`, decompressed
    // The bytes the hash and the signature cover (envelope 1).
    QByteArray envelopeBytes() const;
    bool isSigned() const { return !signature.isEmpty(); }
    // Whether `stored` is the payload the envelope names (envelope 1), and whether the
    // signature is the signer's over the envelope (a signed envelope 1).
    bool payloadMatches() const;
    // A copy may hold an event's envelope without its payload (not in the payload's audience):
    // its payload is then empty, which no recorded payload is ("{}" at least). The envelope
    // still verifies (chain, hash, signature); the event changes no state in that copy.
    bool payloadAbsent() const { return envelope != 0 && stored.isEmpty(); }
    bool signatureValid() const;
};

// A problem found on one device's chain: the first event that does not verify.
struct ChainProblem
{
    Id device;
    qint64 seq = 0; // local number of the event (0: none, e.g. a missing tail)
    qint64 deviceSeq = 0;
    Id eventId;
    Id personId;
    QString reason;
};

struct LogVerification
{
    qint64 events = 0; // events checked
    bool intact = true;
    // The first problem (of the device listed first), for a one-line message.
    qint64 badSeq = 0;
    Id badId;
    QString reason;
    QList<ChainProblem> problems; // at most one per device, plus missing chains
    qint64 devices = 0;
    qint64 legacyEvents = 0;   // unsigned, from before schema 6
    qint64 unsignedEvents = 0; // recorded without a key since
    qint64 signaturesChecked = 0;
    qint64 payloadsAbsent = 0; // envelopes held without their payload in this copy
};

class EventLog final
{
public:
    // The hash before a device's first event.
    static QString genesisHash();
    // Events from before schema 6: SHA-256 over the fields, newline-separated, payload last.
    static QString computeLegacyHash(const QString &prevHash, const Id &id, const QString &time,
                                     const Id &personId, const QString &kind, const QString &codec,
                                     const QByteArray &stored);
    // The hash an event should have: of its envelope, or the legacy hash.
    static QString computeHash(const Event &event);
    // Payloads over a few KiB (bulk operations) are zstd-compressed.
    static void encodePayload(const QJsonObject &payload, QString *codec, QByteArray *stored);
    static void encodePayload(const QByteArray &json, QString *codec, QByteArray *stored);

    // Appends inside the caller's transaction. The device's head is re-read from the file so
    // two processes writing one project on one workstation still form one chain.
    static Result<Event> append(Database *db, const Author &author, const EventDraft &draft);
    // append() in three steps, for callers that apply a large event while its payload is
    // encoded: begin() takes the id, time, seq, the device's place and the causal links;
    // seal() encodes the payload, hashes and signs (no database access: it may run on another
    // thread); insert() writes the event and the device's head.
    static Result<Event> begin(Database *db, const Author &author, const EventDraft &draft);
    static void seal(Event *event, const EventDraft &draft, const identity::SecretKeys *keys);
    static Status insert(Database *db, const Event &event);
    // A payload of three zstd frames or more (a bulk payload compressed in parts, see
    // BulkHint::storedPayload) is kept as its first frame in the events row and each later
    // frame as a row of event_parts, which an import's chunks refer to instead of holding a copy
    // (SQLite then writes the rows of an import once). Reading an event puts the frames back
    // together, so `stored`, its hash and signature are the same either way.
    struct Frame
    {
        qsizetype offset = 0, size = 0; // in `stored`
        qint64 content = 0;             // the bytes it decompresses to, as its header says
    };
    // The frames of a payload kept in parts, the first included; empty when it is kept whole.
    static std::vector<Frame> framesKeptApart(const QString &codec, const QByteArray &stored);
    // Stores the payload of an event held as its envelope alone until now (a reader given the
    // payload's key later).
    static Status fillPayload(Database *db, const Event &event);

    // Events in local order, from `fromSeq` on.
    static Status forEach(Database *db, qint64 fromSeq,
                          const std::function<bool(const Event &)> &visit);
    // Events in the order of application: (lamport, hash), a topological order of the causal
    // graph that every copy holding the same events agrees on.
    static Status forEachInOrder(Database *db, const std::function<bool(const Event &)> &visit);
    static Result<QList<Event>> read(Database *db, qint64 fromSeq, int limit);
    static Result<Event> byId(Database *db, const Id &id);

    struct VerifyOptions
    {
        // Check every signature; otherwise the last of each run of one signer's events on a
        // device (its hash covers the run's earlier events through the chain).
        bool allSignatures = false;
        // Called now and then with the events checked so far and the total.
        std::function<void(qint64 done, qint64 total)> progress;
    };
    // Each device's chain: order, links, hashes, payload hashes, signatures, heads; and that
    // every event another device had seen is present.
    static Result<LogVerification> verify(Database *db, const VerifyOptions &options);
    static Result<LogVerification> verify(Database *db) { return verify(db, VerifyOptions{}); }
};

} // namespace assay::core::store
