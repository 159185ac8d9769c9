// SPDX-License-Identifier: Apache-2.0
// Event log: append with hash chaining, payload codecs, and chain verification.
#include "core/store/eventlog.h"
#include "core/json/jsonwriter.h"
#include "core/base/tr.h"

#include "core/base/sha256.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <zstd.h>

namespace assay::core::store {

static constexpr qsizetype s_compressAbove = 4096;

QString EventLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString EventLog::computeHash(const QString &prevHash, const Id &id, const QString &time,
                              const Id &personId, const QString &kind, const QString &codec,
                              const QByteArray &stored)
{
    Sha256 hash;
    const QByteArray header = (prevHash + QLatin1Char('\n') + id + QLatin1Char('\n') + time
                               + QLatin1Char('\n') + personId + QLatin1Char('\n') + kind
                               + QLatin1Char('\n') + codec + QLatin1Char('\n'))
                                      .toUtf8();
    hash.addData(header);
    hash.addData(stored);
    return QString::fromLatin1(hash.resultHex());
}

void EventLog::encodePayload(const QJsonObject &payload, QString *codec, QByteArray *stored)
{
    encodePayload(json::compactJson(payload), codec, stored);
}

void EventLog::encodePayload(const QByteArray &json, QString *codec, QByteArray *stored)
{
    if (json.size() <= s_compressAbove) {
        *codec = QStringLiteral("json");
        *stored = json;
        return;
    }
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    // Level 3 for ordinary bulk events; level 1 above 8 MiB (imports of a million boxes), where
    // it is about twice as fast for a few per cent more bytes.
    const int level = json.size() > (8 << 20) ? 1 : 3;
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), json.constData(),
                                   size_t(json.size()), level);
    if (ZSTD_isError(n)) {
        *codec = QStringLiteral("json");
        *stored = json;
        return;
    }
    out.truncate(qsizetype(n));
    *codec = QStringLiteral("zstd+json");
    *stored = out;
}

Result<QJsonObject> Event::payload() const
{
    auto json = payloadJson();
    if (!json)
        return json.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("event %1: payload is not a JSON object").arg(id));
    }
    return doc.object();
}

Result<QByteArray> Event::payloadJson() const
{
    QByteArray json;
    if (codec == QLatin1String("json")) {
        json = stored;
    } else if (codec == QLatin1String("zstd+json")) {
        const unsigned long long size = ZSTD_getFrameContentSize(stored.constData(),
                                                                 size_t(stored.size()));
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN
            || size > (1ull << 34)) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("event %1: compressed payload is damaged").arg(id));
        }
        json.resize(qsizetype(size));
        const size_t n = ZSTD_decompress(json.data(), size_t(json.size()), stored.constData(),
                                         size_t(stored.size()));
        if (ZSTD_isError(n) || n != size) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("event %1: compressed payload is damaged").arg(id));
        }
    } else {
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("event %1: unknown payload encoding \"%2\"").arg(id, codec));
    }
    return json;
}

Result<Event> EventLog::begin(Database *db, const Id &personId, const QString &kind)
{
    Event event;
    event.id = newId();
    event.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    event.personId = personId;
    event.kind = kind;
    auto head = db->cached("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
    if (!head)
        return head.error();
    Statement *headStmt = *head;
    if (headStmt->step()) {
        event.seq = headStmt->int64(0) + 1;
        event.prevHash = headStmt->text(1);
    } else {
        event.seq = 1;
        event.prevHash = genesisHash();
    }
    headStmt->reset();
    if (headStmt->error())
        return *headStmt->error();
    return event;
}

void EventLog::seal(Event *event, const EventDraft &draft)
{
    if (draft.json.isEmpty())
        encodePayload(draft.payload, &event->codec, &event->stored);
    else
        encodePayload(draft.json, &event->codec, &event->stored);
    event->hash = computeHash(event->prevHash, event->id, event->time, event->personId, event->kind,
                              event->codec, event->stored);
}

Status EventLog::insert(Database *db, const Event &event)
{
    auto insert = db->cached("INSERT INTO events (seq, id, time, person_id, kind, codec, payload,"
                             " prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, event.seq).bind(2, event.id).bind(3, event.time).bind(4, event.personId);
    (*insert)->bind(5, event.kind).bind(6, event.codec).bind(7, event.stored);
    (*insert)->bind(8, event.prevHash).bind(9, event.hash);
    ASSAY_TRY((*insert)->exec());

    // The head is also kept apart from the events, so that removing the newest events
    // (which no later event points to) is detected too.
    auto setHead = db->cached("INSERT INTO meta (key, value) VALUES ('log_head', ?1)"
                              " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!setHead)
        return setHead.error();
    (*setHead)->bind(1, QString::number(event.seq) + QLatin1Char(':') + event.hash);
    return (*setHead)->exec();
}

Result<Event> EventLog::append(Database *db, const Id &personId, const EventDraft &draft)
{
    auto event = begin(db, personId, draft.kind);
    if (!event)
        return event.error();
    seal(&*event, draft);
    ASSAY_TRY(insert(db, *event));
    return event;
}

Status EventLog::forEach(Database *db, qint64 fromSeq,
                         const std::function<bool(const Event &)> &visit)
{
    auto stmt = db->prepare(QStringLiteral(
            "SELECT seq, id, time, person_id, kind, codec, payload, prev_hash, hash FROM events"
            " WHERE seq >= ?1 ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fromSeq);
    while (stmt->step()) {
        Event e;
        e.seq = stmt->int64(0);
        e.id = stmt->text(1);
        e.time = stmt->text(2);
        e.personId = stmt->text(3);
        e.kind = stmt->text(4);
        e.codec = stmt->text(5);
        e.stored = stmt->blob(6);
        e.prevHash = stmt->text(7);
        e.hash = stmt->text(8);
        if (!visit(e))
            return {};
    }
    if (stmt->error())
        return *stmt->error();
    return {};
}

Result<QList<Event>> EventLog::read(Database *db, qint64 fromSeq, int limit)
{
    QList<Event> events;
    const Status st = forEach(db, fromSeq, [&](const Event &e) {
        events.append(e);
        return limit <= 0 || events.size() < limit;
    });
    if (!st)
        return st.error();
    return events;
}

Result<LogVerification> EventLog::verify(Database *db)
{
    LogVerification v;
    QString prev = genesisHash();
    qint64 prevSeq = 0;
    const Status st = forEach(db, 0, [&](const Event &e) {
        ++v.events;
        if (e.prevHash != prev || e.seq != prevSeq + 1) {
            v.intact = false;
            v.badSeq = e.seq;
            v.badId = e.id;
            v.reason = Tr::tr("event #%1 does not follow event #%2: an event before it was removed"
                              " or altered")
                               .arg(e.seq)
                               .arg(prevSeq);
            return false;
        }
        const QString actual = computeHash(e.prevHash, e.id, e.time, e.personId, e.kind, e.codec,
                                           e.stored);
        if (actual != e.hash) {
            v.intact = false;
            v.badSeq = e.seq;
            v.badId = e.id;
            v.reason = Tr::tr("event #%1 (%2) was altered: its content does not match its hash")
                               .arg(e.seq)
                               .arg(e.kind);
            return false;
        }
        prev = e.hash;
        prevSeq = e.seq;
        return true;
    });
    if (!st)
        return st.error();
    if (!v.intact)
        return v;

    auto head = db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'log_head'"));
    if (!head)
        return head.error();
    if (head->step()) {
        const QString value = head->text(0);
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const qint64 headSeq = value.left(colon).toLongLong();
        const QString headHash = value.mid(colon + 1);
        if (headSeq != prevSeq || headHash != prev) {
            v.intact = false;
            v.badSeq = prevSeq + 1;
            v.reason = headSeq > prevSeq
                               ? Tr::tr("events after #%1 were removed (the log had %2 events)")
                                         .arg(prevSeq)
                                         .arg(headSeq)
                               : Tr::tr("the log's head does not match event #%1").arg(prevSeq);
        }
    } else if (v.events > 0) {
        v.intact = false;
        v.badSeq = 1;
        v.reason = Tr::tr("the log's head record is missing");
    }
    return v;
}

} // namespace assay::core::store
