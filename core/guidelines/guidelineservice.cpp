// SPDX-License-Identifier: Apache-2.0
// GuidelineService: drafts, published versions, worked examples, notices and citations.
#include "core/guidelines/guidelineservice.h"
#include "core/base/tr.h"

#include "core/events/payload.h"
#include "core/items/itemservice.h"
#include "core/taxonomy/taxonomyservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace assay::core {

const GuidelineSection *Guideline::section(const QString &anchor) const
{
    for (const GuidelineSection &s : sections) {
        if (s.anchor == anchor)
            return &s;
    }
    return nullptr;
}

const GuidelineSection *Guideline::sectionOfClass(const Id &classId) const
{
    if (classId.isEmpty())
        return nullptr;
    for (const GuidelineSection &s : sections) {
        if (s.classId == classId)
            return &s;
    }
    return nullptr;
}

static QHash<QString, Id> classesFromText(const QString &text)
{
    QHash<QString, Id> out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

static QString classesToText(const QHash<QString, Id> &classes)
{
    QJsonObject o;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What a flag or a review cites ("#car", "§ car", "Car") as an anchor of `g`, when it is one.
static QString citedAnchor(const Guideline &g, const QString &cited)
{
    QString key = cited.trimmed();
    while (key.startsWith(QLatin1Char('#')) || key.startsWith(QChar(0x00a7)))
        key = key.mid(1).trimmed();
    if (key.isEmpty() || g.section(key))
        return key;
    for (const GuidelineSection &s : g.sections) {
        if (s.title.compare(key, Qt::CaseInsensitive) == 0
            || guidelinetext::slug(s.title) == guidelinetext::slug(key))
            return s.anchor;
    }
    return key;
}

int GuidelineService::currentVersion() const
{
    return project().taxonomy().guidelineVersion();
}

Result<Guideline> GuidelineService::guidelineFrom(int version) const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT version, event_id, title, body, taxonomy_version, classes, person_id, time"
            " FROM guidelines WHERE version = ?1"));
    if (!s)
        return s.error();
    s->bind(1, version);
    if (!s->step())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("there is no guideline version %1").arg(version), path());
    Guideline g;
    g.version = s->int32(0);
    g.eventId = s->text(1);
    g.title = s->text(2);
    g.body = s->text(3);
    g.taxonomyVersion = s->int32(4);
    const QHash<QString, Id> classes = classesFromText(s->text(5));
    g.personId = s->text(6);
    g.time = s->text(7);
    QList<TaxonomyClass> taxonomy;
    if (classes.isEmpty()) { // a version of an older build: headings that name a class
        if (auto t = project().taxonomy().get())
            taxonomy = t->classes;
    }
    g.sections = guidelinetext::sections(g.body, classes, taxonomy);
    return g;
}

Result<Guideline> GuidelineService::published(int version) const
{
    const int v = version > 0 ? version : currentVersion();
    if (v == 0)
        return makeError(ErrorCode::NotFound, Tr::tr("no guideline has been published yet"), path());
    return guidelineFrom(v);
}

Result<QList<Guideline>> GuidelineService::versions() const
{
    auto s = db()->prepare(
            QStringLiteral("SELECT version, event_id, title, taxonomy_version, person_id, time"
                           " FROM guidelines ORDER BY version"));
    if (!s)
        return s.error();
    QList<Guideline> out;
    while (s->step()) {
        Guideline g;
        g.version = s->int32(0);
        g.eventId = s->text(1);
        g.title = s->text(2);
        g.taxonomyVersion = s->int32(3);
        g.personId = s->text(4);
        g.time = s->text(5);
        out.append(g);
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<std::optional<Guideline>> GuidelineService::draft() const
{
    ASSAY_TRY(project().mayRead(Read::GuidelineDrafts));
    auto s = db()->prepare(QStringLiteral(
            "SELECT d.event_id, d.title, d.body, d.taxonomy_version, d.classes, d.person_id,"
            " d.time, EXISTS (SELECT 1 FROM guidelines g WHERE g.draft_event = d.event_id)"
            " FROM guideline_drafts d ORDER BY d.n DESC LIMIT 1"));
    if (!s)
        return s.error();
    if (!s->step() || s->int64(7) != 0)
        return std::optional<Guideline>();
    Guideline g;
    g.eventId = s->text(0);
    g.title = s->text(1);
    g.body = s->text(2);
    g.taxonomyVersion = s->int32(3);
    g.sections = guidelinetext::sections(g.body, classesFromText(s->text(4)));
    g.personId = s->text(5);
    g.time = s->text(6);
    return std::optional<Guideline>(g);
}

Result<Guideline> GuidelineService::saveDraft(const QString &markdown, const QString &title)
{
    ASSAY_TRY(project().mayRecord(GuidelineDraftSaved::kind));
    if (markdown.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("the guideline is empty"), path());
    auto taxonomy = project().taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    // Anchors and classes carry over from the draft being replaced, else from the current
    // version: a heading keeps its anchor while its text is the same.
    QList<GuidelineSection> previous;
    QString previousTitle;
    auto current = draft();
    if (!current)
        return current.error();
    if (*current) {
        previous = (*current)->sections;
        previousTitle = (*current)->title;
    } else if (currentVersion() > 0) {
        auto p = published();
        if (!p)
            return p.error();
        previous = p->sections;
        previousTitle = p->title;
    }
    auto normalised = guidelinetext::normalise(markdown, previous, taxonomy->classes);
    if (!normalised)
        return Error{normalised.error().code, normalised.error().message, path()};
    GuidelineDraftSaved event;
    event.body = normalised->markdown;
    event.classes = normalised->classes;
    event.taxonomyVersion = taxonomy->version;
    event.title = title.trimmed();
    if (event.title.isEmpty()) {
        for (const GuidelineSection &s :
             guidelinetext::sections(event.body, event.classes, taxonomy->classes)) {
            if (s.level == 1) {
                event.title = s.title;
                break;
            }
        }
    }
    if (event.title.isEmpty())
        event.title = previousTitle.isEmpty() ? Tr::tr("Guideline") : previousTitle;
    auto e = project().record(event);
    if (!e)
        return e.error();
    auto saved = draft();
    if (!saved)
        return saved.error();
    if (!*saved)
        return makeError(ErrorCode::Generic, Tr::tr("the draft was not kept"), path());
    return **saved;
}

Result<int> GuidelineService::publish()
{
    ASSAY_TRY(project().mayRecord(GuidelinePublished::kind));
    auto d = draft();
    if (!d)
        return d.error();
    if (!*d)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("there is no unpublished draft: save one first (assay guideline"
                                " PROJECT edit --from FILE.md)"),
                         path());
    auto taxonomy = project().taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    // Bound again to the taxonomy in force now: a class added since the draft needs its section.
    auto normalised = guidelinetext::normalise((*d)->body, (*d)->sections, taxonomy->classes);
    if (!normalised)
        return Error{normalised.error().code, normalised.error().message, path()};
    QStringList missing;
    const QList<Id> bound = normalised->classes.values();
    for (const TaxonomyClass &c : std::as_const(taxonomy->classes)) {
        if (!bound.contains(c.id))
            missing.append(c.name);
    }
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("every class needs a section (a heading with its name): %1 has"
                                " none")
                                 .arg(missing.join(QStringLiteral(", "))),
                         path());
    GuidelinePublished event;
    event.version = currentVersion() + 1;
    event.title = (*d)->title;
    event.body = normalised->markdown;
    event.classes = normalised->classes;
    event.taxonomyVersion = taxonomy->version;
    event.taxonomyEvent = taxonomy->versionEvent;
    event.draftEvent = (*d)->eventId;
    auto e = project().record(event);
    if (!e)
        return e.error();
    return currentVersion();
}

Result<GuidelineDiff> GuidelineService::diff(int from, int to) const
{
    GuidelineDiff out;
    QList<GuidelineSection> before;
    QList<GuidelineSection> after;
    if (from > 0) {
        auto g = published(from);
        if (!g)
            return g.error();
        before = g->sections;
    }
    out.from = from;
    if (to < 0) {
        auto d = draft();
        if (!d)
            return d.error();
        if (!*d)
            return makeError(ErrorCode::NotFound, Tr::tr("there is no unpublished draft"), path());
        after = (*d)->sections;
        out.to = -1;
    } else {
        auto g = published(to);
        if (!g)
            return g.error();
        after = g->sections;
        out.to = g->version;
    }
    out.changes = guidelinetext::diff(before, after);
    return out;
}

Result<std::optional<GuidelineNotice>> GuidelineService::changedSinceLastTask(const Id &personId) const
{
    const Id person = personId.isEmpty() ? actor().id : personId;
    if (person != actor().id)
        ASSAY_TRY(project().mayRead(Read::OthersAnswers));
    const int current = currentVersion();
    if (current == 0)
        return std::optional<GuidelineNotice>();
    auto s = db()->prepare(QStringLiteral(
            "SELECT a.guideline_version FROM annotations a JOIN tasks t ON t.id = a.task_id"
            " WHERE a.person_id = ?1 AND t.state = 'done' ORDER BY a.time DESC, a.rowid DESC"
            " LIMIT 1"));
    if (!s)
        return s.error();
    s->bind(1, person);
    if (!s->step())
        return std::optional<GuidelineNotice>();
    const int seen = s->int32(0);
    if (seen >= current)
        return std::optional<GuidelineNotice>();
    auto d = diff(seen, current);
    if (!d)
        return d.error();
    return std::optional<GuidelineNotice>(GuidelineNotice{seen, current, *d});
}

Result<QList<WorkedExample>> GuidelineService::examples(const Id &classId) const
{
    auto s = db()->prepare(QStringLiteral(
            "SELECT e.item_id, e.class_id, e.kind, e.note, e.boxes, e.person_id, e.time"
            " FROM guideline_examples e JOIN items i ON i.id = e.item_id"
            " WHERE ?1 = '' OR e.class_id = ?1"
            " ORDER BY CASE e.kind WHEN 'positive' THEN 0 WHEN 'negative' THEN 1 ELSE 2 END, i.seq"));
    if (!s)
        return s.error();
    s->bind(1, classId);
    QList<WorkedExample> out;
    while (s->step()) {
        WorkedExample x;
        x.itemId = s->text(0);
        x.classId = s->text(1);
        parseExampleKind(s->text(2), &x.kind);
        x.note = s->text(3);
        x.boxes = events::boxesFromJson(QJsonDocument::fromJson(s->text(4).toUtf8()).array());
        x.personId = s->text(5);
        x.time = s->text(6);
        out.append(x);
    }
    if (s->error())
        return *s->error();
    return out;
}

Status GuidelineService::setExample(const WorkedExample &example)
{
    ASSAY_TRY(project().mayRecord(GuidelineExampleSet::kind));
    auto item = project().items().item(example.itemId);
    if (!item)
        return item.error();
    auto taxonomy = project().taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    if (!taxonomy->findById(example.classId))
        return makeError(ErrorCode::NotFound, Tr::tr("no such class in the current taxonomy"),
                         path());
    if (!example.boxes.isEmpty() && item->kind != ItemKind::Image)
        return makeError(ErrorCode::InvalidInput, Tr::tr("only an image example has boxes"), path());
    // An item people are measured on is never shown with its answer: the gold and calibration
    // answers are in the leads' copy, and only they are told which it is.
    auto gold = db()->prepare(QStringLiteral("SELECT purpose FROM gold_answers WHERE item_id = ?1"));
    if (!gold)
        return gold.error();
    gold->bind(1, example.itemId);
    if (gold->step()) {
        const bool calibration = gold->text(0) == QLatin1String("calibration");
        if (!core::mayRead(actor(), Read::GoldAnswers))
            return makeError(ErrorCode::Conflict,
                             Tr::tr("item %1 is kept for quality checks; it cannot be a worked"
                                    " example")
                                     .arg(example.itemId),
                             path());
        return makeError(ErrorCode::Conflict,
                         calibration ? Tr::tr("item %1 is a calibration reference; it cannot also"
                                              " be a worked example")
                                               .arg(example.itemId)
                                     : Tr::tr("item %1 is a gold item; it cannot also be a worked"
                                              " example")
                                               .arg(example.itemId),
                         path());
    }
    GuidelineExampleSet event;
    event.itemId = example.itemId;
    event.classId = example.classId;
    event.exampleKind = example.kind;
    event.note = example.note.trimmed();
    for (Box b : example.boxes) {
        if (b.id.isEmpty())
            b.id = newId();
        if (b.classId.isEmpty())
            b.classId = example.classId;
        event.boxes.append(b);
    }
    auto e = project().record(event);
    if (!e)
        return e.error();
    return {};
}

Status GuidelineService::removeExample(const Id &itemId, const Id &classId)
{
    ASSAY_TRY(project().mayRecord(GuidelineExampleRemoved::kind));
    auto s = db()->prepare(QStringLiteral(
            "SELECT 1 FROM guideline_examples WHERE item_id = ?1 AND class_id = ?2"));
    if (!s)
        return s.error();
    s->bind(1, itemId).bind(2, classId);
    if (!s->step())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("item %1 is not a worked example of that class").arg(itemId),
                         path());
    auto e = project().record(GuidelineExampleRemoved{itemId, classId, {}});
    if (!e)
        return e.error();
    return {};
}

Result<bool> GuidelineService::isExample(const Id &itemId) const
{
    auto s = db()->prepare(QStringLiteral("SELECT 1 FROM guideline_examples WHERE item_id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, itemId);
    return s->step();
}

Result<QList<SectionCitations>> GuidelineService::citations() const
{
    ASSAY_TRY(project().mayRead(Read::GuidelineDrafts));
    Guideline current;
    if (currentVersion() > 0) {
        auto g = published();
        if (!g)
            return g.error();
        current = *g;
    }
    QList<SectionCitations> out;
    QHash<QString, int> at;
    auto cite = [&](const QString &cited, const Id &itemId, bool flag) {
        const QString anchor = citedAnchor(current, cited);
        if (anchor.isEmpty())
            return;
        int i = at.value(anchor, -1);
        if (i < 0) {
            i = int(out.size());
            at.insert(anchor, i);
            SectionCitations c;
            c.anchor = anchor;
            if (const GuidelineSection *s = current.section(anchor))
                c.title = s->title;
            out.append(c);
        }
        SectionCitations &c = out[i];
        (flag ? c.flags : c.rejections) += 1;
        if (!c.itemIds.contains(itemId))
            c.itemIds.append(itemId);
    };
    auto flags = db()->prepare(QStringLiteral(
            "SELECT c.section, t.item_id FROM task_comments c JOIN tasks t ON t.id = c.task_id"
            " WHERE c.section != '' ORDER BY c.time, c.event_id"));
    if (!flags)
        return flags.error();
    while (flags->step())
        cite(flags->text(0), flags->text(1), true);
    auto rejections = db()->prepare(
            QStringLiteral("SELECT section, item_id FROM review_decisions WHERE decision = 'reject'"
                           " AND section != '' AND withdrawn_by IS NULL ORDER BY time, event_id"));
    if (!rejections)
        return rejections.error();
    while (rejections->step())
        cite(rejections->text(0), rejections->text(1), false);
    std::stable_sort(out.begin(), out.end(),
                     [](const SectionCitations &a, const SectionCitations &b) {
                         return a.total() > b.total();
                     });
    return out;
}

QString guidelineClassesText(const QHash<QString, Id> &classes) // guidelinestate.cpp
{
    return classesToText(classes);
}

} // namespace assay::core
