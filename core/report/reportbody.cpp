// SPDX-License-Identifier: Apache-2.0
// Writes the audit report's visible HTML from its figures: the same figures give the same text.
#include "core/report/reportbody_p.h"

#include "core/base/tr.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace assay::core {

static QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

static QString num(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 3) : Tr::tr("n/a");
}

static QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString line = QStringLiteral("<tr>");
    for (const QString &c : cells)
        line += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return line + QStringLiteral("</tr>");
}

static QString interval(const QJsonObject &i)
{
    if (!i.value(QStringLiteral("value")).isDouble())
        return Tr::tr("n/a");
    if (!i.value(QStringLiteral("low")).isDouble())
        return num(i.value(QStringLiteral("value")));
    return Tr::tr("%1 [%2, %3]")
            .arg(num(i.value(QStringLiteral("value"))), num(i.value(QStringLiteral("low"))),
                 num(i.value(QStringLiteral("high"))));
}

// One chart from a list of series objects, each a list of {at, value} points.
static ReportChart chartOf(const QString &id, const QString &title, const QString &yTitle,
                           const QList<std::pair<QString, QJsonArray>> &series)
{
    ReportChart chart;
    chart.id = id;
    chart.title = title;
    chart.yTitle = yTitle;
    QSet<QString> seen;
    for (const auto &[name, points] : series) {
        for (const QJsonValue &p : points) {
            const QString at = p.toObject().value(QStringLiteral("at")).toString();
            if (!seen.contains(at)) {
                seen.insert(at);
                chart.labels.append(at);
            }
        }
    }
    std::sort(chart.labels.begin(), chart.labels.end());
    for (const auto &[name, points] : series) {
        QList<std::optional<double>> values(chart.labels.size());
        for (const QJsonValue &p : points) {
            const QJsonObject o = p.toObject();
            const qsizetype at = chart.labels.indexOf(o.value(QStringLiteral("at")).toString());
            if (o.value(QStringLiteral("value")).isDouble())
                values[at] = o.value(QStringLiteral("value")).toDouble();
        }
        chart.series.append({name, values});
    }
    return chart;
}

static QString image(const ReportChart &chart)
{
    return QStringLiteral("<p><img alt=\"%1\" width=\"640\" data-chart=\"%2\" src=\"\"></p>")
            .arg(esc(chart.title), chart.id);
}

QString auditReportBody(const QJsonObject &block, QList<ReportChart> *charts)
{
    const QJsonObject f = block.value(QStringLiteral("figures")).toObject();
    const QJsonObject request = block.value(QStringLiteral("request")).toObject();
    const QJsonObject timeline = f.value(QStringLiteral("timeline")).toObject();
    QStringList out;
    const QString name
            = f.value(QStringLiteral("project")).toObject().value(QStringLiteral("name")).toString();
    out << QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Audit report: %1").arg(name)));

    const QString from = request.value(QStringLiteral("from")).toString();
    const QString to = request.value(QStringLiteral("to")).toString();
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(from.isEmpty() && to.isEmpty()
                                     ? Tr::tr("Period: every answer in the project (%1 answers).")
                                               .arg(f.value(QStringLiteral("answers")).toInt())
                                     : Tr::tr("Period: %1 to %2 (%3 answers).")
                                               .arg(from.isEmpty() ? Tr::tr("the start") : from,
                                                    to.isEmpty() ? Tr::tr("the end") : to)
                                               .arg(f.value(QStringLiteral("answers")).toInt())));

    // The snapshot: what `assay report verify` checks the project against.
    const QJsonObject snapshot = block.value(QStringLiteral("snapshot")).toObject();
    out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Snapshot")));
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(
                            Tr::tr("Made from the log at these heads, one per device; state digest %1. "
                                   "Check it with: assay report verify PROJECT FILE")
                                    .arg(snapshot.value(QStringLiteral("state_digest")).toString())));
    out << QStringLiteral("<table>");
    out << row({esc(Tr::tr("device")), esc(Tr::tr("event")), esc(Tr::tr("hash"))}, true);
    for (const QJsonValue &v : snapshot.value(QStringLiteral("heads")).toArray()) {
        const QJsonObject h = v.toObject();
        out << row({esc(h.value(QStringLiteral("device")).toString()),
                    QString::number(h.value(QStringLiteral("seq")).toInteger()),
                    esc(h.value(QStringLiteral("hash")).toString())});
    }
    out << QStringLiteral("</table>");

    const QJsonObject versions = f.value(QStringLiteral("versions")).toObject();
    out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Taxonomy and guidelines")));
    auto used = [](const QJsonArray &list) {
        QStringList parts;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            parts.append(Tr::tr("version %1 (%2 answers)")
                                 .arg(o.value(QStringLiteral("version")).toInt())
                                 .arg(o.value(QStringLiteral("answers")).toInt()));
        }
        return parts.isEmpty() ? Tr::tr("none") : parts.join(QLatin1String(", "));
    };
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Taxonomy in force: %1; current version %2.")
                                     .arg(used(versions.value(QStringLiteral("taxonomy_used"))
                                                       .toArray()))
                                     .arg(versions.value(QStringLiteral("taxonomy_current"))
                                                  .toInt())));
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Guidelines in force: %1; current version %2.")
                                     .arg(used(versions.value(QStringLiteral("guideline_used"))
                                                       .toArray()))
                                     .arg(versions.value(QStringLiteral("guideline_current"))
                                                  .toInt())));
    QStringList classes;
    for (const QJsonValue &v : f.value(QStringLiteral("classes")).toArray())
        classes.append(v.toString());
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("Classes: %1.").arg(classes.join(QLatin1String(", ")))));

    out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Batches")));
    out << QStringLiteral("<table>");
    out << row({esc(Tr::tr("batch")), esc(Tr::tr("decision")), esc(Tr::tr("items")),
                esc(Tr::tr("answers")), esc(Tr::tr("alpha [95% CI]")), esc(Tr::tr("gold")),
                esc(Tr::tr("low items")), esc(Tr::tr("audit")), esc(Tr::tr("criteria"))},
               true);
    for (const QJsonValue &v : f.value(QStringLiteral("batches")).toArray()) {
        const QJsonObject b = v.toObject();
        QStringList criteria;
        for (const QJsonValue &c : b.value(QStringLiteral("verdicts")).toArray()) {
            const QJsonObject o = c.toObject();
            const QString verdict = o.value(QStringLiteral("verdict")).toString();
            criteria.append(
                    QStringLiteral("<span class=\"%1\">%2</span>")
                            .arg(verdict == QLatin1String("pass") ? QStringLiteral("pass")
                                                                  : QStringLiteral("fail"),
                                 esc(Tr::tr("%1 %2 %3: %4 %5")
                                             .arg(o.value(QStringLiteral("criterion")).toString(),
                                                  o.value(QStringLiteral("op")).toString(),
                                                  QString::number(o.value(QStringLiteral("bound"))
                                                                          .toDouble()),
                                                  num(o.value(QStringLiteral("value"))), verdict))));
        }
        out << row({esc(b.value(QStringLiteral("name")).toString()),
                    esc(b.value(QStringLiteral("state")).toString()),
                    QString::number(b.value(QStringLiteral("items")).toInt()),
                    QString::number(b.value(QStringLiteral("answers")).toInt()),
                    esc(interval(b.value(QStringLiteral("alpha_interval")).toObject())),
                    num(b.value(QStringLiteral("gold_accuracy"))),
                    num(b.value(QStringLiteral("low_share"))),
                    num(b.value(QStringLiteral("audit_accuracy"))),
                    criteria.isEmpty() ? esc(Tr::tr("none set"))
                                       : criteria.join(QLatin1String("<br>"))});
    }
    out << QStringLiteral("</table>");
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("A batch's figures are over all its answers, as assay quality "
                                    "reports them; its interval is over the period's answers.")));

    const QJsonObject agreement = f.value(QStringLiteral("agreement")).toObject();
    out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Agreement")));
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(
                            Tr::tr("Krippendorff's alpha (nominal) of the period's production answers: "
                                   "%1 over %2 items. The interval is the 2.5th to 97.5th percentile "
                                   "of %3 bootstrap resamples of items (std::mt19937_64, seed %4).")
                                    .arg(interval(agreement))
                                    .arg(agreement.value(QStringLiteral("items")).toInt())
                                    .arg(agreement.value(QStringLiteral("resamples")).toInt())
                                    .arg(agreement.value(QStringLiteral("seed")).toString())));
    out << QStringLiteral("<table>");
    out << row({esc(Tr::tr("person A")), esc(Tr::tr("person B")), esc(Tr::tr("items both")),
                esc(Tr::tr("Cohen's kappa")), esc(Tr::tr("disagreed"))},
               true);
    for (const QJsonValue &v : timeline.value(QStringLiteral("pairs")).toArray()) {
        const QJsonObject p = v.toObject();
        out << row({esc(p.value(QStringLiteral("a")).toString()),
                    esc(p.value(QStringLiteral("b")).toString()),
                    QString::number(p.value(QStringLiteral("items")).toInt()),
                    num(p.value(QStringLiteral("kappa"))),
                    QString::number(p.value(QStringLiteral("disagreed")).toArray().size())});
    }
    out << QStringLiteral("</table>");

    out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("People")));
    out << QStringLiteral("<table>");
    out << row({esc(Tr::tr("person")), esc(Tr::tr("gold answers")), esc(Tr::tr("gold accuracy")),
                esc(Tr::tr("audited")), esc(Tr::tr("audit accuracy"))},
               true);
    for (const QJsonValue &v : f.value(QStringLiteral("people")).toArray()) {
        const QJsonObject p = v.toObject();
        out << row({esc(p.value(QStringLiteral("person")).toString()),
                    QString::number(p.value(QStringLiteral("gold")).toInt()),
                    num(p.value(QStringLiteral("gold_accuracy"))),
                    QString::number(p.value(QStringLiteral("audited")).toInt()),
                    num(p.value(QStringLiteral("audit_accuracy")))});
    }
    out << QStringLiteral("</table>");
    const double threshold = f.value(QStringLiteral("gold_threshold")).toDouble();
    int index = 0;
    for (const QJsonValue &v : timeline.value(QStringLiteral("people")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString person = p.value(QStringLiteral("person")).toString();
        ReportChart chart
                = chartOf(QStringLiteral("person-%1").arg(index++),
                          Tr::tr("%1: gold and audit accuracy by day").arg(person),
                          Tr::tr("accuracy"),
                          {{Tr::tr("gold"), p.value(QStringLiteral("gold_accuracy")).toArray()},
                           {Tr::tr("audit"), p.value(QStringLiteral("audit_accuracy")).toArray()}});
        chart.threshold = threshold;
        if (chart.labels.isEmpty())
            continue;
        out << QStringLiteral("<h3>%1</h3>").arg(esc(person));
        out << image(chart);
        QStringList points;
        for (const QJsonValue &g : p.value(QStringLiteral("gold_accuracy")).toArray()) {
            const QJsonObject o = g.toObject();
            points.append(Tr::tr("%1: %2 (%3)")
                                  .arg(o.value(QStringLiteral("at")).toString(),
                                       num(o.value(QStringLiteral("value"))))
                                  .arg(o.value(QStringLiteral("n")).toInt()));
        }
        if (!points.isEmpty())
            out << QStringLiteral("<p>%1</p>")
                            .arg(esc(Tr::tr("Gold accuracy by day (answers): %1; threshold %2.")
                                             .arg(points.join(QLatin1String(", ")),
                                                  QString::number(threshold))));
        if (charts)
            charts->append(chart);
    }

    QList<std::pair<QString, QJsonArray>> classSeries;
    for (const QJsonValue &v : timeline.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject c = v.toObject();
        classSeries.append({c.value(QStringLiteral("class")).toString(),
                            c.value(QStringLiteral("agreement")).toArray()});
    }
    if (!classSeries.isEmpty()) {
        ReportChart chart = chartOf(QStringLiteral("classes"), Tr::tr("Agreement per class by day"),
                                    Tr::tr("agreement"), classSeries);
        out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Agreement per class over time")));
        out << image(chart);
        if (charts)
            charts->append(chart);
    }

    out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Anomalies")));
    const QJsonArray alerts = timeline.value(QStringLiteral("drift_alerts")).toArray();
    if (alerts.isEmpty())
        out << QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No drift alerts.")));
    else
        out << QStringLiteral("<table>");
    for (const QJsonValue &v : alerts) {
        const QJsonObject a = v.toObject();
        QString evidence;
        if (a.value(QStringLiteral("kind")).toString() == QLatin1String("accuracy-drop"))
            evidence = Tr::tr("gold accuracy %1 over the last %2 answers against %3 over %4 before; "
                              "z = %5 (alert at %6)")
                               .arg(num(a.value(QStringLiteral("recent_accuracy"))))
                               .arg(a.value(QStringLiteral("recent_count")).toInt())
                               .arg(num(a.value(QStringLiteral("earlier_accuracy"))))
                               .arg(a.value(QStringLiteral("earlier_count")).toInt())
                               .arg(num(a.value(QStringLiteral("statistic"))),
                                    num(a.value(QStringLiteral("threshold"))));
        else
            evidence = Tr::tr("class %1: %2 of the last %3 answers against %4 of the cohort's %5; "
                              "Jensen-Shannon divergence %6 (alert at %7)")
                               .arg(a.value(QStringLiteral("class")).toString(),
                                    num(a.value(QStringLiteral("person_share"))))
                               .arg(a.value(QStringLiteral("recent_count")).toInt())
                               .arg(num(a.value(QStringLiteral("cohort_share"))))
                               .arg(a.value(QStringLiteral("cohort_count")).toInt())
                               .arg(num(a.value(QStringLiteral("statistic"))),
                                    num(a.value(QStringLiteral("threshold"))));
        out << row({esc(a.value(QStringLiteral("person")).toString()),
                    esc(a.value(QStringLiteral("kind")).toString()),
                    esc(Tr::tr("%1 to %2")
                                .arg(a.value(QStringLiteral("from")).toString(),
                                     a.value(QStringLiteral("to")).toString())),
                    esc(evidence)});
    }
    if (!alerts.isEmpty())
        out << QStringLiteral("</table>");
    const QJsonArray suspects = timeline.value(QStringLiteral("suspect_gold")).toArray();
    out << QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Gold references most people miss")));
    if (suspects.isEmpty())
        out << QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("None.")));
    for (const QJsonValue &v : suspects) {
        const QJsonObject s = v.toObject();
        QStringList as;
        for (const QJsonValue &x : s.value(QStringLiteral("answered_as")).toArray())
            as.append(Tr::tr("%1 × %2")
                              .arg(x.toObject().value(QStringLiteral("label")).toString())
                              .arg(x.toObject().value(QStringLiteral("count")).toInt()));
        out << QStringLiteral("<p>%1</p>")
                        .arg(esc(Tr::tr("Item %1, reference %2: missed by %3 of %4 (answered %5).")
                                         .arg(s.value(QStringLiteral("item")).toString(),
                                              s.value(QStringLiteral("reference")).toString())
                                         .arg(s.value(QStringLiteral("missed")).toInt())
                                         .arg(s.value(QStringLiteral("answers")).toInt())
                                         .arg(as.join(QLatin1String(", ")))));
    }

    out << QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Calibration sessions")));
    const QJsonArray sessions = f.value(QStringLiteral("calibration_sessions")).toArray();
    out << QStringLiteral("<p>%1</p>")
                    .arg(esc(sessions.isEmpty() ? Tr::tr("None recorded in this period.")
                                                : Tr::tr("%1 sessions.").arg(sessions.size())));
    return out.join(u'\n');
}

} // namespace assay::core
