// SPDX-License-Identifier: Apache-2.0
// TransferSummaryDialog: what an import or export did — a headline, the points that need a
// look, and the full report in a details area that can be copied.
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace assay::app {

// What a finished import or export tells the person; each dialog makes its own from its
// summary, TransferRunner::reportSummary() shows it.
struct TransferReport
{
    QString title;          // of the window
    QString headline;       // one sentence: what was done
    QStringList points;     // the facts worth a look, shown as a list
    QString details;        // the full report, which can be copied
    bool attention = false; // some point needs a look: a warning icon, not an information one
    QString folder;         // an output folder to offer with "Open Folder"; empty: none
};

class TransferSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TransferSummaryDialog(const TransferReport &report, QWidget *parent = nullptr);

    QString headline() const;
    QString details() const;

private:
    QLabel *m_headline;
    QPlainTextEdit *m_details;
};

} // namespace assay::app
