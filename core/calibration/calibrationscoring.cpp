// SPDX-License-Identifier: Apache-2.0
// The figures of a calibration attempt against its references, and the hints between attempts.
#include "core/calibration/calibrationscoring.h"
#include "core/base/tr.h"

#include <QCoreApplication>

#include <algorithm>

namespace assay::core::calibration {

static QStringList normalised(QStringList classes)
{
    classes.sort();
    classes.removeDuplicates();
    return classes;
}

static quality::BoxAgreement boxAgreement(const QList<Box> &reference, const QList<Box> &answer)
{
    quality::BoxAgreement a;
    if (auto m = quality::matchBoxes(reference, answer))
        a.add(*m);
    return a;
}

std::optional<double> Figures::accuracy() const
{
    if (classItems == 0)
        return std::nullopt;
    return double(classCorrect) / classItems;
}

bool answerCorrect(const Reference &reference, const std::optional<Answer> &answer, double boxMark)
{
    if (!answer)
        return false;
    if (reference.scoresClasses() && normalised(reference.classIds) != normalised(answer->classIds))
        return false;
    if (reference.scoresBoxes()) {
        const auto f1 = boxAgreement(reference.boxes, answer->boxes).f1();
        if (f1 && *f1 < boxMark - 1e-12)
            return false;
    }
    return true;
}

Figures score(const QList<Reference> &references, const QHash<Id, Answer> &answers, double boxMark)
{
    Figures f;
    for (const Reference &r : references) {
        ++f.items;
        const auto it = answers.constFind(r.itemId);
        const std::optional<Answer> answer = it == answers.constEnd() ? std::nullopt
                                                                      : std::optional<Answer>(*it);
        if (answer)
            ++f.answered;
        if (r.scoresClasses()) {
            ++f.classItems;
            const bool right = answer && normalised(r.classIds) == normalised(answer->classIds);
            if (right)
                ++f.classCorrect;
            for (const Id &c : normalised(r.classIds)) {
                ++f.perClass[c].reference;
                if (right)
                    ++f.perClass[c].correct;
            }
        }
        if (r.scoresBoxes()) {
            const QList<Box> mine = answer ? answer->boxes : QList<Box>();
            f.boxes.add(*quality::matchBoxes(r.boxes, mine));
            QStringList classes;
            for (const Box &b : r.boxes)
                classes.append(b.classId);
            for (const Box &b : mine)
                classes.append(b.classId);
            for (const Id &c : normalised(classes)) {
                QList<Box> ref;
                QList<Box> got;
                for (const Box &b : r.boxes) {
                    if (b.classId == c)
                        ref.append(b);
                }
                for (const Box &b : mine) {
                    if (b.classId == c)
                        got.append(b);
                }
                f.perClass[c].boxes.add(*quality::matchBoxes(ref, got));
            }
        }
        if (!answerCorrect(r, answer, boxMark))
            f.wrongItems.append(r.itemId);
    }
    return f;
}

bool passes(const Figures &figures, double passAccuracy, double passBoxF1)
{
    if (figures.classItems > 0 && *figures.accuracy() < passAccuracy - 1e-12)
        return false;
    const auto f1 = figures.boxF1();
    if (f1 && *f1 < passBoxF1 - 1e-12)
        return false;
    return true;
}

QList<Hint> hints(const QList<Reference> &references, const QHash<Id, Answer> &answers)
{
    // Counted per pair or class over every item, so no hint belongs to one item.
    QMap<QStringList, int> confused;
    QMap<Id, int> missed;
    QMap<Id, int> extra;
    for (const Reference &r : references) {
        const auto it = answers.constFind(r.itemId);
        if (it == answers.constEnd())
            continue; // an unanswered item teaches nothing about classes
        if (r.scoresClasses()) {
            const QStringList want = normalised(r.classIds);
            const QStringList got = normalised(it->classIds);
            QStringList lacking;
            QStringList added;
            for (const Id &c : want) {
                if (!got.contains(c))
                    lacking.append(c);
            }
            for (const Id &c : got) {
                if (!want.contains(c))
                    added.append(c);
            }
            if (lacking.size() == 1 && added.size() == 1) {
                ++confused[normalised({lacking.first(), added.first()})];
            } else {
                for (const Id &c : lacking)
                    ++missed[c];
                for (const Id &c : added)
                    ++extra[c];
            }
        }
        if (r.scoresBoxes()) {
            // Same-class matches are right; what is left is matched regardless of class: a
            // pair of different classes is a confusion, the rest missed or extra.
            auto same = quality::matchBoxes(r.boxes, it->boxes);
            QList<Box> refLeft;
            QList<Box> gotLeft;
            QSet<int> refUsed;
            QSet<int> gotUsed;
            for (const quality::BoxMatch &m : same->matches) {
                refUsed.insert(m.reference);
                gotUsed.insert(m.candidate);
            }
            for (int i = 0; i < r.boxes.size(); ++i) {
                if (!refUsed.contains(i))
                    refLeft.append(r.boxes.at(i));
            }
            for (int i = 0; i < it->boxes.size(); ++i) {
                if (!gotUsed.contains(i))
                    gotLeft.append(it->boxes.at(i));
            }
            quality::BoxMatchOptions any;
            any.classes = quality::ClassMatching::AnyClass;
            auto cross = quality::matchBoxes(refLeft, gotLeft, any);
            refUsed.clear();
            gotUsed.clear();
            for (const quality::BoxMatch &m : cross->matches) {
                refUsed.insert(m.reference);
                gotUsed.insert(m.candidate);
                ++confused[normalised(
                        {refLeft.at(m.reference).classId, gotLeft.at(m.candidate).classId})];
            }
            for (int i = 0; i < refLeft.size(); ++i) {
                if (!refUsed.contains(i))
                    ++missed[refLeft.at(i).classId];
            }
            for (int i = 0; i < gotLeft.size(); ++i) {
                if (!gotUsed.contains(i))
                    ++extra[gotLeft.at(i).classId];
            }
        }
    }
    QList<Hint> result;
    for (auto it = confused.constBegin(); it != confused.constEnd(); ++it)
        result.append({Hint::Confused, it.key(), it.value()});
    for (auto it = missed.constBegin(); it != missed.constEnd(); ++it)
        result.append({Hint::Missed, {it.key()}, it.value()});
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        result.append({Hint::Extra, {it.key()}, it.value()});
    // The most frequent first; ties in the order above.
    std::stable_sort(result.begin(), result.end(),
                     [](const Hint &a, const Hint &b) { return a.count > b.count; });
    return result;
}

QString hintText(const Hint &hint, const std::function<QString(const Id &)> &className)
{
    switch (hint.kind) {
    case Hint::Confused: {
        QStringList names{className(hint.classIds.value(0)), className(hint.classIds.value(1))};
        names.sort(Qt::CaseInsensitive); // by name, not by which one was the reference
        return Tr::tr("confused %1 and %2 (%n time(s))", nullptr, hint.count)
                .arg(names.at(0), names.at(1));
    }
    case Hint::Missed:
        return Tr::tr("missed objects of class %1 (%n time(s))", nullptr, hint.count)
                .arg(className(hint.classIds.value(0)));
    case Hint::Extra:
        return Tr::tr("marked class %1 where the references have none (%n time(s))", nullptr,
                      hint.count)
                .arg(className(hint.classIds.value(0)));
    }
    return {};
}

} // namespace assay::core::calibration
