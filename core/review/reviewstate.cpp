// SPDX-License-Identifier: Apache-2.0
// The state of review.* events: queue entries, decisions, reasons, adjudications.
#include "core/json/jsonwriter.h"
#include "core/review/reviewevents.h"
#include "core/review/reviewservice.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/store/statecounts.h"

namespace assay::core {

using store::Database;
using store::Event;

static QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(json::compactJson(o));
}

static QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(json::compactJson(a));
}

static Status reviewQueued(Database *db, const Event &e, const ReviewQueued &p)
{
    ASSAY_STMT(rules, "INSERT INTO review_rules (event_id, batch_id, seed, rules, person_id, time)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    rules.bind(1, e.id).bind(2, p.batchId).bind(3, p.seed).bind(4, jsonText(p.rules));
    rules.bind(5, e.personId).bind(6, e.time);
    ASSAY_TRY(rules.exec());

    ASSAY_STMT(last, "SELECT COALESCE(MAX(position), -1) FROM review_entries WHERE batch_id = ?1");
    last.bind(1, p.batchId);
    int position = last.step() ? last.int32(0) + 1 : 0;
    last.reset();
    // An answer already in the queue (for another reason) keeps its entry and gains the reason.
    ASSAY_STMT(existing, "SELECT id, reasons FROM review_entries WHERE task_id = ?1"
                         " AND batch_id = ?2 AND rereview_of = ''");
    ASSAY_STMT(addReason,
               "UPDATE review_entries SET reasons = ?2,"
               " agreement = COALESCE(agreement, ?3), confidence = COALESCE(confidence, ?4)"
               " WHERE id = ?1");
    ASSAY_STMT(insert, "INSERT INTO review_entries (id, batch_id, task_id, item_id, annotator_id,"
                       " class_id, reasons, agreement, confidence, position, rereview_of,"
                       " exclude_person, event_id)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    auto bindNumber = [](store::Statement &s, int index, const std::optional<double> &v) {
        if (v)
            s.bind(index, *v);
        else
            s.bindNull(index);
    };
    for (const ReviewEntryRow &r : p.entries) {
        if (r.rereviewOf.isEmpty()) {
            existing.bind(1, r.taskId).bind(2, p.batchId);
            if (existing.step()) {
                const Id id = existing.text(0);
                QStringList reasons = existing.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
                existing.reset();
                if (!reasons.contains(r.reason))
                    reasons.append(r.reason);
                addReason.bind(1, id).bind(2, reasons.join(QLatin1Char(',')));
                bindNumber(addReason, 3, r.agreement);
                bindNumber(addReason, 4, r.confidence);
                ASSAY_TRY(addReason.exec());
                continue;
            }
            existing.reset();
        }
        insert.bind(1, r.id).bind(2, p.batchId).bind(3, r.taskId).bind(4, r.itemId);
        insert.bind(5, r.annotatorId).bind(6, r.classId).bind(7, r.reason);
        bindNumber(insert, 8, r.agreement);
        bindNumber(insert, 9, r.confidence);
        insert.bind(10, position++).bind(11, r.rereviewOf).bind(12, r.excludePerson);
        insert.bind(13, e.id);
        ASSAY_TRY(insert.exec());
    }
    return {};
}

static Status reasonsSet(Database *db, const Event &, const ReviewReasonsSet &p)
{
    ASSAY_TRY(db->exec(QStringLiteral("DELETE FROM review_reasons")));
    ASSAY_STMT(s,
               "INSERT OR REPLACE INTO review_reasons (code, text, position) VALUES (?1, ?2, ?3)");
    int position = 0;
    for (const ReviewReason &r : p.reasons) {
        s.bind(1, r.code).bind(2, r.text).bind(3, position++);
        ASSAY_TRY(s.exec());
    }
    return {};
}

static Status comment(Database *db, const Event &e, const Id &taskId, const QString &reason,
                      const QString &text)
{
    // The task is in every copy that may read the decision (its annotator's, the leads'); a
    // copy without it keeps the decision and has no queue to put the comment in.
    ASSAY_STMT(c,
               "INSERT INTO task_comments (event_id, task_id, person_id, reason, comment, time)"
               " SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM tasks WHERE id = ?2)");
    c.bind(1, e.id).bind(2, taskId).bind(3, e.personId).bind(4, reason).bind(5, text);
    c.bind(6, e.time);
    return c.exec();
}

// A rejection the batch sends to another annotator: the author's answer stays as it is (done,
// rejected), a new task on the item goes to the other annotator with the reviewer's reason, and
// its answer comes to review when done. A copy without the task or the entry makes neither.
static Status returnToAnother(Database *db, const Event &e, const ReviewDecided &p,
                              const QString &text)
{
    ASSAY_STMT(u, "UPDATE review_decisions SET return_to = ?2, return_task = ?3"
                  " WHERE event_id = ?1");
    u.bind(1, e.id).bind(2, p.returnTo).bind(3, p.returnTask);
    ASSAY_TRY(u.exec());
    ASSAY_STMT(t, "INSERT OR IGNORE INTO tasks (id, batch_id, item_id, person_id, kind, state,"
                  " position) SELECT ?2, o.batch_id, o.item_id, ?3, o.kind, 'pending',"
                  " (SELECT COALESCE(MAX(position), -1) + 1 FROM tasks WHERE batch_id = o.batch_id"
                  " AND person_id = ?3) FROM tasks o WHERE o.id = ?1");
    t.bind(1, p.taskId).bind(2, p.returnTask).bind(3, p.returnTo);
    ASSAY_TRY(t.exec());
    const int added = db->changes();
    if (added > 0)
        ASSAY_TRY(store::addCount(db, QLatin1String(store::counts::tasks), added));
    ASSAY_STMT(r, "INSERT OR IGNORE INTO review_entries (id, batch_id, task_id, item_id,"
                  " annotator_id, class_id, reasons, agreement, confidence, position, rereview_of,"
                  " exclude_person, event_id) SELECT ?2, o.batch_id, ?2, o.item_id, ?3,"
                  " o.class_id, 'returned', o.agreement, o.confidence, (SELECT MAX(position) + 1"
                  " FROM review_entries WHERE batch_id = o.batch_id), '', '', ?4"
                  " FROM review_entries o WHERE o.id = ?1");
    r.bind(1, p.entryId).bind(2, p.returnTask).bind(3, p.returnTo).bind(4, e.id);
    ASSAY_TRY(r.exec());
    // The reason goes with the new task (its author reads it in the decision, review_decisions).
    return comment(db, e, p.returnTask, QStringLiteral("returned"), text);
}

static Status reviewDecided(Database *db, const Event &e, const ReviewDecided &p)
{
    ASSAY_STMT(s,
               "INSERT INTO review_decisions (event_id, entry_id, task_id, annotation_id, item_id,"
               " annotator_id, reviewer_id, decision, reason_code, reason_text, section, fix,"
               " box_remarks, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
               " ?13, ?14)");
    s.bind(1, e.id).bind(2, p.entryId).bind(3, p.taskId).bind(4, p.annotationId);
    s.bind(5, p.itemId).bind(6, p.annotatorId).bind(7, e.personId);
    s.bind(8, reviewVerdictName(p.verdict)).bind(9, p.reasonCode).bind(10, p.reasonText);
    s.bind(11, p.section);
    s.bindOptional(12, p.fix ? jsonText(p.fix->toJson()) : QString());
    QJsonArray remarks;
    for (const BoxRemark &r : p.boxRemarks)
        remarks.append(r.toJson());
    s.bindOptional(13, remarks.isEmpty() ? QString() : jsonText(remarks));
    s.bind(14, e.time);
    ASSAY_TRY(s.exec());
    if (p.verdict != ReviewVerdict::Reject)
        return {};
    QString text = p.reasonCode;
    if (!p.reasonText.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + p.reasonText;
    if (!p.section.isEmpty())
        text += QStringLiteral(" (§%1)").arg(p.section);
    if (!p.returnTo.isEmpty() && !p.returnTask.isEmpty())
        return returnToAnother(db, e, p, text);
    // Back to its annotator's queue, with the reason in the task's comments.
    ASSAY_STMT(u, "UPDATE tasks SET state = 'pending' WHERE id = ?1 AND state = 'done'");
    u.bind(1, p.taskId);
    ASSAY_TRY(u.exec());
    return comment(db, e, p.taskId, QStringLiteral("rejected"), text);
}

static Status reviewWithdrawn(Database *db, const Event &e, const ReviewWithdrawn &p)
{
    ASSAY_STMT(q, "SELECT decision, return_task FROM review_decisions WHERE event_id = ?1"
                  " AND withdrawn_by IS NULL");
    q.bind(1, p.decisionId);
    if (!q.step()) {
        q.reset();
        return {}; // withdrawn already, or not in this copy: nothing changes
    }
    const QString decision = q.text(0);
    const QString returnTask = q.text(1);
    q.reset();
    ASSAY_STMT(u, "UPDATE review_decisions SET withdrawn_by = ?2 WHERE event_id = ?1");
    u.bind(1, p.decisionId).bind(2, e.id);
    ASSAY_TRY(u.exec());
    if (decision != QLatin1String("reject"))
        return {};
    if (!returnTask.isEmpty()) {
        // The task made for another annotator goes, unless they started it; the entry with it.
        ASSAY_STMT(untouched, "SELECT 1 FROM tasks WHERE id = ?1 AND state = 'pending'"
                              " AND NOT EXISTS (SELECT 1 FROM annotations WHERE task_id = ?1)");
        untouched.bind(1, returnTask);
        const bool remove = untouched.step();
        untouched.reset();
        if (remove) {
            ASSAY_STMT(c, "DELETE FROM task_comments WHERE task_id = ?1");
            c.bind(1, returnTask);
            ASSAY_TRY(c.exec());
            ASSAY_STMT(r, "DELETE FROM review_entries WHERE id = ?1 AND NOT EXISTS"
                          " (SELECT 1 FROM review_decisions WHERE entry_id = ?1)");
            r.bind(1, returnTask);
            ASSAY_TRY(r.exec());
            ASSAY_STMT(d, "DELETE FROM tasks WHERE id = ?1");
            d.bind(1, returnTask);
            ASSAY_TRY(d.exec());
            ASSAY_TRY(store::addCount(db, QLatin1String(store::counts::tasks), -db->changes()));
        }
        return comment(db, e, p.taskId, QStringLiteral("rejection-withdrawn"), QString());
    }
    ASSAY_STMT(t, "UPDATE tasks SET state = 'done' WHERE id = ?1 AND state = 'pending'");
    t.bind(1, p.taskId);
    ASSAY_TRY(t.exec());
    return comment(db, e, p.taskId, QStringLiteral("rejection-withdrawn"), QString());
}

static Status returnSet(Database *db, const Event &e, const ReviewReturnSet &p)
{
    ASSAY_STMT(s, "INSERT OR REPLACE INTO review_return (batch_id, mode, person_id, event_id)"
                  " VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, p.batchId).bind(2, p.mode).bind(3, p.personId).bind(4, e.id);
    return s.exec();
}

static Status adjudicated(Database *db, const Event &e, const AdjudicationDecided &p)
{
    QJsonArray others;
    for (const AnswerVersionRef &v : p.notChosen) {
        QJsonObject o = v.value.toJson();
        o.insert(QStringLiteral("annotations"), QJsonArray::fromStringList(v.annotationIds));
        others.append(o);
    }
    ASSAY_STMT(s, "INSERT INTO adjudications (event_id, item_id, batch_id, adjudicator_id, chosen,"
                  " answer, not_chosen, reason_code, reason_text, section, supersedes, time)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    s.bind(1, e.id).bind(2, p.itemId).bind(3, p.batchId).bind(4, e.personId);
    s.bind(5, jsonText(QJsonArray::fromStringList(p.chosen)));
    s.bind(6, jsonText(p.answer.toJson())).bind(7, jsonText(others));
    s.bind(8, p.reasonCode).bind(9, p.reasonText).bind(10, p.section).bind(11, p.supersedes);
    s.bind(12, e.time);
    return s.exec();
}

static Status locked(Database *db, const Event &e, const ReviewLocked &p)
{
    ASSAY_STMT(s, "INSERT OR REPLACE INTO review_locks (task_id, batch_id, annotator_id, event_id)"
                  " VALUES (?1, ?2, ?3, ?4)");
    for (const Id &task : p.taskIds) {
        s.bind(1, task).bind(2, p.batchId).bind(3, p.annotatorId).bind(4, e.id);
        ASSAY_TRY(s.exec());
    }
    return {};
}

// A batch's figures replace the ones stored before.
static Status consensusStored(Database *db, const Event &e, const ConsensusStored &p)
{
    ASSAY_STMT(d, "DELETE FROM consensus_figures WHERE batch_id = ?1");
    d.bind(1, p.batchId);
    ASSAY_TRY(d.exec());
    ASSAY_STMT(s, "INSERT OR REPLACE INTO consensus_figures (batch_id, item_id, method, label,"
                  " confidence, answers, event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const ConsensusRow &r : p.items) {
        s.bind(1, p.batchId).bind(2, r.itemId).bind(3, p.method).bind(4, r.label);
        s.bind(5, r.confidence).bind(6, r.answers).bind(7, e.id);
        ASSAY_TRY(s.exec());
    }
    return {};
}

void ReviewService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<ReviewQueued>(reviewQueued);
    registry.add<ReviewReasonsSet>(reasonsSet);
    registry.add<ReviewDecided>(reviewDecided);
    registry.add<ReviewWithdrawn>(reviewWithdrawn);
    registry.add<ReviewReturnSet>(returnSet);
    registry.add<AdjudicationDecided>(adjudicated);
    registry.add<ReviewLocked>(locked);
    registry.add<ConsensusStored>(consensusStored);
    registry.addStateTables({QStringLiteral("review_reasons"), QStringLiteral("review_rules"),
                             QStringLiteral("review_entries"), QStringLiteral("review_decisions"),
                             QStringLiteral("adjudications"), QStringLiteral("review_return"),
                             QStringLiteral("review_locks"), QStringLiteral("consensus_figures")});
    // Annotators see the decisions on their own answers, nothing of the queues or adjudications.
    registry.addReadFilter(QStringLiteral("review_rules"),
                           {Read::OthersAnswers, QStringLiteral("0"), {}, {}});
    registry.addReadFilter(QStringLiteral("review_entries"),
                           {Read::OthersAnswers, QStringLiteral("0"), {}, {}});
    registry.addReadFilter(QStringLiteral("adjudications"),
                           {Read::OthersAnswers, QStringLiteral("0"), {}, {}});
    registry.addReadFilter(QStringLiteral("review_return"),
                           {Read::OthersAnswers, QStringLiteral("0"), {}, {}});
    registry.addReadFilter(QStringLiteral("consensus_figures"),
                           {Read::OthersAnswers, QStringLiteral("0"), {}, {}});
    registry.addReadFilter(QStringLiteral("review_locks"),
                           {Read::OthersQueues, QStringLiteral("annotator_id = ?1"), {}, {}});
    registry.addReadFilter(QStringLiteral("review_decisions"),
                           {Read::OthersQueues,
                            QStringLiteral("annotator_id = ?1 OR return_to = ?1"),
                            {},
                            {}});
}

} // namespace assay::core
