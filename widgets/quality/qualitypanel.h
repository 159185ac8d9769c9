// SPDX-License-Identifier: Apache-2.0
// The lead's quality panel: a batch's figures and verdicts, gold accuracy per person, the
// pairwise agreement heat map and per-class agreement, each plot savable as PNG.
#pragma once

#include "core/quality/qualityreport.h"
#include "core/work/workservice.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

class QChartView;

namespace assay::core {
class Project;
}

namespace assay::widgets {

class QualityTimelineView;

// Cohen's kappa of every pair of people as a coloured matrix (red -1 .. white 0 .. green 1).
class PairHeatMap final : public QWidget
{
    Q_OBJECT
public:
    explicit PairHeatMap(QWidget *parent = nullptr);
    void setPairs(const QList<core::quality::PairFigures> &pairs);
    const QStringList &people() const { return m_people; }
    QSize sizeHint() const override;
    // The cell under `pos` as the pair of people it compares; empty off the matrix.
    std::pair<QString, QString> pairAt(const QPoint &pos) const;

Q_SIGNALS:
    void pairClicked(const QString &a, const QString &b);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips: the kappa, or why there is none

private:
    QStringList m_people;
    QHash<QString, std::optional<double>> m_kappa; // "a\nb" with a < b
};

class QualityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit QualityPanel(QWidget *parent = nullptr);

    // Lists the project's batches and shows the first; the store is not owned.
    void setStore(core::Project *store);
    // Shows one report (class ids are shown by the names given).
    void setReport(const QString &title, const core::quality::QualityReport &report,
                   const QHash<QString, QString> &classNames = {});

    QTableWidget *figuresTable() const { return m_figures; }
    QChartView *goldChart() const { return m_goldChart; }
    QChartView *classChart() const { return m_classChart; }
    PairHeatMap *heatMap() const { return m_heatMap; }
    QTabWidget *tabs() const { return m_tabs; }
    // The version filters: the report counts only answers made under the chosen versions.
    QComboBox *taxonomyVersionBox() const { return m_taxonomyVersion; }
    QComboBox *guidelineVersionBox() const { return m_guidelineVersion; }
    QualityTimelineView *timelineView() const { return m_timeline; } // quality over time, drift

    // Renders a plot into a PNG file; false (and nothing written) on failure.
    static bool savePng(QWidget *plot, const QString &path);

    // The items behind a figure of the batch shown (setStore), each list in project order:
    // what a click on a row, a bar or a cell opens.
    QStringList itemsOfPerson(const QString &person) const;            // answered by them
    QStringList itemsOfClass(const QString &classId) const;            // given the class by anyone
    QStringList itemsOfPair(const QString &a, const QString &b) const; // answered by both
    QStringList goldItems() const;                                     // of gold tasks done
    QStringList lowItems() const;   // items whose share of agreeing answer pairs is below bound
    QStringList ratedItems() const; // items with two answers or more

Q_SIGNALS:
    // A click on a figure, a person, a class or a pair: the items behind it.
    void itemsRequested(const QString &title, const QStringList &itemIds);

private:
    void showBatch(int index);
    void fillVersions();
    QWidget *framed(const QString &title, QWidget *plot);
    void figureActivated(int row);
    void request(const QString &title, const QStringList &itemIds);

    core::Project *m_store = nullptr;
    QList<core::BatchWork> m_work; // the answers behind the report shown
    double m_itemThreshold = 0.5;
    QStringList m_goldPeople; // the gold chart's bars, in order
    QStringList m_classIds;   // the class chart's bars, in order
    QComboBox *m_batches;
    QComboBox *m_taxonomyVersion;  // only answers made under it; data 0: any
    QComboBox *m_guidelineVersion; // likewise
    QLabel *m_title;
    QLabel *m_message;
    QTableWidget *m_figures;
    QChartView *m_goldChart;
    QChartView *m_classChart;
    PairHeatMap *m_heatMap;
    QTabWidget *m_tabs;
    QualityTimelineView *m_timeline;
};

} // namespace assay::widgets
