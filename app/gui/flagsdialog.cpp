// SPDX-License-Identifier: Apache-2.0
// The flagged tasks: a table, the item of the selected one, and its resolution.
#include "app/gui/flagsdialog.h"
#include "app/gui/listtable.h"

#include "app/gui/dialoggeometry.h"
#include "app/gui/permissionhint.h"
#include "core/project/services.h"
#include "widgets/preview/itempreview.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

FlagsDialog::FlagsDialog(Project *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
    , m_preview(new widgets::ItemPreview(this))
    , m_requeue(new QRadioButton(tr("Back to the annotator's &queue"), this))
    , m_done(new QRadioButton(tr("&Done as it is"), this))
    , m_note(new QLineEdit(this))
    , m_resolve(new QPushButton(tr("&Resolve Flag"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("flagsDialog"));
    setWindowTitle(tr("Flagged Tasks"));
    m_table->setObjectName(QStringLiteral("flagTable"));
    setUpListTable(m_table, {tr("Item"), tr("Person"), tr("Reason"), tr("Comment"), tr("Flagged")});
    m_empty->setObjectName(QStringLiteral("flagsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_requeue->setChecked(true);
    m_requeue->setToolTip(tr("The annotator labels it again, with your note beside the flag"));
    m_done->setToolTip(tr("The annotator's answer stands as it is"));
    m_note->setObjectName(QStringLiteral("flagNote"));
    m_note->setPlaceholderText(tr("a note for the annotator and the guideline authors"));
    m_resolve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FlagsDialog::showCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &FlagsDialog::resolve);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_empty, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Resolve:"), m_requeue);
    form->addRow(QString(), m_done);
    form->addRow(tr("&Note:"), m_note);
    leftLayout->addLayout(form);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addStretch();
    resolveRow->addWidget(m_resolve);
    leftLayout->addLayout(resolveRow);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);
    rememberGeometry(this, QStringLiteral("flags"), {1000, 560});
    reload();
}

QString FlagsDialog::errorText() const
{
    return m_error->text();
}

void FlagsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void FlagsDialog::reload()
{
    m_table->setRowCount(0);
    m_flags.clear();
    if (!m_store)
        return;
    const QString cannot = refusal(m_store->actor(), Read::OthersQueues);
    auto flags = cannot.isEmpty() ? m_store->work().flaggedTasks()
                                  : Result<QList<FlaggedTask>>(QList<FlaggedTask>());
    if (!flags)
        showError(flags.error().toString());
    else
        m_flags = *flags;
    QHash<Id, QString> names;
    if (auto people = m_store->people().people()) {
        for (const Person &p : std::as_const(*people))
            names.insert(p.id, p.name);
    }
    const QLocale locale;
    m_table->setRowCount(int(m_flags.size()));
    for (int row = 0; row < m_flags.size(); ++row) {
        const FlaggedTask &f = m_flags.at(row);
        auto item = m_store->items().item(f.task.itemId);
        const auto add = [&](int column, const QString &text, const QString &tip = {}) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(tip.isEmpty() ? text : tip);
            m_table->setItem(row, column, cell);
        };
        add(0, item ? QFileInfo(item->path).fileName() : f.task.itemId,
            item ? item->path : QString());
        add(1, names.value(f.task.personId, f.task.personId));
        add(2, f.reason.isEmpty() ? QStringLiteral("–") : f.reason,
            f.reason.isEmpty() ? tr("Flagged without a reason") : QString());
        add(3, f.comment);
        add(4, locale.toString(QDateTime::fromString(f.time, Qt::ISODateWithMs).toLocalTime(),
                               QLocale::ShortFormat));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_flags.isEmpty());
    m_empty->setVisible(m_flags.isEmpty());
    m_empty->setText(!cannot.isEmpty()
                             ? cannot
                             : tr("No flagged tasks. Annotators flag an unclear item with F while "
                                  "labeling; it waits here for a lead."));
    if (!m_flags.isEmpty())
        m_table->selectRow(0);
    showCurrent();
}

void FlagsDialog::selectTask(const Id &taskId)
{
    for (int row = 0; row < m_flags.size(); ++row) {
        if (m_flags.at(row).task.id == taskId)
            m_table->selectRow(row);
    }
}

void FlagsDialog::showCurrent()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_flags.size();
    if (any) {
        if (auto item = m_store->items().item(m_flags.at(row).task.itemId))
            m_preview->showItem(*item, m_store->absoluteMediaPath(*item));
    } else {
        m_preview->clear();
    }
    const Person actor = m_store ? m_store->actor() : Person();
    if (allowIf(m_resolve, actor, Action::ManageBatches,
                tr("Resolve the selected flag as chosen above (Ctrl+Enter)"))
        && !any) {
        m_resolve->setEnabled(false);
        m_resolve->setToolTip(tr("No flag is selected"));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_requeue, m_done, m_note})
        w->setEnabled(m_resolve->isEnabled());
}

bool FlagsDialog::resolve()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_flags.size())
        return false;
    const Id taskId = m_flags.at(row).task.id;
    const TaskState state = m_requeue->isChecked() ? TaskState::Pending : TaskState::Done;
    if (const Status st = m_store->work().resolveFlag(taskId, state, m_note->text().trimmed());
        !st) {
        showError(st.error().message);
        return false;
    }
    showError({});
    m_note->clear();
    reload();
    Q_EMIT flagResolved(taskId);
    return true;
}

} // namespace assay::app
