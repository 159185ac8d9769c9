// SPDX-License-Identifier: Apache-2.0
// The batches dialog: "New Batch" (form, preview of the queues, create) and "Batches" (progress,
// quality verdicts, accept or reject with a reason).
#include "app/gui/batchdialog.h"
#include "core/domain/displaynames.h"
#include "app/gui/listtable.h"

#include "app/gui/dialoggeometry.h"
#include "app/gui/peopledialog.h"
#include "app/gui/permissionhint.h"
#include "core/project/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

static QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    setUpListTable(table, headers);
    return table;
}

static QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

static QString figure(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', 3) : QStringLiteral("–");
}

BatchDialog::BatchDialog(Project *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("Batches"));
    m_error->setObjectName(QStringLiteral("batchError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    m_tabs->addTab(makeListPage(), tr("&Batches"));
    m_tabs->addTab(makeNewPage(), tr("&New Batch"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);
    rememberGeometry(this, QStringLiteral("batches"), {1040, 680});
    loadAnnotators();
    reload();
    // A project without batches opens on the form that makes the first one.
    if (m_batchList.isEmpty())
        m_tabs->setCurrentIndex(1);
}

QWidget *BatchDialog::makeNewPage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("batchName"));
    m_name->setPlaceholderText(tr("e.g. week 12 — street scenes"));
    m_byKind = new QRadioButton(tr("All production items of &kind:"), page);
    m_byList = new QRadioButton(tr("These &items (an id, path or file name a line):"), page);
    m_byKind->setChecked(true);
    m_kind = new QComboBox(page);
    m_kind->addItem(tr("any kind"), QString());
    for (ItemKind k : {ItemKind::Image, ItemKind::Text, ItemKind::Audio})
        m_kind->addItem(itemKindName(k), itemKindName(k));
    m_itemList = new QPlainTextEdit(page);
    m_itemList->setObjectName(QStringLiteral("batchItems"));
    m_itemList->setMaximumHeight(56);
    m_itemList->setEnabled(false);
    connect(m_byList, &QRadioButton::toggled, m_itemList, &QWidget::setEnabled);
    connect(m_byList, &QRadioButton::toggled, m_kind, [this](bool on) { m_kind->setEnabled(!on); });
    m_annotators = new QListWidget(page);
    m_annotators->setObjectName(QStringLiteral("batchAnnotators"));
    m_annotators->setMaximumHeight(110);
    m_noAnnotators = new QLabel(page);
    m_noAnnotators->setWordWrap(true);
    auto *addPeople = new QPushButton(tr("Add &People…"), page);
    addPeople->setToolTip(tr("Add the people who will label (Work ▸ People)"));
    connect(addPeople, &QPushButton::clicked, this, [this] {
        PeopleDialog people(m_store, this);
        people.exec();
        loadAnnotators();
    });
    m_overlap = new QSpinBox(page);
    m_overlap->setRange(1, 20);
    m_overlap->setToolTip(tr("How many different people label each item"));
    m_goldRate = new QDoubleSpinBox(page);
    m_goldRate->setRange(0, 90);
    m_goldRate->setSingleStep(5);
    m_goldRate->setDecimals(0);
    m_goldRate->setSuffix(tr(" %"));
    m_goldRate->setToolTip(tr("The share of gold tasks mixed into each queue, unseen by the "
                              "annotator"));
    m_order = new QComboBox(page);
    m_order->addItem(tr("project order (shuffled per queue)"), QString());
    m_order->addItem(tr("least confident pre-label first"), QStringLiteral("confidence"));
    m_order->addItem(tr("smallest margin between the top two first"), QStringLiteral("margin"));
    m_order->setToolTip(tr("Ordering by uncertainty needs imported pre-labels with scores"));
    m_criteria = new QLineEdit(QStringLiteral("alpha>=0.8,gold>=0.9,low<=0.05"), page);
    m_criteria->setObjectName(QStringLiteral("batchCriteria"));
    m_criteria->setToolTip(tr("Acceptance criteria: Krippendorff's alpha, gold accuracy, the "
                              "share of items below the item threshold; empty: none"));
    m_previewButton = new QPushButton(tr("&Preview Queues"), page);
    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_previewButton->setToolTip(tr("Plan the queues without recording anything (Ctrl+P)"));
    m_previewSummary = new QLabel(tr("Press Preview Queues to see each person's queue before "
                                     "the batch is made."),
                                  page);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewTable = makeTable({tr("Person"), tr("Tasks"), tr("Production"), tr("Gold"),
                                tr("Queue (G: gold)")},
                               page);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_create = new QPushButton(tr("&Create Batch"), page);
    m_create->setObjectName(QStringLiteral("createBatch"));
    m_create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_previewButton, &QPushButton::clicked, this, &BatchDialog::preview);
    connect(m_create, &QPushButton::clicked, this, &BatchDialog::createBatch);
    for (QLineEdit *e : {m_name, m_criteria})
        connect(e, &QLineEdit::textChanged, this, &BatchDialog::formChanged);
    connect(m_itemList, &QPlainTextEdit::textChanged, this, &BatchDialog::formChanged);
    connect(m_annotators, &QListWidget::itemChanged, this, &BatchDialog::formChanged);
    connect(m_byList, &QRadioButton::toggled, this, &BatchDialog::formChanged);
    for (QComboBox *c : {m_kind, m_order})
        connect(c, &QComboBox::currentIndexChanged, this, &BatchDialog::formChanged);
    connect(m_overlap, &QSpinBox::valueChanged, this, &BatchDialog::formChanged);
    connect(m_goldRate, &QDoubleSpinBox::valueChanged, this, &BatchDialog::formChanged);
    m_pooled = new QCheckBox(tr("Poo&led: annotators lease tasks from the server"), page);
    m_pooled->setObjectName(QStringLiteral("batchPooled"));
    m_pooled->setToolTip(tr("No planned queues: each annotator takes tasks from a PostgreSQL "
                            "server (assay lease) for a while; gold is mixed into what each "
                            "person leases at the gold rate"));
    m_leaseMinutes = new QSpinBox(page);
    m_leaseMinutes->setObjectName(QStringLiteral("batchLeaseMinutes"));
    m_leaseMinutes->setRange(1, 7 * 24 * 60);
    m_leaseMinutes->setValue(60);
    m_leaseMinutes->setSuffix(tr(" min"));
    m_leaseMinutes->setToolTip(tr("How long a lease lasts before its task returns to the pool"));
    m_leaseMinutes->setEnabled(false);
    connect(m_pooled, &QCheckBox::toggled, this, [this](bool on) {
        m_leaseMinutes->setEnabled(on);
        m_annotators->setEnabled(!on);
        m_order->setEnabled(!on);
        formChanged();
    });
    connect(m_leaseMinutes, &QSpinBox::valueChanged, this, &BatchDialog::formChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_byKind);
    kindRow->addWidget(m_kind);
    kindRow->addStretch();
    form->addRow(tr("Items:"), kindRow);
    form->addRow(QString(), m_byList);
    form->addRow(QString(), m_itemList);
    auto *annotators = new QVBoxLayout;
    annotators->addWidget(m_annotators);
    auto *noneRow = new QHBoxLayout;
    noneRow->addWidget(m_noAnnotators, 1);
    noneRow->addWidget(addPeople);
    annotators->addLayout(noneRow);
    form->addRow(tr("&Annotators:"), annotators);
    qobject_cast<QLabel *>(form->labelForField(annotators))->setBuddy(m_annotators);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_overlap);
    numbers->addSpacing(16);
    numbers->addWidget(new QLabel(tr("&Gold rate:"), page));
    numbers->addWidget(m_goldRate);
    numbers->addStretch();
    form->addRow(tr("&Overlap:"), numbers);
    qobject_cast<QLabel *>(form->labelForField(numbers))->setBuddy(m_overlap);
    auto *pool = new QHBoxLayout;
    pool->addWidget(m_pooled);
    pool->addSpacing(16);
    auto *leaseLabel = new QLabel(tr("Lease &lasts:"), page);
    leaseLabel->setBuddy(m_leaseMinutes);
    pool->addWidget(leaseLabel);
    pool->addWidget(m_leaseMinutes);
    pool->addStretch();
    form->addRow(tr("Handing out:"), pool);
    form->addRow(tr("O&rder:"), m_order);
    form->addRow(tr("Acceptance &criteria:"), m_criteria);
    const auto labels = page->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->text() == tr("&Gold rate:"))
            l->setBuddy(m_goldRate);
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_previewSummary, 1);
    actions->addWidget(m_previewButton);
    actions->addWidget(m_create);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_previewTable, 1);
    return page;
}

QWidget *BatchDialog::makeListPage()
{
    auto *page = new QWidget(this);
    m_batches = makeTable({tr("Batch"), tr("State"), tr("Progress"), tr("Overlap"), tr("Gold rate"),
                           tr("Created")},
                          page);
    m_batches->setObjectName(QStringLiteral("batchTable"));
    m_batchTitle = new QLabel(page);
    m_batchTitle->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setFormat(tr("%v of %m tasks done"));
    m_verdicts = makeTable({tr("Criterion"), tr("Bound"), tr("Value"), tr("Verdict")}, page);
    m_verdicts->setObjectName(QStringLiteral("verdictTable"));
    m_verdicts->setSelectionMode(QAbstractItemView::NoSelection);
    m_verdicts->horizontalHeader()->setStretchLastSection(false);
    m_verdictNote = new QLabel(page);
    m_verdictNote->setWordWrap(true);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setPlaceholderText(tr("why (required to reject; kept in the log)"));
    m_accept = new QPushButton(tr("&Accept Batch"), page);
    m_reject = new QPushButton(tr("&Reject Batch…"), page);
    m_accept->setObjectName(QStringLiteral("acceptBatch"));
    m_reject->setObjectName(QStringLiteral("rejectBatch"));
    connect(m_batches, &QTableWidget::itemSelectionChanged, this, &BatchDialog::showBatch);
    connect(m_accept, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { showBatch(); });
    m_returnTo = new QComboBox(page);
    m_returnTo->setObjectName(QStringLiteral("returnTo"));
    m_returnTo->setToolTip(tr("Where an answer rejected in review goes to be done again; the "
                              "reviewer's reason goes with it"));
    connect(m_returnTo, &QComboBox::activated, this, &BatchDialog::setReturnRule);

    auto *side = new QWidget(page);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_batchTitle);
    sideLayout->addWidget(m_progress);
    sideLayout->addWidget(new QLabel(tr("Acceptance criteria and this batch's figures:"), side));
    sideLayout->addWidget(m_verdicts, 1);
    sideLayout->addWidget(m_verdictNote);
    sideLayout->addWidget(m_reason);
    auto *returnRow = new QHBoxLayout;
    auto *returnLabel = new QLabel(tr("Re&jected in review, redone by:"), side);
    returnLabel->setBuddy(m_returnTo);
    returnRow->addWidget(returnLabel);
    returnRow->addWidget(m_returnTo, 1);
    sideLayout->addLayout(returnRow);
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addStretch();
    decisionRow->addWidget(m_reject);
    decisionRow->addWidget(m_accept);
    sideLayout->addLayout(decisionRow);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_batches);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({440, 560});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

void BatchDialog::showReturnRule(const Batch &batch, const QList<Task> &tasks)
{
    const QSignalBlocker block(m_returnTo);
    m_returnTo->clear();
    m_returnTo->addItem(tr("their annotator"), QString());
    m_returnTo->addItem(tr("the least-loaded other annotator"), QStringLiteral("*"));
    QMap<QString, Id> annotators; // by name
    if (auto people = m_store->people().people()) {
        QSet<Id> inBatch;
        for (const Task &t : tasks)
            inBatch.insert(t.personId);
        for (const Person &p : std::as_const(*people)) {
            if (inBatch.contains(p.id))
                annotators.insert(p.name, p.id);
        }
    }
    for (auto it = annotators.cbegin(); it != annotators.cend(); ++it)
        m_returnTo->addItem(tr("another annotator: %1").arg(it.key()), it.value());
    auto rule = m_store->review().returnRule(batch.id);
    int index = 0;
    if (rule && rule->mode == ReturnMode::Another) {
        index = rule->personId.isEmpty() ? 1 : std::max(1, m_returnTo->findData(rule->personId));
    }
    m_returnTo->setCurrentIndex(index);
    const bool lead = isAllowed(m_store->actor(), Action::ManageBatches);
    m_returnTo->setEnabled(lead);
    if (!lead)
        m_returnTo->setToolTip(refusal(m_store->actor(), Action::ManageBatches));
}

bool BatchDialog::setReturnRule(int index)
{
    const Id batch = currentBatch();
    if (batch.isEmpty() || index < 0)
        return false;
    const QString data = m_returnTo->itemData(index).toString();
    ReturnRule rule;
    if (!data.isEmpty()) {
        rule.mode = ReturnMode::Another;
        if (data != QLatin1String("*"))
            rule.personId = data;
    }
    const Status set = m_store->review().setReturnRule(batch, rule);
    if (!set) {
        showError(set.error().toString());
        showBatch();
        return false;
    }
    showError(QString());
    return true;
}

QString BatchDialog::errorText() const
{
    return m_error->text();
}

void BatchDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void BatchDialog::loadAnnotators()
{
    QSet<Id> checked;
    for (int i = 0; i < m_annotators->count(); ++i) {
        if (m_annotators->item(i)->checkState() == Qt::Checked)
            checked.insert(m_annotators->item(i)->data(Qt::UserRole).toString());
    }
    m_annotators->clear();
    auto people = m_store ? m_store->people().people() : Result<QList<Person>>(QList<Person>());
    if (!people) {
        showError(people.error().toString());
        return;
    }
    for (const Person &p : std::as_const(*people)) {
        if (!isAllowed(p, Action::Annotate))
            continue;
        auto *item = new QListWidgetItem(p.displayName == p.name
                                                 ? p.name
                                                 : QStringLiteral("%1 (%2)").arg(p.displayName,
                                                                                 p.name),
                                         m_annotators);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // People whose only role is annotating are the usual choice.
        const bool usual = p.roles == QList<Role>{Role::Annotator};
        item->setCheckState(checked.contains(p.id) || (checked.isEmpty() && usual) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    int onlyAnnotators = 0;
    for (const Person &p : std::as_const(*people))
        onlyAnnotators += p.hasRole(Role::Annotator) ? 1 : 0;
    m_noAnnotators->setText(onlyAnnotators == 0
                                    ? tr("Nobody in the project is an annotator yet: add the "
                                         "people who will label.")
                                    : tr("Tick who works this batch."));
    formChanged();
}

Result<BatchSpec> BatchDialog::spec() const
{
    BatchSpec s;
    s.name = m_name->text().trimmed();
    if (s.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("give the batch a name"));
    for (int i = 0; i < m_annotators->count(); ++i) {
        if (m_annotators->item(i)->checkState() == Qt::Checked)
            s.annotators.append(m_annotators->item(i)->data(Qt::UserRole).toString());
    }
    s.pooled = m_pooled->isChecked();
    if (s.pooled) {
        s.annotators.clear(); // the server hands the tasks out
        s.leaseSeconds = m_leaseMinutes->value() * 60;
    } else if (s.annotators.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("tick at least one annotator"));
    }
    if (m_byList->isChecked()) {
        const QStringList lines = m_itemList->toPlainText().split(QLatin1Char('\n'),
                                                                  Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            auto item = m_store->items().findItem(line.trimmed());
            if (!item)
                return item.error();
            s.itemIds.append(item->id);
        }
        if (s.itemIds.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("list the items, one a line"));
    } else if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty()) {
        ItemKind k;
        if (parseItemKind(kind, &k))
            s.kind = k;
    }
    s.overlap = m_overlap->value();
    s.goldRate = m_goldRate->value() / 100.0;
    if (!s.pooled)
        s.order = m_order->currentData().toString();
    if (!m_criteria->text().trimmed().isEmpty()) {
        auto criteria = quality::parseCriteria(m_criteria->text());
        if (!criteria)
            return criteria.error();
        s.criteria = *criteria;
    }
    return s;
}

void BatchDialog::formChanged()
{
    // A preview is of the form it was made from; any change asks for a new one.
    m_preview.reset();
    if (m_previewTable)
        m_previewTable->setRowCount(0);
    if (!m_create)
        return;
    const Person actor = m_store ? m_store->actor() : Person();
    const bool may = allowIf(m_previewButton, actor, Action::ManageBatches,
                             tr("Plan the queues without recording anything (Ctrl+P)"));
    allowIf(m_create, actor, Action::ManageBatches,
            tr("Record the batch exactly as previewed (Ctrl+Enter)"));
    m_create->setEnabled(false);
    if (may) {
        m_create->setToolTip(tr("Preview the queues first: the batch made is the one previewed"));
        m_previewSummary->setText(tr("Press Preview Queues to see each person's queue before "
                                     "the batch is made."));
    } else {
        m_previewSummary->setText(m_previewButton->toolTip());
    }
}

bool BatchDialog::preview()
{
    auto s = spec();
    if (!s) {
        showError(s.error().message);
        return false;
    }
    auto planned = m_store->work().previewBatch(*s);
    if (!planned) {
        showError(planned.error().message);
        return false;
    }
    showError({});
    m_preview = *planned;
    struct Queue
    {
        int production = 0;
        int gold = 0;
        QStringList head;
    };
    QMap<QString, Queue> queues; // by name, so the table reads in order
    QList<quality::PlannedTask> tasks = planned->tasks;
    std::sort(tasks.begin(), tasks.end(), [](const auto &a, const auto &b) {
        return a.personId != b.personId ? a.personId < b.personId : a.position < b.position;
    });
    QHash<Id, QString> itemNames;
    for (const quality::PlannedTask &t : std::as_const(tasks)) {
        Queue &q = queues[t.personId.isEmpty() ? tr("(the pool)")
                                               : planned->names.value(t.personId, t.personId)];
        const bool gold = t.kind == TaskKind::Gold;
        (gold ? q.gold : q.production) += 1;
        if (q.head.size() < 8) {
            if (!itemNames.contains(t.itemId)) {
                auto item = m_store->items().item(t.itemId);
                itemNames.insert(t.itemId, item ? QFileInfo(item->path).fileName() : t.itemId);
            }
            q.head.append(gold ? tr("G: %1").arg(itemNames.value(t.itemId))
                               : itemNames.value(t.itemId));
        }
    }
    m_previewTable->setRowCount(int(queues.size()));
    int row = 0;
    for (auto it = queues.cbegin(); it != queues.cend(); ++it, ++row) {
        const Queue &q = it.value();
        m_previewTable->setItem(row, 0, cell(it.key()));
        m_previewTable->setItem(row, 1, cell(QString::number(q.production + q.gold)));
        m_previewTable->setItem(row, 2, cell(QString::number(q.production)));
        m_previewTable->setItem(row, 3, cell(QString::number(q.gold)));
        QString head = q.head.join(QStringLiteral(", "));
        if (q.production + q.gold > q.head.size())
            head += QStringLiteral(", …");
        m_previewTable->setItem(row, 4, cell(head));
    }
    m_previewTable->resizeColumnsToContents();
    if (m_pooled->isChecked())
        m_previewSummary->setText(
                tr("A pool of %n production item(s), each for %1 person(s), and %2 gold item(s) "
                   "mixed in at the rate as people lease; leases last %3 min. Nothing is "
                   "recorded until Create Batch.",
                   nullptr, planned->productionItems)
                        .arg(m_overlap->value())
                        .arg(planned->goldItems)
                        .arg(m_leaseMinutes->value()));
    else
        m_previewSummary->setText(
                tr("%n production item(s), each to %1 person(s); %2 gold item(s) to draw from. "
                   "Nothing is recorded until Create Batch.",
                   nullptr, planned->productionItems)
                        .arg(m_overlap->value())
                        .arg(planned->goldItems));
    m_create->setEnabled(true);
    m_create->setToolTip(tr("Record the batch exactly as previewed (Ctrl+Enter)"));
    return true;
}

bool BatchDialog::createBatch()
{
    if (!m_preview && !preview())
        return false;
    auto s = spec();
    if (!s) {
        showError(s.error().message);
        return false;
    }
    s->seed = m_preview->seed; // the very plan that was previewed
    auto made = m_store->work().planBatch(*s);
    if (!made) {
        showError(made.error().message);
        return false;
    }
    showError({});
    m_name->clear();
    reload();
    selectBatch(made->id);
    m_tabs->setCurrentIndex(0);
    Q_EMIT batchesChanged();
    return true;
}

void BatchDialog::reload()
{
    const Id selected = currentBatch();
    m_batches->setRowCount(0);
    m_batchList.clear();
    if (!m_store)
        return;
    auto all = m_store->work().batches();
    if (!all) {
        showError(all.error().toString());
        return;
    }
    m_batchList = *all;
    const QString noKinds = refusal(m_store->actor(), Read::TaskKinds);
    const QLocale locale;
    m_batches->setRowCount(int(m_batchList.size()));
    for (int row = 0; row < m_batchList.size(); ++row) {
        const Batch &b = m_batchList.at(row);
        m_batches->setItem(row, 0, cell(b.name, b.id));
        m_batches->setItem(row, 1, cell(batchStateTitle(b.state)));
        if (!noKinds.isEmpty()) {
            m_batches->setItem(row, 2, cell(QStringLiteral("–"), noKinds));
        } else if (auto tasks = m_store->work().batchTasks(b.id); tasks) {
            const auto done = std::count_if(tasks->begin(), tasks->end(), [](const Task &t) {
                return t.state == TaskState::Done;
            });
            m_batches->setItem(row, 2, cell(tr("%1 / %2").arg(done).arg(tasks->size())));
        } else {
            m_batches->setItem(row, 2, cell(QStringLiteral("–"), tasks.error().message));
        }
        m_batches->setItem(row, 3, cell(QString::number(b.overlap)));
        m_batches->setItem(row, 4, cell(tr("%1 %").arg(locale.toString(b.goldRate * 100, 'f', 0))));
        m_batches->setItem(row, 5,
                           cell(locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_batches->resizeColumnsToContents();
    selectBatch(selected);
    if (m_batches->currentRow() < 0 && !m_batchList.isEmpty())
        m_batches->selectRow(int(m_batchList.size()) - 1);
    showBatch();
}

Id BatchDialog::currentBatch() const
{
    const int row = m_batches->currentRow();
    return row >= 0 && row < m_batchList.size() ? m_batchList.at(row).id : Id();
}

void BatchDialog::selectBatch(const Id &batchId)
{
    for (int row = 0; row < m_batchList.size(); ++row) {
        if (m_batchList.at(row).id == batchId)
            m_batches->selectRow(row);
    }
}

void BatchDialog::updateDecisionButtons(const QString &why)
{
    const Person actor = m_store ? m_store->actor() : Person();
    const bool mayAccept = allowIf(m_accept, actor, Action::DecideBatches,
                                   tr("Accept the batch: its answers count"));
    const bool mayReject = allowIf(m_reject, actor, Action::DecideBatches,
                                   tr("Reject the batch: its tasks are re-queued as a new batch"));
    if (!why.isEmpty()) {
        for (QPushButton *b : {m_accept, m_reject}) {
            if (b->isEnabled()) {
                b->setEnabled(false);
                b->setToolTip(why);
            }
        }
        return;
    }
    if (mayReject && m_reason->text().trimmed().isEmpty()) {
        m_reject->setEnabled(false);
        m_reject->setToolTip(tr("Say why in the field above: a rejection needs a reason"));
    }
    Q_UNUSED(mayAccept)
}

void BatchDialog::showBatch()
{
    m_verdicts->setRowCount(0);
    m_verdictNote->clear();
    const int row = m_batches->currentRow();
    if (row < 0 || row >= m_batchList.size()) {
        m_batchTitle->setText(m_batchList.isEmpty()
                                      ? tr("No batches yet: make the first one on the New Batch "
                                           "tab.")
                                      : tr("Select a batch."));
        m_progress->hide();
        updateDecisionButtons(tr("Select a batch first"));
        return;
    }
    const Batch &b = m_batchList.at(row);
    m_batchTitle->setText(
            tr("<b>%1</b> — %2").arg(b.name.toHtmlEscaped(), batchStateTitle(b.state)));
    if (auto tasks = m_store->work().batchTasks(b.id); tasks) {
        const auto done = std::count_if(tasks->begin(), tasks->end(),
                                        [](const Task &t) { return t.state == TaskState::Done; });
        m_progress->setRange(0, std::max<int>(1, int(tasks->size())));
        m_progress->setValue(int(done));
        m_progress->setFormat(tr("%1 of %2 tasks done").arg(done).arg(tasks->size()));
        // Each person's share of it, by name.
        QHash<Id, QString> names;
        if (auto people = m_store->people().people()) {
            for (const Person &p : std::as_const(*people))
                names.insert(p.id, p.name);
        }
        QMap<QString, std::pair<int, int>> perPerson;
        for (const Task &t : std::as_const(*tasks)) {
            auto &[personDone, personTotal] = perPerson[names.value(t.personId, t.personId)];
            ++personTotal;
            personDone += t.state == TaskState::Done ? 1 : 0;
        }
        QStringList lines;
        for (auto it = perPerson.cbegin(); it != perPerson.cend(); ++it)
            lines.append(tr("%1: %2 of %3 done").arg(it.key()).arg(it->first).arg(it->second));
        m_progress->setToolTip(lines.join(QLatin1Char('\n')));
        m_progress->show();
        showReturnRule(b, *tasks);
    } else {
        m_progress->hide();
    }
    const QString cannotRead = isAllowed(m_store->actor(), Action::DecideBatches)
                                       ? QString()
                                       : refusal(m_store->actor(), Action::Review);
    if (!cannotRead.isEmpty()) {
        m_verdictNote->setText(cannotRead);
    } else if (auto report = m_store->gold().batchQualityReport(b.id); !report) {
        m_verdictNote->setText(report.error().message);
    } else {
        const auto addRow = [this](const QString &name, const QString &bound, const QString &value,
                                   const QString &verdict, const QString &why) {
            const int r = m_verdicts->rowCount();
            m_verdicts->insertRow(r);
            m_verdicts->setItem(r, 0, cell(name));
            m_verdicts->setItem(r, 1, cell(bound));
            m_verdicts->setItem(r, 2, cell(value, why));
            auto *v = cell(verdictTitle(verdict), why);
            if (verdict == QLatin1String("pass"))
                v->setForeground(QColor(0x1b, 0x7f, 0x3b));
            else if (verdict == QLatin1String("fail"))
                v->setForeground(QColor(0xb0, 0x00, 0x20));
            m_verdicts->setItem(r, 3, v);
        };
        // Every dash and every verdict short of a pass says why, under the table.
        QStringList reasons;
        addRow(tr("answers"), QString(), QString::number(report->answers), QString(),
               tr("on %n item(s)", nullptr, report->items));
        const auto &alpha = report->agreement.krippendorffAlpha;
        addRow(tr("Krippendorff's alpha"), QString(), alpha ? figure(*alpha) : QStringLiteral("–"),
               QString(), alpha ? QString() : alpha.error().message);
        addRow(tr("gold accuracy"), QString(), figure(report->goldAccuracy), QString(),
               report->goldAccuracy ? tr("over %n gold task(s)", nullptr, report->goldTasks)
                                    : tr("no gold task of this batch is done yet"));
        if (!alpha)
            reasons.append(tr("alpha –: %1").arg(alpha.error().message));
        if (!report->goldAccuracy)
            reasons.append(tr("gold accuracy –: no gold task of this batch is done yet"));
        for (const quality::Verdict &v : report->verdicts) {
            const QString same = tr("alpha –: %1").arg(v.reason);
            if (v.verdict != QLatin1String("pass") && !reasons.contains(same))
                reasons.append(tr("%1 %2: %3")
                                       .arg(v.criterion, v.verdict,
                                            v.reason.isEmpty() ? tr("the value is outside the bound")
                                                               : v.reason));
            addRow(tr("criterion: %1").arg(v.criterion),
                   QStringLiteral("%1 %2").arg(v.op, QLocale().toString(v.bound)),
                   v.value ? figure(*v.value) : QStringLiteral("–"), v.verdict, v.reason);
        }
        m_verdicts->resizeColumnsToContents();
        m_verdicts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        if (report->verdicts.isEmpty())
            m_verdictNote->setText(tr("The batch has no acceptance criteria: decide on the "
                                      "figures above."));
        else
            m_verdictNote->setText(report->accepted() ? tr("Every criterion passes.")
                                                      : tr("Not every criterion passes."));
        if (!reasons.isEmpty())
            m_verdictNote->setText(m_verdictNote->text() + QLatin1Char('\n')
                                   + reasons.join(QLatin1Char('\n')));
    }
    const bool decided = b.state == BatchState::Accepted || b.state == BatchState::Rejected;
    updateDecisionButtons(decided ? tr("This batch was already %1").arg(batchStateTitle(b.state))
                                  : QString());
}

bool BatchDialog::decide(bool accept)
{
    const Id id = currentBatch();
    if (id.isEmpty())
        return false;
    const QString reason = m_reason->text().trimmed();
    if (!accept && reason.isEmpty()) {
        showError(tr("Say why the batch is rejected."));
        return false;
    }
    auto decided = m_store->work().decideBatch(id, accept, reason);
    if (!decided) {
        showError(decided.error().message);
        return false;
    }
    showError({});
    m_reason->clear();
    reload();
    selectBatch(id);
    Q_EMIT batchesChanged();
    return true;
}

} // namespace assay::app
