// SPDX-License-Identifier: Apache-2.0
// The bulk event of an import: labels or predictions brought in from another tool.
#pragma once

#include "core/events/eventkind.h"

#include <QByteArray>

namespace assay::core {

// Its payload can hold a million boxes, so it is compact JSON text, written by the import
// (core/transfer/datasetimport.cpp) and read with simdjson straight into the tables by its
// applier (core/transfer/importstate.cpp); see the layout there.
struct DatasetImported final
{
    static constexpr EventKind kind{"dataset.imported", 1, Action::AddItems, false, /*bulk*/ true};
    QByteArray json;
};

} // namespace assay::core
