// SPDX-License-Identifier: Apache-2.0
// Main window: project lifecycle, item list (paged model), preview, media intake, settings.
#include "app/gui/mainwindow.h"
#include "core/base/storage.h"
#include "core/domain/displaynames.h"

#include "app/gui/batchdialog.h"
#include "app/gui/dialoggeometry.h"
#include "app/gui/exportdialog.h"
#include "app/gui/firstrunwizard.h"
#include "app/gui/citationsdialog.h"
#include "app/gui/flagsdialog.h"
#include "app/gui/calibrationdebriefdialog.h"
#include "app/gui/calibrationresultsview.h"
#include "app/gui/golddialog.h"
#include "app/gui/importdialog.h"
#include "app/gui/itemsdialog.h"
#include "app/gui/labelingpanel.h"
#include "app/gui/peopledialog.h"
#include "app/gui/permissionhint.h"
#include "app/gui/pyramidbuilder.h"
#include "app/gui/slideimagesdialog.h"
#include "core/items/itemevents.h"
#include "core/media/tilesource.h"
#include "widgets/canvas/tiledimage.h"
#include "app/gui/signindialog.h"
#include "app/gui/synccontroller.h"
#include "app/gui/taxonomyeditor.h"
#include "app/keys/keyring.h"
#include "widgets/review/reviewview.h"
#include "widgets/text/textitemview.h"
#include "widgets/audio/audioitemview.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/text/classbar.h"

#include "core/identity/keystore.h"
#include "core/items/intake.h"
#include "core/models/itemlistmodel.h"
#include "core/calibration/calibrationjudging.h"
#include "core/media/mediaprobe.h"
#include "core/project/services.h"
#include "widgets/duplicates/duplicatesdialog.h"
#include "widgets/preview/itempreview.h"
#include "widgets/quality/qualitypanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QSettings>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QDockWidget>
#include <QHBoxLayout>
#include "widgets/guidelines/guidelinepanel.h"
#include "core/guidelines/guidelineservice.h"
#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

#include <opencv2/core/version.hpp>

namespace assay::app {

using namespace assay::core;

static const int s_recentMax = 8;

// Icons by kind, so a mixed project reads at a glance.
class ItemIconProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole) {
            static const QIcon image(QStringLiteral(":/icons/image.svg"));
            static const QIcon text(QStringLiteral(":/icons/text.svg"));
            static const QIcon audio(QStringLiteral(":/icons/audio.svg"));
            const QString kind = index.data(ItemListModel::KindRole).toString();
            return kind == QLatin1String("image")  ? image
                   : kind == QLatin1String("text") ? text
                                                   : audio;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ItemListModel(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_labeling(new LabelingPanel(this))
    , m_list(new QListView(m_splitter))
    , m_preview(new widgets::ItemPreview(m_splitter))
    , m_statusItems(new QLabel(this))
    , m_statusPerson(new QLabel(this))
    , m_statusZoom(new QLabel(this))
    , m_statusProgress(new QLabel(this))
    , m_statusReadOnly(new QLabel(this))
    , m_statusMedia(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/assay.svg")));
    setAcceptDrops(true);

    auto *proxy = new ItemIconProxy(this);
    proxy->setSourceModel(m_model);
    m_list->setModel(proxy);
    m_list->setUniformItemSizes(true); // constant-time layout however many rows are loaded
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Items"));
    m_list->setMinimumWidth(220);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_labeling);
    // A project without items: what to do next, as buttons.
    m_emptyProject = new QWidget(m_pages);
    m_emptyProject->setObjectName(QStringLiteral("emptyProject"));
    m_emptyProjectText = new QLabel(m_emptyProject);
    m_emptyProjectText->setAlignment(Qt::AlignCenter);
    m_emptyProjectText->setWordWrap(true);
    {
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        const QList<std::pair<QString, std::function<void()>>>
                steps{// No mnemonics: Alt+F is the File menu's, and the menus hold these already.
                      {tr("Add Media Folder…"),
                       [this] {
                           chooseMedia(true);
                       }},
                      {tr("Add Media Files…"),
                       [this] {
                           chooseMedia(false);
                       }},
                      {tr("Set Up Project…"), [this] {
                           showFirstRun();
                       }}};
        for (const auto &[text, run] : steps) {
            auto *button = new QPushButton(text, m_emptyProject);
            connect(button, &QPushButton::clicked, this, run);
            buttons->addWidget(button);
            m_emptyButtons.append(button);
        }
        buttons->addStretch();
        auto *layout = new QVBoxLayout(m_emptyProject);
        layout->addStretch();
        layout->addWidget(m_emptyProjectText);
        layout->addLayout(buttons);
        layout->addStretch();
    }
    m_pages->addWidget(m_emptyProject);
    setCentralWidget(m_pages);

    statusBar()->addWidget(m_statusItems, 1);
    // A file's name or a long message may be cut at the window's edge; the rest may not.
    m_statusItems->setProperty("mayElide", true);
    statusBar()->addPermanentWidget(m_statusZoom);
    statusBar()->addPermanentWidget(m_statusProgress);
    statusBar()->addPermanentWidget(m_statusPerson);
    statusBar()->addPermanentWidget(m_statusReadOnly);
    statusBar()->addPermanentWidget(m_statusMedia);
    // Before the actions: the Work menu and toolbar hold the Sync action.
    m_sync = new SyncController(this);
    statusBar()->addPermanentWidget(m_sync->statusWidget());
    m_pyramids = new PyramidBuilder(this);
    statusBar()->addPermanentWidget(m_pyramids->statusWidget());
    m_labeling->setPyramidBuilder(m_pyramids);
    connect(m_pyramids, &PyramidBuilder::failed, this, [this](const QString &, const Error &error) {
        statusBar()->showMessage(tr("No tile pyramid: %1").arg(error.toString()), 10000);
    });
    // What a sync brought: roles, queues and lists are read again (views of the labeling
    // session follow the project's LogWatcher on their own).
    connect(m_sync, &SyncController::arrived, this, [this] {
        if (!m_store)
            return;
        m_model->reload();
        leadChangeMade();
    });
    m_statusReadOnly->setObjectName(QStringLiteral("readOnlyIndicator"));
    m_statusReadOnly->setText(tr("Read-only"));
    m_statusReadOnly->setStyleSheet(
            QStringLiteral("QLabel { color: white; background: #b3261e; padding: 1px 6px;"
                           " border-radius: 3px; font-weight: bold; }"));
    m_statusReadOnly->hide();
    // The media folder is not there (a disk or network folder that is not mounted): the window
    // still opens, every view says so for its item, and this says it once for the project.
    m_statusMedia->setObjectName(QStringLiteral("mediaMissingIndicator"));
    m_statusMedia->setText(tr("Media missing"));
    m_statusMedia->setStyleSheet(
            QStringLiteral("QLabel { color: black; background: #f9c74f; padding: 1px 6px;"
                           " border-radius: 3px; font-weight: bold; }"));
    m_statusMedia->hide();
    m_statusZoom->setToolTip(tr("Zoom and the cursor's position in image pixels"));
    m_statusProgress->setToolTip(tr("Tasks done of your queue"));
    connect(m_labeling, &LabelingPanel::progressChanged, this, [this](int done, int total) {
        m_statusProgress->setText(tr("%1 / %2 done").arg(done).arg(total));
    });
    connect(m_labeling, &LabelingPanel::taskShown, this,
            [this](const QString &name, const QString &details) {
                statusBar()->clearMessage();
                m_statusItems->setText(QStringLiteral("%1 · %2").arg(name, details));
            });
    connect(m_labeling, &LabelingPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // Whether the image shown is a slide with a label is known once its pixels arrive.
    connect(m_labeling->canvas(), &widgets::ImageCanvas::imageShown, this,
            &MainWindow::updateSlideImagesAction);
    connect(m_labeling->canvas(), &widgets::ImageCanvas::statusChanged, m_statusZoom,
            &QLabel::setText);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_model, &ItemListModel::loadFailed, this, [this](const QString &message) {
        showError(tr("Items could not be loaded"), message);
    });

    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    // A geometry saved on a larger screen, or at another scale, never outgrows this one.
    if (const QScreen *screen = this->screen()) {
        const int titleBar = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
        const QRect fitted = fittedGeometry(geometry(), screen->availableGeometry(), titleBar);
        if (fitted != geometry())
            setGeometry(fitted);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({300, 880});
    closeProject();
}

MainWindow::~MainWindow()
{
    m_sync->setProject(nullptr); // a sync running in the background is cancelled and waited for
    // Children are deleted after the store: let go of it (recording time spent) first.
    m_labeling->setStore(nullptr);
    m_guidelinePanel->setProject(nullptr);
    m_model->setStore(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                          tr("&Open Project…"), this, &MainWindow::chooseProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *addFiles = file->addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                        tr("&Add Media Files…"), this,
                                        [this] { chooseMedia(false); });
    addFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *addFolder = file->addAction(QIcon::fromTheme(QStringLiteral("folder-new")),
                                         tr("Add Media &Folder…"), this,
                                         [this] { chooseMedia(true); });
    addFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    file->addSeparator();
    m_importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                     tr("&Import Labels…"), this, &MainWindow::importLabels);
    m_importAction->setObjectName(QStringLiteral("importLabelsAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                     tr("&Export Dataset…"), this, &MainWindow::exportDataset);
    m_exportAction->setObjectName(QStringLiteral("exportDatasetAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_projectActions = {addFiles, addFolder, closeAction};
    m_mediaActions = {addFiles, addFolder};
    addFiles->setObjectName(QStringLiteral("addMediaFilesAction"));
    addFolder->setObjectName(QStringLiteral("addMediaFolderAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                      tr("&Reload Items"), this, [this] {
                                          m_model->reload();
                                          updateStatus();
                                      });
    reload->setShortcut(QKeySequence::Refresh);
    m_projectActions.append(reload);
    // The guideline, one key away while labeling; read again each time it is shown.
    m_guidelinePanel = new widgets::GuidelinePanel(this);
    m_guidelineDock = new QDockWidget(tr("Guideline"), this);
    m_guidelineDock->setObjectName(QStringLiteral("guidelineDock"));
    m_guidelineDock->setWidget(m_guidelinePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_guidelineDock);
    m_guidelineDock->hide();
    QAction *guideline = m_guidelineDock->toggleViewAction();
    guideline->setText(tr("&Guideline"));
    guideline->setShortcut(QKeySequence(Qt::Key_G));
    guideline->setObjectName(QStringLiteral("guidelineAction"));
    view->addAction(guideline);
    connect(m_guidelineDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || !m_store)
            return;
        m_guidelinePanel->setProject(m_store.get());
        m_guidelinePanel->showClass(m_labeling->canvas()->currentClass());
    });
    connect(m_labeling->canvas(), &widgets::ImageCanvas::currentClassChanged, this,
            [this](const core::Id &classId) {
                if (m_guidelineDock->isVisible())
                    m_guidelinePanel->showClass(classId);
            });

    // A slide's label and macro images (they can show a patient's name): shown only where a
    // lead allowed them for the project (Work ▸ Allow Slide Labels).
    m_slideImagesAction = view->addAction(tr("Slide &Label and Macro…"), this,
                                          &MainWindow::showSlideImages);
    m_slideImagesAction->setObjectName(QStringLiteral("slideImagesAction"));
    m_slideImagesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));

    QMenu *work = menuBar()->addMenu(tr("&Work"));
    QAction *label = work->addAction(tr("Start &Labeling"), this, [this] { startLabeling(); });
    label->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *browse = work->addAction(tr("&Browse Items"), this, &MainWindow::showItems);
    browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    // Switching person is signing in again, with the other person's key.
    QAction *switchPerson = work->addAction(tr("&Sign In…"), this, [this] {
        if (m_store)
            showSignIn(m_store->actor().id.isEmpty()
                               ? SignInDialog::remembered(m_store->info().projectId)
                               : Id());
    });
    switchPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // Modal, so the panel never outlives the project it reads.
    QAction *quality = work->addAction(tr("&Quality Panel…"), this, &MainWindow::showQuality);
    quality->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    // The lead's views; each is enabled by what the signed-in person may read (updateActions).
    QAction *people = work->addAction(tr("&People…"), this, &MainWindow::showPeople);
    people->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *batches = work->addAction(tr("&Batches…"), this, &MainWindow::showBatches);
    batches->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *gold = work->addAction(tr("G&old Items…"), this, &MainWindow::showGold);
    gold->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_guidelinePreviewAction = work->addAction(tr("Guideline Pre&view…"), this,
                                               &MainWindow::showGuidelinePreview);
    m_guidelinePreviewAction->setObjectName(QStringLiteral("guidelinePreviewAction"));
    m_guidelineCitationsAction = work->addAction(tr("Guideline C&itations…"), this,
                                                 &MainWindow::showGuidelineCitations);
    m_guidelineCitationsAction->setObjectName(QStringLiteral("guidelineCitationsAction"));
    m_guidelineCitationsAction->setToolTip(
            tr("The guideline sections flags and review rejections cite most, with their items"));
    QAction *flags = work->addAction(tr("Fl&agged Tasks…"), this, &MainWindow::showFlags);
    flags->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // The reviewer's queue, side by side; modal like the lead's views.
    m_reviewAction = work->addAction(tr("&Review Queue…"), this, [this] {
        if (!m_store || !m_reviewAction->isEnabled())
            return;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Review — %1").arg(m_store->info().name));
        auto *layout = new QVBoxLayout(&dialog);
        auto *view = new widgets::ReviewView(*m_store, &dialog);
        layout->addWidget(view);
        if (const Status loaded = view->load(); !loaded) {
            QMessageBox::warning(this, tr("Review"), loaded.error().toString());
            return;
        }
        dialog.resize(1280, 860);
        view->setFocus();
        dialog.exec();
        leadChangeMade();
    });
    m_reviewAction->setObjectName(QStringLiteral("reviewAction"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    work->addSeparator();
    work->addAction(m_sync->syncAction());
    work->addAction(m_sync->settingsAction());
    work->addSeparator();
    // The trainer's results of a calibration session, and a member's own debrief.
    m_calibrationAction = work->addAction(tr("&Calibration Results…"), this, [this] {
        if (!m_store || !m_calibrationAction->isEnabled())
            return;
        CalibrationResultsView view(m_store.get(), this);
        if (const Status loaded = view.load(); !loaded) {
            QMessageBox::information(this, tr("Calibration"), loaded.error().message);
            return;
        }
        view.exec();
        leadChangeMade();
    });
    m_calibrationAction->setObjectName(QStringLiteral("calibrationResultsAction"));
    m_debriefAction = work->addAction(tr("My Calibration &Debrief…"), this, [this] {
        if (!m_store || !m_debriefAction->isEnabled())
            return;
        CalibrationDebriefDialog dialog(m_store.get(), this);
        if (const Status loaded = dialog.load(); !loaded) {
            QMessageBox::information(this, tr("Calibration"), loaded.error().message);
            return;
        }
        dialog.exec();
    });
    m_debriefAction->setObjectName(QStringLiteral("calibrationDebriefAction"));
    QAction *firstRun = work->addAction(tr("Set &Up Project…"), this, &MainWindow::showFirstRun);
    firstRun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QAction *taxonomy = work->addAction(tr("&Taxonomy…"), this, &MainWindow::showTaxonomy);
    taxonomy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_allowSlideImagesAction = work->addAction(tr("Allow Slide &Labels"));
    m_allowSlideImagesAction->setObjectName(QStringLiteral("allowSlideImagesAction"));
    m_allowSlideImagesAction->setCheckable(true);
    m_allowSlideImagesAction->setToolTip(
            tr("Let the label and macro images of whole-slide files be shown and travel with the "
               "slides to other copies (otherwise checkouts and sync send slides without them): "
               "a label can show a patient's name"));
    connect(m_allowSlideImagesAction, &QAction::triggered, this, [this](bool allow) {
        if (!m_store)
            return;
        core::MediaSettings settings;
        if (auto current = m_store->items().mediaSettings())
            settings = *current;
        settings.slideAssociatedImages = allow;
        if (const Status st = m_store->items().setMediaSettings(settings); !st)
            showError(tr("The setting was not changed"), st.error().toString());
        updateActions();
    });
    m_leadActions = {people, batches, gold, flags, quality, firstRun, taxonomy};
    const QStringList leadNames = {QStringLiteral("peopleAction"),
                                   QStringLiteral("batchesAction"),
                                   QStringLiteral("goldAction"),
                                   QStringLiteral("flagsAction"),
                                   QStringLiteral("qualityAction"),
                                   QStringLiteral("firstRunAction"),
                                   QStringLiteral("taxonomyAction")};
    for (int i = 0; i < m_leadActions.size(); ++i)
        m_leadActions.at(i)->setObjectName(leadNames.at(i));
    connect(m_labeling, &LabelingPanel::batchesRequested, this, &MainWindow::showBatches);
    // Modal as well; items it removes leave the list at once.
    QAction *duplicates = work->addAction(tr("&Near-Duplicates…"), this, [this] {
        if (!m_store)
            return;
        widgets::DuplicatesDialog dialog(m_store.get(), this);
        dialog.setWindowTitle(tr("Near-Duplicates — %1").arg(m_store->info().name));
        connect(&dialog, &widgets::DuplicatesDialog::itemsRemoved, this, [this] {
            m_preview->clear();
            m_model->reload();
            updateStatus();
        });
        dialog.exec();
    });
    duplicates->setObjectName(QStringLiteral("nearDuplicatesAction"));
    m_projectActions.append(duplicates);
    work->addSeparator();
    for (auto a :
         {LabelingPanel::Action::Next, LabelingPanel::Action::Previous, LabelingPanel::Action::Skip,
          LabelingPanel::Action::Flag, LabelingPanel::Action::MarkGold})
        work->addAction(m_labeling->action(a));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (auto a : {widgets::ImageCanvas::Action::Undo, widgets::ImageCanvas::Action::Redo,
                   widgets::ImageCanvas::Action::DeleteBox, widgets::ImageCanvas::Action::NextBox,
                   widgets::ImageCanvas::Action::PreviousBox})
        edit->addAction(m_labeling->canvas()->action(a));
    edit->addSeparator();
    for (auto a :
         {LabelingPanel::Action::AcceptSuggestion, LabelingPanel::Action::AcceptAllSuggestions,
          LabelingPanel::Action::RejectSuggestion})
        edit->addAction(m_labeling->action(a));
    QMenu *zoom = view->addMenu(tr("&Zoom"));
    for (auto a :
         {widgets::ImageCanvas::Action::ZoomIn, widgets::ImageCanvas::Action::ZoomOut,
          widgets::ImageCanvas::Action::ZoomToFit, widgets::ImageCanvas::Action::ActualSize})
        zoom->addAction(m_labeling->canvas()->action(a));
    m_projectActions += {label, browse, switchPerson};
    QToolBar *workBar = addToolBar(tr("Work"));
    workBar->setObjectName(QStringLiteral("workToolbar"));
    workBar->addAction(label);
    for (auto a : {LabelingPanel::Action::Previous, LabelingPanel::Action::Next,
                   LabelingPanel::Action::Skip, LabelingPanel::Action::Flag})
        workBar->addAction(m_labeling->action(a));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this,
                                         &MainWindow::showShortcuts);
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    QAction *about = help->addAction(tr("&About Assay"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addActions({openAction, addFiles, addFolder, m_sync->syncAction()});

    // Tooltips name the shortcut, so the keyboard path is discoverable.
    for (QAction *a : {newAction, openAction, addFiles, addFolder, m_importAction, m_exportAction,
                       closeAction, quit, reload, label, browse, switchPerson, shortcuts, people,
                       batches, gold, flags, quality, firstRun}) {
        if (!a->shortcut().isEmpty())
            a->setToolTip(
                    QStringLiteral("%1 (%2)")
                            .arg(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                 a->shortcut().toString(QKeySequence::NativeText)));
    }
    updateRecentMenu();
}

bool MainWindow::openProject(const QString &path)
{
    auto opened = assay::core::Project::open(path);
    if (!opened) {
        showError(tr("The project could not be opened"), opened.error().toString());
        return false;
    }
    // Nobody is signed in yet: the items can be browsed, and Work ▸ Sign In proves who works.
    m_preview->clear();
    m_labeling->setStore(nullptr);
    m_pyramids->cancelAll();
    m_guidelinePanel->setProject(nullptr);
    m_model->setStore(nullptr);
    m_store = std::move(*opened);
    ++m_openGeneration;
    setReadOnlyReason(m_store->readOnlyReason());
    m_model->setStore(m_store.get());
    m_labeling->setStore(m_store.get());
    m_sync->setProject(m_store.get());
    showItems();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    setWindowTitle(tr("%1 — Assay").arg(m_store->info().name));
    setWindowFilePath(m_store->path());

    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(m_store->path());
    recent.prepend(m_store->path());
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, s_recentMax));
    settings.setValue(QStringLiteral("lastProject"), m_store->path());
    updateRecentMenu();
    updateStatus();
    updateActions();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
    if (m_store->info().upgradedFrom > 0) {
        statusBar()->showMessage(tr("Upgraded from schema %1; the old file is kept beside it.")
                                         .arg(m_store->info().upgradedFrom),
                                 8000);
    }
    showReadOnly();
    updateMediaStatus();
    if (!m_statusMedia->isHidden())
        statusBar()->showMessage(m_statusMedia->toolTip(), 15000);
    checkLogInBackground();
    return true;
}

void MainWindow::checkLogInBackground()
{
    // A log that does not verify (an event changed, a table edited by hand, a key misused) is
    // not extended: the project turns read-only, so that a lead can look without adding to a
    // forgery. The check runs on its own read-only connection; the window stays usable.
    // A setting for whoever would rather run assay log verify themselves (a project of
    // millions of events costs a core for a while).
    if (!QSettings().value(QStringLiteral("checkLogOnOpen"), true).toBool())
        return;
    const QString path = m_store->path();
    const quint64 generation = m_openGeneration;
    m_logCheckRunning = true;
    // The watcher is the window's child: if the window goes first, the answer goes nowhere.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        if (generation == m_openGeneration)
            logChecked(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        auto copy = assay::core::Project::open(path, true);
        if (!copy)
            return copy.error().message;
        auto check = (*copy)->checkLog();
        if (!check)
            return check.error().message;
        return check->intact() ? QString() : check->reason();
    }));
}

void MainWindow::logChecked(const QString &path, const QString &problem)
{
    m_logCheckRunning = false;
    if (!m_store || m_store->path() != path || problem.isEmpty() || m_store->isReadOnly())
        return;
    const Status st = m_store->setReadOnly(tr("its log does not verify: %1").arg(problem));
    if (!st) {
        showError(tr("The project could not be made read-only"), st.error().toString());
        return;
    }
    setReadOnlyReason(m_store->readOnlyReason());
    showReadOnly();
    statusBar()->showMessage(tr("The log of this project does not verify; it is now open "
                                "read-only. Run assay log verify for the details."),
                             15000);
}

void MainWindow::showReadOnly()
{
    const bool readOnly = m_store && m_store->isReadOnly();
    m_statusReadOnly->setVisible(readOnly);
    m_statusReadOnly->setToolTip(readOnly ? tr("Nothing can be recorded in this project: %1")
                                                    .arg(m_store->readOnlyReason())
                                          : QString());
    if (m_store)
        setWindowTitle(readOnly ? tr("%1 (read-only) — Assay").arg(m_store->info().name)
                                : tr("%1 — Assay").arg(m_store->info().name));
    updateActions();
    if (readOnly)
        m_labeling->setStore(m_store.get()); // back to its start: nothing is recorded now
}

void MainWindow::updateMediaStatus()
{
    QString problem;
    if (m_store && m_model->rowCount() > 0)
        problem = storage::mediaRootProblem(m_store->info().mediaRoot);
    m_statusMedia->setVisible(!problem.isEmpty());
    m_statusMedia->setToolTip(
            problem.isEmpty()
                    ? QString()
                    : tr("Items cannot be shown: %1. The project itself is fine; they show again"
                         " once the folder is back.")
                              .arg(problem));
}

void MainWindow::closeProject()
{
    m_sync->setProject(nullptr);
    m_preview->clear();
    m_labeling->setStore(nullptr);
    m_pyramids->cancelAll();
    m_guidelinePanel->setProject(nullptr);
    m_model->setStore(nullptr);
    m_store.reset();
    ++m_openGeneration;
    m_logCheckRunning = false;
    setReadOnlyReason({});
    m_statusReadOnly->hide();
    m_statusMedia->hide();
    setWindowTitle(tr("Assay"));
    setWindowFilePath({});
    updateStatus();
    updateActions();
}

void MainWindow::showSlideImages()
{
    if (!m_store || !m_slideImagesAction->isEnabled())
        return;
    const auto *tiles = m_labeling->canvas()->tiledImage()->tileSource();
    if (!tiles)
        return;
    SlideImagesDialog dialog(this);
    if (const Status loaded = dialog.load(*tiles); !loaded) {
        QMessageBox::information(this, tr("Slide Label and Macro"), loaded.error().message);
        return;
    }
    dialog.exec();
}

void MainWindow::updateSlideImagesAction()
{
    bool allowed = false;
    if (m_store) {
        if (const auto settings = m_store->items().mediaSettings())
            allowed = settings->slideAssociatedImages;
    }
    const auto *tiles = m_labeling->isVisible() ? m_labeling->canvas()->tiledImage()->tileSource()
                                                : nullptr;
    const bool slide = tiles && !tiles->associatedImages().isEmpty();
    m_slideImagesAction->setEnabled(allowed && slide);
    m_slideImagesAction->setToolTip(
            !allowed ? tr("A slide's label and macro images can show a patient's name: a lead "
                          "allows them per project (Work ▸ Allow Slide Labels)")
            : !slide ? tr("The image shown is not a slide with a label or macro image")
                     : tr("The label, macro and thumbnail images of the slide shown"));
    m_allowSlideImagesAction->setChecked(allowed);
    allowIf(m_allowSlideImagesAction, m_store ? m_store->actor() : Person(),
            core::MediaSettingsSet::kind.action,
            tr("Whether slides' label and macro images may be shown in this project; they are "
               "never exported or synced"));
}

void MainWindow::updateActions()
{
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(m_store != nullptr);
    updateSlideImagesAction();
    // Core refuses these anyway; disabled, the menu says so before the dialog is filled in.
    const bool canImport = m_store && refusal(m_store->actor(), Action::AddItems).isEmpty();
    const bool canExport = m_store
                           && (isAllowed(m_store->actor(), Action::Review)
                               || isAllowed(m_store->actor(), Action::DecideBatches));
    m_importAction->setEnabled(canImport);
    m_exportAction->setEnabled(canExport);
    m_guidelinePreviewAction->setEnabled(m_store
                                         && isAllowed(m_store->actor(), Action::EditGuidelines));
    m_guidelineCitationsAction->setEnabled(m_store
                                           && isAllowed(m_store->actor(), Action::EditGuidelines));
    const Person nobody;
    const Person &actor = m_store ? m_store->actor() : nobody;
    // A tooltip with the action's shortcut, so the keyboard path is discoverable.
    const auto keyed = [this](LeadAction which, const QString &tip) {
        return QStringLiteral("%1 (%2)").arg(tip, leadAction(which)->shortcut().toString(
                                                          QKeySequence::NativeText));
    };
    allowIf(leadAction(LeadAction::People), actor, Action::Annotate,
            keyed(LeadAction::People,
                  tr("Who works on the project: roles, keys, queues, accuracy")));
    allowReadIf(leadAction(LeadAction::Batches), actor, Read::TaskKinds,
                keyed(LeadAction::Batches,
                      tr("Create batches with a preview of the queues; accept or reject them")));
    allowReadIf(leadAction(LeadAction::Gold), actor, Read::GoldAnswers,
                keyed(LeadAction::Gold,
                      tr("Gold items, how people answered them, the gold gate's settings")));
    allowReadIf(m_calibrationAction, actor, Read::CalibrationAnswers,
                tr("A calibration session's results: who is ready and why not, how the cohort"
                   " answered each item, agreement with each other and with the reference"));
    allowIf(m_debriefAction, actor, Action::Annotate,
            tr("Your debrief after a calibration session: your answers beside the reference,"
               " with the explanations"));
    allowReadIf(leadAction(LeadAction::Flags), actor, Read::OthersQueues,
                keyed(LeadAction::Flags,
                      tr("Tasks annotators flagged, each with its item; resolve them")));
    // The report is for those who decide batches or review (GoldService::batchQualityReport).
    const QString qualityTip = keyed(LeadAction::Quality,
                                     tr("A batch's agreement, gold accuracy and verdicts; a click "
                                        "on a figure opens the items behind it"));
    // It is built from the batch's tasks, which need Read::TaskKinds as well: a reviewer
    // without it would get only an error, so it is not offered.
    if (isAllowed(actor, Action::DecideBatches))
        allowIf(leadAction(LeadAction::Quality), actor, Action::DecideBatches, qualityTip);
    else if (allowIf(leadAction(LeadAction::Quality), actor, Action::Review, qualityTip))
        allowReadIf(leadAction(LeadAction::Quality), actor, Read::TaskKinds, qualityTip);
    // Media intake is recorded as the signed-in person: refused before the files are chosen.
    for (QAction *a : std::as_const(m_mediaActions)) {
        const QString tip = QStringLiteral("%1 (%2)").arg(
                a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                a->shortcut().toString(QKeySequence::NativeText));
        if (m_store)
            allowIf(a, actor, Action::AddItems, tip);
    }
    const QString reviewTip
            = tr("Answers in review side by side: accept, fix, reject, escalate (%1)")
                      .arg(m_reviewAction->shortcut().toString(QKeySequence::NativeText));
    m_reviewAction->setEnabled(m_store != nullptr);
    if (m_store && allowIf(m_reviewAction, actor, Action::Review, reviewTip))
        allowReadIf(m_reviewAction, actor, Read::OthersAnswers, reviewTip);
    m_sync->refresh();
    allowIf(leadAction(LeadAction::FirstRun), actor, Action::ManagePeople,
            keyed(LeadAction::FirstRun,
                  tr("People, classes, media and a first batch, step by step")));
    allowIf(leadAction(LeadAction::Taxonomy), actor, Action::EditTaxonomy,
            keyed(LeadAction::Taxonomy,
                  tr("Classes in a tree; renames, merges and splits previewed per batch")));
    const QString who = m_store ? m_store->actor().displayName : QString();
    m_importAction->setStatusTip(
            m_store && !canImport
                    ? tr("%1 may not import: it needs the lead role").arg(who)
                    : tr("Labels or predictions from COCO, YOLO, Pascal VOC, Label Studio, CVAT, CSV or JSON Lines"));
    m_exportAction->setStatusTip(
            m_store && !canExport
                    ? tr("%1 may not export: it needs the reviewer or lead role").arg(who)
                    : tr("The project's labels in an interchange format, with a manifest"));
}

void MainWindow::updateStatus()
{
    updateItemsPage();
    if (!m_store) {
        m_statusItems->setText(
                tr("No project open — File ▸ Open Project (Ctrl+O) or New Project (Ctrl+N)"));
        m_statusPerson->clear();
        return;
    }
    const QLocale locale;
    auto total = m_store->items().itemCount();
    m_statusItems->setText(tr("%1 items").arg(locale.toString(total ? *total : 0)));
    const Person &actor = m_store->actor();
    if (actor.id.isEmpty()) {
        m_statusPerson->setText(tr("Not signed in"));
        return;
    }
    QStringList roles;
    for (Role r : actor.roles)
        roles.append(roleTitle(r));
    m_statusPerson->setText(
            tr("Signed in as %1 (%2)").arg(actor.displayName, roles.join(QStringLiteral(", "))));
}

// What a sign-in decided on the person's behalf (Project::signIn): said, not asked.
static void tellSignInDecisions(QStatusBar *bar, const core::Project &project)
{
    const QList<core::SessionJudgement> judged = core::latestJudgements(project);
    if (judged.isEmpty())
        return;
    int passed = 0;
    int retries = 0;
    for (const core::SessionJudgement &j : judged) {
        if (j.judgement.passed)
            ++passed;
        else if (j.judgement.retry)
            ++retries;
    }
    bar->showMessage(MainWindow::tr("Calibration: %n attempt(s) judged on your behalf", nullptr,
                                    int(judged.size()))
                             + QLatin1String(" — ")
                             + MainWindow::tr("%1 passed, %2 to try again, %3 failed")
                                       .arg(passed)
                                       .arg(retries)
                                       .arg(judged.size() - passed - retries),
                     15000);
}

Status MainWindow::signIn(const QString &personNameOrId, const core::identity::SecretKeys &keys)
{
    if (!m_store)
        return makeError(ErrorCode::InvalidInput, tr("no project is open"));
    const Status st = m_store->signIn(personNameOrId, keys);
    if (st)
        SignInDialog::remember(m_store->info().projectId, m_store->actor().id);
    personChanged();
    if (st)
        tellSignInDecisions(statusBar(), *m_store);
    return st;
}

bool MainWindow::showSignIn(const core::Id &preselected)
{
    if (!m_store)
        return false;
    const Id before = m_store->actor().id;
    SignInDialog dialog(*m_store, preselected, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (accepted || m_store->actor().id != before)
        personChanged();
    if (accepted)
        tellSignInDecisions(statusBar(), *m_store);
    return accepted;
}

void MainWindow::personChanged()
{
    updateStatus();
    updateActions();
    if (isLabeling()) {
        if (m_store->actor().id.isEmpty()) {
            showItems();
        } else {
            m_labeling->setStore(m_store.get());
            m_labeling->loadQueue();
        }
    }
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_store) {
        m_preview->clear();
        return;
    }
    const Item item = index.data(ItemListModel::ItemRole).value<Item>();
    m_preview->showItem(item, m_store->absoluteMediaPath(item));
    statusBar()->showMessage(item.path, 4000);
    updateMediaStatus(); // a disk may have been unmounted, or mounted again, since
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                      tr("Assay projects (*.assay)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QLatin1String(".assay")) ? path
                                                                : path + QStringLiteral(".assay");
    assay::core::CreateOptions options;
    options.ownerName = qEnvironmentVariable("USER");
    if (!core::identity::KeyStore::isValidName(options.ownerName))
        options.ownerName = QStringLiteral("admin");
    // The owner is whoever holds the owner's key: the one on this machine, or a new one.
    const core::identity::KeyStore keys;
    std::optional<core::identity::SecretKeys> made;
    if (QFileInfo::exists(keys.fileFor(options.ownerName))) {
        auto pub = keys.publicKeys(options.ownerName);
        if (!pub) {
            showError(tr("The project could not be created"), pub.error().toString());
            return;
        }
        options.ownerKey = pub->toText();
    } else {
        bool ok = false;
        const QString first = QInputDialog::getText(
                this, tr("New Key"),
                tr("You own the new project as %1. Choose a passphrase for your key (kept in %2):")
                        .arg(options.ownerName,
                             QDir::toNativeSeparators(keys.fileFor(options.ownerName))),
                QLineEdit::Password, {}, &ok);
        if (!ok || first.isEmpty())
            return;
        const QString second = QInputDialog::getText(this, tr("New Key"),
                                                     tr("The same passphrase once more:"),
                                                     QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        if (second != first) {
            showError(tr("The project could not be created"), tr("The two passphrases differ."));
            return;
        }
        auto secret = core::identity::SecretKeys::generate();
        Status saved = secret ? keys.save(options.ownerName, *secret, first.toUtf8())
                              : Status(secret.error());
        if (!saved) {
            showError(tr("The project could not be created"), saved.error().toString());
            return;
        }
        keyring::save(options.ownerName, *secret);
        options.ownerSecret = *secret; // the first events are signed with it
        made = *secret;
    }
    auto created = assay::core::Project::create(file, options);
    if (!created) {
        showError(tr("The project could not be created"), created.error().toString());
        return;
    }
    const Id owner = (*created)->actor().id;
    created->reset();
    if (!openProject(file))
        return;
    if (!made)
        showSignIn(owner);
    else if (const Status st = signIn(owner, *made); !st)
        showError(tr("The project could not be signed in to"), st.error().toString());
    if (m_store && !m_store->actor().id.isEmpty())
        showFirstRun();
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("Assay projects (*.assay);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseMedia(bool folders)
{
    if (!m_store)
        return;
    QStringList paths;
    if (folders) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Media Folder"),
                                                              m_store->info().mediaRoot);
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Add Media Files"),
                                              m_store->info().mediaRoot,
                                              tr("Media (%1);;All files (*)")
                                                      .arg(core::media::extensionPatterns()));
    }
    if (!paths.isEmpty())
        addMedia(paths);
}

int MainWindow::addMedia(const QStringList &paths)
{
    if (!m_store)
        return 0;
    QProgressDialog progress(tr("Checking and adding media…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Add Media"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);

    // The intake runs on its own connection in a worker thread; the GUI stays responsive and
    // a cancel leaves the project as it was (nothing is written until the end).
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0}, total{0};
    Result<media::IntakeReport> report = makeError(ErrorCode::Cancelled, tr("cancelled"));
    const QString projectPath = m_store->path();
    const QString actor = m_store->actor().id;
    if (!m_store->signingKeys()) {
        showError(tr("Media could not be added"),
                  tr("Nobody is signed in: Work ▸ Sign In first (Ctrl+Shift+P)."));
        return 0;
    }
    const core::identity::SecretKeys keys = *m_store->signingKeys();
    QThread *worker = QThread::create([&] {
        auto store = assay::core::Project::open(projectPath);
        if (!store) {
            report = store.error();
            return;
        }
        if (Status st = (*store)->signIn(actor, keys); !st) {
            report = st.error();
            return;
        }
        media::IntakeOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 d, qint64 t) {
            done = d;
            total = t;
        };
        report = media::addMedia(**store, paths, options);
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (total > 0) {
            progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
            progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        }
        if (progress.wasCanceled())
            cancel = true;
    });
    ticker.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();

    if (!report) {
        if (report.error().code != ErrorCode::Cancelled)
            showError(tr("Media could not be added"), report.error().toString());
        return 0;
    }
    if (report->cancelled) {
        statusBar()->showMessage(tr("Adding media was cancelled; nothing was added."), 6000);
        return 0;
    }
    m_model->reload();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateStatus();
    // Huge images that are not tiled: their pyramids follow in the background.
    for (const Item &item : std::as_const(report->added))
        m_pyramids->enqueue(m_store->path(), item, m_store->absoluteMediaPath(item));
    const int added = int(report->added.size());
    QString summary = tr("Added %n item(s).", nullptr, added);
    if (report->slideParts > 0) {
        summary += QLatin1Char(' ')
                   + tr("%n file(s) were taken as parts of multi-file slides.", nullptr,
                        int(report->slideParts));
    }
    QStringList problems;
    for (const auto &p : std::as_const(report->rejected))
        problems.append(tr("skipped %1: %2").arg(p.path, p.reason));
    for (const QString &e : std::as_const(report->lineErrors))
        problems.append(tr("skipped %1").arg(e));
    for (const auto &p : std::as_const(report->duplicates))
        problems.append(tr("duplicate %1: %2").arg(p.path, p.reason));
    if (problems.isEmpty()) {
        statusBar()->showMessage(summary, 6000);
    } else {
        QMessageBox box(QMessageBox::Information, tr("Add Media"),
                        summary + QLatin1Char(' ')
                                + tr("%n file(s) were skipped or already in the project.", nullptr,
                                     int(problems.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
    }
    return added;
}

void MainWindow::importLabels()
{
    if (!m_store)
        return;
    ImportDialog dialog(m_store->path(), m_store->actor().id, m_store->signingKeys(), this);
    dialog.setWindowTitle(tr("Import Labels — %1").arg(m_store->info().name));
    // The list and the status bar show the new items before the summary is read.
    connect(&dialog, &ImportDialog::imported, this, [this](const transfer::ImportSummary &summary) {
        m_model->reload();
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        updateStatus();
        onCurrentChanged();
        statusBar()->showMessage(summary.prelabels > 0
                                         ? tr("Imported %n pre-label(s).", nullptr,
                                              int(summary.prelabels))
                                         : tr("Imported %n box(es) and %1 class label(s).", nullptr,
                                              int(summary.boxes))
                                                   .arg(summary.labels),
                                 8000);
    });
    dialog.exec();
}

void MainWindow::exportDataset()
{
    if (!m_store)
        return;
    ExportDialog dialog(m_store->path(), m_store->actor().id, m_store->signingKeys(), this);
    dialog.setWindowTitle(tr("Export Dataset — %1").arg(m_store->info().name));
    if (dialog.exec() == QDialog::Accepted && dialog.summary())
        statusBar()->showMessage(tr("Exported; manifest: %1")
                                         .arg(QDir::toNativeSeparators(
                                                 dialog.summary()->manifestPath)),
                                 8000);
}

void MainWindow::selectItem(int row)
{
    while (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const QModelIndex index = m_list->model()->index(row, 0);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

bool MainWindow::startLabeling(const QString &personNameOrId)
{
    if (!m_store)
        return false;
    const Person &actor = m_store->actor();
    if (!personNameOrId.isEmpty()) {
        auto p = m_store->people().person(personNameOrId);
        if (!p) {
            showError(tr("Labeling could not start"), p.error().toString());
            return false;
        }
        // Someone else than the signed-in person labels only after signing in themselves.
        if (p->id != actor.id && !showSignIn(p->id))
            return false;
    } else if (actor.id.isEmpty()
               && !showSignIn(SignInDialog::remembered(m_store->info().projectId))) {
        return false;
    }
    if (m_store->actor().id.isEmpty())
        return false;
    updateStatus();
    updateActions();
    m_pages->setCurrentWidget(m_labeling);
    m_labeling->setStore(m_store.get());
    m_labeling->loadQueue();
    // The guideline changed since this person's last task: it opens, with what changed, first.
    if (auto notice = m_store->guidelines().changedSinceLastTask(); notice && *notice) {
        m_guidelineDock->show();
        m_guidelinePanel->setProject(m_store.get());
    }
    return true;
}

void MainWindow::showGuidelinePreview()
{
    if (!m_store || !isAllowed(m_store->actor(), Action::EditGuidelines))
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("guidelinePreviewDialog"));
    dialog.setWindowTitle(tr("Guideline Preview — %1").arg(m_store->info().name));
    auto *layout = new QHBoxLayout(&dialog);
    auto *panel = new widgets::GuidelinePanel(&dialog);
    panel->setProject(m_store.get(), true);
    const core::Id classId = m_labeling->canvas()->currentClass();
    auto taxonomy = m_store->taxonomy().get();
    panel->showClass(!classId.isEmpty() || !taxonomy || taxonomy->classes.isEmpty()
                             ? classId
                             : taxonomy->classes.first().id);
    layout->addWidget(panel, 1);
    // The class's first example, drawn as an annotator opens it from the panel.
    auto examples = m_store->guidelines().examples(panel->currentClass());
    if (examples && !examples->isEmpty()) {
        auto *example = new widgets::ExampleDialog(m_store.get(), examples->first(), &dialog);
        example->setWindowFlags(Qt::Widget);
        layout->addWidget(example, 2);
    }
    dialog.resize(1100, 680);
    dialog.exec();
}

void MainWindow::showGuidelineCitations()
{
    if (!m_store || !isAllowed(m_store->actor(), Action::EditGuidelines))
        return;
    CitationsDialog dialog(m_store.get(), this);
    connect(&dialog, &CitationsDialog::itemsRequested, &dialog,
            [this, &dialog](const QString &title, const QStringList &itemIds) {
                ItemsDialog items(m_store.get(), title, itemIds, &dialog);
                items.exec();
            });
    rememberGeometry(&dialog, QStringLiteral("citations"), {720, 480});
    dialog.exec();
}

void MainWindow::showItems()
{
    m_labeling->recordTimeSpent();
    m_pages->setCurrentWidget(m_splitter);
    m_statusZoom->clear();
    m_statusProgress->clear();
    updateStatus();
}

bool MainWindow::isShowingEmptyProject() const
{
    return m_pages->currentWidget() == m_emptyProject;
}

void MainWindow::updateItemsPage()
{
    if (isLabeling())
        return;
    const bool empty = m_store && m_model->rowCount() == 0 && !m_model->canFetchMore({});
    m_pages->setCurrentWidget(empty ? m_emptyProject : m_splitter);
    if (!empty)
        return;
    m_emptyProjectText->setText(tr("%1 has no items yet. Add a folder of images, texts or audio "
                                   "clips, or set the project up step by step.")
                                        .arg(m_store->info().name));
    const Person &actor = m_store->actor();
    allowIf(m_emptyButtons.at(0), actor, Action::AddItems,
            tr("Every media file in a folder and its subfolders (Ctrl+Shift+F)"));
    allowIf(m_emptyButtons.at(1), actor, Action::AddItems, tr("Chosen media files (Ctrl+Shift+A)"));
    allowIf(m_emptyButtons.at(2), actor, Action::ManagePeople,
            tr("People, classes, media and a first batch, step by step (Ctrl+Shift+W)"));
}

bool MainWindow::isLabeling() const
{
    return m_pages->currentWidget() == m_labeling;
}

QRect MainWindow::fittedGeometry(const QRect &window, const QRect &available, int titleBar)
{
    const QRect area = available.adjusted(0, titleBar, 0, 0);
    QRect fitted(window.topLeft(), window.size().boundedTo(area.size()));
    fitted.moveLeft(std::clamp(fitted.left(), area.left(), area.right() + 1 - fitted.width()));
    fitted.moveTop(std::clamp(fitted.top(), area.top(), area.bottom() + 1 - fitted.height()));
    return fitted;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<QAction *> actions;
    for (QAction *menuAction : menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        QList<QMenu *> menus{menuAction->menu()};
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            for (QAction *a : menu->actions()) {
                if (a->menu())
                    menus.append(a->menu());
                else if (!a->shortcuts().isEmpty())
                    actions.append(a);
            }
        }
    }
    actions += m_labeling->canvas()->classActions();
    for (const auto &[text, key] : widgets::ReviewView::keyMap()) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(tr("Review: %1").arg(text)));
        table->setItem(row, 1, new QTableWidgetItem(key.toString(QKeySequence::NativeText)));
    }
    const QList<QAction *> imageClasses = m_labeling->imageClassBar()->classActions();
    actions += imageClasses;
    // The text and audio views' own keys, which work while one of them is shown.
    const QList<QAction *> textKeys = m_labeling->textView()->actions();
    const QList<QAction *> audioKeys = m_labeling->audioView()->actions();
    actions += textKeys;
    actions += audioKeys;
    for (QAction *a : std::as_const(actions)) {
        if (a->shortcuts().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        QString text = a->text().remove(QLatin1Char('&'));
        if (imageClasses.contains(a))
            text = tr("Image class: %1").arg(text);
        else if (textKeys.contains(a))
            text = tr("Text: %1").arg(text);
        else if (audioKeys.contains(a))
            text = tr("Audio: %1").arg(text);
        table->setItem(row, 0, new QTableWidgetItem(text));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) {
            // A chord's keys one after the other; commas part alternatives.
            QStringList chord;
            for (int i = 0; i < k.count(); ++i)
                chord.append(QKeySequence(k[i]).toString(QKeySequence::NativeText));
            keys.append(chord.join(tr(" then ")));
        }
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    const QStringList gestures
            = {tr("Draw a box (also inside another)") + QLatin1Char('\t') + tr("drag on the image"),
               tr("Select a box") + QLatin1Char('\t') + tr("click it"),
               tr("Move a box") + QLatin1Char('\t') + tr("drag its line, or Ctrl + drag"),
               tr("Resize the selected box") + QLatin1Char('\t') + tr("drag a handle"),
               tr("Class 10 to 19 (the 13th: 0 then 3)") + QLatin1Char('\t')
                       + tr("0, then its number's last digit"),
               tr("Find a class by name") + QLatin1Char('\t') + tr("/, type, Enter"),
               tr("Back to the image") + QLatin1Char('\t') + tr("Escape"),
               tr("Submit with nothing labeled") + QLatin1Char('\t') + tr("N, then N again"),
               tr("Pan") + QLatin1Char('\t') + tr("middle-drag, or Space + drag"),
               tr("Zoom around the cursor") + QLatin1Char('\t') + tr("mouse wheel"),
               tr("Nudge the selected box") + QLatin1Char('\t') + tr("arrow keys (Shift: 10 px)"),
               tr("Select a suggested box") + QLatin1Char('\t')
                       + tr("click its dashed line or its tag"),
               tr("Accept a suggested box") + QLatin1Char('\t') + tr("double-click it"),
               tr("Reject the selected suggested box") + QLatin1Char('\t') + tr("Delete")};
    for (const QString &g : gestures) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(g.section(QLatin1Char('\t'), 0, 0)));
        table->setItem(row, 1, new QTableWidgetItem(g.section(QLatin1Char('\t'), 1, 1)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu
                ->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })
                ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Assay"),
                       tr("<h3>Assay %1</h3>"
                          "<p>A labeling workstation with quality control built in: gold tasks,"
                          " agreement, review and a tamper-evident decision log.</p>"
                          "<p>Qt %2 · OpenCV %3 · SQLite</p>"
                          "<p>Licensed under the Apache License 2.0.</p>")
                               .arg(QStringLiteral(ASSAY_VERSION), QString::fromLatin1(qVersion()),
                                    QStringLiteral(CV_VERSION)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".assay"))) {
        openProject(paths.first());
    } else if (!paths.isEmpty()) {
        if (!m_store)
            showError(tr("No project open"), tr("Open or create a project before adding media."));
        else
            addMedia(paths);
    }
    event->acceptProposedAction();
}

// ---------------------------------------------------------------- a lead's views

QAction *MainWindow::leadAction(LeadAction action) const
{
    return m_leadActions.value(int(action));
}

void MainWindow::leadChangeMade()
{
    if (!m_store)
        return;
    m_store->refreshActor();
    updateStatus();
    updateActions();
    if (isLabeling()) {
        if (m_store->actor().id.isEmpty())
            showItems();
        else
            m_labeling->loadQueue();
    }
}

void MainWindow::showPeople()
{
    if (!m_store || !leadAction(LeadAction::People)->isEnabled())
        return;
    PeopleDialog dialog(m_store.get(), this);
    dialog.setWindowTitle(tr("People — %1").arg(m_store->info().name));
    connect(&dialog, &PeopleDialog::peopleChanged, this, &MainWindow::leadChangeMade);
    dialog.exec();
}

void MainWindow::showBatches()
{
    if (!m_store || !leadAction(LeadAction::Batches)->isEnabled())
        return;
    BatchDialog dialog(m_store.get(), this);
    dialog.setWindowTitle(tr("Batches — %1").arg(m_store->info().name));
    connect(&dialog, &BatchDialog::batchesChanged, this, &MainWindow::leadChangeMade);
    dialog.exec();
}

void MainWindow::showGold()
{
    if (!m_store || !leadAction(LeadAction::Gold)->isEnabled())
        return;
    GoldDialog dialog(m_store.get(), this);
    dialog.setWindowTitle(tr("Gold Items — %1").arg(m_store->info().name));
    dialog.exec();
}

void MainWindow::showFlags()
{
    if (!m_store || !leadAction(LeadAction::Flags)->isEnabled())
        return;
    FlagsDialog dialog(m_store.get(), this);
    dialog.setWindowTitle(tr("Flagged Tasks — %1").arg(m_store->info().name));
    connect(&dialog, &FlagsDialog::flagResolved, this, &MainWindow::leadChangeMade);
    dialog.exec();
}

void MainWindow::showQuality()
{
    if (!m_store || !leadAction(LeadAction::Quality)->isEnabled())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("qualityDialog"));
    dialog.setWindowTitle(tr("Quality — %1").arg(m_store->info().name));
    auto *panel = new widgets::QualityPanel(&dialog);
    (new QVBoxLayout(&dialog))->addWidget(panel);
    panel->setStore(m_store.get());
    // A figure, a person, a class or a pair opens the items behind it.
    connect(panel, &widgets::QualityPanel::itemsRequested, &dialog,
            [this, &dialog](const QString &title, const QStringList &itemIds) {
                ItemsDialog items(m_store.get(), title, itemIds, &dialog);
                items.exec();
            });
    rememberGeometry(&dialog, QStringLiteral("quality"), {1100, 760});
    dialog.exec();
}

void MainWindow::showTaxonomy()
{
    if (!m_store || !leadAction(LeadAction::Taxonomy)->isEnabled())
        return;
    TaxonomyEditor editor(m_store.get(), this);
    editor.setWindowTitle(tr("Taxonomy — %1").arg(m_store->info().name));
    editor.exec();
    m_labeling->setStore(m_store.get()); // the classes may have changed
    leadChangeMade();
}

void MainWindow::showFirstRun()
{
    if (!m_store || !leadAction(LeadAction::FirstRun)->isEnabled())
        return;
    FirstRunWizard wizard(
            m_store.get(), [this](const QStringList &paths) { return addMedia(paths); }, this);
    connect(&wizard, &FirstRunWizard::peopleChanged, this, &MainWindow::leadChangeMade);
    connect(&wizard, &FirstRunWizard::batchCreated, this, &MainWindow::leadChangeMade);
    connect(&wizard, &FirstRunWizard::mediaAdded, this, [this] { updateStatus(); });
    wizard.exec();
    m_labeling->setStore(m_store.get()); // the taxonomy may have changed
    leadChangeMade();
}

} // namespace assay::app
