// SPDX-License-Identifier: Apache-2.0
// Permission hints: an action or button a person may not take is disabled before the work is
// done, with a tooltip saying why. The answer always comes from core's policy.
#pragma once

#include "core/events/policy.h"

#include <QString>

class QAction;
class QWidget;

namespace assay::app {

// While the open project is read-only (its file may only be read, or its log did not verify),
// every action is refused with this reason; reads are not. Empty: writable.
void setReadOnlyReason(const QString &reason);
const QString &readOnlyReason();

// Why `person` may not take `action` or read `read` ("Alice may not manage people (roles:
// annotator)"); empty when they may.
QString refusal(const core::Person &person, core::Action action);
QString refusal(const core::Person &person, core::Read read);

// Enables `target` when the person may; otherwise disables it and puts the refusal in its
// tooltip (and status tip). `tip` is the tooltip shown when it is allowed. Returns whether it is.
bool allowIf(QAction *target, const core::Person &person, core::Action action, const QString &tip);
bool allowIf(QWidget *target, const core::Person &person, core::Action action, const QString &tip);
bool allowReadIf(QAction *target, const core::Person &person, core::Read read, const QString &tip);
bool allowReadIf(QWidget *target, const core::Person &person, core::Read read, const QString &tip);

} // namespace assay::app
