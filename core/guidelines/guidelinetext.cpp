// SPDX-License-Identifier: Apache-2.0
// A guideline's Markdown split into sections with stable anchors, and the diff by section.
#include "core/guidelines/guidelinetext.h"
#include "core/base/tr.h"
#include "core/result.h"

#include <QRegularExpression>
#include <QSet>

namespace assay::core {

QString sectionChangeName(SectionChange::Kind kind)
{
    switch (kind) {
    case SectionChange::Kind::Added: return QStringLiteral("added");
    case SectionChange::Kind::Removed: return QStringLiteral("removed");
    case SectionChange::Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

namespace guidelinetext {

// An ATX heading: "## Title {#anchor}" (the closing hashes of "## Title ##" allowed).
static const QRegularExpression &headingPattern()
{
    static const QRegularExpression re(QStringLiteral(
            R"(^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+\{#([A-Za-z0-9_.:-]+)\})?[ \t]*#*[ \t]*$)"));
    return re;
}

static bool isFence(const QString &line, QString *fence)
{
    const QString t = line.trimmed();
    for (const QString &f : {QStringLiteral("```"), QStringLiteral("~~~")}) {
        if (t.startsWith(f)) {
            if (fence->isEmpty()) {
                *fence = f;
                return true;
            }
            if (*fence == f) {
                fence->clear();
                return true;
            }
        }
    }
    return false;
}

struct Heading
{
    int level = 0;
    QString title;
    QString anchor; // explicit, or empty
};

// The heading of a line outside fenced code, or level 0.
static Heading headingOf(const QString &line)
{
    Heading h;
    const auto m = headingPattern().match(line);
    if (!m.hasMatch())
        return h;
    h.level = int(m.capturedLength(1));
    h.title = m.captured(2).trimmed();
    // "## Title {#a} ##": the pattern's lazy title keeps the anchor when closing hashes follow.
    static const QRegularExpression tail(QStringLiteral(R"(\s*\{#([A-Za-z0-9_.:-]+)\}\s*$)"));
    if (const auto t = tail.match(h.title); t.hasMatch()) {
        h.anchor = t.captured(1);
        h.title = h.title.left(t.capturedStart()).trimmed();
    }
    if (h.anchor.isEmpty())
        h.anchor = m.captured(3);
    return h;
}

QString slug(const QString &title)
{
    // ASCII only: an anchor is typed on the command line and written in the file; a heading of
    // other letters gets an explicit {#anchor} or a numbered "section".
    QString out;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!keep) {
            dash = true;
            continue;
        }
        if (dash && !out.isEmpty())
            out += QLatin1Char('-');
        out += c;
        dash = false;
    }
    return out.isEmpty() ? QStringLiteral("section") : out;
}

static Id classNamed(const QList<TaxonomyClass> &classes, const QString &title,
                     const QString &anchor)
{
    for (const TaxonomyClass &c : classes) {
        if (c.name.compare(title, Qt::CaseInsensitive) == 0)
            return c.id;
    }
    for (const TaxonomyClass &c : classes) {
        if (slug(c.name) == anchor)
            return c.id;
    }
    return {};
}

static bool classExists(const QList<TaxonomyClass> &classes, const Id &id)
{
    for (const TaxonomyClass &c : classes) {
        if (c.id == id)
            return true;
    }
    return false;
}

Result<Normalised> normalise(const QString &markdown, const QList<GuidelineSection> &previous,
                             const QList<TaxonomyClass> &classes)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QSet<QString> explicitAnchors;
    QString fence;
    // Explicit anchors first: a generated one must not take a name written further down.
    for (const QString &line : std::as_const(lines)) {
        if (isFence(line, &fence) || !fence.isEmpty())
            continue;
        const Heading h = headingOf(line);
        if (h.level == 0 || h.anchor.isEmpty())
            continue;
        if (explicitAnchors.contains(h.anchor))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("the anchor {#%1} is used by two headings").arg(h.anchor));
        explicitAnchors.insert(h.anchor);
    }
    Normalised out;
    QSet<QString> used = explicitAnchors;
    fence.clear();
    for (QString &line : lines) {
        if (isFence(line, &fence) || !fence.isEmpty())
            continue;
        Heading h = headingOf(line);
        if (h.level == 0)
            continue;
        if (h.anchor.isEmpty()) {
            for (const GuidelineSection &p : previous) {
                if (!p.anchor.isEmpty() && p.title.compare(h.title, Qt::CaseInsensitive) == 0
                    && !used.contains(p.anchor)) {
                    h.anchor = p.anchor;
                    break;
                }
            }
        }
        if (h.anchor.isEmpty()) {
            const QString base = slug(h.title);
            h.anchor = base;
            for (int n = 2; used.contains(h.anchor); ++n)
                h.anchor = base + QLatin1Char('-') + QString::number(n);
        }
        used.insert(h.anchor);
        line = QString(h.level, QLatin1Char('#')) + QLatin1Char(' ') + h.title
               + QStringLiteral(" {#") + h.anchor + QLatin1Char('}');
        Id classId;
        for (const GuidelineSection &p : previous) {
            if (p.anchor == h.anchor && !p.classId.isEmpty() && classExists(classes, p.classId))
                classId = p.classId;
        }
        if (classId.isEmpty())
            classId = classNamed(classes, h.title, h.anchor);
        if (!classId.isEmpty() && !out.classes.values().contains(classId))
            out.classes.insert(h.anchor, classId);
    }
    out.markdown = lines.join(QLatin1Char('\n'));
    return out;
}

QList<GuidelineSection> sections(const QString &markdown, const QHash<QString, Id> &classes,
                                 const QList<TaxonomyClass> &taxonomy)
{
    QList<GuidelineSection> out;
    GuidelineSection current;
    QStringList text;
    auto flush = [&] {
        const QString body = text.join(QLatin1Char('\n'));
        if (current.level > 0 || !body.trimmed().isEmpty()) {
            current.text = body.trimmed();
            out.append(current);
        }
        text.clear();
    };
    QString fence;
    QSet<Id> bound;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const bool code = isFence(line, &fence) || !fence.isEmpty();
        const Heading h = code ? Heading{} : headingOf(line);
        if (h.level > 0) {
            flush();
            current = GuidelineSection{};
            current.level = h.level;
            current.title = h.title;
            current.anchor = h.anchor.isEmpty() ? slug(h.title) : h.anchor;
            current.classId = classes.value(current.anchor);
            if (current.classId.isEmpty() && classes.isEmpty()) {
                const Id id = classNamed(taxonomy, h.title, current.anchor);
                if (!bound.contains(id))
                    current.classId = id;
            }
            if (!current.classId.isEmpty())
                bound.insert(current.classId);
        }
        text.append(line);
    }
    flush();
    return out;
}

QString renderable(const QString &markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QString fence;
    for (QString &line : lines) {
        if (isFence(line, &fence) || !fence.isEmpty())
            continue;
        const Heading h = headingOf(line);
        if (h.level > 0)
            line = QString(h.level, QLatin1Char('#')) + QLatin1Char(' ') + h.title;
    }
    return lines.join(QLatin1Char('\n'));
}

QList<SectionChange> diff(const QList<GuidelineSection> &from, const QList<GuidelineSection> &to)
{
    QHash<QString, const GuidelineSection *> before;
    for (const GuidelineSection &s : from)
        before.insert(s.anchor, &s);
    QSet<QString> seen;
    QList<SectionChange> out;
    for (const GuidelineSection &s : to) {
        seen.insert(s.anchor);
        const GuidelineSection *old = before.value(s.anchor);
        if (!old) {
            out.append({SectionChange::Kind::Added, s.anchor, s.title, {}, s.text});
        } else if (old->text != s.text) {
            out.append({SectionChange::Kind::Changed, s.anchor, s.title, old->text, s.text});
        }
    }
    for (const GuidelineSection &s : from) {
        if (!seen.contains(s.anchor))
            out.append({SectionChange::Kind::Removed, s.anchor, s.title, s.text, {}});
    }
    return out;
}

QString classSkeleton(const QList<TaxonomyClass> &classes)
{
    QString out;
    for (const TaxonomyClass &c : classes) {
        out += QStringLiteral("## %1 {#%2}\n\n").arg(c.name, slug(c.name));
        out += Tr::tr("**Definition.** %1\n\n").arg(c.description);
        out += Tr::tr("**Use it when** …\n\n");
        out += Tr::tr("**Do not use it when** …\n\n");
    }
    return out;
}

} // namespace guidelinetext
} // namespace assay::core
