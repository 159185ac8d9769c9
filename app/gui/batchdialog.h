// SPDX-License-Identifier: Apache-2.0
// BatchDialog: a lead's batches — a new batch with a preview of its queues before anything is
// recorded, each batch's progress, and the decision to accept or reject it beside its figures.
#pragma once

#include "core/work/workservice.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class BatchDialog final : public QDialog
{
    Q_OBJECT

public:
    BatchDialog(core::Project *store, QWidget *parent = nullptr);

    // The form as a spec (annotators by id); an error names what is missing.
    Result<core::BatchSpec> spec() const;
    // Fills the preview of the queues from the form; nothing is recorded.
    bool preview();
    // Records the batch the preview showed (the same seed); false, with errorText(), on failure.
    bool createBatch();
    // Accepts or rejects the selected batch with the reason in the field.
    bool decide(bool accept);
    void selectBatch(const core::Id &batchId);
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *annotatorList() const { return m_annotators; }
    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *itemListEdit() const { return m_itemList; }
    QRadioButton *byListButton() const { return m_byList; }
    QSpinBox *overlapBox() const { return m_overlap; }
    QDoubleSpinBox *goldRateBox() const { return m_goldRate; }
    QComboBox *orderBox() const { return m_order; }
    QLineEdit *criteriaEdit() const { return m_criteria; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *createButton() const { return m_create; }
    QTableWidget *batchTable() const { return m_batches; }
    QTableWidget *verdictTable() const { return m_verdicts; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    // Where the selected batch's answers rejected in review go: their annotator (data empty),
    // the least-loaded other annotator ("*"), or a named annotator (their id).
    QComboBox *returnBox() const { return m_returnTo; }
    bool setReturnRule(int index);
    QString errorText() const;
    core::Id currentBatch() const;

Q_SIGNALS:
    // A batch was created or decided: queues changed.
    void batchesChanged();

private:
    QWidget *makeNewPage();
    QWidget *makeListPage();
    void loadAnnotators();
    void formChanged();
    void showBatch();
    void updateDecisionButtons(const QString &why);
    void showReturnRule(const core::Batch &batch, const QList<core::Task> &tasks);
    void showError(const QString &text);

    core::Project *m_store;
    QList<core::Batch> m_batchList;
    std::optional<core::BatchPreview> m_preview;
    QTabWidget *m_tabs;
    // New batch
    QLineEdit *m_name = nullptr;
    QRadioButton *m_byKind = nullptr;
    QRadioButton *m_byList = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_itemList = nullptr;
    QListWidget *m_annotators = nullptr;
    QLabel *m_noAnnotators = nullptr;
    QSpinBox *m_overlap = nullptr;
    QDoubleSpinBox *m_goldRate = nullptr;
    QCheckBox *m_pooled = nullptr;
    QSpinBox *m_leaseMinutes = nullptr;
    QComboBox *m_order = nullptr;
    QLineEdit *m_criteria = nullptr;
    QPushButton *m_previewButton = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QPushButton *m_create = nullptr;
    // Batches
    QTableWidget *m_batches = nullptr;
    QLabel *m_batchTitle = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_verdicts = nullptr;
    QLabel *m_verdictNote = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QComboBox *m_returnTo = nullptr;
    QLabel *m_error;
};

} // namespace assay::app
