// SPDX-License-Identifier: Apache-2.0
// The first-run wizard's four pages over the people, taxonomy, intake and work services.
#include "app/gui/firstrunwizard.h"
#include "core/domain/displaynames.h"

#include "app/gui/classlisteditor.h"
#include "app/gui/dialoggeometry.h"
#include "app/gui/permissionhint.h"
#include "app/gui/persondialog.h"
#include "core/media/mediaprobe.h"
#include "core/project/services.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

static QLabel *intro(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

FirstRunWizard::FirstRunWizard(Project *store, MediaAdder addMedia, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_addMedia(std::move(addMedia))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set Up the Project"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(PeoplePage, makePeoplePage());
    setPage(ClassesPage, makeClassesPage());
    setPage(MediaPage, makeMediaPage());
    setPage(BatchPage, makeBatchPage());
    setButtonText(QWizard::FinishButton, tr("&Create Batch and Finish"));
    setButtonText(QWizard::CancelButton, tr("&Later"));
    rememberGeometry(this, QStringLiteral("firstRun"), {720, 560});
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == BatchPage)
            loadAnnotators();
        if (id == MediaPage)
            reloadMedia();
    });
}

QWizardPage *FirstRunWizard::makePeoplePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("People"));
    page->setSubTitle(tr("Who labels, reviews and leads. Each person signs in with their own "
                         "key; what they may do follows from their roles."));
    m_people = new QTableWidget(page);
    m_people->setObjectName(QStringLiteral("wizardPeople"));
    m_people->setColumnCount(3);
    m_people->setHorizontalHeaderLabels({tr("Person"), tr("Roles"), tr("Key")});
    m_people->verticalHeader()->hide();
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->horizontalHeader()->setStretchLastSection(true);
    m_addPerson = new QPushButton(tr("&Add Person…"), page);
    connect(m_addPerson, &QPushButton::clicked, this, [this] {
        PersonDialog dialog(m_store, this);
        if (dialog.exec() == QDialog::Accepted) {
            reloadPeople();
            Q_EMIT peopleChanged();
        }
    });
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_addPerson);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_people, 1);
    layout->addLayout(row);
    reloadPeople();
    return page;
}

void FirstRunWizard::reloadPeople()
{
    m_people->setRowCount(0);
    auto people = m_store->people().people();
    if (!people)
        return;
    m_people->setRowCount(int(people->size()));
    for (int row = 0; row < people->size(); ++row) {
        const Person &p = people->at(row);
        QStringList roles;
        for (Role r : p.roles)
            roles.append(roleTitle(r));
        m_people->setItem(row, 0,
                          new QTableWidgetItem(
                                  p.displayName == p.name
                                          ? p.name
                                          : QStringLiteral("%1 (%2)").arg(p.displayName, p.name)));
        m_people->setItem(row, 1, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        auto key = m_store->people().currentKey(p.id);
        m_people->setItem(row, 2,
                          new QTableWidgetItem(key && *key ? (*key)->fingerprint
                                                           : tr("none yet: cannot sign in")));
    }
    m_people->resizeColumnsToContents();
    allowIf(m_addPerson, m_store->actor(), Action::ManagePeople,
            tr("Add a person with their roles and key"));
}

QWizardPage *FirstRunWizard::makeClassesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Classes"));
    page->setSubTitle(tr("The labels people choose from. Each gets a colour and a hotkey; "
                         "renaming or removing one later makes a new taxonomy version."));
    m_classes = new ClassListEditor(page);
    m_classes->setStore(m_store);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_classes);
    return page;
}

QWizardPage *FirstRunWizard::makeMediaPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Media"));
    page->setSubTitle(tr("Images, text documents and audio clips. Files stay where they are; "
                         "the project keeps their hashes, so a changed file is noticed."));
    auto *folder = new QPushButton(tr("Add Media &Folder…"), page);
    auto *files = new QPushButton(tr("Add Media F&iles…"), page);
    folder->setToolTip(tr("Every media file in a folder and its subfolders (Ctrl+Shift+F)"));
    files->setToolTip(tr("Chosen media files (Ctrl+Shift+A)"));
    for (QPushButton *b : {folder, files})
        allowIf(b, m_store->actor(), Action::AddItems, b->toolTip());
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Media Folder"),
                                                              m_store->info().mediaRoot);
        if (!dir.isEmpty())
            addMediaPaths({dir});
    });
    connect(files, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
                this, tr("Add Media Files"), m_store->info().mediaRoot,
                tr("Media (%1);;All files (*)").arg(core::media::extensionPatterns()));
        if (!paths.isEmpty())
            addMediaPaths(paths);
    });
    m_mediaCount = new QLabel(page);
    m_mediaCount->setObjectName(QStringLiteral("wizardMediaCount"));
    m_mediaCount->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(folder);
    buttons->addWidget(files);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_mediaCount);
    layout->addStretch();
    return page;
}

int FirstRunWizard::addMediaPaths(const QStringList &paths)
{
    const int added = m_addMedia ? m_addMedia(paths) : 0;
    reloadMedia();
    if (added > 0)
        Q_EMIT mediaAdded();
    return added;
}

void FirstRunWizard::reloadMedia()
{
    auto count = m_store->items().itemCount();
    const qint64 items = count ? *count : 0;
    m_mediaCount->setText(
            items == 0 ? tr("No items yet: add a folder or files above.")
                       : tr("The project has %1 item(s).").arg(QLocale().toString(items)));
}

QWizardPage *FirstRunWizard::makeBatchPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("First Batch"));
    page->setSubTitle(tr("A batch hands the items out: each goes to as many annotators as the "
                         "overlap says. Work ▸ Batches has every option and a preview."));
    m_batchName = new QLineEdit(tr("first batch"), page);
    m_batchName->setObjectName(QStringLiteral("wizardBatchName"));
    m_annotators = new QListWidget(page);
    m_annotators->setObjectName(QStringLiteral("wizardAnnotators"));
    m_annotatorHint = new QLabel(page);
    m_annotatorHint->setWordWrap(true);
    m_annotators->setMaximumHeight(160);
    m_overlap = new QSpinBox(page);
    m_overlap->setMaximumWidth(90);
    m_overlap->setRange(1, 20);
    m_overlap->setToolTip(tr("How many different people label each item"));
    m_goldRate = new QDoubleSpinBox(page);
    m_goldRate->setMaximumWidth(90);
    m_goldRate->setRange(0, 90);
    m_goldRate->setDecimals(0);
    m_goldRate->setSingleStep(5);
    m_goldRate->setSuffix(tr(" %"));
    m_goldRate->setToolTip(tr("Gold needs gold items: mark some while labeling (Ctrl+M) and set "
                              "the rate in a later batch"));
    m_batchError = new QLabel(page);
    m_batchError->setObjectName(QStringLiteral("wizardBatchError"));
    m_batchError->setWordWrap(true);
    m_batchError->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_batchName);
    form->addRow(tr("&Annotators:"), m_annotators);
    form->addRow(QString(), m_annotatorHint);
    form->addRow(tr("&Overlap:"), m_overlap);
    form->addRow(tr("&Gold rate:"), m_goldRate);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_batchError);
    layout->addStretch(1);
    return page;
}

void FirstRunWizard::loadAnnotators()
{
    m_annotators->clear();
    auto people = m_store->people().people();
    if (!people)
        return;
    for (const Person &p : std::as_const(*people)) {
        if (!isAllowed(p, Action::Annotate))
            continue;
        auto *item = new QListWidgetItem(p.name, m_annotators);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(p.hasRole(Role::Annotator) ? Qt::Checked : Qt::Unchecked);
    }
    m_annotatorHint->setText(m_annotators->count() <= 1
                                     ? tr("Only you can label so far: go Back to add people, or "
                                          "label yourself.")
                                     : tr("Tick who works this batch."));
    m_overlap->setMaximum(std::max(1, m_annotators->count()));
    const QString why = refusal(m_store->actor(), Action::ManageBatches);
    m_batchError->setText(why);
}

QString FirstRunWizard::batchError() const
{
    return m_batchError->text();
}

bool FirstRunWizard::createFirstBatch()
{
    if (!m_batch.isEmpty())
        return true; // made already: Finish twice makes one batch
    BatchSpec spec;
    spec.name = m_batchName->text().trimmed();
    for (int i = 0; i < m_annotators->count(); ++i) {
        if (m_annotators->item(i)->checkState() == Qt::Checked)
            spec.annotators.append(m_annotators->item(i)->data(Qt::UserRole).toString());
    }
    spec.overlap = m_overlap->value();
    spec.goldRate = m_goldRate->value() / 100.0;
    spec.criteria = *quality::parseCriteria(QStringLiteral("alpha>=0.8,gold>=0.9,low<=0.05"));
    if (spec.annotators.isEmpty()) {
        m_batchError->setText(tr("Tick at least one annotator."));
        return false;
    }
    auto made = m_store->work().planBatch(spec);
    if (!made) {
        m_batchError->setText(made.error().message);
        return false;
    }
    m_batchError->clear();
    m_batch = made->id;
    Q_EMIT batchCreated(m_batch);
    return true;
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ClassesPage:
        if (m_classes->classNames().isEmpty()) {
            m_classes->nameEdit()->setFocus();
            m_classes->nameEdit()->setPlaceholderText(
                    tr("add at least one class: people label with these"));
            return false;
        }
        return true;
    case BatchPage: return createFirstBatch();
    default: return true;
    }
}

} // namespace assay::app
