// SPDX-License-Identifier: Apache-2.0
// The spot-audit sample: its size follows the rate, every annotator and class is represented,
// each annotator gets their minimum, the same seed draws the same sample whatever the order.
#include "core/quality/auditsample.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace assay::core::quality;

class tst_AuditSample : public QObject
{
    Q_OBJECT

private:
    // Annotators with unequal shares of the work, classes of unequal frequency (one rare).
    static QList<AuditCandidate> candidates(int n)
    {
        QList<AuditCandidate> out;
        const QStringList people{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cy")};
        for (int i = 0; i < n; ++i) {
            const QString person = people.at(i % 10 < 6 ? 0 : (i % 10 < 9 ? 1 : 2));
            QString cls = i % 3 == 0 ? QStringLiteral("dog") : QStringLiteral("cat");
            if (i % 97 == 5)
                cls = QStringLiteral("fox");
            out.append({QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0')), person, cls});
        }
        return out;
    }

private Q_SLOTS:
    void rateAndStrataHoldOverSeeds_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("minimum");
        QTest::newRow("5% of 1000") << 1000 << 0.05 << 1;
        QTest::newRow("5% of 200, at least 5 each") << 200 << 0.05 << 5;
        QTest::newRow("20% of 300") << 300 << 0.2 << 1;
        QTest::newRow("1% of 100") << 100 << 0.01 << 2;
    }

    void rateAndStrataHoldOverSeeds()
    {
        QFETCH(int, n);
        QFETCH(double, rate);
        QFETCH(int, minimum);
        const QList<AuditCandidate> all = candidates(n);
        QHash<QString, int> perPerson;
        QSet<QString> classes;
        for (const AuditCandidate &c : all) {
            perPerson[c.personId] += 1;
            classes.insert(c.classId);
        }
        QHash<QString, int> drawnTimes;
        const int seeds = 200;
        for (quint64 seed = 1; seed <= quint64(seeds); ++seed) {
            const QList<QString> drawn = drawAuditSample(all, {rate, minimum, seed});
            QCOMPARE(QSet<QString>(drawn.cbegin(), drawn.cend()).size(), drawn.size());
            QHash<QString, int> gotPerson;
            QSet<QString> gotClasses;
            QHash<QString, const AuditCandidate *> byId;
            for (const AuditCandidate &c : all)
                byId.insert(c.taskId, &c);
            for (const QString &t : drawn) {
                gotPerson[byId.value(t)->personId] += 1;
                gotClasses.insert(byId.value(t)->classId);
                drawnTimes[t] += 1;
            }
            // Each annotator: ceil(rate x their answers), at least the minimum; every class.
            int expected = 0;
            for (auto it = perPerson.cbegin(); it != perPerson.cend(); ++it) {
                const int quota = std::min(it.value(),
                                           std::max(minimum,
                                                    int(std::ceil(rate * it.value() - 1e-9))));
                QVERIFY2(gotPerson.value(it.key()) >= quota, qPrintable(it.key()));
                expected += quota;
            }
            QCOMPARE(gotClasses, classes);
            // Class coverage may add at most one answer per class beyond the quotas.
            QVERIFY(drawn.size() >= expected);
            QVERIFY(drawn.size() <= expected + classes.size());
        }
        // Each answer's chance is the rate (or more, for the minimum and rare classes): over
        // many seeds no answer of a common class is drawn far more or less often than that.
        double mean = 0;
        for (const AuditCandidate &c : all)
            mean += drawnTimes.value(c.taskId);
        mean /= double(all.size()) * seeds;
        QVERIFY2(mean >= rate * 0.95, qPrintable(QString::number(mean)));
        QVERIFY2(mean <= rate * 3 + 0.05, qPrintable(QString::number(mean)));
        int neverDrawn = 0;
        for (const AuditCandidate &c : all)
            neverDrawn += drawnTimes.value(c.taskId) == 0 ? 1 : 0;
        QVERIFY2(neverDrawn < all.size() / 10, qPrintable(QString::number(neverDrawn)));
    }

    void sameSeedSameSampleInAnyOrder()
    {
        QList<AuditCandidate> all = candidates(500);
        const QList<QString> first = drawAuditSample(all, {0.05, 1, 42});
        std::reverse(all.begin(), all.end());
        QCOMPARE(drawAuditSample(all, {0.05, 1, 42}), first);
        QVERIFY(drawAuditSample(all, {0.05, 1, 43}) != first);
    }

    void nothingAtRateZero()
    {
        QCOMPARE(drawAuditSample(candidates(50), {0.0, 0, 1}).size(), 0);
        QCOMPARE(drawAuditSample({}, {0.05, 1, 1}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AuditSample)
#include "tst_auditsample.moc"
