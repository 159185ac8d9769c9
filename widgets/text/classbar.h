// SPDX-License-Identifier: Apache-2.0
// ClassBar: whole-item classification (one class or several) with hotkeys, saved at once, undoable.
#pragma once

#include "core/domain/annotationeditor.h"
#include "core/domain/types.h"

#include <QAbstractButton>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QUndoStack;
QT_END_NAMESPACE

namespace assay::widgets {

class AnnotationSession;
class FlowLayout;

// One class as a checkable button: its colour, its name and its hotkey, painted from the
// palette so it reads on light and dark themes.
class ClassButton final : public QAbstractButton
{
    Q_OBJECT

public:
    ClassButton(const core::TaxonomyClass &cls, const QKeySequence &hotkey, QWidget *parent);
    const core::Id &classId() const { return m_classId; }
    QColor colour() const { return m_colour; }
    // A model suggests this class: a dashed outline, and `badge` (the score) beside the hotkey.
    void setSuggestion(bool suggested, const QString &badge = {});
    bool isSuggested() const { return m_suggested; }
    QString suggestionBadge() const { return m_badge; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    core::Id m_classId;
    QColor m_colour;
    QString m_key;
    bool m_suggested = false;
    QString m_badge;
};

// A model's suggestion of a class for the item, as its button shows it.
struct ClassSuggestionMark
{
    QString badge; // the score, e.g. "0.91"; may be empty
    QString note;  // added to the button's tooltip
};

// Used by the text, audio and image views. Embedding: setAnnotationEditor() once, setTaxonomy()
// when it changes, setAnnotation() per item (it starts a fresh undo history). The classes, their
// edits and undo history are an AnnotationSession's: the bar's own, or one shared with another
// view of the same item (setSession()), e.g. the image canvas, so that one undo history walks
// both kinds of edit in order. The class actions
// carry the hotkeys (the taxonomy's, else 1-9 in order; with setHotkeyModifiers() those keys
// with a modifier); the owner passes itself to setShortcutHost() so that they act wherever the
// focus is inside the owner.
class ClassBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ClassBar(QWidget *parent = nullptr);
    ~ClassBar() override;

    // Not owned; outlives the bar; nullptr: the bar's own session again.
    void setSession(AnnotationSession *session);
    AnnotationSession *session() const { return m_session; }
    bool hasSharedSession() const { return m_session != m_ownSession; }
    void setAnnotationEditor(core::IAnnotationEditor *editor); // the session's; not owned
    void setAnnotation(const core::Id &annotationId);
    core::Id annotationId() const;
    void reloadAnnotation(); // after someone else changed the annotation
    void setTaxonomy(const core::Taxonomy &taxonomy);
    const core::Taxonomy &taxonomy() const { return m_taxonomy; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    const QStringList &classes() const; // as stored
    // Saves `classIds` as the item's classes: one undo step; nothing when unchanged.
    void setClasses(const QStringList &classIds);
    // A hotkey or a click. Single-label: the class replaces the current one, or clears it when it
    // was the current one. Multi-label: the class is added or removed.
    void toggleClass(const core::Id &classId);

    QUndoStack *undoStack() const; // the session's
    // False when another view of the session provides Undo and Redo where the bar's hotkeys act
    // (the image canvas): the bar's undo and redo actions then leave the shortcut host, so that
    // the two do not make each other's shortcuts ambiguous.
    void setProvidesUndo(bool provides);
    bool providesUndo() const { return m_providesUndo; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QList<QAction *> classActions() const { return m_classActions; } // one per class, in order
    ClassButton *button(const core::Id &classId) const;
    // The widget whose focus scope the hotkeys, undo and redo act in (default: the bar).
    void setShortcutHost(QWidget *host);
    // Added to every class hotkey, e.g. Shift when the plain keys belong to another view (the
    // image canvas gives boxes their class with them). A hotkey that has the modifier already
    // is left out.
    void setHotkeyModifiers(Qt::KeyboardModifiers modifiers);
    Qt::KeyboardModifiers hotkeyModifiers() const { return m_hotkeyModifiers; }
    // The caption before the buttons, for one class and for any number of them (empty: the
    // defaults "Class (one):" and "Classes (any number):").
    void setCaptions(const QString &single, const QString &multiple);

    // Classes a model suggests, marked on their buttons (ClassSuggestions sets them); empty:
    // none. Kept when the taxonomy changes.
    void setSuggestionMarks(const QHash<core::Id, ClassSuggestionMark> &marks);
    const QHash<core::Id, ClassSuggestionMark> &suggestionMarks() const { return m_marks; }

    // The hotkey a class gets: the taxonomy's, else its position's when no class claims it:
    // 1-9, then the chords 0, 0 to 0, 9 for the tenth to the nineteenth (core::classHotkeys).
    static QList<QKeySequence> hotkeys(const core::Taxonomy &taxonomy);
    // The field that filters the buttons by name (shown with more than nine classes); Enter
    // chooses the first button left, as a click would; "/" in the shortcut host goes to it.
    QLineEdit *searchField() const { return m_search; }
    int rowCount() const; // rows of buttons: the bar wraps instead of growing wider
    // "Text (Key)": the form every tooltip uses to show an action's shortcut.
    static QString withShortcut(const QString &text, const QKeySequence &key);

Q_SIGNALS:
    void classesChanged(const QStringList &classIds); // after an edit, undo, redo or reload
    void suggestionsChanged();  // the session's open suggestions changed (ClassSuggestions)
    void classActionsChanged(); // setTaxonomy() made new class actions: re-add them to menus
    void editFailed(const QString &message);

private:
    void rebuild();
    void updateCaption();
    void updateState();
    void applyMarks();
    void onAnnotationChanged();
    void applyFilter();
    void chooseFirstMatch();

    AnnotationSession *m_ownSession;
    AnnotationSession *m_session = nullptr; // the own session or a shared one
    bool m_providesUndo = true;
    Qt::KeyboardModifiers m_hotkeyModifiers = Qt::NoModifier;
    QString m_singleCaption;
    QString m_multipleCaption;
    QAction *m_undo;
    QAction *m_redo;
    QWidget *m_host;
    core::Taxonomy m_taxonomy;
    bool m_readOnly = false;

    FlowLayout *m_layout;
    QLabel *m_modeLabel;
    QLineEdit *m_search;
    QAction *m_findAction;
    QList<ClassButton *> m_buttons;
    QList<QAction *> m_classActions;
    QHash<core::Id, QString> m_tips; // each button's tooltip without a suggestion's note
    QHash<core::Id, ClassSuggestionMark> m_marks;
};

} // namespace assay::widgets
