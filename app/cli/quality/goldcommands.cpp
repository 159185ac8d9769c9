// SPDX-License-Identifier: Apache-2.0
// assay gold: a lead's reference answers, the gold gate settings and people's gold status.
#include "app/cli/clicommon.h"
#include "core/base/tr.h"
#include "app/cli/quality/projectquality.h"
#include "core/csv/csvreader.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace assay::app::cli {

using namespace assay::core;
using namespace assay::core::store;

// "PROJECT VERB ARGS..." or "VERB PROJECT ARGS...".
bool splitProjectVerb(const QStringList &pos, const QStringList &verbs, QString *project,
                      QString *verb, QStringList *rest)
{
    if (pos.size() < 2)
        return false;
    if (verbs.contains(pos.at(1))) {
        *project = pos.at(0);
        *verb = pos.at(1);
    } else if (verbs.contains(pos.at(0))) {
        *verb = pos.at(0);
        *project = pos.at(1);
    } else {
        return false;
    }
    *rest = pos.mid(2);
    return true;
}

static Result<Id> classIdOf(const Taxonomy &taxonomy, const QString &name, const QString &path,
                            int line)
{
    if (const TaxonomyClass *c = taxonomy.findByName(name))
        return c->id;
    if (const TaxonomyClass *c = taxonomy.findById(name))
        return c->id;
    const QString where = line > 0 ? Tr::tr("line %1: ").arg(line) : QString();
    return makeError(ErrorCode::NotFound,
                     where + Tr::tr("no class \"%1\" in the taxonomy").arg(name), path);
}

static Result<double> number(const QString &text, const QString &path, int line)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("line %1: \"%2\" is not a number").arg(line).arg(text), path);
    return v;
}

static bool isHeader(const QStringList &fields)
{
    const QString first = fields.value(0).trimmed().toLower();
    return first == QLatin1String("item") || first == QLatin1String("image");
}

// Reads item,label rows or image,x,y,w,h,label rows (or, for --boxes, x,y,w,h,label) into
// gold answers, one per item, in file order.
static Result<QList<GoldAnswer>> readGoldCsv(assay::core::Project *store, const Taxonomy &taxonomy,
                                             const QString &path, const QString &fixedItem)
{
    auto reader = core::csv::CsvReader::open(path);
    if (!reader)
        return reader.error();
    QList<GoldAnswer> answers;
    QHash<Id, int> index;
    for (bool first = true;; first = false) {
        const auto more = (*reader)->next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const int line = (*reader)->line();
        QStringList f = (*reader)->fieldStrings();
        if (first && (isHeader(f) || f.value(0).trimmed() == QLatin1String("x")))
            continue;
        if (!fixedItem.isEmpty())
            f.prepend(fixedItem);
        if (f.size() != 2 && f.size() != 6) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("line %1: expected item,label or image,x,y,w,h,label (%2 fields)")
                                     .arg(line)
                                     .arg(f.size()),
                             path);
        }
        auto item = store->items().findItem(f.at(0).trimmed());
        if (!item)
            return makeError(item.error().code,
                             Tr::tr("line %1: %2").arg(line).arg(item.error().message), path);
        auto cls = classIdOf(taxonomy, f.last().trimmed(), path, line);
        if (!cls)
            return cls.error();
        if (!index.contains(item->id)) {
            index.insert(item->id, int(answers.size()));
            answers.append(GoldAnswer{item->id, {}, {}, {}, {}});
        }
        GoldAnswer &a = answers[index.value(item->id)];
        if (f.size() == 2) {
            if (!a.classIds.contains(*cls))
                a.classIds.append(*cls);
            continue;
        }
        Box b;
        b.id = newId();
        b.classId = *cls;
        double *coords[] = {&b.x, &b.y, &b.w, &b.h};
        for (int k = 0; k < 4; ++k) {
            auto v = number(f.at(k + 1), path, line);
            if (!v)
                return v.error();
            *coords[k] = *v;
        }
        if (b.w < 0 || b.h < 0)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("line %1: a box cannot have a negative size").arg(line), path);
        a.boxes.append(b);
    }
    if (answers.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("no gold answers in the file"), path);
    return answers;
}

static QString className(const Taxonomy &taxonomy, const Id &id)
{
    const TaxonomyClass *c = taxonomy.findById(id);
    return c ? c->name : id;
}

int runGold(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption cls(QStringLiteral("class"),
                                 Tr::tr("Reference class (repeat for several)."), Tr::tr("name"));
    const QCommandLineOption boxes(QStringLiteral("boxes"),
                                   Tr::tr("Reference boxes: a CSV of x,y,w,h,label."),
                                   Tr::tr("file"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    Tr::tr("Rolling accuracy over the last N gold answers."),
                                    Tr::tr("N"));
    const QCommandLineOption
            threshold(QStringLiteral("threshold"),
                      Tr::tr("Pass mark of a gold answer and of the rolling accuracy."),
                      Tr::tr("X"));
    const QCommandLineOption
            minimum(QStringLiteral("minimum"),
                    Tr::tr("Gold answers needed before a person can be sent to recalibrate."),
                    Tr::tr("M"));
    const QCommandLineOption calibration(
            QStringLiteral("calibration"),
            Tr::tr("add: a calibration reference, not production gold (an item is one or the other)."));
    parser.addOptions(
            {cls, boxes, calibration, window, threshold, minimum, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("gold"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral(
            "assay gold PROJECT add ITEM (--class NAME... | --boxes FILE) [--calibration] | import FILE.csv [--calibration] | list [--json]"
            " | status [--json] | gates | recalibrated PERSON | settings [--window N] [--threshold X] [--minimum M]");
    QString project, verb;
    QStringList rest;
    const QStringList verbs{QStringLiteral("add"),          QStringLiteral("import"),
                            QStringLiteral("list"),         QStringLiteral("status"),
                            QStringLiteral("recalibrated"), QStringLiteral("settings"),
                            QStringLiteral("gates")};
    if (!splitProjectVerb(parser.positionalArguments(), verbs, &project, &verb, &rest)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const bool records = verb == QLatin1String("add") || verb == QLatin1String("import")
                         || verb == QLatin1String("recalibrated") || verb == QLatin1String("gates");
    auto store = openProject(project, io, parser.value(QStringLiteral("as")),
                             records ? Access::Records : Access::Reads);
    if (!store)
        return ExitFailure;
    auto taxonomy = store->taxonomy().get();
    if (!taxonomy) {
        printError(io, taxonomy.error());
        return ExitFailure;
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    if (verb == QLatin1String("add") || verb == QLatin1String("import")) {
        QList<GoldAnswer> answers;
        if (verb == QLatin1String("add")) {
            if (rest.size() != 1 || parser.isSet(cls) == parser.isSet(boxes)) {
                printUsage(io, usage);
                return ExitUsage;
            }
            auto item = store->items().findItem(rest.first());
            if (!item) {
                printError(io, item.error());
                return ExitFailure;
            }
            if (parser.isSet(cls)) {
                GoldAnswer a{item->id, {}, {}, {}, {}};
                for (const QString &name : parser.values(cls)) {
                    auto id = classIdOf(*taxonomy, name, project, 0);
                    if (!id) {
                        printError(io, id.error());
                        return ExitFailure;
                    }
                    a.classIds.append(*id);
                }
                answers.append(a);
            } else {
                auto read = readGoldCsv(store.get(), *taxonomy, parser.value(boxes), item->id);
                if (!read) {
                    printError(io, read.error());
                    return ExitFailure;
                }
                answers = *read;
            }
        } else {
            if (rest.size() != 1) {
                printUsage(io, usage);
                return ExitUsage;
            }
            auto read = readGoldCsv(store.get(), *taxonomy, rest.first(), {});
            if (!read) {
                printError(io, read.error());
                return ExitFailure;
            }
            answers = *read;
        }
        for (GoldAnswer &a : answers)
            a.calibration = parser.isSet(calibration);
        const Status st = store->gold().setGold(answers);
        if (!st) {
            printError(io, st.error());
            return ExitFailure;
        }
        io.out << Tr::tr("%n gold item(s) set", nullptr, int(answers.size())) << Qt::endl;
        return ExitOk;
    }

    if (verb == QLatin1String("list")) {
        auto gold = store->gold().goldAnswers();
        if (!gold) {
            printError(io, gold.error());
            return ExitFailure;
        }
        QJsonArray array;
        for (const GoldAnswer &a : *gold) {
            auto item = store->items().item(a.itemId);
            QJsonArray classes;
            for (const Id &c : a.classIds)
                classes.append(className(*taxonomy, c));
            QJsonArray boxList;
            for (const Box &b : a.boxes)
                boxList.append(
                        QJsonObject{{QStringLiteral("x"), b.x},
                                    {QStringLiteral("y"), b.y},
                                    {QStringLiteral("w"), b.w},
                                    {QStringLiteral("h"), b.h},
                                    {QStringLiteral("label"), className(*taxonomy, b.classId)}});
            if (json) {
                array.append(QJsonObject{{QStringLiteral("item_id"), a.itemId},
                                         {QStringLiteral("path"), item ? item->path : QString()},
                                         {QStringLiteral("classes"), classes},
                                         {QStringLiteral("boxes"), boxList},
                                         {QStringLiteral("purpose"),
                                          a.calibration ? QStringLiteral("calibration")
                                                        : QStringLiteral("gold")}});
            } else {
                QStringList what;
                for (const auto &c : classes)
                    what.append(c.toString());
                if (!a.boxes.isEmpty())
                    what.append(Tr::tr("%n box(es)", nullptr, int(a.boxes.size())));
                if (a.calibration)
                    what.append(Tr::tr("(calibration reference)"));
                io.out << (item ? item->path : a.itemId).leftJustified(40) << ' '
                       << what.join(QStringLiteral(", ")) << Qt::endl;
            }
        }
        if (json)
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("gold"), array}}));
        return ExitOk;
    }

    if (verb == QLatin1String("status")) {
        auto people = store->people().people();
        auto settings = store->gold().qualitySettings();
        if (!people || !settings) {
            printError(io, !people ? people.error() : settings.error());
            return ExitFailure;
        }
        QJsonArray array;
        for (const Person &p : *people) {
            auto st = store->gold().goldStatus(p.id);
            if (!st) {
                printError(io, st.error());
                return ExitFailure;
            }
            const QString state = st->recalibrationRequired
                                          ? QStringLiteral("recalibration_required")
                                  : st->recalibrationDue ? QStringLiteral("recalibration_due")
                                                         : QStringLiteral("ok");
            if (json) {
                array.append(QJsonObject{{QStringLiteral("person"), p.name},
                                         {QStringLiteral("gold_answers"), st->scored},
                                         {QStringLiteral("rolling_accuracy"),
                                          st->rollingAccuracy ? QJsonValue(*st->rollingAccuracy)
                                                              : QJsonValue()},
                                         {QStringLiteral("state"), state}});
            } else {
                io.out << p.name.leftJustified(16) << ' '
                       << (st->rollingAccuracy ? QString::number(*st->rollingAccuracy, 'f', 3)
                                               : QStringLiteral("-"))
                                  .leftJustified(7)
                       << ' ' << QString::number(st->scored).leftJustified(4) << ' ' << state
                       << Qt::endl;
            }
        }
        if (json) {
            printJson(io, QJsonDocument(
                                  QJsonObject{{QStringLiteral("window"), settings->goldWindow},
                                              {QStringLiteral("threshold"), settings->goldThreshold},
                                              {QStringLiteral("minimum"), settings->goldMinimum},
                                              {QStringLiteral("people"), array}}));
        }
        return ExitOk;
    }

    if (verb == QLatin1String("gates")) {
        // A lead's or trainer's sign-in applies them (Project::signIn); this tells what it did.
        if (!isAllowed(store->actor(), Action::Recalibrate)) {
            printError(io,
                       makeError(ErrorCode::Permission,
                                 Tr::tr("%1 may not %2")
                                         .arg(store->actor().name, actionName(Action::Recalibrate)),
                                 store->path()));
            return ExitFailure;
        }
        for (const GateChange &g : store->gateChanges()) {
            io.out << (g.required ? Tr::tr(
                               "%1 must recalibrate: rolling accuracy %2 over %3 gold answers")
                                  : Tr::tr("%1 passed calibration: accuracy %2 over %3 answers"))
                              .arg(g.name)
                              .arg(g.accuracy, 0, 'f', 3)
                              .arg(g.answers)
                   << Qt::endl;
        }
        if (store->gateChanges().isEmpty())
            io.out << Tr::tr("no gate to set or lift") << Qt::endl;
        return ExitOk;
    }

    if (verb == QLatin1String("recalibrated")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        const Status st = store->gold().markRecalibrated(rest.first());
        if (!st) {
            printError(io, st.error());
            return ExitFailure;
        }
        io.out << Tr::tr("%1 is back in the production queue").arg(rest.first()) << Qt::endl;
        return ExitOk;
    }

    // settings
    auto settings = store->gold().qualitySettings();
    if (!settings) {
        printError(io, settings.error());
        return ExitFailure;
    }
    QualitySettings q = *settings;
    bool ok = true;
    if (parser.isSet(window))
        q.goldWindow = parser.value(window).toInt(&ok);
    if (ok && parser.isSet(threshold))
        q.goldThreshold = parser.value(threshold).toDouble(&ok);
    if (ok && parser.isSet(minimum))
        q.goldMinimum = parser.value(minimum).toInt(&ok);
    if (!ok) {
        printUsage(io, usage);
        return ExitUsage;
    }
    if (parser.isSet(window) || parser.isSet(threshold) || parser.isSet(minimum)) {
        const Status st = store->gold().setQualitySettings(q);
        if (!st) {
            printError(io, st.error());
            return ExitFailure;
        }
    }
    io.out << Tr::tr("window %1, threshold %2, minimum %3")
                      .arg(q.goldWindow)
                      .arg(q.goldThreshold)
                      .arg(q.goldMinimum)
           << Qt::endl;
    return ExitOk;
}

} // namespace assay::app::cli
