// SPDX-License-Identifier: Apache-2.0
#include "app/cli/synccommands.h"
#include "app/cli/clicommon.h"
#include "app/keys/keyring.h"
#include "core/base/tr.h"
#include "core/calibration/calibrationjudging.h"
#include "core/project/services.h"
#include "core/sync/postgresremote.h"
#include "core/sync/remotespec.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace assay::app::cli {

using namespace assay::core;

int runCheckout(const QStringList &args, CliIo &io)
{
    const QString usage = QStringLiteral(
            "assay checkout PROJECT --for NAME --out COPY [--as PERSON] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption forOption(QStringLiteral("for"), Tr::tr("The person the copy is for."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("The copy's file."),
                                       QStringLiteral("COPY"));
    parser.addOptions({forOption, outOption, jsonOption(), asOption()});
    if (!parse(parser, QStringLiteral("checkout"), args, io))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(forOption)
        || !parser.isSet(outOption)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    auto project = openProject(parser.positionalArguments().first(), io,
                               parser.value(QStringLiteral("as")), Access::Reads);
    if (!project)
        return ExitFailure;
    auto made = project->sync().checkout(parser.value(forOption), parser.value(outOption));
    if (!made) {
        printError(io, made.error());
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io,
                  QJsonDocument(QJsonObject{{QStringLiteral("copy"), made->path},
                                            {QStringLiteral("person"), made->personId},
                                            {QStringLiteral("events"), double(made->events)},
                                            {QStringLiteral("withheld"), double(made->withheld)},
                                            {QStringLiteral("media"), double(made->media)},
                                            {QStringLiteral("missing_media"),
                                             QJsonArray::fromStringList(made->missingMedia)},
                                            {QStringLiteral("withheld_media"),
                                             QJsonArray::fromStringList(made->withheldMedia)}}));
    } else {
        io.out << Tr::tr("%1: a copy for %2 with %3 events (%4 of them as envelopes alone: not"
                         " for this person) and %5 media files")
                          .arg(made->path, parser.value(forOption))
                          .arg(made->events)
                          .arg(made->withheld)
                          .arg(made->media)
               << Qt::endl;
        for (const QString &m : std::as_const(made->missingMedia))
            io.err << Tr::tr("  media not found, not copied: %1").arg(m) << Qt::endl;
        for (const QString &m : std::as_const(made->withheldMedia))
            io.err << Tr::tr("  slide withheld, not copied (its label and macro images are not"
                             " allowed, and cannot be taken out of this kind of file): %1")
                              .arg(m)
                   << Qt::endl;
    }
    return ExitOk;
}

// The remote named on the command line, or the one this copy last synced with.
static Result<QString> remoteSpec(Project &project, const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString remembered = project.localSetting(QStringLiteral("sync_remote"));
    if (!remembered.isEmpty())
        return remembered;
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("no remote: name one with --remote folder:PATH (or postgres:URL); it is"
                            " remembered for the next sync"),
                     project.path());
}

// A copy opened for the person it is for (or --as, or ASSAY_USER), signed in to record.
static std::unique_ptr<Project> openCopy(const QString &path, QString person, CliIo &io)
{
    if (person.isEmpty())
        person = qEnvironmentVariable("ASSAY_USER");
    if (person.isEmpty()) {
        // A person's copy says whose it is.
        if (auto look = Project::open(path, true)) {
            if (auto owner = (*look)->people().person(
                        (*look)->localSetting(QStringLiteral("copy_for"))))
                person = owner->name;
        }
    }
    return openProject(path, io, person, Access::Records);
}

static std::unique_ptr<sync::Remote> makeRemoteFor(Project &project, const QString &spec, CliIo &io)
{
    auto parsed = sync::parseRemoteSpec(spec);
    if (!parsed) {
        printError(io, Error{parsed.error().code, parsed.error().message, project.path()});
        return nullptr;
    }
    std::unique_ptr<sync::Remote> remote = sync::makeRemote(*parsed, project.store().device());
    // A server's password from the keyring when the settings name none (then ~/.pgpass).
    keyring::providePassword(*remote);
    return remote;
}

int runSync(const QStringList &args, CliIo &io)
{
    const QString usage = QStringLiteral(
            "assay sync COPY [--remote folder:PATH|postgres:URL] [--as PERSON] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption
            remoteOption(QStringLiteral("remote"),
                         Tr::tr("Where copies meet: folder:PATH, or postgres:URL (a libpq connection"
                                " string or URI)."),
                         QStringLiteral("REMOTE"));
    parser.addOptions({remoteOption, jsonOption(), asOption()});
    if (!parse(parser, QStringLiteral("sync"), args, io))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    auto project = openCopy(path, parser.value(QStringLiteral("as")), io);
    if (!project)
        return ExitFailure;
    auto spec = remoteSpec(*project, parser.value(remoteOption));
    if (!spec) {
        printError(io, spec.error());
        return ExitFailure;
    }
    auto remote = makeRemoteFor(*project, *spec, io);
    if (!remote)
        return ExitUsage;
    auto done = project->sync().sync(*remote,
                                     [&io](const QString &what) { io.err << what << Qt::endl; });
    if (!done) {
        printError(io, done.error());
        return ExitFailure;
    }
    // Remembered for the next sync: a setting of this copy, not a decision.
    if (const Status st = project->setLocalSetting(QStringLiteral("sync_remote"), *spec); !st)
        printError(io, st.error());
    auto waiting = project->sync().waitingToPush(remote->id());
    auto conflicts = project->conflicts();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject unknown;
        for (auto it = done->unknownKinds.cbegin(); it != done->unknownKinds.cend(); ++it)
            unknown.insert(it.key(), double(it.value()));
        QJsonArray judged;
        for (const SessionJudgement &j : latestJudgements(*project))
            judged.append(QJsonObject{{QStringLiteral("session"), j.sessionName},
                                      {QStringLiteral("person"), j.judgement.personId},
                                      {QStringLiteral("attempt"), j.judgement.attempt},
                                      {QStringLiteral("passed"), j.judgement.passed}});
        QJsonArray gates;
        for (const GateChange &g : std::as_const(done->gates))
            gates.append(QJsonObject{{QStringLiteral("person"), g.personId},
                                     {QStringLiteral("set"), g.required}});
        printJson(io,
                  QJsonDocument(QJsonObject{
                          {QStringLiteral("remote"), done->remote},
                          {QStringLiteral("pulled"), double(done->pulled)},
                          {QStringLiteral("pulled_withheld"), double(done->pulledWithheld)},
                          {QStringLiteral("pushed"), double(done->pushed)},
                          {QStringLiteral("keys_shared"), double(done->keysShared)},
                          {QStringLiteral("media_pushed"), double(done->mediaPushed)},
                          {QStringLiteral("media_pulled"), double(done->mediaPulled)},
                          {QStringLiteral("missing_media"),
                           QJsonArray::fromStringList(done->missingMedia)},
                          {QStringLiteral("withheld_media"),
                           QJsonArray::fromStringList(done->withheldMedia)},
                          {QStringLiteral("ignored"), QJsonArray::fromStringList(done->ignored)},
                          {QStringLiteral("refused"), QJsonArray::fromStringList(done->refused)},
                          {QStringLiteral("waiting_for_earlier"), double(done->waiting)},
                          {QStringLiteral("waiting_to_push"), double(waiting ? *waiting : 0)},
                          {QStringLiteral("conflicts"), double(conflicts ? conflicts->size() : 0)},
                          {QStringLiteral("gates"), gates},
                          {QStringLiteral("calibration_judged"), judged},
                          {QStringLiteral("unknown_kinds"), unknown}}));
    } else {
        io.out << Tr::tr("%1: %2 event(s) in, %3 out; media %4 in, %5 out")
                          .arg(done->remote)
                          .arg(done->pulled)
                          .arg(done->pushed)
                          .arg(done->mediaPulled)
                          .arg(done->mediaPushed)
               << Qt::endl;
        // Calibration attempts that arrived finished, judged here on the trainer's behalf.
        for (const SessionJudgement &j : latestJudgements(*project))
            io.out << Tr::tr("  calibration \"%1\": %2, attempt %3, %4")
                              .arg(j.sessionName, j.judgement.name)
                              .arg(j.judgement.attempt)
                              .arg(j.judgement.passed ? Tr::tr("passed") : Tr::tr("not passed"))
                   << Qt::endl;
        for (const QString &i : std::as_const(done->ignored))
            io.err << Tr::tr("  ignored: %1").arg(i) << Qt::endl;
        for (const QString &r : std::as_const(done->refused))
            io.err << Tr::tr("  refused: %1").arg(r) << Qt::endl;
        for (const QString &m : std::as_const(done->missingMedia))
            io.err << Tr::tr("  media on neither side: %1").arg(m) << Qt::endl;
        for (const QString &m : std::as_const(done->withheldMedia))
            io.err << Tr::tr("  slide withheld, neither pushed nor pulled (its label and macro"
                             " images are not allowed, and cannot be taken out of this kind of"
                             " file): %1")
                              .arg(m)
                   << Qt::endl;
        if (!done->unknownKinds.isEmpty())
            io.err << Tr::tr("  %1 event(s) of kinds this version of Assay does not know (%2):"
                             " kept and passed on; update Assay to apply them")
                              .arg(std::accumulate(done->unknownKinds.cbegin(),
                                                   done->unknownKinds.cend(), qint64(0)))
                              .arg(done->unknownKinds.keys().join(QStringLiteral(", ")))
                   << Qt::endl;
    }
    return done->refused.isEmpty() ? ExitOk : ExitFailure;
}

int runServer(const QStringList &args, CliIo &io)
{
    const QString usage = QStringLiteral(
            "assay server init URL [--json]\n"
            "assay server add-person URL PROJECT NAME --role-name PGROLE");
    QCommandLineParser parser;
    const QCommandLineOption roleNameOption(
            QStringLiteral("role-name"),
            Tr::tr("The PostgreSQL role the person connects as (made by the server's admin)."),
            QStringLiteral("PGROLE"));
    parser.addOptions({jsonOption(), roleNameOption});
    if (!parse(parser, QStringLiteral("server"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const bool init = pos.size() == 2 && pos.first() == QLatin1String("init");
    const bool addPerson = pos.size() == 4 && pos.first() == QLatin1String("add-person")
                           && parser.isSet(roleNameOption);
    if (!init && !addPerson) {
        printUsage(io, usage);
        return ExitUsage;
    }
    QString url = pos.at(1);
    if (url.startsWith(QLatin1String("postgres:")) && !url.startsWith(QLatin1String("postgres://")))
        url = url.mid(9);
    sync::PostgresRemote remote(url);
    auto version = remote.init();
    if (!version) {
        printError(io, version.error());
        return ExitFailure;
    }
    if (init) {
        if (parser.isSet(QStringLiteral("json")))
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("remote"), remote.id()},
                                                    {QStringLiteral("schema"), *version}}));
        else
            io.out << Tr::tr("%1: laid out, version %2").arg(remote.id()).arg(*version) << Qt::endl;
        return ExitOk;
    }
    auto project = Project::open(pos.at(2), true);
    if (!project) {
        printError(io, project.error());
        return ExitFailure;
    }
    auto person = (*project)->people().person(pos.at(3));
    if (!person) {
        printError(io, person.error());
        return ExitFailure;
    }
    QStringList roles;
    for (Role r : person->roles)
        roles.append(roleName(r));
    if (const Status st = remote.addPerson(person->id, parser.value(roleNameOption), roles); !st) {
        printError(io, st.error());
        return ExitFailure;
    }
    io.out << Tr::tr("%1 connects as %2 (%3)")
                      .arg(person->name, parser.value(roleNameOption),
                           roles.join(QStringLiteral(", ")))
           << Qt::endl;
    return ExitOk;
}

int runLease(const QStringList &args, CliIo &io)
{
    const QString usage = QStringLiteral(
            "assay lease COPY [--remote postgres:URL] [--count N] [--batch B] [--as PERSON]"
            " [--json]");
    QCommandLineParser parser;
    const QCommandLineOption remoteOption(
            QStringLiteral("remote"),
            Tr::tr("The PostgreSQL server that hands out the tasks: postgres:URL (remembered)."),
            QStringLiteral("REMOTE"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         Tr::tr("How many tasks to take (10)."),
                                         QStringLiteral("N"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         Tr::tr("Only from this pooled batch (name or id)."),
                                         QStringLiteral("B"));
    parser.addOptions({remoteOption, countOption, batchOption, jsonOption(), asOption()});
    if (!parse(parser, QStringLiteral("lease"), args, io))
        return ExitUsage;
    bool ok = true;
    const int count = parser.isSet(countOption) ? parser.value(countOption).toInt(&ok) : 10;
    if (parser.positionalArguments().size() != 1 || !ok || count < 1) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    auto project = openCopy(path, parser.value(QStringLiteral("as")), io);
    if (!project)
        return ExitFailure;
    auto spec = remoteSpec(*project, parser.value(remoteOption));
    if (!spec) {
        printError(io, spec.error());
        return ExitFailure;
    }
    auto remote = makeRemoteFor(*project, *spec, io);
    if (!remote)
        return ExitUsage;
    auto done = project->sync().lease(*remote, parser.value(batchOption), count,
                                      [&io](const QString &what) { io.err << what << Qt::endl; });
    if (!done) {
        printError(io, done.error());
        return ExitFailure;
    }
    if (const Status st = project->setLocalSetting(QStringLiteral("sync_remote"), *spec); !st)
        printError(io, st.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io, QJsonDocument(
                              QJsonObject{{QStringLiteral("remote"), remote->id()},
                                          {QStringLiteral("leased"), done->leased},
                                          {QStringLiteral("finished"), done->finished},
                                          {QStringLiteral("batches"),
                                           QJsonArray::fromStringList(done->batches)},
                                          {QStringLiteral("expires"), done->expires},
                                          {QStringLiteral("pulled"), double(done->sync.pulled)},
                                          {QStringLiteral("pushed"), double(done->sync.pushed)}}));
    } else {
        io.out << Tr::tr("%n task(s) leased", nullptr, done->leased);
        if (done->leased > 0)
            io.out << ' '
                   << Tr::tr("from %1, until %2")
                              .arg(done->batches.join(QStringLiteral(", ")), done->expires);
        io.out << Tr::tr("; %n lease(s) of done tasks ended", nullptr, done->finished) << Qt::endl;
        for (const QString &r : std::as_const(done->sync.refused))
            io.err << Tr::tr("  refused: %1").arg(r) << Qt::endl;
    }
    return ExitOk;
}

} // namespace assay::app::cli
