// SPDX-License-Identifier: Apache-2.0
// TaxonomyEditor: classes in a tree, conflicts as you type, migrations previewed per batch.
#include "app/gui/taxonomyeditor.h"

#include "app/gui/taxonomymodel.h"
#include "core/project/project.h"
#include "core/project/services.h"
#include "core/taxonomy/taxonomyconflicts.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace assay::app {

using core::Id;
using core::TaxonomyClass;
using core::TaxonomyConflict;

// ---- MigrationPreviewDialog --------------------------------------------------------------

MigrationPreviewDialog::MigrationPreviewDialog(const core::MigrationPreview &preview,
                                               const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(summary, this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("migrationPreview"));
    setWindowTitle(tr("Preview of the change"));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
            {tr("Batch"), tr("Annotations"), tr("Gold answers"), tr("Pre-labels")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QString hidden = tr("hidden");
    auto addRow = [&](const QString &name, const core::MigrationCount &c, bool bold) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{name, QString::number(c.annotations),
                                preview.goldCounted ? QString::number(c.goldAnswers) : hidden,
                                QString::number(c.prelabels)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, col, item);
        }
    };
    for (const core::MigrationCount &c : preview.batches)
        addRow(core::migrationBatchLabel(c), c, false);
    addRow(tr("Total"), preview.total, true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();

    auto *note = new QLabel(
            preview.goldCounted
                    ? tr("Labels keep their class ids: the change is recorded as a new taxonomy "
                         "version, and earlier versions still read as before.")
                    : tr("Gold answers are not counted: you may not see them. Labels keep their "
                         "class ids; earlier versions still read as before."),
            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 320);
}

QString MigrationPreviewDialog::summary() const
{
    return m_summary->text();
}

// ---- TaxonomyEditor ----------------------------------------------------------------------

TaxonomyEditor::TaxonomyEditor(core::Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_model(new TaxonomyModel(this))
    , m_view(new QTreeView(this))
    , m_name(new QLineEdit(this))
    , m_colour(new QLineEdit(this))
    , m_colourButton(new QPushButton(tr("Choose…"), this))
    , m_hotkey(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_conflicts(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Class"), this))
    , m_add(new QPushButton(tr("&Add as New Class"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_split(new QPushButton(tr("S&plit…"), this))
    , m_archive(new QPushButton(tr("A&rchive"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("taxonomyEditor"));
    setWindowTitle(tr("Taxonomy"));
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("taxonomyTree"));
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_model->setMoveHandler([this](const Id &classId, const Id &parentId, const Id &before) {
        return moveClass(classId, parentId, before);
    });

    m_name->setObjectName(QStringLiteral("className"));
    m_colour->setObjectName(QStringLiteral("classColour"));
    m_colour->setPlaceholderText(tr("#rrggbb; empty: a free one"));
    m_hotkey->setObjectName(QStringLiteral("classHotkey"));
    m_hotkey->setPlaceholderText(tr("empty: the next free key"));
    m_description->setObjectName(QStringLiteral("classDescription"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_colourButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *colourLabel = new QLabel(tr("&Colour:"), this);
    colourLabel->setBuddy(m_colour);
    form->addRow(colourLabel, colourRow);
    form->addRow(tr("&Hotkey:"), m_hotkey);
    form->addRow(tr("&Description:"), m_description);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_add);
    formButtons->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_conflicts);
    right->addLayout(formButtons);
    auto *migrations = new QLabel(
            tr("Renames, merges and splits are recorded as migrations: you see how many labels "
               "each touches, per batch, before it applies. Drag a class to re-order it or onto "
               "another to make it a sub-class."),
            this);
    migrations->setWordWrap(true);
    right->addWidget(migrations);
    auto *migrationButtons = new QHBoxLayout;
    migrationButtons->addWidget(m_merge);
    migrationButtons->addWidget(m_split);
    migrationButtons->addWidget(m_archive);
    migrationButtons->addStretch();
    right->addLayout(migrationButtons);
    right->addWidget(m_error);
    right->addStretch();

    auto *main = new QHBoxLayout;
    main->addWidget(m_view, 3);
    main->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main);
    layout->addWidget(close);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_selected = m_model->classId(current);
                showSelected();
            });
    for (QLineEdit *edit : {m_name, m_colour, m_hotkey, m_description})
        connect(edit, &QLineEdit::textChanged, this, &TaxonomyEditor::checkConflicts);
    connect(m_save, &QPushButton::clicked, this, [this] { saveClass(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addClass(m_name->text()); });
    connect(m_colourButton, &QPushButton::clicked, this, &TaxonomyEditor::chooseColour);
    connect(m_merge, &QPushButton::clicked, this, &TaxonomyEditor::mergeDialog);
    connect(m_split, &QPushButton::clicked, this, &TaxonomyEditor::splitDialog);
    connect(m_archive, &QPushButton::clicked, this, [this] { archiveSelected(); });
    resize(900, 480);
    reload();
}

void TaxonomyEditor::reload()
{
    auto t = m_project->taxonomy().get();
    if (!t) {
        m_error->setText(t.error().message);
        return;
    }
    const Id keep = m_selected;
    m_model->setTaxonomy(*t);
    m_view->expandAll();
    for (int c = 0; c < TaxonomyModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    if (!keep.isEmpty() && m_model->indexOf(keep).isValid())
        selectClass(keep);
    else
        showSelected();
}

void TaxonomyEditor::selectClass(const Id &classId)
{
    const QModelIndex index = m_model->indexOf(classId);
    m_selected = classId;
    if (index.isValid())
        m_view->setCurrentIndex(index);
    showSelected();
}

Id TaxonomyEditor::selectedClass() const
{
    return m_selected;
}

void TaxonomyEditor::showSelected()
{
    const TaxonomyClass *c = m_model->taxonomy().findAny(m_selected);
    const bool offered = c && !c->archived;
    for (QLineEdit *edit : {m_name, m_colour, m_hotkey, m_description}) {
        const QSignalBlocker block(edit);
        edit->clear();
    }
    if (c) {
        const QSignalBlocker b1(m_name), b2(m_colour), b3(m_hotkey), b4(m_description);
        m_name->setText(c->name);
        m_colour->setText(c->colour);
        m_hotkey->setText(c->hotkey);
        m_description->setText(c->description);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_save, m_merge, m_split, m_archive})
        w->setEnabled(offered);
    checkConflicts();
}

TaxonomyClass TaxonomyEditor::formClass() const
{
    TaxonomyClass c;
    if (const TaxonomyClass *old = m_model->taxonomy().findById(m_selected))
        c = *old;
    c.name = m_name->text();
    c.colour = m_colour->text().trimmed();
    c.hotkey = m_hotkey->text().trimmed();
    c.description = m_description->text();
    return c;
}

// The shared checks (core/taxonomy/taxonomyconflicts.h), as the command line refuses them.
void TaxonomyEditor::checkConflicts()
{
    const TaxonomyClass candidate = formClass();
    const QList<TaxonomyConflict> conflicts = core::taxonomyConflicts(m_model->taxonomy(),
                                                                      candidate);
    QStringList lines;
    bool blocking = false;
    for (const TaxonomyConflict &c : conflicts) {
        blocking = blocking || c.blocking();
        lines.append(
                QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                        .arg(c.blocking() ? QStringLiteral("#b00020") : QStringLiteral("#8a5a00"),
                             c.blocking() ? QStringLiteral("✖") : QStringLiteral("⚠"),
                             c.message.toHtmlEscaped()));
    }
    m_conflicts->setText(lines.join(QStringLiteral("<br>")));
    m_conflicts->setToolTip(QString());
    const bool editing = m_model->taxonomy().findById(m_selected) != nullptr;
    m_save->setEnabled(editing && !blocking);
    // A new class gets a free hotkey and colour when those are left empty: only the name and
    // what was typed count; the id of the selected class is not its own.
    TaxonomyClass fresh = candidate;
    fresh.id.clear();
    bool freshBlocking = false;
    for (const TaxonomyConflict &c : core::taxonomyConflicts(m_model->taxonomy(), fresh))
        freshBlocking = freshBlocking || c.blocking();
    m_add->setEnabled(!freshBlocking);
}

QString TaxonomyEditor::errorText() const
{
    return m_error->text();
}

bool TaxonomyEditor::report(const Status &status)
{
    if (!status) {
        m_error->setText(status.error().message);
        return false;
    }
    m_error->clear();
    reload();
    Q_EMIT taxonomyChanged();
    return true;
}

bool TaxonomyEditor::confirm(const QString &change, const QList<Id> &classes, const QString &summary)
{
    auto preview = m_project->taxonomy().preview(change, classes);
    if (!preview) {
        m_error->setText(preview.error().message);
        return false;
    }
    MigrationPreviewDialog dialog(*preview, summary, this);
    const bool ok = m_confirm ? m_confirm(dialog) : dialog.exec() == QDialog::Accepted;
    if (!ok)
        m_error->setText(tr("Cancelled: nothing was changed."));
    return ok;
}

bool TaxonomyEditor::addClass(const QString &name)
{
    TaxonomyClass c = formClass();
    c.id.clear();
    c.name = name.trimmed();
    c.parentId = m_model->taxonomy().findById(m_selected) ? c.parentId : Id();
    auto added = m_project->taxonomy().addClass(c);
    if (!added) {
        m_error->setText(added.error().message);
        return false;
    }
    m_selected = added->id;
    return report({});
}

bool TaxonomyEditor::saveClass()
{
    const TaxonomyClass *old = m_model->taxonomy().findById(m_selected);
    if (!old) {
        m_error->setText(tr("Select a class first."));
        return false;
    }
    const TaxonomyClass c = formClass();
    if (c.name != old->name
        && !confirm(QStringLiteral("rename"), {c.id},
                    tr("Rename \"%1\" to \"%2\". Every label of the class shows the new name "
                       "from the new version on:")
                            .arg(old->name, c.name)))
        return false;
    return report(m_project->taxonomy().updateClass(c));
}

bool TaxonomyEditor::mergeSelectedInto(const Id &target)
{
    const core::Taxonomy &t = m_model->taxonomy();
    const TaxonomyClass *from = t.findById(m_selected);
    const TaxonomyClass *into = t.findById(target);
    if (!from || !into) {
        m_error->setText(tr("Select the class to merge and the class to merge it into."));
        return false;
    }
    if (!confirm(QStringLiteral("merge"), {from->id},
                 tr("Merge \"%1\" into \"%2\". \"%1\" is archived and its labels read as "
                    "\"%2\" from the new version on (their class ids stay):")
                         .arg(from->name, into->name)))
        return false;
    m_selected = target;
    return report(m_project->taxonomy().mergeClasses({from->id}, target));
}

bool TaxonomyEditor::splitSelected(const QStringList &parts, int assignTo,
                                   const QString &relabelBatch)
{
    const TaxonomyClass *c = m_model->taxonomy().findById(m_selected);
    if (!c) {
        m_error->setText(tr("Select a class first."));
        return false;
    }
    const QString how = assignTo >= 0 && assignTo < parts.size()
                                ? tr("its labels read as \"%1\"").arg(parts.at(assignTo))
                                : tr("its labels are sent back for re-labeling in the batch "
                                     "\"%1\"")
                                          .arg(relabelBatch);
    if (!confirm(QStringLiteral("split"), {c->id},
                 tr("Split \"%1\" into %2; %3, and its gold answers are listed for the lead to "
                    "redo:")
                         .arg(c->name, parts.join(QStringLiteral(", ")), how)))
        return false;
    QList<TaxonomyClass> newClasses;
    for (const QString &name : parts) {
        TaxonomyClass part;
        part.name = name.trimmed();
        newClasses.append(part);
    }
    auto split = m_project->taxonomy().splitClass(c->id, newClasses, assignTo, relabelBatch);
    if (!split) {
        m_error->setText(split.error().message);
        return false;
    }
    m_selected = split->parts.isEmpty() ? Id() : split->parts.first().id;
    return report({});
}

bool TaxonomyEditor::archiveSelected()
{
    const TaxonomyClass *c = m_model->taxonomy().findById(m_selected);
    if (!c) {
        m_error->setText(tr("Select a class first."));
        return false;
    }
    if (!confirm(QStringLiteral("archive"), {c->id},
                 tr("Archive \"%1\": it is no longer offered; its labels keep its name:")
                         .arg(c->name)))
        return false;
    return report(m_project->taxonomy().archiveClass(c->id));
}

bool TaxonomyEditor::moveClass(const Id &classId, const Id &parentId, const Id &before)
{
    m_selected = classId;
    return report(m_project->taxonomy().moveClass(classId, parentId, before));
}

void TaxonomyEditor::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour->text()), this,
                                                 tr("Colour of the class"));
    if (chosen.isValid())
        m_colour->setText(chosen.name());
}

void TaxonomyEditor::mergeDialog()
{
    const TaxonomyClass *from = m_model->taxonomy().findById(m_selected);
    if (!from)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Merge \"%1\"").arg(from->name));
    auto *target = new QComboBox(&dialog);
    for (const TaxonomyClass &c : m_model->taxonomy().classes) {
        if (c.id != from->id)
            target->addItem(c.name, c.id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Preview…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("Merge \"%1\" &into:").arg(from->name), target);
    layout->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && target->currentIndex() >= 0)
        mergeSelectedInto(target->currentData().toString());
}

void TaxonomyEditor::splitDialog()
{
    const TaxonomyClass *c = m_model->taxonomy().findById(m_selected);
    if (!c)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Split \"%1\"").arg(c->name));
    auto *parts = new QLineEdit(&dialog);
    parts->setPlaceholderText(tr("new class names, separated by commas"));
    auto *toOne = new QRadioButton(tr("Existing labels read as:"), &dialog);
    auto *side = new QComboBox(&dialog);
    auto *relabel = new QRadioButton(tr("Send them back for re-labeling, in a new batch:"), &dialog);
    auto *batch = new QLineEdit(tr("re-label %1").arg(c->name), &dialog);
    relabel->setChecked(true);
    connect(parts, &QLineEdit::textChanged, &dialog, [parts, side] {
        side->clear();
        for (const QString &p : parts->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            side->addItem(p.trimmed());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Preview…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("&New classes:"), parts);
    layout->addRow(toOne, side);
    layout->addRow(relabel, batch);
    auto *note = new QLabel(tr("Boxes can only honestly be sent back: nobody knows which part "
                               "an old box belongs to."),
                            &dialog);
    note->setWordWrap(true);
    layout->addRow(note);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList names;
    for (const QString &p : parts->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(p.trimmed());
    splitSelected(names, toOne->isChecked() ? side->currentIndex() : -1, batch->text());
}

} // namespace assay::app
