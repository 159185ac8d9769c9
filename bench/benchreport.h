// SPDX-License-Identifier: Apache-2.0
// Figures for `make bench`'s JSON file: each one a line appended to the file named by
// ASSAY_BENCH_JSON (bench/run-all.sh sets it and gathers the lines), beside what is printed.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace assay::bench {

struct Figure
{
    QString name; // what was measured, e.g. "open 1,000,000 items: time"
    double value = 0;
    QString unit;               // "ms", "MB", "boxes/s", ...
    QString target;             // as the README states it, e.g. "< 150 ms"; empty: none
    std::optional<double> peer; // the same work done by the peer, in `unit`
    QString peerName;           // e.g. "Python json.load"
};

inline void report(const Figure &f)
{
    const QByteArray path = qgetenv("ASSAY_BENCH_JSON");
    if (path.isEmpty())
        return;
    QJsonObject o{{QStringLiteral("bench"),
                   QFileInfo(QCoreApplication::applicationFilePath()).fileName()},
                  {QStringLiteral("name"), f.name},
                  {QStringLiteral("value"), f.value},
                  {QStringLiteral("unit"), f.unit}};
    if (!f.target.isEmpty())
        o.insert(QStringLiteral("target"), f.target);
    if (f.peer) {
        o.insert(QStringLiteral("peer"), QJsonObject{{QStringLiteral("name"), f.peerName},
                                                     {QStringLiteral("value"), *f.peer}});
    }
    QFile out(QString::fromLocal8Bit(path));
    if (out.open(QIODevice::WriteOnly | QIODevice::Append))
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace assay::bench
