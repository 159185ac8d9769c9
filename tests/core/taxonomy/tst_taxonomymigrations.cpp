// SPDX-License-Identifier: Apache-2.0
// Taxonomy migrations: rename, merge and split previews count per batch what they touch,
// applying them changes exactly those labels' reading, exports by version map through them,
// a rebuild from the log reproduces them, archived classes stay readable; conflict checks.
#include "core/project/services.h"
#include "core/taxonomy/taxonomyconflicts.h"
#include "core/transfer/datasetexport.h"
#include "core/transfer/datasetimport.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_TaxonomyMigrations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    Id m_cat, m_dog, m_bird;
    Id m_b1, m_b2;
    QHash<QString, Id> m_people;
    QList<Id> m_items; // t0 .. t12

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }

    // Classes of each label in a JSON Lines export of every annotation, as "item:label".
    QStringList exportLabels(int taxonomyVersion)
    {
        transfer::ExportOptions options;
        options.format = QStringLiteral("jsonl");
        options.all = true;
        options.taxonomyVersion = taxonomyVersion;
        const QString out = m_dir->filePath(QStringLiteral("out%1.jsonl").arg(taxonomyVersion));
        auto r = transfer::exportDataset(as(QStringLiteral("lead")), out, options);
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        QStringList labels;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            labels.append(o.value(QLatin1String("item")).toString() + QLatin1Char(':')
                          + o.value(QLatin1String("label")).toString());
        }
        labels.sort();
        return labels;
    }

    static MigrationCount countOf(const MigrationPreview &p, const QString &batchName)
    {
        for (const MigrationCount &c : p.batches) {
            if (c.batchName == batchName)
                return c;
        }
        return {};
    }

private Q_SLOTS:
    // b1: ann and bob label t0-t5; b2: ann labels t6-t11; t12 is in no batch.
    // cat: ann t0-t2, bob t0, ann t6-t7 (b1: 4, b2: 2 annotations); gold cat on t0 (b1) and
    // t6 (b2); pre-labels cat on t1, t2 (b1), t9 (b2) and t12 (no batch).
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        options.mediaRoot = m_dir->path();
        auto created = Project::create(m_dir->filePath(QStringLiteral("p.assay")), options);
        ASSAY_VERIFY_RESULT(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        for (const QString &name : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            auto person = p.people().addPerson(name, {}, {Role::Annotator});
            ASSAY_VERIFY_RESULT(person);
            m_people.insert(name, person->id);
        }
        auto author = p.people().addPerson(QStringLiteral("ava"), {}, {Role::Author});
        ASSAY_VERIFY_RESULT(author);
        for (const char *n : {"cat", "dog", "bird"}) {
            TaxonomyClass c;
            c.name = QLatin1String(n);
            auto added = p.taxonomy().addClass(c);
            ASSAY_VERIFY_RESULT(added);
            (n[0] == 'c' ? m_cat : n[0] == 'd' ? m_dog : m_bird) = added->id;
        }
        QList<Item> items;
        for (int i = 0; i < 13; ++i) {
            Item it;
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        m_items.clear();
        for (const Item &it : *p.items().page(0, 100))
            m_items.append(it.id);
        QCOMPARE(m_items.size(), 13);

        auto makeBatch = [&](const QString &name, const QList<std::pair<QString, int>> &work) {
            Batch b;
            b.name = name;
            auto batch = p.work().createBatch(b);
            if (!batch)
                qFatal("%s", qPrintable(batch.error().toString()));
            QList<Task> tasks;
            for (const auto &[person, item] : work)
                tasks.append(Task{{},
                                  batch->id,
                                  m_items.at(item),
                                  m_people.value(person),
                                  TaskKind::Production,
                                  TaskState::Pending,
                                  int(tasks.size())});
            if (!p.work().assignTasks(batch->id, tasks))
                qFatal("tasks");
            return batch->id;
        };
        QList<std::pair<QString, int>> b1, b2;
        for (int i = 0; i < 6; ++i)
            b1 << std::pair{QStringLiteral("ann"), i} << std::pair{QStringLiteral("bob"), i};
        for (int i = 6; i < 12; ++i)
            b2 << std::pair{QStringLiteral("ann"), i};
        m_b1 = makeBatch(QStringLiteral("b1"), b1);
        m_b2 = makeBatch(QStringLiteral("b2"), b2);

        auto answer = [&](const QString &name, int item) {
            if (name == QLatin1String("bob"))
                return item == 0 ? m_cat : m_dog;
            if (item <= 2 || item == 6 || item == 7)
                return m_cat;
            return item <= 5 ? m_dog : m_bird;
        };
        for (const QString &name : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            Project &a = as(name);
            auto queue = a.work().annotatorQueue(m_people.value(name));
            ASSAY_VERIFY_RESULT(queue);
            for (const Task &t : *queue) {
                auto annotation = a.annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(annotation);
                ASSAY_VERIFY_RESULT(
                        a.annotations().setClasses(annotation->id,
                                                   {answer(name, int(m_items.indexOf(t.itemId)))}));
                ASSAY_VERIFY_RESULT(a.work().setTaskState(t.id, TaskState::Done));
            }
        }
        Project &lead = as(QStringLiteral("lead"));
        QList<GoldAnswer> gold;
        for (const auto &[item, cls] :
             QList<std::pair<int, Id>>{{0, m_cat}, {6, m_cat}, {8, m_bird}})
            gold.append(GoldAnswer{m_items.at(item), {cls}, {}, {}, {}, false});
        ASSAY_VERIFY_RESULT(lead.gold().setGold(gold));

        QFile jsonl(m_dir->filePath(QStringLiteral("pre.jsonl")));
        QVERIFY(jsonl.open(QIODevice::WriteOnly));
        jsonl.write("{\"item\": \"t1.txt\", \"label\": \"cat\", \"confidence\": 0.9}\n"
                    "{\"item\": \"t2.txt\", \"label\": \"cat\", \"confidence\": 0.8}\n"
                    "{\"item\": \"t9.txt\", \"label\": \"cat\", \"confidence\": 0.7}\n"
                    "{\"item\": \"t12.txt\", \"label\": \"cat\", \"confidence\": 0.6}\n"
                    "{\"item\": \"t10.txt\", \"label\": \"dog\", \"confidence\": 0.6}\n");
        jsonl.close();
        transfer::ImportOptions pre;
        pre.prelabels = true;
        pre.model = QStringLiteral("classifier");
        ASSAY_VERIFY_RESULT(transfer::importDataset(lead, jsonl.fileName(), pre));
    }

    void previewCountsPerBatch_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("batch");
        QTest::addColumn<qint64>("annotations");
        QTest::addColumn<qint64>("gold");
        QTest::addColumn<qint64>("prelabels");
        for (const char *change : {"rename", "merge", "split"}) {
            QTest::addRow("%s b1", change) << QString::fromLatin1(change) << QStringLiteral("b1")
                                           << qint64(4) << qint64(1) << qint64(2);
            QTest::addRow("%s b2", change) << QString::fromLatin1(change) << QStringLiteral("b2")
                                           << qint64(2) << qint64(1) << qint64(1);
            QTest::addRow("%s no batch", change) << QString::fromLatin1(change) << QString()
                                                 << qint64(0) << qint64(0) << qint64(1);
        }
    }

    void previewCountsPerBatch()
    {
        QFETCH(QString, change);
        QFETCH(QString, batch);
        QFETCH(qint64, annotations);
        QFETCH(qint64, gold);
        QFETCH(qint64, prelabels);
        const QString before = *m_project->stateDigest();
        auto p = as(QStringLiteral("lead")).taxonomy().preview(change, {m_cat});
        ASSAY_VERIFY_RESULT(p);
        QCOMPARE(p->batches.size(), 3);
        const MigrationCount c = countOf(*p, batch);
        QCOMPARE(c.annotations, annotations);
        QCOMPARE(c.goldAnswers, gold);
        QCOMPARE(c.prelabels, prelabels);
        QCOMPARE(p->total.annotations, 6);
        QCOMPARE(p->total.goldAnswers, 2);
        QCOMPARE(p->total.prelabels, 4);
        QCOMPARE(*m_project->stateDigest(), before); // a preview records nothing
        // The command line prints the same figures.
        const QString text = migrationPreviewText(*p);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("b1\\s+4\\s+1\\s+2"))),
                 qPrintable(text));
    }

    void anAuthorSeesNoGoldCounts()
    {
        auto p = as(QStringLiteral("ava")).taxonomy().preview(QStringLiteral("merge"), {m_cat});
        ASSAY_VERIFY_RESULT(p);
        QVERIFY(!p->goldCounted);
        QCOMPARE(p->total.goldAnswers, 0);
        // An annotator, who may not change the taxonomy, gets no counts at all.
        auto refused = as(QStringLiteral("ann")).taxonomy().preview(QStringLiteral("merge"), {m_cat});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        QCOMPARE(p->total.annotations, 6);
    }

    void mergeMapsExactlyTheCountedLabels()
    {
        Project &lead = as(QStringLiteral("lead"));
        const int before = lead.taxonomy().get()->version;
        const QStringList oldLabels = exportLabels(before);
        ASSAY_VERIFY_RESULT(lead.taxonomy().mergeClasses({m_cat}, m_dog));
        auto t = lead.taxonomy().get();
        ASSAY_VERIFY_RESULT(t);
        QVERIFY(!t->findById(m_cat));
        QVERIFY(t->findAny(m_cat) && t->findAny(m_cat)->archived); // both keep their ids
        QCOMPARE(t->resolve(m_cat), m_dog);
        QCOMPARE(lead.taxonomy().get(before)->resolve(m_cat), m_cat);
        // The export of the new version reads the 6 cat labels as dog, and nothing else moved;
        // the old version's export is unchanged.
        const QStringList newLabels = exportLabels(t->version);
        QCOMPARE(exportLabels(before), oldLabels);
        QCOMPARE(newLabels.size(), oldLabels.size());
        int changed = 0;
        QVERIFY(newLabels.filter(QStringLiteral(":cat")).isEmpty());
        QStringList expected = oldLabels;
        for (QString &l : expected) {
            if (l.endsWith(QLatin1String(":cat"))) {
                l.replace(QLatin1String(":cat"), QLatin1String(":dog"));
                ++changed;
            }
        }
        expected.sort();
        QCOMPARE(changed, 6);
        QCOMPARE(newLabels, expected);
        // Labels that read as dog now count for dog's preview.
        auto p = lead.taxonomy().preview(QStringLiteral("rename"), {m_dog});
        QVERIFY(p->classes.contains(m_cat));
        QCOMPARE(p->total.annotations, 6 + 8); // cat's 6 and dog's 8 (ann t3-t5, bob t1-t5)
    }

    // After cat is merged into dog, the quality report counts cat labels as dog (b1's only two
    // disagreements, t1 and t2, were cat against dog); a report filtered by taxonomy version
    // counts only the answers made under it.
    void mergedLabelsCountAsTheTargetInTheReport()
    {
        Project &lead = as(QStringLiteral("lead"));
        const int before = lead.taxonomy().get()->version;
        auto report = lead.gold().batchQualityReport(m_b1);
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->answers, 12);
        QVERIFY(report->agreement.percentAgreement);
        QCOMPARE(*report->agreement.percentAgreement, 4.0 / 6.0);
        ASSAY_VERIFY_RESULT(lead.taxonomy().mergeClasses({m_cat}, m_dog));
        report = lead.gold().batchQualityReport(m_b1);
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(*report->agreement.percentAgreement, 1.0);
        for (const quality::ClassFigures &c : report->classes)
            QVERIFY(c.classId != m_cat);

        quality::ReportOptions options;
        options.taxonomyVersion = before;
        report = lead.gold().batchQualityReport(m_b1, options);
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->answers, 12);
        options.taxonomyVersion = lead.taxonomy().get()->version; // made after the merge: none
        report = lead.gold().batchQualityReport(m_b1, options);
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->answers, 0);
        options = {};
        options.guidelineVersion = 1; // no answer was made under a published guideline
        QCOMPARE(lead.gold().batchQualityReport(m_b1, options)->answers, 0);
    }

    // A gold task answered with the class the reference's class was merged into is right; a
    // different class is still wrong.
    void goldIsScoredThroughMerges()
    {
        Project &lead = as(QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(lead.taxonomy().mergeClasses({m_cat}, m_dog));
        Batch b;
        b.name = QStringLiteral("b3");
        auto batch = lead.work().createBatch(b);
        ASSAY_VERIFY_RESULT(batch);
        const Id bob = m_people.value(QStringLiteral("bob"));
        // bob never saw t6 (gold cat) or t8 (gold bird).
        QList<Task> tasks{
                Task{{}, batch->id, m_items.at(6), bob, TaskKind::Gold, TaskState::Pending, 0},
                Task{{}, batch->id, m_items.at(8), bob, TaskKind::Gold, TaskState::Pending, 1}};
        ASSAY_VERIFY_RESULT(lead.work().assignTasks(batch->id, tasks));
        Project &b2 = as(QStringLiteral("bob"));
        auto queue = b2.work().annotatorQueue(bob);
        ASSAY_VERIFY_RESULT(queue);
        for (const Task &t : *queue) {
            if (t.batchId != batch->id)
                continue;
            auto annotation = b2.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(annotation);
            ASSAY_VERIFY_RESULT(b2.annotations().setClasses(annotation->id, {m_dog}));
            ASSAY_VERIFY_RESULT(b2.work().setTaskState(t.id, TaskState::Done));
        }
        auto scores = as(QStringLiteral("lead")).gold().scoresOfWork(bob);
        ASSAY_VERIFY_RESULT(scores);
        QHash<Id, double> byItem;
        for (const GoldScore &g : *scores)
            byItem.insert(g.itemId, g.score);
        QCOMPARE(byItem.size(), 2);
        QCOMPARE(byItem.value(m_items.at(6)), 1.0); // cat, merged into dog
        QCOMPARE(byItem.value(m_items.at(8)), 0.0); // bird
    }

    void renameChangesOnlyTheName()
    {
        Project &lead = as(QStringLiteral("lead"));
        const int before = lead.taxonomy().get()->version;
        TaxonomyClass cat = *lead.taxonomy().get()->findById(m_cat);
        cat.name = QStringLiteral("feline");
        ASSAY_VERIFY_RESULT(lead.taxonomy().updateClass(cat));
        QStringList renamed = exportLabels(0);
        QCOMPARE(renamed.filter(QStringLiteral(":feline")).size(), 6);
        QCOMPARE(exportLabels(before).filter(QStringLiteral(":cat")).size(), 6);
    }

    void splitSendsLabelsBackAndMarksGold()
    {
        Project &lead = as(QStringLiteral("lead"));
        TaxonomyClass kitten, tomcat;
        kitten.name = QStringLiteral("kitten");
        tomcat.name = QStringLiteral("tomcat");
        // An author may split with labels assigned to one side, not make a batch.
        auto refused = as(QStringLiteral("ava"))
                               .taxonomy()
                               .splitClass(m_cat, {kitten, tomcat}, -1, QStringLiteral("again"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
        auto split = as(QStringLiteral("lead"))
                             .taxonomy()
                             .splitClass(m_cat, {kitten, tomcat}, -1, QStringLiteral("again"));
        ASSAY_VERIFY_RESULT(split);
        QCOMPARE(split->parts.size(), 2);
        // One task per item and annotator of the 6 cat labels, in a new batch.
        QCOMPARE(split->relabelTasks, 6);
        auto tasks = lead.work().batchTasks(split->relabelBatch);
        ASSAY_VERIFY_RESULT(tasks);
        QCOMPARE(tasks->size(), 6);
        QCOMPARE(split->goldToRedo, 2);
        auto redo = lead.taxonomy().goldToRedo();
        ASSAY_VERIFY_RESULT(redo);
        QCOMPARE(redo->size(), 2);
        QSet<Id> redoItems;
        for (const GoldRedo &r : *redo)
            redoItems.insert(r.itemId);
        QCOMPARE(redoItems, (QSet<Id>{m_items.at(0), m_items.at(6)}));
        // An annotator never learns which items are gold.
        QVERIFY(as(QStringLiteral("ann")).taxonomy().goldToRedo()->isEmpty());
        auto t = lead.taxonomy().get();
        QVERIFY(!t->findById(m_cat));
        QCOMPARE(t->findAny(m_cat)->name, QStringLiteral("cat"));
        QCOMPARE(t->resolve(m_cat), m_cat); // sent back: read as the archived class
        QVERIFY(t->findByName(QStringLiteral("kitten")));
    }

    void splitToOneSideMapsTheLabels()
    {
        Project &lead = as(QStringLiteral("lead"));
        TaxonomyClass kitten, tomcat;
        kitten.name = QStringLiteral("kitten");
        tomcat.name = QStringLiteral("tomcat");
        auto split = lead.taxonomy().splitClass(m_cat, {kitten, tomcat}, 1);
        ASSAY_VERIFY_RESULT(split);
        QVERIFY(split->relabelBatch.isEmpty());
        QCOMPARE(lead.taxonomy().get()->resolve(m_cat), split->parts.at(1).id);
        QCOMPARE(exportLabels(0).filter(QStringLiteral(":tomcat")).size(), 6);
    }

    void removingAClassInUseArchivesIt()
    {
        Project &lead = as(QStringLiteral("lead"));
        const int before = lead.taxonomy().get()->version;
        ASSAY_VERIFY_RESULT(lead.taxonomy().removeClass(m_bird));
        auto t = lead.taxonomy().get();
        QVERIFY(!t->findById(m_bird));
        QVERIFY(t->findAny(m_bird));
        QVERIFY(t->findAny(m_bird)->archived);
        QVERIFY(lead.taxonomy().get(before)->findById(m_bird));
        // Its labels keep its name in exports of the new version.
        QCOMPARE(exportLabels(0).filter(QStringLiteral(":bird")).size(), 4);
        // A class nobody used is removed outright.
        TaxonomyClass unused;
        unused.name = QStringLiteral("unused");
        const Id id = lead.taxonomy().addClass(unused)->id;
        QVERIFY(!*lead.taxonomy().classInUse(id));
        ASSAY_VERIFY_RESULT(lead.taxonomy().removeClass(id));
        QVERIFY(!lead.taxonomy().get()->findAny(id));
    }

    void moveReparentsAndReorders()
    {
        Project &lead = as(QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(lead.taxonomy().moveClass(m_bird, m_dog));
        ASSAY_VERIFY_RESULT(lead.taxonomy().moveClass(m_cat, {}, m_dog)); // already first
        ASSAY_VERIFY_RESULT(lead.taxonomy().moveClass(m_dog, {}, m_cat));
        auto t = lead.taxonomy().get();
        QCOMPARE(t->findById(m_bird)->parentId, m_dog);
        QCOMPARE(t->classes.first().id, m_dog);
        // Not inside its own sub-class.
        QVERIFY(!lead.taxonomy().moveClass(m_dog, m_bird));
    }

    void rebuildReproducesTheMigrations()
    {
        Project &lead = as(QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(lead.taxonomy().mergeClasses({m_cat}, m_dog));
        TaxonomyClass a, b;
        a.name = QStringLiteral("songbird");
        b.name = QStringLiteral("raptor");
        ASSAY_VERIFY_RESULT(lead.taxonomy().splitClass(m_bird, {a, b}, -1, QStringLiteral("r")));
        ASSAY_VERIFY_RESULT(lead.taxonomy().moveClass(m_dog, {}, {}));
        const QString digest = *lead.stateDigest();
        const QStringList labels = exportLabels(0);
        const auto redo = *lead.taxonomy().goldToRedo();
        ASSAY_VERIFY_RESULT(lead.rebuildState());
        QCOMPARE(*lead.stateDigest(), digest);
        QCOMPARE(exportLabels(0), labels);
        QCOMPARE(lead.taxonomy().goldToRedo()->size(), redo.size());
        auto check = lead.checkLog();
        ASSAY_VERIFY_RESULT(check);
    }

    void conflicts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("hotkey");
        QTest::addColumn<int>("kind"); // -1: none
        QTest::addColumn<QString>("mentions");
        using K = TaxonomyConflict::Kind;
        QTest::newRow("fine") << "fox"
                              << "#000000"
                              << "7" << -1 << "";
        QTest::newRow("empty name") << ""
                                    << "#000000"
                                    << "7" << int(K::EmptyName) << "name";
        QTest::newRow("spaces") << " fox"
                                << "#000000"
                                << "7" << int(K::BadName) << "spaces";
        QTest::newRow("duplicate") << "dog"
                                   << "#000000"
                                   << "7" << int(K::DuplicateName) << "dog";
        QTest::newRow("hotkey used") << "fox"
                                     << "#000000"
                                     << "2" << int(K::HotkeyTaken) << "dog";
        QTest::newRow("chord of a key") << "fox"
                                        << "#000000"
                                        << "1, 2" << int(K::HotkeyTaken) << "cat";
        QTest::newRow("bad hotkey") << "fox"
                                    << "#000000"
                                    << "a, b, c" << int(K::BadHotkey) << "";
        QTest::newRow("bad colour") << "fox"
                                    << "red"
                                    << "7" << int(K::BadColour) << "red";
        // cat is #e69f00 (orange): a near orange is too close for anyone.
        QTest::newRow("same colour") << "fox"
                                     << "#e6a000"
                                     << "7" << int(K::ColourTooClose) << "anyone";
        // dog is #56b4e9 (sky blue); bird #009e73 (bluish green). Pure red against a green of
        // the same lightness: far apart for most people, close for deuteranopes.
        QTest::newRow("red-green") << "fox"
                                   << "#cc0000"
                                   << "7" << int(K::ColourTooClose) << "deuteranopia";
    }

    void conflicts()
    {
        QFETCH(QString, name);
        QFETCH(QString, colour);
        QFETCH(QString, hotkey);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        Taxonomy t = *m_project->taxonomy().get();
        if (QTest::currentDataTag() == QByteArrayView("red-green")) {
            for (TaxonomyClass &other : t.classes) {
                if (other.id == m_bird)
                    other.colour = QStringLiteral("#008800");
            }
        }
        TaxonomyClass c;
        c.name = name;
        c.colour = colour;
        c.hotkey = hotkey;
        const QList<TaxonomyConflict> found = taxonomyConflicts(t, c);
        if (kind < 0) {
            QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(found.first().message));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(int(found.first().kind), kind);
        QVERIFY2(found.first().message.contains(mentions), qPrintable(found.first().message));
        QCOMPARE(found.first().blocking(),
                 TaxonomyConflict::Kind(kind) != TaxonomyConflict::Kind::ColourTooClose);
        // The service refuses what blocks and records what only warns (a new class's name is
        // trimmed before it is checked).
        const bool recorded = bool(as(QStringLiteral("lead")).taxonomy().addClass(c));
        const bool trimmed = QTest::currentDataTag() == QByteArrayView("spaces");
        QCOMPARE(recorded, !found.first().blocking() || trimmed);
    }

    void colourDifferenceIsCie76()
    {
        // White against black is ΔE 100 in CIELAB for anyone.
        QVERIFY(qAbs(colourDifference(QStringLiteral("#ffffff"), QStringLiteral("#000000"),
                                      ColourVision::Normal)
                     - 100.0)
                < 0.01);
        QVERIFY(colourDifference(QStringLiteral("#cc0000"), QStringLiteral("#008800"),
                                 ColourVision::Normal)
                > 100);
        QVERIFY(colourDifference(QStringLiteral("#cc0000"), QStringLiteral("#008800"),
                                 ColourVision::Deuteranopia)
                < kColourTooClose);
    }
};

QTEST_GUILESS_MAIN(tst_TaxonomyMigrations)
#include "tst_taxonomymigrations.moc"
