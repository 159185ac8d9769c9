// SPDX-License-Identifier: Apache-2.0
// The people of a project in a table; figures only where the reader may read them, and every
// "–" with its reason in the tooltip.
#include "app/gui/peopledialog.h"
#include "core/domain/displaynames.h"
#include "core/report/reportservice.h"
#include "app/gui/listtable.h"

#include "app/gui/dialoggeometry.h"
#include "app/gui/permissionhint.h"
#include "app/gui/persondialog.h"
#include "app/gui/rolechecks.h"
#include "core/project/services.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

static QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

// A figure that is not there: a dash, and why.
static QTableWidgetItem *missing(const QString &why)
{
    auto *item = cell(QStringLiteral("–"), why);
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

PeopleDialog::PeopleDialog(Project *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_hint(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Person…"), this))
    , m_roles(new QPushButton(tr("Change &Roles…"), this))
    , m_deactivate(new QPushButton(tr("&Deactivate…"), this))
    , m_recalibrated(new QPushButton(tr("Mark Re&calibrated"), this))
{
    setObjectName(QStringLiteral("peopleDialog"));
    setWindowTitle(tr("People"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("peopleHint"));
    setUpListTable(m_table, {tr("Person"), tr("Roles"), tr("Key"), tr("Queue"), tr("Time per task"),
                             tr("Gold accuracy"), tr("Audit accuracy"), tr("Recalibration")});
    m_table->setAccessibleName(tr("People"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_roles, &QPushButton::clicked, this, &PeopleDialog::editRoles);
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        const Id id = currentPerson();
        if (id.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Deactivate"),
                                  tr("Take every role from %1 and revoke their key? Their work "
                                     "stays in the project; they can no longer sign in or act.")
                                          .arg(m_table->item(m_table->currentRow(), Name)->text()))
            == QMessageBox::Yes)
            deactivate(id);
    });
    connect(m_recalibrated, &QPushButton::clicked, this,
            [this] { markRecalibrated(currentPerson()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (m_roles->isEnabled())
            editRoles();
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_roles, m_deactivate, m_recalibrated})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    rememberGeometry(this, QStringLiteral("people"), {980, 440});
    reload();
}

Id PeopleDialog::currentPerson() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_people.size() ? m_people.at(row).id : Id();
}

void PeopleDialog::selectPerson(const Id &personId)
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId)
            m_table->selectRow(row);
    }
}

void PeopleDialog::reload()
{
    const Id selected = currentPerson();
    m_table->setRowCount(0);
    m_people.clear();
    if (!m_store)
        return;
    auto people = m_store->people().people();
    if (!people) {
        showError(people.error().toString());
        return;
    }
    m_people = *people;
    const Person &reader = m_store->actor();
    const QLocale locale;
    const QString noQueues = refusal(reader, Read::OthersQueues);
    const QString noScores = refusal(reader, Read::Scores);
    // Audit accuracy: the share of a person's audited answers that reviewers accepted unchanged
    // (the timeline's figure), by person name; or why it cannot be shown.
    QHash<QString, std::pair<int, int>> audits; // accepted, audited
    QString noAudits;
    if (auto answers = ReportService(*m_store).timedAnswers(); !answers) {
        noAudits = answers.error().message;
    } else {
        for (const quality::TimedAnswer &a : std::as_const(*answers)) {
            if (!a.auditAccepted)
                continue;
            auto &[accepted, audited] = audits[a.person];
            ++audited;
            accepted += *a.auditAccepted ? 1 : 0;
        }
    }
    m_table->setRowCount(int(m_people.size()));
    for (int row = 0; row < m_people.size(); ++row) {
        const Person &p = m_people.at(row);
        QStringList roles;
        for (Role r : p.roles)
            roles.append(roleTitle(r));
        auto *name = cell(p.displayName == p.name
                                  ? p.name
                                  : QStringLiteral("%1 (%2)").arg(p.displayName, p.name));
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Roles,
                         roles.isEmpty() ? missing(tr("No roles: this person cannot act"))
                                         : cell(roles.join(QStringLiteral(", "))));
        auto key = m_store->people().currentKey(p.id);
        if (key && *key)
            m_table->setItem(row, Key, cell((*key)->fingerprint, (*key)->publicKey));
        else
            m_table->setItem(row, Key,
                             missing(tr("No key registered: %1 cannot sign in until a lead "
                                        "registers one")
                                             .arg(p.name)));

        // Queues and time: one's own always, others' for those who may read their queues.
        const QString queueWhy = p.id == reader.id ? QString() : noQueues;
        if (!queueWhy.isEmpty()) {
            m_table->setItem(row, Queue, missing(queueWhy));
            m_table->setItem(row, Time, missing(queueWhy));
        } else if (auto progress = m_store->work().queueProgress(p.id); !progress) {
            m_table->setItem(row, Queue, missing(progress.error().message));
            m_table->setItem(row, Time, missing(progress.error().message));
        } else if (progress->total == 0) {
            m_table->setItem(row, Queue,
                             missing(tr("No tasks yet: put %1 in a batch (Work ▸ Batches)")
                                             .arg(p.name)));
            m_table->setItem(row, Time, missing(tr("No tasks yet")));
        } else {
            QString text = tr("%1 / %2 done").arg(progress->done).arg(progress->total);
            if (progress->flagged > 0)
                text += tr(", %n flagged", nullptr, progress->flagged);
            m_table->setItem(row, Queue,
                             cell(text, tr("%1 pending, %2 skipped, %3 flagged")
                                                .arg(progress->pending)
                                                .arg(progress->skipped)
                                                .arg(progress->flagged)));
            if (progress->meanTimeMs)
                m_table->setItem(row, Time,
                                 cell(tr("%1 s").arg(locale.toString(*progress->meanTimeMs / 1000.0,
                                                                     'f', 1)),
                                      tr("Mean time spent on a done task")));
            else
                m_table->setItem(row, Time, missing(tr("No done task has time recorded yet")));
        }

        if (!noScores.isEmpty()) {
            m_table->setItem(row, Gold, missing(noScores));
            m_table->setItem(row, Recalibration, missing(noScores));
        } else if (auto status = m_store->gold().goldStatus(p.id); !status) {
            m_table->setItem(row, Gold, missing(status.error().message));
            m_table->setItem(row, Recalibration, missing(status.error().message));
        } else {
            if (status->rollingAccuracy)
                m_table->setItem(row, Gold,
                                 cell(tr("%1 % (%n answer(s))", nullptr, status->scored)
                                              .arg(locale.toString(*status->rollingAccuracy * 100,
                                                                   'f', 0)),
                                      tr("Rolling accuracy over the latest gold answers")));
            else
                m_table->setItem(row, Gold, missing(tr("No gold answer scored yet")));
            m_table->setItem(row, Recalibration,
                             status->recalibrationRequired
                                     ? cell(tr("required"),
                                            tr("Below the gold threshold: works calibration tasks "
                                               "only until recalibrated"))
                                     : cell(tr("in production")));
        }
        if (!noAudits.isEmpty()) {
            m_table->setItem(row, Audit, missing(noAudits));
        } else if (const auto found = audits.constFind(p.name); found != audits.cend()) {
            const auto [accepted, audited] = *found;
            m_table->setItem(row, Audit,
                             cell(tr("%1 % (%n audit(s))", nullptr, audited)
                                          .arg(locale.toString(100.0 * accepted / audited, 'f', 0)),
                                  tr("Audited answers a reviewer accepted unchanged")));
        } else {
            m_table->setItem(row, Audit, missing(tr("No answer of theirs audited yet")));
        }
    }
    m_table->resizeColumnsToContents();
    if (m_people.size() <= 1)
        m_hint->setText(tr("Only you are in this project. Add the people who will label, review "
                           "or lead with Add Person…"));
    else
        m_hint->setText(tr("%n people. Double-click a person to change their roles.", nullptr,
                           int(m_people.size())));
    selectPerson(selected);
    if (m_table->currentRow() < 0 && !m_people.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void PeopleDialog::updateButtons()
{
    const Person &actor = m_store ? m_store->actor() : Person();
    allowIf(m_add, actor, Action::ManagePeople, tr("Add a person with their roles and key"));
    const bool any = !currentPerson().isEmpty();
    if (allowIf(m_roles, actor, Action::ManagePeople, tr("Change the selected person's roles")))
        m_roles->setEnabled(any);
    if (allowIf(m_deactivate, actor, Action::ManagePeople,
                tr("Take every role from the selected person and revoke their key"))
        && allowIf(m_deactivate, actor, Action::ManageKeys,
                   tr("Take every role from the selected person and revoke their key")))
        m_deactivate->setEnabled(any);
    if (allowIf(m_recalibrated, actor, Action::Recalibrate,
                tr("Declare that the selected person passed calibration"))) {
        const int row = m_table->currentRow();
        const QTableWidgetItem *state = row >= 0 ? m_table->item(row, Recalibration) : nullptr;
        const bool required = state && state->text() == tr("required");
        m_recalibrated->setEnabled(required);
        if (!required)
            m_recalibrated->setToolTip(tr("The selected person is not held for recalibration"));
    }
}

void PeopleDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PeopleDialog::addPerson()
{
    PersonDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showError({});
    reload();
    selectPerson(dialog.added().id);
    Q_EMIT peopleChanged();
}

void PeopleDialog::editRoles()
{
    const Id id = currentPerson();
    if (id.isEmpty())
        return;
    const Person p = m_people.at(m_table->currentRow());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Roles of %1").arg(p.displayName));
    auto *checks = new RoleChecks(&dialog);
    checks->setRoles(p.roles);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(checks);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        setRoles(id, checks->roles());
}

bool PeopleDialog::setRoles(const Id &personId, const QList<Role> &roles)
{
    if (const Status st = m_store->people().setRoles(personId, roles); !st) {
        showError(st.error().toString());
        return false;
    }
    showError({});
    reload();
    Q_EMIT peopleChanged();
    return true;
}

bool PeopleDialog::deactivate(const Id &personId)
{
    const Status st = m_store->people().deactivate(personId);
    if (!st) {
        showError(st.error().toString());
        return false;
    }
    showError({});
    reload();
    Q_EMIT peopleChanged();
    return true;
}

bool PeopleDialog::markRecalibrated(const Id &personId)
{
    if (personId.isEmpty())
        return false;
    if (const Status st = m_store->gold().markRecalibrated(personId); !st) {
        showError(st.error().toString());
        return false;
    }
    showError({});
    reload();
    return true;
}

} // namespace assay::app
