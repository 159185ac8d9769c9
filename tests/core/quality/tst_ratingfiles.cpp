// SPDX-License-Identifier: Apache-2.0
// The rating and box file checks: headers, fields, repeats, error lines (the CSV syntax itself is
// tested in tests/core/csv).
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
    void ratingsFileIsRead();
    void ratingsFileErrorsNameFileLineAndReason_data();
    void ratingsFileErrorsNameFileLineAndReason();
    void ratingSetIsReadStraightFromTheFile();
    void missingFileIsNotFound();
    void invalidUtf8IsRefused();
    void boxesFileIsRead();
    void boxesFileErrorsNameTheLine_data();
    void boxesFileErrorsNameTheLine();
};

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
    // The command line's path into the indexed set says the same.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const auto set = readRatingSetCsv(path);
    QVERIFY(!set);
    QCOMPARE(set.error().path, path);
    QCOMPARE(QStringLiteral("r.csv: ") + set.error().message, message);
}

void tst_RatingFiles::ratingSetIsReadStraightFromTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xef\xbb\xbfItem , Rater,LABEL\r\nb,zed,\"x, y\"\r\na,amy,w\nb,amy,w\n\n"
               "c,bob,\"x, y\"\na,zed,\xc3\xa9\nb,bob,w\n");
    file.close();
    const auto set = readRatingSetCsv(path);
    ASSAY_VERIFY_RESULT(set);
    const auto ratings = readRatingsCsv(path);
    ASSAY_VERIFY_RESULT(ratings);
    const auto expected = RatingSet::fromRatings(*ratings);
    ASSAY_VERIFY_RESULT(expected);
    QCOMPARE(set->items(), (QStringList{"b", "a", "c"}));
    QCOMPARE(set->items(), expected->items());
    QCOMPARE(set->raters(), expected->raters());
    QCOMPARE(set->labels(), expected->labels());
    QCOMPARE(set->labels(), (QStringList{"w", "x, y", QString::fromUtf8("\xc3\xa9")}));
    QCOMPARE(set->ratingCount(), 6);
    for (int i = 0; i < set->itemCount(); ++i) {
        QCOMPARE(set->begin(i), expected->begin(i));
        QCOMPARE(set->end(i), expected->end(i));
        for (int p = set->begin(i); p < set->end(i); ++p) {
            QCOMPARE(set->raterAt(p), expected->raterAt(p));
            QCOMPARE(set->labelAt(p), expected->labelAt(p));
        }
    }
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
