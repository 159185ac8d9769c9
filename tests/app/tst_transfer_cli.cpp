// SPDX-License-Identifier: Apache-2.0
// "assay import" and "assay export" run as a process on files laid out as other tools write
// them: recognised formats, reports, exit statuses, the all-or-nothing guarantee, snapshots.
#include "tests/app/clirunner.h"
#include "tests/core/media/tiledtifffixtures.h"
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

namespace {

using Run = assay::tests::CliRun;

} // namespace

class tst_TransferCli : public QObject
{
    Q_OBJECT

private:
    // As lead, the project's owner.
    Run assay(const QStringList &args)
    {
        return assay::tests::runAssay(m_dir->path(), args, 60000, QStringLiteral("lead"));
    }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(file(name)).absolutePath());
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    void writeImage(const QString &name, int w, int h)
    {
        QDir().mkpath(QFileInfo(file(name)).absolutePath());
        cv::Mat m(h, w, CV_8UC3, cv::Scalar(w % 255, h % 255, 90));
        QVERIFY(cv::imwrite(file(name).toStdString(), m));
    }
    qint64 count(const char *key)
    {
        const Run r = assay(
                {QStringLiteral("info"), QStringLiteral("p.assay"), QStringLiteral("--json")});
        return qint64(r.json().value(QLatin1String(key)).toDouble());
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay"),
                        QStringLiteral("--owner"), QStringLiteral("lead")})
                         .status,
                 0);
    }

    // labelImg's YOLO layout: classes.txt and one .txt beside each image.
    void labelImgYolo()
    {
        writeImage(QStringLiteral("yolo/a.jpg"), 200, 100);
        writeImage(QStringLiteral("yolo/b.jpg"), 100, 100);
        write(QStringLiteral("yolo/classes.txt"), "car\nperson\n");
        write(QStringLiteral("yolo/a.txt"), "0 0.5 0.5 0.25 0.5\n1 0.1 0.1 0.1 0.1\n");
        write(QStringLiteral("yolo/b.txt"), "");
        Run r = assay({QStringLiteral("import"), QStringLiteral("p.assay"), QStringLiteral("yolo")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("classes not in the taxonomy: car, person")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("unchanged")));
        QCOMPARE(count("events"), 3); // the project's creation, its owner and the owner's key

        r = assay({QStringLiteral("import"), QStringLiteral("p.assay"), QStringLiteral("yolo"),
                   QStringLiteral("--add-classes"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(QLatin1String("format: yolo (recognised)")), qPrintable(r.err));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("boxes")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("items_added")).toInt(), 2);
        QCOMPARE(count("boxes"), 2);
        QCOMPARE(count("classes"), 2);

        // Out again as YOLO (labels for the same images): the centre box is exact.
        r = assay({QStringLiteral("export"), QStringLiteral("p.assay"), QStringLiteral("--format"),
                   QStringLiteral("yolo"), QStringLiteral("--out"), QStringLiteral("out"),
                   QStringLiteral("--all")});
        QCOMPARE(r.status, 0);
        QFile label(file(QStringLiteral("out/yolo/a.txt")));
        QVERIFY2(label.open(QIODevice::ReadOnly), qPrintable(r.out));
        QVERIFY(label.readAll().startsWith("0 0.5 0.5 0.25 0.5\n"));
        QVERIFY(QFile::exists(file(QStringLiteral("out/manifest.json"))));
    }

    // Ultralytics: data.yaml with names as a mapping, images/ and labels/ folders.
    void ultralyticsYolo()
    {
        writeImage(QStringLiteral("ds/images/train/x.png"), 64, 32);
        write(QStringLiteral("ds/data.yaml"),
              "path: .\ntrain: images/train\nnames:\n  0: boat\n  1: buoy\n");
        write(QStringLiteral("ds/labels/train/x.txt"), "1 0.5 0.5 0.5 0.5\n");
        Run r = assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                       QStringLiteral("ds/data.yaml"), QStringLiteral("--add-classes")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("1 boxes")), qPrintable(r.out));
        QCOMPARE(count("boxes"), 1);
    }

    // labelImg's Pascal VOC files, with the fields it always writes.
    void labelImgVoc()
    {
        writeImage(QStringLiteral("voc/dog.jpg"), 300, 200);
        write(QStringLiteral("voc/dog.xml"),
              "<annotation>\n\t<folder>voc</folder>\n\t<filename>dog.jpg</filename>\n"
              "\t<path>/home/someone/voc/dog.jpg</path>\n\t<source>\n\t\t<database>Unknown</database>\n\t</source>\n"
              "\t<size>\n\t\t<width>300</width>\n\t\t<height>200</height>\n\t\t<depth>3</depth>\n\t</size>\n"
              "\t<segmented>0</segmented>\n\t<object>\n\t\t<name>dog</name>\n\t\t<pose>Unspecified</pose>\n"
              "\t\t<truncated>1</truncated>\n\t\t<difficult>0</difficult>\n\t\t<bndbox>\n"
              "\t\t\t<xmin>11</xmin>\n\t\t\t<ymin>21</ymin>\n\t\t\t<xmax>110</xmax>\n\t\t\t<ymax>120</ymax>\n"
              "\t\t</bndbox>\n\t</object>\n</annotation>\n");
        Run r = assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                       QStringLiteral("--format"), QStringLiteral("voc"), QStringLiteral("voc"),
                       QStringLiteral("--add-classes")});
        QCOMPARE(r.status, 0);
        r = assay({QStringLiteral("export"), QStringLiteral("p.assay"), QStringLiteral("--format"),
                   QStringLiteral("voc"), QStringLiteral("--out"), QStringLiteral("vocout"),
                   QStringLiteral("--all")});
        QCOMPARE(r.status, 0);
        QFile xml(file(QStringLiteral("vocout/voc/dog.xml")));
        QVERIFY2(xml.open(QIODevice::ReadOnly), qPrintable(r.out));
        const QByteArray text = xml.readAll();
        QVERIFY2(text.contains("<xmin>11</xmin>") && text.contains("<ymax>120</ymax>")
                         && text.contains("<truncated>1</truncated>"),
                 text.constData());
    }

    // A COCO file as pycocotools writes it: crowd regions, polygons, sparse category ids, an
    // image without annotations, one image missing on disk, one box outside its image.
    void cocoReportsAndExitStatus()
    {
        writeImage(QStringLiteral("c/1.jpg"), 100, 80);
        writeImage(QStringLiteral("c/2.jpg"), 50, 50);
        write(QStringLiteral("c/instances.json"),
              "{\"images\": [{\"id\": 7, \"file_name\": \"1.jpg\", \"width\": 100, \"height\": 80},"
              " {\"id\": 9, \"file_name\": \"2.jpg\", \"width\": 50, \"height\": 50},"
              " {\"id\": 11, \"file_name\": \"3.jpg\", \"width\": 10, \"height\": 10}],"
              " \"annotations\": ["
              "  {\"id\": 1, \"image_id\": 7, \"category_id\": 18, \"bbox\": [10, 10, 20, 20], \"area\": 400, \"iscrowd\": 0,"
              "   \"segmentation\": [[10, 10, 30, 10, 30, 30]]},"
              "  {\"id\": 2, \"image_id\": 7, \"category_id\": 90, \"bbox\": [90, 70, 20, 20], \"area\": 400, \"iscrowd\": 0},"
              "  {\"id\": 3, \"image_id\": 7, \"category_id\": 18, \"bbox\": [0, 0, 50, 50], \"area\": 2500, \"iscrowd\": 1,"
              "   \"segmentation\": {\"counts\": [0, 10], \"size\": [80, 100]}},"
              "  {\"id\": 4, \"image_id\": 11, \"category_id\": 18, \"bbox\": [1, 1, 2, 2], \"area\": 4, \"iscrowd\": 0}],"
              " \"categories\": [{\"id\": 18, \"name\": \"dog\", \"supercategory\": \"animal\"},"
              "                  {\"id\": 90, \"name\": \"toothbrush\", \"supercategory\": \"indoor\"}]}");
        // Dry run: the report, nothing written.
        Run r = assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                       QStringLiteral("c/instances.json"), QStringLiteral("--add-classes"),
                       QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.json().value(QLatin1String("boxes")).toInt(), 2);
        QCOMPARE(count("events"), 3); // as created: nothing recorded

        r = assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                   QStringLiteral("c/instances.json"), QStringLiteral("--add-classes"),
                   QStringLiteral("--json")});
        QCOMPARE(r.status, 2); // imported, with things to report
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("coco"));
        QCOMPARE(o.value(QLatin1String("boxes")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("missing_media_count")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("dropped_boxes")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("skipped"))
                         .toObject()
                         .value(QLatin1String("crowd-region"))
                         .toInt(),
                 1);
        QCOMPARE(o.value(QLatin1String("warning_counts"))
                         .toObject()
                         .value(QLatin1String("outside-image"))
                         .toInt(),
                 1);
        QCOMPARE(count("boxes"), 2);

        // Malformed JSON: file, line and column; the project unchanged.
        write(QStringLiteral("c/bad.json"), "{\"images\": [\n{\"id\": 1,, }]}");
        const qint64 events = count("events");
        r = assay({QStringLiteral("import"), QStringLiteral("p.assay"), QStringLiteral("--format"),
                   QStringLiteral("coco"), QStringLiteral("c/bad.json")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad.json"))
                         && r.err.contains(QLatin1String("line 2")),
                 qPrintable(r.err));
        QCOMPARE(count("events"), events);

        // Unknown format name: a usage error.
        QCOMPARE(assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                        QStringLiteral("--format"), QStringLiteral("tfrecord"),
                        QStringLiteral("c/instances.json")})
                         .status,
                 64);
    }

    // Label Studio's export names uploads "/data/upload/<project>/<hash>-<name>", and the YOLO
    // labels of a dataset may live apart from its images: both are found, and the report says by
    // which rule (text and --json).
    void mediaFoundByRule()
    {
        writeImage(QStringLiteral("ls/images/1a2b3c4d-a.jpg"), 100, 80);
        writeImage(QStringLiteral("ls/b.jpg"), 50, 50);
        const QByteArray task = "{\"id\": %1, \"data\": {\"image\": \"%2\"}, \"annotations\": "
                                "[{\"id\": %1, \"completed_by\": 1, \"result\": [{\"type\": "
                                "\"rectanglelabels\", \"original_width\": %3, "
                                "\"original_height\": %4, \"value\": {\"x\": 10, \"y\": 10, "
                                "\"width\": 20, \"height\": 20, \"rectanglelabels\": [\"cat\"]}}]}]}";
        write(QStringLiteral("ls/export.json"),
              "["
                      + QString::fromLatin1(task)
                                .arg(1)
                                .arg("/data/upload/3/1a2b3c4d-a.jpg")
                                .arg(100)
                                .arg(80)
                                .toUtf8()
                      + ","
                      + QString::fromLatin1(task)
                                .arg(2)
                                .arg("/data/upload/3/5e6f7a8b-b.jpg")
                                .arg(50)
                                .arg(50)
                                .toUtf8()
                      + "]");
        Run r = assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                       QStringLiteral("ls/export.json"), QStringLiteral("--add-classes"),
                       QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject by = r.json().value(QLatin1String("media_found_by")).toObject();
        QCOMPARE(by.value(QLatin1String("subset-folder")).toInt(), 1);
        QCOMPARE(by.value(QLatin1String("upload-prefix")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("missing_media_count")).toInt(), 0);
        QCOMPARE(count("boxes"), 2);

        // YOLO labels whose images are elsewhere: --media-root names them.
        writeImage(QStringLiteral("frames/train/c.jpg"), 64, 32);
        write(QStringLiteral("labels-only/data.yaml"), "names: [cat]\n");
        write(QStringLiteral("labels-only/labels/train/c.txt"), "0 0.5 0.5 0.5 0.5\n");
        r = assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                   QStringLiteral("labels-only"), QStringLiteral("--format"), QStringLiteral("yolo"),
                   QStringLiteral("--media-root"), QStringLiteral("frames")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("media found: 1 at the path given")),
                 qPrintable(r.out));
        QCOMPARE(count("boxes"), 3);
    }

    // Exports are snapshots: twice the same bytes, a manifest that hashes them.
    void exportSnapshot()
    {
        writeImage(QStringLiteral("s/a.png"), 40, 40);
        write(QStringLiteral("s/labels.csv"), "item,label\na.png,ok\n");
        QCOMPARE(assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                        QStringLiteral("s/labels.csv"), QStringLiteral("--add-classes")})
                         .status,
                 0);
        Run r = assay({QStringLiteral("export"), QStringLiteral("p.assay"),
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                       QStringLiteral("final.csv")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("1 annotations left out")), qPrintable(r.out));
        r = assay({QStringLiteral("export"), QStringLiteral("p.assay"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"), QStringLiteral("all.csv"),
                   QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QFile csv(file(QStringLiteral("all.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray first = csv.readAll();
        QVERIFY2(first.contains("a.png,ok"), first.constData());
        QFile manifest(file(QStringLiteral("all.csv.manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray firstManifest = manifest.readAll();
        const QJsonObject m = QJsonDocument::fromJson(firstManifest).object();
        QCOMPARE(m.value(QLatin1String("selection")).toString(), QStringLiteral("all"));
        QCOMPARE(m.value(QLatin1String("files"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("sha256"))
                         .toString(),
                 QString::fromLatin1(
                         QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));
        manifest.close();
        csv.close();
        QCOMPARE(assay({QStringLiteral("export"), QStringLiteral("p.assay"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                        QStringLiteral("all.csv"), QStringLiteral("--all")})
                         .status,
                 0);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(manifest.readAll(), firstManifest);

        QCOMPARE(assay({QStringLiteral("export"), QStringLiteral("p.assay"),
                        QStringLiteral("--out"), QStringLiteral("x")})
                         .status,
                 64);
    }

    // A pyramidal TIFF far larger than memory would hold decoded: imported from a COCO file by
    // its headers and levels, and written out by every format at its full-resolution size.
    void gigapixelImageImportsAndExportsAtFullSize()
    {
        assay::testing::TiledTiffSpec spec;
        spec.size = QSize(16384, 12288); // 201 MP, 7 levels: never decoded whole
        spec.levels = 7;
        spec.tile = 512;
        QDir().mkpath(file(QStringLiteral("slides")));
        QVERIFY(assay::testing::writeTiledTiff(file(QStringLiteral("slides/slide.tif")), spec,
                                               assay::testing::paintBlocks));
        write(QStringLiteral("slides/coco.json"),
              R"({"images": [{"id": 1, "file_name": "slide.tif", "width": 16384, "height": 12288}],
                  "categories": [{"id": 1, "name": "gland"}],
                  "annotations": [{"id": 1, "image_id": 1, "category_id": 1,
                                   "bbox": [14000, 10000, 1638.4, 1228.8]}]})");
        Run r = assay({QStringLiteral("import"), QStringLiteral("p.assay"),
                       QStringLiteral("slides/coco.json"), QStringLiteral("--add-classes"),
                       QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QLatin1String("items_added")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("boxes")).toInt(), 1);

        for (const char *format : {"coco", "yolo", "voc", "cvat"}) {
            const QString out = QStringLiteral("out-%1").arg(QLatin1String(format));
            r = assay({QStringLiteral("export"), QStringLiteral("p.assay"),
                       QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"),
                       out, QStringLiteral("--all")});
            QVERIFY2(r.status == 0, qPrintable(r.err));
            // COCO writes one file, the others a folder.
            QStringList texts, paths{file(out)};
            QDirIterator it(file(out), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                paths.append(it.next());
            for (const QString &path : std::as_const(paths)) {
                QFile f(path);
                if (f.fileName().endsWith(QLatin1String("manifest.json"))
                    || !f.open(QIODevice::ReadOnly))
                    continue;
                texts.append(QString::fromUtf8(f.readAll()));
            }
            const QString all = texts.join(QLatin1Char('\n'));
            if (QLatin1String(format) == QLatin1String("yolo")) {
                // Normalised by the full size: the box's centre and extent come out exact.
                // (14000 + 819.2) / 16384 and (10000 + 614.4) / 12288.
                QVERIFY2(all.contains(QStringLiteral("0 0.9044921875 0.863802083333 0.1 0.1")),
                         qPrintable(all));
            } else {
                QVERIFY2(all.contains(QStringLiteral("16384"))
                                 && all.contains(QStringLiteral("12288")),
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(format),
                                                                 all.left(2000))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_TransferCli)
#include "tst_transfer_cli.moc"
