// SPDX-License-Identifier: Apache-2.0
// A model's suggestions in the labeling window, offscreen: predictions imported as pre-labels,
// box suggestions accepted, rejected and adjusted with keys and the mouse, class suggestions on
// the image's and a document's class bar, undo and redo — checked in the project store.
#include "app/gui/labelingpanel.h"
#include "app/gui/mainwindow.h"
#include "core/project/services.h"
#include "core/transfer/datasetimport.h"
#include "tests/app/clirunner.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/text/classbar.h"
#include "widgets/text/classsuggestions.h"
#include "widgets/text/textitemview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include <opencv2/imgcodecs.hpp>

using namespace assay;
using namespace assay::core;

class tst_PreLabels : public QObject
{
    Q_OBJECT

private:
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    // Images a.png and b.png (400 × 300), a note; classes cat and dog. The detector suggests
    // three boxes on a.png, the classifier a class for b.png and for the note. Alice has the
    // three tasks in that order.
    QString makeProject()
    {
        const QString path = m_dir->filePath(QStringLiteral("p.assay"));
        cv::imwrite(m_dir->filePath(QStringLiteral("a.png")).toStdString(),
                    cv::Mat(300, 400, CV_8UC3, cv::Scalar(90, 140, 60)));
        cv::imwrite(m_dir->filePath(QStringLiteral("b.png")).toStdString(),
                    cv::Mat(300, 400, CV_8UC3, cv::Scalar(200, 120, 40)));
        write(QStringLiteral("note.txt"), "A cat sat on the windowsill all afternoon.\n");
        write(QStringLiteral("instances.json"),
              "{\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": 400, \"height\": 300},"
              " {\"id\": 2, \"file_name\": \"b.png\", \"width\": 400, \"height\": 300}],"
              " \"categories\": [{\"id\": 1, \"name\": \"cat\"}, {\"id\": 2, \"name\": \"dog\"}],"
              " \"annotations\": []}");
        write(QStringLiteral("detections.json"),
              "[{\"image_id\": 1, \"category_id\": 1, \"bbox\": [40, 30, 120, 90], \"score\": 0.92},"
              " {\"image_id\": 1, \"category_id\": 2, \"bbox\": [220, 150, 100, 80], \"score\": 0.55},"
              " {\"image_id\": 1, \"category_id\": 1, \"bbox\": [250, 20, 60, 50], \"score\": 0.30}]");
        write(QStringLiteral("classes.jsonl"),
              "{\"item\": \"b.png\", \"label\": \"dog\", \"confidence\": 0.81}\n"
              "{\"item\": \"b.png\", \"label\": \"cat\", \"confidence\": 0.12}\n"
              "{\"item\": \"note.txt\", \"label\": \"cat\", \"confidence\": 0.7}\n");

        assay::core::CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        auto created = assay::core::Project::create(path, options);
        if (!created)
            return {};
        auto &store = **created;
        const auto import = [&](const char *file, transfer::ImportOptions options) {
            auto r = transfer::importDataset(store, m_dir->filePath(QLatin1String(file)), options);
            if (!r)
                qWarning("%s", qPrintable(r.error().toString()));
            return bool(r);
        };
        transfer::ImportOptions images;
        images.addClasses = true;
        transfer::ImportOptions boxes;
        boxes.format = QStringLiteral("coco-results");
        boxes.referencePath = m_dir->filePath(QStringLiteral("instances.json"));
        boxes.prelabels = true;
        boxes.model = QStringLiteral("detector");
        transfer::ImportOptions classes;
        classes.prelabels = true;
        classes.model = QStringLiteral("classifier");
        if (!import("instances.json", images) || !import("detections.json", boxes)
            || !import("classes.jsonl", classes))
            return {};
        auto alice = store.people()
                             .addPerson(QStringLiteral("alice"), QStringLiteral("Alice"),
                                        {Role::Annotator},
                                        m_keys.of(QStringLiteral("alice")).publicKeys().toText());
        Batch b;
        b.name = QStringLiteral("first");
        auto batch = store.work().createBatch(b);
        QList<Task> tasks;
        for (const char *name : {"a.png", "b.png", "note.txt"}) {
            const Id item = store.items().findItem(QLatin1String(name))->id;
            tasks.append(Task{{},
                              {},
                              item,
                              alice->id,
                              TaskKind::Production,
                              TaskState::Pending,
                              int(tasks.size())});
        }
        if (!alice || !batch || !store.work().assignTasks(batch->id, tasks))
            return {};
        return path;
    }

    static void drag(QWidget *w, QPointF from, QPointF to,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(w, Qt::LeftButton, modifiers, from.toPoint());
        for (int i = 1; i <= 5; ++i) {
            const QPointF p = from + (to - from) * (i / 5.0);
            QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(w, &move);
        }
        QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, to.toPoint());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    assay::tests::MemoryKeys m_keys;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-prelabels-test"));
        // The fixtures record as several people without their keys: not what the window's check
        // of the log at opening is for (tst_mainwindow tests it on a signed project).
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void boxSuggestionsAcceptRejectAdjustUndo()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
        QVERIFY(w.startLabeling(QStringLiteral("alice")));
        app::LabelingPanel *panel = w.labelingPanel();
        widgets::ImageCanvas *canvas = panel->canvas();
        widgets::SuggestionLayer *layer = panel->boxSuggestions();
        QTRY_VERIFY(canvas->isImageShown());
        assay::core::Project *store = w.store();
        const Id annotation = panel->currentAnnotation();
        const auto stored = [&] {
            return *store->annotations().annotation(annotation);
        };
        const auto taxonomy = *store->taxonomy().get();
        const Id cat = taxonomy.findByName(QStringLiteral("cat"))->id;

        // Three suggestions, best first; nothing is the person's yet.
        QCOMPARE(layer->suggestions().size(), 3);
        const PreLabel best = layer->suggestions().at(0);
        const PreLabel dog = layer->suggestions().at(1);
        const PreLabel last = layer->suggestions().at(2);
        QCOMPARE(*best.score, 0.92);
        QCOMPARE(*dog.box, QRectF(220, 150, 100, 80));
        QVERIFY(stored().boxes.isEmpty());
        QVERIFY(panel->action(app::LabelingPanel::Action::AcceptSuggestion)->isEnabled());

        // A accepts the best one: a real box, selected, with where it came from.
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_A);
        QCOMPARE(stored().boxes.size(), 1);
        const Box accepted = stored().boxes.first();
        QCOMPARE(accepted.classId, cat);
        QCOMPARE(QRectF(accepted.x, accepted.y, accepted.w, accepted.h), QRectF(40, 30, 120, 90));
        QCOMPARE(accepted.attributes.value(QLatin1String("prelabel")).toString(), best.id);
        QCOMPARE(accepted.attributes.value(QLatin1String("model")).toString(),
                 QStringLiteral("detector"));
        QCOMPARE(accepted.attributes.value(QLatin1String("score")).toDouble(), 0.92);
        QCOMPARE(canvas->selectedBox(), accepted.id);
        QCOMPARE(layer->suggestions().size(), 2);

        // A click on the dog suggestion's dashed line selects it; Delete rejects it, and the
        // next one in line is selected.
        const QRectF dogRect = layer->suggestionRect(dog.id);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                          QPointF(dogRect.center().x(), dogRect.top()).toPoint());
        QCOMPARE(layer->selected(), dog.id);
        QVERIFY(canvas->selectedBox().isEmpty());
        QTest::keyClick(canvas, Qt::Key_Delete);
        QCOMPARE(store->annotations().preLabelDecisions(annotation)->value(dog.id),
                 QStringLiteral("rejected"));
        QCOMPARE(stored().boxes.size(), 1); // Delete took no box with it
        QCOMPARE(layer->suggestions().size(), 1);
        QCOMPARE(layer->selected(), last.id);

        // The accepted box, moved with the mouse (Ctrl + drag inside it), is marked adjusted.
        const QPointF centre = canvas->imageToWidget({100, 75});
        drag(canvas, centre,
             centre + canvas->imageToWidget({30, 20}) - canvas->imageToWidget({0, 0}),
             Qt::ControlModifier);
        const Box moved = stored().boxes.first();
        QVERIFY2(qAbs(moved.x - 70) < 2 && qAbs(moved.y - 50) < 2,
                 qPrintable(QStringLiteral("%1 %2").arg(moved.x).arg(moved.y)));
        QCOMPARE(moved.attributes.value(QLatin1String("prelabel_adjusted")), QJsonValue(true));

        // Undo walks back to the start, redo to the end; the store follows every step.
        QUndoStack *undo = canvas->undoStack();
        QCOMPARE(undo->count(), 3);
        // Steps: 1 accepted, 2 also rejected, 3 the move (the decisions stay at 2).
        for (int step = 2; step >= 0; --step) {
            QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
            const Annotation a = stored();
            QCOMPARE(undo->index(), step);
            QCOMPARE(store->annotations().preLabelDecisions(annotation)->size(), std::min(step, 2));
            QCOMPARE(a.boxes.size(), step == 0 ? 0 : 1);
            QCOMPARE(layer->suggestions().size(), 3 - std::min(step, 2));
            if (step >= 1)
                QVERIFY(!a.boxes.first().attributes.contains(QLatin1String("prelabel_adjusted")));
        }
        for (int step = 1; step <= 3; ++step) {
            QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            const Annotation a = stored();
            QCOMPARE(store->annotations().preLabelDecisions(annotation)->size(), std::min(step, 2));
            QCOMPARE(a.boxes.size(), 1);
            QCOMPARE(a.boxes.first().id, accepted.id);
            QCOMPARE(a.boxes.first().attributes.contains(QLatin1String("prelabel_adjusted")),
                     step == 3);
        }
        QCOMPARE(stored().boxes.first(), moved);

        // Shift+A accepts what is left, as one step and one event.
        const qint64 seq = store->logHead()->seq;
        QTest::keyClick(canvas, Qt::Key_A, Qt::ShiftModifier);
        QCOMPARE(stored().boxes.size(), 2);
        QCOMPARE(undo->count(), 4);
        QCOMPARE(store->logHead()->seq, seq + 1);
        QCOMPARE(store->events(seq + 1, 1)->first().kind, QStringLiteral("annotation.edited"));
        QVERIFY(layer->suggestions().isEmpty());
        QVERIFY(!panel->action(app::LabelingPanel::Action::AcceptSuggestion)->isEnabled());

        // Figures per model (a lead's to read), and the log reproduces it all.
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));
        const auto figures = *store->annotations().preLabelFigures();
        const auto detector = std::find_if(figures.begin(), figures.end(), [](const auto &f) {
            return f.model == QLatin1String("detector");
        });
        QVERIFY(detector != figures.end());
        QCOMPARE(detector->acceptedAsIs, 1);
        QCOMPARE(detector->adjusted, 1);
        QCOMPARE(detector->rejected, 1);
        const Annotation before = stored();
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(stored().boxes, before.boxes);
        QCOMPARE(store->annotations().preLabelDecisions(annotation)->size(), 3);
        QVERIFY(store->verifyLog()->intact);
    }

    void classSuggestionsOnTheClassBars()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        w.resize(1100, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
        QVERIFY(w.startLabeling(QStringLiteral("alice")));
        app::LabelingPanel *panel = w.labelingPanel();
        assay::core::Project *store = w.store();
        const auto taxonomy = *store->taxonomy().get();
        const Id cat = taxonomy.findByName(QStringLiteral("cat"))->id;
        const Id dog = taxonomy.findByName(QStringLiteral("dog"))->id;

        // b.png: the image's class bar marks both suggested classes with their scores.
        QVERIFY(!panel->next()); // nothing labeled on a.png: N asks first
        QVERIFY(panel->next());
        QTRY_VERIFY(panel->canvas()->isImageShown());
        widgets::ClassBar *bar = panel->imageClassBar();
        const Id image = panel->currentAnnotation();
        QVERIFY(panel->boxSuggestions()->suggestions().isEmpty());
        QCOMPARE(panel->classSuggestions()->suggestions().size(), 2);
        QVERIFY(bar->button(dog)->isSuggested());
        QCOMPARE(bar->button(dog)->suggestionBadge(), QLocale().toString(0.81, 'f', 2));
        QVERIFY(bar->button(cat)->isSuggested());
        QVERIFY(bar->button(dog)->toolTip().contains(QLatin1String("classifier")));

        // A accepts the best one; with one class per image, the other suggestion ends too.
        panel->canvas()->setFocus();
        QTest::keyClick(panel->canvas(), Qt::Key_A);
        QCOMPARE(store->annotations().annotation(image)->classIds, QStringList{dog});
        QVERIFY(bar->button(dog)->isChecked());
        QVERIFY(!bar->button(dog)->isSuggested());
        QVERIFY(!bar->button(cat)->isSuggested());
        QVERIFY(panel->classSuggestions()->suggestions().isEmpty());
        panel->canvas()->undoStack()->undo();
        QCOMPARE(store->annotations().annotation(image)->classIds, QStringList{});
        QVERIFY(bar->button(dog)->isSuggested());
        QVERIFY(store->annotations().preLabelDecisions(image)->isEmpty());
        panel->canvas()->undoStack()->redo();
        QCOMPARE(store->annotations().annotation(image)->classIds, QStringList{dog});
        QCOMPARE(store->annotations().preLabelDecisions(image)->size(), 1);

        // The note: R rejects the suggestion on the document's class bar.
        QVERIFY(panel->next());
        QCOMPARE(panel->currentItem().kind, ItemKind::Text);
        widgets::ClassBar *textBar = panel->textView()->classBar();
        const Id note = panel->currentAnnotation();
        QVERIFY(textBar->button(cat)->isSuggested());
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget()
                                                     : static_cast<QWidget *>(panel->textView());
        QTest::keyClick(focus, Qt::Key_R);
        QCOMPARE(store->annotations().preLabelDecisions(note)->size(), 1);
        QCOMPARE(store->annotations().preLabelDecisions(note)->begin().value(),
                 QStringLiteral("rejected"));
        QVERIFY(!textBar->button(cat)->isSuggested());
        QCOMPARE(store->annotations().annotation(note)->classIds, QStringList{});
        panel->textView()->undoStack()->undo();
        QVERIFY(textBar->button(cat)->isSuggested());
        QVERIFY(store->annotations().preLabelDecisions(note)->isEmpty());

        // A accepts it, and sets the class.
        QTest::keyClick(focus, Qt::Key_A);
        QCOMPARE(store->annotations().annotation(note)->classIds, QStringList{cat});
        QCOMPARE(store->annotations().preLabelDecisions(note)->begin().value(),
                 QStringLiteral("accepted"));
        QVERIFY(store->verifyLog()->intact);
    }

    // With ASSAY_SCREENSHOT_DIR set: docs/screenshots/prelabels.png, a detector's suggestions on
    // a photograph of the demo media, one accepted, one selected.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        const QString photo = qEnvironmentVariable("ASSAY_TEST_FIXTURES")
                              + QStringLiteral("/../../demo/media/images/fruits.jpg");
        if (dir.isEmpty() || !QFile::exists(photo))
            QSKIP("set ASSAY_SCREENSHOT_DIR to save the screenshot");
        QVERIFY(QFile::copy(photo, m_dir->filePath(QStringLiteral("fruits.jpg"))));
        write(QStringLiteral("instances.json"),
              "{\"images\": [{\"id\": 1, \"file_name\": \"fruits.jpg\", \"width\": 512, \"height\": 480}],"
              " \"categories\": [{\"id\": 1, \"name\": \"orange\"}, {\"id\": 2, \"name\": \"lime\"},"
              " {\"id\": 3, \"name\": \"lemon\"}, {\"id\": 4, \"name\": \"kiwi\"},"
              " {\"id\": 5, \"name\": \"fruit\"}, {\"id\": 6, \"name\": \"vegetable\"}],"
              " \"annotations\": []}");
        write(QStringLiteral("detections.json"),
              "[{\"image_id\": 1, \"category_id\": 1, \"bbox\": [74, 42, 272, 410], \"score\": 0.94},"
              " {\"image_id\": 1, \"category_id\": 2, \"bbox\": [322, 122, 189, 200], \"score\": 0.88},"
              " {\"image_id\": 1, \"category_id\": 3, \"bbox\": [318, 248, 193, 231], \"score\": 0.71},"
              " {\"image_id\": 1, \"category_id\": 4, \"bbox\": [0, 275, 120, 204], \"score\": 0.63},"
              " {\"image_id\": 1, \"category_id\": 1, \"bbox\": [0, 0, 142, 102], \"score\": 0.46}]");
        write(QStringLiteral("classes.jsonl"),
              "{\"item\": \"fruits.jpg\", \"label\": \"fruit\", \"confidence\": 0.97}\n"
              "{\"item\": \"fruits.jpg\", \"label\": \"vegetable\", \"confidence\": 0.03}\n");
        const QString path = m_dir->filePath(QStringLiteral("fruits.assay"));
        {
            assay::core::CreateOptions options;
            options.name = QStringLiteral("Fruit");
            options.ownerName = QStringLiteral("lead");
            auto created = assay::core::Project::create(path, options);
            ASSAY_VERIFY_RESULT(created);
            auto &store = **created;
            transfer::ImportOptions images;
            images.addClasses = true;
            ASSAY_VERIFY_RESULT(
                    transfer::importDataset(store, m_dir->filePath(QStringLiteral("instances.json")),
                                            images));
            transfer::ImportOptions boxes;
            boxes.format = QStringLiteral("coco-results");
            boxes.referencePath = m_dir->filePath(QStringLiteral("instances.json"));
            boxes.prelabels = true;
            boxes.model = QStringLiteral("fruit-detector-v3");
            ASSAY_VERIFY_RESULT(
                    transfer::importDataset(store,
                                            m_dir->filePath(QStringLiteral("detections.json")),
                                            boxes));
            transfer::ImportOptions classes;
            classes.prelabels = true;
            classes.model = QStringLiteral("scene-classifier");
            ASSAY_VERIFY_RESULT(
                    transfer::importDataset(store, m_dir->filePath(QStringLiteral("classes.jsonl")),
                                            classes));
            auto alice = store.people().addPerson(
                    QStringLiteral("alice"), QStringLiteral("Alice Annotator"), {Role::Annotator},
                    m_keys.of(QStringLiteral("alice")).publicKeys().toText());
            ASSAY_VERIFY_RESULT(alice);
            Batch b;
            b.name = QStringLiteral("first");
            auto batch = store.work().createBatch(b);
            ASSAY_VERIFY_RESULT(batch);
            const Id item = store.items().findItem(QStringLiteral("fruits.jpg"))->id;
            ASSAY_VERIFY_RESULT(store.work().assignTasks(
                    batch->id,
                    {Task{{}, {}, item, alice->id, TaskKind::Production, TaskState::Pending, 0}}));
        }
        app::MainWindow w;
        w.resize(1180, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(path));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
        QVERIFY(w.startLabeling(QStringLiteral("alice")));
        app::LabelingPanel *panel = w.labelingPanel();
        widgets::ImageCanvas *canvas = panel->canvas();
        widgets::SuggestionLayer *layer = panel->boxSuggestions();
        QTRY_VERIFY(canvas->isImageShown());
        canvas->setFocus();
        QVERIFY(panel->acceptSuggestion()); // the orange slice
        QCOMPARE(layer->suggestions().size(), 4);
        layer->select(layer->suggestions().at(1).id); // the lemon
        QTest::qWait(100);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("prelabels.png"))));
    }

    // "assay prelabels" prints the figures per model.
    void figuresOnTheCommandLine()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        {
            auto store = assay::core::Project::open(path);
            ASSAY_VERIFY_RESULT(store);
            QVERIFY((*store)->setActor(QStringLiteral("alice")));
            const Task first = (*store)->work().queue((*store)->actor().id)->first();
            const Id annotation = (*store)->annotations().startAnnotation(first.id)->id;
            const QList<PreLabel> open = *(*store)->annotations().openPreLabels(annotation);
            ASSAY_VERIFY_RESULT(
                    (*store)->annotations().acceptBoxPreLabel(annotation, open.at(0).id, newId()));
            ASSAY_VERIFY_RESULT((*store)->annotations().rejectPreLabel(annotation, open.at(1).id));
            // The figures are everyone's decisions: the lead reads them, with her key.
            QVERIFY((*store)->setActor(QStringLiteral("lead")));
            ASSAY_VERIFY_RESULT((*store)->people().setKey(QStringLiteral("lead"),
                                                          assay::tests::TestKeys::shared().publicKey(
                                                                  QStringLiteral("lead"))));
        }
        assay::tests::CliOptions asLead;
        asLead.as = QStringLiteral("lead");
        const auto refused = assay::tests::runAssay({QStringLiteral("prelabels"), path,
                                                     QStringLiteral("--json"),
                                                     QStringLiteral("--as"),
                                                     QStringLiteral("alice")},
                                                    {});
        QCOMPARE(refused.status, 1);
        const auto run = assay::tests::runAssay({QStringLiteral("prelabels"), path,
                                                 QStringLiteral("--json")},
                                                asLead);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonArray models = run.json().value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject detector = models.at(1).toObject();
        QCOMPARE(detector.value(QLatin1String("model")).toString(), QStringLiteral("detector"));
        QCOMPARE(detector.value(QLatin1String("suggestions")).toInt(), 3);
        QCOMPARE(detector.value(QLatin1String("accepted_as_is")).toInt(), 1);
        QCOMPARE(detector.value(QLatin1String("rejected")).toInt(), 1);
        QCOMPARE(detector.value(QLatin1String("adjusted")).toInt(), 0);
        QCOMPARE(models.at(0).toObject().value(QLatin1String("suggestions")).toInt(), 3);

        const auto plain = assay::tests::runAssay({QStringLiteral("prelabels"), path}, asLead);
        QCOMPARE(plain.status, 0);
        const QString text = plain.out;
        QVERIFY2(text.contains(QLatin1String("detector")), qPrintable(text));
    }

    // The shortcuts dialog lists the suggestion keys.
    void shortcutsAreListed()
    {
        app::MainWindow w;
        app::LabelingPanel *panel = w.labelingPanel();
        QCOMPARE(panel->action(app::LabelingPanel::Action::AcceptSuggestion)->shortcut(),
                 QKeySequence(Qt::Key_A));
        QCOMPARE(panel->action(app::LabelingPanel::Action::AcceptAllSuggestions)->shortcut(),
                 QKeySequence(Qt::SHIFT | Qt::Key_A));
        QCOMPARE(panel->action(app::LabelingPanel::Action::RejectSuggestion)->shortcut(),
                 QKeySequence(Qt::Key_R));
        QVERIFY(panel->action(app::LabelingPanel::Action::AcceptSuggestion)
                        ->toolTip()
                        .contains(QLatin1String("(A)")));
    }
};

QTEST_MAIN(tst_PreLabels)
#include "tst_prelabels.moc"
