// SPDX-License-Identifier: Apache-2.0
// assay batch (plan, list, queue, accept, reject) and assay quality (a batch's report).
#include "app/cli/clicommon.h"
#include "core/base/tr.h"
#include "app/cli/quality/orderedjson.h"
#include "app/cli/quality/projectquality.h"
#include "core/quality/qualityreport.h"
#include "core/project/services.h"
#include "core/report/reportservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace assay::app::cli {

using namespace assay::core;
using namespace assay::core::store;

int runQualityTimeline(Project &project, bool driftOnly, const QString &bucket,
                       const ReportPeriod &period, bool json, CliIo &io); // timelinecommands.cpp

bool splitProjectVerb(const QStringList &pos, const QStringList &verbs, QString *project,
                      QString *verb, QStringList *rest); // goldcommands.cpp

static int fail(CliIo &io, const Error &error)
{
    printError(io, error);
    return ExitFailure;
}

// --items: "all", a kind, or a file with one item (id, path or file name) per line.
static Result<QStringList> itemsFromFile(assay::core::Project *store, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::Io, Tr::tr("cannot read the file: %1").arg(f.errorString()),
                         path);
    QStringList ids;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString ref = QString::fromUtf8(f.readLine()).trimmed();
        if (ref.isEmpty() || ref.startsWith(QLatin1Char('#')))
            continue;
        auto item = store->items().findItem(ref);
        if (!item)
            return makeError(item.error().code,
                             Tr::tr("line %1: %2").arg(line).arg(item.error().message), path);
        ids.append(item->id);
    }
    return ids;
}

static QJsonObject batchJson(const Batch &b, int tasks)
{
    return QJsonObject{{QStringLiteral("id"), b.id},
                       {QStringLiteral("name"), b.name},
                       {QStringLiteral("state"), batchStateName(b.state)},
                       {QStringLiteral("overlap"), b.overlap},
                       {QStringLiteral("gold_rate"), b.goldRate},
                       {QStringLiteral("criteria"), b.criteria},
                       {QStringLiteral("tasks"), tasks}};
}

int runBatch(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption items(QStringLiteral("items"),
                                   Tr::tr("all, image, text, audio, or a file of items."),
                                   Tr::tr("what"), QStringLiteral("all"));
    const QCommandLineOption annotators(QStringLiteral("annotators"),
                                        Tr::tr("People, comma-separated."), Tr::tr("names"));
    const QCommandLineOption overlap(QStringLiteral("overlap"), Tr::tr("Annotators per item."),
                                     Tr::tr("K"), QStringLiteral("1"));
    const QCommandLineOption goldRate(QStringLiteral("gold-rate"),
                                      Tr::tr("Share of gold tasks in each queue."), Tr::tr("R"),
                                      QStringLiteral("0"));
    const QCommandLineOption
            criteria(QStringLiteral("criteria"),
                     Tr::tr("Acceptance criteria, e.g. alpha>=0.8,gold>=0.9,low<=0.05,audit>=0.95."),
                     Tr::tr("list"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Seed of the gold positions (random when not given)."),
                                  Tr::tr("S"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), Tr::tr("Only this batch."),
                                      Tr::tr("B"));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why the batch is rejected."),
                                    Tr::tr("text"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("How a flag is resolved: open (back to the queue) or done."),
                                Tr::tr("state"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  Tr::tr("A note on the resolution, kept with the task."),
                                  Tr::tr("text"));
    const QCommandLineOption order(
            QStringLiteral("order"),
            Tr::tr("Queue order by the pre-labels' uncertainty: confidence (least confident first) or margin (smallest top-two margin first)."),
            Tr::tr("by"));
    const QCommandLineOption pooled(
            QStringLiteral("pooled"),
            Tr::tr("No planned queues: annotators lease the tasks from a PostgreSQL server (assay lease), gold mixed in at the rate."));
    const QCommandLineOption leaseMinutes(QStringLiteral("lease-minutes"),
                                          Tr::tr("How long a pooled batch's lease lasts (60)."),
                                          Tr::tr("minutes"));
    parser.addOptions({items, annotators, overlap, goldRate, criteria, seed, order, batchOpt,
                       reason, to, note, pooled, leaseMinutes, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("batch"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral(
            "assay batch PROJECT create NAME (--annotators A,B | --pooled [--lease-minutes M])"
            " --overlap K --gold-rate R [--items all|image|text|audio|FILE] [--criteria alpha>=0.8,gold>=0.9,low<=0.05] [--seed S] [--order confidence|margin]"
            " | list [--json] | queue PERSON [--batch B] [--json] | accept B | reject B [--reason R]"
            " | resolve TASK --to open|done [--note TEXT]");
    QString project, verb;
    QStringList rest;
    const QStringList verbs{QStringLiteral("create"), QStringLiteral("list"),
                            QStringLiteral("queue"),  QStringLiteral("accept"),
                            QStringLiteral("reject"), QStringLiteral("resolve")};
    if (!splitProjectVerb(parser.positionalArguments(), verbs, &project, &verb, &rest)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const bool records = verb == QLatin1String("create") || verb == QLatin1String("accept")
                         || verb == QLatin1String("reject");
    auto store = openProject(project, io, parser.value(QStringLiteral("as")),
                             records ? Access::Records : Access::Reads);
    if (!store)
        return ExitFailure;
    const bool json = parser.isSet(QStringLiteral("json"));

    if (verb == QLatin1String("create")) {
        if (rest.size() != 1 || (!parser.isSet(annotators) && !parser.isSet(pooled))) {
            printUsage(io, usage);
            return ExitUsage;
        }
        BatchSpec spec;
        spec.name = rest.first();
        spec.pooled = parser.isSet(pooled);
        if (parser.isSet(leaseMinutes)) {
            bool ok = false;
            const double minutes = parser.value(leaseMinutes).toDouble(&ok);
            if (!ok || minutes <= 0 || !spec.pooled) {
                printUsage(io, usage);
                return ExitUsage;
            }
            spec.leaseSeconds = std::max(1, int(minutes * 60));
        }
        for (const QString &a : parser.value(annotators).split(QLatin1Char(','), Qt::SkipEmptyParts))
            spec.annotators.append(a.trimmed());
        bool ok1 = false, ok2 = false, ok3 = true;
        spec.overlap = parser.value(overlap).toInt(&ok1);
        spec.goldRate = parser.value(goldRate).toDouble(&ok2);
        if (parser.isSet(seed))
            spec.seed = parser.value(seed).toULongLong(&ok3);
        if (!ok1 || !ok2 || !ok3) {
            printUsage(io, usage);
            return ExitUsage;
        }
        if (parser.isSet(criteria)) {
            auto c = quality::parseCriteria(parser.value(criteria));
            if (!c)
                return fail(io, c.error());
            spec.criteria = *c;
        }
        spec.order = parser.value(order);
        const QString what = parser.value(items);
        ItemKind kind;
        if (parseItemKind(what, &kind)) {
            spec.kind = kind;
        } else if (what != QLatin1String("all")) {
            auto ids = itemsFromFile(store.get(), what);
            if (!ids)
                return fail(io, ids.error());
            spec.itemIds = *ids;
        }
        auto batch = store->work().planBatch(spec);
        if (!batch)
            return fail(io, batch.error());
        auto tasks = store->work().batchTasks(batch->id);
        if (!tasks)
            return fail(io, tasks.error());
        if (json) {
            printJson(io, QJsonDocument(batchJson(*batch, int(tasks->size()))));
        } else {
            io.out << Tr::tr("batch %1 (%2): %n task(s)", nullptr, int(tasks->size()))
                              .arg(batch->name, batch->id)
                   << Qt::endl;
        }
        return ExitOk;
    }

    if (verb == QLatin1String("list")) {
        auto all = store->work().batches();
        if (!all)
            return fail(io, all.error());
        QJsonArray array;
        for (const Batch &b : *all) {
            auto tasks = store->work().batchTasks(b.id);
            if (!tasks)
                return fail(io, tasks.error());
            if (json)
                array.append(batchJson(b, int(tasks->size())));
            else
                io.out << b.name.leftJustified(24) << ' '
                       << batchStateName(b.state).leftJustified(10) << ' '
                       << Tr::tr("%n task(s)", nullptr, int(tasks->size())) << "  " << b.id
                       << Qt::endl;
        }
        if (json)
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("batches"), array}}));
        return ExitOk;
    }

    if (verb == QLatin1String("queue")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto person = store->people().person(rest.first());
        if (!person)
            return fail(io, person.error());
        Id batchId;
        if (parser.isSet(batchOpt)) {
            auto b = store->work().batch(parser.value(batchOpt));
            if (!b)
                return fail(io, b.error());
            batchId = b->id;
        }
        // Those who may read task kinds see the whole queue with them; anyone else sees it as its
        // annotator does: no kind (gold is indistinguishable), calibration tasks marked, and the
        // recalibration gate applied.
        const bool kinds = mayRead(store->actor(), Read::TaskKinds);
        auto queue = kinds ? store->work().queue(person->id, batchId)
                           : store->work().annotatorQueue(person->id, batchId);
        if (!queue)
            return fail(io, queue.error());
        QJsonArray array;
        for (const Task &t : *queue) {
            auto item = store->items().item(t.itemId);
            const QString path = item ? item->path : t.itemId;
            const bool calibration = t.kind == TaskKind::Calibration;
            if (json) {
                QJsonObject o{{QStringLiteral("id"), t.id},
                              {QStringLiteral("batch_id"), t.batchId},
                              {QStringLiteral("item_id"), t.itemId},
                              {QStringLiteral("path"), path},
                              {QStringLiteral("state"), taskStateName(t.state)},
                              {QStringLiteral("position"), t.position}};
                if (kinds)
                    o.insert(QStringLiteral("kind"), taskKindName(t.kind));
                else if (calibration)
                    o.insert(QStringLiteral("calibration"), true);
                array.append(o);
            } else {
                const QString kind = kinds         ? taskKindName(t.kind)
                                     : calibration ? taskKindName(t.kind)
                                                   : QString();
                io.out << QString::number(t.position).rightJustified(5) << "  "
                       << taskStateName(t.state).leftJustified(8) << ' ' << kind.leftJustified(11)
                       << ' ' << path << Qt::endl;
            }
        }
        if (json)
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("person"), person->name},
                                                    {QStringLiteral("tasks"), array}}));
        return ExitOk;
    }

    if (verb == QLatin1String("resolve")) {
        // A lead resolves a flag: the task goes back to its queue, or is done.
        const QString state = parser.value(to);
        if (rest.size() != 1 || (state != QLatin1String("open") && state != QLatin1String("done"))) {
            printUsage(io, usage);
            return ExitUsage;
        }
        const TaskState resolved = state == QLatin1String("done") ? TaskState::Done
                                                                  : TaskState::Pending;
        if (Status st = store->work().resolveFlag(rest.first(), resolved, parser.value(note)); !st)
            return fail(io, st.error());
        io.out << (resolved == TaskState::Done
                           ? Tr::tr("task %1: flag resolved, done")
                           : Tr::tr("task %1: flag resolved, back in the queue"))
                          .arg(rest.first())
               << Qt::endl;
        return ExitOk;
    }

    // accept | reject
    if (rest.size() != 1) {
        printUsage(io, usage);
        return ExitUsage;
    }
    auto b = store->work().batch(rest.first());
    if (!b)
        return fail(io, b.error());
    const bool accept = verb == QLatin1String("accept");
    auto decided = store->work().decideBatch(b->id, accept, parser.value(reason));
    if (!decided)
        return fail(io, decided.error());
    if (accept) {
        io.out << Tr::tr("batch %1 accepted").arg(b->name) << Qt::endl;
    } else {
        auto tasks = store->work().batchTasks(decided->id);
        io.out << Tr::tr("batch %1 rejected; its tasks are re-queued in batch %2 (%3)")
                          .arg(b->name, decided->name, decided->id)
               << Qt::endl;
        Q_UNUSED(tasks);
    }
    return ExitOk;
}

// ---- assay quality ---------------------------------------------------------------------

static OrderedJson num(const Result<double> &r)
{
    return r ? OrderedJson::number(*r) : OrderedJson();
}

static OrderedJson strings(const QStringList &list)
{
    OrderedJson a = OrderedJson::array();
    for (const QString &s : list)
        a.append(OrderedJson::string(s));
    return a;
}

struct Names
{
    const Taxonomy *taxonomy = nullptr;
    QString label(const QString &label) const // "id+id" → "name+name"
    {
        if (label.isEmpty())
            return label;
        QStringList out;
        for (const QString &id : label.split(QLatin1Char('+'))) {
            const TaxonomyClass *c = taxonomy->findById(id);
            out.append(c ? c->name : id);
        }
        return out.join(QLatin1Char('+'));
    }
};

static OrderedJson reportJson(const Batch &b, const quality::QualityReport &r, const Names &names,
                              const QString &method)
{
    OrderedJson o = OrderedJson::object();
    o.insert(QStringLiteral("batch"), OrderedJson::string(b.name));
    o.insert(QStringLiteral("batch_id"), OrderedJson::string(b.id));
    o.insert(QStringLiteral("state"), OrderedJson::string(batchStateName(b.state)));
    o.insert(QStringLiteral("items"), OrderedJson::integer(r.items));
    o.insert(QStringLiteral("answers"), OrderedJson::integer(r.answers));
    o.insert(QStringLiteral("raters"), OrderedJson::integer(r.agreement.raters));
    OrderedJson fig = OrderedJson::object();
    OrderedJson notes = OrderedJson::object();
    const struct
    {
        const char *key;
        const Result<double> *value;
    } metrics[] = {{"percent_agreement", &r.agreement.percentAgreement},
                   {"krippendorff_alpha", &r.agreement.krippendorffAlpha},
                   {"fleiss_kappa", &r.agreement.fleissKappa},
                   {"cohen_kappa", &r.agreement.cohenKappa}};
    for (const auto &m : metrics) {
        fig.insert(QLatin1String(m.key), num(*m.value));
        if (!*m.value)
            notes.insert(QLatin1String(m.key), OrderedJson::string(m.value->error().message));
    }
    fig.insert(QStringLiteral("gold_accuracy"), OrderedJson::number(r.goldAccuracy));
    fig.insert(QStringLiteral("gold_tasks"), OrderedJson::integer(r.goldTasks));
    fig.insert(QStringLiteral("low_agreement_share"), OrderedJson::number(r.lowShare));
    fig.insert(QStringLiteral("low_agreement_items"), OrderedJson::integer(r.lowItems));
    fig.insert(QStringLiteral("box_f1"), OrderedJson::number(r.boxes.f1()));
    fig.insert(QStringLiteral("box_mean_iou"), OrderedJson::number(r.boxes.meanIou()));
    fig.insert(QStringLiteral("audit_accuracy"), OrderedJson::number(r.auditAccuracy));
    fig.insert(QStringLiteral("audited"), OrderedJson::integer(r.audited));
    fig.insert(QStringLiteral("reviewer_agreement"), OrderedJson::number(r.reviewerAgreement));
    fig.insert(QStringLiteral("reviewer_pairs"), OrderedJson::integer(r.reviewerPairs));
    o.insert(QStringLiteral("figures"), fig);
    o.insert(QStringLiteral("notes"), notes);

    OrderedJson verdicts = OrderedJson::array();
    for (const quality::Verdict &v : r.verdicts) {
        OrderedJson e = OrderedJson::object();
        e.insert(QStringLiteral("criterion"), OrderedJson::string(v.criterion));
        e.insert(QStringLiteral("op"), OrderedJson::string(v.op));
        e.insert(QStringLiteral("bound"), OrderedJson::number(v.bound));
        e.insert(QStringLiteral("value"), OrderedJson::number(v.value));
        e.insert(QStringLiteral("verdict"), OrderedJson::string(v.verdict));
        if (!v.reason.isEmpty())
            e.insert(QStringLiteral("reason"), OrderedJson::string(v.reason));
        verdicts.append(e);
    }
    o.insert(QStringLiteral("verdicts"), verdicts);
    o.insert(QStringLiteral("accepted_by_criteria"), OrderedJson::boolean(r.accepted()));

    OrderedJson classes = OrderedJson::array();
    for (const quality::ClassFigures &c : r.classes) {
        OrderedJson e = OrderedJson::object();
        e.insert(QStringLiteral("class"), OrderedJson::string(names.label(c.classId)));
        e.insert(QStringLiteral("uses"), OrderedJson::integer(c.uses));
        e.insert(QStringLiteral("alpha"), num(c.alpha));
        e.insert(QStringLiteral("agreement"), OrderedJson::number(c.agreement));
        classes.append(e);
    }
    o.insert(QStringLiteral("classes"), classes);

    OrderedJson people = OrderedJson::array();
    for (const quality::PersonFigures &p : r.people) {
        OrderedJson e = OrderedJson::object();
        e.insert(QStringLiteral("person"), OrderedJson::string(p.person));
        e.insert(QStringLiteral("answers"), OrderedJson::integer(p.answers));
        e.insert(QStringLiteral("gold_tasks"), OrderedJson::integer(p.goldTasks));
        e.insert(QStringLiteral("gold_accuracy"), OrderedJson::number(p.goldAccuracy));
        e.insert(QStringLiteral("consensus_agreement"), OrderedJson::number(p.consensusAgreement));
        e.insert(QStringLiteral("audited"), OrderedJson::integer(p.audited));
        e.insert(QStringLiteral("audit_accuracy"), OrderedJson::number(p.auditAccuracy));
        people.append(e);
    }
    o.insert(QStringLiteral("people"), people);

    OrderedJson pairs = OrderedJson::array();
    for (const quality::PairFigures &p : r.pairs) {
        OrderedJson e = OrderedJson::object();
        e.insert(QStringLiteral("a"), OrderedJson::string(p.a));
        e.insert(QStringLiteral("b"), OrderedJson::string(p.b));
        e.insert(QStringLiteral("items"), OrderedJson::integer(p.items));
        e.insert(QStringLiteral("cohen_kappa"), num(p.kappa));
        if (!p.kappa)
            e.insert(QStringLiteral("note"), OrderedJson::string(p.kappa.error().message));
        e.insert(QStringLiteral("box_f1"), OrderedJson::number(p.boxF1));
        e.insert(QStringLiteral("box_mean_iou"), OrderedJson::number(p.boxMeanIou));
        pairs.append(e);
    }
    o.insert(QStringLiteral("pairs"), pairs);

    OrderedJson labels = OrderedJson::array();
    for (const quality::FinalLabel &f : r.finalLabels) {
        OrderedJson e = OrderedJson::object();
        e.insert(QStringLiteral("item_id"), OrderedJson::string(f.itemId));
        e.insert(QStringLiteral("label"),
                 f.label.isEmpty() ? OrderedJson() : OrderedJson::string(names.label(f.label)));
        QStringList tied;
        for (const QString &t : f.tied)
            tied.append(names.label(t));
        if (!tied.isEmpty())
            e.insert(QStringLiteral("tied"), strings(tied));
        e.insert(QStringLiteral("confidence"), OrderedJson::number(f.confidence));
        e.insert(QStringLiteral("provenance"), strings(f.provenance));
        labels.append(e);
    }
    o.insert(QStringLiteral("method"), OrderedJson::string(method));
    o.insert(QStringLiteral("final_labels"), labels);

    OrderedJson anomalies = OrderedJson::array();
    for (const quality::Anomaly &a : r.anomalies) {
        OrderedJson e = OrderedJson::object();
        e.insert(QStringLiteral("kind"), OrderedJson::string(a.kind));
        e.insert(QStringLiteral("person"), OrderedJson::string(a.person));
        if (a.kind == QLatin1String("overuse")) {
            e.insert(QStringLiteral("class"), OrderedJson::string(names.label(a.classId)));
            e.insert(QStringLiteral("uses"), OrderedJson::integer(a.count));
            e.insert(QStringLiteral("share"), OrderedJson::number(a.value));
            e.insert(QStringLiteral("others_share"), OrderedJson::number(a.other));
        } else {
            e.insert(QStringLiteral("item_id"), OrderedJson::string(a.itemId));
            if (a.kind == QLatin1String("fast"))
                e.insert(QStringLiteral("time_spent_ms"), OrderedJson::integer(qint64(a.value)));
            e.insert(QStringLiteral("annotations"), strings(a.annotations));
        }
        anomalies.append(e);
    }
    o.insert(QStringLiteral("anomalies"), anomalies);
    return o;
}

static QString fmt(const Result<double> &r)
{
    return r ? QString::number(*r, 'f', 3) : QStringLiteral("-");
}

static QString fmt(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("-");
}

static void printReport(CliIo &io, const Batch &b, const quality::QualityReport &r,
                        const Names &names)
{
    io.out << Tr::tr("batch %1 (%2): %3 items, %4 answers, %5 raters")
                      .arg(b.name, batchStateName(b.state))
                      .arg(r.items)
                      .arg(r.answers)
                      .arg(r.agreement.raters)
           << '\n';
    io.out << Tr::tr("  percent agreement %1, Krippendorff's alpha %2, Fleiss' kappa %3, Cohen's kappa %4")
                      .arg(fmt(r.agreement.percentAgreement), fmt(r.agreement.krippendorffAlpha),
                           fmt(r.agreement.fleissKappa), fmt(r.agreement.cohenKappa))
           << '\n';
    io.out << Tr::tr("  gold accuracy %1 (%2 gold answers), items below agreement threshold %3 (%4), box F1 %5")
                      .arg(fmt(r.goldAccuracy))
                      .arg(r.goldTasks)
                      .arg(fmt(r.lowShare))
                      .arg(r.lowItems)
                      .arg(fmt(r.boxes.f1()))
           << '\n';
    io.out << Tr::tr("  audit accuracy %1 (%2 audited answers), reviewer agreement %3 (%4 second reviews)")
                      .arg(fmt(r.auditAccuracy))
                      .arg(r.audited)
                      .arg(fmt(r.reviewerAgreement))
                      .arg(r.reviewerPairs)
           << '\n';
    for (const quality::Verdict &v : r.verdicts) {
        io.out << QStringLiteral("  %1 %2 %3: %4 (%5)")
                          .arg(v.criterion, v.op)
                          .arg(v.bound)
                          .arg(v.verdict, fmt(v.value));
        if (!v.reason.isEmpty())
            io.out << " — " << v.reason;
        io.out << '\n';
    }
    io.out << Tr::tr("  per class:") << '\n';
    for (const quality::ClassFigures &c : r.classes)
        io.out << QStringLiteral("    %1 uses %2, alpha %3, agreement %4")
                          .arg(names.label(c.classId).leftJustified(16))
                          .arg(c.uses)
                          .arg(fmt(c.alpha), fmt(c.agreement))
               << '\n';
    io.out << Tr::tr("  per person:") << '\n';
    for (const quality::PersonFigures &p : r.people)
        io.out << QStringLiteral("    %1 answers %2, gold %3 (%4), with consensus %5, audit %6 (%7)")
                          .arg(p.person.leftJustified(16))
                          .arg(p.answers)
                          .arg(fmt(p.goldAccuracy))
                          .arg(p.goldTasks)
                          .arg(fmt(p.consensusAgreement))
                          .arg(fmt(p.auditAccuracy))
                          .arg(p.audited)
               << '\n';
    io.out << Tr::tr("  per pair:") << '\n';
    for (const quality::PairFigures &p : r.pairs)
        io.out << QStringLiteral("    %1 / %2 items %3, kappa %4, box F1 %5")
                          .arg(p.a, p.b)
                          .arg(p.items)
                          .arg(fmt(p.kappa), fmt(p.boxF1))
               << '\n';
    io.out << Tr::tr("  anomalies: %1").arg(r.anomalies.size()) << '\n';
    for (const quality::Anomaly &a : r.anomalies) {
        if (a.kind == QLatin1String("overuse"))
            io.out << QStringLiteral("    overuse %1 %2: %3 uses, share %4 vs %5\n")
                              .arg(a.person, names.label(a.classId))
                              .arg(a.count)
                              .arg(fmt(std::optional<double>(a.value)),
                                   fmt(std::optional<double>(a.other)));
        else
            io.out << QStringLiteral("    %1 %2 %3 %4\n")
                              .arg(a.kind, a.person, a.itemId, a.annotations.join(QLatin1Char(',')));
    }
    io.out.flush();
}

int runQuality(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption batchOpt(QStringLiteral("batch"), Tr::tr("Only this batch."),
                                      Tr::tr("B"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Tr::tr("Consensus: majority or dawid-skene."), Tr::tr("method"),
                                    QStringLiteral("majority"));
    const QCommandLineOption minTime(QStringLiteral("min-time"),
                                     Tr::tr("Answers faster than this (ms) are anomalies."),
                                     Tr::tr("ms"), QStringLiteral("500"));
    const QCommandLineOption
            overTime(QStringLiteral("over-time"),
                     Tr::tr("Quality over time, per person and class, with drift alerts."));
    const QCommandLineOption drift(QStringLiteral("drift"), Tr::tr("Only the drift alerts."));
    const QCommandLineOption bucket(QStringLiteral("bucket"),
                                    Tr::tr("Points per day, or per this many tasks."),
                                    Tr::tr("day|N"), QStringLiteral("day"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD)."),
                                  Tr::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day (YYYY-MM-DD)."),
                                Tr::tr("date"));
    const QCommandLineOption taxonomyVersion(QStringLiteral("taxonomy-version"),
                                             Tr::tr("Only answers made under this taxonomy version."),
                                             Tr::tr("N"));
    const QCommandLineOption
            guidelineVersion(QStringLiteral("guideline-version"),
                             Tr::tr("Only answers made under this guideline version."),
                             Tr::tr("N"));
    parser.addOptions({batchOpt, method, minTime, overTime, drift, bucket, from, to,
                       taxonomyVersion, guidelineVersion, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("quality"), args, io))
        return ExitUsage;
    if (parser.isSet(overTime) || parser.isSet(drift)) {
        ReportPeriod period;
        period.from = QDate::fromString(parser.value(from), Qt::ISODate);
        period.to = QDate::fromString(parser.value(to), Qt::ISODate);
        if (parser.positionalArguments().size() != 1
            || (parser.isSet(from) && !period.from.isValid())
            || (parser.isSet(to) && !period.to.isValid())) {
            printUsage(io,
                       QStringLiteral("assay quality PROJECT --over-time|--drift [--bucket day|N] "
                                      "[--from DATE] [--to DATE] [--json]"));
            return ExitUsage;
        }
        auto store = openProject(parser.positionalArguments().constFirst(), io,
                                 parser.value(QStringLiteral("as")));
        if (!store)
            return ExitFailure;
        return runQualityTimeline(*store, !parser.isSet(overTime), parser.value(bucket), period,
                                  parser.isSet(QStringLiteral("json")), io);
    }
    const QString usage = QStringLiteral(
            "assay quality PROJECT [--batch B] [--method majority|dawid-skene] [--min-time MS]"
            " [--taxonomy-version N] [--guideline-version N] [--json]");
    const QStringList pos = parser.positionalArguments();
    bool ok = false;
    const qint64 minMs = parser.value(minTime).toLongLong(&ok);
    const QString m = parser.value(method);
    // A version filter is a positive number when given.
    const auto version = [&parser](const QCommandLineOption &option, bool *valid) {
        if (!parser.isSet(option))
            return 0;
        const int v = parser.value(option).toInt(valid);
        *valid = *valid && v > 0;
        return v;
    };
    bool taxonomyOk = true;
    bool guidelineOk = true;
    const int onlyTaxonomy = version(taxonomyVersion, &taxonomyOk);
    const int onlyGuideline = version(guidelineVersion, &guidelineOk);
    if (pos.size() != 1 || !ok || !taxonomyOk || !guidelineOk
        || (m != QLatin1String("majority") && m != QLatin1String("dawid-skene"))) {
        printUsage(io, usage);
        return ExitUsage;
    }
    auto store = openProject(pos.first(), io, parser.value(QStringLiteral("as")));
    if (!store)
        return ExitFailure;
    auto taxonomy = store->taxonomy().get();
    if (!taxonomy)
        return fail(io, taxonomy.error());
    QList<Batch> batches;
    if (parser.isSet(batchOpt)) {
        auto b = store->work().batch(parser.value(batchOpt));
        if (!b)
            return fail(io, b.error());
        batches.append(*b);
    } else {
        auto all = store->work().batches();
        if (!all)
            return fail(io, all.error());
        batches = *all;
    }
    if (onlyTaxonomy > taxonomy->version)
        return fail(io, makeError(ErrorCode::NotFound,
                                  Tr::tr("no taxonomy version %1 (the latest is %2)")
                                          .arg(onlyTaxonomy)
                                          .arg(taxonomy->version)));
    const int guidelines = store->taxonomy().guidelineVersion();
    if (onlyGuideline > guidelines)
        return fail(io, makeError(ErrorCode::NotFound,
                                  Tr::tr("no guideline version %1 (the latest is %2)")
                                          .arg(onlyGuideline)
                                          .arg(guidelines)));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json && onlyTaxonomy > 0)
        io.out << Tr::tr("Only answers made under taxonomy version %1.").arg(onlyTaxonomy) << '\n';
    if (!json && onlyGuideline > 0)
        io.out << Tr::tr("Only answers made under guideline version %1.").arg(onlyGuideline)
               << '\n';
    Names names{&*taxonomy};
    OrderedJson list = OrderedJson::array();
    for (const Batch &b : batches) {
        quality::ReportOptions options;
        options.method = m == QLatin1String("dawid-skene") ? quality::ConsensusMethod::DawidSkene
                                                           : quality::ConsensusMethod::Majority;
        options.minTimeMs = minMs;
        options.taxonomyVersion = onlyTaxonomy;
        options.guidelineVersion = onlyGuideline;
        auto computed = store->gold().batchQualityReport(b.id, options);
        if (!computed)
            return fail(io, computed.error());
        const quality::QualityReport &report = *computed;
        if (parser.isSet(QStringLiteral("json")))
            list.append(reportJson(b, report, names, m));
        else
            printReport(io, b, report, names);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        OrderedJson root = OrderedJson::object();
        if (onlyTaxonomy > 0)
            root.insert(QStringLiteral("taxonomy_version"), OrderedJson::integer(onlyTaxonomy));
        if (onlyGuideline > 0)
            root.insert(QStringLiteral("guideline_version"), OrderedJson::integer(onlyGuideline));
        root.insert(QStringLiteral("batches"), list);
        io.out << root.toString();
        io.out.flush();
    }
    return ExitOk;
}

} // namespace assay::app::cli
