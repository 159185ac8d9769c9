// SPDX-License-Identifier: Apache-2.0
#include "core/sync/wireevent.h"
#include "core/base/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <cmath>
#include <string>

namespace assay::core::sync {

static QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray encodeWire(const store::Event &e, bool withPayload, const QString &keyId,
                      const QByteArray &box)
{
    QJsonObject o{{QStringLiteral("env"), e.envelope},
                  {QStringLiteral("id"), e.id},
                  {QStringLiteral("time"), e.time},
                  {QStringLiteral("person"), e.personId},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("codec"), e.codec},
                  {QStringLiteral("prev"), e.prevHash},
                  {QStringLiteral("hash"), e.hash},
                  {QStringLiteral("device"), e.device},
                  {QStringLiteral("dseq"), double(e.deviceSeq)},
                  {QStringLiteral("lamport"), double(e.lamport)},
                  {QStringLiteral("seen"), QJsonArray::fromStringList(e.seen)},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("audience"), e.audience},
                  {QStringLiteral("phash"), e.payloadHash},
                  {QStringLiteral("signer"), e.signer},
                  {QStringLiteral("sig"), b64(e.signature)}};
    if (!keyId.isEmpty()) {
        o.insert(QStringLiteral("key"), keyId);
        o.insert(QStringLiteral("box"), b64(box));
    } else if (withPayload) {
        o.insert(QStringLiteral("payload"), b64(e.stored));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The envelope's counters travel as JSON numbers (doubles): a whole number up to 2^53 comes back
// exact; anything else (a fraction, a negative number, 1e300) is no counter any writer made, and
// converting one beyond an integer's range would be undefined.
static constexpr double s_maxCounter = 9007199254740992.0; // 2^53

static bool counterOf(double v, qint64 *out)
{
    if (!(v >= 0 && v <= s_maxCounter) || std::floor(v) != v)
        return false;
    *out = qint64(v);
    return true;
}

// A counter that is absent reads as 0, as before; one that is present must be a counter.
static bool counterOf(const QJsonValue &v, qint64 *out)
{
    if (v.isUndefined()) {
        *out = 0;
        return true;
    }
    return v.isDouble() && counterOf(v.toDouble(), out);
}

// The hash and the signature cover the envelope's fields one a line, and the seen hashes joined
// by commas (Event::envelopeBytes): a field holding a line break, a seen hash holding a comma or
// empty, or text that is not Unicode (a lone surrogate, which UTF-8 cannot carry) would let
// another event share that text, and so the signature. No writer makes such a field.
static bool envelopeText(const QString &field)
{
    return !field.contains(QLatin1Char('\n')) && QStringView(field).isValidUtf16();
}

static bool envelopeTextOf(const store::Event &e)
{
    for (const QString *field : {&e.id, &e.time, &e.device, &e.prevHash, &e.personId, &e.signer,
                                 &e.kind, &e.action, &e.audience, &e.codec, &e.payloadHash}) {
        if (!envelopeText(*field))
            return false;
    }
    for (const QString &hash : e.seen) {
        if (hash.isEmpty() || hash.contains(QLatin1Char(',')) || !envelopeText(hash))
            return false;
    }
    return true;
}

// The same on simdjson's UTF-8 (a string it gives back is not always valid UTF-8: a lone
// surrogate escape comes out as its three bytes).
static bool envelopeText(std::string_view field)
{
    return field.find('\n') == std::string_view::npos
           && simdjson::validate_utf8(field.data(), field.size());
}

Result<WireEvent> decodeWire(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidInput, Tr::tr("not an event line (%1 at byte %2)")
                                                          .arg(error.errorString())
                                                          .arg(error.offset));
    const QJsonObject o = doc.object();
    WireEvent w;
    store::Event &e = w.event;
    auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    e.envelope = o.value(QLatin1String("env")).toInt(-1);
    e.id = text("id");
    e.time = text("time");
    e.personId = text("person");
    e.kind = text("kind");
    e.codec = text("codec");
    e.prevHash = text("prev");
    e.hash = text("hash");
    e.device = text("device");
    if (!counterOf(o.value(QLatin1String("dseq")), &e.deviceSeq)
        || !counterOf(o.value(QLatin1String("lamport")), &e.lamport))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("an event line whose counters are not whole numbers"));
    for (const QJsonValue &v : o.value(QLatin1String("seen")).toArray())
        e.seen.append(v.toString());
    e.action = text("action");
    e.audience = text("audience");
    e.payloadHash = text("phash");
    e.signer = text("signer");
    e.signature = QByteArray::fromBase64(text("sig").toLatin1());
    if (o.contains(QLatin1String("key"))) {
        w.keyId = text("key");
        w.box = QByteArray::fromBase64(text("box").toLatin1());
    } else {
        e.stored = QByteArray::fromBase64(text("payload").toLatin1());
    }
    if ((e.envelope != 0 && e.envelope != 1) || e.id.isEmpty() || e.hash.isEmpty()
        || e.kind.isEmpty() || (e.envelope == 1 && (e.device.isEmpty() || e.deviceSeq < 1)))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("an event line without its envelope's fields"));
    if (!envelopeTextOf(e))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("an event line whose envelope's fields hold line breaks or"
                                " text that is not Unicode"));
    return w;
}

bool eventFileLines(const QByteArray &bytes, QList<QByteArray> *lines)
{
    // Written whole and renamed: a file without its last line break was cut short on its way
    // here (a sync tool still copying it).
    if (bytes.isEmpty() || !bytes.endsWith('\n'))
        return false;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end > start)
            lines->append(bytes.mid(start, end - start));
        start = end + 1;
    }
    return true;
}

struct WireRouteReader::Private
{
    simdjson::dom::parser parser; // validates the whole line, as QJsonDocument would
    std::string buffer;           // the line, padded as simdjson reads past its end
};

WireRouteReader::WireRouteReader()
    : d(std::make_unique<Private>())
{}

WireRouteReader::~WireRouteReader() = default;

static QByteArray bytesOf(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

Result<WireRoute> WireRouteReader::read(const QByteArray &line)
{
    using namespace simdjson;
    d->buffer.assign(line.constData(), size_t(line.size()));
    d->buffer.append(SIMDJSON_PADDING, '\0');
    WireRoute r;
    int envelope = -1;
    bool hasId = false, hasKind = false, fast = true;
    unsigned seen = 0; // each field once: a repeated one is left to the slow reader
    dom::element doc;
    dom::object o;
    if (d->parser.parse(d->buffer.data(), size_t(line.size()), false).get(doc)
        || doc.get_object().get(o)) {
        fast = false;
    } else {
        for (const dom::key_value_pair field : o) {
            const std::string_view key = field.key;
            const dom::element v = field.value;
            std::string_view text;
            const auto str = [&](QByteArray *out) {
                if (v.get_string().get(text) || !envelopeText(text))
                    return false;
                *out = bytesOf(text);
                return true;
            };
            static constexpr std::string_view keys[] = {"device", "dseq",     "hash",   "person",
                                                        "action", "audience", "env",    "id",
                                                        "kind",   "lamport",  "time",   "prev",
                                                        "codec",  "phash",    "signer", "seen"};
            int which = -1;
            for (int k = 0; k < int(std::size(keys)); ++k) {
                if (key == keys[k]) {
                    which = k;
                    break;
                }
            }
            if (which < 0)
                continue;
            if (seen & (1u << which)) {
                fast = false;
                break;
            }
            seen |= 1u << which;
            bool ok = true;
            switch (which) {
            case 0: ok = str(&r.device); break;
            case 1:
            case 9: {
                // Read as decodeWire reads them, so that both refuse the same lines.
                double number = 0;
                qint64 counter = 0;
                ok = !v.get_double().get(number) && counterOf(number, &counter);
                if (which == 1)
                    r.deviceSeq = counter;
                break;
            }
            case 2: ok = str(&r.hash); break;
            case 3: ok = str(&r.person); break;
            case 4: ok = str(&r.action); break;
            case 5: ok = str(&r.audience); break;
            case 6: {
                // A number that is not 0 or 1 is refused; cutting it to an int first would make
                // 4294967297 an envelope 1.
                int64_t e = -1;
                ok = !v.get_int64().get(e) && (e == 0 || e == 1);
                envelope = int(e);
                break;
            }
            case 7:
                ok = !v.get_string().get(text) && envelopeText(text);
                hasId = ok && !text.empty();
                break;
            case 8:
                ok = !v.get_string().get(text) && envelopeText(text);
                hasKind = ok && !text.empty();
                break;
            case 15: {
                // The seen hashes: decodeWire reads a value that is not a list as none.
                dom::array hashes;
                if (v.get_array().get(hashes))
                    break;
                for (const dom::element h : hashes) {
                    if (h.get_string().get(text) || text.empty()
                        || text.find(',') != std::string_view::npos || !envelopeText(text)) {
                        ok = false;
                        break;
                    }
                }
                break;
            }
            default:
                // The envelope's other text; decodeWire reads a value that is not text as "".
                if (!v.get_string().get(text))
                    ok = envelopeText(text);
                break;
            }
            if (!ok) {
                fast = false;
                break;
            }
        }
    }
    if (fast && (envelope == 0 || envelope == 1) && hasId && hasKind && !r.hash.isEmpty()
        && (envelope == 0 || (!r.device.isEmpty() && r.deviceSeq >= 1)))
        return r;
    // The slow reader has the last word, and the words for what is wrong.
    auto w = decodeWire(line);
    if (!w)
        return w.error();
    const store::Event &e = w->event;
    return WireRoute{e.device.toUtf8(),   e.deviceSeq,       e.hash.toUtf8(),
                     e.personId.toUtf8(), e.action.toUtf8(), e.audience.toUtf8()};
}

} // namespace assay::core::sync
