// SPDX-License-Identifier: Apache-2.0
// Task states: a flag stays until a lead resolves it, whatever its annotator does; a lead's
// resolution re-queues the task or marks it done, and a rebuild from the log gives the same.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_TaskStates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<Task> m_tasks;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }
    TaskState stateOf(const Id &task)
    {
        Project &lead = as(QStringLiteral("lead"));
        for (const Task &t : *lead.work().queue(m_tasks.first().personId)) {
            if (t.id == task)
                return t.state;
        }
        return TaskState::Pending;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("p.assay")), {});
        QVERIFY(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("lead"), {}, {Role::Lead}));
        QList<Item> items;
        for (int i = 0; i < 4; ++i) {
            Item it;
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        BatchSpec spec;
        spec.name = QStringLiteral("b");
        spec.annotators = {QStringLiteral("ann")};
        spec.seed = 1;
        ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
        const Id ann = p.people().person(QStringLiteral("ann"))->id;
        auto queue = as(QStringLiteral("ann")).work().annotatorQueue(ann);
        ASSAY_VERIFY_RESULT(queue);
        QCOMPARE(queue->size(), 4);
        m_tasks = *queue;
    }

    // Whatever the annotator sets, a flagged task stays flagged; a new comment is welcome.
    void flagStaysUntilALeadResolvesIt_data()
    {
        QTest::addColumn<int>("state");
        QTest::newRow("done") << int(TaskState::Done);
        QTest::newRow("skipped") << int(TaskState::Skipped);
        QTest::newRow("open") << int(TaskState::Pending);
    }

    void flagStaysUntilALeadResolvesIt()
    {
        QFETCH(int, state);
        const Id task = m_tasks.at(0).id;
        Project &ann = as(QStringLiteral("ann"));
        if (stateOf(task) != TaskState::Flagged) {
            ASSAY_VERIFY_RESULT(as(QStringLiteral("ann"))
                                        .work()
                                        .setTaskState(task, TaskState::Flagged,
                                                      QStringLiteral("unclear"),
                                                      QStringLiteral("fox or dog?")));
        }
        const Status refused = as(QStringLiteral("ann")).work().setTaskState(task, TaskState(state));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(stateOf(task), TaskState::Flagged);
        // Flagging again adds a comment and keeps the flag.
        ASSAY_VERIFY_RESULT(ann.work().setTaskState(task, TaskState::Flagged, {},
                                                    QStringLiteral("still unclear")));
        QCOMPARE(stateOf(task), TaskState::Flagged);
    }

    void annotatorCannotResolveAFlag()
    {
        const Id task = m_tasks.at(0).id;
        QCOMPARE(stateOf(task), TaskState::Flagged);
        const Status refused = as(QStringLiteral("ann")).work().resolveFlag(task, TaskState::Done);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        QCOMPARE(stateOf(task), TaskState::Flagged);
    }

    void leadResolvesAFlag_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::newRow("re-queued") << int(TaskState::Pending);
        QTest::newRow("done") << int(TaskState::Done);
    }

    void leadResolvesAFlag()
    {
        QFETCH(int, resolution);
        const Id task = m_tasks.at(1).id;
        ASSAY_VERIFY_RESULT(
                as(QStringLiteral("ann"))
                        .work()
                        .setTaskState(task, TaskState::Flagged, QStringLiteral("bad media")));
        Project &lead = as(QStringLiteral("lead"));
        // Only to open or done.
        QVERIFY(!lead.work().resolveFlag(task, TaskState::Skipped));
        ASSAY_VERIFY_RESULT(lead.work().resolveFlag(task, TaskState(resolution),
                                                    QStringLiteral("see guideline 2.3")));
        QCOMPARE(stateOf(task), TaskState(resolution));
        // Not flagged any more: nothing to resolve.
        QCOMPARE(lead.work().resolveFlag(task, TaskState::Done).error().code, ErrorCode::Conflict);
        // The annotator may work on it again when it was re-queued.
        if (TaskState(resolution) == TaskState::Pending) {
            ASSAY_VERIFY_RESULT(
                    as(QStringLiteral("ann")).work().setTaskState(task, TaskState::Done));
            QCOMPARE(stateOf(task), TaskState::Done);
        }
    }

    void rebuildGivesTheSameStates()
    {
        Project &lead = as(QStringLiteral("lead"));
        const Id ann = lead.people().person(QStringLiteral("ann"))->id;
        const auto before = *lead.work().queue(ann);
        as(QStringLiteral("admin"));
        ASSAY_VERIFY_RESULT(m_project->rebuildState());
        const auto after = *as(QStringLiteral("lead")).work().queue(ann);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).state, before.at(i).state);
        QVERIFY(m_project->verifyLog()->intact);
    }
};

QTEST_GUILESS_MAIN(tst_TaskStates)
#include "tst_taskstates.moc"
