// SPDX-License-Identifier: Apache-2.0
// The state of taxonomy.* and guideline.* events: the class, version and guideline tables.
#include "core/store/applierregistry.h"
#include "core/store/conflicts.h"
#include "core/store/database.h"
#include "core/taxonomy/taxonomyevents.h"
#include "core/taxonomy/taxonomyservice.h"

namespace assay::core {

using store::Database;
using store::Event;

static Status closeClass(Database *db, const QString &classId, int version)
{
    ASSAY_STMT(s, "UPDATE classes SET valid_to = ?2 WHERE id = ?1 AND valid_to IS NULL");
    s.bind(1, classId).bind(2, version);
    return s.exec();
}

static Status insertClass(Database *db, const TaxonomyClass &c, int version, qint64 position)
{
    ASSAY_STMT(s,
               "INSERT INTO classes (id, valid_from, valid_to, name, colour, hotkey,"
               " description, parent_id, position) VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, c.id).bind(2, version);
    s.bind(3, c.name);
    s.bind(4, c.colour);
    s.bindOptional(5, c.hotkey);
    s.bindOptional(6, c.description);
    s.bindOptional(7, c.parentId);
    s.bind(8, position);
    return s.exec();
}

static Result<qint64> classPosition(Database *db, const QString &classId)
{
    ASSAY_STMT(s, "SELECT position FROM classes WHERE id = ?1 ORDER BY valid_from DESC LIMIT 1");
    s.bind(1, classId);
    qint64 position = -1;
    if (s.step())
        position = s.int64(0);
    s.reset();
    return position;
}

// A class changed on two machines apart (renamed differently, or renamed and removed): both
// changes apply in the order of application, so the later one stands, and the pair is listed.
static Status noteConcurrentChange(Database *db, const Event &e, const QString &classId,
                                   const QString &detail)
{
    ASSAY_STMT(last, "SELECT v.event_id FROM classes c JOIN taxonomy_versions v"
                     " ON v.version = c.valid_from WHERE c.id = ?1 AND c.valid_to IS NULL");
    last.bind(1, classId);
    const QString previous = last.step() ? last.text(0) : QString();
    last.reset();
    if (previous.isEmpty())
        return {};
    auto listed = store::noteIfConcurrent(db, e, QStringLiteral("class:") + classId, previous,
                                          QStringLiteral("later-change-stands"), detail);
    return listed ? Status() : Status(listed.error());
}

// The number of the next version: one more than the newest, in the order of application. The
// payload's number is the one its author expected; two authors working apart may both expect
// the same one, and every copy must still number their versions alike.
static Result<int> nextVersion(Database *db, const char *sql)
{
    auto s = db->cached(sql);
    if (!s)
        return s.error();
    const int version = (*s)->step() ? int((*s)->int64(0)) + 1 : 1;
    (*s)->reset();
    return version;
}

static Status taxonomyChanged(Database *db, const Event &e, const TaxonomyChanged &p)
{
    auto next = nextVersion(db, "SELECT COALESCE(MAX(version), 0) FROM taxonomy_versions");
    if (!next)
        return next.error();
    const int version = *next;
    const QString &change = p.change;
    ASSAY_STMT(v, "INSERT INTO taxonomy_versions (version, time, person_id, change, multi_label,"
                  " event_id) VALUES (?1, ?2, ?3, ?4, COALESCE(?5, (SELECT multi_label FROM"
                  " taxonomy_versions ORDER BY version DESC LIMIT 1), 0), ?6)");
    v.bind(1, version).bind(2, e.time).bind(3, e.personId).bind(4, change).bind(6, e.id);
    if (p.multiLabel)
        v.bind(5, *p.multiLabel ? 1 : 0);
    else
        v.bindNull(5);
    ASSAY_TRY(v.exec());

    const TaxonomyClass cls = p.cls.value_or(TaxonomyClass{});
    if (change == QLatin1String("add")) {
        auto next = db->queryInt(
                QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM classes"));
        if (!next)
            return next.error();
        return insertClass(db, cls, version, *next);
    }
    if (change == QLatin1String("update")) {
        const QString id = cls.id;
        auto position = classPosition(db, id);
        if (!position)
            return position.error();
        ASSAY_TRY(noteConcurrentChange(db, e, id, cls.name));
        ASSAY_TRY(closeClass(db, id, version));
        return insertClass(db, cls, version, *position);
    }
    if (change == QLatin1String("remove")) {
        ASSAY_TRY(noteConcurrentChange(db, e, p.classId, QStringLiteral("removed")));
        return closeClass(db, p.classId, version);
    }
    if (change == QLatin1String("merge")) {
        for (const Id &from : p.from)
            ASSAY_TRY(closeClass(db, from, version));
        return {};
    }
    return {}; // "multi_label": the version row carries it
}

static Status guidelineAdded(Database *db, const Event &e, const GuidelineAdded &p)
{
    auto version = nextVersion(db, "SELECT COALESCE(MAX(version), 0) FROM guidelines");
    if (!version)
        return version.error();
    ASSAY_STMT(s, "INSERT INTO guidelines (version, time, person_id, title, body, event_id)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, *version).bind(2, e.time).bind(3, e.personId).bind(6, e.id);
    s.bind(4, p.title);
    s.bind(5, p.body);
    return s.exec();
}

void TaxonomyService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<TaxonomyChanged>(taxonomyChanged);
    registry.add<GuidelineAdded>(guidelineAdded);
    registry.addStateTables({QStringLiteral("taxonomy_versions"), QStringLiteral("classes"),
                             QStringLiteral("guidelines")});
}

} // namespace assay::core
