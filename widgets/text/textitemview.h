// SPDX-License-Identifier: Apache-2.0
// TextItemView: shows a text document for reading and classifying it, with find and font size.
#pragma once

#include "core/domain/types.h"
#include "widgets/text/classifieditemview.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
QT_END_NAMESPACE

namespace assay::widgets {

class DocumentEdit;

// Embedding: setAnnotationEditor(store) once, setTaxonomy() when it changes, then per item
// setItem(item, mediaRoot) (or loadFile()/setText()) and setAnnotation(id). Put actions() and
// classActions() in menus and the shortcuts dialog: their shortcuts act while the focus is in
// the view. Show loadFailed() and editFailed() in the message bar.
class TextItemView final : public ClassifiedItemView
{
    Q_OBJECT

public:
    enum class Action {
        Find,
        FindNext,
        FindPrevious,
        CloseFind,
        ZoomIn,
        ZoomOut,
        ResetZoom,
        Undo,
        Redo,
    };

    explicit TextItemView(QWidget *parent = nullptr);
    ~TextItemView() override;

    // --- document
    // A document stored in the project (item.text) is shown at once; a file is read on a worker
    // thread (path relative to mediaRoot unless absolute), so a big file never freezes the window.
    void setItem(const core::Item &item, const QString &mediaRoot = {});
    void loadFile(const QString &path);
    void setText(const QString &text, const QString &title = {});
    void clear();
    bool isLoading() const { return m_loading; }
    QString documentPath() const { return m_path; }
    QString errorMessage() const { return m_error; } // "path: reason"; empty when shown
    QString text() const { return m_text; }          // as shown (line ends made "\n")
    QPlainTextEdit *documentWidget() const;

    // --- font size, remembered in QSettings ("textView/fontPointSize")
    int fontPointSize() const { return m_pointSize; }
    void setFontPointSize(int points); // clamped to 6..48
    int defaultFontPointSize() const;
    void zoomIn();
    void zoomOut();
    void resetZoom();

    // --- find (case-insensitive)
    void openFind(); // shows the find bar with the selection or the last search, focused
    void closeFind();
    bool isFindOpen() const;
    void setFindText(const QString &needle); // finds the first match from the top of the view
    QString findText() const;
    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // index into the matches; -1: none

    QAction *action(Action action) const;
    QList<QAction *> actions() const; // every view action, for menus and the shortcuts dialog

    QSize sizeHint() const override { return QSize(800, 600); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void documentLoaded(const QString &path); // the text is shown
    void loadFailed(const QString &message);  // "path: reason"
    void fontSizeChanged(int points);
    void findResultChanged(int current, int count);

private:
    struct Loaded
    {
        QString text;
        QString error;
    };
    static Loaded readDocument(const QString &path);

    void createActions();
    void onLoaded();
    void showDocument(const QString &text, const QString &title);
    void showError(const QString &message);
    void applyFont();
    void updateMatches();
    void selectMatch(int index);
    void updateFindLabel();
    void updateTitle();

    DocumentEdit *m_edit;
    QLabel *m_title;
    QLabel *m_info;
    QLabel *m_message;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QLabel *m_findLabel;
    QFutureWatcher<Loaded> *m_watcher;

    QString m_path;
    QString m_text;
    QString m_error;
    bool m_loading = false;
    int m_pointSize = 0;
    QList<int> m_matches; // start offsets in m_text (= document positions)
    int m_current = -1;
    QHash<Action, QAction *> m_actions;
};

} // namespace assay::widgets
