// SPDX-License-Identifier: Apache-2.0
// Ordering items by model uncertainty (active learning): the least sure predictions first.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assay::core::quality {

enum class UncertaintyOrder {
    LeastConfidence, // lowest confidence first
    SmallestMargin,  // smallest gap between the two most likely classes first
};

// "confidence" or "margin".
bool parseUncertaintyOrder(const QString &name, UncertaintyOrder *order);
QString uncertaintyOrderName(UncertaintyOrder order);

// One prediction about an item: a whole-item class score, or one detected box's score.
struct Prediction
{
    QString itemId;
    QString classId;
    bool isBox = false;
    double score = 0; // in [0, 1]; scores outside are clamped
};

struct ItemUncertainty
{
    QString itemId;
    std::optional<double> confidence; // none: the item has no scored prediction
    std::optional<double> margin;
};

// Per item:
//  - whole-item classes: confidence = the top class's score; margin = top minus runner-up
//    (0 for the runner-up when only one class was predicted);
//  - boxes: each box is a yes/no decision with probability p, so its confidence is
//    max(p, 1 - p) and its margin |2p - 1|; the item takes its least sure box (an image is as
//    uncertain as its most doubtful detection);
//  - both: the smaller of the two.
QList<ItemUncertainty> itemUncertainty(const QList<Prediction> &predictions);

// `items` reordered: items with predictions by increasing confidence (or margin), ties and
// items without predictions keeping their given order, the latter at the end.
QStringList orderByUncertainty(const QStringList &items, const QList<Prediction> &predictions,
                               UncertaintyOrder order);

} // namespace assay::core::quality
