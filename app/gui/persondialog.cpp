// SPDX-License-Identifier: Apache-2.0
// Adding a person: the same key code as the command line (`assay keys new`) and sign-in use.
#include "app/gui/persondialog.h"

#include "app/gui/dialoggeometry.h"
#include "app/gui/rolechecks.h"
#include "app/keys/keyring.h"
#include "core/identity/keystore.h"
#include "core/project/services.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

PersonDialog::PersonDialog(Project *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_roles(new RoleChecks(this))
    , m_generate(new QRadioButton(tr("&Make a new key on this computer"), this))
    , m_register(new QRadioButton(tr("&Register a public key the person sent"), this))
    , m_none(new QRadioButton(tr("No key &yet (they cannot sign in until one is registered)"), this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(tr("Add Person"));
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setPlaceholderText(tr("a short name to sign in with, e.g. alice"));
    m_displayName->setPlaceholderText(tr("as shown in the window, e.g. Alice Martin"));
    m_roles->setRoles({Role::Annotator});
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("protects the key file"));
    m_repeat->setPlaceholderText(tr("the same passphrase once more"));
    m_publicKey->setObjectName(QStringLiteral("publicKey"));
    m_publicKey->setPlaceholderText(tr("the text `assay keys new NAME` printed"));
    m_error->setObjectName(QStringLiteral("personError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *b : {m_generate, m_register, m_none}) {
        modes->addButton(b);
        connect(b, &QRadioButton::toggled, this, &PersonDialog::updateFields);
    }
    m_generate->setToolTip(
            tr("The secret key stays on this computer (%1): whoever signs in here as the person "
               "needs its passphrase.")
                    .arg(QDir::toNativeSeparators(identity::KeyStore::defaultDirectory())));
    m_register->setToolTip(tr("The person made their key on their own computer and sent you its "
                              "public half; the secret half never leaves their computer."));
    m_generate->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("Roles:"), m_roles);
    form->addRow(tr("Key:"), m_generate);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(QString(), m_register);
    form->addRow(tr("Public &key:"), m_publicKey);
    form->addRow(QString(), m_none);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    rememberGeometry(this, QStringLiteral("person"), {560, 420});
    updateFields();
}

void PersonDialog::setKeyMode(KeyMode mode)
{
    (mode == KeyMode::Generate   ? m_generate
     : mode == KeyMode::Register ? m_register
                                 : m_none)
            ->setChecked(true);
}

void PersonDialog::updateFields()
{
    m_passphrase->setEnabled(m_generate->isChecked());
    m_repeat->setEnabled(m_generate->isChecked());
    m_publicKey->setEnabled(m_register->isChecked());
}

QString PersonDialog::errorText() const
{
    return m_error->text();
}

Result<QString> PersonDialog::keyText()
{
    if (m_none->isChecked())
        return QString();
    if (m_register->isChecked()) {
        const QString text = m_publicKey->text().trimmed();
        if (text.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("paste the person's public key"));
        return text;
    }
    const QString name = m_name->text().trimmed();
    if (m_passphrase->text().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("choose a passphrase for the key"));
    if (m_passphrase->text() != m_repeat->text())
        return makeError(ErrorCode::InvalidInput, tr("the two passphrases differ"));
    if (!identity::KeyStore::isValidName(name))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" cannot name a key file (letters, digits, . _ -)").arg(name));
    const identity::KeyStore keys;
    if (QFileInfo::exists(keys.fileFor(name))) {
        // A key of that name is on this computer already: it is the person's, unless they say
        // otherwise by registering another.
        auto pub = keys.publicKeys(name);
        if (!pub)
            return pub.error();
        return pub->toText();
    }
    auto secret = identity::SecretKeys::generate();
    if (!secret)
        return secret.error();
    ASSAY_TRY(keys.save(name, *secret, m_passphrase->text().toUtf8()));
    keyring::save(name, *secret);
    return secret->publicKeys().toText();
}

Result<Person> PersonDialog::addPerson()
{
    if (!m_store)
        return makeError(ErrorCode::InvalidInput, tr("no project is open"));
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("a person needs a name"));
    if (m_store->people().person(name))
        return makeError(ErrorCode::Conflict, tr("%1 is already in the project").arg(name));
    auto key = keyText();
    if (!key)
        return key.error();
    return m_store->people().addPerson(name, m_displayName->text().trimmed(), m_roles->roles(),
                                       *key);
}

void PersonDialog::accept()
{
    auto added = addPerson();
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return;
    }
    m_added = *added;
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

} // namespace assay::app
