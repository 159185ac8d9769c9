// SPDX-License-Identifier: Apache-2.0
// Implements the quality timeline over the project and the audit report with its verification.
#include "core/report/reportservice.h"
#include "core/report/reportbody_p.h"

#include "core/annotation/annotationservice.h"
#include "core/base/tr.h"
#include "core/people/peopleservice.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/events/policy.h"
#include "core/gold/goldservice.h"
#include "core/quality/agreement.h"
#include "core/review/reviewservice.h"
#include "core/taxonomy/taxonomyservice.h"
#include "core/work/workservice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <map>

namespace assay::core {

bool ReportPeriod::contains(const QDateTime &time) const
{
    const QDate day = time.toUTC().date();
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

static QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

static std::optional<double> optionalOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

static QJsonArray pointsJson(const QList<quality::SeriesPoint> &points)
{
    QJsonArray a;
    for (const quality::SeriesPoint &p : points)
        a.append(QJsonObject{{QStringLiteral("at"), p.label},
                             {QStringLiteral("n"), p.count},
                             {QStringLiteral("value"), optional(p.value)}});
    return a;
}

Result<QList<quality::TimedAnswer>> ReportService::timedAnswers(const ReportPeriod &period) const
{
    ASSAY_TRY(project().mayRead(Read::Scores));
    ASSAY_TRY(project().mayRead(Read::TaskKinds));
    ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    auto settings = project().gold().qualitySettings();
    if (!settings)
        return settings.error();
    auto gold = project().gold().goldAnswers();
    if (!gold)
        return gold.error();
    QHash<Id, QStringList> references;
    for (const GoldAnswer &g : std::as_const(*gold))
        references.insert(g.itemId, g.classIds);
    auto batches = project().work().batches();
    if (!batches)
        return batches.error();
    QList<quality::TimedAnswer> result;
    for (const Batch &b : std::as_const(*batches)) {
        auto work = project().work().batchWork(b.id);
        if (!work)
            return work.error();
        // Audit outcomes of the batch's answers: the last decision in force on each (an
        // escalation is not an outcome yet).
        QHash<Id, bool> audited;
        QSet<Id> items;
        for (const BatchWork &w : std::as_const(*work)) {
            if (!period.contains(w.annotation.updatedAt) || items.contains(w.annotation.itemId))
                continue;
            items.insert(w.annotation.itemId);
            auto decisions = project().review().decisions(w.annotation.itemId);
            if (!decisions)
                return decisions.error();
            for (const ReviewRecord &r : std::as_const(*decisions)) {
                if (r.withdrawn || r.verdict == ReviewVerdict::Escalate)
                    continue;
                audited.insert(r.annotationId, r.verdict == ReviewVerdict::Accept);
            }
        }
        for (const BatchWork &w : std::as_const(*work)) {
            if (!period.contains(w.annotation.updatedAt))
                continue;
            quality::TimedAnswer a;
            a.annotationId = w.annotation.id;
            a.itemId = w.annotation.itemId;
            a.person = w.personName;
            a.batch = b.name;
            a.kind = w.task.kind;
            a.classIds = w.annotation.classIds;
            a.timeSpentMs = w.annotation.timeSpentMs;
            a.time = w.annotation.updatedAt.toUTC();
            a.taxonomyVersion = w.annotation.taxonomyVersion;
            a.guidelineVersion = w.annotation.guidelineVersion;
            if (w.task.kind == TaskKind::Gold && w.goldScore) {
                a.goldScore = *w.goldScore;
                // GoldService's rule: an answer passes at or above the threshold.
                a.goldPassed = *w.goldScore >= settings->goldThreshold - 1e-12;
                a.goldReference = references.value(w.annotation.itemId);
            }
            if (const auto it = audited.constFind(w.annotation.id); it != audited.constEnd())
                a.auditAccepted = *it;
            result.append(a);
        }
        // An answer rejected by review and not redone yet: its task is back in its annotator's
        // queue, so it is not among the finished work above; it was audited and not accepted
        // unchanged, so it counts as a miss (once redone it is finished work again, with the
        // same rejection in force until a new decision).
        auto tasks = project().work().batchTasks(b.id);
        if (!tasks)
            return tasks.error();
        QHash<Id, QList<ReviewRecord>> decisionsOf;
        for (const Task &t : std::as_const(*tasks)) {
            if (t.state != TaskState::Pending)
                continue;
            if (!decisionsOf.contains(t.itemId)) {
                auto decisions = project().review().decisions(t.itemId);
                if (!decisions)
                    return decisions.error();
                decisionsOf.insert(t.itemId, *decisions);
            }
            const ReviewRecord *last = nullptr;
            for (const ReviewRecord &r : decisionsOf[t.itemId]) {
                if (r.taskId == t.id && !r.withdrawn && r.verdict != ReviewVerdict::Escalate)
                    last = &r;
            }
            if (!last || last->verdict != ReviewVerdict::Reject)
                continue;
            auto annotation = project().annotations().annotation(last->annotationId);
            if (!annotation)
                return annotation.error();
            if (!period.contains(annotation->updatedAt))
                continue;
            auto person = project().people().person(annotation->personId);
            quality::TimedAnswer a;
            a.annotationId = annotation->id;
            a.itemId = annotation->itemId;
            a.person = person ? person->name : annotation->personId;
            a.batch = b.name;
            a.kind = t.kind;
            a.classIds = annotation->classIds;
            a.timeSpentMs = annotation->timeSpentMs;
            a.time = annotation->updatedAt.toUTC();
            a.taxonomyVersion = annotation->taxonomyVersion;
            a.guidelineVersion = annotation->guidelineVersion;
            a.auditAccepted = false;
            result.append(a);
        }
    }
    return result;
}

Result<quality::QualityTimeline> ReportService::timeline(const ReportPeriod &period,
                                                         quality::TimelineOptions options) const
{
    auto settings = project().gold().qualitySettings();
    if (!settings)
        return settings.error();
    options.goldThreshold = settings->goldThreshold;
    auto answers = timedAnswers(period);
    if (!answers)
        return answers.error();
    return quality::qualityTimeline(*answers, options);
}

static QString nameOf(const QHash<QString, QString> &names, const QString &id)
{
    return names.value(id, id);
}

static QString labelName(const QHash<QString, QString> &names, const QString &label)
{
    if (label.isEmpty())
        return Tr::tr("(none)");
    QStringList parts;
    for (const QString &id : label.split(u'+'))
        parts.append(nameOf(names, id));
    return parts.join(u'+');
}

QJsonObject ReportService::timelineJson(const quality::QualityTimeline &timeline,
                                        const QHash<QString, QString> &classNames)
{
    QJsonArray people;
    for (const quality::PersonSeries &p : timeline.people)
        people.append(QJsonObject{{QStringLiteral("person"), p.person},
                                  {QStringLiteral("gold_accuracy"), pointsJson(p.gold)},
                                  {QStringLiteral("audit_accuracy"), pointsJson(p.audit)},
                                  {QStringLiteral("seconds_per_task"), pointsJson(p.timePerTask)}});
    QJsonArray classes;
    for (const quality::ClassSeries &c : timeline.classes)
        classes.append(QJsonObject{{QStringLiteral("class"), nameOf(classNames, c.classId)},
                                   {QStringLiteral("agreement"), pointsJson(c.agreement)}});
    QJsonArray alerts;
    for (const quality::DriftAlert &a : timeline.alerts) {
        QJsonObject o{{QStringLiteral("kind"), a.kind},
                      {QStringLiteral("person"), a.person},
                      {QStringLiteral("from"), a.from},
                      {QStringLiteral("to"), a.to},
                      {QStringLiteral("statistic"), a.statistic},
                      {QStringLiteral("threshold"), a.threshold},
                      {QStringLiteral("recent_count"), a.recentCount}};
        if (a.kind == QLatin1String("accuracy-drop")) {
            o.insert(QStringLiteral("earlier_count"), a.earlierCount);
            o.insert(QStringLiteral("earlier_accuracy"), a.earlier);
            o.insert(QStringLiteral("recent_accuracy"), a.recent);
        } else {
            o.insert(QStringLiteral("cohort_count"), a.earlierCount);
            o.insert(QStringLiteral("class"), nameOf(classNames, a.classId));
            o.insert(QStringLiteral("person_share"), a.personShare);
            o.insert(QStringLiteral("cohort_share"), a.cohortShare);
        }
        alerts.append(o);
    }
    QJsonArray suspects;
    for (const quality::SuspectGold &s : timeline.suspectGold) {
        QJsonArray as;
        for (const auto &[label, count] : s.answeredAs)
            as.append(QJsonObject{{QStringLiteral("label"), labelName(classNames, label)},
                                  {QStringLiteral("count"), count}});
        suspects.append(QJsonObject{{QStringLiteral("item"), s.itemId},
                                    {QStringLiteral("reference"),
                                     labelName(classNames, quality::labelOf(s.reference))},
                                    {QStringLiteral("answers"), s.answers},
                                    {QStringLiteral("missed"), s.missed},
                                    {QStringLiteral("answered_as"), as}});
    }
    QJsonArray pairs;
    for (const quality::PairAgreement &p : timeline.pairs)
        pairs.append(QJsonObject{{QStringLiteral("a"), p.a},
                                 {QStringLiteral("b"), p.b},
                                 {QStringLiteral("items"), p.items},
                                 {QStringLiteral("kappa"), optional(p.kappa)},
                                 {QStringLiteral("note"), p.note},
                                 {QStringLiteral("disagreed"),
                                  QJsonArray::fromStringList(p.disagreed)}});
    return QJsonObject{{QStringLiteral("people"), people},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("drift_alerts"), alerts},
                       {QStringLiteral("suspect_gold"), suspects},
                       {QStringLiteral("pairs"), pairs}};
}

static QJsonObject intervalJson(const quality::BootstrapInterval &i)
{
    return QJsonObject{{QStringLiteral("value"), optional(i.value)},
                       {QStringLiteral("low"), optional(i.low)},
                       {QStringLiteral("high"), optional(i.high)},
                       {QStringLiteral("items"), i.items},
                       {QStringLiteral("resamples"), i.resamples},
                       {QStringLiteral("seed"), QString::number(i.seed)}};
}

using ItemRatings = QList<QPair<QString, QList<QPair<QString, QString>>>>;

static quality::BootstrapInterval alphaOf(const QList<quality::TimedAnswer> &answers,
                                          const AuditReportRequest &request)
{
    QMap<QString, QList<QPair<QString, QString>>> byItem;
    for (const quality::TimedAnswer &a : answers) {
        if (a.kind == TaskKind::Production)
            byItem[a.itemId].append({a.person, quality::labelOf(a.classIds)});
    }
    ItemRatings items;
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it)
        items.append({it.key(), it.value()});
    return quality::bootstrapAlpha(items, request.resamples, request.seed);
}

static QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Result<AuditReport> ReportService::auditReport(const AuditReportRequest &request) const
{
    auto answers = timedAnswers(request.period);
    if (!answers)
        return answers.error();
    auto settings = project().gold().qualitySettings();
    if (!settings)
        return settings.error();
    auto snapshot = project().snapshot();
    if (!snapshot)
        return snapshot.error();
    auto taxonomy = project().taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    auto counts = project().counts();
    if (!counts)
        return counts.error();
    QHash<QString, QString> classNames;
    for (const TaxonomyClass &c : taxonomy->classes)
        classNames.insert(c.id, c.name);

    QJsonObject block;
    block.insert(QStringLiteral("format"), 1);
    QJsonArray heads;
    for (const store::Snapshot::Head &h : snapshot->heads)
        heads.append(QJsonObject{{QStringLiteral("device"), h.device},
                                 {QStringLiteral("seq"), h.seq},
                                 {QStringLiteral("hash"), h.hash}});
    block.insert(QStringLiteral("snapshot"),
                 QJsonObject{{QStringLiteral("heads"), heads},
                             {QStringLiteral("state_digest"), snapshot->stateDigest}});
    block.insert(QStringLiteral("request"),
                 QJsonObject{{QStringLiteral("from"), isoDate(request.period.from)},
                             {QStringLiteral("to"), isoDate(request.period.to)},
                             {QStringLiteral("resamples"), request.resamples},
                             {QStringLiteral("seed"), QString::number(request.seed)}});

    QJsonObject figures;
    figures.insert(QStringLiteral("project"),
                   QJsonObject{{QStringLiteral("name"), project().info().name},
                               {QStringLiteral("id"), project().info().projectId}});
    // The versions in force: those the period's answers were given under, and the current.
    QMap<int, int> taxonomyUsed;
    QMap<int, int> guidelineUsed;
    for (const quality::TimedAnswer &a : std::as_const(*answers)) {
        ++taxonomyUsed[a.taxonomyVersion];
        ++guidelineUsed[a.guidelineVersion];
    }
    auto versionsJson = [](const QMap<int, int> &used) {
        QJsonArray a;
        for (auto it = used.cbegin(); it != used.cend(); ++it)
            a.append(QJsonObject{{QStringLiteral("version"), it.key()},
                                 {QStringLiteral("answers"), it.value()}});
        return a;
    };
    figures.insert(QStringLiteral("versions"),
                   QJsonObject{{QStringLiteral("taxonomy_current"), counts->taxonomyVersion},
                               {QStringLiteral("guideline_current"), counts->guidelineVersion},
                               {QStringLiteral("taxonomy_used"), versionsJson(taxonomyUsed)},
                               {QStringLiteral("guideline_used"), versionsJson(guidelineUsed)}});
    QJsonArray classList;
    for (const TaxonomyClass &c : taxonomy->classes)
        classList.append(c.name);
    figures.insert(QStringLiteral("classes"), classList);
    figures.insert(QStringLiteral("gold_threshold"), settings->goldThreshold);
    figures.insert(QStringLiteral("answers"), int(answers->size()));

    // Batches: the same report as `assay quality` (whole batches, as they were decided).
    auto batches = project().work().batches();
    if (!batches)
        return batches.error();
    QJsonArray batchList;
    for (const Batch &b : std::as_const(*batches)) {
        if (request.period.to.isValid() && b.createdAt.toUTC().date() > request.period.to)
            continue;
        auto report = project().gold().batchQualityReport(b.id);
        if (!report)
            return report.error();
        QList<quality::TimedAnswer> mine;
        for (const quality::TimedAnswer &a : std::as_const(*answers)) {
            if (a.batch == b.name)
                mine.append(a);
        }
        if (mine.isEmpty() && request.period.from.isValid()
            && b.createdAt.toUTC().date() < request.period.from)
            continue;
        QJsonArray verdicts;
        for (const quality::Verdict &v : report->verdicts)
            verdicts.append(QJsonObject{{QStringLiteral("criterion"), v.criterion},
                                        {QStringLiteral("op"), v.op},
                                        {QStringLiteral("bound"), v.bound},
                                        {QStringLiteral("value"), optional(v.value)},
                                        {QStringLiteral("verdict"), v.verdict}});
        const Result<double> &alpha = report->agreement.krippendorffAlpha;
        batchList.append(
                QJsonObject{{QStringLiteral("name"), b.name},
                            {QStringLiteral("state"), batchStateName(b.state)},
                            {QStringLiteral("items"), report->items},
                            {QStringLiteral("answers"), report->answers},
                            {QStringLiteral("krippendorff_alpha"),
                             alpha ? QJsonValue(*alpha) : QJsonValue()},
                            {QStringLiteral("gold_accuracy"), optional(report->goldAccuracy)},
                            {QStringLiteral("low_share"), optional(report->lowShare)},
                            {QStringLiteral("audit_accuracy"), optional(report->auditAccuracy)},
                            {QStringLiteral("verdicts"), verdicts},
                            {QStringLiteral("alpha_interval"),
                             intervalJson(alphaOf(mine, request))}});
    }
    figures.insert(QStringLiteral("batches"), batchList);

    // Agreement over the period's production answers, with its bootstrap interval.
    figures.insert(QStringLiteral("agreement"), intervalJson(alphaOf(*answers, request)));

    // People: their figures over the period, and the series.
    std::map<QString, std::array<int, 4>> perPerson; // gold, passed, audited, accepted
    for (const quality::TimedAnswer &a : std::as_const(*answers)) {
        auto &c = perPerson[a.person];
        if (a.goldPassed) {
            ++c[0];
            c[1] += *a.goldPassed ? 1 : 0;
        }
        if (a.auditAccepted) {
            ++c[2];
            c[3] += *a.auditAccepted ? 1 : 0;
        }
    }
    QJsonArray peopleList;
    for (const auto &[person, c] : perPerson)
        peopleList.append(QJsonObject{{QStringLiteral("person"), person},
                                      {QStringLiteral("gold"), c[0]},
                                      {QStringLiteral("gold_accuracy"),
                                       c[0] ? QJsonValue(double(c[1]) / c[0]) : QJsonValue()},
                                      {QStringLiteral("audited"), c[2]},
                                      {QStringLiteral("audit_accuracy"),
                                       c[2] ? QJsonValue(double(c[3]) / c[2]) : QJsonValue()}});
    figures.insert(QStringLiteral("people"), peopleList);

    quality::TimelineOptions options;
    options.goldThreshold = settings->goldThreshold;
    const quality::QualityTimeline timeline = quality::qualityTimeline(*answers, options);
    figures.insert(QStringLiteral("timeline"), timelineJson(timeline, classNames));
    // Hook: calibration sessions and their results go here once the calibration module records
    // them; until then the report says there are none.
    figures.insert(QStringLiteral("calibration_sessions"), QJsonArray());
    block.insert(QStringLiteral("figures"), figures);

    AuditReport report;
    report.block = block;
    // The body and its charts are a function of the block alone, so that verification compares
    // the text a reader sees with the text the recomputed figures give.
    report.body = auditReportBody(block, &report.charts);
    return report;
}

QString ReportService::normalizedBody(const QString &html)
{
    const qsizetype start = html.indexOf(QLatin1String("<body>"));
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return {};
    QString body = html.mid(start + 6, end - start - 6);
    static const QRegularExpression image(QStringLiteral("src=\"data:image/png;base64,[^\"]*\""));
    body.replace(image, QStringLiteral("src=\"\""));
    // The block itself sits in the body's end; it is checked on its own.
    static const QRegularExpression
            script(QStringLiteral(
                           "<script type=\"application/json\" id=\"assay-snapshot\">.*</script>"),
                   QRegularExpression::DotMatchesEverythingOption);
    body.remove(script);
    return body.trimmed();
}

static QByteArray bodyHash(const QString &normalized)
{
    return QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString ReportService::auditReportHtml(const AuditReport &report,
                                       const QHash<QString, QByteArray> &chartPngs)
{
    QString body = report.body;
    for (auto it = chartPngs.cbegin(); it != chartPngs.cend(); ++it) {
        body.replace(QStringLiteral("data-chart=\"%1\" src=\"\"").arg(it.key()),
                     QStringLiteral("data-chart=\"%1\" src=\"data:image/png;base64,%2\"")
                             .arg(it.key(), QString::fromLatin1(it.value().toBase64())));
    }
    QJsonObject block = report.block;
    block.insert(QStringLiteral("body_sha256"),
                 QString::fromLatin1(bodyHash(normalizedBody(QStringLiteral("<body>") + report.body
                                                             + QStringLiteral("</body>")))));
    // "</" cannot appear inside a script element; JSON reads "<\/" as the same text.
    QString json = QString::fromUtf8(QJsonDocument(block).toJson(QJsonDocument::Indented));
    json.replace(QLatin1String("</"), QLatin1String("<\\/"));
    const QString title = block.value(QStringLiteral("figures"))
                                  .toObject()
                                  .value(QStringLiteral("project"))
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toString();
    return QStringLiteral(
                   "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n"
                   "<style>\n"
                   "body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}\n"
                   "table{border-collapse:collapse;margin:0.5em 0}\n"
                   "td,th{border:1px solid #bbb;padding:2px 8px;text-align:left}\n"
                   "th{background:#eee}\n"
                   ".pass{color:#1a7f37}.fail{color:#b42318}\n"
                   "</style></head>\n<body>\n%2\n"
                   "<script type=\"application/json\" id=\"assay-snapshot\">\n%3</script>\n"
                   "</body></html>\n")
            .arg(Tr::tr("Audit report: %1").arg(title).toHtmlEscaped(), body, json);
}

// A copy of `project` at `copyPath` as it stood at `heads` (one per device): the log cut after
// each head (a device not named loses all its events) and the state rebuilt by replaying what
// is left. Refused when the log does not hold one of the heads (the same sequence number with
// the same hash). The project's own file is not touched.
static Result<std::unique_ptr<Project>> copyAtHeads(const Project &project, const QString &copyPath,
                                                    const QList<store::Snapshot::Head> &heads)
{
    store::Database *db = project.store().database();
    for (const store::Snapshot::Head &h : heads) {
        auto s = db->prepare(
                QStringLiteral("SELECT hash FROM events WHERE device = ?1 AND device_seq = ?2"));
        if (!s)
            return s.error();
        s->bind(1, h.device).bind(2, h.seq);
        if (h.seq > 0 && (!s->step() || s->text(0) != h.hash))
            return makeError(ErrorCode::Conflict,
                             Tr::tr("this copy's log does not hold event %1 of device %2 as it was"
                                    " (%3)")
                                     .arg(h.seq)
                                     .arg(h.device, h.hash.left(12)),
                             project.path());
    }
    auto vacuum = db->prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!vacuum)
        return vacuum.error();
    vacuum->bind(1, copyPath);
    ASSAY_TRY(vacuum->exec());
    auto copy = Project::open(copyPath);
    if (!copy)
        return copy.error();
    store::Database *c = (*copy)->store().database();
    ASSAY_TRY(c->exec(QStringLiteral("CREATE TEMP TABLE snapshot_heads (device TEXT PRIMARY KEY,"
                                     " seq INTEGER NOT NULL, hash TEXT NOT NULL)")));
    auto add = c->prepare(
            QStringLiteral("INSERT INTO snapshot_heads (device, seq, hash) VALUES (?1, ?2, ?3)"));
    if (!add)
        return add.error();
    for (const store::Snapshot::Head &h : heads) {
        add->reset();
        add->bind(1, h.device).bind(2, h.seq).bind(3, h.hash);
        ASSAY_TRY(add->exec());
    }
    // Events from before devices (envelope 0) sit on the first device's chain.
    for (const char *sql :
         {"DELETE FROM events WHERE envelope != 0 AND device_seq > COALESCE((SELECT seq FROM"
          " snapshot_heads h WHERE h.device = events.device), 0)",
          "DELETE FROM devices WHERE id NOT IN (SELECT device FROM snapshot_heads)",
          "UPDATE devices SET head_seq = (SELECT seq FROM snapshot_heads h WHERE h.device ="
          " devices.id), head_hash = (SELECT hash FROM snapshot_heads h WHERE h.device ="
          " devices.id)",
          "DELETE FROM quarantine WHERE event_id NOT IN (SELECT id FROM events)",
          "DROP TABLE snapshot_heads"})
        ASSAY_TRY(c->exec(QLatin1String(sql)));
    ASSAY_TRY((*copy)->rebuildState());
    return std::move(*copy);
}

Result<ReportCheck> ReportService::verifyAuditReport(const QString &html) const
{
    static const QRegularExpression
            script(QStringLiteral(
                           "<script type=\"application/json\" id=\"assay-snapshot\">(.*)</script>"),
                   QRegularExpression::DotMatchesEverythingOption);
    const auto match = script.match(html);
    if (!match.hasMatch())
        return Error{ErrorCode::InvalidInput,
                     Tr::tr("no assay-snapshot block: not an Assay report")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(match.captured(1).toUtf8(), &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidInput, Tr::tr("the assay-snapshot block is not JSON: %1")
                                                      .arg(parseError.errorString())};
    const QJsonObject block = doc.object();
    ReportCheck check;

    const QString body = normalizedBody(html);
    if (block.value(QStringLiteral("body_sha256")).toString().toLatin1() != bodyHash(body))
        check.problems.append(Tr::tr("the visible text differs from the text the report was made "
                                     "with (SHA-256 of the body)"));

    // The project must stand where the report was made.
    auto snapshot = project().snapshot();
    if (!snapshot)
        return snapshot.error();
    const QJsonObject stated = block.value(QStringLiteral("snapshot")).toObject();
    QHash<QString, std::pair<qint64, QString>> now;
    for (const store::Snapshot::Head &h : snapshot->heads)
        now.insert(h.device, {h.seq, h.hash});
    QStringList moved;
    QSet<QString> seen;
    for (const QJsonValue &v : stated.value(QStringLiteral("heads")).toArray()) {
        const QJsonObject h = v.toObject();
        const QString device = h.value(QStringLiteral("device")).toString();
        seen.insert(device);
        const auto it = now.constFind(device);
        if (it == now.constEnd())
            moved.append(Tr::tr("device %1 is not in this copy").arg(device));
        else if (it->first != h.value(QStringLiteral("seq")).toInteger()
                 || it->second != h.value(QStringLiteral("hash")).toString())
            moved.append(Tr::tr("device %1 is at event %2 here, at %3 in the report")
                                 .arg(device)
                                 .arg(it->first)
                                 .arg(h.value(QStringLiteral("seq")).toInteger()));
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!seen.contains(it.key()))
            moved.append(Tr::tr("device %1 has events the report did not see").arg(it.key()));
    }
    // Set while verifying in the scratch copy: there the heads are the report's, or the copy
    // is not what it should be (never replayed again).
    static thread_local bool s_inSnapshotCopy = false;
    if (!moved.isEmpty() && s_inSnapshotCopy)
        return Error{ErrorCode::Conflict,
                     Tr::tr("the copy rebuilt at the report's snapshot is not at it (%1)")
                             .arg(moved.join(QLatin1String("; ")))};
    if (!moved.isEmpty()) {
        // The project moved on (or holds another device's events the report did not see): the
        // state at the report's heads is rebuilt by replaying the log up to them in a scratch
        // copy, and the report is verified against that.
        QList<store::Snapshot::Head> heads;
        for (const QJsonValue &v : stated.value(QStringLiteral("heads")).toArray()) {
            const QJsonObject h = v.toObject();
            heads.append({h.value(QStringLiteral("device")).toString(),
                          h.value(QStringLiteral("seq")).toInteger(),
                          h.value(QStringLiteral("hash")).toString()});
        }
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return makeError(ErrorCode::Io,
                             Tr::tr("no room for a temporary copy at the report's snapshot"),
                             path());
        const QString copyPath = scratch.filePath(QStringLiteral("snapshot.assay"));
        Result<ReportCheck> atSnapshot = [&]() -> Result<ReportCheck> {
            auto copy = copyAtHeads(project(), copyPath, heads);
            if (!copy)
                return Error{copy.error().code,
                             Tr::tr("the project is not at the report's snapshot (%1), and its "
                                    "state there cannot be rebuilt: %2")
                                     .arg(moved.join(QLatin1String("; ")), copy.error().message)};
            if (const Status st = (*copy)->setActor(actor().id); !st)
                return Error{st.error().code,
                             Tr::tr("at the report's snapshot: %1").arg(st.error().message)};
            s_inSnapshotCopy = true;
            auto check = ReportService(**copy).verifyAuditReport(html);
            s_inSnapshotCopy = false;
            return check;
        }();
        if (!atSnapshot)
            return atSnapshot.error();
        atSnapshot->replayed = true;
        atSnapshot->moved = moved;
        return atSnapshot;
    }
    if (stated.value(QStringLiteral("state_digest")).toString() != snapshot->stateDigest)
        return Error{ErrorCode::Conflict,
                     Tr::tr("the project's state digest differs from the report's although every "
                            "head is the same: run assay log verify")};

    AuditReportRequest request;
    const QJsonObject r = block.value(QStringLiteral("request")).toObject();
    request.period.from = QDate::fromString(r.value(QStringLiteral("from")).toString(), Qt::ISODate);
    request.period.to = QDate::fromString(r.value(QStringLiteral("to")).toString(), Qt::ISODate);
    request.resamples = r.value(QStringLiteral("resamples")).toInt();
    request.seed = r.value(QStringLiteral("seed")).toString().toULongLong();
    auto recomputed = auditReport(request);
    if (!recomputed)
        return recomputed.error();
    const QJsonObject figures = block.value(QStringLiteral("figures")).toObject();
    const QJsonObject fresh = recomputed->block.value(QStringLiteral("figures")).toObject();
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
        if (figures.value(it.key()) != it.value())
            check.problems.append(
                    Tr::tr("the figures of \"%1\" differ from the log's").arg(it.key()));
    }
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it) {
        if (!fresh.contains(it.key()))
            check.problems.append(Tr::tr("\"%1\" is not a figure of the report").arg(it.key()));
    }
    const QString freshBody = normalizedBody(QStringLiteral("<body>") + recomputed->body
                                             + QStringLiteral("</body>"));
    if (freshBody != body) {
        // Name the first line that differs, so an auditor sees what was changed.
        const QStringList a = body.split(u'\n');
        const QStringList b = freshBody.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QString x = a.value(i);
            const QString y = b.value(i);
            if (x != y) {
                check.problems.append(Tr::tr("the visible text differs from the log's at line "
                                             "%1: \"%2\" where the log gives \"%3\"")
                                              .arg(i + 1)
                                              .arg(x.left(160), y.left(160)));
                break;
            }
        }
    }
    check.matches = check.problems.isEmpty();
    return check;
}

} // namespace assay::core
