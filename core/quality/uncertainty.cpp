// SPDX-License-Identifier: Apache-2.0
#include "core/quality/uncertainty.h"

#include <QHash>

#include <algorithm>

namespace assay::core::quality {

bool parseUncertaintyOrder(const QString &name, UncertaintyOrder *order)
{
    if (name == QLatin1String("confidence") || name == QLatin1String("least-confidence")) {
        *order = UncertaintyOrder::LeastConfidence;
        return true;
    }
    if (name == QLatin1String("margin") || name == QLatin1String("smallest-margin")) {
        *order = UncertaintyOrder::SmallestMargin;
        return true;
    }
    return false;
}

QString uncertaintyOrderName(UncertaintyOrder order)
{
    return order == UncertaintyOrder::LeastConfidence ? QStringLiteral("confidence")
                                                      : QStringLiteral("margin");
}

QList<ItemUncertainty> itemUncertainty(const QList<Prediction> &predictions)
{
    struct Scores
    {
        QHash<QString, double> classes; // best score per class (several rows may name one)
        std::optional<double> boxConfidence;
        std::optional<double> boxMargin;
    };
    QHash<QString, Scores> byItem;
    QStringList order;
    for (const Prediction &p : predictions) {
        auto it = byItem.find(p.itemId);
        if (it == byItem.end()) {
            it = byItem.insert(p.itemId, {});
            order.append(p.itemId);
        }
        const double s = std::clamp(p.score, 0.0, 1.0);
        if (p.isBox) {
            const double confidence = std::max(s, 1 - s);
            const double margin = std::abs(2 * s - 1);
            it->boxConfidence = std::min(it->boxConfidence.value_or(1.0), confidence);
            it->boxMargin = std::min(it->boxMargin.value_or(1.0), margin);
        } else {
            double &best = it->classes[p.classId];
            best = std::max(best, s);
        }
    }
    QList<ItemUncertainty> out;
    out.reserve(order.size());
    for (const QString &item : std::as_const(order)) {
        const Scores &s = byItem[item];
        ItemUncertainty u;
        u.itemId = item;
        if (!s.classes.isEmpty()) {
            QList<double> v = s.classes.values();
            std::sort(v.begin(), v.end(), std::greater<>());
            u.confidence = v[0];
            u.margin = v[0] - (v.size() > 1 ? v[1] : 0.0);
        }
        if (s.boxConfidence) {
            u.confidence = std::min(u.confidence.value_or(1.0), *s.boxConfidence);
            u.margin = std::min(u.margin.value_or(1.0), *s.boxMargin);
        }
        out.append(u);
    }
    return out;
}

QStringList orderByUncertainty(const QStringList &items, const QList<Prediction> &predictions,
                               UncertaintyOrder order)
{
    QHash<QString, double> key;
    for (const ItemUncertainty &u : itemUncertainty(predictions)) {
        const auto value = order == UncertaintyOrder::LeastConfidence ? u.confidence : u.margin;
        if (value)
            key.insert(u.itemId, *value);
    }
    QStringList scored, unscored;
    for (const QString &item : items)
        (key.contains(item) ? scored : unscored).append(item);
    std::stable_sort(scored.begin(), scored.end(), [&](const QString &a, const QString &b) {
        return key.value(a) < key.value(b);
    });
    return scored + unscored;
}

} // namespace assay::core::quality
