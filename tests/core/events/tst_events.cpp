// SPDX-License-Identifier: Apache-2.0
// The typed event contract: every kind maps to JSON and back, keeps fields it does not know,
// refuses a payload without its required fields, and is recorded only by those the policy allows.
#include "core/annotation/annotationevents.h"
#include "core/calibration/calibrationevents.h"
#include "core/gold/goldevents.h"
#include "core/guidelines/guidelineevents.h"
#include "core/items/itemevents.h"
#include "core/people/peopleevents.h"
#include "core/sync/syncevents.h"
#include "core/review/reviewevents.h"
#include "core/project/services.h"
#include "core/store/applierregistry.h"
#include "core/taxonomy/taxonomyevents.h"
#include "core/transfer/transferevents.h"
#include "core/work/workevents.h"
#include "tests/testutil.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace assay;
using namespace assay::core;

// fromJson then toJson, for one event type; without `keepExtra` the fields the type did not
// read are dropped, so a known field that fromJson leaves unread shows as a difference.
using Through = std::function<Result<QJsonObject>(const QJsonObject &, bool keepExtra)>;
Q_DECLARE_METATYPE(Through)

template<typename E>
static Through through()
{
    return [](const QJsonObject &payload, bool keepExtra) -> Result<QJsonObject> {
        auto event = E::fromJson(payload);
        if (!event)
            return event.error();
        if (!keepExtra)
            event->extra = {};
        return event->toJson();
    };
}

static Box sampleBox()
{
    Box b;
    b.id = QStringLiteral("box-1");
    b.classId = QStringLiteral("class-1");
    b.x = 1.5;
    b.y = 2.25;
    b.w = 30;
    b.h = 40.125;
    b.attributes = {{QStringLiteral("occluded"), true}};
    return b;
}

static Task sampleTask(int position)
{
    Task t;
    t.id = QStringLiteral("task-%1").arg(position);
    t.itemId = QStringLiteral("item-%1").arg(position);
    t.personId = QStringLiteral("person-1");
    t.kind = position % 2 ? TaskKind::Gold : TaskKind::Production;
    t.position = position;
    return t;
}

struct Sample
{
    const char *kind;
    QJsonObject payload;
    Through through;
    const char *required; // a field whose absence is refused; nullptr when none is
};

static QList<Sample> samples()
{
    TaxonomyClass cls;
    cls.id = QStringLiteral("class-1");
    cls.name = QStringLiteral("car");
    cls.colour = QStringLiteral("#e69f00");
    cls.hotkey = QStringLiteral("1");
    cls.parentId = QStringLiteral("class-0");
    TaxonomyChanged added;
    added.version = 2;
    added.change = QStringLiteral("add");
    added.cls = cls;
    TaxonomyChanged merged;
    merged.version = 3;
    merged.change = QStringLiteral("merge");
    merged.from = {QStringLiteral("class-2"), QStringLiteral("class-3")};
    merged.into = QStringLiteral("class-1");
    Item item;
    item.id = QStringLiteral("item-1");
    item.kind = ItemKind::Image;
    item.sha256 = QStringLiteral("ab");
    item.path = QStringLiteral("a.jpg");
    item.width = 640;
    item.height = 480;
    ItemsAdded items;
    items.columns = ItemsAdded::itemColumns();
    items.rows.append(ItemsAdded::row(item));
    items.count = 1;
    BatchDecided rejected;
    rejected.batchId = QStringLiteral("batch-1");
    rejected.decision = BatchState::Rejected;
    rejected.reason = QStringLiteral("loose boxes");
    rejected.requeueBatch = BatchCreated{QStringLiteral("batch-2"),
                                         QStringLiteral("b (re-queued)"),
                                         2,
                                         0.1,
                                         {},
                                         {},
                                         {}};
    rejected.requeueTasks = {sampleTask(0), sampleTask(1)};
    GoldSet gold;
    Box goldBox = sampleBox();
    goldBox.attributes = {};
    gold.answers = {{QStringLiteral("item-1"), {QStringLiteral("class-1")}, {goldBox}}};
    ReviewQueued queued;
    queued.batchId = QStringLiteral("batch-1");
    queued.seed = QStringLiteral("18446744073709551557");
    queued.rules = QJsonObject{{QStringLiteral("rate"), 0.05}};
    queued.entries = {{QStringLiteral("e-1"),
                       QStringLiteral("task-1"),
                       QStringLiteral("item-1"),
                       QStringLiteral("person-1"),
                       QStringLiteral("class-1"),
                       QStringLiteral("audit"),
                       0.5,
                       std::nullopt,
                       {},
                       {}},
                      {QStringLiteral("e-2"),
                       QStringLiteral("task-1"),
                       QStringLiteral("item-1"),
                       QStringLiteral("person-1"),
                       {},
                       QStringLiteral("rereview"),
                       std::nullopt,
                       0.75,
                       QStringLiteral("e-1"),
                       QStringLiteral("person-2")}};
    ReviewDecided fixed;
    fixed.entryId = QStringLiteral("e-1");
    fixed.taskId = QStringLiteral("task-1");
    fixed.annotationId = QStringLiteral("a-1");
    fixed.itemId = QStringLiteral("item-1");
    fixed.annotatorId = QStringLiteral("person-1");
    fixed.verdict = ReviewVerdict::Fix;
    fixed.reasonCode = QStringLiteral("box-too-loose");
    fixed.reasonText = QStringLiteral("tighter");
    fixed.section = QStringLiteral("2.1");
    Box fixBox = sampleBox();
    fixBox.attributes = {};
    fixed.fix = AnswerValue{{QStringLiteral("class-1")}, {fixBox}};
    BoxRemark remark;
    remark.boxId = QStringLiteral("box-1");
    remark.verdict = ReviewVerdict::Reject;
    remark.reasonCode = QStringLiteral("extra-object");
    remark.region = QRectF(1, 2, 3, 4);
    fixed.boxRemarks = {remark};
    AdjudicationDecided adjudicated;
    adjudicated.itemId = QStringLiteral("item-1");
    adjudicated.batchId = QStringLiteral("batch-1");
    adjudicated.chosen = {QStringLiteral("a-1"), QStringLiteral("a-2")};
    adjudicated.answer = AnswerValue{{QStringLiteral("class-1")}, {}};
    adjudicated.notChosen = {
            {{QStringLiteral("a-3")}, AnswerValue{{QStringLiteral("class-2")}, {}}}};
    adjudicated.reasonCode = QStringLiteral("guideline");
    adjudicated.reasonText = QStringLiteral("as 3.2 says");
    adjudicated.section = QStringLiteral("3.2");
    adjudicated.supersedes = QStringLiteral("event-9");
    AnnotationEdited edited;
    edited.annotationId = QStringLiteral("a-1");
    edited.edits = {AnnotationEdited::edit(BoxAdded{QStringLiteral("a-1"), sampleBox(), {}}),
                    AnnotationEdited::edit(PreLabelDecided{QStringLiteral("a-1"),
                                                           QStringLiteral("pl-1"),
                                                           QStringLiteral("accepted"),
                                                           QStringLiteral("box-1"),
                                                           {}})};

    return {
            {"project.created",
             ProjectCreated{QStringLiteral("p-1"), QStringLiteral("Birds"), QStringLiteral("."), {}}
                     .toJson(),
             through<ProjectCreated>(), "project_id"},
            {"project.renamed", ProjectRenamed{QStringLiteral("Birds 2"), {}}.toJson(),
             through<ProjectRenamed>(), "name"},
            {"person.added",
             PersonAdded{QStringLiteral("person-1"),
                         QStringLiteral("ann"),
                         QStringLiteral("Ann"),
                         {Role::Annotator, Role::Reviewer},
                         {}}
                     .toJson(),
             through<PersonAdded>(), "name"},
            {"person.roles_set",
             PersonRolesSet{QStringLiteral("person-1"), {Role::Lead}, {}}.toJson(),
             through<PersonRolesSet>(), "id"},
            {"sync.key_granted",
             AudienceKeyGranted{QStringLiteral("key-1"),
                                QStringLiteral("leads"),
                                {},
                                QStringLiteral("2026-12"),
                                {{QStringLiteral("person-1"), QByteArray("sealed")}},
                                {}}
                     .toJson(),
             through<AudienceKeyGranted>(), "key_id"},
            {"person.deactivated",
             PersonDeactivated{QStringLiteral("person-1"), QStringLiteral("left the team"), {}}
                     .toJson(),
             through<PersonDeactivated>(), "id"},
            {"person.key_registered",
             PersonKeyRegistered{QStringLiteral("person-1"),
                                 QStringLiteral("assay-key-1:bmV3"),
                                 QStringLiteral("assay-key-1:b2xk"),
                                 {}}
                     .toJson(),
             through<PersonKeyRegistered>(), "public_key"},
            {"person.key_revoked",
             PersonKeyRevoked{QStringLiteral("person-1"), QStringLiteral("assay-key-1:b2xk"), {}}
                     .toJson(),
             through<PersonKeyRevoked>(), "person_id"},
            {"taxonomy.changed", added.toJson(), through<TaxonomyChanged>(), "change"},
            {"taxonomy.changed", merged.toJson(), through<TaxonomyChanged>(), "change"},
            {"guideline.added",
             GuidelineAdded{2,
                            QStringLiteral("Cars"),
                            QStringLiteral("# Cars\n\nBoxes are tight."),
                            {}}
                     .toJson(),
             through<GuidelineAdded>(), nullptr},
            {"guideline.draft_saved",
             GuidelineDraftSaved{QStringLiteral("Cars"),
                                 QStringLiteral("# Cars {#cars}\n\n## Car {#car}\n\nTight boxes."),
                                 {{QStringLiteral("car"), QStringLiteral("class-1")}},
                                 3,
                                 {}}
                     .toJson(),
             through<GuidelineDraftSaved>(), "body"},
            {"guideline.published",
             GuidelinePublished{2,
                                QStringLiteral("Cars"),
                                QStringLiteral("## Car {#car}\n\nTight boxes."),
                                {{QStringLiteral("car"), QStringLiteral("class-1")}},
                                3,
                                QStringLiteral("event-t3"),
                                QStringLiteral("event-d1"),
                                {}}
                     .toJson(),
             through<GuidelinePublished>(), "body"},
            {"guideline.example_set",
             GuidelineExampleSet{
                     QStringLiteral("item-1"),
                     QStringLiteral("class-1"),
                     ExampleKind::EdgeCase,
                     QStringLiteral("half hidden"),
                     {Box{QStringLiteral("box-1"), QStringLiteral("class-1"), 1, 2, 3, 4, {}}},
                     {}}
                     .toJson(),
             through<GuidelineExampleSet>(), "item_id"},
            {"guideline.example_removed",
             GuidelineExampleRemoved{QStringLiteral("item-1"), QStringLiteral("class-1"), {}}
                     .toJson(),
             through<GuidelineExampleRemoved>(), "class_id"},
            {"items.added", items.toJson(), through<ItemsAdded>(), nullptr},
            {"items.removed",
             ItemsRemoved{{QStringLiteral("item-1")}, QStringLiteral("duplicate"), {}}.toJson(),
             through<ItemsRemoved>(), nullptr},
            {"media.settings_set", MediaSettingsSet{true, {}}.toJson(), through<MediaSettingsSet>(),
             nullptr},
            {"batch.created",
             BatchCreated{QStringLiteral("batch-1"),
                          QStringLiteral("b"),
                          3,
                          0.05,
                          {{QStringLiteral("min_alpha"), 0.8}},
                          QStringLiteral("margin"),
                          {}}
                     .toJson(),
             through<BatchCreated>(), "id"},
            {"tasks.assigned",
             TasksAssigned{QStringLiteral("batch-1"),
                           QStringLiteral("18446744073709551615"),
                           {sampleTask(0), sampleTask(1)},
                           {},
                           {}}
                     .toJson(),
             through<TasksAssigned>(), "batch_id"},
            {"tasks.assigned",
             TasksAssigned{QStringLiteral("batch-1"),
                           QStringLiteral("7"),
                           {},
                           {{QStringLiteral("task-1"), TaskKind::Gold},
                            {QStringLiteral("task-3"), TaskKind::Audit}},
                           {}}
                     .toJson(),
             through<TasksAssigned>(), "batch_id"},
            {"tasks.queued",
             TasksQueued{QStringLiteral("batch-1"),
                         QStringLiteral("person-1"),
                         {Task{QStringLiteral("task-0"), QStringLiteral("batch-1"),
                               QStringLiteral("item-0"), QStringLiteral("person-1"),
                               TaskKind::Production, TaskState::Pending, 0},
                          Task{QStringLiteral("task-1"), QStringLiteral("batch-1"),
                               QStringLiteral("item-1"), QStringLiteral("person-1"),
                               TaskKind::Calibration, TaskState::Pending, 1}},
                         {}}
                     .toJson(),
             through<TasksQueued>(), "person_id"},
            {"task.state_set",
             TaskStateSet{QStringLiteral("task-1"),
                          TaskState::Flagged,
                          QStringLiteral("unclear"),
                          QStringLiteral("two cars?"),
                          QStringLiteral("car"),
                          {}}
                     .toJson(),
             through<TaskStateSet>(), "state"},
            {"task.flag_resolved",
             TaskFlagResolved{QStringLiteral("task-1"),
                              TaskState::Pending,
                              QStringLiteral("two cars: box both"),
                              {}}
                     .toJson(),
             through<TaskFlagResolved>(), "state"},
            {"batch.decided", rejected.toJson(), through<BatchDecided>(), "decision"},
            {"batch.pooled", BatchPooled{QStringLiteral("b-2"), 900, {}}.toJson(),
             through<BatchPooled>(), "batch_id"},
            {"tasks.leased",
             QJsonObject{{QStringLiteral("batch_id"), QStringLiteral("b-2")},
                         {QStringLiteral("tasks"),
                          QJsonArray{QJsonArray{QStringLiteral("t-9"), QStringLiteral("i-9"), 3}}}},
             through<TasksLeased>(), "batch_id"},
            {"annotation.created",
             AnnotationCreated{QStringLiteral("a-1"),
                               QStringLiteral("task-1"),
                               QStringLiteral("item-1"),
                               QStringLiteral("person-1"),
                               3,
                               1,
                               {}}
                     .toJson(),
             through<AnnotationCreated>(), "item_id"},
            {"annotation.box_added", BoxAdded{QStringLiteral("a-1"), sampleBox(), {}}.toJson(),
             through<BoxAdded>(), "annotation_id"},
            {"annotation.box_updated", BoxUpdated{QStringLiteral("a-1"), sampleBox(), {}}.toJson(),
             through<BoxUpdated>(), "annotation_id"},
            {"annotation.box_removed",
             BoxRemoved{QStringLiteral("a-1"), QStringLiteral("box-1"), {}}.toJson(),
             through<BoxRemoved>(), "box_id"},
            {"annotation.classes_set",
             ClassesSet{QStringLiteral("a-1"),
                        {QStringLiteral("class-1"), QStringLiteral("class-2")},
                        {}}
                     .toJson(),
             through<ClassesSet>(), "annotation_id"},
            {"annotation.prelabel_decided",
             PreLabelDecided{QStringLiteral("a-1"),
                             QStringLiteral("pl-1"),
                             QStringLiteral("accepted"),
                             QStringLiteral("box-1"),
                             {}}
                     .toJson(),
             through<PreLabelDecided>(), "decision"},
            {"annotation.time_added", TimeAdded{QStringLiteral("a-1"), 1234, {}}.toJson(),
             through<TimeAdded>(), "annotation_id"},
            {"annotation.edited", edited.toJson(), through<AnnotationEdited>(), "annotation_id"},
            {"gold.set", gold.toJson(), through<GoldSet>(), nullptr},
            {"quality.settings_set", QualitySettingsSet{20.0, 0.85, 5.0, {}}.toJson(),
             through<QualitySettingsSet>(), nullptr},
            {"person.recalibration_required",
             RecalibrationRequired{QStringLiteral("person-1"), 0.6, 20, 0.8, {}}.toJson(),
             through<RecalibrationRequired>(), "person_id"},
            {"person.recalibrated", Recalibrated{QStringLiteral("person-1"), 0.9, 4.0, {}}.toJson(),
             through<Recalibrated>(), "person_id"},
            {"review.queued", queued.toJson(), through<ReviewQueued>(), "batch_id"},
            {"review.reasons_set",
             ReviewReasonsSet{{{QStringLiteral("loose"), QStringLiteral("box too loose")}}, {}}
                     .toJson(),
             through<ReviewReasonsSet>(), nullptr},
            {"review.decided", fixed.toJson(), through<ReviewDecided>(), "entry_id"},
            {"review.return_set",
             ReviewReturnSet{QStringLiteral("batch-1"),
                             QStringLiteral("another"),
                             QStringLiteral("person-2"),
                             {}}
                     .toJson(),
             through<ReviewReturnSet>(), "batch_id"},
            {"review.withdrawn",
             ReviewWithdrawn{QStringLiteral("event-1"),
                             QStringLiteral("task-1"),
                             QStringLiteral("person-1"),
                             {}}
                     .toJson(),
             through<ReviewWithdrawn>(), "decision_id"},
            {"review.adjudicated", adjudicated.toJson(), through<AdjudicationDecided>(), "item_id"},
            {"review.locked",
             ReviewLocked{QStringLiteral("batch-1"),
                          QStringLiteral("person-1"),
                          {QStringLiteral("task-1"), QStringLiteral("task-2")},
                          {}}
                     .toJson(),
             through<ReviewLocked>(), "annotator_id"},
            {"review.consensus_stored",
             ConsensusStored{QStringLiteral("batch-1"),
                             QStringLiteral("dawid-skene"),
                             12,
                             true,
                             {{QStringLiteral("item-1"), QStringLiteral("c1+c2"), 0.875, 3},
                              {QStringLiteral("item-2"), QString(), 0.5, 2}},
                             {}}
                     .toJson(),
             through<ConsensusStored>(), "batch_id"},
            {"calibration.set_created",
             CalibrationSetCreated{QStringLiteral("set-1"), QStringLiteral("monday"), {}}.toJson(),
             through<CalibrationSetCreated>(), "id"},
            {"calibration.references_set",
             CalibrationReferencesSet{QStringLiteral("set-1"),
                                      {{QStringLiteral("item-1"),
                                        {QStringLiteral("class-1")},
                                        {sampleBox()},
                                        QStringLiteral("the ears"),
                                        QStringLiteral("2.1-cats")}},
                                      {}}
                     .toJson(),
             through<CalibrationReferencesSet>(), "set_id"},
            {"calibration.session_started",
             CalibrationSessionStarted{QStringLiteral("s-1"),
                                       QStringLiteral("cohort"),
                                       QStringLiteral("set-1"),
                                       {QStringLiteral("person-1")},
                                       0.8,
                                       0.7,
                                       QStringLiteral("2026-12-07T08:00:00Z"),
                                       QStringLiteral("2026-12-07T12:00:00Z"),
                                       2,
                                       true,
                                       {}}
                     .toJson(),
             through<CalibrationSessionStarted>(), "set_id"},
            {"calibration.attempt_queued",
             CalibrationAttemptQueued{QStringLiteral("s-1"),
                                      QStringLiteral("person-1"),
                                      2,
                                      {Task{QStringLiteral("task-1"), QStringLiteral("s-1"),
                                            QStringLiteral("item-1"), QStringLiteral("person-1"),
                                            TaskKind::Calibration, TaskState::Pending, 0}},
                                      {}}
                     .toJson(),
             through<CalibrationAttemptQueued>(), "session_id"},
            {"calibration.attempt_judged",
             CalibrationAttemptJudged{QStringLiteral("s-1"),
                                      QStringLiteral("person-1"),
                                      1,
                                      false,
                                      0.6,
                                      std::nullopt,
                                      10,
                                      10,
                                      {QStringLiteral("confused cat and dog (2 time(s))")},
                                      {}}
                     .toJson(),
             through<CalibrationAttemptJudged>(), "person_id"},
            {"calibration.debrief_released",
             CalibrationDebriefReleased{QStringLiteral("s-1"),
                                        QStringLiteral("person-1"),
                                        {{QStringLiteral("item-1"),
                                          {QStringLiteral("class-1")},
                                          {},
                                          QStringLiteral("why"),
                                          QStringLiteral("2.1")}},
                                        {}}
                     .toJson(),
             through<CalibrationDebriefReleased>(), "person_id"},
            {"calibration.session_closed",
             CalibrationSessionClosed{QStringLiteral("s-1"), {}}.toJson(),
             through<CalibrationSessionClosed>(), "session_id"},
    };
}

class tst_Events : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasASample();
    void roundTrip_data();
    void roundTrip();
    void unknownFieldsAreKept_data() { roundTrip_data(); }
    void unknownFieldsAreKept();
    void requiredFieldsAreRequired_data() { roundTrip_data(); }
    void requiredFieldsAreRequired();
    void recordingChecksTheKindsAction();
    void consequencesFollowOnlyACheckedEvent();
    void unknownKindsAreKeptAndChangeNoState();
};

void tst_Events::everyKindHasASample()
{
    QSet<QString> sampled;
    for (const Sample &s : samples())
        sampled.insert(QLatin1String(s.kind));
    for (const EventKind &kind : Project::appliers().kinds()) {
        if (kind.bulk)
            continue; // its payload is JSON text, read and written by the import (tst_datasettransfer)
        QVERIFY2(sampled.contains(QLatin1String(kind.name)), kind.name);
        QVERIFY(kind.schema >= 1);
    }
    QVERIFY(Project::appliers().find(QLatin1String(DatasetImported::kind.name)));
    QVERIFY(DatasetImported::kind.bulk);
}

void tst_Events::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<Through>("through");
    QTest::addColumn<QString>("required");
    int n = 0;
    for (const Sample &s : samples()) {
        QTest::addRow("%s #%d", s.kind, n++)
                << s.payload << s.through << QString::fromLatin1(s.required ? s.required : "");
    }
}

void tst_Events::roundTrip()
{
    QFETCH(QJsonObject, payload);
    QFETCH(Through, through);
    auto back = through(payload, false);
    ASSAY_VERIFY_RESULT(back);
    QCOMPARE(*back, payload);
    // The log stores compact JSON: the bytes are the same too.
    QCOMPARE(QJsonDocument(*back).toJson(QJsonDocument::Compact),
             QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

void tst_Events::unknownFieldsAreKept()
{
    QFETCH(QJsonObject, payload);
    QFETCH(Through, through);
    // A field of a newer build, of any shape, comes back unchanged.
    payload.insert(QStringLiteral("from_a_newer_build"),
                   QJsonObject{{QStringLiteral("list"),
                                QJsonArray{1, QStringLiteral("two"), QJsonValue()}}});
    auto back = through(payload, true);
    ASSAY_VERIFY_RESULT(back);
    QCOMPARE(*back, payload);
    // Without what it kept, the payload is what the type knows.
    payload.remove(QStringLiteral("from_a_newer_build"));
    QCOMPARE(*through(payload, false), payload);
}

void tst_Events::requiredFieldsAreRequired()
{
    QFETCH(QJsonObject, payload);
    QFETCH(Through, through);
    QFETCH(QString, required);
    if (required.isEmpty())
        QSKIP("every field of this kind has a default");
    payload.remove(required);
    auto back = through(payload, true);
    QVERIFY(!back);
    QCOMPARE(back.error().code, ErrorCode::InvalidInput);
    QVERIFY2(back.error().message.contains(required), qPrintable(back.error().message));
}

void tst_Events::recordingChecksTheKindsAction()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("p.assay")), {});
    ASSAY_VERIFY_RESULT(project);
    Project &p = **project;
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
    const qint64 before = p.counts()->events;
    ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("ann")));
    // The caller names no permission: the kind's action decides, for every kind.
    for (const auto &attempt :
         {p.record(ItemsRemoved{{QStringLiteral("x")}, QStringLiteral("r"), {}}).error(),
          p.record(GoldSet{}).error(),
          p.record(PersonRolesSet{p.actor().id, {Role::Admin}, {}}).error(),
          p.record(ProjectRenamed{QStringLiteral("mine"), {}}).error()}) {
        QCOMPARE(attempt.code, ErrorCode::Permission);
        QVERIFY2(attempt.message.contains(QLatin1String("ann may not")),
                 qPrintable(attempt.message));
    }
    QCOMPARE(p.counts()->events, before);
    QCOMPARE(p.mayRecord(GoldSet::kind).error().code, ErrorCode::Permission);
    QVERIFY(p.mayRecord(BoxAdded::kind));
}

void tst_Events::consequencesFollowOnlyACheckedEvent()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("p.assay")), {});
    ASSAY_VERIFY_RESULT(project);
    Project &p = **project;
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
    ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("tom"), {}, {Role::Trainer}));
    ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("ann")));
    const Id ann = p.actor().id;
    // An annotator never sets or clears a recalibration gate, not even inside a transaction
    // that holds an event of hers: consequences are recorded by a lead or trainer.
    QCOMPARE(p.record(Recalibrated{ann, {}, {}, {}}).error().code, ErrorCode::Permission);
    QCOMPARE(p.transact([&]() -> Status {
                  auto checked = p.record(TimeAdded{QStringLiteral("none"), 0, {}});
                  if (!checked)
                      return checked.error();
                  auto e = p.record(RecalibrationRequired{ann, 0.5, 5, 0.8, {}});
                  return e ? Status() : Status(e.error());
              })
                     .error()
                     .code,
             ErrorCode::Permission);
    QVERIFY(!*p.gold().mustRecalibrate(ann));
    ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("tom")));
    ASSAY_VERIFY_RESULT(p.record(RecalibrationRequired{ann, 0.5, 5, 0.8, {}}));
    QVERIFY(*p.gold().mustRecalibrate(ann));
}

void tst_Events::unknownKindsAreKeptAndChangeNoState()
{
    store::ApplierRegistry registry;
    QVERIFY(!registry.find(QStringLiteral("review.decided")));
    store::Event e;
    e.kind = QStringLiteral("review.decided");
    ASSAY_VERIFY_RESULT(registry.apply(nullptr, e, {{QStringLiteral("x"), 1}}));
    ASSAY_VERIFY_RESULT(registry.applyJson(nullptr, e, QByteArray("not even JSON")));
}

QTEST_MAIN(tst_Events)
#include "tst_events.moc"
