// SPDX-License-Identifier: Apache-2.0
// Quality over time in the lead's quality panel: per person charts with the threshold line, per
// class agreement over time, drift alerts with their evidence, the pairwise agreement heat map
// (a click opens the items the two disagreed on) and the gold references most people miss.
#pragma once

#include "core/quality/qualitytimeline.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace assay::core {
class Project;
}

namespace assay::widgets {

class PairHeatMap;

class QualityTimelineView final : public QWidget
{
    Q_OBJECT
public:
    explicit QualityTimelineView(QWidget *parent = nullptr);

    // Computes the project's timeline (ReportService); the project is not owned.
    void setStore(core::Project *store);
    void setTimeline(const core::quality::QualityTimeline &timeline, double threshold,
                     const QHash<QString, QString> &classNames = {});
    void showPerson(const QString &person);

    QComboBox *personBox() const { return m_people; }
    QChartView *personChart() const { return m_personChart; }
    QChartView *classChart() const { return m_classChart; }
    PairHeatMap *heatMap() const { return m_heatMap; }
    QTableWidget *alertsTable() const { return m_alerts; }
    QTableWidget *suspectTable() const { return m_suspects; }
    // The items both people labeled and disagreed on (what a click on their cell opens).
    QStringList disagreedItems(const QString &a, const QString &b) const;

Q_SIGNALS:
    void itemsRequested(const QString &title, const QStringList &itemIds);

private:
    QWidget *framed(const QString &title, QWidget *content);

    core::quality::QualityTimeline m_timeline;
    double m_threshold = 0.8;
    QHash<QString, QString> m_classNames;
    QLabel *m_message;
    QComboBox *m_people;
    QChartView *m_personChart;
    QChartView *m_classChart;
    PairHeatMap *m_heatMap;
    QTableWidget *m_alerts;
    QTableWidget *m_suspects;
};

} // namespace assay::widgets
