// SPDX-License-Identifier: Apache-2.0
// CalibrationResultsView: a trainer's one screen on a calibration session — who is ready, who
// is not and why; how the cohort answered each item; the cohort's agreement beside its
// agreement with the reference; the items most people got wrong, with their guideline section.
#pragma once

#include "core/calibration/calibrationservice.h"
#include "core/domain/types.h"
#include "core/result.h"

#include <QColor>
#include <QDialog>
#include <QImage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class CohortOverlay;
class ClassSpreadChart;

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
    // The selected item: the cohort's boxes over its image, beside the spread of its answers.
    CohortOverlay *overlay() const { return m_overlay; }
    ClassSpreadChart *spreadChart() const { return m_spread; }
    void selectItem(int row);

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
    CohortOverlay *m_overlay;
    ClassSpreadChart *m_spread;
    core::SessionResults m_results;
    QHash<core::Id, QList<core::Box>> m_referenceBoxes; // by item, of the shown session's set
};

// An item's image with the reference boxes (thick, solid, white-edged) and every member's
// boxes over it, one colour per member (the same colour on every item), with a legend.
class CohortOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit CohortOverlay(QWidget *parent = nullptr);
    void setItem(const QImage &image, const QSize &size, const core::ItemSpread &spread,
                 const QList<core::Box> &reference, const QStringList &members,
                 const QHash<core::Id, QString> &classNames);
    static QColor referenceColour();
    // The colour of the member at `index` in the session's list.
    static QColor memberColour(int index);
    QColor colourOf(const QString &member) const;
    QSize sizeHint() const override { return {520, 380}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QSize m_size;
    core::ItemSpread m_spread;
    QList<core::Box> m_reference;
    QStringList m_members;
    QHash<core::Id, QString> m_names;
};

// The spread of the cohort's answers on one item as bars: for an item labelled by class, how
// many people gave each answer (the reference's bar marked); for boxes, how many people drew
// boxes of each class, beside how many the reference has.
class ClassSpreadChart final : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        int value = 0;
        bool reference = false; // the reference answer (or a class the reference has)
        QString note;
    };
    explicit ClassSpreadChart(QWidget *parent = nullptr);
    void setItem(const core::ItemSpread &spread, const QList<core::Box> &reference,
                 const QHash<core::Id, QString> &classNames);
    const QList<Bar> &bars() const { return m_bars; }
    int of() const { return m_of; }
    QSize sizeHint() const override { return {300, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
    int m_of = 0;
    QString m_title;
};

} // namespace assay::app
