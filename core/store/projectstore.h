// SPDX-License-Identifier: Apache-2.0
// ProjectStore: one .assay project file — the only class that speaks SQL to it.
#pragma once

#include "core/domain/annotationeditor.h"
#include "core/domain/types.h"
#include "core/result.h"
#include "core/store/eventlog.h"
#include "core/store/permissions.h"

#include <QSet>

#include <memory>

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

class ProjectStore final : public IAnnotationEditor
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

    // Batches and tasks
    Result<Batch> createBatch(const Batch &batch);
    Result<QList<Batch>> batches() const;
    Result<QList<Task>> assignTasks(const Id &batchId, const QList<Task> &tasks);
    Result<QList<Task>> queue(const Id &personId, const Id &batchId = {}) const;
    Status setTaskState(const Id &taskId, TaskState state, const QString &reason = {},
                        const QString &comment = {});

    // Annotations
    Result<Annotation> startAnnotation(const Id &taskId); // the task's annotation, made once
    Result<Annotation> annotation(const Id &annotationId) const override;
    Result<QList<Annotation>> annotationsForItem(const Id &itemId) const;
    Status addBox(const Id &annotationId, const Box &box) override;
    Status updateBox(const Id &annotationId, const Box &box) override;
    Status removeBox(const Id &annotationId, const Id &boxId) override;
    Status setClasses(const Id &annotationId, const QStringList &classIds) override;
    Status addTimeSpent(const Id &annotationId, qint64 ms);

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

    std::unique_ptr<Database> m_db;
    QString m_path;
    ProjectInfo m_info;
    Person m_actor;
    std::unique_ptr<WalFlusher> m_flusher;
};

} // namespace assay::core::store
