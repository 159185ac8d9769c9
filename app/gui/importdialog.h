// SPDX-License-Identifier: Apache-2.0
// ImportDialog: File ▸ Import Labels — labels and predictions from other tools into the project,
// with a dry-run check, a cancellable run in a worker thread and a summary at the end.
#pragma once

#include "core/domain/types.h"
#include "core/identity/keys.h"
#include "core/result.h"
#include "core/transfer/datasetimport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace assay::app {

class TransferRunner;
struct TransferFailure;
struct TransferReport;

class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // The import runs on its own connection to projectPath, recorded for actorId.
    ImportDialog(const QString &projectPath, const core::Id &actorId,
                 const core::identity::SecretKeys *keys, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSourcePath(const QString &path);
    QString sourcePath() const;
    void setFormat(const QString &name); // "auto" or an importer's name
    // The importer "auto" recognised for the current path; empty while unknown.
    QString recognisedFormat() const { return m_recognised; }
    // The options as set in the dialog (no progress or cancel hooks).
    core::transfer::ImportOptions options() const;

    // Reads, matches and reports without writing; the report is shown in the dialog.
    bool check();
    // Imports; on success shows the summary and closes the dialog. On failure or cancel the
    // dialog stays open and says why (the project is unchanged either way).
    bool runImport();

    const std::optional<core::transfer::ImportSummary> &summary() const { return m_summary; }
    QString resultText() const;

Q_SIGNALS:
    // Emitted as soon as the import has committed, before the summary is shown.
    void imported(const core::transfer::ImportSummary &summary);

private:
    struct Detection
    {
        QString path;
        QString format; // an importer name; empty when not recognised
        QString error;
    };

    void chooseSource(bool folder);
    void chooseMediaRoot();
    void chooseReference();
    void sourceChanged();
    void startDetection();
    void detectionDone();
    void updateState();
    QString effectiveFormat() const;
    QString displayName(const QString &format) const;
    void showResult(const QString &text, bool problem);
    Result<core::transfer::ImportSummary> importWith(
            TransferRunner &runner, const core::transfer::ImportOptions &options) const;
    TransferFailure failureReport(const Error &error) const;
    TransferReport summaryReport(const core::transfer::ImportSummary &summary) const;
    void loadSettings();
    void saveSettings() const;
    QString lastFolder() const;

    QString m_projectPath;
    core::Id m_actorId;
    std::optional<core::identity::SecretKeys> m_keys; // the signed-in person's
    QLineEdit *m_source;
    QComboBox *m_format;
    QLabel *m_recognisedLabel;
    QLineEdit *m_mediaRoot;
    QPushButton *m_mediaRootButton;
    QLineEdit *m_reference;
    QPushButton *m_referenceButton;
    QLabel *m_referenceLabel;
    QComboBox *m_kind;
    QLabel *m_kindLabel;
    QCheckBox *m_addClasses;
    QCheckBox *m_clip;
    QCheckBox *m_keepCrowd;
    QCheckBox *m_prelabels;
    QLineEdit *m_model;
    QPlainTextEdit *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
    QTimer *m_detectTimer;
    QFutureWatcher<Detection> m_detection;
    QString m_recognised;
    bool m_mediaRootEdited = false;
    std::optional<core::transfer::ImportSummary> m_summary;
};

} // namespace assay::app
