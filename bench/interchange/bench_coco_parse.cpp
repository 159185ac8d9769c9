// SPDX-License-Identifier: Apache-2.0
// Times the COCO import of 100,000 images / 1,000,000 boxes against Python's json.load on the same file.
#include "bench/benchreport.h"
#include "bench/interchange/benchcommon.h"
#include "core/interchange/cocoformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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
    // An optional argument keeps the generated file there (and reuses it when it exists).
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
    std::printf("file: %s, %.1f MB, %d images, %d boxes\n", qPrintable(path),
                double(QFile(path).size()) / 1e6, images, boxes);

    // Best of three: the first run also pays for the page cache and allocator warm-up.
    double best = 1e9;
    double bestCpu = 1e9;
    qsizetype parsedBoxes = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        auto dataset = CocoFormat().read(path, ReadOptions());
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        if (!dataset) {
            std::fprintf(stderr, "%s\n", qPrintable(dataset.error().toString()));
            return 1;
        }
        parsedBoxes = dataset->boxes.size();
        best = qMin(best, seconds);
        bestCpu = qMin(bestCpu, cpu);
        std::printf("assay coco read, run %d: %.3f s wall, %.3f s CPU\n", run + 1, seconds, cpu);
    }
    if (parsedBoxes != boxes) {
        std::fprintf(stderr, "expected %d boxes, got %lld\n", boxes, qlonglong(parsedBoxes));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const double childCpu0 = childCpuSeconds();
    const int exitCode = QProcess::execute(QStringLiteral("/usr/bin/python3"),
                                           {QStringLiteral("-c"),
                                            QStringLiteral(
                                                    "import json,sys; json.load(open(sys.argv[1]))"),
                                            path});
    const double python = double(timer.nsecsElapsed()) / 1e9;
    const double pythonCpu = childCpuSeconds() - childCpu0;
    if (exitCode != 0) {
        std::fprintf(stderr, "python3 failed (%d)\n", exitCode);
        return 1;
    }
    const double ours = double(boxes) / best;
    const double theirs = double(boxes) / python;
    const double oursCpu = double(boxes) / bestCpu;
    const double theirsCpu = double(boxes) / pythonCpu;
    std::printf(
            "assay  CocoFormat::read: %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s (target >= 500000)\n",
            best, ours, bestCpu, oursCpu);
    std::printf(
            "python json.load:        %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s (whole process)\n",
            python, theirs, pythonCpu, theirsCpu);
    std::printf("ratio: %.1fx (wall), %.1fx (CPU) faster than Python's parse\n", ours / theirs,
                oursCpu / theirsCpu);
    assay::bench::report({QStringLiteral("read a 1M-box COCO file into a dataset"),
                          best,
                          QStringLiteral("s"),
                          {},
                          python,
                          QStringLiteral("Python json.load of the file")});
    return oursCpu >= 500000 && ours > theirs ? 0 : 2;
}
