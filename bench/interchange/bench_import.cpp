// SPDX-License-Identifier: Apache-2.0
// Times "assay import" of a COCO file of 100,000 images / 1,000,000 boxes into a project whose
// items are the images (matched by path), against Python's json.load of the same file, then the
// export of the same project back to COCO.
#include "bench/benchreport.h"
#include "bench/interchange/benchcommon.h"
#include "core/project/services.h"
#include "core/transfer/datasetexport.h"
#include "core/transfer/datasetimport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace assay::core;
using namespace assay::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // --import-only: no Python and no export, for profiling the import; --export-only: the
    // import, then the export without Python, for profiling the export.
    const bool importOnly = app.arguments().contains(QStringLiteral("--import-only"));
    const bool exportOnly = app.arguments().contains(QStringLiteral("--export-only"));
    const int images = 100'000;
    const int boxes = 1'000'000;
    QTemporaryDir dir;
    const QString cocoPath = dir.filePath(QStringLiteral("instances_bench.json"));
    {
        QFile file(cocoPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(makeCoco(images, boxes, 80)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(cocoPath));
            return 1;
        }
    }
    std::printf("file: %.1f MB, %d images, %d boxes\n", double(QFile(cocoPath).size()) / 1e6,
                images, boxes);

    // The project already holds the images (as after "assay add"): the import matches them by
    // path. The media files themselves are not needed for matching.
    assay::core::CreateOptions create;
    create.ownerName = QStringLiteral("lead");
    create.mediaRoot = dir.path();
    const QString projectPath = dir.filePath(QStringLiteral("bench.assay"));
    auto project = assay::core::Project::create(projectPath, create);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    QList<Item> items;
    items.reserve(images);
    for (int i = 0; i < images; ++i) {
        Item it;
        it.kind = ItemKind::Image;
        it.path = QString::number(100000000 + i) + QStringLiteral(".jpg");
        it.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(it.path.toUtf8(), QCryptographicHash::Sha256).toHex());
        it.byteSize = 100000;
        it.width = 640;
        it.height = 480;
        items.append(it);
    }
    if (auto added = (*project)->items().addItems(items, {}); !added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.error().toString()));
        return 1;
    }
    // Opened again, as by the "assay import" that follows an "assay add": the write-ahead log
    // of adding the items is checkpointed on closing, not left to the import's commit.
    project->reset();
    project = assay::core::Project::open(projectPath);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    assay::core::Project &store = **project;
    if (const assay::Status st = store.setActor(QStringLiteral("lead")); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }

    transfer::ImportOptions options;
    options.format = QStringLiteral("coco");
    options.addClasses = true;
    QElapsedTimer timer;
    // Where the time goes, phase by phase (the import's own progress reports).
    QList<QPair<QString, qint64>> phases;
    options.progress = [&timer, &phases](int, const QString &phase) {
        phases.append({phase, timer.nsecsElapsed()});
    };
    timer.start();
    double cpu0 = cpuSeconds();
    auto imported = transfer::importDataset(store, cocoPath, options);
    const double importWall = double(timer.nsecsElapsed()) / 1e9;
    const double importCpu = cpuSeconds() - cpu0;
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().toString()));
        return 1;
    }
    if (imported->boxes != boxes || imported->itemsMatched != images) {
        std::fprintf(stderr, "imported %lld boxes and matched %lld images\n",
                     qlonglong(imported->boxes), qlonglong(imported->itemsMatched));
        return 1;
    }

    for (qsizetype i = 0; i + 1 < phases.size(); ++i) {
        std::printf("  %-20s %.3f s\n", qPrintable(phases[i].first),
                    double(phases[i + 1].second - phases[i].second) / 1e9);
    }

    // "assay import" then closes the project, which checkpoints the write-ahead log into the
    // file: timed apart, as it is not part of the import's transaction.
    timer.restart();
    project->reset();
    const double closeWall = double(timer.nsecsElapsed()) / 1e9;
    if (importOnly) {
        std::printf(
                "assay import (parse, match, one transaction): %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s\n",
                importWall, boxes / importWall, importCpu, boxes / importCpu);
        std::printf("closing the project afterwards (checkpoint):  %.3f s wall\n", closeWall);
        return 0;
    }
    project = assay::core::Project::open(projectPath);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    assay::core::Project &reopened = **project;
    if (const assay::Status st = reopened.setActor(QStringLiteral("lead")); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }

    if (exportOnly) {
        transfer::ExportOptions exportOptions;
        exportOptions.format = QStringLiteral("coco");
        exportOptions.all = true;
        phases.clear();
        exportOptions.progress = options.progress;
        timer.restart();
        cpu0 = cpuSeconds();
        auto exported = transfer::exportDataset(reopened, dir.filePath(QStringLiteral("out.json")),
                                                exportOptions);
        const double exportWall = double(timer.nsecsElapsed()) / 1e9;
        if (!exported || exported->boxes != boxes) {
            std::fprintf(stderr, "export failed\n");
            return 1;
        }
        for (qsizetype i = 0; i + 1 < phases.size(); ++i) {
            std::printf("  %-20s %.3f s\n", qPrintable(phases[i].first),
                        double(phases[i + 1].second - phases[i].second) / 1e9);
        }
        std::printf("assay export to COCO (with manifest): %.3f s wall %.0f boxes/s | %.3f s CPU\n",
                    exportWall, boxes / exportWall, cpuSeconds() - cpu0);
        return 0;
    }
    timer.restart();
    const double childCpu0 = childCpuSeconds();
    const int exitCode = QProcess::execute(QStringLiteral("/usr/bin/python3"),
                                           {QStringLiteral("-c"),
                                            QStringLiteral(
                                                    "import json,sys; json.load(open(sys.argv[1]))"),
                                            cocoPath});
    const double pythonWall = double(timer.nsecsElapsed()) / 1e9;
    const double pythonCpu = childCpuSeconds() - childCpu0;
    if (exitCode != 0) {
        std::fprintf(stderr, "python3 failed (%d)\n", exitCode);
        return 1;
    }

    transfer::ExportOptions exportOptions;
    exportOptions.format = QStringLiteral("coco");
    exportOptions.all = true;
    timer.restart();
    cpu0 = cpuSeconds();
    auto exported = transfer::exportDataset(reopened, dir.filePath(QStringLiteral("out.json")),
                                            exportOptions);
    const double exportWall = double(timer.nsecsElapsed()) / 1e9;
    const double exportCpu = cpuSeconds() - cpu0;
    if (!exported || exported->boxes != boxes) {
        std::fprintf(stderr, "export failed\n");
        return 1;
    }

    auto met = [](bool yes) {
        return yes ? "met" : "NOT MET";
    };
    std::printf(
            "assay import (parse, match, one transaction): %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s (target >= 1000000 boxes/s: %s)\n",
            importWall, boxes / importWall, importCpu, boxes / importCpu,
            met(boxes / importWall >= 1e6));
    std::printf("closing the project afterwards (checkpoint):  %.3f s wall\n", closeWall);
    std::printf("python json.load (parse only):                %.3f s wall | %.3f s CPU\n",
                pythonWall, pythonCpu);
    std::printf("import vs python parse: %.1fx (wall), %.1fx (CPU) less time (target >= 10x: %s)\n",
                pythonWall / importWall, pythonCpu / importCpu, met(pythonWall / importWall >= 10));
    std::printf(
            "assay export to COCO (with manifest):         %.3f s wall %.0f boxes/s | %.3f s CPU %.0f boxes/s (target >= 1000000 boxes/s: %s)\n",
            exportWall, boxes / exportWall, exportCpu, boxes / exportCpu,
            met(boxes / exportWall >= 1e6));
    report({QStringLiteral("assay import, 1M COCO boxes: rate"), boxes / importWall,
            QStringLiteral("boxes/s"), QStringLiteral("≥ 1,000,000 boxes/s")});
    report({QStringLiteral("assay import, 1M COCO boxes: time"), importWall, QStringLiteral("s"),
            QStringLiteral("≤ a tenth of Python's json.load"), pythonWall,
            QStringLiteral("Python json.load of the file")});
    report({QStringLiteral("closing the project after the import"), closeWall, QStringLiteral("s")});
    report({QStringLiteral("assay export, 1M COCO boxes: rate"), boxes / exportWall,
            QStringLiteral("boxes/s"), QStringLiteral("≥ 1,000,000 boxes/s")});
    // The rates are of elapsed time: the work uses both cores where it can. A target missed is
    // reported above, not as a failure: `make bench` runs on.
    return 0;
}
