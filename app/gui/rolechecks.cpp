// SPDX-License-Identifier: Apache-2.0
// Role check boxes in two columns, with what each role is for as its tooltip.
#include "app/gui/rolechecks.h"
#include "core/domain/displaynames.h"

#include <QCheckBox>
#include <QGridLayout>

namespace assay::app {

using namespace assay::core;

static QString roleTip(Role role)
{
    switch (role) {
    case Role::Annotator: return RoleChecks::tr("Works a queue of tasks");
    case Role::Reviewer: return RoleChecks::tr("Reviews other people's answers");
    case Role::Lead:
        return RoleChecks::tr("Manages people, batches and gold; accepts or rejects batches");
    case Role::Trainer: return RoleChecks::tr("Runs calibration; clears recalibrations");
    case Role::Author: return RoleChecks::tr("Edits the taxonomy and the guidelines");
    case Role::Adjudicator:
        return RoleChecks::tr("Decides escalated and contested items, with a justification");
    case Role::Admin: return RoleChecks::tr("May do everything, including project settings");
    }
    return {};
}

RoleChecks::RoleChecks(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(roleTitle(all.at(i)), this);
        box->setObjectName(QStringLiteral("role_%1").arg(roleName(all.at(i))));
        box->setToolTip(roleTip(all.at(i)));
        connect(box, &QCheckBox::toggled, this, &RoleChecks::changed);
        grid->addWidget(box, i / 3, i % 3);
        m_boxes.append(box);
    }
}

QList<Role> RoleChecks::roles() const
{
    QList<Role> result;
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            result.append(all.at(i));
    }
    return result;
}

void RoleChecks::setRoles(const QList<Role> &roles)
{
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i)
        m_boxes.at(i)->setChecked(roles.contains(all.at(i)));
}

QCheckBox *RoleChecks::box(Role role) const
{
    return m_boxes.value(int(allRoles().indexOf(role)));
}

} // namespace assay::app
