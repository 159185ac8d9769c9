// SPDX-License-Identifier: Apache-2.0
// Role → action table; admins may do everything.
#include "core/events/policy.h"
#include "core/base/tr.h"

#include <QCoreApplication>

namespace assay::core {

QString actionName(Action action)
{
    switch (action) {
    case Action::ManageProject: return Tr::tr("change project settings");
    case Action::ManagePeople: return Tr::tr("manage people");
    case Action::EditTaxonomy: return Tr::tr("edit the taxonomy");
    case Action::EditGuidelines: return Tr::tr("edit guidelines");
    case Action::AddItems: return Tr::tr("add items");
    case Action::ManageBatches: return Tr::tr("manage batches");
    case Action::Annotate: return Tr::tr("annotate");
    case Action::Review: return Tr::tr("review annotations");
    case Action::DecideBatches: return Tr::tr("accept or reject batches");
    case Action::Recalibrate: return Tr::tr("clear a recalibration");
    case Action::RemoveItems: return Tr::tr("remove items");
    case Action::ManageKeys: return Tr::tr("register or revoke people's keys");
    case Action::ShareKeys: return Tr::tr("share the keys of confidential payloads");
    case Action::Adjudicate: return Tr::tr("adjudicate contested items");
    }
    return {};
}

const char *actionCode(Action action)
{
    switch (action) {
    case Action::ManageProject: return "manage-project";
    case Action::ManagePeople: return "manage-people";
    case Action::EditTaxonomy: return "edit-taxonomy";
    case Action::EditGuidelines: return "edit-guidelines";
    case Action::AddItems: return "add-items";
    case Action::ManageBatches: return "manage-batches";
    case Action::Annotate: return "annotate";
    case Action::Review: return "review";
    case Action::DecideBatches: return "decide-batches";
    case Action::Recalibrate: return "recalibrate";
    case Action::RemoveItems: return "remove-items";
    case Action::ManageKeys: return "manage-keys";
    case Action::ShareKeys: return "share-keys";
    case Action::Adjudicate: return "adjudicate";
    }
    return "";
}

bool isAllowed(const Person &person, Action action)
{
    if (!person.active)
        return false;
    if (person.hasRole(Role::Admin))
        return true;
    switch (action) {
    case Action::ManageProject: return false; // admins only
    case Action::ManagePeople: return person.hasRole(Role::Lead);
    case Action::EditTaxonomy:
    case Action::EditGuidelines: return person.hasRole(Role::Author) || person.hasRole(Role::Lead);
    case Action::AddItems:
    case Action::RemoveItems:
    case Action::ManageBatches:
    case Action::DecideBatches: return person.hasRole(Role::Lead);
    case Action::Annotate: return !person.roles.isEmpty();
    case Action::Review: return person.hasRole(Role::Reviewer) || person.hasRole(Role::Lead);
    case Action::Recalibrate: return person.hasRole(Role::Trainer) || person.hasRole(Role::Lead);
    // Nobody registers their own key unless they may register anyone's: a key is what makes
    // a name someone. The owner's first key is registered at creation, as an admin.
    case Action::ManageKeys: return person.hasRole(Role::Lead);
    // Whoever writes a confidential payload shares its key with the payload's readers; they
    // can only share keys they hold, that is, what they may read themselves.
    case Action::ShareKeys: return !person.roles.isEmpty();
    case Action::Adjudicate: return person.hasRole(Role::Adjudicator) || person.hasRole(Role::Lead);
    }
    return false;
}

QList<Action> allActions()
{
    QList<Action> all;
    for (int a = 0; a <= int(Action::ShareKeys); ++a)
        all.append(Action(a));
    return all;
}

QList<std::pair<QString, QString>> allowedActionTable()
{
    QList<std::pair<QString, QString>> rows;
    for (Role role : allRoles()) {
        Person one;
        one.roles = {role};
        for (Action action : allActions()) {
            if (isAllowed(one, action))
                rows.append({roleName(role), QLatin1String(actionCode(action))});
        }
    }
    return rows;
}

QString readName(Read read)
{
    switch (read) {
    case Read::GoldAnswers: return Tr::tr("see gold answers");
    case Read::TaskKinds: return Tr::tr("see which tasks are gold");
    case Read::Scores: return Tr::tr("see gold scores and accuracy");
    case Read::OthersQueues: return Tr::tr("see other people's queues");
    case Read::OthersAnswers: return Tr::tr("see other people's answers");
    case Read::FullLog: return Tr::tr("read other people's events");
    case Read::GuidelineDrafts: return Tr::tr("read guideline drafts");
    case Read::CalibrationAnswers: return Tr::tr("see calibration reference answers");
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
    case Read::GoldAnswers: return false;
    case Read::TaskKinds:
    case Read::Scores: return person.hasRole(Role::Trainer);
    case Read::OthersQueues:
    case Read::OthersAnswers:
        return person.hasRole(Role::Reviewer) || person.hasRole(Role::Trainer)
               || person.hasRole(Role::Adjudicator);
    case Read::FullLog: return person.hasRole(Role::Reviewer);
    case Read::GuidelineDrafts: return isAllowed(person, Action::EditGuidelines);
    case Read::CalibrationAnswers: return person.hasRole(Role::Trainer);
    }
    return false;
}

bool mayReadAudience(const Person &person, const QString &audience, const QString &author)
{
    if (audience.isEmpty() || audience == QLatin1String("all"))
        return true;
    if (audience == QLatin1String("leads"))
        return mayRead(person, Read::GoldAnswers);
    if (audience == QLatin1String("author"))
        return (person.active && !author.isEmpty() && author == person.id)
               || mayRead(person, Read::OthersAnswers);
    if (audience == QLatin1String("reviewers")) // review queues and adjudications
        return mayRead(person, Read::OthersAnswers);
    if (audience == QLatin1String("authors")) // guideline drafts, until published
        return mayRead(person, Read::GuidelineDrafts);
    if (audience == QLatin1String("trainers")) // calibration references
        return mayRead(person, Read::CalibrationAnswers);
    if (audience.startsWith(QLatin1String("debrief:"))) // released to that person only
        return (person.active && audience.mid(8) == person.id)
               || mayRead(person, Read::CalibrationAnswers);
    if (audience.startsWith(QLatin1String("person:")))
        return (person.active && audience.mid(7) == person.id)
               || mayRead(person, Read::OthersQueues);
    return mayRead(person, Read::GoldAnswers); // an audience of a newer version: leads only
}

} // namespace assay::core
