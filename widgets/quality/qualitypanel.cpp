// SPDX-License-Identifier: Apache-2.0
// The quality panel: figures table, Qt Charts bar charts and a painted heat map.
#include "widgets/quality/qualitypanel.h"

#include "core/project/services.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace assay::widgets {

using namespace assay::core;

static QString fmt(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 3) : QStringLiteral("–");
}

static QString fmt(const Result<double> &r)
{
    return r ? QString::number(*r, 'f', 3) : QStringLiteral("–");
}

// ---- heat map ---------------------------------------------------------------------------

PairHeatMap::PairHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(220, 180);
}

void PairHeatMap::setPairs(const QList<quality::PairFigures> &pairs)
{
    m_kappa.clear();
    QSet<QString> people;
    for (const quality::PairFigures &p : pairs) {
        people.insert(p.a);
        people.insert(p.b);
        m_kappa.insert(p.a + QLatin1Char('\n') + p.b,
                       p.kappa ? std::optional<double>(*p.kappa) : std::nullopt);
    }
    m_people = QStringList(people.begin(), people.end());
    m_people.sort();
    updateGeometry();
    update();
}

QSize PairHeatMap::sizeHint() const
{
    const int n = std::max(2, int(m_people.size()));
    return {100 + n * 56, 40 + n * 40};
}

void PairHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int n = int(m_people.size());
    if (n < 2) {
        p.setPen(palette().text().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No pairs of people yet"));
        return;
    }
    const int left = 90;
    const int top = 24;
    const double cw = double(width() - left - 8) / n;
    const double ch = double(height() - top - 8) / n;
    p.setPen(palette().text().color());
    for (int i = 0; i < n; ++i) {
        p.drawText(QRectF(0, top + i * ch, left - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                   fontMetrics().elidedText(m_people[i], Qt::ElideRight, left - 8));
        p.drawText(QRectF(left + i * cw, 0, cw, top), Qt::AlignCenter,
                   fontMetrics().elidedText(m_people[i], Qt::ElideRight, int(cw)));
    }
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const QRectF cell(left + j * cw, top + i * ch, cw - 1, ch - 1);
            std::optional<double> k;
            if (i == j) {
                k = 1.0;
            } else {
                const QString a = m_people[std::min(i, j)];
                const QString b = m_people[std::max(i, j)];
                k = m_kappa.value(a + QLatin1Char('\n') + b);
            }
            QColor c = Qt::lightGray;
            if (k) {
                // White at chance (0), green towards 1, red towards -1: the sign is the news.
                const double t = std::clamp(*k, -1.0, 1.0);
                c = t >= 0 ? QColor::fromRgbF(1 - 0.8 * t, 1 - 0.25 * t, 1 - 0.8 * t)
                           : QColor::fromRgbF(1, 1 + 0.8 * t, 1 + 0.8 * t);
            }
            p.fillRect(cell, c);
            p.setPen(Qt::black);
            p.drawText(cell, Qt::AlignCenter, i == j ? QString() : fmt(k));
        }
    }
}

// ---- panel --------------------------------------------------------------------------------

QualityPanel::QualityPanel(QWidget *parent)
    : QWidget(parent)
    , m_batches(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_figures(new QTableWidget(0, 3, this))
    , m_goldChart(new QChartView(this))
    , m_classChart(new QChartView(this))
    , m_heatMap(new PairHeatMap(this))
{
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("Verdict")});
    m_figures->horizontalHeader()->setStretchLastSection(true);
    m_figures->verticalHeader()->hide();
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_goldChart->setRenderHint(QPainter::Antialiasing);
    m_classChart->setRenderHint(QPainter::Antialiasing);
    m_message->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Batch:"), this));
    top->addWidget(m_batches, 1);
    auto *grid = new QGridLayout;
    grid->addWidget(framed(tr("Batch figures and verdicts"), m_figures), 0, 0);
    grid->addWidget(framed(tr("Gold accuracy per person"), m_goldChart), 0, 1);
    grid->addWidget(framed(tr("Pairwise agreement (Cohen's kappa)"), m_heatMap), 1, 0);
    grid->addWidget(framed(tr("Agreement per class"), m_classChart), 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);
    connect(m_batches, &QComboBox::currentIndexChanged, this, &QualityPanel::showBatch);
}

QWidget *QualityPanel::framed(const QString &title, QWidget *plot)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(plot, 1);
    if (plot != m_figures) {
        auto *save = new QPushButton(tr("Save as PNG…"), box);
        layout->addWidget(save, 0, Qt::AlignRight);
        connect(save, &QPushButton::clicked, this, [this, plot, title] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save Plot"),
                                                              title + QStringLiteral(".png"),
                                                              tr("PNG images (*.png)"));
            if (!path.isEmpty() && !savePng(plot, path))
                m_message->setText(tr("%1: could not be written").arg(path));
        });
    }
    return box;
}

bool QualityPanel::savePng(QWidget *plot, const QString &path)
{
    return plot->grab().save(path, "PNG");
}

void QualityPanel::setStore(assay::core::Project *store)
{
    m_store = store;
    const QSignalBlocker block(m_batches);
    m_batches->clear();
    if (!store)
        return;
    auto batches = store->work().batches();
    if (!batches) {
        m_message->setText(batches.error().toString());
        return;
    }
    for (const Batch &b : *batches)
        m_batches->addItem(QStringLiteral("%1 (%2)").arg(b.name, batchStateName(b.state)), b.id);
    showBatch(m_batches->count() - 1 >= 0 ? 0 : -1);
}

void QualityPanel::showBatch(int index)
{
    if (!m_store || index < 0)
        return;
    auto report = m_store->gold().batchQualityReport(m_batches->itemData(index).toString());
    if (!report) {
        m_message->setText(report.error().toString());
        return;
    }
    QHash<QString, QString> names;
    if (auto taxonomy = m_store->taxonomy().get()) {
        for (const TaxonomyClass &c : taxonomy->classes)
            names.insert(c.id, c.name);
    }
    setReport(m_batches->itemText(index), *report, names);
}

void QualityPanel::setReport(const QString &title, const quality::QualityReport &r,
                             const QHash<QString, QString> &classNames)
{
    m_title->setText(tr("%1: %2 items, %3 answers, %4 people")
                             .arg(title)
                             .arg(r.items)
                             .arg(r.answers)
                             .arg(r.agreement.raters));
    int anomalies[3] = {0, 0, 0};
    for (const quality::Anomaly &a : r.anomalies)
        ++anomalies[a.kind == QLatin1String("fast")      ? 0
                    : a.kind == QLatin1String("overuse") ? 1
                                                         : 2];
    m_message->setText(tr("Anomalies: %1 too fast, %2 class over-use, %3 duplicate")
                               .arg(anomalies[0])
                               .arg(anomalies[1])
                               .arg(anomalies[2]));

    QList<std::tuple<QString, QString, QString>> rows{
            {tr("Percent agreement"), fmt(r.agreement.percentAgreement), {}},
            {tr("Krippendorff's alpha"), fmt(r.agreement.krippendorffAlpha), {}},
            {tr("Fleiss' kappa"), fmt(r.agreement.fleissKappa), {}},
            {tr("Cohen's kappa"), fmt(r.agreement.cohenKappa), {}},
            {tr("Gold accuracy"), fmt(r.goldAccuracy), {}},
            {tr("Items below agreement threshold"), fmt(r.lowShare), {}},
            {tr("Box F1"), fmt(r.boxes.f1()), {}},
    };
    for (const quality::Verdict &v : r.verdicts) {
        rows.append({tr("Criterion %1 %2 %3").arg(v.criterion, v.op).arg(v.bound), fmt(v.value),
                     v.reason.isEmpty() ? v.verdict
                                        : QStringLiteral("%1 (%2)").arg(v.verdict, v.reason)});
    }
    m_figures->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_figures->setItem(i, 0, new QTableWidgetItem(std::get<0>(rows[i])));
        m_figures->setItem(i, 1, new QTableWidgetItem(std::get<1>(rows[i])));
        auto *verdict = new QTableWidgetItem(std::get<2>(rows[i]));
        if (std::get<2>(rows[i]).startsWith(QLatin1String("pass")))
            verdict->setForeground(QColor(0, 120, 60));
        else if (std::get<2>(rows[i]).startsWith(QLatin1String("fail")))
            verdict->setForeground(QColor(190, 30, 30));
        m_figures->setItem(i, 2, verdict);
    }
    m_figures->resizeColumnsToContents();

    auto barChart = [](const QString &title, const QStringList &labels,
                       const QList<double> &values) {
        auto *chart = new QChart;
        auto *set = new QBarSet(title);
        for (double v : values)
            set->append(v);
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(labels);
        auto *y = new QValueAxis;
        y->setRange(0, 1);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        return chart;
    };
    QStringList people;
    QList<double> gold;
    for (const quality::PersonFigures &p : r.people) {
        people.append(p.person);
        gold.append(p.goldAccuracy.value_or(0));
    }
    QChart *old = m_goldChart->chart();
    m_goldChart->setChart(barChart(tr("Gold accuracy"), people, gold));
    delete old; // setChart does not delete the previous chart
    QStringList classes;
    QList<double> agreement;
    for (const quality::ClassFigures &c : r.classes) {
        QStringList parts;
        for (const QString &id : c.classId.split(QLatin1Char('+')))
            parts.append(classNames.value(id, id));
        classes.append(parts.join(QLatin1Char('+')));
        agreement.append(c.agreement.value_or(0));
    }
    old = m_classChart->chart();
    m_classChart->setChart(barChart(tr("Agreement"), classes, agreement));
    delete old;
    m_heatMap->setPairs(r.pairs);
}

} // namespace assay::widgets
