// SPDX-License-Identifier: Apache-2.0
// BoxListModel: the boxes of one annotation as a list, each with its class colour and name.
#pragma once

#include "core/domain/types.h"

#include <QAbstractListModel>

namespace assay::widgets {

class BoxListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        BoxIdRole = Qt::UserRole + 1,
        ClassIdRole,
        ClassNameRole,
        ColourRole,
        RectRole, // QRectF in image pixels
    };

    using QAbstractListModel::QAbstractListModel;

    void setBoxes(const QList<core::Box> &boxes);
    void setTaxonomy(const core::Taxonomy &taxonomy);
    const QList<core::Box> &boxes() const { return m_boxes; }
    int rowOf(const core::Id &boxId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<core::Box> m_boxes;
    core::Taxonomy m_taxonomy;
};

} // namespace assay::widgets
