// SPDX-License-Identifier: Apache-2.0
// ProjectStore: one .assay project file — the only class that speaks SQL to it.
#pragma once

#include "core/domain/annotationeditor.h"
#include "core/domain/prelabeleditor.h"
#include "core/domain/types.h"
#include "core/quality/qualityreport.h"
#include "core/result.h"
#include "core/store/eventlog.h"
#include "core/store/permissions.h"

#include <QHash>
#include <QRectF>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace assay::core::store {

class Database;
class WalFlusher;

struct ProjectInfo
{
    Id projectId;
    QString name;
    QString mediaRoot;      // absolute
    QString createdAt;
    int schemaVersion = 0;
    int upgradedFrom = 0;   // the schema the file had before this open upgraded it (0: none)
    QString durability;     // "normal": fsync within 100 ms of a commit; "full": every commit
};

struct ProjectCounts
{
    qint64 images = 0;
    qint64 texts = 0;
    qint64 audio = 0;
    qint64 classes = 0;
    qint64 people = 0;
    qint64 batches = 0;
    qint64 tasks = 0;
    qint64 annotations = 0;
    qint64 boxes = 0;
    qint64 events = 0;
    int taxonomyVersion = 0;
    int guidelineVersion = 0;
};

struct CreateOptions
{
    QString name;        // shown in the title bar; defaults to the file's base name
    QString ownerName;   // the first person, an admin; defaults to "admin"
    QString mediaRoot;   // defaults to the folder holding the project file
    QString durability;  // "normal" (default) or "full"
};

// A gold item's reference answer. Only the lead's project holds these; annotators' views and
// packages never do.
struct GoldAnswer
{
    Id itemId;
    QStringList classIds;
    QList<Box> boxes;
    Id personId; // who set it
    QString time;
};

// One scored gold (or calibration) answer, made when its task was set done.
struct GoldScore
{
    Id taskId;
    Id personId;
    Id itemId;
    TaskKind kind = TaskKind::Gold;
    double score = 0;
    bool passed = false;
    qint64 eventSeq = 0;
};

// Project settings of the gold gate (event "quality.settings_set").
struct QualitySettings
{
    int goldWindow = 20;        // rolling accuracy over this many latest gold answers
    double goldThreshold = 0.8; // an answer passes, and a person stays in production, at >= this
    int goldMinimum = 5;        // no verdict on a person before this many gold answers
};

struct PersonGoldStatus
{
    Id personId;
    QString name;
    int scored = 0;                       // gold answers in the current window
    std::optional<double> rollingAccuracy;
    bool recalibrationRequired = false;
};

// What "assay batch create" asks for; people and items by id.
struct BatchSpec
{
    QString name;
    QStringList annotators;            // person ids
    std::optional<ItemKind> kind;      // production items of this kind (all kinds when unset)
    QStringList itemIds;               // or exactly these items (gold items are left out)
    int overlap = 1;
    double goldRate = 0;
    QJsonObject criteria;
    std::optional<quint64> seed;       // drawn at random when unset; stored in the event
    // Production items ordered by the model uncertainty of their pre-labels ("confidence":
    // least confident first, "margin": smallest top-two margin first); empty: project order.
    QString order;
};

// A done task with its annotation, for quality reports.
struct BatchWork
{
    Task task;
    Annotation annotation;
    QString personName;
    std::optional<double> goldScore;
};

// One stored annotation with where it came from, for exports (core/transfer).
struct StoredAnnotation
{
    Annotation annotation;
    QString personName;
    QString origin;             // "task" (made in Assay) or "import"
    Id batchId;                 // empty for imported annotations
    BatchState batchState = BatchState::Open;
    TaskKind taskKind = TaskKind::Production;
    TaskState taskState = TaskState::Pending;
};

using core::PreLabel; // core/domain/prelabeleditor.h

// What annotators did with one model's suggestions, counted over every annotation.
struct PreLabelFigures
{
    QString model;
    qint64 suggestions = 0;  // pre-labels of the model in the project
    qint64 acceptedAsIs = 0; // accepted, and the box or class is still as suggested
    qint64 adjusted = 0;     // accepted box moved, resized or given another class since
    qint64 rejected = 0;
    qint64 overridden = 0;   // accepted, then the box deleted or the class taken off by hand
};

// The newest event: what a snapshot is taken at.
struct LogHead
{
    qint64 seq = 0;
    Id id;
    QString time;
    QString hash;
};

class ProjectStore final : public IAnnotationEditor, public IPreLabelEditor
{
public:
    static Result<std::unique_ptr<ProjectStore>> create(const QString &path,
                                                        const CreateOptions &options);
    // Opens and, when the file is of an older schema, upgrades it (after a backup copy).
    // A file of a newer schema, or not an Assay project, is refused and left untouched.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path);
    ~ProjectStore() override;

    const QString &path() const { return m_path; }
    const ProjectInfo &info() const { return m_info; }
    Result<ProjectCounts> counts() const;
    QString absoluteMediaPath(const Item &item) const;
    QString storedMediaPath(const QString &absolutePath) const; // relative when under the root

    // "normal": a commit survives the program being killed at once, and a power cut after
    // 100 ms; "full": every commit is fsynced before it returns (slower on most disks).
    Status setDurability(const QString &mode);

    // The person every following change is recorded for; their roles are checked.
    Status setActor(const QString &nameOrId);
    const Person &actor() const { return m_actor; }

    // People
    Result<Person> addPerson(const QString &name, const QString &displayName,
                             const QList<Role> &roles);
    Status setRoles(const Id &personId, const QList<Role> &roles);
    Result<QList<Person>> people() const;
    Result<Person> person(const QString &nameOrId) const;

    // Taxonomy: every change makes a new version; class ids never change.
    Result<Taxonomy> taxonomy(int version = 0) const; // 0: the current one
    Result<TaxonomyClass> addClass(const TaxonomyClass &cls);
    Status updateClass(const TaxonomyClass &cls);     // by id: rename, colour, hotkey, ...
    Status removeClass(const Id &classId);
    Status mergeClasses(const QList<Id> &from, const Id &into);
    Status setMultiLabel(bool multiLabel);

    // Guidelines
    Result<int> addGuidelineVersion(const QString &title, const QString &markdown);
    int guidelineVersion() const;

    // Items. addItems records one event for the whole run; `summary` (source, counts) goes
    // into it. Items whose SHA-256 is already present are refused as a conflict.
    Result<int> addItems(const QList<Item> &items, const QJsonObject &summary);
    Result<QSet<QString>> knownSha256(const QStringList &sha256) const;
    Result<QList<Item>> items(qint64 afterSeq, int limit) const;
    Result<Item> item(const Id &id) const;
    Result<qint64> itemCount() const;
    // Images with a perceptual hash, in the order they were added: id, seq, sha256, path,
    // sizes and hash only (for near-duplicate search over the whole project).
    Result<QList<Item>> hashedImages() const;
    // One "items.removed" event {ids, reason}. Items with tasks, annotations or gold answers
    // are refused, by name, and then nothing is removed. Media files are never deleted.
    Status removeItems(const QStringList &itemIds, const QString &reason);

    // Batches and tasks
    Result<Batch> createBatch(const Batch &batch);
    Result<QList<Batch>> batches() const;
    Result<QList<Task>> assignTasks(const Id &batchId, const QList<Task> &tasks);
    Result<QList<Task>> queue(const Id &personId, const Id &batchId = {}) const;
    // Setting a gold task done scores it (same transaction); a rolling accuracy below the
    // threshold then records "person.recalibration_required".
    Status setTaskState(const Id &taskId, TaskState state, const QString &reason = {},
                        const QString &comment = {});
    // The queue as its annotator sees it: gold tasks carry kind Production, and a person who
    // must recalibrate gets only their calibration tasks.
    Result<QList<Task>> annotatorQueue(const Id &personId, const Id &batchId = {}) const;
    // Creates the batch and its tasks (overlap, gold mixed in) as one decision.
    Result<Batch> planBatch(const BatchSpec &spec);
    Result<Batch> batch(const QString &nameOrId) const;
    Result<QList<Task>> batchTasks(const Id &batchId) const;
    Result<QList<BatchWork>> batchWork(const Id &batchId) const; // done tasks with answers
    // The batch's quality report under its own acceptance criteria (options.criteria is
    // replaced by them); for leads and reviewers.
    Result<quality::QualityReport> batchQualityReport(const Id &batchId,
                                                      quality::ReportOptions options = {}) const;
    // Accept or reject; a rejection re-queues every task of the batch as new pending tasks in
    // a new batch (returned), leaving the old tasks and annotations as they were.
    Result<Batch> decideBatch(const Id &batchId, bool accept, const QString &reason = {});

    // Gold
    Result<Item> findItem(const QString &idPathOrName) const; // id, stored path, unique file name
    Status setGold(const QList<GoldAnswer> &answers); // one event for all of them
    Result<QList<GoldAnswer>> goldAnswers() const;
    Result<QList<GoldScore>> goldScores(const Id &personId = {}) const;
    Result<QualitySettings> qualitySettings() const;
    Status setQualitySettings(const QualitySettings &settings);
    Result<PersonGoldStatus> goldStatus(const Id &personId) const;
    Status markRecalibrated(const Id &personId); // a trainer or lead: the person passed

    // Annotations
    Result<Annotation> startAnnotation(const Id &taskId); // the task's annotation, made once
    Result<Annotation> annotation(const Id &annotationId) const override;
    Result<QList<Annotation>> annotationsForItem(const Id &itemId) const;
    Status addBox(const Id &annotationId, const Box &box) override;
    Status updateBox(const Id &annotationId, const Box &box) override;
    Status removeBox(const Id &annotationId, const Id &boxId) override;
    Status setClasses(const Id &annotationId, const QStringList &classIds) override;
    Status addTimeSpent(const Id &annotationId, qint64 ms);

    // Pre-labels: annotators' decisions on a model's suggestions (core/store/prelabelstore.cpp).
    // Each is an "annotation.prelabel_decided" event, recorded with the edit it makes.
    Result<QList<PreLabel>> openPreLabels(const Id &annotationId) const override;
    Status acceptBoxPreLabel(const Id &annotationId, const Id &preLabelId,
                             const Id &boxId) override;
    Status acceptClassPreLabel(const Id &annotationId, const Id &preLabelId,
                               const QStringList &classIds) override;
    Status rejectPreLabel(const Id &annotationId, const Id &preLabelId) override;
    Status withdrawPreLabelDecision(const Id &annotationId, const Id &preLabelId,
                                    const std::optional<QStringList> &classIds = {}) override;
    // "accepted" or "rejected" per pre-label id, for one annotation.
    Result<QHash<Id, QString>> preLabelDecisions(const Id &annotationId) const;
    Result<QList<PreLabelFigures>> preLabelFigures() const; // by model name

    // Imports and exports (core/store/transferstore.cpp; the pipeline is in core/transfer)
    // Runs `work` in one transaction: every event it records commits together, or none does.
    Status transact(const std::function<Status()> &work);
    Result<QHash<QString, Id>> itemIdsByPath() const;             // stored path -> id
    Result<QHash<QString, Id>> itemIdsBySha256(const QStringList &sha256) const;
    // Every annotation with its boxes and classes, in the order they were made.
    Result<QList<StoredAnnotation>> storedAnnotations() const;
    Result<QList<PreLabel>> prelabels(const Id &itemId = {}) const; // all items when empty
    Result<LogHead> logHead() const;

    // The log
    Result<LogVerification> verifyLog() const;
    Result<QList<Event>> events(qint64 fromSeq, int limit) const;
    // Drops every state table and replays the log: proof that the log alone is the project.
    Status rebuildState();
    Result<QString> integrityCheck() const;

    // Records one event and applies it to the state tables in one durable transaction.
    Result<Event> record(Action action, const EventDraft &draft);

private:
    ProjectStore(std::unique_ptr<Database> db, const QString &path);
    Status loadInfo();
    Status applyDurability();
    Result<Event> recordUnchecked(const EventDraft &draft);
    Result<Annotation> checkedAnnotation(const Id &annotationId) const;
    Status checkAnnotationAccess(const Annotation &annotation) const;
    Status checkRecalibration(const Id &personId);
    Status checkCalibrationPassed(const Id &personId);
    Result<PreLabel> preLabel(const Id &preLabelId) const;
    Status recordPreLabelDecision(const Id &annotationId, const PreLabel &preLabel,
                                  const QString &decision, const Id &boxId = {});
    // A box accepted from a suggestion carries "prelabel_adjusted" while it differs from it.
    Result<Box> withPreLabelAdjustment(const Box &box) const;

    std::unique_ptr<Database> m_db;
    QString m_path;
    ProjectInfo m_info;
    Person m_actor;
    std::unique_ptr<WalFlusher> m_flusher;
};

} // namespace assay::core::store
