// SPDX-License-Identifier: Apache-2.0
// The JSON writer: styles, escapes, shortest round-trip numbers, Qt's indented text, file blocks.
#include "core/json/jsonwriter.h"
#include "tests/testutil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

#include <bit>
#include <charconv>
#include <functional>
#include <cmath>
#include <limits>
#include <random>

using namespace assay::core::json;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styles_data();
    void styles();
    void stringsAreEscaped_data();
    void stringsAreEscaped();
    void shortestNumbers_data();
    void shortestNumbers();
    void shortestNumbersMatchToCharsAndRoundTrip();
    void numbersOnOneLine();
    void qtIndentedMatchesQJsonDocument_data();
    void qtIndentedMatchesQJsonDocument();
    void qtCompactMatchesQJsonDocument_data();
    void qtCompactMatchesQJsonDocument();
    void qtCompactMatchesQJsonDocumentOnRandomDocuments();
    void deviceOutputEqualsMemoryOutput();
    void valuesAcrossBufferGrowth();
};

// {"a":1,"b":[true,null,"x"],"c":{},"d":[]} in the given style.
static QByteArray sample(JsonStyle style)
{
    JsonWriter w(style);
    w.beginObject();
    w.key("a");
    w.value(qint64(1));
    w.key("b");
    w.beginArray();
    w.value(true);
    w.null();
    w.value("x");
    w.endArray();
    w.key(QStringLiteral("c"));
    w.beginObject();
    w.endObject();
    w.key(std::string_view("d"));
    w.beginArray();
    w.endArray();
    w.endObject();
    return w.takeBytes();
}

void tst_JsonWriter::styles_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("compact") << int(JsonStyle::Compact)
                             << QByteArray(R"({"a":1,"b":[true,null,"x"],"c":{},"d":[]})");
    QTest::newRow("indented")
            << int(JsonStyle::Indented)
            << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null,\n    \"x\"\n  ],\n"
                          "  \"c\": {},\n  \"d\": []\n}");
    QTest::newRow("qt indented")
            << int(JsonStyle::QtIndented)
            << QByteArray(
                       "{\n    \"a\": 1,\n    \"b\": [\n        true,\n        null,\n        \"x\"\n    ],\n"
                       "    \"c\": {\n    },\n    \"d\": [\n    ]\n}");
}

void tst_JsonWriter::styles()
{
    QFETCH(int, style);
    QFETCH(QByteArray, text);
    QCOMPARE(sample(JsonStyle(style)), text);
}

void tst_JsonWriter::stringsAreEscaped_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << "abc" << QByteArray("\"abc\"");
    QTest::newRow("quote and backslash") << "a\"b\\c" << QByteArray(R"("a\"b\\c")");
    QTest::newRow("short escapes") << "\n\r\t\b\f" << QByteArray(R"("\n\r\t\b\f")");
    QTest::newRow("other controls")
            << QString(QChar(1)) + QChar(0x1f) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("slash and delete kept") << "/\x7f" << QByteArray("\"/\x7f\"");
    QTest::newRow("utf-8 as is") << QString::fromUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80")
                                 << QByteArray("\"caf\xC3\xA9 \xF0\x9F\x98\x80\"");
    QTest::newRow("leading bom kept")
            << QString(QChar(0xFEFF)) + "x" << QByteArray("\"\xEF\xBB\xBFx\"");
    // Long strings are copied sixteen bytes at a time until one needs escaping: a character to
    // escape at each place around those blocks' edges, and UTF-8 (bytes of 0x80 and more) in them.
    const QString id = QStringLiteral("6b203a9e-2cae-4ac3-9456-81e300000000"); // 36 characters
    for (const int at : {0, 1, 15, 16, 17, 31, 32, 35}) {
        for (const auto &[what, escaped] : {std::pair<QChar, QByteArray>{QLatin1Char('"'), R"(\")"},
                                            {QLatin1Char('\\'), R"(\\)"},
                                            {QChar(0x1f), R"(\u001f)"},
                                            {QLatin1Char('\n'), R"(\n)"}}) {
            QString value = id;
            value[at] = what;
            QByteArray text = id.toLatin1();
            text.replace(at, 1, escaped);
            QTest::addRow("36 characters, %s at %d", qPrintable(QString::fromLatin1(escaped)), at)
                    << value << '"' + text + '"';
        }
    }
    const QString utf8Long = QString::fromUtf8("\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 du nord-est, "
                                               "\xE2\x82\xAC 12,50 / piece");
    QTest::newRow("utf-8 over blocks") << utf8Long << '"' + utf8Long.toUtf8() + '"';
}

void tst_JsonWriter::stringsAreEscaped()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, text);
    JsonWriter w;
    w.value(value);
    QCOMPARE(w.takeBytes(), text);
    QByteArray appended;
    appendJsonString(appended, value);
    QCOMPARE(appended, text);
    // What Qt writes for the same string.
    const QByteArray qt = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QCOMPARE(qt, '[' + text + ']');
}

void tst_JsonWriter::shortestNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
    QTest::newRow("coordinate") << 123.45 << QByteArray("123.45");
    QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
    QTest::newRow("sum noise") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("million, scientific is shorter") << 1e6 << QByteArray("1e+06");
    QTest::newRow("whole") << 12345.0 << QByteArray("12345");
    QTest::newRow("small") << 1e-7 << QByteArray("1e-07");
    QTest::newRow("tiny") << 5e-324 << QByteArray("5e-324");
    QTest::newRow("huge") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
    QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("null");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QByteArray("null");
}

void tst_JsonWriter::shortestNumbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(shortest(value), text);
    JsonWriter w;
    w.value(value);
    QCOMPARE(w.takeBytes(), text);
}

void tst_JsonWriter::shortestNumbersMatchToCharsAndRoundTrip()
{
    // The direct path for decimals must give std::to_chars' text exactly; random bit patterns,
    // coordinates with few decimals and integers at the edges of the direct path.
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> decimals(0, 9);
    for (int i = 0; i < 300000; ++i) {
        double v = 0;
        switch (i % 3) {
        case 0: {
            const std::uint64_t bits = rng();
            std::memcpy(&v, &bits, sizeof v);
            if (!std::isfinite(v))
                continue;
            break;
        }
        case 1:
            v = double(std::int64_t(rng() % 2000000000) - 1000000000)
                / std::pow(10.0, decimals(rng));
            break;
        default: v = double(rng() % 1000000000000000ull) / std::pow(10.0, decimals(rng) % 8); break;
        }
        char expected[64];
        const char *end = std::to_chars(expected, expected + sizeof expected, v == 0 ? 0.0 : v).ptr;
        const QByteArray got = shortest(v);
        QCOMPARE(got, QByteArray(expected, end - expected));
        double back = 0;
        std::from_chars(got.constData(), got.constData() + got.size(), back);
        QCOMPARE(back, v == 0 ? 0.0 : v);
    }
}

void tst_JsonWriter::numbersOnOneLine()
{
    JsonWriter w(JsonStyle::Indented);
    w.beginObject();
    w.key("bbox");
    w.numbers({1.5, 2, 0.1, -0.0});
    w.key("box");
    w.numbers(-7, {1.5, 1e21});
    w.endObject();
    QCOMPARE(w.takeBytes(),
             QByteArray("{\n  \"bbox\": [1.5,2,0.1,0],\n  \"box\": [-7,1.5,1e+21]\n}"));
    // Compact, among other values: as the values one by one would write it.
    JsonWriter c;
    c.beginArray();
    c.numbers(3, {0.25, 12.5});
    c.numbers(4, {});
    c.value(5);
    c.endArray();
    QCOMPARE(c.takeBytes(), QByteArray("[[3,0.25,12.5],[4],5]"));
}

void tst_JsonWriter::qtIndentedMatchesQJsonDocument_data()
{
    QTest::addColumn<QJsonValue>("value");
    const QJsonObject nested{{"z", 1},
                             {"a", QJsonArray{1.5, -2, 1e20, 0.1, 1e-7, 123456789012.0}},
                             {"empty", QJsonObject{}},
                             {"list", QJsonArray{}},
                             {"s", QString::fromUtf8("\"caf\xC3\xA9\"\n\x01")},
                             {"n", QJsonValue()},
                             {"t", true},
                             {"big", qint64(9007199254740993)}};
    QTest::newRow("object") << QJsonValue(nested);
    QTest::newRow("array") << QJsonValue(QJsonArray{nested, QJsonArray{QJsonArray{}}, 3});
    // Whole doubles beyond a qint64 are 'g' text in Qt (1e+19), not integer digits.
    QTest::newRow("whole doubles") << QJsonValue(QJsonArray{1e19, -1e19, 9.2e18, -0.0, 1e300});
    QString lone;
    lone += QChar(0xD800);
    lone += u"x\u2028\x7f";
    lone += QChar(0xDC01);
    QTest::newRow("lone surrogates") << QJsonValue(QJsonObject{{lone, lone}});
    QTest::newRow("empty object") << QJsonValue(QJsonObject{});
    QTest::newRow("manifest-like") << QJsonValue(
            QJsonObject{{"assay_manifest", 1},
                        {"counts", QJsonObject{{"boxes", double(1000000)}, {"images", 0.0}}},
                        {"files", QJsonArray{QJsonObject{{"bytes", double(123456789)},
                                                         {"path", "a b.json"}}}}});
}

void tst_JsonWriter::qtIndentedMatchesQJsonDocument()
{
    QFETCH(QJsonValue, value);
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    JsonWriter w(JsonStyle::QtIndented);
    w.json(value);
    w.raw('\n');
    QCOMPARE(w.takeBytes(), doc.toJson(QJsonDocument::Indented));
}

void tst_JsonWriter::qtCompactMatchesQJsonDocument_data()
{
    qtIndentedMatchesQJsonDocument_data();
}

void tst_JsonWriter::qtCompactMatchesQJsonDocument()
{
    QFETCH(QJsonValue, value);
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    const QByteArray expected = doc.toJson(QJsonDocument::Compact);
    QCOMPARE(value.isArray() ? compactJson(value.toArray()) : compactJson(value.toObject()),
             expected);
}

// Event payloads are hashed as stored: the writer that makes them must give Qt's bytes for any
// document, not only for the shapes above.
void tst_JsonWriter::qtCompactMatchesQJsonDocumentOnRandomDocuments()
{
    std::mt19937_64 random(20261206);
    auto number = [&]() -> double {
        switch (random() % 6) {
        case 0: return double(qint64(random() % 2000000) - 1000000);
        case 1: return std::uniform_real_distribution<double>(-1e6, 1e6)(random);
        case 2: return std::ldexp(double(random() % 1000000), int(random() % 160) - 80);
        case 3: return double(qint64(random()));
        case 4: return std::bit_cast<double>(random());
        default: return double(random() % 1000) / 100.0;
        }
    };
    auto text = [&]() {
        QString s;
        const int n = int(random() % 12);
        for (int i = 0; i < n; ++i) {
            const char16_t pool[] = {u'a', u'"',   u'\\',  u'\n',  0x01,   0x1f, 0x7f,
                                     0xe9, 0x2028, 0xD83D, 0xDE00, 0xFFFF, u' ', u'/'};
            s += QChar(pool[random() % std::size(pool)]);
        }
        return s;
    };
    std::function<QJsonValue(int)> value = [&](int depth) -> QJsonValue {
        switch (random() % (depth > 3 ? 5 : 7)) {
        case 0: return number();
        case 1: return text();
        case 2: return bool(random() % 2);
        case 3: return QJsonValue();
        case 4: return qint64(random());
        case 5: {
            QJsonArray a;
            for (int i = int(random() % 5); i > 0; --i)
                a.append(value(depth + 1));
            return a;
        }
        default: {
            QJsonObject o;
            for (int i = int(random() % 5); i > 0; --i)
                o.insert(text(), value(depth + 1));
            return o;
        }
        }
    };
    for (int round = 0; round < 3000; ++round) {
        QJsonObject o;
        for (int i = int(random() % 6); i > 0; --i)
            o.insert(text(), value(0));
        const QByteArray expected = QJsonDocument(o).toJson(QJsonDocument::Compact);
        const QByteArray written = compactJson(o);
        if (written != expected)
            QFAIL(qPrintable(QStringLiteral("round %1: %2 != %3")
                                     .arg(round)
                                     .arg(QString::fromUtf8(written), QString::fromUtf8(expected))));
    }
}

void tst_JsonWriter::deviceOutputEqualsMemoryOutput()
{
    // Several blocks' worth, with strings longer than a block among them.
    auto write = [](JsonWriter &w) {
        w.beginArray();
        for (int i = 0; i < 200000; ++i) {
            w.beginObject();
            w.key("id");
            w.value(qint64(i));
            w.key("v");
            w.value(i / 7.0);
            if (i % 50000 == 0) {
                w.key("long");
                w.value(std::string(3 << 20, char('a' + i % 26)));
            }
            w.endObject();
        }
        w.endArray();
        w.raw('\n');
    };
    for (const JsonStyle style : {JsonStyle::Compact, JsonStyle::Indented}) {
        JsonWriter memory(style);
        write(memory);
        const QByteArray expected = memory.takeBytes();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        JsonWriter file(style, &buffer);
        write(file);
        QVERIFY(file.finish());
        QCOMPARE(buffer.data().size(), expected.size());
        QVERIFY(buffer.data() == expected);
        QVERIFY(QJsonDocument::fromJson(expected).isArray());
    }
}

void tst_JsonWriter::valuesAcrossBufferGrowth()
{
    // The smallest buffer, grown by every kind of value: what was written stays, in order, and
    // the text leaves spare capacity for readers that look past its end.
    JsonWriter w(JsonStyle::Compact, 1);
    w.beginArray();
    QByteArray text("[");
    for (int i = 0; i < 20000; ++i) {
        if (i > 0)
            text += ',';
        w.value(qint64(i) * 1000003);
        text += QByteArray::number(qint64(i) * 1000003);
        w.value(i + 0.5);
        text += ',' + shortest(i + 0.5);
        w.value(QString::number(i));
        text += ",\"" + QByteArray::number(i) + '"';
        w.numbers({double(i), 0.25});
        text += ",[" + QByteArray::number(i) + ",0.25]";
    }
    w.endArray();
    text += ']';
    const QByteArray got = w.takeBytes();
    QCOMPARE(got.size(), text.size());
    QVERIFY(got == text);
    QVERIFY(got.capacity() - got.size() >= JsonWriter::kSpare);
}

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
