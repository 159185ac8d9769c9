// SPDX-License-Identifier: Apache-2.0
#include "app/cli/infotext.h"
#include "core/base/tr.h"

namespace assay::app {

void printInfoText(CliIo &io, const QString &path, const core::store::ProjectInfo &info,
                   const core::store::ProjectCounts &c, int admins)
{
    // A project with one admin is lost to administration with that person's key.
    if (admins < 2) {
        io.err << Tr::tr("warning: %1 has %n admin(s); a project should have two, so that a lost key can be replaced",
                         nullptr, admins)
                          .arg(path)
               << Qt::endl;
    }
    const auto line = [&](const QString &label, const QString &value) {
        io.out << label.leftJustified(20) << value << Qt::endl;
    };
    line(Tr::tr("Project"), info.name);
    line(Tr::tr("File"), path);
    line(Tr::tr("Media root"), info.mediaRoot);
    line(Tr::tr("Created"), info.createdAt);
    line(Tr::tr("Durability"), info.durability);
    line(Tr::tr("Items"),
         Tr::tr("%1 images, %2 texts, %3 audio").arg(c.images).arg(c.texts).arg(c.audio));
    line(Tr::tr("Classes"),
         Tr::tr("%1 (taxonomy version %2)").arg(c.classes).arg(c.taxonomyVersion));
    line(Tr::tr("People"), QString::number(c.people));
    line(Tr::tr("Batches"), QString::number(c.batches));
    line(Tr::tr("Tasks"), QString::number(c.tasks));
    line(Tr::tr("Annotations"), Tr::tr("%1 (%2 boxes)").arg(c.annotations).arg(c.boxes));
    line(Tr::tr("Events"), QString::number(c.events));
}

int runLightInfo(const QStringList &args, CliIo &io)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return ExitUseWorkstation;
    // Anything unusual (not a project, one to upgrade, read-only media) is the workstation's to
    // say, with its messages and notices.
    auto summary = core::readProjectSummary(args.first());
    if (!summary)
        return ExitUseWorkstation;
    printInfoText(io, summary->path, summary->info, summary->counts, summary->admins);
    return ExitOk;
}

} // namespace assay::app
