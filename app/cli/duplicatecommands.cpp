// SPDX-License-Identifier: Apache-2.0
// dupes: groups of images whose perceptual hashes are close; --keep removes a group's others.
#include "app/cli/duplicatecommands.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "core/media/nearduplicates.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace assay::app::cli {

using namespace assay::core;

static QJsonObject memberJson(const media::NearDuplicateMember &m)
{
    return QJsonObject{{QStringLiteral("id"), m.item.id},
                       {QStringLiteral("path"), m.item.path},
                       {QStringLiteral("width"), m.item.width},
                       {QStringLiteral("height"), m.item.height},
                       {QStringLiteral("bytes"), double(m.item.byteSize)},
                       {QStringLiteral("phash"), m.item.perceptualHash},
                       {QStringLiteral("distance"), m.distance}};
}

static int keepOne(assay::core::Project &store, const QList<media::NearDuplicateGroup> &groups,
                   const QString &keepRef, int threshold, const QString &reasonText, bool json,
                   CliIo &io)
{
    auto kept = store.items().findItem(keepRef);
    if (!kept) {
        printError(io, kept.error());
        return ExitFailure;
    }
    const media::NearDuplicateGroup *group = nullptr;
    for (const auto &g : groups) {
        for (const auto &m : g.members) {
            if (m.item.id == kept->id)
                group = &g;
        }
    }
    if (!group) {
        io.err << Tr::tr("assay: %1 has no near-duplicates at a "
                         "threshold of %2 bits; nothing was removed")
                          .arg(kept->path)
                          .arg(threshold)
               << Qt::endl;
        return ExitFailure;
    }
    QStringList ids;
    QJsonArray removed;
    for (const auto &m : group->members) {
        if (m.item.id != kept->id) {
            ids.append(m.item.id);
            removed.append(memberJson(m));
        }
    }
    // The log is data other workstations read, whatever their language: not translated.
    const QString reason = reasonText.isEmpty()
                                   ? QStringLiteral("near-duplicate of %1").arg(kept->path)
                                   : reasonText;
    if (const Status st = store.items().removeItems(ids, reason); !st) {
        printError(io, st.error());
        return ExitFailure;
    }
    if (json) {
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("kept"),
                                                 QJsonObject{{QStringLiteral("id"), kept->id},
                                                             {QStringLiteral("path"), kept->path}}},
                                                {QStringLiteral("removed"), removed},
                                                {QStringLiteral("reason"), reason}}));
        return ExitOk;
    }
    io.out << Tr::tr("kept %1; removed %n item(s) from the project (their files stay on disk):",
                     nullptr, int(ids.size()))
                      .arg(kept->path)
           << Qt::endl;
    for (const auto &r : std::as_const(removed))
        io.out << QStringLiteral("  ") << r.toObject().value(QLatin1String("path")).toString()
               << Qt::endl;
    return ExitOk;
}

int runDupes(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption thresholdOpt(QStringLiteral("threshold"),
                                          Tr::tr("Bits (of 64) two perceptual hashes may differ in and "
                                                 "count as one picture (default %1, at most %2).")
                                                  .arg(media::DefaultNearDuplicateThreshold)
                                                  .arg(media::MaxNearDuplicateThreshold),
                                          Tr::tr("bits"));
    const QCommandLineOption keepOpt(
            QStringLiteral("keep"),
            Tr::tr("Keep this item (id, path or file name) and remove the other items of its group."),
            Tr::tr("item"));
    const QCommandLineOption reasonOpt(QStringLiteral("reason"),
                                       Tr::tr("Why the others are removed (recorded in the log)."),
                                       Tr::tr("text"));
    parser.addOptions({thresholdOpt, keepOpt, reasonOpt, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("dupes"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral("assay dupes PROJECT [--threshold N] [--json] | PROJECT "
                                         "--keep ITEM [--threshold N] [--reason R]");
    if (parser.positionalArguments().size() != 1) {
        printUsage(io, usage);
        return ExitUsage;
    }
    int threshold = media::DefaultNearDuplicateThreshold;
    if (parser.isSet(thresholdOpt)) {
        bool ok = false;
        threshold = parser.value(thresholdOpt).toInt(&ok);
        if (!ok || threshold < 0 || threshold > media::MaxNearDuplicateThreshold) {
            io.err << Tr::tr("assay dupes: --threshold is a whole number of bits from 0 to %1")
                              .arg(media::MaxNearDuplicateThreshold)
                   << Qt::endl;
            printUsage(io, usage);
            return ExitUsage;
        }
    }
    auto store = openProject(parser.positionalArguments().first(), io,
                             parser.value(QStringLiteral("as")),
                             parser.isSet(keepOpt) ? Access::Records : Access::Reads);
    if (!store)
        return ExitFailure;
    auto images = store->items().hashedImages();
    if (!images) {
        printError(io, images.error());
        return ExitFailure;
    }
    const QList<media::NearDuplicateGroup> groups = media::groupNearDuplicates(*images, threshold);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(keepOpt))
        return keepOne(*store, groups, parser.value(keepOpt), threshold, parser.value(reasonOpt),
                       json, io);

    if (json) {
        QJsonArray groupsJson;
        for (const auto &g : groups) {
            QJsonArray members;
            for (const auto &m : g.members)
                members.append(memberJson(m));
            groupsJson.append(QJsonObject{{QStringLiteral("size"), int(g.members.size())},
                                          {QStringLiteral("items"), members}});
        }
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("threshold"), threshold},
                                                {QStringLiteral("images"), int(images->size())},
                                                {QStringLiteral("groups"), groupsJson}}));
        return ExitOk;
    }
    if (groups.isEmpty()) {
        io.out << Tr::tr("no near-duplicates among %1 images (threshold %2 of 64 bits)")
                          .arg(images->size())
                          .arg(threshold)
               << Qt::endl;
        return ExitOk;
    }
    io.out << Tr::tr("%n group(s) of near-duplicates among %1 images (threshold %2 of 64 bits)",
                     nullptr, int(groups.size()))
                      .arg(images->size())
                      .arg(threshold)
           << Qt::endl;
    const QLocale locale;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        io.out << Qt::endl
               << Tr::tr("group %1: %n image(s)", nullptr, int(groups.at(i).members.size()))
                          .arg(i + 1)
               << Qt::endl;
        io.out << QStringLiteral("  %1  %2  %3  %4")
                          .arg(Tr::tr("bits").rightJustified(4), Tr::tr("pixels").leftJustified(11),
                               Tr::tr("size").rightJustified(10), Tr::tr("path"))
               << Qt::endl;
        for (const auto &m : groups.at(i).members) {
            io.out << QStringLiteral("  %1  %2  %3  %4")
                              .arg(QString::number(m.distance).rightJustified(4),
                                   QStringLiteral("%1×%2")
                                           .arg(m.item.width)
                                           .arg(m.item.height)
                                           .leftJustified(11),
                                   locale.formattedDataSize(m.item.byteSize).rightJustified(10),
                                   m.item.path)
                   << Qt::endl;
        }
    }
    return ExitOk;
}

} // namespace assay::app::cli
