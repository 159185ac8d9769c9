// SPDX-License-Identifier: Apache-2.0
// Composite annotation edits in the annotation service: one "annotation.edited" event for a list of
// box, class and suggestion edits, all or none, replayed exactly, beside the single-edit events.
#include "core/project/services.h"
#include "tests/core/annotation/annotationtestproject.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_AnnotationEdits : public QObject
{
    Q_OBJECT

private:
    static qint64 head(Project &project) { return project.logHead()->seq; }
    static Box box(const QString &id, double x, const Id &classId)
    {
        Box b;
        b.id = id;
        b.classId = classId;
        b.x = x;
        b.y = 10;
        b.w = 50;
        b.h = 40;
        return b;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::AnnotationTestProject m_p;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_p = test::makeAnnotationTestProject(m_dir->path());
        QVERIFY(m_p.project);
    }

    void cleanup() { m_p = {}; }

    void listIsOneEvent()
    {
        Project &project = *m_p.project;
        AnnotationService &annotations = project.annotations();
        const qint64 before = head(project);
        const auto open = *annotations.openPreLabels(m_p.annotationA);
        QCOMPARE(open.size(), 3);
        const QList<AnnotationEdit> edits{
                AnnotationEdit::addBox(box(QStringLiteral("b-1"), 0, m_p.cat)),
                AnnotationEdit::updateBox(box(QStringLiteral("b-1"), 5, m_p.dog)),
                AnnotationEdit::acceptBoxPreLabel(open.at(0).id, QStringLiteral("b-2")),
                AnnotationEdit::rejectPreLabel(open.at(1).id),
                AnnotationEdit::setClasses({m_p.dog}),
        };
        ASSAY_VERIFY_RESULT(annotations.applyEdits(m_p.annotationA, edits));
        QCOMPARE(head(project), before + 1);
        const store::Event event = project.events(before + 1, 1)->first();
        QCOMPARE(event.kind, QStringLiteral("annotation.edited"));
        QCOMPARE(event.payload()->value(QLatin1String("edits")).toArray().size(), 6);

        const Annotation a = *annotations.annotation(m_p.annotationA);
        QCOMPARE(a.classIds, QStringList{m_p.dog});
        QCOMPARE(a.boxes.size(), 2);
        QCOMPARE(a.boxes.at(0), box(QStringLiteral("b-1"), 5, m_p.dog));
        QCOMPARE(a.boxes.at(1).attributes.value(QLatin1String("prelabel")).toString(),
                 open.at(0).id);
        QCOMPARE(annotations.preLabelDecisions(m_p.annotationA)->size(), 2);
        QCOMPARE(annotations.openPreLabels(m_p.annotationA)->size(), 1);
        QVERIFY(project.verifyLog()->intact);

        // The undo of a composite is one composite too: the decisions are taken back.
        ASSAY_VERIFY_RESULT(
                annotations.applyEdits(m_p.annotationA,
                                       {AnnotationEdit::setClasses({}),
                                        AnnotationEdit::withdrawPreLabel(open.at(1).id),
                                        AnnotationEdit::withdrawPreLabel(open.at(0).id),
                                        AnnotationEdit::removeBox(QStringLiteral("b-1"))}));
        QCOMPARE(head(project), before + 2);
        QVERIFY(annotations.annotation(m_p.annotationA)->boxes.isEmpty());
        QVERIFY(annotations.preLabelDecisions(m_p.annotationA)->isEmpty());
        QCOMPARE(annotations.openPreLabels(m_p.annotationA)->size(), 3);
    }

    // The first refused edit leaves the annotation as it was, and the log without an event.
    void refusedEditAppliesNothing_data()
    {
        QTest::addColumn<int>("bad");
        QTest::newRow("update of a missing box") << 0;
        QTest::newRow("removal of a missing box") << 1;
        QTest::newRow("a box added twice") << 2;
        QTest::newRow("a suggestion decided twice") << 3;
        QTest::newRow("a withdrawal without a decision") << 4;
        QTest::newRow("a box that is not finite") << 5;
    }

    void refusedEditAppliesNothing()
    {
        QFETCH(int, bad);
        Project &project = *m_p.project;
        AnnotationService &annotations = project.annotations();
        const PreLabel first = annotations.openPreLabels(m_p.annotationA)->first();
        QList<AnnotationEdit> edits{AnnotationEdit::addBox(box(QStringLiteral("b-1"), 0, m_p.cat)),
                                    AnnotationEdit::setClasses({m_p.cat}),
                                    AnnotationEdit::rejectPreLabel(first.id)};
        Box infinite = box(QStringLiteral("b-3"), 0, m_p.cat);
        infinite.w = qInf();
        const QList<AnnotationEdit> refused{
                AnnotationEdit::updateBox(box(QStringLiteral("b-9"), 0, m_p.cat)),
                AnnotationEdit::removeBox(QStringLiteral("b-9")),
                AnnotationEdit::addBox(box(QStringLiteral("b-1"), 9, m_p.cat)),
                AnnotationEdit::acceptBoxPreLabel(first.id, QStringLiteral("b-2")),
                AnnotationEdit::withdrawPreLabel(
                        annotations.openPreLabels(m_p.annotationA)->last().id),
                AnnotationEdit::addBox(infinite),
        };
        edits.append(refused.at(bad));
        const qint64 before = head(project);
        QVERIFY(!annotations.applyEdits(m_p.annotationA, edits));
        QCOMPARE(head(project), before);
        QVERIFY(annotations.annotation(m_p.annotationA)->boxes.isEmpty());
        QVERIFY(annotations.annotation(m_p.annotationA)->classIds.isEmpty());
        QVERIFY(annotations.preLabelDecisions(m_p.annotationA)->isEmpty());
    }

    // Suggestions of another item, and other people's annotations, are refused as the single
    // edits refuse them; an empty list records nothing.
    void checksOfTheSingleEdits()
    {
        Project &project = *m_p.project;
        AnnotationService &annotations = project.annotations();
        const PreLabel boxSuggestion = annotations.openPreLabels(m_p.annotationA)->first();
        const PreLabel classSuggestion = annotations.openPreLabels(m_p.annotationB)->first();
        QCOMPARE(annotations
                         .applyEdits(m_p.annotationB,
                                     {AnnotationEdit::rejectPreLabel(boxSuggestion.id)})
                         .error()
                         .code,
                 ErrorCode::InvalidInput);
        QCOMPARE(annotations
                         .applyEdits(m_p.annotationB,
                                     {AnnotationEdit::acceptClassPreLabel(classSuggestion.id,
                                                                          {m_p.cat})})
                         .error()
                         .code,
                 ErrorCode::InvalidInput); // the class must be the suggestion's
        const qint64 before = head(project);
        ASSAY_VERIFY_RESULT(annotations.applyEdits(m_p.annotationB, {}));
        QCOMPARE(head(project), before);
        QVERIFY(project.setActor(QStringLiteral("lead")));
        ASSAY_VERIFY_RESULT(project.people().addPerson(QStringLiteral("bob"), QStringLiteral("Bob"),
                                                       {Role::Annotator}));
        QVERIFY(project.setActor(QStringLiteral("bob")));
        QCOMPARE(annotations.applyEdits(m_p.annotationA, {AnnotationEdit::setClasses({m_p.cat})})
                         .error()
                         .code,
                 ErrorCode::Permission);
    }

    // A replay of the log (composites between single edits, as older logs have them) makes the
    // same state, "prelabel_adjusted" included.
    void rebuildReplaysCompositesAndSingleEdits()
    {
        Project &project = *m_p.project;
        AnnotationService &annotations = project.annotations();
        const QList<PreLabel> open = *annotations.openPreLabels(m_p.annotationA);
        ASSAY_VERIFY_RESULT(
                annotations.addBox(m_p.annotationA, box(QStringLiteral("b-1"), 0, m_p.cat)));
        ASSAY_VERIFY_RESULT(annotations.acceptBoxPreLabel(m_p.annotationA, open.at(2).id,
                                                          QStringLiteral("b-0")));
        ASSAY_VERIFY_RESULT(
                annotations.applyEdits(m_p.annotationA,
                                       {AnnotationEdit::acceptBoxPreLabel(open.at(0).id,
                                                                          QStringLiteral("b-2")),
                                        AnnotationEdit::removeBox(QStringLiteral("b-1"))}));
        Box moved = annotations.annotation(m_p.annotationA)->boxes.last();
        moved.x += 7;
        ASSAY_VERIFY_RESULT(
                annotations.applyEdits(m_p.annotationA, {AnnotationEdit::updateBox(moved)}));
        ASSAY_VERIFY_RESULT(annotations.setClasses(m_p.annotationA, {m_p.cat}));
        const Annotation before = *annotations.annotation(m_p.annotationA);
        QCOMPARE(before.boxes.size(), 2);
        QCOMPARE(before.boxes.last().attributes.value(QLatin1String("prelabel_adjusted")),
                 QJsonValue(true));
        const auto decisions = *annotations.preLabelDecisions(m_p.annotationA);
        ASSAY_VERIFY_RESULT(project.setActor(QStringLiteral("lead"))); // everyone's figures
        const auto figures = *annotations.preLabelFigures();
        ASSAY_VERIFY_RESULT(project.rebuildState());
        const Annotation after = *annotations.annotation(m_p.annotationA);
        QCOMPARE(after.boxes, before.boxes);
        QCOMPARE(after.classIds, before.classIds);
        QCOMPARE(*annotations.preLabelDecisions(m_p.annotationA), decisions);
        QCOMPARE(annotations.preLabelFigures()->size(), figures.size());
        QVERIFY(project.verifyLog()->intact);
    }

    // Gold must look like its neighbours: when the production items carry a model's
    // suggestions, a gold item without any is never drawn (the pool is reported too small),
    // and one with suggestions is.
    void goldWithoutTheNeighboursSuggestionsIsNotDrawn()
    {
        Project &p = *m_p.project;
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("lead")));
        QList<Item> plain;
        for (int i = 0; i < 2; ++i) {
            Item it;
            it.id = newId();
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i + 7, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("plain%1.txt").arg(i);
            it.text = QStringLiteral("no suggestion here %1").arg(i);
            plain.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(plain, {}));
        ASSAY_VERIFY_RESULT(p.gold().setGold({GoldAnswer{plain.at(0).id, {m_p.cat}, {}, {}, {}}}));
        BatchSpec spec;
        spec.name = QStringLiteral("mixed");
        spec.annotators = {QStringLiteral("alice")};
        spec.itemIds = {m_p.imageA, m_p.imageB, plain.at(1).id};
        spec.goldRate = 0.25;
        spec.seed = 1;
        auto refused = p.work().planBatch(spec);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("gold would stand out")),
                 qPrintable(refused.error().message));
        // Without suggestions among the production items, the same gold item is drawn.
        spec.itemIds = {plain.at(1).id};
        spec.goldRate = 0.5;
        auto planned = p.work().planBatch(spec);
        ASSAY_VERIFY_RESULT(planned);
        auto tasks = p.work().batchTasks(planned->id);
        QVERIFY(std::any_of(tasks->cbegin(), tasks->cend(),
                            [&](const Task &t) { return t.itemId == plain.at(0).id; }));
    }
};

QTEST_GUILESS_MAIN(tst_AnnotationEdits)
#include "tst_annotationedits.moc"
