// SPDX-License-Identifier: Apache-2.0
// Implements the quality-over-time view: Qt Charts line charts, tables and the pair heat map.
#include "widgets/quality/qualitytimelineview.h"
#include "core/base/decimal.h"

#include "core/project/services.h"
#include "core/report/reportservice.h"
#include "widgets/quality/qualitypanel.h"
#include "widgets/quality/reportrender.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace assay::widgets {

using namespace assay::core;

// The points of several series on one x axis: the union of their labels, sorted.
static ReportChart chartOf(const QString &title, const QString &yTitle,
                           const QList<std::pair<QString, QList<quality::SeriesPoint>>> &series)
{
    ReportChart chart;
    chart.title = title;
    chart.yTitle = yTitle;
    for (const auto &[name, points] : series) {
        for (const quality::SeriesPoint &p : points) {
            if (!chart.labels.contains(p.label))
                chart.labels.append(p.label);
        }
    }
    std::sort(chart.labels.begin(), chart.labels.end());
    for (const auto &[name, points] : series) {
        QList<std::optional<double>> values(chart.labels.size());
        for (const quality::SeriesPoint &p : points)
            values[chart.labels.indexOf(p.label)] = p.value;
        chart.series.append({name, values});
    }
    return chart;
}

static void setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QualityTimelineView::QualityTimelineView(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_people(new QComboBox(this))
    , m_personChart(new QChartView(this))
    , m_classChart(new QChartView(this))
    , m_heatMap(new PairHeatMap(this))
    , m_alerts(new QTableWidget(0, 4, this))
    , m_suspects(new QTableWidget(0, 4, this))
{
    m_message->setWordWrap(true);
    m_personChart->setRenderHint(QPainter::Antialiasing);
    m_classChart->setRenderHint(QPainter::Antialiasing);
    m_personChart->setMinimumHeight(220);
    m_classChart->setMinimumHeight(220);
    m_alerts->setHorizontalHeaderLabels({tr("Person"), tr("Alert"), tr("Window"), tr("Evidence")});
    m_suspects->setHorizontalHeaderLabels(
            {tr("Gold item"), tr("Reference"), tr("Missed"), tr("Answered as")});
    for (QTableWidget *t : {m_alerts, m_suspects}) {
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setWordWrap(true);
    }
    m_suspects->setToolTip(tr("Double-click a reference to open the item"));

    auto *personBox = new QWidget(this);
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Person:"), personBox));
    pick->addWidget(m_people, 1);
    personLayout->addLayout(pick);
    personLayout->addWidget(m_personChart, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(framed(tr("Gold and audit accuracy over time"), personBox), 0, 0);
    grid->addWidget(framed(tr("Agreement per class over time"), m_classChart), 0, 1);
    grid->addWidget(framed(tr("Pairwise agreement (click: the items they disagreed on)"), m_heatMap),
                    1, 0);
    grid->addWidget(framed(tr("Drift alerts"), m_alerts), 1, 1);
    grid->addWidget(framed(tr("Gold references most people miss"), m_suspects), 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);
    m_message->hide();

    connect(m_people, &QComboBox::currentTextChanged, this, &QualityTimelineView::showPerson);
    connect(m_heatMap, &PairHeatMap::pairClicked, this, [this](const QString &a, const QString &b) {
        Q_EMIT itemsRequested(tr("Items %1 and %2 disagreed on").arg(a, b), disagreedItems(a, b));
    });
    connect(m_suspects, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_timeline.suspectGold.size())
            Q_EMIT itemsRequested(tr("Gold reference most people miss"),
                                  {m_timeline.suspectGold.at(row).itemId});
    });
}

QWidget *QualityTimelineView::framed(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content, 1);
    return box;
}

void QualityTimelineView::setStore(Project *store)
{
    if (!store)
        return;
    ReportService reports(*store);
    auto timeline = reports.timeline();
    auto settings = store->gold().qualitySettings();
    auto taxonomy = store->taxonomy().get();
    if (!timeline || !settings || !taxonomy) {
        m_message->setText(!timeline   ? timeline.error().toString()
                           : !settings ? settings.error().toString()
                                       : taxonomy.error().toString());
        m_message->show();
        return;
    }
    m_message->hide();
    QHash<QString, QString> names;
    for (const TaxonomyClass &c : taxonomy->classes)
        names.insert(c.id, c.name);
    setTimeline(*timeline, settings->goldThreshold, names);
}

static QString fixed(double v)
{
    return localDecimal(v, 3);
}

void QualityTimelineView::setTimeline(const quality::QualityTimeline &timeline, double threshold,
                                      const QHash<QString, QString> &classNames)
{
    m_timeline = timeline;
    m_threshold = threshold;
    m_classNames = classNames;
    {
        const QSignalBlocker block(m_people);
        m_people->clear();
        for (const quality::PersonSeries &p : timeline.people)
            m_people->addItem(p.person);
    }
    showPerson(m_people->currentText());

    QList<std::pair<QString, QList<quality::SeriesPoint>>> classes;
    for (const quality::ClassSeries &c : timeline.classes)
        classes.append({classNames.value(c.classId, c.classId), c.agreement});
    setChart(m_classChart,
             reportChart(chartOf(tr("Agreement per class"), tr("agreement"), classes)));

    QList<quality::PairFigures> pairs;
    for (const quality::PairAgreement &p : timeline.pairs) {
        quality::PairFigures f;
        f.a = p.a;
        f.b = p.b;
        f.items = p.items;
        if (p.kappa)
            f.kappa = *p.kappa;
        else
            f.kappa = Error{ErrorCode::InvalidInput, p.note};
        pairs.append(f);
    }
    m_heatMap->setPairs(pairs);

    m_alerts->setRowCount(int(timeline.alerts.size()));
    for (int r = 0; r < timeline.alerts.size(); ++r) {
        const quality::DriftAlert &a = timeline.alerts.at(r);
        const bool accuracy = a.kind == QLatin1String("accuracy-drop");
        const QString evidence
                = accuracy ? tr("gold accuracy %1 over the last %2 answers against %3 over %4 "
                                "before; z = %5 ≥ %6")
                                     .arg(fixed(a.recent))
                                     .arg(a.recentCount)
                                     .arg(fixed(a.earlier))
                                     .arg(a.earlierCount)
                                     .arg(fixed(a.statistic), fixed(a.threshold))
                           : tr("%1 is %2 of the last %3 answers against %4 of the cohort's %5; "
                                "Jensen-Shannon %6 ≥ %7")
                                     .arg(classNames.value(a.classId, a.classId),
                                          fixed(a.personShare))
                                     .arg(a.recentCount)
                                     .arg(fixed(a.cohortShare))
                                     .arg(a.earlierCount)
                                     .arg(fixed(a.statistic), fixed(a.threshold));
        const QStringList cells{a.person, accuracy ? tr("accuracy drop") : tr("class shift"),
                                tr("%1 to %2").arg(a.from.left(10), a.to.left(10)), evidence};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(evidence);
            m_alerts->setItem(r, c, item);
        }
    }
    m_alerts->resizeColumnsToContents();
    m_alerts->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_alerts->resizeRowsToContents();

    auto labelName = [&](const QString &label) {
        if (label.isEmpty())
            return tr("(none)");
        QStringList parts;
        for (const QString &id : label.split(u'+'))
            parts.append(classNames.value(id, id));
        return parts.join(u'+');
    };
    m_suspects->setRowCount(int(timeline.suspectGold.size()));
    for (int r = 0; r < timeline.suspectGold.size(); ++r) {
        const quality::SuspectGold &s = timeline.suspectGold.at(r);
        QStringList as;
        for (const auto &[label, count] : s.answeredAs)
            as.append(tr("%1 × %2").arg(labelName(label)).arg(count));
        const QStringList cells{s.itemId.left(12), labelName(quality::labelOf(s.reference)),
                                tr("%1 of %2").arg(s.missed).arg(s.answers),
                                as.join(QLatin1String(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_suspects->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_suspects->resizeColumnsToContents();
    m_suspects->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

void QualityTimelineView::showPerson(const QString &person)
{
    for (const quality::PersonSeries &p : std::as_const(m_timeline.people)) {
        if (p.person != person)
            continue;
        ReportChart chart = chartOf(tr("%1: accuracy over time").arg(person), tr("accuracy"),
                                    {{tr("gold"), p.gold}, {tr("audit"), p.audit}});
        chart.threshold = m_threshold;
        setChart(m_personChart, reportChart(chart));
        return;
    }
    setChart(m_personChart, new QChart);
}

QStringList QualityTimelineView::disagreedItems(const QString &a, const QString &b) const
{
    for (const quality::PairAgreement &p : m_timeline.pairs) {
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return p.disagreed;
    }
    return {};
}

} // namespace assay::widgets
