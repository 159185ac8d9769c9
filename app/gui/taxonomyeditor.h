// SPDX-License-Identifier: Apache-2.0
// TaxonomyEditor: the taxonomy author's window: classes in a tree, edited with conflicts
// explained as you type; rename, merge and split show what they touch before they apply.
#pragma once

#include "core/domain/types.h"
#include "core/taxonomy/taxonomyservice.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeView;

namespace assay::core {
class Project;
}

namespace assay::app {

class TaxonomyModel;

// What a change would touch, per batch, with Apply and Cancel: nothing is recorded before
// Apply (the same counts as `assay taxonomy ... --preview`).
class MigrationPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    MigrationPreviewDialog(const core::MigrationPreview &preview, const QString &summary,
                           QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QString summary() const;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

class TaxonomyEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit TaxonomyEditor(core::Project *project, QWidget *parent = nullptr); // not owned

    void reload();
    void selectClass(const core::Id &classId);
    core::Id selectedClass() const;

    // The editor's actions, as its buttons run them; false with errorText() when refused or
    // cancelled at the preview.
    bool addClass(const QString &name);
    bool saveClass(); // the form's fields onto the selected class
    bool mergeSelectedInto(const core::Id &target);
    bool splitSelected(const QStringList &parts, int assignTo, const QString &relabelBatch);
    bool archiveSelected();
    bool moveClass(const core::Id &classId, const core::Id &parentId, const core::Id &before);

    // How a preview is confirmed: by default the dialog is shown and Apply confirms; tests
    // look at it and answer.
    void setPreviewConfirmer(std::function<bool(MigrationPreviewDialog &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    TaxonomyModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *colourEdit() const { return m_colour; }
    QLineEdit *hotkeyEdit() const { return m_hotkey; }
    QLabel *conflictLabel() const { return m_conflicts; }
    QPushButton *saveButton() const { return m_save; }
    QString errorText() const;

Q_SIGNALS:
    void taxonomyChanged();

private:
    void showSelected();
    void checkConflicts();
    core::TaxonomyClass formClass() const;
    bool confirm(const QString &change, const QList<core::Id> &classes, const QString &summary);
    bool report(const Status &status);
    void chooseColour();
    void mergeDialog();
    void splitDialog();

    core::Project *m_project;
    TaxonomyModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_name;
    QLineEdit *m_colour;
    QPushButton *m_colourButton;
    QLineEdit *m_hotkey;
    QLineEdit *m_description;
    QLabel *m_conflicts;
    QPushButton *m_save;
    QPushButton *m_add;
    QPushButton *m_merge;
    QPushButton *m_split;
    QPushButton *m_archive;
    QLabel *m_error;
    core::Id m_selected; // an id: the model is rebuilt after every change
    std::function<bool(MigrationPreviewDialog &)> m_confirm;
};

} // namespace assay::app
