// SPDX-License-Identifier: Apache-2.0
#include "app/gui/citationsdialog.h"

#include "core/project/services.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace assay::app {

using namespace assay::core;

CitationsDialog::CitationsDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_table(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("citationsDialog"));
    setWindowTitle(tr("Guideline Citations"));
    m_table->setHeaderLabels({tr("Section"), tr("Flags"), tr("Rejections"), tr("Items")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a section for the items whose flags or rejections "
                           "cite it"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The sections annotators' flags and reviewers' rejections cite, "
                                "most cited first: the places where the guideline confuses "
                                "people."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        Q_EMIT itemsRequested(tr("Items citing %1").arg(row->text(0)),
                              row->data(0, Qt::UserRole).toStringList());
    });
    fill();
}

void CitationsDialog::fill()
{
    auto cited = m_project->guidelines().citations();
    if (!cited) {
        m_message->setText(cited.error().toString());
        return;
    }
    QList<SectionCitations> rows = *cited;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SectionCitations &a, const SectionCitations &b) {
                         return a.total() > b.total();
                     });
    for (const SectionCitations &c : std::as_const(rows)) {
        auto *row = new QTreeWidgetItem(m_table);
        // A section no longer in the guideline keeps its anchor.
        row->setText(0, c.title.isEmpty() ? tr("%1 (no longer in the guideline)").arg(c.anchor)
                                          : c.title);
        row->setText(1, QString::number(c.flags));
        row->setText(2, QString::number(c.rejections));
        row->setText(3, QString::number(c.itemIds.size()));
        for (int col = 1; col < 4; ++col)
            row->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        row->setData(0, Qt::UserRole, QStringList(c.itemIds.cbegin(), c.itemIds.cend()));
    }
    m_message->setText(rows.isEmpty() ? tr("No flag or rejection cites a section yet.") : QString());
    m_message->setVisible(!m_message->text().isEmpty());
}

} // namespace assay::app
