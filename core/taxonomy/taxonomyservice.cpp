// SPDX-License-Identifier: Apache-2.0
// TaxonomyService: the versioned label set and the versioned guidelines.
#include "core/taxonomy/taxonomyservice.h"
#include "core/domain/classkeys.h"
#include "core/base/tr.h"
#include "core/base/names.h"

#include "core/taxonomy/taxonomyconflicts.h"
#include "core/taxonomy/taxonomyevents.h"
#include "core/work/workevents.h"
#include "core/work/workservice.h"
#include "core/events/policy.h"

#include <QJsonArray>
#include <QSet>
#include <QTextStream>

#include <QCoreApplication>
#include <QRegularExpression>

namespace assay::core {

using store::Statement;

Result<Taxonomy> TaxonomyService::get(int version) const
{
    Taxonomy t;
    auto current = db()->queryInt(
            QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM taxonomy_versions"));
    if (!current)
        return current.error();
    t.version = version > 0 ? version : int(*current);
    if (t.version > *current)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("there is no taxonomy version %1").arg(version), path());
    if (t.version == 0)
        return t;
    auto ml = db()->prepare(QStringLiteral(
            "SELECT multi_label, event_id FROM taxonomy_versions WHERE version = ?1"));
    if (!ml)
        return ml.error();
    ml->bind(1, t.version);
    if (ml->step()) {
        t.multiLabel = ml->int64(0) != 0;
        t.versionEvent = ml->text(1);
    }
    auto s = db()->prepare(QStringLiteral(
            "SELECT id, name, colour, hotkey, description, parent_id, archived FROM classes"
            " WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1) ORDER BY position"));
    if (!s)
        return s.error();
    s->bind(1, t.version);
    while (s->step()) {
        TaxonomyClass c;
        c.id = s->text(0);
        c.name = s->text(1);
        c.colour = s->text(2);
        c.hotkey = s->text(3);
        c.description = s->text(4);
        c.parentId = s->text(5);
        c.archived = s->int64(6) != 0;
        (c.archived ? t.archived : t.classes).append(c);
    }
    if (s->error())
        return *s->error();
    auto m = db()->prepare(QStringLiteral("SELECT from_id, into_id FROM class_mappings"
                                          " WHERE version <= ?1 ORDER BY version"));
    if (!m)
        return m.error();
    m->bind(1, t.version);
    while (m->step())
        t.mapping.insert(m->text(0), m->text(1));
    if (m->error())
        return *m->error();
    return t;
}

static Status validateClass(const Taxonomy &t, const TaxonomyClass &c, const QString &path)
{
    // The checks the window shows as you type (taxonomyConflicts); warnings do not refuse.
    for (const TaxonomyConflict &conflict : taxonomyConflicts(t, c)) {
        if (!conflict.blocking())
            continue;
        const bool clash = conflict.kind == TaxonomyConflict::Kind::DuplicateName
                           || conflict.kind == TaxonomyConflict::Kind::HotkeyTaken;
        return makeError(clash ? ErrorCode::Conflict : ErrorCode::InvalidInput, conflict.message,
                         path);
    }
    if (!c.parentId.isEmpty()) {
        if (c.parentId == c.id || !t.findById(c.parentId))
            return makeError(ErrorCode::NotFound, Tr::tr("the parent class does not exist"), path);
        // No class may end up inside itself.
        QSet<Id> seen{c.id};
        for (Id p = c.parentId; !p.isEmpty();) {
            if (seen.contains(p))
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("a class cannot be placed inside its own sub-class"), path);
            seen.insert(p);
            const TaxonomyClass *parent = t.findById(p);
            p = parent ? parent->parentId : Id();
        }
    }
    return {};
}

// A change of `kind` that makes the taxonomy's next version.
static TaxonomyChanged nextChange(const Taxonomy &t, const QString &kind)
{
    TaxonomyChanged change;
    change.version = t.version + 1;
    change.change = kind;
    return change;
}

// Whether recording succeeded, for callers that do not need the event.
template<typename Recorded>
static Status statusOf(const Recorded &recorded)
{
    return recorded ? Status() : Status(recorded.error());
}

static bool hasSubClasses(const Taxonomy &t, const Id &classId)
{
    return std::any_of(t.classes.cbegin(), t.classes.cend(),
                       [&](const TaxonomyClass &c) { return c.parentId == classId; });
}

Result<TaxonomyClass> TaxonomyService::addClass(const TaxonomyClass &cls)
{
    auto added = addClasses({cls});
    if (!added)
        return added.error();
    return added->constFirst();
}

Result<QList<TaxonomyClass>> TaxonomyService::addClasses(const QList<TaxonomyClass> &classes)
{
    auto t = get();
    if (!t)
        return t.error();
    QList<TaxonomyClass> added;
    for (const TaxonomyClass &cls : classes) {
        TaxonomyClass c = cls;
        c.id = newId();
        c.name = c.name.trimmed();
        if (c.colour.isEmpty()) {
            QStringList taken;
            for (const auto &other : std::as_const(t->classes))
                taken.append(other.colour);
            c.colour = freeClassColour(taken);
        }
        // Hotkeys 1-9 by default, then the chords "0, 0" to "0, 9": the first one free.
        if (c.hotkey.isEmpty())
            c.hotkey = freeClassHotkey(*t);
        ASSAY_TRY(validateClass(*t, c, path()));
        TaxonomyChanged change = nextChange(*t, QStringLiteral("add"));
        change.cls = c;
        auto e = project().record(change);
        if (!e)
            return e.error();
        // The taxonomy as the event leaves it (an added class comes last), for the next class.
        t->version = change.version;
        t->versionEvent = e->id;
        t->classes.append(c);
        added.append(c);
    }
    return added;
}

Status TaxonomyService::updateClass(const TaxonomyClass &cls)
{
    auto t = get();
    if (!t)
        return t.error();
    const TaxonomyClass *old = t->findById(cls.id);
    if (!old)
        return makeError(ErrorCode::NotFound, Tr::tr("no such class in the current taxonomy"),
                         path());
    TaxonomyClass c = cls;
    if (c.colour.isEmpty())
        c.colour = old->colour;
    ASSAY_TRY(validateClass(*t, c, path()));
    TaxonomyChanged change = nextChange(*t, QStringLiteral("update"));
    change.cls = c;
    if (old->name != c.name)
        change.renamedFrom = old->name;
    return statusOf(project().record(change));
}

Status TaxonomyService::removeClass(const Id &classId)
{
    auto t = get();
    if (!t)
        return t.error();
    if (!t->findById(classId))
        return makeError(ErrorCode::NotFound, Tr::tr("no such class in the current taxonomy"),
                         path());
    if (hasSubClasses(*t, classId))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("\"%1\" has sub-classes; remove or move them first")
                                 .arg(t->findById(classId)->name),
                         path());
    auto used = classInUse(classId);
    if (!used)
        return used.error();
    // A class in use is archived: its labels keep a readable name in every version.
    TaxonomyChanged change = nextChange(*t, *used ? QStringLiteral("archive")
                                                  : QStringLiteral("remove"));
    change.classId = classId;
    return statusOf(project().record(change));
}

Status TaxonomyService::mergeClasses(const QList<Id> &from, const Id &into)
{
    auto t = get();
    if (!t)
        return t.error();
    if (!t->findById(into))
        return makeError(ErrorCode::NotFound, Tr::tr("the class to merge into does not exist"),
                         path());
    for (const Id &id : from) {
        if (id == into || !t->findById(id))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("a class to merge does not exist or is the target"), path());
        if (hasSubClasses(*t, id))
            return makeError(ErrorCode::Conflict,
                             Tr::tr("\"%1\" has sub-classes; move them before merging it")
                                     .arg(t->findById(id)->name),
                             path());
    }
    TaxonomyChanged change = nextChange(*t, QStringLiteral("merge"));
    change.from = from;
    change.into = into;
    return statusOf(project().record(change));
}

Status TaxonomyService::setMultiLabel(bool multiLabel)
{
    auto t = get();
    if (!t)
        return t.error();
    TaxonomyChanged change = nextChange(*t, QStringLiteral("multi_label"));
    change.multiLabel = multiLabel;
    return statusOf(project().record(change));
}

Status TaxonomyService::archiveClass(const Id &classId)
{
    auto t = get();
    if (!t)
        return t.error();
    const TaxonomyClass *c = t->findById(classId);
    if (!c)
        return makeError(ErrorCode::NotFound, Tr::tr("no such class in the current taxonomy"),
                         path());
    if (hasSubClasses(*t, classId))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("\"%1\" has sub-classes; archive or move them first").arg(c->name),
                         path());
    TaxonomyChanged change = nextChange(*t, QStringLiteral("archive"));
    change.classId = classId;
    return statusOf(project().record(change));
}

Status TaxonomyService::moveClass(const Id &classId, const Id &parentId, const Id &before)
{
    auto t = get();
    if (!t)
        return t.error();
    const TaxonomyClass *old = t->findById(classId);
    if (!old)
        return makeError(ErrorCode::NotFound, Tr::tr("no such class in the current taxonomy"),
                         path());
    if (!before.isEmpty() && (before == classId || !t->findById(before)))
        return makeError(ErrorCode::NotFound, Tr::tr("the class to place it before does not exist"),
                         path());
    TaxonomyClass c = *old;
    c.parentId = parentId;
    ASSAY_TRY(validateClass(*t, c, path()));
    TaxonomyChanged change = nextChange(*t, QStringLiteral("move"));
    change.cls = c;
    change.before = before;
    return statusOf(project().record(change));
}

Result<SplitResult> TaxonomyService::splitClass(const Id &classId,
                                                const QList<TaxonomyClass> &parts, int assignTo,
                                                const QString &relabelBatch)
{
    auto t = get();
    if (!t)
        return t.error();
    const TaxonomyClass *old = t->findById(classId);
    if (!old)
        return makeError(ErrorCode::NotFound, Tr::tr("no such class in the current taxonomy"),
                         path());
    if (parts.size() < 2)
        return makeError(ErrorCode::InvalidInput, Tr::tr("a split makes at least two classes"),
                         path());
    if (assignTo >= parts.size())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the labels can only be assigned to one of the new classes"),
                         path());
    if (hasSubClasses(*t, classId))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("\"%1\" has sub-classes; move them before splitting it")
                                 .arg(old->name),
                         path());
    if (assignTo < 0) {
        ASSAY_TRY(project().mayRecord(BatchCreated::kind));
        if (relabelBatch.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("labels sent back for re-labeling need a batch name"), path());
    }
    // Each part is checked against the classes that remain and the parts before it; the split
    // class's own name and hotkey are free for them.
    Taxonomy after = *t;
    after.classes.removeIf([&](const TaxonomyClass &c) { return c.id == classId; });
    SplitResult result;
    QStringList colours;
    for (const TaxonomyClass &c : std::as_const(after.classes))
        colours.append(c.colour);
    for (const TaxonomyClass &p : parts) {
        TaxonomyClass c = p;
        c.id = newId();
        c.name = c.name.trimmed();
        c.parentId = old->parentId;
        if (c.colour.isEmpty())
            c.colour = freeClassColour(colours);
        colours.append(c.colour);
        ASSAY_TRY(validateClass(after, c, path()));
        after.classes.append(c);
        result.parts.append(c);
    }

    // Who labelled what with the class: the re-labeling tasks, one per item and annotator.
    QList<std::pair<Id, Id>> relabel; // item, person
    if (assignTo < 0) {
        QSet<Id> ids{classId};
        for (auto it = t->mapping.cbegin(); it != t->mapping.cend(); ++it) {
            if (t->resolve(it.key()) == classId)
                ids.insert(it.key());
        }
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks.append(QStringLiteral("?%1").arg(i + 1));
        auto s = db()->prepare(
                QStringLiteral(
                        "SELECT DISTINCT a.item_id, a.person_id FROM annotations a WHERE a.id IN"
                        " (SELECT annotation_id FROM annotation_classes WHERE class_id IN (%1)"
                        " UNION SELECT annotation_id FROM boxes WHERE class_id IN (%1))"
                        " ORDER BY a.person_id, a.item_id")
                        .arg(marks.join(QLatin1Char(','))));
        if (!s)
            return s.error();
        int i = 1;
        for (const Id &id : std::as_const(ids))
            s->bind(i++, id);
        while (s->step())
            relabel.append({s->text(0), s->text(1)});
        if (s->error())
            return *s->error();
    }

    Status done = project().transact([&]() -> Status {
        TaxonomyChanged change = nextChange(*t, QStringLiteral("split"));
        change.classId = classId;
        change.parts = result.parts;
        if (assignTo >= 0)
            change.assignTo = result.parts.at(assignTo).id;
        auto e = project().record(change);
        if (!e)
            return e.error();
        if (assignTo < 0 && !relabel.isEmpty()) {
            Batch b;
            b.name = relabelBatch.trimmed();
            auto batch = project().work().createBatch(b);
            if (!batch)
                return batch.error();
            QList<Task> tasks;
            for (const auto &[item, person] : std::as_const(relabel))
                tasks.append(Task{{},
                                  batch->id,
                                  item,
                                  person,
                                  TaskKind::Production,
                                  TaskState::Pending,
                                  int(tasks.size())});
            auto assigned = project().work().assignTasks(batch->id, tasks);
            if (!assigned)
                return assigned.error();
            result.relabelBatch = batch->id;
            result.relabelTasks = int(assigned->size());
        }
        return {};
    });
    if (!done)
        return done.error();
    auto redo = goldToRedo();
    if (redo) {
        for (const GoldRedo &r : std::as_const(*redo))
            result.goldToRedo += r.classId == classId ? 1 : 0;
    }
    return result;
}

// The ids whose labels read as one of `classes` in the current version.
static QList<Id> readingAs(const Taxonomy &t, const QList<Id> &classes)
{
    QList<Id> ids = classes;
    for (auto it = t.mapping.cbegin(); it != t.mapping.cend(); ++it) {
        if (!ids.contains(it.key()) && classes.contains(t.resolve(it.key())))
            ids.append(it.key());
    }
    return ids;
}

Result<MigrationPreview> TaxonomyService::preview(const QString &change,
                                                  const QList<Id> &classes) const
{
    // For those who may make the change: the counts name batches and everyone's labels.
    ASSAY_TRY(project().mayRecord(TaxonomyChanged::kind));
    auto t = get();
    if (!t)
        return t.error();
    MigrationPreview out;
    out.change = change;
    out.classes = readingAs(*t, classes);
    out.goldCounted = bool(project().mayRead(Read::GoldAnswers));
    if (out.classes.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < out.classes.size(); ++i)
        marks.append(QStringLiteral("?%1").arg(i + 1));
    const QString in = marks.join(QLatin1Char(','));
    QStringList goldMatch;
    for (const QString &m : std::as_const(marks))
        goldMatch.append(QStringLiteral("instr(g.classes, '\"' || %1 || '\"') > 0"
                                        " OR instr(g.boxes, '\"' || %1 || '\"') > 0")
                                 .arg(m));
    // Each kind of label, per batch (its task's batch; for gold answers and pre-labels, the
    // batches with a task on the item) and in total, each label once.
    const QString annotations
            = QStringLiteral("SELECT a.id AS label, t.batch_id AS batch FROM annotations a"
                             " LEFT JOIN tasks t ON t.id = a.task_id WHERE a.id IN"
                             " (SELECT annotation_id FROM annotation_classes WHERE class_id IN (%1)"
                             " UNION SELECT annotation_id FROM boxes WHERE class_id IN (%1))")
                      .arg(in);
    const QString gold
            = QStringLiteral(
                      "SELECT g.item_id AS label, t.batch_id AS batch FROM gold_answers g"
                      " LEFT JOIN (SELECT DISTINCT item_id, batch_id FROM tasks) t ON t.item_id = g.item_id"
                      " WHERE %1")
                      .arg(goldMatch.join(QStringLiteral(" OR ")));
    const QString prelabels
            = QStringLiteral(
                      "SELECT l.id AS label, t.batch_id AS batch FROM prelabels l"
                      " LEFT JOIN (SELECT DISTINCT item_id, batch_id FROM tasks) t ON t.item_id = l.item_id"
                      " WHERE l.class_id IN (%1)")
                      .arg(in);
    QMap<QString, MigrationCount> byBatch; // by batch name, then id
    QHash<Id, QString> batchNames;
    auto batches = project().work().batches();
    if (!batches)
        return batches.error();
    for (const Batch &b : std::as_const(*batches))
        batchNames.insert(b.id, b.name);
    auto count = [&](const QString &sql, qint64 MigrationCount::*field) -> Status {
        auto s = db()->prepare(QStringLiteral("SELECT COALESCE(batch, ''), COUNT(DISTINCT label)"
                                              " FROM (%1) GROUP BY 1")
                                       .arg(sql));
        if (!s)
            return s.error();
        for (qsizetype i = 0; i < out.classes.size(); ++i)
            s->bind(int(i + 1), out.classes.at(i));
        while (s->step()) {
            const Id batch = s->text(0);
            const QString name = batch.isEmpty() ? QString() : batchNames.value(batch, batch);
            MigrationCount &c = byBatch[name + QLatin1Char('\n') + batch];
            c.batchId = batch;
            c.batchName = name;
            c.*field += s->int64(1);
        }
        if (s->error())
            return *s->error();
        auto total = db()->prepare(
                QStringLiteral("SELECT COUNT(DISTINCT label) FROM (%1)").arg(sql));
        if (!total)
            return total.error();
        for (qsizetype i = 0; i < out.classes.size(); ++i)
            total->bind(int(i + 1), out.classes.at(i));
        if (total->step())
            out.total.*field = total->int64(0);
        return total->error() ? Status(*total->error()) : Status();
    };
    ASSAY_TRY(count(annotations, &MigrationCount::annotations));
    if (out.goldCounted)
        ASSAY_TRY(count(gold, &MigrationCount::goldAnswers));
    ASSAY_TRY(count(prelabels, &MigrationCount::prelabels));
    out.batches = byBatch.values();
    return out;
}

Result<bool> TaxonomyService::classInUse(const Id &classId) const
{
    auto p = preview(QStringLiteral("remove"), {classId});
    if (!p)
        return p.error();
    // Gold answers count even where this reader may not see them.
    auto gold = db()->prepare(
            QStringLiteral("SELECT 1 FROM gold_answers WHERE instr(classes, '\"' || ?1 || '\"') > 0"
                           " OR instr(boxes, '\"' || ?1 || '\"') > 0 LIMIT 1"));
    if (!gold)
        return gold.error();
    gold->bind(1, classId);
    const bool goldUses = gold->step();
    return p->total.annotations + p->total.prelabels + p->total.goldAnswers > 0 || goldUses;
}

Result<QList<GoldRedo>> TaxonomyService::goldToRedo() const
{
    QList<GoldRedo> out;
    if (!project().mayRead(Read::GoldAnswers))
        return out;
    // A gold answer set again after the split is redone.
    auto s = db()->prepare(QStringLiteral("SELECT r.item_id, r.class_id, r.version FROM gold_redo r"
                                          " JOIN gold_answers g ON g.item_id = r.item_id"
                                          " JOIN taxonomy_versions v ON v.version = r.version"
                                          " WHERE g.time <= v.time ORDER BY r.version, r.item_id"));
    if (!s)
        return s.error();
    while (s->step())
        out.append({s->text(0), s->text(1), int(s->int64(2))});
    if (s->error())
        return *s->error();
    return out;
}

QString migrationBatchLabel(const MigrationCount &count)
{
    return count.batchId.isEmpty() ? Tr::tr("(no batch)") : count.batchName;
}

QString migrationPreviewText(const MigrationPreview &preview)
{
    QString out;
    QTextStream s(&out);
    const QString hidden = Tr::tr("hidden");
    auto gold = [&](qint64 n) {
        return preview.goldCounted ? QString::number(n) : hidden;
    };
    s << Tr::tr("%1 would touch:").arg(preview.change) << Qt::endl;
    s << QStringLiteral("  %1 %2 %3 %4")
                    .arg(Tr::tr("batch").leftJustified(24),
                         Tr::tr("annotations").rightJustified(11),
                         Tr::tr("gold answers").rightJustified(12),
                         Tr::tr("pre-labels").rightJustified(10))
      << Qt::endl;
    for (const MigrationCount &c : preview.batches) {
        s << QStringLiteral("  %1 %2 %3 %4")
                        .arg(migrationBatchLabel(c).leftJustified(24))
                        .arg(c.annotations, 11)
                        .arg(gold(c.goldAnswers).rightJustified(12))
                        .arg(c.prelabels, 10)
          << Qt::endl;
    }
    s << QStringLiteral("  %1 %2 %3 %4")
                    .arg(Tr::tr("total").leftJustified(24))
                    .arg(preview.total.annotations, 11)
                    .arg(gold(preview.total.goldAnswers).rightJustified(12))
                    .arg(preview.total.prelabels, 10)
      << Qt::endl;
    return out;
}

QJsonObject migrationPreviewToJson(const MigrationPreview &preview)
{
    auto row = [&](const MigrationCount &c) {
        QJsonObject o{{QStringLiteral("annotations"), c.annotations},
                      {QStringLiteral("prelabels"), c.prelabels}};
        o.insert(QStringLiteral("gold_answers"),
                 preview.goldCounted ? QJsonValue(c.goldAnswers) : QJsonValue());
        if (!c.batchId.isEmpty()) {
            o.insert(QStringLiteral("batch"), c.batchName);
            o.insert(QStringLiteral("batch_id"), c.batchId);
        }
        return o;
    };
    QJsonArray batches;
    for (const MigrationCount &c : preview.batches)
        batches.append(row(c));
    return {{QStringLiteral("change"), preview.change},
            {QStringLiteral("classes"), QJsonArray::fromStringList(preview.classes)},
            {QStringLiteral("batches"), batches},
            {QStringLiteral("total"), row(preview.total)}};
}

// ---- guidelines ------------------------------------------------------------------------

int TaxonomyService::guidelineVersion() const
{
    auto v = db()->queryInt(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM guidelines"));
    return v ? int(*v) : 0;
}

Id TaxonomyService::guidelineVersionEvent() const
{
    auto s = db()->prepare(
            QStringLiteral("SELECT event_id FROM guidelines ORDER BY version DESC LIMIT 1"));
    return s && s->step() ? s->text(0) : Id();
}

Result<int> TaxonomyService::addGuidelineVersion(const QString &title, const QString &markdown)
{
    const int version = guidelineVersion() + 1;
    auto e = project().record(GuidelineAdded{version, title, markdown, {}});
    if (!e)
        return e.error();
    return version;
}

// ---- items -----------------------------------------------------------------------------

} // namespace assay::core
