// SPDX-License-Identifier: Apache-2.0
// GoldService: gold answers and scores, quality settings, the recalibration gate, and the
// quality report of a batch.
#include "core/gold/goldservice.h"
#include "core/taxonomy/taxonomyservice.h"
#include "core/review/reviewservice.h"
#include "core/base/tr.h"
#include "core/events/payload.h"

#include "core/annotation/annotationstate_p.h"
#include "core/gold/goldevents.h"
#include "core/guidelines/guidelineservice.h"
#include "core/items/itemservice.h"
#include "core/people/peopleservice.h"
#include "core/work/workservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace assay::core {

using store::Statement;

Status GoldService::setGold(const QList<GoldAnswer> &answers)
{
    if (answers.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("no gold answers given"), path());
    GoldSet event;
    for (const GoldAnswer &a : answers) {
        if (a.classIds.isEmpty() && a.boxes.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("item %1: a gold answer needs classes or boxes").arg(a.itemId),
                             path());
        ASSAY_TRY(project().items().item(a.itemId));
        // A worked example is shown to annotators with its answer: it cannot measure them.
        auto example = project().guidelines().isExample(a.itemId);
        if (!example)
            return example.error();
        if (*example) {
            return makeError(ErrorCode::Conflict,
                             a.calibration ? Tr::tr("item %1 is a worked example of the guideline;"
                                                    " it cannot also be a calibration reference")
                                                     .arg(a.itemId)
                                           : Tr::tr("item %1 is a worked example of the guideline;"
                                                    " it cannot also be a gold item")
                                                     .arg(a.itemId),
                             path());
        }
        // An item is production gold or a calibration reference, never both.
        auto was = db()->prepare(
                QStringLiteral("SELECT purpose FROM gold_answers WHERE item_id = ?1"));
        if (!was)
            return was.error();
        was->bind(1, a.itemId);
        if (was->step() && (was->text(0) == QLatin1String("calibration")) != a.calibration) {
            return makeError(ErrorCode::Conflict,
                             a.calibration
                                     ? Tr::tr("item %1 is a gold item; it cannot also be a"
                                              " calibration reference")
                                               .arg(a.itemId)
                                     : Tr::tr("item %1 is a calibration reference; it cannot also"
                                              " be a gold item")
                                               .arg(a.itemId),
                             path());
        }
        // Nor production gold and an item of a calibration set (CalibrationService).
        auto inSet = db()->prepare(
                QStringLiteral("SELECT 1 FROM calibration_references WHERE item_id = ?1"));
        if (!inSet)
            return inSet.error();
        inSet->bind(1, a.itemId);
        if (!a.calibration && inSet->step())
            return makeError(ErrorCode::Conflict,
                             Tr::tr("item %1 is in a calibration set; it cannot also be a gold item")
                                     .arg(a.itemId),
                             path());
        GoldSet::Answer answer{a.itemId, a.classIds, {}, a.calibration};
        for (Box b : a.boxes) {
            if (b.id.isEmpty())
                b.id = newId();
            b.attributes = {};
            answer.boxes.append(b);
        }
        event.answers.append(answer);
    }
    auto e = project().record(event);
    if (!e)
        return e.error();
    return {};
}

Result<QList<GoldAnswer>> GoldService::goldAnswers() const
{
    ASSAY_TRY(project().mayRead(Read::GoldAnswers));
    auto s = db()->prepare(QStringLiteral(
            "SELECT g.item_id, g.classes, g.boxes, g.person_id, g.time, g.purpose FROM gold_answers g"
            " JOIN items i ON i.id = g.item_id ORDER BY i.seq"));
    if (!s)
        return s.error();
    QList<GoldAnswer> result;
    while (s->step()) {
        GoldAnswer a;
        a.itemId = s->text(0);
        for (const auto &c : QJsonDocument::fromJson(s->text(1).toUtf8()).array())
            a.classIds.append(c.toString());
        a.boxes = events::boxesFromJson(QJsonDocument::fromJson(s->text(2).toUtf8()).array());
        a.personId = s->text(3);
        a.time = s->text(4);
        a.calibration = s->text(5) == QLatin1String("calibration");
        result.append(a);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<QList<GoldScore>> GoldService::goldScores(const Id &personId) const
{
    ASSAY_TRY(project().mayRead(Read::Scores));
    return scoresOfWork(personId);
}

Result<QList<GoldScore>> GoldService::scoresOfWork(const Id &personId) const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT task_id, person_id, item_id, kind, score, passed, event_seq FROM gold_scores"
            " WHERE ?1 = '' OR person_id = ?1 ORDER BY event_seq"));
    if (!s)
        return s.error();
    s->bind(1, personId);
    QList<GoldScore> result;
    while (s->step()) {
        GoldScore g;
        g.taskId = s->text(0);
        g.personId = s->text(1);
        g.itemId = s->text(2);
        parseTaskKind(s->text(3), &g.kind);
        g.score = s->real(4);
        g.passed = s->int64(5) != 0;
        g.eventSeq = s->int64(6);
        result.append(g);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<QualitySettings> GoldService::qualitySettings() const
{
    QualitySettings q;
    auto s = db()->prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'gold_%'"));
    if (!s)
        return s.error();
    while (s->step()) {
        const QString key = s->text(0);
        if (key == QLatin1String("gold_window"))
            q.goldWindow = int(s->text(1).toDouble());
        else if (key == QLatin1String("gold_threshold"))
            q.goldThreshold = s->text(1).toDouble();
        else if (key == QLatin1String("gold_minimum"))
            q.goldMinimum = int(s->text(1).toDouble());
    }
    return q;
}

Status GoldService::setQualitySettings(const QualitySettings &q)
{
    if (q.goldWindow < 1 || q.goldMinimum < 1 || !(q.goldThreshold >= 0 && q.goldThreshold <= 1))
        return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("the gold window and minimum must be at least 1 and the threshold in [0, 1]"),
                path());
    auto e = project().record(
            QualitySettingsSet{double(q.goldWindow), q.goldThreshold, double(q.goldMinimum), {}});
    if (!e)
        return e.error();
    return {};
}

Result<PersonGoldStatus> GoldService::goldStatus(const Id &personId) const
{
    ASSAY_TRY(project().mayRead(Read::Scores));
    return statusOf(personId);
}

Result<bool> GoldService::mustRecalibrate(const Id &personId) const
{
    auto st = statusOf(personId);
    if (!st)
        return st.error();
    return st->recalibrationRequired;
}

Result<PersonGoldStatus> GoldService::statusOf(const Id &personId) const
{
    auto p = project().people().person(personId);
    if (!p)
        return p.error();
    auto settings = qualitySettings();
    if (!settings)
        return settings.error();
    PersonGoldStatus st;
    st.personId = p->id;
    st.name = p->name;
    auto q = db()->prepare(
            QStringLiteral("SELECT state, since_seq FROM person_quality WHERE person_id = ?1"));
    if (!q)
        return q.error();
    q->bind(1, p->id);
    qint64 since = 0;
    if (q->step()) {
        st.recalibrationRequired = q->text(0) == QLatin1String("recalibration_required");
        since = q->int64(1);
    }
    // Only gold tasks count: calibration answers are how a person gets back, not the gate.
    auto s = db()->prepare(QStringLiteral(
            "SELECT score FROM gold_scores WHERE person_id = ?1 AND kind = 'gold' AND event_seq > ?2"
            " ORDER BY event_seq DESC LIMIT ?3"));
    if (!s)
        return s.error();
    s->bind(1, p->id).bind(2, since).bind(3, settings->goldWindow);
    double sum = 0;
    while (s->step()) {
        sum += s->real(0);
        ++st.scored;
    }
    if (st.scored > 0)
        st.rollingAccuracy = sum / st.scored;
    st.recalibrationDue = !st.recalibrationRequired && st.rollingAccuracy
                          && st.scored >= std::min(settings->goldMinimum, settings->goldWindow)
                          && *st.rollingAccuracy < settings->goldThreshold - 1e-12;
    return st;
}

Result<QList<GateChange>> GoldService::applyGates()
{
    ASSAY_TRY(project().mayRecord(RecalibrationRequired::kind));
    ASSAY_TRY(project().mayRead(Read::Scores));
    auto people = project().people().people();
    if (!people)
        return people.error();
    QList<GateChange> changes;
    const Status st = project().transact([&]() -> Status {
        for (const Person &p : std::as_const(*people)) {
            if (!p.active)
                continue;
            auto status = statusOf(p.id);
            if (!status)
                return status.error();
            if (status->recalibrationDue) {
                auto settings = qualitySettings();
                if (!settings)
                    return settings.error();
                auto e = project().record(RecalibrationRequired{p.id,
                                                                *status->rollingAccuracy,
                                                                status->scored,
                                                                settings->goldThreshold,
                                                                {}});
                if (!e)
                    return e.error();
                changes.append({p.id, p.name, true, *status->rollingAccuracy, status->scored});
                continue;
            }
            if (!status->recalibrationRequired)
                continue;
            auto passed = calibrationPassed(*status);
            if (!passed)
                return passed.error();
            if (!*passed)
                continue;
            auto e = project().record(
                    Recalibrated{p.id, (*passed)->accuracy, double((*passed)->answers), {}});
            if (!e)
                return e.error();
            changes.append(**passed);
        }
        return {};
    });
    if (!st)
        return st.error();
    return changes;
}

Result<std::optional<GateChange>> GoldService::calibrationPassed(const PersonGoldStatus &status) const
{
    auto settings = qualitySettings();
    if (!settings)
        return settings.error();
    auto open = db()->prepare(QStringLiteral(
            "SELECT COUNT(*) FROM tasks WHERE person_id = ?1 AND kind = 'calibration' AND state = 'pending'"));
    if (!open)
        return open.error();
    open->bind(1, status.personId);
    if (!open->step() || open->int64(0) > 0)
        return std::optional<GateChange>();
    auto scores = db()->prepare(QStringLiteral(
            "SELECT AVG(score), COUNT(*) FROM gold_scores WHERE person_id = ?1 AND kind = 'calibration'"
            " AND event_seq > (SELECT since_seq FROM person_quality WHERE person_id = ?1)"));
    if (!scores)
        return scores.error();
    scores->bind(1, status.personId);
    if (!scores->step() || scores->int64(1) == 0)
        return std::optional<GateChange>();
    const double accuracy = scores->real(0);
    if (accuracy < settings->goldThreshold - 1e-12)
        return std::optional<GateChange>();
    return std::optional<GateChange>(
            GateChange{status.personId, status.name, false, accuracy, int(scores->int64(1))});
}

Status GoldService::markRecalibrated(const Id &personId)
{
    auto st = statusOf(personId);
    if (!st)
        return st.error();
    if (!st->recalibrationRequired)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("%1 is not marked for recalibration").arg(st->name), path());
    auto e = project().record(Recalibrated{st->personId, {}, {}, {}});
    if (!e)
        return e.error();
    return {};
}

Result<quality::QualityReport> GoldService::batchQualityReport(const Id &batchId,
                                                               quality::ReportOptions options) const
{
    // A report names gold accuracy per person and which work was gold: for those who may read
    // scores and task kinds (leads, trainers, admins), one check of the policy.
    ASSAY_TRY(project().mayRead(Read::Scores));
    ASSAY_TRY(project().mayRead(Read::TaskKinds));
    auto b = project().work().batch(batchId);
    if (!b)
        return b.error();
    auto work = project().work().batchWork(b->id);
    if (!work)
        return work.error();
    // Labels of merged classes count as the class they read as now (the labels keep their ids).
    auto taxonomy = project().taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    QList<quality::WorkRecord> records;
    for (const BatchWork &w : *work) {
        if (!options.counts(w.annotation))
            continue;
        quality::WorkRecord r;
        r.annotationId = w.annotation.id;
        r.taskId = w.task.id;
        r.itemId = w.annotation.itemId;
        r.person = w.personName;
        r.kind = w.task.kind;
        r.classIds = w.annotation.classIds;
        r.boxes = w.annotation.boxes;
        quality::readThrough(*taxonomy, &r.classIds, &r.boxes);
        r.timeSpentMs = w.annotation.timeSpentMs;
        r.goldScore = w.goldScore;
        records.append(r);
    }
    options.criteria = quality::criteriaFromJson(b->criteria);
    if (options.taxonomyVersion > 0 || options.guidelineVersion > 0)
        return quality::qualityReport(records, options);
    auto audit = project().review().auditFigures(b->id);
    if (!audit)
        return audit.error();
    int accepted = 0;
    for (const AuditFigures &f : *audit) {
        options.audited += f.audited;
        accepted += f.accepted;
        if (f.accuracy)
            options.auditByPerson.insert(f.name, {f.audited, *f.accuracy});
    }
    if (options.audited > 0)
        options.auditAccuracy = double(accepted) / options.audited;
    auto reviewers = project().review().reviewerAgreement(b->id);
    if (!reviewers)
        return reviewers.error();
    options.reviewerAgreement = reviewers->share;
    options.reviewerPairs = reviewers->pairs;
    return quality::qualityReport(records, options);
}

Result<QList<GoldItemAnswer>> GoldService::goldItemAnswers(const Id &itemId) const
{
    ASSAY_TRY(project().mayRead(Read::GoldAnswers));
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto annotations
            = queryAnnotations(db(),
                               "task_id IN (SELECT id FROM tasks WHERE item_id = ?1 AND state = 'done'"
                               " AND kind IN ('gold', 'calibration'))",
                               itemId);
    if (!annotations)
        return annotations.error();
    auto s = db()->prepare(QStringLiteral(
            "SELECT t.id, t.batch_id, t.item_id, t.person_id, t.kind, t.state, t.position,"
            " p.name, g.score, g.passed FROM tasks t LEFT JOIN people p ON p.id = t.person_id"
            " LEFT JOIN gold_scores g ON g.task_id = t.id WHERE t.id = ?1"));
    if (!s)
        return s.error();
    QList<GoldItemAnswer> result;
    for (const Annotation &a : std::as_const(*annotations)) {
        s->reset();
        s->bind(1, a.taskId);
        if (!s->step())
            continue;
        GoldItemAnswer g;
        g.task.id = s->text(0);
        g.task.batchId = s->text(1);
        g.task.itemId = s->text(2);
        g.task.personId = s->text(3);
        parseTaskKind(s->text(4), &g.task.kind);
        parseTaskState(s->text(5), &g.task.state);
        g.task.position = s->int32(6);
        g.personName = s->text(7);
        if (!s->isNull(8)) {
            g.score = s->real(8);
            g.passed = s->int64(9) != 0;
        }
        g.classIds = a.classIds;
        g.boxes = a.boxes;
        result.append(g);
    }
    return result;
}

} // namespace assay::core
