// SPDX-License-Identifier: Apache-2.0
// CalibrationResultsView: a trainer's one screen on a calibration session — who is ready, who
// is not and why; how the cohort answered each item; the cohort's agreement beside its
// agreement with the reference; the items most people got wrong, with their guideline section.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class CalibrationResultsView final : public QDialog
{
    Q_OBJECT

public:
    explicit CalibrationResultsView(core::Project *project, QWidget *parent = nullptr);

    // Fills the session list and shows the latest (or the named) session's results.
    Status load(const QString &session = {});
    QTableWidget *peopleTable() const { return m_people; }
    QTableWidget *itemsTable() const { return m_items; }
    QLabel *cohortLabel() const { return m_cohort; }
    QPushButton *judgeButton() const { return m_judge; }

private:
    Status show(const QString &session);
    void judge();

    core::Project *m_project; // not owned; outlives the dialog
    QComboBox *m_sessions;
    QLabel *m_summary;
    QTableWidget *m_people;
    QTableWidget *m_items;
    QLabel *m_cohort;
    QLabel *m_missed;
    QPushButton *m_judge;
    QPushButton *m_debrief;
};

} // namespace assay::app
