// SPDX-License-Identifier: Apache-2.0
// Role → action table; admins may do everything.
#include "core/events/policy.h"

#include <QCoreApplication>

namespace assay::core {

QString actionName(Action action)
{
    switch (action) {
    case Action::ManageProject: return QCoreApplication::translate("assay", "change project settings");
    case Action::ManagePeople: return QCoreApplication::translate("assay", "manage people");
    case Action::EditTaxonomy: return QCoreApplication::translate("assay", "edit the taxonomy");
    case Action::EditGuidelines: return QCoreApplication::translate("assay", "edit guidelines");
    case Action::AddItems: return QCoreApplication::translate("assay", "add items");
    case Action::ManageBatches: return QCoreApplication::translate("assay", "manage batches");
    case Action::Annotate: return QCoreApplication::translate("assay", "annotate");
    case Action::Review: return QCoreApplication::translate("assay", "review annotations");
    case Action::DecideBatches: return QCoreApplication::translate("assay", "accept or reject batches");
    case Action::Recalibrate: return QCoreApplication::translate("assay", "clear a recalibration");
    case Action::RemoveItems: return QCoreApplication::translate("assay", "remove items");
    }
    return {};
}

bool isAllowed(const Person &person, Action action)
{
    if (!person.active)
        return false;
    if (person.hasRole(Role::Admin))
        return true;
    switch (action) {
    case Action::ManageProject:
        return false; // admins only
    case Action::ManagePeople:
        return person.hasRole(Role::Lead);
    case Action::EditTaxonomy:
    case Action::EditGuidelines:
        return person.hasRole(Role::Author) || person.hasRole(Role::Lead);
    case Action::AddItems:
    case Action::RemoveItems:
    case Action::ManageBatches:
    case Action::DecideBatches:
        return person.hasRole(Role::Lead);
    case Action::Annotate:
        return !person.roles.isEmpty();
    case Action::Review:
        return person.hasRole(Role::Reviewer) || person.hasRole(Role::Lead);
    case Action::Recalibrate:
        return person.hasRole(Role::Trainer) || person.hasRole(Role::Lead);
    }
    return false;
}

QString readName(Read read)
{
    switch (read) {
    case Read::GoldAnswers: return QCoreApplication::translate("assay", "see gold answers");
    case Read::TaskKinds: return QCoreApplication::translate("assay", "see which tasks are gold");
    case Read::Scores: return QCoreApplication::translate("assay", "see gold scores and accuracy");
    case Read::OthersQueues: return QCoreApplication::translate("assay", "see other people's queues");
    case Read::OthersAnswers: return QCoreApplication::translate("assay", "see other people's answers");
    case Read::FullLog: return QCoreApplication::translate("assay", "read other people's events");
    }
    return {};
}

bool mayRead(const Person &person, Read read)
{
    if (!person.active)
        return false;
    if (person.hasRole(Role::Admin) || person.hasRole(Role::Lead))
        return true;
    switch (read) {
    case Read::GoldAnswers:
        return false;
    case Read::TaskKinds:
    case Read::Scores:
        return person.hasRole(Role::Trainer);
    case Read::OthersQueues:
    case Read::OthersAnswers:
        return person.hasRole(Role::Reviewer) || person.hasRole(Role::Trainer);
    case Read::FullLog:
        return person.hasRole(Role::Reviewer);
    }
    return false;
}

} // namespace assay::core
