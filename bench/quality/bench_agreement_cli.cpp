// SPDX-License-Identifier: Apache-2.0
// Times the whole `assay agreement` command on 100,000 items x 5 raters x 10 labels against
// Python's csv module plus NLTK's AnnotationTask.alpha() on the same file, in the same run.
//
// Usage: bench_agreement_cli [--assay PATH] [--items N] [--seed S] [--python PATH] [--runs N]
// Both sides are timed end to end, as a user waits for them: from process start to the JSON
// written (the Python side prints alpha as JSON after reading the CSV with the csv module).
// Floors: assay at least 8x faster, and its peak resident memory under 64 MB; the two alphas
// must agree to 3 decimals. Exits 1 when a floor is missed.
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static constexpr double kMinSpeedUp = 8.0;
static constexpr double kMaxPeakMiB = 64.0;

static const char kPythonScript[] = R"PY(
import csv, json, sys
from nltk.metrics.agreement import AnnotationTask
with open(sys.argv[1], newline="") as f:
    rows = csv.reader(f)
    next(rows)
    data = [(r, i, l) for i, r, l in rows]
print(json.dumps({"krippendorff_alpha": AnnotationTask(data=data).alpha()}))
)PY";

struct Run
{
    double seconds = 0;
    double peakMiB = 0;
    int status = -1;
    QByteArray output;
};

// Runs a program with its output in a file; wait4() gives that child's own peak memory.
static Run run(const QStringList &arguments, const QString &outputPath)
{
    Run result;
    std::vector<QByteArray> storage;
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = outputPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[0], std::strerror(spawned));
        return result;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.peakMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile file(outputPath);
    if (file.open(QIODevice::ReadOnly))
        result.output = file.readAll();
    return result;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString assay = QStringLiteral(ASSAY_PROGRAM);
    QString python = QStringLiteral("/usr/bin/python3");
    int items = 100000;
    int runs = 3;
    quint64 seed = 20261124;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--assay") && i + 1 < args.size())
            assay = args[++i];
        else if (args[i] == QLatin1String("--python") && i + 1 < args.size())
            python = args[++i];
        else if (args[i] == QLatin1String("--items") && i + 1 < args.size())
            items = args[++i].toInt();
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else {
            std::fprintf(stderr, "usage: bench_agreement_cli [--assay PATH] [--items N] [--seed S] "
                                 "[--python PATH] [--runs N]\n");
            return 64;
        }
    }

    // The data of bench_alpha: each rater right with a rater-specific probability, otherwise a
    // uniform random class; 10% of ratings missing.
    const int raters = 5;
    const int classes = 10;
    const double skill[raters] = {0.9, 0.8, 0.7, 0.6, 0.5};
    const double missing = 0.1;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> anyClass(0, classes - 1);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("ratings.csv"));
    qint64 ratings = 0;
    {
        QByteArray text = "item,rater,label\n";
        text.reserve(qsizetype(items) * raters * 24);
        for (int i = 0; i < items; ++i) {
            const int truth = anyClass(rng);
            for (int j = 0; j < raters; ++j) {
                if (unit(rng) < missing)
                    continue;
                const int label = unit(rng) < skill[j] ? truth : anyClass(rng);
                text += "item" + QByteArray::number(i) + ",rater" + QByteArray::number(j) + ",class"
                        + QByteArray::number(label) + '\n';
                ++ratings;
            }
        }
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            std::fprintf(stderr, "%s: cannot write\n", qPrintable(csvPath));
            return 1;
        }
    }
    out << QStringLiteral("data: %1 items x %2 raters x %3 labels, %4 ratings (%5% missing), "
                          "%6 MB CSV, seed %7\n")
                    .arg(items)
                    .arg(raters)
                    .arg(classes)
                    .arg(ratings)
                    .arg(missing * 100)
                    .arg(double(QFile(csvPath).size()) / 1e6, 0, 'f', 1)
                    .arg(seed);
    out.flush();

    // The best of a few runs each (the figure that does not depend on a cold cache), the two
    // programs taking turns.
    Run bestAssay;
    Run bestPython;
    for (int r = 0; r < runs; ++r) {
        const Run a = run({assay, QStringLiteral("agreement"), csvPath, QStringLiteral("--json")},
                          dir.filePath(QStringLiteral("assay.json")));
        if (a.status != 0) {
            std::fprintf(stderr, "assay agreement failed (status %d): %s\n", a.status,
                         a.output.constData());
            return 1;
        }
        if (r == 0 || a.seconds < bestAssay.seconds)
            bestAssay = a;
        bestAssay.peakMiB = std::max(bestAssay.peakMiB, a.peakMiB);
        const Run p = run({python, QStringLiteral("-c"), QString::fromUtf8(kPythonScript), csvPath},
                          dir.filePath(QStringLiteral("python.json")));
        if (p.status != 0) {
            std::fprintf(stderr,
                         "python csv + nltk failed (status %d); python3-nltk installed? "
                         "(make bench-deps)\n",
                         p.status);
            return 1;
        }
        if (r == 0 || p.seconds < bestPython.seconds)
            bestPython = p;
    }
    const QJsonObject assayJson = QJsonDocument::fromJson(bestAssay.output).object();
    const QJsonObject pythonJson = QJsonDocument::fromJson(bestPython.output).object();
    const double assayAlpha = assayJson.value(QStringLiteral("krippendorff_alpha")).toDouble(-2);
    const double pythonAlpha = pythonJson.value(QStringLiteral("krippendorff_alpha")).toDouble(-3);
    const double speedUp = bestPython.seconds / bestAssay.seconds;
    const bool fastEnough = speedUp >= kMinSpeedUp;
    const bool smallEnough = bestAssay.peakMiB < kMaxPeakMiB;
    const bool agree = qAbs(assayAlpha - pythonAlpha) < 0.0005;
    out << QStringLiteral("assay agreement --json   alpha = %1   time %2 s   peak memory %3 MB\n")
                    .arg(assayAlpha, 0, 'f', 6)
                    .arg(bestAssay.seconds, 0, 'f', 3)
                    .arg(bestAssay.peakMiB, 0, 'f', 1);
    out << QStringLiteral("python csv + nltk        alpha = %1   time %2 s   peak memory %3 MB\n")
                    .arg(pythonAlpha, 0, 'f', 6)
                    .arg(bestPython.seconds, 0, 'f', 3)
                    .arg(bestPython.peakMiB, 0, 'f', 1);
    out << QStringLiteral("speed-up %1x (floor %2x: %3); peak memory (floor < %4 MB: %5); "
                          "alphas agree to 3 decimals: %6\n")
                    .arg(speedUp, 0, 'f', 1)
                    .arg(kMinSpeedUp)
                    .arg(fastEnough ? QStringLiteral("met") : QStringLiteral("MISSED"))
                    .arg(kMaxPeakMiB)
                    .arg(smallEnough ? QStringLiteral("met") : QStringLiteral("MISSED"))
                    .arg(agree ? QStringLiteral("yes") : QStringLiteral("NO"));
    out.flush();
    return fastEnough && smallEnough && agree ? 0 : 1;
}
