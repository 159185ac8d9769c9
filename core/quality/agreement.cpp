// SPDX-License-Identifier: Apache-2.0
// The agreement coefficients, computed from label counts so they stay linear in the ratings.
#include "core/quality/agreement.h"
#include "core/base/tr.h"

#include <QCoreApplication>

namespace assay::core::quality {

static Error undefined(const char *reason)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr(reason));
}

static Error undefinedOneLabel()
{
    return undefined(
            QT_TRANSLATE_NOOP("assay",
                              "every rating has the same label, so chance agreement is 1 and the "
                              "coefficient is 0/0"));
}

Result<double> percentAgreement(const RatingSet &set)
{
    QList<int> counts(set.labelCount(), 0);
    double sum = 0;
    int items = 0;
    for (int i = 0; i < set.itemCount(); ++i) {
        const int m = set.ratingsOf(i);
        if (m < 2)
            continue;
        for (int p = set.begin(i); p < set.end(i); ++p)
            ++counts[set.labelAt(p)];
        qint64 agreeing = 0;
        for (int p = set.begin(i); p < set.end(i); ++p) {
            int &n = counts[set.labelAt(p)];
            agreeing += qint64(n) * (n - 1);
            n = 0;
        }
        sum += double(agreeing) / (double(m) * (m - 1));
        ++items;
    }
    if (items == 0)
        return undefined(QT_TRANSLATE_NOOP("assay", "no item has two or more ratings"));
    return sum / items;
}

int commonItemCount(const RatingSet &set, int raterA, int raterB)
{
    int n = 0;
    for (int i = 0; i < set.itemCount(); ++i) {
        if (set.labelOf(i, raterA) >= 0 && set.labelOf(i, raterB) >= 0)
            ++n;
    }
    return n;
}

// Cohen and Scott differ only in the chance term.
enum class ChanceModel { PerRater, Pooled };

static Result<double> twoRaterCoefficient(const RatingSet &set, int raterA, int raterB,
                                          ChanceModel model)
{
    if (raterA < 0 || raterB < 0 || raterA >= set.raterCount() || raterB >= set.raterCount())
        return makeError(ErrorCode::NotFound, Tr::tr("no such rater"));
    if (raterA == raterB)
        return undefined(QT_TRANSLATE_NOOP("assay", "a rater compared with themself"));
    QList<qint64> margA(set.labelCount(), 0);
    QList<qint64> margB(set.labelCount(), 0);
    qint64 n = 0;
    qint64 agree = 0;
    for (int i = 0; i < set.itemCount(); ++i) {
        const int a = set.labelOf(i, raterA);
        const int b = set.labelOf(i, raterB);
        if (a < 0 || b < 0)
            continue;
        ++n;
        ++margA[a];
        ++margB[b];
        if (a == b)
            ++agree;
    }
    if (n == 0)
        return undefined(QT_TRANSLATE_NOOP("assay", "the two raters have no item in common"));
    int labelsUsed = 0;
    for (int k = 0; k < set.labelCount(); ++k) {
        if (margA.at(k) + margB.at(k) > 0)
            ++labelsUsed;
    }
    // p_e = 1 exactly when both raters used one and the same label on every common item;
    // tested on counts, not on the rounded p_e.
    if (labelsUsed == 1)
        return undefinedOneLabel();
    const double nn = double(n);
    const double po = double(agree) / nn;
    double pe = 0;
    for (int k = 0; k < set.labelCount(); ++k) {
        if (model == ChanceModel::PerRater) {
            pe += (double(margA.at(k)) / nn) * (double(margB.at(k)) / nn);
        } else {
            const double pooled = double(margA.at(k) + margB.at(k)) / (2 * nn);
            pe += pooled * pooled;
        }
    }
    return (po - pe) / (1 - pe);
}

static Result<double> requireTwoRaters(const RatingSet &set, const char *what)
{
    if (set.raterCount() != 2) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 compares exactly two raters; the data have %n", nullptr,
                                set.raterCount())
                                 .arg(Tr::tr(what)));
    }
    return 0.0;
}

Result<double> cohensKappa(const RatingSet &set)
{
    ASSAY_TRY(requireTwoRaters(set, QT_TRANSLATE_NOOP("assay", "Cohen's kappa")));
    return twoRaterCoefficient(set, 0, 1, ChanceModel::PerRater);
}

Result<double> cohensKappa(const RatingSet &set, int raterA, int raterB)
{
    return twoRaterCoefficient(set, raterA, raterB, ChanceModel::PerRater);
}

Result<double> cohensKappa(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the two raters' label lists differ in length (%1, %2)")
                                 .arg(a.size())
                                 .arg(b.size()));
    }
    QList<Rating> ratings;
    ratings.reserve(a.size() * 2);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString item = QString::number(i);
        ratings.append({item, QStringLiteral("a"), a.at(i)});
        ratings.append({item, QStringLiteral("b"), b.at(i)});
    }
    const auto set = RatingSet::fromRatings(ratings);
    if (!set)
        return set.error();
    if (set->itemCount() == 0)
        return undefined(QT_TRANSLATE_NOOP("assay", "the two raters have no item in common"));
    return twoRaterCoefficient(*set, 0, 1, ChanceModel::PerRater);
}

Result<double> cohensKappa(const QList<int> &a, const QList<int> &b)
{
    QStringList sa;
    QStringList sb;
    for (int v : a)
        sa.append(QString::number(v));
    for (int v : b)
        sb.append(QString::number(v));
    return cohensKappa(sa, sb);
}

Result<double> scottsPi(const RatingSet &set)
{
    ASSAY_TRY(requireTwoRaters(set, QT_TRANSLATE_NOOP("assay", "Scott's pi")));
    return twoRaterCoefficient(set, 0, 1, ChanceModel::Pooled);
}

Result<double> scottsPi(const RatingSet &set, int raterA, int raterB)
{
    return twoRaterCoefficient(set, raterA, raterB, ChanceModel::Pooled);
}

Result<double> fleissKappa(const QList<QList<int>> &counts)
{
    if (counts.isEmpty())
        return undefined(QT_TRANSLATE_NOOP("assay", "there are no items"));
    const qsizetype categories = counts.first().size();
    qint64 n = -1;
    for (const QList<int> &row : counts) {
        if (row.size() != categories)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("the rows of the count table differ in length"));
        qint64 sum = 0;
        for (int c : row) {
            if (c < 0)
                return makeError(ErrorCode::InvalidInput, Tr::tr("a count is negative"));
            sum += c;
        }
        if (n >= 0 && sum != n)
            return undefined(
                    QT_TRANSLATE_NOOP("assay",
                                      "items have unequal numbers of ratings; Fleiss' kappa needs the "
                                      "same number on every item"));
        n = sum;
    }
    if (n < 2)
        return undefined(QT_TRANSLATE_NOOP("assay", "items have fewer than two ratings each"));
    const double bigN = double(counts.size());
    QList<qint64> columns(categories, 0);
    double sumP = 0;
    for (const QList<int> &row : counts) {
        qint64 squares = 0;
        for (qsizetype j = 0; j < categories; ++j) {
            squares += qint64(row.at(j)) * row.at(j);
            columns[j] += row.at(j);
        }
        sumP += double(squares - n) / (double(n) * double(n - 1));
    }
    int used = 0;
    for (qint64 c : std::as_const(columns)) {
        if (c > 0)
            ++used;
    }
    if (used <= 1)
        return undefinedOneLabel();
    const double pBar = sumP / bigN;
    double pe = 0;
    for (qint64 c : std::as_const(columns)) {
        const double p = double(c) / (bigN * double(n));
        pe += p * p;
    }
    return (pBar - pe) / (1 - pe);
}

Result<double> fleissKappa(const RatingSet &set)
{
    if (set.itemCount() == 0)
        return undefined(QT_TRANSLATE_NOOP("assay", "there are no items"));
    const int n = set.ratingsOf(0);
    for (int i = 1; i < set.itemCount(); ++i) {
        if (set.ratingsOf(i) != n)
            return undefined(
                    QT_TRANSLATE_NOOP("assay",
                                      "items have unequal numbers of ratings; Fleiss' kappa needs the "
                                      "same number on every item"));
    }
    QList<QList<int>> counts(set.itemCount(), QList<int>(set.labelCount(), 0));
    for (int i = 0; i < set.itemCount(); ++i) {
        for (int p = set.begin(i); p < set.end(i); ++p)
            ++counts[i][set.labelAt(p)];
    }
    return fleissKappa(counts);
}

QList<QList<double>> coincidenceMatrix(const RatingSet &set)
{
    const int k = set.labelCount();
    QList<QList<double>> o(k, QList<double>(k, 0.0));
    QList<int> counts(k, 0);
    QList<int> present;
    for (int i = 0; i < set.itemCount(); ++i) {
        const int m = set.ratingsOf(i);
        if (m < 2)
            continue;
        present.clear();
        for (int p = set.begin(i); p < set.end(i); ++p) {
            if (counts[set.labelAt(p)]++ == 0)
                present.append(set.labelAt(p));
        }
        // Ordered pairs of distinct ratings: n_c n_k off the diagonal, n_c(n_c - 1) on it.
        for (int c : std::as_const(present)) {
            for (int d : std::as_const(present)) {
                const double pairs = c == d ? double(counts[c]) * (counts[c] - 1)
                                            : double(counts[c]) * counts[d];
                o[c][d] += pairs / (m - 1);
            }
        }
        for (int c : std::as_const(present))
            counts[c] = 0;
    }
    return o;
}

Result<double> krippendorffAlpha(const RatingSet &set)
{
    // Nominal alpha needs only the diagonal of the coincidence matrix and its marginals
    // n_c = Σ_k o_ck (the pairable values of c), so the full matrix is not built:
    // alpha = ((n - 1) Σ_c o_cc - Σ_c n_c (n_c - 1)) / (n (n - 1) - Σ_c n_c (n_c - 1))
    // (Krippendorff 2011, section C, nominal data with missing values).
    const int k = set.labelCount();
    QList<int> counts(k, 0);
    QList<qint64> marginals(k, 0);
    double diagonal = 0;
    qint64 n = 0;
    const int items = set.itemCount();
    for (int i = 0; i < items; ++i) {
        const int b = set.begin(i);
        const int e = set.end(i);
        const int m = e - b;
        if (m < 2)
            continue;
        for (int p = b; p < e; ++p)
            ++counts[set.labelAt(p)];
        qint64 same = 0;
        for (int p = b; p < e; ++p) {
            int &c = counts[set.labelAt(p)];
            if (c == 0)
                continue;
            same += qint64(c) * (c - 1);
            marginals[set.labelAt(p)] += c;
            c = 0;
        }
        diagonal += double(same) / (m - 1);
        n += m;
    }
    if (n == 0)
        return undefined(QT_TRANSLATE_NOOP("assay", "no item has two or more ratings"));
    double expected = 0;
    int used = 0;
    for (qint64 nc : std::as_const(marginals)) {
        expected += double(nc) * double(nc - 1);
        if (nc > 0)
            ++used;
    }
    if (used <= 1)
        return undefined(
                QT_TRANSLATE_NOOP("assay",
                                  "every pairable rating has the same label, so expected disagreement "
                                  "is 0 and alpha is 0/0"));
    const double nn = double(n);
    return ((nn - 1) * diagonal - expected) / (nn * (nn - 1) - expected);
}

QList<PairwiseKappa> pairwiseCohensKappa(const RatingSet &set)
{
    QList<PairwiseKappa> pairs;
    for (int a = 0; a < set.raterCount(); ++a) {
        for (int b = a + 1; b < set.raterCount(); ++b) {
            PairwiseKappa pair;
            pair.raterA = set.raters().at(a);
            pair.raterB = set.raters().at(b);
            pair.items = commonItemCount(set, a, b);
            pair.kappa = cohensKappa(set, a, b);
            pairs.append(pair);
        }
    }
    return pairs;
}

AgreementReport agreementReport(const RatingSet &set)
{
    AgreementReport report;
    report.items = set.itemCount();
    report.raters = set.raterCount();
    report.labels = set.labelCount();
    report.ratings = set.ratingCount();
    report.percentAgreement = percentAgreement(set);
    report.cohenKappa = cohensKappa(set);
    report.scottPi = scottsPi(set);
    report.fleissKappa = fleissKappa(set);
    report.krippendorffAlpha = krippendorffAlpha(set);
    return report;
}

} // namespace assay::core::quality
