// SPDX-License-Identifier: Apache-2.0
// BoxListModel: rows are the session's boxes in the annotation's order (the order Tab walks).
#include "widgets/canvas/boxlistmodel.h"
#include "core/base/decimal.h"

#include "widgets/session/annotationsession.h"

#include <QColor>
#include <QRectF>

namespace assay::widgets {

void BoxListModel::setSession(AnnotationSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AnnotationSession::annotationReset, this, &BoxListModel::reset);
        connect(m_session, &AnnotationSession::boxAdded, this, &BoxListModel::onBoxAdded);
        connect(m_session, &AnnotationSession::boxRemoved, this, &BoxListModel::onBoxRemoved);
        connect(m_session, &AnnotationSession::boxChanged, this, &BoxListModel::onBoxChanged);
    }
    reset();
}

AnnotationSession *BoxListModel::session() const
{
    return m_session;
}

void BoxListModel::reset()
{
    beginResetModel();
    m_rows.clear();
    if (m_session) {
        for (const core::Box &box : m_session->boxes())
            m_rows.append(box.id);
    }
    endResetModel();
}

// Rows are numbered in their text: a row in the middle coming or going renumbers every row
// after it, which is a reset; a row at the end (a box drawn, the last one deleted) is not.
void BoxListModel::onBoxAdded(const core::Id &boxId, int index)
{
    if (index != m_rows.size()) {
        reset();
        return;
    }
    beginInsertRows({}, index, index);
    m_rows.append(boxId);
    endInsertRows();
}

void BoxListModel::onBoxRemoved(const core::Id &boxId)
{
    const int row = rowOf(boxId);
    if (row < 0)
        return;
    if (row != m_rows.size() - 1) {
        reset();
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void BoxListModel::onBoxChanged(const core::Id &boxId)
{
    if (const int row = rowOf(boxId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void BoxListModel::setTaxonomy(const core::Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int BoxListModel::rowOf(const core::Id &boxId) const
{
    return int(m_rows.indexOf(boxId));
}

int BoxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BoxListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_session)
        return {};
    const int at = m_session->boxIndex(m_rows.at(index.row()));
    if (at < 0)
        return {}; // gone from the session; the row follows in a moment
    const core::Box &box = m_session->boxes().at(at);
    const auto *cls = m_taxonomy.readAs(box.classId);
    const QString name = cls ? cls->name
                             : (box.classId.isEmpty() ? tr("(no class)") : tr("(unknown class)"));
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2  —  %3 × %4")
                .arg(index.row() + 1)
                .arg(name)
                .arg(localDecimal(box.w, 0))
                .arg(localDecimal(box.h, 0));
    case Qt::DecorationRole:
    case ColourRole:
        return cls && QColor(cls->colour).isValid() ? QColor(cls->colour) : QColor(Qt::gray);
    case Qt::ToolTipRole:
        return tr("%1: %2 × %3 pixels at (%4, %5)")
                .arg(name)
                .arg(localDecimal(box.w, 1))
                .arg(localDecimal(box.h, 1))
                .arg(localDecimal(box.x, 1))
                .arg(localDecimal(box.y, 1));
    case BoxIdRole: return box.id;
    case ClassIdRole: return box.classId;
    case ClassNameRole: return name;
    case RectRole: return QRectF(box.x, box.y, box.w, box.h);
    default: return {};
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
