// SPDX-License-Identifier: Apache-2.0
// The lines of a shared folder's event files, which anyone who may write to the folder can
// write: the line decoder and the route reader refuse the same lines (what fuzz_syncfile
// found), counters that are no counters are refused, and no envelope field can hold text that
// would let another event share its signature.
#include "core/sync/wireevent.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace assay;
using namespace assay::core;

static store::Event sampleEvent()
{
    store::Event e;
    e.id = QStringLiteral("0f3c2a1b");
    e.time = QStringLiteral("2026-01-02T03:04:05.678Z");
    e.personId = QStringLiteral("p-alice");
    e.kind = QStringLiteral("annotation.saved");
    e.codec = QStringLiteral("json");
    e.stored = "{}";
    e.prevHash = QString(64, QLatin1Char('0'));
    e.hash = QString(64, QLatin1Char('a'));
    e.device = QStringLiteral("d-alice");
    e.deviceSeq = 3;
    e.lamport = 7;
    e.seen = {QString(64, QLatin1Char('b'))};
    e.action = QStringLiteral("annotate");
    e.audience = QStringLiteral("all");
    e.payloadHash = QString(64, QLatin1Char('c'));
    return e;
}

// The sample event's line with `field` written as the raw JSON `value` (removed when empty).
static QByteArray lineWith(const char *field, const QByteArray &value)
{
    QJsonObject o = QJsonDocument::fromJson(sync::encodeWire(sampleEvent(), true)).object();
    o.remove(QLatin1String(field));
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!value.isEmpty())
        line.insert(1, '"' + QByteArray(field) + "\":" + value + ',');
    return line;
}

class tst_WireEvent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decoderAndRouteReaderAgree_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("as written") << sync::encodeWire(sampleEvent(), true) << true;
        QTest::newRow("envelope only") << sync::encodeWire(sampleEvent(), false) << true;
        // An envelope number cut to an int was 1 for the route reader and refused by the
        // decoder: a server took a line every copy refuses.
        QTest::newRow("envelope 2^32 + 1") << lineWith("env", "4294967297") << false;
        QTest::newRow("envelope 2") << lineWith("env", "2") << false;
        QTest::newRow("envelope 1.0") << lineWith("env", "1.0") << true;
        // Counters beyond an integer's range were converted anyway (undefined behaviour).
        QTest::newRow("device seq 1e300") << lineWith("dseq", "1e300") << false;
        QTest::newRow("device seq 2^63") << lineWith("dseq", "9223372036854775808") << false;
        QTest::newRow("device seq 1.5") << lineWith("dseq", "1.5") << false;
        QTest::newRow("device seq as text") << lineWith("dseq", "\"3\"") << false;
        QTest::newRow("device seq 2^53") << lineWith("dseq", "9007199254740992") << true;
        QTest::newRow("lamport 1e300") << lineWith("lamport", "1e300") << false;
        QTest::newRow("lamport -1") << lineWith("lamport", "-1") << false;
        QTest::newRow("lamport as text") << lineWith("lamport", "\"7\"") << false;
        QTest::newRow("lamport absent") << lineWith("lamport", {}) << true;
        // Fields one a line, seen hashes joined by commas: what would shift a field into the
        // next, under the same signature.
        QTest::newRow("line break in id") << lineWith("id", "\"0f3c\\n2a1b\"") << false;
        QTest::newRow("line break in device") << lineWith("device", "\"d\\n1\"") << false;
        QTest::newRow("line break in time") << lineWith("time", "\"2026\\n01\"") << false;
        QTest::newRow("line break in signer") << lineWith("signer", "\"k\\n\"") << false;
        QTest::newRow("comma in a seen hash") << lineWith("seen", "[\"a,b\"]") << false;
        QTest::newRow("empty seen hash") << lineWith("seen", "[\"\"]") << false;
        QTest::newRow("seen hash not text") << lineWith("seen", "[5]") << false;
        QTest::newRow("seen not a list") << lineWith("seen", "5") << true;
        QTest::newRow("two seen hashes") << lineWith("seen", "[\"a\",\"b\"]") << true;
        QTest::newRow("lone low surrogate") << lineWith("person", "\"p\\udc00\"") << false;
        QTest::newRow("lone high surrogate") << lineWith("kind", "\"k\\ud800\"") << false;
        QTest::newRow("lone surrogate in time") << lineWith("time", "\"t\\ud800x\"") << false;
        QTest::newRow("surrogate pair") << lineWith("person", "\"p\\ud83d\\ude00\"") << true;
        QTest::newRow("time not text") << lineWith("time", "5") << true;
        QTest::newRow("no hash") << lineWith("hash", {}) << false;
        QTest::newRow("not JSON") << QByteArray("{\"env\":1,") << false;
    }

    void decoderAndRouteReaderAgree()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, accepted);
        const auto wire = sync::decodeWire(line);
        sync::WireRouteReader reader;
        const auto route = reader.read(line);
        QCOMPARE(bool(wire), accepted);
        QCOMPARE(bool(route), accepted);
        if (!accepted) {
            QCOMPARE(route.error().message, wire.error().message);
            return;
        }
        const store::Event &e = wire->event;
        QCOMPARE(route->device, e.device.toUtf8());
        QCOMPARE(route->deviceSeq, e.deviceSeq);
        QCOMPARE(route->hash, e.hash.toUtf8());
        QCOMPARE(route->person, e.personId.toUtf8());
        QCOMPARE(route->action, e.action.toUtf8());
        QCOMPARE(route->audience, e.audience.toUtf8());
        // Written again, the line reads the same.
        const auto again = sync::decodeWire(sync::encodeWire(e, true, wire->keyId, wire->box));
        ASSAY_VERIFY_RESULT(again);
        QCOMPARE(again->event.envelopeBytes(), e.envelopeBytes());
        QCOMPARE(again->event.stored, e.stored);
    }

    void eventFileLines_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::newRow("empty") << QByteArray() << false << QList<QByteArray>{};
        QTest::newRow("no last line break") << QByteArray("{}\n{") << false << QList<QByteArray>{};
        QTest::newRow("one line") << QByteArray("{}\n") << true << QList<QByteArray>{"{}"};
        QTest::newRow("empty lines skipped") << QByteArray("\n{\"a\":1}\n\n{}\n") << true
                                             << QList<QByteArray>{"{\"a\":1}", "{}"};
        QTest::newRow("only a line break") << QByteArray("\n") << true << QList<QByteArray>{};
    }

    void eventFileLines()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, whole);
        QFETCH(QList<QByteArray>, lines);
        QList<QByteArray> read;
        QCOMPARE(sync::eventFileLines(file, &read), whole);
        QCOMPARE(read, lines);
    }
};

QTEST_GUILESS_MAIN(tst_WireEvent)
#include "tst_wireevent.moc"
