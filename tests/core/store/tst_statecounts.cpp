// SPDX-License-Identifier: Apache-2.0
// The counts kept by the appliers equal the rows they count, through adds, edits, removals and
// imports; a replay rebuilds them; an older project gets them on upgrade.
#include "core/project/services.h"
#include "core/store/database.h"
#include "core/transfer/datasetimport.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_StateCounts : public QObject
{
    Q_OBJECT

private:
    // What counting the rows gives, the kept counts' way (chunked imports included).
    static store::ProjectCounts counted(Project &project)
    {
        store::Database *db = project.store().database();
        const auto q = [db](const char *sql) {
            auto v = db->queryInt(QString::fromLatin1(sql));
            return v ? *v : -1;
        };
        store::ProjectCounts c;
        c.images = q("SELECT COUNT(*) FROM items WHERE kind = 'image'");
        c.texts = q("SELECT COUNT(*) FROM items WHERE kind = 'text'");
        c.audio = q("SELECT COUNT(*) FROM items WHERE kind = 'audio'");
        c.tasks = q("SELECT COUNT(*) FROM tasks");
        c.annotations = q("SELECT (SELECT COUNT(*) FROM annotations)"
                          " + (SELECT COALESCE(SUM(annotations), 0) FROM import_chunks)");
        c.boxes = q("SELECT (SELECT COUNT(*) FROM boxes)"
                    " + (SELECT COALESCE(SUM(boxes), 0) FROM import_chunks)");
        return c;
    }

    static QString describe(const store::ProjectCounts &c)
    {
        return QStringLiteral("images %1 texts %2 audio %3 tasks %4 annotations %5 boxes %6")
                .arg(c.images)
                .arg(c.texts)
                .arg(c.audio)
                .arg(c.tasks)
                .arg(c.annotations)
                .arg(c.boxes);
    }

    static QString kept(Project &project)
    {
        auto c = project.counts();
        return c ? describe(*c) : c.error().toString();
    }

    static Item textItem(int n)
    {
        Item it;
        it.kind = ItemKind::Text;
        it.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
        it.path = QStringLiteral("notes/%1.txt").arg(n);
        it.text = QStringLiteral("note %1").arg(n);
        it.characters = it.text.size();
        return it;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void countsFollowEveryChange()
    {
        using namespace core::interchange::test;
        const QString dir = m_dir.filePath(QStringLiteral("changes"));
        writeImage(dir, QStringLiteral("a.png"), 40, 30);
        writeImage(dir, QStringLiteral("b.png"), 42, 30);
        writeFixture(
                dir, QStringLiteral("instances.json"),
                "{\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": 40, \"height\": 30},"
                " {\"id\": 2, \"file_name\": \"b.png\", \"width\": 42, \"height\": 30}],"
                " \"categories\": [{\"id\": 1, \"name\": \"cat\"}],"
                " \"annotations\": [{\"id\": 1, \"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 1, 5, 5]},"
                " {\"id\": 2, \"image_id\": 1, \"category_id\": 1, \"bbox\": [9, 9, 5, 5]},"
                " {\"id\": 3, \"image_id\": 2, \"category_id\": 1, \"bbox\": [2, 2, 5, 5]}]}");
        CreateOptions options;
        options.mediaRoot = dir;
        auto created = Project::create(QDir(dir).filePath(QStringLiteral("p.assay")), options);
        ASSAY_VERIFY_RESULT(created);
        Project &project = **created;
        QCOMPARE(kept(project), describe(counted(project)));

        transfer::ImportOptions coco;
        coco.addClasses = true;
        auto imported = transfer::importDataset(project,
                                                QDir(dir).filePath(QStringLiteral("instances.json")),
                                                coco);
        ASSAY_VERIFY_RESULT(imported);
        QCOMPARE(imported->boxes, 3);
        QCOMPARE(kept(project), describe(counted(project)));
        QCOMPARE(project.counts()->images, 2);
        QCOMPARE(project.counts()->boxes, 3);

        ASSAY_VERIFY_RESULT(project.items().addItems({textItem(1), textItem(2), textItem(3)}, {}));
        QCOMPARE(*project.items().itemCount(), 5);
        auto page = project.items().page(0, 10);
        ASSAY_VERIFY_RESULT(page);
        Batch b;
        b.name = QStringLiteral("b");
        auto batch = project.work().createBatch(b);
        ASSAY_VERIFY_RESULT(batch);
        auto tasks = project.work().assignTasks(batch->id, {Task{{},
                                                                 {},
                                                                 page->at(0).id,
                                                                 project.actor().id,
                                                                 TaskKind::Production,
                                                                 TaskState::Pending,
                                                                 0},
                                                            Task{{},
                                                                 {},
                                                                 page->at(2).id,
                                                                 project.actor().id,
                                                                 TaskKind::Production,
                                                                 TaskState::Pending,
                                                                 1}});
        ASSAY_VERIFY_RESULT(tasks);
        auto annotation = project.annotations().startAnnotation(tasks->first().id);
        ASSAY_VERIFY_RESULT(annotation);
        Box box{newId(), {}, 1, 1, 4, 4, {}};
        const Box other{newId(), {}, 8, 8, 4, 4, {}};
        ASSAY_VERIFY_RESULT(project.annotations().addBox(annotation->id, box));
        ASSAY_VERIFY_RESULT(project.annotations().addBox(annotation->id, other));
        box.x = 2; // an update adds no box
        ASSAY_VERIFY_RESULT(project.annotations().updateBox(annotation->id, box));
        QCOMPARE(project.counts()->boxes, 5);
        ASSAY_VERIFY_RESULT(project.annotations().removeBox(annotation->id, other.id));
        QCOMPARE(project.counts()->boxes, 4);
        QCOMPARE(kept(project), describe(counted(project)));

        // An imported annotation edited leaves its chunk for the tables: the totals stay.
        auto stored = project.transfer().storedAnnotations();
        ASSAY_VERIFY_RESULT(stored);
        for (const StoredAnnotation &s : std::as_const(*stored)) {
            if (s.origin == QLatin1String("import") && s.annotation.boxes.size() == 2) {
                Box moved = s.annotation.boxes.first();
                moved.w = 3;
                ASSAY_VERIFY_RESULT(project.annotations().updateBox(s.annotation.id, moved));
            }
        }
        QCOMPARE(kept(project), describe(counted(project)));

        // A text nobody works on is removed; its count goes, and comes back to no row at zero.
        ASSAY_VERIFY_RESULT(project.items().removeItems({page->at(3).id, page->at(4).id},
                                                        QStringLiteral("duplicate")));
        QCOMPARE(kept(project), describe(counted(project)));
        QCOMPARE(project.counts()->texts, 1);

        // A replay rebuilds them, and the state equals the replay.
        const QString before = kept(project);
        ASSAY_VERIFY_RESULT(project.rebuildState());
        QCOMPARE(kept(project), before);
        auto differences = project.compareStateWithReplay(10);
        ASSAY_VERIFY_RESULT(differences);
        QVERIFY(differences->isEmpty());
    }

    // A project of the schema before the counts gets them from its rows on upgrade.
    void upgradeFillsTheCounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.assay"));
        QString expected;
        {
            auto created = Project::create(path, {});
            ASSAY_VERIFY_RESULT(created);
            ASSAY_VERIFY_RESULT((*created)->items().addItems({textItem(7), textItem(8)}, {}));
            expected = kept(**created);
            QVERIFY(expected.startsWith(QStringLiteral("images 0 texts 2 ")));
            store::Database *db = (*created)->store().database();
            ASSAY_VERIFY_RESULT(db->exec(QStringLiteral(
                    "DROP TABLE counts; DROP TABLE audience_key_grants;"
                    " DROP TABLE audience_keys; DROP TABLE sync_files;"
                    " DROP TABLE sync_heads; DROP TABLE review_reasons;"
                    " DROP TABLE review_rules; DROP TABLE review_entries;"
                    " DROP TABLE review_decisions; DROP TABLE adjudications;"
                    " ALTER TABLE guidelines DROP COLUMN taxonomy_version;"
                    " ALTER TABLE guidelines DROP COLUMN classes;"
                    " ALTER TABLE guidelines DROP COLUMN draft_event;"
                    " DROP TABLE guideline_drafts; DROP TABLE guideline_examples;"
                    " ALTER TABLE task_comments DROP COLUMN section;"
                    " ALTER TABLE classes DROP COLUMN archived;"
                    " DROP TABLE class_mappings; DROP TABLE gold_redo;"
                    " DROP TABLE calibration_sets; DROP TABLE calibration_references;"
                    " DROP TABLE calibration_sessions; DROP TABLE calibration_tasks;"
                    " DROP TABLE calibration_judgements;"
                    " DROP TABLE calibration_debriefs; DROP TABLE batch_pools;"
                    " DROP TABLE review_return; DROP TABLE review_locks; DROP TABLE consensus_figures;"
                    " DROP TABLE event_parts; ALTER TABLE events DROP COLUMN parts;"
                    " ALTER TABLE import_chunks DROP COLUMN part;"
                    " PRAGMA user_version = 8")));
        }
        auto opened = Project::open(path);
        ASSAY_VERIFY_RESULT(opened);
        QCOMPARE(kept(**opened), expected);
        auto differences = (*opened)->compareStateWithReplay(10);
        ASSAY_VERIFY_RESULT(differences);
        QVERIFY(differences->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StateCounts)
#include "tst_statecounts.moc"
