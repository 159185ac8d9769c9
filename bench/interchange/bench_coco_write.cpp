// SPDX-License-Identifier: Apache-2.0
// Times the COCO export of 100,000 images / 1,000,000 boxes: the file that bench_coco_parse reads,
// read once and written back with the COCO writer (what `assay export --format coco` runs).
#include "bench/interchange/benchcommon.h"
#include "core/interchange/cocoformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace assay::core::interchange;
using namespace assay::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int images = 100'000;
    const int boxes = 1'000'000;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    // An optional argument keeps the generated input there (and reuses it when it exists).
    const QStringList args = app.arguments();
    const QString path = args.size() > 1 ? args.at(1)
                                         : dir.filePath(QStringLiteral("instances_bench.json"));
    if (!QFile::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(makeCoco(images, boxes, 80)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const auto dataset = CocoFormat().read(path, ReadOptions());
    if (!dataset) {
        std::fprintf(stderr, "%s\n", qPrintable(dataset.error().toString()));
        return 1;
    }
    if (dataset->boxes.size() != boxes) {
        std::fprintf(stderr, "expected %d boxes, got %lld\n", boxes,
                     qlonglong(dataset->boxes.size()));
        return 1;
    }
    std::printf("input: %s, %.1f MB, %lld images, %lld boxes\n", qPrintable(path),
                double(QFile(path).size()) / 1e6, qlonglong(dataset->images.size()),
                qlonglong(dataset->boxes.size()));

    // Best of three; each run writes a new file, as an export does.
    const QString out = dir.filePath(QStringLiteral("export.json"));
    double best = 1e9;
    double bestCpu = 1e9;
    for (int run = 0; run < 3; ++run) {
        QFile::remove(out);
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        const auto written = CocoFormat().write(*dataset, out, WriteOptions());
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
            return 1;
        }
        best = qMin(best, seconds);
        bestCpu = qMin(bestCpu, cpu);
        std::printf("assay coco write, run %d: %.3f s wall, %.3f s CPU, %.1f MB\n", run + 1,
                    seconds, cpu, double(QFile(out).size()) / 1e6);
    }
    const double perSecond = double(boxes) / best;
    const double perCpuSecond = double(boxes) / bestCpu;
    std::printf(
            "assay  CocoFormat::write: %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s (target <= 0.4 s CPU)\n",
            best, perSecond, bestCpu, perCpuSecond);
    return bestCpu <= 0.4 ? 0 : 2;
}
