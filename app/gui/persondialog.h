// SPDX-License-Identifier: Apache-2.0
// PersonDialog: adds one person — name, roles, and a key made here or a public key given.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace assay::core {
class Project;
}

namespace assay::app {

class RoleChecks;

class PersonDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class KeyMode { Generate, Register, None };

    PersonDialog(core::Project *store, QWidget *parent = nullptr);

    // Records the person (and their key) from the fields; the dialog stays open on failure.
    Result<core::Person> addPerson();
    void accept() override;
    const core::Person &added() const { return m_added; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    RoleChecks *roleChecks() const { return m_roles; }
    void setKeyMode(KeyMode mode);
    QLineEdit *publicKeyEdit() const { return m_publicKey; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString errorText() const;

private:
    void updateFields();
    Result<QString> keyText(); // the public key to register, made here when asked to

    core::Project *m_store;
    core::Person m_added;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    RoleChecks *m_roles;
    QRadioButton *m_generate;
    QRadioButton *m_register;
    QRadioButton *m_none;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLineEdit *m_publicKey;
    QLabel *m_error;
};

} // namespace assay::app
