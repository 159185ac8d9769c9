// SPDX-License-Identifier: Apache-2.0
// The class bar with many classes: it wraps instead of widening its window, finds classes by
// name, and gives the tenth to the nineteenth class a two-key chord no view uses otherwise.
#include "core/domain/classkeys.h"
#include "tests/testutil.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/text/classbar.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace assay;
using namespace assay::widgets;

static const char *const s_names[] = {"person",        "bicycle",       "car",     "motorcycle",
                                      "airplane",      "bus",           "train",   "truck",
                                      "boat",          "traffic light", "hydrant", "stop sign",
                                      "parking meter", "bench",         "bird",    "cat",
                                      "dog",           "horse",         "sheep",   "cow"};

static core::Taxonomy classes(int count)
{
    core::Taxonomy taxonomy;
    taxonomy.version = 1;
    QStringList colours;
    for (int i = 0; i < count; ++i) {
        core::TaxonomyClass c;
        c.id = QStringLiteral("c-%1").arg(i);
        c.name = QLatin1String(s_names[i]);
        c.colour = core::freeClassColour(colours);
        colours.append(c.colour);
        taxonomy.classes.append(c);
    }
    return taxonomy;
}

class tst_ClassBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MemoryAnnotationEditor> m_editor;
    std::unique_ptr<QWidget> m_window;
    ClassBar *m_bar = nullptr;
    const core::Id m_annotationId = QStringLiteral("a-1");

    void showBar(int count, int width, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        m_editor = std::make_unique<MemoryAnnotationEditor>();
        core::Annotation annotation;
        annotation.id = m_annotationId;
        m_editor->insert(annotation);
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_bar = new ClassBar(m_window.get());
        auto *below = new QWidget(m_window.get());
        below->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(m_bar);
        layout->addWidget(below, 1);
        m_bar->setShortcutHost(m_window.get());
        m_bar->setHotkeyModifiers(modifiers);
        m_bar->setAnnotationEditor(m_editor.get());
        m_bar->setTaxonomy(classes(count));
        m_bar->setAnnotation(m_annotationId);
        m_window->resize(width, 400);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        below->setFocus();
    }
    QStringList stored() const { return m_editor->annotation(m_annotationId)->classIds; }

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_editor.reset();
    }

    // Many classes: the bar asks for no more width than its widest button, and wraps.
    void manyClassesWrapWithinTheWidth_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("width");
        QTest::newRow("12 classes, 1024 px") << 12 << 1024;
        QTest::newRow("12 classes, 600 px") << 12 << 600;
        QTest::newRow("20 classes, 800 px") << 20 << 800;
    }

    void manyClassesWrapWithinTheWidth()
    {
        QFETCH(int, count);
        QFETCH(int, width);
        showBar(count, width);
        QVERIFY2(m_window->minimumSizeHint().width() < 400,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QCOMPARE(m_window->width(), width);
        QTRY_VERIFY(m_bar->rowCount() > 1);
        // Every button lies inside the bar, none on top of another.
        QList<QRect> seen;
        for (const auto &cls : m_bar->taxonomy().classes) {
            ClassButton *b = m_bar->button(cls.id);
            QVERIFY(b->isVisible());
            QVERIFY2(m_bar->rect().contains(b->geometry()), qPrintable(cls.name));
            for (const QRect &other : std::as_const(seen))
                QVERIFY(!other.intersects(b->geometry()));
            seen.append(b->geometry());
        }
        QVERIFY(m_bar->height() >= m_bar->heightForWidth(m_bar->width()));
    }

    void searchFiltersAndEnterChooses()
    {
        showBar(12, 900);
        QLineEdit *search = m_bar->searchField();
        QVERIFY(search->isVisible());
        // "/" in the host goes to the field.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Slash);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("tr"));
        QStringList shown;
        for (const auto &cls : m_bar->taxonomy().classes) {
            if (m_bar->button(cls.id)->isVisible())
                shown.append(cls.name);
        }
        QCOMPARE(shown, (QStringList{QStringLiteral("train"), QStringLiteral("truck"),
                                     QStringLiteral("traffic light")}));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(stored(), QStringList{QStringLiteral("c-6")}); // train, the first shown
        QVERIFY(search->text().isEmpty());
        QVERIFY(m_bar->button(QStringLiteral("c-0"))->isVisible()); // all of them again
        // Nothing found: Enter chooses nothing.
        QTest::keyClicks(search, QStringLiteral("zebra"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(stored(), QStringList{QStringLiteral("c-6")});
    }

    void fewClassesNeedNoSearch()
    {
        showBar(6, 900);
        QVERIFY(!m_bar->searchField()->isVisible());
    }

    // The tenth to the nineteenth class: 0 then the last digit of its number; with the bar's
    // modifier on both keys. Plain 0 is no command of any view, and no single key is taken.
    void chordsBeyondNine_data()
    {
        QTest::addColumn<int>("modifiers");
        QTest::newRow("plain") << int(Qt::NoModifier);
        QTest::newRow("shift") << int(Qt::ShiftModifier);
    }

    void chordsBeyondNine()
    {
        QFETCH(int, modifiers);
        const Qt::KeyboardModifiers mods(modifiers);
        showBar(20, 1000, mods);
        const QList<QKeySequence> keys = ClassBar::hotkeys(m_bar->taxonomy());
        QCOMPARE(keys.at(8), QKeySequence(QStringLiteral("9")));
        QCOMPARE(keys.at(9), QKeySequence(QStringLiteral("0, 0")));
        QCOMPARE(keys.at(12), QKeySequence(QStringLiteral("0, 3")));
        QCOMPARE(keys.at(18), QKeySequence(QStringLiteral("0, 9")));
        QCOMPARE(keys.at(19), QKeySequence()); // the twentieth: found by name
        const QList<QAction *> actions = m_bar->classActions();
        QCOMPARE(actions.at(12)->shortcut().count(), 2);
        QCOMPARE(actions.at(12)->shortcut()[1].keyboardModifiers(), mods);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_0, mods);
        QTest::keyClick(focus, Qt::Key_3, mods);
        QCOMPARE(stored(), QStringList{QStringLiteral("c-12")}); // the thirteenth class
        QTest::keyClick(focus, Qt::Key_3, mods);                 // alone: the third class
        QCOMPARE(stored(), QStringList{QStringLiteral("c-2")});
    }
};

QTEST_MAIN(tst_ClassBar)
#include "tst_classbar.moc"
