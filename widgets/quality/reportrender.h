// SPDX-License-Identifier: Apache-2.0
// Drawing the audit report's charts offscreen with Qt Charts, and printing the report as PDF.
#pragma once

#include "core/report/reportservice.h"

#include <QByteArray>
#include <QHash>
#include <QSize>

class QChart;

namespace assay::widgets {

// A line chart of the series (points joined where both ends have a value), with the threshold
// as a dashed red line; the caller owns it.
QChart *reportChart(const core::ReportChart &chart);
// The chart drawn into a PNG of `size` pixels (needs a QApplication; offscreen is enough).
QByteArray chartPng(const core::ReportChart &chart, const QSize &size = {800, 360});
// Every chart of the report as PNG, by id.
QHash<QString, QByteArray> chartPngs(const core::AuditReport &report);
// The report printed through QPdfWriter (A4): its body with the charts, the block left out.
Status writeReportPdf(const core::AuditReport &report, const QHash<QString, QByteArray> &pngs,
                      const QString &path);

} // namespace assay::widgets
