// SPDX-License-Identifier: Apache-2.0
// Pre-labels in the project store: accepting, adjusting, rejecting and taking back decisions on
// a model's suggestions, who may, the figures per model, and rebuilds of it all.
#include "core/project/services.h"
#include "core/transfer/datasetimport.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;
using namespace assay::core::interchange::test;

class tst_PreLabelStore : public QObject
{
    Q_OBJECT

private:
    // Every row of the tables pre-label decisions touch, for comparing a rebuild.
    static QString dumpState(const QString &path)
    {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QString out;
        for (const char *table :
             {"prelabels", "prelabel_decisions", "boxes", "annotation_classes", "annotations"}) {
            sqlite3_stmt *stmt = nullptr;
            const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY 1, 2";
            sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
            out += QLatin1String(table) + QLatin1Char('\n');
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                    out += QString::fromUtf8(
                                   reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)))
                           + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return out;
    }

    // Two real images a.png and b.png, classes cat and dog, box predictions of "detector" on
    // a.png (cat 0.9, dog 0.4), class predictions of "classifier" on b.png (dog 0.8, cat 0.2);
    // alice and bob (annotators) and rita (reviewer) each have a task on both images.
    std::unique_ptr<assay::core::Project> makeProject()
    {
        const QString dir = m_dir->path();
        writeImage(dir, QStringLiteral("a.png"), 200, 100);
        writeImage(dir, QStringLiteral("b.png"), 240, 100); // not a.png's content
        writeFixture(
                dir, QStringLiteral("instances.json"),
                "{\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": 200, \"height\": 100},"
                " {\"id\": 2, \"file_name\": \"b.png\", \"width\": 240, \"height\": 100}],"
                " \"categories\": [{\"id\": 1, \"name\": \"cat\"}, {\"id\": 2, \"name\": \"dog\"}],"
                " \"annotations\": []}");
        writeFixture(
                dir, QStringLiteral("results.json"),
                "[{\"image_id\": 1, \"category_id\": 2, \"bbox\": [120, 10, 40, 30], \"score\": 0.4},"
                " {\"image_id\": 1, \"category_id\": 1, \"bbox\": [10, 20, 60, 50], \"score\": 0.9}]");
        writeFixture(dir, QStringLiteral("classifier.jsonl"),
                     "{\"item\": \"b.png\", \"label\": \"cat\", \"confidence\": 0.2}\n"
                     "{\"item\": \"b.png\", \"label\": \"dog\", \"confidence\": 0.8}\n");
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        options.mediaRoot = dir;
        auto created = assay::core::Project::create(QDir(dir).filePath(QStringLiteral("p.assay")),
                                                    options);
        if (!created)
            return nullptr;
        auto store = std::move(*created);
        const auto import = [&](const char *file, const transfer::ImportOptions &options) {
            auto r = transfer::importDataset(*store, QDir(dir).filePath(QLatin1String(file)),
                                             options);
            if (!r)
                qWarning("%s", qPrintable(r.error().toString()));
            return bool(r);
        };
        transfer::ImportOptions images;
        images.addClasses = true;
        if (!import("instances.json", images))
            return nullptr;
        transfer::ImportOptions boxes;
        boxes.format = QStringLiteral("coco-results");
        boxes.referencePath = QDir(dir).filePath(QStringLiteral("instances.json"));
        boxes.prelabels = true;
        boxes.model = QStringLiteral("detector");
        if (!import("results.json", boxes))
            return nullptr;
        transfer::ImportOptions classes;
        classes.prelabels = true;
        classes.model = QStringLiteral("classifier");
        if (!import("classifier.jsonl", classes))
            return nullptr;
        const auto taxonomy = store->taxonomy().get();
        m_cat = taxonomy->findByName(QStringLiteral("cat"))->id;
        m_dog = taxonomy->findByName(QStringLiteral("dog"))->id;
        m_imageA = store->items().findItem(QStringLiteral("a.png"))->id;
        m_imageB = store->items().findItem(QStringLiteral("b.png"))->id;
        Batch b;
        b.name = QStringLiteral("first");
        auto batch = store->work().createBatch(b);
        QList<Task> tasks;
        for (const char *name : {"alice", "bob", "rita"}) {
            const Role role = qstrcmp(name, "rita") == 0 ? Role::Reviewer : Role::Annotator;
            auto person = store->people().addPerson(QLatin1String(name), QLatin1String(name),
                                                    {role});
            if (!person)
                return nullptr;
            for (const Id &item : {m_imageA, m_imageB})
                tasks.append(Task{{},
                                  {},
                                  item,
                                  person->id,
                                  TaskKind::Production,
                                  TaskState::Pending,
                                  int(tasks.size())});
        }
        if (!store->work().assignTasks(batch->id, tasks))
            return nullptr;
        return store;
    }

    // The person's annotation of an item, made on first use as the labeling view does.
    Id annotationOf(assay::core::Project &store, const QString &person, const Id &itemId)
    {
        if (!store.setActor(person))
            return {};
        const auto queue = store.work().queue(store.actor().id);
        for (const Task &t : *queue) {
            if (t.itemId == itemId)
                return store.annotations().startAnnotation(t.id)->id;
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Id m_cat, m_dog, m_imageA, m_imageB;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void openSuggestionsBestFirst()
    {
        auto store = makeProject();
        QVERIFY(store);
        const Id a = annotationOf(*store, QStringLiteral("alice"), m_imageA);
        auto open = store->annotations().openPreLabels(a);
        ASSAY_VERIFY_RESULT(open);
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).classId, m_cat);
        QCOMPARE(*open->at(0).score, 0.9);
        QCOMPARE(*open->at(0).box, QRectF(10, 20, 60, 50));
        QCOMPARE(open->at(0).model, QStringLiteral("detector"));
        QCOMPARE(open->at(1).classId, m_dog);

        const Id b = annotationOf(*store, QStringLiteral("alice"), m_imageB);
        open = store->annotations().openPreLabels(b);
        QCOMPARE(open->size(), 2);
        QVERIFY(!open->at(0).box);
        QCOMPARE(open->at(0).classId, m_dog);
        QCOMPARE(open->at(0).model, QStringLiteral("classifier"));
    }

    void acceptAdjustRejectAndRebuild()
    {
        auto store = makeProject();
        QVERIFY(store);
        const Id a = annotationOf(*store, QStringLiteral("alice"), m_imageA);
        const QList<PreLabel> open = *store->annotations().openPreLabels(a);
        const PreLabel cat = open.at(0);
        const PreLabel dog = open.at(1);

        // Accepting makes an ordinary box that names its suggestion.
        const Id boxId = newId();
        ASSAY_VERIFY_RESULT(store->annotations().acceptBoxPreLabel(a, cat.id, boxId));
        Annotation stored = *store->annotations().annotation(a);
        QCOMPARE(stored.boxes.size(), 1);
        Box box = stored.boxes.first();
        QCOMPARE(box.id, boxId);
        QCOMPARE(box.classId, m_cat);
        QCOMPARE(QRectF(box.x, box.y, box.w, box.h), QRectF(10, 20, 60, 50));
        QCOMPARE(box.attributes.value(QLatin1String("prelabel")).toString(), cat.id);
        QCOMPARE(box.attributes.value(QLatin1String("model")).toString(),
                 QStringLiteral("detector"));
        QCOMPARE(box.attributes.value(QLatin1String("score")).toDouble(), 0.9);
        QVERIFY(!box.attributes.contains(QLatin1String("prelabel_adjusted")));
        QCOMPARE(store->annotations().openPreLabels(a)->size(), 1);
        QCOMPARE(store->annotations().acceptBoxPreLabel(a, cat.id, newId()).error().code,
                 ErrorCode::Conflict);

        // Moving it marks it adjusted; moving it back to the suggestion clears the mark.
        Box moved = box;
        moved.x += 5;
        ASSAY_VERIFY_RESULT(store->annotations().updateBox(a, moved));
        QCOMPARE(store->annotations().annotation(a)->boxes.first().attributes.value(
                         QLatin1String("prelabel_adjusted")),
                 QJsonValue(true));
        ASSAY_VERIFY_RESULT(store->annotations().updateBox(a, box));
        QVERIFY(!store->annotations().annotation(a)->boxes.first().attributes.contains(
                QLatin1String("prelabel_adjusted")));
        ASSAY_VERIFY_RESULT(store->annotations().updateBox(a, moved));

        // Rejecting hides the other one for alice, not for bob.
        ASSAY_VERIFY_RESULT(store->annotations().rejectPreLabel(a, dog.id));
        QCOMPARE(store->annotations().openPreLabels(a)->size(), 0);
        const QHash<Id, QString> decisions{{cat.id, QStringLiteral("accepted")},
                                           {dog.id, QStringLiteral("rejected")}};
        QCOMPARE(*store->annotations().preLabelDecisions(a), decisions);
        const Id bobA = annotationOf(*store, QStringLiteral("bob"), m_imageA);
        QCOMPARE(store->annotations().openPreLabels(bobA)->size(), 2);

        // Bob accepts the dog box as it is and deletes it afterwards.
        const Id bobBox = newId();
        ASSAY_VERIFY_RESULT(store->annotations().acceptBoxPreLabel(bobA, dog.id, bobBox));
        ASSAY_VERIFY_RESULT(store->annotations().acceptBoxPreLabel(bobA, cat.id, newId()));
        ASSAY_VERIFY_RESULT(store->annotations().removeBox(bobA, bobBox));

        // A single-label class suggestion: accepting one ends the others.
        const Id b = annotationOf(*store, QStringLiteral("alice"), m_imageB);
        const QList<PreLabel> classes = *store->annotations().openPreLabels(b);
        QCOMPARE(classes.size(), 2);
        ASSAY_VERIFY_RESULT(store->annotations().acceptClassPreLabel(b, classes.at(0).id, {m_dog}));
        QCOMPARE(store->annotations().annotation(b)->classIds, QStringList{m_dog});
        QCOMPARE(store->annotations().openPreLabels(b)->size(), 0);

        // One event per decision, and the figures per model (everyone's: a lead reads them).
        QCOMPARE(store->annotations().preLabelFigures().error().code, ErrorCode::Permission);
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));
        auto figures = store->annotations().preLabelFigures();
        ASSAY_VERIFY_RESULT(figures);
        QCOMPARE(figures->size(), 2);
        const PreLabelFigures &classifier = figures->at(0);
        QCOMPARE(classifier.model, QStringLiteral("classifier"));
        QCOMPARE(classifier.suggestions, 2);
        QCOMPARE(classifier.acceptedAsIs, 1);
        const PreLabelFigures &detector = figures->at(1);
        QCOMPARE(detector.model, QStringLiteral("detector"));
        QCOMPARE(detector.suggestions, 2);
        QCOMPARE(detector.acceptedAsIs, 1); // bob's cat
        QCOMPARE(detector.adjusted, 1);     // alice's cat
        QCOMPARE(detector.rejected, 1);     // alice's dog
        QCOMPARE(detector.overridden, 1);   // bob's dog, deleted after accepting

        // The log alone reproduces every decision and box.
        const QString before = dumpState(store->path());
        QVERIFY(before.contains(QLatin1String("|rejected|")));
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(store->path()), before);
        QCOMPARE(store->annotations().preLabelFigures()->size(), 2);
        QCOMPARE(store->annotations().preLabelFigures()->at(1).adjusted, 1);
        QVERIFY(store->verifyLog()->intact);
        int decided = 0;
        ASSAY_VERIFY_RESULT(
                store->setActor(store->info().ownerId)); // the whole log is a lead's read
        for (const Event &e : *store->events(0, 1000))
            decided += e.kind == QLatin1String("annotation.prelabel_decided");
        QCOMPARE(decided, 5);
    }

    void withdrawingOpensTheSuggestionAgain()
    {
        auto store = makeProject();
        QVERIFY(store);
        const Id a = annotationOf(*store, QStringLiteral("alice"), m_imageA);
        const PreLabel cat = store->annotations().openPreLabels(a)->first();
        const Id boxId = newId();
        ASSAY_VERIFY_RESULT(store->annotations().acceptBoxPreLabel(a, cat.id, boxId));
        ASSAY_VERIFY_RESULT(store->annotations().withdrawPreLabelDecision(a, cat.id));
        QCOMPARE(store->annotations().annotation(a)->boxes.size(), 0);
        QCOMPARE(store->annotations().openPreLabels(a)->size(), 2);
        QCOMPARE(store->annotations().withdrawPreLabelDecision(a, cat.id).error().code,
                 ErrorCode::NotFound);
        // Accepted again, the same box id comes back (what redo does).
        ASSAY_VERIFY_RESULT(store->annotations().acceptBoxPreLabel(a, cat.id, boxId));
        QCOMPARE(store->annotations().annotation(a)->boxes.first().id, boxId);

        // A class: taking the acceptance back restores the classes given.
        const Id b = annotationOf(*store, QStringLiteral("alice"), m_imageB);
        ASSAY_VERIFY_RESULT(store->annotations().setClasses(b, {m_cat}));
        const PreLabel dog = store->annotations().openPreLabels(b)->first();
        ASSAY_VERIFY_RESULT(store->annotations().acceptClassPreLabel(b, dog.id, {m_dog}));
        QCOMPARE(store->annotations().annotation(b)->classIds, QStringList{m_dog});
        ASSAY_VERIFY_RESULT(
                store->annotations().withdrawPreLabelDecision(b, dog.id, QStringList{m_cat}));
        QCOMPARE(store->annotations().annotation(b)->classIds, QStringList{m_cat});
        QCOMPARE(store->annotations().openPreLabels(b)->size(), 2);

        const QString before = dumpState(store->path());
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(store->path()), before);
    }

    void multiLabelKeepsOtherClassSuggestions()
    {
        auto store = makeProject();
        QVERIFY(store);
        ASSAY_VERIFY_RESULT(store->taxonomy().setMultiLabel(true));
        const Id b = annotationOf(*store, QStringLiteral("alice"), m_imageB);
        const QList<PreLabel> open = *store->annotations().openPreLabels(b);
        ASSAY_VERIFY_RESULT(store->annotations().acceptClassPreLabel(b, open.at(0).id, {m_dog}));
        QCOMPARE(store->annotations().openPreLabels(b)->size(), 1);
        ASSAY_VERIFY_RESULT(
                store->annotations().acceptClassPreLabel(b, open.at(1).id, {m_dog, m_cat}));
        QCOMPARE(store->annotations().annotation(b)->classIds.size(), 2);
    }

    void onlyTheAnnotationsPersonOrAReviewerDecides()
    {
        auto store = makeProject();
        QVERIFY(store);
        const Id a = annotationOf(*store, QStringLiteral("alice"), m_imageA);
        const Id b = annotationOf(*store, QStringLiteral("alice"), m_imageB);
        const QList<PreLabel> open = *store->annotations().openPreLabels(a);
        const PreLabel classSuggestion = store->annotations().openPreLabels(b)->first();

        // Wrong kind, wrong item.
        QCOMPARE(store->annotations().acceptBoxPreLabel(b, classSuggestion.id, newId()).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(store->annotations().acceptBoxPreLabel(b, open.at(0).id, newId()).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(store->annotations().acceptClassPreLabel(b, classSuggestion.id, {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(store->annotations().rejectPreLabel(a, QStringLiteral("no-such-id")).error().code,
                 ErrorCode::NotFound);

        // Another annotator neither sees nor decides alice's suggestions.
        QVERIFY(store->setActor(QStringLiteral("bob")));
        QCOMPARE(store->annotations().openPreLabels(a).error().code, ErrorCode::Permission);
        QCOMPARE(store->annotations().acceptBoxPreLabel(a, open.at(0).id, newId()).error().code,
                 ErrorCode::Permission);
        QCOMPARE(store->annotations().rejectPreLabel(a, open.at(0).id).error().code,
                 ErrorCode::Permission);
        QCOMPARE(store->annotations().withdrawPreLabelDecision(a, open.at(0).id).error().code,
                 ErrorCode::Permission);
        QVERIFY(store->annotations().preLabelDecisions(a)->isEmpty());

        // A reviewer correcting her annotation may.
        QVERIFY(store->setActor(QStringLiteral("rita")));
        ASSAY_VERIFY_RESULT(store->annotations().rejectPreLabel(a, open.at(1).id));
        QCOMPARE(store->annotations().openPreLabels(a)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PreLabelStore)
#include "tst_prelabelstore.moc"
