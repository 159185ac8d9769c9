// SPDX-License-Identifier: Apache-2.0
// Tests of the classification CSV and JSON Lines plug-ins: headers, quoting, kinds, round trips.
#include "core/interchange/classificationformat.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>

using namespace assay::core;
using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

class tst_ClassificationFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWithHeader();
    void csvWithoutHeaderAndSeparators_data();
    void csvWithoutHeaderAndSeparators();
    void csvQuotedFieldsOverLines();
    void csvBadRows();
    void csvTruncatedQuote();
    void csvRoundTrip();
    void jsonl();
    void jsonlMalformedNamesLineAndColumn();
    void jsonlRoundTrip();
    void kindOverride();
    void leadingByteOrderMarkInAValueIsKept();
};

void tst_ClassificationFormat::csvWithHeader()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "labels.csv",
                                      "\xEF\xBB\xBF"
                                      "confidence,Image,annotator,label\r\n"
                                      "0.9,imgs/a.jpg,alice,cat\r\n"
                                      ",clips/b.wav,bob,speech\r\n"
                                      "1,doc-17,,spam\r\n");
    CsvFormat csv;
    QCOMPARE(csv.canRead(path), 80);
    const auto result = csv.read(path, {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.labels.size(), 3);
    QCOMPARE(d.labels.at(0).item, QStringLiteral("imgs/a.jpg"));
    QCOMPARE(d.labels.at(0).kind, ItemKind::Image);
    QCOMPARE(d.labels.at(0).annotator, QStringLiteral("alice"));
    QCOMPARE(d.labels.at(0).confidence.value_or(-1), 0.9);
    QCOMPARE(d.labels.at(1).kind, ItemKind::Audio);
    QVERIFY(!d.labels.at(1).confidence);
    QCOMPARE(d.labels.at(2).kind, ItemKind::Text);
    QCOMPARE(d.categories.size(), 3);
    QCOMPARE(d.categories.at(d.labels.at(2).category).name, QStringLiteral("spam"));
}

void tst_ClassificationFormat::csvWithoutHeaderAndSeparators_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("comma") << QByteArray("a.jpg,cat\nb.jpg,dog,carol,0.25\n") << "x.csv";
    QTest::newRow("semicolon") << QByteArray("a.jpg;cat\nb.jpg;dog;carol;0.25\n") << "x.csv";
    QTest::newRow("tab") << QByteArray("a.jpg\tcat\nb.jpg\tdog\tcarol\t0.25\n") << "x.tsv";
    QTest::newRow("no final newline") << QByteArray("a.jpg,cat\nb.jpg,dog,carol,0.25") << "x.csv";
}

void tst_ClassificationFormat::csvWithoutHeaderAndSeparators()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, fileName);
    const auto result = CsvFormat::parse(csv, fileName, {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->labels.size(), 2);
    QCOMPARE(result->labels.at(1).item, QStringLiteral("b.jpg"));
    QCOMPARE(result->labels.at(1).annotator, QStringLiteral("carol"));
    QCOMPARE(result->labels.at(1).confidence.value_or(-1), 0.25);
}

void tst_ClassificationFormat::csvQuotedFieldsOverLines()
{
    const QByteArray csv
            = "text,label\n\"Great, \"\"really\"\"\nsecond line\",positive\nplain,negative\n";
    const auto result = CsvFormat::parse(csv, "t.csv", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->labels.size(), 2);
    QCOMPARE(result->labels.at(0).text, QStringLiteral("Great, \"really\"\nsecond line"));
    QCOMPARE(result->labels.at(0).item, QStringLiteral("line 2"));
    QCOMPARE(result->labels.at(1).item, QStringLiteral("line 4")); // the record after a two-line one
}

void tst_ClassificationFormat::csvBadRows()
{
    const auto result = CsvFormat::parse(
            "item,label,annotator,confidence\na.jpg,cat,,high\nb.jpg\n\nc.jpg,,x\n", "b.csv", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->labels.size(), 1);
    QVERIFY(!result->labels.first().confidence);
    QCOMPARE(result->report.warningCount(WarningKind::MalformedEntry), 3);
    QCOMPARE(result->report.warnings.at(0).line, 2);
    QCOMPARE(result->report.warnings.at(1).line, 3);
    QCOMPARE(result->report.warnings.at(2).line, 5);
}

void tst_ClassificationFormat::csvTruncatedQuote()
{
    const auto result = CsvFormat::parse("item,label\na.jpg,cat\n\"b.jpg,dog\n", "t.csv", {});
    QVERIFY(!result);
    QCOMPARE(result.error().path, QStringLiteral("t.csv"));
    QVERIFY2(result.error().message.contains("line 3")
                     && result.error().message.contains("truncated"),
             qPrintable(result.error().toString()));
}

void tst_ClassificationFormat::csvRoundTrip()
{
    QTemporaryDir dir;
    const QByteArray csv = "item,label,annotator,confidence\n"
                           "\"a,b.jpg\",cat,alice,0.1\n"
                           " spaced.wav ,\"say \"\"hi\"\"\",,\n"
                           "doc-1,spam,bob,1\n";
    const auto first = CsvFormat::parse(csv, "in.csv", {});
    ASSAY_VERIFY_RESULT(first);
    const QString out = dir.filePath("out.csv");
    ASSAY_VERIFY_RESULT(CsvFormat().write(*first, out, {}));
    QCOMPARE(readAll(out), QByteArray("item,label,annotator,confidence\n"
                                      "\"a,b.jpg\",cat,alice,0.1\n"
                                      "spaced.wav,\"say \"\"hi\"\"\",,\n"
                                      "doc-1,spam,bob,1\n"));
    const auto second = CsvFormat().read(out, {});
    ASSAY_VERIFY_RESULT(second);
    QCOMPARE(CsvFormat::serialize(*second), readAll(out));
}

void tst_ClassificationFormat::jsonl()
{
    QTemporaryDir dir;
    const QString path = writeFixture(
            dir.path(), "labels.jsonl",
            "{\"item\": \"a.jpg\", \"label\": \"cat\", \"annotator\": \"alice\", \"confidence\": 0.75}\n"
            "\n"
            "{\"text\": \"buy now!!!\", \"labels\": [\"spam\", \"ads\"]}\n"
            "{\"audio\": \"clips/x\", \"class\": \"music\", \"annotator_id\": 7}\n"
            "{\"item\": \"b.jpg\"}\n");
    JsonlFormat jsonl;
    QCOMPARE(jsonl.canRead(path), 80);
    const auto result = jsonl.read(path, {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.labels.size(), 4);
    QCOMPARE(d.labels.at(0).confidence.value_or(-1), 0.75);
    QCOMPARE(d.labels.at(1).text, QStringLiteral("buy now!!!"));
    QCOMPARE(d.labels.at(1).item, QStringLiteral("line 3"));
    QCOMPARE(d.labels.at(1).kind, ItemKind::Text);
    QCOMPARE(d.categories.at(d.labels.at(2).category).name, QStringLiteral("ads"));
    QCOMPARE(d.labels.at(3).kind, ItemKind::Audio);
    QCOMPARE(d.labels.at(3).annotator, QStringLiteral("7"));
    QCOMPARE(d.report.warningCount(WarningKind::MalformedEntry), 1);
    QCOMPARE(d.report.warnings.first().line, 5);
}

void tst_ClassificationFormat::jsonlMalformedNamesLineAndColumn()
{
    const auto bad = JsonlFormat::parse(
            "{\"item\": \"a\", \"label\": \"b\"}\n{\"item\": \"a\" \"label\": \"b\"}\n", "l.jsonl",
            {});
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains("line 2, column 1"), qPrintable(bad.error().toString()));
    const auto truncated
            = JsonlFormat::parse("{\"item\": \"a\", \"label\": \"b\"}\n{\"item\": \"a\", \"lab",
                                 "l.jsonl", {});
    QVERIFY(!truncated);
    QVERIFY2(truncated.error().message.contains("line 2")
                     && truncated.error().message.contains("truncated"),
             qPrintable(truncated.error().toString()));
}

void tst_ClassificationFormat::jsonlRoundTrip()
{
    const QByteArray jsonl
            = "{\"item\":\"a.jpg\",\"label\":\"cat\",\"annotator\":\"alice\",\"confidence\":0.75}\n"
              "{\"item\":\"line 2\",\"label\":\"spam\",\"text\":\"multi\\nline \\\"quoted\\\"\"}\n";
    const auto first = JsonlFormat::parse(jsonl, "a.jsonl", {});
    ASSAY_VERIFY_RESULT(first);
    QCOMPARE(JsonlFormat::serialize(*first), jsonl);
}

void tst_ClassificationFormat::kindOverride()
{
    ReadOptions options;
    options.itemKind = ItemKind::Audio;
    const auto result = CsvFormat::parse("a.txt,cat\n", "x.csv", options);
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->labels.first().kind, ItemKind::Audio);
}

void tst_ClassificationFormat::leadingByteOrderMarkInAValueIsKept()
{
    // Found by fuzz_csv: QString::fromUtf8 drops a leading U+FEFF, so a label that starts with
    // one lost it on every re-import. Only the file's own BOM is dropped.
    const auto first = CsvFormat::parse("\xEF\xBB\xBF"
                                        "a.jpg,\xEF\xBB\xBF\xEF\xBB\xBFx\n",
                                        "b.csv", {});
    ASSAY_VERIFY_RESULT(first);
    QCOMPARE(first->categories.first().name,
             QString(QChar(0xFEFF)) + QChar(0xFEFF) + QLatin1Char('x'));
    const auto second = CsvFormat::parse(CsvFormat::serialize(*first), "c.csv", {});
    ASSAY_VERIFY_RESULT(second);
    QCOMPARE(second->categories.first().name, first->categories.first().name);
}

QTEST_MAIN(tst_ClassificationFormat)
#include "tst_classificationformat.moc"
