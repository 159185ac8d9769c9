// SPDX-License-Identifier: Apache-2.0
// The items behind a figure, each opened beside the list.
#include "app/gui/itemsdialog.h"

#include "app/gui/dialoggeometry.h"
#include "core/project/services.h"
#include "widgets/preview/itempreview.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

ItemsDialog::ItemsDialog(Project *store, const QString &title, const QStringList &itemIds,
                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_ids(itemIds)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_preview(new widgets::ItemPreview(this))
{
    setObjectName(QStringLiteral("itemsDialog"));
    setWindowTitle(title);
    m_summary->setWordWrap(true);
    m_summary->setText(itemIds.isEmpty()
                               ? tr("%1: no items.").arg(title)
                               : tr("%1: %n item(s).", nullptr, int(itemIds.size())).arg(title));
    m_list->setObjectName(QStringLiteral("drillItems"));
    for (const QString &id : itemIds) {
        auto item = m_store->items().item(id);
        auto *row = new QListWidgetItem(item ? QFileInfo(item->path).fileName() : id, m_list);
        row->setToolTip(item ? item->path : item.error().message);
        row->setData(Qt::UserRole, id);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &ItemsDialog::showCurrent);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(close);
    rememberGeometry(this, QStringLiteral("items"), {820, 520});
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ItemsDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_ids.size()) {
        m_preview->clear();
        return;
    }
    if (auto item = m_store->items().item(m_ids.at(row)))
        m_preview->showItem(*item, m_store->absoluteMediaPath(*item));
}

} // namespace assay::app
