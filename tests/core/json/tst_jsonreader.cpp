// SPDX-License-Identifier: Apache-2.0
// The JSON stream reader: values as Qt reads them, strict refusals, windows, lines and columns.
#include "core/json/jsonstreamreader.h"
#include "tests/testutil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <random>

using namespace assay::core::json;

// Reads one whole text as a QJsonValue: Ok, or GiveUp for anything it does not take.
static Step readValue(JsonStreamReader &reader, QJsonValue *out)
{
    const char *p = nullptr;
    Step step = reader.unit(p, [&](const char *&q) {
        q = reader.space(q);
        return reader.qjsonValue(q, 0, out);
    });
    if (step != Step::Ok)
        return step;
    return reader.unit(p, [&](const char *&q) {
        q = reader.space(q);
        return reader.atEnd(q) ? Step::Ok : reader.fail(q);
    });
}

static Step readText(const QByteArray &text, QJsonValue *out)
{
    JsonStreamReader reader(text.constData(), text.size());
    return readValue(reader, out);
}

class tst_JsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLikeQt_data();
    void readsLikeQt();
    void refusesWhatIsNotStrictJson_data();
    void refusesWhatIsNotStrictJson();
    void numbersAreExact();
    void largeTextThroughADevice();
    void objectsOfAKnownShape();
    void positionsCountLinesAndBytes();
};

void tst_JsonReader::readsLikeQt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})");
    QTest::newRow("array") << QByteArray(" [1, -2.5, 3e2, 0.1, -0, 1E-3] \n");
    QTest::newRow("escapes") << QByteArray(R"(["a\"b\\c\/d\n\r\t\b\f", "\u00e9\u20ac", "\u0041"])");
    QTest::newRow("utf-8") << QByteArray("[\"caf\xC3\xA9 \xF0\x9F\x98\x80\"]");
    QTest::newRow("nested") << QByteArray("[[[[[[[[[[1]]]]]]]]]]");
    QTest::newRow("empty containers") << QByteArray("{\"a\":{},\"b\":[]}");
    QTest::newRow("string alone") << QByteArray("\"x\"");
    QTest::newRow("crlf white space") << QByteArray("{\r\n\t\"a\" :\r\n 1\r\n}\r\n");
}

void tst_JsonReader::readsLikeQt()
{
    QFETCH(QByteArray, text);
    QJsonValue value;
    QCOMPARE(readText(text, &value), Step::Ok);
    // Qt wraps scalars in an array to read them.
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']');
    QVERIFY(doc.isArray());
    QCOMPARE(value, doc.array().at(0));
}

void tst_JsonReader::refusesWhatIsNotStrictJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("unquoted key") << QByteArray("{a: 1}");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare dot") << QByteArray("[1.]");
    QTest::newRow("control character in a string") << QByteArray("[\"a\x01\"]");
    QTest::newRow("invalid utf-8") << QByteArray("[\"\xff\"]");
    QTest::newRow("overlong utf-8") << QByteArray("[\"\xC0\xAF\"]");
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])");
    QTest::newRow("surrogate escape") << QByteArray(R"(["\ud83d\ude00"])");
    QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2");
    QTest::newRow("text after the value") << QByteArray("[1] x");
    QTest::newRow("two values") << QByteArray("[1] [2]");
    QTest::newRow("nul") << QByteArray("[1,\0 2]", 7);
    QTest::newRow("too deep") << QByteArray(100, '[') + QByteArray(100, ']');
    QTest::newRow("more than 19 digits") << QByteArray("[0.1000000000000000000001]");
    QTest::newRow("empty") << QByteArray();
}

void tst_JsonReader::refusesWhatIsNotStrictJson()
{
    QFETCH(QByteArray, text);
    QJsonValue value;
    QCOMPARE(readText(text, &value), Step::GiveUp);
}

void tst_JsonReader::numbersAreExact()
{
    // Every number reads as std::from_chars reads it (correctly rounded). A number that ends the
    // whole text is not read (it could go on past the window): values sit in a container.
    std::mt19937_64 rng(7);
    for (int i = 0; i < 100000; ++i) {
        const std::uint64_t bits = rng();
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v))
            continue;
        char text[64];
        // Up to 17 significant digits: longer ones are left to simdjson by design.
        const int decimals = int(rng() % 17);
        const int n = int(
                std::to_chars(text, text + 40, v, std::chars_format::scientific, decimals).ptr
                - text);
        const QByteArray json = QByteArray(text, n);
        double expected = 0;
        // Subnormal results are out of range for std::from_chars: left to simdjson too.
        if (std::from_chars(json.constData(), json.constData() + json.size(), expected).ec
            != std::errc())
            continue;
        QJsonValue value;
        QVERIFY2(readText('[' + json + ']', &value) == Step::Ok, json.constData());
        QCOMPARE(value.toArray().at(0).toDouble(), expected);
    }
}

void tst_JsonReader::largeTextThroughADevice()
{
    // Values across many windows, strings longer than a window among them.
    QJsonArray array;
    for (int i = 0; i < 30000; ++i) {
        array.append(
                QJsonObject{{"id", i},
                            {"x", i / 3.0},
                            {"name", QString(i % 10000 == 0 ? 200000 : 8, QChar(u'a' + i % 26))}});
    }
    const QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Indented);
    QVERIFY(text.size() > (2 << 20));
    QBuffer buffer;
    buffer.setData(text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonStreamReader reader(&buffer, buffer.size());
    QJsonValue value;
    QCOMPARE(readValue(reader, &value), Step::Ok);
    QCOMPARE(value.toArray(), array);
}

void tst_JsonReader::objectsOfAKnownShape()
{
    // How a format reader uses it: list() over an array of objects, keys compared raw.
    const QByteArray text
            = R"([{"id": 1, "name": "a", "skip": {"x": [1, 2]}}, {"name": "b\"c", "id": 2}])";
    JsonStreamReader reader(text.constData(), text.size());
    const char *p = nullptr;
    QList<std::pair<qint64, QString>> entries;
    std::string scratch;
    Step step = reader.unit(p, [&](const char *&q) {
        q = reader.space(q);
        return Step::Ok;
    });
    QCOMPARE(step, Step::Ok);
    step = reader.list(p, [&](const char *&q) {
        if (*q != '{')
            return reader.fail(q);
        q = reader.space(q + 1);
        qint64 id = -1;
        QString name;
        for (;;) {
            RawString key;
            if (const Step s = reader.string(q, &key); s != Step::Ok)
                return s;
            q = reader.space(q);
            if (*q != ':')
                return reader.fail(q);
            q = reader.space(q + 1);
            Step s = Step::Ok;
            if (key.is("id")) {
                s = reader.idNumber(q, &id);
            } else if (key.is("name")) {
                bool ascii = true;
                s = reader.text(q, &scratch, &ascii);
                name = toQString(scratch.data(), qsizetype(scratch.size()), ascii);
            } else {
                s = reader.skipValue(q, 1);
            }
            if (s != Step::Ok)
                return s;
            q = reader.space(q);
            if (*q == '}')
                break;
            if (*q != ',')
                return reader.fail(q);
            q = reader.space(q + 1);
        }
        ++q;
        entries.append({id, name});
        return Step::Ok;
    });
    QCOMPARE(step, Step::Ok);
    QCOMPARE(entries, (QList<std::pair<qint64, QString>>{{1, "a"}, {2, "b\"c"}}));
}

void tst_JsonReader::positionsCountLinesAndBytes()
{
    const QByteArray text = "[\n  1,\r\n\t\"x\"\n]";
    JsonStreamReader reader(text.constData(), text.size());
    const char *p = nullptr;
    QList<TextPosition> positions;
    const Step step = reader.unit(p, [&](const char *&q) {
        q = reader.space(q);
        q = reader.space(q + 1); // '['
        positions.append(reader.positionOf(q));
        double d = 0;
        if (const Step s = reader.number(q, &d); s != Step::Ok)
            return s;
        q = reader.space(q + 1); // ','
        positions.append(reader.positionOf(q));
        return Step::Ok;
    });
    QCOMPARE(step, Step::Ok);
    QCOMPARE(positions.at(0).line, 2);
    QCOMPARE(positions.at(0).column, 3);
    QCOMPARE(positions.at(1).line, 3);
    QCOMPARE(positions.at(1).column, 2);
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
