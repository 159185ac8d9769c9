// SPDX-License-Identifier: Apache-2.0
// The one permission check: which roles may take which actions, enforced in core.
#pragma once

#include "core/domain/types.h"

namespace assay::core {

enum class Action {
    ManageProject, // create the project, rename it, change its settings
    ManagePeople,  // add people, change roles
    EditTaxonomy,  // classes and their versions
    EditGuidelines,
    AddItems,      // media intake and imports
    ManageBatches, // batches, task assignment, gold
    Annotate,      // one's own tasks
    Review,        // other people's annotations
    DecideBatches, // accept or reject
    Recalibrate,   // declare that a person passed calibration
    RemoveItems,   // take items out of the project (near-duplicates); media files stay
    ManageKeys,    // register a person's public key, replace or revoke it
    ShareKeys,     // give readers the key of an audience one holds (sealed to each of them)
    Adjudicate,    // decide an escalated or contested item, with a justification
};

// The table itself (policy.cpp): every event kind names one action, and the store refuses to
// record an event whose author may not take it.
QString actionName(Action action);
// The action's stable name as written in clear in a signed event's envelope ("annotate").
const char *actionCode(Action action);
bool isAllowed(const Person &person, Action action);
// Every action, in the enum's order.
QList<Action> allActions();
// The table as rows: (role name, action code) for each role that alone allows the action.
// Written to a PostgreSQL remote (assay.actions) so the server checks pushes by the same rule.
QList<std::pair<QString, QString>> allowedActionTable();

// What may be read, beside one's own tasks and answers (which everyone may read). Services
// filter what they return by it: an annotator never receives a gold answer, a task's kind,
// a score or another person's work.
enum class Read {
    GoldAnswers,   // reference answers of gold items
    TaskKinds,     // whether a task is gold or production; batch plans
    Scores,        // per-task gold scores, people's accuracy and recalibration state
    OthersQueues,  // another person's queue
    OthersAnswers, // another person's annotations
    FullLog,       // every event of the log (others read their own events only)
    // Unpublished guideline drafts and what cites the guideline (authors, leads): annotators
    // see a guideline only once a publish event made it a version.
    GuidelineDrafts,
    // Reference answers of calibration sets and their explanations: trainers, who score
    // calibration sessions, as well as leads. As secret as gold answers to everyone else.
    CalibrationAnswers,
};

QString readName(Read read);
bool mayRead(const Person &person, Read read);

// Whether the person may read the payload of an event with this audience (its envelope, in
// clear): "all"; "leads" (gold answers, task kinds, plans: Read::GoldAnswers); "person:ID" (that
// person, and those who may read others' queues); "author" (the event's author, and those who
// may read others' answers: annotations, flags, time spent); "reviewers" (review queues,
// adjudications: Read::OthersAnswers); "authors" (guideline drafts: Read::GuidelineDrafts, that
// is those who may edit guidelines); "trainers" (calibration references:
// Read::CalibrationAnswers); "debrief:ID" (a calibration debrief: that person, and those who may
// read calibration references).
bool mayReadAudience(const Person &person, const QString &audience, const QString &author = {});

} // namespace assay::core
