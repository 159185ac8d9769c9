// SPDX-License-Identifier: Apache-2.0
// Drives the real ImageCanvas with mouse, wheel and keys; checks what the editor stored and the
// undo stack.
#include "tests/testutil.h"
#include "tests/widgets/canvas/canvastestutil.h"
#include "widgets/canvas/boxlistmodel.h"
#include "widgets/canvas/boxlistwidget.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/canvas/prefetcher.h"
#include "widgets/canvas/tiledimage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

using namespace assay;
using namespace assay::widgets;

class tst_ImageCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensFittedToTheWindow();
    void prefetchedImageShowsAtOnce();
    void drawBoxByDragging();
    void tooSmallBoxIsRefused();
    void escapeCancelsAGesture();
    void drawingIsClampedInsideTheImage();
    void moveBoxIsOneUndoStep();
    void dragInsideABoxDrawsANewOne_data();
    void dragInsideABoxDrawsANewOne();
    void clickInsideABoxSelectsIt();
    void moveIsClampedInsideTheImage();
    void resizeWithHandle();
    void resizeStopsAtMinimumAndImageEdge();
    void deleteWithKey();
    void nudgeWithArrows();
    void heldArrowMergesIntoOneUndoStep();
    void tabCyclesBoxes();
    void classHotkeyChangesSelectedBox();
    void chordHotkeyBeyondNine_data();
    void chordHotkeyBeyondNine();
    void itemClassesAreUndoable();
    void undoRedoWalksEveryState();
    void failingEditIsReportedAndNotStacked();
    void wheelZoomKeepsPointUnderCursor();
    void fitAndActualSize();
    void middleAndSpaceDragPan();
    void readOnlyRefusesEdits();
    void statusReportsZoomAndCursor();
    void actionsShowTheirShortcut();
    void boxListFollowsCanvas();
    void corruptedImageShowsMessage();
    void truncatedImageShowsWithWarning();

private:
    QPoint at(double x, double y) const { return m_canvas->imageToWidget({x, y}).toPoint(); }
    void drag(const QPoint &from, const QPoint &to, Qt::MouseButton button = Qt::LeftButton,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    core::Annotation stored() const { return *m_editor->annotation(m_annotationId); }
    core::Box addBox(double x, double y, double w, double h, const QString &classId = "c-car");
    void keyClick(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_dir;
    QString m_imagePath;
    std::unique_ptr<MemoryAnnotationEditor> m_editor;
    std::unique_ptr<ImageCanvas> m_canvas;
    core::Id m_annotationId = QStringLiteral("a-1");
};

void tst_ImageCanvas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_imagePath = m_dir.filePath(QStringLiteral("picture.jpg"));
    // 1600 x 1200 in an 800 x 600 canvas: "fit" is 50 %, so every gesture crosses a scale.
    QVERIFY(test::writeJpeg(m_imagePath, test::makePicture(QSize(1600, 1200))));
}

void tst_ImageCanvas::init()
{
    m_editor = std::make_unique<MemoryAnnotationEditor>();
    core::Annotation annotation;
    annotation.id = m_annotationId;
    m_editor->insert(annotation);
    m_canvas = std::make_unique<ImageCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->setFitMargin(0); // "fit" is then exactly 50 %: gestures land on whole pixels
    m_canvas->setAnnotationEditor(m_editor.get());
    m_canvas->setTaxonomy(test::threeClasses());
    m_canvas->show();
    QApplication::setActiveWindow(m_canvas.get());
    m_canvas->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setImage(m_imagePath);
    m_canvas->setAnnotation(m_annotationId);
    QTRY_VERIFY(m_canvas->isImageShown());
}

void tst_ImageCanvas::cleanup()
{
    m_canvas.reset();
    m_editor.reset();
}

void tst_ImageCanvas::drag(const QPoint &from, const QPoint &to, Qt::MouseButton button,
                           Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(m_canvas.get(), button, modifiers, from);
    // Several steps, as a hand makes them: the gesture must not depend on one big jump.
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(m_canvas.get(), from + (to - from) * i / 4);
    QTest::mouseRelease(m_canvas.get(), button, Qt::NoModifier, to);
}

void tst_ImageCanvas::keyClick(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_canvas.get(), key, modifiers);
}

core::Box tst_ImageCanvas::addBox(double x, double y, double w, double h, const QString &classId)
{
    core::Box box;
    box.id = core::newId();
    box.classId = classId;
    box.x = x;
    box.y = y;
    box.w = w;
    box.h = h;
    [&] {
        ASSAY_VERIFY_RESULT(m_editor->addBox(m_annotationId, box));
    }();
    m_canvas->reloadAnnotation();
    return box;
}

void tst_ImageCanvas::opensFittedToTheWindow()
{
    QCOMPARE(m_canvas->imageSize(), QSize(1600, 1200));
    QVERIFY(m_canvas->isFitMode());
    QCOMPARE(m_canvas->zoom(), 0.5);
    QCOMPARE(m_canvas->imageToWidget({1600, 1200}), QPointF(800, 600));
    // The pixels are on screen: the red top-left corner, the gradient's far end.
    const QImage shot = m_canvas->grab().toImage();
    QCOMPARE(shot.size(), QSize(800, 600));
    const QColor corner = shot.pixelColor(20, 20);
    QVERIFY2(corner.red() > 220 && corner.green() < 40 && corner.blue() < 40,
             qPrintable(corner.name()));
    QVERIFY(shot.pixelColor(790, 590).red() > 220 && shot.pixelColor(790, 590).green() > 220);
}

void tst_ImageCanvas::prefetchedImageShowsAtOnce()
{
    Prefetcher prefetcher;
    m_canvas->setPrefetcher(&prefetcher);
    QCOMPARE(prefetcher.targetSize(), QSize(800, 600));
    const QString next = m_dir.filePath(QStringLiteral("next.jpg"));
    QVERIFY(test::writeJpeg(next, test::makePicture(QSize(3200, 2400))));
    prefetcher.prefetch({next});
    prefetcher.waitForDone();
    QSignalSpy shown(m_canvas.get(), &ImageCanvas::imageShown);
    const int paints = m_canvas->paintCount();
    m_canvas->setImage(next);
    QVERIFY(m_canvas->isImageShown()); // no decoding left: shown in the same call
    m_canvas->repaint();
    QCOMPARE(m_canvas->paintCount(), paints + 1);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(m_canvas->imageSize(), QSize(3200, 2400));
    QCOMPARE(m_canvas->zoomPercent(), 25.0);
    // The preview was made for exactly this view.
    QCOMPARE(m_canvas->tiledImage()->preview().image.size(), QSize(800, 600));
    m_canvas->setPrefetcher(nullptr);
}

void tst_ImageCanvas::drawBoxByDragging()
{
    QSignalSpy selection(m_canvas.get(), &ImageCanvas::selectionChanged);
    drag(at(100, 100), at(500, 400));
    const auto boxes = stored().boxes;
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes[0].x, 100.0);
    QCOMPARE(boxes[0].y, 100.0);
    QCOMPARE(boxes[0].w, 400.0);
    QCOMPARE(boxes[0].h, 300.0);
    QCOMPARE(boxes[0].classId, QStringLiteral("c-car")); // the taxonomy's first class
    QVERIFY(!boxes[0].id.isEmpty());
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    QCOMPARE(m_canvas->selectedBox(), boxes[0].id);
    QVERIFY(!selection.isEmpty());

    // Dragging up and to the left makes the same kind of box.
    drag(at(900, 800), at(700, 600));
    QCOMPARE(stored().boxes.size(), 2);
    QCOMPARE(QRectF(stored().boxes[1].x, stored().boxes[1].y, stored().boxes[1].w,
                    stored().boxes[1].h),
             QRectF(700, 600, 200, 200));
}

void tst_ImageCanvas::tooSmallBoxIsRefused()
{
    QSignalSpy messages(m_canvas.get(), &ImageCanvas::message);
    m_canvas->setMinimumBoxSize(10);
    drag(at(100, 100), at(108, 300)); // 8 px wide at 50 %: 4 screen pixels
    QCOMPARE(stored().boxes.size(), 0);
    QCOMPARE(m_canvas->undoStack()->count(), 0);
    QCOMPARE(messages.size(), 1);
    // A plain click draws nothing and says nothing.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(300, 300));
    QCOMPARE(stored().boxes.size(), 0);
    QCOMPARE(messages.size(), 1);
}

void tst_ImageCanvas::escapeCancelsAGesture()
{
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(100, 100));
    QTest::mouseMove(m_canvas.get(), at(400, 400));
    keyClick(Qt::Key_Escape);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(400, 400));
    QCOMPARE(stored().boxes.size(), 0);
    const core::Box box = addBox(200, 200, 400, 300);
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(400, 350));
    QTest::mouseMove(m_canvas.get(), at(700, 650));
    keyClick(Qt::Key_Escape);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(700, 650));
    QCOMPARE(stored().boxes[0], box);
    QCOMPARE(m_canvas->undoStack()->count(), 0);
    keyClick(Qt::Key_Escape); // then Escape drops the selection
    QVERIFY(m_canvas->selectedBox().isEmpty());
}

void tst_ImageCanvas::drawingIsClampedInsideTheImage()
{
    // Shrink the view so the image does not fill the canvas, then drag past its corner.
    m_canvas->setZoom(0.25, QPointF(0, 0));
    drag(at(1400, 1000), at(1400, 1000) + QPoint(300, 300));
    const auto boxes = stored().boxes;
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes[0].x + boxes[0].w, 1600.0);
    QCOMPARE(boxes[0].y + boxes[0].h, 1200.0);
    QCOMPARE(boxes[0].x, 1400.0);
}

void tst_ImageCanvas::moveBoxIsOneUndoStep()
{
    const core::Box box = addBox(200, 200, 400, 300);
    const int edits = m_editor->editCount();
    drag(at(400, 350), at(500, 450), Qt::LeftButton, Qt::ControlModifier);
    QCOMPARE(stored().boxes[0].x, 300.0);
    QCOMPARE(stored().boxes[0].y, 300.0);
    QCOMPARE(stored().boxes[0].w, 400.0);
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    QCOMPARE(m_editor->editCount(), edits + 1); // one drag, one saved edit
    m_canvas->undoStack()->undo();
    QCOMPARE(stored().boxes[0], box);
}

// A drag draws wherever it starts, inside other boxes too; it moves a box only from the box's
// line or with Ctrl, as in CVAT and labelImg's draw mode.
void tst_ImageCanvas::dragInsideABoxDrawsANewOne_data()
{
    QTest::addColumn<QPoint>("from"); // image pixels; the outer box is (200,200) 800 x 600
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("draws");
    QTest::newRow("inside: draws") << QPoint(400, 400) << int(Qt::NoModifier) << true;
    QTest::newRow("inside the selected: draws") << QPoint(600, 500) << int(Qt::NoModifier) << true;
    QTest::newRow("inside with Ctrl: moves")
            << QPoint(400, 400) << int(Qt::ControlModifier) << false;
    QTest::newRow("on the left line: moves") << QPoint(201, 400) << int(Qt::NoModifier) << false;
    QTest::newRow("on the top line: moves") << QPoint(500, 199) << int(Qt::NoModifier) << false;
    QTest::newRow("outside: draws") << QPoint(1100, 900) << int(Qt::NoModifier) << true;
}

void tst_ImageCanvas::dragInsideABoxDrawsANewOne()
{
    QFETCH(QPoint, from);
    QFETCH(int, modifiers);
    QFETCH(bool, draws);
    const core::Box outer = addBox(200, 200, 800, 600);
    if (QByteArray(QTest::currentDataTag()).contains("selected"))
        m_canvas->selectBox(outer.id);
    drag(at(from.x(), from.y()), at(from.x() + 200, from.y() + 160), Qt::LeftButton,
         Qt::KeyboardModifiers(modifiers));
    const auto boxes = stored().boxes;
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    if (draws) {
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes.first(), outer); // untouched
        const core::Box &drawn = boxes.last();
        QCOMPARE(QRectF(drawn.x, drawn.y, drawn.w, drawn.h), QRectF(from.x(), from.y(), 200, 160));
        QCOMPARE(m_canvas->selectedBox(), drawn.id);
    } else {
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(QRectF(boxes[0].x, boxes[0].y, boxes[0].w, boxes[0].h), QRectF(400, 360, 800, 600));
        QCOMPARE(m_canvas->selectedBox(), outer.id);
    }
}

void tst_ImageCanvas::clickInsideABoxSelectsIt()
{
    const core::Box outer = addBox(200, 200, 800, 600);
    const core::Box inner = addBox(400, 400, 200, 100);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(700, 700));
    QCOMPARE(m_canvas->selectedBox(), outer.id);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(500, 450));
    QCOMPARE(m_canvas->selectedBox(), inner.id); // the smallest under the cursor
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::NoModifier, at(1300, 1000));
    QVERIFY(m_canvas->selectedBox().isEmpty());
    QCOMPARE(stored().boxes.size(), 2); // clicks draw nothing
    QCOMPARE(m_canvas->undoStack()->count(), 0);
}

void tst_ImageCanvas::moveIsClampedInsideTheImage()
{
    addBox(100, 100, 200, 100);
    drag(at(200, 150), at(-500, -500), Qt::LeftButton, Qt::ControlModifier);
    QCOMPARE(stored().boxes[0].x, 0.0);
    QCOMPARE(stored().boxes[0].y, 0.0);
    drag(at(100, 50), at(5000, 5000), Qt::LeftButton, Qt::ControlModifier);
    QCOMPARE(stored().boxes[0].x, 1400.0);
    QCOMPARE(stored().boxes[0].y, 1100.0);
    QCOMPARE(stored().boxes[0].w, 200.0);
}

void tst_ImageCanvas::resizeWithHandle()
{
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->selectBox(box.id);
    drag(at(600, 500), at(700, 640)); // bottom-right handle
    core::Box now = stored().boxes[0];
    QCOMPARE(QRectF(now.x, now.y, now.w, now.h), QRectF(200, 200, 500, 440));
    drag(at(200, 200), at(100, 160)); // top-left handle
    now = stored().boxes[0];
    QCOMPARE(QRectF(now.x, now.y, now.w, now.h), QRectF(100, 160, 600, 480));
    drag(at(400, 160), at(400, 300)); // top edge handle moves only the top
    now = stored().boxes[0];
    QCOMPARE(QRectF(now.x, now.y, now.w, now.h), QRectF(100, 300, 600, 340));
    QCOMPARE(m_canvas->undoStack()->count(), 3);
    QCOMPARE(m_canvas->undoStack()->text(0), QStringLiteral("Resize box"));
}

void tst_ImageCanvas::resizeStopsAtMinimumAndImageEdge()
{
    m_canvas->setMinimumBoxSize(20);
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->selectBox(box.id);
    drag(at(600, 500), at(2, 2)); // past the opposite corner (QTest takes (0, 0) for "centre")
    core::Box now = stored().boxes[0];
    QCOMPARE(QRectF(now.x, now.y, now.w, now.h), QRectF(200, 200, 20, 20));
    m_canvas->setZoom(0.25, QPointF(0, 0));
    drag(at(220, 220), at(5000, 5000)); // past the image's corner
    now = stored().boxes[0];
    QCOMPARE(QRectF(now.x, now.y, now.w, now.h), QRectF(200, 200, 1400, 1000));
}

void tst_ImageCanvas::deleteWithKey()
{
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->selectBox(box.id);
    keyClick(Qt::Key_Delete);
    QCOMPARE(stored().boxes.size(), 0);
    QVERIFY(m_canvas->selectedBox().isEmpty());
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    m_canvas->undoStack()->undo();
    QCOMPARE(stored().boxes.size(), 1);
    QCOMPARE(stored().boxes[0], box);
}

void tst_ImageCanvas::nudgeWithArrows()
{
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->selectBox(box.id);
    keyClick(Qt::Key_Right);
    QCOMPARE(stored().boxes[0].x, 201.0);
    keyClick(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(stored().boxes[0].y, 210.0);
    keyClick(Qt::Key_Left, Qt::ShiftModifier);
    keyClick(Qt::Key_Up);
    QCOMPARE(stored().boxes[0].x, 191.0);
    QCOMPARE(stored().boxes[0].y, 209.0);
    QCOMPARE(m_canvas->undoStack()->count(), 4); // separate presses, separate steps
    // Against the edge the box stops: the nudge that moves nothing is no edit.
    for (int i = 0; i < 25; ++i)
        keyClick(Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(stored().boxes[0].y, 0.0);
    QCOMPARE(m_canvas->undoStack()->count(), 25);
}

void tst_ImageCanvas::heldArrowMergesIntoOneUndoStep()
{
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->selectBox(box.id);
    // A held key: one press, auto-repeated presses, one release.
    QKeyEvent first(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QApplication::sendEvent(m_canvas.get(), &first);
    for (int i = 0; i < 9; ++i) {
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier, QString(), true);
        QApplication::sendEvent(m_canvas.get(), &repeat);
    }
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Right, Qt::NoModifier);
    QApplication::sendEvent(m_canvas.get(), &release);
    QCOMPARE(stored().boxes[0].x, 210.0);
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    keyClick(Qt::Key_Right); // after the release a new step begins
    QCOMPARE(m_canvas->undoStack()->count(), 2);
    m_canvas->undoStack()->undo();
    m_canvas->undoStack()->undo();
    QCOMPARE(stored().boxes[0], box);
}

void tst_ImageCanvas::tabCyclesBoxes()
{
    const core::Box a = addBox(10, 10, 50, 50);
    const core::Box b = addBox(100, 100, 50, 50);
    const core::Box c = addBox(200, 200, 50, 50);
    keyClick(Qt::Key_Tab);
    QCOMPARE(m_canvas->selectedBox(), a.id);
    keyClick(Qt::Key_Tab);
    QCOMPARE(m_canvas->selectedBox(), b.id);
    keyClick(Qt::Key_Tab);
    keyClick(Qt::Key_Tab);
    QCOMPARE(m_canvas->selectedBox(), a.id); // wraps around
    keyClick(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_canvas->selectedBox(), c.id);
    QVERIFY(m_canvas->hasFocus()); // Tab did not leave the canvas
}

void tst_ImageCanvas::classHotkeyChangesSelectedBox()
{
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->selectBox(box.id);
    keyClick(Qt::Key_2);
    QCOMPARE(stored().boxes[0].classId, QStringLiteral("c-person"));
    QCOMPARE(m_canvas->currentClass(), QStringLiteral("c-person"));
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    // New boxes take the class chosen last.
    drag(at(900, 700), at(1000, 800));
    QCOMPARE(stored().boxes[1].classId, QStringLiteral("c-person"));
    m_canvas->undoStack()->undo();
    m_canvas->undoStack()->undo();
    QCOMPARE(stored().boxes[0].classId, QStringLiteral("c-car"));
}

// The tenth to the nineteenth class: 0 then the last digit of its number, whether the window's
// shortcut map sees the keys (an active window) or the canvas gets them as plain key presses.
void tst_ImageCanvas::chordHotkeyBeyondNine_data()
{
    QTest::addColumn<bool>("active");
    QTest::newRow("shortcut") << true;
    QTest::newRow("key press") << false;
}

void tst_ImageCanvas::chordHotkeyBeyondNine()
{
    QFETCH(bool, active);
    core::Taxonomy taxonomy = test::threeClasses();
    for (int i = 3; i < 14; ++i) {
        core::TaxonomyClass c;
        c.id = QStringLiteral("c-%1").arg(i + 1);
        c.name = QStringLiteral("class %1").arg(i + 1);
        taxonomy.classes.append(c);
    }
    m_canvas->setTaxonomy(taxonomy);
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->selectBox(box.id);
    const auto press = [&](Qt::Key key) {
        if (active) {
            keyClick(key);
            return;
        }
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier,
                        QString(QChar(u'0' + key - Qt::Key_0)));
        QApplication::sendEvent(m_canvas.get(), &event);
    };
    press(Qt::Key_0);
    QCOMPARE(stored().boxes[0].classId, QStringLiteral("c-car")); // waits for the second key
    press(Qt::Key_3);
    QCOMPARE(stored().boxes[0].classId, QStringLiteral("c-13"));
    QCOMPARE(m_canvas->currentClass(), QStringLiteral("c-13"));
    press(Qt::Key_3); // alone again: the third class
    QCOMPARE(stored().boxes[0].classId, taxonomy.classes.at(2).id);
    QCOMPARE(m_canvas->classActions().at(12)->shortcut(), QKeySequence(QStringLiteral("0, 3")));
}

void tst_ImageCanvas::itemClassesAreUndoable()
{
    m_canvas->setItemClasses({QStringLiteral("c-sign")});
    QCOMPARE(stored().classIds, QStringList{QStringLiteral("c-sign")});
    QCOMPARE(m_canvas->itemClasses(), QStringList{QStringLiteral("c-sign")});
    m_canvas->setItemClasses({QStringLiteral("c-sign")}); // no change, no step
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    m_canvas->undoStack()->undo();
    QVERIFY(stored().classIds.isEmpty());
    QVERIFY(m_canvas->itemClasses().isEmpty());
}

void tst_ImageCanvas::undoRedoWalksEveryState()
{
    // Every gesture kind once; the stored boxes after each are the states to walk through.
    const auto sorted = [this] {
        auto boxes = stored().boxes;
        std::sort(boxes.begin(), boxes.end(),
                  [](const core::Box &l, const core::Box &r) { return l.id < r.id; });
        return boxes;
    };
    QList<QList<core::Box>> states{sorted()};
    drag(at(100, 100), at(500, 400)); // add
    states << sorted();
    drag(at(800, 600), at(1200, 1000)); // add a second
    states << sorted();
    drag(at(1000, 800), at(1100, 900), Qt::LeftButton, Qt::ControlModifier); // move it
    states << sorted();
    drag(at(1300, 1100), at(1400, 1150)); // resize it by its bottom-right handle
    states << sorted();
    keyClick(Qt::Key_3); // change its class
    states << sorted();
    keyClick(Qt::Key_Left, Qt::ShiftModifier); // nudge it
    states << sorted();
    keyClick(Qt::Key_Tab); // select the first, then delete it
    keyClick(Qt::Key_Delete);
    states << sorted();

    QUndoStack *stack = m_canvas->undoStack();
    QCOMPARE(stack->count(), states.size() - 1);
    QCOMPARE(stored().boxes.size(), 1);
    for (int i = int(states.size()) - 1; i > 0; --i) {
        QCOMPARE(sorted(), states.at(i));
        QCOMPARE(m_canvas->boxes().size(), states.at(i).size()); // the canvas follows
        stack->undo();
    }
    QCOMPARE(sorted(), states.first());
    QVERIFY(!stack->canUndo());
    for (int i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(sorted(), states.at(i));
    }
    QVERIFY(!stack->canRedo());
}

void tst_ImageCanvas::failingEditIsReportedAndNotStacked()
{
    QSignalSpy failures(m_canvas.get(), &ImageCanvas::editFailed);
    const core::Box box = addBox(200, 200, 400, 300);
    m_editor->setFailing(true);
    drag(at(900, 700), at(1000, 800));
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.at(0).at(0).toString().contains(QStringLiteral("could not be saved")));
    QCOMPARE(m_canvas->undoStack()->count(), 0);
    m_canvas->selectBox(box.id);
    keyClick(Qt::Key_Delete);
    QCOMPARE(failures.size(), 2);
    QCOMPARE(m_canvas->undoStack()->count(), 0);
    QCOMPARE(stored().boxes.size(), 1);
    QCOMPARE(m_canvas->boxes().size(), 1);

    // An undo the store refuses leaves the stack consistent with the store too.
    m_editor->setFailing(false);
    keyClick(Qt::Key_Right);
    QCOMPARE(m_canvas->undoStack()->count(), 1);
    m_editor->setFailing(true);
    m_canvas->undoStack()->undo();
    QCOMPARE(failures.size(), 3);
    QCOMPARE(stored().boxes[0].x, 201.0);
    QCOMPARE(m_canvas->undoStack()->count(), 0);
}

void tst_ImageCanvas::wheelZoomKeepsPointUnderCursor()
{
    const QPointF cursor(237, 419);
    const QPointF before = m_canvas->widgetToImage(cursor);
    for (int notches : {1, 2, -1, 3, -2}) {
        const double zoom = m_canvas->zoom();
        QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120 * notches),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_canvas.get(), &wheel);
        QVERIFY(notches > 0 ? m_canvas->zoom() > zoom : m_canvas->zoom() < zoom);
        const QPointF after = m_canvas->widgetToImage(cursor);
        QVERIFY2(qAbs(after.x() - before.x()) < 1e-9 && qAbs(after.y() - before.y()) < 1e-9,
                 qPrintable(QStringLiteral("moved to %1,%2").arg(after.x()).arg(after.y())));
    }
    QVERIFY(!m_canvas->isFitMode());
}

void tst_ImageCanvas::fitAndActualSize()
{
    QSignalSpy zooms(m_canvas.get(), &ImageCanvas::zoomChanged);
    keyClick(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_canvas->zoomPercent(), 100.0);
    QVERIFY(!m_canvas->isFitMode());
    QVERIFY(!zooms.isEmpty());
    keyClick(Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_canvas->isFitMode());
    QCOMPARE(m_canvas->zoomPercent(), 50.0);
    // Fit follows the window size.
    m_canvas->resize(400, 600);
    QCOMPARE(m_canvas->zoomPercent(), 25.0);
    QCOMPARE(m_canvas->imageToWidget({800, 600}), QPointF(200, 300)); // centred
    m_canvas->action(ImageCanvas::Action::ZoomIn)->trigger();
    QVERIFY(m_canvas->zoomPercent() > 25.0);
    // With a margin, "fit" leaves room around the image for edge handles and labels.
    m_canvas->setFitMargin(10);
    m_canvas->zoomToFit();
    QCOMPARE(m_canvas->imageToWidget({0, 0}).x(), 10.0);
    QVERIFY(m_canvas->imageToWidget({0, 0}).y() >= 10.0);
    QVERIFY(m_canvas->imageToWidget({1600, 1200}).y() <= 590.0);
}

void tst_ImageCanvas::middleAndSpaceDragPan()
{
    m_canvas->setZoom(1.0, QPointF(400, 300));
    const QPointF offset = m_canvas->viewOffset();
    drag(QPoint(400, 300), QPoint(350, 250), Qt::MiddleButton);
    QCOMPARE(m_canvas->viewOffset(), offset - QPointF(50, 50));
    QTest::keyPress(m_canvas.get(), Qt::Key_Space);
    drag(QPoint(400, 300), QPoint(420, 330));
    QTest::keyRelease(m_canvas.get(), Qt::Key_Space);
    QCOMPARE(m_canvas->viewOffset(), offset - QPointF(30, 20));
    QCOMPARE(stored().boxes.size(), 0); // panning drew nothing
    QCOMPARE(m_canvas->undoStack()->count(), 0);
}

void tst_ImageCanvas::readOnlyRefusesEdits()
{
    const core::Box box = addBox(200, 200, 400, 300);
    m_canvas->setReadOnly(true);
    drag(at(900, 700), at(1000, 800));
    drag(at(400, 350), at(500, 450));
    QCOMPARE(m_canvas->selectedBox(), box.id); // selecting is still possible
    keyClick(Qt::Key_Delete);
    keyClick(Qt::Key_Right);
    QCOMPARE(stored().boxes.size(), 1);
    QCOMPARE(stored().boxes[0], box);
    QCOMPARE(m_canvas->undoStack()->count(), 0);
}

void tst_ImageCanvas::statusReportsZoomAndCursor()
{
    QSignalSpy status(m_canvas.get(), &ImageCanvas::statusChanged);
    QTest::mousePress(m_canvas.get(), Qt::MiddleButton, Qt::NoModifier, at(320, 122));
    QTest::mouseMove(m_canvas.get(), at(320, 122));
    QTest::mouseRelease(m_canvas.get(), Qt::MiddleButton, Qt::NoModifier, at(320, 122));
    QVERIFY(!status.isEmpty());
    const QString text = status.last().at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("50 %")) && text.contains(QStringLiteral("x 320, y 122")),
             qPrintable(text));
}

void tst_ImageCanvas::actionsShowTheirShortcut()
{
    for (auto id :
         {ImageCanvas::Action::ZoomIn, ImageCanvas::Action::ZoomOut, ImageCanvas::Action::ZoomToFit,
          ImageCanvas::Action::ActualSize, ImageCanvas::Action::Undo, ImageCanvas::Action::Redo,
          ImageCanvas::Action::DeleteBox, ImageCanvas::Action::NextBox,
          ImageCanvas::Action::PreviousBox}) {
        QAction *action = m_canvas->action(id);
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
    }
    QCOMPARE(m_canvas->classActions().size(), 3);
    QVERIFY(m_canvas->classActions().at(2)->toolTip().contains(QStringLiteral("(3)")));
}

void tst_ImageCanvas::boxListFollowsCanvas()
{
    BoxListWidget list;
    new QAbstractItemModelTester(list.model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, &list);
    list.setCanvas(m_canvas.get());
    drag(at(100, 100), at(500, 400));
    drag(at(800, 600), at(1200, 1000));
    QCOMPARE(list.model()->rowCount(), 2);
    const QModelIndex first = list.model()->index(0);
    QCOMPARE(first.data(BoxListModel::ClassNameRole).toString(), QStringLiteral("car"));
    QCOMPARE(first.data(Qt::DecorationRole).value<QColor>(), QColor("#e6194b"));
    QVERIFY(first.data().toString().contains(QStringLiteral("car")));
    // The canvas selected the box drawn last; the list shows it.
    QCOMPARE(list.view()->currentIndex().row(), 1);
    list.view()->setCurrentIndex(first);
    QCOMPARE(m_canvas->selectedBox(), stored().boxes[0].id);
    keyClick(Qt::Key_2);
    QCOMPARE(first.data(BoxListModel::ClassNameRole).toString(), QStringLiteral("person"));
    keyClick(Qt::Key_Delete);
    QCOMPARE(list.model()->rowCount(), 1);
}

void tst_ImageCanvas::corruptedImageShowsMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("\xFF\xD8\xFF\xE0 this is not really a JPEG"));
    file.close();
    QSignalSpy failed(m_canvas.get(), &ImageCanvas::imageFailed);
    m_canvas->setImage(path);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("broken.jpg")));
    QVERIFY(!m_canvas->imageError().isEmpty());
    const QImage shot = m_canvas->grab().toImage(); // paints the message, does not crash
    QVERIFY(!shot.isNull());
    drag(at(100, 100), at(500, 400)); // nothing to draw on
    QCOMPARE(stored().boxes.size(), 0);
    m_canvas->setImage(m_dir.filePath(QStringLiteral("missing.jpg")));
    QTRY_COMPARE(failed.size(), 2);
    // Back to a good image, everything works again.
    m_canvas->setImage(m_imagePath);
    QTRY_VERIFY(m_canvas->isImageShown());
    drag(at(100, 100), at(500, 400));
    QCOMPARE(stored().boxes.size(), 1);
}

void tst_ImageCanvas::truncatedImageShowsWithWarning()
{
    QFile whole(m_imagePath);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString path = m_dir.filePath(QStringLiteral("truncated.jpg"));
    QFile half(path);
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();
    QSignalSpy warnings(m_canvas.get(), &ImageCanvas::imageDamaged);
    m_canvas->setImage(path);
    QTRY_VERIFY(m_canvas->isImageShown());
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).at(0).toString().contains(QStringLiteral("truncated.jpg")));
    QVERIFY(m_canvas->imageError().isEmpty());
    QVERIFY(!m_canvas->grab().isNull());
    // The intact file carries no warning.
    m_canvas->setImage(m_imagePath);
    QTRY_VERIFY(m_canvas->isImageShown());
    QVERIFY(m_canvas->imageWarning().isEmpty());
}

QTEST_MAIN(tst_ImageCanvas)
#include "tst_imagecanvas.moc"
