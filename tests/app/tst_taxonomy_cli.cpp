// SPDX-License-Identifier: Apache-2.0
// assay taxonomy's --preview as a process: the counts per batch in text and JSON, and nothing
// recorded; after the merge, assay quality counts the merged labels as their target, and its
// version filters count only the answers made under a taxonomy or guideline version.
#include "core/project/services.h"
#include "tests/app/clirunner.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

using Run = assay::tests::CliRun;

class tst_TaxonomyCli : public QObject
{
    Q_OBJECT

private:
    Run assay(const QStringList &args, const QString &as = QStringLiteral("lead"))
    {
        return assay::tests::runAssay(m_dir->path(), args, 60000, as);
    }

    QString path() const { return m_dir->filePath(QStringLiteral("p.assay")); }

    // Eight text items; classes cat, dog and kitten; b1: ann and bob answer items 0-5 (ann cat
    // on all, bob kitten on 0-2 and cat on 3-5); b2: ann alone answers items 6-7 kitten.
    void makeProject()
    {
        auto &keys = assay::tests::TestKeys::shared();
        auto created = Project::create(path(), {QStringLiteral("T"),
                                                QStringLiteral("owner"),
                                                {},
                                                {},
                                                keys.publicKey(QStringLiteral("owner"))});
        ASSAY_VERIFY_RESULT(created);
        Project &p = **created;
        ASSAY_VERIFY_RESULT(keys.signIn(p, QStringLiteral("owner")));
        QList<Item> items;
        for (int i = 0; i < 8; ++i) {
            Item it;
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        QList<Id> itemIds;
        for (const Item &it : *p.items().page(0, 100))
            itemIds.append(it.id);
        for (const char *name : {"cat", "dog", "kitten"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            auto added = p.taxonomy().addClass(c);
            ASSAY_VERIFY_RESULT(added);
            m_classes.insert(QLatin1String(name), added->id);
        }
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("lead"), {}, {Role::Lead},
                                                 keys.publicKey(QStringLiteral("lead"))));
        QHash<QString, Id> people;
        for (const char *name : {"ann", "bob"}) {
            auto person = p.people().addPerson(QLatin1String(name), {}, {Role::Annotator},
                                               keys.publicKey(QLatin1String(name)));
            ASSAY_VERIFY_RESULT(person);
            people.insert(QLatin1String(name), person->id);
        }
        auto makeBatch = [&](const QString &name, const QList<std::pair<QString, int>> &work) {
            Batch b;
            b.name = name;
            auto batch = p.work().createBatch(b);
            QVERIFY(batch);
            QList<Task> tasks;
            for (const auto &[person, item] : work)
                tasks.append(Task{{},
                                  batch->id,
                                  itemIds.at(item),
                                  people.value(person),
                                  TaskKind::Production,
                                  TaskState::Pending,
                                  int(tasks.size())});
            QVERIFY(p.work().assignTasks(batch->id, tasks));
        };
        QList<std::pair<QString, int>> b1;
        for (int i = 0; i < 6; ++i)
            b1 << std::pair{QStringLiteral("ann"), i} << std::pair{QStringLiteral("bob"), i};
        makeBatch(QStringLiteral("b1"), b1);
        makeBatch(QStringLiteral("b2"), {{QStringLiteral("ann"), 6}, {QStringLiteral("ann"), 7}});
        for (const QString &name : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            ASSAY_VERIFY_RESULT(keys.signIn(p, name));
            for (const Task &t : *p.work().annotatorQueue(people.value(name))) {
                const int item = int(itemIds.indexOf(t.itemId));
                const QString label = item >= 6 || (name == QLatin1String("bob") && item <= 2)
                                              ? QStringLiteral("kitten")
                                              : QStringLiteral("cat");
                auto annotation = p.annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(annotation);
                ASSAY_VERIFY_RESULT(
                        p.annotations().setClasses(annotation->id, {m_classes.value(label)}));
                ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
            }
        }
    }

    static QJsonObject batchNamed(const QJsonArray &batches, const QString &name)
    {
        for (const QJsonValue &b : batches) {
            if (b.toObject().value(QStringLiteral("batch")).toString() == name)
                return b.toObject();
        }
        return {};
    }

    int taxonomyVersion()
    {
        const Run r = assay({QStringLiteral("taxonomy"), path(), QStringLiteral("list"),
                             QStringLiteral("--json")});
        return r.json().value(QStringLiteral("version")).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, Id> m_classes;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_classes.clear();
        makeProject();
    }

    void mergePreviewCountsAndRecordsNothing()
    {
        const int before = taxonomyVersion();
        QVERIFY(before > 0);
        const QStringList merge{QStringLiteral("taxonomy"), path(),
                                QStringLiteral("merge"),    QStringLiteral("kitten"),
                                QStringLiteral("--into"),   QStringLiteral("cat"),
                                QStringLiteral("--preview")};
        Run r = assay(merge + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject preview = r.json();
        QCOMPARE(preview.value(QStringLiteral("change")).toString(), QStringLiteral("merge"));
        const QJsonArray batches = preview.value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batchNamed(batches, QStringLiteral("b1")).value(QStringLiteral("annotations")),
                 QJsonValue(3));
        QCOMPARE(batchNamed(batches, QStringLiteral("b2")).value(QStringLiteral("annotations")),
                 QJsonValue(2));
        const QJsonObject total = preview.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("annotations")).toInt(), 5);
        QCOMPARE(total.value(QStringLiteral("gold_answers")).toInt(), 0);
        QCOMPARE(total.value(QStringLiteral("prelabels")).toInt(), 0);

        // The text form: a line per batch and the total.
        r = assay(merge);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("merge would touch:")), qPrintable(r.out));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        const auto lineOf = [&](const QString &first) {
            for (const QString &line : lines) {
                const QStringList words = line.simplified().split(u' ');
                if (words.value(0) == first)
                    return words;
            }
            return QStringList();
        };
        QCOMPARE(lineOf(QStringLiteral("b1")).value(1), QStringLiteral("3"));
        QCOMPARE(lineOf(QStringLiteral("b2")).value(1), QStringLiteral("2"));
        QCOMPARE(lineOf(QStringLiteral("total")).value(1), QStringLiteral("5"));

        // Nothing recorded: the same version, kitten still offered.
        QCOMPARE(taxonomyVersion(), before);
        r = assay({QStringLiteral("taxonomy"), path(), QStringLiteral("list"),
                   QStringLiteral("--json")});
        QVERIFY(r.out.contains(QStringLiteral("\"kitten\"")));

        // An annotator may not change the taxonomy, preview or not.
        r = assay(merge, QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
    }

    void qualityReadsMergedLabelsAndFiltersByVersion()
    {
        const int before = taxonomyVersion();
        const QStringList quality{QStringLiteral("quality"), path(), QStringLiteral("--batch"),
                                  QStringLiteral("b1"), QStringLiteral("--json")};
        Run r = assay(quality);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QJsonObject b1 = r.json().value(QStringLiteral("batches")).toArray().at(0).toObject();
        QCOMPARE(b1.value(QStringLiteral("answers")).toInt(), 12);
        QCOMPARE(b1.value(QStringLiteral("figures"))
                         .toObject()
                         .value(QStringLiteral("percent_agreement"))
                         .toDouble(),
                 0.5);

        r = assay({QStringLiteral("taxonomy"), path(), QStringLiteral("merge"),
                   QStringLiteral("kitten"), QStringLiteral("--into"), QStringLiteral("cat")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(taxonomyVersion(), before + 1);

        r = assay(quality);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        b1 = r.json().value(QStringLiteral("batches")).toArray().at(0).toObject();
        QCOMPARE(b1.value(QStringLiteral("figures"))
                         .toObject()
                         .value(QStringLiteral("percent_agreement"))
                         .toDouble(),
                 1.0);
        for (const QJsonValue &c : b1.value(QStringLiteral("classes")).toArray())
            QVERIFY(c.toObject().value(QStringLiteral("class")).toString()
                    != QLatin1String("kitten"));

        // Filtered: every answer was made under the version before the merge.
        r = assay(quality
                  + QStringList{QStringLiteral("--taxonomy-version"), QString::number(before)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("taxonomy_version")).toInt(), before);
        QCOMPARE(r.json().value(QStringLiteral("batches"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("answers"))
                         .toInt(),
                 12);
        r = assay(quality
                  + QStringList{QStringLiteral("--taxonomy-version"), QString::number(before + 1)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("batches"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("answers"))
                         .toInt(),
                 0);
        // The text form says what it counts.
        r = assay({QStringLiteral("quality"), path(), QStringLiteral("--taxonomy-version"),
                   QString::number(before)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(
                         QStringLiteral("Only answers made under taxonomy version %1.").arg(before)),
                 qPrintable(r.out));

        // A version that does not exist, and one that is not a number.
        r = assay({QStringLiteral("quality"), path(), QStringLiteral("--taxonomy-version"),
                   QStringLiteral("99")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no taxonomy version 99")), qPrintable(r.err));
        r = assay({QStringLiteral("quality"), path(), QStringLiteral("--guideline-version"),
                   QStringLiteral("1")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no guideline version 1 (the latest is 0)")),
                 qPrintable(r.err));
        r = assay({QStringLiteral("quality"), path(), QStringLiteral("--guideline-version"),
                   QStringLiteral("zero")});
        QCOMPARE(r.status, 64);
    }
};

QTEST_GUILESS_MAIN(tst_TaxonomyCli)
#include "tst_taxonomy_cli.moc"
