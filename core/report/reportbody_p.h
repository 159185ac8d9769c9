// SPDX-License-Identifier: Apache-2.0
// The audit report's visible HTML, written from its figures alone.
#pragma once

#include "core/report/reportservice.h"

namespace assay::core {

// The body (inside <body>) of the report whose block is given, one element a line, charts as
// <img data-chart="id" src=""> with their series in `charts`.
QString auditReportBody(const QJsonObject &block, QList<ReportChart> *charts);

} // namespace assay::core
