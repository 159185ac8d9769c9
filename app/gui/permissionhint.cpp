// SPDX-License-Identifier: Apache-2.0
// Permission hints: disabled with the policy's reason in the tooltip.
#include "app/gui/permissionhint.h"
#include "core/domain/displaynames.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace assay::app {

using namespace assay::core;

static QString who(const Person &person)
{
    return person.displayName.isEmpty() ? person.name : person.displayName;
}

static QString roleList(const Person &person)
{
    if (person.id.isEmpty())
        return QCoreApplication::translate("assay::app::PermissionHint",
                                           "nobody is signed in: Work ▸ Sign In (Ctrl+Shift+P)");
    if (!person.active)
        return QCoreApplication::translate("assay::app::PermissionHint", "no longer active");
    QStringList roles;
    for (Role r : person.roles)
        roles.append(roleTitle(r));
    if (roles.isEmpty())
        return QCoreApplication::translate("assay::app::PermissionHint", "no roles");
    return QCoreApplication::translate("assay::app::PermissionHint", "roles: %1")
            .arg(roles.join(QStringLiteral(", ")));
}

// One project per window, one window per process: the reason is the process's.
static QString &readOnlyState()
{
    static QString reason;
    return reason;
}

void setReadOnlyReason(const QString &reason)
{
    readOnlyState() = reason;
}

const QString &readOnlyReason()
{
    return readOnlyState();
}

QString refusal(const Person &person, Action action)
{
    if (!readOnlyState().isEmpty())
        return QCoreApplication::translate("assay::app::PermissionHint",
                                           "The project is open read-only: %1")
                .arg(readOnlyState());
    if (isAllowed(person, action))
        return {};
    //: %1: a person, %2: what they may not do ("manage people"), %3: their roles, or why none.
    return QCoreApplication::translate("assay::app::PermissionHint", "%1 may not %2 (%3)")
            .arg(person.id.isEmpty()
                         ? QCoreApplication::translate("assay::app::PermissionHint", "Nobody")
                         : who(person),
                 actionName(action), roleList(person));
}

QString refusal(const Person &person, Read read)
{
    if (mayRead(person, read))
        return {};
    return QCoreApplication::translate("assay::app::PermissionHint", "%1 may not %2 (%3)")
            .arg(person.id.isEmpty()
                         ? QCoreApplication::translate("assay::app::PermissionHint", "Nobody")
                         : who(person),
                 readName(read), roleList(person));
}

template<typename T>
static bool apply(T *target, const QString &why, const QString &tip)
{
    target->setEnabled(why.isEmpty());
    target->setToolTip(why.isEmpty() ? tip : why);
    target->setStatusTip(why.isEmpty() ? tip : why);
    return why.isEmpty();
}

bool allowIf(QAction *target, const Person &person, Action action, const QString &tip)
{
    return apply(target, refusal(person, action), tip);
}

bool allowIf(QWidget *target, const Person &person, Action action, const QString &tip)
{
    return apply(target, refusal(person, action), tip);
}

bool allowReadIf(QAction *target, const Person &person, Read read, const QString &tip)
{
    return apply(target, refusal(person, read), tip);
}

bool allowReadIf(QWidget *target, const Person &person, Read read, const QString &tip)
{
    return apply(target, refusal(person, read), tip);
}

} // namespace assay::app
