// SPDX-License-Identifier: Apache-2.0
// Boxes of an imported annotation, packed into one row until someone edits them: a million
// imported boxes are then a hundred thousand rows to write, not a million.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QByteArray>

#include <string_view>
#include <vector>

namespace assay::core::store {

class Database;

// One box as the import handler collects it (views into the payload, valid while it lives).
struct PackedBoxInput
{
    std::string_view classId;
    double x = 0, y = 0, w = 0, h = 0;
    std::string_view attributes; // compact JSON object, or empty
};

// Layout, little-endian: u32 version (1), u32 box count, u16 class count, then per class u8
// length + UTF-8 id, then per box u16 class index, 4 x f64 (x, y, w, h), u32 length + UTF-8
// attributes JSON. Box ids are "<annotation id>/<n>", n from 1.
QByteArray packBoxes(const std::vector<PackedBoxInput> &boxes);
// Appends the boxes to `out`; false when the data is damaged.
bool unpackBoxes(const QByteArray &data, const Id &annotationId, QList<Box> *out);

// Moves an annotation's packed boxes into the boxes table (before it is edited); no-op when it
// has none.
Status materializePackedBoxes(Database *db, const QString &annotationId);

} // namespace assay::core::store
