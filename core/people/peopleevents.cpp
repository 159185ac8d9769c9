// SPDX-License-Identifier: Apache-2.0
// Events of the project and its people: their JSON mapping.
#include "core/people/peopleevents.h"

#include "core/events/payload.h"

namespace assay::core {

using events::PayloadReader;
using events::withExtra;

QJsonObject ProjectCreated::toJson() const
{
    return withExtra({{QStringLiteral("project_id"), projectId},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("media_root"), mediaRoot}},
                     extra);
}

Result<ProjectCreated> ProjectCreated::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ProjectCreated e;
    e.projectId = in.requiredString("project_id");
    e.name = in.string("name");
    e.mediaRoot = in.string("media_root");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject ProjectRenamed::toJson() const
{
    return withExtra({{QStringLiteral("name"), name}}, extra);
}

Result<ProjectRenamed> ProjectRenamed::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    ProjectRenamed e;
    e.name = in.requiredString("name");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject PersonAdded::toJson() const
{
    return withExtra({{QStringLiteral("id"), id},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("display_name"), displayName},
                      {QStringLiteral("roles"), events::rolesToJson(roles)}},
                     extra);
}

Result<PersonAdded> PersonAdded::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    PersonAdded e;
    e.id = in.requiredString("id");
    e.name = in.requiredString("name");
    e.displayName = in.string("display_name");
    e.roles = events::rolesFromJson(in.array("roles"));
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject PersonRolesSet::toJson() const
{
    return withExtra({{QStringLiteral("id"), id},
                      {QStringLiteral("roles"), events::rolesToJson(roles)}},
                     extra);
}

Result<PersonRolesSet> PersonRolesSet::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    PersonRolesSet e;
    e.id = in.requiredString("id");
    e.roles = events::rolesFromJson(in.array("roles"));
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject PersonDeactivated::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return withExtra(o, extra);
}

Result<PersonDeactivated> PersonDeactivated::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    PersonDeactivated e;
    e.id = in.requiredString("id");
    e.reason = in.string("reason");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject PersonKeyRegistered::toJson() const
{
    return withExtra({{QStringLiteral("person_id"), personId},
                      {QStringLiteral("public_key"), publicKey},
                      {QStringLiteral("replaces"), replaces}},
                     extra);
}

Result<PersonKeyRegistered> PersonKeyRegistered::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    PersonKeyRegistered e;
    e.personId = in.requiredString("person_id");
    e.publicKey = in.requiredString("public_key");
    e.replaces = in.string("replaces");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

QJsonObject PersonKeyRevoked::toJson() const
{
    return withExtra({{QStringLiteral("person_id"), personId},
                      {QStringLiteral("public_key"), publicKey}},
                     extra);
}

Result<PersonKeyRevoked> PersonKeyRevoked::fromJson(const QJsonObject &payload)
{
    PayloadReader in(payload, kind.name);
    PersonKeyRevoked e;
    e.personId = in.requiredString("person_id");
    e.publicKey = in.requiredString("public_key");
    e.extra = in.rest();
    ASSAY_TRY(in.status());
    return e;
}

} // namespace assay::core
