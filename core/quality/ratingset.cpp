// SPDX-License-Identifier: Apache-2.0
// Builds the indexed RatingSet from rating triples and rejects repeated (item, rater) pairs.
#include "core/quality/ratingset.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace assay::core::quality {

static QStringList sortedKeys(const QHash<QString, int> &seen)
{
    QStringList keys = seen.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

Result<RatingSet> RatingSet::fromRatings(const QList<Rating> &ratings)
{
    RatingSet set;
    QHash<QString, int> itemIndex;
    QHash<QString, int> raters;
    QHash<QString, int> labels;
    itemIndex.reserve(ratings.size());
    QList<int> itemOf(ratings.size());
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const Rating &r = ratings.at(i);
        auto it = itemIndex.constFind(r.item);
        if (it == itemIndex.constEnd()) {
            it = itemIndex.insert(r.item, int(set.m_items.size()));
            set.m_items.append(r.item);
        }
        itemOf[i] = *it;
        raters.insert(r.rater, 0);
        labels.insert(r.label, 0);
    }
    set.m_raters = sortedKeys(raters);
    set.m_labels = sortedKeys(labels);
    for (int i = 0; i < set.m_raters.size(); ++i)
        set.m_raterIndex.insert(set.m_raters.at(i), i);
    for (int i = 0; i < set.m_labels.size(); ++i)
        set.m_labelIndex.insert(set.m_labels.at(i), i);

    // Counting sort by item, then order each item's ratings by rater.
    const int itemCount = int(set.m_items.size());
    set.m_offsets.fill(0, itemCount + 1);
    for (int item : std::as_const(itemOf))
        ++set.m_offsets[item + 1];
    std::partial_sum(set.m_offsets.begin(), set.m_offsets.end(), set.m_offsets.begin());
    QList<int> next(set.m_offsets.begin(), set.m_offsets.end() - 1);
    set.m_rater.resize(ratings.size());
    set.m_label.resize(ratings.size());
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const int pos = next[itemOf.at(i)]++;
        set.m_rater[pos] = set.m_raterIndex.value(ratings.at(i).rater);
        set.m_label[pos] = set.m_labelIndex.value(ratings.at(i).label);
    }
    QList<std::pair<int, int>> row;
    for (int item = 0; item < itemCount; ++item) {
        const int b = set.m_offsets.at(item);
        const int e = set.m_offsets.at(item + 1);
        row.clear();
        for (int p = b; p < e; ++p)
            row.append({set.m_rater.at(p), set.m_label.at(p)});
        std::sort(row.begin(), row.end());
        for (int p = b; p < e; ++p) {
            if (p > b && row.at(p - b).first == row.at(p - b - 1).first) {
                return makeError(
                    ErrorCode::Conflict,
                    QCoreApplication::translate("assay",
                                                "item \"%1\" is rated more than once by \"%2\"")
                        .arg(set.m_items.at(item), set.m_raters.at(row.at(p - b).first)));
            }
            set.m_rater[p] = row.at(p - b).first;
            set.m_label[p] = row.at(p - b).second;
        }
    }
    return set;
}

int RatingSet::labelOf(int item, int rater) const
{
    const auto first = m_rater.cbegin() + begin(item);
    const auto last = m_rater.cbegin() + end(item);
    const auto it = std::lower_bound(first, last, rater);
    if (it == last || *it != rater)
        return -1;
    return m_label.at(int(it - m_rater.cbegin()));
}

} // namespace assay::core::quality
