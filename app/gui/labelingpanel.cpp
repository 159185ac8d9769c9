// SPDX-License-Identifier: Apache-2.0
// Labeling panel: queue navigation over the store; every edit is saved by the views at once.
#include "app/gui/labelingpanel.h"
#include "app/gui/pyramidbuilder.h"

#include "app/gui/permissionhint.h"
#include "app/gui/queuestrip.h"
#include "core/domain/classkeys.h"
#include "core/media/previewcache.h"
#include "core/media/pyramidcache.h"
#include "core/media/tilesource.h"
#include "core/project/logwatcher.h"
#include "core/project/services.h"
#include "widgets/audio/audioitemview.h"
#include "widgets/canvas/boxlistwidget.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/prefetcher.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/canvas/tiledimage.h"
#include "widgets/review/remarkpins.h"
#include "widgets/session/annotationsession.h"
#include "widgets/text/classbar.h"
#include "widgets/text/classsuggestions.h"
#include "widgets/text/textitemview.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

// Time on one task beyond this is taken as the person being away, not working.
static constexpr qint64 s_idleCapMs = 10 * 60 * 1000;

LabelingPanel::LabelingPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_canvas(new widgets::ImageCanvas(this))
    , m_boxList(new widgets::BoxListWidget(this))
    , m_imageClasses(new widgets::ClassBar(this))
    , m_imagePage(new QWidget(this))
    , m_textView(new widgets::TextItemView(this))
    , m_audioView(new widgets::AudioItemView(this))
    , m_emptyPage(new QWidget(this))
    , m_empty(new QLabel(m_emptyPage))
    , m_emptyAction(new QPushButton(tr("Create a &Batch…"), m_emptyPage))
    , m_strip(new QueueStrip(this))
    , m_nextClass(new QLabel(this))
    , m_prefetcher(new widgets::Prefetcher(this))
    , m_previewPool(new QThreadPool(this))
    , m_boxSuggestions(new widgets::SuggestionLayer(m_canvas))
    , m_session(new widgets::AnnotationSession(this))
{
    m_previewPool->setMaxThreadCount(1);
    // One document for every page: the canvas, the box list, the class bars and the suggestions
    // show the session, and its undo history walks box and class edits in order.
    m_canvas->setSession(m_session);
    m_textView->setSession(m_session);
    m_audioView->setSession(m_session);
    auto *split = new QSplitter(Qt::Horizontal, m_imagePage);
    split->addWidget(m_canvas);
    // The box list, headed by the class the next box drawn gets.
    auto *boxColumn = new QWidget(split);
    auto *boxLayout = new QVBoxLayout(boxColumn);
    boxLayout->setContentsMargins(4, 2, 0, 0);
    boxLayout->setSpacing(2);
    m_nextClass->setObjectName(QStringLiteral("nextBoxClass"));
    m_nextClass->setToolTip(tr("The class of the next box you draw: a class's hotkey changes it"));
    m_nextClass->setTextFormat(Qt::RichText);
    boxLayout->addWidget(m_nextClass);
    boxLayout->addWidget(m_boxList, 1);
    split->addWidget(boxColumn);
    split->setStretchFactor(0, 1);
    split->setSizes({900, 220});
    m_boxList->setCanvas(m_canvas);
    m_canvas->setPrefetcher(m_prefetcher);
    // Whole-image classes above the canvas. The plain hotkeys give boxes their class, so the
    // image's take Shift; both kinds of edit share one undo history, the canvas's Undo and Redo.
    m_imageClasses->setParent(m_imagePage);
    m_imageClasses->setObjectName(QStringLiteral("imageClassBar"));
    m_imageClasses->setSession(m_session);
    m_imageClasses->setProvidesUndo(false);
    m_imageClasses->setHotkeyModifiers(Qt::ShiftModifier);
    m_imageClasses->setCaptions(tr("Image class (one):"), tr("Image classes (any number):"));
    m_imageClasses->setShortcutHost(m_imagePage);
    auto *imageLayout = new QVBoxLayout(m_imagePage);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->setSpacing(0);
    imageLayout->addWidget(m_imageClasses);
    imageLayout->addWidget(split, 1);
    // A model's suggestions: dashed boxes on the canvas, marked buttons on the class bars.
    m_classSuggestions = {new widgets::ClassSuggestions(m_imageClasses),
                          new widgets::ClassSuggestions(m_textView->classBar()),
                          new widgets::ClassSuggestions(m_audioView->classBar())};
    connect(m_boxSuggestions, &widgets::SuggestionLayer::suggestionsChanged, this,
            &LabelingPanel::updateSuggestionActions);
    for (auto *suggestions : std::as_const(m_classSuggestions)) {
        connect(suggestions, &widgets::ClassSuggestions::suggestionsChanged, this,
                &LabelingPanel::updateSuggestionActions);
    }

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyQueue"));
    m_emptyAction->setObjectName(QStringLiteral("emptyQueueAction"));
    m_emptyAction->setToolTip(tr("Work ▸ Batches (Ctrl+Shift+B): hand items out to annotators"));
    m_emptyAction->hide();
    connect(m_emptyAction, &QPushButton::clicked, this, &LabelingPanel::batchesRequested);
    {
        auto *emptyLayout = new QVBoxLayout(m_emptyPage);
        emptyLayout->addStretch();
        emptyLayout->addWidget(m_empty);
        emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
        emptyLayout->addStretch();
    }
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_imagePage);
    m_stack->addWidget(m_textView);
    m_stack->addWidget(m_audioView);
    m_strip->setObjectName(QStringLiteral("queueStrip"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_strip);
    layout->addWidget(m_stack, 1);
    connect(m_strip, &QueueStrip::taskClicked, this, [this](int index) {
        if (index != m_index)
            showTask(index);
    });
    connect(m_canvas, &widgets::ImageCanvas::currentClassChanged, this,
            &LabelingPanel::updateNextClass);
    connect(m_canvas, &widgets::ImageCanvas::classActionsChanged, this,
            &LabelingPanel::updateNextClass);

    // Refused edits once, from the session (every view passes them on too).
    connect(m_session, &widgets::AnnotationSession::editFailed, this, &LabelingPanel::reportError);
    connect(m_canvas, &widgets::ImageCanvas::imageFailed, this, &LabelingPanel::reportError);
    connect(m_canvas, &widgets::ImageCanvas::message, this, &LabelingPanel::message);
    connect(m_textView, &widgets::TextItemView::loadFailed, this, &LabelingPanel::reportError);
    connect(m_audioView, &widgets::AudioItemView::loadFailed, this, &LabelingPanel::reportError);
    createActions();
    setStore(nullptr);
}

LabelingPanel::~LabelingPanel()
{
    recordTimeSpent();
    m_previewPool->clear(); // previews not begun are made another time
    m_previewPool->waitForDone();
}

void LabelingPanel::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(a);
        m_actions.append(a);
        return a;
    };
    connect(make(tr("&Next"), QKeySequence(Qt::Key_N), tr("Submit this task and show the next")),
            &QAction::triggered, this, [this] { next(); });
    connect(make(tr("&Previous"), QKeySequence(Qt::Key_P), tr("Show the previous task")),
            &QAction::triggered, this, [this] { previous(); });
    connect(make(tr("&Skip"), QKeySequence(Qt::Key_K), tr("Skip this task")), &QAction::triggered,
            this, [this] { skip(); });
    connect(make(tr("&Flag…"), QKeySequence(Qt::Key_F),
                 tr("Flag this task for the guideline authors")),
            &QAction::triggered, this, &LabelingPanel::askForFlag);
    const QKeySequence acceptKey(Qt::Key_A);
    const QKeySequence rejectKey(Qt::Key_R);
    connect(make(tr("&Accept Suggestion"), acceptKey,
                 tr("Accept the selected suggestion of the model, or the best-scored one")),
            &QAction::triggered, this, [this] { acceptSuggestion(); });
    connect(make(tr("Accept A&ll Suggestions"), QKeySequence(Qt::SHIFT | Qt::Key_A),
                 tr("Accept every suggestion of the model on this item (one undo step)")),
            &QAction::triggered, this, [this] { acceptAllSuggestions(); });
    connect(make(tr("&Reject Suggestion"), rejectKey,
                 tr("Reject the selected suggestion of the model, or the best-scored one")),
            &QAction::triggered, this, [this] { rejectSuggestion(); });
    QAction *gold = make(tr("Mark as &Gold"), QKeySequence(Qt::CTRL | Qt::Key_M),
                         tr("Make this item gold, with your current answer as its reference"));
    gold->setObjectName(QStringLiteral("markGoldAction"));
    connect(gold, &QAction::triggered, this, [this] { markGold(); });
    m_boxSuggestions->setHintKeys(acceptKey, rejectKey);
    // Escape brings the keys back to the image from the box list or the class search (the canvas
    // itself keeps Escape: it cancels a drag, then drops the selection).
    auto *toCanvas = new QAction(tr("Back to the Image"), this);
    toCanvas->setShortcut(QKeySequence(Qt::Key_Escape));
    toCanvas->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(toCanvas, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() == m_imagePage)
            m_canvas->setFocus(Qt::ShortcutFocusReason);
    });
    m_imagePage->addAction(toCanvas);
    for (auto *suggestions : std::as_const(m_classSuggestions))
        suggestions->setHintKeys(acceptKey, rejectKey);
}

QAction *LabelingPanel::action(Action action) const
{
    return m_actions.value(int(action));
}

void LabelingPanel::setStore(assay::core::Project *store)
{
    recordTimeSpent();
    // The old store is still there: it stops keeping event ids for a watcher that goes.
    if (m_store)
        m_store->store().setCommitListener({});
    delete m_watcher;
    m_watcher = nullptr;
    m_store = store;
    m_tasks.clear();
    m_index = -1;
    m_annotationId.clear();
    m_previewsChecked.clear();
    m_pyramidsChecked.clear();
    core::AnnotationService *annotations = store ? &store->annotations() : nullptr;
    m_session->setAnnotationEditor(annotations);
    m_session->setPreLabelEditor(annotations);
    if (store) {
        m_watcher = new core::LogWatcher(&store->store(), this);
        if (m_watcher->error())
            reportError(m_watcher->error()->toString());
        connect(m_watcher, &core::LogWatcher::eventsAppended, m_session,
                &widgets::AnnotationSession::eventsAppended);
        if (auto t = store->taxonomy().get()) {
            m_canvas->setTaxonomy(*t);
            m_imageClasses->setTaxonomy(*t);
            m_textView->setTaxonomy(*t);
            m_audioView->setTaxonomy(*t);
        }
    }
    showEmpty(store ? tr("Your queue is empty.") : tr("No project open."));
    m_emptyAsked.clear();
    updateStrip();
    updateNextClass();
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(false);
}

int LabelingPanel::doneCount() const
{
    return int(std::count_if(m_tasks.begin(), m_tasks.end(),
                             [](const Task &t) { return t.state == TaskState::Done; }));
}

void LabelingPanel::updateStrip()
{
    QList<TaskState> states;
    states.reserve(m_tasks.size());
    for (const Task &t : std::as_const(m_tasks))
        states.append(t.state);
    m_strip->setStates(states, m_index);
    m_strip->setVisible(!m_tasks.isEmpty());
}

void LabelingPanel::updateNextClass()
{
    const core::Taxonomy &taxonomy = m_canvas->taxonomy();
    const auto *cls = taxonomy.findById(m_canvas->currentClass());
    if (!cls) {
        m_nextClass->setText(tr("Next box: no class"));
        return;
    }
    const QString hotkey = core::classHotkeys(taxonomy).value(cls - taxonomy.classes.constData());
    const QString swatch = QStringLiteral("<span style=\"color:%1\">&#9632;</span>")
                                   .arg(QColor(cls->colour).name());
    // A chord short, as the class bar writes it: "0 2".
    QString keyText = hotkey;
    keyText.replace(QStringLiteral(", "), QStringLiteral(" "));
    keyText = keyText.toUpper();
    const QString key = hotkey.isEmpty() ? QString()
                                         : QStringLiteral(" (%1)").arg(keyText.toHtmlEscaped());
    //: %1: a coloured square, %2: the class's name, %3: its hotkey in parentheses.
    m_nextClass->setText(tr("Next box: %1 <b>%2</b>%3").arg(swatch, cls->name.toHtmlEscaped(), key));
}

bool LabelingPanel::loadQueue(const Id &batchId)
{
    if (!m_store)
        return false;
    recordTimeSpent();
    // The annotator's view of the queue: gold looks like any other task, and a person who must
    // recalibrate gets their calibration tasks only.
    auto queue = m_store->work().annotatorQueue(m_store->actor().id, batchId);
    if (!queue) {
        reportError(queue.error().toString());
        return false;
    }
    m_tasks = *queue;
    m_index = -1;
    m_emptyAsked.clear();
    updateStrip();
    Q_EMIT progressChanged(doneCount(), taskCount());
    if (m_tasks.isEmpty()) {
        const Person &actor = m_store->actor();
        // What to do next depends on what the person may do: a lead makes a batch, anyone
        // else waits for one.
        const QString next = isAllowed(actor, core::Action::ManageBatches)
                                     ? tr("Put people, yourself included, in a batch to give "
                                          "them tasks.")
                                     : tr("A lead puts you in a batch; your tasks appear here "
                                          "then.");
        showEmpty(tr("%1 has no tasks in this project.").arg(actor.displayName) + QLatin1Char('\n')
                  + next);
        Q_EMIT message(m_empty->text().section(QLatin1Char('\n'), 0, 0));
        return false;
    }
    // The first open task; when there is none, the first skipped one; else the start.
    const int first = nextTaskAfter(-1);
    return showTask(first >= 0 ? first : 0);
}

int LabelingPanel::nextTaskAfter(int index) const
{
    const int n = int(m_tasks.size());
    // Open tasks after this one, then open ones before it (never shown yet: a click on the
    // strip jumped over them), then the skipped ones, which come back at the end.
    for (int i = index + 1; i < n; ++i) {
        if (m_tasks.at(i).state == TaskState::Pending)
            return i;
    }
    for (int i = 0; i <= index && i < n; ++i) {
        if (m_tasks.at(i).state == TaskState::Pending)
            return i;
    }
    for (int k = 1; k <= n; ++k) {
        const int i = (std::max(index, -1) + k) % n;
        if (m_tasks.at(i).state == TaskState::Skipped)
            return i;
    }
    return -1;
}

bool LabelingPanel::currentAnswerIsEmpty() const
{
    return m_session->boxes().isEmpty() && m_session->classes().isEmpty();
}

bool LabelingPanel::showTask(int index)
{
    if (!m_store || index < 0 || index >= m_tasks.size())
        return false;
    recordTimeSpent();
    const Task &task = m_tasks.at(index);
    auto item = m_store->items().item(task.itemId);
    if (!item) {
        reportError(item.error().toString());
        return false;
    }
    auto annotation = m_store->annotations().startAnnotation(task.id);
    if (!annotation) {
        reportError(annotation.error().toString());
        return false;
    }
    if (index != m_index)
        m_emptyAsked.clear();
    m_index = index;
    m_item = *item;
    m_annotationId = annotation->id;
    m_session->setAnnotation(m_annotationId);
    m_shownRemarks.clear();
    if (m_item.kind == ItemKind::Image) {
        m_canvas->setImage(imageSource(m_item));
        showReviewRemarks(task.id);
        m_stack->setCurrentWidget(m_imagePage);
        m_canvas->setFocus();
    } else if (m_item.kind == ItemKind::Text) {
        m_textView->setItem(m_item, m_store->info().mediaRoot);
        m_stack->setCurrentWidget(m_textView);
        m_textView->setFocus();
    } else {
        m_audioView->setItem(m_item, m_store->info().mediaRoot);
        m_stack->setCurrentWidget(m_audioView);
        m_audioView->setFocus();
    }
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(true);
    action(Action::Previous)->setEnabled(m_index > 0);
    updateGoldAction();
    updateSuggestionActions();
    prefetchAhead();
    m_clock.start();

    const QLocale locale;
    QString details;
    if (m_item.kind == ItemKind::Image)
        details = tr("%1 × %2 px").arg(m_item.width).arg(m_item.height);
    else if (m_item.kind == ItemKind::Audio)
        details = tr("%1 s").arg(locale.toString(m_item.durationMs / 1000.0, 'f', 1));
    else
        details = tr("%1 characters").arg(locale.toString(m_item.characters));
    Q_EMIT taskShown(QFileInfo(m_item.path).fileName(), details);
    updateStrip();
    Q_EMIT progressChanged(doneCount(), taskCount());
    return true;
}

// An answer back from review, rejected: the reviewer's remarks pinned where they point.
void LabelingPanel::showReviewRemarks(const Id &taskId)
{
    QList<BoxRemark> remarks;
    if (auto outcomes = m_store->review().myOutcomes()) {
        const ReviewOutcome *latest = nullptr;
        for (const ReviewOutcome &o : std::as_const(*outcomes)) {
            if (o.taskId == taskId)
                latest = &o;
        }
        if (latest && latest->verdict == ReviewVerdict::Reject)
            remarks = latest->boxRemarks;
    }
    remarks.removeIf([](const BoxRemark &r) { return !r.region; });
    m_shownRemarks = remarks;
    if (remarks.isEmpty()) {
        m_canvas->setOverlay({});
        return;
    }
    m_canvas->setOverlay([canvas = QPointer<widgets::ImageCanvas>(m_canvas),
                          remarks](QPainter *painter) {
        if (canvas)
            widgets::paintRemarkPins(painter, canvas, remarks, QColor(QStringLiteral("#ff6f00")));
    });
}

void LabelingPanel::prefetchAhead()
{
    QList<widgets::ImageSource> upcoming;
    for (int i = m_index + 1; i < m_tasks.size() && upcoming.size() < 3; ++i) {
        auto item = m_store->items().item(m_tasks.at(i).itemId);
        if (item && item->kind == ItemKind::Image)
            upcoming.append(imageSource(*item));
    }
    m_prefetcher->prefetch(upcoming);
}

widgets::ImageSource LabelingPanel::imageSource(const Item &item)
{
    const QString path = m_store->absoluteMediaPath(item);
    const media::PreviewCache previews(m_store->path());
    const QString preview = previews.previewPathFor(item);
    if (!preview.isEmpty() && !m_previewsChecked.contains(item.sha256)) {
        // A large image whose preview is missing or damaged (added by an older version, the
        // cache folder cleared) shows from the file this time, and gets its preview for the
        // next time, in the background.
        m_previewsChecked.insert(item.sha256);
        m_previewPool->start(
                [previews, item, path] {
                    if (const Status made = previews.ensure(item, path); !made)
                        qWarning("%s", qPrintable(made.error().toString()));
                },
                -1);
    }
    const media::PyramidCache pyramids(m_store->path());
    const QString pyramid = pyramids.pyramidPathFor(item);
    if (!pyramid.isEmpty() && m_pyramids && !m_pyramidsChecked.contains(item.sha256)) {
        // Missing (the intake was stopped, the cache cleared) or damaged: made in the
        // background; the canvas takes it when it is done (pyramidMade()).
        m_pyramidsChecked.insert(item.sha256);
        if (auto stored = pyramids.open(item.sha256, QSize(item.width, item.height));
            !stored || !*stored)
            m_pyramids->enqueue(m_store->path(), item, path);
    }
    return {path, preview, pyramid};
}

void LabelingPanel::setPyramidBuilder(PyramidBuilder *builder)
{
    if (m_pyramids)
        disconnect(m_pyramids, nullptr, this, nullptr);
    m_pyramids = builder;
    if (builder)
        connect(builder, &PyramidBuilder::made, this, &LabelingPanel::pyramidMade);
}

void LabelingPanel::pyramidMade(const QString &sha256, const QString &pyramidPath)
{
    if (m_index < 0 || m_item.kind != ItemKind::Image || m_item.sha256 != sha256)
        return;
    auto pyramid = media::PyramidCache::openFile(pyramidPath, QSize(m_item.width, m_item.height));
    if (pyramid && *pyramid)
        m_canvas->tiledImage()->useTileSource(
                std::shared_ptr<const media::TileSource>(std::move(*pyramid)));
}

void LabelingPanel::recordTimeSpent()
{
    if (!m_store || m_annotationId.isEmpty() || !m_clock.isValid())
        return;
    const qint64 ms = std::min(m_clock.restart(), s_idleCapMs);
    if (ms > 0) {
        if (Status st = m_store->annotations().addTimeSpent(m_annotationId, ms); !st)
            reportError(st.error().toString());
    }
}

bool LabelingPanel::finishCurrent(TaskState state, const QString &reason, const QString &comment,
                                  const QString &section)
{
    if (!m_store || m_index < 0)
        return false;
    recordTimeSpent();
    Task &task = m_tasks[m_index];
    // A flag stays until a lead resolves it (the service refuses anything else): leaving a
    // flagged task, or skipping a done one, changes nothing.
    const bool keep = (task.state == TaskState::Flagged && state != TaskState::Flagged)
                      || (task.state == TaskState::Done && state == TaskState::Skipped);
    if (!keep && (task.state != state || !reason.isEmpty() || !comment.isEmpty())) {
        if (Status st = m_store->work().setTaskState(task.id, state, reason, comment, section);
            !st) {
            reportError(st.error().toString());
            return false;
        }
        task.state = state;
    }
    updateStrip();
    Q_EMIT progressChanged(doneCount(), taskCount());
    const int following = nextTaskAfter(m_index);
    if (following >= 0 && following != m_index)
        return showTask(following);
    Q_EMIT message(following == m_index ? tr("Only this skipped task is left in your queue.")
                                        : tr("That was the last task of your queue."));
    return true;
}

bool LabelingPanel::next()
{
    if (!m_store || m_index < 0)
        return false;
    const Task &task = m_tasks.at(m_index);
    // An empty answer may be an oversight: the first N asks, the second submits it.
    if (task.state != TaskState::Done && task.state != TaskState::Flagged && currentAnswerIsEmpty()
        && m_emptyAsked != task.id) {
        m_emptyAsked = task.id;
        Q_EMIT message(m_item.kind == ItemKind::Image
                               ? tr("Nothing is labeled on this image. Press N again to submit it "
                                    "as having no objects.")
                               : tr("No class is chosen. Press N again to submit it without one."));
        return false;
    }
    return finishCurrent(TaskState::Done);
}

bool LabelingPanel::previous()
{
    return showTask(m_index - 1);
}

bool LabelingPanel::skip()
{
    return finishCurrent(TaskState::Skipped);
}

bool LabelingPanel::flag(const QString &reason, const QString &comment, const QString &section)
{
    return finishCurrent(TaskState::Flagged, reason, comment, section);
}

QString LabelingPanel::defaultFlagSection() const
{
    if (!m_store)
        return {};
    auto guideline = m_store->guidelines().published();
    if (!guideline)
        return {};
    Id classId = m_item.kind == ItemKind::Image ? m_canvas->currentClass() : Id();
    if (classId.isEmpty() && !m_session->classes().isEmpty())
        classId = m_session->classes().constFirst();
    if (auto taxonomy = m_store->taxonomy().get())
        classId = taxonomy->resolve(classId);
    const GuidelineSection *section = guideline->sectionOfClass(classId);
    return section ? section->anchor : QString();
}

void LabelingPanel::askForFlag()
{
    if (m_index < 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Flag Task"));
    auto *reason = new QComboBox(&dialog);
    reason->addItems({tr("guideline unclear"), tr("bad media"), tr("other")});
    reason->setEditable(true);
    auto *comment = new QLineEdit(&dialog);
    comment->setPlaceholderText(tr("What should the guideline authors know?"));
    // The section the flag cites: the guideline authors see per section how often it confuses
    // people (GuidelineService::citations).
    auto *section = new QComboBox(&dialog);
    section->setObjectName(QStringLiteral("flagSection"));
    section->setToolTip(tr("The guideline section this flag is about; the authors see which "
                           "sections are cited most"));
    section->addItem(tr("(no section)"), QString());
    if (auto guideline = m_store->guidelines().published()) {
        for (const GuidelineSection &s : std::as_const(guideline->sections)) {
            section->addItem(QStringLiteral("%1%2").arg(QString(2 * std::max(0, s.level - 1),
                                                                QLatin1Char(' ')),
                                                        s.title),
                             s.anchor);
        }
    }
    section->setCurrentIndex(std::max(0, section->findData(defaultFlagSection())));
    section->setEnabled(section->count() > 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Comment:"), comment);
    form->addRow(tr("Guideline &section:"), section);
    form->addRow(buttons);
    dialog.setObjectName(QStringLiteral("flagDialog"));
    if (dialog.exec() == QDialog::Accepted)
        flag(reason->currentText(), comment->text(), section->currentData().toString());
}

void LabelingPanel::reportError(const QString &text)
{
    Q_EMIT message(text);
}

// ---------------------------------------------------------------- suggestions

widgets::ClassSuggestions *LabelingPanel::classSuggestions() const
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_imagePage)
        return m_classSuggestions.at(0);
    if (page == m_textView)
        return m_classSuggestions.at(1);
    if (page == m_audioView)
        return m_classSuggestions.at(2);
    return nullptr;
}

void LabelingPanel::updateSuggestionActions()
{
    bool any = false;
    if (m_store && m_index >= 0) {
        const auto *classes = classSuggestions();
        any = (classes && !classes->suggestions().isEmpty())
              || (m_stack->currentWidget() == m_imagePage
                  && !m_boxSuggestions->suggestions().isEmpty());
    }
    for (auto a :
         {Action::AcceptSuggestion, Action::AcceptAllSuggestions, Action::RejectSuggestion}) {
        if (QAction *suggestionAction = action(a))
            suggestionAction->setEnabled(any);
    }
}

bool LabelingPanel::acceptSuggestion()
{
    if (m_index < 0)
        return false;
    if (m_stack->currentWidget() == m_imagePage && m_boxSuggestions->acceptCurrent())
        return true;
    if (auto *classes = classSuggestions(); classes && classes->acceptBest())
        return true;
    Q_EMIT message(tr("No suggestions left on this item."));
    return false;
}

bool LabelingPanel::rejectSuggestion()
{
    if (m_index < 0)
        return false;
    if (m_stack->currentWidget() == m_imagePage && m_boxSuggestions->rejectCurrent())
        return true;
    if (auto *classes = classSuggestions(); classes && classes->rejectBest())
        return true;
    Q_EMIT message(tr("No suggestions left on this item."));
    return false;
}

bool LabelingPanel::acceptAllSuggestions()
{
    if (m_index < 0)
        return false;
    // One composite edit: one event in the log and one undo step for all of them.
    QList<core::AnnotationEdit> edits;
    if (m_stack->currentWidget() == m_imagePage)
        edits += m_boxSuggestions->acceptAllEdits();
    if (auto *classes = classSuggestions())
        edits += classes->acceptAllEdits(m_session->classes());
    if (edits.isEmpty()) {
        Q_EMIT message(tr("No suggestions left on this item."));
        return false;
    }
    if (!m_session->applyEdits(tr("Accept all suggestions"), edits))
        return false;
    Q_EMIT message(tr("Accepted %n suggestion(s).", nullptr, int(edits.size())));
    return true;
}

// ---------------------------------------------------------------- empty queue, gold

void LabelingPanel::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_emptyAction->setVisible(m_store && isAllowed(m_store->actor(), core::Action::ManageBatches));
    m_stack->setCurrentWidget(m_emptyPage);
}

QString LabelingPanel::emptyText() const
{
    return m_stack->currentWidget() == m_emptyPage ? m_empty->text() : QString();
}

void LabelingPanel::updateGoldAction()
{
    QAction *gold = action(Action::MarkGold);
    const QString tip = tr("Make this item gold, with your current answer as its reference (%1)")
                                .arg(gold->shortcut().toString(QKeySequence::NativeText));
    if (!m_store || m_index < 0) {
        gold->setEnabled(false);
        return;
    }
    allowIf(gold, m_store->actor(), core::Action::ManageBatches, tip);
}

bool LabelingPanel::markGold()
{
    if (!m_store || m_index < 0)
        return false;
    if (const QString why = refusal(m_store->actor(), core::Action::ManageBatches); !why.isEmpty()) {
        Q_EMIT message(why);
        return false;
    }
    if (currentAnswerIsEmpty()) {
        Q_EMIT message(tr("Label the item first: your answer becomes its gold reference."));
        return false;
    }
    core::GoldAnswer answer;
    answer.itemId = m_item.id;
    answer.classIds = m_session->classes();
    answer.boxes = m_session->boxes();
    if (const Status st = m_store->gold().setGold({answer}); !st) {
        reportError(st.error().toString());
        return false;
    }
    Q_EMIT message(tr("%1 is gold now, with your answer as its reference.")
                           .arg(QFileInfo(m_item.path).fileName()));
    return true;
}

} // namespace assay::app
