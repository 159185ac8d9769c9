// SPDX-License-Identifier: Apache-2.0
// Near-duplicate grouping of 100k perceptual hashes: the banded index against every pair, and
// "assay dupes" end to end on a project of 100k images.
#include "app/cli/cli.h"
#include "core/media/nearduplicates.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <bit>
#include <cstdio>
#include <functional>

using namespace assay;
using namespace assay::core;

// Random hashes (unrelated pictures differ in ~32 bits) and 1% copies a few bits off.
static std::vector<quint64> hashes(int count)
{
    QRandomGenerator rng(2026);
    std::vector<quint64> out;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && rng.bounded(100) == 0) {
            quint64 flip = 0;
            const int bits = int(rng.bounded(7));
            while (std::popcount(flip) < bits)
                flip |= quint64(1) << rng.bounded(64);
            out.push_back(out[rng.bounded(quint32(out.size()))] ^ flip);
        } else {
            out.push_back(rng.generate64());
        }
    }
    return out;
}

static double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = 100000;
    const auto h = hashes(n);
    for (int threshold : {4, 8, 12}) {
        size_t groups = 0;
        const double ms = bestOf(3, [&] { groups = media::groupHashes(h, threshold).size(); });
        std::printf("group 100k hashes, threshold %2d: %8.1f ms (%zu groups)\n", threshold, ms,
                    groups);
    }
    // Every pair, for scale: 5e9 comparisons (the same popcount code path).
    size_t everyPairGroups = 0;
    const double everyPair = bestOf(1, [&] {
        everyPairGroups = media::groupHashes(h, 8, media::HashSearch::EveryPair).size();
    });
    std::printf("every pair instead, threshold  8: %8.1f ms (%zu groups)\n", everyPair,
                everyPairGroups);

    // End to end: a project of 100k images (rows added directly: no files needed).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dupes.assay"));
    {
        auto store = assay::core::Project::create(path, {});
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 1;
        }
        QList<Item> items;
        for (int i = 0; i < n; ++i) {
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                            .toHex());
            it.path = QStringLiteral("photos/%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
            it.byteSize = 200000 + i;
            it.width = 1024;
            it.height = 768;
            it.perceptualHash = QStringLiteral("%1").arg(h[size_t(i)], 16, 16, QLatin1Char('0'));
            items.append(it);
        }
        if (!(*store)->items().addItems(items, {})) {
            std::fprintf(stderr, "cannot add items\n");
            return 1;
        }
    }
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    app::CliIo io{outStream, errStream};
    int status = 0;
    const double cli = bestOf(3, [&] {
        out.clear();
        status = app::cli::run({QStringLiteral("dupes"), path, QStringLiteral("--json")}, io);
    });
    const double load = bestOf(3, [&] {
        (void) (*assay::core::Project::open(path))->items().hashedImages();
    });
    std::printf(
            "assay dupes --json on 100k images: %.0f ms (open and read the hashes: %.0f ms; exit %d, %lld bytes of JSON)\n",
            cli, load, status, static_cast<long long>(out.size()));
    return 0;
}
