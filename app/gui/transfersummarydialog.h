// SPDX-License-Identifier: Apache-2.0
// TransferSummaryDialog: what an import or export did — a headline, the points that need a
// look, and the full report in a details area that can be copied.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace assay::app {

class TransferSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Tone { Success, Attention };

    TransferSummaryDialog(const QString &title, Tone tone, const QString &headline,
                          const QStringList &points, const QString &details,
                          QWidget *parent = nullptr);

    QString headline() const;
    QString details() const;

    // A folder the person may want to open (the export's output); adds "Open Folder".
    void setFolder(const QString &folder);

private:
    QLabel *m_headline;
    QPlainTextEdit *m_details;
    QString m_folder;
};

} // namespace assay::app
