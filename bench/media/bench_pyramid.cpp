// SPDX-License-Identifier: Apache-2.0
// bench_pyramid: the intake of a 600-megapixel (30,000 x 20,000) JPEG that is not tiled, made
// here with libvips: the probe (a 1/4 decode that proves the file and gives the preview), then
// its tile pyramid (assay-pyramid, libvips), next to what decoding the whole image once takes
// on the same machine (OpenCV, as the canvas would for a photograph) and the memory of each.
#include "bench/benchreport.h"
#include "core/items/intake.h"
#include "core/media/pyramidcache.h"
#include "core/media/tilesource.h"
#include "core/project/services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <vips/vips.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <unistd.h>

#include <cstdio>

using namespace assay;
using namespace assay::core;

static QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().left(14).trimmed() : QByteArray("?");
}

static double peakResidentMb(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// An aerial-like test picture: ramps that repeat every 256 pixels, with grain, streamed from
// libvips straight into the JPEG (never whole in memory).
static bool makeJpeg(const QString &path, const QSize &size)
{
    if (VIPS_INIT("bench_pyramid") != 0)
        return false;
    VipsImage *xyz = nullptr, *ramps = nullptr, *rgb = nullptr, *noise = nullptr, *grainy = nullptr,
              *bytes = nullptr;
    bool ok = vips_xyz(&xyz, size.width(), size.height(), nullptr) == 0
              && vips_remainder_const1(xyz, &ramps, 256, nullptr) == 0
              && vips_bandjoin_const1(ramps, &rgb, 128, nullptr) == 0
              && vips_gaussnoise(&noise, size.width(), size.height(), "sigma", 10.0, nullptr) == 0
              && vips_add(rgb, noise, &grainy, nullptr) == 0
              && vips_cast_uchar(grainy, &bytes, nullptr) == 0
              && vips_jpegsave(bytes, QFile::encodeName(path).constData(), "Q", 85, nullptr) == 0;
    for (VipsImage *image : {xyz, ramps, rgb, noise, grainy, bytes}) {
        if (image)
            g_object_unref(image);
    }
    if (!ok)
        std::fprintf(stderr, "libvips: %s\n", vips_error_buffer());
    return ok;
}

// The peak memory of the pyramid maker alone: run once more, started with posix_spawn (no copy
// of this process's pages is counted) and waited for with wait4 (its own figures only).
static double makerPeakMb(const QString &source, const QString &target, const Item &item)
{
    const QByteArray tool = QFile::encodeName(QCoreApplication::applicationDirPath()
                                              + QStringLiteral("/../../app/assay-pyramid"));
    const QByteArray in = QFile::encodeName(source), out = QFile::encodeName(target),
                     w = QByteArray::number(item.width), h = QByteArray::number(item.height);
    char *args[] = {const_cast<char *>(tool.constData()), const_cast<char *>(in.constData()),
                    const_cast<char *>(out.constData()),  const_cast<char *>(w.constData()),
                    const_cast<char *>(h.constData()),    nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, tool.constData(), nullptr, nullptr, args, environ) != 0)
        return 0;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    QFile::remove(target);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? usage.ru_maxrss / 1024.0 : 0;
}

static void printFigure(const char *what, double value, const char *unit, const char *target,
                        bool pass, std::optional<double> peer = std::nullopt,
                        const char *peerName = "")
{
    if (target && *target)
        std::printf("%-58s %9.1f %-3s  target %-8s %s\n", what, value, unit, target,
                    pass ? "PASS" : "MISS");
    else
        std::printf("%-58s %9.1f %-3s\n", what, value, unit);
    bench::report({QString::fromUtf8(what), value, QString::fromUtf8(unit),
                   QString::fromUtf8(target), peer, QString::fromUtf8(peerName)});
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Times the tile pyramid of a huge JPEG made at intake."));
    parser.addHelpOption();
    QCommandLineOption sizeOption(QStringLiteral("size"),
                                  QStringLiteral("Image size (default 30000x20000)."),
                                  QStringLiteral("WxH"), QStringLiteral("30000x20000"));
    QCommandLineOption mediaOption(QStringLiteral("media"),
                                   QStringLiteral("Folder for the generated image, kept and "
                                                  "reused (default: a temporary folder)."),
                                   QStringLiteral("dir"));
    QCommandLineOption noDecodeOption(QStringLiteral("no-whole-decode"),
                                      QStringLiteral("Skip the whole decode (it needs 3 bytes "
                                                     "a pixel of memory)."));
    parser.addOptions({sizeOption, mediaOption, noDecodeOption});
    parser.process(app);
    const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (size.isEmpty())
        return 2;
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(mediaOption) ? parser.value(mediaOption) : temporary.path());
    dir.mkpath(QStringLiteral("media"));
    std::printf("bench_pyramid: %d cores (load average %s)\n", QThread::idealThreadCount(),
                loadAverage().constData());

    const QString jpeg = dir.filePath(
            QStringLiteral("media/aerial-%1x%2.jpg").arg(size.width()).arg(size.height()));
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(jpeg)) {
        if (!makeJpeg(jpeg, size))
            return 1;
        std::printf("made %s: %d x %d (%.0f MP), %.0f MB, in %.1f s (libvips)\n",
                    qPrintable(QFileInfo(jpeg).fileName()), size.width(), size.height(),
                    double(size.width()) * size.height() / 1e6, QFileInfo(jpeg).size() / 1e6,
                    timer.elapsed() / 1000.0);
    } else {
        std::printf("reusing %s (%.0f MB)\n", qPrintable(jpeg), QFileInfo(jpeg).size() / 1e6);
    }

    // ---- the intake: probe (1/4 decode), preview, one event
    const QString projectPath = dir.filePath(QStringLiteral("bench-pyramid.assay"));
    QFile::remove(projectPath);
    QDir(projectPath + QStringLiteral("-cache")).removeRecursively();
    auto project = Project::create(projectPath, {});
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    const double rssBefore = peakResidentMb(RUSAGE_SELF);
    timer.restart();
    auto report = media::addMedia(**project, {jpeg});
    const double probeMs = timer.nsecsElapsed() / 1e6;
    if (!report || report->added.size() != 1) {
        std::fprintf(stderr, "the intake failed: %s\n",
                     report ? qPrintable(report->rejected.value(0).reason)
                            : qPrintable(report.error().toString()));
        return 1;
    }
    const Item item = report->added.first();
    const double probeRss = peakResidentMb(RUSAGE_SELF);

    // ---- the pyramid, in its own process
    const media::PyramidCache pyramids(projectPath);
    if (!media::PyramidCache::isWanted(item)) {
        std::fprintf(stderr, "a %d x %d image wants no pyramid\n", item.width, item.height);
        return 1;
    }
    timer.restart();
    if (const Status made = pyramids.make(item, jpeg); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().toString()));
        return 1;
    }
    const double pyramidMs = timer.nsecsElapsed() / 1e6;
    const double pyramidRss = makerPeakMb(jpeg, dir.filePath(QStringLiteral("again.tif")), item);
    auto opened = pyramids.open(item.sha256, QSize(item.width, item.height));
    if (!opened || !*opened) {
        std::fprintf(stderr, "the pyramid cannot be read back\n");
        return 1;
    }
    const int levels = (*opened)->levelCount();
    const qint64 pyramidBytes = QFileInfo(pyramids.pyramidPath(item.sha256)).size();

    // ---- for comparison: the whole image decoded once
    double decodeMs = 0, decodeRss = 0;
    if (!parser.isSet(noDecodeOption)) {
        timer.restart();
        const cv::Mat whole = cv::imread(QFile::encodeName(jpeg).toStdString(), cv::IMREAD_COLOR);
        decodeMs = timer.nsecsElapsed() / 1e6;
        decodeRss = peakResidentMb(RUSAGE_SELF);
        if (whole.empty())
            std::printf("OpenCV could not decode the whole image\n");
    }

    std::printf("\n");
    printFigure("intake of the 600 MP JPEG: probe, preview, event", probeMs, "ms", "", true);
    std::printf("    (peak memory of the intake: %.0f MB; before it %.0f MB)\n", probeRss,
                rssBefore);
    printFigure("tile pyramid of the 600 MP JPEG (assay-pyramid)", pyramidMs / 1000.0, "s",
                "< 30 s",
                pyramidMs<30000, decodeMs> 0 ? std::optional<double>(decodeMs / 1000.0)
                                             : std::nullopt,
                "OpenCV: decode the whole image once");
    printFigure("peak memory of the pyramid maker (its process)", pyramidRss, "MB", "", true);
    std::printf("    (%d levels, JPEG tiles of %d, %.0f MB on disk)\n", levels,
                media::PyramidCache::TileEdge, pyramidBytes / 1e6);
    if (decodeMs > 0) {
        std::printf("%-58s %9.1f s    (peak memory %.0f MB)\n",
                    "for comparison: OpenCV decodes the whole image once", decodeMs / 1000.0,
                    decodeRss);
    }
    return 0;
}
