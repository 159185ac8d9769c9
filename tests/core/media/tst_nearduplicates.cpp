// SPDX-License-Identifier: Apache-2.0
// Near-duplicate grouping: the banded index against comparing every pair, chains, order, and
// real pictures (scaled, re-encoded, brightened, noisy, watermarked copies) through intake.
#include "core/items/intake.h"
#include "core/media/nearduplicates.h"
#include "core/project/services.h"
#include "tests/core/media/nearduplicatefixtures.h"
#include "tests/testutil.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>
#include <map>
#include <numeric>
#include <random>

using namespace assay;
using namespace assay::core;
using namespace assay::core::media;

// The definition, by brute force: components of "at most `threshold` bits apart", each as its
// sorted member list, the list sorted.
static std::vector<std::vector<int>> referenceComponents(const std::vector<quint64> &hashes,
                                                         int threshold)
{
    const int n = int(hashes.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (std::popcount(hashes[size_t(i)] ^ hashes[size_t(j)]) <= threshold)
                parent[size_t(find(i))] = find(j);
        }
    }
    std::map<int, std::vector<int>> byRoot;
    for (int i = 0; i < n; ++i)
        byRoot[find(i)].push_back(i);
    std::vector<std::vector<int>> out;
    for (auto &[root, members] : byRoot) {
        if (members.size() > 1)
            out.push_back(members);
    }
    std::sort(out.begin(), out.end());
    return out;
}

static std::vector<std::vector<int>> components(const std::vector<HashGroup> &groups)
{
    std::vector<std::vector<int>> out;
    for (const HashGroup &g : groups) {
        std::vector<int> m = g.members;
        std::sort(m.begin(), m.end());
        out.push_back(m);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// `hash` with exactly `bits` distinct bits flipped.
static quint64 flipBits(quint64 hash, int bits, QRandomGenerator &rng)
{
    quint64 flipped = 0;
    while (std::popcount(flipped) < bits)
        flipped |= quint64(1) << rng.bounded(64);
    return hash ^ flipped;
}

// Random hashes plus clusters of copies a few bits off a base, so that there is something
// to find near every threshold.
static std::vector<quint64> plantedHashes(int count, int clusters, int maxFlips, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<quint64> hashes;
    for (int i = 0; i < count - clusters * 4; ++i)
        hashes.push_back(rng.generate64());
    for (int c = 0; c < clusters; ++c) {
        const quint64 base = rng.generate64();
        hashes.push_back(base);
        for (int k = 0; k < 3; ++k)
            hashes.push_back(flipBits(base, rng.bounded(maxFlips + 1), rng));
    }
    std::shuffle(hashes.begin(), hashes.end(), std::mt19937(seed));
    return hashes;
}

class tst_NearDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The pictures go through the real intake once: probe, pHash, the exact-duplicate check.
    void initTestCase()
    {
        QTemporaryDir dir;
        const QString media = dir.filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(media));
        const auto fixture = tests::writeNearDuplicateFixture(media, 40);
        auto store = assay::core::Project::create(dir.filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(store);
        auto report = addMedia(**store, {media});
        ASSAY_VERIFY_RESULT(report);
        // The byte-identical copy is refused; everything else is in.
        QCOMPARE(report->duplicates.size(), 1);
        QVERIFY(report->duplicates.first().path.endsWith(fixture.exactCopy));
        QVERIFY(report->rejected.isEmpty());
        QCOMPARE(report->added.size(),
                 fixture.sceneA.size() + 3 + fixture.sceneB.size() + fixture.others.size());
        auto images = (*store)->items().hashedImages();
        ASSAY_VERIFY_RESULT(images);
        QCOMPARE(images->size(), report->added.size());
        m_images = *images;
    }

    void parsesStoredHashes()
    {
        QCOMPARE(parsePerceptualHash(QStringLiteral("00000000000000ff")),
                 std::optional<quint64>(255));
        QCOMPARE(parsePerceptualHash(QStringLiteral("FFFFFFFFFFFFFFFF")),
                 std::optional<quint64>(~quint64(0)));
        QVERIFY(!parsePerceptualHash(QString()));
        QVERIFY(!parsePerceptualHash(QStringLiteral("ff")));                 // too short
        QVERIFY(!parsePerceptualHash(QStringLiteral("00000000000000ff00"))); // too long
        QVERIFY(!parsePerceptualHash(QStringLiteral("000000000000zzzz")));
        QCOMPARE(hammingDistance(0, ~quint64(0)), 64);
        QCOMPARE(hammingDistance(0b1011, 0b0001), 2);
    }

    void indexFindsWhatEveryPairFinds_data()
    {
        QTest::addColumn<int>("threshold");
        // 0-3 look only at equal bands, 4-7 at bands one bit off, and so on up to 16.
        for (int threshold : {0, 1, 3, 4, 5, 8, 11, 12, 16})
            QTest::addRow("%d bits", threshold) << threshold;
    }

    void indexFindsWhatEveryPairFinds()
    {
        QFETCH(int, threshold);
        const auto hashes = plantedHashes(3000, 150, threshold + 2, quint32(threshold));
        const auto expected = referenceComponents(hashes, threshold);
        QVERIFY(!expected.empty());
        for (HashSearch search :
             {HashSearch::BandIndex, HashSearch::EveryPair, HashSearch::Automatic}) {
            const auto groups = groupHashes(hashes, threshold, search);
            QCOMPARE(components(groups), expected);
            QCOMPARE(groups.front().members,
                     groupHashes(hashes, threshold, HashSearch::EveryPair).front().members);
        }
    }

    void chainsAreOneGroupWithDistancesFromTheFirst()
    {
        // a~b (3 bits) and b~c (3 bits), but a and c are 6 apart: one group at 4.
        const quint64 a = 0;
        const quint64 b = 0b111;
        const quint64 c = 0b111111;
        const quint64 unrelated = 0xf0f0f0f0f0f0f0f0ULL;
        const auto groups = groupHashes({c, unrelated, a, b}, 4);
        QCOMPARE(groups.size(), size_t(1));
        // The lowest index first (c), then by distance from it: b (3), a (6).
        QCOMPARE(groups[0].members, (std::vector<int>{0, 3, 2}));
        QCOMPARE(groups[0].distances, (std::vector<int>{0, 3, 6}));
        QVERIFY(groupHashes({c, unrelated, a, b}, 2).empty());
    }

    void orderIsDeterministic()
    {
        // Groups by their first member; members by distance, ties by index.
        const std::vector<quint64> hashes{0xff00, 0x1, 0xff01, 0x0, 0xff00, 0x3, 0x0};
        const auto groups = groupHashes(hashes, 2);
        QCOMPARE(groups.size(), size_t(2));
        QCOMPARE(groups[0].members, (std::vector<int>{0, 4, 2}));
        QCOMPARE(groups[0].distances, (std::vector<int>{0, 0, 1}));
        QCOMPARE(groups[1].members, (std::vector<int>{1, 3, 5, 6}));
        QCOMPARE(groups[1].distances, (std::vector<int>{0, 1, 1, 1}));
        QCOMPARE(components(groupHashes(hashes, 2)), components(groups));
    }

    void crowdedHashIsOneGroup()
    {
        // Thousands of blank frames share one hash: one group, not n² comparisons.
        std::vector<quint64> hashes(20000, 0x8000000000000000ULL);
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i)
            hashes.push_back(rng.generate64());
        const auto groups = groupHashes(hashes, DefaultNearDuplicateThreshold);
        QVERIFY(!groups.empty());
        QCOMPARE(groups[0].members.size(), size_t(20000));
        QCOMPARE(groups[0].members.front(), 0);
    }

    void hundredThousandHashes()
    {
        // At the size the issue names: every planted copy is found (the figure is in bench/).
        QRandomGenerator rng(42);
        std::vector<quint64> hashes;
        for (int i = 0; i < 100000; ++i)
            hashes.push_back(rng.generate64());
        std::vector<std::pair<int, int>> planted;
        for (int i = 0; i < 500; ++i) {
            const int original = int(rng.bounded(100000));
            planted.emplace_back(original, int(hashes.size()));
            hashes.push_back(flipBits(hashes[size_t(original)], int(rng.bounded(9)), rng));
        }
        const auto groups = groupHashes(hashes, DefaultNearDuplicateThreshold);
        std::vector<int> groupOf(hashes.size(), -1);
        for (size_t g = 0; g < groups.size(); ++g) {
            for (int m : groups[g].members)
                groupOf[size_t(m)] = int(g);
        }
        for (const auto &[original, copy] : planted) {
            QVERIFY(groupOf[size_t(original)] >= 0);
            QCOMPARE(groupOf[size_t(copy)], groupOf[size_t(original)]);
        }
    }

    void itemsWithoutHashesAreLeftOut()
    {
        QList<Item> items(4);
        items[0].perceptualHash = QStringLiteral("00000000000000ff");
        items[1].kind = ItemKind::Text;
        items[1].perceptualHash = QStringLiteral("00000000000000ff"); // ignored: not an image
        items[2].perceptualHash = QString();                          // undecodable picture
        items[3].perceptualHash = QStringLiteral("00000000000000fe");
        for (int i = 0; i < 4; ++i)
            items[i].id = QString::number(i);
        const auto groups = groupNearDuplicates(items);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].members.size(), 2);
        QCOMPARE(groups[0].members[0].item.id, QStringLiteral("0"));
        QCOMPARE(groups[0].members[1].item.id, QStringLiteral("3"));
        QCOMPARE(groups[0].members[1].distance, 1);
    }

    void picturesThroughIntake_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QStringList>("expected"); // "name:distance ..." per group, in order

        // Intake adds in path order, so a-brighter.png is the first of scene A and b-q40.jpg
        // of scene B. The distances are in nearduplicatefixtures.h.
        const QString equal = QStringLiteral("a-brighter.png:0 a-half.png:0 a-q35.jpg:0 a.png:0");
        const QString sceneA = equal + QStringLiteral(" a-small-q60.jpg:2 a-noisy.png:3");
        const QString sceneB = QStringLiteral("b-q40.jpg:0 b.png:1");
        QTest::newRow("equal hashes only") << 0 << QStringList{equal};
        QTest::newRow("scaled, noisy") << 3 << QStringList{sceneA, sceneB};
        // a-marked.png is 6 bits from a.png but 5 from a-noisy.png: it joins through it.
        QTest::newRow("a chain") << 5
                                 << QStringList{sceneA + QStringLiteral(" a-marked.png:6"), sceneB};
        QTest::newRow("default") << DefaultNearDuplicateThreshold
                                 << QStringList{sceneA + QStringLiteral(" a-marked.png:6"), sceneB};
        // The crop is 14 bits from the closest; 40 unrelated scenes stay apart.
        QTest::newRow("twelve bits")
                << 12 << QStringList{sceneA + QStringLiteral(" a-marked.png:6"), sceneB};
    }

    void picturesThroughIntake()
    {
        QFETCH(int, threshold);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const NearDuplicateGroup &g : groupNearDuplicates(m_images, threshold)) {
            QStringList members;
            for (const NearDuplicateMember &m : g.members)
                members.append(QStringLiteral("%1:%2")
                                       .arg(QFileInfo(m.item.path).fileName())
                                       .arg(m.distance));
            got.append(members.join(QLatin1Char(' ')));
        }
        QCOMPARE(got, expected);
    }

private:
    QList<Item> m_images; // the fixture's pictures as intake stored them
};

QTEST_GUILESS_MAIN(tst_NearDuplicates)
#include "tst_nearduplicates.moc"
