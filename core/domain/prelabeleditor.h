// SPDX-License-Identifier: Apache-2.0
// IPreLabelEditor: a labeling view's decisions on a model's suggestions for one annotation.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QList>
#include <QRectF>

#include <optional>

namespace assay::core {

// A model prediction kept as a suggestion: a box, or a whole-item class when it has no box.
struct PreLabel
{
    Id id;
    Id itemId;
    Id importId; // the "dataset.imported" event it came with
    QString model;
    Id classId;
    std::optional<QRectF> box; // image pixels
    std::optional<double> score;
};

// The project store implements this: every decision is one event (with the edit it makes, in
// one transaction), so what annotators did with a model's suggestions can be counted per model.
// Decisions belong to an annotation: a suggestion one person decided on stays open for others.
class IPreLabelEditor
{
public:
    virtual ~IPreLabelEditor() = default;

    // The suggestions on the annotation's item not yet accepted or rejected in it, of classes
    // the taxonomy still has: boxes first, each kind by score, best first. With a single-label
    // taxonomy, class suggestions end once one of them is accepted.
    virtual Result<QList<PreLabel>> openPreLabels(const Id &annotationId) const = 0;
    // Adds a box suggestion to the annotation as box `boxId`, with the attributes "prelabel"
    // (its id), "model" and "score", and records it accepted.
    virtual Status acceptBoxPreLabel(const Id &annotationId, const Id &preLabelId, const Id &boxId)
            = 0;
    // Sets the annotation's classes to `classIds` (which hold the suggestion's class) and records
    // the class suggestion accepted.
    virtual Status acceptClassPreLabel(const Id &annotationId, const Id &preLabelId,
                                       const QStringList &classIds)
            = 0;
    virtual Status rejectPreLabel(const Id &annotationId, const Id &preLabelId) = 0;
    // Takes a decision back (undo): the box its acceptance added is removed, the classes are set
    // to `classIds` when given, and the suggestion is open again.
    virtual Status withdrawPreLabelDecision(const Id &annotationId, const Id &preLabelId,
                                            const std::optional<QStringList> &classIds = {})
            = 0;
};

} // namespace assay::core
