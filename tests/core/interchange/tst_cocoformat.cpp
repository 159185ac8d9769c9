// SPDX-License-Identifier: Apache-2.0
// Tests of the COCO instances and results plug-ins: pycocotools-shaped files, bad input, round trips.
#include "core/interchange/cocoformat.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>

using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

// Declared before the fixtures: moc stops at multi-line raw strings.
class tst_CocoFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPycocotoolsInstances();
    void keepsCrowdWhenAsked();
    void readsKeysInAnyOrderAndStringIds();
    void readsLooseWritingAndCountsIt_data();
    void readsLooseWritingAndCountsIt();
    void looseWritingCountedOnceAcrossReadingWindows();
    void malformedJsonNamesLineAndColumn_data();
    void malformedJsonNamesLineAndColumn();
    void wrongShapeNamesTheEntry();
    void largeFilesAcrossReadingWindows_data();
    void largeFilesAcrossReadingWindows();
    void badBoxes_data();
    void badBoxes();
    void clipsOnlyWhenAsked();
    void missingMediaIsAWarning();
    void roundTripIsByteIdentical();
    void exportKeepsIdsAndAttributes();
    void readsResultsWithReference();
    void readsResultsWithoutReference();
    void resultsRoundTrip();
};

// Shaped like instances_val2017.json: info and licenses first, images with COCO's extra keys,
// annotations with polygon segmentation and one crowd RLE, categories last with gaps in ids.
static const char kInstances[] = R"({
  "info": {"description": "COCO 2017 Dataset", "url": "http://cocodataset.org", "version": "1.0",
           "year": 2017, "contributor": "COCO Consortium", "date_created": "2017/09/01"},
  "licenses": [{"url": "http://creativecommons.org/licenses/by-nc-sa/2.0/", "id": 1,
                "name": "Attribution-NonCommercial-ShareAlike License"}],
  "images": [
    {"license": 4, "file_name": "000000397133.jpg",
     "coco_url": "http://images.cocodataset.org/val2017/000000397133.jpg", "height": 427,
     "width": 640, "date_captured": "2013-11-14 17:02:52",
     "flickr_url": "http://farm7.staticflickr.com/6116/6255196340_da26cf2c9e_z.jpg", "id": 397133},
    {"license": 1, "file_name": "000000037777.jpg", "height": 230, "width": 352, "id": 37777},
    {"license": 1, "file_name": "000000252219.jpg", "height": 428, "width": 640, "id": 252219}
  ],
  "annotations": [
    {"segmentation": [[224.24, 297.18, 228.29, 297.18, 234.91, 298.29, 240.45, 297.55]],
     "area": 2765.1486500000005, "iscrowd": 0, "image_id": 397133,
     "bbox": [217.62, 240.54, 38.99, 57.75], "category_id": 44, "id": 82445},
    {"segmentation": [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]], "area": 100.0, "iscrowd": 0,
     "image_id": 37777, "bbox": [102.49, 118.47, 7.9, 17.31], "category_id": 1, "id": 1},
    {"segmentation": {"counts": [272, 2, 4, 4, 4, 4, 2, 9], "size": [230, 352]}, "area": 306,
     "iscrowd": 1, "image_id": 37777, "bbox": [10, 20, 30, 40], "category_id": 1, "id": 900100037777}
  ],
  "categories": [
    {"supercategory": "person", "id": 1, "name": "person"},
    {"supercategory": "kitchen", "id": 44, "name": "bottle"},
    {"supercategory": "indoor", "id": 90, "name": "toothbrush"}
  ]
}
)";

void tst_CocoFormat::readsPycocotoolsInstances()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "instances_val2017.json", kInstances);
    CocoFormat coco;
    QCOMPARE(coco.canRead(path), 90);
    const auto result = coco.read(path, {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.format, QStringLiteral("coco"));
    QCOMPARE(d.images.size(), 3);
    QCOMPARE(d.images.at(0).path, QStringLiteral("000000397133.jpg"));
    QCOMPARE(d.images.at(0).width, 640);
    QCOMPARE(d.images.at(0).height, 427);
    QCOMPARE(d.images.at(0).sourceId, QStringLiteral("397133"));
    QCOMPARE(d.categories.size(), 3);
    QCOMPARE(d.categories.at(1).name, QStringLiteral("bottle"));
    QCOMPARE(d.categories.at(1).sourceId, QStringLiteral("44"));
    QCOMPARE(d.categories.at(1).attributes.value("supercategory").toString(),
             QStringLiteral("kitchen"));
    QCOMPARE(d.boxes.size(), 2); // the crowd region is skipped
    const DatasetBox &bottle = d.boxes.at(0);
    QCOMPARE(d.categories.at(bottle.category).name, QStringLiteral("bottle"));
    QCOMPARE(d.images.at(bottle.image).sourceId, QStringLiteral("397133"));
    QCOMPARE(bottle.x, 217.62);
    QCOMPARE(bottle.y, 240.54);
    QCOMPARE(bottle.w, 38.99);
    QCOMPARE(bottle.h, 57.75);
    QVERIFY(!bottle.score());
    QCOMPARE(d.report.skippedCount(SkipReason::CrowdRegion), 1);
    QCOMPARE(d.report.skippedCount(SkipReason::SegmentationPolygon), 2);
    QCOMPARE(d.report.skippedCount(SkipReason::RleMask), 1);
    QCOMPARE(d.report.imagesWithoutAnnotations, 1);
    QVERIFY(d.report.warnings.isEmpty());
}

void tst_CocoFormat::keepsCrowdWhenAsked()
{
    ReadOptions options;
    options.keepCrowd = true;
    const auto result = CocoFormat::parse(kInstances, "a.json", options);
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), 3);
    QCOMPARE(result->boxes.at(2).attributes().value("iscrowd").toInt(), 1);
    QCOMPARE(result->report.skippedCount(SkipReason::CrowdRegion), 0);
}

void tst_CocoFormat::readsKeysInAnyOrderAndStringIds()
{
    // Annotations before images, string ids, integral floats as ids, attributes from CVAT's COCO.
    const QByteArray json = R"({"annotations": [{"id": 1, "image_id": "img-a", "category_id": 3.0,
        "bbox": [1, 2, 3, 4], "attributes": {"occluded": true, "color": "red"}, "score": 0.5}],
        "categories": [{"id": 3, "name": "cat"}],
        "images": [{"id": "img-a", "file_name": "sub/a.png", "width": 10, "height": 10}]})";
    const auto result = CocoFormat::parse(json, "a.json", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), 1);
    const DatasetBox &box = result->boxes.first();
    QCOMPARE(result->images.at(box.image).sourceId, QStringLiteral("img-a"));
    QCOMPARE(result->images.at(box.image).path, QStringLiteral("sub/a.png"));
    QCOMPARE(box.attributes().value("occluded").toBool(), true);
    QCOMPARE(box.attributes().value("color").toString(), QStringLiteral("red"));
    QCOMPARE(box.score().value_or(-1), 0.5);
}

void tst_CocoFormat::readsLooseWritingAndCountsIt_data()
{
    QTest::addColumn<QByteArray>("image");      // the image entry
    QTest::addColumn<QByteArray>("annotation"); // the annotation entry
    QTest::addColumn<bool>("ok");               // read at all (strict where the meaning is unclear)
    QTest::addColumn<int>("boxes");
    QTest::addColumn<int>("leniency"); // Leniency, -1 for none
    QTest::addColumn<int>("count");

    const QByteArray image = R"({"id": 1, "file_name": "a.jpg", "width": 64, "height": 48})";
    auto ann = [](const QByteArray &extra) {
        return R"({"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 2, 10, 10])" + extra + "}";
    };
    QTest::newRow("strict COCO") << image << ann(R"(, "iscrowd": 0)") << true << 1 << -1 << 0;
    QTest::newRow("iscrowd true") << image << ann(R"(, "iscrowd": true)") << true << 0
                                  << int(Leniency::FlagAsBoolean) << 1;
    QTest::newRow("iscrowd false") << image << ann(R"(, "iscrowd": false)") << true << 1
                                   << int(Leniency::FlagAsBoolean) << 1;
    QTest::newRow("iscrowd \"false\"") << image << ann(R"(, "iscrowd": "false")") << true << 1
                                       << int(Leniency::FlagAsText) << 1;
    QTest::newRow("iscrowd \"1\"")
            << image << ann(R"(, "iscrowd": "1")") << true << 0 << int(Leniency::FlagAsText) << 1;
    QTest::newRow("iscrowd \"maybe\" is refused")
            << image << ann(R"(, "iscrowd": "maybe")") << false << 0 << -1 << 0;
    QTest::newRow("bbox as text")
            << image
            << QByteArray(
                       R"({"id": 1, "image_id": 1, "category_id": 1, "bbox": ["1", "2", "10", "10"]})")
            << true << 1 << int(Leniency::NumberAsText) << 4;
    QTest::newRow("bbox \"wide\" is refused")
            << image
            << QByteArray(
                       R"({"id": 1, "image_id": 1, "category_id": 1, "bbox": ["wide", 2, 10, 10]})")
            << false << 0 << -1 << 0;
    QTest::newRow("size as text") << QByteArray(
            R"({"id": 1, "file_name": "a.jpg", "width": "64", "height": "48"})")
                                  << ann({}) << true << 1 << int(Leniency::NumberAsText) << 2;
    QTest::newRow("ids as text")
            << QByteArray(R"({"id": "1", "file_name": "a.jpg", "width": 64, "height": 48})")
            << QByteArray(R"({"id": 1, "image_id": 1, "category_id": "1", "bbox": [1, 2, 10, 10]})")
            << true << 1 << int(Leniency::NumberAsText) << 2;
    QTest::newRow("a name that looks like a number stays a name")
            << QByteArray(R"({"id": "01", "file_name": "a.jpg", "width": 64, "height": 48})")
            << ann({}) << true << 0 << -1 << 0;
    QTest::newRow("score as text")
            << image << ann(R"(, "score": "0.5")") << true << 1 << int(Leniency::NumberAsText) << 1;
    QTest::newRow("fields COCO does not define")
            << QByteArray(
                       R"({"id": 1, "file_name": "a.jpg", "width": 64, "height": 48, "camera": "x"})")
            << ann(R"(, "area": 100, "reviewed": true, "note": {"a": [1]})") << true << 1
            << int(Leniency::UnknownField) << 3;
}

void tst_CocoFormat::readsLooseWritingAndCountsIt()
{
    QFETCH(QByteArray, image);
    QFETCH(QByteArray, annotation);
    QFETCH(bool, ok);
    QFETCH(int, boxes);
    QFETCH(int, leniency);
    QFETCH(int, count);
    const QByteArray json = "{\"images\": [" + image + "], \"annotations\": [" + annotation
                            + "], \"categories\": [{\"id\": 1, \"name\": \"cat\"}]}";
    const auto result = CocoFormat::parse(json, "a.json", {});
    if (!ok) {
        QVERIFY(!result);
        return;
    }
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), boxes);
    qint64 total = 0;
    for (qint64 c : result->report.lenient)
        total += c;
    QCOMPARE(total, qint64(count)); // nothing else was counted
    if (leniency >= 0)
        QCOMPARE(result->report.lenientCount(Leniency(leniency)), qint64(count));
    if (boxes > 0) {
        QCOMPARE(result->boxes.first().x, 1.0);
        QCOMPARE(result->boxes.first().w, 10.0);
    }
}

void tst_CocoFormat::looseWritingCountedOnceAcrossReadingWindows()
{
    // The streaming reader reads an entry again when it crosses its window: counted once still.
    const int boxes = 40000;
    QByteArray json = R"({"images": [{"id": 1, "file_name": "a.jpg", "width": 640, "height": 480}],
        "categories": [{"id": 1, "name": "cat"}], "annotations": [)";
    for (int k = 0; k < boxes; ++k) {
        json += (k ? ",\n" : "") + QByteArray(R"({"id": )") + QByteArray::number(k + 1)
                + R"(, "image_id": 1, "category_id": 1, "bbox": [1.5, 2.25, 10, 20], "iscrowd": )"
                + (k % 2 ? "false" : "0") + R"(, "reviewer": "someone with a long name"})";
    }
    json += "]}\n";
    QVERIFY(json.size() > 3 * 1024 * 1024);
    QTemporaryDir dir;
    const auto result = CocoFormat().read(writeFixture(dir.path(), "loose.json", json), {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), boxes);
    QCOMPARE(result->report.lenientCount(Leniency::FlagAsBoolean), boxes / 2);
    QCOMPARE(result->report.lenientCount(Leniency::UnknownField), boxes);
}

void tst_CocoFormat::malformedJsonNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("missing comma")
            << QByteArray("{\n  \"images\": [\n    {\"id\": 1 \"file_name\": \"a.jpg\"}\n  ]\n}")
            << QStringLiteral("line 3, column");
    QTest::newRow("truncated") << QByteArray(kInstances).left(1500) << QStringLiteral("truncated");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1, column 1");
    QTest::newRow("trailing garbage")
            << QByteArray("{\"images\": []}\n]") << QStringLiteral("line 2, column 1");
    QTest::newRow("bad string") << QByteArray("{\"images\": [{\"file_name\": \"a\x01\"}]}")
                                << QStringLiteral("line 1, column");
}

void tst_CocoFormat::malformedJsonNamesLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "broken.json", json);
    const auto result = CocoFormat().read(path, {});
    QVERIFY(!result);
    QCOMPARE(result.error().path, path);
    QCOMPARE(result.error().code, assay::ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(where), qPrintable(result.error().toString()));
}

void tst_CocoFormat::wrongShapeNamesTheEntry()
{
    const QByteArray json = "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}],\n"
                            "\"annotations\": [\n  {\"image_id\": 1, \"bbox\": \"wide\"}\n]}";
    const auto result = CocoFormat::parse(json, "x.json", {});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains("line 3, column 3"),
             qPrintable(result.error().toString()));
    QVERIFY(result.error().message.contains("bbox"));
}

// Several MB, so that the reader goes through more than one 1 MiB window: every box, escaped
// names, a warning and an error found after the first window keep their line numbers.
void tst_CocoFormat::largeFilesAcrossReadingWindows_data()
{
    QTest::addColumn<QByteArray>("separator"); // between the members of an annotation
    QTest::addColumn<bool>("broken");
    QTest::newRow("compact") << QByteArray(",") << false;
    QTest::newRow("spaced") << QByteArray(",\n      ") << false;
    QTest::newRow("syntax error after 2 MiB") << QByteArray(", ") << true;
}

void tst_CocoFormat::largeFilesAcrossReadingWindows()
{
    QFETCH(QByteArray, separator);
    QFETCH(bool, broken);
    const int images = 3000;
    const int boxes = 40000;
    QByteArray json = "{\"images\": [\n";
    int line = 2;
    for (int i = 0; i < images; ++i) {
        // Every tenth name has an escaped non-ASCII letter (\u00fc).
        json += "  {\"id\": " + QByteArray::number(i + 1) + ", \"file_name\": \"img\\u00fc-"
                + QByteArray::number(i) + ".jpg\", \"width\": 640, \"height\": 480}"
                + (i + 1 < images ? ",\n" : "\n");
        ++line;
    }
    json += "],\n\"categories\": [{\"id\": 7, \"name\": \"cat\"}, {\"id\": 9, \"name\": \"dog\"}],\n\"annotations\": [\n";
    line += 3;
    const int lines = 3 * int(separator.count('\n')) + 1; // per annotation: three separators
    int warningLine = 0;
    int errorLine = 0;
    for (int k = 0; k < boxes; ++k) {
        const bool unknown = k == boxes - 10;
        if (unknown)
            warningLine = line;
        QByteArray entry = "  {\"id\": " + QByteArray::number(k + 1) + separator + "\"image_id\": "
                           + QByteArray::number(k % images + 1) + separator + "\"category_id\": "
                           + (unknown ? QByteArray("42") : QByteArray::number(k % 2 ? 9 : 7))
                           + separator + "\"bbox\": [" + QByteArray::number(k % 600) + ".25, "
                           + QByteArray::number(k % 400) + ".5, 10.125, "
                           + QByteArray::number(1 + k % 50) + "], \"iscrowd\": 0}";
        if (broken && !errorLine && json.size() > 2 * 1024 * 1024) {
            errorLine = line;
            entry.replace("\"iscrowd\": 0}", "\"iscrowd\" 0}");
        }
        json += entry + (k + 1 < boxes ? ",\n" : "\n");
        line += lines;
    }
    json += "]}\n";
    QVERIFY(json.size() > 3 * 1024 * 1024);
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "large.json", json);
    const auto result = CocoFormat().read(path, {});
    if (broken) {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("line %1,").arg(errorLine)),
                 qPrintable(result.error().toString()));
        return;
    }
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->images.size(), images);
    QCOMPARE(result->images[5].path, QStringLiteral("img\u00fc-5.jpg"));
    QCOMPARE(result->boxes.size(), boxes - 1);
    const DatasetBox &b
            = result->boxes[boxes - 2]; // annotation boxes - 1 (the unknown one is left out)
    QCOMPARE(b.x, double((boxes - 1) % 600) + 0.25);
    QCOMPARE(b.y, double((boxes - 1) % 400) + 0.5);
    QCOMPARE(b.w, 10.125);
    QCOMPARE(b.h, double(1 + (boxes - 1) % 50));
    QCOMPARE(result->categories[b.category].name, QStringLiteral("dog"));
    QCOMPARE(result->report.warningCounts.value(WarningKind::UnknownCategory), 1);
    QCOMPARE(result->report.warnings.first().line, warningLine);
}

void tst_CocoFormat::badBoxes_data()
{
    QTest::addColumn<QByteArray>("annotation");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("warning");
    QTest::newRow("negative width")
            << QByteArray(R"({"image_id": 1, "category_id": 1, "bbox": [5, 5, -3, 4]})") << 0
            << int(WarningKind::NegativeSize);
    QTest::newRow("zero height") << QByteArray(
            R"({"image_id": 1, "category_id": 1, "bbox": [5, 5, 3, 0]})")
                                 << 0 << int(WarningKind::NegativeSize);
    QTest::newRow("outside") << QByteArray(
            R"({"image_id": 1, "category_id": 1, "bbox": [90, 5, 30, 4]})")
                             << 1 << int(WarningKind::OutsideImage);
    QTest::newRow("unknown category")
            << QByteArray(R"({"image_id": 1, "category_id": 7, "bbox": [5, 5, 3, 4]})") << 0
            << int(WarningKind::UnknownCategory);
    QTest::newRow("unknown image")
            << QByteArray(R"({"image_id": 9, "category_id": 1, "bbox": [5, 5, 3, 4]})") << 0
            << int(WarningKind::UnknownImage);
    QTest::newRow("three numbers")
            << QByteArray(R"({"image_id": 1, "category_id": 1, "bbox": [5, 5, 3]})") << 0
            << int(WarningKind::MalformedEntry);
}

void tst_CocoFormat::badBoxes()
{
    QFETCH(QByteArray, annotation);
    QFETCH(int, kept);
    QFETCH(int, warning);
    const QByteArray json
            = "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 100, \"height\": 50}],\n"
              "\"categories\": [{\"id\": 1, \"name\": \"a\"}],\n\"annotations\": [\n"
              + annotation + "\n]}";
    const auto result = CocoFormat::parse(json, "bad.json", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), kept);
    QCOMPARE(result->report.warningCount(WarningKind(warning)), 1);
    QCOMPARE(result->report.warnings.size(), 1);
    const ImportWarning &w = result->report.warnings.first();
    QCOMPARE(w.file, QStringLiteral("bad.json"));
    QCOMPARE(w.line, 4);
    QCOMPARE(w.column, 1);
    if (kept == 0)
        QCOMPARE(result->report.skippedCount(SkipReason::InvalidBox), 1);
}

void tst_CocoFormat::clipsOnlyWhenAsked()
{
    const QByteArray json
            = R"({"images": [{"id": 1, "file_name": "a.jpg", "width": 100, "height": 50}],
        "categories": [{"id": 1, "name": "a"}],
        "annotations": [{"image_id": 1, "category_id": 1, "bbox": [-10, 40, 30, 20]},
                        {"image_id": 1, "category_id": 1, "bbox": [200, 10, 5, 5]}]})";
    const auto kept = CocoFormat::parse(json, "a.json", {});
    ASSAY_VERIFY_RESULT(kept);
    QCOMPARE(kept->boxes.size(), 2);
    QCOMPARE(kept->boxes.at(0).x, -10.0);
    QCOMPARE(kept->report.warningCount(WarningKind::OutsideImage), 2);
    ReadOptions options;
    options.clipToImage = true;
    const auto clipped = CocoFormat::parse(json, "a.json", options);
    ASSAY_VERIFY_RESULT(clipped);
    QCOMPARE(clipped->boxes.size(), 1); // the second one is wholly outside
    const DatasetBox &box = clipped->boxes.first();
    QCOMPARE(box.x, 0.0);
    QCOMPARE(box.y, 40.0);
    QCOMPARE(box.w, 20.0);
    QCOMPARE(box.h, 10.0);
    QCOMPARE(clipped->report.clippedBoxes, 1);
}

void tst_CocoFormat::missingMediaIsAWarning()
{
    QTemporaryDir dir;
    writeFixture(dir.path(), "media/000000397133.jpg", "x");
    ReadOptions options;
    options.mediaRoot = dir.filePath("media");
    const auto result = CocoFormat::parse(kInstances, "a.json", options);
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->report.warningCount(WarningKind::MissingMedia), 2);
    QVERIFY(result->report.warnings.first().message.contains("000000037777.jpg"));
}

void tst_CocoFormat::roundTripIsByteIdentical()
{
    QTemporaryDir dir;
    const auto first = CocoFormat::parse(kInstances, "a.json", {});
    ASSAY_VERIFY_RESULT(first);
    const QString out1 = dir.filePath("out1.json");
    const QString out2 = dir.filePath("out2.json");
    auto written = CocoFormat().write(*first, out1, {});
    ASSAY_VERIFY_RESULT(written);
    QCOMPARE(written->files, QStringList{out1});
    const auto second = CocoFormat().read(out1, {});
    ASSAY_VERIFY_RESULT(second);
    QCOMPARE(boxLines(*second), boxLines(*first));
    ASSAY_VERIFY_RESULT(CocoFormat().write(*second, out2, {}));
    QCOMPARE(readAll(out2), readAll(out1));
    // Same dataset, same bytes, pretty or not.
    WriteOptions pretty;
    pretty.prettyJson = true;
    QCOMPARE(CocoFormat::serialize(*first, pretty), CocoFormat::serialize(*second, pretty));
    const auto fromPretty = CocoFormat::parse(CocoFormat::serialize(*first, pretty), "p.json", {});
    ASSAY_VERIFY_RESULT(fromPretty);
    QCOMPARE(boxLines(*fromPretty), boxLines(*first));
}

void tst_CocoFormat::exportKeepsIdsAndAttributes()
{
    Dataset d;
    d.images << DatasetImage{"a.jpg", 640, 480, "397133", {}}
             << DatasetImage{"b.jpg", 10, 10, "12", {}};
    d.categories << DatasetCategory{"44", "bottle", {{"supercategory", "kitchen"}}};
    DatasetBox box;
    box.image = 0;
    box.category = 0;
    box.x = 0.1;
    box.y = 1e-7;
    box.w = 1.0 / 3.0;
    box.h = 2;
    box.setAttributes({{"iscrowd", 1}, {"occluded", true}});
    d.boxes << box;
    const QByteArray json = CocoFormat::serialize(d, {});
    QVERIFY(json.contains(
            R"("images":[{"id":397133,"file_name":"a.jpg","width":640,"height":480})"));
    QVERIFY2(json.contains(R"("bbox":[0.1,1e-07,0.3333333333333333,2])"), json.constData());
    QVERIFY(json.contains(R"("iscrowd":1)"));
    QVERIFY(json.contains(R"("attributes":{"occluded":true})"));
    QVERIFY(json.contains(R"({"id":44,"name":"bottle","supercategory":"kitchen"})"));
    ReadOptions options;
    options.keepCrowd = true;
    const auto back = CocoFormat::parse(json, "x.json", options);
    ASSAY_VERIFY_RESULT(back);
    QCOMPARE(back->boxes.first().w, 1.0 / 3.0);
    QCOMPARE(back->boxes.first().attributes(), box.attributes());
}

static const char kResults[]
        = R"([{"image_id": 397133, "category_id": 44, "bbox": [217.6, 240.5, 39.0, 57.8], "score": 0.921},
{"image_id": 37777, "category_id": 1, "bbox": [102.5, 118.5, 7.9, 17.3], "score": 0.15},
{"image_id": 5, "category_id": 1, "bbox": [1, 1, 1, 1], "score": 0.5}])";

void tst_CocoFormat::readsResultsWithReference()
{
    QTemporaryDir dir;
    const QString reference = writeFixture(dir.path(), "instances.json", kInstances);
    const QString path = writeFixture(dir.path(), "detections_val2017_results.json", kResults);
    CocoResultsFormat results;
    QCOMPARE(results.canRead(path), 90);
    QCOMPARE(CocoFormat().canRead(path), 0);
    ReadOptions options;
    options.referencePath = reference;
    const auto d = results.read(path, options);
    ASSAY_VERIFY_RESULT(d);
    QCOMPARE(d->boxes.size(), 2);
    QCOMPARE(d->images.size(), 3);
    QCOMPARE(d->categories.at(d->boxes.at(0).category).name, QStringLiteral("bottle"));
    QCOMPARE(d->boxes.at(0).score().value_or(-1), 0.921);
    QCOMPARE(d->report.warningCount(WarningKind::UnknownImage), 1);
    QCOMPARE(d->report.warnings.first().line, 3);
}

void tst_CocoFormat::readsResultsWithoutReference()
{
    const auto d = CocoResultsFormat::parse(kResults, "r.json", {});
    ASSAY_VERIFY_RESULT(d);
    QCOMPARE(d->boxes.size(), 3);
    QCOMPARE(d->images.size(), 3);
    QCOMPARE(d->images.at(0).sourceId, QStringLiteral("5")); // in increasing id order
    QCOMPARE(d->categories.size(), 2);
    QCOMPARE(d->categories.at(0).name, QStringLiteral("1"));
}

void tst_CocoFormat::resultsRoundTrip()
{
    const auto d = CocoResultsFormat::parse(kResults, "r.json", {});
    ASSAY_VERIFY_RESULT(d);
    const QByteArray once = CocoResultsFormat::serialize(*d, {});
    QVERIFY(once.startsWith(
            R"([{"image_id":397133,"category_id":44,"bbox":[217.6,240.5,39,57.8],"score":0.921})"));
    const auto back = CocoResultsFormat::parse(once, "r2.json", {});
    ASSAY_VERIFY_RESULT(back);
    QCOMPARE(CocoResultsFormat::serialize(*back, {}), once);
}

QTEST_MAIN(tst_CocoFormat)
#include "tst_cocoformat.moc"
