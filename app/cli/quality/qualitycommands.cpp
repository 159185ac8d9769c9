// SPDX-License-Identifier: Apache-2.0
// Implements the agreement, box-agreement and consensus subcommands on top of core/quality.
#include "app/cli/quality/qualitycommands.h"
#include "core/base/tr.h"

#include "app/cli/quality/orderedjson.h"
#include "core/quality/agreement.h"
#include "core/quality/boxmatching.h"
#include "core/quality/consensus.h"
#include "core/quality/ratingfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace assay::app {

namespace quality = assay::core::quality;

static QString formatNumber(double value)
{
    return QString::number(value, 'f', 4);
}

static QString formatNumber(std::optional<double> value)
{
    return value ? formatNumber(*value) : Tr::tr("undefined");
}

// Left-aligned columns, two spaces apart: readable in a terminal and stable for diffs.
static void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths.at(c), row.at(c).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c) + 2) : row.at(c);
        }
        out << line << '\n';
    }
}

// Parses "assay <command> args": ExitOk to go on, or the exit status to return (usage
// errors print the reason and the usage line on io.err; --help prints usage on io.out).
static int parseArguments(QCommandLineParser &parser, const QString &command, const QString &usage,
                          const QStringList &args, CliIo &io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("assay ") + command} + args)) {
        io.err << QStringLiteral("assay %1: ").arg(command) << parser.errorText() << '\n'
               << Tr::tr("usage: ") << usage << '\n';
        io.err.flush();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt's help text starts with its own "Usage:" line; ours names the input file.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(u'\n') + 1);
        io.out << Tr::tr("usage: ") << usage << '\n' << help;
        io.out.flush();
        return -1;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << QStringLiteral("assay %1: ").arg(command)
               << (parser.positionalArguments().isEmpty()
                           ? Tr::tr("no input file given")
                           : Tr::tr("more than one input file given"))
               << '\n'
               << Tr::tr("usage: ") << usage << '\n';
        io.err.flush();
        return ExitUsage;
    }
    return ExitOk;
}

static int fail(CliIo &io, const QString &command, const Error &error)
{
    io.err << QStringLiteral("assay %1: ").arg(command) << error.toString() << '\n';
    io.err.flush();
    return ExitFailure;
}

static Result<quality::RatingSet> loadRatings(const QString &path)
{
    return quality::readRatingSetCsv(path);
}

int runAgreement(const QStringList &args, CliIo &io)
{
    const QString command = QStringLiteral("agreement");
    const QString usage = Tr::tr("assay agreement RATINGS.csv [--json] [--pairwise]");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Agreement of raters on nominal labels. RATINGS.csv has the header "
            "item,rater,label and one row per rating; a missing rating is an absent row, and "
            "a second row for the same item and rater is an error. Metrics the data do not "
            "define are reported as undefined with the reason."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Write JSON."));
    const QCommandLineOption pairwise(QStringLiteral("pairwise"),
                                      Tr::tr("Add Cohen's kappa for every pair of raters."));
    parser.addOptions({json, pairwise});
    if (const int status = parseArguments(parser, command, usage, args, io); status != ExitOk)
        return status < 0 ? ExitOk : status;
    const QString path = parser.positionalArguments().constFirst();

    const auto set = loadRatings(path);
    if (!set)
        return fail(io, command, set.error());
    const quality::AgreementReport report = quality::agreementReport(*set);
    const QList<quality::PairwiseKappa> pairs = parser.isSet(pairwise)
                                                        ? quality::pairwiseCohensKappa(*set)
                                                        : QList<quality::PairwiseKappa>();
    struct Field
    {
        QString key;
        QString title;
        const Result<double> *value;
    };
    const QList<Field> fields{
            {QStringLiteral("percent_agreement"), Tr::tr("percent agreement"),
             &report.percentAgreement},
            {QStringLiteral("cohen_kappa"), Tr::tr("Cohen's kappa"), &report.cohenKappa},
            {QStringLiteral("scott_pi"), Tr::tr("Scott's pi"), &report.scottPi},
            {QStringLiteral("fleiss_kappa"), Tr::tr("Fleiss' kappa"), &report.fleissKappa},
            {QStringLiteral("krippendorff_alpha"), Tr::tr("Krippendorff's alpha"),
             &report.krippendorffAlpha},
    };

    if (parser.isSet(json)) {
        OrderedJson root = OrderedJson::object();
        root.insert(QStringLiteral("items"), OrderedJson::integer(report.items));
        root.insert(QStringLiteral("raters"), OrderedJson::integer(report.raters));
        root.insert(QStringLiteral("labels"), OrderedJson::integer(report.labels));
        OrderedJson notes = OrderedJson::object();
        for (const Field &f : fields) {
            root.insert(f.key, *f.value ? OrderedJson::number(**f.value) : OrderedJson());
            if (!*f.value)
                notes.insert(f.key, OrderedJson::string(f.value->error().message));
        }
        if (parser.isSet(pairwise)) {
            OrderedJson list = OrderedJson::array();
            for (const quality::PairwiseKappa &p : pairs) {
                OrderedJson entry = OrderedJson::object();
                entry.insert(QStringLiteral("a"), OrderedJson::string(p.raterA));
                entry.insert(QStringLiteral("b"), OrderedJson::string(p.raterB));
                entry.insert(QStringLiteral("items"), OrderedJson::integer(p.items));
                entry.insert(QStringLiteral("cohen_kappa"),
                             p.kappa ? OrderedJson::number(*p.kappa) : OrderedJson());
                entry.insert(QStringLiteral("note"),
                             p.kappa ? OrderedJson() : OrderedJson::string(p.kappa.error().message));
                list.append(entry);
            }
            root.insert(QStringLiteral("pairwise"), list);
        }
        root.insert(QStringLiteral("notes"), notes);
        io.out << root.toString();
        io.out.flush();
        return ExitOk;
    }

    io.out << Tr::tr("%1: %2 items, %3 raters, %4 labels, %5 ratings")
                      .arg(path)
                      .arg(report.items)
                      .arg(report.raters)
                      .arg(report.labels)
                      .arg(report.ratings)
           << "\n\n";
    QList<QStringList> rows;
    for (const Field &f : fields) {
        rows.append({f.title, *f.value ? formatNumber(**f.value)
                                       : Tr::tr("undefined: %1").arg(f.value->error().message)});
    }
    printTable(io.out, rows);
    if (parser.isSet(pairwise)) {
        io.out << '\n' << Tr::tr("Cohen's kappa by pair of raters") << '\n';
        QList<QStringList> table{
                {Tr::tr("rater A"), Tr::tr("rater B"), Tr::tr("items"), Tr::tr("kappa")}};
        for (const quality::PairwiseKappa &p : pairs) {
            table.append({p.raterA, p.raterB, QString::number(p.items),
                          p.kappa ? formatNumber(*p.kappa)
                                  : Tr::tr("undefined: %1").arg(p.kappa.error().message)});
        }
        printTable(io.out, table);
    }
    io.out.flush();
    return ExitOk;
}

int runBoxAgreement(const QStringList &args, CliIo &io)
{
    const QString command = QStringLiteral("box-agreement");
    const QString usage = Tr::tr(
            "assay box-agreement BOXES.csv [--iou 0.5] [--class-agnostic] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Agreement of raters' boxes. BOXES.csv has the header image,rater,x,y,w,h,label "
                   "in absolute pixels. For every pair of raters A, B (sorted, A the reference) "
                   "boxes are matched one-to-one by IoU (Hungarian), per image: precision = "
                   "matched/|B|, recall = matched/|A|."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Write JSON."));
    const QCommandLineOption iou(QStringLiteral("iou"),
                                 Tr::tr("Lowest IoU at which two boxes match (default 0.5)."),
                                 Tr::tr("threshold"), QStringLiteral("0.5"));
    const QCommandLineOption agnostic(QStringLiteral("class-agnostic"),
                                      Tr::tr("Match boxes whatever their labels."));
    parser.addOptions({json, iou, agnostic});
    if (const int status = parseArguments(parser, command, usage, args, io); status != ExitOk)
        return status < 0 ? ExitOk : status;
    const QString path = parser.positionalArguments().constFirst();

    quality::BoxMatchOptions options;
    bool ok = false;
    options.iouThreshold = parser.value(iou).toDouble(&ok);
    if (!ok || !(options.iouThreshold > 0 && options.iouThreshold <= 1)) {
        io.err << QStringLiteral("assay %1: ").arg(command)
               << Tr::tr("--iou takes a number greater than 0 and at most 1, not \"%1\"")
                          .arg(parser.value(iou))
               << '\n'
               << Tr::tr("usage: ") << usage << '\n';
        io.err.flush();
        return ExitUsage;
    }
    options.classes = parser.isSet(agnostic) ? quality::ClassMatching::AnyClass
                                             : quality::ClassMatching::SameClass;

    const auto boxes = quality::readBoxesCsv(path);
    if (!boxes)
        return fail(io, command, boxes.error());
    const auto pairs = quality::boxAgreementByRaterPair(*boxes, options);
    if (!pairs)
        return fail(io, command, pairs.error());

    if (parser.isSet(json)) {
        OrderedJson list = OrderedJson::array();
        for (const quality::RaterPairBoxAgreement &p : *pairs) {
            OrderedJson entry = OrderedJson::object();
            entry.insert(QStringLiteral("a"), OrderedJson::string(p.raterA));
            entry.insert(QStringLiteral("b"), OrderedJson::string(p.raterB));
            entry.insert(QStringLiteral("matched"), OrderedJson::integer(p.agreement.matched));
            entry.insert(QStringLiteral("precision"), OrderedJson::number(p.agreement.precision()));
            entry.insert(QStringLiteral("recall"), OrderedJson::number(p.agreement.recall()));
            entry.insert(QStringLiteral("f1"), OrderedJson::number(p.agreement.f1()));
            entry.insert(QStringLiteral("mean_iou"), OrderedJson::number(p.agreement.meanIou()));
            entry.insert(QStringLiteral("boxes_a"),
                         OrderedJson::integer(p.agreement.referenceCount));
            entry.insert(QStringLiteral("boxes_b"),
                         OrderedJson::integer(p.agreement.candidateCount));
            list.append(entry);
        }
        OrderedJson root = OrderedJson::object();
        root.insert(QStringLiteral("pairs"), list);
        io.out << root.toString();
        io.out.flush();
        return ExitOk;
    }

    io.out << Tr::tr("%1: %2 boxes; IoU threshold %3, %4")
                      .arg(path)
                      .arg(boxes->size())
                      .arg(options.iouThreshold)
                      .arg(parser.isSet(agnostic) ? Tr::tr("any class") : Tr::tr("same class only"))
           << "\n\n";
    QList<QStringList> rows{{Tr::tr("A (reference)"), Tr::tr("B"), Tr::tr("boxes A"),
                             Tr::tr("boxes B"), Tr::tr("matched"), Tr::tr("precision"),
                             Tr::tr("recall"), Tr::tr("F1"), Tr::tr("mean IoU")}};
    for (const quality::RaterPairBoxAgreement &p : *pairs) {
        rows.append({p.raterA, p.raterB, QString::number(p.agreement.referenceCount),
                     QString::number(p.agreement.candidateCount),
                     QString::number(p.agreement.matched), formatNumber(p.agreement.precision()),
                     formatNumber(p.agreement.recall()), formatNumber(p.agreement.f1()),
                     formatNumber(p.agreement.meanIou())});
    }
    if (pairs->isEmpty())
        io.out << Tr::tr("fewer than two raters: no pair to compare") << '\n';
    else
        printTable(io.out, rows);
    io.out.flush();
    return ExitOk;
}

int runConsensus(const QStringList &args, CliIo &io)
{
    const QString command = QStringLiteral("consensus");
    const QString usage = Tr::tr("assay consensus RATINGS.csv --method majority|dawid-skene "
                                 "[--max-iterations N] [--json]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Consensus label of every item from RATINGS.csv (header item,rater,label). "
                   "Majority vote reports ties instead of breaking them; Dawid-Skene (1979) also "
                   "estimates each rater's accuracy and the class priors."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Write JSON."));
    const QCommandLineOption method(QStringLiteral("method"), Tr::tr("majority or dawid-skene."),
                                    Tr::tr("method"));
    const QCommandLineOption
            maxIterations(QStringLiteral("max-iterations"),
                          Tr::tr("Dawid-Skene: stop after this many EM iterations (default 1000)."),
                          Tr::tr("count"), QStringLiteral("1000"));
    parser.addOptions({json, method, maxIterations});
    if (const int status = parseArguments(parser, command, usage, args, io); status != ExitOk)
        return status < 0 ? ExitOk : status;
    const QString path = parser.positionalArguments().constFirst();

    const QString methodName = parser.value(method);
    const bool dawidSkene = methodName == QLatin1String("dawid-skene");
    if (!dawidSkene && methodName != QLatin1String("majority")) {
        io.err << QStringLiteral("assay %1: ").arg(command)
               << (methodName.isEmpty() ? Tr::tr("--method is required (majority or dawid-skene)")
                                        : Tr::tr("unknown method \"%1\" (majority or dawid-skene)")
                                                  .arg(methodName))
               << '\n'
               << Tr::tr("usage: ") << usage << '\n';
        io.err.flush();
        return ExitUsage;
    }
    quality::DawidSkeneOptions options;
    bool ok = false;
    options.maxIterations = parser.value(maxIterations).toInt(&ok);
    if (!ok || options.maxIterations < 1) {
        io.err << QStringLiteral("assay %1: ").arg(command)
               << Tr::tr("--max-iterations takes a positive whole number, not \"%1\"")
                          .arg(parser.value(maxIterations))
               << '\n'
               << Tr::tr("usage: ") << usage << '\n';
        io.err.flush();
        return ExitUsage;
    }

    const auto set = loadRatings(path);
    if (!set)
        return fail(io, command, set.error());
    quality::Consensus consensus;
    if (dawidSkene) {
        auto estimated = quality::dawidSkene(*set, options);
        if (!estimated)
            return fail(io, command, estimated.error());
        consensus = *std::move(estimated);
    } else {
        consensus = quality::majorityVote(*set);
    }

    if (parser.isSet(json)) {
        OrderedJson items = OrderedJson::array();
        for (const quality::ConsensusItem &item : std::as_const(consensus.items)) {
            OrderedJson entry = OrderedJson::object();
            entry.insert(QStringLiteral("item"), OrderedJson::string(item.item));
            entry.insert(QStringLiteral("label"),
                         item.isTied() ? OrderedJson() : OrderedJson::string(item.label));
            entry.insert(QStringLiteral("confidence"), OrderedJson::number(item.confidence));
            OrderedJson tied = OrderedJson::array();
            for (const QString &label : item.tied)
                tied.append(OrderedJson::string(label));
            entry.insert(QStringLiteral("tied"), tied);
            items.append(entry);
        }
        OrderedJson raters = OrderedJson::array();
        for (const quality::RaterEstimate &r : std::as_const(consensus.raters)) {
            OrderedJson entry = OrderedJson::object();
            entry.insert(QStringLiteral("rater"), OrderedJson::string(r.rater));
            entry.insert(QStringLiteral("accuracy"), OrderedJson::number(r.accuracy));
            raters.append(entry);
        }
        OrderedJson priors = OrderedJson::object();
        for (qsizetype k = 0; k < consensus.priors.size(); ++k)
            priors.insert(consensus.labels.at(k), OrderedJson::number(consensus.priors.at(k)));
        OrderedJson root = OrderedJson::object();
        root.insert(QStringLiteral("items"), items);
        root.insert(QStringLiteral("raters"), raters);
        root.insert(QStringLiteral("priors"), priors);
        root.insert(QStringLiteral("method"), OrderedJson::string(methodName));
        if (dawidSkene) {
            root.insert(QStringLiteral("iterations"), OrderedJson::integer(consensus.iterations));
            root.insert(QStringLiteral("converged"), OrderedJson::boolean(consensus.converged));
        }
        io.out << root.toString();
        io.out.flush();
        return ExitOk;
    }

    io.out << Tr::tr("%1: %2 items, %3 raters; %4")
                      .arg(path)
                      .arg(set->itemCount())
                      .arg(set->raterCount())
                      .arg(dawidSkene ? Tr::tr("Dawid-Skene") : Tr::tr("majority vote"))
           << "\n\n";
    QList<QStringList> rows{{Tr::tr("item"), Tr::tr("label"), Tr::tr("confidence")}};
    int ties = 0;
    for (const quality::ConsensusItem &item : std::as_const(consensus.items)) {
        if (item.isTied())
            ++ties;
        rows.append({item.item,
                     item.isTied() ? Tr::tr("tie: %1").arg(item.tied.join(QStringLiteral(", ")))
                                   : item.label,
                     formatNumber(item.confidence)});
    }
    printTable(io.out, rows);
    if (ties > 0)
        io.out << '\n' << Tr::tr("%n item(s) tied; ties are not broken", nullptr, ties) << '\n';
    if (dawidSkene) {
        io.out << '\n'
               << (consensus.converged
                           ? Tr::tr("converged after %n iteration(s)", nullptr, consensus.iterations)
                           : Tr::tr("stopped at the cap of %n iteration(s) without converging",
                                    nullptr, consensus.iterations))
               << "\n\n";
        QList<QStringList> raterRows{{Tr::tr("rater"), Tr::tr("estimated accuracy")}};
        for (const quality::RaterEstimate &r : std::as_const(consensus.raters))
            raterRows.append({r.rater, formatNumber(r.accuracy)});
        printTable(io.out, raterRows);
        io.out << '\n';
        QList<QStringList> priorRows{{Tr::tr("class"), Tr::tr("estimated prior")}};
        for (qsizetype k = 0; k < consensus.priors.size(); ++k)
            priorRows.append({consensus.labels.at(k), formatNumber(consensus.priors.at(k))});
        printTable(io.out, priorRows);
    }
    io.out.flush();
    return ExitOk;
}

} // namespace assay::app
