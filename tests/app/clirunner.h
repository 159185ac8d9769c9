// SPDX-License-Identifier: Apache-2.0
// Runs the assay program for the command-line tests: English messages, nobody signed in, one folder.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

// Runs `assay args...` in `workingDirectory`. ASSAY_USER is removed so that no test acts as the
// person of the machine it runs on, and the C locale keeps messages and numbers comparable.
inline CliRun runAssay(const QString &workingDirectory, const QStringList &args,
                       int timeoutMs = 60000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ASSAY_USER"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(ASSAY_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                QStringLiteral("assay did not finish within %1 ms").arg(timeoutMs)};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace assay::tests
