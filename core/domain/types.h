// SPDX-License-Identifier: Apache-2.0
// Plain value types of the domain: items, classes, people, batches, tasks, annotations, boxes.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace assay::core {

// Ids are UUID strings (lower case, no braces): stable across sync and rebuilds.
using Id = QString;
Id newId();

enum class ItemKind { Image, Text, Audio };
QString itemKindName(ItemKind kind); // "image", "text", "audio"
bool parseItemKind(const QString &name, ItemKind *kind);

struct Item
{
    Id id;
    qint64 seq = 0; // insertion order, for paging; not shared across projects
    ItemKind kind = ItemKind::Image;
    QString sha256; // hex of the content's SHA-256: the content id
    QString path;   // relative to the media root when inside it, else absolute
    qint64 byteSize = 0;
    int width = 0; // images: pixels after EXIF orientation
    int height = 0;
    qint64 durationMs = 0;  // audio
    int sampleRate = 0;     // audio
    int channels = 0;       // audio
    qint64 characters = 0;  // text
    QString text;           // text documents that live inside the project (a .jsonl line)
    QString perceptualHash; // images: hex of OpenCV's pHash
    QJsonObject metadata;
};

// Adjudicator came last so that the numbers of the others stay as they were.
enum class Role { Annotator, Reviewer, Lead, Trainer, Author, Admin, Adjudicator };
QString roleName(Role role);
bool parseRole(const QString &name, Role *role);
QList<Role> allRoles();

struct Person
{
    Id id;
    QString name; // unique login-like name, e.g. "alice"
    QString displayName;
    QList<Role> roles;
    bool active = true;
    bool hasRole(Role role) const { return roles.contains(role); }
};

struct TaxonomyClass
{
    Id id; // stable across renames and taxonomy versions
    QString name;
    QString colour; // "#rrggbb"
    QString hotkey; // a single key, e.g. "1"
    QString description;
    Id parentId;           // empty when top level
    bool archived = false; // removed while in use: readable in old labels, not offered any more
};

// A recalibration gate set or lifted by a lead or trainer (GoldService::applyGates).
struct GateChange
{
    Id personId;
    QString name;
    bool required = false; // set (true) or lifted after passing calibration (false)
    double accuracy = 0;
    int answers = 0;
};

struct Taxonomy
{
    int version = 0; // 0: no classes yet; the number of the version in this copy's order
    // The version's name: the event that made it, the same in every copy (two authors working
    // apart may both make a "version 3"; their events tell the two apart).
    Id versionEvent;
    bool multiLabel = false;
    QList<TaxonomyClass> classes;  // the classes offered in this version, in order
    QList<TaxonomyClass> archived; // archived, merged or split away by this version
    // Merges and splits up to this version: a label of the key's class reads as the value's
    // (TaxonomyService::mergeClasses, splitClass). The label itself keeps its class id.
    QHash<Id, Id> mapping;
    const TaxonomyClass *findByName(const QString &name) const;
    const TaxonomyClass *findById(const Id &id) const; // offered classes only
    const TaxonomyClass *findAny(const Id &id) const;  // archived ones too
    // The class a label of `classId` reads as in this version: through the mapping, merges
    // followed in turn; the id itself when unmapped.
    Id resolve(const Id &classId) const;
};

enum class BatchState { Open, Submitted, InQa, Accepted, Rejected };
QString batchStateName(BatchState state);
bool parseBatchState(const QString &name, BatchState *state);

struct Batch
{
    Id id;
    QString name;
    BatchState state = BatchState::Open;
    int overlap = 1;       // k annotators per item
    double goldRate = 0.0; // share of gold tasks in each queue
    QJsonObject criteria;  // acceptance criteria
    QDateTime createdAt;
};

enum class TaskKind { Production, Gold, Audit, Calibration };
QString taskKindName(TaskKind kind);
bool parseTaskKind(const QString &name, TaskKind *kind);

enum class TaskState { Pending, Done, Skipped, Flagged };
QString taskStateName(TaskState state);
bool parseTaskState(const QString &name, TaskState *state);

struct Task
{
    Id id;
    Id batchId;
    Id itemId;
    Id personId;
    TaskKind kind = TaskKind::Production;
    TaskState state = TaskState::Pending;
    int position = 0; // order within the person's queue
};

// A box in image pixel coordinates: [x, x+w) x [y, y+h), continuous.
struct Box
{
    Id id;
    Id classId;
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    QJsonObject attributes; // e.g. occluded, truncated, pre-label score
    bool operator==(const Box &o) const
    {
        return id == o.id && classId == o.classId && x == o.x && y == o.y && w == o.w && h == o.h
               && attributes == o.attributes;
    }
};

struct Annotation
{
    Id id;
    Id taskId;
    Id itemId;
    Id personId;
    QStringList classIds; // whole-item classes (one, or several when multi-label)
    QList<Box> boxes;
    qint64 timeSpentMs = 0;
    int taxonomyVersion = 0;
    int guidelineVersion = 0;
    QDateTime updatedAt;
};

} // namespace assay::core
