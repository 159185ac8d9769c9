// SPDX-License-Identifier: Apache-2.0
// Shared helpers of the command line.
#include "app/cli/clicommon.h"
#include "core/base/tr.h"

#include "core/json/jsonwriter.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace assay::app::cli {

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, CliIo &io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("assay ") + command);
    if (!parser.parse(full)) {
        io.err << QStringLiteral("assay %1: ").arg(command) << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

void printError(CliIo &io, const Error &error)
{
    io.err << QStringLiteral("assay: ") << error.toString() << Qt::endl;
}

void printUsage(CliIo &io, const QString &usage)
{
    io.err << Tr::tr("usage: %1").arg(usage) << Qt::endl;
}

QCommandLineOption asOption()
{
    return QCommandLineOption(QStringLiteral("as"),
                              Tr::tr("Record the change for this person (default: $ASSAY_USER, or the"
                                     " project's owner)."),
                              Tr::tr("person"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              Tr::tr("Print JSON (stable fields, see README)."));
}

std::unique_ptr<core::Project> openProject(const QString &path, CliIo &io, const QString &asPerson)
{
    auto store = core::Project::open(path);
    if (!store) {
        printError(io, store.error());
        return nullptr;
    }
    QString person = asPerson;
    if (person.isEmpty())
        person = qEnvironmentVariable("ASSAY_USER");
    if (!person.isEmpty()) {
        const Status st = (*store)->setActor(person);
        if (!st) {
            printError(io, st.error());
            return nullptr;
        }
    }
    if ((*store)->info().upgradedFrom > 0) {
        io.err << Tr::tr("%1: upgraded from schema %2 to %3 (the old file is kept as %1.schema%2.bak)")
                          .arg(path)
                          .arg((*store)->info().upgradedFrom)
                          .arg((*store)->info().schemaVersion)
               << Qt::endl;
    }
    return std::move(*store);
}

void printJson(CliIo &io, const QJsonDocument &doc)
{
    // QJsonDocument's indented text, made by core's JSON writer like every JSON output.
    core::json::JsonWriter writer(core::json::JsonStyle::QtIndented);
    writer.json(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    writer.raw('\n');
    io.out << QString::fromUtf8(writer.takeBytes());
    io.out.flush();
}

} // namespace assay::app::cli
