// SPDX-License-Identifier: Apache-2.0
#include "app/gui/syncsettingsdialog.h"
#include "app/keys/keyring.h"
#include "core/sync/postgresremote.h"
#include "core/sync/remotespec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace assay::app {

using core::sync::RemoteKind;

SyncSettingsDialog::SyncSettingsDialog(const QString &spec, int intervalMinutes, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_interval(new QSpinBox(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_keepPassword(new QCheckBox(tr("Keep it in the system &keyring"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sync Settings"));
    m_kind->addItem(tr("A shared folder"), int(RemoteKind::Folder));
    m_kind->addItem(tr("A PostgreSQL server"), int(RemoteKind::Postgres));
    m_kind->setToolTip(tr("A network drive or a folder a file-sync tool keeps in step, or a"
                          " server the team's lead set up with \"assay server init\""));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when I ask"));
    m_interval->setToolTip(tr("Sync by itself this often while the project is open; a remote"
                              " that cannot be reached is only noted in the status bar"));
    m_interval->setValue(intervalMinutes);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setPlaceholderText(tr("Leave empty to use the keyring's, ~/.pgpass or PGPASSWORD"));
    m_password->setToolTip(tr("Kept in the system keyring for this server, port, user and"
                              " database; never in the project or its settings"));
    m_passwordLabel->setBuddy(m_password);
    m_keepPassword->setChecked(true);
    m_keepPassword->setToolTip(keyring::passwordStoreAvailable()
                                       ? tr("Sync looks it up there when the settings name no"
                                            " password")
                                       : tr("No keyring answers on this machine: put the password"
                                            " in ~/.pgpass instead"));
    m_keepPassword->setEnabled(keyring::passwordStoreAvailable());
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));

    if (auto parsed = core::sync::parseRemoteSpec(spec)) {
        m_kind->setCurrentIndex(m_kind->findData(int(parsed->kind)));
        m_location->setText(parsed->location);
    }
    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Copies meet in:"), m_kind);
    auto *whereLabel = new QLabel(tr("&Where:"), this);
    whereLabel->setBuddy(m_location); // a layout as the field: the label needs its buddy named
    form->addRow(whereLabel, where);
    auto *password = new QVBoxLayout;
    password->addWidget(m_password);
    password->addWidget(m_keepPassword);
    form->addRow(m_passwordLabel, password);
    form->addRow(tr("Sync &every:"), m_interval);
    auto *note = new QLabel(tr("Each person syncs their own copy. What a person may not read is"
                               " never written to a shared folder in clear."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SyncSettingsDialog::kindChanged);
    connect(m_location, &QLineEdit::textChanged, this, &SyncSettingsDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Shared Folder"),
                                                              m_location->text());
        if (!dir.isEmpty())
            m_location->setText(dir);
    });
    connect(m_password, &QLineEdit::textChanged, this, &SyncSettingsDialog::validate);
    connect(m_keepPassword, &QCheckBox::toggled, this, &SyncSettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (storePassword())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
    resize(560, sizeHint().height());
}

void SyncSettingsDialog::kindChanged()
{
    const bool folder = m_kind->currentData().toInt() == int(RemoteKind::Folder);
    m_browse->setVisible(folder);
    m_passwordLabel->setVisible(!folder);
    m_password->setVisible(!folder);
    m_keepPassword->setVisible(!folder);
    m_location->setPlaceholderText(folder ? tr("/mnt/team/assay-shared")
                                          : tr("postgresql://host/dbname?sslmode=require"));
    m_location->setToolTip(folder ? tr("The folder every copy of the project syncs through")
                                  : tr("A libpq connection string or URI; the password comes"
                                       " from the keyring, ~/.pgpass or PGPASSWORD, never from"
                                       " here"));
    validate();
}

QString SyncSettingsDialog::spec() const
{
    core::sync::RemoteSpec s;
    s.kind = RemoteKind(m_kind->currentData().toInt());
    s.location = m_location->text().trimmed();
    return s.toString();
}

int SyncSettingsDialog::intervalMinutes() const
{
    return m_interval->value();
}

void SyncSettingsDialog::validate()
{
    auto parsed = core::sync::parseRemoteSpec(spec());
    QString problem = parsed ? QString() : parsed.error().message;
    if (parsed && parsed->kind == RemoteKind::Postgres
        && (parsed->location.contains(QLatin1String("password"), Qt::CaseInsensitive)
            || !QUrl(parsed->location).password().isEmpty()))
        problem = tr("Keep the password out of the settings: type it below (the keyring) or put"
                     " it in ~/.pgpass");
    if (problem.isEmpty() && !m_password->text().isEmpty() && !m_keepPassword->isChecked())
        problem = tr("A password is only kept in the keyring: tick the box, or clear it and use"
                     " ~/.pgpass");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

bool SyncSettingsDialog::storePassword()
{
    auto parsed = core::sync::parseRemoteSpec(spec());
    if (!parsed || parsed->kind != RemoteKind::Postgres || m_password->text().isEmpty())
        return true;
    const QString entry = core::sync::PostgresRemote::credentialEntryFor(parsed->location);
    if (!keyring::savePassword(entry, m_password->text())) {
        m_problem->setText(tr("No keyring could keep the password on this machine: put it in"
                              " ~/.pgpass (host:port:database:user:password) instead"));
        m_problem->setVisible(true);
        return false;
    }
    m_password->clear();
    return true;
}

} // namespace assay::app
