// SPDX-License-Identifier: Apache-2.0
// ExportDialog: File ▸ Export Dataset — a snapshot of the project's labels in an interchange
// format, with a manifest, written in a worker thread behind a cancellable progress dialog.
#pragma once

#include "core/domain/types.h"
#include "core/identity/keys.h"
#include "core/result.h"
#include "core/transfer/datasetexport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace assay::app {

struct TransferReport;

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // The export reads projectPath on its own connection, as actorId.
    ExportDialog(const QString &projectPath, const core::Id &actorId,
                 const core::identity::SecretKeys *keys, QWidget *parent = nullptr);

    void setFormat(const QString &name); // an exporter's name
    QString format() const;
    void setOutputPath(const QString &path);
    QString outputPath() const;
    void setExportAll(bool all);
    core::transfer::ExportOptions options() const; // no progress or cancel hooks

    // Writes the files; on success shows the summary and closes the dialog. On failure or
    // cancel the dialog stays open and says why (files written so far are removed).
    bool runExport();

    const std::optional<core::transfer::ExportSummary> &summary() const { return m_summary; }
    QString statusText() const;

    // Folder formats (YOLO, VOC) write one file per image into a folder; the others one file.
    static bool isFolderFormat(const QString &name);

private:
    void formatChanged();
    void chooseOutput();
    QString suggestedOutput(const QString &format, const QString &folder) const;
    bool confirmOutput(const QString &path);
    void showStatus(const QString &text, bool problem);
    TransferReport summaryReport(const core::transfer::ExportSummary &summary) const;
    void loadSettings();
    void saveSettings() const;

    QString m_projectPath;
    core::Id m_actorId;
    std::optional<core::identity::SecretKeys> m_keys; // the signed-in person's
    QComboBox *m_format;
    QLabel *m_outputLabel;
    QLineEdit *m_output;
    QPushButton *m_outputButton;
    QRadioButton *m_final;
    QRadioButton *m_all;
    QCheckBox *m_pretty;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QString m_suggested; // the output the dialog proposed; replaced when the format changes
    QString m_confirmed; // chosen in a file dialog, which already asked about replacing
    std::optional<core::transfer::ExportSummary> m_summary;
};

} // namespace assay::app
