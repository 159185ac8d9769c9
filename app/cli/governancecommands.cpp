// SPDX-License-Identifier: Apache-2.0
// people, taxonomy and log: who works on a project, its label set, and its decisions.
#include "app/cli/clicommon.h"
#include "core/base/tr.h"
#include "core/json/jsonwriter.h"
#include "app/cli/projectcommands.h"
#include "core/people/peopleservice.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace assay::app::cli {

using namespace assay::core;

// Accepts "PROJECT VERB ARGS..." and "VERB PROJECT ARGS...": returns {project, verb, rest}.
static bool splitVerb(const QStringList &pos, const QStringList &verbs, QString *project,
                      QString *verb, QStringList *rest)
{
    if (pos.size() < 2)
        return false;
    if (verbs.contains(pos.at(1))) {
        *project = pos.at(0);
        *verb = pos.at(1);
    } else if (verbs.contains(pos.at(0))) {
        *verb = pos.at(0);
        *project = pos.at(1);
    } else {
        return false;
    }
    *rest = pos.mid(2);
    return true;
}

static bool parseRoles(const QString &text, QList<Role> *roles, CliIo &io)
{
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role role;
        if (!parseRole(name.trimmed(), &role)) {
            QStringList known;
            for (Role r : allRoles())
                known.append(roleName(r));
            io.err << Tr::tr("assay: unknown role \"%1\" (roles: %2)")
                              .arg(name, known.join(QStringLiteral(", ")))
                   << Qt::endl;
            return false;
        }
        if (!roles->contains(role))
            roles->append(role);
    }
    if (roles->isEmpty()) {
        io.err << Tr::tr("assay: give at least one role") << Qt::endl;
        return false;
    }
    return true;
}

static QString rolesText(const QList<Role> &roles)
{
    QStringList names;
    for (Role r : roles)
        names.append(roleName(r));
    return names.join(QLatin1Char(','));
}

int runPeople(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("Roles, comma-separated."),
                                  Tr::tr("roles"));
    const QCommandLineOption display(QStringLiteral("display-name"), Tr::tr("Full name."),
                                     Tr::tr("name"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 Tr::tr("The person's public key (from \"assay keys new\")."),
                                 Tr::tr("public key"));
    parser.addOptions({role, display, key, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("people"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral(
            "assay people PROJECT list [--json] | add NAME --role ROLE[,ROLE] [--display-name N]"
            " [--key PUBLIC_KEY] | roles NAME ROLE[,ROLE] | set-key NAME --key PUBLIC_KEY"
            " | revoke-key NAME | deactivate NAME");
    QString project, verb;
    QStringList rest;
    if (!splitVerb(parser.positionalArguments(),
                   {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("roles"),
                    QStringLiteral("set-key"), QStringLiteral("revoke-key"),
                    QStringLiteral("deactivate")},
                   &project, &verb, &rest)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    auto store = openProject(project, io, parser.value(QStringLiteral("as")),
                             verb == QLatin1String("list") ? Access::Reads : Access::Records);
    if (!store)
        return ExitFailure;

    if (verb == QLatin1String("list")) {
        auto people = store->people().people();
        if (!people) {
            printError(io, people.error());
            return ExitFailure;
        }
        QList<std::optional<PersonKey>> keys;
        for (const Person &p : std::as_const(*people)) {
            auto k = store->people().currentKey(p.id);
            if (!k) {
                printError(io, k.error());
                return ExitFailure;
            }
            keys.append(*k);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (qsizetype i = 0; i < people->size(); ++i) {
                const Person &p = people->at(i);
                const std::optional<PersonKey> &k = keys.at(i);
                QJsonArray roles;
                for (Role r : p.roles)
                    roles.append(roleName(r));
                array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                         {QStringLiteral("name"), p.name},
                                         {QStringLiteral("display_name"), p.displayName},
                                         {QStringLiteral("roles"), roles},
                                         {QStringLiteral("active"), p.active},
                                         {QStringLiteral("key_fingerprint"),
                                          k ? QJsonValue(k->fingerprint) : QJsonValue()},
                                         {QStringLiteral("public_key"),
                                          k ? QJsonValue(k->publicKey) : QJsonValue()}});
            }
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("people"), array}}));
        } else {
            for (qsizetype i = 0; i < people->size(); ++i) {
                const Person &p = people->at(i);
                const std::optional<PersonKey> &k = keys.at(i);
                io.out << p.name.leftJustified(16) << ' ' << rolesText(p.roles).leftJustified(28)
                       << ' ' << (k ? k->fingerprint : Tr::tr("(no key)")).leftJustified(19) << ' '
                       << p.displayName << Qt::endl;
            }
        }
        return ExitOk;
    }
    if (verb == QLatin1String("set-key")) {
        if (rest.size() != 1 || !parser.isSet(key)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        const Status st = store->people().setKey(rest.first(), parser.value(key));
        if (!st) {
            printError(io, st.error());
            return ExitFailure;
        }
        auto current = store->people().person(rest.first());
        auto k = current ? store->people().currentKey(current->id)
                         : Result<std::optional<PersonKey>>(current.error());
        io.out << Tr::tr("%1's key is now %2; any earlier key is revoked")
                          .arg(rest.first(), k && *k ? (*k)->fingerprint : QString())
               << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("deactivate")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto person = store->people().person(rest.first());
        const Status st = person ? store->people().deactivate(person->id) : Status(person.error());
        if (!st) {
            printError(io, st.error());
            return ExitFailure;
        }
        io.out << Tr::tr("%1 is no longer active: their key is revoked, and they may not act or"
                         " read")
                          .arg(rest.first())
               << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("revoke-key")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        const Status st = store->people().revokeKey(rest.first());
        if (!st) {
            printError(io, st.error());
            return ExitFailure;
        }
        io.out << Tr::tr("%1's key is revoked; %1 cannot act until a new key is registered")
                          .arg(rest.first())
               << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("add")) {
        QList<Role> roles;
        if (rest.size() != 1 || !parser.isSet(role)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        if (!parseRoles(parser.value(role), &roles, io))
            return ExitUsage;
        auto added = store->people().addPerson(rest.first(), parser.value(display), roles,
                                               parser.value(key));
        if (!added) {
            printError(io, added.error());
            return ExitFailure;
        }
        if (parser.isSet(key)) {
            io.out << Tr::tr("added %1 (%2) with their key").arg(added->name, rolesText(added->roles))
                   << Qt::endl;
        } else {
            io.out << Tr::tr("added %1 (%2); they cannot act until their key is registered (set-key)")
                              .arg(added->name, rolesText(added->roles))
                   << Qt::endl;
        }
        return ExitOk;
    }
    // roles
    QList<Role> roles;
    if (rest.size() != 2) {
        printUsage(io, usage);
        return ExitUsage;
    }
    if (!parseRoles(rest.at(1), &roles, io))
        return ExitUsage;
    auto person = store->people().person(rest.first());
    Status st = person ? store->people().setRoles(person->id, roles) : Status(person.error());
    if (!st) {
        printError(io, st.error());
        return ExitFailure;
    }
    io.out << Tr::tr("%1 now has the roles %2").arg(rest.first(), rolesText(roles)) << Qt::endl;
    return ExitOk;
}

static QJsonObject classToJson(const TaxonomyClass &c, const Taxonomy &t)
{
    const TaxonomyClass *parent = c.parentId.isEmpty() ? nullptr : t.findById(c.parentId);
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("colour"), c.colour},
                       {QStringLiteral("hotkey"),
                        c.hotkey.isEmpty() ? QJsonValue() : QJsonValue(c.hotkey)},
                       {QStringLiteral("description"), c.description},
                       {QStringLiteral("parent"), parent ? QJsonValue(parent->name) : QJsonValue()}};
}

int runTaxonomy(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption colour(QStringLiteral("colour"), Tr::tr("Colour, #rrggbb."),
                                    Tr::tr("colour"));
    const QCommandLineOption hotkey(QStringLiteral("hotkey"), Tr::tr("One key."), Tr::tr("key"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         Tr::tr("What the class means."), Tr::tr("text"));
    const QCommandLineOption parent(QStringLiteral("parent"), Tr::tr("Parent class name."),
                                    Tr::tr("class"));
    const QCommandLineOption into(QStringLiteral("into"), Tr::tr("The class to merge into."),
                                  Tr::tr("class"));
    const QCommandLineOption version(QStringLiteral("version"), Tr::tr("Taxonomy version to list."),
                                     Tr::tr("n"));
    const QCommandLineOption before(QStringLiteral("before"),
                                    Tr::tr("move: the class to place it before."), Tr::tr("class"));
    const QCommandLineOption assign(QStringLiteral("assign"),
                                    Tr::tr("split: the new class existing labels read as."),
                                    Tr::tr("class"));
    const QCommandLineOption relabel(
            QStringLiteral("relabel"),
            Tr::tr("split: send existing labels back for re-labeling, as tasks in a new batch of this name."),
            Tr::tr("batch"));
    const QCommandLineOption preview(
            QStringLiteral("preview"),
            Tr::tr("Print how many annotations, gold answers and pre-labels per batch the change touches, and change nothing."));
    parser.addOptions({colour, hotkey, description, parent, into, version, before, assign, relabel,
                       preview, asOption(), jsonOption()});
    if (!parse(parser, QStringLiteral("taxonomy"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral(
            "assay taxonomy PROJECT list [--json] [--version N] | add NAME [--colour C] [--hotkey K]"
            " [--description D] [--parent P] | edit NAME [same options] | rename OLD NEW | remove NAME"
            " | archive NAME | move NAME [--parent P] [--before B] | merge NAME... --into NAME"
            " | split NAME NEW1 NEW2... --assign NEWi|--relabel BATCH | gold-redo [--json]"
            " | multi-label on|off  (rename, archive, move, merge and split take --preview [--json])");
    const QStringList verbs = {QStringLiteral("list"),       QStringLiteral("add"),
                               QStringLiteral("edit"),       QStringLiteral("rename"),
                               QStringLiteral("remove"),     QStringLiteral("merge"),
                               QStringLiteral("archive"),    QStringLiteral("move"),
                               QStringLiteral("split"),      QStringLiteral("gold-redo"),
                               QStringLiteral("multi-label")};
    QString project, verb;
    QStringList rest;
    if (!splitVerb(parser.positionalArguments(), verbs, &project, &verb, &rest)) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const bool readOnly = verb == QLatin1String("list") || verb == QLatin1String("gold-redo")
                          || parser.isSet(preview);
    auto store = openProject(project, io, parser.value(QStringLiteral("as")),
                             readOnly ? Access::Reads : Access::Records);
    if (!store)
        return ExitFailure;
    auto t = store->taxonomy().get(verb == QLatin1String("list") ? parser.value(version).toInt()
                                                                 : 0);
    if (!t) {
        printError(io, t.error());
        return ExitFailure;
    }
    auto fail = [&](const Error &e) {
        printError(io, e);
        return int(ExitFailure);
    };
    auto findClass = [&](const QString &name) -> Result<TaxonomyClass> {
        if (const TaxonomyClass *c = t->findByName(name))
            return *c;
        return makeError(ErrorCode::NotFound, Tr::tr("no class named \"%1\"").arg(name),
                         store->path());
    };
    auto applyOptions = [&](TaxonomyClass &c) -> Status {
        if (parser.isSet(colour))
            c.colour = parser.value(colour);
        if (parser.isSet(hotkey))
            c.hotkey = parser.value(hotkey);
        if (parser.isSet(description))
            c.description = parser.value(description);
        if (parser.isSet(parent)) {
            if (parser.value(parent).isEmpty()) {
                c.parentId.clear();
            } else {
                auto p = findClass(parser.value(parent));
                if (!p)
                    return p.error();
                c.parentId = p->id;
            }
        }
        return {};
    };

    // --preview: the counts the window's preview shows, and nothing recorded.
    auto printPreview = [&](const QString &change, const QList<Id> &classes) {
        auto p = store->taxonomy().preview(change, classes);
        if (!p)
            return fail(p.error());
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(io, QJsonDocument(migrationPreviewToJson(*p)));
            return int(ExitOk);
        }
        io.out << migrationPreviewText(*p);
        return int(ExitOk);
    };

    if (verb == QLatin1String("gold-redo")) {
        auto redo = store->taxonomy().goldToRedo();
        if (!redo)
            return fail(redo.error());
        auto all = store->taxonomy().get();
        QJsonArray rows;
        for (const GoldRedo &r : std::as_const(*redo)) {
            const TaxonomyClass *c = all ? all->findAny(r.classId) : nullptr;
            const QString name = c ? c->name : r.classId;
            if (parser.isSet(QStringLiteral("json")))
                rows.append(QJsonObject{{QStringLiteral("item"), r.itemId},
                                        {QStringLiteral("class"), name},
                                        {QStringLiteral("taxonomy_version"), r.version}});
            else
                io.out << Tr::tr("%1  split class %2 (taxonomy version %3)")
                                  .arg(r.itemId, name)
                                  .arg(r.version)
                       << Qt::endl;
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(io, QJsonDocument(rows));
        else if (redo->isEmpty())
            io.out << Tr::tr("no gold answers to redo") << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("archive")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto c = findClass(rest.first());
        if (!c)
            return fail(c.error());
        if (parser.isSet(preview))
            return printPreview(QStringLiteral("archive"), {c->id});
        if (Status st = store->taxonomy().archiveClass(c->id); !st)
            return fail(st.error());
        io.out << Tr::tr("archived class %1").arg(c->name) << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("move")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto c = findClass(rest.first());
        if (!c)
            return fail(c.error());
        Id parentId = c->parentId;
        if (parser.isSet(parent)) {
            parentId.clear();
            if (!parser.value(parent).isEmpty()) {
                auto p = findClass(parser.value(parent));
                if (!p)
                    return fail(p.error());
                parentId = p->id;
            }
        }
        Id beforeId;
        if (parser.isSet(before)) {
            auto b = findClass(parser.value(before));
            if (!b)
                return fail(b.error());
            beforeId = b->id;
        }
        if (parser.isSet(preview))
            return printPreview(QStringLiteral("move"), {c->id});
        if (Status st = store->taxonomy().moveClass(c->id, parentId, beforeId); !st)
            return fail(st.error());
        io.out << Tr::tr("moved class %1").arg(c->name) << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("split")) {
        if (rest.size() < 3 || parser.isSet(assign) == parser.isSet(relabel)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto c = findClass(rest.first());
        if (!c)
            return fail(c.error());
        if (parser.isSet(preview))
            return printPreview(QStringLiteral("split"), {c->id});
        QList<TaxonomyClass> parts;
        int assignTo = -1;
        for (qsizetype i = 1; i < rest.size(); ++i) {
            TaxonomyClass part;
            part.name = rest.at(i);
            if (parser.isSet(assign) && parser.value(assign) == part.name)
                assignTo = int(parts.size());
            parts.append(part);
        }
        if (parser.isSet(assign) && assignTo < 0)
            return fail(makeError(ErrorCode::InvalidInput,
                                  Tr::tr("--assign names none of the new classes"), store->path()));
        auto split = store->taxonomy().splitClass(c->id, parts, assignTo, parser.value(relabel));
        if (!split)
            return fail(split.error());
        io.out << Tr::tr("split %1 into %2").arg(c->name, rest.mid(1).join(QStringLiteral(", ")))
               << Qt::endl;
        if (!split->relabelBatch.isEmpty())
            io.out << Tr::tr("%n task(s) for re-labeling in batch %1", nullptr, split->relabelTasks)
                              .arg(parser.value(relabel))
                   << Qt::endl;
        if (split->goldToRedo > 0)
            io.out << Tr::tr("%n gold answer(s) to redo (assay taxonomy PROJECT gold-redo)",
                             nullptr, split->goldToRedo)
                   << Qt::endl;
        return ExitOk;
    }

    if (verb == QLatin1String("list")) {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray classes;
            for (const auto &c : t->classes)
                classes.append(classToJson(c, *t));
            printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("version"), t->version},
                                                    {QStringLiteral("multi_label"), t->multiLabel},
                                                    {QStringLiteral("classes"), classes}}));
        } else {
            io.out << Tr::tr("taxonomy version %1%2")
                              .arg(t->version)
                              .arg(t->multiLabel ? Tr::tr(", multi-label") : QString())
                   << Qt::endl;
            for (const auto &c : t->classes) {
                const TaxonomyClass *p = c.parentId.isEmpty() ? nullptr : t->findById(c.parentId);
                // Chords ("0, 3") are wider than one key: the names stay in one column.
                io.out << QStringLiteral("  %1 ").arg(
                        QStringLiteral("[%1]")
                                .arg(c.hotkey.isEmpty() ? QStringLiteral(" ") : c.hotkey)
                                .leftJustified(6))
                       << c.name.leftJustified(20) << ' ' << c.colour
                       << (p ? Tr::tr("  (in %1)").arg(p->name) : QString())
                       << (c.description.isEmpty() ? QString()
                                                   : QStringLiteral("  ") + c.description)
                       << Qt::endl;
            }
        }
        return ExitOk;
    }
    if (verb == QLatin1String("add")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        TaxonomyClass c;
        c.name = rest.first();
        if (Status st = applyOptions(c); !st)
            return fail(st.error());
        auto added = store->taxonomy().addClass(c);
        if (!added)
            return fail(added.error());
        io.out << Tr::tr("added class %1 (hotkey %2, colour %3)")
                          .arg(added->name, added->hotkey, added->colour)
               << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("edit") || verb == QLatin1String("rename")) {
        const int expected = verb == QLatin1String("rename") ? 2 : 1;
        if (rest.size() != expected) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto c = findClass(rest.first());
        if (!c)
            return fail(c.error());
        if (expected == 2)
            c->name = rest.at(1);
        if (parser.isSet(preview)) {
            if (expected != 2) {
                printUsage(io, usage);
                return ExitUsage;
            }
            return printPreview(QStringLiteral("rename"), {c->id});
        }
        if (Status st = applyOptions(*c); !st)
            return fail(st.error());
        if (Status st = store->taxonomy().updateClass(*c); !st)
            return fail(st.error());
        io.out << Tr::tr("updated class %1").arg(c->name) << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("remove")) {
        if (rest.size() != 1) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto c = findClass(rest.first());
        if (!c)
            return fail(c.error());
        auto used = store->taxonomy().classInUse(c->id);
        if (!used)
            return fail(used.error());
        if (Status st = store->taxonomy().removeClass(c->id); !st)
            return fail(st.error());
        io.out << (*used ? Tr::tr("archived class %1: labels use it").arg(c->name)
                         : Tr::tr("removed class %1").arg(c->name))
               << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("merge")) {
        if (rest.isEmpty() || !parser.isSet(into)) {
            printUsage(io, usage);
            return ExitUsage;
        }
        auto target = findClass(parser.value(into));
        if (!target)
            return fail(target.error());
        QList<Id> from;
        for (const QString &name : rest) {
            auto c = findClass(name);
            if (!c)
                return fail(c.error());
            from.append(c->id);
        }
        if (parser.isSet(preview))
            return printPreview(QStringLiteral("merge"), from);
        if (Status st = store->taxonomy().mergeClasses(from, target->id); !st)
            return fail(st.error());
        io.out << Tr::tr("merged %1 into %2").arg(rest.join(QStringLiteral(", ")), target->name)
               << Qt::endl;
        return ExitOk;
    }
    // multi-label on|off
    if (rest.size() != 1
        || (rest.first() != QLatin1String("on") && rest.first() != QLatin1String("off"))) {
        printUsage(io, usage);
        return ExitUsage;
    }
    if (Status st = store->taxonomy().setMultiLabel(rest.first() == QLatin1String("on")); !st)
        return fail(st.error());
    io.out << Tr::tr("multi-label is %1").arg(rest.first()) << Qt::endl;
    return ExitOk;
}

int runLog(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First event number."),
                                  Tr::tr("n"), QStringLiteral("1"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most this many events."),
                                   Tr::tr("n"), QStringLiteral("0"));
    const QCommandLineOption payload(QStringLiteral("payload"),
                                     Tr::tr("Include each event's payload."));
    const QCommandLineOption allSignatures(
            QStringLiteral("all-signatures"),
            Tr::tr("verify: check every signature, not only the last of each run of one signer's"
                   " events."));
    parser.addOptions({from, limit, payload, allSignatures, jsonOption(), asOption()});
    if (!parse(parser, QStringLiteral("log"), args, io))
        return ExitUsage;
    const QString usage = QStringLiteral(
            "assay log show PROJECT [--from N] [--limit N] [--payload] [--json] | verify PROJECT"
            " [--all-signatures] [--json]"
            " | rebuild PROJECT [--as ADMIN]");
    QString project, verb;
    QStringList rest;
    if (!splitVerb(parser.positionalArguments(),
                   {QStringLiteral("show"), QStringLiteral("verify"), QStringLiteral("rebuild")},
                   &project, &verb, &rest)
        || !rest.isEmpty()) {
        printUsage(io, usage);
        return ExitUsage;
    }
    const Access access = verb == QLatin1String("verify")    ? Access::Anyone
                          : verb == QLatin1String("rebuild") ? Access::Records
                                                             : Access::Reads;
    auto store = openProject(project, io, parser.value(QStringLiteral("as")), access);
    if (!store)
        return ExitFailure;

    if (verb == QLatin1String("verify")) {
        store::EventLog::VerifyOptions options;
        options.allSignatures = parser.isSet(allSignatures);
        // A progress line on the terminal for long logs (a million events take seconds).
        options.progress = [&io](qint64 done, qint64 total) {
            if (total >= 200000)
                io.err << '\r'
                       << Tr::tr("checking signatures and chains: %1 of %2 events")
                                  .arg(done)
                                  .arg(total)
                       << (done == total ? "\n" : "") << Qt::flush;
        };
        auto check = store->checkLog(options);
        if (!check) {
            printError(io, check.error());
            return ExitFailure;
        }
        const store::LogVerification *v = &check->chains;
        // The state tables must be what the log gives (a row edited by hand is named), and each
        // event's author must have had the right and the key to it at its place in the log.
        const QList<store::StateDifference> &differences = check->differences;
        const QList<store::ChainProblem> &refused = check->refused;
        const bool stateMatches = differences.isEmpty();
        const bool authorized = refused.isEmpty();
        const bool intact = v->intact && stateMatches && authorized;
        auto problemJson = [](const store::ChainProblem &p) {
            return QJsonObject{{QStringLiteral("device"), p.device},
                               {QStringLiteral("seq"), double(p.seq)},
                               {QStringLiteral("device_seq"), double(p.deviceSeq)},
                               {QStringLiteral("id"), p.eventId},
                               {QStringLiteral("person"), p.personId},
                               {QStringLiteral("reason"), p.reason}};
        };
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray problems;
            for (const store::ChainProblem &p : std::as_const(v->problems))
                problems.append(problemJson(p));
            QJsonArray refusedRows;
            for (const store::ChainProblem &p : std::as_const(refused))
                refusedRows.append(problemJson(p));
            QJsonObject o{{QStringLiteral("intact"), intact},
                          {QStringLiteral("chain_intact"), v->intact},
                          {QStringLiteral("events"), double(v->events)},
                          {QStringLiteral("devices"), double(v->devices)},
                          {QStringLiteral("signatures_checked"), double(v->signaturesChecked)},
                          {QStringLiteral("all_signatures"), options.allSignatures},
                          {QStringLiteral("unsigned_events"), double(v->unsignedEvents)},
                          {QStringLiteral("legacy_events"), double(v->legacyEvents)},
                          {QStringLiteral("payloads_absent"), double(v->payloadsAbsent)},
                          {QStringLiteral("problems"), problems}};
            if (!v->intact) {
                o.insert(QStringLiteral("first_bad_seq"), double(v->badSeq));
                o.insert(QStringLiteral("first_bad_id"),
                         v->badId.isEmpty() ? QJsonValue() : QJsonValue(v->badId));
                o.insert(QStringLiteral("reason"), v->reason);
            } else {
                QJsonArray rows;
                for (const store::StateDifference &d : std::as_const(differences)) {
                    rows.append(QJsonObject{{QStringLiteral("table"), d.table},
                                            {QStringLiteral("row"), d.row},
                                            {QStringLiteral("side"),
                                             d.inFile ? QStringLiteral("file")
                                                      : QStringLiteral("replay")}});
                }
                o.insert(QStringLiteral("authorized"), authorized);
                o.insert(QStringLiteral("refused"), refusedRows);
                o.insert(QStringLiteral("state_matches_replay"), stateMatches);
                o.insert(QStringLiteral("state_differences"), rows);
                if (!authorized)
                    o.insert(QStringLiteral("reason"), refused.first().reason);
                else if (!stateMatches)
                    o.insert(QStringLiteral("reason"),
                             QStringLiteral("state tables differ from a replay of the log"));
            }
            printJson(io, QJsonDocument(o));
        } else if (!v->intact) {
            io.err << Tr::tr("%1: the log was tampered with: %2").arg(store->path(), v->reason)
                   << (v->badId.isEmpty() ? QString() : Tr::tr(" [event id %1]").arg(v->badId))
                   << Qt::endl;
            for (const store::ChainProblem &p : std::as_const(v->problems).sliced(1))
                io.err << "  " << Tr::tr("device %1: %2").arg(p.device.left(8), p.reason)
                       << Qt::endl;
        } else if (!authorized) {
            io.err << Tr::tr("%1: the chains are intact, but these events were made without the"
                             " right or the key to them:")
                              .arg(store->path())
                   << Qt::endl;
            for (const store::ChainProblem &p : std::as_const(refused))
                io.err << "  " << p.reason << Tr::tr(" [event id %1]").arg(p.eventId) << Qt::endl;
        } else if (!stateMatches) {
            io.err << Tr::tr("%1: the log is intact (%2 events), but the state tables were changed outside it:")
                              .arg(store->path())
                              .arg(v->events)
                   << Qt::endl;
            for (const store::StateDifference &d : std::as_const(differences)) {
                io.err << "  "
                       << (d.inFile ? Tr::tr("%1: in the file, not in the log: %2")
                                    : Tr::tr("%1: in the log, not in the file: %2"))
                                  .arg(d.table, d.row)
                       << Qt::endl;
            }
        } else {
            io.out << Tr::tr("%1: the log is intact and the state is its replay (events: %2,"
                             " devices: %3, signatures checked: %4, unsigned from before schema 6:"
                             " %5, unsigned by people without a key: %6)")
                              .arg(store->path())
                              .arg(v->events)
                              .arg(v->devices)
                              .arg(v->signaturesChecked)
                              .arg(v->legacyEvents)
                              .arg(v->unsignedEvents)
                   << Qt::endl;
        }
        if (v->payloadsAbsent > 0 && !parser.isSet(QStringLiteral("json"))) {
            io.out << Tr::tr("%1: %n event(s) are held here without their payload (meant for"
                             " other readers): their chains, hashes, signatures and authors' roles"
                             " were checked, their contents could not be",
                             nullptr, int(v->payloadsAbsent))
                              .arg(store->path())
                   << Qt::endl;
        }
        return intact ? ExitOk : ExitFailure;
    }
    if (verb == QLatin1String("rebuild")) {
        // A replay of a log that does not verify would make its forgery the state; and only an
        // admin may replace the state by hand (an upgrade that rebuilds does so on opening).
        if (!store->actor().hasRole(Role::Admin)) {
            printError(io, makeError(ErrorCode::Permission,
                                     Tr::tr("%1 may not rebuild the state (admins only)")
                                             .arg(store->actor().name),
                                     store->path()));
            return ExitFailure;
        }
        auto check = store->checkLog({}, 1);
        if (!check) {
            printError(io, check.error());
            return ExitFailure;
        }
        if (!check->chains.intact || !check->refused.isEmpty()) {
            printError(io, makeError(ErrorCode::Conflict,
                                     Tr::tr("the log does not verify (%1); nothing was rebuilt")
                                             .arg(check->reason()),
                                     store->path()));
            return ExitFailure;
        }
        if (Status st = store->rebuildState(); !st) {
            printError(io, st.error());
            return ExitFailure;
        }
        io.out << Tr::tr("%1: current state rebuilt from the log").arg(store->path()) << Qt::endl;
        return ExitOk;
    }
    // show
    auto people = store->people().people();
    QHash<QString, QString> names;
    if (people) {
        for (const Person &p : *people)
            names.insert(p.id, p.name);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    auto events = store->events(parser.value(from).toLongLong(), parser.value(limit).toInt());
    if (!events) {
        printError(io, events.error());
        return ExitFailure;
    }
    for (const store::Event &e : *events) {
        if (json) {
            QJsonObject o{{QStringLiteral("seq"), double(e.seq)},
                          {QStringLiteral("id"), e.id},
                          {QStringLiteral("time"), e.time},
                          {QStringLiteral("person"), names.value(e.personId, e.personId)},
                          {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("hash"), e.hash},
                          {QStringLiteral("prev_hash"), e.prevHash}};
            o.insert(QStringLiteral("audience"), e.audience);
            if (parser.isSet(payload)) {
                auto p = e.withheld ? Result<QJsonObject>(QJsonObject()) : e.payload();
                o.insert(QStringLiteral("payload"),
                         p && !e.withheld ? QJsonValue(*p) : QJsonValue());
                if (e.withheld)
                    o.insert(QStringLiteral("withheld"), true);
            }
            array.append(o);
        } else {
            io.out << QStringLiteral("#%1  %2  %3  %4  %5")
                              .arg(e.seq)
                              .arg(e.time, names.value(e.personId, e.personId).leftJustified(12),
                                   e.kind.leftJustified(24), e.hash.left(12))
                   << Qt::endl;
            if (parser.isSet(payload) && e.withheld) {
                io.out << QStringLiteral("    ") << Tr::tr("(payload for %1 only)").arg(e.audience)
                       << Qt::endl;
            } else if (parser.isSet(payload)) {
                auto p = e.payload();
                if (p)
                    io.out << QStringLiteral("    ")
                           << QString::fromUtf8(core::json::compactJson(*p)).left(2000) << Qt::endl;
            }
        }
    }
    if (json)
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("events"), array}}));
    return ExitOk;
}

static QJsonObject envelopeJson(const store::Event &e, const QHash<QString, QString> &names)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("person"), names.value(e.personId, e.personId)},
                       {QStringLiteral("device"), e.device},
                       {QStringLiteral("device_seq"), double(e.deviceSeq)},
                       {QStringLiteral("lamport"), double(e.lamport)},
                       {QStringLiteral("time"), e.time}};
}

int runConflicts(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOptions({jsonOption(), asOption()});
    if (!parse(parser, QStringLiteral("conflicts"), args, io))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        printUsage(io, QStringLiteral("assay conflicts PROJECT [--as PERSON] [--json]"));
        return ExitUsage;
    }
    auto store = openProject(parser.positionalArguments().first(), io,
                             parser.value(QStringLiteral("as")), Access::Reads);
    if (!store)
        return ExitFailure;
    auto conflicts = store->conflicts();
    auto quarantined = store->quarantined();
    if (!conflicts || !quarantined) {
        printError(io, !conflicts ? conflicts.error() : quarantined.error());
        return ExitFailure;
    }
    QHash<QString, QString> names;
    if (auto people = store->people().people()) {
        for (const Person &p : std::as_const(*people))
            names.insert(p.id, p.name);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const store::Conflict &c : std::as_const(*conflicts)) {
            list.append(QJsonObject{{QStringLiteral("subject"), c.subject},
                                    {QStringLiteral("rule"), c.rule},
                                    {QStringLiteral("detail"), c.detail},
                                    {QStringLiteral("event"), envelopeJson(c.event, names)},
                                    {QStringLiteral("other"), envelopeJson(c.other, names)}});
        }
        QJsonArray refused;
        for (const store::Quarantined &q : std::as_const(*quarantined)) {
            QJsonObject o = envelopeJson(q.event, names);
            o.insert(QStringLiteral("reason"), q.reason);
            refused.append(o);
        }
        printJson(io, QJsonDocument(QJsonObject{{QStringLiteral("conflicts"), list},
                                                {QStringLiteral("quarantined"), refused}}));
        return ExitOk;
    }
    const auto side = [&](const store::Event &e) {
        return Tr::tr("%1 by %2 (device %3, event %4)")
                .arg(e.kind, names.value(e.personId, e.personId), e.device.left(8))
                .arg(e.deviceSeq);
    };
    for (const store::Conflict &c : std::as_const(*conflicts)) {
        io.out << c.subject << "  " << c.rule << "  " << c.detail << Qt::endl;
        io.out << "    " << side(c.event) << Qt::endl;
        io.out << "    " << Tr::tr("met %1").arg(side(c.other)) << Qt::endl;
    }
    for (const store::Quarantined &q : std::as_const(*quarantined)) {
        io.out << Tr::tr("quarantined: %1").arg(side(q.event)) << Qt::endl;
        io.out << "    " << q.reason << Qt::endl;
    }
    if (conflicts->isEmpty() && quarantined->isEmpty())
        io.out << Tr::tr("%1: no conflicts").arg(store->path()) << Qt::endl;
    return ExitOk;
}

} // namespace assay::app::cli
