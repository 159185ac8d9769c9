// SPDX-License-Identifier: Apache-2.0
// Concurrency of two events from the heads their envelopes name, and the conflicts table.
#include "core/store/conflicts.h"
#include "core/store/database.h"

#include <QHash>

namespace assay::core::store {

Result<bool> hasSeen(Database *db, const Event &later, const Id &earlierId)
{
    if (earlierId.isEmpty() || earlierId == later.id)
        return true;
    ASSAY_STMT(where, "SELECT device, device_seq FROM events WHERE id = ?1");
    where.bind(1, earlierId);
    if (!where.step()) {
        where.reset();
        return true; // not in this copy: nothing to contradict
    }
    const QString device = where.text(0);
    const qint64 seq = where.int64(1);
    where.reset();
    // A walk back over the devices' chains by the heads their events name: each device is
    // explored once up to the highest point reached.
    QHash<QString, qint64> explored;
    QList<QPair<QString, qint64>> frontier{{later.device, later.deviceSeq}};
    ASSAY_STMT(named, "SELECT seen FROM events WHERE device = ?1 AND device_seq > ?2"
                      " AND device_seq <= ?3 AND seen != ''");
    ASSAY_STMT(head, "SELECT device, device_seq FROM events WHERE hash = ?1");
    // The event itself may not be in the table yet (it is applied before it is inserted).
    for (const QString &h : later.seen) {
        head.bind(1, h);
        if (head.step())
            frontier.append({head.text(0), head.int64(1)});
        head.reset();
    }
    while (!frontier.isEmpty()) {
        const auto [dev, upto] = frontier.takeLast();
        if (dev == device && upto >= seq)
            return true;
        const qint64 from = explored.value(dev, 0);
        if (upto <= from)
            continue;
        explored.insert(dev, upto);
        named.bind(1, dev).bind(2, from).bind(3, upto);
        QStringList heads;
        while (named.step())
            heads += named.text(0).split(QLatin1Char(','), Qt::SkipEmptyParts);
        named.reset();
        for (const QString &h : std::as_const(heads)) {
            head.bind(1, h);
            if (head.step())
                frontier.append({head.text(0), head.int64(1)});
            head.reset();
        }
    }
    return false;
}

Status recordConflict(Database *db, const Event &e, const QString &subject, const Id &otherEventId,
                      const QString &rule, const QString &detail)
{
    ASSAY_STMT(s, "INSERT OR REPLACE INTO conflicts (event_id, subject, kind, other_event_id,"
                  " rule, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, e.id).bind(2, subject).bind(3, e.kind).bind(4, otherEventId);
    s.bind(5, rule).bind(6, detail);
    return s.exec();
}

Result<bool> noteIfConcurrent(Database *db, const Event &e, const QString &subject,
                              const Id &previousEventId, const QString &rule, const QString &detail)
{
    auto seen = hasSeen(db, e, previousEventId);
    if (!seen)
        return seen.error();
    if (*seen)
        return false;
    ASSAY_TRY(recordConflict(db, e, subject, previousEventId, rule, detail));
    return true;
}

} // namespace assay::core::store
