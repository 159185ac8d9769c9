// SPDX-License-Identifier: Apache-2.0
// Guidelines in core: anchors that stay across versions, drafts only authors read, publishing
// bound to the taxonomy, the diff by section, worked examples per class and never gold, the
// notice of a change since a person's last task, citation counts, and a replay that keeps it all.
#include "core/guidelines/guidelinetext.h"
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

static const char s_v1[] = R"(# Vehicles

Box every vehicle you can see.

## Car

**Definition.** A passenger car.

## Bus {#bus}

**Definition.** A bus.

## Occlusion

Box the visible part only.
)";

class tst_Guidelines : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_car;
    Id m_bus;
    QList<Id> m_items;
    QHash<QString, Id> m_ids;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }

    // ann finishes her next pending task, answering car.
    void finishOneTask()
    {
        Project &p = as(QStringLiteral("ann"));
        auto queue = p.work().annotatorQueue(m_ids.value(QStringLiteral("ann")));
        QVERIFY(queue);
        for (const Task &t : *queue) {
            if (t.state != TaskState::Pending)
                continue;
            auto a = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {m_car}));
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
            return;
        }
        QFAIL("no pending task left");
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        for (const auto &[name, role] : {std::pair{"ann", Role::Annotator},
                                         {"rev", Role::Reviewer},
                                         {"auth", Role::Author},
                                         {"lead", Role::Lead}}) {
            auto person = p.people().addPerson(QLatin1String(name), {}, {role});
            ASSAY_VERIFY_RESULT(person);
            m_ids.insert(QLatin1String(name), person->id);
        }
        TaxonomyClass car;
        car.name = QStringLiteral("car");
        TaxonomyClass bus;
        bus.name = QStringLiteral("bus");
        m_car = p.taxonomy().addClass(car)->id;
        m_bus = p.taxonomy().addClass(bus)->id;
        QList<Item> items;
        for (int i = 0; i < 8; ++i) {
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("i%1.png").arg(i);
            it.width = 100;
            it.height = 80;
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        auto stored = p.items().page(0, 100);
        ASSAY_VERIFY_RESULT(stored);
        for (const Item &it : *stored)
            m_items.append(it.id);
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("words") << QStringLiteral("When not to use")
                               << QStringLiteral("when-not-to-use");
        QTest::newRow("punctuation")
                << QStringLiteral("Cars (and vans)!") << QStringLiteral("cars-and-vans");
        QTest::newRow("digits") << QStringLiteral("4.1 Trucks") << QStringLiteral("4-1-trucks");
        QTest::newRow("nothing left") << QStringLiteral("¿?") << QStringLiteral("section");
    }

    void slugs()
    {
        QFETCH(QString, title);
        QFETCH(QString, anchor);
        QCOMPARE(guidelinetext::slug(title), anchor);
    }

    void anchorsAreWrittenAndKept()
    {
        auto first = guidelinetext::normalise(QString::fromUtf8(s_v1), {},
                                              {TaxonomyClass{m_car, QStringLiteral("car")}});
        ASSAY_VERIFY_RESULT(first);
        QVERIFY(first->markdown.contains(QStringLiteral("## Car {#car}")));
        QVERIFY(first->markdown.contains(QStringLiteral("## Bus {#bus}")));
        QCOMPARE(first->classes.value(QStringLiteral("car")), m_car);
        const auto sections = guidelinetext::sections(first->markdown, first->classes);
        QCOMPARE(sections.size(), 4);
        // The heading renamed with its anchor kept: the same section, still the car's.
        QString renamed = first->markdown;
        renamed.replace(QStringLiteral("## Car {#car}"), QStringLiteral("## Passenger car {#car}"));
        auto second = guidelinetext::normalise(renamed, sections,
                                               {TaxonomyClass{m_car, QStringLiteral("automobile")}});
        ASSAY_VERIFY_RESULT(second);
        QCOMPARE(second->classes.value(QStringLiteral("car")), m_car);
        // A heading typed again without its anchor finds it by its title.
        QString bare = first->markdown;
        bare.replace(QStringLiteral("## Occlusion {#occlusion}"), QStringLiteral("## Occlusion"));
        bare.replace(QStringLiteral("## Bus {#bus}"), QStringLiteral("## Bus {#coach}"));
        auto third = guidelinetext::normalise(bare, sections, {});
        ASSAY_VERIFY_RESULT(third);
        QVERIFY(third->markdown.contains(QStringLiteral("## Occlusion {#occlusion}")));
        QVERIFY(third->markdown.contains(QStringLiteral("## Bus {#coach}")));
        // Headings in fenced code are text; an anchor used twice is refused.
        const auto fenced = guidelinetext::sections(QStringLiteral(
                                                            "# A\n```\n# not a heading\n```\n"),
                                                    {});
        QCOMPARE(fenced.size(), 1);
        QVERIFY(!guidelinetext::normalise(QStringLiteral("# A {#x}\n# B {#x}\n"), {}, {}));
        QCOMPARE(guidelinetext::renderable(QStringLiteral("## Car {#car}\ntext")),
                 QStringLiteral("## Car\ntext"));
    }

    void draftsAreForAuthorsOnly()
    {
        auto refused = as(QStringLiteral("ann")).guidelines().saveDraft(QString::fromUtf8(s_v1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);

        auto draft = as(QStringLiteral("auth")).guidelines().saveDraft(QString::fromUtf8(s_v1));
        ASSAY_VERIFY_RESULT(draft);
        QCOMPARE(draft->version, 0);
        QCOMPARE(draft->title, QStringLiteral("Vehicles"));
        QCOMPARE(draft->sectionOfClass(m_car)->anchor, QStringLiteral("car"));
        QCOMPARE(draft->sectionOfClass(m_bus)->anchor, QStringLiteral("bus"));

        // The annotator reads no draft: not through the service, not in the state she may see.
        Project &ann = as(QStringLiteral("ann"));
        auto hidden = ann.guidelines().draft();
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code, ErrorCode::Permission);
        QVERIFY(!ann.guidelines().diff(0, -1));
        QCOMPARE(ann.guidelines().currentVersion(), 0);
        QVERIFY(!ann.guidelines().published());
        QVERIFY(!mayReadAudience(ann.actor(), QStringLiteral("authors")));
        QVERIFY(mayReadAudience(as(QStringLiteral("auth")).actor(), QStringLiteral("authors")));
        QVERIFY(mayReadAudience(as(QStringLiteral("lead")).actor(), QStringLiteral("authors")));
        // The event's audience is in its envelope.
        auto log = as(QStringLiteral("lead")).events(0, 10000);
        ASSAY_VERIFY_RESULT(log);
        QString audience;
        for (const auto &e : *log) {
            if (e.kind == QLatin1String("guideline.draft_saved"))
                audience = e.audience;
        }
        QCOMPARE(audience, QStringLiteral("authors"));
    }

    void publishingBindsTheTaxonomyVersion()
    {
        Project &auth = as(QStringLiteral("auth"));
        // A class without a section: refused, naming it.
        TaxonomyClass truck;
        truck.name = QStringLiteral("truck");
        auto added = as(QStringLiteral("lead")).taxonomy().addClass(truck);
        ASSAY_VERIFY_RESULT(added);
        auto refused = as(QStringLiteral("auth")).guidelines().publish();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("truck")),
                 qPrintable(refused.error().message));
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).taxonomy().removeClass(added->id));

        QVERIFY(!as(QStringLiteral("ann")).guidelines().publish());
        auto version = as(QStringLiteral("auth")).guidelines().publish();
        ASSAY_VERIFY_RESULT(version);
        QCOMPARE(*version, 1);
        QVERIFY(!*auth.guidelines().draft()); // nothing left to publish
        QVERIFY(!auth.guidelines().publish());

        // Everyone reads a published version, bound to the taxonomy in force.
        Project &ann = as(QStringLiteral("ann"));
        auto g = ann.guidelines().published();
        ASSAY_VERIFY_RESULT(g);
        QCOMPARE(g->version, 1);
        QCOMPARE(g->taxonomyVersion, ann.taxonomy().get()->version);
        QCOMPARE(g->sectionOfClass(m_car)->title, QStringLiteral("Car"));
        QVERIFY(g->section(QStringLiteral("occlusion")));
        QCOMPARE(ann.taxonomy().guidelineVersion(), 1);
    }

    void examplesPerClass()
    {
        Project &auth = as(QStringLiteral("auth"));
        WorkedExample car;
        car.itemId = m_items.at(0);
        car.classId = m_car;
        car.kind = ExampleKind::Positive;
        car.note = QStringLiteral("a whole car");
        car.boxes = {Box{{}, {}, 10, 10, 40, 30, {}}};
        ASSAY_VERIFY_RESULT(auth.guidelines().setExample(car));
        WorkedExample edge = car;
        edge.itemId = m_items.at(1);
        edge.kind = ExampleKind::EdgeCase;
        edge.note = QStringLiteral("half hidden");
        ASSAY_VERIFY_RESULT(auth.guidelines().setExample(edge));
        WorkedExample notBus = car;
        notBus.itemId = m_items.at(2);
        notBus.classId = m_bus;
        notBus.kind = ExampleKind::Negative;
        notBus.boxes.clear();
        ASSAY_VERIFY_RESULT(auth.guidelines().setExample(notBus));
        QVERIFY(!as(QStringLiteral("ann")).guidelines().setExample(car));

        auto cars = as(QStringLiteral("ann")).guidelines().examples(m_car);
        ASSAY_VERIFY_RESULT(cars);
        QCOMPARE(cars->size(), 2);
        QCOMPARE(cars->at(0).kind, ExampleKind::Positive); // positive first
        QCOMPARE(cars->at(0).boxes.size(), 1);
        QCOMPARE(cars->at(0).boxes.at(0).classId, m_car);
        QCOMPARE(cars->at(1).note, QStringLiteral("half hidden"));
        QCOMPARE(as(QStringLiteral("ann")).guidelines().examples(m_bus)->size(), 1);
        QCOMPARE(as(QStringLiteral("ann")).guidelines().examples()->size(), 3);

        ASSAY_VERIFY_RESULT(
                as(QStringLiteral("auth")).guidelines().removeExample(m_items.at(2), m_bus));
        QCOMPARE(as(QStringLiteral("ann")).guidelines().examples(m_bus)->size(), 0);
        QVERIFY(!as(QStringLiteral("auth")).guidelines().removeExample(m_items.at(2), m_bus));
    }

    void exampleIsNeverGold_data()
    {
        QTest::addColumn<bool>("calibration");
        QTest::newRow("gold") << false;
        QTest::newRow("calibration") << true;
    }

    void exampleIsNeverGold()
    {
        QFETCH(bool, calibration);
        // An example cannot become gold or a calibration reference.
        GoldAnswer gold;
        gold.itemId = m_items.at(0); // a worked example of car
        gold.classIds = {m_car};
        gold.calibration = calibration;
        auto refused = as(QStringLiteral("lead")).gold().setGold({gold});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("worked example")),
                 qPrintable(refused.error().message));

        // A gold item (or calibration reference) cannot become an example.
        gold.itemId = m_items.at(calibration ? 6 : 5);
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).gold().setGold({gold}));
        WorkedExample x;
        x.itemId = gold.itemId;
        x.classId = m_car;
        auto byLead = as(QStringLiteral("lead")).guidelines().setExample(x);
        QVERIFY(!byLead);
        QVERIFY2(byLead.error().message.contains(calibration
                                                         ? QStringLiteral("calibration reference")
                                                         : QStringLiteral("gold item")),
                 qPrintable(byLead.error().message));
        // An author who may not know which items are gold is refused without being told.
        auto byAuthor = as(QStringLiteral("auth")).guidelines().setExample(x);
        QVERIFY(!byAuthor);
        QVERIFY(!byAuthor.error().message.contains(QStringLiteral("gold")));
        QVERIFY(!byAuthor.error().message.contains(QStringLiteral("calibration")));
        QVERIFY(!*as(QStringLiteral("lead")).guidelines().isExample(gold.itemId));
    }

    void diffBySection()
    {
        Project &auth = as(QStringLiteral("auth"));
        QString v2 = as(QStringLiteral("auth")).guidelines().published()->body;
        v2.replace(QStringLiteral("A passenger car."), QStringLiteral("A passenger car or a van."));
        v2.replace(QStringLiteral("## Occlusion {#occlusion}\n\nBox the visible part only.\n"),
                   QString());
        v2 += QStringLiteral("\n## Reflections\n\nDo not box reflections.\n");
        ASSAY_VERIFY_RESULT(auth.guidelines().saveDraft(v2));
        // The author compares the draft with the version in force before publishing.
        auto preview = auth.guidelines().diff(1, -1);
        ASSAY_VERIFY_RESULT(preview);
        QCOMPARE(preview->changes.size(), 3);
        ASSAY_VERIFY_RESULT(auth.guidelines().publish());

        auto d = as(QStringLiteral("ann")).guidelines().diff(1, 2);
        ASSAY_VERIFY_RESULT(d);
        QHash<QString, SectionChange::Kind> kinds;
        for (const SectionChange &c : d->changes)
            kinds.insert(c.anchor, c.kind);
        QCOMPARE(kinds.size(), 3);
        QCOMPARE(kinds.value(QStringLiteral("car")), SectionChange::Kind::Changed);
        QCOMPARE(kinds.value(QStringLiteral("reflections")), SectionChange::Kind::Added);
        QCOMPARE(kinds.value(QStringLiteral("occlusion")), SectionChange::Kind::Removed);
        for (const SectionChange &c : d->changes) {
            if (c.anchor == QLatin1String("car")) {
                QVERIFY(c.before.contains(QStringLiteral("A passenger car.")));
                QVERIFY(c.after.contains(QStringLiteral("or a van")));
            }
        }
        QVERIFY(!as(QStringLiteral("ann")).guidelines().diff(1, 9));
    }

    void noticeOfAChangeSinceTheLastTask()
    {
        BatchSpec spec;
        spec.name = QStringLiteral("b1");
        spec.annotators = {m_ids.value(QStringLiteral("ann"))};
        spec.itemIds = {m_items.at(3), m_items.at(4), m_items.at(7)};
        spec.seed = 3;
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).work().planBatch(spec));
        // No task done yet: nothing to tell.
        QVERIFY(!*as(QStringLiteral("ann")).guidelines().changedSinceLastTask());
        finishOneTask(); // under version 2
        QVERIFY(!*as(QStringLiteral("ann")).guidelines().changedSinceLastTask());

        Project &auth = as(QStringLiteral("auth"));
        QString v3 = auth.guidelines().published()->body;
        v3.replace(QStringLiteral("A bus."), QStringLiteral("A bus or a coach."));
        ASSAY_VERIFY_RESULT(auth.guidelines().saveDraft(v3));
        // A draft changes nothing for annotators.
        QVERIFY(!*as(QStringLiteral("ann")).guidelines().changedSinceLastTask());
        ASSAY_VERIFY_RESULT(as(QStringLiteral("auth")).guidelines().publish());

        auto notice = as(QStringLiteral("ann")).guidelines().changedSinceLastTask();
        ASSAY_VERIFY_RESULT(notice);
        QVERIFY(notice->has_value());
        QCOMPARE((*notice)->seenVersion, 2);
        QCOMPARE((*notice)->currentVersion, 3);
        QCOMPARE((*notice)->diff.changes.size(), 1);
        QCOMPARE((*notice)->diff.changes.at(0).anchor, QStringLiteral("bus"));
        // Another person's notice is for those who may read others' answers.
        QVERIFY(!as(QStringLiteral("auth"))
                         .guidelines()
                         .changedSinceLastTask(m_ids.value(QStringLiteral("ann"))));
        QVERIFY(*as(QStringLiteral("lead"))
                         .guidelines()
                         .changedSinceLastTask(m_ids.value(QStringLiteral("ann"))));

        finishOneTask(); // under version 3: up to date
        QVERIFY(!*as(QStringLiteral("ann")).guidelines().changedSinceLastTask());
    }

    void citationsPerSection()
    {
        Project &ann = as(QStringLiteral("ann"));
        auto queue = ann.work().annotatorQueue(m_ids.value(QStringLiteral("ann")));
        ASSAY_VERIFY_RESULT(queue);
        Id pending;
        Id pendingItem;
        for (const Task &t : *queue) {
            if (t.state == TaskState::Pending) {
                pending = t.id;
                pendingItem = t.itemId;
            }
        }
        QVERIFY(!pending.isEmpty());
        ASSAY_VERIFY_RESULT(ann.work().setTaskState(pending, TaskState::Flagged,
                                                    QStringLiteral("guideline unclear"),
                                                    QStringLiteral("a van?"),
                                                    QStringLiteral("#car")));
        // The reviewer rejects one done answer, citing the car section by its title.
        ReviewRules rules;
        rules.rate = 1.0;
        rules.seed = 1;
        auto batches = as(QStringLiteral("lead")).work().batches();
        ASSAY_VERIFY_RESULT(batches);
        ASSAY_VERIFY_RESULT(
                as(QStringLiteral("lead")).review().applyRules(batches->first().id, rules));
        auto entries = as(QStringLiteral("rev")).review().queue(batches->first().id);
        ASSAY_VERIFY_RESULT(entries);
        QVERIFY(!entries->isEmpty());
        ReviewDecision reject;
        reject.entryId = entries->first().id;
        reject.verdict = ReviewVerdict::Reject;
        reject.reasonCode = QStringLiteral("guideline");
        reject.reasonText = QStringLiteral("a van is a car now");
        reject.section = QStringLiteral("Car");
        ASSAY_VERIFY_RESULT(as(QStringLiteral("rev")).review().decide(reject));

        QVERIFY(!as(QStringLiteral("ann")).guidelines().citations());
        auto cited = as(QStringLiteral("auth")).guidelines().citations();
        ASSAY_VERIFY_RESULT(cited);
        QCOMPARE(cited->size(), 1);
        const SectionCitations &car = cited->first();
        QCOMPARE(car.anchor, QStringLiteral("car"));
        QCOMPARE(car.title, QStringLiteral("Car"));
        QCOMPARE(car.flags, 1);
        QCOMPARE(car.rejections, 1);
        QCOMPARE(car.total(), 2);
        QCOMPARE(car.itemIds.size(), 2);
        QVERIFY(car.itemIds.contains(pendingItem));
        QVERIFY(car.itemIds.contains(entries->first().itemId));
    }

    void aReplayKeepsEverything()
    {
        Project &lead = as(QStringLiteral("lead"));
        const auto before = lead.stateDigest();
        ASSAY_VERIFY_RESULT(before);
        auto differences = lead.compareStateWithReplay();
        ASSAY_VERIFY_RESULT(differences);
        QVERIFY(differences->isEmpty());
        ASSAY_VERIFY_RESULT(lead.rebuildState());
        QCOMPARE(*lead.stateDigest(), *before);
        QCOMPARE(lead.guidelines().currentVersion(), 3);
        QCOMPARE(lead.guidelines().examples()->size(), 2);
        QCOMPARE(lead.guidelines().citations()->first().total(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Guidelines)
#include "tst_guidelines.moc"
