// SPDX-License-Identifier: Apache-2.0
#include "core/sync/wireevent.h"
#include "core/base/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    e.deviceSeq = qint64(o.value(QLatin1String("dseq")).toDouble());
    e.lamport = qint64(o.value(QLatin1String("lamport")).toDouble());
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
    return w;
}

} // namespace assay::core::sync
