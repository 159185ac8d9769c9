// SPDX-License-Identifier: Apache-2.0
// TextItemView: document reading (wrap, font size, find) and the class bar for classification.
#include "widgets/text/textitemview.h"
#include "core/base/storage.h"

#include "widgets/text/classbar.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStringDecoder>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace assay::widgets {

static const char s_fontKey[] = "textView/fontPointSize";
static constexpr int s_minPoints = 6;
static constexpr int s_maxPoints = 48;
static constexpr int s_maxHighlighted = 2000; // more extra selections slow every repaint down

// The read-only document: Ctrl+wheel goes through the view's font size (and its setting) instead
// of QPlainTextEdit's own zoom, which would be forgotten.
class DocumentEdit final : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void(int)> zoomBy;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            if (zoomBy && event->angleDelta().y() != 0)
                zoomBy(event->angleDelta().y() > 0 ? 1 : -1);
            event->accept();
            return;
        }
        QPlainTextEdit::wheelEvent(event);
    }
};

// Offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
static qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return i;
        if (i + extra >= n && extra > 0)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

TextItemView::Loaded TextItemView::readDocument(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = QFileInfo::exists(path)
                               ? tr("%1: cannot be read (%2)").arg(path, file.errorString())
                               : tr("%1: %2").arg(path, storage::whyMissing(path));
        return loaded;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        loaded.error = tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return loaded;
    }
    // UTF-16 and UTF-32 announce themselves with a byte-order mark; everything else must be
    // UTF-8: guessing a legacy code page would show wrong characters without saying so.
    const auto bom = QStringConverter::encodingForData(data);
    QString text;
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        text = decoder(data);
        if (decoder.hasError()) {
            loaded.error = tr("%1: the text is not valid %2")
                                   .arg(path, QString::fromLatin1(
                                                      QStringConverter::nameForEncoding(*bom)));
            return loaded;
        }
    } else {
        QStringDecoder decoder(QStringConverter::Utf8);
        text = decoder(data);
        if (decoder.hasError()) {
            const qsizetype at = firstInvalidUtf8(data);
            loaded.error = tr("%1: not UTF-8 text (invalid byte 0x%2 at offset %3); convert it to "
                              "UTF-8 to label it")
                                   .arg(path)
                                   .arg(at >= 0 ? uchar(data.at(at)) : 0, 2, 16, QLatin1Char('0'))
                                   .arg(at);
            return loaded;
        }
    }
    if (text.contains(QChar(0))) {
        loaded.error = tr("%1: a binary file, not text").arg(path);
        return loaded;
    }
    // Document positions then equal string offsets, which find relies on.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    loaded.text = std::move(text);
    return loaded;
}

TextItemView::TextItemView(QWidget *parent)
    : ClassifiedItemView(parent)
    , m_edit(new DocumentEdit(this))
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_message(new QLabel(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findLabel(new QLabel(m_findBar))
    , m_watcher(new QFutureWatcher<Loaded>(this))
{
    m_edit->setReadOnly(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_edit->setFrameShape(QFrame::NoFrame);
    m_edit->document()->setDocumentMargin(12);
    m_edit->setFocusPolicy(Qt::StrongFocus);
    m_edit->zoomBy = [this](int steps) {
        setFontPointSize(m_pointSize + steps);
    };
    setFocusProxy(m_edit);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAutoFillBackground(true);
    m_message->setContentsMargins(10, 6, 10, 6);
    m_message->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 4, 10, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_info);

    createActions();

    // Find bar, under the document as in browsers and editors.
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 3, 6, 3);
    auto *findCaption = new QLabel(tr("Find:"), m_findBar);
    findCaption->setBuddy(m_findEdit);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Text to find"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setToolTip(
            ClassBar::withShortcut(tr("Find in the document"), action(Action::Find)->shortcut()));
    m_findEdit->installEventFilter(this);
    const auto toolButton = [this](Action id) {
        auto *b = new QToolButton(m_findBar);
        b->setDefaultAction(action(id));
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    findLayout->addWidget(findCaption);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(toolButton(Action::FindPrevious));
    findLayout->addWidget(toolButton(Action::FindNext));
    findLayout->addWidget(m_findLabel);
    findLayout->addWidget(toolButton(Action::CloseFind));
    m_findLabel->setMinimumWidth(
            m_findLabel->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(88888).arg(88888)));
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { updateMatches(); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, &TextItemView::findNext);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(classBar());
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_findBar);

    connect(m_watcher, &QFutureWatcher<Loaded>::finished, this, &TextItemView::onLoaded);

    m_pointSize = QSettings().value(QLatin1String(s_fontKey), defaultFontPointSize()).toInt();
    m_pointSize = std::clamp(m_pointSize, s_minPoints, s_maxPoints);
    applyFont();
    updateTitle();
}

TextItemView::~TextItemView()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void TextItemView::createActions()
{
    const auto make = [this](Action id, const QString &text, const QList<QKeySequence> &keys,
                             auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(ClassBar::withShortcut(text, keys.value(0)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(id, action);
        return action;
    };
    make(Action::Find, tr("Find…"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, [this] { openFind(); });
    make(Action::FindNext, tr("Find Next"),
         {QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { findNext(); });
    make(Action::FindPrevious, tr("Find Previous"),
         {QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
         [this] { findPrevious(); });
    make(Action::CloseFind, tr("Close Find Bar"), {QKeySequence(Qt::Key_Escape)},
         [this] { closeFind(); });
    make(Action::ZoomIn, tr("Larger Text"),
         {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
         [this] { zoomIn(); });
    make(Action::ZoomOut, tr("Smaller Text"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
         [this] { zoomOut(); });
    make(Action::ResetZoom, tr("Default Text Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
         [this] { resetZoom(); });
    m_actions.insert(Action::Undo, undoAction());
    m_actions.insert(Action::Redo, redoAction());
    // Theme icons where the desktop has them, the style's own otherwise (never a bare label).
    m_actions.value(Action::FindPrevious)
            ->setIcon(QIcon::fromTheme(QStringLiteral("go-up"),
                                       style()->standardIcon(QStyle::SP_ArrowUp)));
    m_actions.value(Action::FindNext)
            ->setIcon(QIcon::fromTheme(QStringLiteral("go-down"),
                                       style()->standardIcon(QStyle::SP_ArrowDown)));
    m_actions.value(Action::CloseFind)
            ->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                       style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    // Escape belongs to the window (e.g. leaving a mode) unless the find bar is open.
    m_actions.value(Action::CloseFind)->setEnabled(false);
}

QAction *TextItemView::action(Action action) const
{
    return m_actions.value(action);
}

QList<QAction *> TextItemView::actions() const
{
    QList<QAction *> list;
    for (Action id :
         {Action::Find, Action::FindNext, Action::FindPrevious, Action::CloseFind, Action::ZoomIn,
          Action::ZoomOut, Action::ResetZoom, Action::Undo, Action::Redo})
        list.append(m_actions.value(id));
    return list;
}

QPlainTextEdit *TextItemView::documentWidget() const
{
    return m_edit;
}

// ---------------------------------------------------------------- document

void TextItemView::setItem(const core::Item &item, const QString &mediaRoot)
{
    if (!item.text.isEmpty() || item.path.isEmpty()) {
        m_path.clear();
        setText(item.text, item.path.isEmpty() ? item.id : QFileInfo(item.path).fileName());
        return;
    }
    const QString path = QDir::isAbsolutePath(item.path) || mediaRoot.isEmpty()
                                 ? item.path
                                 : QDir(mediaRoot).filePath(item.path);
    loadFile(path);
}

void TextItemView::loadFile(const QString &path)
{
    m_watcher->disconnect(this); // a newer document wins over a read still under way
    m_watcher->deleteLater();
    m_watcher = new QFutureWatcher<Loaded>(this);
    connect(m_watcher, &QFutureWatcher<Loaded>::finished, this, &TextItemView::onLoaded);
    m_path = path;
    m_loading = true;
    m_error.clear();
    m_message->hide();
    m_edit->clear();
    m_text.clear();
    m_title->setText(QFileInfo(path).fileName());
    m_info->setText(tr("Loading…"));
    updateMatches();
    m_watcher->setFuture(QtConcurrent::run(&TextItemView::readDocument, path));
}

void TextItemView::onLoaded()
{
    const Loaded loaded = m_watcher->result();
    m_loading = false;
    if (!loaded.error.isEmpty())
        showError(loaded.error);
    else
        showDocument(loaded.text, QFileInfo(m_path).fileName());
}

void TextItemView::setText(const QString &text, const QString &title)
{
    m_watcher->disconnect(this);
    m_loading = false;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    showDocument(normalized, title);
}

void TextItemView::clear()
{
    m_watcher->disconnect(this);
    m_loading = false;
    m_path.clear();
    m_error.clear();
    m_message->hide();
    m_text.clear();
    m_edit->clear();
    m_title->clear();
    updateTitle();
    updateMatches();
}

void TextItemView::showDocument(const QString &text, const QString &title)
{
    m_error.clear();
    m_message->hide();
    m_text = text;
    m_title->setText(title);
    // setPlainText lays out only what is shown (QPlainTextDocumentLayout): a megabyte is fast.
    m_edit->setPlainText(m_text);
    m_edit->moveCursor(QTextCursor::Start);
    updateTitle();
    updateMatches();
    Q_EMIT documentLoaded(m_path);
}

void TextItemView::showError(const QString &message)
{
    m_error = message;
    m_text.clear();
    m_edit->clear();
    QPalette pal = m_message->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xe2, 0xe1));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xd6, 0xd6) : QColor(0x7a, 0x10, 0x10));
    m_message->setPalette(pal);
    m_message->setText(message);
    m_message->show();
    m_info->setText(tr("Not shown"));
    updateMatches();
    Q_EMIT loadFailed(message);
}

void TextItemView::updateTitle()
{
    if (m_loading || !m_error.isEmpty())
        return;
    const QLocale locale;
    m_info->setText(
            tr("%1 characters · %2 lines · %3 pt")
                    .arg(locale.toString(qlonglong(m_text.size())))
                    .arg(locale.toString(m_text.isEmpty() ? 0 : m_edit->document()->blockCount()))
                    .arg(m_pointSize));
}

// ---------------------------------------------------------------- font size

int TextItemView::defaultFontPointSize() const
{
    const int points = QFont().pointSize();
    return points > 0 ? std::max(points + 1, 10) : 11; // reading text wants a size above UI text
}

void TextItemView::setFontPointSize(int points)
{
    points = std::clamp(points, s_minPoints, s_maxPoints);
    if (points == m_pointSize)
        return;
    m_pointSize = points;
    QSettings().setValue(QLatin1String(s_fontKey), m_pointSize);
    applyFont();
    updateTitle();
    Q_EMIT fontSizeChanged(m_pointSize);
}

void TextItemView::applyFont()
{
    // Keep the line at the top of the view in place: a new size must not lose the reader.
    const int firstVisible = m_edit->cursorForPosition(QPoint(0, 0)).position();
    QFont font = m_edit->font();
    font.setPointSize(m_pointSize);
    m_edit->setFont(font);
    if (firstVisible > 0) {
        const int top = m_edit->document()->findBlock(firstVisible).firstLineNumber();
        m_edit->verticalScrollBar()->setValue(top);
    }
    action(Action::ZoomIn)->setEnabled(m_pointSize < s_maxPoints);
    action(Action::ZoomOut)->setEnabled(m_pointSize > s_minPoints);
}

void TextItemView::zoomIn()
{
    setFontPointSize(m_pointSize + 1);
}

void TextItemView::zoomOut()
{
    setFontPointSize(m_pointSize - 1);
}

void TextItemView::resetZoom()
{
    setFontPointSize(defaultFontPointSize());
}

// ---------------------------------------------------------------- find

bool TextItemView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
        if (key->key() == Qt::Key_Escape) { // when the line edit claimed Escape for itself
            closeFind();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TextItemView::openFind()
{
    const QString selected = m_edit->textCursor().selectedText();
    m_findBar->show();
    action(Action::CloseFind)->setEnabled(true);
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findEdit->setText(selected);
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    updateMatches();
}

void TextItemView::closeFind()
{
    if (!m_findBar->isVisible())
        return;
    m_findBar->hide();
    action(Action::CloseFind)->setEnabled(false);
    m_edit->setExtraSelections({});
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

bool TextItemView::isFindOpen() const
{
    return !m_findBar->isHidden();
}

void TextItemView::setFindText(const QString &needle)
{
    if (m_findEdit->text() == needle)
        updateMatches();
    else
        m_findEdit->setText(needle); // textChanged() finds
}

QString TextItemView::findText() const
{
    return m_findEdit->text();
}

void TextItemView::updateMatches()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_findEdit->text();
    if (!needle.isEmpty() && !m_text.isEmpty()) {
        // QString search over the whole text: QTextDocument::find is about ten times slower.
        qsizetype at = m_text.indexOf(needle, 0, Qt::CaseInsensitive);
        while (at >= 0) {
            m_matches.append(int(at));
            at = m_text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive);
        }
    }
    QList<QTextEdit::ExtraSelection> highlights;
    if (isFindOpen() && m_matches.size() <= s_maxHighlighted) {
        QColor colour(0xff, 0xd5, 0x4f);
        colour.setAlpha(palette().color(QPalette::Base).lightness() < 128 ? 110 : 160);
        for (int start : std::as_const(m_matches)) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(m_edit->document());
            s.cursor.setPosition(start);
            s.cursor.setPosition(start + int(needle.size()), QTextCursor::KeepAnchor);
            s.format.setBackground(colour);
            highlights.append(s);
        }
    }
    m_edit->setExtraSelections(highlights);
    if (!m_matches.isEmpty()) {
        // The first match at or after the top of the view: searching does not jump backwards.
        const int top = m_edit->cursorForPosition(QPoint(0, 0)).position();
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), top);
        selectMatch(it == m_matches.cend() ? 0 : int(it - m_matches.cbegin()));
    } else {
        QTextCursor cursor = m_edit->textCursor();
        cursor.clearSelection();
        m_edit->setTextCursor(cursor);
    }
    updateFindLabel();
}

void TextItemView::selectMatch(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    m_current = index;
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(m_matches.at(index));
    cursor.setPosition(m_matches.at(index) + int(m_findEdit->text().size()),
                       QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->centerCursor();
    updateFindLabel();
}

void TextItemView::findNext()
{
    if (!isFindOpen()) {
        openFind();
        return;
    }
    if (m_matches.isEmpty())
        return;
    selectMatch((m_current + 1) % int(m_matches.size()));
}

void TextItemView::findPrevious()
{
    if (!isFindOpen()) {
        openFind();
        return;
    }
    if (m_matches.isEmpty())
        return;
    const int n = int(m_matches.size());
    selectMatch((m_current - 1 + n) % n);
}

void TextItemView::updateFindLabel()
{
    const QLocale locale;
    if (m_findEdit->text().isEmpty())
        m_findLabel->clear();
    else if (m_matches.isEmpty())
        m_findLabel->setText(tr("No matches"));
    else
        m_findLabel->setText(tr("%1 of %2")
                                     .arg(locale.toString(m_current + 1))
                                     .arg(locale.toString(qlonglong(m_matches.size()))));
    const bool any = !m_matches.isEmpty();
    action(Action::FindNext)->setEnabled(any || !isFindOpen());
    action(Action::FindPrevious)->setEnabled(any || !isFindOpen());
    Q_EMIT findResultChanged(m_current, int(m_matches.size()));
}

} // namespace assay::widgets
