// SPDX-License-Identifier: Apache-2.0
// Names of roles and states as people read them, in their language. The names in types.h
// ("annotator", "in-qa") are the stable ones of the log, the files and the command line.
#pragma once

#include "core/domain/types.h"

namespace assay::core {

QString roleTitle(Role role);
QString batchStateTitle(BatchState state);
QString taskStateTitle(TaskState state);
// A quality verdict ("pass", "fail", "undefined"), and any text after it, as people read it.
QString verdictTitle(const QString &verdict);

} // namespace assay::core
