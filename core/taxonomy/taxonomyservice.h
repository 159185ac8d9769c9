// SPDX-License-Identifier: Apache-2.0
// TaxonomyService: the versioned label set and the versioned guidelines.
#pragma once

#include "core/project/service.h"

namespace assay::core {

namespace store {
class ApplierRegistry;
}

// How many labels a taxonomy change touches in one batch (TaxonomyService::preview).
struct MigrationCount
{
    Id batchId; // empty: labels on items in no batch (imported, or gold set aside)
    QString batchName;
    qint64 annotations = 0; // annotations with a class or a box of the classes
    qint64 goldAnswers = 0; // gold answers naming the classes
    qint64 prelabels = 0;   // pre-labels of the classes
    bool operator==(const MigrationCount &) const = default;
};

struct MigrationPreview
{
    QString change;                // "rename", "merge", "split", "archive", "move"
    QList<Id> classes;             // the classes whose labels it touches, mapped ones included
    QList<MigrationCount> batches; // batches with something touched, by name
    MigrationCount total;          // each label once (an item in two batches counts once)
    bool goldCounted = true;       // false: the reader may not see gold answers; none counted
};

// The preview as the command line prints it: one line per batch and a total.
QString migrationPreviewText(const MigrationPreview &preview);
QJsonObject migrationPreviewToJson(const MigrationPreview &preview);
// A batch's name as the preview shows it ("(no batch)" for labels outside batches).
QString migrationBatchLabel(const MigrationCount &count);

// A gold answer that a split left ambiguous: the lead redoes it.
struct GoldRedo
{
    Id itemId;
    Id classId; // the split class
    int version = 0;
};

struct SplitResult
{
    QList<TaxonomyClass> parts; // the new classes, with their ids
    Id relabelBatch;            // the batch of re-labeling tasks, when labels were sent back
    int relabelTasks = 0;
    int goldToRedo = 0;
};

class TaxonomyService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // Every change makes a new version; class ids never change.
    Result<Taxonomy> get(int version = 0) const; // 0: the current one
    Result<TaxonomyClass> addClass(const TaxonomyClass &cls);
    // Each a version of its own, as addClass() makes them, the taxonomy read once.
    Result<QList<TaxonomyClass>> addClasses(const QList<TaxonomyClass> &classes);
    Status updateClass(const TaxonomyClass &cls); // by id: rename, colour, hotkey, ...
    // A class with labels, gold answers or pre-labels is archived instead (archiveClass).
    Status removeClass(const Id &classId);
    // Offered no more; its labels stay readable under its name in every version.
    Status archiveClass(const Id &classId);
    // Re-parent (empty: top level) and place before `before` (empty: last). Ids never change.
    Status moveClass(const Id &classId, const Id &parentId, const Id &before = {});
    // `from` are archived and their labels read as `into` from the new version on, through a
    // recorded mapping; the labels keep their class ids.
    Status mergeClasses(const QList<Id> &from, const Id &into);
    // Replaces `classId` by `parts` (new classes). Its labels read as parts[assignTo]; with
    // assignTo < 0 they are sent back: a batch named `relabelBatch` gets one task per item and
    // annotator of those labels (this needs ManageBatches). Either way, gold answers with the
    // class are listed for the lead to redo (goldToRedo).
    Result<SplitResult> splitClass(const Id &classId, const QList<TaxonomyClass> &parts,
                                   int assignTo, const QString &relabelBatch = {});
    // How many annotations, gold answers and pre-labels per batch a change of `classes` would
    // touch: labels that read as one of them now. Nothing is recorded.
    Result<MigrationPreview> preview(const QString &change, const QList<Id> &classes) const;
    // Whether any label, gold answer or pre-label reads as the class.
    Result<bool> classInUse(const Id &classId) const;
    // Gold answers to redo after splits (empty for a reader who may not see gold answers).
    Result<QList<GoldRedo>> goldToRedo() const;
    Status setMultiLabel(bool multiLabel);

    // Guidelines
    Result<int> addGuidelineVersion(const QString &title, const QString &markdown);
    int guidelineVersion() const;
    // The event that made the current guideline version: its name in every copy.
    Id guidelineVersionEvent() const;

    // The appliers of taxonomy.* and guideline.* events (taxonomystate.cpp).
    static void registerAppliers(store::ApplierRegistry &registry);
};

} // namespace assay::core
