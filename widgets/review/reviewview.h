// SPDX-License-Identifier: Apache-2.0
// ReviewView: a reviewer's queue item by item, two to four annotators' answers side by side,
// decided from the keyboard (accept, fix, reject with a reason, escalate), each undoable.
#pragma once

#include "core/domain/types.h"
#include "core/review/reviewservice.h"

#include <QKeySequence>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
QT_END_NAMESPACE

namespace assay::core {
class Project;
}

namespace assay::widgets {

class ImageCanvas;
class MemoryAnnotationEditor;
class Prefetcher;

// The answers of one item: one panel per annotator (image: a canvas, linked in zoom and pan with
// the others; text and audio: the classes in a column), boxes matched to the selected annotator's
// by IoU (Hungarian) with unmatched boxes outlined in red and differing classes in orange, the
// versions grouped ("2 annotators: cat, 1: dog"). Keys (none collide with the labeling keys used
// while fixing): PageDown / PageUp next and previous item, Alt+1..4 choose the annotator, Alt+A
// accept, Alt+F fix (edit a copy of the answer, Alt+F again to save it beside the original, Esc
// to cancel), Alt+R reject (then the reason), Alt+E escalate, Alt+O overlay all answers, Ctrl+Z
// and Ctrl+Shift+Z undo and redo a decision, Alt+M a remark pinned to a region (drag a rectangle
// on the answer, then type the remark; it goes with the next decision on that answer).
class ReviewView final : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        Next,
        Previous,
        Accept,
        Fix,
        Reject,
        Escalate,
        Overlay,
        Undo,
        Redo,
        Remark
    };

    explicit ReviewView(core::Project &project, QWidget *parent = nullptr);
    // The view's keys, for the list of shortcuts (F1).
    static QList<std::pair<QString, QKeySequence>> keyMap();
    ~ReviewView() override;

    // Loads the acting reviewer's queue (of one batch, or all) and shows its first item.
    Status load(const core::Id &batchId = {},
                core::ReviewOrder order = core::ReviewOrder::Agreement);
    // Names shown as "annotator 1, 2, ..." (the lead asked for blind review); the log still
    // records the authors.
    void setBlind(bool blind);

    int itemCount() const { return int(m_items.size()); }
    int currentItemIndex() const { return m_index; }
    core::Id currentItem() const { return m_items.value(m_index); }
    int panelCount() const { return m_shown; }
    int currentPanel() const { return m_current; }
    void setCurrentPanel(int panel);
    QString panelTitle(int panel) const;
    ImageCanvas *canvas(int panel) const;
    QString versionsText() const;
    bool isFixing() const { return m_fixing; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *action(Action action) const;
    QDialog *reasonDialog() const { return m_reasonDialog; }
    QDialog *remarkDialog() const { return m_remarkDialog; }
    // Decodes the next items' images while the reviewer looks at this one.
    Prefetcher *prefetcher() const { return m_prefetcher; }
    QStringList prefetchedPaths() const { return m_prefetched; }

    void showItem(int index);
    void next();
    void previous();
    // Decisions on the current panel's answer; false (and the reason in the message line) when
    // the review service refused.
    bool accept();
    void startFix();
    bool commitFix();
    void cancelFix();
    bool reject(const QString &reasonCode, const QString &text, const QString &section = {});
    bool escalate(const QString &text);
    void askReason(bool escalation); // opens the reason dialog (window-modal)
    // Remarks pinned to a region of the current answer: startRemark() waits for a rectangle
    // dragged on its canvas, then asks for the remark; addRemark() keeps one for the answer's
    // next decision, which records it (with the box the region covers most, if any).
    void startRemark();
    void cancelRemark();
    bool isRemarking() const { return m_remarking; }
    bool addRemark(const QRectF &imageRegion, const QString &reasonCode, const QString &text);
    QList<core::BoxRemark> pendingRemarks() const;
    // The remarks recorded with earlier decisions on the panel's answer (pinned on its canvas).
    QList<core::BoxRemark> recordedRemarks(int panel) const;

Q_SIGNALS:
    void message(const QString &text);
    void decided(); // a decision recorded or undone

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Panel;
    void buildPanels();
    void updateMatches();
    void updateTitles();
    bool decide(const core::ReviewDecision &decision, const QString &text);
    void advance();
    void showEntry(const core::Id &entryId);
    QString nameOf(int panel) const;
    QString classNames(const QStringList &classIds) const;
    bool hasUndecided(int panel) const;
    void prefetchAfter(int index);

    core::Project &m_project;
    core::Taxonomy m_taxonomy;
    QList<core::Id> m_items;
    QHash<core::Id, QList<core::ReviewEntry>> m_entries;
    QSet<core::Id> m_decidedEntries;
    QList<core::AnswerVersion> m_versions;
    std::vector<std::unique_ptr<Panel>> m_panels;
    int m_index = -1;
    int m_shown = 0;
    int m_current = 0;
    bool m_blind = false;
    bool m_fixing = false;
    bool m_overlay = false;
    bool m_linking = false;
    QLabel *m_header = nullptr;
    QLabel *m_versionsLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_keys = nullptr;
    QUndoStack *m_undo = nullptr;
    Prefetcher *m_prefetcher = nullptr;
    QStringList m_prefetched; // the media paths asked for after the current item
    QHash<int, QAction *> m_actions;
    QDialog *m_reasonDialog = nullptr;
    QComboBox *m_reasonCombo = nullptr;
    QLineEdit *m_reasonText = nullptr;
    QLineEdit *m_reasonSection = nullptr;
    bool m_reasonForEscalation = false;
    bool m_remarking = false;
    std::optional<QRectF> m_remarkDrag; // image coordinates, while the rectangle is dragged
    QPointF m_remarkStart;
    QRectF m_remarkRegion;
    QHash<core::Id, QList<core::BoxRemark>> m_pendingRemarks; // by review entry
    QDialog *m_remarkDialog = nullptr;
    QComboBox *m_remarkReason = nullptr;
    QLineEdit *m_remarkText = nullptr;
};

} // namespace assay::widgets
