// SPDX-License-Identifier: Apache-2.0
// The spot-audit sample of a batch: a share of its answers drawn from a seed, stratified by
// annotator and by class, so that every annotator and every class is represented.
#pragma once

#include <QList>
#include <QString>

namespace assay::core::quality {

// One answer that may be audited: a done task's annotation.
struct AuditCandidate
{
    QString taskId;
    QString personId;
    QString classId; // the answer's main class (its first class, or its first box's); may be empty
};

struct AuditSampleOptions
{
    double rate = 0.05;      // the share of answers drawn, in (0, 1]
    int minPerAnnotator = 1; // at least this many answers of each annotator (all when fewer)
    quint64 seed = 0;
};

// The task ids drawn, in the order they were drawn. The same candidates (in any order) and the
// same options give the same sample. Each annotator gets ceil(rate x their answers) and at
// least minPerAnnotator; every class of the candidates appears at least once; within an
// annotator's share the classes least represented so far are taken first.
QList<QString> drawAuditSample(const QList<AuditCandidate> &candidates,
                               const AuditSampleOptions &options);

} // namespace assay::core::quality
