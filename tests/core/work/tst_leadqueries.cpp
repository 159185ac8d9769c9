// SPDX-License-Identifier: Apache-2.0
// A lead's read-only questions to the services: a batch's queues before it is made (the same
// plan as creating it with that seed, nothing recorded), the open flags, a person's progress
// and how people answered a gold item — each refused to those the policy does not let read it.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_LeadQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<Item> m_items;
    Id m_cat;
    Id m_dog;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }

    static BatchSpec spec(quint64 seed)
    {
        BatchSpec s;
        s.name = QStringLiteral("b");
        s.annotators = {QStringLiteral("ann"), QStringLiteral("bob")};
        s.overlap = 2;
        s.goldRate = 0.2;
        s.seed = seed;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("p.assay")), {});
        QVERIFY(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        for (const auto &[name, role] :
             {std::pair{"ann", Role::Annotator}, {"bob", Role::Annotator}, {"lead", Role::Lead}})
            ASSAY_VERIFY_RESULT(p.people().addPerson(QLatin1String(name), {}, {role}));
        for (const char *name : {"cat", "dog"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            auto added = p.taxonomy().addClass(c);
            ASSAY_VERIFY_RESULT(added);
            (c.name == QLatin1String("cat") ? m_cat : m_dog) = added->id;
        }
        for (int i = 0; i < 10; ++i) {
            Item it;
            it.id = newId();
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            m_items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(m_items, {}));
        ASSAY_VERIFY_RESULT(p.gold().setGold({GoldAnswer{m_items.at(0).id, {m_cat}, {}, {}, {}},
                                              GoldAnswer{m_items.at(1).id, {m_cat}, {}, {}, {}}}));
    }

    // The preview is the plan planBatch records with the same seed, and it records nothing.
    void previewIsThePlanAndRecordsNothing()
    {
        Project &lead = as(QStringLiteral("lead"));
        const qint64 before = lead.logHead()->seq;
        auto preview = lead.work().previewBatch(spec(11));
        ASSAY_VERIFY_RESULT(preview);
        QCOMPARE(lead.logHead()->seq, before);
        QVERIFY(lead.work().batches()->isEmpty());
        QCOMPARE(preview->productionItems, 8);
        QCOMPARE(preview->goldItems, 2);
        QCOMPARE(preview->seed, quint64(11));
        QCOMPARE(preview->names.size(), 2);

        auto made = lead.work().planBatch(spec(11));
        ASSAY_VERIFY_RESULT(made);
        QList<std::tuple<Id, Id, TaskKind, int>> planned;
        for (const quality::PlannedTask &t : preview->tasks)
            planned.append({t.personId, t.itemId, t.kind, t.position});
        QList<std::tuple<Id, Id, TaskKind, int>> recorded;
        for (const Task &t : *lead.work().batchTasks(made->id))
            recorded.append({t.personId, t.itemId, t.kind, t.position});
        std::sort(planned.begin(), planned.end());
        std::sort(recorded.begin(), recorded.end());
        QCOMPARE(recorded, planned);

        // An annotator may not see a plan: it says which tasks are gold.
        auto refused = as(QStringLiteral("ann")).work().previewBatch(spec(11));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
    }

    // Flags with their reason and comment; progress counts; gold answers per person.
    void flagsProgressAndGoldAnswers()
    {
        Project &ann = as(QStringLiteral("ann"));
        const Id annId = ann.actor().id;
        const QList<Task> queue = *ann.work().queue(annId);
        QVERIFY(queue.size() >= 3);
        ASSAY_VERIFY_RESULT(ann.work().setTaskState(queue.at(0).id, TaskState::Flagged,
                                                    QStringLiteral("bad media"),
                                                    QStringLiteral("cut off")));
        // ann answers every other task with cat, gold ones included.
        for (int i = 1; i < queue.size(); ++i) {
            auto a = ann.annotations().startAnnotation(queue.at(i).id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(ann.annotations().setClasses(a->id, {m_cat}));
            ASSAY_VERIFY_RESULT(ann.annotations().addTimeSpent(a->id, 2000));
            ASSAY_VERIFY_RESULT(ann.work().setTaskState(queue.at(i).id, TaskState::Done));
        }
        // Her own progress she may read; others' flags and gold answers she may not.
        auto own = ann.work().queueProgress(annId);
        ASSAY_VERIFY_RESULT(own);
        QCOMPARE(own->total, int(queue.size()));
        QCOMPARE(own->done, int(queue.size()) - 1);
        QCOMPARE(own->flagged, 1);
        QCOMPARE(own->meanTimeMs, std::optional<qint64>(2000));
        QVERIFY(!ann.work().flaggedTasks());
        QVERIFY(!ann.gold().goldItemAnswers(m_items.at(0).id));
        const Id bob = ann.people().person(QStringLiteral("bob"))->id;
        QVERIFY(!ann.work().queueProgress(bob));

        Project &lead = as(QStringLiteral("lead"));
        auto flags = lead.work().flaggedTasks();
        ASSAY_VERIFY_RESULT(flags);
        QCOMPARE(flags->size(), 1);
        QCOMPARE(flags->first().task.id, queue.at(0).id);
        QCOMPARE(flags->first().reason, QStringLiteral("bad media"));
        QCOMPARE(flags->first().comment, QStringLiteral("cut off"));
        auto bobs = lead.work().queueProgress(bob);
        ASSAY_VERIFY_RESULT(bobs);
        QCOMPARE(bobs->done, 0);
        QVERIFY(!bobs->meanTimeMs);

        int goldAnswered = 0;
        for (const Task &t : *lead.work().queue(annId)) {
            if (t.kind != TaskKind::Gold || t.state != TaskState::Done)
                continue;
            auto answers = lead.gold().goldItemAnswers(t.itemId);
            ASSAY_VERIFY_RESULT(answers);
            QCOMPARE(answers->size(), 1);
            QCOMPARE(answers->first().task.personId, annId);
            QCOMPARE(answers->first().classIds, QStringList{m_cat});
            QCOMPARE(answers->first().score, std::optional<double>(1.0));
            QVERIFY(answers->first().passed);
            ++goldAnswered;
        }
        QVERIFY(goldAnswered > 0);

        // Resolved, the flag leaves the list.
        ASSAY_VERIFY_RESULT(lead.work().resolveFlag(queue.at(0).id, TaskState::Pending,
                                                    QStringLiteral("fine as it is")));
        QVERIFY(lead.work().flaggedTasks()->isEmpty());
    }
};

QTEST_MAIN(tst_LeadQueries)
#include "tst_leadqueries.moc"
