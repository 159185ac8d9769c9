// SPDX-License-Identifier: Apache-2.0
// Imports of datasets laid out the way each tool's exporter lays them out (COCO and mmdetection,
// datumaro, CVAT task and project exports, Pascal VOC, Label Studio uploads and local files, YOLO
// labels apart from their images, CSV), into real projects over real image files: every image is
// found, and the summary says by which rule; loose writing is read and counted.
#include "core/project/services.h"
#include "core/transfer/datasetimport.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using namespace assay::core::interchange;

namespace {

void writeText(const QString &dir, const QString &relative, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A real image; its size and colour make each file's content (and so its item) its own.
void writeImage(const QString &dir, const QString &relative, int width, int height)
{
    const QString path = QDir(dir).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(qHash(relative) % 360), 200, 200));
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
}

// "path WxH" entries.
void writeImages(const QString &dir, const QStringList &images)
{
    for (const QString &spec : images) {
        const QString path = spec.section(QLatin1Char(' '), 0, 0);
        const QString size = spec.section(QLatin1Char(' '), 1, 1);
        writeImage(dir, path, size.section(QLatin1Char('x'), 0, 0).toInt(),
                   size.section(QLatin1Char('x'), 1, 1).toInt());
    }
}

std::unique_ptr<Project> newProject(const QString &dir)
{
    CreateOptions options;
    options.ownerName = QStringLiteral("lead");
    options.mediaRoot = dir;
    auto created = Project::create(QDir(dir).filePath(QStringLiteral("p.assay")), options);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return std::move(*created);
}

QVariantMap foundBy(const transfer::ImportSummary &summary)
{
    QVariantMap out;
    for (auto it = summary.mediaFoundBy.cbegin(); it != summary.mediaFoundBy.cend(); ++it) {
        if (it.value() > 0)
            out.insert(mediaRuleName(it.key()), int(it.value()));
    }
    return out;
}

// A COCO instances file over images named by file name, one 10x10 box each.
QByteArray cocoOver(const QStringList &fileNames)
{
    QByteArray images;
    QByteArray annotations;
    for (int i = 0; i < fileNames.size(); ++i) {
        const QByteArray id = QByteArray::number(i + 1);
        images += (i ? "," : "") + QByteArray("{\"id\":") + id + ",\"file_name\":\""
                  + fileNames[i].toUtf8() + "\",\"width\":64,\"height\":48}";
        annotations += (i ? "," : "") + QByteArray("{\"id\":") + id + ",\"image_id\":" + id
                       + ",\"category_id\":1,\"bbox\":[1,2,10,10],\"area\":100,\"iscrowd\":0,"
                         "\"segmentation\":[]}";
    }
    return "{\"info\":{},\"licenses\":[],\"images\":[" + images + "],\"annotations\":["
           + annotations
           + "],\"categories\":[{\"id\":1,\"name\":\"person\","
             "\"supercategory\":\"person\"}]}";
}

// A CVAT for images 1.1 annotations.xml: (name, subset) per image, one box each.
QByteArray cvatOver(const QList<QPair<QString, QString>> &images)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<annotations>\n"
                     "  <version>1.1</version>\n  <meta><project><labels><label><name>person"
                     "</name><type>rectangle</type><attributes/></label></labels></project>"
                     "</meta>\n";
    for (int i = 0; i < images.size(); ++i) {
        xml += "  <image id=\"" + QByteArray::number(i) + "\" name=\"" + images[i].first.toUtf8()
               + "\"";
        if (!images[i].second.isEmpty())
            xml += " subset=\"" + images[i].second.toUtf8() + "\"";
        xml += " width=\"64\" height=\"48\">\n    <box label=\"person\" source=\"manual\" "
               "occluded=\"0\" xtl=\"1\" ytl=\"2\" xbr=\"11\" ybr=\"12\" z_order=\"0\"/>\n"
               "  </image>\n";
    }
    return xml + "</annotations>\n";
}

// A Label Studio JSON export task with one rectangle; `result` extras as raw JSON.
QByteArray lsTask(int id, const QString &image,
                  const QByteArray &size = "\"original_width\":64,"
                                           "\"original_height\":48,",
                  const QByteArray &x = "10")
{
    return "{\"id\":" + QByteArray::number(id) + ",\"data\":{\"image\":\"" + image.toUtf8()
           + "\"},\"annotations\":[{\"id\":" + QByteArray::number(id)
           + ",\"completed_by\":1,\"was_cancelled\":false,\"result\":[{\"id\":\"r"
           + QByteArray::number(id) + "\",\"type\":\"rectanglelabels\",\"from_name\":\"label\","
           + "\"to_name\":\"image\"," + size + "\"image_rotation\":0,\"value\":{\"x\":" + x
           + ",\"y\":10,\"width\":20,\"height\":20,\"rotation\":0,\"rectanglelabels\":"
             "[\"person\"]}}]}]}";
}

const QByteArray vocXml = "<annotation><folder>VOC2007</folder><filename>a.jpg</filename>"
                          "<size><width>64</width><height>48</height><depth>3</depth></size>"
                          "<object><name>person</name><pose>Unspecified</pose>"
                          "<truncated>0</truncated><difficult>0</difficult><bndbox><xmin>2</xmin>"
                          "<ymin>3</ymin><xmax>11</xmax><ymax>12</ymax></bndbox></object>"
                          "</annotation>\n";

} // namespace

class tst_MediaLayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsLayout_data();
    void importsLayout();
    void cvatProjectSubsetsKeepRepeatedNamesApart();
    void ambiguousNameIsReportedNotGuessed();
    void cocoLenientReadingIsCounted();
    void labelStudioLenientReadingIsCounted();
    void summaryTextAndJsonSayWhichRule();
};

void tst_MediaLayouts::importsLayout_data()
{
    QTest::addColumn<QVariantMap>("texts");  // annotation files: relative path -> content
    QTest::addColumn<QStringList>("images"); // "relative/path.jpg WxH"
    QTest::addColumn<QString>("source");     // what is imported, relative
    QTest::addColumn<QString>("mediaRoot");  // --media-root, relative; empty: none
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("annotations");     // annotations written (one per image here)
    QTest::addColumn<QVariantMap>("foundBy"); // rule name -> images

    // mmdetection's data/coco and the official COCO zips: annotations/ beside val2017/.
    QTest::newRow("COCO, annotations/ beside val2017/")
            << QVariantMap{{"coco/annotations/instances_val2017.json",
                            cocoOver({"000000000139.jpg", "000000000285.jpg"})}}
            << QStringList{"coco/val2017/000000000139.jpg 64x48",
                           "coco/val2017/000000000285.jpg 64x48"}
            << "coco/annotations/instances_val2017.json"
            << ""
            << "coco" << 2 << QVariantMap{{"subset-folder", 2}};
    // datumaro's COCO export: annotations/instances_<subset>.json, images/<subset>/.
    QTest::newRow("COCO, datumaro images/<subset>/")
            << QVariantMap{{"dm/annotations/instances_default.json", cocoOver({"a.jpg", "b.jpg"})}}
            << QStringList{"dm/images/default/a.jpg 64x48", "dm/images/default/b.jpg 64x48"}
            << "dm/annotations/instances_default.json"
            << ""
            << "coco" << 2 << QVariantMap{{"subset-folder", 2}};
    // A COCO file that names images/ while --media-root is images/ already.
    QTest::newRow("COCO, images/ named twice")
            << QVariantMap{{"lists/instances.json", cocoOver({"images/a.jpg", "images/b.jpg"})}}
            << QStringList{"ds/images/a.jpg 64x48", "ds/images/b.jpg 64x48"}
            << "lists/instances.json"
            << "ds/images"
            << "coco" << 2 << QVariantMap{{"leading-folders-stripped", 2}};
    // The VOC devkit: Annotations/ and JPEGImages/; --media-root JPEGImages.
    QTest::newRow("VOC, JPEGImages as the media root")
            << QVariantMap{{"voc/Annotations/a.xml", vocXml}}
            << QStringList{"voc/JPEGImages/a.jpg 64x48"} << "voc"
            << "voc/JPEGImages"
            << "voc" << 1 << QVariantMap{{"beside-annotations", 1}};
    // CVAT's task export: annotations.xml and images/.
    QTest::newRow("CVAT task export")
            << QVariantMap{{"task/annotations.xml", cvatOver({{"a.jpg", ""}, {"b.jpg", ""}})}}
            << QStringList{"task/images/a.jpg 64x48", "task/images/b.jpg 64x48"}
            << "task/annotations.xml"
            << ""
            << "cvat" << 2 << QVariantMap{{"subset-folder", 2}};
    // Label Studio's JSON export: uploads are "/data/upload/<project>/<hash>-<name>". The
    // converter copies them into images/ under the hashed name; people keep originals under the
    // plain one; "/c.jpg" is a path from the server's root.
    QTest::newRow("Label Studio uploads")
            << QVariantMap{{"ls/export.json", "[" + lsTask(1, "/data/upload/3/1a2b3c4d-a.jpg") + ","
                                                      + lsTask(2, "/data/upload/3/5e6f7a8b-b.jpg")
                                                      + "," + lsTask(3, "/c.jpg") + "]"}}
            << QStringList{"ls/images/1a2b3c4d-a.jpg 64x48", "ls/b.jpg 64x48", "ls/c.jpg 64x48"}
            << "ls/export.json"
            << ""
            << "labelstudio" << 3
            << QVariantMap{{"subset-folder", 1},
                           {"upload-prefix", 1},
                           {"leading-folders-stripped", 1}};
    // Local storage: "/data/local-files/?d=<path under LOCAL_FILES_DOCUMENT_ROOT>".
    QTest::newRow("Label Studio local files")
            << QVariantMap{{"lsl/export.json",
                            "[" + lsTask(1, "/data/local-files/?d=photos/2024/d.jpg") + "]"}}
            << QStringList{"docroot/photos/2024/d.jpg 64x48"} << "lsl/export.json"
            << "docroot"
            << "labelstudio" << 1 << QVariantMap{{"upload-prefix", 1}};
    // Ultralytics labels/ kept apart from the images, which --media-root names.
    QTest::newRow("YOLO labels, images under the media root")
            << QVariantMap{{"yolo/data.yaml", "names:\n  0: person\n"},
                           {"yolo/labels/train/a.txt", "0 0.5 0.5 0.25 0.25\n"},
                           {"yolo/labels/val/b.txt", "0 0.5 0.5 0.25 0.25\n"}}
            << QStringList{"pics/train/a.jpg 64x48", "pics/val/b.jpg 64x48",
                           "pics/val/unlabelled.jpg 64x48"}
            << "yolo"
            << "pics"
            << "yolo" << 2 << QVariantMap{{"as-given", 2}};
    // CVAT's and datumaro's YOLO 1.1 (Darknet) export: obj.data, obj.names, a train.txt list of
    // image paths and obj_train_data/ with the labels only; the images are elsewhere.
    QTest::newRow("YOLO Darknet export, images under the media root")
            << QVariantMap{{"darknet/obj.data", "classes = 1\ntrain = data/train.txt\n"
                                                "names = data/obj.names\nbackup = backup/\n"},
                           {"darknet/obj.names", "person\n"},
                           {"darknet/train.txt", "data/obj_train_data/a.jpg\n"},
                           {"darknet/obj_train_data/a.txt", "0 0.5 0.5 0.25 0.25\n"}}
            << QStringList{"frames/a.jpg 64x48"} << "darknet"
            << "frames"
            << "yolo" << 1 << QVariantMap{{"as-given", 1}};
    // The labels/ folder itself given: its images are in images/ beside it.
    QTest::newRow("YOLO labels/ given, images/ beside")
            << QVariantMap{{"y2/data.yaml", "names: [person]\n"},
                           {"y2/labels/train/a.txt", "0 0.5 0.5 0.25 0.25\n"}}
            << QStringList{"y2/images/train/a.jpg 64x48"} << "y2/labels"
            << ""
            << "yolo" << 1 << QVariantMap{{"beside-annotations", 1}};
    // A CSV that names items by a path from another machine.
    QTest::newRow("CSV, paths of another machine")
            << QVariantMap{{"csv/labels.csv", "item,label\n/mnt/share/pets/cat1.jpg,cat\n"
                                              "D:\\pets\\dog1.jpg,dog\n"}}
            << QStringList{"pets/cat1.jpg 64x48", "pets/dog1.jpg 64x48"} << "csv/labels.csv"
            << "pets"
            << "csv" << 2 << QVariantMap{{"leading-folders-stripped", 2}};
}

void tst_MediaLayouts::importsLayout()
{
    QFETCH(QVariantMap, texts);
    QFETCH(QStringList, images);
    QFETCH(QString, source);
    QFETCH(QString, mediaRoot);
    QFETCH(QString, format);
    QFETCH(int, annotations);
    QFETCH(QVariantMap, foundBy);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        writeText(dir.path(), it.key(), it.value().toByteArray());
    writeImages(dir.path(), images);
    auto project = newProject(dir.path());
    transfer::ImportOptions options;
    options.format = format;
    options.addClasses = true;
    if (!mediaRoot.isEmpty())
        options.mediaRoot = dir.filePath(mediaRoot);
    auto summary = transfer::importDataset(*project, dir.filePath(source), options);
    ASSAY_VERIFY_RESULT(summary);

    QVERIFY2(summary->missingMedia.isEmpty(), qPrintable(summary->missingMedia.join(u' ')));
    QCOMPARE(summary->missingMediaCount, 0);
    QCOMPARE(summary->itemsAdded, annotations);
    QCOMPARE(summary->annotations, annotations);
    QCOMPARE(summary->droppedBoxes + summary->droppedLabels, 0);
    QCOMPARE(::foundBy(*summary), foundBy);
    QCOMPARE(summary->report.warningCount(WarningKind::UnknownImage), 0);
    QCOMPARE(summary->report.warningCount(WarningKind::MissingMedia), 0);
}

void tst_MediaLayouts::cvatProjectSubsetsKeepRepeatedNamesApart()
{
    // A CVAT project export: one annotations.xml, images/<subset>/, the same file name in two
    // subsets (different pictures). Each box goes to its own subset's image.
    QTemporaryDir dir;
    writeText(dir.path(), QStringLiteral("proj/annotations.xml"),
              cvatOver({{"frame_000001.jpg", "Train"}, {"frame_000001.jpg", "Validation"}}));
    writeImage(dir.path(), QStringLiteral("proj/images/Train/frame_000001.jpg"), 64, 48);
    writeImage(dir.path(), QStringLiteral("proj/images/Validation/frame_000001.jpg"), 32, 40);
    auto project = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    auto summary = transfer::importDataset(*project,
                                           dir.filePath(QStringLiteral("proj/annotations.xml")),
                                           options);
    ASSAY_VERIFY_RESULT(summary);
    QCOMPARE(summary->format, QStringLiteral("cvat"));
    QCOMPARE(summary->itemsAdded, 2);
    QCOMPARE(summary->annotations, 2); // one per item: not both on one image
    QCOMPARE(summary->boxes, 2);
    QCOMPARE(summary->mediaFoundBy.value(MediaRule::SubsetFolder), 2);
    auto paths = project->items().itemIdsByPath();
    ASSAY_VERIFY_RESULT(paths);
    QVERIFY(paths->contains(QStringLiteral("proj/images/Train/frame_000001.jpg")));
    QVERIFY(paths->contains(QStringLiteral("proj/images/Validation/frame_000001.jpg")));
}

void tst_MediaLayouts::ambiguousNameIsReportedNotGuessed()
{
    // The file name is all the dataset says, and two folders under the media root have it.
    QTemporaryDir dir;
    writeText(dir.path(), QStringLiteral("ann/instances.json"), cocoOver({"a.jpg", "b.jpg"}));
    writeImage(dir.path(), QStringLiteral("media/day1/a.jpg"), 64, 48);
    writeImage(dir.path(), QStringLiteral("media/day2/a.jpg"), 32, 40);
    writeImage(dir.path(), QStringLiteral("media/day2/b.jpg"), 64, 48);
    auto project = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    options.mediaRoot = dir.filePath(QStringLiteral("media"));
    auto summary = transfer::importDataset(*project,
                                           dir.filePath(QStringLiteral("ann/instances.json")),
                                           options);
    ASSAY_VERIFY_RESULT(summary);
    QCOMPARE(summary->mediaFoundBy.value(MediaRule::UniqueName), 1); // b.jpg
    QCOMPARE(summary->itemsAdded, 1);
    QCOMPARE(summary->ambiguousMediaCount, 1);
    QCOMPARE(summary->ambiguousMedia.size(), 1);
    QCOMPARE(summary->ambiguousMedia.constFirst().given, QStringLiteral("a.jpg"));
    QCOMPARE(summary->ambiguousMedia.constFirst().candidates,
             (QStringList{dir.filePath(QStringLiteral("media/day1/a.jpg")),
                          dir.filePath(QStringLiteral("media/day2/a.jpg"))}));
    QCOMPARE(summary->missingMediaCount, 1);
    QCOMPARE(summary->droppedBoxes, 1);
    const QString text = summary->text();
    QVERIFY2(text.contains(dir.filePath(QStringLiteral("media/day1/a.jpg")))
                     && text.contains(dir.filePath(QStringLiteral("media/day2/a.jpg"))),
             qPrintable(text));
}

void tst_MediaLayouts::cocoLenientReadingIsCounted()
{
    // What scripts and some exporters write: ids, numbers and flags as text, booleans for
    // iscrowd, no width/height, fields COCO does not define.
    QTemporaryDir dir;
    writeText(dir.path(), QStringLiteral("loose/instances.json"), R"({
        "images": [{"id": "1", "file_name": "a.jpg", "source": "phone"}],
        "annotations": [
            {"id": 1, "image_id": 1, "category_id": "1", "bbox": ["1", "2", "10", "10"],
             "area": "100", "iscrowd": "false", "reviewed": true},
            {"id": 2, "image_id": 1, "category_id": 1, "bbox": [5, 5, 4, 4], "iscrowd": true},
            {"id": 3, "image_id": 1, "category_id": 1, "bbox": [6, 6, 4, 4], "iscrowd": "1"},
            {"id": 4, "image_id": 1, "category_id": 1, "bbox": [7, 7, 4, 4], "iscrowd": false}
        ],
        "categories": [{"id": 1, "name": "person"}]
    })");
    writeImage(dir.path(), QStringLiteral("loose/a.jpg"), 64, 48);
    auto project = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    auto summary = transfer::importDataset(*project,
                                           dir.filePath(QStringLiteral("loose/instances.json")),
                                           options);
    ASSAY_VERIFY_RESULT(summary);
    const ImportReport &report = summary->report;
    QCOMPARE(summary->boxes, 2); // the crowd regions (true, "1") are skipped, as for 1
    QCOMPARE(report.skippedCount(SkipReason::CrowdRegion), 2);
    QCOMPARE(report.lenientCount(Leniency::FlagAsText), 2);    // "false", "1"
    QCOMPARE(report.lenientCount(Leniency::FlagAsBoolean), 2); // true, false
    QCOMPARE(report.lenientCount(Leniency::NumberAsText), 6);  // 4 bbox numbers, 2 ids
    QCOMPARE(report.lenientCount(Leniency::UnknownField), 2);  // "source", "reviewed"
    QCOMPARE(report.lenientCount(Leniency::SizeFromImage), 1);
    QCOMPARE(report.warningCount(WarningKind::UnknownImage), 0);
    const QJsonObject lenient = summary->toJson().value(QLatin1String("lenient")).toObject();
    QCOMPARE(lenient.value(QLatin1String("flag-as-text")).toInt(), 2);
    QCOMPARE(lenient.value(QLatin1String("size-from-image")).toInt(), 1);
    QVERIFY2(summary->text().contains(QLatin1String("2 flags written as text")),
             qPrintable(summary->text()));
}

void tst_MediaLayouts::labelStudioLenientReadingIsCounted()
{
    // Values as text, and a task without original_width/original_height: the size comes from the
    // image file, so the percentages still become pixels.
    QTemporaryDir dir;
    writeText(dir.path(), QStringLiteral("ls/export.json"),
              "[" + lsTask(1, QStringLiteral("/data/upload/1/0a1b2c3d-a.jpg"), "", "\"10\"") + "]");
    writeImage(dir.path(), QStringLiteral("ls/images/a.jpg"), 200, 100);
    auto project = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    auto summary = transfer::importDataset(*project, dir.filePath(QStringLiteral("ls/export.json")),
                                           options);
    ASSAY_VERIFY_RESULT(summary);
    QCOMPARE(summary->boxes, 1);
    QCOMPARE(summary->report.lenientCount(Leniency::SizeFromImage), 1);
    QCOMPARE(summary->report.lenientCount(Leniency::NumberAsText), 1);
    QCOMPARE(summary->report.warningCount(WarningKind::UnknownImageSize), 0);
    QCOMPARE(summary->mediaFoundBy.value(MediaRule::UploadPrefix), 1);
}

void tst_MediaLayouts::summaryTextAndJsonSayWhichRule()
{
    QTemporaryDir dir;
    writeText(dir.path(), QStringLiteral("coco/annotations/instances_train2017.json"),
              cocoOver({"a.jpg", "b.jpg"}));
    writeImage(dir.path(), QStringLiteral("coco/train2017/a.jpg"), 64, 48);
    writeImage(dir.path(), QStringLiteral("coco/annotations/b.jpg"), 64, 48);
    auto project = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    options.dryRun = true;
    auto summary = transfer::importDataset(*project,
                                           dir.filePath(QStringLiteral(
                                                   "coco/annotations/instances_train2017.json")),
                                           options);
    ASSAY_VERIFY_RESULT(summary);
    const QJsonObject json = summary->toJson();
    const QJsonObject by = json.value(QLatin1String("media_found_by")).toObject();
    QCOMPARE(by.size(), mediaRuleCount); // every rule, zeros included: a stable shape
    QCOMPARE(by.value(QLatin1String("as-given")).toInt(), 1);
    QCOMPARE(by.value(QLatin1String("subset-folder")).toInt(), 1);
    QCOMPARE(by.value(QLatin1String("unique-name")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("ambiguous_media_count")).toInt(), 0);
    QVERIFY2(summary->text().contains(QLatin1String("media found: 1 at the path given, 1 in the "
                                                    "subset folder")),
             qPrintable(summary->text()));
}

QTEST_MAIN(tst_MediaLayouts)
#include "tst_medialayouts.moc"
