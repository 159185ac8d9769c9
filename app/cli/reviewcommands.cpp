// SPDX-License-Identifier: Apache-2.0
// assay review and assay adjudicate: the review service on the command line.
#include "app/cli/reviewcommands.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace assay::app::cli {

using namespace assay::core;

bool splitProjectVerb(const QStringList &pos, const QStringList &verbs, QString *project,
                      QString *verb, QStringList *rest); // quality/goldcommands.cpp

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

// The answer of --class NAME... or --boxes FILE (CSV rows x,y,w,h,label).
static Result<std::optional<AnswerValue>> answerFrom(Project &project,
                                                     const QStringList &classNames,
                                                     const QString &boxesFile)
{
    if (classNames.isEmpty() && boxesFile.isEmpty())
        return std::optional<AnswerValue>();
    auto taxonomy = project.taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    auto classId = [&](const QString &name) -> Result<Id> {
        if (const TaxonomyClass *c = taxonomy->findByName(name.trimmed()))
            return c->id;
        if (const TaxonomyClass *c = taxonomy->findById(name.trimmed()))
            return c->id;
        return makeError(ErrorCode::NotFound,
                         Tr::tr("no class \"%1\" in the taxonomy").arg(name.trimmed()));
    };
    AnswerValue value;
    for (const QString &name : classNames) {
        for (const QString &part : name.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto id = classId(part);
            if (!id)
                return id.error();
            value.classIds.append(*id);
        }
    }
    if (!boxesFile.isEmpty()) {
        QFile f(boxesFile);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return makeError(ErrorCode::Io, Tr::tr("cannot read the file: %1").arg(f.errorString()),
                             boxesFile);
        int line = 0;
        while (!f.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(f.readLine()).trimmed();
            if (text.isEmpty() || text.startsWith(QLatin1Char('#'))
                || text.startsWith(QLatin1Char('x')))
                continue;
            const QStringList cells = text.split(QLatin1Char(','));
            bool ok = cells.size() == 5;
            Box b;
            b.id = newId();
            for (int i = 0; ok && i < 4; ++i) {
                const double v = cells.at(i).trimmed().toDouble(&ok);
                (i == 0 ? b.x : i == 1 ? b.y : i == 2 ? b.w : b.h) = v;
            }
            if (!ok)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("line %1: not x,y,w,h,label").arg(line), boxesFile);
            auto id = classId(cells.at(4));
            if (!id)
                return makeError(id.error().code,
                                 Tr::tr("line %1: %2").arg(line).arg(id.error().message),
                                 boxesFile);
            b.classId = *id;
            value.boxes.append(b);
        }
    }
    return std::optional<AnswerValue>(value);
}

static QString classNames(Project &project, const AnswerValue &value)
{
    auto taxonomy = project.taxonomy().get();
    QStringList names;
    auto nameOf = [&](const Id &id) {
        const TaxonomyClass *c = taxonomy ? taxonomy->findById(id) : nullptr;
        return c ? c->name : id;
    };
    for (const Id &id : value.classIds)
        names.append(nameOf(id));
    QHash<QString, int> boxes;
    for (const Box &b : value.boxes)
        boxes[nameOf(b.classId)] += 1;
    QStringList boxNames = boxes.keys();
    boxNames.sort();
    for (const QString &n : std::as_const(boxNames))
        names.append(Tr::tr("%n box(es) of %1", nullptr, boxes.value(n)).arg(n));
    return names.isEmpty() ? Tr::tr("(nothing)") : names.join(QStringLiteral(", "));
}

static QString itemLabel(Project &project, const Id &itemId)
{
    auto item = project.items().findItem(itemId);
    return item ? item->path : itemId;
}

static QJsonObject entryJson(Project &project, const ReviewEntry &e)
{
    return QJsonObject{{QStringLiteral("entry"), e.id},
                       {QStringLiteral("batch_id"), e.batchId},
                       {QStringLiteral("task_id"), e.taskId},
                       {QStringLiteral("item_id"), e.itemId},
                       {QStringLiteral("item"), itemLabel(project, e.itemId)},
                       {QStringLiteral("annotator"), e.annotatorName},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)},
                       {QStringLiteral("agreement"), number(e.agreement)},
                       {QStringLiteral("confidence"), number(e.confidence)},
                       {QStringLiteral("blind"), e.blind}};
}

static int printTable(CliIo &io, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return ExitOk;
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells.append(c + 1 == row.size() ? row.at(c) : row.at(c).leftJustified(widths.at(c)));
        io.out << cells.join(QStringLiteral("  ")) << Qt::endl;
    }
    return ExitOk;
}

int runReview(const QStringList &args, CliIo &io)
{
    const QString usage = QStringLiteral(
            "assay review PROJECT rules --batch B [--rate R] [--min-per-annotator N] [--agreement-below X] [--no-agreement] [--confidence-below X] [--seed S]"
            " | route TASK... | rereview --batch B --share S [--seed S] | reasons [set CODE=TEXT...]"
            " | queue [--batch B] [--order agreement|annotator|class|random]"
            " | decide ITEM accept|fix|reject|escalate [--annotator NAME] [--reason CODE] [--text T] [--section S] [--class NAME...] [--boxes FILE]"
            " | undo DECISION | status [--batch B] | mine | returns --batch B [same | another [PERSON]]"
            " | consensus --batch B [store]"
            "  [--as PERSON] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption batch(QStringLiteral("batch"), Tr::tr("The batch (name or id)."),
                                   Tr::tr("B"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  Tr::tr("Spot-audit share (default 0.05)."), Tr::tr("R"),
                                  QStringLiteral("0.05"));
    const QCommandLineOption minimum(QStringLiteral("min-per-annotator"),
                                     Tr::tr("At least this many answers of each annotator."),
                                     Tr::tr("N"), QStringLiteral("1"));
    const QCommandLineOption agreementBelow(
            QStringLiteral("agreement-below"),
            Tr::tr("Items whose agreement is below this (default: the batch's item threshold)."),
            Tr::tr("X"));
    const QCommandLineOption noAgreement(QStringLiteral("no-agreement"),
                                         Tr::tr("No low-agreement rule."));
    const QCommandLineOption
            confidenceBelow(QStringLiteral("confidence-below"),
                            Tr::tr("Items whose consensus confidence is below this."), Tr::tr("X"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("The sample's seed."), Tr::tr("S"));
    const QCommandLineOption share(QStringLiteral("share"),
                                   Tr::tr("Share of reviewed answers reviewed again, blind."),
                                   Tr::tr("S"));
    const QCommandLineOption order(QStringLiteral("order"),
                                   Tr::tr("agreement (lowest first), annotator, class or random."),
                                   Tr::tr("order"), QStringLiteral("agreement"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       Tr::tr("Only this annotator's answer on the item."),
                                       Tr::tr("NAME"));
    const QCommandLineOption
            reason(QStringLiteral("reason"),
                   Tr::tr("A reason from the lead's list (assay review PROJECT reasons)."),
                   Tr::tr("CODE"));
    const QCommandLineOption text(QStringLiteral("text"), Tr::tr("Why, in words."), Tr::tr("T"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     Tr::tr("The guideline section cited."), Tr::tr("S"));
    const QCommandLineOption cls(QStringLiteral("class"), Tr::tr("A class of the fix."),
                                 Tr::tr("NAME"));
    const QCommandLineOption boxes(QStringLiteral("boxes"),
                                   Tr::tr("The fix's boxes: a CSV of x,y,w,h,label."),
                                   Tr::tr("FILE"));
    parser.addOptions({batch, rate, minimum, agreementBelow, noAgreement, confidenceBelow, seed,
                       share, order, annotator, reason, text, section, cls, boxes, asOption(),
                       jsonOption()});
    if (!parse(parser, QStringLiteral("review"), args, io))
        return ExitUsage;
    QString projectPath;
    QString verb;
    QStringList rest;
    const QStringList verbs{QStringLiteral("rules"),    QStringLiteral("route"),
                            QStringLiteral("rereview"), QStringLiteral("reasons"),
                            QStringLiteral("queue"),    QStringLiteral("decide"),
                            QStringLiteral("undo"),     QStringLiteral("status"),
                            QStringLiteral("mine"),     QStringLiteral("returns"),
                            QStringLiteral("consensus")};
    if (!splitProjectVerb(parser.positionalArguments(), verbs, &projectPath, &verb, &rest)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool records = verb == QLatin1String("rules") || verb == QLatin1String("route")
                         || verb == QLatin1String("rereview") || verb == QLatin1String("decide")
                         || verb == QLatin1String("undo")
                         || (verb == QLatin1String("returns") && !rest.isEmpty())
                         || (verb == QLatin1String("consensus") && !rest.isEmpty())
                         || (verb == QLatin1String("reasons") && !rest.isEmpty());
    auto project = openProject(projectPath, io, parser.value(QStringLiteral("as")),
                               records ? Access::Records : Access::Reads);
    if (!project)
        return ExitFailure;
    Project &p = *project;
    ReviewService &review = p.review();
    Id batchId;
    if (parser.isSet(batch)) {
        auto b = p.work().batch(parser.value(batch));
        if (!b)
            return fail(io, b.error());
        batchId = b->id;
    }

    if (verb == QLatin1String("rules")) {
        if (batchId.isEmpty()) {
            printUsage(io, usage);
            return ExitUsage;
        }
        ReviewRules rules;
        auto r = parseNumber(parser.value(rate), QStringLiteral("rate"));
        if (!r)
            return fail(io, r.error());
        rules.rate = *r;
        rules.minPerAnnotator = parser.value(minimum).toInt();
        rules.lowAgreement = !parser.isSet(noAgreement);
        if (parser.isSet(agreementBelow)) {
            auto v = parseNumber(parser.value(agreementBelow), QStringLiteral("agreement-below"));
            if (!v)
                return fail(io, v.error());
            rules.agreementBelow = *v;
        }
        if (parser.isSet(confidenceBelow)) {
            auto v = parseNumber(parser.value(confidenceBelow), QStringLiteral("confidence-below"));
            if (!v)
                return fail(io, v.error());
            rules.confidenceBelow = *v;
        }
        if (parser.isSet(seed))
            rules.seed = parser.value(seed).toULongLong();
        auto queued = review.applyRules(batchId, rules);
        if (!queued)
            return fail(io, queued.error());
        if (json) {
            QJsonObject reasons;
            for (auto it = queued->byReason.cbegin(); it != queued->byReason.cend(); ++it)
                reasons.insert(it.key(), it.value());
            printJson(io,
                      QJsonDocument(
                              QJsonObject{{QStringLiteral("seed"), QString::number(queued->seed)},
                                          {QStringLiteral("candidates"), queued->candidates},
                                          {QStringLiteral("new_entries"), queued->entries},
                                          {QStringLiteral("by_reason"), reasons}}));
        } else {
            QStringList reasons;
            for (auto it = queued->byReason.cbegin(); it != queued->byReason.cend(); ++it)
                reasons.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
            reasons.sort();
            io.out << Tr::tr("%1 answers new in the review queue (of %2 done; %3); seed %4")
                              .arg(queued->entries)
                              .arg(queued->candidates)
                              .arg(reasons.isEmpty() ? Tr::tr("none matched")
                                                     : reasons.join(QStringLiteral(", ")))
                              .arg(queued->seed)
                   << Qt::endl;
        }
        return ExitOk;
    }
    if (verb == QLatin1String("consensus")) {
        // The batch's stored consensus figures; "store" runs Dawid-Skene and records new ones.
        if (batchId.isEmpty() || rest.size() > 1
            || (rest.size() == 1 && rest.first() != QLatin1String("store"))) {
            printUsage(io, usage);
            return ExitUsage;
        }
        if (!rest.isEmpty()) {
            auto stored = review.storeConsensus(batchId);
            if (!stored)
                return fail(io, stored.error());
            if (!json)
                io.out << Tr::tr("Stored the consensus of %n item(s) (Dawid-Skene, %1)", nullptr,
                                 int(stored->items.size()))
                                  .arg(stored->converged
                                               ? Tr::tr("converged in %n iteration(s)", nullptr,
                                                        stored->iterations)
                                               : Tr::tr("not converged after %n iteration(s)",
                                                        nullptr, stored->iterations))
                       << Qt::endl;
        }
        auto figures = review.storedConsensus(batchId);
        if (!figures)
            return fail(io, figures.error());
        QList<ConsensusRow> rows = figures->values();
        std::sort(rows.begin(), rows.end(), [](const ConsensusRow &a, const ConsensusRow &b) {
            return a.confidence != b.confidence ? a.confidence < b.confidence : a.itemId < b.itemId;
        });
        auto labelOf = [&](const ConsensusRow &r) {
            return r.label.isEmpty()
                           ? Tr::tr("(tied)")
                           : classNames(p, AnswerValue{r.label.split(QLatin1Char('+')), {}});
        };
        if (json) {
            QJsonArray items;
            for (const ConsensusRow &r : std::as_const(rows)) {
                items.append(
                        QJsonObject{{QStringLiteral("item_id"), r.itemId},
                                    {QStringLiteral("item"), itemLabel(p, r.itemId)},
                                    {QStringLiteral("classes"),
                                     QJsonArray::fromStringList(
                                             r.label.isEmpty() ? QStringList()
                                                               : r.label.split(QLatin1Char('+')))},
                                    {QStringLiteral("label"),
                                     r.label.isEmpty() ? QString() : labelOf(r)},
                                    {QStringLiteral("confidence"), r.confidence},
                                    {QStringLiteral("answers"), r.answers}});
            }
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                                    {QStringLiteral("method"),
                                                     QStringLiteral("dawid-skene")},
                                                    {QStringLiteral("items"), items}}));
            return ExitOk;
        }
        if (rows.isEmpty()) {
            io.out << Tr::tr("No consensus figures are stored for this batch"
                             " (assay review PROJECT consensus --batch B store).")
                   << Qt::endl;
            return ExitOk;
        }
        QList<QStringList> table{
                {Tr::tr("ITEM"), Tr::tr("ANSWERS"), Tr::tr("CONFIDENCE"), Tr::tr("CONSENSUS")}};
        for (const ConsensusRow &r : std::as_const(rows))
            table.append({itemLabel(p, r.itemId), QString::number(r.answers),
                          QString::number(r.confidence, 'f', 3), labelOf(r)});
        return printTable(io, table);
    }
    if (verb == QLatin1String("returns")) {
        // Where the batch's rejected answers go: their annotator, or another one.
        if (batchId.isEmpty() || rest.size() > 2
            || (!rest.isEmpty() && rest.first() != QLatin1String("same")
                && rest.first() != QLatin1String("another"))
            || (rest.size() == 2 && rest.first() != QLatin1String("another"))) {
            printUsage(io, usage);
            return ExitUsage;
        }
        if (!rest.isEmpty()) {
            ReturnRule rule;
            rule.mode = rest.first() == QLatin1String("another") ? ReturnMode::Another
                                                                 : ReturnMode::Same;
            if (rest.size() == 2)
                rule.personId = rest.at(1);
            const Status set = review.setReturnRule(batchId, rule);
            if (!set)
                return fail(io, set.error());
        }
        auto rule = review.returnRule(batchId);
        if (!rule)
            return fail(io, rule.error());
        QString person;
        if (!rule->personId.isEmpty()) {
            auto who = p.people().person(rule->personId);
            person = who ? who->name : rule->personId;
        }
        const QString mode = rule->mode == ReturnMode::Another ? QStringLiteral("another")
                                                               : QStringLiteral("same");
        if (json) {
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("mode"), mode},
                                                    {QStringLiteral("person"), person}}));
        } else if (rule->mode == ReturnMode::Same) {
            io.out << Tr::tr("rejected answers go back to their annotator") << Qt::endl;
        } else if (person.isEmpty()) {
            io.out << Tr::tr("rejected answers go to the least-loaded other annotator of the batch")
                   << Qt::endl;
        } else {
            io.out << Tr::tr("rejected answers go to %1 (back to their annotator when %1 has the "
                             "item already)")
                              .arg(person)
                   << Qt::endl;
        }
        return ExitOk;
    }
    if (verb == QLatin1String("route")) {
        if (rest.isEmpty()) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto n = review.routeFlags(rest);
        if (!n)
            return fail(io, n.error());
        io.out << Tr::tr("%n flagged task(s) sent to review", nullptr, *n) << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("rereview")) {
        if (batchId.isEmpty() || !parser.isSet(share)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto s = parseNumber(parser.value(share), QStringLiteral("share"));
        if (!s)
            return fail(io, s.error());
        std::optional<quint64> used;
        if (parser.isSet(seed))
            used = parser.value(seed).toULongLong();
        auto n = review.drawRereview(batchId, *s, used);
        if (!n)
            return fail(io, n.error());
        io.out << Tr::tr("%n reviewed answer(s) back in the queue for a blind second review",
                         nullptr, *n)
               << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("reasons")) {
        if (!rest.isEmpty()) {
            if (rest.first() != QLatin1String("set") || rest.size() < 2) {
                printUsage(io, usage);
                return ExitUsage;
            }
            QList<ReviewReason> list;
            for (const QString &pair : rest.mid(1)) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                if (eq <= 0) {
                    io.err << Tr::tr("assay review: a reason is CODE=TEXT, not \"%1\"").arg(pair)
                           << Qt::endl;
                    return ExitUsage;
                }
                list.append({pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()});
            }
            const Status st = review.setReasons(list);
            if (!st)
                return fail(io, st.error());
        }
        auto list = review.reasons();
        if (!list)
            return fail(io, list.error());
        if (json) {
            QJsonArray out;
            for (const ReviewReason &r : *list)
                out.append(QJsonObject{{QStringLiteral("code"), r.code},
                                       {QStringLiteral("text"), r.text}});
            printJson(io, QJsonDocument(out));
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const ReviewReason &r : *list)
            rows.append({r.code, r.text});
        return printTable(io, rows);
    }
    if (verb == QLatin1String("queue")) {
        ReviewOrder o = ReviewOrder::Agreement;
        if (!parseReviewOrder(parser.value(order), &o)) {
            io.err << Tr::tr("assay review: unknown order \"%1\"").arg(parser.value(order))
                   << Qt::endl;
            return ExitUsage;
        }
        auto q = review.queue(batchId, o, parser.value(seed).toULongLong());
        if (!q)
            return fail(io, q.error());
        if (json) {
            QJsonArray out;
            for (const ReviewEntry &e : *q)
                out.append(entryJson(p, e));
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("entries"), out}}));
            return ExitOk;
        }
        if (q->isEmpty()) {
            io.out << Tr::tr("nothing to review") << Qt::endl;
            return ExitOk;
        }
        QList<QStringList> rows{
                {Tr::tr("item"), Tr::tr("annotator"), Tr::tr("agreement"), Tr::tr("why")}};
        for (const ReviewEntry &e : *q) {
            rows.append(
                    {itemLabel(p, e.itemId),
                     e.blind ? Tr::tr("%1 (second review)").arg(e.annotatorName) : e.annotatorName,
                     figure(e.agreement), e.reasons.join(QStringLiteral(", "))});
        }
        return printTable(io, rows);
    }
    if (verb == QLatin1String("decide")) {
        ReviewVerdict verdict = ReviewVerdict::Accept;
        if (rest.size() != 2 || !parseReviewVerdict(rest.at(1), &verdict)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        if (const Status may = p.mayRecord(ReviewDecided::kind); !may)
            return fail(io, may.error());
        auto q = review.queue(batchId);
        if (!q)
            return fail(io, q.error());
        QList<ReviewEntry> chosen;
        for (const ReviewEntry &e : *q) {
            if (e.id == rest.first())
                chosen.append(e);
        }
        if (chosen.isEmpty()) {
            auto item = p.items().findItem(rest.first());
            if (!item)
                return fail(io, item.error());
            for (const ReviewEntry &e : *q) {
                if (e.itemId == item->id
                    && (!parser.isSet(annotator) || e.annotatorName == parser.value(annotator)))
                    chosen.append(e);
            }
        }
        if (chosen.isEmpty())
            return fail(io, makeError(ErrorCode::NotFound,
                                      Tr::tr("nothing of \"%1\" is in your review queue")
                                              .arg(rest.first())));
        auto fix = answerFrom(p, parser.values(cls), parser.value(boxes));
        if (!fix)
            return fail(io, fix.error());
        QStringList decided;
        const Status st = p.transact([&]() -> Status {
            for (const ReviewEntry &e : std::as_const(chosen)) {
                ReviewDecision d{e.id, verdict, parser.value(reason), parser.value(text),
                                 parser.value(section)};
                d.fix = *fix;
                auto id = review.decide(d);
                if (!id)
                    return id.error();
                decided.append(*id);
                io.out << Tr::tr("%1: %2's answer on %3 (decision %4)")
                                  .arg(reviewVerdictName(verdict), e.annotatorName,
                                       itemLabel(p, e.itemId), *id)
                       << Qt::endl;
            }
            return {};
        });
        if (!st)
            return fail(io, st.error());
        return ExitOk;
    }
    if (verb == QLatin1String("undo")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        const Status st = review.withdraw(rest.first());
        if (!st)
            return fail(io, st.error());
        io.out << Tr::tr("decision %1 undone").arg(rest.first()) << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("status")) {
        auto status = review.status(batchId);
        if (!status)
            return fail(io, status.error());
        if (json) {
            QJsonArray out;
            for (const ReviewStatus &s : *status) {
                QJsonObject byReason;
                for (auto it = s.rejectedByReason.cbegin(); it != s.rejectedByReason.cend(); ++it)
                    byReason.insert(it.key(), it.value());
                out.append(QJsonObject{{QStringLiteral("batch"), s.batchName},
                                       {QStringLiteral("batch_id"), s.batchId},
                                       {QStringLiteral("sampled"), s.sampled},
                                       {QStringLiteral("reviewed"), s.reviewed},
                                       {QStringLiteral("accepted"), s.accepted},
                                       {QStringLiteral("fixed"), s.fixed},
                                       {QStringLiteral("rejected"), s.rejected},
                                       {QStringLiteral("rejected_by_reason"), byReason},
                                       {QStringLiteral("escalated"), s.escalated},
                                       {QStringLiteral("adjudicated"), s.adjudicated}});
            }
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("batches"), out}}));
            return ExitOk;
        }
        if (status->isEmpty()) {
            io.out << Tr::tr(
                    "no batch has a review queue yet (assay review PROJECT rules --batch B)")
                   << Qt::endl;
            return ExitOk;
        }
        QList<QStringList> rows{{Tr::tr("batch"), Tr::tr("sampled"), Tr::tr("reviewed"),
                                 Tr::tr("accepted"), Tr::tr("fixed"), Tr::tr("rejected"),
                                 Tr::tr("escalated"), Tr::tr("adjudicated"),
                                 Tr::tr("rejections by reason")}};
        for (const ReviewStatus &s : *status) {
            QStringList reasons;
            for (auto it = s.rejectedByReason.cbegin(); it != s.rejectedByReason.cend(); ++it)
                reasons.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
            reasons.sort();
            rows.append({s.batchName, QString::number(s.sampled), QString::number(s.reviewed),
                         QString::number(s.accepted), QString::number(s.fixed),
                         QString::number(s.rejected), QString::number(s.escalated),
                         QString::number(s.adjudicated), reasons.join(QStringLiteral(", "))});
        }
        return printTable(io, rows);
    }
    // mine: the outcome and reason of the reviews of one's own answers.
    auto mine = review.myOutcomes();
    if (!mine)
        return fail(io, mine.error());
    if (json) {
        QJsonArray out;
        for (const ReviewOutcome &o : *mine) {
            out.append(QJsonObject{{QStringLiteral("task_id"), o.taskId},
                                   {QStringLiteral("item"), itemLabel(p, o.itemId)},
                                   {QStringLiteral("decision"), reviewVerdictName(o.verdict)},
                                   {QStringLiteral("reason"), o.reasonCode},
                                   {QStringLiteral("text"), o.reasonText},
                                   {QStringLiteral("section"), o.section},
                                   {QStringLiteral("returned"), o.returned}});
        }
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("reviews"), out}}));
        return ExitOk;
    }
    if (mine->isEmpty()) {
        io.out << Tr::tr("none of your answers has been reviewed") << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{{Tr::tr("item"), Tr::tr("decision"), Tr::tr("reason")}};
    for (const ReviewOutcome &o : *mine) {
        QString why = o.reasonCode;
        if (!o.reasonText.isEmpty())
            why += (why.isEmpty() ? QString() : QStringLiteral(": ")) + o.reasonText;
        if (!o.section.isEmpty())
            why += QStringLiteral(" (§%1)").arg(o.section);
        rows.append({itemLabel(p, o.itemId), reviewVerdictName(o.verdict), why});
    }
    return printTable(io, rows);
}

int runAdjudicate(const QStringList &args, CliIo &io)
{
    const QString usage = QStringLiteral(
            "assay adjudicate PROJECT ITEM [--choose VERSION | --class NAME... | --boxes FILE] --reason CODE --text T [--section S] | PROJECT --queue  [--as PERSON] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption choose(QStringLiteral("choose"),
                                    Tr::tr("The version chosen (its number, as listed)."),
                                    Tr::tr("VERSION"));
    const QCommandLineOption cls(QStringLiteral("class"), Tr::tr("A class of a new answer."),
                                 Tr::tr("NAME"));
    const QCommandLineOption boxes(QStringLiteral("boxes"),
                                   Tr::tr("A new answer's boxes: a CSV of x,y,w,h,label."),
                                   Tr::tr("FILE"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    Tr::tr("A reason from the lead's list."), Tr::tr("CODE"));
    const QCommandLineOption text(QStringLiteral("text"), Tr::tr("The justification."), Tr::tr("T"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     Tr::tr("The guideline section followed."), Tr::tr("S"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   Tr::tr("The items escalated and not adjudicated yet."));
    parser.addOptions({choose, cls, boxes, reason, text, section, queue, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("adjudicate"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const bool listing = parser.isSet(queue);
    if (pos.size() != (listing ? 1 : 2)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const bool deciding = parser.isSet(choose) || parser.isSet(cls) || parser.isSet(boxes);
    auto project = openProject(pos.first(), io, parser.value(QStringLiteral("as")),
                               deciding ? Access::Records : Access::Reads);
    if (!project)
        return ExitFailure;
    Project &p = *project;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (listing) {
        auto items = p.review().adjudicationQueue();
        if (!items)
            return fail(io, items.error());
        if (json) {
            QJsonArray out;
            for (const Id &id : *items)
                out.append(QJsonObject{{QStringLiteral("item_id"), id},
                                       {QStringLiteral("item"), itemLabel(p, id)}});
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("items"), out}}));
            return ExitOk;
        }
        if (items->isEmpty())
            io.out << Tr::tr("nothing to adjudicate") << Qt::endl;
        for (const Id &id : *items)
            io.out << itemLabel(p, id) << Qt::endl;
        return ExitOk;
    }
    auto item = p.items().findItem(pos.at(1));
    if (!item)
        return fail(io, item.error());
    if (deciding) {
        AdjudicationRequest request;
        request.itemId = item->id;
        if (parser.isSet(choose)) {
            bool ok = false;
            request.version = parser.value(choose).toInt(&ok);
            if (!ok) {
                io.err << Tr::tr("assay adjudicate: --choose wants a version number") << Qt::endl;
                return ExitUsage;
            }
        } else {
            auto answer = answerFrom(p, parser.values(cls), parser.value(boxes));
            if (!answer)
                return fail(io, answer.error());
            request.answer = *answer;
        }
        request.reasonCode = parser.value(reason);
        request.reasonText = parser.value(text);
        request.section = parser.value(section);
        auto id = p.review().adjudicate(request);
        if (!id)
            return fail(io, id.error());
        io.out << Tr::tr("adjudicated %1 (decision %2)").arg(item->path, *id) << Qt::endl;
        return ExitOk;
    }
    // No decision asked for: the item's versions, the reviewers' remarks, earlier adjudications.
    auto versions = p.review().versions(item->id);
    if (!versions)
        return fail(io, versions.error());
    auto remarks = p.review().decisions(item->id);
    if (!remarks)
        return fail(io, remarks.error());
    auto earlier = p.review().adjudications(item->id);
    if (!earlier)
        return fail(io, earlier.error());
    if (json) {
        QJsonArray v;
        for (const AnswerVersion &a : *versions) {
            v.append(QJsonObject{{QStringLiteral("version"), a.number},
                                 {QStringLiteral("answer"), a.value.toJson()},
                                 {QStringLiteral("people"), QJsonArray::fromStringList(a.people)},
                                 {QStringLiteral("annotations"),
                                  QJsonArray::fromStringList(a.annotationIds)},
                                 {QStringLiteral("fix"), a.fix}});
        }
        QJsonArray r;
        for (const ReviewRecord &d : *remarks) {
            r.append(QJsonObject{{QStringLiteral("reviewer"), d.reviewerName},
                                 {QStringLiteral("decision"), reviewVerdictName(d.verdict)},
                                 {QStringLiteral("reason"), d.reasonCode},
                                 {QStringLiteral("text"), d.reasonText},
                                 {QStringLiteral("section"), d.section},
                                 {QStringLiteral("withdrawn"), d.withdrawn}});
        }
        QJsonArray a;
        for (const AdjudicationRecord &d : *earlier) {
            a.append(QJsonObject{{QStringLiteral("id"), d.eventId},
                                 {QStringLiteral("adjudicator"), d.adjudicatorName},
                                 {QStringLiteral("answer"), d.answer.toJson()},
                                 {QStringLiteral("reason"), d.reasonCode},
                                 {QStringLiteral("text"), d.reasonText},
                                 {QStringLiteral("section"), d.section},
                                 {QStringLiteral("current"), d.current}});
        }
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("versions"), v},
                                                {QStringLiteral("reviews"), r},
                                                {QStringLiteral("adjudications"), a}}));
        return ExitOk;
    }
    io.out << Tr::tr("versions of %1:").arg(item->path) << Qt::endl;
    for (const AnswerVersion &a : *versions) {
        io.out << QStringLiteral("  %1. ").arg(a.number)
               << Tr::tr("%n supporter(s): %1", nullptr, int(a.people.size()))
                          .arg(classNames(p, a.value))
               << QStringLiteral(" (%1)%2").arg(a.people.join(QStringLiteral(", ")),
                                                a.fix ? Tr::tr(", a reviewer's fix") : QString())
               << Qt::endl;
    }
    for (const ReviewRecord &d : *remarks) {
        if (d.withdrawn)
            continue;
        io.out << Tr::tr("  %1 by %2: %3 %4")
                          .arg(reviewVerdictName(d.verdict), d.reviewerName, d.reasonCode,
                               d.reasonText)
               << Qt::endl;
    }
    for (const AdjudicationRecord &d : *earlier) {
        io.out << Tr::tr("  adjudicated by %1%2: %3 (%4: %5)")
                          .arg(d.adjudicatorName, d.current ? QString() : Tr::tr(" (superseded)"),
                               classNames(p, d.answer), d.reasonCode, d.reasonText)
               << Qt::endl;
    }
    return ExitOk;
}

} // namespace assay::app::cli
