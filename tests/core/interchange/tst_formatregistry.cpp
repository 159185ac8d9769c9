// SPDX-License-Identifier: Apache-2.0
// Tests of the format registry: plug-in lists, "auto" detection, conversions between formats.
#include "core/interchange/formatregistry.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>

using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

class tst_FormatRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryFormat();
    void detects_data();
    void detects();
    void detectionFailsWithAReason_data();
    void detectionFailsWithAReason();
    void readsAndWritesByName();
    void convertsBetweenFormats();
};

void tst_FormatRegistry::listsEveryFormat()
{
    const FormatRegistry &registry = FormatRegistry::builtIn();
    const QStringList names = {"coco",        "coco-results", "yolo", "voc",
                               "labelstudio", "cvat",         "csv",  "jsonl"};
    QCOMPARE(registry.importerNames(), names);
    QCOMPARE(registry.exporterNames(), names);
    for (const IImporter *importer : registry.importers())
        QVERIFY(!importer->displayName().isEmpty());
    QVERIFY(registry.importer("coco"));
    QVERIFY(!registry.importer("labelme"));
}

void tst_FormatRegistry::detects_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("format");
    QTest::newRow("coco") << "coco/instances_val.json"
                          << "coco";
    QTest::newRow("coco folder") << "coco"
                                 << "coco";
    // Keys sorted (Python's json.dump(sort_keys=True), Qt): the images come after megabytes of
    // annotations, and before megabytes of licences.
    QTest::newRow("coco, keys sorted") << "sorted.json"
                                       << "coco";
    QTest::newRow("coco results") << "results.json"
                                  << "coco-results";
    QTest::newRow("label studio") << "ls.json"
                                  << "labelstudio";
    QTest::newRow("cvat file") << "cvat/annotations.xml"
                               << "cvat";
    QTest::newRow("cvat folder") << "cvat"
                                 << "cvat";
    QTest::newRow("voc file") << "voc/a.xml"
                              << "voc";
    QTest::newRow("voc folder") << "voc"
                                << "voc";
    QTest::newRow("yolo folder") << "yolo"
                                 << "yolo";
    QTest::newRow("yolo yaml") << "yolo/data.yaml"
                               << "yolo";
    QTest::newRow("labelImg yolo") << "labelimg"
                                   << "yolo";
    QTest::newRow("csv") << "labels.csv"
                         << "csv";
    QTest::newRow("jsonl") << "labels.jsonl"
                           << "jsonl";
}

static void makeTree(const QString &root)
{
    writeFixture(
            root, "coco/instances_val.json",
            R"({"images": [{"id": 1, "file_name": "a.png", "width": 4, "height": 4}], "annotations": [], "categories": []})");
    {
        QByteArray sorted = R"({"annotations": [)";
        for (int i = 0; i < 30000; ++i) {
            if (i)
                sorted += ',';
            sorted += R"({"area": 1, "bbox": [0, 0, 1, 1], "category_id": 1, "id": )"
                      + QByteArray::number(i + 1) + R"(, "image_id": 1, "iscrowd": 0})";
        }
        sorted += R"(], "categories": [{"id": 1, "name": "a"}], )"
                  R"("images": [{"file_name": "a.png", "height": 4, "id": 1, "width": 4}], )"
                  R"("licenses": [)";
        for (int i = 0; i < 40000; ++i)
            sorted += (i ? "," : "") + QByteArray(R"({"id": 1, "name": "CC BY 4.0", "url": ""})");
        sorted += "]}";
        writeFixture(root, "sorted.json", sorted.constData());
    }
    writeFixture(root, "results.json",
                 R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1], "score": 0.5}])");
    writeFixture(root, "ls.json", R"([{"id": 1, "data": {"image": "a.png"}, "annotations": []}])");
    writeFixture(root, "cvat/annotations.xml",
                 "<?xml version=\"1.0\"?>\n<annotations>\n<version>1.1</version>\n</annotations>\n");
    writeFixture(root, "voc/a.xml", "<annotation><filename>a.png</filename></annotation>");
    writeFixture(root, "yolo/data.yaml", "names: [a]\n");
    writeImage(root, "yolo/images/a.png", 4, 4);
    writeFixture(root, "labelimg/classes.txt", "a\n");
    writeImage(root, "labelimg/a.png", 4, 4);
    writeFixture(root, "labels.csv", "item,label\na.png,x\n");
    writeFixture(root, "labels.jsonl", "{\"item\": \"a.png\", \"label\": \"x\"}\n");
}

void tst_FormatRegistry::detects()
{
    QFETCH(QString, relative);
    QFETCH(QString, format);
    QTemporaryDir dir;
    makeTree(dir.path());
    const auto detected = FormatRegistry::builtIn().detect(dir.filePath(relative));
    ASSAY_VERIFY_RESULT(detected);
    QCOMPARE(*detected, format);
    const auto dataset = FormatRegistry::builtIn().read(dir.filePath(relative), "auto");
    ASSAY_VERIFY_RESULT(dataset);
    QCOMPARE(dataset->format, format);
}

void tst_FormatRegistry::detectionFailsWithAReason_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "nothing.json" << QByteArray() << "not found";
    QTest::newRow("other json") << "package.json" << QByteArray(R"({"name": "x", "version": "1"})")
                                << "neither COCO";
    QTest::newRow("other xml") << "pom.xml" << QByteArray("<project/>") << "neither <annotations>";
    QTest::newRow("unknown extension") << "a.docx" << QByteArray("PK") << "no importer reads .docx";
    QTest::newRow("empty folder") << "empty/" << QByteArray() << "the folder has no";
    QTest::newRow("ambiguous folder") << "both/" << QByteArray() << "could be";
}

void tst_FormatRegistry::detectionFailsWithAReason()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    if (relative == QLatin1String("empty/")) {
        QDir(dir.path()).mkpath("empty");
    } else if (relative == QLatin1String("both/")) {
        // labelImg can save YOLO and VOC side by side: both plug-ins are equally sure.
        writeFixture(dir.path(), "both/classes.txt", "a\n");
        writeFixture(dir.path(), "both/a.xml",
                     "<annotation><filename>a.png</filename></annotation>");
        writeImage(dir.path(), "both/a.png", 4, 4);
    } else if (!content.isNull()) {
        writeFixture(dir.path(), relative, content);
    }
    const auto detected = FormatRegistry::builtIn().detect(dir.filePath(relative));
    QVERIFY(!detected);
    QVERIFY2(detected.error().message.contains(reason), qPrintable(detected.error().toString()));
    QVERIFY(!detected.error().path.isEmpty());
    const auto read = FormatRegistry::builtIn().read(dir.filePath(relative), "auto");
    QVERIFY(!read);
}

void tst_FormatRegistry::readsAndWritesByName()
{
    QTemporaryDir dir;
    makeTree(dir.path());
    const FormatRegistry &registry = FormatRegistry::builtIn();
    const auto unknown = registry.read(dir.filePath("labels.csv"), "labelme");
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains("labelme"));
    const auto csv = registry.read(dir.filePath("labels.csv"), "csv");
    ASSAY_VERIFY_RESULT(csv);
    const auto written = registry.write(*csv, "jsonl", dir.filePath("out.jsonl"));
    ASSAY_VERIFY_RESULT(written);
    QCOMPARE(readAll(dir.filePath("out.jsonl")),
             QByteArray("{\"item\":\"a.png\",\"label\":\"x\"}\n"));
    QVERIFY(!registry.write(*csv, "nope", dir.filePath("x")));
}

void tst_FormatRegistry::convertsBetweenFormats()
{
    // COCO -> YOLO -> VOC -> CVAT -> Label Studio -> COCO keeps every box (to tolerance).
    QTemporaryDir dir;
    writeImage(dir.path(), "images/a.png", 64, 48);
    writeImage(dir.path(), "images/b.png", 30, 20);
    const QString coco = writeFixture(dir.path(), "coco.json", R"({"images": [
        {"id": 1, "file_name": "images/a.png", "width": 64, "height": 48},
        {"id": 2, "file_name": "images/b.png", "width": 30, "height": 20}],
      "annotations": [
        {"id": 1, "image_id": 1, "category_id": 3, "bbox": [1.5, 2, 10, 20]},
        {"id": 2, "image_id": 2, "category_id": 5, "bbox": [0, 0, 30, 20]}],
      "categories": [{"id": 3, "name": "cat"}, {"id": 5, "name": "dog"}]})");
    const FormatRegistry &registry = FormatRegistry::builtIn();
    const auto start = registry.read(coco, "auto");
    ASSAY_VERIFY_RESULT(start);
    ASSAY_VERIFY_RESULT(registry.write(*start, "yolo", dir.path()));
    const auto yolo = registry.read(dir.filePath("data.yaml"), "auto");
    ASSAY_VERIFY_RESULT(yolo);
    QCOMPARE(yolo->format, QStringLiteral("yolo"));
    ASSAY_VERIFY_RESULT(registry.write(*yolo, "voc", dir.filePath("voc")));
    const auto voc = registry.read(dir.filePath("voc"), "voc");
    ASSAY_VERIFY_RESULT(voc);
    ASSAY_VERIFY_RESULT(registry.write(*voc, "cvat", dir.filePath("cvat.xml")));
    const auto cvat = registry.read(dir.filePath("cvat.xml"), "auto");
    ASSAY_VERIFY_RESULT(cvat);
    ASSAY_VERIFY_RESULT(registry.write(*cvat, "labelstudio", dir.filePath("ls.json")));
    const auto ls = registry.read(dir.filePath("ls.json"), "auto");
    ASSAY_VERIFY_RESULT(ls);
    QCOMPARE(ls->format, QStringLiteral("labelstudio"));
    ASSAY_VERIFY_RESULT(registry.write(*ls, "coco", dir.filePath("end.json")));
    const auto end = registry.read(dir.filePath("end.json"), "coco");
    ASSAY_VERIFY_RESULT(end);
    QCOMPARE(end->boxes.size(), start->boxes.size());
    for (qsizetype i = 0; i < start->boxes.size(); ++i) {
        const DatasetBox &a = start->boxes.at(i);
        const DatasetBox &b = end->boxes.at(i);
        QCOMPARE(end->images.at(b.image).path, start->images.at(a.image).path);
        QCOMPARE(end->categories.at(b.category).name, start->categories.at(a.category).name);
        QVERIFY(near(a.x, b.x, 1e-9) && near(a.y, b.y, 1e-9) && near(a.w, b.w, 1e-9)
                && near(a.h, b.h, 1e-9));
    }
}

QTEST_MAIN(tst_FormatRegistry)
#include "tst_formatregistry.moc"
