// SPDX-License-Identifier: Apache-2.0
// The class-list editor: a list with its hotkeys and colours, over TaxonomyService.
#include "app/gui/classlisteditor.h"

#include "app/gui/permissionhint.h"
#include "core/project/services.h"

#include <QColor>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

static QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setBrush(QColor(colour));
    p.setPen(QColor(colour).darker(140));
    p.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

ClassListEditor::ClassListEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Class"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_error(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("classList"));
    m_list->setAccessibleName(tr("Classes"));
    m_name->setObjectName(QStringLiteral("className"));
    m_name->setPlaceholderText(tr("a class name, e.g. cat; Enter adds it"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    // Enter adds the class and goes no further: in a dialog or wizard it would otherwise also
    // press the default button (Next, OK) with the name half typed.
    m_name->installEventFilter(this);
    for (QPushButton *b : {m_add, m_rename, m_remove})
        b->setAutoDefault(false);
    connect(m_name, &QLineEdit::textChanged, this, &ClassListEditor::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ClassListEditor::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addClass(m_name->text()))
            m_name->clear();
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_taxonomy.classes.size())
            return;
        const TaxonomyClass cls = m_taxonomy.classes.at(row);
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Class"), tr("New name:"),
                                                   QLineEdit::Normal, cls.name, &ok);
        if (ok)
            renameClass(cls.id, name);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_taxonomy.classes.size())
            removeClass(m_taxonomy.classes.at(row).id);
    });

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_name, 1);
    entry->addWidget(m_add);
    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_remove);
    side->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(entry);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    updateButtons();
}

bool ClassListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_add->isEnabled())
                m_add->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClassListEditor::setStore(Project *store)
{
    m_store = store;
    reload();
}

void ClassListEditor::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    m_taxonomy = {};
    if (m_store) {
        auto t = m_store->taxonomy().get();
        if (t)
            m_taxonomy = *t;
        else
            showError(t.error().toString());
    }
    for (const TaxonomyClass &c : std::as_const(m_taxonomy.classes)) {
        auto *item = new QListWidgetItem(swatch(c.colour),
                                         c.hotkey.isEmpty()
                                                 ? c.name
                                                 : tr("%1  (key %2)").arg(c.name, c.hotkey),
                                         m_list);
        item->setData(Qt::UserRole, c.id);
        if (!c.description.isEmpty())
            item->setToolTip(c.description);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    updateButtons();
}

QStringList ClassListEditor::classNames() const
{
    QStringList names;
    for (const TaxonomyClass &c : m_taxonomy.classes)
        names.append(c.name);
    return names;
}

QString ClassListEditor::errorText() const
{
    return m_error->text();
}

void ClassListEditor::updateButtons()
{
    const Person actor = m_store ? m_store->actor() : Person();
    const QString tip = tr("Add the class named on the left (Enter)");
    if (allowIf(m_add, actor, Action::EditTaxonomy, tip))
        m_add->setEnabled(!m_name->text().trimmed().isEmpty());
    m_name->setEnabled(isAllowed(actor, Action::EditTaxonomy));
    const bool any = m_list->currentRow() >= 0;
    if (allowIf(m_rename, actor, Action::EditTaxonomy, tr("Rename the selected class")))
        m_rename->setEnabled(any);
    if (allowIf(m_remove, actor, Action::EditTaxonomy,
                tr("Remove the selected class (answers keep it; a new taxonomy version)")))
        m_remove->setEnabled(any);
}

void ClassListEditor::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool ClassListEditor::addClass(const QString &name)
{
    if (!m_store || name.trimmed().isEmpty())
        return false;
    TaxonomyClass c;
    c.name = name.trimmed();
    auto added = m_store->taxonomy().addClass(c);
    if (!added) {
        showError(added.error().toString());
        return false;
    }
    showError({});
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
    Q_EMIT taxonomyChanged();
    return true;
}

bool ClassListEditor::renameClass(const Id &classId, const QString &name)
{
    const TaxonomyClass *found = m_taxonomy.findById(classId);
    if (!m_store || !found)
        return false;
    TaxonomyClass c = *found;
    c.name = name.trimmed();
    if (const Status st = m_store->taxonomy().updateClass(c); !st) {
        showError(st.error().toString());
        return false;
    }
    showError({});
    reload();
    Q_EMIT taxonomyChanged();
    return true;
}

bool ClassListEditor::removeClass(const Id &classId)
{
    if (!m_store)
        return false;
    if (const Status st = m_store->taxonomy().removeClass(classId); !st) {
        showError(st.error().toString());
        return false;
    }
    showError({});
    reload();
    Q_EMIT taxonomyChanged();
    return true;
}

} // namespace assay::app
