// SPDX-License-Identifier: Apache-2.0
#include "core/project/projectsummary.h"
#include "core/base/tr.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"

namespace assay::core {

Result<ProjectSummary> readProjectSummary(const QString &path)
{
    const store::ApplierRegistry none; // reads only: nothing is applied
    auto opened = store::ProjectStore::open(path, none, true);
    if (!opened)
        return opened.error();
    const store::ProjectStore &s = **opened;
    if (s.readOnlyReason() != Tr::tr("opened read-only"))
        return makeError(ErrorCode::Unsupported, s.readOnlyReason(), path);
    auto counts = s.counts();
    if (!counts)
        return counts.error();
    auto admins = s.database()->prepare(
            QStringLiteral("SELECT COUNT(*) FROM people p JOIN person_roles r"
                           " ON r.person_id = p.id WHERE p.active = 1 AND r.role = 'admin'"));
    if (!admins)
        return admins.error();
    if (!admins->step())
        return s.database()->lastError();
    return ProjectSummary{s.path(), s.info(), *counts, admins->int32(0)};
}

} // namespace assay::core
