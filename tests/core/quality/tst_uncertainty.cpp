// SPDX-License-Identifier: Apache-2.0
// Uncertainty ordering of items from model predictions: least confidence and smallest margin.
#include "core/quality/uncertainty.h"

#include <QTest>

using namespace assay::core::quality;

class TestUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data();
    void order();
    void figures();
};

void TestUncertainty::order_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QStringList>("expected");
    // a: classes 0.5 / 0.4 (confidence 0.5, margin 0.1)
    // b: classes 0.6 / 0.05 (confidence 0.6, margin 0.55)
    // c: one class 0.45 (confidence 0.45, margin 0.45)
    // d: boxes 0.9 and 0.55 (least sure box: confidence 0.55, margin 0.1); e: no prediction
    QTest::newRow("confidence") << QStringLiteral("confidence")
                                << QStringList{"c", "a", "d", "b", "e"};
    // a and d tie at 0.1 and keep their given order.
    QTest::newRow("margin") << QStringLiteral("margin") << QStringList{"a", "d", "c", "b", "e"};
}

static QList<Prediction> predictions()
{
    return {{"a", "x", false, 0.5},  {"a", "y", false, 0.4},  {"b", "x", false, 0.6},
            {"b", "y", false, 0.05}, {"c", "y", false, 0.45}, {"d", "x", true, 0.9},
            {"d", "x", true, 0.55}};
}

void TestUncertainty::order()
{
    QFETCH(QString, by);
    QFETCH(QStringList, expected);
    UncertaintyOrder order;
    QVERIFY(parseUncertaintyOrder(by, &order));
    QCOMPARE(orderByUncertainty({"e", "a", "b", "c", "d"}, predictions(), order), expected);
}

void TestUncertainty::figures()
{
    const QList<ItemUncertainty> u = itemUncertainty(predictions());
    QCOMPARE(u.size(), 4);
    QCOMPARE(u[0].itemId, QStringLiteral("a"));
    QCOMPARE(*u[0].confidence, 0.5);
    QVERIFY(qFuzzyCompare(*u[0].margin, 0.1));
    QCOMPARE(u[3].itemId, QStringLiteral("d"));
    QCOMPARE(*u[3].confidence, 0.55);
    QVERIFY(qFuzzyCompare(*u[3].margin, 0.1));
    UncertaintyOrder order;
    QVERIFY(!parseUncertaintyOrder(QStringLiteral("entropy"), &order));
}

QTEST_GUILESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
