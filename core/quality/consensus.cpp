// SPDX-License-Identifier: Apache-2.0
// Majority vote and the Dawid-Skene EM estimator of true labels and rater confusion matrices.
#include "core/quality/consensus.h"
#include "core/base/tr.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace assay::core::quality {

// Picks the top of one item's scores; labels within `slack` of the top are tied.
static ConsensusItem decide(const QString &item, const QStringList &labels, const double *scores,
                            int k, double total, double slack)
{
    ConsensusItem out;
    out.item = item;
    double best = -1;
    for (int c = 0; c < k; ++c)
        best = std::max(best, scores[c]);
    int top = -1;
    QStringList tops;
    for (int c = 0; c < k; ++c) {
        if (scores[c] >= best - slack) {
            tops.append(labels.at(c));
            top = c;
        }
    }
    out.confidence = total > 0 ? best / total : 0;
    if (tops.size() == 1)
        out.label = labels.at(top);
    else
        out.tied = tops; // labels are sorted, so tops are too
    return out;
}

Consensus majorityVote(const RatingSet &set)
{
    Consensus result;
    result.labels = set.labels();
    const int k = set.labelCount();
    std::vector<double> counts(k, 0.0);
    for (int i = 0; i < set.itemCount(); ++i) {
        std::fill(counts.begin(), counts.end(), 0.0);
        for (int p = set.begin(i); p < set.end(i); ++p)
            counts[set.labelAt(p)] += 1;
        // Counts are small integers held exactly in doubles: no slack needed.
        result.items.append(
                decide(set.items().at(i), set.labels(), counts.data(), k, set.ratingsOf(i), 0.0));
    }
    return result;
}

Result<Consensus> dawidSkene(const RatingSet &set, const DawidSkeneOptions &options)
{
    if (options.maxIterations < 1 || !(options.tolerance > 0)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Dawid-Skene needs at least one iteration and a positive "
                                "tolerance"));
    }
    Consensus result;
    result.labels = set.labels();
    const int items = set.itemCount();
    const int raters = set.raterCount();
    const int k = set.labelCount();
    if (items == 0 || k == 0)
        return result;

    // T[i*k + c]: P(true class of item i is c). Start: majority-vote shares.
    std::vector<double> t(size_t(items) * k, 0.0);
    for (int i = 0; i < items; ++i) {
        const double m = set.ratingsOf(i);
        for (int p = set.begin(i); p < set.end(i); ++p)
            t[size_t(i) * k + set.labelAt(p)] += 1.0 / m;
    }

    std::vector<double> priors(k, 0.0);
    // pi[(j*k + c)*k + l] = P(rater j says l | true class c).
    std::vector<double> pi(size_t(raters) * k * k, 0.0);
    std::vector<double> logPi(pi.size(), 0.0);
    std::vector<double> next(t.size(), 0.0);
    std::vector<double> logPost(k, 0.0);
    const double minusInf = -std::numeric_limits<double>::infinity();

    auto mStep = [&] {
        std::fill(priors.begin(), priors.end(), 0.0);
        std::fill(pi.begin(), pi.end(), 0.0);
        for (int i = 0; i < items; ++i) {
            const double *ti = &t[size_t(i) * k];
            for (int c = 0; c < k; ++c)
                priors[c] += ti[c];
            for (int p = set.begin(i); p < set.end(i); ++p) {
                double *row = &pi[size_t(set.raterAt(p)) * k * k];
                const int l = set.labelAt(p);
                for (int c = 0; c < k; ++c)
                    row[size_t(c) * k + l] += ti[c];
            }
        }
        for (int c = 0; c < k; ++c)
            priors[c] /= items;
        for (int j = 0; j < raters; ++j) {
            for (int c = 0; c < k; ++c) {
                double *row = &pi[(size_t(j) * k + c) * k];
                double sum = 0;
                for (int l = 0; l < k; ++l)
                    sum += row[l];
                for (int l = 0; l < k; ++l) {
                    row[l] = sum > 0 ? row[l] / sum : 1.0 / k;
                    logPi[(size_t(j) * k + c) * k + l] = row[l] > 0 ? std::log(row[l]) : minusInf;
                }
            }
        }
    };

    // E-step in logs: many raters on one item would underflow a plain product.
    auto eStep = [&] {
        double change = 0;
        for (int i = 0; i < items; ++i) {
            for (int c = 0; c < k; ++c)
                logPost[c] = priors[c] > 0 ? std::log(priors[c]) : minusInf;
            for (int p = set.begin(i); p < set.end(i); ++p) {
                const double *row = &logPi[size_t(set.raterAt(p)) * k * k];
                const int l = set.labelAt(p);
                for (int c = 0; c < k; ++c)
                    logPost[c] += row[size_t(c) * k + l];
            }
            const double top = *std::max_element(logPost.begin(), logPost.end());
            double *ni = &next[size_t(i) * k];
            if (top == minusInf) {
                // Cannot happen with MLE started from vote shares (every class an item
                // supports keeps positive mass); keep the previous posterior if it does.
                std::copy_n(&t[size_t(i) * k], k, ni);
                continue;
            }
            double sum = 0;
            for (int c = 0; c < k; ++c) {
                ni[c] = std::exp(logPost[c] - top);
                sum += ni[c];
            }
            for (int c = 0; c < k; ++c) {
                ni[c] /= sum;
                change = std::max(change, std::abs(ni[c] - t[size_t(i) * k + c]));
            }
        }
        t.swap(next);
        return change;
    };

    result.converged = false;
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        mStep();
        const double change = eStep();
        result.iterations = iteration;
        if (change < options.tolerance) {
            result.converged = true;
            break;
        }
    }
    // Report parameters consistent with the final posteriors.
    mStep();

    for (int i = 0; i < items; ++i) {
        result.items.append(
                decide(set.items().at(i), set.labels(), &t[size_t(i) * k], k, 1.0, 1e-12));
    }
    result.priors = QList<double>(priors.begin(), priors.end());
    for (int j = 0; j < raters; ++j) {
        RaterEstimate estimate;
        estimate.rater = set.raters().at(j);
        for (int c = 0; c < k; ++c) {
            const double *row = &pi[(size_t(j) * k + c) * k];
            estimate.confusion.append(QList<double>(row, row + k));
            estimate.accuracy += priors[c] * row[c];
        }
        result.raters.append(estimate);
    }
    return result;
}

} // namespace assay::core::quality
