// SPDX-License-Identifier: Apache-2.0
// PeopleDialog: who works on the project — roles, keys, queue progress, gold accuracy,
// recalibration and time per task — and a lead's changes to them.
#pragma once

#include "core/domain/types.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class PeopleDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { Name, Roles, Key, Queue, Time, Gold, Audit, Recalibration, ColumnCount };

    PeopleDialog(core::Project *store, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *rolesButton() const { return m_roles; }
    QPushButton *deactivateButton() const { return m_deactivate; }
    QPushButton *recalibratedButton() const { return m_recalibrated; }
    core::Id currentPerson() const;
    void selectPerson(const core::Id &personId);

    // The actions of the buttons, without their confirmation dialogs (tests call these).
    bool setRoles(const core::Id &personId, const QList<core::Role> &roles);
    bool deactivate(const core::Id &personId);
    bool markRecalibrated(const core::Id &personId);

Q_SIGNALS:
    // The people or their roles changed (the signed-in person's among them, maybe).
    void peopleChanged();

private:
    void addPerson();
    void editRoles();
    void updateButtons();
    void showError(const QString &text);

    core::Project *m_store;
    QList<core::Person> m_people;
    QLabel *m_hint;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_roles;
    QPushButton *m_deactivate;
    QPushButton *m_recalibrated;
};

} // namespace assay::app
