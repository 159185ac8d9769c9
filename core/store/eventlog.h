// SPDX-License-Identifier: Apache-2.0
// The append-only, hash-chained event log: every decision in a project is one event.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace assay::core::store {

class Database;

// What a caller wants recorded; the log adds id, time and the chain.
struct EventDraft
{
    QString kind; // e.g. "person.added", "items.added"
    QJsonObject payload;
    // Bulk events (imports of a million boxes) bring their payload as compact JSON text made
    // without QJsonObject; when set, it is stored instead of `payload`.
    QByteArray json;
};

struct Event
{
    qint64 seq = 0; // local order of application
    Id id;
    QString time; // ISO 8601 UTC with milliseconds, as hashed
    Id personId;
    QString kind;
    QString codec;     // "json" or "zstd+json"
    QByteArray stored; // the payload bytes as stored and hashed
    QString prevHash;
    QString hash;

    Result<QJsonObject> payload() const;    // decodes `stored`
    Result<QByteArray> payloadJson() const; // the JSON text of `stored`, decompressed
};

struct LogVerification
{
    qint64 events = 0; // events checked
    bool intact = true;
    qint64 badSeq = 0; // the first event that does not verify
    Id badId;
    QString reason;
};

class EventLog final
{
public:
    // The hash of the empty log: the first event's prev_hash.
    static QString genesisHash();
    // SHA-256 over the fields, newline-separated; the payload is last so it may hold anything.
    static QString computeHash(const QString &prevHash, const Id &id, const QString &time,
                               const Id &personId, const QString &kind, const QString &codec,
                               const QByteArray &stored);
    // Payloads over a few KiB (bulk operations) are zstd-compressed.
    static void encodePayload(const QJsonObject &payload, QString *codec, QByteArray *stored);
    static void encodePayload(const QByteArray &json, QString *codec, QByteArray *stored);

    // Appends inside the caller's transaction. The head is re-read from the file so two
    // processes writing one project still form one chain.
    static Result<Event> append(Database *db, const Id &personId, const EventDraft &draft);
    // append() in three steps, for callers that apply a large event while its payload is
    // encoded: begin() takes the id, time, seq and previous hash; seal() encodes the payload
    // and computes the hash (no database access: it may run on another thread); insert()
    // writes the event and the head.
    static Result<Event> begin(Database *db, const Id &personId, const QString &kind);
    static void seal(Event *event, const EventDraft &draft);
    static Status insert(Database *db, const Event &event);

    static Status forEach(Database *db, qint64 fromSeq,
                          const std::function<bool(const Event &)> &visit);
    static Result<QList<Event>> read(Database *db, qint64 fromSeq, int limit);
    static Result<LogVerification> verify(Database *db);
};

} // namespace assay::core::store
