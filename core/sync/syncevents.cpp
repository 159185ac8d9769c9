// SPDX-License-Identifier: Apache-2.0
#include "core/sync/syncevents.h"
#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

QJsonObject AudienceKeyGranted::toJson() const
{
    QJsonObject grants;
    for (auto it = sealed.cbegin(); it != sealed.cend(); ++it)
        grants.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QJsonObject o{{QStringLiteral("key_id"), keyId},
                  {QStringLiteral("audience"), audience},
                  {QStringLiteral("period"), period},
                  {QStringLiteral("sealed"), grants}};
    if (!author.isEmpty())
        o.insert(QStringLiteral("author"), author);
    return withExtra(o, extra);
}

Result<AudienceKeyGranted> AudienceKeyGranted::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    AudienceKeyGranted e;
    e.keyId = in.requiredString("key_id");
    e.audience = in.requiredString("audience");
    e.author = in.string("author");
    e.period = in.string("period");
    const QJsonObject grants = in.object("sealed");
    for (auto it = grants.begin(); it != grants.end(); ++it)
        e.sealed.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
