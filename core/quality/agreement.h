// SPDX-License-Identifier: Apache-2.0
// Inter-rater agreement on nominal labels: percent agreement, Cohen, Scott, Fleiss, Krippendorff.
#pragma once

#include "core/quality/ratingset.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace assay::core::quality {

// Every metric returns its value, or, where the published definition does not give a number
// for the data (one rater, every rating the same label, unequal counts for Fleiss, more than
// two raters for Cohen or Scott), an Error with ErrorCode::InvalidInput whose message states
// the reason. Callers show that reason next to a null value; it is not a failure of the call.
//
// Which items count:
// - percent agreement, Fleiss and Krippendorff use every item with two or more ratings
//   (Fleiss additionally requires the same number on every item, so it refuses data with
//   items rated once);
// - Cohen and Scott use only the items both raters rated; items only one of them rated
//   carry no information about their agreement and are left out, as in Cohen 1960.

// Mean over items with at least two ratings of the share of agreeing pairs among the
// m(m-1)/2 pairs of that item's ratings.
Result<double> percentAgreement(const RatingSet &set);

// Cohen 1960: (p_o - p_e) / (1 - p_e), p_e from each rater's own label distribution over
// the items both rated. The set must have exactly two raters.
Result<double> cohensKappa(const RatingSet &set);
// The same for two raters (indices into set.raters()) of a larger set.
Result<double> cohensKappa(const RatingSet &set, int raterA, int raterB);
// Paired labels: a[i] and b[i] are two raters' labels of item i. Equal lengths required.
Result<double> cohensKappa(const QStringList &a, const QStringList &b);
Result<double> cohensKappa(const QList<int> &a, const QList<int> &b);

// Scott 1955: like Cohen but p_e from the pooled label distribution of both raters.
Result<double> scottsPi(const RatingSet &set);
Result<double> scottsPi(const RatingSet &set, int raterA, int raterB);

// Number of items both raters rated.
int commonItemCount(const RatingSet &set, int raterA, int raterB);

// Fleiss 1971: kappa = (P̄ - P̄e) / (1 - P̄e) with P_i = (Σ_j n_ij² - n) / (n(n-1)) and
// p_j = Σ_i n_ij / (N n). Needs the same number n >= 2 of ratings on every item; the
// raters themselves may differ from item to item.
Result<double> fleissKappa(const RatingSet &set);
// The same from Fleiss' subjects x categories table of counts n_ij.
Result<double> fleissKappa(const QList<QList<int>> &counts);

// Krippendorff 2011 ("Computing Krippendorff's alpha-reliability"), nominal metric, missing
// ratings allowed: alpha = 1 - D_o / D_e from the coincidence matrix; items with fewer than
// two ratings are not pairable and drop out.
Result<double> krippendorffAlpha(const RatingSet &set);

// The coincidence matrix o_ck (labels x labels, in the order of set.labels()):
// o_ck = Σ_u (number of ordered pairs of ratings (c, k) from different raters in u) / (m_u - 1)
// over items u with m_u >= 2 ratings. Its total is the number n of pairable values.
QList<QList<double>> coincidenceMatrix(const RatingSet &set);

// Cohen's kappa of one pair of raters, with the number of items both rated.
struct PairwiseKappa
{
    QString raterA;
    QString raterB;
    int items = 0;
    Result<double> kappa = Error{};
};

// Every pair of raters (A before B in sorted order).
QList<PairwiseKappa> pairwiseCohensKappa(const RatingSet &set);

// All metrics of one set, for reports (CLI, batch acceptance, dashboards).
struct AgreementReport
{
    int items = 0;
    int raters = 0;
    int labels = 0;
    int ratings = 0;
    Result<double> percentAgreement = Error{};
    Result<double> cohenKappa = Error{};
    Result<double> scottPi = Error{};
    Result<double> fleissKappa = Error{};
    Result<double> krippendorffAlpha = Error{};
};

AgreementReport agreementReport(const RatingSet &set);

} // namespace assay::core::quality
