// SPDX-License-Identifier: Apache-2.0
// The read-only list tables of the lead's dialogs (people, batches, gold, flags), set up alike.
#pragma once

#include <QStringList>

class QTableWidget;

namespace assay::app {

// Read-only, one row selected at a time, no row numbers, the last column stretched.
void setUpListTable(QTableWidget *table, const QStringList &headers);

} // namespace assay::app
