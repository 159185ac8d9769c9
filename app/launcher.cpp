// SPDX-License-Identifier: Apache-2.0
// The `assay` program: commands on CSV files run here, everything else in assay-workstation.
//
// The workstation links Qt Widgets and OpenCV, whose image codecs bring some 180 shared
// libraries (GDAL, Poppler, HDF5, ...): loading and relocating them costs about 60 MB and a
// tenth of a second before main(), which a command like `assay agreement ratings.csv` in a
// script or CI pipeline would pay on every call for nothing. So `assay` links QtCore and core's
// quality code only, runs the commands that need nothing more, and hands every other command
// line (and the window) to the workstation program with exec(), unchanged.
#include "app/cli/cliio.h"
#include "app/cli/infotext.h"
#include "app/cli/quality/qualitycommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>

#include <unistd.h>

using namespace assay;

struct LightCommand
{
    const char *name;
    app::CommandFn run;
};

// Commands that read files named on the command line and touch no project; and a plain
// `assay info PROJECT`, read from the store's kept counts (it hands anything else on).
static const LightCommand s_lightCommands[] = {
        {"agreement", app::runAgreement},
        {"box-agreement", app::runBoxAgreement},
        {"consensus", app::runConsensus},
        {"info", app::runLightInfo},
};

// The workstation program: beside this one in a build folder, in libexec once installed.
static std::string workstationPath()
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string dir = ".";
    if (n > 0) {
        self[n] = '\0';
        dir = self;
        dir.erase(dir.rfind('/'));
    }
    for (const std::string &candidate :
         {dir + "/assay-workstation", dir + "/" ASSAY_WORKSTATION_RELATIVE "/assay-workstation"}) {
        if (access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return dir + "/assay-workstation";
}

static int runLight(app::CommandFn run, int argc, char **argv)
{
    QCoreApplication core(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Assay"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("assay.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("assay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSAY_VERSION));
    // The same translations as the workstation's.
    auto *own = new QTranslator(&core);
    if (own->load(QLocale(), QStringLiteral("assay"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&core);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QTextStream out(stdout);
    QTextStream err(stderr);
    app::CliIo io{out, err, isatty(fileno(stderr)) != 0};
    const int status = run(args, io);
    out.flush();
    err.flush();
    return status;
}

int main(int argc, char **argv)
{
    if (argc >= 2) {
        for (const LightCommand &command : s_lightCommands) {
            if (std::strcmp(argv[1], command.name) != 0)
                continue;
            const int status = runLight(command.run, argc, argv);
            if (status != app::ExitUseWorkstation)
                return status;
            break;
        }
    }
    const std::string workstation = workstationPath();
    execv(workstation.c_str(), argv);
    // Only reached when the workstation could not be started.
    std::fprintf(stderr, "assay: cannot start %s: %s\n", workstation.c_str(), std::strerror(errno));
    return 1;
}
