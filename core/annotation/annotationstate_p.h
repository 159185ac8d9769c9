// SPDX-License-Identifier: Apache-2.0
// Annotation reads shared by the services that report on answers (work, transfer).
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

namespace assay::core {

namespace store {
class Database;
}

// Annotations with their classes and boxes; `where` is an SQL condition on ?1 = arg.
Result<QList<Annotation>> queryAnnotations(store::Database *db, const char *where,
                                           const QString &arg);

} // namespace assay::core
