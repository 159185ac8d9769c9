// SPDX-License-Identifier: Apache-2.0
// The stratified spot-audit sample: a seeded shuffle, a quota per annotator, every class seen.
#include "core/quality/auditsample.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>

namespace assay::core::quality {

// std::shuffle and the standard distributions may differ between standard libraries; the
// engine's output does not, so the sample is the same wherever it is redrawn.
static void seededShuffle(QList<AuditCandidate> &list, quint64 seed)
{
    std::mt19937_64 engine(seed);
    for (qsizetype i = list.size() - 1; i > 0; --i) {
        const qsizetype j = qsizetype(engine() % quint64(i + 1));
        list.swapItemsAt(i, j);
    }
}

QList<QString> drawAuditSample(const QList<AuditCandidate> &candidates,
                               const AuditSampleOptions &options)
{
    QList<AuditCandidate> pool = candidates;
    std::sort(pool.begin(), pool.end(),
              [](const AuditCandidate &a, const AuditCandidate &b) { return a.taskId < b.taskId; });
    pool.erase(std::unique(pool.begin(), pool.end(),
                           [](const AuditCandidate &a, const AuditCandidate &b) {
                               return a.taskId == b.taskId;
                           }),
               pool.end());
    seededShuffle(pool, options.seed);
    const double rate = std::clamp(options.rate, 0.0, 1.0);

    // Per annotator, in shuffled order; per class, how many are drawn so far.
    QMap<QString, QList<int>> byPerson;
    for (int i = 0; i < pool.size(); ++i)
        byPerson[pool.at(i).personId].append(i);
    QHash<QString, int> quota;
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        const int n = int(it->size());
        const int share = int(std::ceil(rate * n - 1e-9));
        quota.insert(it.key(), std::min(n, std::max(share, options.minPerAnnotator)));
    }

    QList<QString> drawn;
    QSet<int> taken;
    QHash<QString, int> perPerson;
    QHash<QString, int> perClass;
    auto take = [&](int i) {
        taken.insert(i);
        drawn.append(pool.at(i).taskId);
        perPerson[pool.at(i).personId] += 1;
        perClass[pool.at(i).classId] += 1;
    };

    // Every class once: the first answer of it in the shuffled order, preferring an annotator
    // whose quota is not yet filled.
    QMap<QString, QList<int>> byClass;
    for (int i = 0; i < pool.size(); ++i)
        byClass[pool.at(i).classId].append(i);
    if (rate > 0) {
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
            int pick = -1;
            for (int i : *it) {
                const QString &person = pool.at(i).personId;
                if (perPerson.value(person) < quota.value(person)) {
                    pick = i;
                    break;
                }
            }
            take(pick >= 0 ? pick : it->first());
        }
    }

    // Each annotator's quota, the least represented classes first (ties: the class seen first
    // in the shuffled order).
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        const QString &person = it.key();
        QList<QString> classOrder;
        QHash<QString, QList<int>> left;
        for (int i : *it) {
            if (taken.contains(i))
                continue;
            const QString &c = pool.at(i).classId;
            if (!left.contains(c))
                classOrder.append(c);
            left[c].append(i);
        }
        QHash<QString, int> next;
        while (perPerson.value(person) < quota.value(person)) {
            QString best;
            bool found = false;
            for (const QString &c : std::as_const(classOrder)) {
                if (next.value(c) >= left.value(c).size())
                    continue;
                if (!found || perClass.value(c) < perClass.value(best)) {
                    best = c;
                    found = true;
                }
            }
            if (!found)
                break;
            const int pos = next.value(best);
            next[best] = pos + 1;
            take(left.value(best).at(pos));
        }
    }
    return drawn;
}

} // namespace assay::core::quality
