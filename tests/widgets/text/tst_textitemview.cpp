// SPDX-License-Identifier: Apache-2.0
// Drives the real TextItemView with keys and clicks: classification through the undo stack,
// find, font size, big and broken files.
#include "tests/testutil.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/text/classbar.h"
#include "widgets/text/textitemview.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace assay;
using namespace assay::widgets;

static core::Taxonomy sentiment(bool multiLabel)
{
    core::Taxonomy taxonomy;
    taxonomy.version = 1;
    taxonomy.multiLabel = multiLabel;
    // The third class has a hotkey of its own; the others get 1 and 2 by position.
    taxonomy.classes = {{QStringLiteral("c-pos"),
                         QStringLiteral("positive"),
                         QStringLiteral("#3cb44b"),
                         {},
                         {},
                         {}},
                        {QStringLiteral("c-neg"),
                         QStringLiteral("negative"),
                         QStringLiteral("#e6194b"),
                         {},
                         {},
                         {}},
                        {QStringLiteral("c-off"),
                         QStringLiteral("off-topic"),
                         QStringLiteral("#4363d8"),
                         QStringLiteral("O"),
                         {},
                         {}}};
    return taxonomy;
}

// With ASSAY_SCREENSHOT_DARK set, the screenshot is taken on Fusion's dark palette: the views
// take every colour from the palette and must read on both themes.
static QString applyScreenshotTheme()
{
    if (qEnvironmentVariableIsEmpty("ASSAY_SCREENSHOT_DARK"))
        return {};
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    QApplication::setPalette(dark);
    return QStringLiteral("-dark");
}

class tst_TextItemView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultHotkeysFollowTheTaxonomy();
    void singleLabelHotkeyAndClick();
    void multiLabelHotkeyAndClick();
    void undoRedoWalksEveryState();
    void failingEditIsReportedAndNotStacked();
    void readOnlyRefusesEdits();
    void findCountsAndWalksMatches();
    void escapeClosesFindBar();
    void fontSizeChangesAndIsRemembered();
    void actionsShowTheirShortcut();
    void documentFromItemText();
    void bigDocumentLoadsWithoutFreezing();
    void fileThatIsNotUtf8ShowsAMessage();
    void missingFileShowsAMessage();
    void screenshot(); // with ASSAY_SCREENSHOT_DIR set: docs/screenshots/text-view.png

private:
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_view->documentWidget(), k, modifiers);
    }
    QStringList stored() const { return m_editor->annotation(m_annotationId)->classIds; }

    QTemporaryDir m_dir;
    std::unique_ptr<MemoryAnnotationEditor> m_editor;
    std::unique_ptr<TextItemView> m_view;
    core::Id m_annotationId = QStringLiteral("a-1");
};

void tst_TextItemView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test folder
    QCoreApplication::setOrganizationName(QStringLiteral("AssayTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_textitemview"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void tst_TextItemView::init()
{
    m_editor = std::make_unique<MemoryAnnotationEditor>();
    core::Annotation annotation;
    annotation.id = m_annotationId;
    m_editor->insert(annotation);
    m_view = std::make_unique<TextItemView>();
    m_view->resize(800, 600);
    m_view->setAnnotationEditor(m_editor.get());
    m_view->setTaxonomy(sentiment(false));
    m_view->setText(QStringLiteral("The quick brown fox.\nA second line about the fox.\nEnd."),
                    QStringLiteral("fox.txt"));
    m_view->setAnnotation(m_annotationId);
    m_view->show();
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->documentWidget()->setFocus();
}

void tst_TextItemView::cleanup()
{
    m_view.reset();
    m_editor.reset();
}

void tst_TextItemView::defaultHotkeysFollowTheTaxonomy()
{
    const QList<QAction *> actions = m_view->classActions();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(0)->shortcut(), QKeySequence(QStringLiteral("1")));
    QCOMPARE(actions.at(1)->shortcut(), QKeySequence(QStringLiteral("2")));
    QCOMPARE(actions.at(2)->shortcut(), QKeySequence(QStringLiteral("O")));
    // A taxonomy hotkey that is a digit takes that digit from the class at its position.
    core::Taxonomy taxonomy = sentiment(false);
    taxonomy.classes[2].hotkey = QStringLiteral("1");
    const QList<QKeySequence> keys = ClassBar::hotkeys(taxonomy);
    QCOMPARE(keys.at(0), QKeySequence());
    QCOMPARE(keys.at(1), QKeySequence(QStringLiteral("2")));
    QCOMPARE(keys.at(2), QKeySequence(QStringLiteral("1")));
}

void tst_TextItemView::singleLabelHotkeyAndClick()
{
    QSignalSpy changed(m_view.get(), &TextItemView::classesChanged);
    key(Qt::Key_1);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-pos")});
    QVERIFY(m_view->classBar()->button(QStringLiteral("c-pos"))->isChecked());
    // Another class replaces it: one class at most.
    key(Qt::Key_O);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-off")});
    QVERIFY(!m_view->classBar()->button(QStringLiteral("c-pos"))->isChecked());
    // A click on a button does the same.
    QTest::mouseClick(m_view->classBar()->button(QStringLiteral("c-neg")), Qt::LeftButton);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-neg")});
    QVERIFY(m_view->classBar()->button(QStringLiteral("c-neg"))->isChecked());
    // The current class again clears it.
    key(Qt::Key_2);
    QCOMPARE(stored(), QStringList());
    QCOMPARE(m_view->undoStack()->count(), 4);
    QCOMPARE(m_editor->editCount(), 4);
    QVERIFY(changed.count() >= 4);
    QCOMPARE(changed.last().first().toStringList(), QStringList());
}

void tst_TextItemView::multiLabelHotkeyAndClick()
{
    m_view->setTaxonomy(sentiment(true));
    key(Qt::Key_1);
    key(Qt::Key_O);
    QCOMPARE(stored(), (QStringList{QStringLiteral("c-pos"), QStringLiteral("c-off")}));
    QTest::mouseClick(m_view->classBar()->button(QStringLiteral("c-neg")), Qt::LeftButton);
    QCOMPARE(stored(), (QStringList{QStringLiteral("c-pos"), QStringLiteral("c-off"),
                                    QStringLiteral("c-neg")}));
    for (const char *id : {"c-pos", "c-neg", "c-off"})
        QVERIFY(m_view->classBar()->button(QString::fromLatin1(id))->isChecked());
    // Toggling one off keeps the others.
    QTest::mouseClick(m_view->classBar()->button(QStringLiteral("c-pos")), Qt::LeftButton);
    QCOMPARE(stored(), (QStringList{QStringLiteral("c-off"), QStringLiteral("c-neg")}));
    QVERIFY(!m_view->classBar()->button(QStringLiteral("c-pos"))->isChecked());
    QCOMPARE(m_view->undoStack()->count(), 4);
}

void tst_TextItemView::undoRedoWalksEveryState()
{
    m_view->setTaxonomy(sentiment(true));
    QList<QStringList> states{stored()};
    for (Qt::Key k : {Qt::Key_1, Qt::Key_2, Qt::Key_O, Qt::Key_1}) {
        key(k);
        states.append(stored());
    }
    QCOMPARE(states.last(), (QStringList{QStringLiteral("c-neg"), QStringLiteral("c-off")}));
    // Undo to the start with Ctrl+Z, comparing the store and the buttons at every step.
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), states.at(i));
        QCOMPARE(m_view->classes(), states.at(i));
        QCOMPARE(m_view->classBar()->button(QStringLiteral("c-pos"))->isChecked(),
                 states.at(i).contains(QStringLiteral("c-pos")));
    }
    QVERIFY(!m_view->undoStack()->canUndo());
    QVERIFY(!m_view->action(TextItemView::Action::Undo)->isEnabled());
    // And redo to the end with Ctrl+Shift+Z.
    for (int i = 1; i < states.size(); ++i) {
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), states.at(i));
        QCOMPARE(m_view->classes(), states.at(i));
    }
    QVERIFY(!m_view->undoStack()->canRedo());
    // A new annotation starts a fresh history.
    m_view->setAnnotation(m_annotationId);
    QCOMPARE(m_view->undoStack()->count(), 0);
}

void tst_TextItemView::failingEditIsReportedAndNotStacked()
{
    QSignalSpy failed(m_view.get(), &TextItemView::editFailed);
    m_editor->setFailing(true);
    key(Qt::Key_1);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("could not be saved")));
    QCOMPARE(m_view->undoStack()->count(), 0);
    QVERIFY(!m_view->classBar()->button(QStringLiteral("c-pos"))->isChecked());
    m_editor->setFailing(false);
    QTest::mouseClick(m_view->classBar()->button(QStringLiteral("c-pos")), Qt::LeftButton);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-pos")});
}

void tst_TextItemView::readOnlyRefusesEdits()
{
    m_view->setReadOnly(true);
    key(Qt::Key_1);
    QTest::mouseClick(m_view->classBar()->button(QStringLiteral("c-neg")), Qt::LeftButton);
    QCOMPARE(stored(), QStringList());
    QCOMPARE(m_editor->editCount(), 0);
    QVERIFY(!m_view->classBar()->button(QStringLiteral("c-neg"))->isEnabled());
}

void tst_TextItemView::findCountsAndWalksMatches()
{
    QSignalSpy result(m_view.get(), &TextItemView::findResultChanged);
    key(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_view->isFindOpen());
    auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("FOX")); // case-insensitive
    QCOMPARE(m_view->matchCount(), 2);
    QCOMPARE(m_view->currentMatch(), 0);
    QCOMPARE(m_view->documentWidget()->textCursor().selectedText(), QStringLiteral("fox"));
    QCOMPARE(m_view->documentWidget()->textCursor().selectionStart(), 16);
    QTest::keyClick(edit, Qt::Key_F3);
    QCOMPARE(m_view->currentMatch(), 1);
    QCOMPARE(m_view->documentWidget()->textCursor().selectionStart(), 45);
    QTest::keyClick(edit, Qt::Key_Return); // wraps around
    QCOMPARE(m_view->currentMatch(), 0);
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_view->currentMatch(), 1);
    QVERIFY(result.count() > 0);
    QCOMPARE(result.last().at(1).toInt(), 2);
    // No match: the count says so, next and previous do nothing.
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral("zebra"));
    QCOMPARE(m_view->matchCount(), 0);
    QCOMPARE(m_view->currentMatch(), -1);
    QVERIFY(!m_view->action(TextItemView::Action::FindNext)->isEnabled());
}

void tst_TextItemView::escapeClosesFindBar()
{
    key(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_view->isFindOpen());
    auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!m_view->isFindOpen());
    QVERIFY(m_view->documentWidget()->hasFocus());
    // Closed, Escape is left to the window.
    QVERIFY(!m_view->action(TextItemView::Action::CloseFind)->isEnabled());
}

void tst_TextItemView::fontSizeChangesAndIsRemembered()
{
    QSignalSpy changed(m_view.get(), &TextItemView::fontSizeChanged);
    m_view->resetZoom();
    const int base = m_view->fontPointSize();
    QCOMPARE(base, m_view->defaultFontPointSize());
    key(Qt::Key_Equal, Qt::ControlModifier);
    key(Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_view->fontPointSize(), base + 2);
    QCOMPARE(m_view->documentWidget()->font().pointSize(), base + 2);
    key(Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_view->fontPointSize(), base + 1);
    // A new view starts with the size last chosen.
    {
        TextItemView other;
        QCOMPARE(other.fontPointSize(), base + 1);
    }
    key(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->fontPointSize(), base);
    QVERIFY(changed.count() >= 4);
    // Ctrl+wheel goes through the same setting.
    QWheelEvent wheel(QPointF(100, 100), m_view->documentWidget()->mapToGlobal(QPointF(100, 100)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->documentWidget()->viewport(), &wheel);
    QCOMPARE(m_view->fontPointSize(), base + 1);
    QCOMPARE(QSettings().value(QStringLiteral("textView/fontPointSize")).toInt(), base + 1);
    m_view->resetZoom();
}

void tst_TextItemView::actionsShowTheirShortcut()
{
    const auto all = m_view->actions() + m_view->classActions();
    for (QAction *action : all) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
    }
    QCOMPARE(m_view->action(TextItemView::Action::Find)->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(m_view->action(TextItemView::Action::FindNext)->shortcut(), QKeySequence(Qt::Key_F3));
}

void tst_TextItemView::documentFromItemText()
{
    core::Item item;
    item.id = QStringLiteral("i-1");
    item.kind = core::ItemKind::Text;
    item.text = QStringLiteral("line one\r\nline two\rline three");
    QSignalSpy loaded(m_view.get(), &TextItemView::documentLoaded);
    m_view->setItem(item);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_view->text(), QStringLiteral("line one\nline two\nline three"));
    QCOMPARE(m_view->documentWidget()->document()->blockCount(), 3);
    QVERIFY(m_view->errorMessage().isEmpty());
}

void tst_TextItemView::bigDocumentLoadsWithoutFreezing()
{
    // About 1 MB of wrapped prose in paragraphs.
    QString paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += QStringLiteral("Annotation is a governed process, not a drawing tool; ");
    paragraph += QLatin1Char('\n');
    QByteArray data;
    while (data.size() < 1024 * 1024)
        data += paragraph.toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("big.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    QSignalSpy loaded(m_view.get(), &TextItemView::documentLoaded);
    QElapsedTimer timer;
    timer.start();
    m_view->loadFile(path);
    const qint64 callMs = timer.elapsed(); // the read runs on a worker: the call returns at once
    QVERIFY(m_view->isLoading());
    QVERIFY(loaded.wait(10000));
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(m_view->text().size(), data.size());

    // Scrolling: a page down repaints only what is shown.
    auto *bar = m_view->documentWidget()->verticalScrollBar();
    QElapsedTimer scroll;
    scroll.start();
    const int steps = 50;
    for (int i = 0; i < steps; ++i) {
        bar->setValue(bar->value() + bar->pageStep());
        m_view->documentWidget()->viewport()->repaint();
    }
    const double perPageMs = scroll.elapsed() / double(steps);
    bar->setValue(bar->maximum());
    m_view->documentWidget()->viewport()->repaint();
    qInfo("1 MB document: loadFile() returned in %lld ms, shown after %lld ms; "
          "page down + repaint %.2f ms (target < 16 ms)",
          callMs, loadMs, perPageMs);
    QVERIFY(callMs < 50);
    QVERIFY2(perPageMs < 16.0, "scrolling a page takes longer than a frame");

    // Find over the whole megabyte.
    QElapsedTimer find;
    find.start();
    m_view->openFind();
    m_view->setFindText(QStringLiteral("drawing"));
    qInfo("find \"drawing\": %d matches in %lld ms", m_view->matchCount(), find.elapsed());
    QCOMPARE(m_view->matchCount(), int(data.size() / paragraph.toUtf8().size()) * 12);
}

void tst_TextItemView::fileThatIsNotUtf8ShowsAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("latin1.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("caf\xe9 cr\xe8me\n"); // Latin-1
    }
    QSignalSpy failed(m_view.get(), &TextItemView::loadFailed);
    m_view->loadFile(path);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not UTF-8")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("offset 3")), qPrintable(message));
    QCOMPARE(m_view->errorMessage(), message);
    QVERIFY(m_view->text().isEmpty());
    // A good file after a bad one shows again.
    const QString good = m_dir.filePath(QStringLiteral("good.txt"));
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("caf\xc3\xa9\n");
    }
    QSignalSpy loaded(m_view.get(), &TextItemView::documentLoaded);
    m_view->loadFile(good);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_view->text(), QStringLiteral("café\n"));
    QVERIFY(m_view->errorMessage().isEmpty());
}

void tst_TextItemView::missingFileShowsAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.txt"));
    QSignalSpy failed(m_view.get(), &TextItemView::loadFailed);
    m_view->loadFile(path);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().toString(), path + QStringLiteral(": the file does not exist"));
}

void tst_TextItemView::screenshot()
{
    const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
    const QString licence = QStringLiteral("/usr/share/common-licenses/Apache-2.0");
    if (dir.isEmpty() || !QFile::exists(licence))
        QSKIP("set ASSAY_SCREENSHOT_DIR to save the screenshot");
    core::Taxonomy taxonomy;
    taxonomy.version = 1;
    taxonomy.multiLabel = true;
    taxonomy.classes = {{QStringLiteral("c-licence"),
                         QStringLiteral("licence"),
                         QStringLiteral("#4363d8"),
                         {},
                         QStringLiteral("Terms of use"),
                         {}},
                        {QStringLiteral("c-contract"),
                         QStringLiteral("contract"),
                         QStringLiteral("#f58231"),
                         {},
                         {},
                         {}},
                        {QStringLiteral("c-legal"),
                         QStringLiteral("legal notice"),
                         QStringLiteral("#3cb44b"),
                         {},
                         {},
                         {}},
                        {QStringLiteral("c-other"),
                         QStringLiteral("other"),
                         QStringLiteral("#a9a9a9"),
                         QStringLiteral("0"),
                         {},
                         {}}};
    m_view->setTaxonomy(taxonomy);
    m_view->resize(960, 640);
    m_view->resetZoom();
    QSignalSpy loaded(m_view.get(), &TextItemView::documentLoaded);
    m_view->loadFile(licence);
    QVERIFY(loaded.wait(5000));
    m_view->setAnnotation(m_annotationId);
    key(Qt::Key_1);
    key(Qt::Key_3);
    m_view->openFind();
    m_view->setFindText(QStringLiteral("Derivative Works"));
    m_view->findNext();
    m_view->findNext();
    QTest::qWait(100); // layouts settle around the texts just set
    const QString suffix = applyScreenshotTheme();
    QTest::qWait(50);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/text-view") + suffix
                                + QStringLiteral(".png")));
}

QTEST_MAIN(tst_TextItemView)
#include "tst_textitemview.moc"
