// SPDX-License-Identifier: Apache-2.0
// Majority vote and Dawid-Skene consensus: ties, confidences, and an independent EM reference.
#include "core/quality/consensus.h"
#include "core/quality/ratingfiles.h"
#include "tests/testutil.h"

#include <QObject>
#include <QTest>

using namespace assay;
using namespace assay::core::quality;
namespace quality = assay::core::quality;

static constexpr double kThreeDecimals = 0.0005;

static RatingSet makeSet(const QList<Rating> &ratings)
{
    auto set = RatingSet::fromRatings(ratings);
    if (!set)
        qFatal("bad test data: %s", qPrintable(set.error().toString()));
    return *set;
}

static RatingSet loadFixture(const QString &name)
{
    const auto ratings = readRatingsCsv(QStringLiteral(ASSAY_QUALITY_FIXTURES) + u'/' + name);
    if (!ratings)
        qFatal("%s", qPrintable(ratings.error().toString()));
    return makeSet(*ratings);
}

static const ConsensusItem *findItem(const Consensus &c, const QString &item)
{
    for (const ConsensusItem &i : c.items) {
        if (i.item == item)
            return &i;
    }
    return nullptr;
}

class tst_Consensus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void majorityVote_data();
    void majorityVote();
    void majorityKeepsItemOrder();
    void dawidSkeneMatchesIndependentImplementation();
    void dawidSkeneOnPerfectRatersIsCertain();
    void dawidSkeneDownweightsAnUnreliableRater();
    void dawidSkeneAccuracyIsPriorWeightedDiagonal();
    void dawidSkeneRelabellingChangesNothing();
    void dawidSkeneReportsTheIterationCap();
    void dawidSkeneRefusesInvalidOptions();
};

void tst_Consensus::majorityVote_data()
{
    QTest::addColumn<QList<Rating>>("ratings");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QStringList>("tied");
    QTest::newRow("clear majority")
            << QList<Rating>{{"1", "A", "cat"}, {"1", "B", "cat"}, {"1", "C", "dog"}} << "cat"
            << 2.0 / 3 << QStringList();
    QTest::newRow("unanimous") << QList<Rating>{{"1", "A", "dog"}, {"1", "B", "dog"}} << "dog"
                               << 1.0 << QStringList();
    QTest::newRow("single rating")
            << QList<Rating>{{"1", "A", "fox"}} << "fox" << 1.0 << QStringList();
    QTest::newRow("two-way tie is reported, not broken")
            << QList<Rating>{{"1", "A", "dog"}, {"1", "B", "cat"}} << "" << 0.5
            << QStringList{"cat", "dog"};
    QTest::newRow("three-way tie among four") << QList<Rating>{{"1", "A", "dog"},
                                                               {"1", "B", "cat"},
                                                               {"1", "C", "fox"},
                                                               {"2", "A", "ant"}}
                                              << "" << 1.0 / 3 << QStringList{"cat", "dog", "fox"};
}

void tst_Consensus::majorityVote()
{
    QFETCH(QList<Rating>, ratings);
    QFETCH(QString, label);
    QFETCH(double, confidence);
    QFETCH(QStringList, tied);
    const Consensus consensus = quality::majorityVote(makeSet(ratings));
    const ConsensusItem *item = findItem(consensus, QStringLiteral("1"));
    QVERIFY(item);
    QCOMPARE(item->label, label);
    QVERIFY(qAbs(item->confidence - confidence) < 1e-12);
    QCOMPARE(item->tied, tied);
    QCOMPARE(item->isTied(), !tied.isEmpty());
    QVERIFY(consensus.raters.isEmpty());
    QVERIFY(consensus.priors.isEmpty());
}

void tst_Consensus::majorityKeepsItemOrder()
{
    const Consensus c = quality::majorityVote(
            makeSet({{"z", "A", "x"}, {"a", "A", "y"}, {"m", "A", "x"}, {"z", "B", "x"}}));
    QCOMPARE(c.items.size(), 3);
    QCOMPARE(c.items[0].item, QStringLiteral("z"));
    QCOMPARE(c.items[1].item, QStringLiteral("a"));
    QCOMPARE(c.items[2].item, QStringLiteral("m"));
}

void tst_Consensus::dawidSkeneMatchesIndependentImplementation()
{
    // Reference: the NumPy Dawid-Skene in fixtures/generate_reference.py (same start from
    // vote shares, same stopping rule), on random_four_raters_missing.csv: 417 iterations.
    const auto result = dawidSkene(loadFixture(QStringLiteral("random_four_raters_missing.csv")));
    ASSAY_VERIFY_RESULT(result);
    QVERIFY(result->converged);
    QVERIFY2(qAbs(result->iterations - 417) <= 5, qPrintable(QString::number(result->iterations)));
    QCOMPARE(result->labels, (QStringList{"cat", "dog", "fox"}));
    const QList<double> priors{0.3260600914, 0.3466871403, 0.3272527682};
    for (int k = 0; k < 3; ++k)
        QVERIFY2(qAbs(result->priors[k] - priors[k]) < kThreeDecimals,
                 qPrintable(QString::number(result->priors[k], 'f', 10)));
    const QList<double> accuracy{0.9404221897, 0.8082368740, 0.6607809510, 0.5883199859};
    QCOMPARE(result->raters.size(), 4);
    for (int j = 0; j < 4; ++j) {
        QCOMPARE(result->raters[j].rater, QStringLiteral("r%1").arg(j));
        QVERIFY2(qAbs(result->raters[j].accuracy - accuracy[j]) < kThreeDecimals,
                 qPrintable(QString::number(result->raters[j].accuracy, 'f', 10)));
    }
    const QList<std::tuple<QString, QString, double>> items{{"item000", "cat", 0.9992704849},
                                                            {"item001", "dog", 1.0},
                                                            {"item002", "dog", 1.0},
                                                            {"item017", "fox", 0.8769184702},
                                                            {"item050", "dog", 1.0}};
    for (const auto &[name, label, confidence] : items) {
        const ConsensusItem *item = findItem(*result, name);
        QVERIFY(item);
        QCOMPARE(item->label, label);
        QVERIFY2(qAbs(item->confidence - confidence) < kThreeDecimals, qPrintable(name));
    }
}

void tst_Consensus::dawidSkeneOnPerfectRatersIsCertain()
{
    QList<Rating> ratings;
    for (int i = 0; i < 30; ++i) {
        for (const char *r : {"A", "B", "C"})
            ratings.append(
                    {QString::number(i), QString::fromLatin1(r), QStringLiteral("l%1").arg(i % 3)});
    }
    const auto result = dawidSkene(makeSet(ratings));
    ASSAY_VERIFY_RESULT(result);
    QVERIFY(result->converged);
    for (const RaterEstimate &r : result->raters)
        QVERIFY(qAbs(r.accuracy - 1.0) < 1e-9);
    for (const ConsensusItem &item : result->items) {
        QVERIFY(!item.isTied());
        QVERIFY(qAbs(item.confidence - 1.0) < 1e-9);
    }
    for (double p : result->priors)
        QVERIFY(qAbs(p - 1.0 / 3) < 1e-9);
}

void tst_Consensus::dawidSkeneDownweightsAnUnreliableRater()
{
    // A and B always agree; C always says "x". Where A and B say "y" against C the majority is
    // already "y"; Dawid-Skene must also learn that C's "x" carries no information.
    QList<Rating> ratings;
    for (int i = 0; i < 40; ++i) {
        const QString truth = i % 2 ? QStringLiteral("x") : QStringLiteral("y");
        ratings.append({QString::number(i), "A", truth});
        ratings.append({QString::number(i), "B", truth});
        ratings.append({QString::number(i), "C", "x"});
    }
    const auto result = dawidSkene(makeSet(ratings));
    ASSAY_VERIFY_RESULT(result);
    QVERIFY(result->raters[0].accuracy > 0.99);
    QVERIFY(result->raters[2].accuracy < 0.6);
    for (const ConsensusItem &item : result->items)
        QCOMPARE(item.label, item.item.toInt() % 2 ? QStringLiteral("x") : QStringLiteral("y"));
}

void tst_Consensus::dawidSkeneAccuracyIsPriorWeightedDiagonal()
{
    const auto result = dawidSkene(loadFixture(QStringLiteral("random_four_raters_missing.csv")));
    ASSAY_VERIFY_RESULT(result);
    for (const RaterEstimate &r : result->raters) {
        double accuracy = 0;
        for (int k = 0; k < result->labels.size(); ++k) {
            double row = 0;
            for (double p : r.confusion[k])
                row += p;
            QVERIFY(qAbs(row - 1.0) < 1e-9);
            accuracy += result->priors[k] * r.confusion[k][k];
        }
        QVERIFY(qAbs(accuracy - r.accuracy) < 1e-12);
    }
}

void tst_Consensus::dawidSkeneRelabellingChangesNothing()
{
    const RatingSet set = loadFixture(QStringLiteral("random_four_raters_missing.csv"));
    QList<Rating> renamed;
    const QHash<QString, QString> rename{{"cat", "zz"}, {"dog", "aa"}, {"fox", "mm"}};
    for (int i = 0; i < set.itemCount(); ++i) {
        for (int p = set.begin(i); p < set.end(i); ++p)
            renamed.append({set.items()[i], set.raters()[set.raterAt(p)],
                            rename.value(set.labels()[set.labelAt(p)])});
    }
    const auto a = dawidSkene(set);
    const auto b = dawidSkene(makeSet(renamed));
    ASSAY_VERIFY_RESULT(a);
    ASSAY_VERIFY_RESULT(b);
    for (int j = 0; j < a->raters.size(); ++j)
        QVERIFY(qAbs(a->raters[j].accuracy - b->raters[j].accuracy) < 1e-6);
    for (int i = 0; i < a->items.size(); ++i) {
        QCOMPARE(rename.value(a->items[i].label), b->items[i].label);
        QVERIFY(qAbs(a->items[i].confidence - b->items[i].confidence) < 1e-6);
    }
}

void tst_Consensus::dawidSkeneReportsTheIterationCap()
{
    DawidSkeneOptions options;
    options.maxIterations = 3;
    const auto result = dawidSkene(loadFixture(QStringLiteral("random_four_raters_missing.csv")),
                                   options);
    ASSAY_VERIFY_RESULT(result);
    QVERIFY(!result->converged);
    QCOMPARE(result->iterations, 3);
}

void tst_Consensus::dawidSkeneRefusesInvalidOptions()
{
    DawidSkeneOptions options;
    options.maxIterations = 0;
    const auto result = dawidSkene(makeSet({{"1", "A", "x"}}), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_Consensus)
#include "tst_consensus.moc"
