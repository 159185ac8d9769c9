// SPDX-License-Identifier: Apache-2.0
// The annotation session with real views over a real project, offscreen: every edit kind undone
// and redone with the canvas, box list, class bar and suggestions in step; composite gestures as
// one event and one undo step; changes made through another connection read in.
#include "core/identity/keystore.h"
#include "core/project/logwatcher.h"
#include "core/project/services.h"
#include "tests/core/annotation/annotationtestproject.h"
#include "tests/testutil.h"
#include "widgets/canvas/boxlistmodel.h"
#include "widgets/canvas/boxlistwidget.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/session/annotationsession.h"
#include "widgets/text/classbar.h"
#include "widgets/text/classsuggestions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace assay;
using namespace assay::core;
using namespace assay::widgets;

// The store as the session's editor, counting the reads of the annotation.
class CountingEditor final : public IAnnotationEditor
{
public:
    explicit CountingEditor(IAnnotationEditor *store)
        : m_store(store)
    {}
    Result<Annotation> annotation(const Id &id) const override
    {
        ++reads;
        return m_store->annotation(id);
    }
    Status addBox(const Id &a, const Box &b) override { return m_store->addBox(a, b); }
    Status updateBox(const Id &a, const Box &b) override { return m_store->updateBox(a, b); }
    Status removeBox(const Id &a, const Id &b) override { return m_store->removeBox(a, b); }
    Status setClasses(const Id &a, const QStringList &c) override
    {
        return m_store->setClasses(a, c);
    }
    Status applyEdits(const Id &a, const QList<AnnotationEdit> &e) override
    {
        return m_store->applyEdits(a, e);
    }
    mutable int reads = 0;

private:
    IAnnotationEditor *m_store;
};

class tst_AnnotationSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyEditUndoneAndRedoneWithViewsInStep();
    void ownEditIsReadBackOnceAndNotReloaded();
    void acceptAllIsOneEventAndOneUndoStep();
    void heldArrowIsOneEventAndOneUndoStep();
    void heldArrowGestureEndsAfterHalfASecond();
    void dragIsOneEventAndOneUndoStep();
    void changeThroughAnotherConnectionRefreshesTheView();
    void commandLineImportRefreshesTheSuggestions();
    void refusedCompositeLeavesNoStep();

private:
    QPoint at(double x, double y) const { return m_canvas->imageToWidget({x, y}).toPoint(); }
    void drag(const QPoint &from, const QPoint &to,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_canvas, key, modifiers);
    }
    void sendKey(QEvent::Type type, Qt::Key key, bool autoRepeat)
    {
        QKeyEvent event(type, key, Qt::NoModifier, QString(), autoRepeat);
        QApplication::sendEvent(m_canvas, &event);
    }
    Annotation stored() const { return *m_p.project->annotations().annotation(m_p.annotationA); }
    qint64 head() const { return m_p.project->logHead()->seq; }
    QString lastKind() const { return m_p.project->events(head(), 1)->first().kind; }
    void checkViewsFollowTheStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    test::AnnotationTestProject m_p;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<CountingEditor> m_editor;
    AnnotationSession *m_session = nullptr;
    ImageCanvas *m_canvas = nullptr;
    BoxListWidget *m_list = nullptr;
    ClassBar *m_bar = nullptr;
    SuggestionLayer *m_layer = nullptr;
    ClassSuggestions *m_classSuggestions = nullptr;
    LogWatcher *m_watcher = nullptr;
};

void tst_AnnotationSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_p = test::makeAnnotationTestProject(m_dir->path());
    QVERIFY(m_p.project);
    m_editor = std::make_unique<CountingEditor>(&m_p.project->annotations());
    // The labeling page as the panel builds it: one session shown by every view.
    m_window = std::make_unique<QWidget>();
    m_session = new AnnotationSession(m_window.get());
    m_canvas = new ImageCanvas(m_window.get());
    m_list = new BoxListWidget(m_window.get());
    m_bar = new ClassBar(m_window.get());
    m_canvas->setSession(m_session);
    m_canvas->setFitMargin(0);
    m_list->setCanvas(m_canvas);
    new QAbstractItemModelTester(m_list->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_list);
    m_bar->setSession(m_session);
    m_bar->setProvidesUndo(false);
    m_bar->setHotkeyModifiers(Qt::ShiftModifier);
    m_layer = new SuggestionLayer(m_canvas);
    m_classSuggestions = new ClassSuggestions(m_bar);
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_bar);
    auto *row = new QHBoxLayout;
    row->addWidget(m_canvas, 1);
    row->addWidget(m_list);
    layout->addLayout(row, 1);
    m_watcher = new LogWatcher(&m_p.project->store(), m_window.get());
    m_watcher->setPollInterval(20);
    QVERIFY(!m_watcher->error());
    connect(m_watcher, &LogWatcher::eventsAppended, m_session, &AnnotationSession::eventsAppended);

    const Taxonomy taxonomy = *m_p.project->taxonomy().get();
    m_canvas->setTaxonomy(taxonomy);
    m_bar->setTaxonomy(taxonomy);
    m_session->setAnnotationEditor(m_editor.get());
    m_session->setPreLabelEditor(&m_p.project->annotations());
    m_window->resize(1000, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_canvas->setImage(QDir(m_dir->path()).filePath(QStringLiteral("a.png")));
    m_session->setAnnotation(m_p.annotationA);
    QTRY_VERIFY(m_canvas->isImageShown());
    m_canvas->setFocus();
    QCOMPARE(m_layer->suggestions().size(), 3);
}

void tst_AnnotationSession::cleanup()
{
    m_window.reset();
    m_editor.reset();
    m_p = {};
}

void tst_AnnotationSession::drag(const QPoint &from, const QPoint &to,
                                 Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(m_canvas, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(m_canvas, from + (to - from) * i / 6);
    QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::NoModifier, to);
}

// The session, the canvas, the box list and the class bar show exactly what the store holds, in
// its order; the suggestion layer shows its open box suggestions.
void tst_AnnotationSession::checkViewsFollowTheStore()
{
    const Annotation a = stored();
    QCOMPARE(m_session->boxes(), a.boxes);
    QCOMPARE(m_canvas->boxes(), a.boxes);
    QCOMPARE(m_session->classes(), a.classIds);
    QCOMPARE(m_bar->classes(), a.classIds);
    for (const TaxonomyClass &c : m_bar->taxonomy().classes)
        QCOMPARE(m_bar->button(c.id)->isChecked(), a.classIds.contains(c.id));
    BoxListModel *model = m_list->model();
    QCOMPARE(model->rowCount(), a.boxes.size());
    for (int row = 0; row < a.boxes.size(); ++row) {
        const QModelIndex index = model->index(row);
        QCOMPARE(index.data(BoxListModel::BoxIdRole).toString(), a.boxes.at(row).id);
        QCOMPARE(index.data(BoxListModel::RectRole).toRectF(),
                 QRectF(a.boxes.at(row).x, a.boxes.at(row).y, a.boxes.at(row).w, a.boxes.at(row).h));
        QCOMPARE(index.data(BoxListModel::ClassIdRole).toString(), a.boxes.at(row).classId);
    }
    const auto open = *m_p.project->annotations().openPreLabels(m_p.annotationA);
    QCOMPARE(m_session->suggestions().size(), open.size());
    const auto boxSuggestions = std::count_if(open.cbegin(), open.cend(),
                                              [](const PreLabel &p) { return bool(p.box); });
    QCOMPARE(m_layer->suggestions().size(), boxSuggestions);
}

void tst_AnnotationSession::everyEditUndoneAndRedoneWithViewsInStep()
{
    // A state is the store's boxes (by id: an undone deletion puts a box back at the end), its
    // classes and its decisions on suggestions.
    struct State
    {
        QList<Box> boxes;
        QStringList classes;
        QHash<Id, QString> decisions;
        bool operator==(const State &o) const
        {
            return boxes == o.boxes && classes == o.classes && decisions == o.decisions;
        }
    };
    const auto state = [this] {
        State s{stored().boxes, stored().classIds,
                *m_p.project->annotations().preLabelDecisions(m_p.annotationA)};
        std::sort(s.boxes.begin(), s.boxes.end(),
                  [](const Box &l, const Box &r) { return l.id < r.id; });
        return s;
    };
    QList<State> states{state()};
    QStringList texts;
    const auto step = [&] {
        checkViewsFollowTheStore();
        states.append(state());
        QVERIFY2(!(states.last() == states.at(states.size() - 2)), "an edit that changed nothing");
        texts.append(m_session->undoStack()->undoText());
    };

    drag(at(20, 200), at(120, 280)); // draw a box
    step();
    QVERIFY(m_layer->acceptCurrent()); // accept the best suggestion: a box, selected
    step();
    drag(at(100, 75), at(110, 85), Qt::ControlModifier); // move the accepted box
    step();
    drag(at(170, 130), at(190, 140)); // resize it by its bottom-right handle
    step();
    key(Qt::Key_2); // give it the class dog
    step();
    key(Qt::Key_Right); // nudge it
    step();
    m_bar->toggleClass(m_p.cat); // the image's class
    step();
    QVERIFY(m_layer->rejectCurrent()); // reject the next suggestion
    step();
    QVERIFY(m_session->applyEdits(QStringLiteral("Accept all"), m_layer->acceptAllEdits()));
    step();
    m_canvas->selectBox(m_canvas->boxes().first().id); // delete the drawn box
    key(Qt::Key_Delete);
    step();

    QUndoStack *stack = m_session->undoStack();
    QCOMPARE(stack->count(), states.size() - 1);
    QCOMPARE(texts.at(1), QStringLiteral("Accept suggested box"));
    QCOMPARE(texts.at(3), QStringLiteral("Resize box"));
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(state() == states.at(i));
        checkViewsFollowTheStore();
    }
    QVERIFY(!stack->canUndo());
    for (int i = 1; i < states.size(); ++i) {
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(state() == states.at(i));
        checkViewsFollowTheStore();
    }
    QVERIFY(!stack->canRedo());
    QVERIFY(m_p.project->verifyLog()->intact);
}

// The view that made an edit does not reload: the session reads the saved annotation back once,
// and tells every view what changed.
void tst_AnnotationSession::ownEditIsReadBackOnceAndNotReloaded()
{
    QSignalSpy elsewhere(m_session, &AnnotationSession::changedElsewhere);
    QSignalSpy resets(m_session, &AnnotationSession::annotationReset);
    QSignalSpy added(m_session, &AnnotationSession::boxAdded);
    m_editor->reads = 0;
    drag(at(20, 200), at(120, 280));
    QCOMPARE(m_editor->reads, 1);
    QCOMPARE(added.size(), 1);
    m_editor->reads = 0;
    key(Qt::Key_2);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->reads, 2);
    QTest::qWait(100); // more than the watcher's poll
    QCOMPARE(elsewhere.size(), 0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_session->undoStack()->count(), 2);
}

void tst_AnnotationSession::acceptAllIsOneEventAndOneUndoStep()
{
    const qint64 before = head();
    QVERIFY(m_session->applyEdits(QStringLiteral("Accept all suggestions"),
                                  m_layer->acceptAllEdits()));
    QCOMPARE(head(), before + 1);
    QCOMPARE(lastKind(), QStringLiteral("annotation.edited"));
    QCOMPARE(stored().boxes.size(), 3);
    QCOMPARE(m_list->model()->rowCount(), 3);
    QVERIFY(m_layer->suggestions().isEmpty());
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undo();
    QCOMPARE(head(), before + 2); // the undo is one event too
    QCOMPARE(lastKind(), QStringLiteral("annotation.edited"));
    QVERIFY(stored().boxes.isEmpty());
    QCOMPARE(m_layer->suggestions().size(), 3);
    checkViewsFollowTheStore();
    m_session->redo();
    QCOMPARE(head(), before + 3);
    checkViewsFollowTheStore();
}

void tst_AnnotationSession::heldArrowIsOneEventAndOneUndoStep()
{
    drag(at(20, 200), at(120, 280));
    const Box box = stored().boxes.first();
    QCOMPARE(m_canvas->selectedBox(), box.id);
    const qint64 before = head();
    // A held key: one press, auto-repeated presses, one release.
    sendKey(QEvent::KeyPress, Qt::Key_Right, false);
    for (int i = 0; i < 9; ++i)
        sendKey(QEvent::KeyPress, Qt::Key_Right, true);
    // Shown while held, saved when let go.
    QCOMPARE(m_canvas->boxes().first().x, box.x + 10);
    QCOMPARE(m_list->model()->index(0).data(BoxListModel::RectRole).toRectF().x(), box.x + 10);
    QCOMPARE(head(), before);
    sendKey(QEvent::KeyRelease, Qt::Key_Right, false);
    QCOMPARE(head(), before + 1);
    QCOMPARE(lastKind(), QStringLiteral("annotation.box_updated"));
    QCOMPARE(stored().boxes.first().x, box.x + 10);
    QCOMPARE(m_session->undoStack()->count(), 2);
    m_session->undo();
    QCOMPARE(stored().boxes.first(), box);
    QCOMPARE(head(), before + 2);
    checkViewsFollowTheStore();
}

void tst_AnnotationSession::heldArrowGestureEndsAfterHalfASecond()
{
    drag(at(20, 200), at(120, 280));
    const Box box = stored().boxes.first();
    const qint64 before = head();
    sendKey(QEvent::KeyPress, Qt::Key_Down, false);
    sendKey(QEvent::KeyPress, Qt::Key_Down, true);
    sendKey(QEvent::KeyPress, Qt::Key_Down, true);
    QVERIFY(m_session->isGestureOpen());
    // The release never comes (the focus went to another program): the pause ends the gesture.
    QTRY_COMPARE_WITH_TIMEOUT(head(), before + 1, 2000);
    QVERIFY(!m_session->isGestureOpen());
    QCOMPARE(stored().boxes.first().y, box.y + 3);
    // Repeats after the pause are a gesture of their own.
    sendKey(QEvent::KeyPress, Qt::Key_Down, true);
    sendKey(QEvent::KeyRelease, Qt::Key_Down, false);
    QCOMPARE(head(), before + 2);
    QCOMPARE(stored().boxes.first().y, box.y + 4);
    QCOMPARE(m_session->undoStack()->count(), 3);
}

void tst_AnnotationSession::dragIsOneEventAndOneUndoStep()
{
    drag(at(20, 200), at(120, 280));
    const Box box = stored().boxes.first();
    qint64 before = head();
    drag(at(70, 240), at(170, 250), Qt::ControlModifier); // a move, six mouse moves
    QCOMPARE(head(), before + 1);
    QVERIFY(qAbs(stored().boxes.first().x - (box.x + 100)) < 2);
    before = head();
    drag(at(220, 290), at(260, 295)); // a resize by the bottom-right handle
    QCOMPARE(head(), before + 1);
    QVERIFY(qAbs(stored().boxes.first().w - (box.w + 40)) < 2); // widget pixels at this zoom
    QCOMPARE(m_session->undoStack()->count(), 3);
    checkViewsFollowTheStore();
}

// Another window or process edits the annotation shown: the views follow, and the undo history,
// which no longer describes the annotation, is cleared. A change that leaves the content alone
// keeps it.
void tst_AnnotationSession::changeThroughAnotherConnectionRefreshesTheView()
{
    QSignalSpy elsewhere(m_session, &AnnotationSession::changedElsewhere);
    drag(at(20, 200), at(120, 280));
    QCOMPARE(m_session->undoStack()->count(), 1);

    auto other = Project::open(m_p.path);
    ASSAY_VERIFY_RESULT(other);
    QVERIFY((*other)->setActor(QStringLiteral("alice")));
    Box box;
    box.id = newId();
    box.classId = m_p.dog;
    box.x = 300;
    box.y = 200;
    box.w = 60;
    box.h = 50;
    ASSAY_VERIFY_RESULT((*other)->annotations().addBox(m_p.annotationA, box));
    ASSAY_VERIFY_RESULT((*other)->annotations().setClasses(m_p.annotationA, {m_p.dog}));
    QTRY_COMPARE(m_canvas->boxes().size(), 2);
    QCOMPARE(m_canvas->boxes().last(), box);
    QCOMPARE(m_list->model()->rowCount(), 2);
    QTRY_COMPARE(m_bar->classes(), QStringList{m_p.dog});
    QVERIFY(m_bar->button(m_p.dog)->isChecked());
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!elsewhere.isEmpty());
    checkViewsFollowTheStore();

    key(Qt::Key_Delete); // the drawn box, still selected
    QCOMPARE(m_session->undoStack()->count(), 1);
    const int seen = int(elsewhere.size());
    ASSAY_VERIFY_RESULT((*other)->annotations().addTimeSpent(m_p.annotationA, 1000));
    QTRY_COMPARE(elsewhere.size(), seen + 1);
    QCOMPARE(m_session->undoStack()->count(), 1);
    // A suggestion decided elsewhere leaves the layer.
    const PreLabel best = m_layer->suggestions().first();
    ASSAY_VERIFY_RESULT((*other)->annotations().rejectPreLabel(m_p.annotationA, best.id));
    QTRY_COMPARE(m_layer->suggestions().size(), 2);
    checkViewsFollowTheStore();
}

// `assay import` run on the project file while the view is open: the new suggestion shows.
void tst_AnnotationSession::commandLineImportRefreshesTheSuggestions()
{
    core::interchange::test::writeFixture(
            m_dir->path(), QStringLiteral("more.jsonl"),
            "{\"item\": \"a.png\", \"label\": \"dog\", \"confidence\": 0.6}\n");
    // The import is recorded for lead, signed in with a key registered for them here, kept in
    // a key store of the test's own and unlocked with a passphrase file.
    auto leadKeys = core::identity::SecretKeys::generate();
    ASSAY_VERIFY_RESULT(leadKeys);
    const QString config = m_dir->filePath(QStringLiteral("config"));
    const core::identity::KeyStore keys(config + QStringLiteral("/assay/keys"));
    ASSAY_VERIFY_RESULT(keys.save(QStringLiteral("lead"), *leadKeys, "lead's passphrase"));
    ASSAY_VERIFY_RESULT(m_p.project->setActor(QStringLiteral("lead")));
    ASSAY_VERIFY_RESULT(
            m_p.project->people().setKey(QStringLiteral("lead"), leadKeys->publicKeys().toText()));
    ASSAY_VERIFY_RESULT(m_p.project->setActor(QStringLiteral("alice")));
    const QString passphrase = m_dir->filePath(QStringLiteral("passphrase"));
    QFile file(passphrase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("lead's passphrase\n");
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("ASSAY_PASSPHRASE_FILE"), passphrase);
    env.insert(QStringLiteral("ASSAY_USER"), QStringLiteral("lead"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess assay;
    assay.setProcessEnvironment(env);
    assay.start(QStringLiteral(ASSAY_PATH),
                {QStringLiteral("import"), m_p.path, m_dir->filePath(QStringLiteral("more.jsonl")),
                 QStringLiteral("--prelabels"), QStringLiteral("--model"), QStringLiteral("m2")});
    QVERIFY(assay.waitForFinished(30000));
    QVERIFY2(assay.exitCode() == 0, assay.readAllStandardError().constData());
    QTRY_COMPARE(m_session->suggestions().size(), 4);
    QTRY_COMPARE(m_classSuggestions->suggestions().size(), 1);
    QVERIFY(m_bar->button(m_p.dog)->isSuggested());
    QCOMPARE(m_layer->suggestions().size(), 3);
}

void tst_AnnotationSession::refusedCompositeLeavesNoStep()
{
    QSignalSpy failed(m_session, &AnnotationSession::editFailed);
    const PreLabel best = m_layer->suggestions().first();
    ASSAY_VERIFY_RESULT(m_p.project->annotations().rejectPreLabel(m_p.annotationA,
                                                                  best.id)); // unseen by the view
    const qint64 before = head();
    QVERIFY(!m_session->applyEdits(QStringLiteral("Accept all"),
                                   {AnnotationEdit::acceptBoxPreLabel(best.id, newId())}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(head(), before);
    QCOMPARE(m_session->undoStack()->count(), 0);
    checkViewsFollowTheStore();
}

QTEST_MAIN(tst_AnnotationSession)
#include "tst_annotationsession.moc"
