// SPDX-License-Identifier: Apache-2.0
// The figures of a calibration attempt against its references, and the hints between attempts:
// plain functions of answers and references, shared by the service and the tests.
#pragma once

#include "core/domain/types.h"
#include "core/quality/boxmatching.h"

#include <QHash>
#include <QMap>

#include <functional>
#include <optional>

namespace assay::core::calibration {

// A reference answer. Its whole-item classes are scored by exact match (accuracy); its boxes,
// or an item with no reference class, by box F1 (one-to-one, IoU >= 0.5, same class).
struct Reference
{
    Id itemId;
    QStringList classIds;
    QList<Box> boxes;
    bool scoresClasses() const { return !classIds.isEmpty(); }
    bool scoresBoxes() const { return !boxes.isEmpty() || classIds.isEmpty(); }
};

struct Answer
{
    QStringList classIds;
    QList<Box> boxes;
};

// One class's figures: for whole-item classes, how many reference items have it and how many
// of those the person answered right; for boxes, the matching of that class's boxes.
struct ClassFigure
{
    int reference = 0;
    int correct = 0;
    quality::BoxAgreement boxes;
    std::optional<double> recall() const
    {
        return reference > 0 ? std::optional<double>(double(correct) / reference) : std::nullopt;
    }
};

struct Figures
{
    int items = 0;    // reference items
    int answered = 0; // of them, answered
    int classItems = 0;
    int classCorrect = 0;
    quality::BoxAgreement boxes; // pooled over the items scored by boxes
    QMap<Id, ClassFigure> perClass;
    QList<Id> wrongItems; // in reference order
    // Correct classes over every item scored by classes (an unanswered item is wrong).
    std::optional<double> accuracy() const;
    std::optional<double> boxF1() const { return boxes.f1(); }
};

// Whether one answer is right: exact classes, and box F1 at least `boxMark` where boxes count.
bool answerCorrect(const Reference &reference, const std::optional<Answer> &answer, double boxMark);
// The figures of one person's answers (by item id) against the references.
Figures score(const QList<Reference> &references, const QHash<Id, Answer> &answers, double boxMark);
// The pass mark: accuracy >= passAccuracy where classes count, box F1 >= passBoxF1 where boxes
// count (box F1 with no box on either side passes).
bool passes(const Figures &figures, double passAccuracy, double passBoxF1);

// A hint for the next attempt, at the level of classes, never of an item: two classes confused
// (named in a fixed order, so it does not tell which was the reference), objects of a class
// missed, or objects marked that the references do not have.
struct Hint
{
    enum Kind { Confused, Missed, Extra };
    Kind kind = Confused;
    QStringList classIds; // two for Confused (sorted), one otherwise
    int count = 0;
    bool operator==(const Hint &o) const = default;
};
QList<Hint> hints(const QList<Reference> &references, const QHash<Id, Answer> &answers);
QString hintText(const Hint &hint, const std::function<QString(const Id &)> &className);

} // namespace assay::core::calibration
