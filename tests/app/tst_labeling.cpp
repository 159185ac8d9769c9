// SPDX-License-Identifier: Apache-2.0
// Labeling in the main window, offscreen: a person's queue, boxes drawn and resized with the
// mouse, undo and redo, class hotkeys, next, skip and flag — checked in the project store.
#include "app/gui/citationsdialog.h"
#include "app/gui/labelingpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/queuestrip.h"
#include "core/media/previewcache.h"
#include "core/media/pyramidcache.h"
#include "core/media/tilesource.h"
#include "app/gui/pyramidbuilder.h"
#include "app/gui/slideimagesdialog.h"
#include "tests/core/media/tiledtifffixtures.h"
#include "core/project/services.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"
#include "widgets/audio/audioitemview.h"
#include "widgets/canvas/boxlistwidget.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/tiledimage.h"
#include "widgets/guidelines/guidelinepanel.h"
#include "widgets/text/classbar.h"
#include "widgets/text/textitemview.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QTextBrowser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

#include <cmath>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSettings>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace assay;
using namespace assay::core;

class tst_Labeling : public QObject
{
    Q_OBJECT

private:
    // Three images, one document, one clip; classes "cat" (1) and "dog" (2); alice has all
    // five tasks.
    QString makeProject()
    {
        const QString path = m_dir->filePath(QStringLiteral("label.assay"));
        auto store = assay::core::Project::create(path, {QStringLiteral("Labeling"),
                                                         QStringLiteral("lead"),
                                                         {}});
        QDir(m_dir->path()).mkpath(QStringLiteral("m"));
        QList<Item> items;
        for (int i = 0; i < 3; ++i) {
            cv::Mat m(300, 400, CV_8UC3, cv::Scalar(40 * i, 120, 200));
            const QString rel = QStringLiteral("m/%1.png").arg(i);
            cv::imwrite(m_dir->filePath(rel).toStdString(), m);
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QString(64, QLatin1Char('a' + i));
            it.path = rel;
            it.width = 400;
            it.height = 300;
            items.append(it);
        }
        Item doc;
        doc.kind = ItemKind::Text;
        doc.sha256 = QString(64, QLatin1Char('f'));
        doc.path = QStringLiteral("m/docs.jsonl");
        doc.text = QStringLiteral("A heron stood in the shallows.");
        items.append(doc);
        // A one-second 16 kHz tone as a plain PCM WAV.
        QByteArray pcm;
        for (int i = 0; i < 16000; ++i) {
            const qint16 v = qint16(8000 * std::sin(2 * M_PI * 440 * i / 16000.0));
            pcm.append(reinterpret_cast<const char *>(&v), 2);
        }
        auto le32 = [](quint32 v) {
            return QByteArray(reinterpret_cast<const char *>(&v), 4);
        };
        auto le16 = [](quint16 v) {
            return QByteArray(reinterpret_cast<const char *>(&v), 2);
        };
        QByteArray wav = "RIFF" + le32(36 + pcm.size()) + "WAVEfmt " + le32(16) + le16(1) + le16(1)
                         + le32(16000) + le32(32000) + le16(2) + le16(16) + "data"
                         + le32(pcm.size()) + pcm;
        QFile f(m_dir->filePath(QStringLiteral("m/tone.wav")));
        f.open(QIODevice::WriteOnly);
        f.write(wav);
        f.close();
        Item clip;
        clip.kind = ItemKind::Audio;
        clip.sha256 = QString(64, QLatin1Char('e'));
        clip.path = QStringLiteral("m/tone.wav");
        clip.durationMs = 1000;
        clip.sampleRate = 16000;
        clip.channels = 1;
        items.append(clip);
        if (!(*store)->items().addItems(items, {}))
            return {};
        for (const char *name : {"cat", "dog"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            (void) (*store)->taxonomy().addClass(c);
        }
        auto alice = (*store)->people()
                             .addPerson(QStringLiteral("alice"), QStringLiteral("Alice"),
                                        {Role::Annotator},
                                        m_keys.of(QStringLiteral("alice")).publicKeys().toText());
        Batch b;
        b.name = QStringLiteral("first");
        auto batch = (*store)->work().createBatch(b);
        QList<Task> tasks;
        for (const Item &it : *(*store)->items().page(0, 10))
            tasks.append(Task{{},
                              {},
                              it.id,
                              alice->id,
                              TaskKind::Production,
                              TaskState::Pending,
                              int(tasks.size())});
        if (!(*store)->work().assignTasks(batch->id, tasks))
            return {};
        return path;
    }

    static void drag(QWidget *w, QPointF from, QPointF to)
    {
        QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, from.toPoint());
        for (int i = 1; i <= 5; ++i) {
            const QPointF p = from + (to - from) * (i / 5.0);
            QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(w, &move);
        }
        QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to.toPoint());
    }

    // Signs alice in, as the sign-in dialog does once her key is unlocked.
    bool signInAlice(app::MainWindow &w)
    {
        const Status st = w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice")));
        if (!st)
            qWarning("%s", qPrintable(st.error().toString()));
        return bool(st);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    assay::tests::MemoryKeys m_keys;

    // The window on alice's queue, the first image shown.
    struct Labeling
    {
        app::MainWindow window;
        app::LabelingPanel *panel = nullptr;
    };
    std::unique_ptr<Labeling> startAlice(const QString &path)
    {
        auto l = std::make_unique<Labeling>();
        l->window.resize(1100, 760);
        l->window.show();
        if (!QTest::qWaitForWindowExposed(&l->window) || !l->window.openProject(path)
            || !signInAlice(l->window) || !l->window.startLabeling(QStringLiteral("alice")))
            return {};
        l->panel = l->window.labelingPanel();
        return l;
    }
    QList<TaskState> storedStates(app::MainWindow &w)
    {
        QList<TaskState> states;
        for (const Task &t : *w.store()->work().queue(w.store()->actor().id))
            states.append(t.state);
        return states;
    }

private Q_SLOTS:
    // N on an item with no answer asks once (a message, nothing recorded); the second N, or N
    // on an item with an answer, submits.
    void emptyAnswerAsksOnceBeforeSubmitting_data()
    {
        QTest::addColumn<bool>("drawBox");
        QTest::addColumn<bool>("classifyImage");
        QTest::newRow("nothing") << false << false;
        QTest::newRow("a box") << true << false;
        QTest::newRow("an image class") << false << true;
    }

    void emptyAnswerAsksOnceBeforeSubmitting()
    {
        QFETCH(bool, drawBox);
        QFETCH(bool, classifyImage);
        auto l = startAlice(makeProject());
        QVERIFY(l);
        widgets::ImageCanvas *canvas = l->panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        if (drawBox)
            drag(canvas, canvas->imageToWidget({50, 40}), canvas->imageToWidget({250, 190}));
        canvas->setFocus();
        if (classifyImage)
            QTest::keyClick(canvas, Qt::Key_1, Qt::ShiftModifier);
        QSignalSpy messages(l->panel, &app::LabelingPanel::message);
        const bool empty = !drawBox && !classifyImage;
        QTest::keyClick(canvas, Qt::Key_N);
        if (empty) {
            QCOMPARE(l->panel->currentIndex(), 0);
            QCOMPARE(storedStates(l->window).at(0), TaskState::Pending);
            QVERIFY(!messages.isEmpty());
            QVERIFY(messages.last().at(0).toString().contains(QLatin1String("N again")));
            QTest::keyClick(canvas, Qt::Key_N); // the second N submits it
        }
        QCOMPARE(l->panel->currentIndex(), 1);
        QCOMPARE(storedStates(l->window).at(0), TaskState::Done);
        QCOMPARE(l->panel->doneCount(), 1);
        // Asked about once per visit: back to an empty task, N asks again.
        QVERIFY(!l->panel->next());
        QCOMPARE(l->panel->currentIndex(), 1);
    }

    // A flagged task visited again with P and left with N keeps its flag and is not done;
    // skipping counts as nothing done either.
    void flaggedTaskKeepsItsFlag()
    {
        auto l = startAlice(makeProject());
        QVERIFY(l);
        app::LabelingPanel *panel = l->panel;
        QVERIFY(panel->flag(QStringLiteral("bad media"), QStringLiteral("blurred")));
        QCOMPARE(panel->currentIndex(), 1);
        QVERIFY(panel->skip());
        QCOMPARE(panel->doneCount(), 0);
        QTest::keyClick(panel->canvas(), Qt::Key_P);
        QTest::keyClick(panel->canvas(), Qt::Key_P);
        QCOMPARE(panel->currentIndex(), 0);
        drag(panel->canvas(), panel->canvas()->imageToWidget({50, 40}),
             panel->canvas()->imageToWidget({250, 190}));
        QTest::keyClick(panel->canvas(), Qt::Key_N);
        QCOMPARE(panel->currentIndex(), 2); // the next open task
        const QList<TaskState> expected{TaskState::Flagged, TaskState::Skipped, TaskState::Pending,
                                        TaskState::Pending, TaskState::Pending};
        QCOMPARE(storedStates(l->window), expected);
        QCOMPARE(panel->doneCount(), 0);
        QCOMPARE(panel->queueStrip()->states(), expected);
        QCOMPARE(panel->queueStrip()->current(), 2);
        QCOMPARE(panel->queueStrip()->count(TaskState::Flagged), 1);
        // Done in the next session too: the counts come from the store.
        l.reset();
        auto again = startAlice(m_dir->filePath(QStringLiteral("label.assay")));
        QVERIFY(again);
        QCOMPARE(again->panel->doneCount(), 0);
        QCOMPARE(again->panel->currentIndex(), 2);
    }

    // Skipped tasks come back once the open ones are done; then the queue is finished.
    void skippedTasksComeBackAtTheEnd()
    {
        auto l = startAlice(makeProject());
        QVERIFY(l);
        app::LabelingPanel *panel = l->panel;
        QVERIFY(panel->skip()); // 0
        QCOMPARE(panel->currentIndex(), 1);
        QVERIFY(panel->skip()); // 1
        const auto submitEmpty = [&] {
            QVERIFY(!panel->next());
            QVERIFY(panel->next());
        };
        for (int index : {2, 3, 4}) {
            QCOMPARE(panel->currentIndex(), index);
            submitEmpty();
        }
        QCOMPARE(panel->doneCount(), 3);
        QCOMPARE(panel->currentIndex(), 0); // the first skipped one comes back
        submitEmpty();
        QCOMPARE(panel->currentIndex(), 1);
        QSignalSpy messages(panel, &app::LabelingPanel::message);
        submitEmpty();
        QCOMPARE(panel->doneCount(), 5);
        QCOMPARE(panel->currentIndex(), 1); // nothing left: it stays
        QVERIFY(messages.last().at(0).toString().contains(QLatin1String("last task")));
        QCOMPARE(panel->queueStrip()->count(TaskState::Done), 5);
    }

    // A click on a cell of the strip shows that task.
    void queueStripOpensATask()
    {
        auto l = startAlice(makeProject());
        QVERIFY(l);
        app::QueueStrip *strip = l->panel->queueStrip();
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->states().size(), 5);
        const QRect cell = strip->cellRect(3);
        QVERIFY(cell.isValid());
        QTest::mouseClick(strip, Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(l->panel->currentIndex(), 3);
        QCOMPARE(l->panel->currentItem().kind, ItemKind::Text);
        QCOMPARE(strip->current(), 3);
        QVERIFY(strip->summary().contains(QLatin1String("5 open")));
    }

    // The panel loads the annotator's queue: a person who must recalibrate gets only their
    // calibration tasks.
    void recalibrationGateHoldsTheQueue()
    {
        const QString path = makeProject();
        {
            auto store = Project::open(path);
            QVERIFY(store);
            Project &p = **store;
            ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("lead")));
            QualitySettings settings;
            settings.goldMinimum = 1;
            ASSAY_VERIFY_RESULT(p.gold().setQualitySettings(settings));
            const auto taxonomy = *p.taxonomy().get();
            const Item first = p.items().page(0, 1)->first();
            const Item second = p.items().page(1, 1)->first();
            ASSAY_VERIFY_RESULT(p.gold().setGold(
                    {GoldAnswer{first.id, {taxonomy.classes.at(0).id}, {}, {}, {}}}));
            ASSAY_VERIFY_RESULT(p.gold().setGold(
                    {GoldAnswer{second.id, {taxonomy.classes.at(0).id}, {}, {}, {}, true}}));
            const Id alice = p.people().person(QStringLiteral("alice"))->id;
            const Id batch = p.work().batches()->first().id;
            auto gold = p.work().assignTasks(
                    batch,
                    {Task{{}, {}, first.id, alice, TaskKind::Gold, TaskState::Pending, 10},
                     Task{{}, {}, second.id, alice, TaskKind::Calibration, TaskState::Pending, 11}});
            ASSAY_VERIFY_RESULT(gold);
            ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("alice")));
            auto a = p.annotations().startAnnotation(gold->first().id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {taxonomy.classes.at(1).id}));
            ASSAY_VERIFY_RESULT(p.work().setTaskState(gold->first().id, TaskState::Done));
            QVERIFY(!*p.gold().mustRecalibrate(alice)); // until a lead sets the gate
            ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("lead")));
            ASSAY_VERIFY_RESULT(p.gold().applyGates());
            QVERIFY(*p.gold().mustRecalibrate(alice));
            QCOMPARE(p.work().queue(alice)->size(), 7);
        }
        auto l = startAlice(path);
        QVERIFY(l);
        QCOMPARE(l->panel->taskCount(), 1);
        QCOMPARE(l->panel->queueStrip()->states().size(), 1);
    }

    // The class the next box gets is shown; a hotkey changes it. After a click in the box list
    // the class hotkeys and Delete still work, and Escape gives the keys back to the canvas.
    void keysWorkFromTheBoxListAndEscapeReturnsToTheCanvas()
    {
        auto l = startAlice(makeProject());
        QVERIFY(l);
        widgets::ImageCanvas *canvas = l->panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        const auto taxonomy = *l->window.store()->taxonomy().get();
        const Id annotation = l->panel->currentAnnotation();
        QLabel *next = l->panel->nextBoxClassLabel();
        QVERIFY(next->isVisible());
        QVERIFY(next->text().contains(QLatin1String("cat")));
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_2);
        QVERIFY(next->text().contains(QLatin1String("dog")));
        QTest::keyClick(canvas, Qt::Key_1);
        QVERIFY(next->text().contains(QLatin1String("cat")));

        drag(canvas, canvas->imageToWidget({50, 40}), canvas->imageToWidget({250, 190}));
        drag(canvas, canvas->imageToWidget({80, 60}), canvas->imageToWidget({150, 120}));
        QCOMPARE(l->window.store()->annotations().annotation(annotation)->boxes.size(), 2);
        auto *list = l->window.findChild<widgets::BoxListWidget *>();
        QVERIFY(list);
        QListView *view = list->view();
        const QRect row = view->visualRect(view->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
        QTRY_VERIFY(view->hasFocus());
        const Id first = l->window.store()->annotations().annotation(annotation)->boxes.at(0).id;
        QCOMPARE(canvas->selectedBox(), first);
        QTest::keyClick(view, Qt::Key_2); // the selected box becomes a dog
        QCOMPARE(l->window.store()->annotations().annotation(annotation)->boxes.at(0).classId,
                 taxonomy.classes.at(1).id);
        QVERIFY(next->text().contains(QLatin1String("dog")));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(l->window.store()->annotations().annotation(annotation)->boxes.size(), 1);
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(canvas->hasFocus());
        // Escape in the canvas is still the canvas's: it drops the selection.
        canvas->selectBox(l->window.store()->annotations().annotation(annotation)->boxes.at(0).id);
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(canvas->selectedBox().isEmpty());
        QVERIFY(canvas->hasFocus());
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-labeling-test"));
        // The fixtures record as several people without their keys: not what the window's check
        // of the log at opening is for (tst_mainwindow tests it on a signed project).
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void drawResizeUndoRedoClassifyAndMoveOn()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        QVERIFY(signInAlice(w));
        QVERIFY(w.startLabeling(QStringLiteral("alice")));
        QVERIFY(w.isLabeling());
        app::LabelingPanel *panel = w.labelingPanel();
        QCOMPARE(panel->taskCount(), 5);
        QCOMPARE(panel->currentIndex(), 0);
        QCOMPARE(w.store()->actor().name, QStringLiteral("alice"));

        widgets::ImageCanvas *canvas = panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        const Id annotation = panel->currentAnnotation();
        auto taxonomy = *w.store()->taxonomy().get();

        // Draw: image (50,40)-(250,190).
        drag(canvas, canvas->imageToWidget({50, 40}), canvas->imageToWidget({250, 190}));
        auto stored = w.store()->annotations().annotation(annotation);
        QCOMPARE(stored->boxes.size(), 1);
        const Box drawn = stored->boxes.first();
        QVERIFY2(qAbs(drawn.x - 50) < 2 && qAbs(drawn.w - 200) < 2,
                 qPrintable(QStringLiteral("%1 %2").arg(drawn.x).arg(drawn.w)));
        QCOMPARE(stored->taxonomyVersion, taxonomy.version);

        // Resize with the bottom-right handle to (300, 250).
        canvas->selectBox(drawn.id);
        drag(canvas, canvas->imageToWidget({drawn.x + drawn.w, drawn.y + drawn.h}),
             canvas->imageToWidget({300, 250}));
        const Box resized = w.store()->annotations().annotation(annotation)->boxes.first();
        QVERIFY2(qAbs(resized.x + resized.w - 300) < 2 && qAbs(resized.y + resized.h - 250) < 2,
                 qPrintable(QStringLiteral("%1 %2").arg(resized.w).arg(resized.h)));

        // Undo to the start, redo to the end: the store follows every step.
        QUndoStack *undo = canvas->undoStack();
        QCOMPARE(undo->count(), 2);
        undo->undo();
        QCOMPARE(w.store()->annotations().annotation(annotation)->boxes.first(), drawn);
        undo->undo();
        QCOMPARE(w.store()->annotations().annotation(annotation)->boxes.size(), 0);
        undo->redo();
        undo->redo();
        QCOMPARE(w.store()->annotations().annotation(annotation)->boxes.first(), resized);

        // Hotkey 2 gives the selected box the class "dog".
        canvas->selectBox(resized.id);
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_2);
        QCOMPARE(w.store()->annotations().annotation(annotation)->boxes.first().classId,
                 taxonomy.classes.at(1).id);

        // Next: the task is done, the second one shows, and the time spent was recorded.
        QTest::qWait(30);
        QVERIFY(panel->next());
        QCOMPARE(panel->currentIndex(), 1);
        QCOMPARE(panel->doneCount(), 1);
        QVERIFY(w.store()->annotations().annotation(annotation)->timeSpentMs > 0);
        auto queue = *w.store()->work().queue(w.store()->actor().id);
        QCOMPARE(queue.at(0).state, TaskState::Done);

        // Skip the second, flag the third with a comment.
        QVERIFY(panel->skip());
        QVERIFY(panel->flag(QStringLiteral("guideline unclear"), QStringLiteral("is a fox a dog?")));
        queue = *w.store()->work().queue(w.store()->actor().id);
        QCOMPARE(queue.at(1).state, TaskState::Skipped);
        QCOMPARE(queue.at(2).state, TaskState::Flagged);
        QCOMPARE(panel->currentIndex(), 3); // the document
        QCOMPARE(panel->currentItem().kind, ItemKind::Text);

        // The document: hotkey 2 classifies it.
        const Id docAnnotation = panel->currentAnnotation();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                    : static_cast<QWidget *>(panel->textView()),
                        Qt::Key_2);
        QCOMPARE(w.store()->annotations().annotation(docAnnotation)->classIds,
                 QStringList{taxonomy.classes.at(1).id});

        // The clip: hotkey 1 classifies it.
        QVERIFY(panel->next());
        QCOMPARE(panel->currentItem().kind, ItemKind::Audio);
        const Id clipAnnotation = panel->currentAnnotation();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                    : static_cast<QWidget *>(panel->audioView()),
                        Qt::Key_1);
        QCOMPARE(w.store()->annotations().annotation(clipAnnotation)->classIds,
                 QStringList{taxonomy.classes.at(0).id});

        // Previous goes back without changing anything.
        QVERIFY(panel->previous());
        QCOMPARE(panel->currentIndex(), 3);
        QCOMPARE(w.store()->annotations().annotation(docAnnotation)->classIds,
                 QStringList{taxonomy.classes.at(1).id});
        QVERIFY(w.store()->verifyLog()->intact);
    }

    // Shift with a class hotkey sets the image's class; undo and redo walk the box and class
    // edits in order, on one stack, and the store follows every step.
    void imageClassHotkeysShareTheUndoHistoryWithBoxes()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        QVERIFY(signInAlice(w));
        QVERIFY(w.startLabeling(QStringLiteral("alice")));
        app::LabelingPanel *panel = w.labelingPanel();
        widgets::ImageCanvas *canvas = panel->canvas();
        widgets::ClassBar *bar = panel->imageClassBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->undoStack(), canvas->undoStack());
        QTRY_VERIFY(canvas->isImageShown());
        const Id annotation = panel->currentAnnotation();
        const auto taxonomy = *w.store()->taxonomy().get();
        const Id cat = taxonomy.classes.at(0).id;
        const Id dog = taxonomy.classes.at(1).id;
        const auto stored = [&] {
            return *w.store()->annotations().annotation(annotation);
        };

        // A box (class "cat", the first), then Shift+2: the image is "dog", the box stays "cat".
        drag(canvas, canvas->imageToWidget({50, 40}), canvas->imageToWidget({250, 190}));
        QCOMPARE(stored().boxes.size(), 1);
        QCOMPARE(stored().boxes.first().classId, cat);
        QVERIFY(!canvas->selectedBox().isEmpty());
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_2, Qt::ShiftModifier);
        QCOMPARE(stored().classIds, QStringList{dog});
        QCOMPARE(stored().boxes.first().classId, cat);
        QCOMPARE(bar->classes(), QStringList{dog});
        QVERIFY(bar->button(dog)->isChecked());
        QCOMPARE(canvas->itemClasses(), QStringList{dog});

        // The plain hotkey is still the box's: the image class does not move.
        QTest::keyClick(canvas, Qt::Key_2);
        QCOMPARE(stored().boxes.first().classId, dog);
        QCOMPARE(stored().classIds, QStringList{dog});

        // Single label: Shift+1 replaces "dog", Shift+1 again clears the class.
        QTest::keyClick(canvas, Qt::Key_1, Qt::ShiftModifier);
        QCOMPARE(stored().classIds, QStringList{cat});
        QTest::keyClick(canvas, Qt::Key_1, Qt::ShiftModifier);
        QCOMPARE(stored().classIds, QStringList{});

        // Five steps on one stack: box, image dog, box dog, image cat, image none.
        QUndoStack *undo = canvas->undoStack();
        QCOMPARE(undo->count(), 5);
        const QList<QPair<int, QStringList>> states = {{0, {}},    {1, {}},    {1, {dog}},
                                                       {1, {dog}}, {1, {cat}}, {1, {}}};
        const QList<Id> boxClass = {{}, cat, cat, dog, dog, dog};
        const auto check = [&](int step) {
            const Annotation a = stored();
            QCOMPARE(a.boxes.size(), states.at(step).first);
            if (!a.boxes.isEmpty())
                QCOMPARE(a.boxes.first().classId, boxClass.at(step));
            QCOMPARE(a.classIds, states.at(step).second);
            QCOMPARE(bar->classes(), states.at(step).second);
        };
        // Ctrl+Z in the canvas walks back to the start, Ctrl+Shift+Z forward to the end.
        for (int step = 4; step >= 0; --step) {
            QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
            check(step);
        }
        for (int step = 1; step <= 5; ++step) {
            QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            check(step);
        }

        // A click on a class button is the same edit as its hotkey.
        QTest::mouseClick(bar->button(dog), Qt::LeftButton);
        QCOMPARE(stored().classIds, QStringList{dog});
        QCOMPARE(undo->count(), 6);

        // The next image starts a fresh history; the classes stay where they were saved.
        QVERIFY(panel->next());
        QCOMPARE(undo->count(), 0);
        QCOMPARE(bar->classes(), QStringList{});
        QVERIFY(panel->previous());
        QCOMPARE(bar->classes(), QStringList{dog});
        QVERIFY(w.store()->verifyLog()->intact);
    }

    void multiLabelImageClasses()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        {
            auto store = assay::core::Project::open(path);
            QVERIFY(store);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("lead")));
            QVERIFY((*store)->taxonomy().setMultiLabel(true));
        }
        app::MainWindow w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        QVERIFY(signInAlice(w));
        QVERIFY(w.startLabeling(QStringLiteral("alice")));
        app::LabelingPanel *panel = w.labelingPanel();
        widgets::ImageCanvas *canvas = panel->canvas();
        widgets::ClassBar *bar = panel->imageClassBar();
        const auto taxonomy = *w.store()->taxonomy().get();
        QVERIFY(taxonomy.multiLabel);
        const Id cat = taxonomy.classes.at(0).id;
        const Id dog = taxonomy.classes.at(1).id;
        const Id annotation = panel->currentAnnotation();
        const auto stored = [&] { // a set: the store keeps its own order
            QStringList ids = w.store()->annotations().annotation(annotation)->classIds;
            ids.sort();
            return ids;
        };
        QStringList both{cat, dog};
        both.sort();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_1, Qt::ShiftModifier);
        QTest::keyClick(canvas, Qt::Key_2, Qt::ShiftModifier);
        QCOMPARE(stored(), both);
        QVERIFY(bar->button(cat)->isChecked() && bar->button(dog)->isChecked());
        QTest::keyClick(canvas, Qt::Key_1, Qt::ShiftModifier); // removes "cat" only
        QCOMPARE(stored(), QStringList{dog});
        canvas->undoStack()->undo();
        QCOMPARE(stored(), both);
    }

    // A large image added without a preview (an older project) shows from its file, gets its
    // preview made in the background, and shows from the preview the next time.
    void largeImageGetsItsPreviewOnFirstView()
    {
        const QString path = m_dir->filePath(QStringLiteral("large.assay"));
        auto store = assay::core::Project::create(path, {QStringLiteral("Large"),
                                                         QStringLiteral("lead"),
                                                         {}});
        QVERIFY(store);
        QDir(m_dir->path()).mkpath(QStringLiteral("m"));
        QList<Item> items;
        for (int i = 0; i < 2; ++i) {
            const int side = i == 0 ? 4100 : 300; // 16.8 MP, then a small one
            cv::Mat m(side, side, CV_8UC3, cv::Scalar(200, 80 * i, 40));
            m(cv::Rect(side / 4, side / 4, side / 2, side / 3)).setTo(cv::Scalar(20, 200, 40));
            const QString rel = QStringLiteral("m/%1.jpg").arg(i);
            QVERIFY(cv::imwrite(m_dir->filePath(rel).toStdString(), m));
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QString(64, QLatin1Char('a' + i));
            it.path = rel;
            it.width = side;
            it.height = side;
            items.append(it);
        }
        QVERIFY((*store)->items().addItems(items, {}));
        auto alice = (*store)->people()
                             .addPerson(QStringLiteral("alice"), QStringLiteral("Alice"),
                                        {Role::Annotator},
                                        m_keys.of(QStringLiteral("alice")).publicKeys().toText());
        Batch b;
        b.name = QStringLiteral("large");
        auto batch = (*store)->work().createBatch(b);
        QList<Task> tasks;
        for (const Item &it : *(*store)->items().page(0, 10))
            tasks.append(Task{{},
                              {},
                              it.id,
                              alice->id,
                              TaskKind::Production,
                              TaskState::Pending,
                              int(tasks.size())});
        QVERIFY((*store)->work().assignTasks(batch->id, tasks));
        store->reset();

        const media::PreviewCache previews(path);
        const QString sha = QString(64, QLatin1Char('a'));
        QVERIFY(!QFileInfo::exists(previews.previewPath(sha)));
        app::MainWindow w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(w.openProject(path));
        QVERIFY(signInAlice(w));
        QVERIFY(w.startLabeling(QStringLiteral("alice")));
        widgets::ImageCanvas *canvas = w.labelingPanel()->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        QVERIFY(!canvas->tiledImage()->preview().stored);
        QTRY_VERIFY_WITH_TIMEOUT(previews.isValid(sha, QSize(4100, 4100)), 10000);
        QVERIFY(!QFileInfo::exists(previews.previewPath(QString(64, QLatin1Char('b')))));

        QVERIFY(!w.labelingPanel()->next()); // nothing labeled: N asks first
        QVERIFY(w.labelingPanel()->next());
        QVERIFY(w.labelingPanel()->previous());
        QTRY_VERIFY(canvas->isImageShown());
        QVERIFY(canvas->tiledImage()->preview().stored);
        QCOMPARE(canvas->imageSize(), QSize(4100, 4100));
    }

    // A huge image that is not tiled shows from its decode at once, gets its tile pyramid in the
    // background (the status bar says so), and is read by region from it as soon as it is made;
    // a damaged pyramid is made again the next time the project is opened.
    void hugeImageGetsItsPyramidWhileShown()
    {
        media::PyramidCache::setMinimumPixels(4'000'000); // 6 MP counts as huge here
        const auto restore = qScopeGuard([] { media::PyramidCache::setMinimumPixels(0); });
        const QString path = m_dir->filePath(QStringLiteral("huge.assay"));
        auto store = assay::core::Project::create(path, {QStringLiteral("Huge"),
                                                         QStringLiteral("lead"),
                                                         {}});
        QVERIFY(store);
        QDir(m_dir->path()).mkpath(QStringLiteral("m"));
        // Larger for the picture, so that it is taken while the pyramid is being made.
        const QString shots = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        const QSize size = shots.isEmpty() ? QSize(3000, 2000) : QSize(12000, 8000);
        cv::Mat m(size.height(), size.width(), CV_8UC3, cv::Scalar(60, 140, 200));
        for (int i = 0; i < 40; ++i) {
            const int x = (i * 7919) % size.width(), y = (i * 104729) % size.height();
            cv::circle(m, {x, y}, size.width() / (20 + i % 7),
                       cv::Scalar(20 + i * 5, 200 - i * 3, 40 + i * 4), -1);
        }
        QVERIFY(cv::imwrite(m_dir->filePath(QStringLiteral("m/mosaic.jpg")).toStdString(), m));
        Item it;
        it.kind = ItemKind::Image;
        it.sha256 = QString(64, QLatin1Char('c'));
        it.path = QStringLiteral("m/mosaic.jpg");
        it.width = size.width();
        it.height = size.height();
        QVERIFY((*store)->items().addItems({it}, {}));
        auto alice = (*store)->people()
                             .addPerson(QStringLiteral("alice"), QStringLiteral("Alice"),
                                        {Role::Annotator},
                                        m_keys.of(QStringLiteral("alice")).publicKeys().toText());
        Batch b;
        b.name = QStringLiteral("huge");
        auto batch = (*store)->work().createBatch(b);
        const Item added = (*store)->items().page(0, 1)->first();
        QVERIFY((*store)->work().assignTasks(
                batch->id,
                {Task{{}, {}, added.id, alice->id, TaskKind::Production, TaskState::Pending, 0}}));
        store->reset();

        const media::PyramidCache pyramids(path);
        const QString pyramidPath = pyramids.pyramidPath(it.sha256);
        for (int round = 0; round < 2; ++round) {
            app::MainWindow w;
            w.resize(1100, 760);
            w.show();
            QVERIFY(w.openProject(path));
            QVERIFY(signInAlice(w));
            QSignalSpy made(w.pyramidBuilder(), &app::PyramidBuilder::made);
            QVERIFY(w.startLabeling(QStringLiteral("alice")));
            widgets::ImageCanvas *canvas = w.labelingPanel()->canvas();
            QTRY_VERIFY(canvas->isImageShown());
            // Shown before the pyramid exists, from the image's own decode.
            if (made.isEmpty())
                QVERIFY(!canvas->tiledImage()->isTiledSource());
            // With ASSAY_SCREENSHOT_DIR set: pyramid-progress.png, the status bar while it is made.
            if (!shots.isEmpty() && round == 0) {
                QTRY_VERIFY(made.size() == 1 || w.pyramidBuilder()->statusWidget()->isVisible());
                QTest::qWait(250); // a progress tick
                if (made.isEmpty())
                    QVERIFY(w.grab().save(
                            QDir(shots).filePath(QStringLiteral("pyramid-progress.png"))));
            }
            QTRY_VERIFY_WITH_TIMEOUT(canvas->tiledImage()->isTiledSource(), 30000);
            QCOMPARE(made.size(), 1);
            QCOMPARE(made.first().at(0).toString(), it.sha256);
            QVERIFY(!w.pyramidBuilder()->isBusy());
            QVERIFY(!w.pyramidBuilder()->statusWidget()->isVisible());
            const auto *tiles = canvas->tiledImage()->tileSource();
            QCOMPARE(tiles->path(), pyramidPath);
            QCOMPARE(tiles->size(), size);
            QVERIFY(tiles->levelCount() >= 4);
            QCOMPARE(canvas->imageSize(), size);
            if (round == 0) {
                // Cut short while the window is closed: found and made again at the next open.
                QFile file(pyramidPath);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.resize(file.size() / 2));
            }
        }
        auto whole = pyramids.open(it.sha256, size);
        QVERIFY(whole && *whole);
    }

    // A slide's label and macro images (a patient's name can be on them) are not shown until
    // a lead allows them for the project; then View ▸ Slide Label and Macro shows them.
    void slideLabelShowsOnlyWhereALeadAllowsIt()
    {
        if (!media::TileSource::hasOpenSlide())
            QSKIP("this build has no OpenSlide (libopenslide-dev)");
        const QString path = m_dir->filePath(QStringLiteral("slides.assay"));
        auto store = assay::core::Project::create(path, {QStringLiteral("Slides"),
                                                         QStringLiteral("lead"),
                                                         {}});
        QVERIFY(store);
        QDir(m_dir->path()).mkpath(QStringLiteral("m"));
        const testing::SlideSpec spec;
        QVERIFY(testing::writeAperioSlide(m_dir->filePath(QStringLiteral("m/case.svs")), spec));
        Item it;
        it.kind = ItemKind::Image;
        it.sha256 = QString(64, QLatin1Char('d'));
        it.path = QStringLiteral("m/case.svs");
        it.width = spec.size.width();
        it.height = spec.size.height();
        it.metadata.insert(QStringLiteral("tiled"), true);
        QVERIFY((*store)->items().addItems({it}, {}));
        auto alice = (*store)->people()
                             .addPerson(QStringLiteral("alice"), QStringLiteral("Alice"),
                                        {Role::Annotator},
                                        m_keys.of(QStringLiteral("alice")).publicKeys().toText());
        Batch b;
        b.name = QStringLiteral("slides");
        auto batch = (*store)->work().createBatch(b);
        const Item added = (*store)->items().page(0, 1)->first();
        QVERIFY((*store)->work().assignTasks(
                batch->id,
                {Task{{}, {}, added.id, alice->id, TaskKind::Production, TaskState::Pending, 0}}));
        store->reset();

        for (const bool allowed : {false, true}) {
            if (allowed) {
                auto lead = Project::open(path);
                QVERIFY(lead);
                ASSAY_VERIFY_RESULT((*lead)->setActor(QStringLiteral("lead")));
                ASSAY_VERIFY_RESULT((*lead)->items().setMediaSettings({true}));
            }
            app::MainWindow w;
            w.resize(1100, 760);
            w.show();
            QVERIFY(w.openProject(path));
            QVERIFY(signInAlice(w));
            QVERIFY(w.startLabeling(QStringLiteral("alice")));
            widgets::ImageCanvas *canvas = w.labelingPanel()->canvas();
            QTRY_VERIFY(canvas->isImageShown());
            QVERIFY(canvas->tiledImage()->isTiledSource());
            auto *show = w.findChild<QAction *>(QStringLiteral("slideImagesAction"));
            auto *allow = w.findChild<QAction *>(QStringLiteral("allowSlideImagesAction"));
            QVERIFY(show && allow);
            QVERIFY(!allow->isEnabled()); // an annotator's window: a lead's setting
            QCOMPARE(allow->isChecked(), allowed);
            QTRY_COMPARE(show->isEnabled(), allowed);
            if (!allowed) {
                QVERIFY(show->toolTip().contains(QStringLiteral("lead")));
                continue;
            }
            QStringList shown;
            QTimer::singleShot(0, &w, [&] {
                if (auto *dialog = qobject_cast<app::SlideImagesDialog *>(
                            QApplication::activeModalWidget())) {
                    shown = dialog->shownImages();
                    // With ASSAY_SCREENSHOT_DIR set: slide-label.png.
                    if (const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
                        !dir.isEmpty())
                        dialog->grab().save(QDir(dir).filePath(QStringLiteral("slide-label.png")));
                    dialog->reject();
                }
            });
            show->trigger();
            shown.sort();
            QCOMPARE(shown, (QStringList{QStringLiteral("label"), QStringLiteral("macro"),
                                         QStringLiteral("thumbnail")}));
        }
    }

    // The project's guideline, as its owner (an admin) publishes it: sections for cat and dog,
    // one worked example of each, on the second and third image.
    static bool publishGuideline(const QString &path, const QString &catText)
    {
        auto store = Project::open(path);
        if (!store || !(*store)->setActor(QStringLiteral("lead")))
            return false;
        Project &p = **store;
        QString text = QStringLiteral("# Garden animals\n\nOne box per animal, tight to what is"
                                      " visible.\n\n## Cat\n\n**Definition.** %1\n\n**Use it"
                                      " when** you see whiskers and pointed ears.\n\n**Do not use"
                                      " it when** it is a toy or a picture of a cat.\n\n")
                               .arg(catText);
        for (int i = 0; i < 10; ++i)
            text += QStringLiteral("- A rule about cats, number %1.\n").arg(i + 1);
        text += QStringLiteral("\n## Dog\n\n**Definition.** A domestic dog of any size.\n\n**Do not"
                               " use it when** it is a fox: foxes are not labeled.\n\n");
        for (int i = 0; i < 10; ++i)
            text += QStringLiteral("- A rule about dogs, number %1.\n").arg(i + 1);
        if (!p.guidelines().saveDraft(text) || !p.guidelines().publish())
            return false;
        if (p.guidelines().examples()->isEmpty()) {
            const auto items = *p.items().page(0, 10);
            const auto taxonomy = *p.taxonomy().get();
            WorkedExample x;
            x.itemId = items.at(1).id;
            x.classId = taxonomy.findByName(QStringLiteral("cat"))->id;
            x.note = QStringLiteral("a whole cat");
            x.boxes = {Box{{}, {}, 60, 50, 200, 150, {}}};
            if (!p.guidelines().setExample(x))
                return false;
            x.itemId = items.at(2).id;
            x.classId = taxonomy.findByName(QStringLiteral("dog"))->id;
            x.kind = ExampleKind::EdgeCase;
            x.note = QStringLiteral("a dog behind a fence");
            if (!p.guidelines().setExample(x))
                return false;
        }
        return true;
    }

    // G opens the guideline beside the image at the section of the class of the next box, with
    // that class's examples; a class hotkey moves it to that class's section.
    void guidelinePanelFollowsTheClass()
    {
        const QString path = makeProject();
        QVERIFY(publishGuideline(path, QStringLiteral("A domestic cat.")));
        auto l = startAlice(path);
        QVERIFY(l);
        QDockWidget *dock = l->window.guidelineDock();
        widgets::GuidelinePanel *guide = l->window.guidelinePanel();
        QVERIFY(!dock->isVisible());
        // The shortcut is the window's: it works while the window is the active one.
        l->window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&l->window));
        widgets::ImageCanvas *canvas = l->panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_1); // the next box is a cat
        QTest::keyClick(canvas, Qt::Key_G);
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(guide->version(), 1);
        QCOMPARE(guide->currentSection(), QStringLiteral("cat"));
        QCOMPARE(guide->examples()->count(), 1);
        QVERIFY(!guide->noticeShown());
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_2);
        QCOMPARE(guide->currentSection(), QStringLiteral("dog"));
        QCOMPARE(guide->examples()->count(), 1);
        QCOMPARE(guide->examples()->item(0)->toolTip(), QStringLiteral("a dog behind a fence"));
        // Typing in the search field is not the shortcut.
        QTest::keyClicks(guide->searchField(), QStringLiteral("fog"));
        QVERIFY(dock->isVisible());
        QCOMPARE(guide->searchField()->text(), QStringLiteral("fog"));
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_G);
        QTRY_VERIFY(!dock->isVisible());
    }

    // After a task done under version 1 and a version 2 published, starting to label opens the
    // guideline with what changed.
    void guidelineChangeIsToldBeforeTheNextTask()
    {
        const QString path = makeProject();
        QVERIFY(publishGuideline(path, QStringLiteral("A domestic cat.")));
        {
            auto l = startAlice(path);
            QVERIFY(l);
            widgets::ImageCanvas *canvas = l->panel->canvas();
            QTRY_VERIFY(canvas->isImageShown());
            drag(canvas, canvas->imageToWidget({50, 40}), canvas->imageToWidget({250, 190}));
            QVERIFY(l->panel->next());
            QVERIFY(!l->window.guidelineDock()->isVisible());
        }
        QVERIFY(publishGuideline(path, QStringLiteral("A domestic cat, or a lynx kitten.")));
        auto l = startAlice(path);
        QVERIFY(l);
        QTRY_VERIFY(l->window.guidelineDock()->isVisible());
        widgets::GuidelinePanel *guide = l->window.guidelinePanel();
        QVERIFY(guide->noticeShown());
        QVERIFY(guide->noticeView()->toPlainText().contains(QStringLiteral("lynx kitten")));
        QVERIFY(guide->noticeView()->toPlainText().contains(QStringLiteral("Changed: Cat")));
        // With ASSAY_SCREENSHOT_DIR set: guideline-panel.png, the panel beside the image.
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            l->window.resize(1280, 800);
            widgets::ImageCanvas *canvas = l->panel->canvas();
            QTRY_VERIFY(canvas->isImageShown());
            canvas->setFocus();
            QTest::keyClick(canvas, Qt::Key_1);
            drag(canvas, canvas->imageToWidget({60, 50}), canvas->imageToWidget({260, 200}));
            QTest::qWait(300);
            QVERIFY(l->window.grab().save(
                    QDir(dir).filePath(QStringLiteral("guideline-panel.png"))));
        }
    }

    // After a lead merges cat into dog, an answer labeled cat reads as dog in the labeling
    // view: the dog button is checked, the box is named and coloured as a dog, and toggling the
    // class acts on what is shown. The stored label keeps its class id until it is changed.
    void mergedClassReadsAsItsTarget()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        Id cat, dog, annotation;
        {
            auto l = startAlice(path);
            QVERIFY(l);
            widgets::ImageCanvas *canvas = l->panel->canvas();
            QTRY_VERIFY(canvas->isImageShown());
            canvas->setFocus();
            QTest::keyClick(canvas, Qt::Key_1);                    // next box: cat
            QTest::keyClick(canvas, Qt::Key_1, Qt::ShiftModifier); // the image: cat
            drag(canvas, canvas->imageToWidget({50, 40}), canvas->imageToWidget({250, 190}));
            annotation = l->panel->currentAnnotation();
            const auto taxonomy = *l->window.store()->taxonomy().get();
            cat = taxonomy.findByName(QStringLiteral("cat"))->id;
            dog = taxonomy.findByName(QStringLiteral("dog"))->id;
            QCOMPARE(l->window.store()->annotations().annotation(annotation)->classIds,
                     QStringList{cat});
        }
        {
            auto store = Project::open(path);
            QVERIFY(store);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("lead")));
            ASSAY_VERIFY_RESULT((*store)->taxonomy().mergeClasses({cat}, dog));
        }
        auto l = startAlice(path);
        QVERIFY(l);
        QCOMPARE(l->panel->currentAnnotation(), annotation);
        widgets::ImageCanvas *canvas = l->panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        widgets::ClassBar *bar = l->panel->imageClassBar();
        QVERIFY(!bar->button(cat)); // archived: offered no more
        QVERIFY(bar->button(dog)->isChecked());
        const auto stored = *l->window.store()->annotations().annotation(annotation);
        QCOMPARE(stored.classIds, QStringList{cat}); // the label keeps its id
        QCOMPARE(stored.boxes.size(), 1);
        QCOMPARE(canvas->className(stored.boxes.first().classId), QStringLiteral("dog"));
        QCOMPARE(canvas->classColour(stored.boxes.first().classId), canvas->classColour(dog));
        // A click on the checked dog button clears the class the image shows; another sets dog.
        QTest::mouseClick(bar->button(dog), Qt::LeftButton);
        QVERIFY(l->window.store()->annotations().annotation(annotation)->classIds.isEmpty());
        QVERIFY(!bar->button(dog)->isChecked());
        QTest::mouseClick(bar->button(dog), Qt::LeftButton);
        QCOMPARE(l->window.store()->annotations().annotation(annotation)->classIds,
                 QStringList{dog});
    }

    // The flag dialog offers the guideline's sections, starting at the section of the class in
    // question; the flag cites the section chosen, and the authors' counts show it.
    void flagCitesAGuidelineSection()
    {
        const QString path = makeProject();
        QVERIFY(publishGuideline(path, QStringLiteral("A domestic cat.")));
        auto l = startAlice(path);
        QVERIFY(l);
        widgets::ImageCanvas *canvas = l->panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_2); // the next box is a dog
        QCOMPARE(l->panel->defaultFlagSection(), QStringLiteral("dog"));
        QString offered, chosen;
        QStringList anchors;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("flagDialog"));
            auto *section = dialog->findChild<QComboBox *>(QStringLiteral("flagSection"));
            QVERIFY(section);
            offered = section->currentData().toString();
            for (int i = 0; i < section->count(); ++i)
                anchors.append(section->itemData(i).toString());
            section->setCurrentIndex(section->findData(QStringLiteral("cat")));
            chosen = section->currentData().toString();
            auto *comment = dialog->findChild<QLineEdit *>();
            QVERIFY(comment);
            comment->setText(QStringLiteral("a lynx?"));
            // With ASSAY_SCREENSHOT_DIR set: flag-dialog.png.
            if (const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("flag-dialog.png"))));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(canvas, Qt::Key_F);
        QCOMPARE(offered, QStringLiteral("dog"));
        QVERIFY2(anchors.contains(QString()) && anchors.contains(QStringLiteral("cat"))
                         && anchors.contains(QStringLiteral("dog")),
                 qPrintable(anchors.join(u',')));
        QCOMPARE(chosen, QStringLiteral("cat"));
        QCOMPARE(storedStates(l->window).constFirst(), TaskState::Flagged);
        l.reset();
        auto store = Project::open(path);
        QVERIFY(store);
        ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("lead")));
        auto citations = (*store)->guidelines().citations();
        ASSAY_VERIFY_RESULT(citations);
        int catFlags = -1, dogFlags = -1;
        for (const SectionCitations &c : *citations) {
            if (c.anchor == QLatin1String("cat"))
                catFlags = c.flags;
            if (c.anchor == QLatin1String("dog"))
                dogFlags = c.flags;
        }
        QCOMPARE(catFlags, 1);
        QVERIFY(dogFlags <= 0);
        // The authors' view of it: Cat first, one flag, one item, which a double-click opens.
        app::CitationsDialog dialog(store->get());
        QTreeWidget *table = dialog.table();
        QVERIFY(table->topLevelItemCount() >= 1);
        QTreeWidgetItem *top = table->topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("Cat"));
        QCOMPARE(top->text(1), QStringLiteral("1"));
        QCOMPARE(top->text(2), QStringLiteral("0"));
        QCOMPARE(top->text(3), QStringLiteral("1"));
        QSignalSpy opened(&dialog, &app::CitationsDialog::itemsRequested);
        Q_EMIT table->itemActivated(top, 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).toStringList().size(), 1);
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            dialog.resize(640, 300);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("citations.png"))));
        }
    }

    // With ASSAY_SCREENSHOT_DIR set: labeling-queue.png, the window at 1024 x 700 with twelve
    // classes, a box drawn inside another, and a queue with a flagged and a skipped task.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ASSAY_SCREENSHOT_DIR to save the screenshot");
        const QString path = makeProject();
        {
            auto store = Project::open(path);
            QVERIFY(store);
            for (const char *name : {"heron", "egret", "stork", "crane", "ibis", "spoonbill",
                                     "flamingo", "pelican", "cormorant", "kingfisher"}) {
                TaxonomyClass c;
                c.name = QLatin1String(name);
                ASSAY_VERIFY_RESULT((*store)->taxonomy().addClass(c));
            }
        }
        auto l = startAlice(path);
        QVERIFY(l);
        l->window.resize(1024, 700);
        app::LabelingPanel *panel = l->panel;
        QVERIFY(panel->skip());
        QVERIFY(panel->flag(QStringLiteral("bad media"), QStringLiteral("blurred")));
        QVERIFY(panel->showTask(0));
        widgets::ImageCanvas *canvas = panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        drag(canvas, canvas->imageToWidget({40, 30}), canvas->imageToWidget({360, 270}));
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_0); // the chord 0 2: the twelfth class, kingfisher
        QTest::keyClick(canvas, Qt::Key_2);
        drag(canvas, canvas->imageToWidget({120, 90}), canvas->imageToWidget({220, 200}));
        const auto boxes
                = l->window.store()->annotations().annotation(panel->currentAnnotation())->boxes;
        QCOMPARE(boxes.size(), 2);
        const auto taxonomy = *l->window.store()->taxonomy().get();
        QCOMPARE(boxes.at(1).classId, taxonomy.classes.at(11).id);
        QTest::qWait(300);
        QVERIFY(l->window.grab().save(QDir(dir).filePath(QStringLiteral("labeling-queue.png"))));
        // The F1 list with the gestures of drawing and moving, beside it.
        bool shortcutsSaved = false;
        QTimer::singleShot(300, &l->window, [&] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                dialog->resize(640, 700);
                if (auto *table = dialog->findChild<QTableWidget *>())
                    table->scrollToBottom();
                shortcutsSaved = dialog->grab().save(
                        QDir(dir).filePath(QStringLiteral("labeling-shortcuts.png")));
                dialog->close();
            }
        });
        l->window.showShortcuts();
        QVERIFY(shortcutsSaved);

        // The document with its class bar filtered by "/" and a few letters.
        QVERIFY(panel->showTask(3));
        QApplication::setActiveWindow(&l->window);
        QTest::keyClick(panel->textView()->documentWidget(), Qt::Key_Slash);
        QLineEdit *search = panel->textView()->classBar()->searchField();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("er"));
        QTest::qWait(200);
        QVERIFY(l->window.grab().save(QDir(dir).filePath(QStringLiteral("labeling-search.png"))));
    }

    // A rejected answer comes back to its annotator with the reviewer's remark pinned where it
    // points, painted on her canvas; another task shows none.
    void rejectedAnswerShowsThePinnedRemark()
    {
        const QString path = makeProject();
        Id task;
        Id boxId = newId();
        {
            auto store = Project::open(path);
            QVERIFY(store);
            ASSAY_VERIFY_RESULT(
                    (*store)->signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
            task = (*store)->work().queue((*store)->actor().id)->first().id;
            auto a = (*store)->annotations().startAnnotation(task);
            ASSAY_VERIFY_RESULT(a);
            const Id cat = (*store)->taxonomy().get()->classes.first().id;
            ASSAY_VERIFY_RESULT(
                    (*store)->annotations().addBox(a->id, Box{boxId, cat, 40, 30, 200, 150, {}}));
            ASSAY_VERIFY_RESULT((*store)->work().setTaskState(task, TaskState::Done));
        }
        {
            auto store = Project::open(path);
            QVERIFY(store);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("lead")));
            const Id batch = (*store)->work().batches()->first().id;
            ReviewRules rules;
            rules.rate = 1;
            rules.lowAgreement = false;
            rules.seed = 3;
            ASSAY_VERIFY_RESULT((*store)->review().applyRules(batch, rules));
            auto queue = (*store)->review().queue(batch);
            ASSAY_VERIFY_RESULT(queue);
            QCOMPARE(queue->size(), 1);
            ReviewDecision d{queue->first().id, ReviewVerdict::Reject,
                             QStringLiteral("box-too-loose"), QStringLiteral("see the pin")};
            BoxRemark remark;
            remark.boxId = boxId;
            remark.verdict = ReviewVerdict::Reject;
            remark.reasonCode = QStringLiteral("box-too-loose");
            remark.text = QStringLiteral("the tail is outside the box");
            remark.region = QRectF(200, 120, 80, 60);
            d.boxRemarks = {remark};
            ASSAY_VERIFY_RESULT((*store)->review().decide(d));
        }
        auto l = startAlice(path);
        QVERIFY(l);
        app::LabelingPanel *panel = l->panel;
        QCOMPARE(panel->currentIndex(), 0); // the rejected task is open again, first
        QCOMPARE(panel->shownRemarks().size(), 1);
        QCOMPARE(panel->shownRemarks().first().text, QStringLiteral("the tail is outside the box"));
        widgets::ImageCanvas *canvas = panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        // The pin's orange, around the region as the canvas maps it, and nowhere on another task.
        auto orangeAround = [&] {
            const QImage shot = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const QRect where = QRectF(canvas->imageToWidget({200, 120}),
                                       canvas->imageToWidget({280, 180}))
                                        .toAlignedRect()
                                        .adjusted(-4, -4, 4, 4)
                                        .intersected(shot.rect());
            int n = 0;
            for (int y = where.top(); y <= where.bottom(); ++y) {
                for (int x = where.left(); x <= where.right(); ++x) {
                    const QColor c = shot.pixelColor(x, y);
                    n += c.red() >= 240 && c.green() >= 90 && c.green() <= 135 && c.blue() <= 40;
                }
            }
            return n;
        };
        QTRY_VERIFY(orangeAround() > 40);
        QVERIFY(panel->showTask(1));
        QTRY_VERIFY(canvas->isImageShown());
        QVERIFY(panel->shownRemarks().isEmpty());
        QCOMPARE(orangeAround(), 0);
    }

    void queueResumesAtTheFirstOpenTask()
    {
        const QString path = makeProject();
        {
            app::MainWindow w;
            w.show();
            QVERIFY(w.openProject(path));
            QVERIFY(signInAlice(w));
            QVERIFY(w.startLabeling(QStringLiteral("alice")));
            for (int task = 0; task < 2; ++task) {
                QVERIFY(!w.labelingPanel()->next()); // nothing labeled: N asks first
                QVERIFY(w.labelingPanel()->next());
            }
        }
        app::MainWindow again;
        again.show();
        QVERIFY(again.openProject(path));
        // Another window signs in again; her queue resumes where she left it.
        QVERIFY(again.store()->actor().id.isEmpty());
        QVERIFY(signInAlice(again));
        QVERIFY(again.startLabeling());
        QCOMPARE(again.store()->actor().name, QStringLiteral("alice"));
        QCOMPARE(again.labelingPanel()->currentIndex(), 2);
        QCOMPARE(again.labelingPanel()->doneCount(), 2);
    }
};

QTEST_MAIN(tst_Labeling)
#include "tst_labeling.moc"
