// SPDX-License-Identifier: Apache-2.0
// ItemListModel: a project's items as a list model, loaded page by page as the view scrolls.
#pragma once

#include "core/domain/types.h"

#include <QAbstractListModel>

namespace assay::core {
class Project;
}

namespace assay::core {

class ItemListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        KindRole, // QString: "image", "text", "audio"
        PathRole, // absolute path of the media file
        ItemRole, // QVariant of assay::core::Item
    };

    explicit ItemListModel(QObject *parent = nullptr);

    // The store must outlive the model (or be replaced first); nullptr empties the model.
    void setStore(assay::core::Project *store);
    void reload();
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = size; }

    const Item *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    assay::core::Project *m_store = nullptr;
    QList<Item> m_items;
    bool m_more = false;
    bool m_fetching = false;
    int m_pageSize = 512;
};

// A short label for a list: the file name, or the first words of an inline document.
QString itemLabel(const Item &item);

} // namespace assay::core

Q_DECLARE_METATYPE(assay::core::Item)
