// SPDX-License-Identifier: Apache-2.0
// Gold scoring as part of applying a task set done (called by the work service's applier).
#pragma once

#include "core/result.h"
#include "core/store/eventlog.h"

namespace assay::core {

namespace store {
class Database;
}

// A gold or calibration task set done is scored against its item's reference answer, from
// the state as it is at this event: a replay meets the same state and gives the same score.
Status scoreTask(store::Database *db, const store::Event &e, const QString &taskId);

} // namespace assay::core
