// SPDX-License-Identifier: Apache-2.0
// Events of guideline drafts, published versions and worked examples: their JSON mapping.
#include "core/guidelines/guidelineevents.h"

#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

static QJsonObject classesToJson(const QHash<QString, Id> &classes)
{
    QJsonObject o;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

static QHash<QString, Id> classesFromJson(const QJsonObject &o)
{
    QHash<QString, Id> classes;
    for (auto it = o.begin(); it != o.end(); ++it)
        classes.insert(it.key(), it.value().toString());
    return classes;
}

QJsonObject GuidelineDraftSaved::toJson() const
{
    return withExtra({{QStringLiteral("title"), title},
                      {QStringLiteral("body"), body},
                      {QStringLiteral("classes"), classesToJson(classes)},
                      {QStringLiteral("taxonomy_version"), taxonomyVersion}},
                     extra);
}

Result<GuidelineDraftSaved> GuidelineDraftSaved::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    GuidelineDraftSaved e;
    e.title = in.string("title");
    e.body = in.requiredString("body");
    e.classes = classesFromJson(in.object("classes"));
    e.taxonomyVersion = in.integer("taxonomy_version");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject GuidelinePublished::toJson() const
{
    return withExtra({{QStringLiteral("version"), version},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("body"), body},
                      {QStringLiteral("classes"), classesToJson(classes)},
                      {QStringLiteral("taxonomy_version"), taxonomyVersion},
                      {QStringLiteral("taxonomy_event"), taxonomyEvent},
                      {QStringLiteral("draft_event"), draftEvent}},
                     extra);
}

Result<GuidelinePublished> GuidelinePublished::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    GuidelinePublished e;
    e.version = in.integer("version");
    e.title = in.string("title");
    e.body = in.requiredString("body");
    e.classes = classesFromJson(in.object("classes"));
    e.taxonomyVersion = in.integer("taxonomy_version");
    e.taxonomyEvent = in.string("taxonomy_event");
    e.draftEvent = in.string("draft_event");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QString exampleKindName(ExampleKind kind)
{
    switch (kind) {
    case ExampleKind::Positive: return QStringLiteral("positive");
    case ExampleKind::Negative: return QStringLiteral("negative");
    case ExampleKind::EdgeCase: return QStringLiteral("edge-case");
    }
    return {};
}

bool parseExampleKind(const QString &name, ExampleKind *kind)
{
    for (ExampleKind k : {ExampleKind::Positive, ExampleKind::Negative, ExampleKind::EdgeCase}) {
        if (name == exampleKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QJsonObject GuidelineExampleSet::toJson() const
{
    QJsonArray b;
    for (const Box &box : boxes)
        b.append(events::boxToJson(box));
    QJsonObject o{{QStringLiteral("item_id"), itemId},
                  {QStringLiteral("class_id"), classId},
                  {QStringLiteral("example"), exampleKindName(exampleKind)},
                  {QStringLiteral("note"), note}};
    if (!boxes.isEmpty())
        o.insert(QStringLiteral("boxes"), b);
    return withExtra(o, extra);
}

Result<GuidelineExampleSet> GuidelineExampleSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    GuidelineExampleSet e;
    e.itemId = in.requiredString("item_id");
    e.classId = in.requiredString("class_id");
    const QString k = in.requiredString("example");
    e.note = in.string("note");
    e.boxes = events::boxesFromJson(in.array("boxes"));
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    if (!parseExampleKind(k, &e.exampleKind))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: unknown example kind \"%2\"")
                                                          .arg(QLatin1String(kind.name), k));
    return e;
}

QJsonObject GuidelineExampleRemoved::toJson() const
{
    return withExtra({{QStringLiteral("item_id"), itemId}, {QStringLiteral("class_id"), classId}},
                     extra);
}

Result<GuidelineExampleRemoved> GuidelineExampleRemoved::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    GuidelineExampleRemoved e;
    e.itemId = in.requiredString("item_id");
    e.classId = in.requiredString("class_id");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
