// SPDX-License-Identifier: Apache-2.0
// Near-duplicate grouping: union-find over pairs found through an index of 16-bit bands.
#include "core/media/nearduplicates.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace assay::core::media {

// Why 8 bits by default. OpenCV's pHash keeps the signs of the 8 × 8 lowest frequencies of a
// 32 × 32 grey copy (DCT coefficient above their mean), so what people call "the same picture"
// moves few of them. Measured on tst_nearduplicates' pictures: scaled, re-encoded as JPEG or
// brightened 0-2 bits, with noise 3, with a line of text over it 6; a crop of a tenth from
// each side already 18. Unrelated pictures differ in about half the bits (32 ± 4 if the bits
// were independent): at 8 or fewer that is a 3 in 10^10 chance per pair, about one chance
// pair in a project of 100k images. Natural photographs are not that independent (flat, dark
// or low-contrast frames crowd together), the other reason not to go higher by default.

namespace {

class UnionFind final
{
public:
    explicit UnionFind(int n)
        : m_parent(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])]; // path halving
            x = m_parent[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b); // the lower index is the root
    }

private:
    std::vector<int> m_parent;
};

} // namespace

std::optional<quint64> parsePerceptualHash(const QString &hex)
{
    if (hex.size() != 16)
        return std::nullopt;
    bool ok = false;
    const quint64 value = hex.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return value;
}

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

static constexpr int s_bands = 4; // 64 bits = 4 bands of 16
static constexpr int s_bandValues = 1 << 16;

static quint16 band(quint64 hash, int b)
{
    return quint16(hash >> (16 * b));
}

// The popcount instruction is not in the x86-64 baseline the build targets; without it each
// count is a library call. The hot loop is compiled twice and picked at load time.
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
#define ASSAY_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define ASSAY_POPCNT_CLONES
#endif

struct BandEntry
{
    quint64 hash; // kept beside the index: a bucket is read front to back, no lookups
    int index;
};

ASSAY_POPCNT_CLONES
static void uniteEveryPair(const std::vector<quint64> &hashes, int threshold, UnionFind &sets)
{
    const size_t n = hashes.size();
    for (size_t i = 0; i < n; ++i) {
        const quint64 h = hashes[i];
        for (size_t j = i + 1; j < n; ++j) {
            if (std::popcount(h ^ hashes[j]) <= threshold)
                sets.unite(int(i), int(j));
        }
    }
}

ASSAY_POPCNT_CLONES
static void uniteThroughBands(const std::vector<quint64> &hashes, int threshold,
                              const std::vector<quint16> &masks, UnionFind &sets)
{
    const int n = int(hashes.size());
    // One counting sort per band: bucket v of band b is entries[b][start[b][v] .. start[b][v + 1]),
    // in index order.
    std::vector<int> start(size_t(s_bands) * (s_bandValues + 1), 0);
    std::vector<BandEntry> entries(size_t(s_bands) * size_t(n));
    for (int b = 0; b < s_bands; ++b) {
        int *bucketStart = start.data() + size_t(b) * (s_bandValues + 1);
        for (int i = 0; i < n; ++i)
            ++bucketStart[band(hashes[size_t(i)], b) + 1];
        std::partial_sum(bucketStart, bucketStart + s_bandValues + 1, bucketStart);
        std::vector<int> fill(bucketStart, bucketStart + s_bandValues);
        BandEntry *bandEntries = entries.data() + size_t(b) * size_t(n);
        for (int i = 0; i < n; ++i)
            bandEntries[fill[band(hashes[size_t(i)], b)]++] = {hashes[size_t(i)], i};
    }
    // Buckets are joined pairwise, not looked up per hash: bucket k meets bucket k ^ mask
    // once (k < k ^ mask), so each candidate pair is compared once per band, and walking k
    // upwards keeps the partner buckets in cache.
    for (int b = 0; b < s_bands; ++b) {
        const int *bucketStart = start.data() + size_t(b) * (s_bandValues + 1);
        const BandEntry *bandEntries = entries.data() + size_t(b) * size_t(n);
        for (int key = 0; key < s_bandValues; ++key) {
            const BandEntry *first = bandEntries + bucketStart[key];
            const BandEntry *last = bandEntries + bucketStart[key + 1];
            if (first == last)
                continue;
            for (const BandEntry *x = first; x != last; ++x) {
                for (const BandEntry *y = x + 1; y != last; ++y) {
                    if (std::popcount(x->hash ^ y->hash) <= threshold)
                        sets.unite(x->index, y->index);
                }
            }
            for (const quint16 mask : masks) {
                const int other = key ^ mask;
                if (other <= key)
                    continue; // mask 0 is the bucket itself; lower partners met this one
                const BandEntry *otherFirst = bandEntries + bucketStart[other];
                const BandEntry *otherLast = bandEntries + bucketStart[other + 1];
                for (const BandEntry *x = first; x != last; ++x) {
                    for (const BandEntry *y = otherFirst; y != otherLast; ++y) {
                        if (std::popcount(x->hash ^ y->hash) <= threshold)
                            sets.unite(x->index, y->index); // found in several bands: once
                    }
                }
            }
        }
    }
}

// Pairs within `threshold` bits among distinct hashes. Pigeonhole: if two hashes differ in
// at most t bits, one of the 4 bands differs in at most t / 4 (rounded down). So a bucket of
// equal band values only meets the buckets of values flipped in up to t / 4 bits: for t = 8,
// 137 of 65536, instead of every other hash.
static void uniteNear(const std::vector<quint64> &hashes, int threshold, HashSearch search,
                      UnionFind &sets)
{
    const int radius = threshold / s_bands;
    std::vector<quint16> masks;
    for (int v = 0; v < s_bandValues; ++v) {
        if (std::popcount(unsigned(v)) <= radius)
            masks.push_back(quint16(v));
    }
    if (search == HashSearch::Automatic) {
        // The index walks masks × bands × 65536 / 2 bucket pairs, every pair n² / 2 popcounts;
        // one bucket pair costs about as much as 10 popcounts (bench_dupes: 100k hashes,
        // threshold 12 by index 1.2 s, 16 by index 4.4 s, every pair 3.0 s).
        const double index = double(masks.size()) * s_bands * s_bandValues / 2 * 10;
        const double everyPair = double(hashes.size()) * double(hashes.size()) / 2;
        search = index < everyPair ? HashSearch::BandIndex : HashSearch::EveryPair;
    }
    if (search == HashSearch::EveryPair)
        uniteEveryPair(hashes, threshold, sets);
    else
        uniteThroughBands(hashes, threshold, masks, sets);
}

std::vector<HashGroup> groupHashes(const std::vector<quint64> &hashes, int threshold,
                                   HashSearch search)
{
    threshold = std::clamp(threshold, 0, 64);
    const int n = int(hashes.size());
    if (n < 2)
        return {};

    // Equal hashes (a picture saved twice in another format, a thousand black frames) are
    // merged first: a crowded value is then one entry of the index, not n² comparisons.
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return hashes[size_t(a)] < hashes[size_t(b)]; });
    std::vector<quint64> distinct;
    std::vector<int> distinctOf(static_cast<size_t>(n));
    for (const int i : order) {
        if (distinct.empty() || distinct.back() != hashes[size_t(i)])
            distinct.push_back(hashes[size_t(i)]);
        distinctOf[size_t(i)] = int(distinct.size()) - 1;
    }

    UnionFind sets(int(distinct.size()));
    if (threshold > 0)
        uniteNear(distinct, threshold, search, sets);

    // Components in order of their lowest index, which is visited first.
    std::vector<int> groupOfRoot(distinct.size(), -1);
    std::vector<std::vector<int>> components;
    for (int i = 0; i < n; ++i) {
        const int root = sets.find(distinctOf[size_t(i)]);
        if (groupOfRoot[size_t(root)] < 0) {
            groupOfRoot[size_t(root)] = int(components.size());
            components.emplace_back();
        }
        components[size_t(groupOfRoot[size_t(root)])].push_back(i);
    }

    std::vector<HashGroup> groups;
    for (std::vector<int> &members : components) {
        if (members.size() < 2)
            continue;
        const quint64 first = hashes[size_t(members.front())];
        std::stable_sort(members.begin() + 1, members.end(), [&](int a, int b) {
            return hammingDistance(first, hashes[size_t(a)])
                   < hammingDistance(first, hashes[size_t(b)]);
        });
        HashGroup g;
        g.members = std::move(members);
        for (const int m : g.members)
            g.distances.push_back(hammingDistance(first, hashes[size_t(m)]));
        groups.push_back(std::move(g));
    }
    return groups;
}

QList<NearDuplicateGroup> groupNearDuplicates(const QList<Item> &items, int threshold)
{
    std::vector<quint64> hashes;
    std::vector<qsizetype> source;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).kind != ItemKind::Image)
            continue;
        if (const auto h = parsePerceptualHash(items.at(i).perceptualHash)) {
            hashes.push_back(*h);
            source.push_back(i);
        }
    }
    QList<NearDuplicateGroup> result;
    for (const HashGroup &g : groupHashes(hashes, threshold)) {
        NearDuplicateGroup group;
        for (size_t k = 0; k < g.members.size(); ++k)
            group.members.append({items.at(source[size_t(g.members[k])]), g.distances[k]});
        result.append(group);
    }
    return result;
}

} // namespace assay::core::media
