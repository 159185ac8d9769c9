// SPDX-License-Identifier: Apache-2.0
// TaxonomyModel: the classes of a taxonomy as a tree (parent classes), archived ones last;
// a drop re-parents or reorders a class through the taxonomy service.
#pragma once

#include "core/domain/types.h"

#include <QAbstractItemModel>

#include <functional>

namespace assay::app {

class TaxonomyModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Colour, Hotkey, Description, State, ColumnCount };
    enum Role { ClassIdRole = Qt::UserRole + 1, ArchivedRole };

    explicit TaxonomyModel(QObject *parent = nullptr);

    void setTaxonomy(const core::Taxonomy &taxonomy);
    const core::Taxonomy &taxonomy() const { return m_taxonomy; }
    // What a drop does: move `classId` under `parentId` (empty: top level), before `before`
    // (empty: last). The editor records it; false: refused (the message is the editor's).
    void setMoveHandler(std::function<bool(const core::Id &classId, const core::Id &parentId,
                                           const core::Id &before)>
                                handler)
    {
        m_move = std::move(handler);
    }

    QModelIndex indexOf(const core::Id &classId, int column = Name) const;
    core::Id classId(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Node
    {
        int classIndex = -1; // into m_all; -1: the root
        int parent = -1;     // node index
        QList<int> children; // node indexes
    };
    const core::TaxonomyClass *classOf(const QModelIndex &index) const;
    int nodeOf(const QModelIndex &index) const;

    core::Taxonomy m_taxonomy;
    QList<core::TaxonomyClass> m_all; // offered classes, then archived ones
    QList<Node> m_nodes;              // node 0 is the root
    std::function<bool(const core::Id &, const core::Id &, const core::Id &)> m_move;
};

} // namespace assay::app
