// SPDX-License-Identifier: Apache-2.0
// TaxonomyModel: the classes of a taxonomy as a tree, with drag and drop to move them.
#include "app/gui/taxonomymodel.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QGuiApplication>

namespace assay::app {

using core::Id;
using core::TaxonomyClass;

static const QString s_mime = QStringLiteral("application/x-assay-class-id");

TaxonomyModel::TaxonomyModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TaxonomyModel::setTaxonomy(const core::Taxonomy &taxonomy)
{
    beginResetModel();
    m_taxonomy = taxonomy;
    m_all = taxonomy.classes;
    m_all.append(taxonomy.archived);
    m_nodes.clear();
    m_nodes.append(Node{});
    QHash<Id, int> nodeOfClass;
    for (int i = 0; i < m_all.size(); ++i) {
        nodeOfClass.insert(m_all.at(i).id, int(m_nodes.size()));
        m_nodes.append(Node{i, 0, {}});
    }
    // Children in the taxonomy's order; a class whose parent is gone sits at the top level.
    for (int n = 1; n < m_nodes.size(); ++n) {
        const Id parentId = m_all.at(m_nodes.at(n).classIndex).parentId;
        const int parent = parentId.isEmpty() ? 0 : nodeOfClass.value(parentId, 0);
        m_nodes[n].parent = parent == n ? 0 : parent;
        m_nodes[m_nodes[n].parent].children.append(n);
    }
    endResetModel();
}

int TaxonomyModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

const TaxonomyClass *TaxonomyModel::classOf(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n > 0 && n < m_nodes.size() ? &m_all.at(m_nodes.at(n).classIndex) : nullptr;
}

Id TaxonomyModel::classId(const QModelIndex &index) const
{
    const TaxonomyClass *c = classOf(index);
    return c ? c->id : Id();
}

QModelIndex TaxonomyModel::indexOf(const Id &classId, int column) const
{
    for (int n = 1; n < m_nodes.size(); ++n) {
        if (m_all.at(m_nodes.at(n).classIndex).id != classId)
            continue;
        const int parent = m_nodes.at(n).parent;
        return createIndex(int(m_nodes.at(parent).children.indexOf(n)), column, quintptr(n));
    }
    return {};
}

QModelIndex TaxonomyModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = nodeOf(parent);
    if (p >= m_nodes.size() || row < 0 || row >= m_nodes.at(p).children.size() || column < 0
        || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(m_nodes.at(p).children.at(row)));
}

QModelIndex TaxonomyModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n <= 0 || n >= m_nodes.size())
        return {};
    const int p = m_nodes.at(n).parent;
    if (p <= 0)
        return {};
    const int grand = m_nodes.at(p).parent;
    return createIndex(int(m_nodes.at(grand).children.indexOf(p)), 0, quintptr(p));
}

int TaxonomyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int n = nodeOf(parent);
    return n < m_nodes.size() ? int(m_nodes.at(n).children.size()) : 0;
}

int TaxonomyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaxonomyModel::data(const QModelIndex &index, int role) const
{
    const TaxonomyClass *c = classOf(index);
    if (!c)
        return {};
    if (role == ClassIdRole)
        return c->id;
    if (role == ArchivedRole)
        return c->archived;
    if (role == Qt::ForegroundRole && c->archived)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && c->archived) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::DecorationRole && index.column() == Colour && !c->colour.isEmpty())
        return QColor(c->colour);
    if (role == Qt::ToolTipRole && c->archived)
        return tr("Archived: no longer offered; its labels keep their name in every version.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return c->name;
    case Colour: return c->colour;
    case Hotkey: return c->hotkey;
    case Description: return c->description;
    case State: return c->archived ? tr("archived") : tr("offered");
    default: return {};
    }
}

QVariant TaxonomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Class");
    case Colour: return tr("Colour");
    case Hotkey: return tr("Hotkey");
    case Description: return tr("Description");
    case State: return tr("State");
    default: return {};
    }
}

Qt::ItemFlags TaxonomyModel::flags(const QModelIndex &index) const
{
    const TaxonomyClass *c = classOf(index);
    if (!c)
        return Qt::ItemIsDropEnabled; // the top level
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!c->archived)
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

QStringList TaxonomyModel::mimeTypes() const
{
    return {s_mime};
}

QMimeData *TaxonomyModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const TaxonomyClass *c = classOf(index);
        if (c && !c->archived) {
            auto *data = new QMimeData;
            data->setData(s_mime, c->id.toUtf8());
            return data;
        }
    }
    return nullptr;
}

bool TaxonomyModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(s_mime) || action != Qt::MoveAction)
        return false;
    const TaxonomyClass *target = classOf(parent);
    if (target && target->archived)
        return false;
    // Not into itself or one of its sub-classes.
    const Id moved = QString::fromUtf8(data->data(s_mime));
    for (int n = nodeOf(parent); n > 0; n = m_nodes.at(n).parent) {
        if (m_all.at(m_nodes.at(n).classIndex).id == moved)
            return false;
    }
    return true;
}

bool TaxonomyModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_move)
        return false;
    const Id moved = QString::fromUtf8(data->data(s_mime));
    const Id parentId = classId(parent);
    // Dropped between rows: before the class at `row`; on a class: its last sub-class.
    Id before;
    const int p = nodeOf(parent);
    if (row >= 0 && row < m_nodes.at(p).children.size()) {
        const Id at = m_all.at(m_nodes.at(m_nodes.at(p).children.at(row)).classIndex).id;
        if (at != moved)
            before = at;
    }
    if (before.isEmpty() && row >= 0 && row < m_nodes.at(p).children.size())
        return false; // dropped onto its own place
    // The view must not remove the dragged row itself: the editor reloads the taxonomy.
    m_move(moved, parentId, before);
    return false;
}

} // namespace assay::app
