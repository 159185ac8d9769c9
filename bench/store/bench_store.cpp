// SPDX-License-Identifier: Apache-2.0
// Store figures: latency of one durably saved annotation edit (p50/p99), and the time and
// memory to open a project of 100,000, 1,000,000 and 5,000,000 items until the window shows
// its first items (each open in a process of its own), and `assay info` on each.
#include "app/cli/cliio.h"
#include "app/cli/projectcommands.h"
#include "app/gui/mainwindow.h"
#include "bench/benchreport.h"
#include "core/models/itemlistmodel.h"
#include "core/identity/keys.h"
#include "core/project/services.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QListView>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace assay;
using namespace assay::core;

static qint64 memoryKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

static double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

static double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The disk's own floor: one 4 KiB append made durable with fdatasync.
static void benchFsync(const QString &dir)
{
    QFile f(dir + QStringLiteral("/fsync.tmp"));
    if (!f.open(QIODevice::WriteOnly))
        return;
    std::vector<double> ms;
    const QByteArray page(4096, 'x');
    QElapsedTimer t;
    for (int i = 0; i < 300; ++i) {
        f.write(page);
        f.flush();
        t.start();
        ::fdatasync(f.handle());
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("this disk's fdatasync of a 4 KiB append (the floor of an fsync per edit):\n");
    std::printf("  p50 %.3f ms   p99 %.3f ms\n", percentile(ms, 0.5), percentile(ms, 0.99));
    bench::report({QStringLiteral("this disk's fdatasync of a 4 KiB append: p99"),
                   percentile(ms, 0.99), QStringLiteral("ms")});
}

static int benchEdits(const QString &dir, int edits, const QString &durability, int paceMs = 0)
{
    assay::core::CreateOptions options;
    options.durability = durability;
    auto store = assay::core::Project::create(
            dir + QStringLiteral("/edits-%1-%2.assay").arg(durability).arg(paceMs), options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    Item it;
    it.sha256 = QString(64, QLatin1Char('e'));
    it.path = QStringLiteral("a.jpg");
    it.width = it.height = 1000;
    (void) (*store)->items().addItems({it}, {});
    Batch b;
    b.name = QStringLiteral("bench");
    auto batch = (*store)->work().createBatch(b);
    auto tasks = (*store)->work().assignTasks(batch->id,
                                              {Task{{},
                                                    {},
                                                    (*store)->items().page(0, 1)->first().id,
                                                    (*store)->actor().id,
                                                    TaskKind::Production,
                                                    TaskState::Pending,
                                                    0}});
    // Every edit signed, as the window and the command line record it once signed in.
    auto keys = assay::core::identity::SecretKeys::generate();
    const QString owner = (*store)->actor().name;
    if (!keys || !(*store)->people().setKey(owner, keys->publicKeys().toText())
        || !(*store)->signIn(owner, *keys)) {
        std::fprintf(stderr, "could not sign in to %s\n", qPrintable((*store)->path()));
        return 1;
    }
    auto ann = (*store)->annotations().startAnnotation(tasks->first().id);
    Box box{newId(), {}, 10, 10, 100, 100, {}};
    (void) (*store)->annotations().addBox(ann->id, box);

    std::vector<double> ms;
    ms.reserve(size_t(edits));
    QElapsedTimer t;
    for (int i = 0; i < edits; ++i) {
        if (paceMs > 0)
            QThread::msleep(paceMs);
        box.x = 10 + i % 500;
        t.start();
        const Status st = (*store)->annotations().updateBox(ann->id, box);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!st) {
            std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
            return 1;
        }
    }
    std::printf(
            "save one annotation edit, signed (durability \"%s\", %d edits %s, each one event + state, committed):\n",
            qPrintable(durability), edits,
            paceMs > 0 ? qPrintable(QStringLiteral("one every %1 ms").arg(paceMs)) : "back to back");
    std::printf(
            "  p50 %.3f ms   p90 %.3f ms   p99 %.3f ms   max %.3f ms   (target: p99 < 1 ms signed)\n",
            percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 0.99),
            *std::max_element(ms.begin(), ms.end()));
    const QString how = QStringLiteral("save one annotation edit, signed, %1, %2")
                                .arg(durability,
                                     paceMs > 0 ? QStringLiteral("one every %1 ms").arg(paceMs)
                                                : QStringLiteral("back to back"));
    bench::report({how + QStringLiteral(": p50"), percentile(ms, 0.5), QStringLiteral("ms")});
    bench::report({how + QStringLiteral(": p99"), percentile(ms, 0.99), QStringLiteral("ms"),
                   QStringLiteral("p99 < 1 ms")});
    return 0;
}

static bool makeMillion(const QString &path, int count)
{
    if (QFile::exists(path)) {
        auto store = assay::core::Project::open(path);
        if (store && *(*store)->items().itemCount() == count)
            return true;
        QFile::remove(path);
    }
    std::printf("building a %d-item project at %s (once) ...\n", count, qPrintable(path));
    std::fflush(stdout);
    auto store = assay::core::Project::create(path, {});
    if (!store)
        return false;
    const int chunk = 100000;
    for (int start = 0; start < count; start += chunk) {
        QList<Item> items;
        items.reserve(chunk);
        for (int i = start; i < std::min(count, start + chunk); ++i) {
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                            .toHex());
            it.path = QStringLiteral("images/%1/%2.jpg")
                              .arg(i / 1000, 4, 10, QLatin1Char('0'))
                              .arg(i, 7, 10, QLatin1Char('0'));
            it.byteSize = 200000 + i % 1000;
            it.width = 1920;
            it.height = 1080;
            items.append(it);
        }
        auto added = (*store)->items().addItems(items, {{QStringLiteral("operation"),
                                                         QStringLiteral("bench")}});
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().toString()));
            return false;
        }
    }
    return true;
}

// In a process of its own: the open's time and resident memory, then `assay info` in-process.
static int openOnce(QApplication &app, const QString &path, qint64 count)
{
    const qint64 rssBefore = memoryKiB("VmRSS:");
    const double cpu0 = cpuMs();
    QElapsedTimer t;
    t.start();
    app::MainWindow window;
    window.show();
    const double windowMs = double(t.nsecsElapsed()) / 1e6;
    const bool opened = window.openProject(path);
    const double projectMs = double(t.nsecsElapsed()) / 1e6 - windowMs;
    QCoreApplication::processEvents();
    window.grab(); // one full paint of the window, list rows included
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    const double openCpuMs = cpuMs() - cpu0;
    const qint64 rssAfter = memoryKiB("VmRSS:");
    if (!opened)
        return 1;
    const QString label = QLocale(QLocale::English).toString(count);
    std::printf("open a %s-item project until the window shows its first %d items:\n",
                qPrintable(label), window.itemModel()->rowCount());
    std::printf("  %.1f ms (target < 150 ms; %.1f ms of processor time): the window %.1f ms, the"
                " project and its first page %.1f ms, events and the first paint %.1f ms\n",
                openMs, openCpuMs, windowMs, projectMs, openMs - windowMs - projectMs);
    std::printf("  resident memory %.1f MB (+%.1f MB for the project; target < 120 MB)\n",
                double(rssAfter) / 1024.0, double(rssAfter - rssBefore) / 1024.0);
    // For the parent, which takes the median of several opens.
    std::printf("figures: %.3f %.3f %.3f\n", openMs, openCpuMs, double(rssAfter) / 1024.0);
    Q_UNUSED(app);
    return 0;
}

// `assay info PATH` as the program runs it, start to end (without the process start).
static int infoOnce(const QString &path, qint64 count)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    app::CliIo io{outStream, errStream};
    QElapsedTimer t;
    t.start();
    const int status = app::cli::runInfo({path}, io);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (status != 0) {
        std::fprintf(stderr, "%s\n", qPrintable(err));
        return 1;
    }
    const QString label = QLocale(QLocale::English).toString(count);
    std::printf("assay info on the %s-item project: %.1f ms (target < 50 ms)\n", qPrintable(label),
                ms);
    std::printf("info: %.3f\n", ms);
    return 0;
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    // bench_store --open PATH COUNT: one open, in this fresh process.
    if (args.size() == 4 && args.at(1) == QLatin1String("--open")) {
        // The window checks the log in the background after an open (a replay on a copy of the
        // file: minutes for millions of items), which the process would wait for at its exit.
        // The open is measured without it, in settings of the benchmark's own.
        QCoreApplication::setOrganizationName(QStringLiteral("AssayBench"));
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
        const int st = openOnce(app, args.at(2), args.at(3).toLongLong());
        return st != 0 ? st : infoOnce(args.at(2), args.at(3).toLongLong());
    }
    const QString dataDir = QDir::current().absoluteFilePath(QStringLiteral("bench-data"));
    QDir().mkpath(dataDir);
    // bench_store [COUNT...]: the project sizes to open (by default 100k, 1M and 5M items).
    QList<int> sizes;
    for (int i = 1; i < args.size(); ++i)
        sizes.append(args.at(i).toInt());
    if (sizes.isEmpty())
        sizes = {100000, 1000000, 5000000};

    QTemporaryDir editsDir(dataDir + QStringLiteral("/edits-XXXXXX"));
    if (benchEdits(editsDir.path(), 3000, QStringLiteral("normal")) != 0
        || benchEdits(editsDir.path(), 1000, QStringLiteral("normal"), 5) != 0
        || benchEdits(editsDir.path(), 500, QStringLiteral("full")) != 0)
        return 1;
    benchFsync(editsDir.path());

    for (int count : std::as_const(sizes)) {
        const QString big = count == 1000000
                                    ? dataDir + QStringLiteral("/million.assay")
                                    : dataDir + QStringLiteral("/items-%1.assay").arg(count);
        if (!makeMillion(big, count))
            return 1;
        // Each open in a fresh process; the median of five, as the machine is shared.
        std::vector<double> wall, cpu, rss, info;
        for (int run = 0; run < 5; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--open"), big, QString::number(count)});
            if (!child.waitForFinished(-1) || child.exitCode() != 0)
                return 1;
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (line.startsWith("figures: ") && f.size() == 4) {
                    wall.push_back(f.at(1).toDouble());
                    cpu.push_back(f.at(2).toDouble());
                    rss.push_back(f.at(3).toDouble());
                } else if (line.startsWith("info: ") && f.size() == 2) {
                    info.push_back(f.at(1).toDouble());
                } else if (run == 0 && !line.isEmpty()) {
                    std::printf("%s\n", line.constData());
                }
            }
        }
        if (wall.size() != 5 || info.size() != 5)
            return 1;
        // The whole `assay info PATH` process, as a person or a script runs it: start, read,
        // print, exit (the program beside the benchmarks in the build folder).
        const QString assayProgram = QDir(QCoreApplication::applicationDirPath())
                                             .absoluteFilePath(QStringLiteral("../../app/assay"));
        std::vector<double> process;
        for (int run = 0; run < 5 && QFileInfo(assayProgram).isExecutable(); ++run) {
            QProcess child;
            QElapsedTimer pt;
            pt.start();
            child.start(assayProgram, {QStringLiteral("info"), big});
            if (!child.waitForFinished(-1) || child.exitCode() != 0)
                return 1;
            process.push_back(double(pt.nsecsElapsed()) / 1e6);
        }
        const QString label = QLocale(QLocale::English).toString(count);
        std::printf("open a %s-item project, median of 5 (each in a process of its own):"
                    " %.1f ms (%.1f .. %.1f; target < 150 ms), %.1f ms of processor time;"
                    " resident %.1f MB (target < 120 MB); assay info %.1f ms (target < 50 ms)\n",
                    qPrintable(label), percentile(wall, 0.5),
                    *std::min_element(wall.begin(), wall.end()),
                    *std::max_element(wall.begin(), wall.end()), percentile(cpu, 0.5),
                    percentile(rss, 0.5), percentile(info, 0.5));
        bench::report({QStringLiteral("open %1 items: time (median of 5)").arg(label),
                       percentile(wall, 0.5), QStringLiteral("ms"), QStringLiteral("< 150 ms")});
        bench::report({QStringLiteral("open %1 items: processor time (median of 5)").arg(label),
                       percentile(cpu, 0.5), QStringLiteral("ms")});
        bench::report({QStringLiteral("open %1 items: resident memory").arg(label),
                       percentile(rss, 0.5), QStringLiteral("MB"), QStringLiteral("< 120 MB")});
        bench::report({QStringLiteral("assay info, %1 items (in-process)").arg(label),
                       percentile(info, 0.5), QStringLiteral("ms"), QStringLiteral("< 50 ms")});
        if (!process.empty()) {
            std::printf("the whole `assay info` process on the %s-item project, median of 5:"
                        " %.1f ms (%.1f .. %.1f; target < 50 ms)\n",
                        qPrintable(label), percentile(process, 0.5),
                        *std::min_element(process.begin(), process.end()),
                        *std::max_element(process.begin(), process.end()));
            bench::report({QStringLiteral("assay info, %1 items (the whole process)").arg(label),
                           percentile(process, 0.5), QStringLiteral("ms"),
                           QStringLiteral("< 50 ms")});
        }
    }
    return 0;
}
