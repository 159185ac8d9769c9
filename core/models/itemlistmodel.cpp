// SPDX-License-Identifier: Apache-2.0
// Paged item list: data() answers from memory; fetchMore() reads the next page from the store.
#include "core/models/itemlistmodel.h"
#include "core/base/tr.h"

#include "core/project/services.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QScopedValueRollback>

namespace assay::core {

QString itemLabel(const Item &item)
{
    if (!item.text.isNull()) {
        QString snippet = item.text.simplified().left(60);
        const int line = item.metadata.value(QLatin1String("line")).toInt();
        return QStringLiteral("%1:%2  %3")
                .arg(QFileInfo(item.path).fileName())
                .arg(line)
                .arg(snippet);
    }
    return QFileInfo(item.path).fileName();
}

ItemListModel::ItemListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ItemListModel::setStore(assay::core::Project *store)
{
    m_store = store;
    reload();
}

void ItemListModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_more = m_store != nullptr;
    endResetModel();
    // The first page is fetched by whoever looks (a view, or itemAt() callers via fetchMore):
    // fetching inside the reset would nest row insertions in the reset's notification.
}

const Item *ItemListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return itemLabel(item);
    case Qt::ToolTipRole: {
        const QLocale locale;
        QString details;
        if (item.kind == ItemKind::Image)
            details = Tr::tr("%1 × %2 px").arg(item.width).arg(item.height);
        else if (item.kind == ItemKind::Audio)
            details = Tr::tr("%1 s").arg(locale.toString(item.durationMs / 1000.0, 'f', 1));
        else
            details = Tr::tr("%1 characters").arg(locale.toString(item.characters));
        return QStringLiteral("%1\n%2 · %3")
                .arg(item.path, details, locale.formattedDataSize(item.byteSize));
    }
    case IdRole: return item.id;
    case KindRole: return itemKindName(item.kind);
    case PathRole: return m_store ? m_store->absoluteMediaPath(item) : item.path;
    case ItemRole: return QVariant::fromValue(item);
    default: return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "itemId");
    names.insert(KindRole, "kind");
    names.insert(PathRole, "path");
    names.insert(ItemRole, "item");
    return names;
}

bool ItemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may call back into fetchMore() from the rowsAboutToBeInserted
    // notification, before the page is appended: that would load the same page twice.
    if (parent.isValid() || !m_more || !m_store || m_fetching)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const qint64 after = m_items.isEmpty() ? 0 : m_items.constLast().seq;
    auto page = m_store->items().page(after, m_pageSize);
    if (!page) {
        m_more = false;
        Q_EMIT loadFailed(page.error().toString());
        return;
    }
    m_more = page->size() == m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + page->size() - 1));
    m_items.append(*page);
    endInsertRows();
}

} // namespace assay::core
