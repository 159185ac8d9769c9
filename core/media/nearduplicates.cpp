// SPDX-License-Identifier: Apache-2.0
// Near-duplicate grouping: union-find over pairs found through an index of 16-bit bands.
#include "core/media/nearduplicates.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace assay::core::media {

// Why 8 bits by default. OpenCV's pHash keeps the signs of the 8 × 8 lowest frequencies of a
// 32 × 32 grey copy (DCT coefficient above their mean), so what people call "the same picture"
// (scaled, re-encoded as JPEG, slightly brighter) moves few of them: 0 to 4 bits in
// tst_nearduplicates, on its own pictures. Unrelated pictures differ in about half the bits
// (32 ± 4 if the bits were independent); at 8 or fewer bits that is a 3 in 10^10 chance per
// pair, about one chance pair in a project of 100k images. Natural photographs are not that
// independent (flat, dark or low-contrast frames crowd together), which is the other reason
// not to go higher by default. Crops and rotations change far more than 8 bits: pHash is not
// made for them, and they are not found.

namespace {

class UnionFind final
{
public:
    explicit UnionFind(int n) : m_parent(size_t(n))
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

static constexpr int s_bands = 4;           // 64 bits = 4 bands of 16
static constexpr int s_bandValues = 1 << 16;

static quint16 band(quint64 hash, int b)
{
    return quint16(hash >> (16 * b));
}

// Pairs within `threshold` bits among distinct hashes. Pigeonhole: if two hashes differ in
// at most t bits, one of the 4 bands differs in at most t / 4 (rounded down). So each hash
// looks only into the buckets of its own band values flipped in up to t / 4 bits: for t = 8,
// 4 × 137 buckets holding ~1.5 hashes each at 100k, instead of 100k comparisons.
static void uniteNear(const std::vector<quint64> &hashes, int threshold, UnionFind &sets)
{
    const int n = int(hashes.size());
    const int radius = threshold / s_bands;
    std::vector<quint16> masks;
    for (int v = 0; v < s_bandValues; ++v) {
        if (std::popcount(unsigned(v)) <= radius)
            masks.push_back(quint16(v));
    }
    // Looking through the buckets costs ~masks per band per hash; every pair costs n / 2.
    if (qint64(masks.size()) * s_bands * 2 >= n) {
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                if (std::popcount(hashes[size_t(i)] ^ hashes[size_t(j)]) <= threshold)
                    sets.unite(i, j);
            }
        }
        return;
    }
    // One counting sort per band: bucket v of band b is entries[b][start[b][v] .. start[b][v + 1]).
    std::vector<int> start(size_t(s_bands) * (s_bandValues + 1), 0);
    std::vector<int> entries(size_t(s_bands) * size_t(n));
    for (int b = 0; b < s_bands; ++b) {
        int *bucketStart = start.data() + size_t(b) * (s_bandValues + 1);
        for (int i = 0; i < n; ++i)
            ++bucketStart[band(hashes[size_t(i)], b) + 1];
        std::partial_sum(bucketStart, bucketStart + s_bandValues + 1, bucketStart);
        std::vector<int> fill(bucketStart, bucketStart + s_bandValues);
        int *bandEntries = entries.data() + size_t(b) * size_t(n);
        for (int i = 0; i < n; ++i)
            bandEntries[fill[band(hashes[size_t(i)], b)]++] = i;
    }
    for (int i = 0; i < n; ++i) {
        const quint64 h = hashes[size_t(i)];
        for (int b = 0; b < s_bands; ++b) {
            const int *bucketStart = start.data() + size_t(b) * (s_bandValues + 1);
            const int *bandEntries = entries.data() + size_t(b) * size_t(n);
            const quint16 key = band(h, b);
            for (const quint16 mask : masks) {
                const quint16 value = key ^ mask;
                for (int e = bucketStart[value]; e < bucketStart[value + 1]; ++e) {
                    const int j = bandEntries[e];
                    if (j > i && std::popcount(h ^ hashes[size_t(j)]) <= threshold)
                        sets.unite(i, j); // a pair found in several bands unites once
                }
            }
        }
    }
}

std::vector<HashGroup> groupHashes(const std::vector<quint64> &hashes, int threshold)
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
        uniteNear(distinct, threshold, sets);

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
            return hammingDistance(first, hashes[size_t(a)]) < hammingDistance(first, hashes[size_t(b)]);
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
