// SPDX-License-Identifier: Apache-2.0
// assay guideline: the guideline service on the command line.
#include "app/cli/guidelinecommands.h"
#include "core/base/tr.h"

#include "app/cli/clicommon.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace assay::app::cli {

using namespace assay::core;

bool splitProjectVerb(const QStringList &pos, const QStringList &verbs, QString *project,
                      QString *verb, QStringList *rest); // quality/goldcommands.cpp

static int fail(CliIo &io, const Error &error)
{
    printError(io, error);
    return ExitFailure;
}

static Result<QString> readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot read the file: %1").arg(f.errorString()),
                         path);
    const QByteArray bytes = f.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the file is not UTF-8 text"), path);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

// Boxes of an example: CSV rows x,y,w,h (a fifth cell, a label, is ignored: the example's class).
static Result<QList<Box>> readBoxes(const QString &path)
{
    auto text = readText(path);
    if (!text)
        return text.error();
    QList<Box> boxes;
    int line = 0;
    for (const QString &raw : text->split(QLatin1Char('\n'))) {
        ++line;
        const QString row = raw.trimmed();
        if (row.isEmpty() || row.startsWith(QLatin1Char('#')) || row.startsWith(QLatin1Char('x')))
            continue;
        const QStringList cells = row.split(QLatin1Char(','));
        bool ok = cells.size() >= 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = cells.at(i).trimmed().toDouble(&ok);
        if (!ok || v[2] <= 0 || v[3] <= 0)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("line %1: not x,y,w,h with a positive size").arg(line), path);
        boxes.append(Box{{}, {}, v[0], v[1], v[2], v[3], {}});
    }
    return boxes;
}

static QString kindTitle(SectionChange::Kind kind)
{
    switch (kind) {
    case SectionChange::Kind::Added: return Tr::tr("added");
    case SectionChange::Kind::Removed: return Tr::tr("removed");
    case SectionChange::Kind::Changed: return Tr::tr("changed");
    }
    return {};
}

static QString classNameOf(const Taxonomy &t, const Id &id)
{
    const TaxonomyClass *c = t.findById(id);
    return c ? c->name : id;
}

int runGuideline(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption version(QStringLiteral("version"), Tr::tr("A published version."),
                                     Tr::tr("n"));
    const QCommandLineOption draftOption(QStringLiteral("draft"),
                                         Tr::tr("The unpublished draft (authors)."));
    const QCommandLineOption section(QStringLiteral("section"), Tr::tr("One section, by anchor."),
                                     Tr::tr("anchor"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("The Markdown file."),
                                  Tr::tr("file"));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("The guideline's title."),
                                   Tr::tr("text"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The Markdown file to write."),
                                 Tr::tr("file"));
    const QCommandLineOption cls(QStringLiteral("class"), Tr::tr("A class name."), Tr::tr("name"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("positive, negative or edge-case."), Tr::tr("kind"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("A short note."), Tr::tr("text"));
    const QCommandLineOption boxes(QStringLiteral("boxes"),
                                   Tr::tr("CSV of the example's boxes: x,y,w,h per row."),
                                   Tr::tr("file"));
    parser.addOptions({version, draftOption, section, from, title, out, cls, kind, note, boxes,
                       asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("guideline"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral(
            "assay guideline PROJECT show [--version N | --draft] [--section ANCHOR] [--json]"
            " | edit --from FILE.md [--title T] | publish | diff V1 V2|draft [--json]"
            " | examples list|add|remove [ITEM] [--class NAME] [--kind positive|negative|edge-case]"
            " [--note T] [--boxes FILE] | export --out FILE.md [--version N | --draft]"
            " | citations [--json]");
    const QStringList verbs = {QStringLiteral("show"),     QStringLiteral("edit"),
                               QStringLiteral("publish"),  QStringLiteral("diff"),
                               QStringLiteral("examples"), QStringLiteral("export"),
                               QStringLiteral("citations")};
    QString projectPath, verb;
    QStringList rest;
    if (!splitProjectVerb(parser.positionalArguments(), verbs, &projectPath, &verb, &rest)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const bool records = verb == QLatin1String("edit") || verb == QLatin1String("publish")
                         || (verb == QLatin1String("examples") && !rest.isEmpty()
                             && rest.first() != QLatin1String("list"));
    auto project = openProject(projectPath, io, parser.value(QStringLiteral("as")),
                               records ? Access::Records : Access::Reads);
    if (!project)
        return ExitFailure;
    GuidelineService &guidelines = project->guidelines();
    const bool json = parser.isSet(QStringLiteral("json"));
    auto taxonomy = project->taxonomy().get();
    if (!taxonomy)
        return fail(io, taxonomy.error());

    // The version asked for: --draft, --version N, or the current one.
    auto chosen = [&]() -> Result<Guideline> {
        if (parser.isSet(draftOption)) {
            auto d = guidelines.draft();
            if (!d)
                return d.error();
            if (!*d)
                return makeError(ErrorCode::NotFound, Tr::tr("there is no unpublished draft"),
                                 project->path());
            return **d;
        }
        return guidelines.published(parser.value(version).toInt());
    };

    if (verb == QLatin1String("show")) {
        auto g = chosen();
        if (!g)
            return fail(io, g.error());
        if (parser.isSet(section)) {
            const GuidelineSection *s = g->section(parser.value(section));
            if (!s)
                return fail(io, makeError(ErrorCode::NotFound,
                                          Tr::tr("no section #%1 in this version")
                                                  .arg(parser.value(section)),
                                          project->path()));
            if (json) {
                printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("anchor"), s->anchor},
                                                        {QStringLiteral("title"), s->title},
                                                        {QStringLiteral("class"),
                                                         classNameOf(*taxonomy, s->classId)},
                                                        {QStringLiteral("text"), s->text}}));
            } else {
                io.out << s->text << '\n';
            }
            return ExitOk;
        }
        if (json) {
            QJsonArray sections;
            for (const GuidelineSection &s : std::as_const(g->sections)) {
                QJsonObject o{{QStringLiteral("anchor"), s.anchor},
                              {QStringLiteral("title"), s.title},
                              {QStringLiteral("level"), s.level}};
                if (!s.classId.isEmpty())
                    o.insert(QStringLiteral("class"), classNameOf(*taxonomy, s.classId));
                sections.append(o);
            }
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("version"), g->version},
                                                    {QStringLiteral("title"), g->title},
                                                    {QStringLiteral("taxonomy_version"),
                                                     g->taxonomyVersion},
                                                    {QStringLiteral("event"), g->eventId},
                                                    {QStringLiteral("sections"), sections},
                                                    {QStringLiteral("body"), g->body}}));
        } else {
            io.out << g->body;
            if (!g->body.endsWith(QLatin1Char('\n')))
                io.out << '\n';
        }
        return ExitOk;
    }

    if (verb == QLatin1String("edit")) {
        if (!parser.isSet(from)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto text = readText(parser.value(from));
        if (!text)
            return fail(io, text.error());
        auto d = guidelines.saveDraft(*text, parser.value(title));
        if (!d)
            return fail(io, d.error());
        QStringList missing;
        for (const TaxonomyClass &c : std::as_const(taxonomy->classes)) {
            if (!d->sectionOfClass(c.id))
                missing.append(c.name);
        }
        io.out << Tr::tr("draft saved: \"%1\", %2 sections (not visible to annotators until"
                         " published)\n")
                          .arg(d->title)
                          .arg(d->sections.size());
        if (!missing.isEmpty())
            io.out << Tr::tr("classes without a section (publishing needs one each): %1\n")
                              .arg(missing.join(QStringLiteral(", ")));
        return ExitOk;
    }

    if (verb == QLatin1String("publish")) {
        auto v = guidelines.publish();
        if (!v)
            return fail(io, v.error());
        auto g = guidelines.published(*v);
        io.out << Tr::tr("guideline version %1 published (taxonomy version %2)\n")
                          .arg(*v)
                          .arg(g ? g->taxonomyVersion : 0);
        return ExitOk;
    }

    if (verb == QLatin1String("diff")) {
        if (rest.size() != 2) {
            printUsage(io, usage);
            return ExitUsage;
        }
        bool ok1 = false, ok2 = false;
        const int v1 = rest.at(0).toInt(&ok1);
        const int v2 = rest.at(1) == QLatin1String("draft") ? -1 : rest.at(1).toInt(&ok2);
        if (!ok1 || (v2 != -1 && !ok2)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto d = guidelines.diff(v1, v2);
        if (!d)
            return fail(io, d.error());
        if (json) {
            QJsonArray changes;
            for (const SectionChange &c : std::as_const(d->changes))
                changes.append(QJsonObject{{QStringLiteral("change"), sectionChangeName(c.kind)},
                                           {QStringLiteral("anchor"), c.anchor},
                                           {QStringLiteral("title"), c.title},
                                           {QStringLiteral("before"), c.before},
                                           {QStringLiteral("after"), c.after}});
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("from"), d->from},
                                                    {QStringLiteral("to"), d->to},
                                                    {QStringLiteral("changes"), changes}}));
            return ExitOk;
        }
        if (d->changes.isEmpty())
            io.out << Tr::tr("no section changed\n");
        for (const SectionChange &c : std::as_const(d->changes)) {
            io.out << QStringLiteral("== %1 #%2 (%3)\n").arg(kindTitle(c.kind), c.anchor, c.title);
            for (const QString &line : c.before.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                io.out << "- " << line << '\n';
            for (const QString &line : c.after.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                io.out << "+ " << line << '\n';
        }
        return ExitOk;
    }

    if (verb == QLatin1String("export")) {
        if (!parser.isSet(out)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto g = chosen();
        if (!g)
            return fail(io, g.error());
        QSaveFile f(parser.value(out));
        if (!f.open(QIODevice::WriteOnly))
            return fail(io, makeError(ErrorCode::Io,
                                      Tr::tr("cannot write the file: %1").arg(f.errorString()),
                                      parser.value(out)));
        f.write(g->body.toUtf8());
        if (!g->body.endsWith(QLatin1Char('\n')))
            f.write("\n");
        if (!f.commit())
            return fail(io, makeError(ErrorCode::Io,
                                      Tr::tr("cannot write the file: %1").arg(f.errorString()),
                                      parser.value(out)));
        io.out << Tr::tr("wrote %1 (%2)\n")
                          .arg(parser.value(out), g->version > 0
                                                          ? Tr::tr("version %1").arg(g->version)
                                                          : Tr::tr("draft"));
        return ExitOk;
    }

    if (verb == QLatin1String("citations")) {
        auto cited = guidelines.citations();
        if (!cited)
            return fail(io, cited.error());
        if (json) {
            QJsonArray rows;
            for (const SectionCitations &c : std::as_const(*cited)) {
                QJsonArray items;
                for (const Id &id : c.itemIds) {
                    auto item = project->items().item(id);
                    items.append(
                            QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("path"), item ? item->path : QString()}});
                }
                rows.append(QJsonObject{{QStringLiteral("anchor"), c.anchor},
                                        {QStringLiteral("title"), c.title},
                                        {QStringLiteral("flags"), c.flags},
                                        {QStringLiteral("rejections"), c.rejections},
                                        {QStringLiteral("total"), c.total()},
                                        {QStringLiteral("items"), items}});
            }
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("sections"), rows}}));
            return ExitOk;
        }
        if (cited->isEmpty())
            io.out << Tr::tr("no flag or rejection cites a section\n");
        for (const SectionCitations &c : std::as_const(*cited)) {
            QStringList paths;
            for (const Id &id : c.itemIds) {
                auto item = project->items().item(id);
                paths.append(item ? item->path : id);
            }
            io.out << Tr::tr("#%1 %2: %3 cited (%4 flags, %5 rejections) — %6\n")
                              .arg(c.anchor,
                                   c.title.isEmpty() ? Tr::tr("(no such section now)") : c.title)
                              .arg(c.total())
                              .arg(c.flags)
                              .arg(c.rejections)
                              .arg(paths.join(QStringLiteral(", ")));
        }
        return ExitOk;
    }

    // examples list|add|remove
    const QString sub = rest.value(0);
    auto classId = [&]() -> Result<Id> {
        const QString name = parser.value(cls).trimmed();
        if (const TaxonomyClass *c = taxonomy->findByName(name))
            return c->id;
        if (const TaxonomyClass *c = taxonomy->findById(name))
            return c->id;
        return makeError(ErrorCode::NotFound, Tr::tr("no class \"%1\" in the taxonomy").arg(name),
                         project->path());
    };
    if (sub == QLatin1String("list")) {
        Id only;
        if (parser.isSet(cls)) {
            auto id = classId();
            if (!id)
                return fail(io, id.error());
            only = *id;
        }
        auto list = guidelines.examples(only);
        if (!list)
            return fail(io, list.error());
        QJsonArray rows;
        for (const WorkedExample &x : std::as_const(*list)) {
            auto item = project->items().item(x.itemId);
            const QString path = item ? item->path : x.itemId;
            if (json) {
                rows.append(QJsonObject{{QStringLiteral("item"), x.itemId},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("class"), classNameOf(*taxonomy, x.classId)},
                                        {QStringLiteral("kind"), exampleKindName(x.kind)},
                                        {QStringLiteral("note"), x.note},
                                        {QStringLiteral("boxes"), int(x.boxes.size())}});
            } else {
                io.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                                  .arg(classNameOf(*taxonomy, x.classId), exampleKindName(x.kind),
                                       path, x.note);
            }
        }
        if (json)
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("examples"), rows}}));
        return ExitOk;
    }
    if ((sub == QLatin1String("add") || sub == QLatin1String("remove")) && rest.size() == 2
        && parser.isSet(cls)) {
        auto item = project->items().findItem(rest.at(1));
        if (!item)
            return fail(io, item.error());
        auto id = classId();
        if (!id)
            return fail(io, id.error());
        if (sub == QLatin1String("remove")) {
            const Status st = guidelines.removeExample(item->id, *id);
            if (!st)
                return fail(io, st.error());
            io.out << Tr::tr("%1 is no longer an example of %2\n")
                              .arg(item->path, classNameOf(*taxonomy, *id));
            return ExitOk;
        }
        WorkedExample x;
        x.itemId = item->id;
        x.classId = *id;
        if (parser.isSet(kind) && !parseExampleKind(parser.value(kind), &x.kind))
            return fail(io, makeError(ErrorCode::InvalidInput,
                                      Tr::tr("--kind is positive, negative or edge-case, not"
                                             " \"%1\"")
                                              .arg(parser.value(kind))));
        x.note = parser.value(note);
        if (parser.isSet(boxes)) {
            auto b = readBoxes(parser.value(boxes));
            if (!b)
                return fail(io, b.error());
            x.boxes = *b;
        }
        const Status st = guidelines.setExample(x);
        if (!st)
            return fail(io, st.error());
        io.out << Tr::tr("%1 is a %2 example of %3\n")
                          .arg(item->path, exampleKindName(x.kind), classNameOf(*taxonomy, *id));
        return ExitOk;
    }
    printUsage(io, usage);
    return ExitUsage;
}

} // namespace assay::app::cli
