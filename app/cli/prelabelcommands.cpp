// SPDX-License-Identifier: Apache-2.0
// prelabels: per model, the suggestions accepted as they were, adjusted, rejected, overridden.
#include "app/cli/prelabelcommands.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace assay::app::cli {

using namespace assay::core;

int runPrelabels(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("prelabels"), args, io))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        printUsage(io, QStringLiteral("assay prelabels PROJECT [--as PERSON] [--json]"));
        return ExitUsage;
    }
    auto store = openProject(parser.positionalArguments().first(), io,
                             parser.value(QStringLiteral("as")));
    if (!store)
        return ExitFailure;
    auto figures = store->annotations().preLabelFigures();
    if (!figures) {
        printError(io, figures.error());
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray models;
        for (const assay::core::PreLabelFigures &f : std::as_const(*figures)) {
            models.append(QJsonObject{{QStringLiteral("model"), f.model},
                                      {QStringLiteral("suggestions"), double(f.suggestions)},
                                      {QStringLiteral("accepted_as_is"), double(f.acceptedAsIs)},
                                      {QStringLiteral("adjusted"), double(f.adjusted)},
                                      {QStringLiteral("rejected"), double(f.rejected)},
                                      {QStringLiteral("overridden"), double(f.overridden)}});
        }
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("models"), models}}));
        return ExitOk;
    }
    if (figures->isEmpty()) {
        io.out << Tr::tr("no pre-labels in this project") << Qt::endl;
        return ExitOk;
    }
    const QStringList headers{Tr::tr("model"),    Tr::tr("suggestions"), Tr::tr("accepted as is"),
                              Tr::tr("adjusted"), Tr::tr("rejected"),    Tr::tr("overridden")};
    QList<QStringList> rows{headers};
    for (const assay::core::PreLabelFigures &f : std::as_const(*figures)) {
        rows.append({f.model.isEmpty() ? QStringLiteral("-") : f.model,
                     QString::number(f.suggestions), QString::number(f.acceptedAsIs),
                     QString::number(f.adjusted), QString::number(f.rejected),
                     QString::number(f.overridden)});
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells{row.first().leftJustified(widths.first())};
        for (qsizetype c = 1; c < row.size(); ++c)
            cells.append(row.at(c).rightJustified(widths.at(c)));
        io.out << cells.join(QStringLiteral("  ")) << Qt::endl;
    }
    io.out << Tr::tr("adjusted: accepted boxes moved, resized or given another class since; "
                     "overridden: accepted, then deleted or replaced by hand")
           << Qt::endl;
    return ExitOk;
}

} // namespace assay::app::cli
