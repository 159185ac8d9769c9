// SPDX-License-Identifier: Apache-2.0
// LabelingPanel: one person's queue of tasks — the item's view, navigation, flags, timing.
#pragma once

#include "core/domain/types.h"
#include "core/review/reviewevents.h"

#include <QElapsedTimer>
#include <QSet>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QThreadPool;

namespace assay::core {
class LogWatcher;
class Project;
} // namespace assay::core

namespace assay::widgets {
class AnnotationSession;
class AudioItemView;
class BoxListWidget;
class ClassBar;
class ClassSuggestions;
class SuggestionLayer;
class ImageCanvas;
class TextItemView;
class ItemPreview;
class Prefetcher;
struct ImageSource;
} // namespace assay::widgets

namespace assay::app {

class PyramidBuilder;
class QueueStrip;

class LabelingPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        Next,
        Previous,
        Skip,
        Flag,
        AcceptSuggestion,
        AcceptAllSuggestions,
        RejectSuggestion,
        MarkGold, // a lead's: the current answer becomes the item's gold reference
    };

    explicit LabelingPanel(QWidget *parent = nullptr);
    ~LabelingPanel() override;

    // The store must outlive the panel or be replaced first; nullptr empties the panel.
    void setStore(core::Project *store);
    // Where the tile pyramids of huge images are made: one missing or damaged is queued there
    // when its image is shown, and the canvas reads by region once it is made. nullptr: none.
    void setPyramidBuilder(PyramidBuilder *builder);
    // Loads the acting person's queue (all their batches when batchId is empty) and shows the
    // first task not done yet. Returns false, with message(), when there is nothing to do.
    bool loadQueue(const core::Id &batchId = {});

    int taskCount() const { return int(m_tasks.size()); }
    int doneCount() const; // tasks done: not the skipped or flagged ones
    core::TaskState taskState(int index) const { return m_tasks.value(index).state; }
    int currentIndex() const { return m_index; }
    core::Id currentAnnotation() const { return m_annotationId; }
    const core::Item &currentItem() const { return m_item; }
    // The remarks a reviewer pinned to regions of the current image, shown on the canvas when
    // a rejected answer comes back.
    const QList<core::BoxRemark> &shownRemarks() const { return m_shownRemarks; }

    // Submits the current task (done) and shows the next open one; when none is left, the
    // skipped tasks come back. A flagged task stays flagged (a lead resolves it) and a done one
    // done. On an item with no answer at all the first N only asks (message()) and the second
    // submits it as having nothing to label.
    bool next();
    bool previous();
    bool skip();
    // Flags the current task with a reason and a comment for the guideline authors; `section`
    // is the anchor of the guideline section the flag cites (empty: none).
    bool flag(const QString &reason, const QString &comment, const QString &section = {});
    // The guideline section a flag of the current task cites unless the person picks another:
    // the section of the class in question (the next box's class on an image, else the first
    // class of the answer); empty when there is none.
    QString defaultFlagSection() const;
    bool showTask(int index);
    // Records the time spent on the current task so far (on leaving it, and on close).
    void recordTimeSpent();
    // A model's suggestions (pre-labels) on the current item: the selected box suggestion, else
    // the best-scored box, else the best-scored class. False, with message(), when none is left.
    bool acceptSuggestion();
    bool rejectSuggestion();
    bool acceptAllSuggestions(); // one undo step
    // Makes the current item gold with the current answer (classes and boxes) as its reference;
    // false, with message(), when there is no answer or the person may not.
    bool markGold();
    // The button under "X has no tasks" (a lead's way to a batch); hidden when there is none.
    QPushButton *emptyActionButton() const { return m_emptyAction; }
    QString emptyText() const;

    QAction *action(Action action) const;
    // The current item's annotation, shared by every view of the panel; one undo history.
    widgets::AnnotationSession *session() const { return m_session; }
    // Tells the session of changes made elsewhere; nullptr without a project.
    core::LogWatcher *logWatcher() const { return m_watcher; }
    widgets::ImageCanvas *canvas() const { return m_canvas; }
    // Whole-image classes: Shift with the class's hotkey; one undo history with the boxes.
    widgets::ClassBar *imageClassBar() const { return m_imageClasses; }
    widgets::TextItemView *textView() const { return m_textView; }
    widgets::SuggestionLayer *boxSuggestions() const { return m_boxSuggestions; }
    // The class suggestions of the page shown (image, text or audio); nullptr with no item.
    widgets::ClassSuggestions *classSuggestions() const;
    widgets::AudioItemView *audioView() const { return m_audioView; }
    QueueStrip *queueStrip() const { return m_strip; }
    // "Next box: cat (1)" beside the box list: the class the next box drawn gets.
    QLabel *nextBoxClassLabel() const { return m_nextClass; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void taskShown(const QString &itemName, const QString &details);
    void message(const QString &text);
    // The empty queue's button: a lead makes a batch.
    void batchesRequested();

private:
    void createActions();
    void askForFlag();
    bool finishCurrent(core::TaskState state, const QString &reason = {},
                       const QString &comment = {}, const QString &section = {});
    void showReviewRemarks(const core::Id &taskId);
    void prefetchAhead();
    widgets::ImageSource imageSource(const core::Item &item);
    void pyramidMade(const QString &sha256, const QString &pyramidPath);
    void reportError(const QString &text);
    void updateSuggestionActions();
    void updateStrip();
    void updateNextClass();
    void updateGoldAction();
    void showEmpty(const QString &text);
    bool currentAnswerIsEmpty() const;
    int nextTaskAfter(int index) const;

    core::Project *m_store = nullptr;
    QList<core::Task> m_tasks;
    int m_index = -1;
    core::Item m_item;
    core::Id m_annotationId;
    QElapsedTimer m_clock;
    core::Id m_emptyAsked; // the task whose empty answer N asked about
    QList<core::BoxRemark> m_shownRemarks;

    QStackedWidget *m_stack;
    widgets::ImageCanvas *m_canvas;
    widgets::BoxListWidget *m_boxList;
    widgets::ClassBar *m_imageClasses;
    QWidget *m_imagePage;
    widgets::TextItemView *m_textView;
    widgets::AudioItemView *m_audioView;
    QWidget *m_emptyPage;
    QLabel *m_empty;
    QPushButton *m_emptyAction;
    QueueStrip *m_strip;
    QLabel *m_nextClass;
    widgets::Prefetcher *m_prefetcher;
    QThreadPool *m_previewPool;      // makes missing previews of large images, one at a time
    QSet<QString> m_previewsChecked; // content hashes whose stored preview was looked at
    QPointer<PyramidBuilder> m_pyramids;
    QSet<QString> m_pyramidsChecked; // content hashes whose stored pyramid was looked at
    QList<QAction *> m_actions;
    widgets::SuggestionLayer *m_boxSuggestions;
    QList<widgets::ClassSuggestions *> m_classSuggestions; // image, text, audio
    core::LogWatcher *m_watcher = nullptr;
    // Made after the views (which show it), so that it is deleted after them.
    widgets::AnnotationSession *m_session;
};

} // namespace assay::app
