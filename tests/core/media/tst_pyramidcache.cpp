// SPDX-License-Identifier: Apache-2.0
// Huge images through the intake: the tile pyramid of one that is not tiled (made by libvips,
// read back by region, made again when damaged), and pyramidal TIFFs taken in from their
// headers and reduced levels, never decoded whole.
#include "core/items/intake.h"
#include "core/media/nearduplicates.h"
#include "core/media/previewcache.h"
#include "core/media/pyramidcache.h"
#include "core/media/tilesource.h"
#include "core/project/services.h"
#include "tests/core/media/tiledtifffixtures.h"
#include "tests/testutil.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/img_hash.hpp>
#include <opencv2/imgproc.hpp>

using namespace assay;
using namespace assay::core;
using namespace assay::core::media;

namespace {

// A picture whose every reduction is known: smooth ramps, a disc and a bar, in BGR.
cv::Mat picture(int w, int h)
{
    cv::Mat m(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y) {
        auto *row = m.ptr<cv::Vec3b>(y);
        for (int x = 0; x < w; ++x)
            row[x] = cv::Vec3b(uchar(x * 255 / w), uchar(y * 255 / h), uchar(128));
    }
    cv::circle(m, {w / 3, h / 2}, std::min(w, h) / 5, {20, 200, 40}, -1);
    cv::rectangle(m, cv::Rect(w * 2 / 3, h / 5, w / 8, h * 3 / 5), {230, 30, 200}, -1);
    return m;
}

// Mean absolute difference of two BGR pictures of the same size.
double meanDifference(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar mean = cv::mean(diff);
    return (mean[0] + mean[1] + mean[2]) / 3.0;
}

// The pixels of a region read from a tile source, as BGR.
cv::Mat readBgr(const TileSource &source, int level, const QRect &region)
{
    auto pixels = source.readRegion(level, region);
    if (!pixels)
        return {};
    const cv::Mat bgra(pixels->size.height(), pixels->size.width(), CV_8UC4, pixels->argb.data());
    cv::Mat bgr;
    cv::cvtColor(bgra, bgr, cv::COLOR_BGRA2BGR);
    return bgr;
}

Item imageItem(const QString &sha256, int w, int h)
{
    Item item;
    item.kind = ItemKind::Image;
    item.sha256 = sha256;
    item.width = w;
    item.height = h;
    return item;
}

} // namespace

class tst_PyramidCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        PyramidCache::setMinimumPixels(4'000'000);
    }
    void cleanup() { PyramidCache::setMinimumPixels(0); }

    void wantedForHugeImagesThatAreNotTiled()
    {
        PyramidCache::setMinimumPixels(0);
        QCOMPARE(PyramidCache::minimumPixels(), PyramidCache::DefaultMinimumPixels);
        Item photo = imageItem(QStringLiteral("a"), 6000, 4000);
        QVERIFY(!PyramidCache::isWanted(photo)); // 24 MP: decoded whole in a second
        Item mosaic = imageItem(QStringLiteral("b"), 30000, 20000);
        QVERIFY(PyramidCache::isWanted(mosaic));
        mosaic.metadata.insert(QStringLiteral("tiled"), true);
        QVERIFY(!PyramidCache::isWanted(mosaic)); // read by region from its own file
        Item text = mosaic;
        text.kind = ItemKind::Text;
        QVERIFY(!PyramidCache::isWanted(text));
        const PyramidCache cache(m_dir->filePath(QStringLiteral("birds.assay")));
        QCOMPARE(cache.pyramidPath(QStringLiteral("abc")),
                 m_dir->filePath(QStringLiteral("birds.assay-cache/pyramids/abc.tif")));
    }

    void pyramidOfAJpegReadsBackAtEveryLevel()
    {
        const cv::Mat source = picture(3000, 2000);
        const QString jpeg = m_dir->filePath(QStringLiteral("mosaic.jpg"));
        QVERIFY(cv::imwrite(jpeg.toStdString(), source, {cv::IMWRITE_JPEG_QUALITY, 95}));
        const Item item = imageItem(QStringLiteral("f00d"), 3000, 2000);
        const PyramidCache cache(m_dir->filePath(QStringLiteral("p.assay")));
        QVERIFY(PyramidCache::isWanted(item)); // 6 MP, above the test's floor of 4 MP

        QList<int> progress;
        QMutex mutex;
        ASSAY_VERIFY_RESULT(cache.make(item, jpeg, [&](int percent) {
            QMutexLocker lock(&mutex);
            progress.append(percent);
        }));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        // Nothing is left beside it: the temporary name was renamed.
        QCOMPARE(QDir(cache.directory()).entryList(QDir::Files),
                 QStringList{QStringLiteral("f00d.tif")});

        auto opened = cache.open(item.sha256, QSize(3000, 2000));
        ASSAY_VERIFY_RESULT(opened);
        QVERIFY(*opened);
        const TileSource &tiles = **opened;
        QCOMPARE(tiles.size(), QSize(3000, 2000));
        // Halved until one tile holds it: 3000 -> 1500 -> 750 -> 375 -> 187.
        QCOMPARE(tiles.levelCount(), 5);
        for (int level = 0; level < tiles.levelCount(); ++level) {
            const QSize size = tiles.level(level).size;
            QVERIFY2(std::abs(size.width() - (3000 >> level)) <= 1,
                     qPrintable(QString::number(level)));
            const cv::Mat read = readBgr(tiles, level, QRect(QPoint(0, 0), size));
            QCOMPARE(read.cols, size.width());
            cv::Mat expected;
            cv::resize(source, expected, read.size(), 0, 0, cv::INTER_AREA);
            const double difference = meanDifference(read, expected);
            QVERIFY2(difference < 4.0, qPrintable(QStringLiteral("level %1: mean difference %2")
                                                          .arg(level)
                                                          .arg(difference)));
        }
        // A region at full resolution has the JPEG's own pixels (two JPEG codings apart).
        const cv::Mat decoded = cv::imread(jpeg.toStdString());
        const QRect region(1000, 900, 300, 200);
        const cv::Mat read = readBgr(tiles, 0, region);
        const double difference = meanDifference(read, decoded(cv::Rect(region.x(), region.y(),
                                                                        region.width(),
                                                                        region.height())));
        QVERIFY2(difference < 3.0, qPrintable(QString::number(difference)));
    }

    void pngWithAlphaAndSixteenBitGreyGetPyramids_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("rgba") << int(CV_8UC4) << QStringLiteral("rgba.png");
        QTest::newRow("grey16") << int(CV_16UC1) << QStringLiteral("grey16.png");
        QTest::newRow("strip tiff") << int(CV_8UC3) << QStringLiteral("strips.tif");
    }
    void pngWithAlphaAndSixteenBitGreyGetPyramids()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        PyramidCache::setMinimumPixels(1'000'000);
        const cv::Mat bgr = picture(1600, 1200);
        cv::Mat image;
        if (type == CV_8UC4) {
            cv::cvtColor(bgr, image, cv::COLOR_BGR2BGRA);
            image(cv::Rect(0, 0, 800, 1200)).forEach<cv::Vec4b>([](cv::Vec4b &p, const int *) {
                p[3] = 0; // the left half transparent: laid on white
            });
        } else if (type == CV_16UC1) {
            cv::Mat grey;
            cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
            grey.convertTo(image, CV_16UC1, 257.0);
        } else {
            image = bgr;
        }
        const QString path = m_dir->filePath(name);
        QVERIFY(cv::imwrite(path.toStdString(), image));
        const Item item = imageItem(QStringLiteral("cafe"), 1600, 1200);
        const PyramidCache cache(m_dir->filePath(QStringLiteral("p.assay")));
        ASSAY_VERIFY_RESULT(cache.make(item, path));
        auto opened = cache.open(item.sha256, QSize(1600, 1200));
        ASSAY_VERIFY_RESULT(opened);
        QVERIFY(*opened);
        const cv::Mat read = readBgr(**opened, 0, QRect(0, 0, 1600, 1200));
        QCOMPARE(read.cols, 1600);
        if (type == CV_8UC4) {
            const cv::Scalar left = cv::mean(read(cv::Rect(100, 100, 600, 1000)));
            QVERIFY2(left[0] > 250 && left[1] > 250 && left[2] > 250,
                     "transparent pixels are shown on white");
            QVERIFY(meanDifference(read(cv::Rect(800, 0, 800, 1200)),
                                   bgr(cv::Rect(800, 0, 800, 1200)))
                    < 3.0);
        } else if (type == CV_16UC1) {
            cv::Mat grey, expected;
            cv::cvtColor(bgr, grey, cv::COLOR_BGR2GRAY);
            cv::cvtColor(grey, expected, cv::COLOR_GRAY2BGR);
            QVERIFY(meanDifference(read, expected) < 3.0);
        } else {
            QVERIFY(meanDifference(read, bgr) < 3.0);
        }
    }

    void damagedPyramidIsFoundAndMadeAgain()
    {
        PyramidCache::setMinimumPixels(1'000'000);
        const QString jpeg = m_dir->filePath(QStringLiteral("mosaic.jpg"));
        QVERIFY(cv::imwrite(jpeg.toStdString(), picture(2400, 1800)));
        const Item item = imageItem(QStringLiteral("beef"), 2400, 1800);
        const PyramidCache cache(m_dir->filePath(QStringLiteral("p.assay")));
        // None yet: nullptr, not an error.
        auto none = cache.open(item.sha256, QSize(2400, 1800));
        ASSAY_VERIFY_RESULT(none);
        QVERIFY(!*none);
        ASSAY_VERIFY_RESULT(cache.ensure(item, jpeg));
        const QString path = cache.pyramidPath(item.sha256);
        const QDateTime made = QFileInfo(path).lastModified();

        // ensure() leaves a whole pyramid alone.
        QTest::qWait(20);
        ASSAY_VERIFY_RESULT(cache.ensure(item, jpeg));
        QCOMPARE(QFileInfo(path).lastModified(), made);

        // Cut short, its last levels are gone: refused with the reason, then made again.
        for (const double keep : {0.5, 0.9}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(qint64(file.size() * keep)));
            file.close();
            auto damaged = cache.open(item.sha256, QSize(2400, 1800));
            QVERIFY2(!damaged, qPrintable(QString::number(keep)));
            QCOMPARE(damaged.error().path, path);
            ASSAY_VERIFY_RESULT(cache.ensure(item, jpeg));
            auto again = cache.open(item.sha256, QSize(2400, 1800));
            ASSAY_VERIFY_RESULT(again);
            QVERIFY(*again);
            QCOMPARE((*again)->size(), QSize(2400, 1800));
        }

        // Another image's pyramid under this name is refused for its size.
        auto wrongSize = cache.open(item.sha256, QSize(2400, 1801));
        QVERIFY(!wrongSize);
        QVERIFY2(wrongSize.error().message.contains(QStringLiteral("2400 x 1800")),
                 qPrintable(wrongSize.error().message));
    }

    void failuresSayWhyAndLeaveNothingBehind()
    {
        PyramidCache::setMinimumPixels(1'000'000);
        const PyramidCache cache(m_dir->filePath(QStringLiteral("p.assay")));
        const QString jpeg = m_dir->filePath(QStringLiteral("mosaic.jpg"));
        QVERIFY(cv::imwrite(jpeg.toStdString(), picture(2000, 1500)));

        // The file is gone.
        auto missing = cache.make(imageItem(QStringLiteral("a1"), 2000, 1500),
                                  m_dir->filePath(QStringLiteral("gone.jpg")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().path, m_dir->filePath(QStringLiteral("gone.jpg")));

        // The file changed since the intake measured it.
        auto changed = cache.make(imageItem(QStringLiteral("a2"), 2000, 1400), jpeg);
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(QStringLiteral("2000 x 1500")),
                 qPrintable(changed.error().message));

        // Not an image at all.
        const QString text = m_dir->filePath(QStringLiteral("not-an-image.jpg"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain words, no pixels");
        file.close();
        QVERIFY(!cache.make(imageItem(QStringLiteral("a3"), 2000, 1500), text));

        // Stopped: the cancel is seen between tiles, and no part of a file stays.
        std::atomic<bool> cancel{true};
        auto stopped = cache.make(imageItem(QStringLiteral("a4"), 2000, 1500), jpeg, {}, &cancel);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(QDir(cache.directory()).entryList(QDir::Files), QStringList());
    }

    void intakeTakesAPyramidalTiffFromItsLevels()
    {
        // 6144 x 4096 in five levels: every level is the same picture, reduced.
        const cv::Mat full = picture(6144, 4096);
        testing::TiledTiffSpec spec;
        spec.size = QSize(6144, 4096);
        spec.levels = 5;
        spec.pixelsPerCm = 40000; // 0.25 µm per pixel
        const QString tiff = m_dir->filePath(QStringLiteral("media/slide.tif"));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("media"))));
        std::vector<cv::Mat> levels{full};
        for (int l = 1; l < spec.levels; ++l) {
            cv::Mat smaller;
            cv::resize(levels.back(), smaller, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
            levels.push_back(smaller);
        }
        QVERIFY(testing::writeTiledTiff(tiff, spec,
                                        [&](int level, const QRect &area, uint8_t *rgb, int stride) {
                                            const cv::Mat &src = levels.at(size_t(level));
                                            for (int y = 0; y < area.height(); ++y) {
                                                const auto *in = src.ptr<cv::Vec3b>(area.y() + y)
                                                                 + area.x();
                                                uint8_t *out = rgb + size_t(y) * stride;
                                                for (int x = 0; x < area.width(); ++x) {
                                                    out[3 * x] = in[x][2];
                                                    out[3 * x + 1] = in[x][1];
                                                    out[3 * x + 2] = in[x][0];
                                                }
                                            }
                                        }));
        // The same picture as a small JPEG: a near duplicate of the slide.
        cv::Mat small;
        cv::resize(full, small, cv::Size(768, 512), 0, 0, cv::INTER_AREA);
        QVERIFY(cv::imwrite(m_dir->filePath(QStringLiteral("media/small.jpg")).toStdString(),
                            small));

        auto store = Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(store);
        auto report = addMedia(**store, {m_dir->filePath(QStringLiteral("media"))});
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->rejected.size(), 0);
        QCOMPARE(report->added.size(), 2);
        const Item slide = report->added.at(0).path.endsWith(QLatin1String("slide.tif"))
                                   ? report->added.at(0)
                                   : report->added.at(1);
        QCOMPARE(slide.width, 6144);
        QCOMPARE(slide.height, 4096);
        QCOMPARE(slide.metadata.value(QLatin1String("tiled")).toBool(), true);
        QCOMPARE(slide.metadata.value(QLatin1String("levels")).toInt(), 5);
        QCOMPARE(slide.metadata.value(QLatin1String("format")).toString(), QStringLiteral("tiff"));
        QVERIFY(qAbs(slide.metadata.value(QLatin1String("microns_per_pixel_x")).toDouble() - 0.25)
                < 1e-3);
        QCOMPARE(slide.byteSize, QFileInfo(tiff).size());
        QCOMPARE(slide.sha256.size(), 64);
        QVERIFY(!PyramidCache::isWanted(slide)); // it is its own pyramid

        // Its perceptual hash is the picture's: the small JPEG is found as its near duplicate.
        const auto groups = groupNearDuplicates(report->added, 10);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().members.size(), 2);

        // 25 MP: its preview was stored from the reduced levels, of the slide's shape.
        const PreviewCache previews((*store)->path());
        QVERIFY(previews.isValid(slide.sha256, QSize(6144, 4096)));
    }

    void intakeRefusesADamagedPyramidalTiff()
    {
        testing::TiledTiffSpec spec;
        spec.size = QSize(4096, 4096);
        spec.levels = 4;
        const QString tiff = m_dir->filePath(QStringLiteral("cut.tif"));
        QVERIFY(testing::writeTiledTiff(tiff, spec, testing::paintBlocks));
        QFile file(tiff);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Cut short: the directories of the last levels are gone.
        QVERIFY(file.resize(file.size() * 6 / 10));
        file.close();
        auto store = Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(store);
        auto report = addMedia(**store, {tiff});
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->added.size(), 0);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().path, tiff);
        QVERIFY(!report->rejected.first().reason.isEmpty());
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_PyramidCache)
#include "tst_pyramidcache.moc"
