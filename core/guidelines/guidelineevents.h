// SPDX-License-Identifier: Apache-2.0
// Events of guideline drafts, published versions and worked examples: what each records.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>

namespace assay::core {

// A saved draft: the whole Markdown, anchors written in. Its audience is the authors (those who
// may edit guidelines): annotators never read a draft, only what a publish makes a version.
struct GuidelineDraftSaved final
{
    static constexpr EventKind kind{"guideline.draft_saved", 1, Action::EditGuidelines, false,
                                    "authors"};
    QString title;
    QString body;               // Markdown, every heading with its {#anchor}
    QHash<QString, Id> classes; // anchor -> the class the section defines
    int taxonomyVersion = 0;    // in force when it was saved
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<GuidelineDraftSaved> fromJson(const QJsonObject &payload);
};

// A draft made a version, for everyone: the text travels in this event (a reader of the version
// may not read the draft), bound to the taxonomy version in force.
struct GuidelinePublished final
{
    static constexpr EventKind kind{"guideline.published", 1, Action::EditGuidelines};
    int version = 0; // the number its author expected (the applier numbers in log order)
    QString title;
    QString body;
    QHash<QString, Id> classes;
    int taxonomyVersion = 0;
    Id taxonomyEvent; // the event that made that taxonomy version
    Id draftEvent;    // the guideline.draft_saved it publishes
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<GuidelinePublished> fromJson(const QJsonObject &payload);
};

enum class ExampleKind { Positive, Negative, EdgeCase };
QString exampleKindName(ExampleKind kind); // "positive", "negative", "edge-case"
bool parseExampleKind(const QString &name, ExampleKind *kind);

// An item of the project marked as a worked example of a class (set again: replaced).
struct GuidelineExampleSet final
{
    static constexpr EventKind kind{"guideline.example_set", 1, Action::EditGuidelines};
    Id itemId;
    Id classId;
    ExampleKind exampleKind = ExampleKind::Positive;
    QString note;
    QList<Box> boxes; // images: the boxes the example shows
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<GuidelineExampleSet> fromJson(const QJsonObject &payload);
};

struct GuidelineExampleRemoved final
{
    static constexpr EventKind kind{"guideline.example_removed", 1, Action::EditGuidelines};
    Id itemId;
    Id classId;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<GuidelineExampleRemoved> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
