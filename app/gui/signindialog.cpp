// SPDX-License-Identifier: Apache-2.0
// Sign-in dialog: the keyring first, silently; otherwise the key file and its passphrase.
#include "app/gui/signindialog.h"
#include "core/domain/displaynames.h"

#include "app/keys/keyring.h"
#include "core/identity/keystore.h"
#include "core/project/services.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace assay::app {

SignInDialog::SignInDialog(core::Project &project, const core::Id &preselected, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_list(new QListWidget(this))
    , m_passphrase(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign In"));
    setObjectName(QStringLiteral("signInDialog"));
    auto people = project.people().people();
    for (const core::Person &p : people ? *people : QList<core::Person>()) {
        if (!p.active)
            continue;
        QStringList roles;
        for (core::Role r : p.roles)
            roles.append(core::roleTitle(r));
        auto *row = new QListWidgetItem(QStringLiteral("%1  (%2)")
                                                .arg(p.displayName,
                                                     roles.join(QStringLiteral(", "))),
                                        m_list);
        row->setData(Qt::UserRole, p.id);
        row->setData(Qt::UserRole + 1, p.name);
        if (p.id == preselected)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a message naming a long key file path, so the dialog need not grow.
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        m_message->clear();
        m_passphrase->clear();
        updateHint();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_passphrase->setFocus(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your work is recorded under your name and your key: choose"
                                    " who you are and unlock your key."),
                                 this));
    layout->addWidget(m_list);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateHint();
    m_passphrase->setFocus();
    resize(480, 400);
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::updateHint()
{
    const QListWidgetItem *row = m_list->currentItem();
    if (!row) {
        m_hint->clear();
        return;
    }
    const QString name = row->data(Qt::UserRole + 1).toString();
    const QString file = core::identity::KeyStore().fileFor(name);
    m_hint->setText(QFileInfo::exists(file)
                            ? tr("The passphrase of %1's key file, %2.")
                                      .arg(name, QDir::toNativeSeparators(file))
                            : tr("There is no key file for %1 on this machine (%2); the keyring"
                                 " is tried.")
                                      .arg(name, QDir::toNativeSeparators(file)));
}

void SignInDialog::accept()
{
    const QListWidgetItem *row = m_list->currentItem();
    if (!row)
        return;
    const core::Id id = row->data(Qt::UserRole).toString();
    const QString name = row->data(Qt::UserRole + 1).toString();
    // The keyring, when it holds the person's registered key, needs no passphrase.
    if (auto keys = keyring::load(name); keys && m_project.signIn(id, *keys)) {
        remember(m_project.info().projectId, id);
        QDialog::accept();
        return;
    }
    const core::identity::KeyStore store;
    auto publicKeys = store.publicKeys(name);
    if (!publicKeys) {
        m_message->setText(publicKeys.error().toString());
        return;
    }
    if (const Status st = m_project.checkKey(id, *publicKeys); !st) {
        m_message->setText(
                tr("%1 (the key in %2)")
                        .arg(st.error().message, QDir::toNativeSeparators(store.fileFor(name))));
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    if (passphrase.isEmpty()) {
        m_message->setText(tr("Enter the passphrase of %1's key.").arg(name));
        m_passphrase->setFocus();
        return;
    }
    auto keys = store.load(name, passphrase);
    passphrase.fill('\0');
    m_passphrase->clear();
    if (!keys) {
        m_message->setText(keys.error().toString());
        m_passphrase->setFocus();
        return;
    }
    if (const Status st = m_project.signIn(id, *keys); !st) {
        m_message->setText(st.error().toString());
        return;
    }
    remember(m_project.info().projectId, id);
    QDialog::accept();
}

core::Id SignInDialog::remembered(const core::Id &projectId)
{
    return QSettings().value(QStringLiteral("person/") + projectId).toString();
}

void SignInDialog::remember(const core::Id &projectId, const core::Id &personId)
{
    QSettings().setValue(QStringLiteral("person/") + projectId, personId);
}

} // namespace assay::app
