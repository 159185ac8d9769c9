// SPDX-License-Identifier: Apache-2.0
// ReportService: the project's quality over time and drift, and the audit report — an HTML file
// whose figures and visible text can be recomputed from the log at the snapshot it names.
#pragma once

#include "core/project/service.h"
#include "core/quality/qualityreport.h"
#include "core/quality/qualitytimeline.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>

namespace assay::core {

// Which answers a timeline or report covers: those given in [from, to] (UTC days), all when
// unset.
struct ReportPeriod
{
    QDate from;
    QDate to;
    bool contains(const QDateTime &time) const;
};

// A chart the report shows: drawn by the caller (Qt Charts lives above core) from these series
// and put in the body's <img data-chart="id"> as a PNG.
struct ReportChart
{
    QString id;
    QString title;
    QString yTitle;
    QStringList labels; // x axis
    QList<std::pair<QString, QList<std::optional<double>>>> series;
    std::optional<double> threshold; // a horizontal line
    double yMax = 1;
};

struct AuditReportRequest
{
    ReportPeriod period;
    int resamples = 1000; // bootstrap draws of the agreement intervals
    quint64 seed = 1;
};

struct AuditReport
{
    QJsonObject block; // snapshot, request and every figure: the machine-readable part
    QString body;      // the visible HTML (inside <body>), charts as <img data-chart src="">
    QList<ReportChart> charts;
};

// What `assay report verify` found.
struct ReportCheck
{
    bool matches = false;
    QStringList problems; // one line each: what differs
    // The project had moved on since the report: it was verified against the state rebuilt by
    // replaying the log up to the report's heads; `moved` says how the heads differ.
    bool replayed = false;
    QStringList moved;
};

class ReportService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // Every done task's answer with its time, gold verdict and audit outcome, in the period:
    // for those who may read scores, task kinds and others' answers (leads, admins).
    Result<QList<quality::TimedAnswer>> timedAnswers(const ReportPeriod &period = {}) const;
    // The timeline under the project's gold threshold (options.goldThreshold is replaced).
    Result<quality::QualityTimeline> timeline(const ReportPeriod &period = {},
                                              quality::TimelineOptions options = {}) const;
    // The timeline as `assay quality --over-time --json` writes it (and the report embeds it).
    static QJsonObject timelineJson(const quality::QualityTimeline &timeline,
                                    const QHash<QString, QString> &classNames);

    Result<AuditReport> auditReport(const AuditReportRequest &request) const;
    // The whole self-contained file: the body with each chart's PNG as a data URI, and the
    // block (with the SHA-256 of the visible body) in <script id="assay-snapshot">.
    static QString auditReportHtml(const AuditReport &report,
                                   const QHash<QString, QByteArray> &chartPngs);
    // Recomputes the report named in `html` from the log and compares figures and visible text.
    // When the project stands at the report's snapshot (the same head on every device), with
    // its state; when it moved on since, with the state rebuilt by replaying the log up to the
    // report's heads in a scratch copy (the log cut after them, the state replayed). Refused when this copy's log
    // lacks one of the report's heads.
    Result<ReportCheck> verifyAuditReport(const QString &html) const;

    // The visible body with chart images left out (their src emptied): what the block's hash
    // covers and what verification compares.
    static QString normalizedBody(const QString &html);
};

} // namespace assay::core
