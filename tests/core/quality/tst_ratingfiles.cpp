// SPDX-License-Identifier: Apache-2.0
// The RFC 4180 reader and the rating/box file checks: quoting, line ends, BOM, error lines.
#include "core/quality/csvreader.h"
#include "core/quality/ratingfiles.h"
#include "tests/testutil.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core::quality;

class tst_RatingFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvParsesRfc4180_data();
    void csvParsesRfc4180();
    void csvRecordsKeepTheirStartLine();
    void csvErrorsNameTheLine_data();
    void csvErrorsNameTheLine();
    void ratingsFileIsRead();
    void ratingsFileErrorsNameFileLineAndReason_data();
    void ratingsFileErrorsNameFileLineAndReason();
    void missingFileIsNotFound();
    void invalidUtf8IsRefused();
    void boxesFileIsRead();
    void boxesFileErrorsNameTheLine_data();
    void boxesFileErrorsNameTheLine();
};

void tst_RatingFiles::csvParsesRfc4180_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::newRow("plain") << "a,b\n1,2\n" << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line end") << "a,b\n1,2" << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n" << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("bom") << QString(QChar(0xfeff)) + "a,b\n1,2\n"
                         << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("blank trailing lines") << "a,b\n1,2\n\n\r\n\n"
                                          << QList<QStringList>{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << "a,\"x, y\"\n" << QList<QStringList>{{"a", "x, y"}};
    QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\",b\n"
                                   << QList<QStringList>{{"say \"hi\"", "b"}};
    QTest::newRow("quoted line break") << "\"two\r\nlines\",b\n"
                                       << QList<QStringList>{{"two\r\nlines", "b"}};
    QTest::newRow("empty fields") << ",,\n" << QList<QStringList>{{"", "", ""}};
    QTest::newRow("empty quoted field") << "\"\",x\n" << QList<QStringList>{{"", "x"}};
    QTest::newRow("spaces kept") << " a , b \n" << QList<QStringList>{{" a ", " b "}};
    QTest::newRow("lone cr kept in field") << "a\rb,c\n" << QList<QStringList>{{"a\rb", "c"}};
    QTest::newRow("empty text") << "" << QList<QStringList>{};
}

void tst_RatingFiles::csvParsesRfc4180()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    const auto parsed = CsvReader::parse(text);
    ASSAY_VERIFY_RESULT(parsed);
    QList<QStringList> fields;
    for (const CsvRecord &r : *parsed)
        fields.append(r.fields);
    QCOMPARE(fields, records);
}

void tst_RatingFiles::csvRecordsKeepTheirStartLine()
{
    const auto parsed = CsvReader::parse("h\n\n\"a\nb\"\nc\r\n");
    ASSAY_VERIFY_RESULT(parsed);
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(0).line, 1);
    QCOMPARE(parsed->at(1).line, 3);
    QCOMPARE(parsed->at(2).line, 5);
}

void tst_RatingFiles::csvErrorsNameTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote") << "a,b\n1,\"open\n2,3\n"
                                        << "line 2: a quoted field is not closed";
    QTest::newRow("text after closing quote") << "a,b\n\"x\"y,2\n"
                                              << "line 2: unexpected text after a closing quote";
    QTest::newRow("quote inside unquoted field") << "a,b\n1,2\nx\"y,3\n"
                                                 << "line 3: a quote inside an unquoted field";
}

void tst_RatingFiles::csvErrorsNameTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto parsed = CsvReader::parse(text, QStringLiteral("in.csv"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().toString(), QStringLiteral("in.csv: ") + message);
}

void tst_RatingFiles::ratingsFileIsRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xef\xbb\xbfitem,rater,label\r\nimg 1,alice,\"cat, tabby\"\r\nimg 1,bob,dog\r\n"
               "\r\n");
    file.close();
    const auto ratings = readRatingsCsv(path);
    ASSAY_VERIFY_RESULT(ratings);
    QCOMPARE(ratings->size(), 2);
    QCOMPARE(ratings->at(0), (Rating{"img 1", "alice", "cat, tabby"}));
    QCOMPARE(ratings->at(1), (Rating{"img 1", "bob", "dog"}));
}

void tst_RatingFiles::ratingsFileErrorsNameFileLineAndReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong header") << "image,rater,label\n1,a,x\n"
                                  << "r.csv: line 1: the header is \"image,rater,label\"; "
                                     "expected item,rater,label";
    QTest::newRow("empty file") << ""
                                << "r.csv: empty file; expected the header item,rater,label";
    QTest::newRow("too few fields") << "item,rater,label\n1,a,x\n2,a\n"
                                    << "r.csv: line 3: 2 fields; expected 3";
    QTest::newRow("too many fields") << "item,rater,label\n1,a,x,y\n"
                                     << "r.csv: line 2: 4 fields; expected 3";
    QTest::newRow("empty label") << "item,rater,label\n1,a,\n"
                                 << "r.csv: line 2: the label is empty";
    QTest::newRow("repeated rating")
        << "item,rater,label\n1,a,x\n2,a,y\n1,a,x\n"
        << "r.csv: line 4: item \"1\" was already rated by \"a\" on line 2; each rater rates an "
           "item at most once";
}

void tst_RatingFiles::ratingsFileErrorsNameFileLineAndReason()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto ratings = parseRatingsCsv(text, QStringLiteral("r.csv"));
    QVERIFY(!ratings);
    QCOMPARE(ratings.error().toString(), message);
}

void tst_RatingFiles::missingFileIsNotFound()
{
    const auto ratings = readRatingsCsv(QStringLiteral("/nonexistent/ratings.csv"));
    QVERIFY(!ratings);
    QCOMPARE(ratings.error().code, ErrorCode::NotFound);
    QCOMPARE(ratings.error().path, QStringLiteral("/nonexistent/ratings.csv"));
}

void tst_RatingFiles::invalidUtf8IsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("item,rater,label\n1,a,\xff\xfe\n");
    file.close();
    const auto ratings = readRatingsCsv(path);
    QVERIFY(!ratings);
    QCOMPARE(ratings.error().path, path);
}

void tst_RatingFiles::boxesFileIsRead()
{
    const auto boxes = parseBoxesCsv(QStringLiteral("image,rater,x,y,w,h,label\n"
                                                    "a.jpg,amy,10.5,20,30,40,car\n"
                                                    "a.jpg,bob,0,0,0,0,\"traffic, light\"\n"));
    ASSAY_VERIFY_RESULT(boxes);
    QCOMPARE(boxes->size(), 2);
    QCOMPARE(boxes->at(0).image, QStringLiteral("a.jpg"));
    QCOMPARE(boxes->at(0).rater, QStringLiteral("amy"));
    QCOMPARE(boxes->at(0).box.x, 10.5);
    QCOMPARE(boxes->at(0).box.h, 40.0);
    QCOMPARE(boxes->at(0).box.classId, QStringLiteral("car"));
    QCOMPARE(boxes->at(1).box.classId, QStringLiteral("traffic, light"));
    QCOMPARE(boxes->at(1).box.w, 0.0);
}

void tst_RatingFiles::boxesFileErrorsNameTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString header = QStringLiteral("image,rater,x,y,w,h,label\n");
    QTest::newRow("wrong header") << "image,rater,x,y,width,height,label\n"
                                  << "b.csv: line 1: the header is "
                                     "\"image,rater,x,y,width,height,label\"; expected "
                                     "image,rater,x,y,w,h,label";
    QTest::newRow("not a number") << header + "a,amy,ten,0,1,1,car\n"
                                  << "b.csv: line 2: x \"ten\" is not a number";
    QTest::newRow("infinite") << header + "a,amy,0,inf,1,1,car\n"
                              << "b.csv: line 2: y \"inf\" is not a number";
    QTest::newRow("negative width") << header + "a,amy,0,0,-1,1,car\n"
                                    << "b.csv: line 2: a box has a negative width or height";
    QTest::newRow("missing label") << header + "a,amy,0,0,1,1\n"
                                   << "b.csv: line 2: 6 fields; expected 7";
    QTest::newRow("empty rater") << header + "a,,0,0,1,1,car\n"
                                 << "b.csv: line 2: the rater is empty";
}

void tst_RatingFiles::boxesFileErrorsNameTheLine()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto boxes = parseBoxesCsv(text, QStringLiteral("b.csv"));
    QVERIFY(!boxes);
    QCOMPARE(boxes.error().toString(), message);
}

QTEST_GUILESS_MAIN(tst_RatingFiles)
#include "tst_ratingfiles.moc"
