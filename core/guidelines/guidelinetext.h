// SPDX-License-Identifier: Apache-2.0
// A guideline's Markdown split into sections with stable anchors, and the diff of two versions
// by section: text only, no store.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QHash>

namespace assay::core {

// One section: a heading and what follows it up to the next heading. The text before the first
// heading (if any) is a section with an empty anchor and level 0.
struct GuidelineSection
{
    QString anchor; // stable across versions: the heading's {#anchor}
    QString title;  // the heading's text, without the anchor
    int level = 0;  // 1-6 for "#" to "######"
    QString text;   // the section's Markdown, its heading line included
    Id classId;     // the class this section defines, when it is a class's section
};

struct SectionChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString anchor;
    QString title;  // in the newer version (the older one for a removed section)
    QString before; // empty for an added section
    QString after;  // empty for a removed section
};

QString sectionChangeName(SectionChange::Kind kind); // "added", "removed", "changed"

namespace guidelinetext {

// A heading's anchor from its text: lower case, letters and digits kept, runs of anything else
// one "-" ("When not to use" -> "when-not-to-use"); "section" when nothing is left.
QString slug(const QString &title);

// What a saved Markdown becomes: every heading carries an explicit {#anchor} (written into the
// text, so that renaming a heading keeps its anchor), and the class each section defines.
struct Normalised
{
    QString markdown;
    QHash<QString, Id> classes; // anchor -> class id
};

// `previous`: the sections of the version before (a heading that had no anchor and whose title
// a previous section had keeps that anchor; a previous section's class stays bound to its
// anchor while the class exists). A heading names a class when its text is the class's name
// (any case) or its anchor is the slug of that name. Fails on an anchor used twice.
Result<Normalised> normalise(const QString &markdown, const QList<GuidelineSection> &previous,
                             const QList<TaxonomyClass> &classes);

// The sections of a normalised (or any) Markdown text; headings inside fenced code are text.
// `classes` binds anchors to class ids (a guideline of an older build has none: then headings
// that name a class of `taxonomy` are bound).
QList<GuidelineSection> sections(const QString &markdown, const QHash<QString, Id> &classes,
                                 const QList<TaxonomyClass> &taxonomy = {});

// The Markdown as Qt renders it: the {#anchor} of each heading left out.
QString renderable(const QString &markdown);

// What changed from `from` to `to`, matched by anchor: sections in the order of `to`, then
// the removed ones in the order of `from`. Unchanged sections are left out.
QList<SectionChange> diff(const QList<GuidelineSection> &from, const QList<GuidelineSection> &to);

// A skeleton with one section per class (definition, when to use, when not), for a new
// guideline or the classes a draft lacks.
QString classSkeleton(const QList<TaxonomyClass> &classes);

} // namespace guidelinetext
} // namespace assay::core
