// SPDX-License-Identifier: Apache-2.0
// Image decoding: reduced previews, EXIF orientation, bad files, prefetching and full-detail tiles.
#include "tests/testutil.h"
#include "tests/widgets/canvas/canvastestutil.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/imageloader.h"
#include "widgets/canvas/prefetcher.h"
#include "widgets/canvas/tiledimage.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::widgets;

class tst_ImagePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewFitsTheTargetExactly();
    void previewWithoutTargetIsFullSize();
    void exifOrientationIsApplied_data();
    void exifOrientationIsApplied();
    void badFilesGiveAnErrorNamingTheFile_data();
    void badFilesGiveAnErrorNamingTheFile();
    void prefetcherDecodesAheadWithinCapacity();
    void prefetcherRestartsForANewSize();
    void tiledImagePaintsFullDetailWhenZoomedIn();
    void smallImagesGetFullDetailWithoutAsking();
    void storedPreviewIsShownInsteadOfDecodingTheFile();
    void unusableStoredPreviewFallsBackToTheFile_data();
    void unusableStoredPreviewFallsBackToTheFile();
    void smallStoredPreviewIsFollowedBySharperPixels();
    void viewThatGrowsGetsASharperPreview();
    void prefetcherUsesStoredPreviews();
    void prefetcherKeepsDecodingWhatIsWaitedFor();

private:
    // A stored preview of m_big that can be told apart from its pixels: solid blue.
    QString writeStoredPreview(const QString &name, const QSize &size)
    {
        QImage blue(size, QImage::Format_RGB32);
        blue.fill(qRgb(0, 0, 255));
        const QString path = m_dir.filePath(name);
        return test::writeJpeg(path, blue) ? path : QString();
    }

    QTemporaryDir m_dir;
    QString m_big;
};

static bool similar(QRgb a, QRgb b, int tolerance = 24)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance
           && qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

void tst_ImagePipeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(QStringLiteral("big.jpg"));
    QVERIFY(test::writeJpeg(m_big, test::makePicture(QSize(4000, 3000))));
}

void tst_ImagePipeline::previewFitsTheTargetExactly()
{
    const auto preview = ImageLoader::decodePreview(m_big, QSize(800, 800));
    ASSAY_VERIFY_RESULT(preview);
    QCOMPARE(preview->fullSize, QSize(4000, 3000));
    QCOMPARE(preview->image.size(), QSize(800, 600));
    QCOMPARE(preview->scale, 0.2);
    QCOMPARE(preview->image.format(), QImage::Format_RGB32);
    QVERIFY(similar(preview->image.pixel(5, 5), qRgb(255, 0, 0)));         // red corner
    QVERIFY(similar(preview->image.pixel(795, 595), qRgb(254, 254, 128))); // gradient end
}

void tst_ImagePipeline::previewWithoutTargetIsFullSize()
{
    const auto preview = ImageLoader::decodePreview(m_big, QSize());
    ASSAY_VERIFY_RESULT(preview);
    QCOMPARE(preview->image.size(), QSize(4000, 3000));
    QCOMPARE(preview->scale, 1.0);
}

void tst_ImagePipeline::exifOrientationIsApplied_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QPoint>("redCorner"); // where the stored top-left corner ends up
    QTest::newRow("1 as stored") << 1 << QSize(320, 240) << QPoint(0, 0);
    QTest::newRow("3 rotated 180") << 3 << QSize(320, 240) << QPoint(319, 239);
    QTest::newRow("6 rotated 90 cw") << 6 << QSize(240, 320) << QPoint(239, 0);
    QTest::newRow("8 rotated 90 ccw") << 8 << QSize(240, 320) << QPoint(0, 319);
}

void tst_ImagePipeline::exifOrientationIsApplied()
{
    QFETCH(int, orientation);
    QFETCH(QSize, size);
    QFETCH(QPoint, redCorner);
    const QString path = m_dir.filePath(QStringLiteral("exif%1.jpg").arg(orientation));
    QVERIFY(test::writeJpeg(path, test::makePicture(QSize(320, 240)), orientation));
    QCOMPARE(ImageLoader::headerSize(path), size);
    for (const QSize target : {QSize(), QSize(100, 100)}) {
        const auto preview = ImageLoader::decodePreview(path, target);
        ASSAY_VERIFY_RESULT(preview);
        QCOMPARE(preview->fullSize, size);
        const QPointF corner = QPointF(redCorner) * preview->scale;
        const QPoint inside(std::clamp(int(corner.x()), 2, preview->image.width() - 3),
                            std::clamp(int(corner.y()), 2, preview->image.height() - 3));
        QVERIFY2(similar(preview->image.pixel(inside), qRgb(255, 0, 0), 40),
                 qPrintable(QStringLiteral("pixel %1").arg(preview->image.pixel(inside), 0, 16)));
    }
    const auto full = ImageLoader::decodeFull(path);
    ASSAY_VERIFY_RESULT(full);
    QCOMPARE((*full)->size(), size);
}

void tst_ImagePipeline::badFilesGiveAnErrorNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QByteArray() << int(ErrorCode::InvalidInput);
    QTest::newRow("text") << QByteArray("hello, I am not a picture\n")
                          << int(ErrorCode::InvalidInput);
    QTest::newRow("jpeg header only")
            << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) << int(ErrorCode::InvalidInput);
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    QTest::newRow("noise") << garbage << int(ErrorCode::InvalidInput);
}

void tst_ImagePipeline::badFilesGiveAnErrorNamingTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + ".jpg");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const auto preview = ImageLoader::decodePreview(path, QSize(100, 100));
    QVERIFY(!preview);
    QCOMPARE(int(preview.error().code), code);
    QCOMPARE(preview.error().path, path);
    QVERIFY(!preview.error().message.isEmpty());
    QVERIFY(!ImageLoader::decodeFull(path));

    const auto missing = ImageLoader::decodePreview(m_dir.filePath("nowhere.jpg"), QSize());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_ImagePipeline::prefetcherDecodesAheadWithinCapacity()
{
    QStringList paths;
    for (int i = 0; i < 5; ++i) {
        paths << m_dir.filePath(QStringLiteral("queue%1.jpg").arg(i));
        QVERIFY(test::writeJpeg(paths.last(), test::makePicture(QSize(1200 + i, 900))));
    }
    Prefetcher prefetcher;
    prefetcher.setCapacity(3);
    prefetcher.setTargetSize(QSize(400, 300));
    QSignalSpy ready(&prefetcher, &Prefetcher::ready);
    prefetcher.prefetch(paths.mid(0, 3));
    QVERIFY(prefetcher.isPending(paths[0]));
    QTRY_COMPARE(ready.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(prefetcher.isReady(paths[i]));
        const auto result = prefetcher.result(paths[i]);
        QVERIFY(result && *result);
        QCOMPARE((*result)->fullSize, QSize(1200 + i, 900));
        QVERIFY((*result)->image.width() <= 400 && (*result)->image.height() <= 300);
    }
    QVERIFY(!prefetcher.isReady(paths[3]));
    // Moving on one item: the oldest is dropped once the new one is in.
    prefetcher.prefetch(paths.mid(1, 3));
    prefetcher.waitForDone();
    QVERIFY(prefetcher.isReady(paths[3]));
    QVERIFY(!prefetcher.isReady(paths[0]));
}

void tst_ImagePipeline::prefetcherRestartsForANewSize()
{
    Prefetcher prefetcher;
    prefetcher.setTargetSize(QSize(400, 300));
    prefetcher.prefetch({m_big});
    prefetcher.waitForDone();
    QCOMPARE((*prefetcher.result(m_big))->image.size(), QSize(400, 300));
    prefetcher.setTargetSize(QSize(800, 600));
    QVERIFY(!prefetcher.isReady(m_big));
    prefetcher.waitForDone();
    QCOMPARE((*prefetcher.result(m_big))->image.size(), QSize(800, 600));
}

void tst_ImagePipeline::tiledImagePaintsFullDetailWhenZoomedIn()
{
    TiledImage image;
    image.setEagerFullDetailPixels(0); // only the zoom asks for it here
    QSignalSpy state(&image, &TiledImage::stateChanged);
    image.load(m_big, QSize(400, 300));
    QCOMPARE(image.size(), QSize(4000, 3000)); // known from the header at once
    QTRY_COMPARE(image.state(), TiledImage::State::Ready);
    QCOMPARE(image.preview().image.size(), QSize(400, 300));
    QCOMPARE(image.levelFor(0.1), -1); // the preview is enough at "fit"
    QCOMPARE(image.levelFor(1.0), 0);
    QCOMPARE(image.levelFor(0.3), 1);

    // At 100 % around the red corner's edge, the full detail arrives and is painted.
    QImage canvas(200, 200, QImage::Format_RGB32);
    const QPointF offset(-400, -275); // image (400..600, 275..475): the red square ends at 500x375
    {
        QPainter painter(&canvas);
        image.paint(&painter, offset, 1.0, 1.0, QRectF(canvas.rect()));
    }
    QVERIFY(!image.hasFullDetail());
    image.waitForFullDetail();
    QVERIFY(image.hasFullDetail());
    canvas.fill(Qt::black);
    {
        QPainter painter(&canvas);
        image.paint(&painter, offset, 1.0, 1.0, QRectF(canvas.rect()));
    }
    // Sharp edge at image x = 500 (canvas x = 100): the preview would blur it over ten pixels.
    QVERIFY(similar(canvas.pixel(97, 50), qRgb(255, 0, 0)));
    QVERIFY(!similar(canvas.pixel(103, 50), qRgb(255, 0, 0), 60));

    // Zoomed out between preview and full: reduced tiles are cut in the background.
    QSignalSpy detail(&image, &TiledImage::detailArrived);
    {
        QPainter painter(&canvas);
        image.paint(&painter, QPointF(0, 0), 0.3, 1.0, QRectF(canvas.rect()));
    }
    QTRY_VERIFY(image.cachedTileCount() > 0);
    QVERIFY(!detail.isEmpty());
}

void tst_ImagePipeline::smallImagesGetFullDetailWithoutAsking()
{
    TiledImage image;
    image.setEagerFullDetailPixels(12'000'000);
    image.load(m_big, QSize(400, 300)); // 12 MP: within the limit
    QTRY_VERIFY(image.hasFullDetail());
    image.setEagerFullDetailPixels(11'000'000);
    image.load(m_big, QSize(400, 300));
    QTRY_COMPARE(image.state(), TiledImage::State::Ready);
    QTest::qWait(200);
    QVERIFY(!image.hasFullDetail());
}

void tst_ImagePipeline::storedPreviewIsShownInsteadOfDecodingTheFile()
{
    const QString stored = writeStoredPreview(QStringLiteral("stored.jpg"), QSize(1600, 1200));
    const auto preview = ImageLoader::decodePreview(ImageSource{m_big, stored}, QSize(800, 800));
    ASSAY_VERIFY_RESULT(preview);
    QVERIFY(preview->stored);
    QCOMPARE(preview->fullSize, QSize(4000, 3000));   // the image's, for the boxes
    QCOMPARE(preview->image.size(), QSize(800, 600)); // made to fit, as from the file
    QCOMPARE(preview->scale, 0.2);
    QVERIFY(similar(preview->image.pixel(5, 5), qRgb(0, 0, 255)));
    // Without a stored preview, the file.
    const auto plain = ImageLoader::decodePreview(ImageSource{m_big, {}}, QSize(800, 800));
    ASSAY_VERIFY_RESULT(plain);
    QVERIFY(!plain->stored);
    QVERIFY(similar(plain->image.pixel(5, 5), qRgb(255, 0, 0)));
}

void tst_ImagePipeline::unusableStoredPreviewFallsBackToTheFile_data()
{
    QTest::addColumn<QByteArray>("bytes"); // null: no file
    QTest::addColumn<QSize>("size");       // a valid JPEG of this size when bytes is empty
    QFile file(writeStoredPreview(QStringLiteral("whole.jpg"), QSize(800, 600)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    QTest::newRow("missing") << QByteArray() << QSize();
    QTest::newRow("not a JPEG") << QByteArray("garbage, not pixels") << QSize();
    QTest::newRow("cut short") << whole.left(whole.size() / 2) << QSize();
    QTest::newRow("another shape") << QByteArray("") << QSize(800, 800);
}

void tst_ImagePipeline::unusableStoredPreviewFallsBackToTheFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);
    QString stored = m_dir.filePath(QStringLiteral("unusable.jpg"));
    QFile::remove(stored);
    if (size.isValid()) {
        stored = writeStoredPreview(QStringLiteral("unusable.jpg"), size);
    } else if (!bytes.isNull()) {
        QFile file(stored);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto preview = ImageLoader::decodePreview(ImageSource{m_big, stored}, QSize(800, 800));
    ASSAY_VERIFY_RESULT(preview);
    QVERIFY(!preview->stored);
    QCOMPARE(preview->image.size(), QSize(800, 600));
    QVERIFY(similar(preview->image.pixel(5, 5), qRgb(255, 0, 0))); // the file's own pixels
    QVERIFY(preview->warning.isEmpty());
}

void tst_ImagePipeline::smallStoredPreviewIsFollowedBySharperPixels()
{
    // A 200-pixel preview on an 800-pixel view (a large screen): shown at once, then the file's
    // own reduced decode replaces it, without a full decode.
    const QString stored = writeStoredPreview(QStringLiteral("small.jpg"), QSize(200, 150));
    TiledImage image;
    image.setEagerFullDetailPixels(0);
    QSignalSpy detail(&image, &TiledImage::detailArrived);
    image.load(ImageSource{m_big, stored}, QSize(800, 600));
    QTRY_COMPARE(image.state(), TiledImage::State::Ready);
    if (image.preview().stored) { // the sharper one may have come already
        QCOMPARE(image.preview().image.size(), QSize(200, 150));
        QImage canvas(800, 600, QImage::Format_RGB32);
        QPainter painter(&canvas);
        image.paint(&painter, QPointF(0, 0), 0.2, 1.0, QRectF(canvas.rect()));
        QTRY_VERIFY(!detail.isEmpty());
    }
    QTRY_VERIFY(!image.preview().stored);
    QCOMPARE(image.preview().image.size(), QSize(800, 600));
    QVERIFY(similar(image.preview().image.pixel(5, 5), qRgb(255, 0, 0)));
    QCOMPARE(image.size(), QSize(4000, 3000));
    QTest::qWait(300); // a full decode of these 12 MP, had it been asked for, would be in
    QVERIFY(!image.hasFullDetail()); // painting at "fit" did not ask for every pixel
}

void tst_ImagePipeline::viewThatGrowsGetsASharperPreview()
{
    // Loaded while the canvas had no size yet (a page being switched to): decoded for a few
    // pixels. The view's real size then gets a preview of its own, still without a full decode.
    ImageCanvas canvas;
    canvas.tiledImage()->setEagerFullDetailPixels(0);
    canvas.resize(24, 18);
    canvas.show();
    canvas.setImage(m_big);
    QTRY_VERIFY(canvas.isImageShown());
    const double tiny = canvas.tiledImage()->preview().scale;
    QVERIFY2(tiny < 0.02, qPrintable(QString::number(tiny)));
    canvas.resize(900, 700);
    // The fit of 4000 x 3000 in a 900 x 700 view (less its margin) is some 800 pixels across.
    QTRY_VERIFY(canvas.tiledImage()->preview().image.width() > 700);
    QVERIFY(canvas.tiledImage()->preview().image.width() <= 900);
    QVERIFY(!canvas.tiledImage()->hasFullDetail());
}

void tst_ImagePipeline::prefetcherUsesStoredPreviews()
{
    const QString stored = writeStoredPreview(QStringLiteral("prefetched.jpg"), QSize(1600, 1200));
    Prefetcher prefetcher;
    prefetcher.setTargetSize(QSize(400, 300));
    prefetcher.prefetch(QList<ImageSource>{{m_big, stored}});
    prefetcher.waitForDone();
    const auto result = prefetcher.result(m_big);
    QVERIFY(result && *result);
    QVERIFY((*result)->stored);
    QCOMPARE((*result)->image.size(), QSize(400, 300));
    // A new size decodes again, from the stored preview still.
    prefetcher.setTargetSize(QSize(800, 600));
    prefetcher.waitForDone();
    QVERIFY((*prefetcher.result(m_big))->stored);
    QCOMPARE((*prefetcher.result(m_big))->image.size(), QSize(800, 600));
}

void tst_ImagePipeline::prefetcherKeepsDecodingWhatIsWaitedFor()
{
    // The queue moves on while an image's decode is under way (it is being shown and waits for
    // it), then the canvas gets its first size: the decode starts again and arrives.
    Prefetcher prefetcher;
    prefetcher.setTargetSize(QSize(400, 300));
    TiledImage image;
    prefetcher.prefetch({m_big});
    image.load(m_big, QSize(400, 300), &prefetcher);
    QCOMPARE(image.state(), TiledImage::State::Loading);
    prefetcher.prefetch(QStringList{});
    prefetcher.setTargetSize(QSize(800, 600));
    QVERIFY(prefetcher.isPending(m_big));
    QTRY_COMPARE(image.state(), TiledImage::State::Ready);
    QCOMPARE(image.preview().image.size(), QSize(800, 600));
}

QTEST_MAIN(tst_ImagePipeline)
#include "tst_imagepipeline.moc"
