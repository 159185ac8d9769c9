// SPDX-License-Identifier: Apache-2.0
// assay quality --over-time and --drift: the project's quality over time and its drift alerts.
#include "app/cli/clicommon.h"
#include "core/base/tr.h"
#include "core/project/project.h"
#include "core/report/reportservice.h"
#include "core/taxonomy/taxonomyservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace assay::app::cli {

using namespace assay::core;

static QString fixed(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 3) : QStringLiteral("-");
}

static QString pointsText(const QJsonArray &points)
{
    QStringList parts;
    for (const QJsonValue &p : points) {
        const QJsonObject o = p.toObject();
        parts.append(QStringLiteral("%1 %2 (%3)")
                             .arg(o.value(QStringLiteral("at")).toString(),
                                  fixed(o.value(QStringLiteral("value"))))
                             .arg(o.value(QStringLiteral("n")).toInt()));
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1String(", "));
}

static void printAlerts(CliIo &io, const QJsonArray &alerts)
{
    if (alerts.isEmpty()) {
        io.out << Tr::tr("No drift alerts.") << '\n';
        return;
    }
    for (const QJsonValue &v : alerts) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("kind")).toString() == QLatin1String("accuracy-drop"))
            io.out << Tr::tr("%1: accuracy drop, %2 to %3: gold accuracy %4 over the last %5 "
                             "answers against %6 over %7 before; z = %8 >= %9")
                              .arg(a.value(QStringLiteral("person")).toString(),
                                   a.value(QStringLiteral("from")).toString(),
                                   a.value(QStringLiteral("to")).toString(),
                                   fixed(a.value(QStringLiteral("recent_accuracy"))))
                              .arg(a.value(QStringLiteral("recent_count")).toInt())
                              .arg(fixed(a.value(QStringLiteral("earlier_accuracy"))))
                              .arg(a.value(QStringLiteral("earlier_count")).toInt())
                              .arg(fixed(a.value(QStringLiteral("statistic"))),
                                   fixed(a.value(QStringLiteral("threshold"))))
                   << '\n';
        else
            io.out << Tr::tr("%1: class shift, %2 to %3: %4 is %5 of the last %6 answers against "
                             "%7 of the cohort's %8; Jensen-Shannon divergence %9 >= %10")
                              .arg(a.value(QStringLiteral("person")).toString(),
                                   a.value(QStringLiteral("from")).toString(),
                                   a.value(QStringLiteral("to")).toString(),
                                   a.value(QStringLiteral("class")).toString(),
                                   fixed(a.value(QStringLiteral("person_share"))))
                              .arg(a.value(QStringLiteral("recent_count")).toInt())
                              .arg(fixed(a.value(QStringLiteral("cohort_share"))))
                              .arg(a.value(QStringLiteral("cohort_count")).toInt())
                              .arg(fixed(a.value(QStringLiteral("statistic"))),
                                   fixed(a.value(QStringLiteral("threshold"))))
                   << '\n';
    }
}

// Called by runQuality with its parsed options.
int runQualityTimeline(Project &project, bool driftOnly, const QString &bucket,
                       const ReportPeriod &period, bool json, CliIo &io)
{
    quality::TimelineOptions options;
    if (bucket != QLatin1String("day")) {
        bool ok = false;
        options.bucket = quality::TimelineOptions::Bucket::Tasks;
        options.bucketTasks = bucket.toInt(&ok);
        if (!ok || options.bucketTasks < 1) {
            printError(io, Error{ErrorCode::InvalidInput,
                                 Tr::tr("--bucket is \"day\" or a number of tasks")});
            return ExitUsage;
        }
    }
    ReportService reports(project);
    auto timeline = reports.timeline(period, options);
    if (!timeline) {
        printError(io, timeline.error());
        return ExitFailure;
    }
    auto taxonomy = project.taxonomy().get();
    if (!taxonomy) {
        printError(io, taxonomy.error());
        return ExitFailure;
    }
    QHash<QString, QString> names;
    for (const TaxonomyClass &c : taxonomy->classes)
        names.insert(c.id, c.name);
    const QJsonObject all = ReportService::timelineJson(*timeline, names);
    if (json) {
        printJson(io,
                  QJsonDocument(driftOnly ? QJsonObject{{QStringLiteral("drift_alerts"),
                                                         all.value(QStringLiteral("drift_alerts"))}}
                                          : all));
        return ExitOk;
    }
    if (!driftOnly) {
        io.out << Tr::tr("Per person (value and answers per %1)")
                          .arg(bucket == QLatin1String("day") ? Tr::tr("day")
                                                              : Tr::tr("%1 tasks").arg(bucket))
               << '\n';
        for (const QJsonValue &v : all.value(QStringLiteral("people")).toArray()) {
            const QJsonObject p = v.toObject();
            io.out << "  " << p.value(QStringLiteral("person")).toString() << '\n';
            io.out << "    " << Tr::tr("gold accuracy: ")
                   << pointsText(p.value(QStringLiteral("gold_accuracy")).toArray()) << '\n';
            io.out << "    " << Tr::tr("audit accuracy: ")
                   << pointsText(p.value(QStringLiteral("audit_accuracy")).toArray()) << '\n';
            io.out << "    " << Tr::tr("seconds per task (median): ")
                   << pointsText(p.value(QStringLiteral("seconds_per_task")).toArray()) << '\n';
        }
        io.out << Tr::tr("Agreement per class") << '\n';
        for (const QJsonValue &v : all.value(QStringLiteral("classes")).toArray()) {
            const QJsonObject c = v.toObject();
            io.out << "  " << c.value(QStringLiteral("class")).toString() << ": "
                   << pointsText(c.value(QStringLiteral("agreement")).toArray()) << '\n';
        }
        io.out << Tr::tr("Pairs (Cohen's kappa, items both labeled, disagreed)") << '\n';
        for (const QJsonValue &v : all.value(QStringLiteral("pairs")).toArray()) {
            const QJsonObject p = v.toObject();
            io.out << "  " << p.value(QStringLiteral("a")).toString() << " / "
                   << p.value(QStringLiteral("b")).toString() << ": "
                   << fixed(p.value(QStringLiteral("kappa"))) << ", "
                   << p.value(QStringLiteral("items")).toInt() << ", "
                   << p.value(QStringLiteral("disagreed")).toArray().size() << '\n';
        }
        io.out << Tr::tr("Gold references most people miss") << '\n';
        const QJsonArray suspects = all.value(QStringLiteral("suspect_gold")).toArray();
        if (suspects.isEmpty())
            io.out << "  " << Tr::tr("none") << '\n';
        for (const QJsonValue &v : suspects) {
            const QJsonObject s = v.toObject();
            QStringList as;
            for (const QJsonValue &x : s.value(QStringLiteral("answered_as")).toArray())
                as.append(QStringLiteral("%1 x%2")
                                  .arg(x.toObject().value(QStringLiteral("label")).toString())
                                  .arg(x.toObject().value(QStringLiteral("count")).toInt()));
            io.out << "  "
                   << Tr::tr("%1 (reference %2): missed by %3 of %4; answered %5")
                              .arg(s.value(QStringLiteral("item")).toString(),
                                   s.value(QStringLiteral("reference")).toString())
                              .arg(s.value(QStringLiteral("missed")).toInt())
                              .arg(s.value(QStringLiteral("answers")).toInt())
                              .arg(as.join(QLatin1String(", ")))
                   << '\n';
        }
        io.out << Tr::tr("Drift alerts") << '\n';
    }
    printAlerts(io, all.value(QStringLiteral("drift_alerts")).toArray());
    io.out.flush();
    return ExitOk;
}

} // namespace assay::app::cli
