// SPDX-License-Identifier: Apache-2.0
// Implements the report's charts (Qt Charts into a QImage) and its PDF (QTextDocument, QPdfWriter).
#include "widgets/quality/reportrender.h"

#include "core/base/tr.h"

#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QTextDocument>
#include <QValueAxis>

#include <memory>

namespace assay::widgets {

QChart *reportChart(const core::ReportChart &spec)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true); // axis figures in the locale's decimal separator
    chart->setTitle(spec.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Dates (or runs of tasks) at the points, at most about eight of them named.
    auto *x = new QCategoryAxis;
    const int n = int(spec.labels.size());
    x->setRange(-0.5, std::max(0.5, n - 0.5));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, (n + 7) / 8);
    for (int i = 0; i < n; i += step) {
        QString label = spec.labels.at(i);
        if (label.size() == 10 && label.at(4) == u'-')
            label = label.mid(5); // "12-01": the year is in the report's period
        x->append(label, i);
    }
    auto *y = new QValueAxis;
    y->setRange(0, spec.yMax);
    y->setTitleText(spec.yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto &[name, values] : spec.series) {
        auto *line = new QLineSeries;
        line->setName(name);
        auto *dots = new QScatterSeries;
        dots->setMarkerSize(7);
        for (int i = 0; i < values.size(); ++i) {
            if (!values.at(i))
                continue;
            line->append(i, *values.at(i));
            dots->append(i, *values.at(i));
        }
        chart->addSeries(line);
        chart->addSeries(dots);
        dots->setColor(line->color());
        line->attachAxis(x);
        line->attachAxis(y);
        dots->attachAxis(x);
        dots->attachAxis(y);
        chart->legend()->markers(dots).constFirst()->setVisible(false);
    }
    if (spec.threshold) {
        auto *t = new QLineSeries;
        t->setName(Tr::tr("threshold %1").arg(*spec.threshold));
        t->append(-0.5, *spec.threshold);
        t->append(std::max(0.5, n - 0.5), *spec.threshold);
        QPen pen(QColor(0xb4, 0x23, 0x18));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        t->setPen(pen);
        chart->addSeries(t);
        t->attachAxis(x);
        t->attachAxis(y);
    }
    return chart;
}

QByteArray chartPng(const core::ReportChart &spec, const QSize &size)
{
    QGraphicsScene scene;
    QChart *chart = reportChart(spec);
    scene.addItem(chart); // the scene owns it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QHash<QString, QByteArray> chartPngs(const core::AuditReport &report)
{
    QHash<QString, QByteArray> pngs;
    for (const core::ReportChart &chart : report.charts)
        pngs.insert(chart.id, chartPng(chart));
    return pngs;
}

Status writeReportPdf(const core::AuditReport &report, const QHash<QString, QByteArray> &pngs,
                      const QString &path)
{
    QTextDocument doc;
    QString body = report.body;
    for (auto it = pngs.cbegin(); it != pngs.cend(); ++it) {
        const QUrl url(QStringLiteral("chart:%1").arg(it.key()));
        doc.addResource(QTextDocument::ImageResource, url, QImage::fromData(it.value(), "PNG"));
        // Page width in the document's units: the picture is scaled to fit.
        body.replace(QStringLiteral("width=\"640\" data-chart=\"%1\" src=\"\"").arg(it.key()),
                     QStringLiteral("width=\"600\" src=\"%1\"").arg(url.toString()));
    }
    doc.setDefaultStyleSheet(QStringLiteral(
            "table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:2px}"
            " .pass{color:#1a7f37} .fail{color:#b42318}"));
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return Error{ErrorCode::Io, Tr::tr("cannot set the page size"), path};
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(Tr::tr("Audit report"));
    writer.setCreator(QStringLiteral("Assay"));
    // Without a page size of its own the document is laid out on the writer's pages.
    doc.print(&writer);
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::Io, Tr::tr("the PDF was not written"), path};
    return {};
}

} // namespace assay::widgets
