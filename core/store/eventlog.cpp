// SPDX-License-Identifier: Apache-2.0
// Event log: signed envelopes on per-device hash chains, payload codecs, and verification.
#include "core/store/eventlog.h"
#include "core/base/tr.h"

#include "core/base/sha256.h"
#include "core/identity/keys.h"
#include "core/json/jsonwriter.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <zstd.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace assay::core::store {

static constexpr qsizetype s_compressAbove = 4096;

QString EventLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString EventLog::computeLegacyHash(const QString &prevHash, const Id &id, const QString &time,
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

QByteArray Event::envelopeBytes() const
{
    // One field a line, in a fixed order; no field can hold a line break (ids, hashes, names,
    // base64url), so the text has one reading.
    QByteArray out;
    out.reserve(512);
    auto line = [&out](const QString &field) {
        out += field.toUtf8();
        out += '\n';
    };
    out += "assay-event-1\n";
    line(id);
    line(time);
    line(device);
    line(QString::number(deviceSeq));
    line(prevHash);
    line(seen.join(QLatin1Char(',')));
    line(QString::number(lamport));
    line(personId);
    line(signer);
    line(kind);
    line(action);
    line(audience);
    line(codec);
    line(payloadHash);
    return out;
}

QString EventLog::computeHash(const Event &e)
{
    if (e.envelope == 0)
        return computeLegacyHash(e.prevHash, e.id, e.time, e.personId, e.kind, e.codec, e.stored);
    return QString::fromLatin1(sha256Hex(e.envelopeBytes()));
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

// What the zstd frames of `data`, one after another, hold in all, as their headers say;
// ZSTD_CONTENTSIZE_ERROR when one is malformed or does not say.
static unsigned long long framesContentSize(const char *data, size_t size)
{
    unsigned long long total = 0;
    while (size > 0) {
        const size_t frame = ZSTD_findFrameCompressedSize(data, size);
        if (ZSTD_isError(frame))
            return ZSTD_CONTENTSIZE_ERROR;
        const unsigned long long content = ZSTD_getFrameContentSize(data, frame);
        if (content == ZSTD_CONTENTSIZE_ERROR || content == ZSTD_CONTENTSIZE_UNKNOWN
            || content > (1ull << 40))
            return ZSTD_CONTENTSIZE_ERROR;
        total += content;
        data += frame;
        size -= frame;
    }
    return total;
}

Result<QByteArray> Event::payloadJson() const
{
    QByteArray json;
    if (codec == QLatin1String("json")) {
        json = stored;
    } else if (codec == QLatin1String("zstd+json")) {
        // One frame, or several one after another (a bulk payload whose parts were compressed
        // apart, see BulkHint::storedPayload): the sizes their headers give, added up.
        const unsigned long long size = framesContentSize(stored.constData(), size_t(stored.size()));
        // A zstd block holds at most 128 KiB and takes at least 4 bytes (an RLE block), so
        // frames never expand more than 32768-fold: headers claiming more lie, and are refused
        // before their claim is allocated (a few bytes must not cost gigabytes).
        const unsigned long long mostPossible = (unsigned long long) (stored.size()) * 32768u
                                                + (1u << 17);
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN
            || size > (1ull << 34) || size > mostPossible) {
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

bool Event::payloadMatches() const
{
    if (payloadAbsent())
        return true; // nothing to compare: the envelope's hash covers the payload's hash
    return QString::fromLatin1(sha256Hex(stored)) == payloadHash;
}

bool Event::signatureValid() const
{
    return identity::verify(identity::signingKeyFromSignerText(signer), envelopeBytes(), signature);
}

Result<Event> EventLog::begin(Database *db, const Author &author, const EventDraft &draft)
{
    Event event;
    event.id = newId();
    event.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    event.personId = author.personId;
    event.kind = draft.kind;
    event.action = draft.action;
    event.audience = draft.audience.isEmpty() ? QStringLiteral("all") : draft.audience;
    event.device = author.device;

    // Two subqueries: SQLite answers a lone MAX from an index, but scans for two in one query.
    ASSAY_STMT(last, "SELECT (SELECT MAX(seq) FROM events), (SELECT MAX(lamport) FROM events)");
    if (last.step()) {
        event.seq = last.int64(0) + 1;
        event.lamport = last.int64(1) + 1;
    }
    last.reset();
    ASSAY_STMT(head, "SELECT head_seq, head_hash FROM devices WHERE id = ?1");
    head.bind(1, author.device);
    if (head.step()) {
        event.deviceSeq = head.int64(0) + 1;
        event.prevHash = head.text(1);
    } else {
        event.deviceSeq = 1;
        event.prevHash = genesisHash();
    }
    head.reset();
    // The causal links: other devices' newest events this device has not pointed at yet.
    ASSAY_STMT(others, "SELECT d.head_hash FROM devices d LEFT JOIN device_seen s"
                       " ON s.device = ?1 AND s.other = d.id"
                       " WHERE d.id != ?1 AND (s.hash IS NULL OR s.hash != d.head_hash)"
                       " ORDER BY d.head_hash");
    others.bind(1, author.device);
    while (others.step())
        event.seen.append(others.text(0));
    others.reset();
    if (last.error())
        return *last.error();
    if (head.error())
        return *head.error();
    if (others.error())
        return *others.error();
    return event;
}

void EventLog::seal(Event *event, const EventDraft &draft, const identity::SecretKeys *keys)
{
    if (draft.json.isEmpty()) {
        encodePayload(draft.payload, &event->codec, &event->stored);
    } else if (const QByteArray stored = draft.hint ? draft.hint->storedPayload() : QByteArray();
               !stored.isEmpty()) {
        event->codec = QStringLiteral("zstd+json");
        event->stored = stored;
    } else {
        encodePayload(draft.json, &event->codec, &event->stored);
    }
    event->envelope = 1;
    event->payloadHash = QString::fromLatin1(sha256Hex(event->stored));
    event->signer = keys ? keys->publicKeys().signerText() : QString();
    const QByteArray envelope = event->envelopeBytes();
    event->hash = QString::fromLatin1(sha256Hex(envelope));
    event->signature = keys ? keys->sign(envelope) : QByteArray();
}

std::vector<EventLog::Frame> EventLog::framesKeptApart(const QString &codec,
                                                       const QByteArray &stored)
{
    std::vector<Frame> frames;
    if (codec != QLatin1String("zstd+json"))
        return frames;
    const char *data = stored.constData();
    size_t left = size_t(stored.size());
    while (left > 0) {
        const size_t size = ZSTD_findFrameCompressedSize(data, left);
        if (ZSTD_isError(size))
            return {}; // damaged: kept as it came, for verify to report
        const unsigned long long content = ZSTD_getFrameContentSize(data, size);
        if (content == ZSTD_CONTENTSIZE_ERROR || content == ZSTD_CONTENTSIZE_UNKNOWN
            || content > (1ull << 40))
            return {};
        frames.push_back({qsizetype(data - stored.constData()), qsizetype(size), qint64(content)});
        data += size;
        left -= size;
    }
    if (frames.size() < 3)
        frames.clear();
    return frames;
}

// The payload's first frame, for the events row: all of it when it is kept whole.
static QByteArray payloadHead(const QByteArray &stored, const std::vector<EventLog::Frame> &frames)
{
    return frames.empty() ? stored : QByteArray::fromRawData(stored.constData(), frames[0].size);
}

// The frames after the first, as the parts of event `seq` (its row written already).
static Status insertParts(Database *db, qint64 seq, const QByteArray &stored,
                          const std::vector<EventLog::Frame> &frames)
{
    ASSAY_STMT(part, "INSERT INTO event_parts (event_seq, part, data) VALUES (?1, ?2, ?3)");
    for (size_t k = 1; k < frames.size(); ++k) {
        const QByteArray data = QByteArray::fromRawData(stored.constData() + frames[k].offset,
                                                        frames[k].size);
        part.bind(1, seq).bind(2, qint64(k)).bindStatic(3, data);
        ASSAY_TRY(part.exec());
    }
    return {};
}

Status EventLog::fillPayload(Database *db, const Event &event)
{
    ASSAY_STMT(find, "SELECT seq FROM events WHERE device = ?1 AND device_seq = ?2");
    find.bind(1, event.device).bind(2, event.deviceSeq);
    if (!find.step()) {
        if (find.error())
            return *find.error();
        return makeError(ErrorCode::NotFound, Tr::tr("no event %1").arg(event.id), db->path());
    }
    const qint64 seq = find.int64(0);
    find.reset();
    const std::vector<Frame> frames = framesKeptApart(event.codec, event.stored);
    ASSAY_STMT(clear, "DELETE FROM event_parts WHERE event_seq = ?1");
    clear.bind(1, seq);
    ASSAY_TRY(clear.exec());
    ASSAY_STMT(fill, "UPDATE events SET payload = ?1, codec = ?2, parts = ?3 WHERE seq = ?4");
    fill.bindStatic(1, payloadHead(event.stored, frames)).bind(2, event.codec);
    fill.bind(3, qint64(frames.empty() ? 0 : frames.size() - 1)).bind(4, seq);
    ASSAY_TRY(fill.exec());
    return insertParts(db, seq, event.stored, frames);
}

Status EventLog::insert(Database *db, const Event &event)
{
    ASSAY_STMT(insert, "INSERT INTO events (seq, id, time, person_id, kind, codec, payload,"
                       " prev_hash, hash, envelope, device, device_seq, lamport, seen, action,"
                       " audience, payload_hash, signer, signature, parts) VALUES (?1, ?2, ?3,"
                       " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,"
                       " ?20)");
    const std::vector<Frame> frames = framesKeptApart(event.codec, event.stored);
    const QByteArray head = payloadHead(event.stored, frames);
    insert.bind(1, event.seq).bind(2, event.id).bind(3, event.time).bind(4, event.personId);
    insert.bind(5, event.kind).bind(6, event.codec).bindStatic(7, head);
    insert.bind(20, qint64(frames.empty() ? 0 : frames.size() - 1));
    insert.bind(8, event.prevHash).bind(9, event.hash).bind(10, event.envelope);
    insert.bind(11, event.device).bind(12, event.deviceSeq).bind(13, event.lamport);
    insert.bind(14, event.seen.join(QLatin1Char(','))).bind(15, event.action);
    insert.bind(16, event.audience).bind(17, event.payloadHash).bind(18, event.signer);
    if (event.signature.isEmpty())
        insert.bindNull(19);
    else
        insert.bind(19, event.signature);
    ASSAY_TRY(insert.exec());
    ASSAY_TRY(insertParts(db, event.seq, event.stored, frames)); // after the row they refer to

    // Each device's head is also kept apart from the events, so that removing a device's
    // newest events (which no later event points to) is seen too.
    ASSAY_STMT(setHead, "INSERT INTO devices (id, head_seq, head_hash) VALUES (?1, ?2, ?3)"
                        " ON CONFLICT(id) DO UPDATE SET head_seq = excluded.head_seq,"
                        " head_hash = excluded.head_hash");
    setHead.bind(1, event.device).bind(2, event.deviceSeq).bind(3, event.hash);
    ASSAY_TRY(setHead.exec());
    for (const QString &seenHash : event.seen) {
        ASSAY_STMT(seen, "INSERT INTO device_seen (device, other, hash)"
                         " SELECT ?1, device, hash FROM events WHERE hash = ?2"
                         " ON CONFLICT(device, other) DO UPDATE SET hash = excluded.hash");
        seen.bind(1, event.device).bind(2, seenHash);
        ASSAY_TRY(seen.exec());
    }
    return {};
}

Result<Event> EventLog::append(Database *db, const Author &author, const EventDraft &draft)
{
    auto event = begin(db, author, draft);
    if (!event)
        return event.error();
    seal(&*event, draft, author.keys);
    ASSAY_TRY(insert(db, *event));
    return event;
}

static const char s_columns[] = "seq, id, time, person_id, kind, codec, payload, prev_hash, hash,"
                                " envelope, device, device_seq, lamport, seen, action, audience,"
                                " payload_hash, signer, signature, parts";

// The frames kept apart put back after the first (framesKeptApart). Parts missing leave the
// payload short, which its hash then tells.
static void appendParts(Database *db, Event *e, qint64 parts)
{
    auto s = db->cached("SELECT data FROM event_parts WHERE event_seq = ?1 ORDER BY part");
    if (!s)
        return;
    Statement &read = **s;
    read.bind(1, e->seq);
    QList<QByteArray> frames;
    qsizetype bytes = e->stored.size();
    while (read.step() && frames.size() < parts) {
        frames.append(read.blob(0));
        bytes += frames.back().size();
    }
    read.reset();
    e->stored.reserve(bytes);
    for (const QByteArray &f : std::as_const(frames))
        e->stored.append(f);
}

static Event eventFrom(Database *db, const Statement &s)
{
    Event e;
    e.seq = s.int64(0);
    e.id = s.text(1);
    e.time = s.text(2);
    e.personId = s.text(3);
    e.kind = s.text(4);
    e.codec = s.text(5);
    e.stored = s.blob(6);
    e.prevHash = s.text(7);
    e.hash = s.text(8);
    e.envelope = s.int32(9);
    e.device = s.text(10);
    e.deviceSeq = s.int64(11);
    e.lamport = s.int64(12);
    const QString seen = s.text(13);
    if (!seen.isEmpty())
        e.seen = seen.split(QLatin1Char(','));
    e.action = s.text(14);
    e.audience = s.text(15);
    e.payloadHash = s.text(16);
    e.signer = s.text(17);
    e.signature = s.isNull(18) ? QByteArray() : s.blob(18);
    if (const qint64 parts = s.int64(19); parts > 0)
        appendParts(db, &e, parts);
    return e;
}

static Status visitAll(Database *db, Statement &stmt,
                       const std::function<bool(const Event &)> &visit)
{
    while (stmt.step()) {
        if (!visit(eventFrom(db, stmt)))
            return {};
    }
    if (stmt.error())
        return *stmt.error();
    return {};
}

Status EventLog::forEach(Database *db, qint64 fromSeq,
                         const std::function<bool(const Event &)> &visit)
{
    auto stmt = db->prepare(QStringLiteral("SELECT %1 FROM events WHERE seq >= ?1 ORDER BY seq")
                                    .arg(QLatin1String(s_columns)));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fromSeq);
    return visitAll(db, *stmt, visit);
}

Status EventLog::forEachInOrder(Database *db, const std::function<bool(const Event &)> &visit)
{
    auto stmt = db->prepare(QStringLiteral("SELECT %1 FROM events ORDER BY lamport, hash")
                                    .arg(QLatin1String(s_columns)));
    if (!stmt)
        return stmt.error();
    return visitAll(db, *stmt, visit);
}

Result<Event> EventLog::byId(Database *db, const Id &id)
{
    auto s = db->prepare(
            QStringLiteral("SELECT %1 FROM events WHERE id = ?1").arg(QLatin1String(s_columns)));
    if (!s)
        return s.error();
    s->bind(1, id);
    if (!s->step()) {
        if (s->error())
            return *s->error();
        return makeError(ErrorCode::NotFound, Tr::tr("no event %1").arg(id), db->path());
    }
    return eventFrom(db, *s);
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

namespace {

// What the parallel part of verification finds out about one event.
struct Checked
{
    Event event;
    QString hash;          // recomputed
    bool payloadOk = true; // the payload hash matches (envelope 1)
    bool checkSignature = false;
    bool signatureOk = true;
};

// Runs f(i) for i in [0, n) on every core.
template<typename F>
void parallelFor(qsizetype n, F f)
{
    const int threads = int(std::max(1u, std::min(std::thread::hardware_concurrency(), 16u)));
    if (threads == 1 || n < 256) {
        for (qsizetype i = 0; i < n; ++i)
            f(i);
        return;
    }
    std::atomic<qsizetype> next{0};
    std::vector<std::jthread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (;;) {
                const qsizetype begin = next.fetch_add(64);
                if (begin >= n)
                    return;
                for (qsizetype i = begin; i < std::min(n, begin + 64); ++i)
                    f(i);
            }
        });
    }
}

// Walks each device's chain in order and keeps the first problem of each.
class ChainWalker
{
public:
    ChainWalker(LogVerification *result, QString legacyDevice)
        : m_result(result)
        , m_legacyDevice(std::move(legacyDevice))
    {}

    void visit(const Checked &c)
    {
        const Event &e = c.event;
        Chain &chain = m_chains[e.device];
        if (chain.failed)
            return;
        if (e.deviceSeq != chain.lastSeq + 1 || e.prevHash != chain.lastHash) {
            fail(chain, e,
                 chain.lastSeq == 0 && e.deviceSeq != 1
                         ? Tr::tr("event #%1 is not the first of its device: the events before it"
                                  " were removed")
                                   .arg(e.seq)
                         : Tr::tr("event #%1 does not follow the event before it on its device:"
                                  " an event between them was removed or altered")
                                   .arg(e.seq));
            return;
        }
        if (c.hash != e.hash) {
            fail(chain, e,
                 Tr::tr("event #%1 (%2) was altered: its content does not match its hash")
                         .arg(e.seq)
                         .arg(e.kind));
            return;
        }
        if (e.envelope == 0) {
            if (e.device != m_legacyDevice || chain.sawSigned) {
                fail(chain, e,
                     Tr::tr("event #%1 (%2) claims to be from before schema 6, but is not on that"
                            " schema's chain")
                             .arg(e.seq)
                             .arg(e.kind));
                return;
            }
            ++m_result->legacyEvents;
        } else {
            chain.sawSigned = true;
            if (!c.payloadOk) {
                fail(chain, e,
                     Tr::tr("event #%1 (%2) was altered: its payload does not match the hash in"
                            " its envelope")
                             .arg(e.seq)
                             .arg(e.kind));
                return;
            }
            if (!e.isSigned())
                ++m_result->unsignedEvents;
            if (e.payloadAbsent())
                ++m_result->payloadsAbsent;
            if (c.checkSignature) {
                ++m_result->signaturesChecked;
                if (!c.signatureOk) {
                    m_signatureFailed = true;
                    fail(chain, e,
                         Tr::tr("event #%1 (%2) carries a signature that is not its signer's: the"
                                " event or the events before it on its device were rewritten")
                                 .arg(e.seq)
                                 .arg(e.kind));
                    return;
                }
            }
        }
        chain.lastSeq = e.deviceSeq;
        chain.lastHash = e.hash;
        chain.lastLocalSeq = e.seq;
    }

    // The device's head as kept apart: its chain must end there.
    void checkHead(const QString &device, qint64 headSeq, const QString &headHash)
    {
        Chain &chain = m_chains[device];
        chain.hasHead = true;
        if (chain.failed)
            return;
        ChainProblem p;
        p.device = device;
        if (chain.lastSeq == 0 && headSeq > 0) {
            p.deviceSeq = 1;
            p.reason = Tr::tr("the events of device %1 were removed (it had %2)")
                               .arg(device.left(8))
                               .arg(headSeq);
            add(p);
        } else if (headSeq != chain.lastSeq || headHash != chain.lastHash) {
            p.deviceSeq = chain.lastSeq + 1;
            p.seq = chain.lastLocalSeq + 1;
            p.reason = headSeq > chain.lastSeq
                               ? Tr::tr("events after #%1 were removed (its device had %2 events)")
                                         .arg(chain.lastLocalSeq)
                                         .arg(headSeq)
                               : Tr::tr("the log's head does not match event #%1")
                                         .arg(chain.lastLocalSeq);
            add(p);
        }
    }

    // Devices with events but no head: the heads were edited.
    void checkEveryChainHasAHead()
    {
        for (auto it = m_chains.cbegin(); it != m_chains.cend(); ++it) {
            if (it->hasHead || it->failed)
                continue;
            ChainProblem p;
            p.device = it.key();
            p.seq = 1;
            p.reason = Tr::tr("the log's head record of device %1 is missing").arg(it.key().left(8));
            add(p);
        }
    }

    bool signatureFailed() const { return m_signatureFailed; }

    void add(const ChainProblem &p)
    {
        m_result->problems.append(p);
        if (m_result->intact) {
            m_result->intact = false;
            m_result->badSeq = p.seq;
            m_result->badId = p.eventId;
            m_result->reason = p.reason;
        }
    }

private:
    struct Chain
    {
        qint64 lastSeq = 0;
        qint64 lastLocalSeq = 0;
        QString lastHash = EventLog::genesisHash();
        bool failed = false;
        bool sawSigned = false;
        bool hasHead = false;
    };

    void fail(Chain &chain, const Event &e, const QString &reason)
    {
        ChainProblem p;
        p.device = e.device;
        p.seq = e.seq;
        p.deviceSeq = e.deviceSeq;
        p.eventId = e.id;
        p.personId = e.personId;
        p.reason = reason;
        add(p);
        chain.failed = true;
    }

    LogVerification *m_result;
    QString m_legacyDevice;
    QHash<QString, Chain> m_chains;
    bool m_signatureFailed = false;
};

} // namespace

static Result<LogVerification> verifyPass(Database *db, const EventLog::VerifyOptions &options,
                                          bool *signatureFailed);

Result<LogVerification> EventLog::verify(Database *db, const VerifyOptions &options)
{
    bool signatureFailed = false;
    auto v = verifyPass(db, options, &signatureFailed);
    // A run's last signature failed: check every signature, to name the first event rewritten.
    if (v && signatureFailed && !options.allSignatures) {
        VerifyOptions all = options;
        all.allSignatures = true;
        return verifyPass(db, all, &signatureFailed);
    }
    return v;
}

static Result<LogVerification> verifyPass(Database *db, const EventLog::VerifyOptions &options,
                                          bool *signatureFailed)
{
    ASSAY_TRY(identity::initialiseCrypto());
    LogVerification v;
    auto total = db->queryInt(QStringLiteral("SELECT COUNT(*) FROM events"));
    if (!total)
        return total.error();
    QString legacyDevice;
    {
        auto s = db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'legacy_device'"));
        if (!s)
            return s.error();
        if (s->step())
            legacyDevice = s->text(0);
    }
    // The heads kept apart, per device.
    QList<std::pair<QString, std::pair<qint64, QString>>> heads;
    {
        auto s = db->prepare(QStringLiteral("SELECT id, head_seq, head_hash FROM devices"
                                            " ORDER BY id"));
        if (!s)
            return s.error();
        while (s->step())
            heads.append({s->text(0), {s->int64(1), s->text(2)}});
        if (s->error())
            return *s->error();
    }
    ChainWalker walker(&v, legacyDevice);
    QStringList seenHashes;
    auto stmt = db->prepare(QStringLiteral("SELECT %1 FROM events ORDER BY device, device_seq")
                                    .arg(QLatin1String(s_columns)));
    if (!stmt)
        return stmt.error();

    // In batches: read, check hashes and signatures on every core, then walk the chains.
    // The last event of a batch waits for the next one, which tells whether it ends a run.
    constexpr qsizetype batchSize = 32768;
    std::vector<Checked> batch;
    batch.reserve(batchSize + 1);
    bool more = true;
    while (more) {
        std::vector<Checked> carried;
        if (!batch.empty())
            carried.push_back(std::move(batch.back()));
        batch = std::move(carried);
        while (qsizetype(batch.size()) < batchSize + 1) {
            if (!stmt->step()) {
                more = false;
                break;
            }
            batch.push_back(Checked{eventFrom(db, *stmt), {}, true, false, true});
        }
        if (stmt->error())
            return *stmt->error();
        // Which signatures to check: every one, or the last of each run of one signer's
        // events on one device. The last event of the batch is decided with the next batch.
        const qsizetype decided = more ? qsizetype(batch.size()) - 1 : qsizetype(batch.size());
        for (qsizetype i = 0; i < decided; ++i) {
            Checked &c = batch[size_t(i)];
            if (c.event.envelope == 0 || !c.event.isSigned())
                continue;
            const bool lastOfRun = i + 1 >= qsizetype(batch.size())
                                   || batch[size_t(i + 1)].event.device != c.event.device
                                   || batch[size_t(i + 1)].event.signer != c.event.signer;
            c.checkSignature = options.allSignatures || lastOfRun;
        }
        parallelFor(decided, [&](qsizetype i) {
            Checked &c = batch[size_t(i)];
            c.hash = EventLog::computeHash(c.event);
            if (c.event.envelope != 0) {
                c.payloadOk = c.event.payloadMatches();
                if (c.checkSignature)
                    c.signatureOk = c.event.signatureValid();
            }
        });
        for (qsizetype i = 0; i < decided; ++i) {
            const Checked &c = batch[size_t(i)];
            walker.visit(c);
            for (const QString &h : c.event.seen)
                seenHashes.append(h);
            ++v.events;
        }
        if (options.progress)
            options.progress(v.events, *total);
        if (!more)
            batch.clear();
    }
    *signatureFailed = walker.signatureFailed();
    for (const auto &[device, head] : std::as_const(heads))
        walker.checkHead(device, head.first, head.second);
    walker.checkEveryChainHasAHead();
    v.devices = heads.size();
    // Every event that another device had seen must be here: a device's chain cannot be taken
    // out while others point into it.
    auto find = db->prepare(QStringLiteral("SELECT 1 FROM events WHERE hash = ?1"));
    if (!find)
        return find.error();
    seenHashes.removeDuplicates();
    for (const QString &h : std::as_const(seenHashes)) {
        find->bind(1, h);
        const bool present = find->step();
        find->reset();
        if (!present) {
            ChainProblem p;
            p.reason = Tr::tr("an event that another device had seen (%1) is missing: a device's"
                              " events were removed")
                               .arg(h.left(12));
            walker.add(p);
        }
    }
    return v;
}

} // namespace assay::core::store
