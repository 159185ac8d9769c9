// SPDX-License-Identifier: Apache-2.0
// The quality panel's "over time and drift" tab, offscreen: a person's chart with the threshold
// line, per class agreement, drift alerts with their evidence, the heat map opening the items a
// pair disagreed on, and the gold references most people miss.
#include "core/quality/qualitytimeline.h"
#include "widgets/quality/qualitypanel.h"
#include "widgets/quality/qualitytimelineview.h"
#include "widgets/quality/reportrender.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace assay;
using namespace assay::core;
using namespace assay::core::quality;

class tst_QualityTimelineView : public QObject
{
    Q_OBJECT

private:
    // Five people over 12 days; eve's gold accuracy drops on day 8 and she over-uses "truck";
    // gold item g0's reference is missed by most.
    static QualityTimeline timeline()
    {
        std::mt19937_64 engine(3);
        const QStringList people{"ann", "bob", "cid", "dan", "eve"};
        const QStringList classes{"car", "bus", "truck"};
        QList<TimedAnswer> answers;
        std::bernoulli_distribution agree(0.85);
        std::uniform_int_distribution<int> pick(0, 2);
        const QDateTime start(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        int n = 0;
        for (int day = 0; day < 12; ++day) {
            for (int i = 0; i < 12; ++i) {
                const QString item = QStringLiteral("d%1i%2").arg(day).arg(i);
                const QString truth = classes.at((day + i) % 3);
                for (int p = 0; p < people.size(); ++p) {
                    TimedAnswer a;
                    a.annotationId = QStringLiteral("a%1").arg(n++);
                    a.itemId = item;
                    a.person = people.at(p);
                    const bool drifted = p == 4 && day >= 8;
                    a.classIds = {drifted && i % 4 != 0 ? QStringLiteral("truck")
                                  : agree(engine)       ? truth
                                                        : classes.at(pick(engine))};
                    a.timeSpentMs = 2000 + 300 * p + 50 * day;
                    a.time = start.addDays(day).addSecs(60 * i + p);
                    answers.append(a);
                }
            }
            for (int p = 0; p < people.size(); ++p) {
                for (int g = 0; g < 5; ++g) {
                    TimedAnswer a;
                    a.annotationId = QStringLiteral("a%1").arg(n++);
                    a.itemId = QStringLiteral("g%1").arg((day * 5 + g) % 10);
                    a.person = people.at(p);
                    a.kind = TaskKind::Gold;
                    const bool miss = (p == 4 && day >= 8)
                                      || (a.itemId == QLatin1String("g0") && p < 4);
                    a.goldPassed = !miss && agree(engine);
                    a.goldScore = *a.goldPassed ? 1.0 : 0.0;
                    a.goldReference = {QStringLiteral("car")};
                    a.classIds = {*a.goldPassed ? QStringLiteral("car") : QStringLiteral("bus")};
                    a.time = start.addDays(day).addSecs(3600 + 60 * g + p);
                    answers.append(a);
                }
            }
        }
        return qualityTimeline(answers, {});
    }

    // A point of the heat map's cell for the pair (a, b), found through pairAt().
    static QPoint cellOf(widgets::PairHeatMap *map, const QString &a, const QString &b)
    {
        for (int y = 0; y < map->height(); y += 3) {
            for (int x = 0; x < map->width(); x += 3) {
                const auto pair = map->pairAt(QPoint(x, y));
                if ((pair.first == a && pair.second == b) || (pair.first == b && pair.second == a))
                    return QPoint(x, y);
            }
        }
        return QPoint(-1, -1);
    }

private Q_SLOTS:
    void showsTimelineAlertsAndPairs()
    {
        widgets::QualityPanel panel;
        panel.resize(1300, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.tabs()->count(), 2);
        panel.tabs()->setCurrentWidget(panel.timelineView());
        widgets::QualityTimelineView *view = panel.timelineView();
        const QualityTimeline t = timeline();
        view->setTimeline(t, 0.8);
        QSignalSpy requested(&panel, &widgets::QualityPanel::itemsRequested);

        // One entry per person; eve's chart has gold, audit and the threshold at 0.8.
        QCOMPARE(view->personBox()->count(), 5);
        view->personBox()->setCurrentText(QStringLiteral("eve"));
        QChart *chart = view->personChart()->chart();
        QVERIFY(chart->title().contains(QStringLiteral("eve")));
        QLineSeries *threshold = nullptr;
        QLineSeries *gold = nullptr;
        for (QAbstractSeries *s : chart->series()) {
            if (s->name().startsWith(QStringLiteral("threshold")))
                threshold = qobject_cast<QLineSeries *>(s);
            if (s->name() == QLatin1String("gold"))
                gold = qobject_cast<QLineSeries *>(s);
        }
        QVERIFY(threshold && gold);
        QCOMPARE(threshold->at(0).y(), 0.8);
        QCOMPARE(gold->count(), 12); // a point a day
        QVERIFY(gold->at(11).y() < gold->at(0).y());

        // Per class agreement: one line per class.
        int classLines = 0;
        for (QAbstractSeries *s : view->classChart()->chart()->series())
            classLines += qobject_cast<QLineSeries *>(s)
                          && s->type() == QAbstractSeries::SeriesTypeLine;
        QCOMPARE(classLines, 3);

        // eve's drop and shift are alerted, with the evidence in the row.
        QTableWidget *alerts = view->alertsTable();
        QCOMPARE(alerts->rowCount(), int(t.alerts.size()));
        bool drop = false;
        bool shift = false;
        for (int r = 0; r < alerts->rowCount(); ++r) {
            if (alerts->item(r, 0)->text() != QLatin1String("eve"))
                continue;
            drop |= alerts->item(r, 3)->text().contains(QStringLiteral("z = "));
            shift |= alerts->item(r, 3)->text().contains(QStringLiteral("Jensen-Shannon"));
        }
        QVERIFY(drop);
        QVERIFY(shift);

        // The heat map: a click on (ann, eve) opens the items they disagreed on.
        widgets::PairHeatMap *map = view->heatMap();
        QCOMPARE(map->people().size(), 5);
        const QPoint cell = cellOf(map, QStringLiteral("ann"), QStringLiteral("eve"));
        QVERIFY(cell.x() >= 0);
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, cell);
        QCOMPARE(requested.size(), 1);
        const QStringList items = requested.last().at(1).toStringList();
        QCOMPARE(items, view->disagreedItems(QStringLiteral("ann"), QStringLiteral("eve")));
        QVERIFY(!items.isEmpty());

        // g0 is listed as a possibly wrong reference; a double-click opens it.
        QTableWidget *suspects = view->suspectTable();
        QVERIFY(suspects->rowCount() >= 1);
        QCOMPARE(suspects->item(0, 0)->text(), QStringLiteral("g0"));
        Q_EMIT suspects->cellActivated(0, 0);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.last().at(1).toStringList(), QStringList{QStringLiteral("g0")});

        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("quality-over-time.png"))));
        }
    }

    // The report's chart is drawn offscreen into a PNG with something on it.
    void reportChartRenders()
    {
        ReportChart chart;
        chart.id = QStringLiteral("c");
        chart.title = QStringLiteral("t");
        chart.labels = {QStringLiteral("2026-12-01"), QStringLiteral("2026-12-02")};
        chart.series = {{QStringLiteral("gold"), {0.9, 0.5}}};
        chart.threshold = 0.8;
        const QImage image = QImage::fromData(widgets::chartPng(chart, {400, 200}), "PNG");
        QCOMPARE(image.size(), QSize(400, 200));
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        QVERIFY(dark > 200);
    }
};

QTEST_MAIN(tst_QualityTimelineView)
#include "tst_qualitytimelineview.moc"
