// SPDX-License-Identifier: Apache-2.0
// ClassBar: class buttons and hotkeys that edit an annotation's whole-item classes.
#include "widgets/text/classbar.h"

#include "core/domain/classkeys.h"

#include "widgets/session/annotationsession.h"
#include "widgets/text/flowlayout.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QUndoStack>

namespace assay::widgets {

// ---------------------------------------------------------------- ClassButton

// A chord written short for the badge: "Shift+0 3" rather than "Shift+0, Shift+3".
static QString badgeText(const QKeySequence &key)
{
    if (key.count() != 2 || key[0].keyboardModifiers() != key[1].keyboardModifiers())
        return key.toString(QKeySequence::NativeText);
    return QStringLiteral("%1 %2").arg(QKeySequence(key[0]).toString(QKeySequence::NativeText),
                                       QKeySequence(key[1].key()).toString(QKeySequence::NativeText));
}

ClassButton::ClassButton(const core::TaxonomyClass &cls, const QKeySequence &hotkey, QWidget *parent)
    : QAbstractButton(parent)
    , m_classId(cls.id)
    , m_colour(cls.colour)
    , m_key(badgeText(hotkey))
{
    if (!m_colour.isValid())
        m_colour = palette().color(QPalette::Highlight);
    setText(cls.name);
    setCheckable(true);
    // The hotkeys are the keyboard path; a focused button would take Space from the audio view.
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
}

void ClassButton::setSuggestion(bool suggested, const QString &badge)
{
    if (suggested == m_suggested && badge == m_badge)
        return;
    const bool resized = badge.isEmpty() != m_badge.isEmpty() || badge.size() != m_badge.size();
    m_suggested = suggested;
    m_badge = suggested ? badge : QString();
    if (resized)
        updateGeometry();
    update();
}

QSize ClassButton::sizeHint() const
{
    const QFontMetrics fm(font());
    const int keyWidth = m_key.isEmpty() ? 0 : fm.horizontalAdvance(m_key) + 12;
    const int badgeWidth = m_badge.isEmpty() ? 0 : fm.horizontalAdvance(m_badge) + 12;
    const int height = fm.height() + 14;
    return QSize(12 + 12 + 8 + fm.horizontalAdvance(text()) + 10 + keyWidth + badgeWidth, height);
}

void ClassButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);

    // Checked: filled with the class colour, the text in black or white by the fill's lightness.
    // Unchecked: the palette's button colour with the class colour as a swatch and an outline.
    QColor fill = pal.color(QPalette::Button);
    QColor textColour = pal.color(QPalette::ButtonText);
    if (isChecked()) {
        fill = m_colour;
        textColour = m_colour.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    } else if (underMouse() && isEnabled()) {
        fill = dark ? fill.lighter(130) : fill.darker(108);
    }
    painter.setPen(
            QPen(isChecked() ? m_colour.darker(dark ? 80 : 130) : pal.color(QPalette::Mid), 1.0));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, 5, 5);
    if (m_suggested) {
        // Dashes, as the canvas draws suggested boxes: a model's proposal, not yet the answer.
        QPen dashes(isChecked() ? textColour : m_colour.darker(dark ? 70 : 115), 1.6,
                    Qt::CustomDashLine);
        dashes.setDashPattern({3.0, 2.0});
        painter.setPen(dashes);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(0.8, 0.8, -0.8, -0.8), 4.5, 4.5);
    }

    const QFontMetrics fm(font());
    const double mid = frame.center().y();
    const QRectF swatch(frame.left() + 9, mid - 6, 12, 12);
    painter.setPen(QPen(isChecked() ? textColour : m_colour.darker(140), 1.0));
    painter.setBrush(m_colour);
    painter.drawEllipse(swatch);
    if (isChecked()) {
        // A check mark inside the swatch: the state must not rest on colour alone.
        QPainterPath tick;
        tick.moveTo(swatch.left() + 3, mid);
        tick.lineTo(swatch.left() + 5.5, mid + 3);
        tick.lineTo(swatch.right() - 2.5, mid - 3);
        painter.setPen(QPen(textColour, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    }

    painter.setPen(isEnabled() ? textColour : pal.color(QPalette::Disabled, QPalette::ButtonText));
    const double textLeft = swatch.right() + 8;
    double keyWidth = 0;
    if (!m_key.isEmpty()) {
        keyWidth = fm.horizontalAdvance(m_key) + 8;
        const QRectF badge(frame.right() - keyWidth - 5, mid - fm.height() / 2.0 - 1, keyWidth,
                           fm.height() + 2);
        QColor badgeFill = textColour;
        badgeFill.setAlphaF(0.14);
        painter.setPen(Qt::NoPen);
        painter.setBrush(badgeFill);
        painter.drawRoundedRect(badge, 3, 3);
        painter.setPen(textColour);
        painter.drawText(badge, Qt::AlignCenter, m_key);
    }
    if (!m_badge.isEmpty()) {
        // The score on the class colour (on the text colour when the button is filled with it).
        const double scoreWidth = fm.horizontalAdvance(m_badge) + 8;
        const QRectF score(frame.right() - keyWidth - 5 - (keyWidth > 0 ? 4 : 0) - scoreWidth,
                           mid - fm.height() / 2.0 - 1, scoreWidth, fm.height() + 2);
        const QColor scoreFill = isChecked() ? textColour : m_colour;
        painter.setPen(Qt::NoPen);
        painter.setBrush(scoreFill);
        painter.drawRoundedRect(score, 3, 3);
        painter.setPen(scoreFill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
        painter.drawText(score, Qt::AlignCenter, m_badge);
        keyWidth += scoreWidth + (keyWidth > 0 ? 4 : 0);
    }
    const QRectF textRect(textLeft, frame.top(), frame.right() - 6 - keyWidth - textLeft - 4,
                          frame.height());
    painter.setPen(textColour);
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                     fm.elidedText(text(), Qt::ElideRight, int(textRect.width())));
}

// ---------------------------------------------------------------- ClassBar

QString ClassBar::withShortcut(const QString &text, const QKeySequence &key)
{
    return key.isEmpty()
                   ? text
                   : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

QList<QKeySequence> ClassBar::hotkeys(const core::Taxonomy &taxonomy)
{
    QList<QKeySequence> keys;
    for (const QString &key : core::classHotkeys(taxonomy))
        keys.append(QKeySequence(key, QKeySequence::PortableText));
    return keys;
}

ClassBar::ClassBar(QWidget *parent)
    : QWidget(parent)
    , m_ownSession(new AnnotationSession(this))
    , m_undo(new QAction(tr("Undo"), this))
    , m_redo(new QAction(tr("Redo"), this))
    , m_host(this)
    , m_layout(new FlowLayout(this, 6))
    , m_modeLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_findAction(new QAction(tr("Find a Class"), this))
{
    m_layout->setContentsMargins(6, 4, 6, 4);
    m_layout->addWidget(m_modeLabel);
    m_layout->addWidget(m_search);
    m_modeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_search->setObjectName(QStringLiteral("classSearch"));
    m_search->setPlaceholderText(tr("Find a class… (/)"));
    m_search->setToolTip(tr("Type to show the classes whose name contains it; Enter chooses the "
                            "first one shown"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(200);
    m_search->setVisible(false);
    connect(m_search, &QLineEdit::textChanged, this, &ClassBar::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &ClassBar::chooseFirstMatch);
    m_findAction->setShortcut(QKeySequence(Qt::Key_Slash));
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setToolTip(withShortcut(m_findAction->text(), m_findAction->shortcut()));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (auto *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_undo, &QAction::triggered, this, [this] { m_session->undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { m_session->redo(); });
    setSession(nullptr);
    rebuild();
}

ClassBar::~ClassBar()
{
    // The own session, a child, goes after the bar: nothing of it is shown any more.
    m_session->disconnect(this);
    m_session->undoStack()->disconnect(this);
}

void ClassBar::setSession(AnnotationSession *session)
{
    if (!session)
        session = m_ownSession;
    if (session == m_session)
        return;
    if (m_session) {
        m_session->disconnect(this);
        m_session->undoStack()->disconnect(this);
    }
    m_session = session;
    // A shared session may go first (its owner is torn down): the view shows its own again.
    if (m_session != m_ownSession) {
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            setSession(nullptr);
        });
    }
    connect(m_session, &AnnotationSession::annotationReset, this, &ClassBar::onAnnotationChanged);
    connect(m_session, &AnnotationSession::classesChanged, this, &ClassBar::onAnnotationChanged);
    connect(m_session, &AnnotationSession::editFailed, this, &ClassBar::editFailed);
    connect(m_session, &AnnotationSession::suggestionsChanged, this, &ClassBar::suggestionsChanged);
    QUndoStack *stack = m_session->undoStack();
    for (auto signal :
         {&QUndoStack::cleanChanged, &QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(stack, signal, this, &ClassBar::updateState);
    // A shared session's stack changes its texts with the other view's commands too.
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(stack, signal, this, &ClassBar::updateState);
    onAnnotationChanged();
}

void ClassBar::onAnnotationChanged()
{
    updateState();
    Q_EMIT classesChanged(classes());
}

void ClassBar::setProvidesUndo(bool provides)
{
    if (provides == m_providesUndo)
        return;
    m_providesUndo = provides;
    if (m_host == this)
        return;
    for (auto *action : {m_undo, m_redo}) {
        if (provides)
            m_host->addAction(action);
        else
            m_host->removeAction(action);
    }
}

void ClassBar::setCaptions(const QString &single, const QString &multiple)
{
    m_singleCaption = single;
    m_multipleCaption = multiple;
    updateCaption();
}

void ClassBar::setHotkeyModifiers(Qt::KeyboardModifiers modifiers)
{
    if (modifiers == m_hotkeyModifiers)
        return;
    m_hotkeyModifiers = modifiers;
    rebuild();
    Q_EMIT classActionsChanged();
}

void ClassBar::setShortcutHost(QWidget *host)
{
    if (!host)
        host = this;
    const bool withUndo = m_providesUndo;
    if (m_host != this) {
        if (withUndo) {
            m_host->removeAction(m_undo);
            m_host->removeAction(m_redo);
        }
        for (auto *action : std::as_const(m_classActions))
            m_host->removeAction(action);
        m_host->removeAction(m_findAction);
    }
    m_host = host;
    if (m_host != this) {
        if (withUndo) {
            m_host->addAction(m_undo);
            m_host->addAction(m_redo);
        }
        m_host->addActions(m_classActions);
        m_host->addAction(m_findAction);
    }
}

void ClassBar::setAnnotationEditor(core::IAnnotationEditor *editor)
{
    m_session->setAnnotationEditor(editor);
}

void ClassBar::setAnnotation(const core::Id &annotationId)
{
    m_session->setAnnotation(annotationId);
}

core::Id ClassBar::annotationId() const
{
    return m_session->annotationId();
}

void ClassBar::reloadAnnotation()
{
    m_session->reload();
}

const QStringList &ClassBar::classes() const
{
    return m_session->classes();
}

QUndoStack *ClassBar::undoStack() const
{
    return m_session->undoStack();
}

void ClassBar::setTaxonomy(const core::Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
    rebuild();
    Q_EMIT classActionsChanged();
}

void ClassBar::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

ClassButton *ClassBar::button(const core::Id &classId) const
{
    for (auto *b : m_buttons) {
        if (b->classId() == classId)
            return b;
    }
    return nullptr;
}

void ClassBar::rebuild()
{
    for (auto *action : std::as_const(m_classActions)) {
        if (m_host != this)
            m_host->removeAction(action);
    }
    qDeleteAll(m_classActions);
    m_classActions.clear();
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_tips.clear();

    QList<QKeySequence> keys = hotkeys(m_taxonomy);
    if (m_hotkeyModifiers != Qt::NoModifier) {
        for (QKeySequence &key : keys) {
            // Every key of a chord gets the modifier: Shift+0, Shift+3.
            QKeyCombination combined[2];
            bool clash = false;
            for (int k = 0; k < key.count() && k < 2; ++k) {
                const QKeyCombination plain = key[k];
                clash = clash || (plain.keyboardModifiers() & m_hotkeyModifiers);
                combined[k] = QKeyCombination(plain.keyboardModifiers() | m_hotkeyModifiers,
                                              plain.key());
            }
            if (key.isEmpty() || clash)
                key = QKeySequence();
            else
                key = key.count() == 1 ? QKeySequence(combined[0])
                                       : QKeySequence(combined[0], combined[1]);
        }
    }
    for (qsizetype i = 0; i < m_taxonomy.classes.size(); ++i) {
        const auto &cls = m_taxonomy.classes.at(i);
        const QKeySequence key = keys.at(i);
        auto *action = new QAction(cls.name, this);
        action->setCheckable(true);
        action->setData(cls.id);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QString tip = withShortcut(tr("Class: %1").arg(cls.name), key);
        if (!cls.description.isEmpty())
            tip += QLatin1Char('\n') + cls.description;
        action->setToolTip(tip);
        QPixmap swatch(16, 16);
        swatch.fill(QColor(cls.colour));
        action->setIcon(QIcon(swatch));
        const core::Id id = cls.id;
        // triggered() has already flipped the check state; the stored classes decide it.
        connect(action, &QAction::triggered, this, [this, id] { toggleClass(id); });
        addAction(action);
        if (m_host != this)
            m_host->addAction(action);
        m_classActions.append(action);

        auto *button = new ClassButton(cls, key, this);
        button->setToolTip(tip);
        m_tips.insert(cls.id, tip);
        connect(button, &QAbstractButton::clicked, this, [this, id] { toggleClass(id); });
        m_layout->addWidget(button);
        m_buttons.append(button);
    }
    // With more classes than keys a hand remembers, the names are searched.
    m_search->setVisible(m_taxonomy.classes.size() > 9);
    m_findAction->setEnabled(m_search->isVisibleTo(this));
    applyFilter();
    updateCaption();
    updateState();
    applyMarks();
}

int ClassBar::rowCount() const
{
    return m_layout->rowCount();
}

void ClassBar::applyFilter()
{
    const QString text = m_search->text().trimmed();
    for (auto *b : std::as_const(m_buttons))
        b->setVisible(text.isEmpty() || b->text().contains(text, Qt::CaseInsensitive));
}

void ClassBar::chooseFirstMatch()
{
    for (auto *b : std::as_const(m_buttons)) {
        if (!b->isVisibleTo(this) || !b->isEnabled())
            continue;
        const core::Id id = b->classId();
        m_search->clear(); // every button again, before the edit redraws them
        toggleClass(id);
        return;
    }
}

void ClassBar::setSuggestionMarks(const QHash<core::Id, ClassSuggestionMark> &marks)
{
    m_marks = marks;
    applyMarks();
}

void ClassBar::applyMarks()
{
    for (auto *b : std::as_const(m_buttons)) {
        const auto mark = m_marks.constFind(b->classId());
        const bool suggested = mark != m_marks.cend();
        b->setSuggestion(suggested, suggested ? mark->badge : QString());
        const QString tip = m_tips.value(b->classId());
        b->setToolTip(suggested && !mark->note.isEmpty() ? tip + QStringLiteral("\n\n") + mark->note
                                                         : tip);
    }
}

void ClassBar::updateCaption()
{
    if (m_taxonomy.classes.isEmpty())
        m_modeLabel->setText(tr("No classes in the taxonomy"));
    else if (m_taxonomy.multiLabel)
        m_modeLabel->setText(m_multipleCaption.isEmpty() ? tr("Classes (any number):")
                                                         : m_multipleCaption);
    else
        m_modeLabel->setText(m_singleCaption.isEmpty() ? tr("Class (one):") : m_singleCaption);
}

void ClassBar::updateState()
{
    const bool editable = !m_readOnly && m_session->isEditable();
    // A label of a merged class shows as the class it now reads as.
    const QStringList current = m_taxonomy.resolveAll(classes());
    for (auto *b : std::as_const(m_buttons)) {
        b->setChecked(current.contains(b->classId()));
        b->setEnabled(editable);
    }
    for (auto *a : std::as_const(m_classActions)) {
        a->setChecked(current.contains(a->data().toString()));
        a->setEnabled(editable);
    }
    const QUndoStack *stack = m_session->undoStack();
    const bool canUndo = stack->canUndo();
    const bool canRedo = stack->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    const QString undoText = canUndo ? tr("Undo %1").arg(stack->undoText()) : tr("Undo");
    const QString redoText = canRedo ? tr("Redo %1").arg(stack->redoText()) : tr("Redo");
    m_undo->setText(undoText);
    m_undo->setToolTip(withShortcut(undoText, m_undo->shortcut()));
    m_redo->setText(redoText);
    m_redo->setToolTip(withShortcut(redoText, m_redo->shortcut()));
}

void ClassBar::toggleClass(const core::Id &classId)
{
    if (!m_taxonomy.findById(classId))
        return;
    // Toggled as shown: a label of a merged class counts as its target, and a change stores the
    // target's id.
    const QStringList current = m_taxonomy.resolveAll(classes());
    QStringList after;
    if (m_taxonomy.multiLabel) {
        after = current;
        if (after.contains(classId))
            after.removeAll(classId);
        else
            after.append(classId);
    } else if (!(current.size() == 1 && current.first() == classId)) {
        after = {classId};
    }
    setClasses(after);
}

void ClassBar::setClasses(const QStringList &classIds)
{
    // Unchanged, read-only or refused: a click flipped a button that must show the stored
    // state again (a saved change updates it through the session).
    if (m_readOnly || !m_session->setClasses(classIds))
        updateState();
}

} // namespace assay::widgets
