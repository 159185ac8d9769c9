// SPDX-License-Identifier: Apache-2.0
// ReviewService: review queues, decisions, adjudication and provenance.
#include "core/review/reviewservice.h"
#include "core/base/tr.h"

#include "core/annotation/annotationservice.h"
#include "core/annotation/annotationstate_p.h"
#include "core/people/peopleservice.h"
#include "core/quality/auditsample.h"
#include "core/quality/boxmatching.h"
#include "core/quality/consensus.h"
#include "core/quality/qualityreport.h"
#include "core/taxonomy/taxonomyservice.h"
#include "core/work/workservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>

namespace assay::core {

using store::Statement;

QString reviewStageName(ReviewStage stage)
{
    switch (stage) {
    case ReviewStage::None: return QStringLiteral("none");
    case ReviewStage::UnderReview: return QStringLiteral("under-review");
    case ReviewStage::Accepted: return QStringLiteral("accepted");
    case ReviewStage::Rejected: return QStringLiteral("rejected");
    case ReviewStage::Escalated: return QStringLiteral("escalated");
    }
    return {};
}

bool parseReviewOrder(const QString &name, ReviewOrder *order)
{
    static const QList<std::pair<const char *, ReviewOrder>> names{{"agreement",
                                                                    ReviewOrder::Agreement},
                                                                   {"annotator",
                                                                    ReviewOrder::Annotator},
                                                                   {"class", ReviewOrder::Class},
                                                                   {"random", ReviewOrder::Random}};
    for (const auto &[n, o] : names) {
        if (name == QLatin1String(n)) {
            *order = o;
            return true;
        }
    }
    return false;
}

QJsonObject Provenance::toJson() const
{
    return QJsonObject{{QStringLiteral("item_id"), itemId},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("decided_by"), decidedBy},
                       {QStringLiteral("label"), value.toJson()},
                       {QStringLiteral("annotations"), QJsonArray::fromStringList(annotations)},
                       {QStringLiteral("reviews"), QJsonArray::fromStringList(reviews)},
                       {QStringLiteral("adjudications"), QJsonArray::fromStringList(adjudications)}};
}

// ---- agreement of an item's answers -------------------------------------------------------

static QString labelKey(const QStringList &classIds)
{
    QStringList sorted = classIds;
    sorted.sort();
    sorted.removeDuplicates();
    return sorted.join(QLatin1Char('+'));
}

// 1 when two answers agree, a share in between for boxes (F1 of the Hungarian IoU matching).
static double pairAgreement(const AnswerValue &a, const AnswerValue &b)
{
    if (a.boxes.isEmpty() && b.boxes.isEmpty())
        return labelKey(a.classIds) == labelKey(b.classIds) ? 1.0 : 0.0;
    auto m = quality::matchBoxes(a.boxes, b.boxes);
    if (!m)
        return 0;
    quality::BoxAgreement agreement;
    agreement.add(*m);
    const double boxes = agreement.f1().value_or(1.0);
    if (a.classIds.isEmpty() && b.classIds.isEmpty())
        return boxes;
    return labelKey(a.classIds) == labelKey(b.classIds) ? boxes : 0.0;
}

static std::optional<double> itemAgreement(const QList<AnswerValue> &answers)
{
    if (answers.size() < 2)
        return std::nullopt;
    double sum = 0;
    int pairs = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        for (qsizetype j = i + 1; j < answers.size(); ++j) {
            sum += pairAgreement(answers.at(i), answers.at(j));
            ++pairs;
        }
    }
    return sum / pairs;
}

static AnswerValue valueOf(const Annotation &a)
{
    return AnswerValue{a.classIds, a.boxes};
}

// Two values are one version when their classes are equal and their boxes match one to one
// (same class, IoU >= 0.5): annotators rarely draw the same pixels.
static bool sameVersion(const AnswerValue &a, const AnswerValue &b)
{
    if (labelKey(a.classIds) != labelKey(b.classIds) || a.boxes.size() != b.boxes.size())
        return false;
    if (a.boxes.isEmpty())
        return true;
    auto m = quality::matchBoxes(a.boxes, b.boxes);
    return m && m->matches.size() == a.boxes.size();
}

static quint64 drawSeed(const std::optional<quint64> &seed)
{
    return seed ? *seed : QRandomGenerator::global()->generate64();
}

// ---- consensus figures ------------------------------------------------------------------------

// Dawid-Skene over the class answers of a batch's done production tasks (one answer per
// person and item: the last), stored per item of two or more answers.
static Result<ConsensusStored> consensusOfWork(const Id &batchId, const QList<BatchWork> &work)
{
    QHash<QPair<Id, Id>, QString> last; // (item, person) -> label
    QList<QPair<Id, Id>> order;
    for (const BatchWork &w : work) {
        if (w.task.kind != TaskKind::Production || w.task.state != TaskState::Done
            || w.annotation.classIds.isEmpty())
            continue;
        const QPair<Id, Id> key{w.task.itemId, w.task.personId};
        if (!last.contains(key))
            order.append(key);
        last.insert(key, labelKey(w.annotation.classIds));
    }
    QList<quality::Rating> ratings;
    QHash<Id, int> answers;
    for (const auto &key : std::as_const(order)) {
        ratings.append({key.first, key.second, last.value(key)});
        answers[key.first] += 1;
    }
    ConsensusStored event;
    event.batchId = batchId;
    event.method = QStringLiteral("dawid-skene");
    if (ratings.isEmpty())
        return event;
    auto set = quality::RatingSet::fromRatings(ratings);
    if (!set)
        return set.error();
    auto ds = quality::dawidSkene(*set);
    if (!ds)
        return ds.error();
    event.iterations = ds->iterations;
    event.converged = ds->converged;
    for (const quality::ConsensusItem &c : std::as_const(ds->items)) {
        const int n = answers.value(c.item);
        if (n >= 2)
            event.items.append({c.item, c.label, c.confidence, n});
    }
    return event;
}

Result<ConsensusStored> ReviewService::storeConsensus(const Id &batchId)
{
    ASSAY_TRY(project().mayRecord(ConsensusStored::kind));
    auto batch = project().work().batch(batchId);
    if (!batch)
        return batch.error();
    auto work = project().work().batchWork(batch->id);
    if (!work)
        return work.error();
    auto event = consensusOfWork(batch->id, *work);
    if (!event)
        return event.error();
    auto recorded = project().record(*event);
    if (!recorded)
        return recorded.error();
    return event;
}

// A row of consensus_figures, as both readers select it: item_id, label, confidence, answers.
static ConsensusRow consensusRow(const store::Statement &s)
{
    return {s.text(0), s.text(1), s.real(2), s.int32(3)};
}

Result<QHash<Id, ConsensusRow>> ReviewService::storedConsensus(const Id &batchId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto s = db()->prepare(QStringLiteral(
            "SELECT item_id, label, confidence, answers FROM consensus_figures WHERE batch_id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, batchId);
    QHash<Id, ConsensusRow> out;
    while (s->step())
        out.insert(s->text(0), consensusRow(*s));
    return out;
}

Result<std::optional<ConsensusRow>> ReviewService::consensusOf(const Id &itemId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto s = db()->cached("SELECT item_id, label, confidence, answers FROM consensus_figures"
                          " WHERE item_id = ?1 ORDER BY rowid DESC LIMIT 1");
    if (!s)
        return s.error();
    (*s)->bind(1, itemId);
    std::optional<ConsensusRow> out;
    if ((*s)->step())
        out = consensusRow(**s);
    (*s)->reset();
    return out;
}

// ---- rules ----------------------------------------------------------------------------------

Result<ReviewQueuing> ReviewService::applyRules(const Id &batchId, const ReviewRules &rules)
{
    ASSAY_TRY(project().mayRecord(ReviewQueued::kind));
    ASSAY_TRY(project().mayRead(Read::TaskKinds));
    if (!(rules.rate >= 0 && rules.rate <= 1))
        return makeError(ErrorCode::InvalidInput, Tr::tr("the audit rate must be in [0, 1]"),
                         path());
    if (rules.minPerAnnotator < 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the minimum per annotator may not be negative"), path());
    auto batch = project().work().batch(batchId);
    if (!batch)
        return batch.error();
    auto work = project().work().batchWork(batch->id);
    if (!work)
        return work.error();

    ReviewQueuing out;
    out.seed = drawSeed(rules.seed);
    QList<quality::AuditCandidate> candidates;
    QHash<Id, QList<AnswerValue>> byItem;
    QHash<Id, const BatchWork *> byTask;
    for (const BatchWork &w : *work) {
        if (w.task.kind != TaskKind::Production)
            continue; // gold is scored, calibration is the trainer's
        const AnswerValue v = valueOf(w.annotation);
        byItem[w.task.itemId].append(v);
        byTask.insert(w.task.id, &w);
        QString cls = v.classIds.value(0);
        if (cls.isEmpty() && !v.boxes.isEmpty())
            cls = v.boxes.first().classId;
        candidates.append({w.task.id, w.task.personId, cls});
    }
    out.candidates = int(candidates.size());
    QHash<Id, std::optional<double>> agreement;
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it)
        agreement.insert(it.key(), itemAgreement(*it));
    // Consensus confidence from the batch's stored figures; a batch without any gets them
    // stored first, in the same transaction, so that the log says what the queue was built on.
    std::optional<ConsensusStored> freshFigures;
    auto stored = storedConsensus(batch->id);
    if (!stored)
        return stored.error();
    if (stored->isEmpty() && rules.confidenceBelow) {
        auto computed = consensusOfWork(batch->id, *work);
        if (!computed)
            return computed.error();
        for (const ConsensusRow &r : std::as_const(computed->items))
            stored->insert(r.itemId, r);
        freshFigures = std::move(*computed);
    }
    QHash<Id, std::optional<double>> confidence;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it)
        confidence.insert(it.key(), it->confidence);

    const double threshold = rules.agreementBelow.value_or(
            quality::criteriaFromJson(batch->criteria).itemThreshold);
    ReviewQueued event;
    event.batchId = batch->id;
    event.seed = QString::number(out.seed);
    event.rules = QJsonObject{{QStringLiteral("rate"), rules.rate},
                              {QStringLiteral("min_per_annotator"), rules.minPerAnnotator}};
    if (rules.lowAgreement)
        event.rules.insert(QStringLiteral("agreement_below"), threshold);
    if (rules.confidenceBelow)
        event.rules.insert(QStringLiteral("confidence_below"), *rules.confidenceBelow);

    auto add = [&](const quality::AuditCandidate &c, const QString &reason) {
        const BatchWork *w = byTask.value(c.taskId);
        ReviewEntryRow r;
        r.id = newId();
        r.taskId = c.taskId;
        r.itemId = w->task.itemId;
        r.annotatorId = c.personId;
        r.classId = c.classId;
        r.reason = reason;
        r.agreement = agreement.value(r.itemId);
        r.confidence = confidence.value(r.itemId);
        event.entries.append(r);
        out.byReason[reason] += 1;
    };
    QHash<Id, quality::AuditCandidate> candidateOf;
    for (const quality::AuditCandidate &c : std::as_const(candidates))
        candidateOf.insert(c.taskId, c);
    if (rules.rate > 0) {
        const QList<QString> drawn = quality::drawAuditSample(candidates,
                                                              {rules.rate, rules.minPerAnnotator,
                                                               out.seed});
        for (const QString &task : drawn)
            add(candidateOf.value(task), QStringLiteral("audit"));
    }
    // The other rules in a stable order: by task id.
    QList<quality::AuditCandidate> sorted = candidates;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.taskId < b.taskId; });
    for (const quality::AuditCandidate &c : std::as_const(sorted)) {
        const Id item = byTask.value(c.taskId)->task.itemId;
        const auto a = agreement.value(item);
        if (rules.lowAgreement && a && *a < threshold)
            add(c, QStringLiteral("agreement"));
        const auto conf = confidence.value(item);
        if (rules.confidenceBelow && conf && *conf < *rules.confidenceBelow
            && byItem.value(item).size() > 1)
            add(c, QStringLiteral("confidence"));
    }

    // Answers new to the queue (an answer queued before gains the reason, not an entry).
    auto before = entries(batch->id);
    if (!before)
        return before.error();
    QSet<Id> queued;
    for (const ReviewEntry &e : *before)
        queued.insert(e.taskId);
    // Each annotator is told which of their answers are now under review (their copy holds
    // no queue, and must refuse to change them as this one does).
    QMap<Id, ReviewLocked> locks;
    for (const ReviewEntryRow &r : std::as_const(event.entries)) {
        if (!queued.contains(r.taskId)) {
            queued.insert(r.taskId);
            ++out.entries;
            ReviewLocked &lock = locks[r.annotatorId];
            lock.batchId = batch->id;
            lock.annotatorId = r.annotatorId;
            lock.taskIds.append(r.taskId);
        }
    }
    ASSAY_TRY(project().transact([&]() -> Status {
        if (freshFigures) {
            auto f = project().record(*freshFigures);
            if (!f)
                return f.error();
        }
        auto e = project().record(event);
        if (!e)
            return e.error();
        return recordLocks(locks);
    }));
    return out;
}

Status ReviewService::recordLocks(const QMap<Id, ReviewLocked> &locks)
{
    for (const ReviewLocked &lock : locks) {
        auto l = project().record(lock);
        if (!l)
            return l.error();
    }
    return {};
}

Result<int> ReviewService::routeFlags(const QStringList &taskIds)
{
    ASSAY_TRY(project().mayRecord(ReviewQueued::kind));
    auto s = db()->prepare(
            QStringLiteral("SELECT batch_id, item_id, person_id, state FROM tasks WHERE id = ?1"));
    if (!s)
        return s.error();
    QMap<Id, ReviewQueued> byBatch;
    for (const Id &taskId : taskIds) {
        s->bind(1, taskId);
        if (!s->step()) {
            s->reset();
            return makeError(ErrorCode::NotFound, Tr::tr("no task %1").arg(taskId), path());
        }
        ReviewEntryRow r;
        r.id = newId();
        r.taskId = taskId;
        const Id batchId = s->text(0);
        r.itemId = s->text(1);
        r.annotatorId = s->text(2);
        const QString state = s->text(3);
        s->reset();
        if (state != taskStateName(TaskState::Flagged))
            return makeError(ErrorCode::Conflict,
                             Tr::tr("task %1 is not flagged: only flagged tasks are routed")
                                     .arg(taskId),
                             path());
        r.reason = QStringLiteral("flag");
        ReviewQueued &q = byBatch[batchId];
        q.batchId = batchId;
        q.rules = QJsonObject{{QStringLiteral("routed_flags"), true}};
        q.entries.append(r);
    }
    ASSAY_TRY(project().transact([&]() -> Status {
        for (const ReviewQueued &q : std::as_const(byBatch)) {
            auto e = project().record(q);
            if (!e)
                return e.error();
        }
        return {};
    }));
    return int(taskIds.size());
}

Result<int> ReviewService::drawRereview(const Id &batchId, double share, std::optional<quint64> seed)
{
    ASSAY_TRY(project().mayRecord(ReviewQueued::kind));
    if (!(share > 0 && share <= 1))
        return makeError(ErrorCode::InvalidInput, Tr::tr("the share must be in (0, 1]"), path());
    auto batch = project().work().batch(batchId);
    if (!batch)
        return batch.error();
    auto all = entries(batch->id);
    if (!all)
        return all.error();
    auto active = activeDecisions(batch->id);
    if (!active)
        return active.error();
    // The entries already back for a second review, by the entry they repeat.
    QSet<Id> rereviewed;
    auto s = db()->prepare(QStringLiteral(
            "SELECT rereview_of FROM review_entries WHERE batch_id = ?1 AND rereview_of <> ''"));
    if (!s)
        return s.error();
    s->bind(1, batch->id);
    while (s->step())
        rereviewed.insert(s->text(0));
    QList<ReviewEntry> pool;
    for (const ReviewEntry &e : *all) {
        const auto d = active->constFind(e.id);
        if (e.blind || rereviewed.contains(e.id) || d == active->constEnd()
            || d->verdict == ReviewVerdict::Escalate)
            continue;
        pool.append(e);
    }
    std::sort(pool.begin(), pool.end(),
              [](const ReviewEntry &a, const ReviewEntry &b) { return a.id < b.id; });
    const quint64 usedSeed = drawSeed(seed);
    std::mt19937_64 engine(usedSeed);
    for (qsizetype i = pool.size() - 1; i > 0; --i)
        pool.swapItemsAt(i, qsizetype(engine() % quint64(i + 1)));
    const int n = int(std::ceil(share * pool.size() - 1e-9));
    ReviewQueued event;
    event.batchId = batch->id;
    event.seed = QString::number(usedSeed);
    event.rules = QJsonObject{{QStringLiteral("rereview"), share}};
    for (int i = 0; i < n; ++i) {
        const ReviewEntry &e = pool.at(i);
        ReviewEntryRow r;
        r.id = newId();
        r.taskId = e.taskId;
        r.itemId = e.itemId;
        r.annotatorId = e.annotatorId;
        r.classId = e.classId;
        r.reason = QStringLiteral("rereview");
        r.agreement = e.agreement;
        r.confidence = e.confidence;
        r.rereviewOf = e.id;
        r.excludePerson = active->value(e.id).reviewerId;
        event.entries.append(r);
    }
    if (event.entries.isEmpty())
        return 0;
    auto e = project().record(event);
    if (!e)
        return e.error();
    return n;
}

// ---- reasons ------------------------------------------------------------------------------

Result<QList<ReviewReason>> ReviewService::reasons() const
{
    auto s = db()->prepare(
            QStringLiteral("SELECT code, text FROM review_reasons ORDER BY position"));
    if (!s)
        return s.error();
    QList<ReviewReason> out;
    while (s->step())
        out.append({s->text(0), s->text(1)});
    if (s->error())
        return *s->error();
    if (out.isEmpty()) {
        // Until a lead keeps a list of their own.
        out = {{QStringLiteral("box-too-loose"), Tr::tr("box too loose")},
               {QStringLiteral("box-too-tight"), Tr::tr("box too tight")},
               {QStringLiteral("wrong-class"), Tr::tr("wrong class")},
               {QStringLiteral("missed-object"), Tr::tr("missed object")},
               {QStringLiteral("extra-object"), Tr::tr("box on no object")},
               {QStringLiteral("guideline"), Tr::tr("against the guideline")},
               {QStringLiteral("unclear"), Tr::tr("unclear case")}};
    }
    return out;
}

Status ReviewService::setReasons(const QList<ReviewReason> &list)
{
    ASSAY_TRY(project().mayRecord(ReviewReasonsSet::kind));
    QSet<QString> codes;
    for (const ReviewReason &r : list) {
        if (r.code.trimmed().isEmpty() || r.code.contains(QLatin1Char(',')))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("a reason needs a code without commas"), path());
        if (codes.contains(r.code))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("the reason \"%1\" is listed twice").arg(r.code), path());
        codes.insert(r.code);
    }
    auto e = project().record(ReviewReasonsSet{list, {}});
    if (!e)
        return e.error();
    return {};
}

// ---- the queue ----------------------------------------------------------------------------

Result<QList<ReviewEntry>> ReviewService::entries(const Id &batchId, const Id &entryId) const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT e.id, e.batch_id, e.task_id, e.item_id, e.annotator_id, e.class_id, e.reasons,"
            " e.agreement, e.confidence, e.position, e.rereview_of, p.name"
            " FROM review_entries e LEFT JOIN people p ON p.id = e.annotator_id"
            " WHERE (?1 = '' OR e.batch_id = ?1) AND (?2 = '' OR e.id = ?2)"
            " ORDER BY e.batch_id, e.position"));
    if (!s)
        return s.error();
    s->bind(1, batchId).bind(2, entryId);
    QList<ReviewEntry> out;
    while (s->step()) {
        ReviewEntry e;
        e.id = s->text(0);
        e.batchId = s->text(1);
        e.taskId = s->text(2);
        e.itemId = s->text(3);
        e.annotatorId = s->text(4);
        e.classId = s->text(5);
        e.reasons = s->text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!s->isNull(7))
            e.agreement = s->real(7);
        if (!s->isNull(8))
            e.confidence = s->real(8);
        e.position = s->int32(9);
        e.blind = !s->text(10).isEmpty();
        e.annotatorName = s->isNull(11) ? e.annotatorId : s->text(11);
        out.append(e);
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<QList<ReviewRecord>> ReviewService::decisionsWhere(const char *where,
                                                          const QString &arg) const
{
    auto s = db()->prepare(
            QStringLiteral("SELECT d.event_id, d.entry_id, d.task_id, d.annotation_id, d.item_id,"
                           " d.annotator_id, d.reviewer_id, p.name, d.decision, d.reason_code,"
                           " d.reason_text, d.section, d.fix, d.box_remarks, d.time,"
                           " d.withdrawn_by IS NOT NULL, d.return_to, d.return_task"
                           " FROM review_decisions d LEFT JOIN people p ON p.id = d.reviewer_id"
                           " WHERE %1 ORDER BY d.rowid")
                    .arg(QLatin1String(where)));
    if (!s)
        return s.error();
    s->bind(1, arg);
    QList<ReviewRecord> out;
    while (s->step()) {
        ReviewRecord r;
        r.eventId = s->text(0);
        r.entryId = s->text(1);
        r.taskId = s->text(2);
        r.annotationId = s->text(3);
        r.itemId = s->text(4);
        r.annotatorId = s->text(5);
        r.reviewerId = s->text(6);
        r.reviewerName = s->isNull(7) ? r.reviewerId : s->text(7);
        parseReviewVerdict(s->text(8), &r.verdict);
        r.reasonCode = s->text(9);
        r.reasonText = s->text(10);
        r.section = s->text(11);
        if (!s->isNull(12))
            r.fix = AnswerValue::fromJson(QJsonDocument::fromJson(s->text(12).toUtf8()).object());
        if (!s->isNull(13)) {
            for (const QJsonValue &v : QJsonDocument::fromJson(s->text(13).toUtf8()).array())
                r.boxRemarks.append(BoxRemark::fromJson(v.toObject()));
        }
        r.time = s->text(14);
        r.withdrawn = s->int32(15) != 0;
        r.returnTo = s->text(16);
        r.returnTask = s->text(17);
        out.append(r);
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<QHash<Id, ReviewRecord>> ReviewService::activeDecisions(const Id &batchId) const
{
    auto all = decisionsWhere("d.withdrawn_by IS NULL AND (?1 = '' OR d.entry_id IN"
                              " (SELECT id FROM review_entries WHERE batch_id = ?1))",
                              batchId);
    if (!all)
        return all.error();
    QHash<Id, ReviewRecord> latest; // the last in the order of application
    for (const ReviewRecord &r : *all)
        latest.insert(r.entryId, r);
    return latest;
}

Result<QList<ReviewEntry>> ReviewService::queue(const Id &batchId, ReviewOrder order,
                                                quint64 randomSeed) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    // One query: each entry with its latest decision in force and its task's state.
    auto s = db()->prepare(QStringLiteral(
            "SELECT e.id, e.batch_id, e.task_id, e.item_id, e.annotator_id, e.class_id, e.reasons,"
            " e.agreement, e.confidence, e.position, e.rereview_of, e.exclude_person, t.state,"
            " (SELECT d.decision FROM review_decisions d WHERE d.entry_id = e.id"
            "  AND d.withdrawn_by IS NULL ORDER BY d.rowid DESC LIMIT 1),"
            " (SELECT d.return_task FROM review_decisions d WHERE d.entry_id = e.id"
            "  AND d.withdrawn_by IS NULL ORDER BY d.rowid DESC LIMIT 1)"
            " FROM review_entries e LEFT JOIN tasks t ON t.id = e.task_id"
            " WHERE (?1 = '' OR e.batch_id = ?1)"));
    if (!s)
        return s.error();
    s->bind(1, batchId);
    auto people = project().people().people();
    if (!people)
        return people.error();
    QHash<Id, QString> names;
    for (const Person &p : *people)
        names.insert(p.id, p.name);
    const Id me = actor().id;
    QList<ReviewEntry> out;
    while (s->step()) {
        const QString annotator = s->text(4);
        if (annotator == me || s->text(11) == me)
            continue; // never one's own work, nor a second review of one's own decision
        const QString decision = s->isNull(13) ? QString() : s->text(13);
        bool resubmitted = false;
        if (!decision.isEmpty()) {
            // A rejected answer comes back once its annotator has done the task again (a task
            // sent to another annotator comes back as an entry of its own).
            if (decision != QLatin1String("reject") || s->text(12) != QLatin1String("done")
                || !s->text(14).isEmpty())
                continue;
            resubmitted = true;
        } else if (s->text(12) == QLatin1String("pending")) {
            continue; // a returned task not answered yet
        }
        ReviewEntry e;
        e.id = s->text(0);
        e.batchId = s->text(1);
        e.taskId = s->text(2);
        e.itemId = s->text(3);
        e.annotatorId = annotator;
        e.annotatorName = names.value(annotator, annotator);
        e.classId = s->text(5);
        e.reasons = s->text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (resubmitted)
            e.reasons.append(QStringLiteral("resubmitted"));
        if (!s->isNull(7))
            e.agreement = s->real(7);
        if (!s->isNull(8))
            e.confidence = s->real(8);
        e.position = s->int32(9);
        e.blind = !s->text(10).isEmpty();
        out.append(std::move(e));
    }
    if (s->error())
        return *s->error();

    auto byPosition = [](const ReviewEntry &a, const ReviewEntry &b) {
        return std::tie(a.batchId, a.position) < std::tie(b.batchId, b.position);
    };
    switch (order) {
    case ReviewOrder::Agreement:
        // Lowest agreement first; items without a figure (one answer) after those with one.
        std::sort(out.begin(), out.end(), [&](const ReviewEntry &a, const ReviewEntry &b) {
            const double x = a.agreement.value_or(2.0);
            const double y = b.agreement.value_or(2.0);
            if (x != y)
                return x < y;
            if (a.itemId != b.itemId)
                return byPosition(a, b);
            return a.annotatorName < b.annotatorName;
        });
        break;
    case ReviewOrder::Annotator:
        std::sort(out.begin(), out.end(), [&](const ReviewEntry &a, const ReviewEntry &b) {
            if (a.annotatorName != b.annotatorName)
                return a.annotatorName < b.annotatorName;
            return byPosition(a, b);
        });
        break;
    case ReviewOrder::Class:
        std::sort(out.begin(), out.end(), [&](const ReviewEntry &a, const ReviewEntry &b) {
            if (a.classId != b.classId)
                return a.classId < b.classId;
            return byPosition(a, b);
        });
        break;
    case ReviewOrder::Random: {
        std::sort(out.begin(), out.end(), byPosition);
        std::mt19937_64 engine(randomSeed);
        for (qsizetype i = out.size() - 1; i > 0; --i)
            out.swapItemsAt(i, qsizetype(engine() % quint64(i + 1)));
        break;
    }
    }
    return out;
}

Result<ReviewEntry> ReviewService::entry(const Id &entryId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto found = entries({}, entryId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("no review entry %1").arg(entryId), path());
    ReviewEntry e = found->first();
    auto a = db()->prepare(QStringLiteral("SELECT id FROM annotations WHERE task_id = ?1"));
    if (!a)
        return a.error();
    a->bind(1, e.taskId);
    if (a->step())
        e.annotationId = a->text(0);
    return e;
}

// ---- decisions ----------------------------------------------------------------------------

Result<Id> ReviewService::decide(const ReviewDecision &d)
{
    ASSAY_TRY(project().mayRecord(ReviewDecided::kind));
    auto e = entry(d.entryId);
    if (!e)
        return e.error();
    if (e->annotatorId == actor().id)
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not review their own work").arg(actor().name), path());
    auto excluded = db()->prepare(
            QStringLiteral("SELECT exclude_person FROM review_entries WHERE id = ?1"));
    if (!excluded)
        return excluded.error();
    excluded->bind(1, e->id);
    if (excluded->step() && excluded->text(0) == actor().id)
        return makeError(ErrorCode::Permission,
                         Tr::tr("a second review goes to another reviewer than the first"), path());
    // Decided already: withdraw that decision first (a rejection done again comes back).
    auto active = decisionsWhere("d.withdrawn_by IS NULL AND d.entry_id = ?1", e->id);
    if (!active)
        return active.error();
    if (!active->isEmpty()) {
        auto st = stage(e->taskId);
        if (!st)
            return st.error();
        if (active->last().verdict != ReviewVerdict::Reject || *st != ReviewStage::UnderReview)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("this answer was decided already (%1); undo that decision first")
                                     .arg(reviewVerdictName(active->last().verdict)),
                             path());
    }
    if (e->annotationId.isEmpty())
        return makeError(ErrorCode::Conflict, Tr::tr("this task has no answer to review yet"),
                         path());
    auto list = reasons();
    if (!list)
        return list.error();
    auto known = [&](const QString &code) {
        return std::any_of(list->cbegin(), list->cend(),
                           [&](const ReviewReason &r) { return r.code == code; });
    };
    if (!d.reasonCode.isEmpty() && !known(d.reasonCode))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not one of the reasons the lead keeps").arg(d.reasonCode),
                         path());
    for (const BoxRemark &r : d.boxRemarks) {
        if (!r.reasonCode.isEmpty() && !known(r.reasonCode))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not one of the reasons the lead keeps")
                                     .arg(r.reasonCode),
                             path());
    }
    switch (d.verdict) {
    case ReviewVerdict::Accept: break;
    case ReviewVerdict::Fix:
        if (!d.fix)
            return makeError(ErrorCode::InvalidInput, Tr::tr("a fix needs the corrected answer"),
                             path());
        break;
    case ReviewVerdict::Reject:
        if (d.reasonCode.isEmpty() || d.reasonText.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("a rejection needs a reason from the list and a text"), path());
        break;
    case ReviewVerdict::Escalate:
        if (d.reasonText.trimmed().isEmpty() && d.reasonCode.isEmpty())
            return makeError(ErrorCode::InvalidInput, Tr::tr("an escalation needs a reason"),
                             path());
        break;
    }
    ReviewDecided event;
    event.entryId = e->id;
    event.taskId = e->taskId;
    event.annotationId = e->annotationId;
    event.itemId = e->itemId;
    event.annotatorId = e->annotatorId;
    event.verdict = d.verdict;
    event.reasonCode = d.reasonCode;
    event.reasonText = d.reasonText.trimmed();
    event.section = d.section.trimmed();
    if (d.verdict == ReviewVerdict::Fix)
        event.fix = d.fix;
    event.boxRemarks = d.boxRemarks;
    if (d.verdict == ReviewVerdict::Reject) {
        auto to = returnTarget(e->taskId);
        if (!to)
            return to.error();
        if (!to->isEmpty() && *to != e->annotatorId) {
            event.returnTo = *to;
            event.returnTask = newId();
        }
    }
    auto recorded = project().record(event);
    if (!recorded)
        return recorded.error();
    return recorded->id;
}

// ---- where rejections go ------------------------------------------------------------------

Status ReviewService::setReturnRule(const Id &batchId, const ReturnRule &rule)
{
    ASSAY_TRY(project().mayRecord(ReviewReturnSet::kind));
    auto batch = project().work().batch(batchId);
    if (!batch)
        return batch.error();
    Id person;
    if (rule.mode == ReturnMode::Another && !rule.personId.isEmpty()) {
        auto p = project().people().person(rule.personId);
        if (!p)
            return p.error();
        if (!p->hasRole(Role::Annotator) || !isAllowed(*p, Action::Annotate))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1 does not annotate: rejected answers cannot go to them")
                                     .arg(p->name),
                             path());
        person = p->id;
    }
    auto e = project().record(ReviewReturnSet{batch->id,
                                              rule.mode == ReturnMode::Another
                                                      ? QStringLiteral("another")
                                                      : QStringLiteral("same"),
                                              person,
                                              {}});
    if (!e)
        return e.error();
    return {};
}

Result<ReturnRule> ReviewService::returnRule(const Id &batchId) const
{
    auto s = db()->prepare(
            QStringLiteral("SELECT mode, person_id FROM review_return WHERE batch_id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, batchId);
    ReturnRule rule;
    if (s->step()) {
        rule.mode = s->text(0) == QLatin1String("another") ? ReturnMode::Another : ReturnMode::Same;
        rule.personId = s->text(1);
    }
    if (s->error())
        return *s->error();
    return rule;
}

Result<Id> ReviewService::returnTarget(const Id &taskId) const
{
    auto t = db()->prepare(
            QStringLiteral("SELECT batch_id, item_id, person_id FROM tasks WHERE id = ?1"));
    if (!t)
        return t.error();
    t->bind(1, taskId);
    if (!t->step())
        return makeError(ErrorCode::NotFound, Tr::tr("no task %1").arg(taskId), path());
    const Id batchId = t->text(0);
    const Id itemId = t->text(1);
    const Id author = t->text(2);
    auto rule = returnRule(batchId);
    if (!rule)
        return rule.error();
    if (rule->mode == ReturnMode::Same)
        return author;
    // Annotators of the batch other than the author and without a task on the item, fewest
    // pending tasks in the batch first, then by name and id: the same log picks the same person.
    auto s = db()->prepare(QStringLiteral(
            "SELECT t.person_id, SUM(t.state = 'pending') AS load, MAX(t.item_id = ?2)"
            " FROM tasks t JOIN people p ON p.id = t.person_id"
            " WHERE t.batch_id = ?1 AND t.kind = 'production' AND t.person_id <> ?3"
            " AND p.active = 1 GROUP BY t.person_id ORDER BY load, MIN(p.name), t.person_id"));
    if (!s)
        return s.error();
    s->bind(1, batchId).bind(2, itemId).bind(3, author);
    Id chosen;
    while (s->step()) {
        const Id person = s->text(0);
        if (s->int32(2) != 0)
            continue; // they answer this item already
        if (!rule->personId.isEmpty() && person != rule->personId)
            continue;
        chosen = person;
        break;
    }
    if (s->error())
        return *s->error();
    if (!rule->personId.isEmpty() && chosen.isEmpty() && rule->personId != author) {
        // Named, and not an annotator of the batch yet: they get it unless they have the item.
        auto has = db()->prepare(QStringLiteral(
                "SELECT 1 FROM tasks WHERE batch_id = ?1 AND item_id = ?2 AND person_id = ?3"));
        if (!has)
            return has.error();
        has->bind(1, batchId).bind(2, itemId).bind(3, rule->personId);
        if (!has->step())
            chosen = rule->personId;
    }
    // Nobody else may take it (everyone has the item): it goes back to its author.
    return chosen.isEmpty() ? author : chosen;
}

Status ReviewService::withdraw(const Id &decisionEventId)
{
    ASSAY_TRY(project().mayRecord(ReviewWithdrawn::kind));
    auto found = decisionsWhere("d.event_id = ?1", decisionEventId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("no review decision %1").arg(decisionEventId),
                         path());
    const ReviewRecord &r = found->first();
    if (r.withdrawn)
        return makeError(ErrorCode::Conflict, Tr::tr("this decision was undone already"), path());
    if (r.reviewerId != actor().id && !isAllowed(actor(), Action::ManageBatches))
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not undo another reviewer's decision").arg(actor().name),
                         path());
    auto e = project().record(ReviewWithdrawn{r.eventId, r.taskId, r.annotatorId, {}});
    if (!e)
        return e.error();
    return {};
}

Result<QList<ReviewRecord>> ReviewService::decisions(const Id &itemId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    return decisionsWhere("d.item_id = ?1", itemId);
}

Result<QList<ReviewOutcome>> ReviewService::myOutcomes() const
{
    // Decisions on one's own answers, and rejections of others' answers sent to one to redo
    // (the task they made, with the reviewer's reason).
    auto mine = decisionsWhere("d.withdrawn_by IS NULL AND (d.annotator_id = ?1"
                               " OR d.return_to = ?1)",
                               actor().id);
    if (!mine)
        return mine.error();
    QList<ReviewOutcome> out;
    for (const ReviewRecord &r : *mine) {
        const bool returned = r.returnTo == actor().id && r.annotatorId != actor().id;
        out.append({returned ? r.returnTask : r.taskId, r.itemId, r.verdict, r.reasonCode,
                    r.reasonText, r.section, r.time, returned, r.boxRemarks});
    }
    return out;
}

// ---- stages -------------------------------------------------------------------------------

// The stage one decision leaves an answer in: an acceptance or a fix closes it, an escalation
// waits for adjudication, a rejection sends it back until it is done again (and then it waits
// for review again), or to another annotator.
static ReviewStage stageAfter(const QString &decision, const QString &taskState,
                              const QString &returnTask)
{
    if (decision.isEmpty())
        return taskState == QLatin1String("pending") ? ReviewStage::None // returned, not redone
                                                     : ReviewStage::UnderReview;
    if (decision == QLatin1String("accept") || decision == QLatin1String("fix"))
        return ReviewStage::Accepted;
    if (decision == QLatin1String("escalate"))
        return ReviewStage::Escalated;
    if (decision == QLatin1String("reject"))
        return taskState == QLatin1String("done") && returnTask.isEmpty()
                       ? ReviewStage::UnderReview
                       : ReviewStage::Rejected; // or sent to another annotator
    return ReviewStage::UnderReview;
}

Result<ReviewStage> answerStage(store::Database *db, const Id &taskId)
{
    // A copy with the review queue (reviewers', leads'): the stage of each entry of the task.
    auto s = db->cached(
            "SELECT e.id, (SELECT d.decision FROM review_decisions d WHERE d.entry_id = e.id"
            " AND d.withdrawn_by IS NULL ORDER BY d.rowid DESC LIMIT 1),"
            " (SELECT state FROM tasks WHERE id = e.task_id),"
            " (SELECT d.return_task FROM review_decisions d WHERE d.entry_id = e.id"
            " AND d.withdrawn_by IS NULL ORDER BY d.rowid DESC LIMIT 1)"
            " FROM review_entries e WHERE e.task_id = ?1 AND e.rereview_of = ''");
    if (!s)
        return s.error();
    (*s)->bind(1, taskId);
    ReviewStage stage = ReviewStage::None;
    bool queued = false;
    while ((*s)->step()) {
        queued = true;
        const QString decision = (*s)->isNull(1) ? QString() : (*s)->text(1);
        const ReviewStage here = stageAfter(decision, (*s)->text(2), (*s)->text(3));
        stage = std::max(stage, here == ReviewStage::Rejected && stage != ReviewStage::None ? stage
                                                                                            : here);
    }
    (*s)->reset();
    if (queued)
        return stage;
    // An annotator's copy holds no queue: what it was told (review.locked) and the decisions
    // on its own answers say the same. A task made by a rejection sent to this annotator is
    // under review once done, as its entry on the lead's side says.
    auto told = db->cached("SELECT (SELECT d.decision FROM review_decisions d WHERE d.task_id = ?1"
                           " AND d.withdrawn_by IS NULL ORDER BY d.rowid DESC LIMIT 1),"
                           " (SELECT d.return_task FROM review_decisions d WHERE d.task_id = ?1"
                           " AND d.withdrawn_by IS NULL ORDER BY d.rowid DESC LIMIT 1),"
                           " (SELECT state FROM tasks WHERE id = ?1),"
                           " EXISTS (SELECT 1 FROM review_locks WHERE task_id = ?1),"
                           " EXISTS (SELECT 1 FROM review_decisions WHERE task_id = ?1),"
                           " EXISTS (SELECT 1 FROM review_decisions WHERE return_task = ?1"
                           " AND withdrawn_by IS NULL)");
    if (!told)
        return told.error();
    (*told)->bind(1, taskId);
    if ((*told)->step()) {
        const QString decision = (*told)->isNull(0) ? QString() : (*told)->text(0);
        const QString returnTask = (*told)->isNull(1) ? QString() : (*told)->text(1);
        const QString state = (*told)->text(2);
        const bool lockedHere = (*told)->int32(3) != 0 || (*told)->int32(4) != 0;
        const bool returnedHere = (*told)->int32(5) != 0;
        if (lockedHere || (returnedHere && state == QLatin1String("done")))
            stage = stageAfter(decision, state, returnTask);
    }
    (*told)->reset();
    return stage;
}

Result<ReviewStage> ReviewService::stage(const Id &taskId) const
{
    return answerStage(db(), taskId);
}

Status ReviewService::checkAnswerOpen(const Id &taskId) const
{
    auto st = stage(taskId);
    if (!st)
        return st.error();
    switch (*st) {
    case ReviewStage::None:
    case ReviewStage::Rejected: return {};
    case ReviewStage::UnderReview:
        return makeError(ErrorCode::Conflict,
                         Tr::tr("this answer is under review: it cannot change until it is decided"),
                         path());
    case ReviewStage::Accepted:
        return makeError(ErrorCode::Conflict,
                         Tr::tr("this answer was accepted in review: it cannot change"), path());
    case ReviewStage::Escalated:
        return makeError(ErrorCode::Conflict,
                         Tr::tr("this answer is escalated to adjudication: it cannot change"),
                         path());
    }
    return {};
}

// ---- versions and adjudication ------------------------------------------------------------

Result<QList<AnswerVersion>> ReviewService::versions(const Id &itemId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto answers = queryAnnotations(
            db(), "task_id IN (SELECT id FROM tasks WHERE item_id = ?1 AND state = 'done')", itemId);
    if (!answers)
        return answers.error();
    auto people = project().people().people();
    if (!people)
        return people.error();
    QHash<Id, QString> names;
    for (const Person &p : *people)
        names.insert(p.id, p.name);
    QList<AnswerVersion> out;
    auto place = [&](const AnswerValue &v, const Id &annotation, const QString &who, bool fix) {
        for (AnswerVersion &version : out) {
            if (version.fix == fix && sameVersion(version.value, v)) {
                version.annotationIds.append(annotation);
                version.people.append(who);
                return;
            }
        }
        AnswerVersion version;
        version.value = v;
        version.annotationIds = {annotation};
        version.people = {who};
        version.fix = fix;
        out.append(version);
    };
    for (const Annotation &a : *answers)
        place(valueOf(a), a.id, names.value(a.personId, a.personId), false);
    auto fixes = decisionsWhere("d.withdrawn_by IS NULL AND d.decision = 'fix' AND d.item_id = ?1",
                                itemId);
    if (!fixes)
        return fixes.error();
    for (const ReviewRecord &r : *fixes) {
        if (r.fix)
            place(*r.fix, r.eventId, r.reviewerName, true);
    }
    std::stable_sort(out.begin(), out.end(), [](const AnswerVersion &a, const AnswerVersion &b) {
        return a.annotationIds.size() > b.annotationIds.size();
    });
    for (int i = 0; i < out.size(); ++i)
        out[i].number = i + 1;
    return out;
}

Result<QList<Id>> ReviewService::adjudicationQueue() const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto s = db()->prepare(QStringLiteral(
            "SELECT DISTINCT d.item_id FROM review_decisions d WHERE d.decision = 'escalate'"
            " AND d.withdrawn_by IS NULL AND NOT EXISTS (SELECT 1 FROM review_decisions n"
            "  WHERE n.entry_id = d.entry_id AND n.withdrawn_by IS NULL AND n.rowid > d.rowid)"
            " AND NOT EXISTS (SELECT 1 FROM adjudications a WHERE a.item_id = d.item_id)"
            " ORDER BY d.rowid"));
    if (!s)
        return s.error();
    QList<Id> out;
    while (s->step()) {
        if (!out.contains(s->text(0)))
            out.append(s->text(0));
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<QList<AdjudicationRecord>> ReviewService::adjudications(const Id &itemId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto s = db()->prepare(QStringLiteral(
            "SELECT a.event_id, a.item_id, a.adjudicator_id, p.name, a.chosen, a.answer,"
            " a.not_chosen, a.reason_code, a.reason_text, a.section, a.supersedes, a.time"
            " FROM adjudications a LEFT JOIN people p ON p.id = a.adjudicator_id"
            " WHERE (?1 = '' OR a.item_id = ?1) ORDER BY a.rowid"));
    if (!s)
        return s.error();
    s->bind(1, itemId);
    QList<AdjudicationRecord> out;
    QSet<Id> superseded;
    while (s->step()) {
        AdjudicationRecord r;
        r.eventId = s->text(0);
        r.itemId = s->text(1);
        r.adjudicatorId = s->text(2);
        r.adjudicatorName = s->isNull(3) ? r.adjudicatorId : s->text(3);
        for (const QJsonValue &v : QJsonDocument::fromJson(s->text(4).toUtf8()).array())
            r.chosen.append(v.toString());
        r.answer = AnswerValue::fromJson(QJsonDocument::fromJson(s->text(5).toUtf8()).object());
        for (const QJsonValue &v : QJsonDocument::fromJson(s->text(6).toUtf8()).array()) {
            AnswerVersionRef ref;
            ref.value = AnswerValue::fromJson(v.toObject());
            for (const QJsonValue &a : v.toObject().value(QLatin1String("annotations")).toArray())
                ref.annotationIds.append(a.toString());
            r.notChosen.append(ref);
        }
        r.reasonCode = s->text(7);
        r.reasonText = s->text(8);
        r.section = s->text(9);
        r.supersedes = s->text(10);
        r.time = s->text(11);
        if (!r.supersedes.isEmpty())
            superseded.insert(r.supersedes);
        out.append(r);
    }
    if (s->error())
        return *s->error();
    for (AdjudicationRecord &r : out)
        r.current = !superseded.contains(r.eventId);
    return out;
}

Result<Id> ReviewService::adjudicate(const AdjudicationRequest &request)
{
    ASSAY_TRY(project().mayRecord(AdjudicationDecided::kind));
    auto all = versions(request.itemId);
    if (!all)
        return all.error();
    if (request.version.has_value() == request.answer.has_value())
        return makeError(ErrorCode::InvalidInput, Tr::tr("choose one version or give a new answer"),
                         path());
    auto list = reasons();
    if (!list)
        return list.error();
    if (!std::any_of(list->cbegin(), list->cend(),
                     [&](const ReviewReason &r) { return r.code == request.reasonCode; }))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("an adjudication needs a reason from the lead's list"), path());
    if (request.reasonText.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("an adjudication needs a justification text"), path());
    if (project().taxonomy().guidelineVersion() > 0 && request.section.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("an adjudication cites the guideline section it follows"), path());
    AdjudicationDecided event;
    event.itemId = request.itemId;
    if (request.version) {
        const int n = *request.version;
        if (n < 1 || n > all->size())
            return makeError(ErrorCode::NotFound,
                             Tr::tr("no version %1 of this item (it has %2)").arg(n).arg(all->size()),
                             path());
        event.chosen = all->at(n - 1).annotationIds;
        event.answer = all->at(n - 1).value;
    } else {
        if (request.answer->isEmpty())
            return makeError(ErrorCode::InvalidInput, Tr::tr("a new answer needs a class or a box"),
                             path());
        event.answer = *request.answer;
    }
    for (const AnswerVersion &v : *all) {
        if (request.version && v.number == *request.version)
            continue;
        event.notChosen.append({v.annotationIds, v.value});
    }
    event.reasonCode = request.reasonCode;
    event.reasonText = request.reasonText.trimmed();
    event.section = request.section.trimmed();
    auto earlier = adjudications(request.itemId);
    if (!earlier)
        return earlier.error();
    for (const AdjudicationRecord &r : *earlier) {
        if (r.current)
            event.supersedes = r.eventId;
    }
    auto batch = db()->prepare(QStringLiteral(
            "SELECT batch_id FROM tasks WHERE item_id = ?1 AND state = 'done' ORDER BY rowid DESC LIMIT 1"));
    if (!batch)
        return batch.error();
    batch->bind(1, request.itemId);
    if (batch->step())
        event.batchId = batch->text(0);
    auto e = project().record(event);
    if (!e)
        return e.error();
    return e->id;
}

// ---- figures ------------------------------------------------------------------------------

Result<QList<ReviewStatus>> ReviewService::status(const Id &batchId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto batches = project().work().batches();
    if (!batches)
        return batches.error();
    auto all = entries(batchId);
    if (!all)
        return all.error();
    auto active = activeDecisions(batchId);
    if (!active)
        return active.error();
    auto adj = db()->prepare(QStringLiteral(
            "SELECT batch_id, COUNT(DISTINCT item_id) FROM adjudications GROUP BY batch_id"));
    if (!adj)
        return adj.error();
    QHash<Id, int> adjudicated;
    while (adj->step())
        adjudicated.insert(adj->text(0), adj->int32(1));
    QList<ReviewStatus> out;
    for (const Batch &b : *batches) {
        if (!batchId.isEmpty() && b.id != batchId)
            continue;
        ReviewStatus st;
        st.batchId = b.id;
        st.batchName = b.name;
        st.adjudicated = adjudicated.value(b.id);
        for (const ReviewEntry &e : *all) {
            if (e.batchId != b.id)
                continue;
            ++st.sampled;
            const auto d = active->constFind(e.id);
            if (d == active->constEnd())
                continue;
            ++st.reviewed;
            switch (d->verdict) {
            case ReviewVerdict::Accept: ++st.accepted; break;
            case ReviewVerdict::Fix: ++st.fixed; break;
            case ReviewVerdict::Reject:
                ++st.rejected;
                st.rejectedByReason[d->reasonCode] += 1;
                break;
            case ReviewVerdict::Escalate: ++st.escalated; break;
            }
        }
        if (st.sampled > 0 || !batchId.isEmpty())
            out.append(st);
    }
    return out;
}

Result<QList<AuditFigures>> ReviewService::auditFigures(const Id &batchId) const
{
    ASSAY_TRY(project().mayRead(Read::Scores));
    auto all = entries(batchId);
    if (!all)
        return all.error();
    auto active = activeDecisions(batchId);
    if (!active)
        return active.error();
    QMap<QString, AuditFigures> byName;
    for (const ReviewEntry &e : *all) {
        if (e.blind)
            continue; // second reviews measure reviewers, not annotators
        const auto d = active->constFind(e.id);
        if (d == active->constEnd() || d->verdict == ReviewVerdict::Escalate)
            continue;
        AuditFigures &f = byName[e.annotatorName];
        f.personId = e.annotatorId;
        f.name = e.annotatorName;
        ++f.audited;
        if (d->verdict == ReviewVerdict::Accept) {
            ++f.accepted;
            continue;
        }
        if (d->verdict == ReviewVerdict::Fix)
            ++f.fixed;
        else
            ++f.rejected;
        f.byReason[d->reasonCode.isEmpty() ? QStringLiteral("-") : d->reasonCode] += 1;
        f.byClass[e.classId] += 1;
    }
    QList<AuditFigures> out;
    for (AuditFigures &f : byName) {
        if (f.audited > 0)
            f.accuracy = double(f.accepted) / f.audited;
        out.append(f);
    }
    return out;
}

Result<std::optional<double>> ReviewService::auditAccuracy(const Id &batchId) const
{
    auto figures = auditFigures(batchId);
    if (!figures)
        return figures.error();
    int audited = 0;
    int accepted = 0;
    for (const AuditFigures &f : *figures) {
        audited += f.audited;
        accepted += f.accepted;
    }
    if (audited == 0)
        return std::optional<double>();
    return std::optional<double>(double(accepted) / audited);
}

Result<ReviewerAgreement> ReviewService::reviewerAgreement(const Id &batchId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto active = activeDecisions(batchId);
    if (!active)
        return active.error();
    auto s = db()->prepare(
            QStringLiteral("SELECT id, rereview_of FROM review_entries WHERE rereview_of <> ''"
                           " AND (?1 = '' OR batch_id = ?1)"));
    if (!s)
        return s.error();
    s->bind(1, batchId);
    ReviewerAgreement out;
    while (s->step()) {
        const auto second = active->constFind(s->text(0));
        const auto first = active->constFind(s->text(1));
        if (second == active->constEnd() || first == active->constEnd())
            continue;
        ++out.pairs;
        if (second->verdict == first->verdict)
            ++out.agreed;
    }
    if (out.pairs > 0)
        out.share = double(out.agreed) / out.pairs;
    return out;
}

// ---- provenance ---------------------------------------------------------------------------

Result<QList<Provenance>> ReviewService::provenance(const Id &batchId) const
{
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto answers = queryAnnotations(db(),
                                    "task_id IN (SELECT id FROM tasks WHERE state = 'done'"
                                    " AND kind = 'production' AND (?1 = '' OR batch_id = ?1))",
                                    batchId);
    if (!answers)
        return answers.error();
    auto all = decisionsWhere("d.withdrawn_by IS NULL AND (?1 = '' OR d.entry_id IN"
                              " (SELECT id FROM review_entries WHERE batch_id = ?1))",
                              batchId);
    if (!all)
        return all.error();
    QHash<Id, ReviewRecord> byTask; // the latest decision in force on each answer
    QHash<Id, QStringList> reviewsOfItem;
    for (const ReviewRecord &r : *all) {
        byTask.insert(r.taskId, r);
        reviewsOfItem[r.itemId].append(r.eventId);
    }
    auto adjudicated = adjudications({});
    if (!adjudicated)
        return adjudicated.error();
    QHash<Id, QList<AdjudicationRecord>> adjOf;
    for (const AdjudicationRecord &a : *adjudicated)
        adjOf[a.itemId].append(a);

    QMap<Id, QList<Annotation>> byItem;
    for (const Annotation &a : *answers)
        byItem[a.itemId].append(a);
    QList<Provenance> out;
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
        Provenance p;
        p.itemId = it.key();
        p.reviews = reviewsOfItem.value(p.itemId);
        for (const Annotation &a : *it)
            p.annotations.append(a.id);
        const QList<AdjudicationRecord> adj = adjOf.value(p.itemId);
        for (const AdjudicationRecord &a : adj)
            p.adjudications.append(a.eventId);
        const auto current = std::find_if(adj.cbegin(), adj.cend(),
                                          [](const AdjudicationRecord &a) { return a.current; });
        if (current != adj.cend()) {
            p.source = QStringLiteral("adjudication");
            p.decidedBy = QStringLiteral("adjudication");
            p.value = current->answer;
            out.append(p);
            continue;
        }
        // The answers that stand: rejected ones out, fixed ones as fixed.
        QList<AnswerValue> standing;
        QList<QString> decidedBy; // per standing answer: "annotation", "accept", "fix"
        bool reviewed = false;
        for (const Annotation &a : *it) {
            const auto d = byTask.constFind(a.taskId);
            if (d == byTask.constEnd()) {
                standing.append(valueOf(a));
                decidedBy.append(QStringLiteral("annotation"));
                continue;
            }
            if (d->verdict == ReviewVerdict::Reject || d->verdict == ReviewVerdict::Escalate)
                continue;
            reviewed = true;
            const bool fixed = d->verdict == ReviewVerdict::Fix && d->fix;
            standing.append(fixed ? *d->fix : valueOf(a));
            decidedBy.append(fixed ? QStringLiteral("fix") : QStringLiteral("accept"));
        }
        // What decided the label: a fix when one gave it, else an acceptance, else annotation.
        auto decided = [&](const AnswerValue &v) {
            QString by = QStringLiteral("annotation");
            for (qsizetype i = 0; i < standing.size(); ++i) {
                if (!sameVersion(standing.at(i), v))
                    continue;
                if (decidedBy.at(i) == QLatin1String("fix"))
                    return decidedBy.at(i);
                if (decidedBy.at(i) == QLatin1String("accept"))
                    by = decidedBy.at(i);
            }
            return by;
        };
        if (standing.isEmpty()) {
            p.source = QStringLiteral("none");
        } else if (standing.size() == 1) {
            p.source = reviewed ? QStringLiteral("review") : QStringLiteral("annotation");
            p.value = standing.first();
            p.decidedBy = decidedBy.first();
        } else {
            // The answer that agrees best with the others; a tie of the best leaves no label.
            QList<double> score(standing.size(), 0.0);
            for (qsizetype i = 0; i < standing.size(); ++i) {
                for (qsizetype j = 0; j < standing.size(); ++j) {
                    if (i != j)
                        score[i] += pairAgreement(standing.at(i), standing.at(j));
                }
            }
            const double best = *std::max_element(score.cbegin(), score.cend());
            qsizetype first = -1;
            bool tied = false;
            for (qsizetype i = 0; i < standing.size(); ++i) {
                if (score.at(i) < best - 1e-12)
                    continue;
                if (first < 0)
                    first = i;
                else if (!sameVersion(standing.at(first), standing.at(i)))
                    tied = true;
            }
            if (tied) {
                p.source = QStringLiteral("tied");
            } else {
                p.source = reviewed ? QStringLiteral("review") : QStringLiteral("consensus");
                p.value = standing.at(first);
                p.decidedBy = decided(p.value);
            }
        }
        out.append(p);
    }
    return out;
}

} // namespace assay::core
