// SPDX-License-Identifier: Apache-2.0
// Events of the taxonomy and the guidelines: their JSON mapping.
#include "core/taxonomy/taxonomyevents.h"

#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

QJsonObject TaxonomyChanged::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version}, {QStringLiteral("change"), change}};
    if (cls)
        o.insert(QStringLiteral("class"), events::classToJson(*cls));
    if (!renamedFrom.isEmpty())
        o.insert(QStringLiteral("renamed_from"), renamedFrom);
    if (!classId.isEmpty())
        o.insert(QStringLiteral("class_id"), classId);
    if (!from.isEmpty())
        o.insert(QStringLiteral("from"), QJsonArray::fromStringList(from));
    if (!into.isEmpty())
        o.insert(QStringLiteral("into"), into);
    if (multiLabel)
        o.insert(QStringLiteral("multi_label"), *multiLabel);
    if (!before.isEmpty())
        o.insert(QStringLiteral("before"), before);
    if (!parts.isEmpty()) {
        QJsonArray a;
        for (const TaxonomyClass &c : parts)
            a.append(events::classToJson(c));
        o.insert(QStringLiteral("parts"), a);
    }
    if (!assignTo.isEmpty())
        o.insert(QStringLiteral("assign_to"), assignTo);
    return withExtra(o, extra);
}

Result<TaxonomyChanged> TaxonomyChanged::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    TaxonomyChanged e;
    e.version = in.integer("version");
    e.change = in.requiredString("change");
    if (in.has("class"))
        e.cls = events::classFromJson(in.object("class"));
    e.renamedFrom = in.string("renamed_from");
    e.classId = in.string("class_id");
    e.from = in.strings("from");
    e.into = in.string("into");
    if (in.has("multi_label"))
        e.multiLabel = in.boolean("multi_label");
    e.before = in.string("before");
    if (in.has("parts")) {
        for (const auto &v : in.array("parts"))
            e.parts.append(events::classFromJson(v.toObject()));
    }
    e.assignTo = in.string("assign_to");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject GuidelineAdded::toJson() const
{
    return withExtra({{QStringLiteral("version"), version},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("body"), body}},
                     extra);
}

Result<GuidelineAdded> GuidelineAdded::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    GuidelineAdded e;
    e.version = in.integer("version");
    e.title = in.string("title");
    e.body = in.string("body");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
