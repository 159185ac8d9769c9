// SPDX-License-Identifier: Apache-2.0
// Events of annotations and of decisions on suggestions: their JSON mapping.
#include "core/annotation/annotationevents.h"

#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

QJsonObject AnnotationCreated::toJson() const
{
    return withExtra({{QStringLiteral("id"), id},
                      {QStringLiteral("task_id"), taskId},
                      {QStringLiteral("item_id"), itemId},
                      {QStringLiteral("person_id"), personId},
                      {QStringLiteral("taxonomy_version"), taxonomyVersion},
                      {QStringLiteral("guideline_version"), guidelineVersion},
                      {QStringLiteral("taxonomy_event"), taxonomyEvent},
                      {QStringLiteral("guideline_event"), guidelineEvent}},
                     extra);
}

Result<AnnotationCreated> AnnotationCreated::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    AnnotationCreated e;
    e.id = in.requiredString("id");
    e.taskId = in.string("task_id");
    e.itemId = in.requiredString("item_id");
    e.personId = in.string("person_id");
    e.taxonomyVersion = in.integer("taxonomy_version");
    e.guidelineVersion = in.integer("guideline_version");
    e.taxonomyEvent = in.string("taxonomy_event");
    e.guidelineEvent = in.string("guideline_event");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

template<typename E>
static QJsonObject boxEventJson(const E &e)
{
    return withExtra({{QStringLiteral("annotation_id"), e.annotationId},
                      {QStringLiteral("box"), events::boxToJson(e.box)}},
                     e.extra);
}

template<typename E>
static Result<E> boxEventFromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, E::kind.name);
    E e;
    e.annotationId = in.requiredString("annotation_id");
    e.box = events::boxFromJson(in.object("box"));
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject BoxAdded::toJson() const
{
    return boxEventJson(*this);
}
Result<BoxAdded> BoxAdded::fromJson(const QJsonObject &payload)
{
    return boxEventFromJson<BoxAdded>(payload);
}

QJsonObject BoxUpdated::toJson() const
{
    return boxEventJson(*this);
}
Result<BoxUpdated> BoxUpdated::fromJson(const QJsonObject &payload)
{
    return boxEventFromJson<BoxUpdated>(payload);
}

QJsonObject BoxRemoved::toJson() const
{
    return withExtra({{QStringLiteral("annotation_id"), annotationId},
                      {QStringLiteral("box_id"), boxId}},
                     extra);
}

Result<BoxRemoved> BoxRemoved::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    BoxRemoved e;
    e.annotationId = in.requiredString("annotation_id");
    e.boxId = in.requiredString("box_id");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject ClassesSet::toJson() const
{
    return withExtra({{QStringLiteral("annotation_id"), annotationId},
                      {QStringLiteral("classes"), QJsonArray::fromStringList(classIds)}},
                     extra);
}

Result<ClassesSet> ClassesSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ClassesSet e;
    e.annotationId = in.requiredString("annotation_id");
    e.classIds = in.strings("classes");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject PreLabelDecided::toJson() const
{
    QJsonObject o{{QStringLiteral("annotation_id"), annotationId},
                  {QStringLiteral("prelabel_id"), preLabelId},
                  {QStringLiteral("decision"), decision}};
    if (!boxId.isEmpty())
        o.insert(QStringLiteral("box_id"), boxId);
    return withExtra(o, extra);
}

Result<PreLabelDecided> PreLabelDecided::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    PreLabelDecided e;
    e.annotationId = in.requiredString("annotation_id");
    e.preLabelId = in.requiredString("prelabel_id");
    e.decision = in.requiredString("decision");
    e.boxId = in.string("box_id");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject TimeAdded::toJson() const
{
    return withExtra({{QStringLiteral("annotation_id"), annotationId},
                      {QStringLiteral("ms"), double(ms)}},
                     extra);
}

Result<TimeAdded> TimeAdded::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    TimeAdded e;
    e.annotationId = in.requiredString("annotation_id");
    e.ms = in.int64("ms");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject AnnotationEdited::toJson() const
{
    QJsonArray list;
    for (const QJsonObject &e : edits)
        list.append(e);
    return withExtra({{QStringLiteral("annotation_id"), annotationId},
                      {QStringLiteral("edits"), list}},
                     extra);
}

Result<AnnotationEdited> AnnotationEdited::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    AnnotationEdited e;
    e.annotationId = in.requiredString("annotation_id");
    for (const QJsonValue &v : in.array("edits"))
        e.edits.append(v.toObject());
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QString AnnotationEdited::editKind(const QJsonObject &edit)
{
    return edit.value(QLatin1String("kind")).toString();
}

QJsonObject AnnotationEdited::payloadOf(const QJsonObject &edit) const
{
    QJsonObject o = edit;
    o.remove(QStringLiteral("kind"));
    o.insert(QStringLiteral("annotation_id"), annotationId);
    return o;
}

} // namespace assay::core
