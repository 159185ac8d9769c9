// SPDX-License-Identifier: Apache-2.0
// Runs the assay program for the command-line tests: English messages, nobody signed in, one folder.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

#ifndef ASSAY_PATH
#error "ASSAY_PATH (the program under test) is set by tests/app/CMakeLists.txt"
#endif

namespace assay::tests {

// What one run of the program gave.
struct CliRun
{
    int status = -1; // -1 when the program did not finish in time
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// How to run it, beyond the arguments.
struct CliOptions
{
    QString workingDirectory;               // empty: the test's own
    QList<std::pair<QString, QString>> env; // variables set for this run
    QStringList unset;                      // variables removed for this run
    bool withoutTerminal = false;           // through setsid: nothing can prompt, as in CI
    int timeoutMs = 60000;
};

// Runs `assay args...`. ASSAY_USER is removed so that no test acts as the person of the machine
// it runs on, and the C locale keeps messages and numbers comparable.
inline CliRun runAssay(const QStringList &args, const CliOptions &options)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ASSAY_USER"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &name : options.unset)
        env.remove(name);
    for (const auto &[name, value] : options.env)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (options.withoutTerminal)
        process.start(QStringLiteral("setsid"), QStringList{QStringLiteral(ASSAY_PATH)} + args);
    else
        process.start(QStringLiteral(ASSAY_PATH), args);
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                QStringLiteral("assay did not finish within %1 ms").arg(options.timeoutMs)};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The usual case: in a folder, with the default time limit or another.
inline CliRun runAssay(const QString &workingDirectory, const QStringList &args,
                       int timeoutMs = 60000)
{
    CliOptions options;
    options.workingDirectory = workingDirectory;
    options.timeoutMs = timeoutMs;
    return runAssay(args, options);
}

} // namespace assay::tests
