// SPDX-License-Identifier: Apache-2.0
// assay report: the audit report as HTML (and PDF), and its verification against the log.
#include "app/cli/clicommon.h"
#include "app/cli/quality/projectquality.h"
#include "core/base/tr.h"
#include "core/project/project.h"
#include "core/report/reportservice.h"
#include "widgets/quality/reportrender.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace assay::app::cli {

using namespace assay::core;

static int fail(CliIo &io, const Error &error)
{
    printError(io, error);
    return ExitFailure;
}

static int verify(const QStringList &pos, const QCommandLineParser &parser, CliIo &io)
{
    // "verify PROJECT FILE" (or "PROJECT verify FILE")
    const QString project = pos.at(0) == QLatin1String("verify") ? pos.at(1) : pos.at(0);
    const QString file = pos.at(2);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(io, makeError(ErrorCode::Io,
                                  Tr::tr("cannot read the file: %1").arg(f.errorString()), file));
    const QString html = QString::fromUtf8(f.readAll());
    auto store = openProject(project, io, parser.value(QStringLiteral("as")));
    if (!store)
        return ExitFailure;
    ReportService reports(*store);
    auto check = reports.verifyAuditReport(html);
    if (!check)
        return fail(io, Error{check.error().code, check.error().message, file});
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("matches"), check->matches},
                                                {QStringLiteral("problems"),
                                                 QJsonArray::fromStringList(check->problems)},
                                                {QStringLiteral("replayed"), check->replayed}}));
    } else if (check->matches) {
        if (check->replayed)
            io.out << Tr::tr("%1: the project has moved on since the report (%2); verified "
                             "against its state at the report's snapshot, rebuilt from the log")
                              .arg(file, check->moved.join(QLatin1String("; ")))
                   << '\n';
        io.out << Tr::tr("%1: the report matches the log (every figure and the visible text "
                         "recomputed)")
                          .arg(file)
               << '\n';
    } else {
        io.out << Tr::tr("%1: the report does NOT match the log").arg(file) << '\n';
        for (const QString &p : std::as_const(check->problems))
            io.out << "  " << p << '\n';
    }
    io.out.flush();
    return check->matches ? ExitOk : ExitFailure;
}

int runReport(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The HTML file to write."),
                                 Tr::tr("file"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Tr::tr("Also write a PDF."), Tr::tr("file"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD)."),
                                  Tr::tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Last day (YYYY-MM-DD)."),
                                Tr::tr("date"));
    const QCommandLineOption resamples(QStringLiteral("resamples"),
                                       Tr::tr("Bootstrap resamples of the intervals."), Tr::tr("n"),
                                       QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the bootstrap."),
                                  Tr::tr("n"), QStringLiteral("1"));
    parser.addOptions({out, pdf, from, to, resamples, seed, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("report"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral(
            "assay report PROJECT --out report.html [--pdf report.pdf] [--from DATE --to DATE] "
            "[--resamples N] [--seed S] | verify PROJECT report.html [--json]");
    const QStringList pos = parser.positionalArguments();
    if (pos.size() == 3 && pos.contains(QStringLiteral("verify")))
        return verify(pos, parser, io);
    AuditReportRequest request;
    bool ok = true;
    bool okSeed = true;
    request.resamples = parser.value(resamples).toInt(&ok);
    request.seed = parser.value(seed).toULongLong(&okSeed);
    if (parser.isSet(from))
        request.period.from = QDate::fromString(parser.value(from), Qt::ISODate);
    if (parser.isSet(to))
        request.period.to = QDate::fromString(parser.value(to), Qt::ISODate);
    if (pos.size() != 1 || !parser.isSet(out) || !ok || !okSeed || request.resamples < 0
        || (parser.isSet(from) && !request.period.from.isValid())
        || (parser.isSet(to) && !request.period.to.isValid())) {
        printUsage(io, usage);
        return ExitUsage;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(io, Error{ErrorCode::Unsupported,
                              Tr::tr("drawing the report's charts needs the workstation program")});
    auto store = openProject(pos.first(), io, parser.value(QStringLiteral("as")));
    if (!store)
        return ExitFailure;
    ReportService reports(*store);
    auto report = reports.auditReport(request);
    if (!report)
        return fail(io, report.error());
    const QHash<QString, QByteArray> pngs = widgets::chartPngs(*report);
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(ReportService::auditReportHtml(*report, pngs).toUtf8()) < 0 || !file.commit())
        return fail(io, makeError(ErrorCode::Io,
                                  Tr::tr("cannot write the file: %1").arg(file.errorString()),
                                  parser.value(out)));
    if (parser.isSet(pdf)) {
        if (auto written = widgets::writeReportPdf(*report, pngs, parser.value(pdf)); !written)
            return fail(io, written.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io, QJsonDocument(report->block));
    } else {
        io.out << Tr::tr("%1: audit report written (%2 charts); check it with: assay report "
                         "verify %3 %1")
                          .arg(parser.value(out))
                          .arg(report->charts.size())
                          .arg(pos.first())
               << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace assay::app::cli
