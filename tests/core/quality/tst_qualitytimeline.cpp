// SPDX-License-Identifier: Apache-2.0
// Quality over time: drift on synthetic answer streams (drops alerted within the window, steady
// streams not, the false alarm rate bounded), class shift, buckets, suspect gold, pairs, bootstrap.
#include "core/quality/agreement.h"
#include "core/quality/qualitytimeline.h"
#include "tests/testutil.h"

#include <QTest>
#include <QTimeZone>

#include <random>

using namespace assay::core;
using namespace assay::core::quality;

class tst_QualityTimeline : public QObject
{
    Q_OBJECT

private:
    // A person's gold answers: `before` passing with probability p0, then `after` with p1.
    static QList<bool> stream(std::mt19937_64 &engine, int before, double p0, int after, double p1)
    {
        std::bernoulli_distribution a(p0);
        std::bernoulli_distribution b(p1);
        QList<bool> passes;
        for (int i = 0; i < before; ++i)
            passes.append(a(engine));
        for (int i = 0; i < after; ++i)
            passes.append(b(engine));
        return passes;
    }

    static TimedAnswer answer(const QString &person, const QString &item, const QString &cls,
                              int minute, TaskKind kind = TaskKind::Production)
    {
        TimedAnswer a;
        a.annotationId = person + item;
        a.itemId = item;
        a.person = person;
        a.kind = kind;
        a.classIds = {cls};
        a.timeSpentMs = 2000;
        a.time = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).addSecs(minute * 60);
        return a;
    }

private Q_SLOTS:
    // A drop from 0.95 to the given level, 40 answers in: alerted at the latest `window` answers
    // after the drop in at least the given share of 500 seeded streams, never before it.
    void dropIsAlertedWithinWindow_data()
    {
        QTest::addColumn<double>("after");
        QTest::addColumn<double>("minDetected");
        QTest::newRow("to 0.40") << 0.40 << 0.92;
        QTest::newRow("to 0.50") << 0.50 << 0.78;
    }

    void dropIsAlertedWithinWindow()
    {
        QFETCH(double, after);
        QFETCH(double, minDetected);
        const DriftOptions options;
        int detected = 0;
        const int runs = 500;
        for (int seed = 0; seed < runs; ++seed) {
            std::mt19937_64 engine(seed);
            const QList<bool> passes = stream(engine, 40, 0.95, options.window, after);
            const QList<AccuracyFiring> firings = accuracyDrift(passes, options);
            bool inWindow = false;
            for (const AccuracyFiring &f : firings)
                inWindow |= f.first >= 40;
            detected += inWindow ? 1 : 0;
        }
        const double rate = double(detected) / runs;
        qInfo("drop to %.2f: alerted within %d answers in %.3f of %d streams", after,
              options.window, rate, runs);
        QVERIFY2(rate >= minDetected, qPrintable(QString::number(rate)));
    }

    // Steady streams of 100 answers at 0.9: the share of streams with any alert (the test runs
    // after every answer) stays under 3% over 2000 seeds (measured: see the README).
    void steadyStreamsRarelyAlert()
    {
        const DriftOptions options;
        int alarms = 0;
        const int runs = 2000;
        for (int seed = 0; seed < runs; ++seed) {
            std::mt19937_64 engine(1000000 + seed);
            alarms += accuracyDrift(stream(engine, 100, 0.9, 0, 0.9), options).isEmpty() ? 0 : 1;
        }
        const double rate = double(alarms) / runs;
        qInfo("false alarm rate: %.4f of %d steady streams of 100 answers", rate, runs);
        QVERIFY2(rate < 0.03, qPrintable(QString::number(rate)));
    }

    void accuracyEvidence()
    {
        // 20 passes then 10 failures: p_earlier 1, p_recent 0, pooled 2/3.
        QList<bool> passes(20, true);
        passes.append(QList<bool>(10, false));
        DriftOptions options;
        options.window = 10;
        options.zThreshold = 2.5;
        const QList<AccuracyFiring> f = accuracyDrift(passes, options);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().last, 29);
        QCOMPARE(f.first().earlierCount, 20);
        QCOMPARE(f.first().earlier, 1.0);
        QCOMPARE(f.first().recent, 0.0);
        const double pooled = 20.0 / 30;
        QVERIFY(qAbs(f.first().z - 1 / std::sqrt(pooled * (1 - pooled) * (1.0 / 20 + 1.0 / 10)))
                < 1e-12);
        // Fewer earlier answers than the baseline: no test.
        QVERIFY(accuracyDrift(QList<bool>(5, true) + QList<bool>(10, false), options).isEmpty());
    }

    void jensenShannonBounds()
    {
        QCOMPARE(jensenShannon({1, 0}, {0, 1}), 1.0);
        QCOMPARE(jensenShannon({3, 1}, {6, 2}), 0.0);
        // p = (1/2, 1/2), q = (1, 0): 1/2 KL(p||m) + 1/2 KL(q||m) with m = (3/4, 1/4).
        const double expected = 0.5 * (0.5 * std::log2(0.5 / 0.75) + 0.5 * std::log2(0.5 / 0.25))
                                + 0.5 * std::log2(1 / 0.75);
        QVERIFY(qAbs(jensenShannon({1, 1}, {1, 0}) - expected) < 1e-12);
    }

    // ann answers "dog" on 40 of 50 items where the cohort says "cat" 90% of the time.
    void classShiftIsAlerted()
    {
        QList<TimedAnswer> answers;
        for (int i = 0; i < 50; ++i) {
            const QString item = QStringLiteral("i%1").arg(i);
            answers.append(answer(QStringLiteral("ann"), item,
                                  i < 40 ? QStringLiteral("dog") : QStringLiteral("cat"), i));
            answers.append(answer(QStringLiteral("bob"), item,
                                  i % 10 == 0 ? QStringLiteral("dog") : QStringLiteral("cat"), i));
            answers.append(answer(QStringLiteral("cid"), item,
                                  i % 10 == 1 ? QStringLiteral("dog") : QStringLiteral("cat"), i));
        }
        const QualityTimeline t = qualityTimeline(answers, {});
        QList<DriftAlert> shifts;
        for (const DriftAlert &a : t.alerts) {
            if (a.kind == QLatin1String("class-shift"))
                shifts.append(a);
        }
        QCOMPARE(shifts.size(), 1);
        QCOMPARE(shifts.first().person, QStringLiteral("ann"));
        QCOMPARE(shifts.first().recentCount, 50);
        QCOMPARE(shifts.first().earlierCount, 100);
        QCOMPARE(shifts.first().personShare, 0.8);
        QCOMPARE(shifts.first().cohortShare, 0.1);
        QVERIFY(shifts.first().statistic >= DriftOptions().jsThreshold);
        // Pairs: ann and bob disagree where exactly one of them said dog.
        const PairAgreement &ab = t.pairs.first();
        QCOMPARE(ab.a, QStringLiteral("ann"));
        QCOMPARE(ab.b, QStringLiteral("bob"));
        QCOMPARE(ab.items, 50);
        QCOMPARE(ab.disagreed.size(), 36 + 1); // 40 dogs minus 4 shared, plus i40 (bob dog)
        QVERIFY(ab.kappa.has_value());
    }

    void seriesBuckets()
    {
        QList<TimedAnswer> answers;
        // Day 1: 4 gold answers, 3 passed; day 2: 2, none passed.
        for (int i = 0; i < 6; ++i) {
            TimedAnswer a = answer(QStringLiteral("ann"), QStringLiteral("g%1").arg(i),
                                   QStringLiteral("cat"), i < 4 ? i : 24 * 60 + i, TaskKind::Gold);
            a.goldPassed = i < 3;
            a.goldScore = i < 3 ? 1.0 : 0.0;
            a.timeSpentMs = 1000 * (i + 1);
            answers.append(a);
        }
        TimelineOptions options;
        QualityTimeline t = qualityTimeline(answers, options);
        QCOMPARE(t.people.size(), 1);
        QCOMPARE(t.people.first().gold.size(), 2);
        QCOMPARE(t.people.first().gold.at(0).label, QStringLiteral("2026-12-01"));
        QCOMPARE(*t.people.first().gold.at(0).value, 0.75);
        QCOMPARE(*t.people.first().gold.at(1).value, 0.0);
        QCOMPARE(*t.people.first().timePerTask.at(0).value, 2.5); // median of 1,2,3,4 s
        options.bucket = TimelineOptions::Bucket::Tasks;
        options.bucketTasks = 5;
        t = qualityTimeline(answers, options);
        QCOMPARE(t.people.first().gold.size(), 2);
        QCOMPARE(t.people.first().gold.at(1).label, QStringLiteral("6-6"));
        QCOMPARE(t.people.first().gold.at(0).count, 5);
    }

    void suspectGoldListsHowPeopleAnswered()
    {
        QList<TimedAnswer> answers;
        const QStringList people{"a", "b", "c", "d"};
        for (int p = 0; p < people.size(); ++p) {
            // g1: three of four say dog against the reference cat; g2: all right.
            TimedAnswer x = answer(people.at(p), QStringLiteral("g1"),
                                   p < 3 ? QStringLiteral("dog") : QStringLiteral("cat"), p,
                                   TaskKind::Gold);
            x.goldPassed = p >= 3;
            x.goldReference = {QStringLiteral("cat")};
            answers.append(x);
            TimedAnswer y = answer(people.at(p), QStringLiteral("g2"), QStringLiteral("cat"), p,
                                   TaskKind::Gold);
            y.goldPassed = true;
            y.goldReference = {QStringLiteral("cat")};
            answers.append(y);
        }
        const QualityTimeline t = qualityTimeline(answers, {});
        QCOMPARE(t.suspectGold.size(), 1);
        QCOMPARE(t.suspectGold.first().itemId, QStringLiteral("g1"));
        QCOMPARE(t.suspectGold.first().missed, 3);
        QCOMPARE(t.suspectGold.first().answers, 4);
        QCOMPARE(t.suspectGold.first().answeredAs.first(),
                 (std::pair<QString, int>{QStringLiteral("dog"), 3}));
    }

    void perClassAgreement()
    {
        // Item 1: cat, cat, dog; item 2: dog, dog, dog. cat: 2·1 / (2·2) = 0.5; dog: (0 + 6) /
        // (1·2 + 3·2) = 0.75.
        QList<TimedAnswer> answers{answer("a", "1", "cat", 0), answer("b", "1", "cat", 1),
                                   answer("c", "1", "dog", 2), answer("a", "2", "dog", 3),
                                   answer("b", "2", "dog", 4), answer("c", "2", "dog", 5)};
        const QualityTimeline t = qualityTimeline(answers, {});
        QCOMPARE(t.classes.size(), 2);
        QCOMPARE(t.classes.at(0).classId, QStringLiteral("cat"));
        QCOMPARE(*t.classes.at(0).agreement.first().value, 0.5);
        QCOMPARE(*t.classes.at(1).agreement.first().value, 0.75);
    }

    void bootstrapIsSeededAndBracketsAlpha()
    {
        std::mt19937_64 engine(7);
        std::bernoulli_distribution wrong(0.2);
        QList<QPair<QString, QList<QPair<QString, QString>>>> items;
        QList<Rating> ratings;
        for (int i = 0; i < 200; ++i) {
            const QString truth = i % 3 ? QStringLiteral("cat") : QStringLiteral("dog");
            QList<QPair<QString, QString>> r;
            for (const char *rater : {"a", "b", "c"}) {
                const QString label = wrong(engine) ? QStringLiteral("bird") : truth;
                r.append({QLatin1String(rater), label});
                ratings.append({QString::number(i), QLatin1String(rater), label});
            }
            items.append({QString::number(i), r});
        }
        const BootstrapInterval b = bootstrapAlpha(items, 500, 42);
        const auto alpha = krippendorffAlpha(*RatingSet::fromRatings(ratings));
        ASSAY_VERIFY_RESULT(alpha);
        QCOMPARE(*b.value, *alpha);
        QVERIFY(*b.low < *alpha && *alpha < *b.high);
        QVERIFY(*b.high - *b.low < 0.25);
        QCOMPARE(b.items, 200);
        const BootstrapInterval again = bootstrapAlpha(items, 500, 42);
        QCOMPARE(*again.low, *b.low);
        QCOMPARE(*again.high, *b.high);
        const BootstrapInterval other = bootstrapAlpha(items, 500, 43);
        QVERIFY(*other.low != *b.low || *other.high != *b.high);
    }
};

QTEST_GUILESS_MAIN(tst_QualityTimeline)
#include "tst_qualitytimeline.moc"
