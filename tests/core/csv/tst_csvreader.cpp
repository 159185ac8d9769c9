// SPDX-License-Identifier: Apache-2.0
// The CSV reader: RFC 4180 quoting, BOM, line ends, errors with line numbers, bounded memory.
#include "core/csv/csvreader.h"
#include "tests/testutil.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core::csv;

// Peak resident memory of this process (VmHWM), in KiB; -1 when /proc is not there.
static qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Records
{
    QList<QStringList> fields;
    QList<int> lines;
};

static Result<Records> readAll(CsvReader &reader)
{
    Records out;
    for (;;) {
        const auto more = reader.next();
        if (!more)
            return more.error();
        if (!*more)
            return out;
        out.fields.append(reader.fieldStrings());
        out.lines.append(reader.line());
    }
}

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRfc4180_data();
    void parsesRfc4180();
    void recordsKeepTheirStartLine();
    void recordsAcrossBlocks();
    void separatorIsAnOption();
    void errorsNameFileAndLine_data();
    void errorsNameFileAndLine();
    void fieldsAreByteViews();
    void missingFileIsNotFound();
    void hugeInputsAreRefusedInBoundedMemory_data();
    void hugeInputsAreRefusedInBoundedMemory();
};

void tst_CsvReader::parsesRfc4180_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n")
                           << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line end")
            << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                          << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("bom and crlf") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\r\n1,2\r\n")
                                  << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("bom inside a value kept")
            << QByteArray("\xEF\xBB\xBF"
                          "a,\xEF\xBB\xBFx\n")
            << QList<QStringList>{{"a", QString(QChar(0xFEFF)) + QLatin1Char('x')}};
    QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\n\n\r\n\n")
                                 << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << QByteArray("a,\"x, y\"\n")
                                  << QList<QStringList>{{"a", "x, y"}};
    QTest::newRow("doubled quote")
            << QByteArray("\"say \"\"hi\"\"\",b\n") << QList<QStringList>{{"say \"hi\"", "b"}};
    QTest::newRow("only doubled quotes")
            << QByteArray("\"\"\"\"\"\"\n") << QList<QStringList>{{"\"\""}};
    QTest::newRow("quoted line break")
            << QByteArray("\"two\r\nlines\",b\n") << QList<QStringList>{{"two\r\nlines", "b"}};
    QTest::newRow("quoted lf") << QByteArray("x,\"a\nb\nc\"\ny,z\n")
                               << QList<QStringList>{{"x", "a\nb\nc"}, {"y", "z"}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}};
    QTest::newRow("trailing separator at the end")
            << QByteArray("a,") << QList<QStringList>{{"a", ""}};
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << QList<QStringList>{{"", "x"}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << QList<QStringList>{{" a ", " b "}};
    QTest::newRow("lone cr kept in field")
            << QByteArray("a\rb,c\n") << QList<QStringList>{{"a\rb", "c"}};
    QTest::newRow("utf-8") << QByteArray("caf\xC3\xA9,\xE2\x82\xAC,\xF0\x9F\x98\x80\n")
                           << QList<QStringList>{{QString::fromUtf8("caf\xC3\xA9"),
                                                  QString::fromUtf8("\xE2\x82\xAC"),
                                                  QString::fromUtf8("\xF0\x9F\x98\x80")}};
    QTest::newRow("empty text") << QByteArray() << QList<QStringList>{};
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << QList<QStringList>{};
}

void tst_CsvReader::parsesRfc4180()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QStringList>, records);
    const auto reader = CsvReader::fromBytes(text);
    const auto parsed = readAll(*reader);
    ASSAY_VERIFY_RESULT(parsed);
    QCOMPARE(parsed->fields, records);
}

void tst_CsvReader::recordsKeepTheirStartLine()
{
    const auto reader = CsvReader::fromBytes("h\n\n\"a\nb\"\nc\r\n");
    const auto parsed = readAll(*reader);
    ASSAY_VERIFY_RESULT(parsed);
    QCOMPARE(parsed->lines, (QList<int>{1, 3, 5}));
}

void tst_CsvReader::recordsAcrossBlocks()
{
    // Records of every length around the block size, quoted fields with line breaks and
    // doubled quotes among them: the same fields and lines as written.
    QByteArray text("id,value\n");
    QList<QStringList> expected{{"id", "value"}};
    QList<int> lines{1};
    int line = 2;
    for (int i = 0; text.size() < (3 << 20); ++i) {
        const QByteArray value = QByteArray(i % 997, 'x') + "\"q\"\n" + QByteArray(i % 13, 'y');
        text += QByteArray::number(i) + ",\"" + QByteArray(value).replace("\"", "\"\"") + "\"\r\n";
        expected.append({QString::number(i), QString::fromLatin1(value)});
        lines.append(line);
        line += 2;
    }
    const auto reader = CsvReader::fromBytes(text);
    const auto parsed = readAll(*reader);
    ASSAY_VERIFY_RESULT(parsed);
    QCOMPARE(parsed->fields.size(), expected.size());
    QCOMPARE(parsed->fields, expected);
    QCOMPARE(parsed->lines, lines);
    QVERIFY(reader->peakBufferBytes() <= (2 << 20));
}

void tst_CsvReader::separatorIsAnOption()
{
    CsvOptions options;
    options.separator = ';';
    const auto reader = CsvReader::fromBytes("a;\"b;c\";d,e\n", {}, options);
    const auto parsed = readAll(*reader);
    ASSAY_VERIFY_RESULT(parsed);
    QCOMPARE(parsed->fields, (QList<QStringList>{{"a", "b;c", "d,e"}}));
}

void tst_CsvReader::errorsNameFileAndLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,\"open\n2,3\n")
            << "in.csv: line 2: a quoted field is not closed (the file ends early: truncated?)";
    QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n")
            << "in.csv: line 2: unexpected text after a closing quote";
    QTest::newRow("text after a quote over lines")
            << QByteArray("a,b\n\"x\ny\"z,2\n")
            << "in.csv: line 3: unexpected text after a closing quote";
    QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\n1,2\nx\"y,3\n")
            << "in.csv: line 3: a quote inside an unquoted field";
    QTest::newRow("nul byte") << QByteArray("a,b\n1,2\n3,\"x\n", 13) + QByteArray(1, '\0') + "\"\n"
                              << "in.csv: line 4: a NUL byte: not a text file?";
    QTest::newRow("invalid utf-8") << QByteArray("item,rater,label\n1,a,\xff\xfe\n")
                                   << "in.csv: line 2: not valid UTF-8 text";
    QTest::newRow("overlong utf-8")
            << QByteArray("a\n\xC0\xAF\n") << "in.csv: line 2: not valid UTF-8 text";
    QTest::newRow("surrogate in utf-8")
            << QByteArray("a\nb\n\xED\xA0\x80\n") << "in.csv: line 3: not valid UTF-8 text";
    QTest::newRow("truncated utf-8 at the end")
            << QByteArray("a\n\xE2\x82") << "in.csv: line 2: not valid UTF-8 text";
}

void tst_CsvReader::errorsNameFileAndLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto reader = CsvReader::fromBytes(text, QStringLiteral("in.csv"));
    const auto parsed = readAll(*reader);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().toString(), message);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    // The error stays: a reader does not go on after it.
    const auto again = reader->next();
    QVERIFY(!again);
}

void tst_CsvReader::fieldsAreByteViews()
{
    const QByteArray text("k,\"v\"\"w\"\n");
    const auto reader = CsvReader::fromBytes(text);
    const auto more = reader->next();
    ASSAY_VERIFY_RESULT(more);
    QVERIFY(*more);
    QCOMPARE(reader->fieldCount(), 2);
    QCOMPARE(reader->field(0), std::string_view("k"));
    QCOMPARE(reader->field(1), std::string_view("v\"w"));
    QCOMPARE(reader->fieldBytes(1), QByteArrayView("v\"w"));
}

void tst_CsvReader::missingFileIsNotFound()
{
    const auto reader = CsvReader::open(QStringLiteral("/nonexistent/r.csv"));
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, ErrorCode::NotFound);
    QCOMPARE(reader.error().path, QStringLiteral("/nonexistent/r.csv"));
}

void tst_CsvReader::hugeInputsAreRefusedInBoundedMemory_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("100 MB of commas")
            << QByteArray("commas") << "line 1: more than 10000 fields in a record";
    QTest::newRow("a header of 10^6 columns")
            << QByteArray("columns") << "line 1: more than 10000 fields in a record";
    QTest::newRow("one line of 200 MB")
            << QByteArray("line")
            << "line 2: a field longer than 1 MiB; not a CSV file of this kind?";
    QTest::newRow("a quoted field that never ends")
            << QByteArray("quote")
            << "line 2: a field longer than 1 MiB; not a CSV file of this kind?";
}

void tst_CsvReader::hugeInputsAreRefusedInBoundedMemory()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        // Written a megabyte at a time: the test itself must not hold the file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block;
        qint64 total = 0;
        if (kind == "commas") {
            block = QByteArray(1 << 20, ',');
            total = 100 << 20;
        } else if (kind == "columns") {
            for (int i = 0; i < 1000000; ++i)
                block += "column" + QByteArray::number(i) + ',';
            block += "last\n1,2\n";
            total = block.size();
        } else if (kind == "line") {
            file.write("item,rater,label\n");
            block = QByteArray(1 << 20, 'x');
            total = 200 << 20;
        } else {
            file.write("item,rater,label\n1,a,\"");
            block = QByteArray(1 << 20, 'y');
            total = 100 << 20;
        }
        for (qint64 written = 0; written < total; written += block.size())
            QVERIFY(file.write(block.constData(), qMin<qint64>(block.size(), total - written)) > 0);
    }
    const qint64 before = peakRssKiB();
    auto reader = CsvReader::open(path);
    ASSAY_VERIFY_RESULT(reader);
    const auto parsed = readAll(**reader);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(parsed.error().path, path);
    // Refused with a short message (not the header or the line echoed) and a bounded buffer.
    QVERIFY(parsed.error().toString().size() < path.size() + 100);
    QVERIFY2((*reader)->peakBufferBytes() <= (20 << 20),
             qPrintable(QString::number((*reader)->peakBufferBytes())));
    const qint64 after = peakRssKiB();
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed blocks in quarantine: its peak is not the reader's.
    Q_UNUSED(before);
    Q_UNUSED(after);
#else
    if (before > 0 && after > 0)
        QVERIFY2(after - before < 32 * 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(after - before)));
#endif
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
