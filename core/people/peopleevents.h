// SPDX-License-Identifier: Apache-2.0
// Events of the project and its people: what each records, in one place.
#pragma once

#include "core/events/eventkind.h"
#include "core/result.h"

#include <QJsonObject>

namespace assay::core {

struct ProjectCreated final
{
    static constexpr EventKind kind{"project.created", 1, Action::ManageProject};
    Id projectId;
    QString name;
    QString mediaRoot; // relative to the project file when under its folder
    QJsonObject extra; // fields of newer builds, kept
    QJsonObject toJson() const;
    static Result<ProjectCreated> fromJson(const QJsonObject &payload);
};

struct ProjectRenamed final
{
    static constexpr EventKind kind{"project.renamed", 1, Action::ManageProject};
    QString name;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<ProjectRenamed> fromJson(const QJsonObject &payload);
};

struct PersonAdded final
{
    static constexpr EventKind kind{"person.added", 1, Action::ManagePeople};
    Id id;
    QString name;
    QString displayName;
    QList<Role> roles;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<PersonAdded> fromJson(const QJsonObject &payload);
};

struct PersonRolesSet final
{
    static constexpr EventKind kind{"person.roles_set", 1, Action::ManagePeople};
    Id id;
    QList<Role> roles;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<PersonRolesSet> fromJson(const QJsonObject &payload);
};

// A person leaves the project: they keep their name in the log and in what they did, and may no
// longer act or read (core/events/policy.h refuses an inactive person everything). Their key
// is revoked with it.
struct PersonDeactivated final
{
    static constexpr EventKind kind{"person.deactivated", 1, Action::ManagePeople};
    Id id;
    QString reason;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<PersonDeactivated> fromJson(const QJsonObject &payload);
};

// A person's current public key (identity::PublicKeys::toText). Registering one revokes the
// key it replaces: a person has at most one key that may act.
struct PersonKeyRegistered final
{
    static constexpr EventKind kind{"person.key_registered", 1, Action::ManageKeys};
    Id personId;
    QString publicKey;
    QString replaces; // the public key it revokes; empty for the person's first key
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<PersonKeyRegistered> fromJson(const QJsonObject &payload);
};

// A key that may no longer act (lost, or its holder left); until a new key is registered the
// person cannot act at all.
struct PersonKeyRevoked final
{
    static constexpr EventKind kind{"person.key_revoked", 1, Action::ManageKeys};
    Id personId;
    QString publicKey;
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<PersonKeyRevoked> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
