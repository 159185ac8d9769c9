// SPDX-License-Identifier: Apache-2.0
// Events of gold answers, quality settings and the recalibration gate: their JSON mapping.
#include "core/gold/goldevents.h"

#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

static QJsonArray goldBoxesJson(const QList<Box> &boxes)
{
    QJsonArray array;
    for (const Box &b : boxes) {
        QJsonObject o{{QStringLiteral("id"), b.id},
                      {QStringLiteral("x"), b.x},
                      {QStringLiteral("y"), b.y},
                      {QStringLiteral("w"), b.w},
                      {QStringLiteral("h"), b.h}};
        if (!b.classId.isEmpty())
            o.insert(QStringLiteral("class_id"), b.classId);
        array.append(o);
    }
    return array;
}

QJsonObject GoldSet::toJson() const
{
    QJsonArray rows;
    for (const Answer &a : answers) {
        QJsonObject row{{QStringLiteral("item_id"), a.itemId},
                        {QStringLiteral("classes"), QJsonArray::fromStringList(a.classIds)},
                        {QStringLiteral("boxes"), goldBoxesJson(a.boxes)}};
        if (a.calibration)
            row.insert(QStringLiteral("purpose"), QStringLiteral("calibration"));
        rows.append(row);
    }
    return withExtra({{QStringLiteral("answers"), rows}}, extra);
}

Result<GoldSet> GoldSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    GoldSet e;
    for (const auto &v : in.array("answers")) {
        const QJsonObject o = v.toObject();
        Answer a;
        a.itemId = o.value(QLatin1String("item_id")).toString();
        for (const auto &c : o.value(QLatin1String("classes")).toArray())
            a.classIds.append(c.toString());
        a.boxes = events::boxesFromJson(o.value(QLatin1String("boxes")).toArray());
        a.calibration = o.value(QLatin1String("purpose")).toString()
                        == QLatin1String("calibration");
        e.answers.append(a);
    }
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject QualitySettingsSet::toJson() const
{
    QJsonObject o;
    if (goldWindow)
        o.insert(QStringLiteral("gold_window"), *goldWindow);
    if (goldThreshold)
        o.insert(QStringLiteral("gold_threshold"), *goldThreshold);
    if (goldMinimum)
        o.insert(QStringLiteral("gold_minimum"), *goldMinimum);
    return withExtra(o, extra);
}

Result<QualitySettingsSet> QualitySettingsSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    QualitySettingsSet e;
    auto number = [&](const char *key) -> std::optional<double> {
        const QJsonValue v = in.value(key);
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    e.goldWindow = number("gold_window");
    e.goldThreshold = number("gold_threshold");
    e.goldMinimum = number("gold_minimum");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject RecalibrationRequired::toJson() const
{
    return withExtra({{QStringLiteral("person_id"), personId},
                      {QStringLiteral("accuracy"), accuracy},
                      {QStringLiteral("window"), window},
                      {QStringLiteral("threshold"), threshold}},
                     extra);
}

Result<RecalibrationRequired> RecalibrationRequired::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    RecalibrationRequired e;
    e.personId = in.requiredString("person_id");
    e.accuracy = in.real("accuracy");
    e.window = in.integer("window");
    e.threshold = in.real("threshold");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject Recalibrated::toJson() const
{
    QJsonObject o{{QStringLiteral("person_id"), personId}};
    if (calibrationAccuracy)
        o.insert(QStringLiteral("calibration_accuracy"), *calibrationAccuracy);
    if (calibrationAnswers)
        o.insert(QStringLiteral("calibration_answers"), *calibrationAnswers);
    return withExtra(o, extra);
}

Result<Recalibrated> Recalibrated::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    Recalibrated e;
    e.personId = in.requiredString("person_id");
    if (in.has("calibration_accuracy"))
        e.calibrationAccuracy = in.real("calibration_accuracy");
    if (in.has("calibration_answers"))
        e.calibrationAnswers = in.real("calibration_answers");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
