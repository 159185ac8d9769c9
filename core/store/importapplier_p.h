// SPDX-License-Identifier: Apache-2.0
// State handler of the bulk "dataset.imported" event (see importapplier.cpp).
#pragma once

#include "core/result.h"
#include "core/store/eventlog.h"

namespace assay::core::store {
class Database;
namespace state {

Status datasetImported(Database *db, const Event &event, const QByteArray &json);

} // namespace state
} // namespace assay::core::store
