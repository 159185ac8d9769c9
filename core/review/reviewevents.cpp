// SPDX-License-Identifier: Apache-2.0
// Events of review and adjudication: their JSON mapping.
#include "core/review/reviewevents.h"
#include "core/base/tr.h"

#include "core/events/payload.h"

#include <QCoreApplication>

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

static const char *const s_verdicts[] = {"accept", "fix", "reject", "escalate"};

QString reviewVerdictName(ReviewVerdict verdict)
{
    return QLatin1String(s_verdicts[int(verdict)]);
}

bool parseReviewVerdict(const QString &name, ReviewVerdict *verdict)
{
    for (int i = 0; i < int(std::size(s_verdicts)); ++i) {
        if (name == QLatin1String(s_verdicts[i])) {
            *verdict = ReviewVerdict(i);
            return true;
        }
    }
    return false;
}

QJsonObject AnswerValue::toJson() const
{
    QJsonArray boxArray;
    for (const Box &b : boxes)
        boxArray.append(events::boxToJson(b));
    return QJsonObject{{QStringLiteral("classes"), QJsonArray::fromStringList(classIds)},
                       {QStringLiteral("boxes"), boxArray}};
}

AnswerValue AnswerValue::fromJson(const QJsonObject &o)
{
    AnswerValue v;
    for (const QJsonValue &c : o.value(QLatin1String("classes")).toArray())
        v.classIds.append(c.toString());
    v.boxes = events::boxesFromJson(o.value(QLatin1String("boxes")).toArray());
    return v;
}

static QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

static std::optional<double> numberOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject ReviewQueued::toJson() const
{
    QJsonArray rows;
    for (const ReviewEntryRow &r : entries) {
        rows.append(QJsonArray{r.id, r.taskId, r.itemId, r.annotatorId, r.classId, r.reason,
                               optionalNumber(r.agreement), optionalNumber(r.confidence),
                               r.rereviewOf, r.excludePerson});
    }
    QJsonObject o{{QStringLiteral("batch_id"), batchId},
                  {QStringLiteral("seed"), seed},
                  {QStringLiteral("rules"), rules},
                  {QStringLiteral("entries"), rows}};
    return withExtra(o, extra);
}

Result<ReviewQueued> ReviewQueued::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ReviewQueued e;
    e.batchId = in.requiredString("batch_id");
    e.seed = in.string("seed");
    e.rules = in.object("rules");
    const QJsonArray rows = in.array("entries");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    for (const QJsonValue &v : rows) {
        const QJsonArray row = v.toArray();
        ReviewEntryRow r;
        r.id = row.at(0).toString();
        r.taskId = row.at(1).toString();
        r.itemId = row.at(2).toString();
        r.annotatorId = row.at(3).toString();
        r.classId = row.at(4).toString();
        r.reason = row.at(5).toString();
        r.agreement = numberOf(row.at(6));
        r.confidence = numberOf(row.at(7));
        r.rereviewOf = row.at(8).toString();
        r.excludePerson = row.at(9).toString();
        if (r.id.isEmpty() || r.taskId.isEmpty())
            return makeError(ErrorCode::InvalidInput, Tr::tr("%1: an entry without an id or a task")
                                                              .arg(QLatin1String(kind.name)));
        e.entries.append(r);
    }
    return e;
}

QJsonObject ReviewLocked::toJson() const
{
    return withExtra(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                 {QStringLiteral("annotator_id"), annotatorId},
                                 {QStringLiteral("task_ids"), QJsonArray::fromStringList(taskIds)}},
                     extra);
}

Result<ReviewLocked> ReviewLocked::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ReviewLocked e;
    e.batchId = in.requiredString("batch_id");
    e.annotatorId = in.requiredString("annotator_id");
    e.taskIds = in.strings("task_ids");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject ConsensusStored::toJson() const
{
    QJsonArray rows;
    for (const ConsensusRow &r : items)
        rows.append(QJsonArray{r.itemId, r.label, r.confidence, r.answers});
    return withExtra(QJsonObject{{QStringLiteral("batch_id"), batchId},
                                 {QStringLiteral("method"), method},
                                 {QStringLiteral("iterations"), iterations},
                                 {QStringLiteral("converged"), converged},
                                 {QStringLiteral("items"), rows}},
                     extra);
}

Result<ConsensusStored> ConsensusStored::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ConsensusStored e;
    e.batchId = in.requiredString("batch_id");
    e.method = in.requiredString("method");
    e.iterations = in.integer("iterations");
    e.converged = !in.has("converged") || in.boolean("converged");
    const QJsonArray rows = in.array("items");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    for (const QJsonValue &v : rows) {
        const QJsonArray row = v.toArray();
        ConsensusRow r;
        r.itemId = row.at(0).toString();
        r.label = row.at(1).toString();
        r.confidence = row.at(2).toDouble(-1);
        r.answers = row.at(3).toInt();
        if (r.itemId.isEmpty() || !(r.confidence >= 0 && r.confidence <= 1))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: an item without an id or with a confidence outside [0, 1]")
                                     .arg(QLatin1String(kind.name)));
        e.items.append(r);
    }
    return e;
}

QJsonObject ReviewReasonsSet::toJson() const
{
    QJsonArray list;
    for (const ReviewReason &r : reasons)
        list.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("text"), r.text}});
    return withExtra(QJsonObject{{QStringLiteral("reasons"), list}}, extra);
}

Result<ReviewReasonsSet> ReviewReasonsSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ReviewReasonsSet e;
    const QJsonArray list = in.array("reasons");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        e.reasons.append({o.value(QLatin1String("code")).toString(),
                          o.value(QLatin1String("text")).toString()});
    }
    return e;
}

QJsonObject BoxRemark::toJson() const
{
    QJsonObject o{{QStringLiteral("box_id"), boxId},
                  {QStringLiteral("verdict"), reviewVerdictName(verdict)}};
    if (!reasonCode.isEmpty())
        o.insert(QStringLiteral("reason"), reasonCode);
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (region)
        o.insert(QStringLiteral("region"),
                 QJsonArray{region->x(), region->y(), region->width(), region->height()});
    return o;
}

BoxRemark BoxRemark::fromJson(const QJsonObject &o)
{
    BoxRemark r;
    r.boxId = o.value(QLatin1String("box_id")).toString();
    parseReviewVerdict(o.value(QLatin1String("verdict")).toString(), &r.verdict);
    r.reasonCode = o.value(QLatin1String("reason")).toString();
    r.text = o.value(QLatin1String("text")).toString();
    const QJsonArray region = o.value(QLatin1String("region")).toArray();
    if (region.size() == 4)
        r.region = QRectF(region.at(0).toDouble(), region.at(1).toDouble(), region.at(2).toDouble(),
                          region.at(3).toDouble());
    return r;
}

QJsonObject ReviewDecided::toJson() const
{
    QJsonObject o{{QStringLiteral("entry_id"), entryId},
                  {QStringLiteral("task_id"), taskId},
                  {QStringLiteral("annotation_id"), annotationId},
                  {QStringLiteral("item_id"), itemId},
                  {QStringLiteral("annotator_id"), annotatorId},
                  {QStringLiteral("decision"), reviewVerdictName(verdict)}};
    if (!reasonCode.isEmpty())
        o.insert(QStringLiteral("reason"), reasonCode);
    if (!reasonText.isEmpty())
        o.insert(QStringLiteral("text"), reasonText);
    if (!section.isEmpty())
        o.insert(QStringLiteral("section"), section);
    if (fix)
        o.insert(QStringLiteral("fix"), fix->toJson());
    if (!boxRemarks.isEmpty()) {
        QJsonArray remarks;
        for (const BoxRemark &r : boxRemarks)
            remarks.append(r.toJson());
        o.insert(QStringLiteral("boxes"), remarks);
    }
    if (!returnTo.isEmpty()) {
        o.insert(QStringLiteral("return_to"), returnTo);
        o.insert(QStringLiteral("return_task"), returnTask);
    }
    return withExtra(o, extra);
}

Result<ReviewDecided> ReviewDecided::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ReviewDecided e;
    e.entryId = in.requiredString("entry_id");
    e.taskId = in.requiredString("task_id");
    e.annotationId = in.string("annotation_id");
    e.itemId = in.string("item_id");
    e.annotatorId = in.requiredString("annotator_id");
    const QString decision = in.requiredString("decision");
    e.reasonCode = in.string("reason");
    e.reasonText = in.string("text");
    e.section = in.string("section");
    if (in.has("fix"))
        e.fix = AnswerValue::fromJson(in.object("fix"));
    for (const QJsonValue &v : in.array("boxes"))
        e.boxRemarks.append(BoxRemark::fromJson(v.toObject()));
    e.returnTo = in.string("return_to");
    e.returnTask = in.string("return_task");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    if (!parseReviewVerdict(decision, &e.verdict))
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("unknown review decision \"%1\"").arg(decision));
    return e;
}

QJsonObject ReviewReturnSet::toJson() const
{
    QJsonObject o{{QStringLiteral("batch_id"), batchId}, {QStringLiteral("mode"), mode}};
    if (!personId.isEmpty())
        o.insert(QStringLiteral("person_id"), personId);
    return withExtra(o, extra);
}

Result<ReviewReturnSet> ReviewReturnSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ReviewReturnSet e;
    e.batchId = in.requiredString("batch_id");
    e.mode = in.requiredString("mode");
    e.personId = in.string("person_id");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject ReviewWithdrawn::toJson() const
{
    return withExtra(QJsonObject{{QStringLiteral("decision_id"), decisionId},
                                 {QStringLiteral("task_id"), taskId},
                                 {QStringLiteral("annotator_id"), annotatorId}},
                     extra);
}

Result<ReviewWithdrawn> ReviewWithdrawn::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ReviewWithdrawn e;
    e.decisionId = in.requiredString("decision_id");
    e.taskId = in.string("task_id");
    e.annotatorId = in.requiredString("annotator_id");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject AdjudicationDecided::toJson() const
{
    QJsonArray others;
    for (const AnswerVersionRef &v : notChosen) {
        QJsonObject o = v.value.toJson();
        o.insert(QStringLiteral("annotations"), QJsonArray::fromStringList(v.annotationIds));
        others.append(o);
    }
    QJsonObject o{{QStringLiteral("item_id"), itemId},
                  {QStringLiteral("batch_id"), batchId},
                  {QStringLiteral("chosen"), QJsonArray::fromStringList(chosen)},
                  {QStringLiteral("answer"), answer.toJson()},
                  {QStringLiteral("not_chosen"), others},
                  {QStringLiteral("reason"), reasonCode},
                  {QStringLiteral("text"), reasonText}};
    if (!section.isEmpty())
        o.insert(QStringLiteral("section"), section);
    if (!supersedes.isEmpty())
        o.insert(QStringLiteral("supersedes"), supersedes);
    return withExtra(o, extra);
}

Result<AdjudicationDecided> AdjudicationDecided::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    AdjudicationDecided e;
    e.itemId = in.requiredString("item_id");
    e.batchId = in.string("batch_id");
    e.chosen = in.strings("chosen");
    e.answer = AnswerValue::fromJson(in.object("answer"));
    for (const QJsonValue &v : in.array("not_chosen")) {
        const QJsonObject o = v.toObject();
        AnswerVersionRef ref;
        ref.value = AnswerValue::fromJson(o);
        for (const QJsonValue &a : o.value(QLatin1String("annotations")).toArray())
            ref.annotationIds.append(a.toString());
        e.notChosen.append(ref);
    }
    e.reasonCode = in.string("reason");
    e.reasonText = in.string("text");
    e.section = in.string("section");
    e.supersedes = in.string("supersedes");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
