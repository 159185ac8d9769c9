// SPDX-License-Identifier: Apache-2.0
// Agreement coefficients against published worked examples, independent references, properties.
#include "core/quality/agreement.h"
#include "core/quality/ratingfiles.h"
#include "tests/testutil.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace assay;
using namespace assay::core::quality;
namespace quality = assay::core::quality;

// "To 3 decimals": published figures are rounded, so allow half a unit of the last place.
static constexpr double kThreeDecimals = 0.0005;

static RatingSet makeSet(const QList<Rating> &ratings)
{
    auto set = RatingSet::fromRatings(ratings);
    if (!set)
        qFatal("bad test data: %s", qPrintable(set.error().toString()));
    return *set;
}

// Ratings from a units x observers grid; "." is a missing rating.
static QList<Rating> fromGrid(const QStringList &rows)
{
    QList<Rating> ratings;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList values = rows.at(r).split(u' ', Qt::SkipEmptyParts);
        for (qsizetype u = 0; u < values.size(); ++u) {
            if (values.at(u) != QLatin1String("."))
                ratings.append({QStringLiteral("u%1").arg(u + 1), QStringLiteral("obs%1").arg(r),
                                values.at(u)});
        }
    }
    return ratings;
}

// Fleiss' table expanded to ratings: subject i gets counts[i][j] ratings of category j, from
// raters r0, r1, ... (Fleiss' kappa does not need the same raters on every subject).
static QList<Rating> fromCounts(const QList<QList<int>> &counts)
{
    QList<Rating> ratings;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        int rater = 0;
        for (qsizetype j = 0; j < counts.at(i).size(); ++j) {
            for (int c = 0; c < counts.at(i).at(j); ++c)
                ratings.append({QStringLiteral("s%1").arg(i), QStringLiteral("r%1").arg(rater++),
                                QStringLiteral("cat%1").arg(j)});
        }
    }
    return ratings;
}

static QList<QList<int>> fleissExample()
{
    // The 10-subject, 14-rater, 5-category example of Fleiss' kappa (Wikipedia, "Fleiss'
    // kappa", worked example): kappa = 0.210. statsmodels.stats.inter_rater.fleiss_kappa gives
    // 0.20993070442195522 on the same table.
    return {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
}

static QStringList krippendorffNominalExample()
{
    // Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
    // 12 units, nominal values with missing data; alpha = 0.743.
    return {QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."), QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
            QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."), QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 .")};
}

static QString fixture(const QString &name)
{
    return QStringLiteral(ASSAY_QUALITY_FIXTURES) + u'/' + name;
}

static RatingSet loadFixture(const QString &name)
{
    const auto ratings = readRatingsCsv(fixture(name));
    if (!ratings)
        qFatal("%s", qPrintable(ratings.error().toString()));
    return makeSet(*ratings);
}

// A seeded random set: `items` items, `raters` raters, labels l0..l(k-1), some ratings missing.
static QList<Rating> randomRatings(quint32 seed, int items, int raters, int labels, double missing)
{
    QRandomGenerator rng(seed);
    QList<Rating> ratings;
    for (int i = 0; i < items; ++i) {
        const int truth = int(rng.bounded(labels));
        for (int r = 0; r < raters; ++r) {
            if (rng.generateDouble() < missing)
                continue;
            const int label = rng.generateDouble() < 0.6 ? truth : int(rng.bounded(labels));
            ratings.append({QStringLiteral("i%1").arg(i), QStringLiteral("r%1").arg(r),
                            QStringLiteral("l%1").arg(label)});
        }
    }
    return ratings;
}

// Every metric's value, or NaN where undefined, for comparing two sets.
static QList<double> allMetrics(const RatingSet &set)
{
    auto v = [](const Result<double> &r) {
        return r ? *r : qQNaN();
    };
    QList<double> values{v(percentAgreement(set)), v(fleissKappa(set)), v(krippendorffAlpha(set))};
    for (const PairwiseKappa &p : pairwiseCohensKappa(set))
        values.append(v(p.kappa));
    for (int a = 0; a < set.raterCount(); ++a) {
        for (int b = a + 1; b < set.raterCount(); ++b)
            values.append(v(scottsPi(set, a, b)));
    }
    return values;
}

static void compareMetrics(const QList<double> &a, const QList<double> &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (qIsNaN(a.at(i)) || qIsNaN(b.at(i)))
            QCOMPARE(qIsNaN(a.at(i)), qIsNaN(b.at(i)));
        else
            QVERIFY2(qAbs(a.at(i) - b.at(i)) < 1e-12,
                     qPrintable(QStringLiteral("metric %1: %2 vs %3")
                                        .arg(i)
                                        .arg(a.at(i), 0, 'g', 17)
                                        .arg(b.at(i), 0, 'g', 17)));
    }
}

class tst_Agreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fleissKappaReproducesTheWorkedExample();
    void fleissKappaFromRatingsEqualsFleissKappaFromCounts();
    void krippendorffAlphaReproducesTheNominalExampleWithMissingValues();
    void coincidenceMatrixReproducesKrippendorffsTable();
    void krippendorffAlphaReproducesTheBinaryTwoObserverExample();
    void cohensKappaOfPairedLabels_data();
    void cohensKappaOfPairedLabels();
    void scottsPiUsesPooledMarginals();
    void metricsMatchIndependentImplementations_data();
    void metricsMatchIndependentImplementations();
    void pairwiseCohensKappaMatchesSklearn();
    void cohenAndScottUseOnlyItemsBothRated();
    void undefinedMetricsGiveTheReason_data();
    void undefinedMetricsGiveTheReason();
    void perfectAgreementGivesOne_data();
    void perfectAgreementGivesOne();
    void relabellingClassesChangesNothing();
    void raterOrderChangesNothing();
    void itemOrderChangesNothing();
    void repeatedRatingIsRefused();
    void ratingSetKeepsItemOrderAndSortsRatersAndLabels();
    void reportCollectsEveryMetric();
};

void tst_Agreement::fleissKappaReproducesTheWorkedExample()
{
    const auto kappa = fleissKappa(fleissExample());
    ASSAY_VERIFY_RESULT(kappa);
    QVERIFY2(qAbs(*kappa - 0.210) < kThreeDecimals, qPrintable(QString::number(*kappa)));
    QVERIFY(qAbs(*kappa - 0.20993070442195522) < 1e-12);
}

void tst_Agreement::fleissKappaFromRatingsEqualsFleissKappaFromCounts()
{
    const RatingSet set = makeSet(fromCounts(fleissExample()));
    QCOMPARE(set.itemCount(), 10);
    QCOMPARE(set.raterCount(), 14);
    const auto kappa = fleissKappa(set);
    ASSAY_VERIFY_RESULT(kappa);
    QVERIFY(qAbs(*kappa - 0.20993070442195522) < 1e-12);
}

void tst_Agreement::krippendorffAlphaReproducesTheNominalExampleWithMissingValues()
{
    const RatingSet set = makeSet(fromGrid(krippendorffNominalExample()));
    const auto alpha = krippendorffAlpha(set);
    ASSAY_VERIFY_RESULT(alpha);
    QVERIFY2(qAbs(*alpha - 0.743) < kThreeDecimals, qPrintable(QString::number(*alpha)));
    // Exactly 904/1216 from the coincidence table; nltk 3.8 AnnotationTask.alpha() gives
    // 0.743421052631579.
    QVERIFY(qAbs(*alpha - 904.0 / 1216.0) < 1e-12);
}

void tst_Agreement::coincidenceMatrixReproducesKrippendorffsTable()
{
    // Krippendorff 2011, section C: the coincidence matrix of the nominal example, n = 40 and
    // n_c = 9, 13, 10, 5, 3. Unit 12 has one value and contributes nothing.
    const RatingSet set = makeSet(fromGrid(krippendorffNominalExample()));
    QCOMPARE(set.labels(), (QStringList{"1", "2", "3", "4", "5"}));
    const QList<QList<double>> expected{{7, 4.0 / 3, 1.0 / 3, 1.0 / 3, 0},
                                        {4.0 / 3, 10, 4.0 / 3, 1.0 / 3, 0},
                                        {1.0 / 3, 4.0 / 3, 8, 1.0 / 3, 0},
                                        {1.0 / 3, 1.0 / 3, 1.0 / 3, 4, 0},
                                        {0, 0, 0, 0, 3}};
    const QList<QList<double>> o = coincidenceMatrix(set);
    QCOMPARE(o.size(), 5);
    double total = 0;
    for (int c = 0; c < 5; ++c) {
        for (int k = 0; k < 5; ++k) {
            QVERIFY2(qAbs(o[c][k] - expected[c][k]) < 1e-12,
                     qPrintable(QStringLiteral("o[%1][%2]").arg(c).arg(k)));
            total += o[c][k];
        }
    }
    QVERIFY(qAbs(total - 40) < 1e-12);
}

void tst_Agreement::krippendorffAlphaReproducesTheBinaryTwoObserverExample()
{
    // Krippendorff 2011, section A: two observers, ten units, binary data; alpha = 0.095
    // (nltk 3.8: 0.09523809523809512).
    const RatingSet set = makeSet(fromGrid(
            {QStringLiteral("0 1 0 0 0 0 0 0 1 0"), QStringLiteral("1 1 1 0 0 1 0 0 0 0")}));
    const auto alpha = krippendorffAlpha(set);
    ASSAY_VERIFY_RESULT(alpha);
    QVERIFY2(qAbs(*alpha - 0.095) < kThreeDecimals, qPrintable(QString::number(*alpha)));
}

void tst_Agreement::cohensKappaOfPairedLabels_data()
{
    QTest::addColumn<QList<int>>("a");
    QTest::addColumn<QList<int>>("b");
    QTest::addColumn<double>("kappa");
    // The two ends of the scale: full agreement is 1, chance-level agreement is 0.
    QTest::newRow("identical") << QList<int>{0, 1, 1, 0} << QList<int>{0, 1, 1, 0} << 1.0;
    QTest::newRow("chance") << QList<int>{0, 0, 1, 1} << QList<int>{0, 1, 0, 1} << 0.0;
    QTest::newRow("systematic disagreement")
            << QList<int>{0, 1, 0, 1} << QList<int>{1, 0, 1, 0} << -1.0;
    // Wikipedia, "Cohen's kappa", first example: 50 proposals, yes/yes 20, yes/no 5,
    // no/yes 10, no/no 15; p_o = 0.7, p_e = 0.5, kappa = 0.4.
    QList<int> a;
    QList<int> b;
    auto add = [&](int n, int x, int y) {
        for (int i = 0; i < n; ++i) {
            a.append(x);
            b.append(y);
        }
    };
    add(20, 1, 1);
    add(5, 1, 0);
    add(10, 0, 1);
    add(15, 0, 0);
    QTest::newRow("wikipedia 50 proposals") << a << b << 0.4;
}

void tst_Agreement::cohensKappaOfPairedLabels()
{
    QFETCH(QList<int>, a);
    QFETCH(QList<int>, b);
    QFETCH(double, kappa);
    const auto result = quality::cohensKappa(a, b);
    ASSAY_VERIFY_RESULT(result);
    QVERIFY2(qAbs(*result - kappa) < 1e-9, qPrintable(QString::number(*result)));
}

void tst_Agreement::scottsPiUsesPooledMarginals()
{
    // The Wikipedia proposals again: pooled "yes" share (25 + 30) / 100 = 0.55, so
    // p_e = 0.55² + 0.45² = 0.505 and pi = (0.7 - 0.505) / 0.495 = 0.3939...
    QList<Rating> ratings;
    int item = 0;
    auto add = [&](int n, const char *x, const char *y) {
        for (int i = 0; i < n; ++i, ++item) {
            ratings.append({QString::number(item), QStringLiteral("A"), QString::fromLatin1(x)});
            ratings.append({QString::number(item), QStringLiteral("B"), QString::fromLatin1(y)});
        }
    };
    add(20, "yes", "yes");
    add(5, "yes", "no");
    add(10, "no", "yes");
    add(15, "no", "no");
    const auto pi = scottsPi(makeSet(ratings));
    ASSAY_VERIFY_RESULT(pi);
    QVERIFY(qAbs(*pi - (0.7 - 0.505) / 0.495) < 1e-12);
}

void tst_Agreement::metricsMatchIndependentImplementations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("expected");
    // Values printed by fixtures/generate_reference.py on the seeded files it writes:
    // sklearn 1.2.1 cohen_kappa_score, nltk 3.8 AnnotationTask.pi()/alpha(), statsmodels
    // 0.13.5 fleiss_kappa, and a plain-Python percent agreement.
    const QString two = QStringLiteral("random_two_raters.csv");
    const QString twoMissing = QStringLiteral("random_two_raters_missing.csv");
    const QString five = QStringLiteral("random_five_raters.csv");
    const QString fourMissing = QStringLiteral("random_four_raters_missing.csv");
    QTest::newRow("two: cohen (sklearn)") << two << "cohen" << 0.3524283935;
    QTest::newRow("two: scott (nltk pi)") << two << "scott" << 0.3490506989;
    QTest::newRow("two: percent") << two << "percent" << 0.5666666667;
    QTest::newRow("two: alpha (nltk)") << two << "alpha" << 0.3544752764;
    QTest::newRow("two missing: cohen (sklearn, common items)")
            << twoMissing << "cohen" << 0.4279811098;
    QTest::newRow("two missing: percent") << twoMissing << "percent" << 0.6274509804;
    QTest::newRow("two missing: alpha (nltk)") << twoMissing << "alpha" << 0.4329196217;
    QTest::newRow("five: fleiss (statsmodels)") << five << "fleiss" << 0.4767038306;
    QTest::newRow("five: alpha (nltk)") << five << "alpha" << 0.4787970153;
    QTest::newRow("five: percent") << five << "percent" << 0.6140000000;
    QTest::newRow("four missing: alpha (nltk)") << fourMissing << "alpha" << 0.3864260963;
    QTest::newRow("four missing: percent") << fourMissing << "percent" << 0.6060606061;
}

void tst_Agreement::metricsMatchIndependentImplementations()
{
    QFETCH(QString, file);
    QFETCH(QString, metric);
    QFETCH(double, expected);
    const RatingSet set = loadFixture(file);
    Result<double> value = Error{};
    if (metric == QLatin1String("cohen"))
        value = cohensKappa(set);
    else if (metric == QLatin1String("scott"))
        value = scottsPi(set);
    else if (metric == QLatin1String("percent"))
        value = percentAgreement(set);
    else if (metric == QLatin1String("alpha"))
        value = krippendorffAlpha(set);
    else if (metric == QLatin1String("fleiss"))
        value = fleissKappa(set);
    ASSAY_VERIFY_RESULT(value);
    // The references are printed with 10 decimals.
    QVERIFY2(qAbs(*value - expected) < 1e-9, qPrintable(QString::number(*value, 'f', 12)));
}

void tst_Agreement::pairwiseCohensKappaMatchesSklearn()
{
    // sklearn 1.2.1 cohen_kappa_score for every pair, from fixtures/generate_reference.py.
    const QList<double> expected{0.7516556291, 0.6457765668, 0.4834148994, 0.3562231760,
                                 0.7010869565, 0.5405405405, 0.3228602384, 0.4620763852,
                                 0.3268712978, 0.2008524241};
    const QList<PairwiseKappa> pairs = pairwiseCohensKappa(loadFixture("random_five_raters.csv"));
    QCOMPARE(pairs.size(), expected.size());
    QCOMPARE(pairs.first().raterA, QStringLiteral("r0"));
    QCOMPARE(pairs.first().raterB, QStringLiteral("r1"));
    QCOMPARE(pairs.last().raterA, QStringLiteral("r3"));
    QCOMPARE(pairs.last().raterB, QStringLiteral("r4"));
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        ASSAY_VERIFY_RESULT(pairs.at(i).kappa);
        QCOMPARE(pairs.at(i).items, 50);
        QVERIFY(qAbs(*pairs.at(i).kappa - expected.at(i)) < 1e-9);
    }
}

void tst_Agreement::cohenAndScottUseOnlyItemsBothRated()
{
    // Items rated by one rater only must not move the coefficients.
    QList<Rating> both{{"1", "A", "x"}, {"1", "B", "x"}, {"2", "A", "y"}, {"2", "B", "x"},
                       {"3", "A", "y"}, {"3", "B", "y"}, {"4", "A", "x"}, {"4", "B", "x"}};
    QList<Rating> withSingles = both;
    withSingles += QList<Rating>{{"5", "A", "y"}, {"6", "B", "y"}, {"7", "A", "x"}};
    const RatingSet a = makeSet(both);
    const RatingSet b = makeSet(withSingles);
    QCOMPARE(commonItemCount(b, 0, 1), 4);
    QCOMPARE(*cohensKappa(a), *cohensKappa(b));
    QCOMPARE(*scottsPi(a), *scottsPi(b));
    QCOMPARE(*percentAgreement(a), *percentAgreement(b));
    // Fleiss needs equal counts: the single ratings make it undefined.
    QVERIFY(fleissKappa(a));
    QVERIFY(!fleissKappa(b));
}

void tst_Agreement::undefinedMetricsGiveTheReason_data()
{
    QTest::addColumn<QList<Rating>>("ratings");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("reason"); // a word the reason must contain

    const QList<Rating> oneRater{{"1", "A", "x"}, {"2", "A", "y"}, {"3", "A", "x"}};
    const QList<Rating> sameAnswer{{"1", "A", "x"},
                                   {"1", "B", "x"},
                                   {"2", "A", "x"},
                                   {"2", "B", "x"}};
    const QList<Rating> threeRaters{{"1", "A", "x"}, {"1", "B", "x"}, {"1", "C", "y"},
                                    {"2", "A", "y"}, {"2", "B", "x"}, {"2", "C", "y"}};
    const QList<Rating> unequal{{"1", "A", "x"},
                                {"1", "B", "x"},
                                {"1", "C", "y"},
                                {"2", "A", "y"},
                                {"2", "B", "x"}};
    const QList<Rating> disjoint{{"1", "A", "x"}, {"2", "B", "y"}};

    QTest::newRow("one rater: percent") << oneRater << "percent"
                                        << "two or more";
    QTest::newRow("one rater: cohen") << oneRater << "cohen"
                                      << "two raters";
    QTest::newRow("one rater: scott") << oneRater << "scott"
                                      << "two raters";
    QTest::newRow("one rater: fleiss") << oneRater << "fleiss"
                                       << "fewer than two";
    QTest::newRow("one rater: alpha") << oneRater << "alpha"
                                      << "two or more";
    QTest::newRow("same answer: cohen") << sameAnswer << "cohen"
                                        << "same label";
    QTest::newRow("same answer: scott") << sameAnswer << "scott"
                                        << "same label";
    QTest::newRow("same answer: fleiss") << sameAnswer << "fleiss"
                                         << "same label";
    QTest::newRow("same answer: alpha") << sameAnswer << "alpha"
                                        << "same label";
    QTest::newRow("three raters: cohen") << threeRaters << "cohen"
                                         << "exactly two";
    QTest::newRow("three raters: scott") << threeRaters << "scott"
                                         << "exactly two";
    QTest::newRow("unequal counts: fleiss") << unequal << "fleiss"
                                            << "unequal";
    QTest::newRow("no common item: cohen") << disjoint << "cohen"
                                           << "in common";
    QTest::newRow("no common item: alpha") << disjoint << "alpha"
                                           << "two or more";
}

void tst_Agreement::undefinedMetricsGiveTheReason()
{
    QFETCH(QList<Rating>, ratings);
    QFETCH(QString, metric);
    QFETCH(QString, reason);
    const RatingSet set = makeSet(ratings);
    Result<double> value = 0.0;
    if (metric == QLatin1String("percent"))
        value = percentAgreement(set);
    else if (metric == QLatin1String("cohen"))
        value = cohensKappa(set);
    else if (metric == QLatin1String("scott"))
        value = scottsPi(set);
    else if (metric == QLatin1String("fleiss"))
        value = fleissKappa(set);
    else if (metric == QLatin1String("alpha"))
        value = krippendorffAlpha(set);
    QVERIFY(!value);
    QCOMPARE(value.error().code, ErrorCode::InvalidInput);
    QVERIFY2(value.error().message.contains(reason), qPrintable(value.error().message));
}

void tst_Agreement::perfectAgreementGivesOne_data()
{
    QTest::addColumn<int>("raters");
    QTest::addColumn<int>("labels");
    QTest::newRow("2 raters, 2 labels") << 2 << 2;
    QTest::newRow("3 raters, 5 labels") << 3 << 5;
    QTest::newRow("7 raters, 10 labels") << 7 << 10;
}

void tst_Agreement::perfectAgreementGivesOne()
{
    QFETCH(int, raters);
    QFETCH(int, labels);
    QList<Rating> ratings;
    for (int i = 0; i < 40; ++i) {
        for (int r = 0; r < raters; ++r)
            ratings.append({QString::number(i), QStringLiteral("r%1").arg(r),
                            QStringLiteral("l%1").arg(i % labels)});
    }
    const RatingSet set = makeSet(ratings);
    QCOMPARE(*percentAgreement(set), 1.0);
    QCOMPARE(*fleissKappa(set), 1.0);
    QCOMPARE(*krippendorffAlpha(set), 1.0);
    for (const PairwiseKappa &p : pairwiseCohensKappa(set))
        QCOMPARE(*p.kappa, 1.0);
    QCOMPARE(*scottsPi(set, 0, 1), 1.0);
}

void tst_Agreement::relabellingClassesChangesNothing()
{
    // A permutation of label names that also changes their sorted order.
    const QList<Rating> ratings = randomRatings(7, 60, 4, 5, 0.2);
    const QHash<QString, QString> rename{{"l0", "zebra"},
                                         {"l1", "ant"},
                                         {"l2", "moose"},
                                         {"l3", "bee"},
                                         {"l4", "yak"}};
    QList<Rating> renamed = ratings;
    for (Rating &r : renamed)
        r.label = rename.value(r.label);
    compareMetrics(allMetrics(makeSet(ratings)), allMetrics(makeSet(renamed)));

    const QList<Rating> complete = randomRatings(8, 30, 3, 4, 0.0);
    QList<Rating> completeRenamed = complete;
    for (Rating &r : completeRenamed)
        r.label = rename.value(r.label);
    compareMetrics(allMetrics(makeSet(complete)), allMetrics(makeSet(completeRenamed)));
}

void tst_Agreement::raterOrderChangesNothing()
{
    // Reversing the raters' names reverses their sorted order; pooled metrics must not move,
    // and Cohen and Scott are symmetric in the two raters.
    const QList<Rating> ratings = randomRatings(9, 50, 3, 3, 0.0);
    QList<Rating> reversed = ratings;
    for (Rating &r : reversed)
        r.rater = QStringLiteral("r%1").arg(2 - r.rater.mid(1).toInt());
    const RatingSet a = makeSet(ratings);
    const RatingSet b = makeSet(reversed);
    QCOMPARE(*fleissKappa(a), *fleissKappa(b));
    QVERIFY(qAbs(*krippendorffAlpha(a) - *krippendorffAlpha(b)) < 1e-12);
    QVERIFY(qAbs(*percentAgreement(a) - *percentAgreement(b)) < 1e-12);
    QVERIFY(qAbs(*cohensKappa(a, 0, 1) - *cohensKappa(a, 1, 0)) < 1e-12);
    QVERIFY(qAbs(*scottsPi(a, 0, 2) - *scottsPi(a, 2, 0)) < 1e-12);
    QVERIFY(qAbs(*cohensKappa(a, 0, 1) - *cohensKappa(b, 2, 1)) < 1e-12);
}

void tst_Agreement::itemOrderChangesNothing()
{
    QList<Rating> ratings = randomRatings(10, 80, 5, 4, 0.3);
    const QList<double> before = allMetrics(makeSet(ratings));
    std::reverse(ratings.begin(), ratings.end());
    compareMetrics(before, allMetrics(makeSet(ratings)));
}

void tst_Agreement::repeatedRatingIsRefused()
{
    const auto set = RatingSet::fromRatings({{"1", "A", "x"}, {"1", "B", "x"}, {"1", "A", "x"}});
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::Conflict);
    QVERIFY(set.error().message.contains(QLatin1String("\"1\"")));
    QVERIFY(set.error().message.contains(QLatin1String("\"A\"")));
}

void tst_Agreement::ratingSetKeepsItemOrderAndSortsRatersAndLabels()
{
    const RatingSet set = makeSet(
            {{"z", "bob", "x"}, {"a", "amy", "y"}, {"z", "amy", "w"}, {"m", "cy", "x"}});
    QCOMPARE(set.items(), (QStringList{"z", "a", "m"}));
    QCOMPARE(set.raters(), (QStringList{"amy", "bob", "cy"}));
    QCOMPARE(set.labels(), (QStringList{"w", "x", "y"}));
    QCOMPARE(set.ratingCount(), 4);
    QCOMPARE(set.ratingsOf(0), 2);
    // Within an item, ratings are ordered by rater.
    QCOMPARE(set.raterAt(set.begin(0)), set.raterIndex("amy"));
    QCOMPARE(set.labelOf(0, set.raterIndex("amy")), set.labelIndex("w"));
    QCOMPARE(set.labelOf(0, set.raterIndex("bob")), set.labelIndex("x"));
    QCOMPARE(set.labelOf(0, set.raterIndex("cy")), -1);
    QCOMPARE(set.raterIndex("nobody"), -1);
}

void tst_Agreement::reportCollectsEveryMetric()
{
    const AgreementReport report = agreementReport(makeSet(fromCounts(fleissExample())));
    QCOMPARE(report.items, 10);
    QCOMPARE(report.raters, 14);
    QCOMPARE(report.labels, 5);
    QCOMPARE(report.ratings, 140);
    QVERIFY(report.percentAgreement);
    QVERIFY(!report.cohenKappa);
    QVERIFY(!report.scottPi);
    QVERIFY(report.fleissKappa);
    QVERIFY(report.krippendorffAlpha);
}

QTEST_GUILESS_MAIN(tst_Agreement)
#include "tst_agreement.moc"
