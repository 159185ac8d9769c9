// SPDX-License-Identifier: Apache-2.0
// ItemsDialog: the items behind a figure — a list, and the selected item beside it.
#pragma once

#include "core/domain/types.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace assay::core {
class Project;
}

namespace assay::widgets {
class ItemPreview;
}

namespace assay::app {

class ItemsDialog final : public QDialog
{
    Q_OBJECT

public:
    ItemsDialog(core::Project *store, const QString &title, const QStringList &itemIds,
                QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    widgets::ItemPreview *preview() const { return m_preview; }
    QStringList itemIds() const { return m_ids; }

private:
    void showCurrent();

    core::Project *m_store;
    QStringList m_ids;
    QLabel *m_summary;
    QListWidget *m_list;
    widgets::ItemPreview *m_preview;
};

} // namespace assay::app
