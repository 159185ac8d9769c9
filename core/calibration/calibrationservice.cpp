// SPDX-License-Identifier: Apache-2.0
// CalibrationService: calibration sets and sessions, their results, the judging rule, debriefs.
#include "core/calibration/calibrationservice.h"
#include "core/base/names.h"
#include "core/base/tr.h"
#include "core/events/payload.h"

#include "core/annotation/annotationstate_p.h"
#include "core/calibration/calibrationevents.h"
#include "core/gold/goldevents.h"
#include "core/gold/goldservice.h"
#include "core/items/itemservice.h"
#include "core/people/peopleservice.h"
#include "core/quality/agreement.h"
#include "core/taxonomy/taxonomyservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace assay::core {

using calibration::Answer;
using calibration::Figures;
using calibration::Reference;

QString memberStateName(MemberState state)
{
    switch (state) {
    case MemberState::Working: return QStringLiteral("working");
    case MemberState::Finished: return QStringLiteral("finished");
    case MemberState::Passed: return QStringLiteral("passed");
    case MemberState::Failed: return QStringLiteral("failed");
    }
    return {};
}

static QStringList stringsFrom(const QString &text)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

static QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// One calibration task with its answer, when done.
struct WorkRow
{
    Id taskId;
    Id personId;
    Id itemId;
    int attempt = 0;
    bool done = false;
    std::optional<Answer> answer;
};

static Result<QList<WorkRow>> sessionWork(store::Database *db, const Id &sessionId)
{
    auto s = db->prepare(QStringLiteral(
            "SELECT c.task_id, c.person_id, c.item_id, c.attempt, t.state FROM calibration_tasks c"
            " JOIN tasks t ON t.id = c.task_id WHERE c.session_id = ?1"
            " ORDER BY c.person_id, c.attempt, t.position"));
    if (!s)
        return s.error();
    s->bind(1, sessionId);
    QList<WorkRow> rows;
    QHash<Id, int> byTask;
    while (s->step()) {
        WorkRow r;
        r.taskId = s->text(0);
        r.personId = s->text(1);
        r.itemId = s->text(2);
        r.attempt = s->int32(3);
        r.done = s->text(4) == taskStateName(TaskState::Done);
        byTask.insert(r.taskId, int(rows.size()));
        rows.append(r);
    }
    if (s->error())
        return *s->error();
    auto annotations = queryAnnotations(
            db, "task_id IN (SELECT task_id FROM calibration_tasks WHERE session_id = ?1)",
            sessionId);
    if (!annotations)
        return annotations.error();
    for (const Annotation &a : std::as_const(*annotations)) {
        const auto it = byTask.constFind(a.taskId);
        if (it == byTask.constEnd() || !rows.at(*it).done)
            continue; // only a finished answer counts
        rows[*it].answer = Answer{a.classIds, a.boxes};
    }
    // A task set done with no annotation is an empty answer.
    for (WorkRow &r : rows) {
        if (r.done && !r.answer)
            r.answer = Answer{};
    }
    return rows;
}

static QHash<Id, Answer> answersOf(const QList<WorkRow> &rows, const Id &personId, int attempt)
{
    QHash<Id, Answer> answers;
    for (const WorkRow &r : rows) {
        if (r.personId == personId && r.attempt == attempt && r.answer)
            answers.insert(r.itemId, *r.answer);
    }
    return answers;
}

Result<QHash<Id, QString>> CalibrationService::classNames() const
{
    auto taxonomy = project().taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    QHash<Id, QString> names;
    for (const TaxonomyClass &c : taxonomy->classes)
        names.insert(c.id, c.name);
    return names;
}

Result<CalibrationSet> CalibrationService::createSet(const QString &name)
{
    ASSAY_TRY(project().mayRecord(CalibrationSetCreated::kind));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a calibration set needs a name"), path());
    if (const QString problem = nameProblem(trimmed); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the set name \"%1\" %2").arg(printable(trimmed), problem), path());
    if (set(trimmed))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("there is already a calibration set \"%1\"").arg(trimmed), path());
    const Id id = newId();
    auto e = project().record(CalibrationSetCreated{id, trimmed, {}});
    if (!e)
        return e.error();
    return CalibrationSet{id, trimmed, 0, e->time};
}

Result<QList<CalibrationSet>> CalibrationService::sets() const
{
    ASSAY_TRY(project().mayRead(Read::CalibrationAnswers));
    auto s = db()->prepare(QStringLiteral(
            "SELECT s.id, s.name, s.time, (SELECT COUNT(*) FROM calibration_references r"
            " WHERE r.set_id = s.id) FROM calibration_sets s ORDER BY s.time, s.name"));
    if (!s)
        return s.error();
    QList<CalibrationSet> result;
    while (s->step())
        result.append({s->text(0), s->text(1), s->int32(3), s->text(2)});
    if (s->error())
        return *s->error();
    return result;
}

Result<CalibrationSet> CalibrationService::set(const QString &nameOrId) const
{
    auto all = sets();
    if (!all)
        return all.error();
    for (const CalibrationSet &s : *all) {
        if (s.id == nameOrId || s.name == nameOrId)
            return s;
    }
    return makeError(ErrorCode::NotFound, Tr::tr("no calibration set \"%1\"").arg(nameOrId), path());
}

Status CalibrationService::addReferences(const QString &setName,
                                         const QList<CalibrationReference> &references)
{
    ASSAY_TRY(project().mayRecord(CalibrationReferencesSet::kind));
    auto s = set(setName);
    if (!s)
        return s.error();
    if (references.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("no reference items given"), path());
    auto gold = db()->prepare(QStringLiteral(
            "SELECT 1 FROM gold_answers WHERE item_id = ?1 AND purpose = 'gold'"
            " UNION ALL SELECT 1 FROM tasks WHERE item_id = ?1 AND kind IN ('gold', 'audit')"));
    if (!gold)
        return gold.error();
    CalibrationReferencesSet event;
    event.setId = s->id;
    for (const CalibrationReference &r : references) {
        auto item = project().items().item(r.itemId);
        if (!item)
            return item.error();
        if (r.classIds.isEmpty() && r.boxes.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: a reference answer needs classes or boxes").arg(item->path),
                             path());
        // Kept apart from production gold: an item seen as gold is never a calibration item.
        gold->reset();
        gold->bind(1, r.itemId);
        if (gold->step())
            return makeError(ErrorCode::Conflict,
                             Tr::tr("%1 is a gold item; it cannot also be a calibration reference")
                                     .arg(item->path),
                             path());
        CalibrationReferenceRow row{r.itemId,
                                    r.classIds,
                                    {},
                                    r.explanation.trimmed(),
                                    r.section.trimmed()};
        for (Box b : r.boxes) {
            if (b.id.isEmpty())
                b.id = newId();
            b.attributes = {};
            row.boxes.append(b);
        }
        event.references.append(row);
    }
    auto e = project().record(event);
    if (!e)
        return e.error();
    return {};
}

Result<QList<CalibrationReference>> CalibrationService::references(const QString &setName) const
{
    auto s = set(setName); // checks Read::CalibrationAnswers
    if (!s)
        return s.error();
    auto q = db()->prepare(QStringLiteral(
            "SELECT item_id, classes, boxes, explanation, section FROM calibration_references"
            " WHERE set_id = ?1 ORDER BY position"));
    if (!q)
        return q.error();
    q->bind(1, s->id);
    QList<CalibrationReference> result;
    while (q->step()) {
        result.append({q->text(0), stringsFrom(q->text(1)),
                       events::boxesFromJson(QJsonDocument::fromJson(q->text(2).toUtf8()).array()),
                       q->text(3), q->text(4)});
    }
    if (q->error())
        return *q->error();
    return result;
}

Result<QList<Reference>> CalibrationService::sessionReferences(const Id &setId) const
{
    auto refs = references(setId);
    if (!refs)
        return refs.error();
    QList<Reference> result;
    for (const CalibrationReference &r : *refs)
        result.append({r.itemId, r.classIds, r.boxes});
    return result;
}

Result<CalibrationSession> CalibrationService::startSession(const CalibrationSessionSpec &spec)
{
    ASSAY_TRY(project().mayRecord(CalibrationSessionStarted::kind));
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a session needs a name"), path());
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the session name \"%1\" %2").arg(printable(name), problem),
                         path());
    if (session(name))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("there is already a calibration session \"%1\"").arg(name), path());
    if (spec.maxAttempts < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("a session needs at least one attempt"),
                         path());
    if (!(spec.passAccuracy >= 0 && spec.passAccuracy <= 1 && spec.passBoxF1 >= 0
          && spec.passBoxF1 <= 1))
        return makeError(ErrorCode::InvalidInput, Tr::tr("a pass mark must be in [0, 1]"), path());
    if (spec.opensAt.isValid() && spec.closesAt.isValid() && spec.closesAt <= spec.opensAt)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the session must close after it opens"),
                         path());
    auto s = set(spec.set);
    if (!s)
        return s.error();
    auto refs = references(s->id);
    if (!refs)
        return refs.error();
    if (refs->isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the calibration set \"%1\" has no reference items").arg(s->name),
                         path());
    if (spec.members.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a session needs members"), path());
    QList<Person> members;
    for (const QString &who : spec.members) {
        auto p = project().people().person(who);
        if (!p)
            return p.error();
        if (!p->active || !isAllowed(*p, Action::Annotate))
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1 cannot annotate").arg(p->name),
                             path());
        if (std::any_of(members.cbegin(), members.cend(),
                        [&](const Person &m) { return m.id == p->id; }))
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1 is named twice").arg(p->name),
                             path());
        members.append(*p);
    }
    // The reverse of what the batch planner keeps: an item a member met as gold, audit or
    // production work would be recognised, or would teach the gold answer.
    auto seen = db()->prepare(QStringLiteral(
            "SELECT i.path FROM tasks t JOIN items i ON i.id = t.item_id WHERE t.person_id = ?1"
            " AND t.item_id = ?2 AND t.kind <> 'calibration' LIMIT 1"));
    if (!seen)
        return seen.error();
    for (const Person &p : std::as_const(members)) {
        for (const CalibrationReference &r : std::as_const(*refs)) {
            seen->reset();
            seen->bind(1, p.id).bind(2, r.itemId);
            if (seen->step())
                return makeError(ErrorCode::Conflict,
                                 Tr::tr("%1 has already worked on %2 outside calibration")
                                         .arg(p.name, seen->text(0)),
                                 path());
        }
    }

    CalibrationSessionStarted started;
    started.id = newId();
    started.name = name;
    started.setId = s->id;
    for (const Person &p : std::as_const(members))
        started.members.append(p.id);
    started.passAccuracy = spec.passAccuracy;
    started.passBoxF1 = spec.passBoxF1;
    if (spec.opensAt.isValid())
        started.opensAt = spec.opensAt.toUTC().toString(Qt::ISODate);
    if (spec.closesAt.isValid())
        started.closesAt = spec.closesAt.toUTC().toString(Qt::ISODate);
    started.maxAttempts = spec.maxAttempts;
    started.onboarding = spec.onboarding;

    const Status st = project().transact([&]() -> Status {
        auto e = project().record(started);
        if (!e)
            return e.error();
        for (const Person &p : std::as_const(members)) {
            CalibrationAttemptQueued queued{started.id, p.id, 1, {}, {}};
            int position = 0;
            for (const CalibrationReference &r : std::as_const(*refs)) {
                Task t;
                t.id = newId();
                t.itemId = r.itemId;
                t.position = position++;
                queued.tasks.append(t);
            }
            auto q = project().record(queued);
            if (!q)
                return q.error();
            if (!spec.onboarding)
                continue;
            auto gated = project().gold().mustRecalibrate(p.id);
            if (!gated)
                return gated.error();
            if (*gated)
                continue;
            RecalibrationRequired gate{p.id, 0, 0, spec.passAccuracy, {}};
            gate.extra = {{QStringLiteral("reason"), QStringLiteral("onboarding")},
                          {QStringLiteral("session_id"), started.id}};
            auto g = project().record(gate);
            if (!g)
                return g.error();
        }
        return {};
    });
    ASSAY_TRY(st);
    return session(started.id);
}

Result<QList<CalibrationSession>> CalibrationService::sessions() const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT c.id, c.name, c.set_id, COALESCE(s.name, ''), c.members, c.pass_accuracy,"
            " c.pass_box_f1, c.opens_at, c.closes_at, c.max_attempts, c.onboarding, c.state,"
            " c.time FROM calibration_sessions c LEFT JOIN calibration_sets s ON s.id = c.set_id"
            " ORDER BY c.time, c.name"));
    if (!s)
        return s.error();
    const bool all = core::mayRead(actor(), Read::Scores);
    QList<CalibrationSession> result;
    while (s->step()) {
        CalibrationSession c;
        c.id = s->text(0);
        c.name = s->text(1);
        c.setId = s->text(2);
        c.setName = s->text(3);
        c.memberIds = stringsFrom(s->text(4));
        c.passAccuracy = s->real(5);
        c.passBoxF1 = s->real(6);
        c.opensAt = s->text(7);
        c.closesAt = s->text(8);
        c.maxAttempts = s->int32(9);
        c.onboarding = s->int64(10) != 0;
        c.closed = s->text(11) == QLatin1String("closed");
        c.time = s->text(12);
        // A member sees the sessions they are in; who else is in them is not theirs to see.
        if (!all) {
            if (!c.memberIds.contains(actor().id))
                continue;
            c.memberIds = {actor().id};
        }
        result.append(c);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<CalibrationSession> CalibrationService::session(const QString &nameOrId) const
{
    auto all = sessions();
    if (!all)
        return all.error();
    for (const CalibrationSession &s : *all) {
        if (s.id == nameOrId || s.name == nameOrId)
            return s;
    }
    return makeError(ErrorCode::NotFound, Tr::tr("no calibration session \"%1\"").arg(nameOrId),
                     path());
}

Result<QList<MemberStatus>> CalibrationService::statusOf(const CalibrationSession &session) const
{
    auto work = sessionWork(db(), session.id);
    if (!work)
        return work.error();
    auto judged = db()->prepare(QStringLiteral(
            "SELECT attempt, passed, accuracy, box_f1, answered, items, hints FROM"
            " calibration_judgements WHERE session_id = ?1 AND person_id = ?2 ORDER BY attempt"));
    if (!judged)
        return judged.error();
    QList<MemberStatus> result;
    for (const Id &member : session.memberIds) {
        auto p = project().people().person(member);
        if (!p)
            return p.error();
        MemberStatus m;
        m.personId = p->id;
        m.name = p->name;
        for (const WorkRow &r : std::as_const(*work)) {
            if (r.personId == m.personId)
                m.attempt = std::max(m.attempt, r.attempt);
        }
        for (const WorkRow &r : std::as_const(*work)) {
            if (r.personId == m.personId && r.attempt == m.attempt) {
                ++m.total;
                if (r.done)
                    ++m.done;
            }
        }
        judged->reset();
        judged->bind(1, session.id).bind(2, m.personId);
        while (judged->step()) {
            JudgedAttempt j;
            j.attempt = judged->int32(0);
            j.passed = judged->int64(1) != 0;
            if (!judged->isNull(2))
                j.accuracy = judged->real(2);
            if (!judged->isNull(3))
                j.boxF1 = judged->real(3);
            j.answered = judged->int32(4);
            j.items = judged->int32(5);
            j.hints = stringsFrom(judged->text(6));
            m.judged.append(j);
        }
        const bool passed = std::any_of(m.judged.cbegin(), m.judged.cend(),
                                        [](const JudgedAttempt &j) { return j.passed; });
        const bool latestJudged = !m.judged.isEmpty() && m.judged.last().attempt >= m.attempt;
        if (passed)
            m.state = MemberState::Passed;
        else if (latestJudged)
            m.state = MemberState::Failed; // judged and no next attempt queued: the last one
        else if (m.total > 0 && m.done == m.total)
            m.state = MemberState::Finished;
        else
            m.state = MemberState::Working;
        auto gated = project().gold().mustRecalibrate(m.personId);
        if (!gated)
            return gated.error();
        m.gated = *gated;
        result.append(m);
    }
    return result;
}

Result<QList<MemberStatus>> CalibrationService::status(const QString &name) const
{
    ASSAY_TRY(project().mayRead(Read::Scores));
    auto s = session(name);
    if (!s)
        return s.error();
    return statusOf(*s);
}

Result<MemberStatus> CalibrationService::memberStatus(const QString &name, const Id &personId) const
{
    if (personId != actor().id)
        ASSAY_TRY(project().mayRead(Read::Scores));
    auto s = session(name);
    if (!s)
        return s.error();
    if (!s->memberIds.contains(personId))
        return makeError(ErrorCode::NotFound, Tr::tr("not a member of session \"%1\"").arg(s->name),
                         path());
    CalibrationSession one = *s;
    one.memberIds = {personId};
    auto all = statusOf(one);
    if (!all)
        return all.error();
    return all->first();
}

static QString labelOf(QStringList classes, const QHash<Id, QString> &names)
{
    QStringList out;
    for (const Id &c : classes)
        out.append(names.value(c, c));
    out.sort();
    return out.join(QLatin1Char('+'));
}

Result<SessionResults> CalibrationService::results(const QString &name) const
{
    ASSAY_TRY(project().mayRead(Read::CalibrationAnswers));
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    ASSAY_TRY(project().mayRead(Read::Scores));
    SessionResults out;
    auto s = session(name);
    if (!s)
        return s.error();
    out.session = *s;
    auto names = classNames();
    if (!names)
        return names.error();
    out.classNames = *names;
    auto refs = references(s->setId);
    if (!refs)
        return refs.error();
    auto work = sessionWork(db(), s->id);
    if (!work)
        return work.error();
    auto statuses = statusOf(*s);
    if (!statuses)
        return statuses.error();
    QList<Reference> references;
    for (const CalibrationReference &r : std::as_const(*refs))
        references.append({r.itemId, r.classIds, r.boxes});

    // Per person: the latest attempt with an answer (the first while nothing is answered).
    for (const MemberStatus &m : std::as_const(*statuses)) {
        PersonCalibrationResult r;
        r.personId = m.personId;
        r.name = m.name;
        r.state = m.state;
        r.gated = m.gated;
        r.attempt = 1;
        for (const WorkRow &w : std::as_const(*work)) {
            if (w.personId == m.personId && w.answer)
                r.attempt = std::max(r.attempt, w.attempt);
        }
        r.figures = calibration::score(references, answersOf(*work, m.personId, r.attempt),
                                       s->passBoxF1);
        r.passes = calibration::passes(r.figures, s->passAccuracy, s->passBoxF1);
        auto below = [&]() {
            QStringList why;
            const auto acc = r.figures.accuracy();
            if (acc && *acc < s->passAccuracy - 1e-12)
                why.append(Tr::tr("accuracy %1 below %2")
                                   .arg(QString::number(*acc, 'f', 2),
                                        QString::number(s->passAccuracy, 'f', 2)));
            const auto f1 = r.figures.boxF1();
            if (f1 && *f1 < s->passBoxF1 - 1e-12)
                why.append(Tr::tr("box F1 %1 below %2")
                                   .arg(QString::number(*f1, 'f', 2),
                                        QString::number(s->passBoxF1, 'f', 2)));
            return why.join(QStringLiteral("; "));
        };
        switch (m.state) {
        case MemberState::Passed: break;
        case MemberState::Working:
            r.reason = Tr::tr("attempt %1 of %2: %3 of %4 items done")
                               .arg(m.attempt)
                               .arg(s->maxAttempts)
                               .arg(m.done)
                               .arg(m.total);
            break;
        case MemberState::Finished:
            r.reason = r.passes ? Tr::tr("passes; not recorded yet")
                                : Tr::tr("attempt %1 finished: %2").arg(m.attempt).arg(below());
            break;
        case MemberState::Failed:
            r.reason = Tr::tr("failed after %n attempt(s): %1", nullptr, m.attempt).arg(below());
            break;
        }
        out.people.append(r);
    }

    // Per item, from first attempts: the cohort's independent answers.
    QList<quality::Rating> ratings;
    QList<quality::RatedBox> ratedBoxes;
    QHash<Id, QString> personName;
    for (const MemberStatus &m : std::as_const(*statuses))
        personName.insert(m.personId, m.name);
    int agreeing = 0;
    int classAnswers = 0;
    quality::BoxAgreement withReference;
    QHash<QString, std::pair<QStringList, QStringList>> withRef; // person -> (reference, theirs)
    for (const Reference &ref : std::as_const(references)) {
        ItemSpread spread;
        spread.itemId = ref.itemId;
        auto item = project().items().item(ref.itemId);
        if (item)
            spread.path = item->path;
        spread.referenceClasses = ref.classIds;
        spread.referenceBoxes = int(ref.boxes.size());
        for (const CalibrationReference &r : std::as_const(*refs)) {
            if (r.itemId == ref.itemId) {
                spread.explanation = r.explanation;
                spread.section = r.section;
            }
        }
        quality::BoxAgreement itemBoxes;
        for (const WorkRow &w : std::as_const(*work)) {
            if (w.itemId != ref.itemId || w.attempt != 1 || !w.answer)
                continue;
            const QString who = personName.value(w.personId, w.personId);
            ++spread.answered;
            if (!calibration::answerCorrect(ref, w.answer, s->passBoxF1))
                ++spread.wrong;
            if (ref.scoresClasses()) {
                const QString label = labelOf(w.answer->classIds, *names);
                ++spread.answers[label.isEmpty() ? Tr::tr("(none)") : label];
                ratings.append({ref.itemId, who, label});
                ++classAnswers;
                const QString want = labelOf(ref.classIds, *names);
                if (label == want)
                    ++agreeing;
                withRef[who].first.append(want);
                withRef[who].second.append(label);
            }
            if (ref.scoresBoxes()) {
                if (!ref.scoresClasses())
                    ++spread.answers[Tr::tr("%n box(es)", nullptr, int(w.answer->boxes.size()))];
                auto m = quality::matchBoxes(ref.boxes, w.answer->boxes);
                itemBoxes.add(*m);
                withReference.add(*m);
                for (const Box &b : w.answer->boxes)
                    ratedBoxes.append({ref.itemId, who, b});
                spread.boxes.append({who, w.answer->boxes});
            }
        }
        if (ref.scoresBoxes())
            spread.meanBoxF1 = itemBoxes.f1();
        out.items.append(spread);
    }

    // The cohort with each other, beside the cohort with the reference.
    CohortAgreement &c = out.cohort;
    if (classAnswers > 0)
        c.meanAccuracy = double(agreeing) / classAnswers;
    c.meanBoxF1 = withReference.f1();
    if (auto set = quality::RatingSet::fromRatings(ratings)) {
        c.raters = set->raterCount();
        if (auto alpha = quality::krippendorffAlpha(*set))
            c.alpha = *alpha;
        else
            c.alphaNote = alpha.error().message;
        double sum = 0;
        int n = 0;
        for (const quality::PairwiseKappa &k : quality::pairwiseCohensKappa(*set)) {
            PairAgreement pair{k.raterA, k.raterB, k.items, {}};
            if (k.kappa) {
                pair.kappa = *k.kappa;
                sum += *k.kappa;
                ++n;
            }
            c.pairs.append(pair);
        }
        if (n > 0)
            c.meanPairKappa = sum / n;
    }
    {
        double sum = 0;
        int n = 0;
        for (auto it = withRef.constBegin(); it != withRef.constEnd(); ++it) {
            if (auto k = quality::cohensKappa(it->first, it->second)) {
                sum += *k;
                ++n;
            }
        }
        if (n > 0)
            c.meanKappaWithReference = sum / n;
    }
    // Members who drew no box on an item still count there: a pair is matched on every item.
    {
        QStringList raters;
        for (const MemberStatus &m : std::as_const(*statuses))
            raters.append(m.name);
        raters.sort();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < raters.size(); ++i) {
            for (int j = i + 1; j < raters.size(); ++j) {
                quality::BoxAgreement pair;
                bool any = false;
                for (const ItemSpread &spread : std::as_const(out.items)) {
                    const QList<Box> *a = nullptr;
                    const QList<Box> *b = nullptr;
                    for (const auto &[who, boxes] : spread.boxes) {
                        if (who == raters.at(i))
                            a = &boxes;
                        else if (who == raters.at(j))
                            b = &boxes;
                    }
                    if (!a || !b)
                        continue;
                    any = true;
                    pair.add(*quality::matchBoxes(*a, *b));
                }
                if (any && pair.f1()) {
                    sum += *pair.f1();
                    ++n;
                }
            }
        }
        if (n > 0)
            c.meanPairBoxF1 = sum / n;
    }
    Q_UNUSED(ratedBoxes);

    for (const ItemSpread &spread : std::as_const(out.items)) {
        if (spread.wrong > 0 && 2 * spread.wrong >= spread.answered)
            out.mostMissed.append(spread);
    }
    std::stable_sort(out.mostMissed.begin(), out.mostMissed.end(),
                     [](const ItemSpread &a, const ItemSpread &b) {
                         return a.wrong * b.answered > b.wrong * a.answered;
                     });
    return out;
}

Result<QList<CalibrationJudgement>> CalibrationService::judge(const QString &name, bool closing)
{
    ASSAY_TRY(project().mayRecord(CalibrationAttemptJudged::kind));
    ASSAY_TRY(project().mayRead(Read::CalibrationAnswers));
    auto s = session(name);
    if (!s)
        return s.error();
    if (s->closed)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("the calibration session \"%1\" is closed").arg(s->name), path());
    if (!s->closesAt.isEmpty() && s->closesAt <= nowText())
        closing = true; // the window is over: what is not answered is wrong
    auto refs = references(s->setId);
    if (!refs)
        return refs.error();
    QList<Reference> references;
    QList<CalibrationReferenceRow> rows;
    for (const CalibrationReference &r : std::as_const(*refs)) {
        references.append({r.itemId, r.classIds, r.boxes});
        rows.append({r.itemId, r.classIds, r.boxes, r.explanation, r.section});
    }
    auto names = classNames();
    if (!names)
        return names.error();
    const auto className = [&](const Id &id) {
        return names->value(id, id);
    };

    QList<CalibrationJudgement> out;
    const Status st = project().transact([&]() -> Status {
        auto statuses = statusOf(*s);
        if (!statuses)
            return statuses.error();
        auto work = sessionWork(db(), s->id);
        if (!work)
            return work.error();
        for (const MemberStatus &m : std::as_const(*statuses)) {
            if (m.state == MemberState::Passed || m.state == MemberState::Failed)
                continue;
            if (m.state == MemberState::Working && !closing)
                continue;
            const QHash<Id, Answer> answers = answersOf(*work, m.personId, m.attempt);
            const Figures f = calibration::score(references, answers, s->passBoxF1);
            CalibrationJudgement j;
            j.personId = m.personId;
            j.name = m.name;
            j.attempt = m.attempt;
            j.passed = calibration::passes(f, s->passAccuracy, s->passBoxF1);
            CalibrationAttemptJudged judged;
            judged.sessionId = s->id;
            judged.personId = m.personId;
            judged.attempt = m.attempt;
            judged.passed = j.passed;
            judged.accuracy = f.accuracy();
            judged.boxF1 = f.boxF1();
            judged.answered = f.answered;
            judged.items = f.items;
            if (!j.passed) {
                for (const calibration::Hint &h : calibration::hints(references, answers))
                    judged.hints.append(calibration::hintText(h, className));
            }
            j.hints = judged.hints;
            auto e = project().record(judged);
            if (!e)
                return e.error();
            const bool last = closing || m.attempt >= s->maxAttempts;
            if (j.passed) {
                if (m.gated) {
                    Recalibrated lifted{m.personId, f.accuracy(), double(f.answered), {}};
                    lifted.extra = {{QStringLiteral("session_id"), s->id}};
                    auto r = project().record(lifted);
                    if (!r)
                        return r.error();
                    j.gateLifted = true;
                }
            } else if (!last) {
                CalibrationAttemptQueued next{s->id, m.personId, m.attempt + 1, {}, {}};
                int position = 0;
                for (const Reference &r : std::as_const(references)) {
                    Task t;
                    t.id = newId();
                    t.itemId = r.itemId;
                    t.position = position++;
                    next.tasks.append(t);
                }
                auto q = project().record(next);
                if (!q)
                    return q.error();
                j.retry = true;
            } else if (!m.gated) {
                RecalibrationRequired gate{m.personId,
                                           f.accuracy().value_or(f.boxF1().value_or(0)),
                                           f.items,
                                           s->passAccuracy,
                                           {}};
                gate.extra = {{QStringLiteral("reason"), QStringLiteral("calibration")},
                              {QStringLiteral("session_id"), s->id}};
                auto g = project().record(gate);
                if (!g)
                    return g.error();
                j.gateSet = true;
            }
            if (j.passed || last) {
                auto d = project().record(CalibrationDebriefReleased{s->id, m.personId, rows, {}});
                if (!d)
                    return d.error();
                j.debrief = true;
            }
            out.append(j);
        }
        return {};
    });
    ASSAY_TRY(st);
    return out;
}

Result<QList<CalibrationJudgement>> CalibrationService::close(const QString &name)
{
    ASSAY_TRY(project().mayRecord(CalibrationSessionClosed::kind));
    auto s = session(name);
    if (!s)
        return s.error();
    QList<CalibrationJudgement> out;
    const Status st = project().transact([&]() -> Status {
        auto judged = judge(s->id, true);
        if (!judged)
            return judged.error();
        out = *judged;
        auto e = project().record(CalibrationSessionClosed{s->id, {}});
        if (!e)
            return e.error();
        return {};
    });
    ASSAY_TRY(st);
    return out;
}

Result<Debrief> CalibrationService::debrief(const QString &name, const QString &personName) const
{
    auto p = project().people().person(personName);
    if (!p)
        return p.error();
    if (p->id != actor().id)
        ASSAY_TRY(project().mayRead(Read::CalibrationAnswers));
    auto s = session(name);
    if (!s)
        return s.error();
    if (!s->memberIds.contains(p->id))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 is not a member of session \"%2\"").arg(p->name, s->name),
                         path());
    auto q = db()->prepare(QStringLiteral(
            "SELECT item_id, classes, boxes, explanation, section FROM calibration_debriefs"
            " WHERE session_id = ?1 AND person_id = ?2 ORDER BY position"));
    if (!q)
        return q.error();
    q->bind(1, s->id).bind(2, p->id);
    Debrief d;
    d.session = *s;
    d.personId = p->id;
    d.name = p->name;
    QList<Reference> references;
    while (q->step()) {
        DebriefItem item;
        item.itemId = q->text(0);
        item.referenceClasses = stringsFrom(q->text(1));
        item.referenceBoxes = events::boxesFromJson(
                QJsonDocument::fromJson(q->text(2).toUtf8()).array());
        item.explanation = q->text(3);
        item.section = q->text(4);
        d.items.append(item);
        references.append({item.itemId, item.referenceClasses, item.referenceBoxes});
    }
    if (q->error())
        return *q->error();
    if (d.items.isEmpty())
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 has no debrief yet in \"%2\": it comes after the last attempt"
                                " or once passed")
                                 .arg(p->name, s->name),
                         path());
    auto names = classNames();
    if (!names)
        return names.error();
    d.classNames = *names;
    auto work = sessionWork(db(), s->id);
    if (!work)
        return work.error();
    for (const WorkRow &w : std::as_const(*work)) {
        if (w.personId == p->id)
            d.attempt = std::max(d.attempt, w.attempt);
    }
    const QHash<Id, Answer> answers = answersOf(*work, p->id, d.attempt);
    d.figures = calibration::score(references, answers, s->passBoxF1);
    auto judged = db()->prepare(QStringLiteral(
            "SELECT MAX(passed) FROM calibration_judgements WHERE session_id = ?1 AND person_id = ?2"));
    if (!judged)
        return judged.error();
    judged->bind(1, s->id).bind(2, p->id);
    d.passed = judged->step() && judged->int64(0) != 0;
    for (int i = 0; i < d.items.size(); ++i) {
        DebriefItem &item = d.items[i];
        if (auto it = project().items().item(item.itemId)) {
            item.path = it->path;
            item.kind = it->kind;
        }
        const auto a = answers.constFind(item.itemId);
        item.answered = a != answers.constEnd();
        if (item.answered) {
            item.answerClasses = a->classIds;
            item.answerBoxes = a->boxes;
        }
        item.correct = calibration::answerCorrect(references.at(i),
                                                  item.answered ? std::optional<Answer>(*a)
                                                                : std::optional<Answer>(),
                                                  s->passBoxF1);
    }
    return d;
}

} // namespace assay::core
