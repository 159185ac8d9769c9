// SPDX-License-Identifier: Apache-2.0
// The lead's quality panel: a batch's figures and verdicts, gold accuracy per person, the
// pairwise agreement heat map and per-class agreement, each plot savable as PNG.
#pragma once

#include "core/quality/qualityreport.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

class QChartView;

namespace assay::core {
class Project;
}

namespace assay::widgets {

// Cohen's kappa of every pair of people as a coloured matrix (red -1 .. white 0 .. green 1).
class PairHeatMap final : public QWidget
{
    Q_OBJECT
public:
    explicit PairHeatMap(QWidget *parent = nullptr);
    void setPairs(const QList<core::quality::PairFigures> &pairs);
    const QStringList &people() const { return m_people; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

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

    // Renders a plot into a PNG file; false (and nothing written) on failure.
    static bool savePng(QWidget *plot, const QString &path);

private:
    void showBatch(int index);
    QWidget *framed(const QString &title, QWidget *plot);

    core::Project *m_store = nullptr;
    QComboBox *m_batches;
    QLabel *m_title;
    QLabel *m_message;
    QTableWidget *m_figures;
    QChartView *m_goldChart;
    QChartView *m_classChart;
    PairHeatMap *m_heatMap;
};

} // namespace assay::widgets
