// SPDX-License-Identifier: Apache-2.0
// What keeps an item in place: the references the item service and its applier both check.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace assay::core {

namespace store {
class Database;
}

// Every (table, column) whose foreign key points at items(id).
struct ItemReference
{
    QString table;
    QString column;
};
Result<QList<ItemReference>> itemReferences(store::Database *db);

} // namespace assay::core
