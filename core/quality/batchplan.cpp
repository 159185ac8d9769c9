// SPDX-License-Identifier: Apache-2.0
// Batch planning with seeded gold mixing, and gold answer scoring.
#include "core/quality/batchplan.h"
#include "core/base/tr.h"

#include "core/quality/boxmatching.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>

namespace assay::core::quality {

// Uniform in [0, n) by rejection: the same sequence from the same seed everywhere.
static quint64 draw(std::mt19937_64 &rng, quint64 n)
{
    const quint64 limit = std::numeric_limits<quint64>::max()
                          - std::numeric_limits<quint64>::max() % n;
    quint64 v;
    do {
        v = rng();
    } while (v >= limit);
    return v % n;
}

template<typename T>
static void shuffle(QList<T> &list, std::mt19937_64 &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        std::swap(list[i], list[qsizetype(draw(rng, quint64(i) + 1))]);
}

Result<QList<PlannedTask>> planBatch(const BatchPlanInput &input)
{
    const int a = int(input.annotators.size());
    if (a == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("a batch needs at least one annotator"));
    if (input.overlap < 1 || input.overlap > a) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("overlap %1 needs at least %1 annotators (%2 given)")
                                 .arg(input.overlap)
                                 .arg(a));
    }
    if (!(input.goldRate >= 0 && input.goldRate < 1))
        return makeError(ErrorCode::InvalidInput, Tr::tr("the gold rate must be in [0, 1)"));
    if (input.goldRate > 0 && input.goldItems.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a gold rate needs gold items; mark some with \"assay gold\""));

    std::mt19937_64 rng(input.seed);
    // Production: item i to k consecutive annotators of a shuffled order, starting where the
    // previous item stopped, so loads stay within one of each other.
    QList<int> order(a);
    for (int i = 0; i < a; ++i)
        order[i] = i;
    shuffle(order, rng);
    QList<QList<QString>> production(a);
    int next = 0;
    for (const QString &item : input.productionItems) {
        for (int j = 0; j < input.overlap; ++j)
            production[order[(next + j) % a]].append(item);
        next = (next + input.overlap) % a;
    }

    QList<PlannedTask> plan;
    for (int p = 0; p < a; ++p) {
        QList<QString> mine = production[p];
        if (!input.keepOrder)
            shuffle(mine, rng);
        const int n = int(mine.size());
        const int gold = input.goldRate > 0
                                 ? int(std::lround(n * input.goldRate / (1.0 - input.goldRate)))
                                 : 0;
        // A gold item served twice in one queue, or one the person labeled before, would give
        // it away: each queue draws its gold without repeats from the items it may get.
        const QString &person = input.annotators.at(p);
        const QSet<QString> seen = input.labeledBefore.value(person);
        QList<QString> goldPool;
        for (const QString &item : input.goldItems) {
            if (!seen.contains(item) && !mine.contains(item))
                goldPool.append(item);
        }
        if (gold > goldPool.size()) {
            return makeError(
                    ErrorCode::InvalidInput,
                    Tr::tr("the gold pool is too small: a gold rate of %1 needs %2 different gold items"
                           " for %3's queue, and %4 are available to them; mark more gold"
                           " items or lower the rate")
                            .arg(input.goldRate)
                            .arg(gold)
                            .arg(input.annotatorNames.value(person, person))
                            .arg(goldPool.size()));
        }
        shuffle(goldPool, rng);
        const int total = n + gold;
        // Gold slots: a uniform random subset of the queue's positions.
        QList<int> slots(total);
        for (int i = 0; i < total; ++i)
            slots[i] = i;
        for (int i = 0; i < gold; ++i)
            std::swap(slots[i], slots[i + qsizetype(draw(rng, quint64(total - i)))]);
        QList<bool> isGold(total, false);
        for (int i = 0; i < gold; ++i)
            isGold[slots[i]] = true;
        int goldNext = 0;
        int prodNext = 0;
        for (int pos = 0; pos < total; ++pos) {
            PlannedTask t;
            t.personId = input.annotators.at(p);
            t.position = pos;
            if (isGold[pos]) {
                t.itemId = goldPool.at(goldNext++);
                t.kind = TaskKind::Gold;
            } else {
                t.itemId = mine.at(prodNext++);
            }
            plan.append(t);
        }
    }
    return plan;
}

double scoreGoldAnswer(const GoldReference &reference, const QStringList &classIds,
                       const QList<Box> &boxes)
{
    QList<double> parts;
    if (!reference.classIds.isEmpty()) {
        QStringList want = reference.classIds;
        QStringList got = classIds;
        want.sort();
        got.sort();
        want.removeDuplicates();
        got.removeDuplicates();
        parts.append(want == got ? 1.0 : 0.0);
    }
    if (!reference.boxes.isEmpty() || reference.classIds.isEmpty()) {
        auto matching = matchBoxes(reference.boxes, boxes);
        BoxAgreement agreement;
        if (matching)
            agreement.add(*matching);
        parts.append(agreement.f1().value_or(1.0)); // no boxes on either side agree
    }
    double sum = 0;
    for (double v : parts)
        sum += v;
    return sum / double(parts.size());
}

} // namespace assay::core::quality
