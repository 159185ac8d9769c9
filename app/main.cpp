// SPDX-License-Identifier: Apache-2.0
// Entry point: the command line when given a subcommand, otherwise the workstation's window.
#include "app/cli/cli.h"
#include "app/gui/labelingpanel.h"
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace assay;

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Assay"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("assay.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("assay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSAY_VERSION));
}

// The system language: Assay's own strings and Qt's (dialog buttons and the like).
static void installTranslators(QCoreApplication *app)
{
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("assay"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (app::cli::isCommandLine(arguments)) {
        // No display needed: the command line runs on servers and in CI. A command that draws
        // charts gets a QApplication on the offscreen platform (unless one is named).
        std::unique_ptr<QCoreApplication> core;
        if (app::cli::needsGuiApplication(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            core = std::make_unique<QApplication>(argc, argv);
        } else {
            core = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        installTranslators(core.get());
        QTextStream out(stdout);
        QTextStream err(stderr);
        app::CliIo io{out, err, isatty(fileno(stderr)) != 0};
        const int status = app::cli::run(arguments, io);
        out.flush();
        err.flush();
        return status;
    }

    QApplication gui(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/assay.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("assay"));
    installTranslators(&gui);

    // GUI options: a project to open, and for documentation and checks, a screenshot of
    // the window once the selected item is on screen.
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("The .assay file to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Select this item row."), QStringLiteral("row"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("Start labeling as this person."),
                                   QStringLiteral("person"));
    const QCommandLineOption task(QStringLiteral("task"),
                                  QStringLiteral("Show this task of the queue."),
                                  QStringLiteral("index"));
    parser.addOptions({screenshot, select, label, task});
    parser.parse(QCoreApplication::arguments());

    app::MainWindow window;
    const QStringList rest = parser.positionalArguments();
    const QString project = rest.isEmpty()
                                    ? QSettings().value(QStringLiteral("lastProject")).toString()
                                    : rest.first();
    window.show();
    if (!project.isEmpty() && (!rest.isEmpty() || QFileInfo::exists(project)))
        window.openProject(project);
    if (parser.isSet(select))
        window.selectItem(parser.value(select).toInt());
    if (parser.isSet(label) && window.startLabeling(parser.value(label)) && parser.isSet(task))
        window.labelingPanel()->showTask(parser.value(task).toInt());
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, file] {
            if (window.grab().save(file)) {
                QCoreApplication::quit();
                return;
            }
            QTextStream(stderr) << QCoreApplication::translate("main", "%1: could not be written")
                                           .arg(file)
                                << Qt::endl;
            QCoreApplication::exit(1);
        });
    }
    return gui.exec();
}
