// SPDX-License-Identifier: Apache-2.0
// Tests of the YOLO plug-in: Ultralytics and labelImg layouts, data.yaml forms, round trips.
#include "core/interchange/imageheader.h"
#include "core/interchange/yoloformat.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>

using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

class tst_YoloFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataYamlNames_data();
    void dataYamlNames();
    void dataYamlErrorsNameTheLine();
    void readsUltralyticsLayout();
    void readsLabelImgLayout();
    void badLines();
    void unreadableImageIsAWarning();
    void roundTripWithinTolerance();
    void reExportIsByteIdentical();
    void labelPaths_data();
    void labelPaths();
    void headerSizeMatchesDecoder_data();
    void headerSizeMatchesDecoder();
    void gifHeaderSize();
    void jpegExifOrientationSwapsSize();
};

void tst_YoloFormat::dataYamlNames_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("ultralytics mapping") << QByteArray(
            "# Ultralytics YOLO, AGPL-3.0 license\npath: ../datasets/coco8 # dataset root dir\n"
            "train: images/train # train images\nval: images/val\ntest: # optional\n\n"
            "# Classes\nnames:\n  0: person\n  1: bicycle\n  2: 'traffic light'\n")
                                         << QStringList{"person", "bicycle", "traffic light"};
    QTest::newRow("flow list") << QByteArray("nc: 2\nnames: ['person', \"car\"]\n")
                               << QStringList{"person", "car"};
    QTest::newRow("flow list over lines")
            << QByteArray("names: ['person', 'bicycle',\n        'car'] # three\nnc: 3\n")
            << QStringList{"person", "bicycle", "car"};
    QTest::newRow("block list") << QByteArray("names:\n- person\n- car # a comment\n")
                                << QStringList{"person", "car"};
    QTest::newRow("flow mapping") << QByteArray("names: {0: person, 1: car}\n")
                                  << QStringList{"person", "car"};
    QTest::newRow("quotes and colons")
            << QByteArray("names:\n  0: 'a: b'\n  1: \"it's #1\"\n  2: 'don''t'\n")
            << QStringList{"a: b", "it's #1", "don't"};
    QTest::newRow("crlf") << QByteArray("names:\r\n  0: person\r\n  1: car\r\n")
                          << QStringList{"person", "car"};
}

void tst_YoloFormat::dataYamlNames()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, names);
    const auto result = YoloFormat::parseDataYaml(yaml, "data.yaml");
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->names.values(), names);
    QCOMPARE(result->names.firstKey(), 0);
}

void tst_YoloFormat::dataYamlErrorsNameTheLine()
{
    const auto unclosed = YoloFormat::parseDataYaml("train: a\nnames: [a, b\n", "data.yaml");
    QVERIFY(!unclosed);
    QCOMPARE(unclosed.error().path, QStringLiteral("data.yaml"));
    QVERIFY2(unclosed.error().message.contains("line 2"), qPrintable(unclosed.error().toString()));
    const auto bad = YoloFormat::parseDataYaml("names:\n  zero: person\n", "data.yaml");
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains("line 2"));
}

// Ultralytics: images/<split>/x.jpg with labels/<split>/x.txt and data.yaml at the root.
static void makeUltralytics(const QString &root)
{
    writeFixture(
            root, "data.yaml",
            "path: .\ntrain: images/train\nval: images/val\nnames:\n  0: person\n  1: car\n  2: dog\n");
    writeImage(root, "images/train/a.jpg", 640, 480);
    writeImage(root, "images/train/b.png", 100, 50);
    writeImage(root, "images/val/c.jpg", 32, 32);
    // Ultralytics writes %g-style numbers; a trailing newline; one box per line.
    writeFixture(root, "labels/train/a.txt", "0 0.5 0.5 0.25 0.5\n1 0.1 0.2 0.1 0.2\n");
    // save_conf: a sixth column; a segment line (class + polygon) is counted and skipped.
    writeFixture(root, "labels/train/b.txt",
                 "2 0.5 0.5 0.2 0.4 0.87\n0 0.1 0.1 0.2 0.1 0.2 0.2 0.1 0.2\n");
    writeFixture(root, "labels/train/orphan.txt", "0 0.5 0.5 0.1 0.1\n");
}

void tst_YoloFormat::readsUltralyticsLayout()
{
    QTemporaryDir dir;
    makeUltralytics(dir.path());
    YoloFormat yolo;
    QCOMPARE(yolo.canRead(dir.path()), 95);
    QCOMPARE(yolo.canRead(dir.filePath("data.yaml")), 90);
    const auto result = yolo.read(dir.filePath("data.yaml"), {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.images.size(), 3);
    QCOMPARE(d.images.at(0).path, QStringLiteral("images/train/a.jpg"));
    QCOMPARE(d.images.at(0).width, 640);
    QCOMPARE(d.images.at(0).height, 480);
    QCOMPARE(d.categories.size(), 3);
    QCOMPARE(d.categories.at(2).name, QStringLiteral("dog"));
    QCOMPARE(d.categories.at(2).sourceId, QStringLiteral("2"));
    QCOMPARE(boxLines(d), (QStringList{"images/train/a.jpg person 240 120 160 240",
                                       "images/train/a.jpg car 32 48 64 96",
                                       "images/train/b.png dog 40 15 20 20"}));
    QCOMPARE(d.boxes.at(2).score().value_or(-1), 0.87);
    QCOMPARE(d.report.skippedCount(SkipReason::SegmentationPolygon), 1);
    QCOMPARE(d.report.imagesWithoutAnnotations, 1);
    QCOMPARE(d.report.warningCount(WarningKind::UnknownImage), 1); // orphan.txt
}

void tst_YoloFormat::readsLabelImgLayout()
{
    QTemporaryDir dir;
    // labelImg: classes.txt and x.txt beside x.jpg; it writes six decimals.
    writeFixture(dir.path(), "classes.txt", "dog\ncat\n");
    writeImage(dir.path(), "img1.jpg", 200, 100);
    writeFixture(dir.path(), "img1.txt", "1 0.500000 0.500000 0.250000 0.300000\n");
    writeImage(dir.path(), "img2.png", 10, 10);
    YoloFormat yolo;
    QCOMPARE(yolo.canRead(dir.path()), 85);
    const auto result = yolo.read(dir.path(), {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(boxLines(*result), QStringList{"img1.jpg cat 75 35 50 30"});
    QCOMPARE(result->report.imagesWithoutAnnotations, 1);
}

void tst_YoloFormat::badLines()
{
    QTemporaryDir dir;
    writeFixture(dir.path(), "classes.txt", "a\nb\n");
    writeImage(dir.path(), "x.png", 100, 100);
    writeFixture(dir.path(), "x.txt",
                 "0 0.5 0.5 0.2\n"      // four fields
                 "7 0.5 0.5 0.2 0.2\n"  // unknown class
                 "1 0.5 0.5 -0.2 0.2\n" // negative size
                 "1 0.95 0.5 0.2 0.2\n" // crosses the right border
                 "x 0.5 0.5 0.2 0.2\n"  // not a number
                 "\n"
                 "0 0.5 0.5 0.2 0.2"); // no final newline
    const auto result = YoloFormat().read(dir.path(), {});
    ASSAY_VERIFY_RESULT(result);
    const ImportReport &r = result->report;
    QCOMPARE(result->boxes.size(), 2);
    QCOMPARE(r.warningCount(WarningKind::MalformedEntry), 2);
    QCOMPARE(r.warningCount(WarningKind::UnknownCategory), 1);
    QCOMPARE(r.warningCount(WarningKind::NegativeSize), 1);
    QCOMPARE(r.warningCount(WarningKind::OutsideImage), 1);
    QCOMPARE(r.skippedCount(SkipReason::InvalidBox), 4);
    QList<int> lines;
    for (const ImportWarning &w : r.warnings) {
        QVERIFY(w.file.endsWith("x.txt"));
        lines << w.line;
    }
    QCOMPARE(lines, (QList<int>{1, 2, 3, 4, 5}));
}

void tst_YoloFormat::unreadableImageIsAWarning()
{
    QTemporaryDir dir;
    writeFixture(dir.path(), "classes.txt", "a\n");
    writeFixture(dir.path(), "fake.jpg", "this is not a JPEG");
    writeFixture(dir.path(), "fake.txt", "0 0.5 0.5 0.2 0.2\n");
    const auto result = YoloFormat().read(dir.path(), {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), 0);
    QCOMPARE(result->report.warningCount(WarningKind::UnknownImageSize), 1);
    QVERIFY(result->report.warnings.first().message.contains("fake.jpg"));
}

// Numbers of a label file, in order.
static QList<double> numbers(const QByteArray &text)
{
    QList<double> values;
    for (const QByteArray &token : text.simplified().split(' '))
        if (!token.isEmpty())
            values << token.toDouble();
    return values;
}

void tst_YoloFormat::roundTripWithinTolerance()
{
    QTemporaryDir dir;
    makeUltralytics(dir.path());
    // Awkward values: thirds, tiny and near-one sizes, odd image sizes.
    writeImage(dir.path(), "images/val/d.png", 333, 777);
    writeFixture(
            dir.path(), "labels/val/d.txt",
            "1 0.333333333333 0.123456789 0.0001 0.99\n0 0.5 0.5 1 1\n2 0.7071067811865476 0.1 0.2 0.05\n");
    const auto first = YoloFormat().read(dir.path(), {});
    ASSAY_VERIFY_RESULT(first);
    const QString out = dir.filePath("export");
    auto written = YoloFormat().write(*first, out, {});
    ASSAY_VERIFY_RESULT(written);
    QVERIFY(written->files.contains(QDir(out).absoluteFilePath("classes.txt")));
    QCOMPARE(readAll(QDir(out).filePath("classes.txt")), QByteArray("person\ncar\ndog\n"));
    QVERIFY(readAll(QDir(out).filePath("data.yaml"))
                    .contains("names:\n  0: person\n  1: car\n  2: dog\n"));
    for (const QString &name : {"labels/train/a.txt", "labels/val/d.txt"}) {
        const QList<double> before = numbers(readAll(dir.filePath(name)));
        const QList<double> after = numbers(readAll(QDir(out).filePath(name)));
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(near(after.at(i), before.at(i), 1e-6), qPrintable(QStringLiteral("%1: %2 != %3")
                                                                               .arg(name)
                                                                               .arg(after.at(i))
                                                                               .arg(before.at(i))));
    }
    // The segment line is not written back (counted at import); the confidence is.
    QCOMPARE(readAll(QDir(out).filePath("labels/train/b.txt")),
             QByteArray("2 0.5 0.5 0.2 0.4 0.87\n"));
    QCOMPARE(readAll(QDir(out).filePath("labels/val/c.txt")), QByteArray());
}

void tst_YoloFormat::reExportIsByteIdentical()
{
    QTemporaryDir dir;
    makeUltralytics(dir.path());
    const auto first = YoloFormat().read(dir.path(), {});
    ASSAY_VERIFY_RESULT(first);
    const QString out1 = dir.filePath("one");
    ASSAY_VERIFY_RESULT(YoloFormat().write(*first, out1, {}));
    // Put the images beside the exported labels so that the export reads back.
    for (const DatasetImage &image : first->images) {
        QDir().mkpath(QFileInfo(QDir(out1).filePath(image.path)).absolutePath());
        QVERIFY(QFile::copy(dir.filePath(image.path), QDir(out1).filePath(image.path)));
    }
    const auto second = YoloFormat().read(out1, {});
    ASSAY_VERIFY_RESULT(second);
    QCOMPARE(boxLines(*second), boxLines(*first));
    const QString out2 = dir.filePath("two");
    ASSAY_VERIFY_RESULT(YoloFormat().write(*second, out2, {}));
    for (const QString &name : {"classes.txt", "data.yaml", "labels/train/a.txt",
                                "labels/train/b.txt", "labels/val/c.txt"})
        QCOMPARE(readAll(QDir(out2).filePath(name)), readAll(QDir(out1).filePath(name)));
}

void tst_YoloFormat::labelPaths_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("label");
    QTest::newRow("ultralytics") << "images/train/a.jpg"
                                 << "labels/train/a.txt";
    QTest::newRow("nested") << "coco/images/val2017/0001.jpg"
                            << "coco/labels/val2017/0001.txt";
    QTest::newRow("labelImg") << "a.b.jpg"
                              << "a.b.txt";
    QTest::newRow("subfolder") << "cats/x.png"
                               << "cats/x.txt";
    QTest::newRow("absolute") << "/data/upload/1/x.jpg"
                              << "x.txt";
}

void tst_YoloFormat::labelPaths()
{
    QFETCH(QString, image);
    QFETCH(QString, label);
    QCOMPARE(YoloFormat::labelPathFor(image), label);
}

void tst_YoloFormat::headerSizeMatchesDecoder_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << "a.png";
    QTest::newRow("jpeg") << "a.jpg";
    QTest::newRow("bmp") << "a.bmp";
    QTest::newRow("webp") << "a.webp";
}

void tst_YoloFormat::headerSizeMatchesDecoder()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(name);
    // OpenCV writes and decodes the file: an independent reader to compare the header with.
    const cv::Mat image(45, 123, CV_8UC3, cv::Scalar(0, 0, 255));
    if (!cv::imwrite(path.toStdString(), image))
        QSKIP("no writer for this format");
    const cv::Mat decoded = cv::imread(path.toStdString(), cv::IMREAD_UNCHANGED);
    QVERIFY(!decoded.empty());
    QCOMPARE(probeImageSize(path), QSize(decoded.cols, decoded.rows));
    // Truncated to the first bytes: no size rather than a wrong one.
    QFile::resize(path, 10);
    QVERIFY(!probeImageSize(path).isValid());
}

void tst_YoloFormat::gifHeaderSize()
{
    // GIF89a, logical screen 123 x 45 (little endian), no colour table, then the trailer.
    const QByteArray gif = QByteArray("GIF89a", 6)
                           + QByteArray::fromHex("7b002d00000000"
                                                 "3b");
    QCOMPARE(probeImageSizeFromHeader(gif), QSize(123, 45));
    QVERIFY(!probeImageSizeFromHeader(gif.left(8)).isValid());
}

void tst_YoloFormat::jpegExifOrientationSwapsSize()
{
    // SOI, APP1 Exif (little endian, IFD0 with Orientation = 6: rotated 90 degrees), SOF0 of a
    // 32x16 frame: shown 16 wide and 32 high, as Ultralytics' exif_size reports it.
    const QByteArray exif = QByteArray::fromHex("ffe10022"
                                                "457869660000"
                                                "49492a0008000000"
                                                "0100"
                                                "120103000100000006000000"
                                                "00000000");
    const QByteArray sof = QByteArray::fromHex("ffc000110800100020030122000211010311 01");
    const QByteArray soi = QByteArray::fromHex("ffd8");
    const QByteArray eoi = QByteArray::fromHex("ffd9");
    QCOMPARE(probeImageSizeFromHeader(soi + exif + sof + eoi), QSize(16, 32));
    // The same frame without EXIF keeps its coded size.
    QCOMPARE(probeImageSizeFromHeader(soi + sof + eoi), QSize(32, 16));
}

QTEST_MAIN(tst_YoloFormat)
#include "tst_yoloformat.moc"
