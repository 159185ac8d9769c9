// SPDX-License-Identifier: Apache-2.0
// Planning a batch's queues (overlap, gold mixed in at a rate) and scoring one gold answer.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace assay::core::quality {

struct BatchPlanInput
{
    QStringList productionItems; // item ids, each to `overlap` different annotators
    QStringList goldItems;       // item ids with reference answers
    QStringList annotators;      // person ids
    int overlap = 1;
    double goldRate = 0; // target share of gold tasks in each queue, in [0, 1)
    quint64 seed = 0;    // stored with the plan, so it can be audited and redrawn
    // Each queue takes its production items in the given order (e.g. most uncertain first)
    // instead of a shuffled one; gold positions are drawn either way.
    bool keepOrder = false;
    // Items each annotator (by id) already labeled: never served to them as gold.
    QHash<QString, QSet<QString>> labeledBefore;
    QHash<QString, QString> annotatorNames; // id -> name, for messages
};

struct PlannedTask
{
    QString itemId;
    QString personId;
    TaskKind kind = TaskKind::Production;
    int position = 0; // 0-based within the person's queue
};

// Each production item goes to `overlap` different annotators, spread so queue lengths differ
// by at most one. Each annotator then gets round(n * r / (1 - r)) gold tasks (so that gold is
// a share r of the whole queue), drawn without repeats from the gold items they have not
// labeled before — a gold pool too small for that is refused with a message, never repeated —
// at positions drawn uniformly from the whole queue: neither the start nor the end is
// favoured, and two annotators get different positions. The RNG is a seeded mt19937_64 with
// our own bounded draw (not std::uniform_int_distribution, whose output differs between
// standard libraries), so a plan is reproducible from its seed on any platform.
Result<QList<PlannedTask>> planBatch(const BatchPlanInput &input);

// Reference answer of a gold item: whole-item classes, or boxes (classId carries the label).
struct GoldReference
{
    QStringList classIds;
    QList<Box> boxes;
};

// Score in [0, 1] of one answer: classes exact (1 or 0, order ignored); boxes: F1 of the
// one-to-one matching at IoU >= 0.5 with equal classes (1 when both have no boxes). When the
// reference has both, the score is the mean of the two.
double scoreGoldAnswer(const GoldReference &reference, const QStringList &classIds,
                       const QList<Box> &boxes);

} // namespace assay::core::quality
