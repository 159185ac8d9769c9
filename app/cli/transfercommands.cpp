// SPDX-License-Identifier: Apache-2.0
// import and export: datasets from other tools in, dataset snapshots out.
#include "app/cli/transfercommands.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "core/interchange/formatregistry.h"
#include "core/project/services.h"
#include "core/transfer/datasetexport.h"
#include "core/transfer/datasetimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace assay::app::cli {

using namespace assay::core;

namespace {

// A percentage line on stderr when it is a terminal, rewritten in place.
class PhaseLine final
{
public:
    explicit PhaseLine(CliIo &io)
        : m_io(io)
    {}
    ~PhaseLine() { finish(); }
    void update(int percent, const QString &phase)
    {
        if (!m_io.errIsTty)
            return;
        m_io.err << QStringLiteral("\r\x1b[K%1% %2").arg(percent, 3).arg(phase) << Qt::flush;
        m_shown = true;
    }
    void finish()
    {
        if (m_shown)
            m_io.err << QStringLiteral("\r\x1b[K") << Qt::flush;
        m_shown = false;
    }

private:
    CliIo &m_io;
    bool m_shown = false;
};

QString formatList(const QStringList &names)
{
    return names.join(QLatin1Char('|'));
}

} // namespace

int runImport(const QStringList &args, CliIo &io)
{
    const auto &registry = interchange::FormatRegistry::builtIn();
    const QString usage
            = QStringLiteral(
                      "assay import PROJECT [--format auto|%1] PATH [--media-root DIR] [--as PERSON]"
                      " [--add-classes] [--clip] [--keep-crowd] [--prelabels [--model NAME]]"
                      " [--reference INSTANCES.json] [--kind image|text|audio] [--dry-run] [--json]")
                      .arg(formatList(registry.importerNames()));
    QCommandLineParser parser;
    const QCommandLineOption
            format(QStringLiteral("format"),
                   Tr::tr("The format (default: auto, recognised from the file or folder)."),
                   Tr::tr("format"), QStringLiteral("auto"));
    const QCommandLineOption
            mediaRoot(QStringLiteral("media-root"),
                      Tr::tr("Where the dataset's media are (default: the folder of the dataset)."),
                      Tr::tr("folder"));
    const QCommandLineOption addClasses(
            QStringLiteral("add-classes"),
            Tr::tr("Add classes the taxonomy lacks (otherwise the import stops before writing anything)."));
    const QCommandLineOption
            clip(QStringLiteral("clip"),
                 Tr::tr("Clip boxes that cross the image border (they are reported either way)."));
    const QCommandLineOption
            keepCrowd(QStringLiteral("keep-crowd"),
                      Tr::tr("Import COCO crowd regions as boxes (skipped and counted otherwise)."));
    const QCommandLineOption prelabels(
            QStringLiteral("prelabels"),
            Tr::tr("Model predictions: keep them as suggestions for annotators, with their scores."));
    const QCommandLineOption
            model(QStringLiteral("model"),
                  Tr::tr("The model's name for pre-labels (default: the file's name)."),
                  Tr::tr("name"));
    const QCommandLineOption reference(
            QStringLiteral("reference"),
            Tr::tr("COCO results: the instances file whose image and category ids they use."),
            Tr::tr("file"));
    const QCommandLineOption
            kind(QStringLiteral("kind"),
                 Tr::tr("CSV/JSONL: the kind of every item (default: from each file's extension)."),
                 Tr::tr("kind"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Read, match and report; write nothing."));
    parser.addOptions({format, mediaRoot, asOption(), addClasses, clip, keepCrowd, prelabels, model,
                       reference, kind, dryRun, jsonOption()});
    if (!parse(parser, QStringLiteral("import"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        printUsage(io, usage);
        return ExitUsage;
    }
    transfer::ImportOptions options;
    options.format = parser.value(format);
    if (options.format != QLatin1String("auto") && !registry.importer(options.format)) {
        io.err << Tr::tr("assay import: unknown format \"%1\"").arg(options.format) << Qt::endl;
        printUsage(io, usage);
        return ExitUsage;
    }
    if (parser.isSet(kind)) {
        ItemKind k;
        if (!parseItemKind(parser.value(kind), &k)) {
            io.err << Tr::tr("assay import: unknown kind \"%1\"").arg(parser.value(kind))
                   << Qt::endl;
            return ExitUsage;
        }
        options.itemKind = k;
    }
    options.mediaRoot = parser.value(mediaRoot);
    options.addClasses = parser.isSet(addClasses);
    options.clip = parser.isSet(clip);
    options.keepCrowd = parser.isSet(keepCrowd);
    options.prelabels = parser.isSet(prelabels);
    options.model = parser.value(model);
    options.referencePath = parser.value(reference);
    options.dryRun = parser.isSet(dryRun);

    auto store = openProject(pos.first(), io, parser.value(QStringLiteral("as")), Access::Records);
    if (!store)
        return ExitFailure;
    PhaseLine line(io);
    options.progress = [&](int percent, const QString &phase) {
        line.update(percent, phase);
    };
    auto result = transfer::importDataset(*store, pos.at(1), options);
    line.finish();
    if (!result) {
        printError(io, result.error());
        io.err << Tr::tr("nothing was imported; the project is unchanged") << Qt::endl;
        return ExitFailure;
    }
    // On stderr, so that --json output stays one document.
    if (result->detected)
        io.err << Tr::tr("format: %1 (recognised)").arg(result->format) << Qt::endl;
    if (parser.isSet(QStringLiteral("json")))
        printJson(io, QJsonDocument(result->toJson()));
    else
        io.out << result->text() << Qt::endl;
    // 0: everything imported; 2: something was skipped, dropped or worked around.
    const bool partial = result->missingMediaCount > 0 || !result->rejectedMedia.isEmpty()
                         || !result->report.warnings.isEmpty() || !result->report.skipped.isEmpty();
    return partial ? 2 : ExitOk;
}

// The final label of every item with its provenance, one JSON object a line, beside the export
// (a file's "<file>.provenance.jsonl", a folder's "provenance.jsonl"); the counts by source.
static Result<QJsonObject> writeProvenance(core::Project &project, const QString &outPath)
{
    auto all = project.review().provenance();
    if (!all)
        return all.error();
    const QFileInfo info(outPath);
    const QString path = info.isDir() ? QDir(outPath).filePath(QStringLiteral("provenance.jsonl"))
                                      : outPath + QStringLiteral(".provenance.jsonl");
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot write the file: %1").arg(f.errorString()),
                         path);
    QJsonObject bySource;
    for (const core::Provenance &p : *all) {
        f.write(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
        f.write("\n");
        bySource.insert(p.source, bySource.value(p.source).toInt() + 1);
    }
    if (!f.commit())
        return makeError(ErrorCode::Io, Tr::tr("cannot write the file: %1").arg(f.errorString()),
                         path);
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("items"), int(all->size())},
                       {QStringLiteral("by_source"), bySource}};
}

int runExport(const QStringList &args, CliIo &io)
{
    const auto &registry = interchange::FormatRegistry::builtIn();
    const QString usage
            = QStringLiteral(
                      "assay export PROJECT --format %1 --out PATH [--all] [--taxonomy-version N] [--provenance] [--pretty] [--as PERSON] [--json]")
                      .arg(formatList(registry.exporterNames()));
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("The format to write."),
                                    Tr::tr("format"));
    const QCommandLineOption out(
            QStringLiteral("out"),
            Tr::tr("The file (COCO, Label Studio, CVAT, CSV, JSONL) or folder (YOLO, VOC) to write."),
            Tr::tr("path"));
    const QCommandLineOption all(
            QStringLiteral("all"),
            Tr::tr("Every annotation and every image, not only final labels of accepted batches."));
    const QCommandLineOption pretty(QStringLiteral("pretty"), Tr::tr("Indent JSON."));
    const QCommandLineOption provenance(
            QStringLiteral("provenance"),
            Tr::tr("Also write each item's final label with the annotations, reviews and adjudications that produced it (JSON Lines, beside the export)."));
    const QCommandLineOption taxonomyVersion(
            QStringLiteral("taxonomy-version"),
            Tr::tr("Name classes as taxonomy version N does, labels mapped through its merges and splits (default: the current one)."),
            Tr::tr("n"));
    parser.addOptions(
            {format, out, all, pretty, provenance, taxonomyVersion, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("export"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !parser.isSet(format) || !parser.isSet(out)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    if (!registry.exporter(parser.value(format))) {
        io.err << Tr::tr("assay export: unknown format \"%1\"").arg(parser.value(format))
               << Qt::endl;
        printUsage(io, usage);
        return ExitUsage;
    }
    auto store = openProject(pos.first(), io, parser.value(QStringLiteral("as")));
    if (!store)
        return ExitFailure;
    transfer::ExportOptions options;
    options.format = parser.value(format);
    options.all = parser.isSet(all);
    options.prettyJson = parser.isSet(pretty);
    if (parser.isSet(taxonomyVersion)) {
        bool ok = false;
        options.taxonomyVersion = parser.value(taxonomyVersion).toInt(&ok);
        if (!ok || options.taxonomyVersion < 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
    }
    PhaseLine line(io);
    options.progress = [&](int percent, const QString &phase) {
        line.update(percent, phase);
    };
    auto result = transfer::exportDataset(*store, parser.value(out), options);
    line.finish();
    if (!result) {
        printError(io, result.error());
        return ExitFailure;
    }
    QJsonObject summary = result->toJson();
    if (parser.isSet(provenance)) {
        auto written = writeProvenance(*store, parser.value(out));
        if (!written) {
            printError(io, written.error());
            return ExitFailure;
        }
        summary.insert(QStringLiteral("provenance"), *written);
        if (!parser.isSet(QStringLiteral("json"))) {
            QStringList counts;
            const QJsonObject bySource = written->value(QLatin1String("by_source")).toObject();
            for (auto it = bySource.constBegin(); it != bySource.constEnd(); ++it)
                counts.append(QStringLiteral("%1 %2").arg(it.value().toInt()).arg(it.key()));
            io.out << Tr::tr("provenance of %1 final labels (%2): %3")
                              .arg(written->value(QLatin1String("items")).toInt())
                              .arg(counts.join(QStringLiteral(", ")),
                                   written->value(QLatin1String("path")).toString())
                   << Qt::endl;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(io, QJsonDocument(summary));
    else
        io.out << result->text() << Qt::endl;
    return ExitOk;
}

} // namespace assay::app::cli
