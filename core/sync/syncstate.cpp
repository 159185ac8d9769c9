// SPDX-License-Identifier: Apache-2.0
// Applying sync.* events: the keys of confidential payloads and who was given them. A key's
// audience is the first grant's; later grants only add readers.
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/sync/syncevents.h"
#include "core/sync/syncservice.h"

namespace assay::core {

using store::Database;
using store::Event;

static Status keyGranted(Database *db, const Event &e, const AudienceKeyGranted &g)
{
    ASSAY_STMT(key, "INSERT OR IGNORE INTO audience_keys (key_id, audience, author, period,"
                    " event_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    key.bind(1, g.keyId).bind(2, g.audience).bind(3, g.author).bind(4, g.period).bind(5, e.id);
    ASSAY_TRY(key.exec());
    ASSAY_STMT(grant, "INSERT OR IGNORE INTO audience_key_grants (key_id, person_id, sealed)"
                      " VALUES (?1, ?2, ?3)");
    for (auto it = g.sealed.cbegin(); it != g.sealed.cend(); ++it) {
        grant.reset();
        grant.bind(1, g.keyId).bind(2, it.key()).bind(3, it.value());
        ASSAY_TRY(grant.exec());
    }
    return {};
}

void SyncService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<AudienceKeyGranted>(keyGranted);
    registry.addStateTables(
            {QStringLiteral("audience_keys"), QStringLiteral("audience_key_grants")});
}

} // namespace assay::core
