// SPDX-License-Identifier: Apache-2.0
// TaxonomyService: the versioned label set and the versioned guidelines.
#include "core/taxonomy/taxonomyservice.h"
#include "core/domain/classkeys.h"
#include "core/base/tr.h"
#include "core/base/names.h"

#include "core/taxonomy/taxonomyevents.h"

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
            "SELECT id, name, colour, hotkey, description, parent_id FROM classes"
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
        t.classes.append(c);
    }
    if (s->error())
        return *s->error();
    return t;
}

static Status validateClass(const Taxonomy &t, const TaxonomyClass &c, const QString &path)
{
    if (c.name.trimmed().isEmpty() || c.name != c.name.trimmed())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a class needs a name without surrounding spaces"), path);
    // A class name is a line of YOLO's classes.txt and a label on screen: no line breaks,
    // escapes or direction overrides.
    if (const QString problem = nameProblem(c.name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the class name \"%1\" %2").arg(printable(c.name), problem), path);
    for (const auto &other : t.classes) {
        if (other.id == c.id)
            continue;
        if (other.name == c.name)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("a class named \"%1\" already exists").arg(c.name), path);
        if (classHotkeysCollide(other.hotkey, c.hotkey))
            return makeError(ErrorCode::Conflict,
                             Tr::tr("hotkey %1 is already used by \"%2\"").arg(c.hotkey, other.name),
                             path);
    }
    if (!c.colour.isEmpty()
        && !QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(c.colour).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("colour \"%1\" is not of the form #rrggbb").arg(c.colour), path);
    if (!c.hotkey.isEmpty() && !isValidClassHotkey(c.hotkey))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a hotkey is one key or a chord of two such as \"0, 3\", not \"%1\"")
                                 .arg(c.hotkey),
                         path);
    if (!c.parentId.isEmpty()) {
        if (c.parentId == c.id || !t.findById(c.parentId))
            return makeError(ErrorCode::NotFound, Tr::tr("the parent class does not exist"), path);
    }
    return {};
}

Result<TaxonomyClass> TaxonomyService::addClass(const TaxonomyClass &cls)
{
    auto t = get();
    if (!t)
        return t.error();
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
    TaxonomyChanged change;
    change.version = t->version + 1;
    change.change = QStringLiteral("add");
    change.cls = c;
    auto e = project().record(change);
    if (!e)
        return e.error();
    return c;
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
    TaxonomyChanged change;
    change.version = t->version + 1;
    change.change = QStringLiteral("update");
    change.cls = c;
    if (old->name != c.name)
        change.renamedFrom = old->name;
    auto e = project().record(change);
    if (!e)
        return e.error();
    return {};
}

Status TaxonomyService::removeClass(const Id &classId)
{
    auto t = get();
    if (!t)
        return t.error();
    if (!t->findById(classId))
        return makeError(ErrorCode::NotFound, Tr::tr("no such class in the current taxonomy"),
                         path());
    for (const auto &c : t->classes) {
        if (c.parentId == classId)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("\"%1\" has sub-classes; remove or move them first")
                                     .arg(t->findById(classId)->name),
                             path());
    }
    TaxonomyChanged change;
    change.version = t->version + 1;
    change.change = QStringLiteral("remove");
    change.classId = classId;
    auto e = project().record(change);
    if (!e)
        return e.error();
    return {};
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
    }
    TaxonomyChanged change;
    change.version = t->version + 1;
    change.change = QStringLiteral("merge");
    change.from = from;
    change.into = into;
    auto e = project().record(change);
    if (!e)
        return e.error();
    return {};
}

Status TaxonomyService::setMultiLabel(bool multiLabel)
{
    auto t = get();
    if (!t)
        return t.error();
    TaxonomyChanged change;
    change.version = t->version + 1;
    change.change = QStringLiteral("multi_label");
    change.multiLabel = multiLabel;
    auto e = project().record(change);
    if (!e)
        return e.error();
    return {};
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
