// SPDX-License-Identifier: Apache-2.0
// The state of taxonomy.* and guideline.* events: the class, version and guideline tables.
#include "core/events/policy.h"
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

static Status insertClass(Database *db, const TaxonomyClass &c, int version, qint64 position,
                          bool archived = false)
{
    ASSAY_STMT(s, "INSERT INTO classes (id, valid_from, valid_to, name, colour, hotkey,"
                  " description, parent_id, position, archived)"
                  " VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    s.bind(1, c.id).bind(2, version);
    s.bind(3, c.name);
    s.bind(4, c.colour);
    s.bindOptional(5, c.hotkey);
    s.bindOptional(6, c.description);
    s.bindOptional(7, c.parentId);
    s.bind(8, position);
    s.bind(9, archived ? 1 : 0);
    return s.exec();
}

static Result<qint64> classPosition(Database *db, const QString &classId);

// The class as it is now: its open row, archived or not.
static Result<std::optional<TaxonomyClass>> currentClass(Database *db, const QString &classId)
{
    ASSAY_STMT(s, "SELECT name, colour, hotkey, description, parent_id FROM classes"
                  " WHERE id = ?1 AND valid_to IS NULL");
    s.bind(1, classId);
    std::optional<TaxonomyClass> c;
    if (s.step()) {
        c = TaxonomyClass{classId, s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), false};
    }
    s.reset();
    return c;
}

// Archiving closes the offered row and opens an archived one: old versions read the class as
// it was, later ones list it as archived (its labels stay readable under its name).
static Status archiveClass(Database *db, const QString &classId, int version)
{
    auto c = currentClass(db, classId);
    if (!c)
        return c.error();
    if (!*c)
        return {}; // concurrently removed: nothing left to archive
    auto position = classPosition(db, classId);
    if (!position)
        return position.error();
    ASSAY_TRY(closeClass(db, classId, version));
    return insertClass(db, **c, version, *position, true);
}

static Status mapClass(Database *db, int version, const QString &from, const QString &into,
                       const QString &change)
{
    ASSAY_STMT(s, "INSERT OR REPLACE INTO class_mappings (version, from_id, into_id, change)"
                  " VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, version).bind(2, from).bind(3, into).bind(4, change);
    return s.exec();
}

static Result<qint64> nextPosition(Database *db)
{
    return db->queryInt(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM classes"));
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
        auto next = nextPosition(db);
        if (!next)
            return next.error();
        return insertClass(db, cls, version, *next);
    }
    if (change == QLatin1String("move")) {
        // Positions order the classes on screen only; a move before a class makes room by
        // shifting the open rows from there on (class ids and labels are untouched).
        qint64 position = -1;
        if (!p.before.isEmpty()) {
            auto before = classPosition(db, p.before);
            if (!before)
                return before.error();
            position = *before;
        }
        if (position >= 0) {
            ASSAY_STMT(shift, "UPDATE classes SET position = position + 1"
                              " WHERE valid_to IS NULL AND position >= ?1");
            shift.bind(1, position);
            ASSAY_TRY(shift.exec());
        } else {
            auto next = nextPosition(db);
            if (!next)
                return next.error();
            position = *next;
        }
        ASSAY_TRY(noteConcurrentChange(db, e, cls.id, cls.name));
        ASSAY_TRY(closeClass(db, cls.id, version));
        return insertClass(db, cls, version, position);
    }
    if (change == QLatin1String("archive"))
        return archiveClass(db, p.classId, version);
    if (change == QLatin1String("split")) {
        auto next = nextPosition(db);
        if (!next)
            return next.error();
        qint64 position = *next;
        for (const TaxonomyClass &part : p.parts)
            ASSAY_TRY(insertClass(db, part, version, position++));
        ASSAY_TRY(archiveClass(db, p.classId, version));
        ASSAY_TRY(mapClass(db, version, p.classId, p.assignTo, change));
        // Gold answers with the split class no longer say which part is right: the lead
        // redoes them. Found in the state (a copy without gold answers marks none), so the
        // event names no gold item.
        ASSAY_STMT(redo, "INSERT OR IGNORE INTO gold_redo (item_id, class_id, version, event_id)"
                         " SELECT item_id, ?1, ?2, ?3 FROM gold_answers"
                         " WHERE instr(classes, '\"' || ?1 || '\"') > 0"
                         " OR instr(boxes, '\"' || ?1 || '\"') > 0");
        redo.bind(1, p.classId).bind(2, version).bind(3, e.id);
        return redo.exec();
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
        // Both classes keep their ids; the merged one is archived and its labels read as the
        // target from this version on.
        for (const Id &from : p.from) {
            ASSAY_TRY(archiveClass(db, from, version));
            ASSAY_TRY(mapClass(db, version, from, p.into, change));
        }
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
                             QStringLiteral("guidelines"), QStringLiteral("class_mappings"),
                             QStringLiteral("gold_redo")});
    // Which items are gold shows in the list of gold answers to redo.
    registry.addReadFilter(QStringLiteral("gold_redo"), {Read::GoldAnswers, QStringLiteral("0")});
}

} // namespace assay::core
