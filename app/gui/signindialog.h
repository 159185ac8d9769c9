// SPDX-License-Identifier: Apache-2.0
// SignInDialog: who is working, proven by their key — from the keyring without a question, or
// from their key file with its passphrase. The last person signed in is preselected.
#pragma once

#include "core/domain/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    // Signs the chosen person in to `project` (Project::signIn) before it closes accepted.
    SignInDialog(core::Project &project, const core::Id &preselected, QWidget *parent = nullptr);

    void accept() override;
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QListWidget *peopleList() const { return m_list; }
    // The last message (why signing in failed), empty when none.
    QString message() const;

    // The person last signed in to a project on this machine (QSettings), and remembering one.
    static core::Id remembered(const core::Id &projectId);
    static void remember(const core::Id &projectId, const core::Id &personId);

private:
    void updateHint();

    core::Project &m_project;
    QListWidget *m_list;
    QLineEdit *m_passphrase;
    QLabel *m_hint;
    QLabel *m_message;
};

} // namespace assay::app
