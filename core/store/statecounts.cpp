// SPDX-License-Identifier: Apache-2.0
// StateCounts: the counts table, written by appliers as they insert and delete rows.
#include "core/store/statecounts.h"

#include "core/store/database.h"

namespace assay::core::store {

Status addCount(Database *db, const QString &name, qint64 delta)
{
    if (delta == 0)
        return {};
    ASSAY_STMT(add, "INSERT INTO counts (name, n) VALUES (?1, ?2)"
                    " ON CONFLICT(name) DO UPDATE SET n = n + excluded.n");
    add.bind(1, name).bind(2, delta);
    ASSAY_TRY(add.exec());
    if (delta > 0)
        return {};
    // Back at zero: no row, exactly as a replay that never counted it leaves it.
    ASSAY_STMT(drop, "DELETE FROM counts WHERE name = ?1 AND n = 0");
    drop.bind(1, name);
    return drop.exec();
}

Result<QHash<QString, qint64>> readCounts(Database *db)
{
    ASSAY_STMT(s, "SELECT name, n FROM counts");
    QHash<QString, qint64> out;
    while (s.step())
        out.insert(s.text(0), s.int64(1));
    const std::optional<Error> failed = s.error();
    s.reset();
    if (failed)
        return *failed;
    return out;
}

} // namespace assay::core::store
