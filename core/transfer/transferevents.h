// SPDX-License-Identifier: Apache-2.0
// The bulk event of an import: labels or predictions brought in from another tool.
#pragma once

#include "core/events/eventkind.h"
#include "core/store/bulkhint.h"

#include <QByteArray>

#include <memory>

namespace assay::core {

// Its payload can hold a million boxes, so it is compact JSON text rather than a QJsonObject:
// built and taken apart only through core/transfer/importpayload.h, which defines its layout.
struct DatasetImported final
{
    static constexpr EventKind kind{"dataset.imported", 1, Action::AddItems, /*bulk*/ true};
    QByteArray json;
    // Where the payload's writer put its rows (importpayload.h ImportRowIndex), for the
    // applier of the event being recorded; never stored.
    std::shared_ptr<const store::BulkHint> hint;
};

} // namespace assay::core
