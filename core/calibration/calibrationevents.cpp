// SPDX-License-Identifier: Apache-2.0
// Events of calibration sets and sessions: their JSON mapping.
#include "core/calibration/calibrationevents.h"

#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

static QJsonArray boxesJson(const QList<Box> &boxes)
{
    QJsonArray array;
    for (const Box &b : boxes)
        array.append(events::boxToJson(b));
    return array;
}

static QJsonArray referencesJson(const QList<CalibrationReferenceRow> &rows)
{
    QJsonArray array;
    for (const CalibrationReferenceRow &r : rows)
        array.append(r.toJson());
    return array;
}

QJsonObject CalibrationReferenceRow::toJson() const
{
    QJsonObject o{{QStringLiteral("item_id"), itemId},
                  {QStringLiteral("classes"), QJsonArray::fromStringList(classIds)},
                  {QStringLiteral("boxes"), boxesJson(boxes)}};
    if (!explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), explanation);
    if (!section.isEmpty())
        o.insert(QStringLiteral("section"), section);
    return o;
}

CalibrationReferenceRow CalibrationReferenceRow::fromJson(const QJsonObject &o)
{
    CalibrationReferenceRow r;
    r.itemId = o.value(QLatin1String("item_id")).toString();
    for (const auto &c : o.value(QLatin1String("classes")).toArray())
        r.classIds.append(c.toString());
    r.boxes = events::boxesFromJson(o.value(QLatin1String("boxes")).toArray());
    r.explanation = o.value(QLatin1String("explanation")).toString();
    r.section = o.value(QLatin1String("section")).toString();
    return r;
}

QJsonObject CalibrationSetCreated::toJson() const
{
    return withExtra({{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}, extra);
}

Result<CalibrationSetCreated> CalibrationSetCreated::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    CalibrationSetCreated e;
    e.id = in.requiredString("id");
    e.name = in.string("name");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject CalibrationReferencesSet::toJson() const
{
    return withExtra({{QStringLiteral("set_id"), setId},
                      {QStringLiteral("references"), referencesJson(references)}},
                     extra);
}

Result<CalibrationReferencesSet> CalibrationReferencesSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    CalibrationReferencesSet e;
    e.setId = in.requiredString("set_id");
    for (const auto &v : in.array("references"))
        e.references.append(CalibrationReferenceRow::fromJson(v.toObject()));
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject CalibrationSessionStarted::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("set_id"), setId},
                  {QStringLiteral("members"), QJsonArray::fromStringList(members)},
                  {QStringLiteral("pass_accuracy"), passAccuracy},
                  {QStringLiteral("pass_box_f1"), passBoxF1},
                  {QStringLiteral("max_attempts"), maxAttempts}};
    if (!opensAt.isEmpty())
        o.insert(QStringLiteral("opens_at"), opensAt);
    if (!closesAt.isEmpty())
        o.insert(QStringLiteral("closes_at"), closesAt);
    if (onboarding)
        o.insert(QStringLiteral("onboarding"), true);
    return withExtra(o, extra);
}

Result<CalibrationSessionStarted> CalibrationSessionStarted::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    CalibrationSessionStarted e;
    e.id = in.requiredString("id");
    e.name = in.string("name");
    e.setId = in.requiredString("set_id");
    e.members = in.strings("members");
    e.passAccuracy = in.real("pass_accuracy", 0.8);
    e.passBoxF1 = in.real("pass_box_f1", 0.8);
    e.maxAttempts = in.integer("max_attempts", 1);
    e.opensAt = in.string("opens_at");
    e.closesAt = in.string("closes_at");
    e.onboarding = in.boolean("onboarding");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject CalibrationAttemptQueued::toJson() const
{
    QJsonArray rows;
    for (const Task &t : tasks)
        rows.append(QJsonArray{t.id, t.itemId, t.position});
    return withExtra({{QStringLiteral("session_id"), sessionId},
                      {QStringLiteral("person_id"), personId},
                      {QStringLiteral("attempt"), attempt},
                      {QStringLiteral("tasks"), rows}},
                     extra);
}

Result<CalibrationAttemptQueued> CalibrationAttemptQueued::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    CalibrationAttemptQueued e;
    e.sessionId = in.requiredString("session_id");
    e.personId = in.requiredString("person_id");
    e.attempt = in.integer("attempt", 1);
    for (const auto &v : in.array("tasks")) {
        const QJsonArray row = v.toArray();
        Task t;
        t.id = row.at(0).toString();
        t.batchId = e.sessionId;
        t.itemId = row.at(1).toString();
        t.personId = e.personId;
        t.kind = TaskKind::Calibration;
        t.position = row.at(2).toInt();
        e.tasks.append(t);
    }
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject CalibrationAttemptJudged::toJson() const
{
    QJsonObject o{{QStringLiteral("session_id"), sessionId},
                  {QStringLiteral("person_id"), personId},
                  {QStringLiteral("attempt"), attempt},
                  {QStringLiteral("passed"), passed},
                  {QStringLiteral("answered"), answered},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("hints"), QJsonArray::fromStringList(hints)}};
    if (accuracy)
        o.insert(QStringLiteral("accuracy"), *accuracy);
    if (boxF1)
        o.insert(QStringLiteral("box_f1"), *boxF1);
    return withExtra(o, extra);
}

Result<CalibrationAttemptJudged> CalibrationAttemptJudged::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    CalibrationAttemptJudged e;
    e.sessionId = in.requiredString("session_id");
    e.personId = in.requiredString("person_id");
    e.attempt = in.integer("attempt", 1);
    e.passed = in.boolean("passed");
    e.answered = in.integer("answered");
    e.items = in.integer("items");
    e.hints = in.strings("hints");
    if (in.has("accuracy"))
        e.accuracy = in.real("accuracy");
    if (in.has("box_f1"))
        e.boxF1 = in.real("box_f1");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject CalibrationDebriefReleased::toJson() const
{
    return withExtra({{QStringLiteral("session_id"), sessionId},
                      {QStringLiteral("person_id"), personId},
                      {QStringLiteral("references"), referencesJson(references)}},
                     extra);
}

Result<CalibrationDebriefReleased> CalibrationDebriefReleased::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    CalibrationDebriefReleased e;
    e.sessionId = in.requiredString("session_id");
    e.personId = in.requiredString("person_id");
    for (const auto &v : in.array("references"))
        e.references.append(CalibrationReferenceRow::fromJson(v.toObject()));
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject CalibrationSessionClosed::toJson() const
{
    return withExtra({{QStringLiteral("session_id"), sessionId}}, extra);
}

Result<CalibrationSessionClosed> CalibrationSessionClosed::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    CalibrationSessionClosed e;
    e.sessionId = in.requiredString("session_id");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
