// SPDX-License-Identifier: Apache-2.0
// Near-duplicate images: groups of items whose perceptual hashes (pHash) differ in few bits.
#pragma once

#include "core/domain/types.h"

#include <optional>
#include <vector>

namespace assay::core::media {

// Bits (of 64) two pHashes may differ in and still be called the same picture; why 8 is
// explained where the grouping is implemented.
inline constexpr int DefaultNearDuplicateThreshold = 8;
// Above this, unrelated photographs start to join (random 64-bit hashes differ in 32 ± 4 bits),
// and the search is no faster than comparing every pair.
inline constexpr int MaxNearDuplicateThreshold = 24;

// The 16 hex digits intake stores (Item::perceptualHash); nullopt for anything else.
std::optional<quint64> parsePerceptualHash(const QString &hex);
int hammingDistance(quint64 a, quint64 b);

// One group of hashes, as indices into the list searched.
struct HashGroup
{
    std::vector<int> members;   // the lowest index first, the rest by distance, then index
    std::vector<int> distances; // bits differing from the first member's hash (0 for it)
};

// How pairs within the threshold are found; every way gives the same groups.
enum class HashSearch {
    Automatic, // whichever is faster for this many hashes and this threshold
    BandIndex, // buckets of 16-bit bands (pigeonhole): 100k hashes at 8 bits in a fraction of a
               // second
    EveryPair, // n² / 2 comparisons: small sets, or thresholds where the index gains nothing
};

// Connected components of "differs in at most `threshold` bits" among `hashes`: a chain
// a~b~c is one group even when a and c differ in more. Only groups of two or more, ordered
// by their first member.
std::vector<HashGroup> groupHashes(const std::vector<quint64> &hashes, int threshold,
                                   HashSearch search = HashSearch::Automatic);

struct NearDuplicateMember
{
    Item item;
    int distance = 0; // bits from the group's first member
};

struct NearDuplicateGroup
{
    QList<NearDuplicateMember> members; // the earliest item first (pass items in seq order)
};

// Images without a valid hash (text, audio, undecodable pictures) are left out.
QList<NearDuplicateGroup> groupNearDuplicates(const QList<Item> &items,
                                              int threshold = DefaultNearDuplicateThreshold);

} // namespace assay::core::media
