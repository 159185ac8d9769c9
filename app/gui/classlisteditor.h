// SPDX-License-Identifier: Apache-2.0
// ClassListEditor: the taxonomy as a simple list of classes — add, rename, remove — each change
// recorded at once as a new taxonomy version.
#pragma once

#include "core/domain/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace assay::core {
class Project;
}

namespace assay::app {

class ClassListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ClassListEditor(QWidget *parent = nullptr);

    void setStore(core::Project *store); // not owned
    void reload();

    // The editor's actions, as its buttons run them; false with errorText() on failure.
    bool addClass(const QString &name);
    bool renameClass(const core::Id &classId, const QString &name);
    bool removeClass(const core::Id &classId);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *list() const { return m_list; }
    QStringList classNames() const;
    QString errorText() const;

Q_SIGNALS:
    void taxonomyChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void showError(const QString &text);

    core::Project *m_store = nullptr;
    core::Taxonomy m_taxonomy;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace assay::app
