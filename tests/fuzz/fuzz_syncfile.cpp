// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: an event file of a shared folder (events/<writer>/<n>.jsonl), which anyone
// who may write to the folder can write, read as a pull reads it: split into lines, each line
// decoded, its hash, payload hash and signature checked, an encrypted payload opened; and each
// line read as a push to a server reads its route.
//
// What must hold: the route reader and the line decoder refuse the same lines and agree on what
// they read; an event that is read encodes back to the same event; and the text its hash and
// signature cover has one reading (no field can spill into the next), so that no two events
// share a signature.
#include "core/identity/sealing.h"
#include "core/store/eventlog.h"
#include "core/sync/wireevent.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace assay;
using namespace assay::core;
using namespace assay::core::interchange::fuzz;

static bool sameEvent(const store::Event &a, const store::Event &b)
{
    return a.envelope == b.envelope && a.id == b.id && a.time == b.time && a.personId == b.personId
           && a.kind == b.kind && a.codec == b.codec && a.prevHash == b.prevHash && a.hash == b.hash
           && a.device == b.device && a.deviceSeq == b.deviceSeq && a.lamport == b.lamport
           && a.seen == b.seen && a.action == b.action && a.audience == b.audience
           && a.payloadHash == b.payloadHash && a.signer == b.signer && a.signature == b.signature
           && a.stored == b.stored;
}

// The envelope's text taken apart again: the fields must come back as they went in.
static void checkOneReading(const store::Event &e)
{
    const QList<QByteArray> lines = e.envelopeBytes().split('\n');
    ASSAY_FUZZ_CHECK(lines.size() == 16 && lines.last().isEmpty());
    ASSAY_FUZZ_CHECK(lines.at(0) == "assay-event-1");
    const QString fields[] = {e.id,
                              e.time,
                              e.device,
                              QString::number(e.deviceSeq),
                              e.prevHash,
                              {},
                              QString::number(e.lamport),
                              e.personId,
                              e.signer,
                              e.kind,
                              e.action,
                              e.audience,
                              e.codec,
                              e.payloadHash};
    for (int i = 0; i < 14; ++i) {
        if (i == 5) {
            const QString seen = QString::fromUtf8(lines.at(1 + i));
            const QStringList back = seen.isEmpty() ? QStringList{} : seen.split(QLatin1Char(','));
            ASSAY_FUZZ_CHECK(back == e.seen);
        } else {
            ASSAY_FUZZ_CHECK(QString::fromUtf8(lines.at(1 + i)) == fields[i]);
        }
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = bytes(data, size);
    QList<QByteArray> lines;
    if (!sync::eventFileLines(file, &lines)) {
        ASSAY_FUZZ_CHECK(file.isEmpty() || !file.endsWith('\n'));
        ASSAY_FUZZ_CHECK(lines.isEmpty());
        return 0;
    }
    qsizetype total = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        ASSAY_FUZZ_CHECK(!line.isEmpty() && !line.contains('\n'));
        total += line.size() + 1;
    }
    ASSAY_FUZZ_CHECK(total <= file.size());

    static const QByteArray key(32, '\x01');
    sync::WireRouteReader routes; // one reader for every line, as a push uses it
    for (const QByteArray &line : std::as_const(lines)) {
        const auto wire = sync::decodeWire(line);
        const auto route = routes.read(line);
        ASSAY_FUZZ_CHECK(bool(wire) == bool(route));
        if (!wire) {
            ASSAY_FUZZ_CHECK(!wire.error().message.isEmpty());
            continue;
        }
        const store::Event &e = wire->event;
        ASSAY_FUZZ_CHECK(route->device == e.device.toUtf8());
        ASSAY_FUZZ_CHECK(route->deviceSeq == e.deviceSeq);
        ASSAY_FUZZ_CHECK(route->hash == e.hash.toUtf8());
        ASSAY_FUZZ_CHECK(route->person == e.personId.toUtf8());
        ASSAY_FUZZ_CHECK(route->action == e.action.toUtf8());
        ASSAY_FUZZ_CHECK(route->audience == e.audience.toUtf8());
        ASSAY_FUZZ_CHECK(e.envelope == 0 || e.envelope == 1);
        ASSAY_FUZZ_CHECK(!e.id.isEmpty() && !e.hash.isEmpty() && !e.kind.isEmpty());
        ASSAY_FUZZ_CHECK(e.envelope == 0 || (!e.device.isEmpty() && e.deviceSeq >= 1));
        ASSAY_FUZZ_CHECK(e.deviceSeq >= 0 && e.lamport >= 0);

        // A copy passes on what it pulled: written again, the line reads the same.
        const QByteArray again = sync::encodeWire(e, true, wire->keyId, wire->box);
        ASSAY_FUZZ_CHECK(!again.contains('\n'));
        const auto back = sync::decodeWire(again);
        ASSAY_FUZZ_CHECK(back && sameEvent(back->event, e) && back->keyId == wire->keyId);
        ASSAY_FUZZ_CHECK(wire->keyId.isEmpty() || back->box == wire->box);

        // What a pull checks before it adds the event.
        if (e.envelope == 1)
            checkOneReading(e);
        store::Event checked = e;
        if (!wire->keyId.isEmpty()) {
            // Opened with a key that did not seal it: refused, never garbage.
            ASSAY_FUZZ_CHECK(!identity::decrypt(key, wire->box, e.hash.toLatin1()));
        }
        (void) store::EventLog::computeHash(checked);
        (void) checked.payloadMatches();
        if (checked.isSigned())
            (void) checked.signatureValid();
        if (!checked.stored.isEmpty())
            (void) checked.payload();
    }
    return 0;
}
