// SPDX-License-Identifier: Apache-2.0
// Tests of the Label Studio plug-in: JSON exports with boxes, choices, predictions; round trips.
#include "core/interchange/labelstudioformat.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>

using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

class tst_LabelStudioFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsJsonExport();
    void readsTextAndAudioTasks();
    void missingSizeIsAWarning();
    void malformed_data();
    void malformed();
    void roundTrip();
};

// As Label Studio 1.x "JSON" export writes a project: one task per image, annotations with
// completed_by, a cancelled annotation, predictions with model_version and score.
static const char kExport[] = R"([
  {
    "id": 12,
    "annotations": [
      {
        "id": 31,
        "completed_by": 1,
        "result": [
          {
            "original_width": 800,
            "original_height": 600,
            "image_rotation": 0,
            "value": {"x": 10, "y": 20, "width": 25, "height": 50, "rotation": 0, "rectanglelabels": ["Car"]},
            "id": "hZ5cTtN7xN",
            "from_name": "label",
            "to_name": "image",
            "type": "rectanglelabels",
            "origin": "manual"
          },
          {
            "original_width": 800,
            "original_height": 600,
            "image_rotation": 0,
            "value": {"points": [[1, 2], [3, 4], [5, 1]], "polygonlabels": ["Car"]},
            "id": "p1", "from_name": "poly", "to_name": "image", "type": "polygonlabels"
          },
          {
            "value": {"choices": ["Daytime"]},
            "id": "c1", "from_name": "time", "to_name": "image", "type": "choices", "origin": "manual"
          }
        ],
        "was_cancelled": false,
        "ground_truth": false,
        "created_at": "2024-01-16T10:51:49.611436Z",
        "updated_at": "2024-01-16T10:51:49.611457Z",
        "lead_time": 12.31,
        "prediction": {},
        "result_count": 0,
        "unique_id": "0b1b6b4c-0f1b-4f1b-8f1b-0b1b6b4c0f1b",
        "import_id": null,
        "last_action": null,
        "task": 12,
        "project": 3,
        "updated_by": 1,
        "parent_prediction": null,
        "parent_annotation": null,
        "last_created_by": null
      },
      {
        "id": 32,
        "completed_by": {"id": 2, "first_name": "", "last_name": "", "email": "bob@example.com"},
        "result": [],
        "was_cancelled": true
      }
    ],
    "file_upload": "a1b2c3d4-street.jpg",
    "drafts": [],
    "predictions": [
      {
        "id": 5,
        "model_version": "yolov8n",
        "score": 0.8,
        "result": [
          {
            "original_width": 800, "original_height": 600, "image_rotation": 0,
            "value": {"x": 50, "y": 50, "width": 10, "height": 10, "rotation": 30, "rectanglelabels": ["Person"]},
            "id": "pred1", "from_name": "label", "to_name": "image", "type": "rectanglelabels", "score": 0.91
          }
        ]
      }
    ],
    "data": {"image": "/data/upload/3/a1b2c3d4-street.jpg"},
    "meta": {},
    "created_at": "2024-01-16T10:50:01.221010Z",
    "updated_at": "2024-01-16T10:51:49.660305Z",
    "inner_id": 1,
    "total_annotations": 1,
    "cancelled_annotations": 1,
    "total_predictions": 1,
    "comment_count": 0,
    "unresolved_comment_count": 0,
    "last_comment_updated_at": null,
    "project": 3,
    "updated_by": 1,
    "comment_authors": []
  },
  {
    "id": 13,
    "annotations": [],
    "predictions": [],
    "data": {"image": "/data/local-files/?d=images/empty.jpg"}
  }
]
)";

void tst_LabelStudioFormat::readsJsonExport()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "project-3-at-2024-01-16-10-52-0b1b6b4c.json",
                                      kExport);
    LabelStudioFormat ls;
    QCOMPARE(ls.canRead(path), 95);
    const auto result = ls.read(path, {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.images.size(), 2);
    QCOMPARE(d.images.at(0).path, QStringLiteral("/data/upload/3/a1b2c3d4-street.jpg"));
    QCOMPARE(d.images.at(0).sourceId, QStringLiteral("12"));
    QCOMPARE(d.images.at(0).width, 800);
    QCOMPARE(d.images.at(0).height, 600);
    QCOMPARE(boxLines(d), (QStringList{"/data/upload/3/a1b2c3d4-street.jpg Car 80 120 200 300",
                                       "/data/upload/3/a1b2c3d4-street.jpg Person 400 300 80 60"}));
    QCOMPARE(d.boxes.at(0).annotator(), QStringLiteral("1"));
    QCOMPARE(d.boxes.at(0).sourceId(), QStringLiteral("hZ5cTtN7xN"));
    QVERIFY(!d.boxes.at(0).score());
    QCOMPARE(d.boxes.at(1).annotator(), QStringLiteral("yolov8n"));
    QCOMPARE(d.boxes.at(1).score().value_or(-1), 0.91);
    QCOMPARE(d.boxes.at(1).attributes().value("rotation").toDouble(), 30.0);
    QCOMPARE(d.labels.size(), 1);
    QCOMPARE(d.categories.at(d.labels.first().category).name, QStringLiteral("Daytime"));
    QCOMPARE(d.labels.first().image, 0);
    QCOMPARE(d.report.skippedCount(SkipReason::SegmentationPolygon), 1);
    QCOMPARE(d.report.skippedCount(SkipReason::CancelledAnnotation), 1);
    QCOMPARE(d.report.imagesWithoutAnnotations, 1);
}

void tst_LabelStudioFormat::readsTextAndAudioTasks()
{
    const QByteArray json = R"([
 {"id": 1, "data": {"text": "The service was great.\nWould come again."},
  "annotations": [{"completed_by": {"id": 4, "email": "ann@example.com"},
    "result": [{"value": {"choices": ["Positive"]}, "from_name": "sentiment", "to_name": "text", "type": "choices"},
               {"value": {"start": 4, "end": 11, "text": "service", "labels": ["Topic"]}, "from_name": "ner", "to_name": "text", "type": "labels"}]}]},
 {"id": 2, "data": {"audio": "https://example.com/clip.wav"},
  "annotations": [{"completed_by": 4, "result": [{"value": {"choices": ["Speech", "Music"]}, "from_name": "c", "to_name": "audio", "type": "choices"}]}]}
])";
    const auto result = LabelStudioFormat::parse(json, "t.json", {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.images.size(), 0);
    QCOMPARE(d.labels.size(), 3);
    QCOMPARE(d.labels.at(0).kind, assay::core::ItemKind::Text);
    QCOMPARE(d.labels.at(0).annotator, QStringLiteral("ann@example.com"));
    QCOMPARE(d.labels.at(0).text, QStringLiteral("The service was great.\nWould come again."));
    QCOMPARE(d.labels.at(1).kind, assay::core::ItemKind::Audio);
    QCOMPARE(d.labels.at(1).item, QStringLiteral("https://example.com/clip.wav"));
    QCOMPARE(d.categories.at(d.labels.at(2).category).name, QStringLiteral("Music"));
    QCOMPARE(d.report.skippedCount(SkipReason::UnsupportedShape), 1);
}

void tst_LabelStudioFormat::missingSizeIsAWarning()
{
    const QByteArray json
            = "[\n{\"id\": 1, \"data\": {\"image\": \"a.jpg\"}, \"annotations\": [{\"result\": [\n"
              "{\"value\": {\"x\": 1, \"y\": 1, \"width\": 1, \"height\": 1, \"rectanglelabels\": [\"A\"]}, \"type\": \"rectanglelabels\"}]}]}\n]";
    const auto result = LabelStudioFormat::parse(json, "t.json", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), 0);
    QCOMPARE(result->report.warningCount(WarningKind::UnknownImageSize), 1);
    QCOMPARE(result->report.warnings.first().line, 2);
}

void tst_LabelStudioFormat::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("truncated") << QByteArray(kExport).left(900) << QStringLiteral("truncated");
    QTest::newRow("unquoted key") << QByteArray("[\n  {id: 1}\n]")
                                  << QStringLiteral("line 2, column");
    QTest::newRow("json-min") << QByteArray(R"([{"image": "a.jpg", "id": 1, "label": []}])")
                              << QStringLiteral("JSON-MIN");
    QTest::newRow("task not object") << QByteArray("[\n1\n]") << QStringLiteral("line 2, column 1");
}

void tst_LabelStudioFormat::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const auto result = LabelStudioFormat::parse(json, "export.json", {});
    QVERIFY(!result);
    QCOMPARE(result.error().path, QStringLiteral("export.json"));
    QVERIFY2(result.error().message.contains(where), qPrintable(result.error().toString()));
}

void tst_LabelStudioFormat::roundTrip()
{
    QTemporaryDir dir;
    const auto first = LabelStudioFormat::parse(kExport, "a.json", {});
    ASSAY_VERIFY_RESULT(first);
    const QString out = dir.filePath("out.json");
    ASSAY_VERIFY_RESULT(LabelStudioFormat().write(*first, out, {}));
    const QByteArray once = readAll(out);
    QVERIFY2(once.contains(
                     R"("value":{"x":10,"y":20,"width":25,"height":50,"rotation":0,"rectanglelabels":["Car"]})"),
             once.constData());
    QVERIFY(once.contains(R"("model_version":"yolov8n")"));
    QVERIFY(once.contains(R"("data":{"image":"/data/upload/3/a1b2c3d4-street.jpg"})"));
    const auto second = LabelStudioFormat().read(out, {});
    ASSAY_VERIFY_RESULT(second);
    QCOMPARE(boxLines(*second), boxLines(*first));
    QCOMPARE(second->labels.size(), first->labels.size());
    QCOMPARE(second->boxes.at(1).score(), first->boxes.at(1).score());
    QCOMPARE(second->boxes.at(1).annotator(), first->boxes.at(1).annotator());
    QCOMPARE(LabelStudioFormat::serialize(*second, {}), once);
    // Percentages that do not divide evenly stay within tolerance and re-export identically.
    Dataset odd;
    odd.images << DatasetImage{"x.png", 333, 777, "1", {}};
    odd.categories << DatasetCategory{{}, "A", {}};
    DatasetBox box;
    box.image = 0;
    box.category = 0;
    box.x = 1.0 / 3.0;
    box.y = 100.125;
    box.w = 17.7;
    box.h = 0.01;
    odd.boxes << box;
    const QByteArray oddOnce = LabelStudioFormat::serialize(odd, {});
    const auto oddBack = LabelStudioFormat::parse(oddOnce, "o.json", {});
    ASSAY_VERIFY_RESULT(oddBack);
    QVERIFY(near(oddBack->boxes.first().x, box.x, 1e-9));
    QVERIFY(near(oddBack->boxes.first().h, box.h, 1e-9));
    QCOMPARE(LabelStudioFormat::serialize(*oddBack, {}), oddOnce);
}

QTEST_MAIN(tst_LabelStudioFormat)
#include "tst_labelstudioformat.moc"
