// SPDX-License-Identifier: Apache-2.0
// RoleChecks: one check box per role, each saying what the role does.
#pragma once

#include "core/domain/types.h"

#include <QWidget>

class QCheckBox;

namespace assay::app {

class RoleChecks final : public QWidget
{
    Q_OBJECT

public:
    explicit RoleChecks(QWidget *parent = nullptr);

    QList<core::Role> roles() const;
    void setRoles(const QList<core::Role> &roles);
    QCheckBox *box(core::Role role) const;

Q_SIGNALS:
    void changed();

private:
    QList<QCheckBox *> m_boxes; // in the order of core::allRoles()
};

} // namespace assay::app
