// SPDX-License-Identifier: Apache-2.0
// One-to-one matching of two raters' boxes by IoU (Hungarian), and the agreement figures from it.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace assay::core::quality {

// IoU of [x, x+w) x [y, y+h) boxes in continuous pixel coordinates, area w*h. Two boxes
// with no area between them (zero-area boxes, or disjoint boxes) have IoU 0, never 0/0.
double intersectionOverUnion(const Box &a, const Box &b);

enum class ClassMatching {
    SameClass, // only boxes with equal classId can match (the default)
    AnyClass,  // class-agnostic: localisation agreement only
};

struct BoxMatchOptions
{
    double iouThreshold = 0.5; // a pair can match when IoU >= threshold; must be in (0, 1]
    ClassMatching classes = ClassMatching::SameClass;
};

struct BoxMatch
{
    int reference = -1; // index into the reference list
    int candidate = -1; // index into the candidate list
    double iou = 0;
    bool operator==(const BoxMatch &o) const = default;
};

struct BoxMatching
{
    QList<BoxMatch> matches; // ordered by reference index
    int referenceCount = 0;
    int candidateCount = 0;
};

// Matches reference boxes (e.g. gold, or rater A) with candidate boxes (rater B) one-to-one,
// maximising the summed IoU over the pairs allowed by the options (IoU >= threshold and
// IoU > 0, same class unless class-agnostic). Greedy best-IoU-first matching is not used on
// purpose: it can take one high-IoU pair that blocks two others and so miss matches.
// Fails only for a threshold outside (0, 1].
Result<BoxMatching> matchBoxes(const QList<Box> &reference, const QList<Box> &candidate,
                               const BoxMatchOptions &options = {});

// Totals of matchings over images, and the figures derived from them. A figure whose
// denominator is zero has no value (std::nullopt), never 0 or 1 by convention.
struct BoxAgreement
{
    int matched = 0;
    int referenceCount = 0;
    int candidateCount = 0;
    double iouSum = 0;

    void add(const BoxMatching &matching);
    std::optional<double> precision() const; // matched / candidateCount
    std::optional<double> recall() const;    // matched / referenceCount
    // 2 matched / (referenceCount + candidateCount): the harmonic mean of precision and
    // recall where both exist, and 0 when one rater drew boxes and the other none.
    std::optional<double> f1() const;
    std::optional<double> meanIou() const; // over the matched pairs
};

// A box as one rater drew it on one image (the CLI's CSV rows; the store's annotations).
struct RatedBox
{
    QString image;
    QString rater;
    Box box; // box.classId carries the label
};

struct RaterPairBoxAgreement
{
    QString raterA; // the reference
    QString raterB;
    BoxAgreement agreement;
};

// For every pair of raters (A before B in sorted order, A the reference), the matching on
// each image either of them drew on, summed over images.
Result<QList<RaterPairBoxAgreement>> boxAgreementByRaterPair(const QList<RatedBox> &boxes,
                                                             const BoxMatchOptions &options = {});

} // namespace assay::core::quality
