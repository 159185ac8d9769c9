// SPDX-License-Identifier: Apache-2.0
// The undo commands on their own: what they store, how moves merge, how refusals are handled.
#include "tests/testutil.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/commands/addboxcommand.h"
#include "widgets/commands/changeboxclasscommand.h"
#include "widgets/commands/moveboxcommand.h"
#include "widgets/commands/removeboxcommand.h"
#include "widgets/commands/setclassescommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace assay;
using namespace assay::widgets;

class tst_BoxCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addAndRemoveUndoRedo();
    void dragMergesIntoOneUndoStep();
    void gestureEndingWhereItStartedIsDropped();
    void differentBoxesDoNotMerge();
    void changeClassAndSetClasses();
    void refusedRedoIsReportedAndDropped();

private:
    core::Box box(double x) const
    {
        core::Box b;
        b.id = QStringLiteral("b-1");
        b.classId = QStringLiteral("c-car");
        b.x = x;
        b.y = 10;
        b.w = 100;
        b.h = 50;
        return b;
    }
    QList<core::Box> boxes() const { return m_editor.annotation(QStringLiteral("a"))->boxes; }

    MemoryAnnotationEditor m_editor;
    EditReporter m_reporter;
    EditTarget m_target;
};

void tst_BoxCommands::init()
{
    m_editor = MemoryAnnotationEditor();
    core::Annotation annotation;
    annotation.id = QStringLiteral("a");
    m_editor.insert(annotation);
    m_target = {&m_editor, QStringLiteral("a"), &m_reporter};
}

void tst_BoxCommands::addAndRemoveUndoRedo()
{
    QUndoStack stack;
    stack.push(new AddBoxCommand(m_target, box(0)));
    QCOMPARE(boxes(), QList<core::Box>{box(0)});
    stack.push(new RemoveBoxCommand(m_target, box(0)));
    QVERIFY(boxes().isEmpty());
    stack.undo();
    QCOMPARE(boxes(), QList<core::Box>{box(0)});
    stack.undo();
    QVERIFY(boxes().isEmpty());
    stack.redo();
    stack.redo();
    QVERIFY(boxes().isEmpty());
    QCOMPARE(stack.count(), 2);
}

void tst_BoxCommands::dragMergesIntoOneUndoStep()
{
    QUndoStack stack;
    stack.push(new AddBoxCommand(m_target, box(0)));
    // A drag pushed while it runs: steps not done merge, the last one closes the gesture.
    stack.push(new MoveBoxCommand(m_target, box(0), box(5), false));
    stack.push(new MoveBoxCommand(m_target, box(5), box(9), false));
    stack.push(new MoveBoxCommand(m_target, box(9), box(20), true));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(boxes().at(0).x, 20.0);
    stack.push(new MoveBoxCommand(m_target, box(20), box(30), true)); // a new gesture
    QCOMPARE(stack.count(), 3);
    stack.undo();
    QCOMPARE(boxes().at(0).x, 20.0);
    stack.undo();
    QCOMPARE(boxes().at(0).x, 0.0);
    stack.redo();
    QCOMPARE(boxes().at(0).x, 20.0);
    QCOMPARE(stack.text(1), QStringLiteral("Move box"));
}

void tst_BoxCommands::gestureEndingWhereItStartedIsDropped()
{
    QUndoStack stack;
    stack.push(new AddBoxCommand(m_target, box(0)));
    stack.push(new MoveBoxCommand(m_target, box(0), box(5), false));
    stack.push(new MoveBoxCommand(m_target, box(5), box(0), true));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(boxes().at(0).x, 0.0);
}

void tst_BoxCommands::differentBoxesDoNotMerge()
{
    QUndoStack stack;
    core::Box other = box(0);
    other.id = QStringLiteral("b-2");
    stack.push(new AddBoxCommand(m_target, box(0)));
    stack.push(new AddBoxCommand(m_target, other));
    stack.push(new MoveBoxCommand(m_target, box(0), box(5), false));
    core::Box moved = other;
    moved.x = 7;
    stack.push(new MoveBoxCommand(m_target, other, moved, false));
    QCOMPARE(stack.count(), 4);
}

void tst_BoxCommands::changeClassAndSetClasses()
{
    QUndoStack stack;
    stack.push(new AddBoxCommand(m_target, box(0)));
    stack.push(new ChangeBoxClassCommand(m_target, box(0), QStringLiteral("c-person")));
    QCOMPARE(boxes().at(0).classId, QStringLiteral("c-person"));
    QCOMPARE(boxes().at(0).x, 0.0);
    stack.push(new SetClassesCommand(m_target, {}, {QStringLiteral("c-night")}));
    QCOMPARE(m_editor.annotation(QStringLiteral("a"))->classIds,
             QStringList{QStringLiteral("c-night")});
    stack.undo();
    QVERIFY(m_editor.annotation(QStringLiteral("a"))->classIds.isEmpty());
    stack.undo();
    QCOMPARE(boxes().at(0).classId, QStringLiteral("c-car"));
}

void tst_BoxCommands::refusedRedoIsReportedAndDropped()
{
    QSignalSpy failed(&m_reporter, &EditReporter::failed);
    QUndoStack stack;
    m_editor.setFailing(true);
    stack.push(new AddBoxCommand(m_target, box(0)));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(stack.count(), 0);
    // Adding a box twice is a conflict the store reports, not a silent duplicate.
    m_editor.setFailing(false);
    stack.push(new AddBoxCommand(m_target, box(0)));
    stack.push(new AddBoxCommand(m_target, box(0)));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(boxes().size(), 1);
}

QTEST_MAIN(tst_BoxCommands)
#include "tst_boxcommands.moc"
