// SPDX-License-Identifier: Apache-2.0
#include "app/gui/listtable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace assay::app {

void setUpListTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace assay::app
