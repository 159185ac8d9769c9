// SPDX-License-Identifier: Apache-2.0
// MainWindow: the workstation's window — the project's items, a preview, menus.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace assay::core {
class ItemListModel;
class Project;
namespace identity {
class SecretKeys;
}
} // namespace assay::core

namespace assay::widgets {
class ItemPreview;
class GuidelinePanel;
} // namespace assay::widgets

namespace assay::app {

class LabelingPanel;
class PyramidBuilder;
class SyncController;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project; on failure shows the file and the reason and keeps the current one.
    bool openProject(const QString &path);
    void closeProject();
    // Adds media files and folders with a cancellable progress dialog; returns items added.
    int addMedia(const QStringList &paths);
    // Selects the item in `row` of the list, loading pages as needed.
    void selectItem(int row);
    // Signs a person in with keys already unlocked (Project::signIn); the status bar and the
    // actions follow. The window's own way is showSignIn.
    Status signIn(const QString &personNameOrId, const core::identity::SecretKeys &keys);
    // The sign-in dialog: pick a person, unlock their key. False when cancelled.
    bool showSignIn(const core::Id &preselected = {});
    // Labeling: the signed-in person's queue; asks someone to sign in when nobody has, or when
    // `personNameOrId` names someone else.
    bool startLabeling(const QString &personNameOrId = {});
    void showItems();
    bool isLabeling() const;
    // An open project without items shows what to do next instead of an empty list.
    bool isShowingEmptyProject() const;
    QPushButton *emptyProjectButton(int index) const { return m_emptyButtons.value(index); }
    LabelingPanel *labelingPanel() const { return m_labeling; }
    // The guideline beside the work (View ▸ Guideline, G): opens at the selected class's section.
    widgets::GuidelinePanel *guidelinePanel() const { return m_guidelinePanel; }
    QDockWidget *guidelineDock() const { return m_guidelineDock; }
    // The author's preview: the draft in the same panel, with an example as annotators see it.
    void showGuidelinePreview();
    // The guideline sections flags and rejections cite, for those who edit guidelines.
    void showGuidelineCitations();
    void showShortcuts();
    // A lead's views, modal so that none outlives the project it reads (the actions below).
    void showPeople();
    void showBatches();
    void showGold();
    void showFlags();
    void showQuality();
    // The first steps of a new project: people, classes, media, a first batch.
    void showFirstRun();
    void showTaxonomy();
    enum class LeadAction { People, Batches, Gold, Flags, Quality, FirstRun, Taxonomy };
    QAction *leadAction(LeadAction action) const;
    // A window geometry moved and shrunk to lie within `available` (the screen less its panels),
    // `titleBar` pixels kept above it for the frame the window manager adds.
    static QRect fittedGeometry(const QRect &window, const QRect &available, int titleBar);

    core::Project *store() const { return m_store.get(); }
    // Whether the check of the open project's log (run in the background after opening) is
    // still running; when it finds the log does not verify, the project turns read-only.
    bool isCheckingLog() const { return m_logCheckRunning; }
    QLabel *readOnlyIndicator() const { return m_statusReadOnly; }
    QLabel *mediaMissingIndicator() const { return m_statusMedia; }
    SyncController *syncController() const { return m_sync; }
    PyramidBuilder *pyramidBuilder() const { return m_pyramids; }
    core::ItemListModel *itemModel() const { return m_model; }
    QListView *itemView() const { return m_list; }
    widgets::ItemPreview *preview() const { return m_preview; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void newProject();
    void chooseProject();
    void chooseMedia(bool folders);
    void importLabels();
    void exportDataset();
    void showAbout();
    void updateRecentMenu();
    void updateStatus();
    void updateActions();
    void updateSlideImagesAction();
    void showSlideImages();
    void onCurrentChanged();
    void personChanged();
    void showError(const QString &title, const QString &message);
    void leadChangeMade(); // people, batches or flags changed: roles, queues and lists follow
    void updateItemsPage();
    void checkLogInBackground();
    void logChecked(const QString &path, const QString &problem);
    void showReadOnly();
    void updateMediaStatus();

    std::unique_ptr<core::Project> m_store;
    core::ItemListModel *m_model;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    LabelingPanel *m_labeling;
    widgets::GuidelinePanel *m_guidelinePanel = nullptr;
    QDockWidget *m_guidelineDock = nullptr;
    QAction *m_guidelinePreviewAction = nullptr;
    QAction *m_guidelineCitationsAction = nullptr;
    QListView *m_list;
    widgets::ItemPreview *m_preview;
    QLabel *m_statusItems;
    QLabel *m_statusPerson;
    QLabel *m_statusZoom;
    QLabel *m_statusProgress;
    QLabel *m_statusReadOnly;
    QLabel *m_statusMedia;
    SyncController *m_sync = nullptr;
    PyramidBuilder *m_pyramids = nullptr;
    QAction *m_slideImagesAction = nullptr;      // View ▸ Slide Label and Macro…
    QAction *m_allowSlideImagesAction = nullptr; // Work ▸ Allow Slide Labels (a lead's)
    bool m_logCheckRunning = false;
    quint64 m_openGeneration = 0; // which opening a background check belongs to
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectActions;
    QAction *m_importAction = nullptr; // enabled by the acting person's role as well
    QAction *m_reviewAction = nullptr;
    QAction *m_calibrationAction = nullptr;
    QAction *m_debriefAction = nullptr;
    QAction *m_exportAction = nullptr;
    QList<QAction *> m_leadActions;  // in the order of LeadAction
    QList<QAction *> m_mediaActions; // Add Media Files, Add Media Folder: AddItems
    QWidget *m_emptyProject = nullptr;
    QLabel *m_emptyProjectText = nullptr;
    QList<QPushButton *> m_emptyButtons; // Add Media Folder, Add Media Files, Set Up Project
};

} // namespace assay::app
