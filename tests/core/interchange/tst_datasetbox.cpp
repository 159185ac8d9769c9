// SPDX-License-Identifier: Apache-2.0
// DatasetBox's rare fields: what a plain box reports, what an empty value leaves, and copies that
// do not see each other's changes.
#include "core/interchange/dataset.h"

#include <QTest>

using namespace assay::core::interchange;

class tst_DatasetBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainBoxHasNoExtras();
    void emptyValuesAreNoExtras();
    void eachFieldIsAnExtra();
    void copiesAreIndependent();
    void movesAlongAList();
};

void tst_DatasetBox::plainBoxHasNoExtras()
{
    const DatasetBox box;
    QVERIFY(!box.hasExtras());
    QVERIFY(!box.score());
    QVERIFY(box.annotator().isEmpty());
    QVERIFY(box.sourceId().isEmpty());
    QVERIFY(box.attributes().isEmpty());
}

void tst_DatasetBox::emptyValuesAreNoExtras()
{
    // The import writes attributes only for boxes with extras: setting nothing must not count.
    DatasetBox box;
    box.setScore(std::nullopt);
    box.setAnnotator(QString());
    box.setAnnotator(QStringLiteral(""));
    box.setSourceId(QString());
    box.setAttributes(QJsonObject());
    QVERIFY(!box.hasExtras());

    // Cleared again after being set.
    box.setScore(0.5);
    box.setAnnotator(QStringLiteral("ann"));
    box.setSourceId(QStringLiteral("r1"));
    box.setAttribute(QStringLiteral("occluded"), true);
    QVERIFY(box.hasExtras());
    box.setScore(std::nullopt);
    box.setAnnotator(QString());
    box.setSourceId(QString());
    box.setAttributes(QJsonObject());
    QVERIFY(!box.hasExtras());
}

void tst_DatasetBox::eachFieldIsAnExtra()
{
    DatasetBox scored;
    scored.setScore(0.0); // a zero score is a score
    QVERIFY(scored.hasExtras());
    QCOMPARE(scored.score(), std::optional<double>(0.0));

    DatasetBox annotated;
    annotated.setAnnotator(QStringLiteral("ann"));
    QVERIFY(annotated.hasExtras());
    QCOMPARE(annotated.annotator(), QStringLiteral("ann"));

    DatasetBox identified;
    identified.setSourceId(QStringLiteral("r1"));
    QVERIFY(identified.hasExtras());
    QCOMPARE(identified.sourceId(), QStringLiteral("r1"));

    DatasetBox flagged;
    flagged.setAttributes({{QStringLiteral("iscrowd"), 1}});
    flagged.setAttribute(QStringLiteral("occluded"), true);
    QVERIFY(flagged.hasExtras());
    QCOMPARE(flagged.attributes(),
             QJsonObject({{QStringLiteral("iscrowd"), 1}, {QStringLiteral("occluded"), true}}));
}

void tst_DatasetBox::copiesAreIndependent()
{
    DatasetBox a;
    a.setScore(0.25);
    a.setAnnotator(QStringLiteral("ann"));
    a.setAttribute(QStringLiteral("rotation"), 30);
    DatasetBox b = a;
    b.setScore(0.75);
    b.setAnnotator(QString());
    b.setAttribute(QStringLiteral("rotation"), 45);
    QCOMPARE(a.score(), std::optional<double>(0.25));
    QCOMPARE(a.annotator(), QStringLiteral("ann"));
    QCOMPARE(a.attributes().value(QLatin1String("rotation")).toInt(), 30);
    QCOMPARE(b.score(), std::optional<double>(0.75));
    QVERIFY(b.annotator().isEmpty());
    QCOMPARE(b.attributes().value(QLatin1String("rotation")).toInt(), 45);

    DatasetBox c;
    c = a;
    a = DatasetBox();
    QVERIFY(!a.hasExtras());
    QCOMPARE(c.annotator(), QStringLiteral("ann"));
}

void tst_DatasetBox::movesAlongAList()
{
    // Growth relocates the boxes' memory: the extras must follow.
    QList<DatasetBox> boxes;
    for (int i = 0; i < 1000; ++i) {
        DatasetBox box;
        box.image = i;
        if (i % 3 == 0)
            box.setSourceId(QString::number(i));
        boxes.append(std::move(box));
    }
    const QList<DatasetBox> copy = boxes;
    boxes.removeFirst();
    for (int i = 0; i < 1000; ++i) {
        const DatasetBox &box = copy.at(i);
        QCOMPARE(box.image, i);
        QCOMPARE(box.hasExtras(), i % 3 == 0);
        QCOMPARE(box.sourceId(), i % 3 == 0 ? QString::number(i) : QString());
    }
    QCOMPARE(boxes.first().image, 1);
    QCOMPARE(boxes.at(2).sourceId(), QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(tst_DatasetBox)
#include "tst_datasetbox.moc"
