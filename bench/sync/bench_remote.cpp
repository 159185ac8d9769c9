// SPDX-License-Identifier: Apache-2.0
// Events pushed to and pulled from a remote: a shared folder and a local PostgreSQL server (a
// throwaway cluster, as in the tests), 10,000 events (target < 1 s each way) and, with
// --big, 1,000,000 (target < 30 s), next to a COPY of the same rows with psql.
//
//   bench_remote [--big]
#include "core/sync/folderremote.h"
#include "core/sync/postgresremote.h"
#include "core/sync/wireevent.h"
#include "tests/core/sync/pgcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace assay;
using namespace assay::core;

static QList<QByteArray> makeLines(int n)
{
    QList<QByteArray> lines;
    lines.reserve(n);
    const QString device = QStringLiteral("d0a1b2c3-0000-4000-8000-000000000001");
    const QString person = QStringLiteral("p0a1b2c3-0000-4000-8000-000000000001");
    for (int i = 1; i <= n; ++i) {
        store::Event e;
        e.envelope = 1;
        e.id = QStringLiteral("e%1").arg(i, 35, 10, QLatin1Char('0'));
        e.time = QStringLiteral("2026-12-06T20:00:00.000Z");
        e.personId = person;
        e.kind = QStringLiteral("annotation.classes");
        e.codec = QStringLiteral("json");
        e.prevHash = QString(64, QLatin1Char('a'));
        e.hash = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
        e.device = device;
        e.deviceSeq = i;
        e.lamport = i;
        e.action = QStringLiteral("annotate");
        e.audience = QStringLiteral("author");
        e.payloadHash = QString(64, QLatin1Char('b'));
        e.signer = QStringLiteral("k1");
        e.signature = QByteArray(64, 's');
        e.stored = QByteArray(R"({"annotation":"x","classes":["c1"]})");
        lines.append(sync::encodeWire(e, true));
    }
    return lines;
}

static void report(const char *what, int n, qint64 ms, double targetMs)
{
    std::printf("%-44s %9d events %8lld ms   target < %.0f ms   %s\n", what, n,
                static_cast<long long>(ms), targetMs, ms < targetMs ? "ok" : "OVER");
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool big = app.arguments().contains(QStringLiteral("--big"));
    QList<int> sizes{10000};
    if (big)
        sizes.append(1000000);
    tests::PgCluster cluster;
    QString error;
    const bool pg = cluster.start(&error);
    if (!pg)
        std::printf("PostgreSQL: not measured (%s)\n", qPrintable(error));
    int db = 0;
    for (int n : sizes) {
        const double target = n <= 10000 ? 1000 : 30000;
        const QList<QByteArray> lines = makeLines(n);
        const Id project = newId();
        {
            QTemporaryDir dir;
            sync::FolderRemote folder(dir.path(), QStringLiteral("writer"));
            if (!folder.open(project))
                return 1;
            QElapsedTimer t;
            t.start();
            if (!folder.push(lines))
                return 1;
            report("folder: push", n, t.elapsed(), target);
            t.restart();
            auto got = folder.fetch({});
            if (!got || got->chunks.first().lines.size() != n)
                return 1;
            report("folder: pull", n, t.elapsed(), target);
        }
        if (!pg)
            continue;
        const QString database = QStringLiteral("bench%1").arg(++db);
        cluster.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + database);
        sync::PostgresRemote remote(cluster.connection(database));
        if (!remote.open(project))
            return 1;
        QElapsedTimer t;
        t.start();
        auto pushed = remote.push(lines);
        if (!pushed) {
            std::printf("%s\n", qPrintable(pushed.error().toString()));
            return 1;
        }
        const qint64 pushMs = t.elapsed();
        report("postgres: push (one transaction)", n, pushMs, target);
        t.restart();
        auto got = remote.fetch({});
        if (!got || got->chunks.first().lines.size() != n)
            return 1;
        report("postgres: pull", n, t.elapsed(), target);
        // The floor: psql's \copy of the same rows into a table of the same shape.
        QTemporaryDir dir;
        const QString tsv = dir.filePath(QStringLiteral("rows.tsv"));
        {
            QFile f(tsv);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            int i = 0;
            for (const QByteArray &l : lines) {
                ++i;
                QByteArray row = "dev\t" + QByteArray::number(i) + "\th" + QByteArray::number(i)
                                 + "\tp\tannotate\tauthor\t";
                row += QByteArray(l).replace('\\', "\\\\");
                row += '\n';
                f.write(row);
            }
        }
        cluster.psql(database, QStringLiteral("CREATE TABLE copied (LIKE assay.events INCLUDING"
                                              " ALL)"));
        t.restart();
        QString err;
        if (!cluster.psql(database,
                          QStringLiteral("\\copy copied (device, device_seq, hash, person, action,"
                                         " audience, line) from '%1'")
                                  .arg(tsv),
                          nullptr, &err)) {
            std::printf("psql \\copy failed: %s\n", qPrintable(err));
            continue;
        }
        const qint64 copyMs = t.elapsed();
        std::printf("%-44s %9d events %8lld ms   push / COPY = %.2f\n",
                    "psql \\copy of the same rows (floor)", n, static_cast<long long>(copyMs),
                    copyMs > 0 ? double(pushMs) / double(copyMs) : 0.0);
    }
    return 0;
}
