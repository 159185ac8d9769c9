// SPDX-License-Identifier: Apache-2.0
// Events of annotations — people's answers — and their decisions on suggestions, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonObject>

namespace assay::core {

// An answer begun for a task (or, with no task, made by a reviewer), under the taxonomy and
// guideline versions in force.
struct AnnotationCreated final
{
    static constexpr EventKind kind{"annotation.created", 1, Action::Annotate, false, "author"};
    Id id;
    Id taskId;
    Id itemId;
    Id personId;
    int taxonomyVersion = 0; // as numbered in the author's copy
    int guidelineVersion = 0;
    // The versions by name (the events that made them): what a copy applying the event uses,
    // since two copies may number concurrent versions differently.
    Id taxonomyEvent;
    Id guidelineEvent;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<AnnotationCreated> fromJson(const QJsonObject &payload);
};

// A box drawn (or accepted from a suggestion) in an annotation.
struct BoxAdded final
{
    static constexpr EventKind kind{"annotation.box_added", 1, Action::Annotate, false, "author"};
    Id annotationId;
    Box box;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<BoxAdded> fromJson(const QJsonObject &payload);
};

// A box moved, resized or given another class: its new values, whole.
struct BoxUpdated final
{
    static constexpr EventKind kind{"annotation.box_updated", 1, Action::Annotate, false, "author"};
    Id annotationId;
    Box box;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<BoxUpdated> fromJson(const QJsonObject &payload);
};

struct BoxRemoved final
{
    static constexpr EventKind kind{"annotation.box_removed", 1, Action::Annotate, false, "author"};
    Id annotationId;
    Id boxId;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<BoxRemoved> fromJson(const QJsonObject &payload);
};

// The whole-item classes of an annotation, all of them.
struct ClassesSet final
{
    static constexpr EventKind kind{"annotation.classes_set", 1, Action::Annotate, false, "author"};
    Id annotationId;
    QStringList classIds;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<ClassesSet> fromJson(const QJsonObject &payload);
};

// A decision on a model's suggestion: "accepted", "rejected", or "withdrawn" (an undo, which
// opens it again). The box or classes an acceptance makes are events of the same transaction.
struct PreLabelDecided final
{
    static constexpr EventKind kind{"annotation.prelabel_decided", 1, Action::Annotate, false,
                                    "author"};
    Id annotationId;
    Id preLabelId;
    QString decision;
    Id boxId;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<PreLabelDecided> fromJson(const QJsonObject &payload);
};

// Several edits of one annotation made by one gesture (a held arrow key, a drag, "accept all
// suggestions"): one decision, one event. Each edit is the payload of its single-edit event
// (BoxAdded, BoxUpdated, BoxRemoved, ClassesSet, PreLabelDecided) with that event's "kind" and
// without the annotation's id; the applier applies them in order as those events would be.
struct AnnotationEdited final
{
    static constexpr EventKind kind{"annotation.edited", 1, Action::Annotate, false, "author"};
    Id annotationId;
    QList<QJsonObject> edits;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<AnnotationEdited> fromJson(const QJsonObject &payload);

    // The edit that `event`, a single-edit event of this annotation, makes.
    template<typename E>
    static QJsonObject edit(const E &event)
    {
        QJsonObject o = event.toJson();
        o.remove(QStringLiteral("annotation_id"));
        o.insert(QStringLiteral("kind"), QLatin1String(E::kind.name));
        return o;
    }
    static QString editKind(const QJsonObject &edit);
    // The payload of the single-edit event `edit` is, for its type's fromJson.
    QJsonObject payloadOf(const QJsonObject &edit) const;
};

struct TimeAdded final
{
    static constexpr EventKind kind{"annotation.time_added", 1, Action::Annotate, false, "author"};
    Id annotationId;
    qint64 ms = 0;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<TimeAdded> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
