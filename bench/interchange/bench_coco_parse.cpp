// SPDX-License-Identifier: Apache-2.0
// Times the COCO import of 100,000 images / 1,000,000 boxes against Python's json.load on the same file.
#include "core/interchange/cocoformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>
#include <time.h>

using namespace assay::core::interchange;

// A file shaped like the COCO 2017 instances files: images, annotations, categories (last, as
// pycocotools' files have them), polygon segmentations on the boxes.
static QByteArray makeCoco(int images, int boxes, int categories)
{
    QRandomGenerator rng(42);
    QByteArray out;
    out.reserve(qsizetype(boxes) * 190 + qsizetype(images) * 200);
    out += "{\"info\":{\"description\":\"bench\",\"version\":\"1.0\",\"year\":2017},\"licenses\":[],";
    out += "\"images\":[";
    for (int i = 0; i < images; ++i) {
        if (i)
            out += ',';
        out += "{\"license\":1,\"file_name\":\"" + QByteArray::number(100000000 + i)
               + ".jpg\",\"coco_url\":\"http://images.cocodataset.org/val2017/"
               + QByteArray::number(100000000 + i) + ".jpg\",\"height\":480,\"width\":640,"
               "\"date_captured\":\"2013-11-14 17:02:52\",\"id\":" + QByteArray::number(i * 3 + 1) + "}";
    }
    out += "],\"annotations\":[";
    for (int b = 0; b < boxes; ++b) {
        if (b)
            out += ',';
        const double x = rng.bounded(500.0), y = rng.bounded(380.0);
        const double w = 1 + rng.bounded(130.0), h = 1 + rng.bounded(90.0);
        out += "{\"segmentation\":[[" + QByteArray::number(x, 'f', 2) + ',' + QByteArray::number(y, 'f', 2)
               + ',' + QByteArray::number(x + w, 'f', 2) + ',' + QByteArray::number(y, 'f', 2) + ','
               + QByteArray::number(x + w, 'f', 2) + ',' + QByteArray::number(y + h, 'f', 2)
               + "]],\"area\":" + QByteArray::number(w * h, 'f', 3) + ",\"iscrowd\":0,\"image_id\":"
               + QByteArray::number(int(rng.bounded(images)) * 3 + 1) + ",\"bbox\":["
               + QByteArray::number(x, 'f', 2) + ',' + QByteArray::number(y, 'f', 2) + ','
               + QByteArray::number(w, 'f', 2) + ',' + QByteArray::number(h, 'f', 2)
               + "],\"category_id\":" + QByteArray::number(1 + 2 * int(rng.bounded(categories)))
               + ",\"id\":" + QByteArray::number(b + 1) + "}";
    }
    out += "],\"categories\":[";
    for (int c = 0; c < categories; ++c) {
        if (c)
            out += ',';
        out += "{\"supercategory\":\"thing\",\"id\":" + QByteArray::number(1 + 2 * c)
               + ",\"name\":\"class" + QByteArray::number(c) + "\"}";
    }
    out += "]}\n";
    return out;
}

// CPU seconds of this process, and of its waited-for children: on a loaded machine wall time
// measures the neighbours, CPU time the work.
static double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

static double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

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
    const int exitCode = QProcess::execute(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"), QStringLiteral("import json,sys; json.load(open(sys.argv[1]))"), path});
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
    std::printf("assay  CocoFormat::read: %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s (target >= 500000)\n",
                best, ours, bestCpu, oursCpu);
    std::printf("python json.load:        %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s (whole process)\n",
                python, theirs, pythonCpu, theirsCpu);
    std::printf("ratio: %.1fx (wall), %.1fx (CPU) faster than Python's parse\n", ours / theirs,
                oursCpu / theirsCpu);
    return oursCpu >= 500000 && ours > theirs ? 0 : 2;
}
