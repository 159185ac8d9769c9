// SPDX-License-Identifier: Apache-2.0
// Times Krippendorff's alpha on 100,000 items x 5 raters x 10 classes next to nltk's on the same
// data.
//
// Usage: bench_alpha [--items N] [--seed S] [--python /usr/bin/python3] [--no-nltk]
// The data are generated from a fixed seed (each rater right with a rater-specific
// probability, otherwise a uniform random class; 10% of ratings missing), written to a CSV
// file, and given to Debian's python3-nltk (AnnotationTask.alpha()) in the same run, so both
// times and both values are printed side by side. The target for Assay is < 0.2 s.
#include "core/quality/agreement.h"
#include "core/quality/ratingfiles.h"
#include "core/quality/ratingset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace assay::core::quality;

static constexpr double kTargetSeconds = 0.2;

// nltk wants (coder, item, label) triples; only alpha() is timed, like on the C++ side.
static const char kNltkScript[] = R"PY(
import csv, json, sys, time
from nltk.metrics.agreement import AnnotationTask
t0 = time.perf_counter()
with open(sys.argv[1], newline="") as f:
    rows = list(csv.reader(f))[1:]
task = AnnotationTask(data=[(r, i, l) for i, r, l in rows])
t1 = time.perf_counter()
alpha = task.alpha()
t2 = time.perf_counter()
print(json.dumps({"alpha": alpha, "seconds": t2 - t1, "load_seconds": t1 - t0}))
)PY";

static double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int items = 100000;
    const int raters = 5;
    const int classes = 10;
    quint64 seed = 20261124;
    QString python = QStringLiteral("/usr/bin/python3");
    bool runNltk = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--items") && i + 1 < args.size())
            items = args[++i].toInt();
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--python") && i + 1 < args.size())
            python = args[++i];
        else if (args[i] == QLatin1String("--no-nltk"))
            runNltk = false;
        else {
            std::fprintf(stderr, "usage: bench_alpha [--items N] [--seed S] [--python PATH] "
                                 "[--no-nltk]\n");
            return 64;
        }
    }

    // Generate.
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> anyClass(0, classes - 1);
    const double skill[raters] = {0.9, 0.8, 0.7, 0.6, 0.5};
    const double missing = 0.1;
    QStringList raterNames;
    QStringList classNames;
    for (int j = 0; j < raters; ++j)
        raterNames.append(QStringLiteral("rater%1").arg(j));
    for (int k = 0; k < classes; ++k)
        classNames.append(QStringLiteral("class%1").arg(k));
    QList<Rating> ratings;
    ratings.reserve(qsizetype(items) * raters);
    for (int i = 0; i < items; ++i) {
        const QString item = QStringLiteral("item%1").arg(i);
        const int truth = anyClass(rng);
        for (int j = 0; j < raters; ++j) {
            if (unit(rng) < missing)
                continue;
            const int label = unit(rng) < skill[j] ? truth : anyClass(rng);
            ratings.append({item, raterNames[j], classNames[label]});
        }
    }

    QElapsedTimer timer;
    timer.start();
    const auto set = RatingSet::fromRatings(ratings);
    const double indexSeconds = seconds(timer);
    if (!set) {
        std::fprintf(stderr, "%s\n", qPrintable(set.error().toString()));
        return 1;
    }
    // The first run, then the best of five (the figure that does not depend on a cold cache).
    timer.restart();
    auto alpha = krippendorffAlpha(*set);
    const double firstSeconds = seconds(timer);
    double bestSeconds = firstSeconds;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        alpha = krippendorffAlpha(*set);
        bestSeconds = std::min(bestSeconds, seconds(timer));
    }
    if (!alpha) {
        std::fprintf(stderr, "alpha undefined: %s\n", qPrintable(alpha.error().message));
        return 1;
    }

    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("ratings.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(csvPath), qPrintable(file.errorString()));
            return 1;
        }
        QByteArray text = "item,rater,label\n";
        text.reserve(ratings.size() * 24);
        for (const Rating &r : std::as_const(ratings))
            text += r.item.toUtf8() + ',' + r.rater.toUtf8() + ',' + r.label.toUtf8() + '\n';
        file.write(text);
    }
    // The whole command-line path: read and check the CSV, index, alpha.
    timer.restart();
    const auto fromFile = readRatingsCsv(csvPath);
    const double readSeconds = seconds(timer);
    if (!fromFile) {
        std::fprintf(stderr, "%s\n", qPrintable(fromFile.error().toString()));
        return 1;
    }

    out << QStringLiteral("data: %1 items x %2 raters x %3 classes, %4 ratings (%5% missing), "
                          "seed %6\n")
                    .arg(items)
                    .arg(raters)
                    .arg(classes)
                    .arg(ratings.size())
                    .arg(missing * 100)
                    .arg(seed);
    out << QStringLiteral("assay  alpha = %1   time %2 s (first run %3 s; target < %4 s: %5)\n")
                    .arg(*alpha, 0, 'f', 12)
                    .arg(bestSeconds, 0, 'f', 4)
                    .arg(firstSeconds, 0, 'f', 4)
                    .arg(kTargetSeconds)
                    .arg(bestSeconds < kTargetSeconds ? QStringLiteral("met")
                                                      : QStringLiteral("MISSED"));
    out << QStringLiteral("       (indexing the triples %1 s; reading and checking the CSV %2 s)\n")
                    .arg(indexSeconds, 0, 'f', 4)
                    .arg(readSeconds, 0, 'f', 4);
    out.flush();

    if (!runNltk)
        return bestSeconds < kTargetSeconds ? 0 : 1;

    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(kNltkScript), csvPath});
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        std::fprintf(stderr, "nltk run failed (%s): %s\n", qPrintable(python),
                     process.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject nltk = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const double nltkAlpha = nltk.value(QStringLiteral("alpha")).toDouble();
    const double nltkSeconds = nltk.value(QStringLiteral("seconds")).toDouble();
    out << QStringLiteral("nltk   alpha = %1   time %2 s (AnnotationTask.alpha(); building the "
                          "task %3 s)\n")
                    .arg(nltkAlpha, 0, 'f', 12)
                    .arg(nltkSeconds, 0, 'f', 4)
                    .arg(nltk.value(QStringLiteral("load_seconds")).toDouble(), 0, 'f', 4);
    const double difference = qAbs(nltkAlpha - *alpha);
    out << QStringLiteral("difference %1; speed-up %2x\n")
                    .arg(difference, 0, 'g', 3)
                    .arg(nltkSeconds / bestSeconds, 0, 'f', 0);
    out.flush();
    return bestSeconds < kTargetSeconds && difference < 1e-9 ? 0 : 1;
}
