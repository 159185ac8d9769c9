// SPDX-License-Identifier: Apache-2.0
// The drift test's operating figures and the timeline's cost.
//
// Usage: bench_drift [--streams N] [--cohorts N]
// 1. False alarm rate: N steady streams of 100 gold answers (pass probability 0.9, and 0.7),
//    each scanned after every answer; the share of streams with any accuracy-drop alert.
// 2. Detection: streams of 40 answers at 0.95 then a drop to 0.7, 0.5 or 0.4; the share alerted
//    within the window (10 answers) after the drop, within 20, and the median delay.
// 3. Class shift: cohorts of 12 people, 60 production answers each, classes drawn from the
//    cohort's own distribution; the share of people (and of cohorts) alerted is the false alarm
//    rate. Then one member's answers drawn from a shifted distribution: the share of cohorts
//    where that member is alerted is the detection rate (and any other member alerted counts
//    as a false alarm).
// 4. Cost: the whole quality timeline (series, drift, suspect gold, pairs) and a 1000-resample
//    bootstrap of alpha on 100,000 synthetic answers (10,000 items x 5 of 50 people x 10 classes).
#include "bench/benchreport.h"
#include "core/quality/qualitytimeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace assay::core;
using namespace assay::core::quality;

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

// A cohort of `people` answering `each` production items, classes drawn from `shares` (the
// member `shifted`, if any, from `shiftedShares`); the timeline's class-shift alerts by person.
static QSet<QString> classShiftAlerts(std::mt19937_64 &engine, const std::vector<double> &shares,
                                      int shifted, const std::vector<double> &shiftedShares)
{
    constexpr int people = 12;
    constexpr int each = 60;
    std::discrete_distribution<int> cohort(shares.begin(), shares.end());
    std::discrete_distribution<int> other(shiftedShares.begin(), shiftedShares.end());
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<TimedAnswer> answers;
    answers.reserve(people * each);
    for (int j = 0; j < each; ++j) {
        for (int k = 0; k < people; ++k) {
            TimedAnswer a;
            a.annotationId = QStringLiteral("a%1-%2").arg(k).arg(j);
            a.itemId = QStringLiteral("i%1-%2").arg(k).arg(j);
            a.person = QStringLiteral("p%1").arg(k);
            a.kind = TaskKind::Production;
            a.classIds = {QStringLiteral("c%1").arg(k == shifted ? other(engine) : cohort(engine))};
            a.timeSpentMs = 3000;
            a.time = start.addSecs(j * 60 + k);
            answers.append(a);
        }
    }
    QSet<QString> alerted;
    for (const DriftAlert &alert : qualityTimeline(answers, {}).alerts) {
        if (alert.kind == QLatin1String("class-shift"))
            alerted.insert(alert.person);
    }
    return alerted;
}

static void classShift(int cohorts, const DriftOptions &options)
{
    std::printf("class shift: last %d production answers against the cohort's, JS >= %.2f, "
                "at least %d answers each; cohorts of 12 x 60 answers, 5 classes\n",
                options.classWindow, options.jsThreshold, options.classMin);
    const std::vector<double> shares{0.35, 0.25, 0.20, 0.12, 0.08};
    int people = 0;
    int cohortsAlerted = 0;
    for (int s = 0; s < cohorts; ++s) {
        std::mt19937_64 engine(7000000 + s);
        const QSet<QString> alerted = classShiftAlerts(engine, shares, -1, shares);
        people += int(alerted.size());
        cohortsAlerted += alerted.isEmpty() ? 0 : 1;
    }
    const double perPerson = double(people) / (12.0 * cohorts);
    std::printf("  false alarms, everyone from the cohort's distribution: %.4f of %d people, "
                "%.4f of %d cohorts with any\n",
                perPerson, 12 * cohorts, double(cohortsAlerted) / cohorts, cohorts);
    assay::bench::report({QStringLiteral("class shift false alarm rate per person"), perPerson,
                          QStringLiteral("share")});
    const struct
    {
        const char *name;
        std::vector<double> shares;
    } shifts[] = {
            {"mild: c0 0.35 -> 0.25, c1 0.25 -> 0.35", {0.25, 0.35, 0.20, 0.12, 0.08}},
            {"c3 over-used: 0.12 -> 0.37", {0.20, 0.20, 0.15, 0.37, 0.08}},
            {"c0 taken for c1: c0 0.35 -> 0, c1 -> 0.60", {0.0, 0.60, 0.20, 0.12, 0.08}},
            {"c0 half taken for c4: c0 -> 0.175, c4 -> 0.255", {0.175, 0.25, 0.20, 0.12, 0.255}},
    };
    for (const auto &shift : shifts) {
        int detected = 0;
        int others = 0;
        for (int s = 0; s < cohorts; ++s) {
            std::mt19937_64 engine(8000000 + s);
            const QSet<QString> alerted = classShiftAlerts(engine, shares, 0, shift.shares);
            detected += alerted.contains(QStringLiteral("p0")) ? 1 : 0;
            others += int(alerted.size()) - (alerted.contains(QStringLiteral("p0")) ? 1 : 0);
        }
        std::printf("  shift %s: detected %.4f of %d cohorts (others alerted %.4f of %d)\n",
                    shift.name, double(detected) / cohorts, cohorts,
                    double(others) / (11.0 * cohorts), 11 * cohorts);
        assay::bench::report(
                {QStringLiteral("class shift detected: %1").arg(QLatin1String(shift.name)),
                 double(detected) / cohorts, QStringLiteral("share")});
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int streams = 10000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--streams")); i > 0 && i + 1 < args.size())
        streams = args.at(i + 1).toInt();
    const DriftOptions options;
    std::printf("drift test: window %d, baseline >= %d, z >= %.2f\n", options.window,
                options.baselineMin, options.zThreshold);
    for (double p : {0.9, 0.7}) {
        int alarms = 0;
        for (int s = 0; s < streams; ++s) {
            std::mt19937_64 engine(5000000 + s);
            alarms += accuracyDrift(stream(engine, 100, p, 0, p), options).isEmpty() ? 0 : 1;
        }
        const double rate = double(alarms) / streams;
        std::printf("  false alarms, steady at %.2f, 100 answers: %.4f of %d streams\n", p, rate,
                    streams);
        assay::bench::report({QStringLiteral("drift false alarm rate p=%1").arg(p), rate,
                              QStringLiteral("share")});
    }
    for (double drop : {0.7, 0.5, 0.4}) {
        int within = 0;
        int within20 = 0;
        QList<int> delays;
        for (int s = 0; s < streams; ++s) {
            std::mt19937_64 engine(9000000 + s);
            const QList<bool> passes = stream(engine, 40, 0.95, 40, drop);
            for (const AccuracyFiring &f : accuracyDrift(passes, options)) {
                if (f.first < 40)
                    continue;
                const int delay = f.first - 40 + 1;
                within += delay <= options.window ? 1 : 0;
                within20 += delay <= 20 ? 1 : 0;
                delays.append(delay);
                break;
            }
        }
        std::sort(delays.begin(), delays.end());
        std::printf("  drop 0.95 -> %.2f: alerted within %d answers %.3f, within 20 %.3f, "
                    "median delay %d answers\n",
                    drop, options.window, double(within) / streams, double(within20) / streams,
                    delays.isEmpty() ? -1 : delays.at(delays.size() / 2));
        assay::bench::report({QStringLiteral("drift detected within window drop=%1").arg(drop),
                              double(within) / streams, QStringLiteral("share")});
    }

    int cohorts = 2000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--cohorts")); i > 0 && i + 1 < args.size())
        cohorts = args.at(i + 1).toInt();
    classShift(cohorts, options);

    std::mt19937_64 engine(1);
    QList<TimedAnswer> answers;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    std::uniform_int_distribution<int> person(0, 49);
    std::uniform_int_distribution<int> cls(0, 9);
    std::bernoulli_distribution right(0.8);
    for (int item = 0; item < 10000; ++item) {
        const int truth = cls(engine);
        for (int k = 0; k < 5; ++k) {
            TimedAnswer a;
            a.annotationId = QStringLiteral("a%1-%2").arg(item).arg(k);
            a.itemId = QStringLiteral("i%1").arg(item);
            a.person = QStringLiteral("p%1").arg((item + k * 7) % 50);
            const bool ok = right(engine);
            a.classIds = {QStringLiteral("c%1").arg(ok ? truth : cls(engine))};
            a.timeSpentMs = 1000 + item % 5000;
            a.time = start.addSecs(item * 60 + k);
            if (item % 10 == 0) {
                a.kind = TaskKind::Gold;
                a.goldPassed = ok;
                a.goldScore = ok ? 1.0 : 0.0;
                a.goldReference = {QStringLiteral("c%1").arg(truth)};
            }
            answers.append(a);
        }
    }
    Q_UNUSED(person);
    QElapsedTimer timer;
    timer.start();
    const QualityTimeline t = qualityTimeline(answers, {});
    const double timelineSeconds = timer.nsecsElapsed() / 1e9;
    QList<QPair<QString, QList<QPair<QString, QString>>>> items;
    for (int item = 0; item < 10000; ++item) {
        QList<QPair<QString, QString>> r;
        for (int k = 0; k < 5; ++k) {
            const TimedAnswer &a = answers.at(item * 5 + k);
            r.append({a.person, a.classIds.constFirst()});
        }
        items.append({answers.at(item * 5).itemId, r});
    }
    timer.restart();
    const BootstrapInterval b = bootstrapAlpha(items, 1000, 1);
    const double bootstrapSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("timeline of 100,000 answers (50 people, %lld pairs, %lld alerts): %.3f s\n",
                static_cast<long long>(t.pairs.size()), static_cast<long long>(t.alerts.size()),
                timelineSeconds);
    std::printf("bootstrap of alpha, 10,000 items x 5, 1000 resamples: %.3f s (alpha %.3f [%.3f, "
                "%.3f])\n",
                bootstrapSeconds, b.value.value_or(0), b.low.value_or(0), b.high.value_or(0));
    assay::bench::report(
            {QStringLiteral("timeline 100k answers"), timelineSeconds, QStringLiteral("s")});
    assay::bench::report({QStringLiteral("bootstrap alpha 10k items 1000 resamples"),
                          bootstrapSeconds, QStringLiteral("s")});
    return 0;
}
