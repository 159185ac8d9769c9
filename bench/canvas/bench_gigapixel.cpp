// SPDX-License-Identifier: Apache-2.0
// bench_gigapixel: the canvas on a 1-gigapixel (40,000 x 25,000) pyramidal tiled TIFF made here
// with libtiff (JPEG tiles of 512, each level half the last): first view, pan frames at several
// zooms with the tiles of the pan direction read ahead, resident memory while panning, and what
// reading every full-resolution tile once takes on the same machine. --screenshots DIR saves
// the canvas with a box and the minimap at two zooms (the README's pictures).
#include "bench/benchreport.h"
#include "core/media/tilesource.h"
#include "tests/core/media/tiledtifffixtures.h"
#include "tests/widgets/canvas/canvastestutil.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/canvas/tiledimage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace assay;
using namespace assay::widgets;

static double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

static QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().left(14).trimmed() : QByteArray("?");
}

static double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

static void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Something like an aerial mosaic: fields of different crops with a grain, roads between them.
class Mosaic
{
public:
    Mosaic()
    {
        std::mt19937 random(19);
        std::uniform_int_distribution<int> grain(0, 255);
        m_grain.resize(512 * 512);
        for (auto &g : m_grain)
            g = uint8_t(grain(random));
        // A softer grain: each value the mean of a 3 x 3 neighbourhood.
        std::vector<uint8_t> soft(m_grain.size());
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x) {
                int sum = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        sum += m_grain[size_t((y + dy) & 511) * 512 + ((x + dx) & 511)];
                soft[size_t(y) * 512 + x] = uint8_t(sum / 9);
            }
        m_grain = soft;
    }

    void paint(int level, const QRect &area, uint8_t *rgb, int stride) const
    {
        static const uint8_t palette[][3] = {{92, 128, 60},  {128, 150, 72}, {170, 150, 96},
                                             {110, 100, 70}, {70, 104, 52},  {190, 176, 120},
                                             {140, 120, 90}, {84, 116, 90}};
        for (int y = 0; y < area.height(); ++y) {
            uint8_t *row = rgb + size_t(y) * stride;
            const int fy = (area.y() + y) << level;
            const int fieldY = fy / 1300;
            const bool roadY = fy % 5200 < 40;
            for (int x = 0; x < area.width(); ++x) {
                const int fx = (area.x() + x) << level;
                const int fieldX = (fx + (fieldY % 3) * 400) / 1700;
                const bool road = roadY || fx % 6100 < 36;
                if (road) {
                    row[3 * x] = row[3 * x + 1] = row[3 * x + 2] = 168;
                    continue;
                }
                const uint8_t *c = palette[uint32_t(fieldX * 2654435761u ^ fieldY * 40503u) % 8];
                // Rows of crop: a stripe every 24 pixels, the grain on top.
                const int stripe = ((fx + fy / 3) / 12) % 2 ? 12 : -6;
                const int g = int(m_grain[size_t(fy & 511) * 512 + (fx & 511)]) / 6 - 21;
                for (int k = 0; k < 3; ++k)
                    row[3 * x + k] = uint8_t(std::clamp(c[k] + stripe + g, 0, 255));
            }
        }
    }

private:
    std::vector<uint8_t> m_grain;
};

static void printFigure(const char *what, double value, const char *unit, const char *target,
                        bool pass)
{
    std::printf("%-56s %9.1f %-3s  target %-9s %s\n", what, value, unit, target,
                pass ? "PASS" : "MISS");
    bench::report({QString::fromUtf8(what),
                   value,
                   QString::fromUtf8(unit),
                   QString::fromUtf8(target),
                   std::nullopt,
                   {}});
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Times the canvas on a generated 1-gigapixel pyramidal tiled TIFF."));
    parser.addHelpOption();
    QCommandLineOption sizeOption(QStringLiteral("size"),
                                  QStringLiteral("Image size (default 40000x25000)."),
                                  QStringLiteral("WxH"), QStringLiteral("40000x25000"));
    QCommandLineOption mediaOption(QStringLiteral("media"),
                                   QStringLiteral("Folder for the generated image, kept and "
                                                  "reused (default: a temporary folder)."),
                                   QStringLiteral("dir"));
    QCommandLineOption framesOption(QStringLiteral("frames"),
                                    QStringLiteral("Pan frames per zoom (default 120)."),
                                    QStringLiteral("n"), QStringLiteral("120"));
    QCommandLineOption shotsOption(QStringLiteral("screenshots"),
                                   QStringLiteral("Save gigapixel-*.png of the canvas here."),
                                   QStringLiteral("dir"));
    parser.addOption(sizeOption);
    parser.addOption(mediaOption);
    parser.addOption(framesOption);
    parser.addOption(shotsOption);
    parser.process(app);
    const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (size.isEmpty())
        return 2;
    const int frames = std::max(10, parser.value(framesOption).toInt());

    QTemporaryDir temporary;
    const QDir dir(parser.isSet(mediaOption) ? parser.value(mediaOption) : temporary.path());
    dir.mkpath(QStringLiteral("."));
    std::printf("bench_gigapixel: %d cores (load average %s), %s\n", QThread::idealThreadCount(),
                loadAverage().constData(), qPrintable(QGuiApplication::platformName()));

    // ---- the image
    testing::TiledTiffSpec spec;
    spec.size = size;
    spec.tile = 512;
    spec.jpeg = true;
    spec.levels = 1;
    while (std::max(size.width() >> spec.levels, size.height() >> spec.levels) >= 512)
        ++spec.levels;
    spec.levels = std::min(spec.levels + 1, 12);
    const QString path = dir.filePath(
            QStringLiteral("mosaic-%1x%2.tif").arg(size.width()).arg(size.height()));
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(path)) {
        const Mosaic mosaic;
        const bool ok = testing::writeTiledTiff(path, spec,
                                                [&mosaic](int level, const QRect &area,
                                                          uint8_t *rgb, int stride) {
                                                    mosaic.paint(level, area, rgb, stride);
                                                });
        if (!ok) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("made %s: %d x %d (%.2f gigapixels), %d levels, JPEG tiles of 512, %.0f MB, "
                    "in %.1f s (libtiff, one thread)\n",
                    qPrintable(QFileInfo(path).fileName()), size.width(), size.height(),
                    double(size.width()) * size.height() / 1e9, spec.levels,
                    QFileInfo(path).size() / 1e6, timer.elapsed() / 1000.0);
    } else {
        std::printf("reusing %s (%.0f MB)\n", qPrintable(path), QFileInfo(path).size() / 1e6);
    }

    // ---- first view: open to the first paint with pixels, in a new canvas each round
    QList<double> firstViews;
    for (int round = 0; round < 3; ++round) {
        ImageCanvas canvas;
        canvas.resize(1280, 800);
        canvas.show();
        QElapsedTimer open;
        bool shown = false;
        QObject::connect(&canvas, &ImageCanvas::imageShown, &canvas, [&shown] { shown = true; });
        open.start();
        canvas.setImage(path);
        while (!shown && open.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            canvas.repaint();
        }
        firstViews.append(open.nsecsElapsed() / 1e6);
        if (!shown) {
            std::fprintf(stderr, "the image was not shown: %s\n", qPrintable(canvas.imageError()));
            return 1;
        }
    }
    const double rssBefore = residentMb();

    // ---- pan frames at several zooms (device pixels per image pixel), 60 frames a second
    ImageCanvas canvas;
    canvas.resize(1280, 800);
    canvas.show();
    canvas.setImage(path);
    while (!canvas.isImageShown())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    TiledImage *image = canvas.tiledImage();
    const double dpr = canvas.devicePixelRatioF();
    struct Zoom
    {
        double zoom;
        QList<double> frames;
        int missing = 0;
    };
    QList<Zoom> zooms = {{1.0, {}}, {0.7, {}}, {0.5, {}}, {0.3, {}}, {0.125, {}}, {0.04, {}}};
    double rssMax = residentMb();
    QList<double> all;
    for (Zoom &z : zooms) {
        canvas.setView(z.zoom / dpr, QPointF());
        QPointF centre(size.width() * 0.3, size.height() * 0.4);
        canvas.centerOn(centre);
        for (int i = 0; i < 100 && (image->pendingTileCount() > 0 || i < 2); ++i) {
            canvas.repaint();
            wait(10);
        }
        // 24 screen pixels a frame (1440 a second): right, then down, then left.
        const double step = 24.0 / z.zoom;
        for (int f = 0; f < frames; ++f) {
            const int phase = f * 3 / frames;
            centre += phase == 0   ? QPointF(step, 0)
                      : phase == 1 ? QPointF(0, step)
                                   : QPointF(-step, 0);
            canvas.centerOn(centre);
            QElapsedTimer frame;
            frame.start();
            canvas.repaint();
            const double ms = frame.nsecsElapsed() / 1e6;
            z.frames.append(ms);
            all.append(ms);
            if (image->lastPaintMissingTiles() > 0)
                ++z.missing;
            rssMax = std::max(rssMax, residentMb());
            wait(std::max(1, 16 - int(ms))); // the rest of the 60 Hz frame: tiles arrive
        }
    }

    // ---- what one reading of every full-resolution pixel takes (the canvas never does this)
    double wholeMs = 0;
    {
        const auto source = core::media::TileSource::open(path);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().toString()));
            return 1;
        }
        QElapsedTimer whole;
        whole.start();
        for (int y = 0; y < size.height(); y += 512) {
            for (int x = 0; x < size.width(); x += 512) {
                const auto tile = (*source)->readRegion(0, QRect(x, y, 512, 512));
                if (!tile)
                    return 1;
            }
        }
        wholeMs = whole.nsecsElapsed() / 1e6;
    }

    std::printf("\n");
    std::printf("first view, open to first paint (3 new canvases):  %.1f, %.1f, %.1f ms\n",
                firstViews[0], firstViews[1], firstViews[2]);
    printFigure("first view of the 1-gigapixel TIFF (median of 3)", percentile(firstViews, 0.5),
                "ms", "< 300 ms", percentile(firstViews, 0.5) < 300);
    for (const Zoom &z : std::as_const(zooms)) {
        std::printf("  pan at %5.1f %% (level %d): median %.2f ms, worst %.2f ms, %d of %lld "
                    "frames waited for a tile (coarser level shown there)\n",
                    z.zoom * 100, image->levelFor(z.zoom), percentile(z.frames, 0.5),
                    percentile(z.frames, 1.0), z.missing, qint64(z.frames.size()));
    }
    printFigure("pan frame, all zooms: median", percentile(all, 0.5), "ms", "< 16 ms",
                percentile(all, 0.5) < 16);
    printFigure("pan frame, all zooms: worst", percentile(all, 1.0), "ms", "< 50 ms",
                percentile(all, 1.0) < 50);
    printFigure("resident memory, max while panning (VmRSS)", rssMax, "MB", "< 400 MB",
                rssMax < 400);
    std::printf("    (resident after the first views: %.0f MB; tile cache at the end: %d tiles, "
                "%.0f MB)\n",
                rssBefore, image->cachedTileCount(), image->cachedTileBytes() / 1e6);
    std::printf("%-56s %9.1f ms   (libtiff, one thread; vips not used; a whole decode would "
                "hold %.1f GB)\n",
                "for comparison: decode every full-resolution tile once", wholeMs,
                double(size.width()) * size.height() * 4 / 1e9);
    bench::report({QStringLiteral("decode every full-resolution tile once"),
                   wholeMs,
                   QStringLiteral("ms"),
                   {},
                   std::nullopt,
                   {}});

    // ---- screenshots: a box on a field, the minimap, at two zooms
    if (parser.isSet(shotsOption)) {
        const QDir shots(parser.value(shotsOption));
        shots.mkpath(QStringLiteral("."));
        MemoryAnnotationEditor editor;
        core::Annotation annotation;
        annotation.id = QStringLiteral("a1");
        core::Box box;
        box.id = QStringLiteral("b1");
        box.classId = QStringLiteral("c-car");
        box.x = 12100;
        box.y = 9120;
        box.w = 1500;
        box.h = 1080;
        annotation.boxes.append(box);
        editor.insert(annotation);
        ImageCanvas shot;
        shot.resize(1000, 640);
        shot.setAnnotationEditor(&editor);
        shot.setTaxonomy(test::threeClasses());
        shot.show();
        shot.setImage(path);
        shot.setAnnotation(annotation.id);
        while (!shot.isImageShown())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const auto save = [&](double zoom, const QString &name) {
            shot.setView(zoom / shot.devicePixelRatioF(), QPointF());
            shot.centerOn(QPointF(box.x + box.w / 2, box.y + box.h / 2));
            for (int i = 0; i < 400 && (shot.tiledImage()->pendingTileCount() > 0 || i < 3); ++i) {
                shot.repaint();
                wait(10);
            }
            shot.grab().save(shots.filePath(name));
            std::printf("saved %s\n", qPrintable(shots.filePath(name)));
        };
        save(0.06, QStringLiteral("gigapixel-overview.png"));
        save(0.5, QStringLiteral("gigapixel-detail.png"));
    }
    return 0;
}
