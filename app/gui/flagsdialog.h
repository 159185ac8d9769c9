// SPDX-License-Identifier: Apache-2.0
// FlagsDialog: the flagged tasks (reason, comment, person), each item shown beside the list,
// and a lead's resolution: back to the annotator's queue, or done, with a note.
#pragma once

#include "core/work/workservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace assay::widgets {
class ItemPreview;
}

namespace assay::app {

class FlagsDialog final : public QDialog
{
    Q_OBJECT

public:
    FlagsDialog(core::Project *store, QWidget *parent = nullptr);

    void reload();
    // Resolves the selected flag as the form says; false, with errorText(), on failure.
    bool resolve();
    void selectTask(const core::Id &taskId);

    QTableWidget *table() const { return m_table; }
    widgets::ItemPreview *preview() const { return m_preview; }
    QRadioButton *requeueButton() const { return m_requeue; }
    QRadioButton *doneButton() const { return m_done; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *resolveButton() const { return m_resolve; }
    QLabel *emptyLabel() const { return m_empty; }
    QString errorText() const;
    int flagCount() const { return int(m_flags.size()); }

Q_SIGNALS:
    void flagResolved(const core::Id &taskId);

private:
    void showCurrent();
    void showError(const QString &text);

    core::Project *m_store;
    QList<core::FlaggedTask> m_flags;
    QTableWidget *m_table;
    QLabel *m_empty;
    widgets::ItemPreview *m_preview;
    QRadioButton *m_requeue;
    QRadioButton *m_done;
    QLineEdit *m_note;
    QPushButton *m_resolve;
    QLabel *m_error;
};

} // namespace assay::app
