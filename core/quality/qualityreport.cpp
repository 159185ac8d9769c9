// SPDX-License-Identifier: Apache-2.0
// The quality report of a batch, computed from its submitted answers only (no SQL here).
#include "core/quality/qualityreport.h"
#include "core/base/tr.h"

#include "core/quality/consensus.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <cmath>

namespace assay::core::quality {

Result<QJsonObject> parseCriteria(const QString &text)
{
    QJsonObject out;
    for (const QString &rawTerm : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString term = rawTerm.trimmed();
        const bool ge = term.contains(QLatin1String(">="));
        const bool le = term.contains(QLatin1String("<="));
        const QStringList parts = term.split(ge ? QStringLiteral(">=") : QStringLiteral("<="));
        bool ok = false;
        const double value = parts.value(1).trimmed().toDouble(&ok);
        const QString name = parts.value(0).trimmed();
        QString key;
        if (ge && name == QLatin1String("alpha"))
            key = QStringLiteral("alpha_min");
        else if (ge && name == QLatin1String("gold"))
            key = QStringLiteral("gold_min");
        else if (le && name == QLatin1String("low"))
            key = QStringLiteral("low_max");
        else if (ge && name == QLatin1String("item"))
            key = QStringLiteral("item_threshold");
        else if (ge && name == QLatin1String("audit"))
            key = QStringLiteral("audit_min");
        if ((ge == le) || parts.size() != 2 || !ok || key.isEmpty() || !std::isfinite(value)) {
            return makeError(
                    ErrorCode::InvalidInput,
                    Tr::tr("criterion \"%1\" is not one of alpha>=X, gold>=X, low<=X, item>=X, audit>=X")
                            .arg(term));
        }
        out.insert(key, value);
    }
    return out;
}

Criteria criteriaFromJson(const QJsonObject &json)
{
    Criteria c;
    auto opt = [&](const char *key) -> std::optional<double> {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    c.alphaMin = opt("alpha_min");
    c.goldMin = opt("gold_min");
    c.lowMax = opt("low_max");
    c.auditMin = opt("audit_min");
    c.itemThreshold = opt("item_threshold").value_or(0.5);
    return c;
}

bool QualityReport::accepted() const
{
    for (const Verdict &v : verdicts) {
        if (v.verdict != QLatin1String("pass"))
            return false;
    }
    return true;
}

static QString labelOf(const QStringList &classIds)
{
    QStringList sorted = classIds;
    sorted.sort();
    sorted.removeDuplicates();
    return sorted.join(QLatin1Char('+'));
}

static std::optional<double> mean(double sum, int n)
{
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

static Verdict verdict(const QString &name, const QString &op, double bound,
                       std::optional<double> value, const QString &undefinedReason)
{
    Verdict v{name, op, bound, value, {}, {}};
    if (!value) {
        v.verdict = QStringLiteral("undefined");
        v.reason = undefinedReason;
    } else {
        const bool ok = op == QLatin1String(">=") ? *value >= bound - 1e-12
                                                  : *value <= bound + 1e-12;
        v.verdict = ok ? QStringLiteral("pass") : QStringLiteral("fail");
    }
    return v;
}

void readThrough(const Taxonomy &taxonomy, QStringList *classIds, QList<Box> *boxes)
{
    if (taxonomy.mapping.isEmpty())
        return;
    *classIds = taxonomy.resolveAll(*classIds);
    for (Box &box : *boxes)
        box.classId = taxonomy.resolve(box.classId);
}

QualityReport qualityReport(const QList<WorkRecord> &work, const ReportOptions &options)
{
    QualityReport r;
    r.answers = int(work.size());

    // Duplicates first: a person's second answer to an item in the batch is reported and left
    // out of the figures, because every metric counts one rating per rater and item.
    QHash<QString, QList<int>> byPersonItem;
    for (int i = 0; i < work.size(); ++i)
        byPersonItem[work[i].person + QLatin1Char('\n') + work[i].itemId].append(i);
    QSet<int> dropped;
    QList<QString> keys = byPersonItem.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QList<int> &idx = byPersonItem[key];
        if (idx.size() < 2)
            continue;
        Anomaly a;
        a.kind = QStringLiteral("duplicate");
        a.person = work[idx.first()].person;
        a.itemId = work[idx.first()].itemId;
        for (int i : idx) {
            a.annotations.append(work[i].annotationId);
            if (i != idx.first())
                dropped.insert(i);
        }
        r.anomalies.append(a);
    }

    QList<Rating> ratings;
    QList<RatedBox> ratedBoxes;
    QHash<QString, QStringList> provenance; // item -> annotation ids (production answers)
    QSet<QString> itemSet;
    QMap<QString, PersonFigures> people;
    QMap<QString, double> goldSum;
    double goldTotal = 0;
    for (int i = 0; i < work.size(); ++i) {
        const WorkRecord &w = work[i];
        PersonFigures &pf = people[w.person];
        pf.person = w.person;
        ++pf.answers;
        if (w.timeSpentMs < options.minTimeMs) {
            Anomaly a;
            a.kind = QStringLiteral("fast");
            a.person = w.person;
            a.itemId = w.itemId;
            a.annotations = {w.annotationId};
            a.value = double(w.timeSpentMs);
            r.anomalies.append(a);
        }
        if (w.kind == TaskKind::Gold || w.kind == TaskKind::Calibration) {
            if (w.goldScore) {
                ++r.goldTasks;
                goldTotal += *w.goldScore;
                ++pf.goldTasks;
                goldSum[w.person] += *w.goldScore;
            }
            continue;
        }
        if (dropped.contains(i))
            continue;
        itemSet.insert(w.itemId);
        provenance[w.itemId].append(w.annotationId);
        const QString label = labelOf(w.classIds);
        if (!label.isEmpty())
            ratings.append({w.itemId, w.person, label});
        for (const Box &b : w.boxes)
            ratedBoxes.append({w.itemId, w.person, b});
    }
    r.items = int(itemSet.size());
    r.goldAccuracy = mean(goldTotal, r.goldTasks);
    for (auto it = people.begin(); it != people.end(); ++it)
        it->goldAccuracy = mean(goldSum.value(it.key()), it->goldTasks);

    auto set = RatingSet::fromRatings(ratings); // duplicates were removed, so this holds
    const RatingSet rs = set ? *set : RatingSet();
    r.agreement = agreementReport(rs);

    // Items below the agreement threshold: an item's share of agreeing pairs of ratings.
    int rated = 0;
    for (int i = 0; i < rs.itemCount(); ++i) {
        const int m = rs.ratingsOf(i);
        if (m < 2)
            continue;
        ++rated;
        QHash<int, int> counts;
        for (int p = rs.begin(i); p < rs.end(i); ++p)
            ++counts[rs.labelAt(p)];
        double agreeing = 0;
        for (int c : counts)
            agreeing += double(c) * (c - 1);
        if (agreeing / (double(m) * (m - 1)) < options.criteria.itemThreshold)
            ++r.lowItems;
    }
    r.lowShare = rated > 0 ? std::optional<double>(double(r.lowItems) / rated) : std::nullopt;

    // Consensus, the final labels, and each person's agreement with it.
    Consensus consensus;
    if (options.method == ConsensusMethod::DawidSkene) {
        auto ds = dawidSkene(rs);
        consensus = ds ? *ds : majorityVote(rs);
    } else {
        consensus = majorityVote(rs);
    }
    QMap<QString, int> agreeWith;
    QMap<QString, int> comparable;
    for (int i = 0; i < consensus.items.size(); ++i) {
        const ConsensusItem &ci = consensus.items.at(i);
        r.finalLabels.append({ci.item, ci.label, ci.tied, ci.confidence, provenance.value(ci.item)});
        if (ci.isTied() || rs.ratingsOf(i) < 2)
            continue;
        for (int p = rs.begin(i); p < rs.end(i); ++p) {
            const QString rater = rs.raters().at(rs.raterAt(p));
            ++comparable[rater];
            if (rs.labels().at(rs.labelAt(p)) == ci.label)
                ++agreeWith[rater];
        }
    }
    for (auto it = people.begin(); it != people.end(); ++it) {
        const int n = comparable.value(it.key());
        it->consensusAgreement = n > 0 ? std::optional<double>(double(agreeWith.value(it.key())) / n)
                                       : std::nullopt;
        r.people.append(*it);
    }

    // Per class: one-vs-rest alpha, and specific agreement (of the pairs of ratings of an
    // item where at least one says c, the share where both do).
    QMap<QString, int> uses;
    for (const Rating &rt : ratings) {
        for (const QString &c : rt.label.split(QLatin1Char('+')))
            ++uses[c];
    }
    for (auto it = uses.begin(); it != uses.end(); ++it) {
        ClassFigures cf;
        cf.classId = it.key();
        cf.uses = it.value();
        QList<Rating> binary;
        for (const Rating &rt : ratings) {
            const bool has = rt.label.split(QLatin1Char('+')).contains(it.key());
            binary.append({rt.item, rt.rater, has ? it.key() : QStringLiteral("(other)")});
        }
        auto bs = RatingSet::fromRatings(binary);
        if (bs) {
            cf.alpha = krippendorffAlpha(*bs);
            double both = 0, either = 0;
            const int cIndex = bs->labelIndex(it.key());
            for (int i = 0; i < bs->itemCount(); ++i) {
                const int m = bs->ratingsOf(i);
                if (m < 2)
                    continue;
                int nc = 0;
                for (int p = bs->begin(i); p < bs->end(i); ++p)
                    nc += bs->labelAt(p) == cIndex ? 1 : 0;
                // Ordered pairs: both c is nc(nc-1); at least one c is m(m-1) - (m-nc)(m-nc-1).
                both += double(nc) * (nc - 1);
                either += double(m) * (m - 1) - double(m - nc) * (m - nc - 1);
            }
            if (either > 0)
                cf.agreement = both / either;
        }
        r.classes.append(cf);
    }

    // Pairs: Cohen's kappa and box agreement.
    auto boxPairs = boxAgreementByRaterPair(ratedBoxes);
    QHash<QString, BoxAgreement> boxByPair;
    if (boxPairs) {
        for (const RaterPairBoxAgreement &bp : *boxPairs) {
            boxByPair.insert(bp.raterA + QLatin1Char('\n') + bp.raterB, bp.agreement);
            r.boxes.matched += bp.agreement.matched;
            r.boxes.referenceCount += bp.agreement.referenceCount;
            r.boxes.candidateCount += bp.agreement.candidateCount;
            r.boxes.iouSum += bp.agreement.iouSum;
        }
    }
    QSet<QString> seenPairs;
    for (const PairwiseKappa &pk : pairwiseCohensKappa(rs)) {
        PairFigures pf{pk.raterA, pk.raterB, pk.items, pk.kappa, {}, {}};
        const QString key = pk.raterA + QLatin1Char('\n') + pk.raterB;
        seenPairs.insert(key);
        if (boxByPair.contains(key)) {
            pf.boxF1 = boxByPair[key].f1();
            pf.boxMeanIou = boxByPair[key].meanIou();
        }
        r.pairs.append(pf);
    }
    for (auto it = boxByPair.cbegin(); it != boxByPair.cend(); ++it) { // box-only pairs
        if (seenPairs.contains(it.key()))
            continue;
        const QStringList ab = it.key().split(QLatin1Char('\n'));
        r.pairs.append({ab.at(0), ab.at(1), 0,
                        makeError(ErrorCode::InvalidInput, Tr::tr("no class answers in common")),
                        it->f1(), it->meanIou()});
    }
    std::sort(r.pairs.begin(), r.pairs.end(), [](const PairFigures &x, const PairFigures &y) {
        return std::pair(x.a, x.b) < std::pair(y.a, y.b);
    });

    // Over-use: a person's share of a class against everyone else's share of it.
    QMap<QString, QMap<QString, int>> personClass;
    QMap<QString, int> personTotal;
    int total = 0;
    for (const Rating &rt : ratings) {
        ++personTotal[rt.rater];
        ++total;
        for (const QString &c : rt.label.split(QLatin1Char('+')))
            ++personClass[rt.rater][c];
    }
    for (auto p = personClass.cbegin(); p != personClass.cend(); ++p) {
        const int mine = personTotal.value(p.key());
        const int others = total - mine;
        if (others == 0)
            continue; // nobody to compare with
        for (auto c = p->cbegin(); c != p->cend(); ++c) {
            const double share = double(c.value()) / mine;
            const double otherShare = double(uses.value(c.key()) - c.value()) / others;
            if (c.value() >= options.overuseMinUses && share > options.overuseFactor * otherShare) {
                Anomaly a;
                a.kind = QStringLiteral("overuse");
                a.person = p.key();
                a.classId = c.key();
                a.value = share;
                a.other = otherShare;
                a.count = c.value();
                r.anomalies.append(a);
            }
        }
    }

    // Verdicts.
    const Criteria &cr = options.criteria;
    if (cr.alphaMin) {
        std::optional<double> alpha;
        QString why;
        if (r.agreement.krippendorffAlpha)
            alpha = *r.agreement.krippendorffAlpha;
        else
            why = r.agreement.krippendorffAlpha.error().message;
        if (why.isEmpty() && !alpha)
            why = Tr::tr("no items with two or more answers");
        r.verdicts.append(
                verdict(QStringLiteral("alpha"), QStringLiteral(">="), *cr.alphaMin, alpha, why));
    }
    if (cr.goldMin) {
        r.verdicts.append(verdict(QStringLiteral("gold"), QStringLiteral(">="), *cr.goldMin,
                                  r.goldAccuracy, Tr::tr("no gold task was submitted")));
    }
    if (cr.lowMax) {
        r.verdicts.append(verdict(QStringLiteral("low"), QStringLiteral("<="), *cr.lowMax,
                                  r.lowShare, Tr::tr("no items with two or more answers")));
    }
    r.auditAccuracy = options.auditAccuracy;
    r.audited = options.audited;
    r.reviewerAgreement = options.reviewerAgreement;
    r.reviewerPairs = options.reviewerPairs;
    for (PersonFigures &p : r.people) {
        const auto audit = options.auditByPerson.constFind(p.person);
        if (audit != options.auditByPerson.constEnd()) {
            p.audited = audit->first;
            p.auditAccuracy = audit->second;
        }
    }
    if (cr.auditMin) {
        r.verdicts.append(verdict(QStringLiteral("audit"), QStringLiteral(">="), *cr.auditMin,
                                  r.auditAccuracy, Tr::tr("no audited answer was decided")));
    }
    return r;
}

} // namespace assay::core::quality
