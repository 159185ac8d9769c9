// SPDX-License-Identifier: Apache-2.0
// Queries shared by the files that implement ProjectStore (not part of its API).
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

namespace assay::core::store {

class Database;

// Annotations with their classes and boxes; `where` is an SQL condition on ?1 = arg.
Result<QList<Annotation>> queryAnnotations(Database *db, const char *where, const QString &arg);

// Every (table, column) whose foreign key points at items(id): what keeps an item in place.
struct ItemReference
{
    QString table;
    QString column;
};
Result<QList<ItemReference>> itemReferences(Database *db);

} // namespace assay::core::store
