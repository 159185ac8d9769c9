// SPDX-License-Identifier: Apache-2.0
// Batch planning (overlap, gold mixing rate and positions), gold scoring, and the quality
// report's verdicts and anomalies on constructed data.
#include "core/quality/batchplan.h"
#include "core/quality/qualityreport.h"
#include "tests/testutil.h"

#include <QSet>
#include <QTest>

using namespace assay;
using namespace assay::core;
using namespace assay::core::quality;

class tst_BatchPlan : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(const QString &prefix, int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(prefix + QString::number(i));
        return out;
    }

    static WorkRecord answer(const QString &item, const QString &person, const QString &label,
                             qint64 ms = 2000)
    {
        static int n = 0;
        WorkRecord w;
        w.annotationId = QStringLiteral("a%1").arg(++n);
        w.taskId = QStringLiteral("t%1").arg(n);
        w.itemId = item;
        w.person = person;
        w.classIds = {label};
        w.timeSpentMs = ms;
        return w;
    }

    static WorkRecord goldAnswer(const QString &person, double score)
    {
        WorkRecord w = answer(QStringLiteral("g"), person, QStringLiteral("x"));
        w.kind = TaskKind::Gold;
        w.goldScore = score;
        return w;
    }

private Q_SLOTS:
    void overlapGivesEachItemToDistinctAnnotatorsEvenly()
    {
        BatchPlanInput in{ids(QStringLiteral("i"), 101), {}, ids(QStringLiteral("p"), 4), 3, 0, 7};
        auto plan = planBatch(in);
        ASSAY_VERIFY_RESULT(plan);
        QHash<QString, QSet<QString>> byItem;
        QHash<QString, int> load;
        for (const PlannedTask &t : *plan) {
            QVERIFY(!byItem[t.itemId].contains(t.personId));
            byItem[t.itemId].insert(t.personId);
            ++load[t.personId];
        }
        QCOMPARE(byItem.size(), 101);
        for (const auto &people : byItem)
            QCOMPARE(people.size(), 3);
        int lo = 1000, hi = 0;
        for (int l : load) {
            lo = std::min(lo, l);
            hi = std::max(hi, l);
        }
        QVERIFY2(hi - lo <= 1, qPrintable(QStringLiteral("%1..%2").arg(lo).arg(hi)));
        QVERIFY(!planBatch({ids(QStringLiteral("i"), 3), {}, ids(QStringLiteral("p"), 2), 3, 0, 1}));
    }

    void goldRateAndPositionsOverManyDraws()
    {
        // 200 seeds x 3 annotators x ~100 tasks: the rate is met, positions are spread over
        // the whole queue (no bias to the start or the end), and annotators differ.
        const double rate = 0.05;
        int gold = 0, total = 0;
        QList<int> decile(10, 0);
        int samePositions = 0, comparisons = 0;
        for (quint64 seed = 1; seed <= 200; ++seed) {
            BatchPlanInput in{ids(QStringLiteral("i"), 200),
                              ids(QStringLiteral("g"), 8),
                              ids(QStringLiteral("p"), 3),
                              2,
                              rate,
                              seed};
            auto plan = planBatch(in);
            ASSAY_VERIFY_RESULT(plan);
            QHash<QString, QList<int>> goldPositions;
            QHash<QString, int> length;
            for (const PlannedTask &t : *plan)
                length[t.personId] = std::max(length[t.personId], t.position + 1);
            for (const PlannedTask &t : *plan) {
                ++total;
                if (t.kind != TaskKind::Gold)
                    continue;
                ++gold;
                QVERIFY(t.itemId.startsWith(QLatin1Char('g')));
                goldPositions[t.personId].append(t.position);
                ++decile[std::min(9, t.position * 10 / length[t.personId])];
            }
            const QStringList people = goldPositions.keys();
            for (int a = 0; a < people.size(); ++a) {
                for (int b = a + 1; b < people.size(); ++b) {
                    ++comparisons;
                    QList<int> x = goldPositions[people[a]], y = goldPositions[people[b]];
                    std::sort(x.begin(), x.end());
                    std::sort(y.begin(), y.end());
                    samePositions += x == y ? 1 : 0;
                }
            }
        }
        const double observed = double(gold) / total;
        QVERIFY2(qAbs(observed - rate) < 0.005, qPrintable(QString::number(observed)));
        // Each tenth of the queue holds about a tenth of the gold (expected ~10 %, allow 7-13 %).
        for (int d = 0; d < 10; ++d)
            QVERIFY2(decile[d] > gold * 0.07 && decile[d] < gold * 0.13,
                     qPrintable(
                             QStringLiteral("decile %1: %2 of %3").arg(d).arg(decile[d]).arg(gold)));
        QVERIFY(samePositions * 20 < comparisons);
    }

    void goldNeverRepeatsInAQueue_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("goldItems");
        QTest::addColumn<double>("rate");
        // Queue sizes from a handful to hundreds, pools from just enough to plenty.
        QTest::newRow("tiny queues, pool just enough") << 6 << 1 << 0.25;
        QTest::newRow("small queues") << 30 << 6 << 0.2;
        QTest::newRow("pool just enough") << 120 << 21 << 0.2;
        QTest::newRow("long queues, large pool") << 600 << 80 << 0.1;
        QTest::newRow("high rate") << 90 << 61 << 0.5;
    }

    void goldNeverRepeatsInAQueue()
    {
        QFETCH(int, items);
        QFETCH(int, goldItems);
        QFETCH(double, rate);
        for (quint64 seed = 1; seed <= 100; ++seed) {
            BatchPlanInput in{ids(QStringLiteral("i"), items),
                              ids(QStringLiteral("g"), goldItems),
                              ids(QStringLiteral("p"), 3),
                              2,
                              rate,
                              seed};
            // Each annotator labeled one gold item as production in an earlier batch.
            for (int p = 0; p < 3; ++p)
                in.labeledBefore[in.annotators.at(p)].insert(QStringLiteral("g%1").arg(p));
            in.goldItems.append({QStringLiteral("g0"), QStringLiteral("g1"), QStringLiteral("g2")});
            in.goldItems.removeDuplicates();
            auto plan = planBatch(in);
            ASSAY_VERIFY_RESULT(plan);
            QHash<QString, QSet<QString>> queue;
            int gold = 0;
            for (const PlannedTask &t : *plan) {
                QVERIFY2(!queue[t.personId].contains(t.itemId),
                         qPrintable(QStringLiteral("seed %1: %2 twice in %3's queue")
                                            .arg(seed)
                                            .arg(t.itemId, t.personId)));
                queue[t.personId].insert(t.itemId);
                if (t.kind == TaskKind::Gold) {
                    ++gold;
                    QVERIFY(!in.labeledBefore.value(t.personId).contains(t.itemId));
                }
            }
            QVERIFY(gold > 0);
        }
    }

    void tooSmallGoldPoolIsReportedNotRepeated()
    {
        // 100 items to one person at 20 %: 25 gold tasks, but only 10 gold items.
        BatchPlanInput in{ids(QStringLiteral("i"), 100),
                          ids(QStringLiteral("g"), 10),
                          {QStringLiteral("ann-id")},
                          1,
                          0.2,
                          7};
        in.annotatorNames.insert(QStringLiteral("ann-id"), QStringLiteral("ann"));
        auto plan = planBatch(in);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
        QVERIFY2(plan.error().message.contains(QLatin1String(
                         "25 different gold items for ann's queue, and 10 are available")),
                 qPrintable(plan.error().message));
        // Items the person labeled before do not count as available.
        in.goldItems = ids(QStringLiteral("g"), 26);
        ASSAY_VERIFY_RESULT(planBatch(in));
        in.labeledBefore[QStringLiteral("ann-id")] = {QStringLiteral("g0"), QStringLiteral("g1")};
        QVERIFY(!planBatch(in));
    }

    void planIsReproducibleFromItsSeed()
    {
        BatchPlanInput in{ids(QStringLiteral("i"), 50),
                          ids(QStringLiteral("g"), 6),
                          ids(QStringLiteral("p"), 3),
                          2,
                          0.1,
                          42};
        auto a = planBatch(in);
        auto b = planBatch(in);
        in.seed = 43;
        auto c = planBatch(in);
        auto key = [](const QList<PlannedTask> &plan) {
            QStringList out;
            for (const PlannedTask &t : plan)
                out.append(QStringLiteral("%1/%2/%3/%4")
                                   .arg(t.itemId, t.personId)
                                   .arg(int(t.kind))
                                   .arg(t.position));
            return out;
        };
        QCOMPARE(key(*a), key(*b));
        QVERIFY(key(*a) != key(*c));
    }

    void goldScoring()
    {
        GoldReference cls{{QStringLiteral("cat")}, {}};
        QCOMPARE(scoreGoldAnswer(cls, {QStringLiteral("cat")}, {}), 1.0);
        QCOMPARE(scoreGoldAnswer(cls, {QStringLiteral("dog")}, {}), 0.0);
        GoldReference boxes{{},
                            {Box{QStringLiteral("r1"), QStringLiteral("c"), 0, 0, 10, 10, {}},
                             Box{QStringLiteral("r2"), QStringLiteral("c"), 50, 50, 10, 10, {}}}};
        // One of two boxes found (IoU 0.81), one extra: F1 = 2*1/(2+2) = 0.5.
        const QList<Box> drawn{Box{QStringLiteral("b1"), QStringLiteral("c"), 1, 1, 10, 10, {}},
                               Box{QStringLiteral("b2"), QStringLiteral("c"), 200, 200, 5, 5, {}}};
        QCOMPARE(scoreGoldAnswer(boxes, {}, drawn), 0.5);
        QCOMPARE(scoreGoldAnswer(boxes, {}, boxes.boxes), 1.0);
    }

    void criteriaParse()
    {
        auto c = parseCriteria(QStringLiteral("alpha>=0.8, gold>=0.9,low<=0.05"));
        ASSAY_VERIFY_RESULT(c);
        QCOMPARE(c->value(QStringLiteral("alpha_min")).toDouble(), 0.8);
        QCOMPARE(c->value(QStringLiteral("gold_min")).toDouble(), 0.9);
        QCOMPARE(c->value(QStringLiteral("low_max")).toDouble(), 0.05);
        QVERIFY(!parseCriteria(QStringLiteral("alpha<=0.8")));
        QVERIFY(!parseCriteria(QStringLiteral("beta>=1")));
    }

    void verdictsPassOnAgreeingWork()
    {
        QList<WorkRecord> work;
        for (int i = 0; i < 20; ++i) {
            const QString label = i % 2 ? QStringLiteral("cat") : QStringLiteral("dog");
            for (const char *p : {"ann", "bob", "cid"})
                work.append(answer(QStringLiteral("i%1").arg(i), QLatin1String(p), label));
        }
        for (const char *p : {"ann", "bob", "cid"})
            work.append(goldAnswer(QLatin1String(p), 1.0));
        ReportOptions options;
        options.criteria = criteriaFromJson(
                *parseCriteria(QStringLiteral("alpha>=0.8,gold>=0.9,low<=0.05")));
        const QualityReport r = qualityReport(work, options);
        QCOMPARE(r.items, 20);
        QCOMPARE(*r.agreement.krippendorffAlpha, 1.0);
        QCOMPARE(*r.goldAccuracy, 1.0);
        QCOMPARE(*r.lowShare, 0.0);
        QCOMPARE(r.verdicts.size(), 3);
        QVERIFY(r.accepted());
        QCOMPARE(r.pairs.size(), 3);
        QCOMPARE(r.finalLabels.size(), 20);
        QCOMPARE(r.finalLabels.first().provenance.size(), 3);
        QCOMPARE(r.finalLabels.first().confidence, 1.0);
        QVERIFY(r.anomalies.isEmpty());
    }

    void verdictsFailAndUndefined()
    {
        QList<WorkRecord> work;
        // ann and bob disagree on half the items; gold accuracy 0.5.
        for (int i = 0; i < 20; ++i) {
            work.append(answer(QStringLiteral("i%1").arg(i), QStringLiteral("ann"),
                               i % 2 ? QStringLiteral("cat") : QStringLiteral("dog")));
            work.append(answer(QStringLiteral("i%1").arg(i), QStringLiteral("bob"),
                               i % 4 < 2 ? QStringLiteral("cat") : QStringLiteral("dog")));
        }
        work.append(goldAnswer(QStringLiteral("ann"), 1.0));
        work.append(goldAnswer(QStringLiteral("bob"), 0.0));
        ReportOptions options;
        options.criteria = criteriaFromJson(
                *parseCriteria(QStringLiteral("alpha>=0.8,gold>=0.9,low<=0.05")));
        QualityReport r = qualityReport(work, options);
        QVERIFY(!r.accepted());
        for (const Verdict &v : r.verdicts)
            QCOMPARE(v.verdict, QStringLiteral("fail"));
        QCOMPARE(*r.goldAccuracy, 0.5);
        QCOMPARE(*r.lowShare, 0.5);
        QVERIFY(r.pairs.first().kappa);

        // No gold submitted: the gold criterion is undefined, with the reason.
        work.removeLast();
        work.removeLast();
        r = qualityReport(work, options);
        QCOMPARE(r.verdicts.at(1).verdict, QStringLiteral("undefined"));
        QVERIFY(!r.verdicts.at(1).reason.isEmpty());
    }

    void anomalies()
    {
        QList<WorkRecord> work;
        // ann says "rare" 12 times out of 20; bob and cid twice out of 20 each.
        for (int i = 0; i < 20; ++i) {
            const QString item = QStringLiteral("i%1").arg(i);
            work.append(answer(item, QStringLiteral("ann"),
                               i < 12 ? QStringLiteral("rare") : QStringLiteral("common")));
            work.append(answer(item, QStringLiteral("bob"),
                               i < 2 ? QStringLiteral("rare") : QStringLiteral("common")));
            work.append(answer(item, QStringLiteral("cid"),
                               i < 2 ? QStringLiteral("rare") : QStringLiteral("common"),
                               i == 5 ? 120 : 2000));
        }
        work.append(answer(QStringLiteral("i3"), QStringLiteral("bob"), QStringLiteral("common")));
        const QualityReport r = qualityReport(work, {});
        QStringList kinds;
        for (const Anomaly &a : r.anomalies) {
            kinds.append(a.kind);
            if (a.kind == QLatin1String("overuse")) {
                QCOMPARE(a.person, QStringLiteral("ann"));
                QCOMPARE(a.classId, QStringLiteral("rare"));
                QCOMPARE(a.count, 12);
            }
            if (a.kind == QLatin1String("fast"))
                QCOMPARE(a.person, QStringLiteral("cid"));
            if (a.kind == QLatin1String("duplicate")) {
                QCOMPARE(a.person, QStringLiteral("bob"));
                QCOMPARE(a.annotations.size(), 2);
            }
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("duplicate"), QStringLiteral("fast"),
                                     QStringLiteral("overuse")}));
        QCOMPARE(r.items, 20); // the duplicate answer is left out of the figures
    }
};

QTEST_GUILESS_MAIN(tst_BatchPlan)
#include "tst_batchplan.moc"
