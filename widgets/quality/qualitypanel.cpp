// SPDX-License-Identifier: Apache-2.0
// The quality panel: figures table, Qt Charts bar charts and a painted heat map.
#include "widgets/quality/qualitypanel.h"
#include "core/base/decimal.h"
#include "core/domain/displaynames.h"

#include "core/project/services.h"
#include "widgets/quality/qualitytimelineview.h"

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
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace assay::widgets {

using namespace assay::core;

static QString fmt(std::optional<double> v)
{
    return v ? localDecimal(*v, 3) : QStringLiteral("–");
}

static QString fmt(const Result<double> &r)
{
    return r ? localDecimal(*r, 3) : QStringLiteral("–");
}

// Why a figure is "–", for its tooltip.
static QString why(const Result<double> &r)
{
    return r ? QString() : r.error().message;
}

// A figure's kind, kept on its row: what a double-click opens.
enum class Figure { Rated, Gold, Low, Boxes, None };
static constexpr int s_figureRole = Qt::UserRole + 1;

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

std::pair<QString, QString> PairHeatMap::pairAt(const QPoint &pos) const
{
    const int n = int(m_people.size());
    const int left = 90;
    const int top = 24;
    if (n < 2 || pos.x() < left || pos.y() < top)
        return {};
    const double cw = double(width() - left - 8) / n;
    const double ch = double(height() - top - 8) / n;
    const int j = int((pos.x() - left) / cw);
    const int i = int((pos.y() - top) / ch);
    if (i < 0 || j < 0 || i >= n || j >= n || i == j)
        return {};
    return {m_people[std::min(i, j)], m_people[std::max(i, j)]};
}

void PairHeatMap::mousePressEvent(QMouseEvent *event)
{
    const auto [a, b] = pairAt(event->position().toPoint());
    if (!a.isEmpty())
        Q_EMIT pairClicked(a, b);
    QWidget::mousePressEvent(event);
}

bool PairHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [a, b] = pairAt(help->pos());
        if (a.isEmpty()) {
            QToolTip::hideText();
        } else {
            const std::optional<double> k = m_kappa.value(a + QLatin1Char('\n') + b);
            QToolTip::showText(help->globalPos(),
                               k ? tr("%1 and %2: kappa %3. Click for the items both answered.")
                                               .arg(a, b, fmt(k))
                                 : tr("%1 and %2: – (no kappa: they have no items in common, or "
                                      "one of them gave a single class to all). Click for the "
                                      "items both answered.")
                                               .arg(a, b),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
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
    , m_taxonomyVersion(new QComboBox(this))
    , m_guidelineVersion(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_figures(new QTableWidget(0, 3, this))
    , m_goldChart(new QChartView(this))
    , m_classChart(new QChartView(this))
    , m_heatMap(new PairHeatMap(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new QualityTimelineView(this))
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
    auto *batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batches);
    top->addWidget(batchLabel);
    top->addWidget(m_batches, 1);
    auto *taxonomyLabel = new QLabel(tr("&Taxonomy:"), this);
    taxonomyLabel->setBuddy(m_taxonomyVersion);
    top->addWidget(taxonomyLabel);
    top->addWidget(m_taxonomyVersion);
    auto *guidelineLabel = new QLabel(tr("&Guidelines:"), this);
    guidelineLabel->setBuddy(m_guidelineVersion);
    top->addWidget(guidelineLabel);
    top->addWidget(m_guidelineVersion);
    m_taxonomyVersion->setToolTip(
            tr("Count only the answers made under this taxonomy version, to compare agreement "
               "before and after a change of classes"));
    m_guidelineVersion->setToolTip(
            tr("Count only the answers made under this guideline version, to see whether "
               "agreement changed after the guidelines did"));
    m_taxonomyVersion->setObjectName(QStringLiteral("taxonomyVersionFilter"));
    m_guidelineVersion->setObjectName(QStringLiteral("guidelineVersionFilter"));
    auto *grid = new QGridLayout;
    grid->addWidget(framed(tr("Batch figures and verdicts"), m_figures), 0, 0);
    grid->addWidget(framed(tr("Gold accuracy per person"), m_goldChart), 0, 1);
    grid->addWidget(framed(tr("Pairwise agreement (Cohen's kappa)"), m_heatMap), 1, 0);
    grid->addWidget(framed(tr("Agreement per class"), m_classChart), 1, 1);
    auto *batchPage = new QWidget(this);
    auto *batchLayout = new QVBoxLayout(batchPage);
    batchLayout->addLayout(top);
    batchLayout->addWidget(m_title);
    batchLayout->addWidget(m_message);
    batchLayout->addLayout(grid, 1);
    m_tabs->addTab(batchPage, tr("Batch"));
    m_tabs->addTab(m_timeline, tr("Over time and drift"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    connect(m_timeline, &QualityTimelineView::itemsRequested, this, &QualityPanel::request);
    connect(m_batches, &QComboBox::currentIndexChanged, this, &QualityPanel::showBatch);
    for (QComboBox *filter : {m_taxonomyVersion, m_guidelineVersion}) {
        connect(filter, &QComboBox::currentIndexChanged, this,
                [this] { showBatch(m_batches->currentIndex()); });
    }
    // Activated: a double-click, or Enter on the row.
    m_figures->setToolTip(tr("Double-click a figure for the items behind it"));
    connect(m_figures, &QTableWidget::cellActivated, this,
            [this](int row, int) { figureActivated(row); });
    connect(m_heatMap, &PairHeatMap::pairClicked, this, [this](const QString &a, const QString &b) {
        request(tr("Items %1 and %2 both answered").arg(a, b), itemsOfPair(a, b));
    });
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
        m_batches->addItem(QStringLiteral("%1 (%2)").arg(b.name, batchStateTitle(b.state)), b.id);
    fillVersions();
    m_timeline->setStore(store);
    showBatch(m_batches->count() - 1 >= 0 ? 0 : -1);
}

void QualityPanel::fillVersions()
{
    const QSignalBlocker blockTaxonomy(m_taxonomyVersion);
    const QSignalBlocker blockGuidelines(m_guidelineVersion);
    m_taxonomyVersion->clear();
    m_guidelineVersion->clear();
    m_taxonomyVersion->addItem(tr("any version"), 0);
    m_guidelineVersion->addItem(tr("any version"), 0);
    const auto taxonomy = m_store->taxonomy().get();
    for (int v = taxonomy ? taxonomy->version : 0; v >= 1; --v)
        m_taxonomyVersion->addItem(tr("version %1").arg(v), v);
    for (int v = m_store->taxonomy().guidelineVersion(); v >= 1; --v)
        m_guidelineVersion->addItem(tr("version %1").arg(v), v);
}

void QualityPanel::showBatch(int index)
{
    if (!m_store || index < 0)
        return;
    const QString batchId = m_batches->itemData(index).toString();
    quality::ReportOptions options;
    options.taxonomyVersion = m_taxonomyVersion->currentData().toInt();
    options.guidelineVersion = m_guidelineVersion->currentData().toInt();
    auto report = m_store->gold().batchQualityReport(batchId, options);
    if (!report) {
        m_message->setText(report.error().toString());
        return;
    }
    // The answers behind the figures, for the drill-down (the report keeps only names), with
    // the same version filter, and labels of merged classes read as their targets: the
    // report's own reading.
    m_work.clear();
    const auto taxonomy = m_store->taxonomy().get();
    if (auto work = m_store->work().batchWork(batchId)) {
        for (BatchWork &w : *work) {
            if (!options.counts(w.annotation))
                continue;
            if (taxonomy)
                quality::readThrough(*taxonomy, &w.annotation.classIds, &w.annotation.boxes);
            m_work.append(w);
        }
    }
    if (auto b = m_store->work().batch(batchId))
        m_itemThreshold = quality::criteriaFromJson(b->criteria).itemThreshold;
    QHash<QString, QString> names;
    if (taxonomy) {
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

    struct Row
    {
        QString name;
        QString value;
        QString verdict;
        QString why; // the tooltip of a "–"
        Figure figure;
    };
    const QString noGold = tr("No gold task of this batch is done yet");
    const QString noPairs = tr("No item has two answers yet");
    const QString noBoxes = tr("No two people drew boxes on the same item");
    QList<Row> rows{
            {tr("Percent agreement"),
             fmt(r.agreement.percentAgreement),
             {},
             why(r.agreement.percentAgreement),
             Figure::Rated},
            {tr("Krippendorff's alpha"),
             fmt(r.agreement.krippendorffAlpha),
             {},
             why(r.agreement.krippendorffAlpha),
             Figure::Rated},
            {tr("Fleiss' kappa"),
             fmt(r.agreement.fleissKappa),
             {},
             why(r.agreement.fleissKappa),
             Figure::Rated},
            {tr("Cohen's kappa"),
             fmt(r.agreement.cohenKappa),
             {},
             why(r.agreement.cohenKappa),
             Figure::Rated},
            {tr("Gold accuracy"), fmt(r.goldAccuracy), {}, noGold, Figure::Gold},
            {tr("Items below agreement threshold"), fmt(r.lowShare), {}, noPairs, Figure::Low},
            {tr("Box F1"), fmt(r.boxes.f1()), {}, noBoxes, Figure::Boxes},
    };
    for (const quality::Verdict &v : r.verdicts) {
        const Figure f = v.criterion == QLatin1String("gold")  ? Figure::Gold
                         : v.criterion == QLatin1String("low") ? Figure::Low
                                                               : Figure::Rated;
        rows.append({tr("Criterion %1 %2 %3").arg(v.criterion, v.op).arg(v.bound), fmt(v.value),
                     v.reason.isEmpty() ? v.verdict
                                        : QStringLiteral("%1 (%2)").arg(v.verdict, v.reason),
                     v.reason.isEmpty() ? tr("No value to judge yet") : v.reason, f});
    }
    m_figures->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        auto *name = new QTableWidgetItem(row.name);
        name->setData(s_figureRole, int(row.figure));
        m_figures->setItem(i, 0, name);
        auto *value = new QTableWidgetItem(row.value);
        if (row.value == QStringLiteral("–"))
            value->setToolTip(row.why);
        else
            value->setToolTip(tr("Double-click for the items behind it"));
        m_figures->setItem(i, 1, value);
        auto *verdict = new QTableWidgetItem(verdictTitle(row.verdict));
        if (row.verdict.startsWith(QLatin1String("pass")))
            verdict->setForeground(QColor(0, 120, 60));
        else if (row.verdict.startsWith(QLatin1String("fail")))
            verdict->setForeground(QColor(190, 30, 30));
        verdict->setToolTip(verdictTitle(row.verdict));
        m_figures->setItem(i, 2, verdict);
    }
    m_figures->resizeColumnsToContents();

    auto barChart = [](const QString &title, const QStringList &labels,
                       const QList<double> &values) {
        auto *chart = new QChart;
        chart->setLocalizeNumbers(true); // axis figures in the locale's decimal separator
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
    m_goldPeople = people;
    m_goldChart->setToolTip(tr("Click a person's bar for the items they answered; a missing bar "
                               "is a person with no gold answer scored yet"));
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
    m_classIds.clear();
    for (const quality::ClassFigures &c : r.classes)
        m_classIds.append(c.classId);
    m_classChart->setToolTip(tr("Click a class's bar for the items given that class"));
    const auto connectBars = [this](QChartView *view, const std::function<void(int)> &clicked) {
        for (QAbstractSeries *series : view->chart()->series()) {
            if (auto *bars = qobject_cast<QBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    connect(set, &QBarSet::clicked, this, clicked);
            }
        }
    };
    connectBars(m_goldChart, [this](int index) {
        const QString person = m_goldPeople.value(index);
        request(tr("Items %1 answered").arg(person), itemsOfPerson(person));
    });
    connectBars(m_classChart, [this, classNames](int index) {
        const QString classId = m_classIds.value(index);
        QStringList parts;
        for (const QString &id : classId.split(QLatin1Char('+')))
            parts.append(classNames.value(id, id));
        request(tr("Items given %1").arg(parts.join(QLatin1Char('+'))), itemsOfClass(classId));
    });
    m_heatMap->setPairs(r.pairs);
}

// ---- drill-down ---------------------------------------------------------------------------

void QualityPanel::request(const QString &title, const QStringList &itemIds)
{
    Q_EMIT itemsRequested(title, itemIds);
}

void QualityPanel::figureActivated(int row)
{
    const QTableWidgetItem *name = m_figures->item(row, 0);
    if (!name)
        return;
    switch (Figure(name->data(s_figureRole).toInt())) {
    case Figure::Rated: request(tr("Items with two answers or more"), ratedItems()); break;
    case Figure::Gold: request(tr("Gold items answered"), goldItems()); break;
    case Figure::Low:
        request(tr("Items below the agreement threshold (%1)").arg(m_itemThreshold), lowItems());
        break;
    case Figure::Boxes: {
        QStringList items;
        for (const BatchWork &w : std::as_const(m_work)) {
            if (!w.annotation.boxes.isEmpty() && !items.contains(w.annotation.itemId))
                items.append(w.annotation.itemId);
        }
        request(tr("Items with boxes"), items);
        break;
    }
    case Figure::None: break;
    }
}

// Items in the order of their first answer, each once.
static QStringList uniqueItems(const QList<BatchWork> &work,
                               const std::function<bool(const BatchWork &)> &keep)
{
    QStringList items;
    for (const BatchWork &w : work) {
        if (keep(w) && !items.contains(w.annotation.itemId))
            items.append(w.annotation.itemId);
    }
    return items;
}

QStringList QualityPanel::itemsOfPerson(const QString &person) const
{
    return uniqueItems(m_work, [&](const BatchWork &w) { return w.personName == person; });
}

QStringList QualityPanel::itemsOfClass(const QString &classId) const
{
    const QStringList parts = classId.split(QLatin1Char('+'));
    return uniqueItems(m_work, [&](const BatchWork &w) {
        for (const QString &part : parts) {
            bool used = w.annotation.classIds.contains(part);
            for (const Box &b : w.annotation.boxes)
                used = used || b.classId == part;
            if (used)
                return true;
        }
        return false;
    });
}

QStringList QualityPanel::itemsOfPair(const QString &a, const QString &b) const
{
    const QStringList ofA = itemsOfPerson(a);
    const QStringList ofB = itemsOfPerson(b);
    QStringList both;
    for (const QString &item : ofA) {
        if (ofB.contains(item))
            both.append(item);
    }
    return both;
}

QStringList QualityPanel::goldItems() const
{
    return uniqueItems(m_work, [](const BatchWork &w) { return w.task.kind == TaskKind::Gold; });
}

// An answer's label as the report compares them: its classes, sorted and joined.
static QString labelOf(const Annotation &a)
{
    QStringList classes = a.classIds;
    classes.sort();
    return classes.join(QLatin1Char('+'));
}

QStringList QualityPanel::ratedItems() const
{
    QHash<QString, int> answers;
    for (const BatchWork &w : std::as_const(m_work))
        ++answers[w.annotation.itemId];
    return uniqueItems(m_work,
                       [&](const BatchWork &w) { return answers.value(w.annotation.itemId) >= 2; });
}

QStringList QualityPanel::lowItems() const
{
    // The report's definition: an item's share of agreeing pairs of ratings, for items with two
    // ratings or more, below the batch's item threshold.
    QHash<QString, QStringList> labels;
    for (const BatchWork &w : std::as_const(m_work)) {
        // As the report counts: answers of non-gold tasks that name a class.
        if (w.task.kind != TaskKind::Gold && w.task.kind != TaskKind::Calibration
            && !w.annotation.classIds.isEmpty())
            labels[w.annotation.itemId].append(labelOf(w.annotation));
    }
    return uniqueItems(m_work, [&](const BatchWork &w) {
        const QStringList &l = labels.value(w.annotation.itemId);
        if (l.size() < 2)
            return false;
        int agree = 0;
        int pairs = 0;
        for (int i = 0; i < l.size(); ++i) {
            for (int j = i + 1; j < l.size(); ++j) {
                ++pairs;
                agree += l.at(i) == l.at(j) ? 1 : 0;
            }
        }
        return double(agree) / pairs < m_itemThreshold;
    });
}

} // namespace assay::widgets
