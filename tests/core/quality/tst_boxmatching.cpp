// SPDX-License-Identifier: Apache-2.0
// IoU, Hungarian box matching and per-rater-pair box agreement.
#include "core/quality/boxmatching.h"
#include "core/quality/hungarian.h"
#include "tests/testutil.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace assay;
using namespace assay::core;
using namespace assay::core::quality;

static Box box(double x, double y, double w, double h, const QString &cls = QStringLiteral("car"))
{
    Box b;
    b.classId = cls;
    b.x = x;
    b.y = y;
    b.w = w;
    b.h = h;
    return b;
}

class tst_BoxMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iouOfHalfOpenBoxes_data();
    void iouOfHalfOpenBoxes();
    void hungarianFindsMatchesGreedyMisses();
    void assignmentIsOptimalOnRandomMatrices();
    void assignmentHandlesRectangularMatrices();
    void classAwareByDefault();
    void classAgnosticOnRequest();
    void thresholdIsInclusive();
    void pairsBelowThresholdNeverMatch();
    void thresholdOutsideZeroOneIsRefused_data();
    void thresholdOutsideZeroOneIsRefused();
    void precisionRecallF1AndMeanIou();
    void figuresWithoutDenominatorAreUndefined();
    void raterPairsAreSortedWithTheFirstAsReference();
};

void tst_BoxMatching::iouOfHalfOpenBoxes_data()
{
    QTest::addColumn<Box>("a");
    QTest::addColumn<Box>("b");
    QTest::addColumn<double>("iou");
    QTest::newRow("identical") << box(10, 10, 20, 30) << box(10, 10, 20, 30) << 1.0;
    QTest::newRow("disjoint") << box(0, 0, 10, 10) << box(20, 20, 5, 5) << 0.0;
    // [0, 10) and [10, 20) share no pixel: touching edges do not overlap.
    QTest::newRow("touching edges") << box(0, 0, 10, 10) << box(10, 0, 10, 10) << 0.0;
    QTest::newRow("half shifted") << box(0, 0, 10, 10) << box(5, 0, 10, 10) << 50.0 / 150.0;
    QTest::newRow("contained quarter") << box(0, 0, 20, 20) << box(5, 5, 10, 10) << 0.25;
    QTest::newRow("two zero-area boxes") << box(3, 3, 0, 0) << box(3, 3, 0, 0) << 0.0;
    QTest::newRow("zero-width lines") << box(3, 3, 0, 10) << box(3, 3, 0, 10) << 0.0;
    QTest::newRow("zero-area inside a box") << box(5, 5, 0, 0) << box(0, 0, 10, 10) << 0.0;
    QTest::newRow("fractional pixels") << box(0.5, 0, 1, 1) << box(1, 0, 1, 1) << 0.5 / 1.5;
}

void tst_BoxMatching::iouOfHalfOpenBoxes()
{
    QFETCH(Box, a);
    QFETCH(Box, b);
    QFETCH(double, iou);
    QVERIFY(qAbs(intersectionOverUnion(a, b) - iou) < 1e-12);
    QVERIFY(qAbs(intersectionOverUnion(b, a) - iou) < 1e-12);
}

void tst_BoxMatching::hungarianFindsMatchesGreedyMisses()
{
    // IoU(A1, B1) = 9/11 is the single best pair; greedy takes it and is left with
    // IoU(A2, B2) = 3/17 < 0.5: one match. Hungarian pairs A1-B2 and A2-B1 (7/13 each,
    // sum 1.077 > 0.818): two matches.
    const QList<Box> a{box(0, 0, 10, 10), box(4, 0, 10, 10)};
    const QList<Box> b{box(1, 0, 10, 10), box(-3, 0, 10, 10)};
    QVERIFY(qAbs(intersectionOverUnion(a[0], b[0]) - 9.0 / 11) < 1e-12);
    QVERIFY(qAbs(intersectionOverUnion(a[1], b[1]) - 3.0 / 17) < 1e-12);
    const auto matching = matchBoxes(a, b);
    ASSAY_VERIFY_RESULT(matching);
    QCOMPARE(matching->matches.size(), 2);
    QCOMPARE(matching->matches[0], (BoxMatch{0, 1, 7.0 / 13}));
    QCOMPARE(matching->matches[1], (BoxMatch{1, 0, 7.0 / 13}));
}

// Brute force over all injective row -> column assignments, for checking the Hungarian.
static double bestSum(const QList<QList<double>> &w, int row, QList<bool> &used)
{
    if (row == w.size())
        return 0;
    double best = bestSum(w, row + 1, used); // leave the row unassigned
    for (int c = 0; c < w[row].size(); ++c) {
        if (used[c] || w[row][c] <= 0)
            continue;
        used[c] = true;
        best = std::max(best, w[row][c] + bestSum(w, row + 1, used));
        used[c] = false;
    }
    return best;
}

void tst_BoxMatching::assignmentIsOptimalOnRandomMatrices()
{
    QRandomGenerator rng(2024);
    for (int round = 0; round < 300; ++round) {
        const int rows = 1 + int(rng.bounded(6));
        const int columns = 1 + int(rng.bounded(6));
        QList<QList<double>> w(rows, QList<double>(columns, 0.0));
        for (auto &row : w) {
            for (double &v : row)
                v = rng.generateDouble() < 0.3 ? 0.0 : rng.generateDouble();
        }
        const QList<int> assignment = maximumWeightAssignment(w);
        QCOMPARE(assignment.size(), rows);
        double sum = 0;
        QList<bool> used(columns, false);
        for (int r = 0; r < rows; ++r) {
            const int c = assignment[r];
            if (c < 0)
                continue;
            QVERIFY(!used[c]);
            QVERIFY(w[r][c] > 0);
            used[c] = true;
            sum += w[r][c];
        }
        QList<bool> free(columns, false);
        QVERIFY2(qAbs(sum - bestSum(w, 0, free)) < 1e-9, qPrintable(QString::number(round)));
    }
}

void tst_BoxMatching::assignmentHandlesRectangularMatrices()
{
    QCOMPARE(maximumWeightAssignment({}), QList<int>());
    QCOMPARE(maximumWeightAssignment({{0.2, 0.9, 0.1}}), (QList<int>{1}));
    QCOMPARE(maximumWeightAssignment({{0.2}, {0.9}, {0.1}}), (QList<int>{-1, 0, -1}));
    QCOMPARE(maximumWeightAssignment({{0, 0}, {0, 0}}), (QList<int>{-1, -1}));
}

void tst_BoxMatching::classAwareByDefault()
{
    const QList<Box> a{box(0, 0, 10, 10, "car")};
    const QList<Box> b{box(0, 0, 10, 10, "bus")};
    const auto matching = matchBoxes(a, b);
    ASSAY_VERIFY_RESULT(matching);
    QVERIFY(matching->matches.isEmpty());
}

void tst_BoxMatching::classAgnosticOnRequest()
{
    // Class-aware, the car can only take the car (IoU 0.5); class-agnostic, the assignment
    // prefers the bus box with IoU 1 for it and matches the other pair as well.
    const QList<Box> a{box(0, 0, 10, 10, "car"), box(100, 0, 10, 10, "car")};
    const QList<Box> b{box(0, 0, 10, 10, "bus"), box(100, 0, 10, 20, "car")};
    BoxMatchOptions options;
    const auto aware = matchBoxes(a, b, options);
    ASSAY_VERIFY_RESULT(aware);
    QCOMPARE(aware->matches.size(), 1);
    QCOMPARE(aware->matches[0], (BoxMatch{1, 1, 0.5}));
    options.classes = ClassMatching::AnyClass;
    const auto agnostic = matchBoxes(a, b, options);
    ASSAY_VERIFY_RESULT(agnostic);
    QCOMPARE(agnostic->matches.size(), 2);
    QCOMPARE(agnostic->matches[0], (BoxMatch{0, 0, 1.0}));
}

void tst_BoxMatching::thresholdIsInclusive()
{
    // IoU exactly 0.5 (100 / 200) matches at the default threshold 0.5.
    const auto matching = matchBoxes({box(0, 0, 10, 10)}, {box(0, 0, 10, 20)});
    ASSAY_VERIFY_RESULT(matching);
    QCOMPARE(matching->matches.size(), 1);
    QCOMPARE(matching->matches[0].iou, 0.5);
}

void tst_BoxMatching::pairsBelowThresholdNeverMatch()
{
    BoxMatchOptions options;
    options.iouThreshold = 0.6;
    const auto matching = matchBoxes({box(0, 0, 10, 10)}, {box(0, 0, 10, 20)}, options);
    ASSAY_VERIFY_RESULT(matching);
    QVERIFY(matching->matches.isEmpty());
    QCOMPARE(matching->referenceCount, 1);
    QCOMPARE(matching->candidateCount, 1);
}

void tst_BoxMatching::thresholdOutsideZeroOneIsRefused_data()
{
    QTest::addColumn<double>("threshold");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("negative") << -0.5;
    QTest::newRow("above one") << 1.5;
    QTest::newRow("nan") << qQNaN();
}

void tst_BoxMatching::thresholdOutsideZeroOneIsRefused()
{
    QFETCH(double, threshold);
    BoxMatchOptions options;
    options.iouThreshold = threshold;
    const auto matching = matchBoxes({box(0, 0, 1, 1)}, {box(0, 0, 1, 1)}, options);
    QVERIFY(!matching);
    QCOMPARE(matching.error().code, ErrorCode::InvalidInput);
}

void tst_BoxMatching::precisionRecallF1AndMeanIou()
{
    // Image 1: A has 3 boxes, B has 2, both match (IoU 1 and 0.5). Image 2: A 1 box, B 2,
    // none match. Totals: matched 2, |A| = 4, |B| = 4.
    BoxAgreement total;
    total.add(*matchBoxes({box(0, 0, 10, 10), box(50, 0, 10, 10), box(200, 0, 5, 5)},
                          {box(0, 0, 10, 10), box(50, 0, 10, 20)}));
    total.add(*matchBoxes({box(0, 0, 10, 10)}, {box(300, 0, 10, 10), box(400, 0, 1, 1)}));
    QCOMPARE(total.matched, 2);
    QCOMPARE(total.referenceCount, 4);
    QCOMPARE(total.candidateCount, 4);
    QCOMPARE(*total.precision(), 0.5);
    QCOMPARE(*total.recall(), 0.5);
    QCOMPARE(*total.f1(), 0.5);
    QCOMPARE(*total.meanIou(), 0.75);
}

void tst_BoxMatching::figuresWithoutDenominatorAreUndefined()
{
    BoxAgreement none;
    QVERIFY(!none.precision());
    QVERIFY(!none.recall());
    QVERIFY(!none.f1());
    QVERIFY(!none.meanIou());
    BoxAgreement onlyA;
    onlyA.add(*matchBoxes({box(0, 0, 1, 1)}, {}));
    QVERIFY(!onlyA.precision());
    QCOMPARE(*onlyA.recall(), 0.0);
    QCOMPARE(*onlyA.f1(), 0.0);
    QVERIFY(!onlyA.meanIou());
}

void tst_BoxMatching::raterPairsAreSortedWithTheFirstAsReference()
{
    // Input order is deliberately unsorted; "bob" draws 2 boxes, "amy" 1, "cy" none on img1.
    const QList<RatedBox> boxes{
            {"img1", "bob", box(0, 0, 10, 10)}, {"img1", "bob", box(40, 40, 10, 10)},
            {"img1", "amy", box(1, 0, 10, 10)}, {"img2", "cy", box(0, 0, 10, 10)},
            {"img2", "amy", box(0, 0, 10, 10)},
    };
    const auto pairs = boxAgreementByRaterPair(boxes);
    ASSAY_VERIFY_RESULT(pairs);
    QCOMPARE(pairs->size(), 3);
    const RaterPairBoxAgreement &amyBob = pairs->at(0);
    QCOMPARE(amyBob.raterA, QStringLiteral("amy"));
    QCOMPARE(amyBob.raterB, QStringLiteral("bob"));
    QCOMPARE(amyBob.agreement.matched, 1);
    QCOMPARE(amyBob.agreement.referenceCount, 2);
    QCOMPARE(amyBob.agreement.candidateCount, 2);
    QCOMPARE(*amyBob.agreement.recall(), 0.5);    // matched / |amy|
    QCOMPARE(*amyBob.agreement.precision(), 0.5); // matched / |bob|
    QVERIFY(qAbs(*amyBob.agreement.meanIou() - 90.0 / 110.0) < 1e-12);
    QCOMPARE(pairs->at(1).raterA, QStringLiteral("amy"));
    QCOMPARE(pairs->at(1).raterB, QStringLiteral("cy"));
    QCOMPARE(pairs->at(1).agreement.matched, 1);
    QCOMPARE(*pairs->at(1).agreement.recall(), 0.5);
    QCOMPARE(*pairs->at(1).agreement.precision(), 1.0);
    QCOMPARE(pairs->at(2).raterA, QStringLiteral("bob"));
    QCOMPARE(pairs->at(2).raterB, QStringLiteral("cy"));
    QCOMPARE(pairs->at(2).agreement.matched, 0);
}

QTEST_GUILESS_MAIN(tst_BoxMatching)
#include "tst_boxmatching.moc"
