// SPDX-License-Identifier: Apache-2.0
// The guideline sections that confuse people: how often each was cited by annotators' flags and
// by reviewers' rejections, with the items concerned (GuidelineService::citations).
#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class CitationsDialog final : public QDialog
{
    Q_OBJECT
public:
    // The project is not owned; its signed-in person must be allowed to read the citations.
    explicit CitationsDialog(core::Project *project, QWidget *parent = nullptr);

    // One row per cited section, most cited first: title, flags, rejections, items.
    QTreeWidget *table() const { return m_table; }

Q_SIGNALS:
    // A double-click (or Return) on a row: the items that cited the section.
    void itemsRequested(const QString &title, const QStringList &itemIds);

private:
    void fill();

    core::Project *m_project;
    QTreeWidget *m_table;
    QLabel *m_message;
};

} // namespace assay::app
