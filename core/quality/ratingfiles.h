// SPDX-License-Identifier: Apache-2.0
// Reads rating and box CSV files (the command line's input) into the quality value types.
#pragma once

#include "core/quality/boxmatching.h"
#include "core/quality/ratingset.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace assay::core::quality {

// Ratings file: header "item,rater,label", one row per rating; a missing rating is simply an
// absent row. Header names are matched without surrounding spaces, case-insensitively, in
// this order. Every row has exactly three fields, none empty. A second row for the same
// (item, rater) is an error naming both lines (see RatingSet for why repeats are refused).
Result<QList<Rating>> readRatingsCsv(const QString &path);
Result<QList<Rating>> parseRatingsCsv(const QString &text, const QString &path = {});
// The same file straight into the indexed set: names are interned from the CSV reader's byte
// views, so a file of a million ratings makes one string per distinct name, not per field.
Result<RatingSet> readRatingSetCsv(const QString &path);

// Boxes file: header "image,rater,x,y,w,h,label", absolute pixels, one row per box; x, y
// finite numbers, w and h finite and >= 0. The label becomes Box::classId; the box id is
// "line N" so that messages can point back at the row.
Result<QList<RatedBox>> readBoxesCsv(const QString &path);
Result<QList<RatedBox>> parseBoxesCsv(const QString &text, const QString &path = {});

} // namespace assay::core::quality
