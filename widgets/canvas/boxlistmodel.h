// SPDX-License-Identifier: Apache-2.0
// BoxListModel: the boxes of one annotation as a list, each with its class colour and name.
#pragma once

#include "core/domain/types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace assay::widgets {

class AnnotationSession;

// Rows follow an AnnotationSession's boxes as they change; the values are read from the session,
// the model keeps only the order of its rows (a view asks for rows while the session changes).
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

    void setSession(AnnotationSession *session); // not owned; nullptr: no rows
    AnnotationSession *session() const;
    void setTaxonomy(const core::Taxonomy &taxonomy);
    int rowOf(const core::Id &boxId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reset();
    void onBoxAdded(const core::Id &boxId, int index);
    void onBoxRemoved(const core::Id &boxId);
    void onBoxChanged(const core::Id &boxId);

    QPointer<AnnotationSession> m_session;
    QList<core::Id> m_rows;
    core::Taxonomy m_taxonomy;
};

} // namespace assay::widgets
