// SPDX-License-Identifier: Apache-2.0
// SyncSettingsDialog: where this copy meets the others (a shared folder or a PostgreSQL
// server) and how often it syncs by itself. The settings belong to the copy, not the team.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace assay::app {

class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SyncSettingsDialog(const QString &spec, int intervalMinutes, QWidget *parent = nullptr);

    QString spec() const; // "folder:PATH" or "postgres:URL"
    int intervalMinutes() const;

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *locationEdit() const { return m_location; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *keepPasswordBox() const { return m_keepPassword; }

    // Keeps the password typed for a server in the system keyring (on OK); false, with the
    // reason shown, when there is no keyring to keep it in.
    bool storePassword();

private:
    void kindChanged();
    void validate();

    QComboBox *m_kind;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QSpinBox *m_interval;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_keepPassword;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace assay::app
