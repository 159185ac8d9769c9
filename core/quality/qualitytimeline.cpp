// SPDX-License-Identifier: Apache-2.0
// Implements the quality timeline: bucketed series, drift tests, suspect gold, pairs, bootstrap.
#include "core/quality/qualitytimeline.h"

#include "core/quality/agreement.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace assay::core::quality {

QString labelOf(const QStringList &classIds)
{
    QStringList sorted = classIds;
    std::sort(sorted.begin(), sorted.end());
    return sorted.join(u'+');
}

static std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

static QString dayOf(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

static bool answerBefore(const TimedAnswer *a, const TimedAnswer *b)
{
    if (a->time != b->time)
        return a->time < b->time;
    return a->annotationId < b->annotationId;
}

// A person's answers (in time order) cut into buckets: by day, or by runs of N answers.
static QList<std::pair<QString, QList<const TimedAnswer *>>> buckets(
        const QList<const TimedAnswer *> &answers, const TimelineOptions &options)
{
    QList<std::pair<QString, QList<const TimedAnswer *>>> result;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QString label;
        if (options.bucket == TimelineOptions::Bucket::Day) {
            label = dayOf(answers.at(i)->time);
        } else {
            const int n = std::max(1, options.bucketTasks);
            const qsizetype first = i / n * n;
            label = QStringLiteral("%1-%2").arg(first + 1).arg(
                    std::min<qsizetype>(first + n, answers.size()));
        }
        if (result.isEmpty() || result.constLast().first != label)
            result.append({label, {}});
        result.last().second.append(answers.at(i));
    }
    return result;
}

static SeriesPoint share(const QString &label, int yes, int total)
{
    SeriesPoint p;
    p.label = label;
    p.count = total;
    if (total > 0)
        p.value = double(yes) / total;
    return p;
}

QList<AccuracyFiring> accuracyDrift(const QList<bool> &passes, const DriftOptions &options)
{
    QList<AccuracyFiring> firings;
    const int n2 = std::max(1, options.window);
    bool firing = false;
    int earlierPassed = 0;
    int recentPassed = 0;
    for (qsizetype last = 0; last < passes.size(); ++last) {
        recentPassed += passes.at(last) ? 1 : 0;
        if (last >= n2) {
            // The answer leaving the window joins the earlier ones.
            const bool leaving = passes.at(last - n2);
            recentPassed -= leaving ? 1 : 0;
            earlierPassed += leaving ? 1 : 0;
        }
        const int n1 = int(last + 1) - n2;
        if (n1 < options.baselineMin) {
            firing = false;
            continue;
        }
        const double p1 = double(earlierPassed) / n1;
        const double p2 = double(recentPassed) / n2;
        const double pooled = double(earlierPassed + recentPassed) / (n1 + n2);
        const double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
        // With every answer passed or every answer failed there is no drop to see.
        const double z = variance > 0 ? (p1 - p2) / std::sqrt(variance) : 0;
        const bool fires = z >= options.zThreshold;
        if (fires && !firing)
            firings.append({int(last), int(last), n1, p1, p2, z});
        else if (fires && firing && z > firings.constLast().z) {
            // The same alert, its strongest evidence kept with the window that gave it.
            firings.last() = {firings.constLast().first, int(last), n1, p1, p2, z};
        }
        firing = fires;
    }
    return firings;
}

double jensenShannon(const QList<double> &p, const QList<double> &q)
{
    double sp = 0;
    double sq = 0;
    for (double v : p)
        sp += v;
    for (double v : q)
        sq += v;
    if (sp <= 0 || sq <= 0)
        return 0;
    double js = 0;
    for (qsizetype i = 0; i < p.size() && i < q.size(); ++i) {
        const double a = p.at(i) / sp;
        const double b = q.at(i) / sq;
        const double m = (a + b) / 2;
        if (a > 0)
            js += 0.5 * a * std::log2(a / m);
        if (b > 0)
            js += 0.5 * b * std::log2(b / m);
    }
    return std::clamp(js, 0.0, 1.0);
}

// Class shares of the person's last answers against the rest of the cohort's answers of the
// same period.
static std::optional<DriftAlert> classShift(const QString &person,
                                            const QList<const TimedAnswer *> &mine,
                                            const QList<const TimedAnswer *> &all,
                                            const DriftOptions &options)
{
    if (mine.size() < options.classMin)
        return std::nullopt;
    const qsizetype start = std::max<qsizetype>(0, mine.size() - options.classWindow);
    const QList<const TimedAnswer *> recent = mine.mid(start);
    const QDateTime from = recent.constFirst()->time;
    const QDateTime to = recent.constLast()->time;
    QMap<QString, int> index;
    QList<double> p;
    QList<double> q;
    auto add = [&](QList<double> &counts, const TimedAnswer *a) {
        for (const QString &c : a->classIds) {
            auto it = index.find(c);
            if (it == index.end()) {
                it = index.insert(c, int(index.size()));
                p.append(0);
                q.append(0);
            }
            counts[*it] += 1;
        }
    };
    for (const TimedAnswer *a : recent)
        add(p, a);
    int cohort = 0;
    for (const TimedAnswer *a : all) {
        if (a->person == person || a->time < from || a->time > to)
            continue;
        add(q, a);
        ++cohort;
    }
    if (cohort < options.classMin)
        return std::nullopt;
    const double js = jensenShannon(p, q);
    if (js < options.jsThreshold)
        return std::nullopt;
    DriftAlert alert;
    alert.kind = QStringLiteral("class-shift");
    alert.person = person;
    alert.from = from.toUTC().toString(Qt::ISODate);
    alert.to = to.toUTC().toString(Qt::ISODate);
    alert.earlierCount = cohort;
    alert.recentCount = int(recent.size());
    alert.statistic = js;
    alert.threshold = options.jsThreshold;
    double sp = 0;
    double sq = 0;
    for (double v : std::as_const(p))
        sp += v;
    for (double v : std::as_const(q))
        sq += v;
    double most = -1;
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        const double a = p.at(*it) / sp;
        const double b = q.at(*it) / sq;
        if (std::abs(a - b) > most) {
            most = std::abs(a - b);
            alert.classId = it.key();
            alert.personShare = a;
            alert.cohortShare = b;
        }
    }
    return alert;
}

// Specific agreement of each class among the items of a set: Σ n_c(n_c - 1) / Σ n_c(n - 1)
// over items with n >= 2 production answers, n_c of them giving class c.
static void classAgreement(const QList<QList<const TimedAnswer *>> &items, const QString &label,
                           QMap<QString, ClassSeries> &classes)
{
    QHash<QString, std::pair<double, double>> sums;
    for (const QList<const TimedAnswer *> &answers : items) {
        const int n = int(answers.size());
        if (n < 2)
            continue;
        QHash<QString, int> counts;
        for (const TimedAnswer *a : answers) {
            for (const QString &c : a->classIds)
                ++counts[c];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            auto &s = sums[it.key()];
            s.first += double(it.value()) * (it.value() - 1);
            s.second += double(it.value()) * (n - 1);
        }
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        ClassSeries &series = classes[it.key()];
        series.classId = it.key();
        SeriesPoint point;
        point.label = label;
        point.count = int(it.value().second);
        if (it.value().second > 0)
            point.value = it.value().first / it.value().second;
        series.agreement.append(point);
    }
}

QualityTimeline qualityTimeline(const QList<TimedAnswer> &answers, const TimelineOptions &options)
{
    QualityTimeline result;
    QList<const TimedAnswer *> ordered;
    ordered.reserve(answers.size());
    for (const TimedAnswer &a : answers)
        ordered.append(&a);
    std::sort(ordered.begin(), ordered.end(), answerBefore);

    std::map<QString, QList<const TimedAnswer *>> byPerson;
    for (const TimedAnswer *a : std::as_const(ordered))
        byPerson[a->person].append(a);

    QList<const TimedAnswer *> production;
    for (const TimedAnswer *a : std::as_const(ordered)) {
        if (a->kind == TaskKind::Production)
            production.append(a);
    }

    for (const auto &[person, mine] : byPerson) {
        PersonSeries series;
        series.person = person;
        QList<const TimedAnswer *> gold;
        QList<const TimedAnswer *> audited;
        for (const TimedAnswer *a : mine) {
            if (a->goldPassed)
                gold.append(a);
            if (a->auditAccepted)
                audited.append(a);
        }
        for (const auto &[label, bucket] : buckets(gold, options)) {
            double sum = 0;
            for (const TimedAnswer *a : bucket)
                sum += a->goldScore.value_or(*a->goldPassed ? 1.0 : 0.0);
            SeriesPoint p;
            p.label = label;
            p.count = int(bucket.size());
            p.value = sum / bucket.size();
            series.gold.append(p);
        }
        for (const auto &[label, bucket] : buckets(audited, options)) {
            int accepted = 0;
            for (const TimedAnswer *a : bucket)
                accepted += *a->auditAccepted ? 1 : 0;
            series.audit.append(share(label, accepted, int(bucket.size())));
        }
        for (const auto &[label, bucket] : buckets(mine, options)) {
            QList<double> seconds;
            for (const TimedAnswer *a : bucket)
                seconds.append(a->timeSpentMs / 1000.0);
            SeriesPoint p;
            p.label = label;
            p.count = int(bucket.size());
            p.value = median(seconds);
            series.timePerTask.append(p);
        }
        result.people.append(series);

        QList<bool> passes;
        for (const TimedAnswer *a : std::as_const(gold))
            passes.append(*a->goldPassed);
        for (const AccuracyFiring &f : accuracyDrift(passes, options.drift)) {
            DriftAlert alert;
            alert.kind = QStringLiteral("accuracy-drop");
            alert.person = person;
            const int first = std::max(0, f.last - options.drift.window + 1);
            alert.from = gold.at(first)->time.toUTC().toString(Qt::ISODate);
            alert.to = gold.at(f.last)->time.toUTC().toString(Qt::ISODate);
            alert.earlierCount = f.earlierCount;
            alert.recentCount = options.drift.window;
            alert.earlier = f.earlier;
            alert.recent = f.recent;
            alert.statistic = f.z;
            alert.threshold = options.drift.zThreshold;
            result.alerts.append(alert);
        }
        QList<const TimedAnswer *> mineProduction;
        for (const TimedAnswer *a : mine) {
            if (a->kind == TaskKind::Production)
                mineProduction.append(a);
        }
        if (auto alert = classShift(person, mineProduction, production, options.drift))
            result.alerts.append(*alert);
    }

    // Per class agreement over time: an item belongs to the bucket of its last answer.
    {
        std::map<QString, QList<const TimedAnswer *>> byItem;
        for (const TimedAnswer *a : std::as_const(production))
            byItem[a->itemId].append(a);
        QList<std::pair<QDateTime, const QList<const TimedAnswer *> *>> items;
        for (const auto &[item, list] : byItem)
            items.append({list.constLast()->time, &list});
        std::stable_sort(items.begin(), items.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QMap<QString, ClassSeries> classes;
        QString label;
        QList<QList<const TimedAnswer *>> bucket;
        const int n = std::max(1, options.bucketTasks);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString l;
            if (options.bucket == TimelineOptions::Bucket::Day) {
                l = dayOf(items.at(i).first);
            } else {
                const qsizetype first = i / n * n;
                l = QStringLiteral("%1-%2").arg(first + 1).arg(
                        std::min<qsizetype>(first + n, items.size()));
            }
            if (l != label && !bucket.isEmpty()) {
                classAgreement(bucket, label, classes);
                bucket.clear();
            }
            label = l;
            bucket.append(*items.at(i).second);
        }
        if (!bucket.isEmpty())
            classAgreement(bucket, label, classes);
        result.classes = classes.values();
    }

    // Gold references most people miss.
    {
        std::map<QString, QList<const TimedAnswer *>> byItem;
        for (const TimedAnswer *a : std::as_const(ordered)) {
            if (a->goldPassed)
                byItem[a->itemId].append(a);
        }
        for (const auto &[item, list] : byItem) {
            if (list.size() < options.suspectMinAnswers)
                continue;
            int missed = 0;
            QMap<QString, int> as;
            for (const TimedAnswer *a : list) {
                missed += *a->goldPassed ? 0 : 1;
                ++as[labelOf(a->classIds)];
            }
            if (double(missed) / list.size() <= options.suspectMissShare)
                continue;
            SuspectGold s;
            s.itemId = item;
            s.reference = list.constFirst()->goldReference;
            s.answers = int(list.size());
            s.missed = missed;
            for (auto it = as.cbegin(); it != as.cend(); ++it)
                s.answeredAs.append({it.key(), it.value()});
            std::stable_sort(s.answeredAs.begin(), s.answeredAs.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
            result.suspectGold.append(s);
        }
        std::stable_sort(result.suspectGold.begin(), result.suspectGold.end(),
                         [](const SuspectGold &a, const SuspectGold &b) {
                             return double(a.missed) / a.answers > double(b.missed) / b.answers;
                         });
    }

    // Pairwise agreement over the items both people answered (production and gold alike: the
    // same item seen by two people).
    {
        std::map<QString, QHash<QString, QString>> labels; // person -> item -> label
        for (const TimedAnswer *a : std::as_const(ordered))
            labels[a->person].insert(a->itemId, labelOf(a->classIds));
        for (auto i = labels.cbegin(); i != labels.cend(); ++i) {
            for (auto j = std::next(i); j != labels.cend(); ++j) {
                PairAgreement pair;
                pair.a = i->first;
                pair.b = j->first;
                QStringList items;
                for (auto it = i->second.cbegin(); it != i->second.cend(); ++it) {
                    if (j->second.contains(it.key()))
                        items.append(it.key());
                }
                if (items.isEmpty())
                    continue;
                std::sort(items.begin(), items.end());
                QStringList la;
                QStringList lb;
                for (const QString &item : std::as_const(items)) {
                    la.append(i->second.value(item));
                    lb.append(j->second.value(item));
                    if (la.constLast() != lb.constLast())
                        pair.disagreed.append(item);
                }
                pair.items = int(items.size());
                const auto kappa = cohensKappa(la, lb);
                if (kappa)
                    pair.kappa = *kappa;
                else
                    pair.note = kappa.error().message;
                result.pairs.append(pair);
            }
        }
    }
    std::stable_sort(result.alerts.begin(), result.alerts.end(),
                     [](const DriftAlert &a, const DriftAlert &b) {
                         return std::tie(a.person, a.kind, a.to) < std::tie(b.person, b.kind, b.to);
                     });
    return result;
}

BootstrapInterval bootstrapAlpha(const QList<QPair<QString, QList<QPair<QString, QString>>>> &items,
                                 int resamples, quint64 seed)
{
    BootstrapInterval result;
    result.resamples = resamples;
    result.seed = seed;
    QList<Rating> ratings;
    for (const auto &item : items) {
        for (const auto &r : item.second)
            ratings.append({item.first, r.first, r.second});
    }
    auto set = RatingSet::fromRatings(ratings);
    if (!set)
        return result;
    const auto alpha = krippendorffAlpha(*set);
    if (!alpha)
        return result;
    result.value = *alpha;

    // Each pairable item's part of the coincidence matrix (Krippendorff 2011): n_c(u) = its
    // count of label c, and its disagreeing coincidences (m_u² - Σ_c n_uc²) / (m_u - 1); a
    // resample's alpha is 1 - (n - 1) Σ D_u / (n² - Σ_c n_c²) over the drawn items.
    struct Part
    {
        QList<std::pair<int, int>> counts;
        double disagree = 0;
    };
    QList<Part> parts;
    for (int i = 0; i < set->itemCount(); ++i) {
        const int m = set->ratingsOf(i);
        if (m < 2)
            continue;
        QMap<int, int> counts;
        for (int k = set->begin(i); k < set->end(i); ++k)
            ++counts[set->labelAt(k)];
        Part part;
        double squares = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            part.counts.append({it.key(), it.value()});
            squares += double(it.value()) * it.value();
        }
        part.disagree = (double(m) * m - squares) / (m - 1);
        parts.append(part);
    }
    result.items = int(parts.size());
    if (parts.isEmpty() || resamples <= 0)
        return result;
    std::mt19937_64 engine(seed);
    QList<double> values;
    QList<double> n(set->labelCount());
    for (int r = 0; r < resamples; ++r) {
        std::fill(n.begin(), n.end(), 0.0);
        double disagree = 0;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const Part &part = parts.at(qsizetype(engine() % quint64(parts.size())));
            disagree += part.disagree;
            for (const auto &[label, count] : part.counts)
                n[label] += count;
        }
        double total = 0;
        double squares = 0;
        for (double v : std::as_const(n)) {
            total += v;
            squares += v * v;
        }
        const double expected = total * total - squares;
        if (expected <= 0)
            continue; // one label only: alpha undefined for this draw
        values.append(1 - (total - 1) * disagree / expected);
    }
    if (values.isEmpty())
        return result;
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        const double pos = q * (values.size() - 1);
        const qsizetype lo = qsizetype(std::floor(pos));
        const qsizetype hi = std::min<qsizetype>(lo + 1, values.size() - 1);
        return values.at(lo) + (pos - lo) * (values.at(hi) - values.at(lo));
    };
    result.low = at(0.025);
    result.high = at(0.975);
    return result;
}

} // namespace assay::core::quality
