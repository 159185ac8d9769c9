// SPDX-License-Identifier: Apache-2.0
// CalibrationDebriefDialog: a member's debrief after a calibration session — per item their
// answer, the reference, the explanation and its guideline section (for boxes, both drawn on
// the image) and their per-class results.
#pragma once

#include "core/calibration/calibrationservice.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class DebriefCanvas;

class CalibrationDebriefDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CalibrationDebriefDialog(core::Project *project, QWidget *parent = nullptr);

    // The debrief of `person` (the signed-in person when empty) in `session` (their latest
    // session with a debrief when empty).
    Status load(const QString &session = {}, const QString &person = {});
    QTableWidget *itemsTable() const { return m_items; }
    QTableWidget *classesTable() const { return m_classes; }
    QLabel *explanationLabel() const { return m_explanation; }
    const core::Debrief &debrief() const { return m_debrief; }
    void selectItem(int row);

private:
    core::Project *m_project; // not owned; outlives the dialog
    core::Debrief m_debrief;
    QLabel *m_summary;
    QTableWidget *m_items;
    QTableWidget *m_classes;
    QLabel *m_explanation;
    DebriefCanvas *m_canvas;
};

} // namespace assay::app
