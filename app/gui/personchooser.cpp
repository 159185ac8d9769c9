// SPDX-License-Identifier: Apache-2.0
// Person chooser dialog.
#include "app/gui/personchooser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QVBoxLayout>

namespace assay::app {

PersonChooser::PersonChooser(const QList<core::Person> &people, const core::Id &preselected,
                             QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Who Is Working?"));
    setObjectName(QStringLiteral("personChooser"));
    for (const core::Person &p : people) {
        if (!p.active)
            continue;
        QStringList roles;
        for (core::Role r : p.roles)
            roles.append(core::roleName(r));
        auto *row = new QListWidgetItem(QStringLiteral("%1  (%2)")
                                                .arg(p.displayName,
                                                     roles.join(QStringLiteral(", "))),
                                        m_list);
        row->setData(Qt::UserRole, p.id);
        if (p.id == preselected)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your work is recorded under the name you choose."), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

core::Id PersonChooser::chosen() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString()
                                 : core::Id();
}

core::Id PersonChooser::remembered(const core::Id &projectId)
{
    return QSettings().value(QStringLiteral("person/") + projectId).toString();
}

void PersonChooser::remember(const core::Id &projectId, const core::Id &personId)
{
    QSettings().setValue(QStringLiteral("person/") + projectId, personId);
}

} // namespace assay::app
