// SPDX-License-Identifier: Apache-2.0
// BoxListModel: rows are boxes in the annotation's order (the order Tab walks).
#include "widgets/canvas/boxlistmodel.h"

#include <QColor>
#include <QRectF>

namespace assay::widgets {

void BoxListModel::setBoxes(const QList<core::Box> &boxes)
{
    // Same ids in the same order: only values changed, and views keep selection and scroll.
    bool sameRows = boxes.size() == m_boxes.size();
    for (qsizetype i = 0; sameRows && i < boxes.size(); ++i)
        sameRows = boxes.at(i).id == m_boxes.at(i).id;
    if (sameRows) {
        m_boxes = boxes;
        if (!m_boxes.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_boxes.size()) - 1));
        return;
    }
    beginResetModel();
    m_boxes = boxes;
    endResetModel();
}

void BoxListModel::setTaxonomy(const core::Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
    if (!m_boxes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_boxes.size()) - 1));
}

int BoxListModel::rowOf(const core::Id &boxId) const
{
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i).id == boxId)
            return int(i);
    }
    return -1;
}

int BoxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boxes.size());
}

QVariant BoxListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Box &box = m_boxes.at(index.row());
    const auto *cls = m_taxonomy.findById(box.classId);
    const QString name
        = cls ? cls->name : (box.classId.isEmpty() ? tr("(no class)") : tr("(unknown class)"));
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2  —  %3 × %4")
            .arg(index.row() + 1)
            .arg(name)
            .arg(box.w, 0, 'f', 0)
            .arg(box.h, 0, 'f', 0);
    case Qt::DecorationRole:
    case ColourRole:
        return cls && QColor(cls->colour).isValid() ? QColor(cls->colour) : QColor(Qt::gray);
    case Qt::ToolTipRole:
        return tr("%1: %2 × %3 pixels at (%4, %5)")
            .arg(name)
            .arg(box.w, 0, 'f', 1)
            .arg(box.h, 0, 'f', 1)
            .arg(box.x, 0, 'f', 1)
            .arg(box.y, 0, 'f', 1);
    case BoxIdRole:
        return box.id;
    case ClassIdRole:
        return box.classId;
    case ClassNameRole:
        return name;
    case RectRole:
        return QRectF(box.x, box.y, box.w, box.h);
    default:
        return {};
    }
}

QHash<int, QByteArray> BoxListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(BoxIdRole, "boxId");
    names.insert(ClassIdRole, "classId");
    names.insert(ClassNameRole, "className");
    names.insert(ColourRole, "colour");
    names.insert(RectRole, "rect");
    return names;
}

} // namespace assay::widgets
