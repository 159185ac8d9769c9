// SPDX-License-Identifier: Apache-2.0
// The canvas on a 20000 x 12000 pyramidal tiled TIFF made here: the first view from a coarse
// level, every level's pixels where they belong, boxes in full-resolution coordinates at any
// zoom, a bounded tile cache while panning across the whole image, the minimap, a damaged file.
#include "core/media/tilesource.h"
#include "tests/core/media/tiledtifffixtures.h"
#include "tests/testutil.h"
#include "tests/widgets/canvas/canvastestutil.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/canvas/tiledimage.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace assay;
using namespace assay::widgets;
using namespace assay::testing;

class tst_Gigapixel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstViewShowsACoarseLevel();
    void everyLevelShowsItsPixels_data();
    void everyLevelShowsItsPixels();
    void boxDrawnAtOneZoomReadsBackAtAnother();
    void panningAcrossTheImageKeepsTheCacheBounded();
    void minimapShowsAndMovesTheView();
    void damagedFileIsRefusedWithAMessage();

private:
    // Waits until the tiles the view needs are read and painted.
    bool settle();
    QRgb pixelAtImage(const QPointF &imagePos);
    QTemporaryDir m_dir;
    QString m_path;
    const TiledTiffSpec m_spec{QSize(20000, 12000), 6, 512, false, false, false, 0};
    std::unique_ptr<MemoryAnnotationEditor> m_editor;
    std::unique_ptr<ImageCanvas> m_canvas;
    const core::Id m_annotationId = QStringLiteral("annotation-1");
};

void tst_Gigapixel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("mosaic.tif"));
    QVERIFY(writeTiledTiff(m_path, m_spec, paintBlocks));
}

void tst_Gigapixel::init()
{
    m_editor = std::make_unique<MemoryAnnotationEditor>();
    core::Annotation annotation;
    annotation.id = m_annotationId;
    m_editor->insert(annotation);
    m_canvas = std::make_unique<ImageCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->setAnnotationEditor(m_editor.get());
    m_canvas->setTaxonomy(test::threeClasses());
    m_canvas->show();
    QApplication::setActiveWindow(m_canvas.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setImage(m_path);
    m_canvas->setAnnotation(m_annotationId);
    QTRY_VERIFY(m_canvas->isImageShown());
}

void tst_Gigapixel::cleanup()
{
    m_canvas.reset();
    m_editor.reset();
}

bool tst_Gigapixel::settle()
{
    TiledImage *image = m_canvas->tiledImage();
    for (int round = 0; round < 400; ++round) {
        m_canvas->repaint();
        QCoreApplication::processEvents();
        if (image->pendingTileCount() == 0) {
            m_canvas->repaint();
            if (image->pendingTileCount() == 0)
                return true;
        }
        QTest::qWait(5);
    }
    return false;
}

QRgb tst_Gigapixel::pixelAtImage(const QPointF &imagePos)
{
    const QImage shot = m_canvas->grab().toImage();
    const QPoint at = (m_canvas->imageToWidget(imagePos) * shot.devicePixelRatio()).toPoint();
    return shot.pixel(at);
}

void tst_Gigapixel::firstViewShowsACoarseLevel()
{
    TiledImage *image = m_canvas->tiledImage();
    QVERIFY(image->isTiledSource());
    QCOMPARE(m_canvas->imageSize(), m_spec.size);
    QCOMPARE(image->tileSource()->levelCount(), m_spec.levels);
    // The fitted view (780 px for 20000) comes from level 4 (1/16), never from a full decode.
    QVERIFY(!image->hasFullDetail());
    QCOMPARE(image->levelFor(m_canvas->zoom()), -1);
    QVERIFY(settle());
    QCOMPARE(image->cachedTileCount(), 0);
    const QRgb rgb = pixelAtImage(QPointF(3 * 1024 + 512, 2 * 1024 + 512));
    QCOMPARE(qRed(rgb), int(levelRed(4)));
    QCOMPARE(qGreen(rgb), 3 * 8);
    QCOMPARE(qBlue(rgb), 2 * 8);
    // The whole image fits: no minimap.
    QVERIFY(m_canvas->minimapRect().isEmpty());
}

void tst_Gigapixel::everyLevelShowsItsPixels_data()
{
    QTest::addColumn<int>("level");
    for (int level = 0; level < 4; ++level)
        QTest::addRow("level %d", level) << level;
}

void tst_Gigapixel::everyLevelShowsItsPixels()
{
    QFETCH(int, level);
    const double dpr = m_canvas->devicePixelRatioF();
    m_canvas->setView(1.0 / (1 << level) / dpr, QPointF());
    const QPointF centre(5 * 1024 + 512, 3 * 1024 + 512);
    m_canvas->centerOn(centre);
    QCOMPARE(m_canvas->tiledImage()->levelFor(m_canvas->zoom() * dpr), level);
    QVERIFY(settle());
    QVERIFY(m_canvas->tiledImage()->cachedTileCount() > 0);
    // Points over the view, away from block edges (where smoothing mixes two blocks).
    const QRectF view(m_canvas->widgetToImage(QPointF(0, 0)),
                      m_canvas->widgetToImage(QPointF(m_canvas->width(), m_canvas->height())));
    int checked = 0;
    for (double fx = 0.1; fx < 0.95; fx += 0.2) {
        for (double fy = 0.1; fy < 0.95; fy += 0.2) {
            const QPointF p(view.left() + fx * view.width(), view.top() + fy * view.height());
            const int margin = 4 << level;
            const int inX = int(p.x()) % 1024, inY = int(p.y()) % 1024;
            if (inX < margin || inX > 1024 - margin || inY < margin || inY > 1024 - margin)
                continue;
            if (m_canvas->minimapRect()
                        .adjusted(-4, -4, 4, 4)
                        .contains(m_canvas->imageToWidget(p).toPoint()))
                continue;
            const QRgb rgb = pixelAtImage(p);
            QVERIFY2(qRed(rgb) == levelRed(level) && qGreen(rgb) == int(p.x()) / 1024 * 8
                             && qBlue(rgb) == int(p.y()) / 1024 * 8,
                     qPrintable(QStringLiteral("at %1,%2: %3,%4,%5")
                                        .arg(p.x())
                                        .arg(p.y())
                                        .arg(qRed(rgb))
                                        .arg(qGreen(rgb))
                                        .arg(qBlue(rgb))));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
}

void tst_Gigapixel::boxDrawnAtOneZoomReadsBackAtAnother()
{
    // Drawn at 1/8 (level 3) around block (5, 3): image 5120..6144 x 3072..4096.
    const double dpr = m_canvas->devicePixelRatioF();
    m_canvas->setView(1.0 / 8 / dpr, QPointF());
    m_canvas->centerOn(QPointF(5 * 1024 + 512, 3 * 1024 + 512));
    QVERIFY(settle());
    const QPoint from = m_canvas->imageToWidget(QPointF(5 * 1024, 3 * 1024)).toPoint();
    const QPoint to = m_canvas->imageToWidget(QPointF(6 * 1024, 4 * 1024)).toPoint();
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_canvas.get(), (from + to) / 2);
    QTest::mouseMove(m_canvas.get(), to);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, to);
    QCOMPARE(m_canvas->boxes().size(), 1);
    const core::Box box = m_canvas->boxes().first();
    // Full-resolution coordinates: one widget pixel at 1/8 is 8 image pixels.
    const double slack = 8.0 / dpr + 0.01;
    QVERIFY2(qAbs(box.x - 5 * 1024) <= slack && qAbs(box.y - 3 * 1024) <= slack
                     && qAbs(box.w - 1024) <= 2 * slack && qAbs(box.h - 1024) <= 2 * slack,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(box.x).arg(box.y).arg(box.w).arg(box.h)));

    // At full resolution (level 0) the box's left edge lies on the block edge in the pixels.
    m_canvas->selectBox({}); // no selection tint over the pixels
    m_canvas->setView(1.0 / dpr, QPointF());
    m_canvas->centerOn(QPointF(box.x, box.y + box.h / 2));
    QVERIFY(settle());
    QCOMPARE(m_canvas->boxes().first(), box);
    const QRectF onScreen = m_canvas->boxToWidget(box);
    QVERIFY(qAbs(onScreen.left() - m_canvas->imageToWidget(QPointF(5 * 1024, 0)).x()) <= slack);
    const QImage shot = m_canvas->grab().toImage();
    const int y = int(onScreen.center().y() * shot.devicePixelRatio());
    const int edge = int(onScreen.left() * shot.devicePixelRatio());
    const QRgb outside = shot.pixel(edge - 20, y);
    const QRgb inside = shot.pixel(edge + 20, y);
    QCOMPARE(qRed(inside), int(levelRed(0)));
    QCOMPARE(qGreen(outside), 4 * 8); // block 4, left of the box
    QCOMPARE(qGreen(inside), 5 * 8);  // block 5, in the box
}

void tst_Gigapixel::panningAcrossTheImageKeepsTheCacheBounded()
{
    TiledImage *image = m_canvas->tiledImage();
    image->setTileCacheLimits(24, 24ll * 512 * 512 * 4);
    const double dpr = m_canvas->devicePixelRatioF();
    m_canvas->setView(0.5 / dpr, QPointF()); // level 1: 20 x 12 tiles of 512
    const QSizeF step = QSizeF(m_canvas->size()) / m_canvas->zoom() * 0.8;
    int maxCached = 0;
    qint64 maxBytes = 0;
    int views = 0;
    // Row by row, left to right, as someone scanning a mosaic would.
    for (double y = step.height() / 2; y < m_spec.size.height() + step.height() / 2;
         y += step.height()) {
        for (double x = step.width() / 2; x < m_spec.size.width() + step.width() / 2;
             x += step.width()) {
            m_canvas->centerOn(QPointF(x, y));
            QVERIFY(settle());
            maxCached = std::max(maxCached, image->cachedTileCount());
            maxBytes = std::max(maxBytes, image->cachedTileBytes());
            ++views;
        }
    }
    QVERIFY(views > 50);
    QVERIFY2(maxCached <= 24, qPrintable(QString::number(maxCached)));
    QVERIFY(maxBytes <= 24ll * 512 * 512 * 4);
    QVERIFY(maxCached >= 4); // the cache was used at all
    // Tiles beyond the view were read ahead in the direction of the pan.
    QVERIFY(image->prefetchedTileRequests() > 0);
}

void tst_Gigapixel::minimapShowsAndMovesTheView()
{
    QVERIFY(m_canvas->minimapRect().isEmpty());
    const double dpr = m_canvas->devicePixelRatioF();
    m_canvas->setView(0.25 / dpr, QPointF());
    m_canvas->centerOn(QPointF(2000, 2000));
    const QRect map = m_canvas->minimapRect();
    QVERIFY(!map.isEmpty());
    QVERIFY(QRect(m_canvas->rect()).contains(map));
    QVERIFY(qAbs(double(map.width()) / map.height() - 20000.0 / 12000.0) < 0.02);
    // A click on the minimap's middle centres the view on the image's middle; no box is drawn.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, map.center());
    const QPointF middle = m_canvas->widgetToImage(QRectF(m_canvas->rect()).center());
    const double perMapPixel = 2 * 20000.0 / map.width(); // the click lands on a whole pixel
    QVERIFY2(qAbs(middle.x() - 10000) <= perMapPixel && qAbs(middle.y() - 6000) <= perMapPixel,
             qPrintable(QStringLiteral("%1 %2").arg(middle.x()).arg(middle.y())));
    QVERIFY(m_canvas->boxes().isEmpty());
    // A drag on it follows the mouse.
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, map.center());
    const QPoint quarter(map.left() + map.width() / 4, map.top() + map.height() / 4);
    QTest::mouseMove(m_canvas.get(), quarter);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, quarter);
    const QPointF moved = m_canvas->widgetToImage(QRectF(m_canvas->rect()).center());
    QVERIFY(qAbs(moved.x() - 5000) <= perMapPixel && qAbs(moved.y() - 3000) <= perMapPixel);
    QVERIFY(m_canvas->boxes().isEmpty());
    // The minimap shows the whole image and frames the view.
    QVERIFY(settle());
    const QImage shot = m_canvas->grab().toImage();
    const QPoint inMap = map.topLeft() + QPoint(map.width() * 7 / 8, map.height() * 7 / 8);
    QCOMPARE(qBlue(shot.pixel(inMap * shot.devicePixelRatio())) / 8, 10); // block row 10 of 12
    // Back at fit it goes away.
    m_canvas->zoomToFit();
    QVERIFY(m_canvas->minimapRect().isEmpty());
}

void tst_Gigapixel::damagedFileIsRefusedWithAMessage()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll().left(file.size() / 3);
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.tif"));
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QSignalSpy failed(m_canvas.get(), &ImageCanvas::imageFailed);
    m_canvas->setImage(damaged);
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(damaged) && message.contains(QStringLiteral("TIFF")),
             qPrintable(message));
    QVERIFY(!m_canvas->isImageShown());
}

QTEST_MAIN(tst_Gigapixel)
#include "tst_gigapixel.moc"
