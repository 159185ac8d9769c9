// SPDX-License-Identifier: Apache-2.0
// EventKind: what every typed event declares about itself, in one place.
#pragma once

#include "core/events/policy.h"

namespace assay::core {

// Each event type has `static constexpr EventKind kind{...}`: its name in the log, the version
// of its payload's shape, and the action its author must be allowed (core/events/policy.h).
// The service that records the event and the applier that applies it both use the type, so
// the name is written once.
struct EventKind
{
    const char *name;
    int schema = 1;
    Action action = Action::ManageProject;
    // The payload is compact JSON text written and read without QJsonObject (a million boxes).
    bool bulk = false;
    // Who may read the payload, written in clear in the signed envelope so that a copy can
    // hold the envelope without the payload: "all", or "leads" (gold answers, task kinds,
    // scores: what core/events/policy.h keeps from annotators).
    const char *audience = "all";
};

} // namespace assay::core
