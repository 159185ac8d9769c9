// SPDX-License-Identifier: Apache-2.0
// assay calibration: the calibration service on the command line.
#include "app/cli/calibrationcommands.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "core/calibration/calibrationjudging.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace assay::app::cli {

using namespace assay::core;

static int fail(CliIo &io, const Error &error)
{
    printError(io, error);
    return ExitFailure;
}

static QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

static QString figure(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("-");
}

static Result<double> parseNumber(const QString &text, const QString &option)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("--%1 wants a number, not \"%2\"").arg(option, text));
    return v;
}

static Result<QDateTime> parseTime(const QString &text, const QString &option)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("--%1 wants a time such as 2026-12-07T09:00:00Z, not \"%2\"")
                                 .arg(option, text));
    return t;
}

static Result<Id> classIdOf(const Taxonomy &taxonomy, const QString &name)
{
    if (const TaxonomyClass *c = taxonomy.findByName(name.trimmed()))
        return c->id;
    if (const TaxonomyClass *c = taxonomy.findById(name.trimmed()))
        return c->id;
    return makeError(ErrorCode::NotFound,
                     Tr::tr("no class \"%1\" in the taxonomy").arg(name.trimmed()));
}

// Boxes from a CSV of x,y,w,h,label rows (a header row and # comments are skipped).
static Result<QList<Box>> boxesFromFile(const Taxonomy &taxonomy, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, Tr::tr("cannot read the file: %1").arg(f.errorString()),
                         path);
    QList<Box> boxes;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')) || text.startsWith(QLatin1Char('x')))
            continue;
        const QStringList cells = text.split(QLatin1Char(','));
        bool ok = cells.size() == 5;
        Box b;
        for (int i = 0; ok && i < 4; ++i) {
            const double v = cells.at(i).trimmed().toDouble(&ok);
            (i == 0 ? b.x : i == 1 ? b.y : i == 2 ? b.w : b.h) = v;
        }
        if (!ok)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("line %1: not x,y,w,h,label").arg(line), path);
        auto id = classIdOf(taxonomy, cells.at(4));
        if (!id)
            return makeError(id.error().code,
                             Tr::tr("line %1: %2").arg(line).arg(id.error().message), path);
        b.classId = *id;
        boxes.append(b);
    }
    return boxes;
}

static QJsonArray boxesJson(const QList<Box> &boxes, const QHash<Id, QString> &names)
{
    QJsonArray out;
    for (const Box &b : boxes) {
        out.append(QJsonObject{{QStringLiteral("class"), names.value(b.classId, b.classId)},
                               {QStringLiteral("x"), b.x},
                               {QStringLiteral("y"), b.y},
                               {QStringLiteral("w"), b.w},
                               {QStringLiteral("h"), b.h}});
    }
    return out;
}

static QStringList namesOf(const QStringList &ids, const QHash<Id, QString> &names)
{
    QStringList out;
    for (const Id &id : ids)
        out.append(names.value(id, id));
    return out;
}

static QJsonObject figuresJson(const calibration::Figures &f, const QHash<Id, QString> &names)
{
    QJsonObject perClass;
    for (auto it = f.perClass.cbegin(); it != f.perClass.cend(); ++it) {
        QJsonObject c;
        if (it->reference > 0) {
            c.insert(QStringLiteral("items"), it->reference);
            c.insert(QStringLiteral("correct"), it->correct);
            c.insert(QStringLiteral("accuracy"), number(it->recall()));
        }
        if (it->boxes.referenceCount + it->boxes.candidateCount > 0) {
            c.insert(QStringLiteral("box_f1"), number(it->boxes.f1()));
            c.insert(QStringLiteral("boxes_reference"), it->boxes.referenceCount);
            c.insert(QStringLiteral("boxes_drawn"), it->boxes.candidateCount);
        }
        perClass.insert(names.value(it.key(), it.key()), c);
    }
    return {{QStringLiteral("items"), f.items},
            {QStringLiteral("answered"), f.answered},
            {QStringLiteral("accuracy"), number(f.accuracy())},
            {QStringLiteral("box_f1"), number(f.boxF1())},
            {QStringLiteral("per_class"), perClass}};
}

static int runSet(Project &p, const QString &verb, const QStringList &rest,
                  const QCommandLineParser &parser, bool json, CliIo &io)
{
    CalibrationService &c = p.calibration();
    if (verb == QLatin1String("create")) {
        if (rest.size() != 1)
            return fail(io, makeError(ErrorCode::InvalidInput, Tr::tr("set create wants a NAME")));
        auto s = c.createSet(rest.first());
        if (!s)
            return fail(io, s.error());
        if (json)
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), s->id},
                                                    {QStringLiteral("name"), s->name}}));
        else
            io.out << Tr::tr("calibration set \"%1\" created").arg(s->name) << '\n';
        return ExitOk;
    }
    if (verb == QLatin1String("add")) {
        if (rest.size() != 2)
            return fail(io, makeError(ErrorCode::InvalidInput, Tr::tr("set add wants SET ITEM")));
        auto item = p.items().findItem(rest.at(1));
        if (!item)
            return fail(io, item.error());
        auto taxonomy = p.taxonomy().get();
        if (!taxonomy)
            return fail(io, taxonomy.error());
        CalibrationReference r;
        r.itemId = item->id;
        for (const QString &name : parser.values(QStringLiteral("class"))) {
            for (const QString &part : name.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                auto id = classIdOf(*taxonomy, part);
                if (!id)
                    return fail(io, id.error());
                r.classIds.append(*id);
            }
        }
        if (parser.isSet(QStringLiteral("boxes"))) {
            auto boxes = boxesFromFile(*taxonomy, parser.value(QStringLiteral("boxes")));
            if (!boxes)
                return fail(io, boxes.error());
            r.boxes = *boxes;
        }
        r.explanation = parser.value(QStringLiteral("explanation"));
        r.section = parser.value(QStringLiteral("section"));
        if (auto st = c.addReferences(rest.at(0), {r}); !st)
            return fail(io, st.error());
        if (!json)
            io.out << Tr::tr("%1 added to calibration set \"%2\"").arg(item->path, rest.at(0))
                   << '\n';
        return ExitOk;
    }
    // list
    if (!rest.isEmpty()) {
        auto refs = c.references(rest.first());
        if (!refs)
            return fail(io, refs.error());
        auto taxonomy = p.taxonomy().get();
        QHash<Id, QString> names;
        if (taxonomy) {
            for (const TaxonomyClass &k : taxonomy->classes)
                names.insert(k.id, k.name);
        }
        QJsonArray rows;
        for (const CalibrationReference &r : *refs) {
            auto item = p.items().item(r.itemId);
            const QString path = item ? item->path : r.itemId;
            if (json) {
                rows.append(QJsonObject{{QStringLiteral("item"), path},
                                        {QStringLiteral("classes"),
                                         QJsonArray::fromStringList(namesOf(r.classIds, names))},
                                        {QStringLiteral("boxes"), boxesJson(r.boxes, names)},
                                        {QStringLiteral("explanation"), r.explanation},
                                        {QStringLiteral("section"), r.section}});
            } else {
                io.out << path << '\t'
                       << (r.classIds.isEmpty() ? Tr::tr("%n box(es)", nullptr, int(r.boxes.size()))
                                                : namesOf(r.classIds, names).join(QLatin1Char('+')))
                       << '\t' << r.section << '\t' << r.explanation << '\n';
            }
        }
        if (json)
            printJson(io, QJsonDocument(rows));
        return ExitOk;
    }
    auto sets = c.sets();
    if (!sets)
        return fail(io, sets.error());
    QJsonArray rows;
    for (const CalibrationSet &s : *sets) {
        if (json)
            rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("name"), s.name},
                                    {QStringLiteral("items"), s.items}});
        else
            io.out << s.name << '\t' << Tr::tr("%n item(s)", nullptr, s.items) << '\n';
    }
    if (json)
        printJson(io, QJsonDocument(rows));
    return ExitOk;
}

static QJsonObject sessionJson(const CalibrationSession &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("set"), s.setName},
            {QStringLiteral("members"), int(s.memberIds.size())},
            {QStringLiteral("pass_accuracy"), s.passAccuracy},
            {QStringLiteral("pass_box_f1"), s.passBoxF1},
            {QStringLiteral("max_attempts"), s.maxAttempts},
            {QStringLiteral("opens_at"), s.opensAt},
            {QStringLiteral("closes_at"), s.closesAt},
            {QStringLiteral("onboarding"), s.onboarding},
            {QStringLiteral("closed"), s.closed}};
}

static void printJudgements(const QList<CalibrationJudgement> &judged, bool json, CliIo &io)
{
    QJsonArray rows;
    for (const CalibrationJudgement &j : judged) {
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("person"), j.name},
                                    {QStringLiteral("attempt"), j.attempt},
                                    {QStringLiteral("passed"), j.passed},
                                    {QStringLiteral("retry"), j.retry},
                                    {QStringLiteral("debrief"), j.debrief},
                                    {QStringLiteral("gate_lifted"), j.gateLifted},
                                    {QStringLiteral("gate_set"), j.gateSet},
                                    {QStringLiteral("hints"), QJsonArray::fromStringList(j.hints)}});
            continue;
        }
        io.out << j.name << '\t' << Tr::tr("attempt %1").arg(j.attempt) << '\t'
               << (j.passed ? Tr::tr("passed") : Tr::tr("not passed"));
        if (j.gateLifted)
            io.out << '\t' << Tr::tr("recalibration gate lifted");
        if (j.gateSet)
            io.out << '\t' << Tr::tr("recalibration gate set");
        if (j.retry)
            io.out << '\t' << Tr::tr("next attempt queued");
        if (j.debrief)
            io.out << '\t' << Tr::tr("debrief released");
        io.out << '\n';
        for (const QString &h : j.hints)
            io.out << "    " << h << '\n';
    }
    if (json)
        printJson(io, QJsonDocument(rows));
    else if (judged.isEmpty())
        io.out << Tr::tr("no finished attempt to judge") << '\n';
}

static int runSession(Project &p, const QString &verb, const QStringList &rest,
                      const QCommandLineParser &parser, bool json, CliIo &io)
{
    CalibrationService &c = p.calibration();
    if (verb == QLatin1String("list")) {
        auto all = c.sessions();
        if (!all)
            return fail(io, all.error());
        QJsonArray rows;
        for (const CalibrationSession &s : *all) {
            if (json)
                rows.append(sessionJson(s));
            else
                io.out << s.name << '\t' << s.setName << '\t'
                       << (s.closed ? Tr::tr("closed") : Tr::tr("open")) << '\n';
        }
        if (json)
            printJson(io, QJsonDocument(rows));
        return ExitOk;
    }
    if (rest.size() != 1)
        return fail(io, makeError(ErrorCode::InvalidInput,
                                  Tr::tr("session %1 wants the session's name").arg(verb)));
    const QString name = rest.first();
    if (verb == QLatin1String("start")) {
        CalibrationSessionSpec spec;
        spec.name = name;
        spec.set = parser.value(QStringLiteral("set"));
        spec.members = parser.value(QStringLiteral("members"))
                               .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &m : spec.members)
            m = m.trimmed();
        auto pass = parseNumber(parser.value(QStringLiteral("pass")), QStringLiteral("pass"));
        auto passF1 = parseNumber(parser.value(QStringLiteral("pass-box-f1")),
                                  QStringLiteral("pass-box-f1"));
        auto attempts = parseNumber(parser.value(QStringLiteral("attempts")),
                                    QStringLiteral("attempts"));
        for (const auto *r : {&pass, &passF1, &attempts}) {
            if (!*r)
                return fail(io, r->error());
        }
        spec.passAccuracy = *pass;
        spec.passBoxF1 = *passF1;
        spec.maxAttempts = int(*attempts);
        if (parser.isSet(QStringLiteral("opens"))) {
            auto t = parseTime(parser.value(QStringLiteral("opens")), QStringLiteral("opens"));
            if (!t)
                return fail(io, t.error());
            spec.opensAt = *t;
        }
        if (parser.isSet(QStringLiteral("closes"))) {
            auto t = parseTime(parser.value(QStringLiteral("closes")), QStringLiteral("closes"));
            if (!t)
                return fail(io, t.error());
            spec.closesAt = *t;
        }
        spec.onboarding = parser.isSet(QStringLiteral("onboarding"));
        auto s = c.startSession(spec);
        if (!s)
            return fail(io, s.error());
        if (json)
            printJson(io, QJsonDocument(sessionJson(*s)));
        else
            io.out << Tr::tr("session \"%1\" started for %n member(s)", nullptr,
                             int(s->memberIds.size()))
                              .arg(s->name)
                   << '\n';
        return ExitOk;
    }
    if (verb == QLatin1String("status")) {
        auto st = c.status(name);
        if (!st)
            return fail(io, st.error());
        QJsonArray rows;
        for (const MemberStatus &m : *st) {
            const std::optional<double> acc = m.judged.isEmpty() ? std::nullopt
                                                                 : m.judged.last().accuracy;
            if (json) {
                QJsonArray hints;
                if (!m.judged.isEmpty())
                    hints = QJsonArray::fromStringList(m.judged.last().hints);
                rows.append(QJsonObject{{QStringLiteral("person"), m.name},
                                        {QStringLiteral("state"), memberStateName(m.state)},
                                        {QStringLiteral("attempt"), m.attempt},
                                        {QStringLiteral("done"), m.done},
                                        {QStringLiteral("total"), m.total},
                                        {QStringLiteral("accuracy"), number(acc)},
                                        {QStringLiteral("gated"), m.gated},
                                        {QStringLiteral("hints"), hints}});
            } else {
                io.out << m.name << '\t' << memberStateName(m.state) << '\t'
                       << Tr::tr("attempt %1: %2/%3 done").arg(m.attempt).arg(m.done).arg(m.total)
                       << '\t' << figure(acc) << '\n';
            }
        }
        if (json)
            printJson(io, QJsonDocument(rows));
        return ExitOk;
    }
    if (verb == QLatin1String("results")) {
        auto r = c.results(name);
        if (!r)
            return fail(io, r.error());
        const QHash<Id, QString> &names = r->classNames;
        if (json) {
            QJsonArray people;
            for (const PersonCalibrationResult &x : r->people) {
                QJsonObject o = figuresJson(x.figures, names);
                o.insert(QStringLiteral("person"), x.name);
                o.insert(QStringLiteral("state"), memberStateName(x.state));
                o.insert(QStringLiteral("attempt"), x.attempt);
                o.insert(QStringLiteral("passes"), x.passes);
                o.insert(QStringLiteral("why"), x.reason);
                people.append(o);
            }
            auto itemJson = [&](const ItemSpread &s) {
                QJsonObject spread;
                for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
                    spread.insert(it.key(), it.value());
                return QJsonObject{{QStringLiteral("item"), s.path},
                                   {QStringLiteral("reference"),
                                    QJsonArray::fromStringList(namesOf(s.referenceClasses, names))},
                                   {QStringLiteral("reference_boxes"), s.referenceBoxes},
                                   {QStringLiteral("answered"), s.answered},
                                   {QStringLiteral("wrong"), s.wrong},
                                   {QStringLiteral("answers"), spread},
                                   {QStringLiteral("box_f1"), number(s.meanBoxF1)},
                                   {QStringLiteral("section"), s.section},
                                   {QStringLiteral("explanation"), s.explanation}};
            };
            QJsonArray items;
            for (const ItemSpread &s : r->items)
                items.append(itemJson(s));
            QJsonArray missed;
            for (const ItemSpread &s : r->mostMissed)
                missed.append(itemJson(s));
            QJsonArray pairs;
            for (const PairAgreement &pa : r->cohort.pairs)
                pairs.append(QJsonObject{{QStringLiteral("a"), pa.a},
                                         {QStringLiteral("b"), pa.b},
                                         {QStringLiteral("items"), pa.items},
                                         {QStringLiteral("kappa"), number(pa.kappa)}});
            const QJsonObject cohort{{QStringLiteral("krippendorff_alpha"), number(r->cohort.alpha)},
                                     {QStringLiteral("mean_pairwise_kappa"),
                                      number(r->cohort.meanPairKappa)},
                                     {QStringLiteral("mean_pairwise_box_f1"),
                                      number(r->cohort.meanPairBoxF1)},
                                     {QStringLiteral("accuracy_with_reference"),
                                      number(r->cohort.meanAccuracy)},
                                     {QStringLiteral("mean_kappa_with_reference"),
                                      number(r->cohort.meanKappaWithReference)},
                                     {QStringLiteral("box_f1_with_reference"),
                                      number(r->cohort.meanBoxF1)},
                                     {QStringLiteral("pairs"), pairs}};
            printJson(io, QJsonDocument(
                                  QJsonObject{{QStringLiteral("session"), sessionJson(r->session)},
                                              {QStringLiteral("people"), people},
                                              {QStringLiteral("items"), items},
                                              {QStringLiteral("most_missed"), missed},
                                              {QStringLiteral("cohort"), cohort}}));
            return ExitOk;
        }
        io.out << Tr::tr("people (pass mark: accuracy %1, box F1 %2)")
                          .arg(r->session.passAccuracy)
                          .arg(r->session.passBoxF1)
               << '\n';
        for (const PersonCalibrationResult &x : r->people) {
            io.out << "  " << x.name << '\t' << memberStateName(x.state) << '\t'
                   << Tr::tr("accuracy %1").arg(figure(x.figures.accuracy())) << '\t'
                   << Tr::tr("box F1 %1").arg(figure(x.figures.boxF1()));
            if (!x.reason.isEmpty())
                io.out << '\t' << x.reason;
            io.out << '\n';
        }
        io.out << Tr::tr("cohort: Krippendorff's alpha %1, mean pairwise kappa %2, pairwise box"
                         " F1 %3; with the reference: accuracy %4, kappa %5, box F1 %6")
                          .arg(figure(r->cohort.alpha), figure(r->cohort.meanPairKappa),
                               figure(r->cohort.meanPairBoxF1), figure(r->cohort.meanAccuracy),
                               figure(r->cohort.meanKappaWithReference),
                               figure(r->cohort.meanBoxF1))
               << '\n';
        io.out << Tr::tr("items most people got wrong:") << '\n';
        for (const ItemSpread &s : r->mostMissed)
            io.out << "  " << s.path << '\t'
                   << Tr::tr("%1 of %2 wrong").arg(s.wrong).arg(s.answered) << '\t'
                   << Tr::tr("guideline %1").arg(s.section) << '\n';
        return ExitOk;
    }
    if (verb == QLatin1String("judge") || verb == QLatin1String("close")) {
        // The sign-in may have judged finished attempts already (Project::signIn): told here too.
        QList<CalibrationJudgement> atSignIn;
        for (const SessionJudgement &j : latestJudgements(p)) {
            if (j.sessionId == name || j.sessionName == name)
                atSignIn.append(j.judgement);
        }
        auto judged = verb == QLatin1String("judge") ? c.judge(name) : c.close(name);
        if (!judged)
            return fail(io, judged.error());
        printJudgements(atSignIn + *judged, json, io);
        if (verb == QLatin1String("close") && !json)
            io.out << Tr::tr("session \"%1\" closed").arg(name) << '\n';
        return ExitOk;
    }
    return fail(io, makeError(ErrorCode::InvalidInput,
                              Tr::tr("unknown session verb \"%1\"").arg(verb)));
}

static int runDebrief(Project &p, const QString &session, const QCommandLineParser &parser,
                      bool json, CliIo &io)
{
    const QString person = parser.isSet(QStringLiteral("person"))
                                   ? parser.value(QStringLiteral("person"))
                                   : p.actor().name;
    auto d = p.calibration().debrief(session, person);
    if (!d)
        return fail(io, d.error());
    const QHash<Id, QString> &names = d->classNames;
    if (json) {
        QJsonArray items;
        for (const DebriefItem &i : d->items) {
            items.append(
                    QJsonObject{{QStringLiteral("item"), i.path},
                                {QStringLiteral("answered"), i.answered},
                                {QStringLiteral("answer"),
                                 QJsonArray::fromStringList(namesOf(i.answerClasses, names))},
                                {QStringLiteral("answer_boxes"), boxesJson(i.answerBoxes, names)},
                                {QStringLiteral("reference"),
                                 QJsonArray::fromStringList(namesOf(i.referenceClasses, names))},
                                {QStringLiteral("reference_boxes"),
                                 boxesJson(i.referenceBoxes, names)},
                                {QStringLiteral("correct"), i.correct},
                                {QStringLiteral("explanation"), i.explanation},
                                {QStringLiteral("section"), i.section}});
        }
        QJsonObject o = figuresJson(d->figures, names);
        o.insert(QStringLiteral("person"), d->name);
        o.insert(QStringLiteral("session"), d->session.name);
        o.insert(QStringLiteral("attempt"), d->attempt);
        o.insert(QStringLiteral("passed"), d->passed);
        o.insert(QStringLiteral("debrief"), items);
        printJson(io, QJsonDocument(o));
        return ExitOk;
    }
    io.out << Tr::tr("%1 in \"%2\", attempt %3: %4; accuracy %5, box F1 %6")
                      .arg(d->name, d->session.name)
                      .arg(d->attempt)
                      .arg(d->passed ? Tr::tr("passed") : Tr::tr("not passed"),
                           figure(d->figures.accuracy()), figure(d->figures.boxF1()))
           << '\n';
    for (const DebriefItem &i : d->items) {
        const QString mine = i.referenceClasses.isEmpty()
                                     ? Tr::tr("%n box(es)", nullptr, int(i.answerBoxes.size()))
                                     : namesOf(i.answerClasses, names).join(QLatin1Char('+'));
        const QString ref = i.referenceClasses.isEmpty()
                                    ? Tr::tr("%n box(es)", nullptr, int(i.referenceBoxes.size()))
                                    : namesOf(i.referenceClasses, names).join(QLatin1Char('+'));
        io.out << (i.correct ? "  ok    " : "  wrong ") << i.path << '\t'
               << Tr::tr("yours: %1; reference: %2").arg(i.answered ? mine : Tr::tr("(none)"), ref)
               << '\n';
        if (!i.explanation.isEmpty() || !i.section.isEmpty())
            io.out << "        " << i.explanation << " [" << i.section << "]\n";
    }
    for (auto it = d->figures.perClass.cbegin(); it != d->figures.perClass.cend(); ++it) {
        io.out << "  " << names.value(it.key(), it.key()) << '\t';
        if (it->reference > 0)
            io.out << Tr::tr("%1 of %2 right").arg(it->correct).arg(it->reference) << '\t';
        if (it->boxes.referenceCount + it->boxes.candidateCount > 0)
            io.out << Tr::tr("box F1 %1").arg(figure(it->boxes.f1()));
        io.out << '\n';
    }
    return ExitOk;
}

int runCalibration(const QStringList &args, CliIo &io)
{
    const QString usage = QStringLiteral(
            "assay calibration PROJECT set create NAME | set add SET ITEM (--class NAME... | --boxes FILE) [--explanation T] [--section S] | set list [SET]"
            " | session start NAME --set SET --members A,B [--pass 0.8] [--pass-box-f1 0.8] [--attempts 2] [--opens T] [--closes T] [--onboarding]"
            " | session list | session status|results|judge|close NAME | debrief SESSION [--person NAME]  [--as PERSON] [--json]");
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("class"), Tr::tr("A reference class."), Tr::tr("NAME")},
             {QStringLiteral("boxes"), Tr::tr("Reference boxes: a CSV of x,y,w,h,label."),
              Tr::tr("FILE")},
             {QStringLiteral("explanation"), Tr::tr("Why the reference is what it is."),
              Tr::tr("T")},
             {QStringLiteral("section"), Tr::tr("The guideline section the explanation cites."),
              Tr::tr("S")},
             {QStringLiteral("set"), Tr::tr("The session's calibration set."), Tr::tr("SET")},
             {QStringLiteral("members"), Tr::tr("The cohort, by name, comma-separated."),
              Tr::tr("A,B")},
             {QStringLiteral("pass"), Tr::tr("Pass mark: accuracy against the reference."),
              Tr::tr("X"), QStringLiteral("0.8")},
             {QStringLiteral("pass-box-f1"), Tr::tr("Pass mark: box F1 against the reference."),
              Tr::tr("X"), QStringLiteral("0.8")},
             {QStringLiteral("attempts"), Tr::tr("Attempts allowed."), Tr::tr("N"),
              QStringLiteral("2")},
             {QStringLiteral("opens"), Tr::tr("When the session opens (ISO 8601)."), Tr::tr("T")},
             {QStringLiteral("closes"), Tr::tr("When it closes (ISO 8601)."), Tr::tr("T")},
             {QStringLiteral("onboarding"),
              Tr::tr("Members get no production task until they pass.")},
             {QStringLiteral("person"), Tr::tr("Whose debrief."), Tr::tr("NAME")},
             asOption(),
             jsonOption()});
    if (!parse(parser, QStringLiteral("calibration"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const QStringList groups{QStringLiteral("set"), QStringLiteral("session"),
                             QStringLiteral("debrief")};
    if (pos.size() < 3 || !groups.contains(pos.at(1))) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const QString group = pos.at(1);
    const QString verb = pos.at(2);
    const QStringList rest = pos.mid(3);
    static const QStringList setVerbs{QStringLiteral("create"), QStringLiteral("add"),
                                      QStringLiteral("list")};
    static const QStringList sessionVerbs{QStringLiteral("start"),  QStringLiteral("list"),
                                          QStringLiteral("status"), QStringLiteral("results"),
                                          QStringLiteral("judge"),  QStringLiteral("close")};
    if ((group == QLatin1String("set") && !setVerbs.contains(verb))
        || (group == QLatin1String("session") && !sessionVerbs.contains(verb))
        || (group == QLatin1String("debrief") && !rest.isEmpty())) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const bool records = (group == QLatin1String("set") && verb != QLatin1String("list"))
                         || (group == QLatin1String("session")
                             && (verb == QLatin1String("start") || verb == QLatin1String("judge")
                                 || verb == QLatin1String("close")));
    auto project = openProject(pos.at(0), io, parser.value(QStringLiteral("as")),
                               records ? Access::Records : Access::Reads);
    if (!project)
        return ExitFailure;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (group == QLatin1String("set"))
        return runSet(*project, verb, rest, parser, json, io);
    if (group == QLatin1String("session"))
        return runSession(*project, verb, rest, parser, json, io);
    return runDebrief(*project, verb, parser, json, io);
}

} // namespace assay::app::cli
