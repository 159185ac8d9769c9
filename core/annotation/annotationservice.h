// SPDX-License-Identifier: Apache-2.0
// AnnotationService: people's answers (classes and boxes) and their decisions on a model's
// suggestions — the editor interfaces the labeling views use.
#pragma once

#include "core/domain/annotationeditor.h"
#include "core/domain/prelabeleditor.h"
#include "core/project/service.h"

#include <QHash>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

// What annotators did with one model's suggestions, counted over every annotation.
struct PreLabelFigures
{
    QString model;
    qint64 suggestions = 0;  // pre-labels of the model in the project
    qint64 acceptedAsIs = 0; // accepted, and the box or class is still as suggested
    qint64 adjusted = 0;     // accepted box moved, resized or given another class since
    qint64 rejected = 0;
    qint64 overridden = 0; // accepted, then the box deleted or the class taken off by hand
};

class AnnotationService final : public ServiceBase, public IAnnotationEditor, public IPreLabelEditor
{
public:
    using ServiceBase::ServiceBase;

    Result<Annotation> startAnnotation(const Id &taskId); // the task's annotation, made once
    Result<Annotation> annotation(const Id &annotationId) const override;
    Result<QList<Annotation>> annotationsForItem(const Id &itemId) const;
    Status addBox(const Id &annotationId, const Box &box) override;
    Status updateBox(const Id &annotationId, const Box &box) override;
    Status removeBox(const Id &annotationId, const Id &boxId) override;
    Status setClasses(const Id &annotationId, const QStringList &classIds) override;
    // One "annotation.edited" event holding every edit (core/annotation/annotationedits.cpp).
    Status applyEdits(const Id &annotationId, const QList<AnnotationEdit> &edits) override;
    Status addTimeSpent(const Id &annotationId, qint64 ms);

    // Pre-labels: each decision is an "annotation.prelabel_decided" event, recorded with the
    // edit it makes.
    Result<QList<PreLabel>> openPreLabels(const Id &annotationId) const override;
    Status acceptBoxPreLabel(const Id &annotationId, const Id &preLabelId, const Id &boxId) override;
    Status acceptClassPreLabel(const Id &annotationId, const Id &preLabelId,
                               const QStringList &classIds) override;
    Status rejectPreLabel(const Id &annotationId, const Id &preLabelId) override;
    Status withdrawPreLabelDecision(const Id &annotationId, const Id &preLabelId,
                                    const std::optional<QStringList> &classIds = {}) override;
    // "accepted" or "rejected" per pre-label id, for one annotation.
    Result<QHash<Id, QString>> preLabelDecisions(const Id &annotationId) const;
    Result<QList<PreLabelFigures>> preLabelFigures() const;         // by model name
    Result<QList<PreLabel>> prelabels(const Id &itemId = {}) const; // all items when empty

    static void registerAppliers(store::ApplierRegistry &registry);

private:
    Result<Annotation> checkedAnnotation(const Id &annotationId) const;
    Status checkAnnotationAccess(const Annotation &annotation) const;
    Result<PreLabel> preLabel(const Id &preLabelId) const;
    Status recordPreLabelDecision(const Id &annotationId, const PreLabel &preLabel,
                                  const QString &decision, const Id &boxId = {});
    // A box accepted from a suggestion carries "prelabel_adjusted" while it differs from it.
    Result<Box> withPreLabelAdjustment(const Box &box) const;
    static Status validateBox(const Box &box, const QString &path);
};

} // namespace assay::core
