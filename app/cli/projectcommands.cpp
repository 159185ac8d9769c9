// SPDX-License-Identifier: Apache-2.0
// init, info and add: creating a project, describing it, and bringing media into it.
#include "app/cli/projectcommands.h"
#include "app/cli/infotext.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "app/cli/passphrase.h"
#include "app/keys/keyring.h"
#include "core/identity/keystore.h"
#include "core/items/intake.h"
#include "core/media/pyramidcache.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <thread>

namespace assay::app::cli {

using namespace assay::core;

int runInit(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The project's name."),
                                  Tr::tr("name"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   Tr::tr("The first person, an admin (default: $USER); their key"
                                          " is made in the key store unless there is one."),
                                   Tr::tr("person"));
    const QCommandLineOption mediaRoot(QStringLiteral("media-root"),
                                       Tr::tr("Folder the media paths are relative to (default: the"
                                              " project's folder)."),
                                       Tr::tr("folder"));
    const QCommandLineOption
            durability(QStringLiteral("durability"),
                       Tr::tr("\"normal\" (default): edits survive a crash at once and a"
                              " power cut after 100 ms; \"full\": every edit is fsynced."),
                       Tr::tr("mode"));
    parser.addOptions({name, owner, mediaRoot, durability});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The .assay file to create."));
    if (!parse(parser, QStringLiteral("init"), args, io))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        printUsage(
                io,
                QStringLiteral(
                        "assay init PROJECT [--name N] [--owner PERSON] [--media-root DIR] [--durability normal|full]"));
        return ExitUsage;
    }
    assay::core::CreateOptions options;
    options.name = parser.value(name);
    options.ownerName = parser.isSet(owner) ? parser.value(owner) : qEnvironmentVariable("USER");
    if (options.ownerName.isEmpty())
        options.ownerName = QStringLiteral("admin");
    options.mediaRoot = parser.value(mediaRoot);
    options.durability = parser.value(durability);
    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path)) {
        printError(io, makeError(ErrorCode::Conflict, Tr::tr("a file of that name already exists"),
                                 path));
        return ExitFailure;
    }
    // The owner is whoever holds the owner's key: theirs if this machine has it, else a new one.
    using core::identity::KeyStore;
    const KeyStore keys;
    if (!KeyStore::isValidName(options.ownerName)) {
        printError(io,
                   makeError(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not a valid name (letters, digits, . _ @ -; at most 64)")
                                     .arg(options.ownerName)));
        return ExitUsage;
    }
    const QString keyFile = keys.fileFor(options.ownerName);
    if (QFileInfo::exists(keyFile)) {
        // The first events are signed: the key must be unlocked, not only read.
        auto secret = unlockKeys(options.ownerName, io);
        if (!secret) {
            printError(io, secret.error());
            return ExitFailure;
        }
        options.ownerSecret = *secret;
        io.err << Tr::tr("using %1's key %2 (%3)")
                          .arg(options.ownerName, secret->publicKeys().fingerprint(), keyFile)
               << Qt::endl;
    } else {
        auto passphrase
                = readPassphrase(Tr::tr("Passphrase for %1's new key: ").arg(options.ownerName),
                                 true, io);
        if (!passphrase) {
            printError(io, passphrase.error());
            return ExitFailure;
        }
        auto secret = core::identity::SecretKeys::generate();
        if (!secret) {
            printError(io, secret.error());
            return ExitFailure;
        }
        const Status saved = keys.save(options.ownerName, *secret, *passphrase);
        passphrase->fill('\0');
        if (!saved) {
            printError(io, saved.error());
            return ExitFailure;
        }
        keyring::save(options.ownerName, *secret);
        options.ownerSecret = *secret;
        io.err << Tr::tr("made %1's key %2 in %3")
                          .arg(options.ownerName, secret->publicKeys().fingerprint(), keyFile)
               << Qt::endl;
    }
    auto created = assay::core::Project::create(path, options);
    if (!created) {
        printError(io, created.error());
        return ExitFailure;
    }
    io.out << Tr::tr("created %1 (\"%2\"), owner %3")
                      .arg((*created)->path(), (*created)->info().name, (*created)->actor().name)
           << Qt::endl;
    return ExitOk;
}

int runInfo(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({jsonOption(), asOption()});
    if (!parse(parser, QStringLiteral("info"), args, io))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        printUsage(io, QStringLiteral("assay info PROJECT [--as PERSON] [--json]"));
        return ExitUsage;
    }
    // With a person, the digest is of what they may see of the state.
    auto store = openProject(parser.positionalArguments().first(), io,
                             parser.value(QStringLiteral("as")), Access::Anyone);
    if (!store)
        return ExitFailure;
    auto counts = store->counts();
    if (!counts) {
        printError(io, counts.error());
        return ExitFailure;
    }
    const store::ProjectInfo &info = store->info();
    const store::ProjectCounts &c = *counts;
    // A project with one admin is lost to administration with that person's key.
    int admins = 0;
    if (auto people = store->people().people()) {
        for (const Person &p : std::as_const(*people))
            admins += p.active && p.hasRole(Role::Admin) ? 1 : 0;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        if (admins < 2) {
            io.err << Tr::tr("warning: %1 has %n admin(s); a project should have two, so that a lost key can be replaced",
                             nullptr, admins)
                              .arg(store->path())
                   << Qt::endl;
        }
        const QJsonObject project{{QStringLiteral("id"), info.projectId},
                                  {QStringLiteral("name"), info.name},
                                  {QStringLiteral("path"), store->path()},
                                  {QStringLiteral("media_root"), info.mediaRoot},
                                  {QStringLiteral("schema"), info.schemaVersion},
                                  {QStringLiteral("durability"), info.durability},
                                  {QStringLiteral("created_at"), info.createdAt}};
        const QJsonObject items{{QStringLiteral("image"), double(c.images)},
                                {QStringLiteral("text"), double(c.texts)},
                                {QStringLiteral("audio"), double(c.audio)},
                                {QStringLiteral("total"), double(c.images + c.texts + c.audio)}};
        // Two copies holding the same events have the same digest, whatever the order they
        // received them in.
        const auto digest = store->actor().id.isEmpty() ? store->stateDigest()
                                                        : store->readerDigest();
        QJsonArray heads;
        if (auto snapshot = store->snapshot()) {
            for (const store::Snapshot::Head &h : std::as_const(snapshot->heads)) {
                heads.append(QJsonObject{{QStringLiteral("device"), h.device},
                                         {QStringLiteral("seq"), double(h.seq)},
                                         {QStringLiteral("hash"), h.hash}});
            }
        }
        const QJsonObject root{{QStringLiteral("project"), project},
                               {QStringLiteral("items"), items},
                               {QStringLiteral("classes"), double(c.classes)},
                               {QStringLiteral("taxonomy_version"), c.taxonomyVersion},
                               {QStringLiteral("guideline_version"), c.guidelineVersion},
                               {QStringLiteral("people"), double(c.people)},
                               {QStringLiteral("admins"), admins},
                               {QStringLiteral("batches"), double(c.batches)},
                               {QStringLiteral("tasks"), double(c.tasks)},
                               {QStringLiteral("annotations"), double(c.annotations)},
                               {QStringLiteral("boxes"), double(c.boxes)},
                               {QStringLiteral("events"), double(c.events)},
                               {QStringLiteral("state_digest"), digest ? *digest : QString()},
                               {QStringLiteral("snapshot"),
                                QJsonObject{{QStringLiteral("heads"), heads},
                                            {QStringLiteral("state_digest"),
                                             digest ? *digest : QString()}}}};
        printJson(io, QJsonDocument(root));
        return ExitOk;
    }
    printInfoText(io, store->path(), info, c, admins);
    return ExitOk;
}

// A progress line on stderr when it is a terminal: rewritten in place, cleared at the end.
class ProgressLine final
{
public:
    explicit ProgressLine(CliIo &io)
        : m_io(io)
    {
        m_timer.start();
    }
    ~ProgressLine() { finish(); }
    void update(qint64 done, qint64 total)
    {
        if (!m_io.errIsTty || total <= 0)
            return;
        const int percent = int(done * 100 / total);
        const int width = 30;
        const int filled = int(done * width / total);
        m_io.err << QStringLiteral("\r[%1%2] %3% %4/%5")
                            .arg(QString(filled, QLatin1Char('#')),
                                 QString(width - filled, QLatin1Char(' ')))
                            .arg(percent, 3)
                            .arg(done)
                            .arg(total)
                 << Qt::flush;
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
    QElapsedTimer m_timer;
    bool m_shown = false;
};

struct PyramidRun
{
    int made = 0;
    QList<media::IntakeProblem> failed;
    double seconds = 0;
};

// The tile pyramids of the huge images among `added`, one after the other (libvips spreads each
// over the cores), with their progress on the progress line.
static PyramidRun makePyramids(const Project &store, const QList<Item> &added,
                               ProgressLine &progress)
{
    PyramidRun run;
    QList<Item> wanted;
    for (const Item &item : added) {
        if (media::PyramidCache::isWanted(item))
            wanted.append(item);
    }
    QElapsedTimer timer;
    timer.start();
    const media::PyramidCache cache(store.path());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const Item &item = wanted.at(i);
        const QString mediaPath = store.absoluteMediaPath(item);
        std::atomic<int> percent{0};
        std::atomic<bool> done{false};
        Status made;
        std::thread worker([&] {
            made = cache.make(item, mediaPath, [&percent](int p) { percent = p; });
            done = true;
        });
        while (!done.load()) {
            progress.update(i * 100 + percent.load(), wanted.size() * 100);
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        worker.join();
        if (made)
            ++run.made;
        else
            run.failed.append({mediaPath, made.error().message});
    }
    run.seconds = timer.elapsed() / 1000.0;
    return run;
}

int runAdd(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({asOption(), jsonOption()});
    const QCommandLineOption quiet(QStringLiteral("quiet"), Tr::tr("Print only problems."));
    const QCommandLineOption noPyramids(
            QStringLiteral("no-pyramids"),
            Tr::tr("Do not make the tile pyramids of huge images now; the window makes each when "
                   "its image is first shown."));
    parser.addOptions({quiet, noPyramids});
    if (!parse(parser, QStringLiteral("add"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2) {
        printUsage(io, QStringLiteral("assay add PROJECT PATH... [--as PERSON] [--json] [--quiet] "
                                      "[--no-pyramids]"));
        return ExitUsage;
    }
    auto store = openProject(pos.first(), io, parser.value(QStringLiteral("as")), Access::Records);
    if (!store)
        return ExitFailure;

    ProgressLine progress(io);
    media::IntakeOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        progress.update(done, total);
    };
    auto report = media::addMedia(*store, pos.mid(1), options);
    progress.finish();
    if (!report) {
        printError(io, report.error());
        io.err << Tr::tr("nothing was added; the project is unchanged") << Qt::endl;
        return ExitFailure;
    }
    // The added items are in the project now: a pyramid that cannot be made is only reported
    // (the window makes it again when the image is shown).
    const PyramidRun pyramids = parser.isSet(noPyramids)
                                        ? PyramidRun{}
                                        : makePyramids(*store, report->added, progress);
    progress.finish();
    int images = 0, texts = 0, audio = 0;
    for (const Item &it : report->added) {
        if (it.kind == ItemKind::Image)
            ++images;
        else if (it.kind == ItemKind::Text)
            ++texts;
        else
            ++audio;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        auto problems = [](const QList<media::IntakeProblem> &list) {
            QJsonArray array;
            for (const auto &p : list)
                array.append(QJsonObject{{QStringLiteral("path"), p.path},
                                         {QStringLiteral("reason"), p.reason}});
            return array;
        };
        printJson(io, QJsonDocument(QJsonObject{
                              {QStringLiteral("scanned"), double(report->scanned)},
                              {QStringLiteral("added"),
                               QJsonObject{{QStringLiteral("image"), images},
                                           {QStringLiteral("text"), texts},
                                           {QStringLiteral("audio"), audio},
                                           {QStringLiteral("total"), int(report->added.size())}}},
                              {QStringLiteral("pyramids"),
                               QJsonObject{{QStringLiteral("made"), pyramids.made},
                                           {QStringLiteral("failed"), problems(pyramids.failed)}}},
                              {QStringLiteral("duplicates"), problems(report->duplicates)},
                              {QStringLiteral("rejected"), problems(report->rejected)},
                              {QStringLiteral("slide_parts"), double(report->slideParts)},
                              {QStringLiteral("line_errors"),
                               QJsonArray::fromStringList(report->lineErrors)}}));
    } else {
        for (const auto &p : std::as_const(report->rejected))
            io.err << Tr::tr("skipped %1: %2").arg(p.path, p.reason) << Qt::endl;
        for (const QString &e : std::as_const(report->lineErrors))
            io.err << Tr::tr("skipped %1").arg(e) << Qt::endl;
        for (const auto &p : std::as_const(pyramids.failed))
            io.err << Tr::tr("no tile pyramid for %1: %2").arg(p.path, p.reason) << Qt::endl;
        if (!parser.isSet(quiet) && pyramids.made > 0)
            io.err << Tr::tr("made the tile pyramids of %n huge image(s) in %1 s", nullptr,
                             pyramids.made)
                              .arg(pyramids.seconds, 0, 'f', 1)
                   << Qt::endl;
        if (!parser.isSet(quiet)) {
            for (const auto &p : std::as_const(report->duplicates))
                io.err << Tr::tr("duplicate %1: %2").arg(p.path, p.reason) << Qt::endl;
            io.out << Tr::tr("added %1 items (%2 images, %3 texts, %4 audio); %5 duplicates, %6 skipped")
                              .arg(report->added.size())
                              .arg(images)
                              .arg(texts)
                              .arg(audio)
                              .arg(report->duplicates.size())
                              .arg(report->rejected.size() + report->lineErrors.size())
                   << Qt::endl;
            if (report->slideParts > 0)
                io.out << Tr::tr("%n file(s) taken as parts of multi-file slides (MRXS data, VMS"
                                 " pieces and macro images), not as items",
                                 nullptr, int(report->slideParts))
                       << Qt::endl;
        }
    }
    // 0: everything added; 2: files (or lines) skipped as unreadable; 3: only duplicates.
    if (!report->rejected.isEmpty() || !report->lineErrors.isEmpty())
        return 2;
    if (!report->duplicates.isEmpty())
        return 3;
    return ExitOk;
}

int runMedia(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({asOption(), jsonOption()});
    const QCommandLineOption slideImages(
            QStringLiteral("slide-associated-images"),
            Tr::tr("Whether the label, macro and thumbnail images of whole-slide files may be "
                   "shown and travel with the slides to other copies (on), or not (off, the "
                   "default: checkouts and sync send slides without them): a label can show a "
                   "patient's name. A lead's setting."),
            QStringLiteral("on|off"));
    parser.addOption(slideImages);
    const QString usage = QStringLiteral(
            "assay media PROJECT [--slide-associated-images on|off] [--as PERSON] [--json]");
    if (!parse(parser, QStringLiteral("media"), args, io))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    const QString value = parser.value(slideImages).toLower();
    if (pos.size() != 1
        || (parser.isSet(slideImages) && value != QLatin1String("on")
            && value != QLatin1String("off"))) {
        printUsage(io, usage);
        return ExitUsage;
    }
    auto store = openProject(pos.first(), io, parser.value(QStringLiteral("as")),
                             parser.isSet(slideImages) ? Access::Records : Access::Reads);
    if (!store)
        return ExitFailure;
    auto settings = store->items().mediaSettings();
    if (!settings) {
        printError(io, settings.error());
        return ExitFailure;
    }
    if (parser.isSet(slideImages)) {
        settings->slideAssociatedImages = value == QLatin1String("on");
        if (const Status st = store->items().setMediaSettings(*settings); !st) {
            printError(io, st.error());
            return ExitFailure;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("slide_associated_images"),
                                                 settings->slideAssociatedImages}}));
    } else {
        io.out << (settings->slideAssociatedImages
                           ? Tr::tr("slides' label, macro and thumbnail images: shown")
                           : Tr::tr("slides' label, macro and thumbnail images: never shown"))
               << Qt::endl;
    }
    return ExitOk;
}

} // namespace assay::app::cli
