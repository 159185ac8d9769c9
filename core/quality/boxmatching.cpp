// SPDX-License-Identifier: Apache-2.0
// IoU, Hungarian box matching and the per-rater-pair totals of box agreement.
#include "core/quality/boxmatching.h"
#include "core/base/tr.h"

#include "core/quality/hungarian.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace assay::core::quality {

double intersectionOverUnion(const Box &a, const Box &b)
{
    const double iw = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const double ih = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    if (iw <= 0 || ih <= 0)
        return 0;
    const double intersection = iw * ih;
    const double unionArea = a.w * a.h + b.w * b.h - intersection;
    if (unionArea <= 0)
        return 0;
    return intersection / unionArea;
}

Result<BoxMatching> matchBoxes(const QList<Box> &reference, const QList<Box> &candidate,
                               const BoxMatchOptions &options)
{
    if (!(options.iouThreshold > 0 && options.iouThreshold <= 1)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the IoU threshold %1 is not in (0, 1]").arg(options.iouThreshold));
    }
    BoxMatching matching;
    matching.referenceCount = int(reference.size());
    matching.candidateCount = int(candidate.size());
    if (reference.isEmpty() || candidate.isEmpty())
        return matching;

    QList<QList<double>> weights(reference.size(), QList<double>(candidate.size(), 0.0));
    bool any = false;
    for (qsizetype r = 0; r < reference.size(); ++r) {
        for (qsizetype c = 0; c < candidate.size(); ++c) {
            if (options.classes == ClassMatching::SameClass
                && reference.at(r).classId != candidate.at(c).classId) {
                continue;
            }
            const double iou = intersectionOverUnion(reference.at(r), candidate.at(c));
            // Pairs below the threshold get weight 0 (forbidden) rather than their IoU, so the
            // assignment maximises IoU over pairs that can count as matches.
            if (iou > 0 && iou >= options.iouThreshold) {
                weights[r][c] = iou;
                any = true;
            }
        }
    }
    if (!any)
        return matching;
    const QList<int> assignment = maximumWeightAssignment(weights);
    for (int r = 0; r < assignment.size(); ++r) {
        const int c = assignment.at(r);
        if (c >= 0)
            matching.matches.append({r, c, weights.at(r).at(c)});
    }
    return matching;
}

void BoxAgreement::add(const BoxMatching &matching)
{
    matched += int(matching.matches.size());
    referenceCount += matching.referenceCount;
    candidateCount += matching.candidateCount;
    for (const BoxMatch &m : matching.matches)
        iouSum += m.iou;
}

std::optional<double> BoxAgreement::precision() const
{
    if (candidateCount == 0)
        return std::nullopt;
    return double(matched) / candidateCount;
}

std::optional<double> BoxAgreement::recall() const
{
    if (referenceCount == 0)
        return std::nullopt;
    return double(matched) / referenceCount;
}

std::optional<double> BoxAgreement::f1() const
{
    if (referenceCount + candidateCount == 0)
        return std::nullopt;
    return 2.0 * matched / (referenceCount + candidateCount);
}

std::optional<double> BoxAgreement::meanIou() const
{
    if (matched == 0)
        return std::nullopt;
    return iouSum / matched;
}

Result<QList<RaterPairBoxAgreement>> boxAgreementByRaterPair(const QList<RatedBox> &boxes,
                                                             const BoxMatchOptions &options)
{
    // QMap keeps images and raters sorted, so results do not depend on input order.
    QMap<QString, QMap<QString, QList<Box>>> byImage;
    QMap<QString, bool> raterSet;
    for (const RatedBox &b : boxes) {
        byImage[b.image][b.rater].append(b.box);
        raterSet.insert(b.rater, true);
    }
    const QStringList raters = raterSet.keys();
    QList<RaterPairBoxAgreement> pairs;
    for (qsizetype a = 0; a < raters.size(); ++a) {
        for (qsizetype b = a + 1; b < raters.size(); ++b) {
            RaterPairBoxAgreement pair;
            pair.raterA = raters.at(a);
            pair.raterB = raters.at(b);
            for (auto image = byImage.cbegin(); image != byImage.cend(); ++image) {
                const QList<Box> none;
                const auto itA = image->constFind(pair.raterA);
                const auto itB = image->constFind(pair.raterB);
                if (itA == image->cend() && itB == image->cend())
                    continue;
                const auto matching = matchBoxes(itA == image->cend() ? none : *itA,
                                                 itB == image->cend() ? none : *itB, options);
                if (!matching)
                    return matching.error();
                pair.agreement.add(*matching);
            }
            pairs.append(pair);
        }
    }
    return pairs;
}

} // namespace assay::core::quality
