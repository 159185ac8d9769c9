// SPDX-License-Identifier: Apache-2.0
// A log of a million signed events: recording it, verifying it (chains, payload hashes and the
// last signature of each run; then every signature) and replaying it into empty state tables.
#include "core/identity/keys.h"
#include "core/people/peopleevents.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace assay;
using namespace assay::core;

static int fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const QString path = QDir::temp().filePath(
            QStringLiteral("assay-bench-log-%1.assay").arg(count));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    auto keys = identity::SecretKeys::generate();
    if (!keys)
        return fail(keys.error().toString());
    CreateOptions options;
    options.ownerKey = keys->publicKeys().toText();
    auto project = Project::create(path, options);
    if (!project)
        return fail(project.error().toString());
    Project &p = **project;
    if (Status st = p.signIn(p.actor().name, *keys); !st)
        return fail(st.error().toString());

    // Recorded as the window records: each event checked, signed, appended and applied; ten
    // thousand to a transaction so that building the log does not wait on the disk.
    std::printf("recording %d signed events (project.renamed) ...\n", count);
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    constexpr int perTransaction = 10000;
    for (int done = 0; done < count; done += perTransaction) {
        const Status st = p.transact([&]() -> Status {
            for (int i = done; i < std::min(count, done + perTransaction); ++i) {
                auto e = p.record(ProjectRenamed{QStringLiteral("bench %1").arg(i), {}});
                if (!e)
                    return e.error();
            }
            return {};
        });
        if (!st)
            return fail(st.error().toString());
    }
    const double recordS = double(t.nsecsElapsed()) / 1e9;
    std::printf("  %.1f s: %.1f us an event (in transactions of %d)\n", recordS,
                recordS * 1e6 / count, perTransaction);

    auto verify = [&](bool all) {
        store::EventLog::VerifyOptions o;
        o.allSignatures = all;
        qint64 lastShown = 0;
        o.progress = [&](qint64 done, qint64 total) {
            if (done - lastShown >= 250000 || done == total) {
                std::printf("\r  checked %lld of %lld events", (long long) done, (long long) total);
                std::fflush(stdout);
                lastShown = done;
            }
        };
        t.start();
        auto v = p.verifyLog(o);
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("\n");
        if (!v || !v->intact)
            return fail(v ? v->reason : v.error().toString());
        std::printf("verify %s: %.2f s (%lld events, %lld signatures checked; target < 30 s)\n",
                    all ? "--all-signatures" : "(last signature of each run)", s,
                    (long long) v->events, (long long) v->signaturesChecked);
        return 0;
    };
    if (verify(false) || verify(true))
        return 1;

    t.start();
    if (Status st = p.rebuildState(); !st)
        return fail(st.error().toString());
    const double replayS = double(t.nsecsElapsed()) / 1e9;
    std::printf("replay (rebuild) of %d events: %.2f s, %.1f us an event\n", count + 3, replayS,
                replayS * 1e6 / (count + 3));
    project->reset();
    QFile::remove(path);
    return 0;
}
