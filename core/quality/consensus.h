// SPDX-License-Identifier: Apache-2.0
// Consensus labels from several raters: majority vote and Dawid-Skene, each with a confidence.
#pragma once

#include "core/quality/ratingset.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace assay::core::quality {

struct ConsensusItem
{
    QString item;
    QString label;         // the consensus label; empty when the top is tied
    double confidence = 0; // majority: the top label's share of the item's ratings;
                           // Dawid-Skene: the top label's posterior probability
    QStringList tied;      // the labels sharing the top (sorted) when tied, else empty
    bool isTied() const { return !tied.isEmpty(); }
};

struct RaterEstimate
{
    QString rater;
    // Σ_k prior(k) · P(rater says k | true class k): the chance the rater is right on a
    // random item drawn from the estimated class distribution.
    double accuracy = 0;
    // confusion[k][l] = P(rater says l | true class k), labels in RatingSet::labels() order.
    // A row for a class the rater never (in expectation) saw is uniform.
    QList<QList<double>> confusion;
};

struct Consensus
{
    QList<ConsensusItem> items; // in RatingSet::items() order
    QStringList labels;         // the classes, in RatingSet::labels() order
    // Dawid-Skene only (empty for majority vote):
    QList<RaterEstimate> raters; // in RatingSet::raters() order
    QList<double> priors;        // estimated class priors, parallel to labels
    int iterations = 0;
    bool converged = true;
};

// Majority vote. Ties are reported (label empty, tied lists the labels) and never broken:
// which of two equally supported labels is right is exactly what the data do not say.
Consensus majorityVote(const RatingSet &set);

struct DawidSkeneOptions
{
    int maxIterations = 1000; // the stated cap; Consensus::converged tells if it was hit
    double tolerance = 1e-9;  // converged when no item posterior moves by more than this
};

// Dawid & Skene 1979: maximum-likelihood estimates of the class priors and of a full
// confusion matrix per rater by EM, starting from the majority-vote shares of every item
// (their section 3, the "simple" starting values), without smoothing. Each item's label is
// its most probable class; ties in the posterior (within 1e-12) are reported as for majority.
// Fails only for invalid options.
Result<Consensus> dawidSkene(const RatingSet &set, const DawidSkeneOptions &options = {});

} // namespace assay::core::quality
