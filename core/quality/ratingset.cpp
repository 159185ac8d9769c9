// SPDX-License-Identifier: Apache-2.0
// Builds the indexed RatingSet from rating triples and rejects repeated (item, rater) pairs.
#include "core/quality/ratingset.h"
#include "core/base/tr.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace assay::core::quality {

// Sorts names and gives each original index its rank.
static QStringList sortedWithRanks(const QStringList &names, std::vector<int> *rankOf)
{
    std::vector<int> order(size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&names](int a, int b) { return names.at(a) < names.at(b); });
    QStringList sorted;
    sorted.reserve(names.size());
    rankOf->assign(order.size(), 0);
    for (size_t r = 0; r < order.size(); ++r) {
        (*rankOf)[size_t(order[r])] = int(r);
        sorted.append(names.at(order[r]));
    }
    return sorted;
}

Result<RatingSet> RatingSet::fromRatings(const QList<Rating> &ratings)
{
    QHash<QString, int> itemIndex;
    QHash<QString, int> raterIndex;
    QHash<QString, int> labelIndex;
    QStringList items;
    QStringList raters;
    QStringList labels;
    itemIndex.reserve(ratings.size());
    std::vector<int> item(size_t(ratings.size()));
    std::vector<int> rater(size_t(ratings.size()));
    std::vector<int> label(size_t(ratings.size()));
    auto intern = [](QHash<QString, int> &index, QStringList &names, const QString &name) {
        auto it = index.constFind(name);
        if (it == index.constEnd()) {
            it = index.insert(name, int(names.size()));
            names.append(name);
        }
        return *it;
    };
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const Rating &r = ratings.at(i);
        item[size_t(i)] = intern(itemIndex, items, r.item);
        rater[size_t(i)] = intern(raterIndex, raters, r.rater);
        label[size_t(i)] = intern(labelIndex, labels, r.label);
    }
    return fromIndexed(std::move(items), raters, labels, item, rater, label);
}

Result<RatingSet> RatingSet::fromIndexed(QStringList items, const QStringList &raters,
                                         const QStringList &labels, const std::vector<int> &item,
                                         const std::vector<int> &rater,
                                         const std::vector<int> &label,
                                         std::pair<qsizetype, qsizetype> *repeat)
{
    RatingSet set;
    set.m_items = std::move(items);
    std::vector<int> raterRank;
    std::vector<int> labelRank;
    set.m_raters = sortedWithRanks(raters, &raterRank);
    set.m_labels = sortedWithRanks(labels, &labelRank);
    for (int i = 0; i < set.m_raters.size(); ++i)
        set.m_raterIndex.insert(set.m_raters.at(i), i);
    for (int i = 0; i < set.m_labels.size(); ++i)
        set.m_labelIndex.insert(set.m_labels.at(i), i);

    // Counting sort by item (stable: an item's ratings stay in input order), then each item's
    // ratings ordered by rater.
    const int itemCount = int(set.m_items.size());
    const size_t count = item.size();
    set.m_offsets.fill(0, itemCount + 1);
    for (const int i : item)
        ++set.m_offsets[i + 1];
    std::partial_sum(set.m_offsets.begin(), set.m_offsets.end(), set.m_offsets.begin());
    std::vector<int> next(set.m_offsets.begin(), set.m_offsets.end() - 1);
    std::vector<int> input(count); // position -> input index
    for (size_t k = 0; k < count; ++k)
        input[size_t(next[size_t(item[k])]++)] = int(k);
    set.m_rater.resize(qsizetype(count));
    set.m_label.resize(qsizetype(count));
    std::vector<std::pair<int, int>> row; // (rater rank, input index)
    qsizetype firstRepeat = -1;
    qsizetype repeated = -1;
    int repeatItem = -1;
    for (int i = 0; i < itemCount; ++i) {
        const int b = set.m_offsets.at(i);
        const int e = set.m_offsets.at(i + 1);
        row.clear();
        for (int p = b; p < e; ++p)
            row.emplace_back(raterRank[size_t(rater[size_t(input[size_t(p)])])], input[size_t(p)]);
        std::sort(row.begin(), row.end());
        for (int p = b; p < e; ++p) {
            const auto &[r, k] = row[size_t(p - b)];
            if (p > b && row[size_t(p - b - 1)].first == r) {
                // The repeat that comes first in the input is reported, with the rating it
                // repeats (its neighbour: the pair's ratings are in input order).
                if (repeated < 0 || k < repeated) {
                    repeated = k;
                    firstRepeat = row[size_t(p - b - 1)].second;
                    repeatItem = i;
                }
            }
            set.m_rater[p] = r;
            set.m_label[p] = labelRank[size_t(label[size_t(k)])];
        }
    }
    if (repeated >= 0) {
        if (repeat)
            *repeat = {firstRepeat, repeated};
        return makeError(ErrorCode::Conflict, Tr::tr("item \"%1\" is rated more than once by \"%2\"")
                                                      .arg(set.m_items.at(repeatItem),
                                                           raters.at(rater[size_t(repeated)])));
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
