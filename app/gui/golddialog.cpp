// SPDX-License-Identifier: Apache-2.0
// Gold items and their answers over GoldService; the settings of the gold gate.
#include "app/gui/golddialog.h"
#include "app/gui/listtable.h"

#include "app/gui/dialoggeometry.h"
#include "app/gui/permissionhint.h"
#include "core/project/services.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
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

static void setCell(QTableWidget *table, int row, int column, const QString &text,
                    const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    table->setItem(row, column, item);
}

GoldDialog::GoldDialog(Project *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_empty(new QLabel(this))
    , m_gold(makeTable({tr("Item"), tr("Reference"), tr("Set by"), tr("Answers"), tr("Passed")},
                       this))
    , m_answers(makeTable({tr("Person"), tr("Kind"), tr("Answer"), tr("Score"), tr("Passed")}, this))
    , m_window(new QSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_minimum(new QSpinBox(this))
    , m_save(new QPushButton(tr("&Save Settings"), this))
    , m_edit(new QPushButton(tr("&Edit Reference…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("goldDialog"));
    setWindowTitle(tr("Gold Items"));
    m_gold->setObjectName(QStringLiteral("goldTable"));
    m_answers->setObjectName(QStringLiteral("goldAnswers"));
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("goldEmpty"));
    m_window->setRange(1, 1000);
    m_window->setToolTip(tr("A person's rolling accuracy is over this many latest gold answers"));
    m_threshold->setRange(0, 1);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setToolTip(tr("An answer passes, and a person stays in production, at this "
                               "accuracy or above"));
    m_minimum->setRange(1, 1000);
    m_minimum->setToolTip(tr("No verdict on a person before this many gold answers"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    connect(m_gold, &QTableWidget::itemSelectionChanged, this, &GoldDialog::showAnswers);
    connect(m_save, &QPushButton::clicked, this, &GoldDialog::saveSettings);
    connect(m_edit, &QPushButton::clicked, this, &GoldDialog::editReference);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_gold, 1);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addStretch();
    itemButtons->addWidget(m_edit);
    itemButtons->addWidget(m_remove);
    topLayout->addLayout(itemButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("How people answered the selected item:"), bottom));
    bottomLayout->addWidget(m_answers, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *settings = new QGroupBox(tr("Gold gate"), this);
    auto *form = new QHBoxLayout(settings);
    auto *windowLabel = new QLabel(tr("&Window:"), settings);
    windowLabel->setBuddy(m_window);
    auto *thresholdLabel = new QLabel(tr("&Threshold:"), settings);
    thresholdLabel->setBuddy(m_threshold);
    auto *minimumLabel = new QLabel(tr("&Minimum:"), settings);
    minimumLabel->setBuddy(m_minimum);
    for (QWidget *w : std::initializer_list<QWidget *>{windowLabel, m_window, thresholdLabel,
                                                       m_threshold, minimumLabel, m_minimum})
        form->addWidget(w);
    form->addStretch();
    form->addWidget(m_save);
    auto *rateNote = new QLabel(tr("The gold rate is set per batch (Work ▸ Batches)."), this);
    rateNote->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(settings);
    layout->addWidget(rateNote);
    layout->addWidget(m_error);
    layout->addWidget(close);
    rememberGeometry(this, QStringLiteral("gold"), {900, 620});
    reload();
}

QString GoldDialog::errorText() const
{
    return m_error->text();
}

void GoldDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString GoldDialog::answerText(const QStringList &classIds, const QList<Box> &boxes) const
{
    QStringList parts;
    for (const QString &id : classIds) {
        const TaxonomyClass *c = m_taxonomy.findById(id);
        parts.append(c ? c->name : id);
    }
    if (!boxes.isEmpty())
        parts.append(tr("%n box(es)", nullptr, int(boxes.size())));
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
}

void GoldDialog::reload()
{
    const int selected = m_gold->currentRow();
    m_gold->setRowCount(0);
    m_items.clear();
    if (!m_store)
        return;
    if (auto t = m_store->taxonomy().get())
        m_taxonomy = *t;
    const Person actor = m_store->actor();
    const QString cannot = refusal(actor, Read::GoldAnswers);
    if (!cannot.isEmpty()) {
        m_empty->setText(cannot);
    } else if (auto answers = m_store->gold().goldAnswers(); !answers) {
        showError(answers.error().toString());
    } else {
        m_items = *answers;
        m_empty->setText(m_items.isEmpty()
                                 ? tr("No gold items yet. While labeling, Work ▸ Mark as Gold "
                                      "(Ctrl+M) makes the item gold with your answer as its "
                                      "reference.")
                                 : tr("%n gold item(s). Gold tasks are mixed into queues at each "
                                      "batch's gold rate, looking like any other task.",
                                      nullptr, int(m_items.size())));
    }
    QHash<Id, QString> names;
    if (auto people = m_store->people().people()) {
        for (const Person &p : std::as_const(*people))
            names.insert(p.id, p.name);
    }
    m_gold->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const GoldAnswer &g = m_items.at(row);
        auto item = m_store->items().item(g.itemId);
        setCell(m_gold, row, 0, item ? QFileInfo(item->path).fileName() : g.itemId,
                item ? item->path : QString());
        setCell(m_gold, row, 1, answerText(g.classIds, g.boxes));
        setCell(m_gold, row, 2, names.value(g.personId, g.personId));
        auto answers = m_store->gold().goldItemAnswers(g.itemId);
        if (!answers) {
            setCell(m_gold, row, 3, QStringLiteral("–"), answers.error().message);
            setCell(m_gold, row, 4, QStringLiteral("–"), answers.error().message);
            continue;
        }
        const auto passed = std::count_if(answers->begin(), answers->end(),
                                          [](const GoldItemAnswer &a) { return a.passed; });
        setCell(m_gold, row, 3, QString::number(answers->size()));
        if (answers->isEmpty())
            setCell(m_gold, row, 4, QStringLiteral("–"), tr("Nobody has answered it yet"));
        else
            setCell(m_gold, row, 4, tr("%1 of %2").arg(passed).arg(answers->size()));
    }
    m_gold->resizeColumnsToContents();
    m_gold->setVisible(!m_items.isEmpty());
    if (!m_items.isEmpty())
        m_gold->selectRow(std::clamp(selected, 0, int(m_items.size()) - 1));

    if (auto settings = m_store->gold().qualitySettings()) {
        m_window->setValue(settings->goldWindow);
        m_threshold->setValue(settings->goldThreshold);
        m_minimum->setValue(settings->goldMinimum);
    }
    const QString saveTip = tr("Record the gold gate's settings for the whole project");
    allowIf(m_save, actor, Action::ManageBatches, saveTip);
    for (QWidget *w : std::initializer_list<QWidget *>{m_window, m_threshold, m_minimum})
        w->setEnabled(m_save->isEnabled());
    // GoldService records gold answers and replaces them; it has no way to take one back.
    m_remove->setEnabled(false);
    m_remove->setToolTip(tr("A gold answer cannot be taken back in this version: edit its "
                            "reference instead"));
    showAnswers();
}

void GoldDialog::selectItem(const Id &itemId)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).itemId == itemId)
            m_gold->selectRow(row);
    }
}

void GoldDialog::showAnswers()
{
    m_answers->setRowCount(0);
    const int row = m_gold->currentRow();
    const bool any = row >= 0 && row < m_items.size();
    if (allowIf(m_edit, m_store ? m_store->actor() : Person(), Action::ManageBatches,
                tr("Choose the reference classes of the selected item"))
        && !any)
        m_edit->setEnabled(false);
    if (!any)
        return;
    auto answers = m_store->gold().goldItemAnswers(m_items.at(row).itemId);
    if (!answers) {
        showError(answers.error().message);
        return;
    }
    const QLocale locale;
    m_answers->setRowCount(int(answers->size()));
    for (int r = 0; r < answers->size(); ++r) {
        const GoldItemAnswer &a = answers->at(r);
        setCell(m_answers, r, 0, a.personName);
        setCell(m_answers, r, 1, taskKindName(a.task.kind));
        setCell(m_answers, r, 2, answerText(a.classIds, a.boxes));
        if (a.score) {
            setCell(m_answers, r, 3, locale.toString(*a.score, 'f', 2));
            setCell(m_answers, r, 4, a.passed ? tr("yes") : tr("no"));
        } else {
            const QString why = tr("Not scored: answered before the item was gold");
            setCell(m_answers, r, 3, QStringLiteral("–"), why);
            setCell(m_answers, r, 4, QStringLiteral("–"), why);
        }
    }
    m_answers->resizeColumnsToContents();
}

void GoldDialog::editReference()
{
    const int row = m_gold->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const GoldAnswer g = m_items.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Reference Classes"));
    auto *list = new QListWidget(&dialog);
    for (const TaxonomyClass &c : std::as_const(m_taxonomy.classes)) {
        auto *item = new QListWidgetItem(c.name, list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(g.classIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    if (!g.boxes.isEmpty())
        layout->addWidget(new QLabel(tr("The reference's %n box(es) stay as they are.", nullptr,
                                        int(g.boxes.size())),
                                     &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList classIds;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            classIds.append(list->item(i)->data(Qt::UserRole).toString());
    }
    setReferenceClasses(g.itemId, classIds);
}

bool GoldDialog::setReferenceClasses(const Id &itemId, const QStringList &classIds)
{
    for (const GoldAnswer &g : std::as_const(m_items)) {
        if (g.itemId != itemId)
            continue;
        GoldAnswer changed = g;
        changed.classIds = classIds;
        if (const Status st = m_store->gold().setGold({changed}); !st) {
            showError(st.error().message);
            return false;
        }
        showError({});
        reload();
        selectItem(itemId);
        return true;
    }
    return false;
}

bool GoldDialog::saveSettings()
{
    QualitySettings q;
    q.goldWindow = m_window->value();
    q.goldThreshold = m_threshold->value();
    q.goldMinimum = m_minimum->value();
    if (const Status st = m_store->gold().setQualitySettings(q); !st) {
        showError(st.error().message);
        return false;
    }
    showError({});
    return true;
}

} // namespace assay::app
