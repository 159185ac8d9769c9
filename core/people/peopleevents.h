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

} // namespace assay::core
