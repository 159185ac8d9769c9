// SPDX-License-Identifier: Apache-2.0
// Ratings as (item, rater, label) triples, indexed densely for the agreement and consensus metrics.
#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace assay::core::quality {

// One nominal rating: which rater gave which label to which item. Strings are the
// project's ids or names; the metrics only compare them for equality.
struct Rating
{
    QString item;
    QString rater;
    QString label;
    bool operator==(const Rating &o) const = default;
};

// An immutable, indexed view of a set of ratings.
//
// Items keep the order of their first rating (so reports follow the input); raters and labels
// are sorted, so that pairwise output and tie lists do not depend on input order.
//
// Rule for repeats: a rater rates an item at most once. A second rating of the same
// (item, rater) is rejected with ErrorCode::Conflict, even when the label is the same,
// because nominal metrics count ratings and a silent "last wins" would hide a duplicate
// submission (an anomaly the quality engine reports).
class RatingSet final
{
public:
    RatingSet() = default;

    static Result<RatingSet> fromRatings(const QList<Rating> &ratings);

    // Ratings already reduced to indices (rating k: item[k], rater[k], label[k] into the three
    // name lists), as a reader that interns names makes them without a string per field. Items
    // keep the order of `items`; raters and labels are sorted here. On a repeated (item, rater),
    // `repeat` (when given) receives the positions of the first rating and of its first repeat
    // in input order.
    static Result<RatingSet> fromIndexed(QStringList items, const QStringList &raters,
                                         const QStringList &labels, const std::vector<int> &item,
                                         const std::vector<int> &rater,
                                         const std::vector<int> &label,
                                         std::pair<qsizetype, qsizetype> *repeat = nullptr);

    int itemCount() const { return int(m_items.size()); }
    int raterCount() const { return int(m_raters.size()); }
    int labelCount() const { return int(m_labels.size()); }
    int ratingCount() const { return int(m_rater.size()); }

    const QStringList &items() const { return m_items; }
    const QStringList &raters() const { return m_raters; }
    const QStringList &labels() const { return m_labels; }

    int raterIndex(const QString &rater) const { return m_raterIndex.value(rater, -1); }
    int labelIndex(const QString &label) const { return m_labelIndex.value(label, -1); }

    // Ratings of item i are at positions [begin(i), end(i)) of raterAt()/labelAt(),
    // ordered by rater index.
    int begin(int item) const { return m_offsets.at(item); }
    int end(int item) const { return m_offsets.at(item + 1); }
    int ratingsOf(int item) const { return end(item) - begin(item); }
    int raterAt(int position) const { return m_rater.at(position); }
    int labelAt(int position) const { return m_label.at(position); }

    // The label index rater r gave item i, or -1 when r did not rate i.
    int labelOf(int item, int rater) const;

private:
    QStringList m_items;
    QStringList m_raters;
    QStringList m_labels;
    QHash<QString, int> m_raterIndex;
    QHash<QString, int> m_labelIndex;
    QList<int> m_offsets; // itemCount() + 1 entries (compressed rows)
    QList<int> m_rater;
    QList<int> m_label;
};

} // namespace assay::core::quality
