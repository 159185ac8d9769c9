// SPDX-License-Identifier: Apache-2.0
// ProjectStore: opening, upgrading and creating projects; every change as one logged event.
#include "core/store/projectstore.h"

#include "core/store/database.h"
#include "core/store/importchunks_p.h"
#include "core/store/schema.h"
#include "core/store/storequeries_p.h"
#include "core/store/stateapplier.h"
#include "core/store/walflusher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <thread>

namespace assay::core::store {

// "ASSY": marks the SQLite file as an Assay project (PRAGMA application_id).
static constexpr int s_applicationId = 0x41535359;

static QJsonArray rolesJson(const QList<Role> &roles)
{
    QJsonArray array;
    for (Role role : roles)
        array.append(roleName(role));
    return array;
}

static QJsonObject classJson(const TaxonomyClass &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("colour"), c.colour}};
    if (!c.hotkey.isEmpty())
        o.insert(QStringLiteral("hotkey"), c.hotkey);
    if (!c.description.isEmpty())
        o.insert(QStringLiteral("description"), c.description);
    if (!c.parentId.isEmpty())
        o.insert(QStringLiteral("parent_id"), c.parentId);
    return o;
}

static QJsonObject boxJson(const Box &b)
{
    QJsonObject o{{QStringLiteral("id"), b.id},
                  {QStringLiteral("x"), b.x},
                  {QStringLiteral("y"), b.y},
                  {QStringLiteral("w"), b.w},
                  {QStringLiteral("h"), b.h}};
    if (!b.classId.isEmpty())
        o.insert(QStringLiteral("class_id"), b.classId);
    if (!b.attributes.isEmpty())
        o.insert(QStringLiteral("attributes"), b.attributes);
    return o;
}

static QJsonObject parseJsonObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

// Distinct, readable default colours for new classes (Okabe–Ito, colour-blind safe first).
static const char *const s_palette[] = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2",
                                        "#d55e00", "#cc79a7", "#999999", "#882255", "#44aa99"};

ProjectStore::ProjectStore(std::unique_ptr<Database> db, const QString &path)
    : m_db(std::move(db)), m_path(path)
{}

ProjectStore::~ProjectStore()
{
    m_flusher.reset(); // its last checkpoint runs before the connection closes
}

static Status configureConnection(Database *db)
{
    // WAL: readers never block the writer, and a commit is one append. With synchronous
    // NORMAL a commit is in the WAL when it returns, so it survives the program being killed;
    // the WalFlusher fsyncs shortly after. Durability "full" fsyncs every commit instead.
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
    // Checkpoints run on the flusher's connection; this is only a safety net (~40 MB).
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000")));
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    // Up to 256 MiB of page cache, taken only as needed: a bulk import of a million boxes
    // then works in memory instead of spilling pages to the WAL and reading them back.
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA cache_size = -262144")));
    return db->exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

Status ProjectStore::applyDurability()
{
    auto s = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'durability'"));
    if (!s)
        return s.error();
    m_info.durability = s->step() ? s->text(0) : QStringLiteral("normal");
    if (m_info.durability == QLatin1String("full"))
        return m_db->exec(QStringLiteral("PRAGMA synchronous = FULL"));
    m_flusher = std::make_unique<WalFlusher>(m_path, 100);
    return {};
}

Status ProjectStore::setDurability(const QString &mode)
{
    if (mode != QLatin1String("full") && mode != QLatin1String("normal"))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "durability is \"full\" or \"normal\""), m_path);
    if (!isAllowed(m_actor, Action::ManagePeople))
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 may not change project settings").arg(m_actor.name), m_path);
    // A setting of this workstation's file, not a decision: it is not an event.
    auto s = m_db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('durability', ?1)"
                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!s)
        return s.error();
    s->bind(1, mode);
    ASSAY_TRY(s->exec());
    m_flusher.reset();
    if (mode == QLatin1String("full"))
        ASSAY_TRY(m_db->exec(QStringLiteral("PRAGMA synchronous = FULL")));
    else
        ASSAY_TRY(m_db->exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
    return applyDurability();
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path,
                                                           const CreateOptions &options)
{
    const QFileInfo fi(path);
    if (fi.exists())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("assay", "a file of that name already exists"), path);
    if (!fi.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "the folder does not exist"), path);

    auto db = Database::open(fi.absoluteFilePath(), Database::OpenMode::Create);
    if (!db)
        return db.error();
    Database *raw = db->get();
    Status st = raw->exec(QStringLiteral("PRAGMA application_id = %1").arg(s_applicationId));
    if (st)
        st = configureConnection(raw);
    if (st)
        st = schema::migrate(raw, 0);
    if (!st) {
        db->reset();
        QFile::remove(fi.absoluteFilePath());
        return st.error();
    }

    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(*db), fi.absoluteFilePath()));
    const QString ownerName = options.ownerName.isEmpty() ? QStringLiteral("admin")
                                                          : options.ownerName;
    store->m_actor.id = newId();
    store->m_actor.name = ownerName;
    store->m_actor.displayName = ownerName;
    store->m_actor.roles = {Role::Admin};

    QString mediaRoot = options.mediaRoot.isEmpty() ? QStringLiteral(".") : options.mediaRoot;
    if (QFileInfo(mediaRoot).isAbsolute()) {
        const QString rel = fi.absoluteDir().relativeFilePath(mediaRoot);
        if (!rel.startsWith(QLatin1String("..")))
            mediaRoot = rel.isEmpty() ? QStringLiteral(".") : rel;
    }
    const QString name = options.name.isEmpty() ? fi.completeBaseName() : options.name;

    Transaction tx(raw);
    st = tx.begin();
    auto recordBootstrap = [&](const EventDraft &draft) -> Status {
        auto e = store->recordUnchecked(draft);
        if (!e)
            return e.error();
        return {};
    };
    // The owner records the project's first two events: its creation and their own entry.
    if (st)
        st = recordBootstrap({QStringLiteral("project.created"),
                              {{QStringLiteral("project_id"), newId()},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("media_root"), mediaRoot}}});
    if (st)
        st = recordBootstrap({QStringLiteral("person.added"),
                              {{QStringLiteral("id"), store->m_actor.id},
                               {QStringLiteral("name"), ownerName},
                               {QStringLiteral("display_name"), ownerName},
                               {QStringLiteral("roles"), rolesJson(store->m_actor.roles)}}});
    if (st)
        st = tx.commit();
    if (st)
        st = store->loadInfo();
    if (st)
        st = store->applyDurability();
    if (st && !options.durability.isEmpty() && options.durability != QLatin1String("normal"))
        st = store->setDurability(options.durability);
    if (!st) {
        store.reset();
        QFile::remove(fi.absoluteFilePath());
        QFile::remove(fi.absoluteFilePath() + QStringLiteral("-wal"));
        QFile::remove(fi.absoluteFilePath() + QStringLiteral("-shm"));
        return st.error();
    }
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no such file"), path);
    if (fi.isDir())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "is a folder, not a project file"), path);
    const QString absolute = fi.absoluteFilePath();

    // Look before touching: a read-only connection checks the kind and version, so a file
    // that is not ours, or is newer than this build, is left exactly as it was.
    int version = 0;
    {
        auto ro = Database::open(absolute, Database::OpenMode::ReadOnly);
        if (!ro)
            return ro.error();
        auto appId = (*ro)->queryInt(QStringLiteral("PRAGMA application_id"));
        if (!appId) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("assay", "not an Assay project (%1)").arg(appId.error().message), path);
        }
        if (*appId != s_applicationId) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("assay", "not an Assay project (an SQLite file of another program)"), path);
        }
        auto userVersion = (*ro)->queryInt(QStringLiteral("PRAGMA user_version"));
        if (!userVersion)
            return makeError(ErrorCode::InvalidInput, userVersion.error().message, path);
        version = int(*userVersion);
    }
    if (version > schema::currentVersion()) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("assay", "written by a newer Assay (schema %1; this version reads up to %2)."
                            " The file was not changed.")
                             .arg(version)
                             .arg(schema::currentVersion()),
                         path);
    }
    if (version < 1)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "not an Assay project (no schema)"), path);

    if (!QFileInfo(fi.absolutePath()).isWritable() || !fi.isWritable())
        return makeError(ErrorCode::Io, QCoreApplication::translate("assay", "the project file or its folder is read-only"), path);

    if (version < schema::currentVersion()) {
        // Keep the file as the older build wrote it, in case someone needs to go back.
        const QString backup = absolute + QStringLiteral(".schema%1.bak").arg(version);
        if (!QFileInfo::exists(backup) && !QFile::copy(absolute, backup))
            return makeError(ErrorCode::Io, QCoreApplication::translate("assay", "cannot write the backup %1").arg(backup), path);
    }

    auto db = Database::open(absolute, Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    ASSAY_TRY(configureConnection(db->get()));
    if (version < schema::currentVersion())
        ASSAY_TRY(schema::migrate(db->get(), version));

    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(*db), absolute));
    ASSAY_TRY(store->loadInfo());
    ASSAY_TRY(store->applyDurability());
    if (version < schema::currentVersion())
        store->m_info.upgradedFrom = version;
    if (schema::upgradeRebuildsState(version))
        ASSAY_TRY(store->rebuildState());
    return store;
}

Status ProjectStore::loadInfo()
{
    auto s = m_db->prepare(QStringLiteral("SELECT key, value FROM meta"));
    if (!s)
        return s.error();
    QString owner;
    QString mediaRoot;
    while (s->step()) {
        const QString key = s->text(0);
        const QString value = s->text(1);
        if (key == QLatin1String("project_id"))
            m_info.projectId = value;
        else if (key == QLatin1String("name"))
            m_info.name = value;
        else if (key == QLatin1String("media_root"))
            mediaRoot = value;
        else if (key == QLatin1String("created_at"))
            m_info.createdAt = value;
        else if (key == QLatin1String("owner"))
            owner = value;
    }
    if (m_info.projectId.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "not an Assay project (no project record)"),
                         m_path);
    const QDir projectDir = QFileInfo(m_path).absoluteDir();
    m_info.mediaRoot = QDir::cleanPath(projectDir.absoluteFilePath(mediaRoot));
    m_info.schemaVersion = schema::currentVersion();
    if (m_actor.id.isEmpty() && !owner.isEmpty()) {
        auto p = person(owner);
        if (p)
            m_actor = *p;
    }
    return {};
}

QString ProjectStore::absoluteMediaPath(const Item &item) const
{
    return QDir(m_info.mediaRoot).absoluteFilePath(item.path);
}

QString ProjectStore::storedMediaPath(const QString &absolutePath) const
{
    const QString rel = QDir(m_info.mediaRoot).relativeFilePath(absolutePath);
    if (rel.startsWith(QLatin1String("../")) || rel == QLatin1String("..")
        || QFileInfo(rel).isAbsolute())
        return QDir::cleanPath(absolutePath);
    return rel;
}

Result<ProjectCounts> ProjectStore::counts() const
{
    ProjectCounts c;
    auto s = m_db->prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM items WHERE kind = 'image'),"
        " (SELECT COUNT(*) FROM items WHERE kind = 'text'),"
        " (SELECT COUNT(*) FROM items WHERE kind = 'audio'),"
        " (SELECT COUNT(*) FROM classes WHERE valid_to IS NULL),"
        " (SELECT COUNT(*) FROM people), (SELECT COUNT(*) FROM batches),"
        " (SELECT COUNT(*) FROM tasks),"
        " (SELECT COUNT(*) FROM annotations) + (SELECT COALESCE(SUM(annotations), 0) FROM import_chunks),"
        " (SELECT COUNT(*) FROM boxes) + (SELECT COALESCE(SUM(boxes), 0) FROM import_chunks),"
        " (SELECT COALESCE(MAX(seq), 0) FROM events),"
        " (SELECT COALESCE(MAX(version), 0) FROM taxonomy_versions),"
        " (SELECT COALESCE(MAX(version), 0) FROM guidelines)"));
    if (!s)
        return s.error();
    if (!s->step())
        return s->error() ? *s->error() : m_db->lastError();
    c.images = s->int64(0);
    c.texts = s->int64(1);
    c.audio = s->int64(2);
    c.classes = s->int64(3);
    c.people = s->int64(4);
    c.batches = s->int64(5);
    c.tasks = s->int64(6);
    c.annotations = s->int64(7);
    c.boxes = s->int64(8);
    c.events = s->int64(9);
    c.taxonomyVersion = s->int32(10);
    c.guidelineVersion = s->int32(11);
    return c;
}

// ---- recording -------------------------------------------------------------------------

Result<Event> ProjectStore::recordUnchecked(const EventDraft &draft)
{
    // A bulk payload (an import of a million boxes) is compressed and hashed on a second thread
    // while its state handler runs: neither needs the other's result.
    constexpr qsizetype parallelAbove = 4 << 20;
    Result<Event> event = makeError(ErrorCode::Generic, QString());
    Status st;
    if (draft.json.size() > parallelAbove) {
        event = EventLog::begin(m_db.get(), m_actor.id, draft.kind);
        if (!event)
            return event.error();
        Event sealed = *event;
        {
            std::jthread encoder([&sealed, &draft] { EventLog::seal(&sealed, draft); });
            st = state::applyJson(m_db.get(), *event, draft.json);
        }
        if (st) {
            *event = std::move(sealed);
            st = EventLog::insert(m_db.get(), *event);
            if (!st)
                return st.error();
        }
    } else {
        event = EventLog::append(m_db.get(), m_actor.id, draft);
        if (!event)
            return event.error();
        st = draft.json.isEmpty() ? state::apply(m_db.get(), *event, draft.payload)
                                  : state::applyJson(m_db.get(), *event, draft.json);
    }
    if (!st) {
        return makeError(st.error().code,
                         QCoreApplication::translate("assay", "%1 could not be applied: %2").arg(draft.kind, st.error().message),
                         m_path);
    }
    return event;
}

Result<Event> ProjectStore::record(Action action, const EventDraft &draft)
{
    if (m_actor.id.isEmpty())
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "no person is acting on this project"), m_path);
    if (!isAllowed(m_actor, action)) {
        return makeError(ErrorCode::Permission,
                         QCoreApplication::translate("assay", "%1 may not %2").arg(m_actor.name, actionName(action)), m_path);
    }
    Transaction tx(m_db.get());
    ASSAY_TRY(tx.begin());
    auto event = recordUnchecked(draft);
    if (!event)
        return event.error();
    ASSAY_TRY(tx.commit());
    if (m_flusher)
        m_flusher->notifyCommit();
    return event;
}

// ---- people ----------------------------------------------------------------------------

Status ProjectStore::setActor(const QString &nameOrId)
{
    auto p = person(nameOrId);
    if (!p)
        return p.error();
    if (!p->active)
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 is no longer active").arg(p->name), m_path);
    m_actor = *p;
    return {};
}

static bool isValidPersonName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[\\w.@-]{1,64}$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(name).hasMatch();
}

Result<Person> ProjectStore::addPerson(const QString &name, const QString &displayName,
                                       const QList<Role> &roles)
{
    if (!isValidPersonName(name)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("assay", "\"%1\" is not a valid name (letters, digits, . _ @ -; at most 64)")
                             .arg(name));
    }
    if (person(name))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("assay", "%1 is already in the project").arg(name));
    Person p;
    p.id = newId();
    p.name = name;
    p.displayName = displayName.isEmpty() ? name : displayName;
    p.roles = roles;
    auto e = record(Action::ManagePeople,
                    {QStringLiteral("person.added"),
                     {{QStringLiteral("id"), p.id},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("display_name"), p.displayName},
                      {QStringLiteral("roles"), rolesJson(roles)}}});
    if (!e)
        return e.error();
    return p;
}

Status ProjectStore::setRoles(const Id &personId, const QList<Role> &roles)
{
    auto p = person(personId);
    if (!p)
        return p.error();
    auto e = record(Action::ManagePeople, {QStringLiteral("person.roles_set"),
                                           {{QStringLiteral("id"), p->id},
                                            {QStringLiteral("roles"), rolesJson(roles)}}});
    if (!e)
        return e.error();
    if (m_actor.id == p->id)
        m_actor.roles = roles;
    return {};
}

static Result<QList<Person>> queryPeople(Database *db, const QString &where, const QString &arg)
{
    auto s = db->prepare(QStringLiteral(
        "SELECT p.id, p.name, p.display_name, p.active, GROUP_CONCAT(r.role) FROM people p"
        " LEFT JOIN person_roles r ON r.person_id = p.id %1 GROUP BY p.id ORDER BY p.name")
                             .arg(where));
    if (!s)
        return s.error();
    if (!arg.isEmpty())
        s->bind(1, arg);
    QList<Person> people;
    while (s->step()) {
        Person p;
        p.id = s->text(0);
        p.name = s->text(1);
        p.displayName = s->text(2);
        p.active = s->int64(3) != 0;
        for (const QString &r : s->text(4).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Role role;
            if (parseRole(r, &role))
                p.roles.append(role);
        }
        std::sort(p.roles.begin(), p.roles.end());
        people.append(p);
    }
    if (s->error())
        return *s->error();
    return people;
}

Result<QList<Person>> ProjectStore::people() const
{
    return queryPeople(m_db.get(), {}, {});
}

Result<Person> ProjectStore::person(const QString &nameOrId) const
{
    auto found = queryPeople(m_db.get(), QStringLiteral("WHERE p.name = ?1 OR p.id = ?1"), nameOrId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no person named \"%1\" in the project").arg(nameOrId),
                         m_path);
    return found->first();
}

// ---- taxonomy --------------------------------------------------------------------------

Result<Taxonomy> ProjectStore::taxonomy(int version) const
{
    Taxonomy t;
    auto current = m_db->queryInt(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM taxonomy_versions"));
    if (!current)
        return current.error();
    t.version = version > 0 ? version : int(*current);
    if (t.version > *current)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "there is no taxonomy version %1").arg(version), m_path);
    if (t.version == 0)
        return t;
    auto ml = m_db->prepare(QStringLiteral("SELECT multi_label FROM taxonomy_versions WHERE version = ?1"));
    if (!ml)
        return ml.error();
    ml->bind(1, t.version);
    if (ml->step())
        t.multiLabel = ml->int64(0) != 0;
    auto s = m_db->prepare(QStringLiteral(
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
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "a class needs a name without surrounding spaces"), path);
    for (const auto &other : t.classes) {
        if (other.id == c.id)
            continue;
        if (other.name == c.name)
            return makeError(ErrorCode::Conflict, QCoreApplication::translate("assay", "a class named \"%1\" already exists").arg(c.name), path);
        if (!c.hotkey.isEmpty() && other.hotkey == c.hotkey)
            return makeError(ErrorCode::Conflict, QCoreApplication::translate("assay", "hotkey %1 is already used by \"%2\"").arg(c.hotkey, other.name), path);
    }
    if (!c.colour.isEmpty() && !QRegularExpression(QStringLiteral("^#[0-9a-fA-F]{6}$")).match(c.colour).hasMatch())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "colour \"%1\" is not of the form #rrggbb").arg(c.colour), path);
    if (c.hotkey.size() > 1)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "a hotkey is one key, not \"%1\"").arg(c.hotkey), path);
    if (!c.parentId.isEmpty()) {
        if (c.parentId == c.id || !t.findById(c.parentId))
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "the parent class does not exist"), path);
    }
    return {};
}

Result<TaxonomyClass> ProjectStore::addClass(const TaxonomyClass &cls)
{
    auto t = taxonomy();
    if (!t)
        return t.error();
    TaxonomyClass c = cls;
    c.id = newId();
    c.name = c.name.trimmed();
    if (c.colour.isEmpty())
        c.colour = QLatin1String(s_palette[t->classes.size() % std::size(s_palette)]);
    if (c.hotkey.isEmpty()) {
        // Hotkeys 1-9 by default, the first one free.
        for (char k = '1'; k <= '9' && c.hotkey.isEmpty(); ++k) {
            const QString key(QLatin1Char{k});
            if (std::none_of(t->classes.begin(), t->classes.end(),
                             [&](const TaxonomyClass &o) { return o.hotkey == key; }))
                c.hotkey = key;
        }
    }
    ASSAY_TRY(validateClass(*t, c, m_path));
    auto e = record(Action::EditTaxonomy, {QStringLiteral("taxonomy.changed"),
                                           {{QStringLiteral("version"), t->version + 1},
                                            {QStringLiteral("change"), QStringLiteral("add")},
                                            {QStringLiteral("class"), classJson(c)}}});
    if (!e)
        return e.error();
    return c;
}

Status ProjectStore::updateClass(const TaxonomyClass &cls)
{
    auto t = taxonomy();
    if (!t)
        return t.error();
    const TaxonomyClass *old = t->findById(cls.id);
    if (!old)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no such class in the current taxonomy"), m_path);
    TaxonomyClass c = cls;
    if (c.colour.isEmpty())
        c.colour = old->colour;
    ASSAY_TRY(validateClass(*t, c, m_path));
    QJsonObject payload{{QStringLiteral("version"), t->version + 1},
                        {QStringLiteral("change"), QStringLiteral("update")},
                        {QStringLiteral("class"), classJson(c)}};
    if (old->name != c.name)
        payload.insert(QStringLiteral("renamed_from"), old->name);
    auto e = record(Action::EditTaxonomy, {QStringLiteral("taxonomy.changed"), payload});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::removeClass(const Id &classId)
{
    auto t = taxonomy();
    if (!t)
        return t.error();
    if (!t->findById(classId))
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no such class in the current taxonomy"), m_path);
    for (const auto &c : t->classes) {
        if (c.parentId == classId)
            return makeError(ErrorCode::Conflict, QCoreApplication::translate("assay", "\"%1\" has sub-classes; remove or move them first").arg(t->findById(classId)->name), m_path);
    }
    auto e = record(Action::EditTaxonomy, {QStringLiteral("taxonomy.changed"),
                                           {{QStringLiteral("version"), t->version + 1},
                                            {QStringLiteral("change"), QStringLiteral("remove")},
                                            {QStringLiteral("class_id"), classId}}});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::mergeClasses(const QList<Id> &from, const Id &into)
{
    auto t = taxonomy();
    if (!t)
        return t.error();
    if (!t->findById(into))
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "the class to merge into does not exist"), m_path);
    QJsonArray fromJson;
    for (const Id &id : from) {
        if (id == into || !t->findById(id))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "a class to merge does not exist or is the target"), m_path);
        fromJson.append(id);
    }
    auto e = record(Action::EditTaxonomy, {QStringLiteral("taxonomy.changed"),
                                           {{QStringLiteral("version"), t->version + 1},
                                            {QStringLiteral("change"), QStringLiteral("merge")},
                                            {QStringLiteral("from"), fromJson},
                                            {QStringLiteral("into"), into}}});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::setMultiLabel(bool multiLabel)
{
    auto t = taxonomy();
    if (!t)
        return t.error();
    auto e = record(Action::EditTaxonomy, {QStringLiteral("taxonomy.changed"),
                                           {{QStringLiteral("version"), t->version + 1},
                                            {QStringLiteral("change"), QStringLiteral("multi_label")},
                                            {QStringLiteral("multi_label"), multiLabel}}});
    if (!e)
        return e.error();
    return {};
}

// ---- guidelines ------------------------------------------------------------------------

int ProjectStore::guidelineVersion() const
{
    auto v = m_db->queryInt(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM guidelines"));
    return v ? int(*v) : 0;
}

Result<int> ProjectStore::addGuidelineVersion(const QString &title, const QString &markdown)
{
    const int version = guidelineVersion() + 1;
    auto e = record(Action::EditGuidelines, {QStringLiteral("guideline.added"),
                                             {{QStringLiteral("version"), version},
                                              {QStringLiteral("title"), title},
                                              {QStringLiteral("body"), markdown}}});
    if (!e)
        return e.error();
    return version;
}

// ---- items -----------------------------------------------------------------------------

static QJsonValue intOrNull(qint64 v, bool present)
{
    return present ? QJsonValue(double(v)) : QJsonValue(QJsonValue::Null);
}

Result<int> ProjectStore::addItems(const QList<Item> &items, const QJsonObject &summary)
{
    if (items.isEmpty())
        return 0;
    QJsonArray rows;
    for (const Item &it : items) {
        const bool image = it.kind == ItemKind::Image;
        const bool audio = it.kind == ItemKind::Audio;
        rows.append(QJsonArray{it.id.isEmpty() ? newId() : it.id, itemKindName(it.kind), it.sha256,
                               it.path, double(it.byteSize), intOrNull(it.width, image),
                               intOrNull(it.height, image), intOrNull(it.durationMs, audio),
                               intOrNull(it.sampleRate, audio), intOrNull(it.channels, audio),
                               intOrNull(it.characters, it.kind == ItemKind::Text),
                               it.perceptualHash,
                               it.text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.text),
                               it.metadata});
    }
    QJsonObject payload = summary;
    payload.insert(QStringLiteral("count"), int(items.size()));
    payload.insert(QStringLiteral("columns"), QJsonArray::fromStringList(state::itemColumns()));
    payload.insert(QStringLiteral("rows"), rows);
    auto e = record(Action::AddItems, {QStringLiteral("items.added"), payload});
    if (!e)
        return e.error();
    return int(items.size());
}

Result<QSet<QString>> ProjectStore::knownSha256(const QStringList &sha256) const
{
    auto ids = itemIdsBySha256(sha256);
    if (!ids)
        return ids.error();
    return QSet<QString>(ids->keyBegin(), ids->keyEnd());
}

static const char s_itemSelect[] =
    "SELECT seq, id, kind, sha256, path, byte_size, width, height, duration_ms, sample_rate,"
    " channels, characters, text, metadata, phash FROM items";

static Item readItem(const Statement &s)
{
    Item it;
    it.seq = s.int64(0);
    it.id = s.text(1);
    parseItemKind(s.text(2), &it.kind);
    it.sha256 = s.text(3);
    it.path = s.text(4);
    it.byteSize = s.int64(5);
    it.width = s.int32(6);
    it.height = s.int32(7);
    it.durationMs = s.int64(8);
    it.sampleRate = s.int32(9);
    it.channels = s.int32(10);
    it.characters = s.int64(11);
    if (!s.isNull(12))
        it.text = s.text(12);
    it.metadata = parseJsonObject(s.text(13));
    it.perceptualHash = s.text(14);
    return it;
}

Result<QList<Item>> ProjectStore::items(qint64 afterSeq, int limit) const
{
    auto s = m_db->prepare(QString::fromLatin1(s_itemSelect)
                           + QStringLiteral(" WHERE seq > ?1 ORDER BY seq LIMIT ?2"));
    if (!s)
        return s.error();
    s->bind(1, afterSeq).bind(2, limit);
    QList<Item> items;
    items.reserve(limit);
    while (s->step())
        items.append(readItem(*s));
    if (s->error())
        return *s->error();
    return items;
}

Result<Item> ProjectStore::item(const Id &id) const
{
    auto s = m_db->prepare(QString::fromLatin1(s_itemSelect) + QStringLiteral(" WHERE id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, id);
    if (!s->step())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no item %1").arg(id), m_path);
    return readItem(*s);
}

Result<qint64> ProjectStore::itemCount() const
{
    return m_db->queryInt(QStringLiteral("SELECT COUNT(*) FROM items"));
}

// ---- batches and tasks -----------------------------------------------------------------

Result<Batch> ProjectStore::createBatch(const Batch &batch)
{
    Batch b = batch;
    b.id = newId();
    if (b.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "a batch needs a name"), m_path);
    if (b.overlap < 1)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "overlap must be at least 1"), m_path);
    if (b.goldRate < 0 || b.goldRate >= 1)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "the gold rate must be in [0, 1)"), m_path);
    auto e = record(Action::ManageBatches, {QStringLiteral("batch.created"),
                                            {{QStringLiteral("id"), b.id},
                                             {QStringLiteral("name"), b.name},
                                             {QStringLiteral("overlap"), b.overlap},
                                             {QStringLiteral("gold_rate"), b.goldRate},
                                             {QStringLiteral("criteria"), b.criteria}}});
    if (!e)
        return e.error();
    b.state = BatchState::Open;
    b.createdAt = QDateTime::fromString(e->time, Qt::ISODateWithMs);
    return b;
}

Result<QList<Batch>> ProjectStore::batches() const
{
    auto s = m_db->prepare(QStringLiteral(
        "SELECT id, name, state, overlap, gold_rate, criteria, time FROM batches ORDER BY time, name"));
    if (!s)
        return s.error();
    QList<Batch> result;
    while (s->step()) {
        Batch b;
        b.id = s->text(0);
        b.name = s->text(1);
        parseBatchState(s->text(2), &b.state);
        b.overlap = s->int32(3);
        b.goldRate = s->real(4);
        b.criteria = parseJsonObject(s->text(5));
        b.createdAt = QDateTime::fromString(s->text(6), Qt::ISODateWithMs);
        result.append(b);
    }
    if (s->error())
        return *s->error();
    return result;
}

Result<QList<Task>> ProjectStore::assignTasks(const Id &batchId, const QList<Task> &tasks)
{
    QList<Task> out = tasks;
    QJsonArray rows;
    for (Task &t : out) {
        t.id = newId();
        t.batchId = batchId;
        t.state = TaskState::Pending;
        rows.append(QJsonArray{t.id, t.itemId, t.personId, taskKindName(t.kind), t.position});
    }
    auto e = record(Action::ManageBatches, {QStringLiteral("tasks.assigned"),
                                            {{QStringLiteral("batch_id"), batchId},
                                             {QStringLiteral("tasks"), rows}}});
    if (!e)
        return e.error();
    return out;
}

Result<QList<Task>> ProjectStore::queue(const Id &personId, const Id &batchId) const
{
    auto s = m_db->prepare(QStringLiteral(
        "SELECT id, batch_id, item_id, person_id, kind, state, position FROM tasks"
        " WHERE person_id = ?1 AND (?2 = '' OR batch_id = ?2) ORDER BY batch_id, position"));
    if (!s)
        return s.error();
    s->bind(1, personId).bind(2, batchId);
    QList<Task> result;
    while (s->step()) {
        Task t;
        t.id = s->text(0);
        t.batchId = s->text(1);
        t.itemId = s->text(2);
        t.personId = s->text(3);
        parseTaskKind(s->text(4), &t.kind);
        parseTaskState(s->text(5), &t.state);
        t.position = s->int32(6);
        result.append(t);
    }
    if (s->error())
        return *s->error();
    return result;
}

Status ProjectStore::setTaskState(const Id &taskId, TaskState state, const QString &reason,
                                  const QString &comment)
{
    auto s = m_db->prepare(QStringLiteral("SELECT person_id, kind FROM tasks WHERE id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, taskId);
    if (!s->step())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no task %1").arg(taskId), m_path);
    const QString owner = s->text(0);
    const bool gold = s->text(1) == QLatin1String("gold");
    const bool calibration = s->text(1) == QLatin1String("calibration");
    if (owner != m_actor.id && !isAllowed(m_actor, Action::ManageBatches))
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 may not change another person's task").arg(m_actor.name), m_path);
    if (!isAllowed(m_actor, Action::Annotate))
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 may not %2").arg(m_actor.name, actionName(Action::Annotate)), m_path);
    QJsonObject payload{{QStringLiteral("task_id"), taskId},
                        {QStringLiteral("state"), taskStateName(state)}};
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    if (!comment.isEmpty())
        payload.insert(QStringLiteral("comment"), comment);
    // The state change, its gold score and a recalibration it triggers commit together.
    Transaction tx(m_db.get());
    ASSAY_TRY(tx.begin());
    auto e = recordUnchecked({QStringLiteral("task.state_set"), payload});
    if (!e)
        return e.error();
    if (gold && state == TaskState::Done && !owner.isEmpty())
        ASSAY_TRY(checkRecalibration(owner));
    if (calibration && state == TaskState::Done && !owner.isEmpty())
        ASSAY_TRY(checkCalibrationPassed(owner));
    ASSAY_TRY(tx.commit());
    if (m_flusher)
        m_flusher->notifyCommit();
    return {};
}

// ---- annotations -----------------------------------------------------------------------

Result<Annotation> ProjectStore::startAnnotation(const Id &taskId)
{
    auto existing = m_db->prepare(QStringLiteral("SELECT id FROM annotations WHERE task_id = ?1"));
    if (!existing)
        return existing.error();
    existing->bind(1, taskId);
    if (existing->step())
        return annotation(existing->text(0));

    auto task = m_db->prepare(QStringLiteral("SELECT item_id, person_id FROM tasks WHERE id = ?1"));
    if (!task)
        return task.error();
    task->bind(1, taskId);
    if (!task->step())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no task %1").arg(taskId), m_path);
    const QString itemId = task->text(0);
    const QString personId = task->text(1);
    if (personId != m_actor.id)
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "this task belongs to another person"), m_path);
    auto t = taxonomy();
    if (!t)
        return t.error();
    const Id id = newId();
    auto e = record(Action::Annotate, {QStringLiteral("annotation.created"),
                                       {{QStringLiteral("id"), id},
                                        {QStringLiteral("task_id"), taskId},
                                        {QStringLiteral("item_id"), itemId},
                                        {QStringLiteral("person_id"), personId},
                                        {QStringLiteral("taxonomy_version"), t->version},
                                        {QStringLiteral("guideline_version"), guidelineVersion()}}});
    if (!e)
        return e.error();
    return annotation(id);
}

Result<QList<Annotation>> queryAnnotations(Database *db, const char *where, const QString &arg)
{
    auto s = db->prepare(QStringLiteral(
        "SELECT id, task_id, item_id, person_id, time_spent_ms, taxonomy_version,"
        " guideline_version, time FROM annotations WHERE %1 ORDER BY time").arg(QLatin1String(where)));
    if (!s)
        return s.error();
    s->bind(1, arg);
    QList<Annotation> result;
    while (s->step()) {
        Annotation a;
        a.id = s->text(0);
        a.taskId = s->text(1);
        a.itemId = s->text(2);
        a.personId = s->text(3);
        a.timeSpentMs = s->int64(4);
        a.taxonomyVersion = s->int32(5);
        a.guidelineVersion = s->int32(6);
        a.updatedAt = QDateTime::fromString(s->text(7), Qt::ISODateWithMs);
        result.append(a);
    }
    if (s->error())
        return *s->error();
    auto cls = db->cached("SELECT class_id FROM annotation_classes WHERE annotation_id = ?1 ORDER BY class_id");
    auto boxes = db->cached("SELECT id, class_id, x, y, w, h, attributes FROM boxes WHERE annotation_id = ?1 ORDER BY rowid");
    if (!cls)
        return cls.error();
    if (!boxes)
        return boxes.error();
    for (Annotation &a : result) {
        (*cls)->bind(1, a.id);
        while ((*cls)->step())
            a.classIds.append((*cls)->text(0));
        (*cls)->reset();
        (*boxes)->bind(1, a.id);
        while ((*boxes)->step()) {
            Box b;
            b.id = (*boxes)->text(0);
            b.classId = (*boxes)->text(1);
            b.x = (*boxes)->real(2);
            b.y = (*boxes)->real(3);
            b.w = (*boxes)->real(4);
            b.h = (*boxes)->real(5);
            b.attributes = parseJsonObject((*boxes)->text(6));
            a.boxes.append(b);
        }
        (*boxes)->reset();
    }
    return result;
}

Result<Annotation> ProjectStore::annotation(const Id &annotationId) const
{
    auto found = queryAnnotations(m_db.get(), "id = ?1", annotationId);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        // Imported and not edited since: still in its import chunk.
        auto imported = importedAnnotation(m_db.get(), annotationId);
        if (!imported)
            return imported.error();
        if (*imported)
            return **imported;
    }
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no annotation %1").arg(annotationId), m_path);
    return found->first();
}

Result<QList<Annotation>> ProjectStore::annotationsForItem(const Id &itemId) const
{
    auto found = queryAnnotations(m_db.get(), "item_id = ?1", itemId);
    if (!found)
        return found.error();
    auto imported = importedAnnotationsForItem(m_db.get(), itemId);
    if (!imported)
        return imported.error();
    found->append(std::move(*imported));
    return found;
}

Result<Annotation> ProjectStore::checkedAnnotation(const Id &annotationId) const
{
    auto s = m_db->cached("SELECT person_id FROM annotations WHERE id = ?1");
    if (!s)
        return s.error();
    (*s)->bind(1, annotationId);
    bool found = (*s)->step();
    Annotation a;
    a.id = annotationId;
    if (found)
        a.personId = (*s)->text(0);
    (*s)->reset();
    if (!found) {
        auto imported = importedAnnotation(m_db.get(), annotationId);
        if (!imported)
            return imported.error();
        if (*imported) {
            found = true;
            a.personId = (*imported)->personId;
        }
    }
    if (!found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no annotation %1").arg(annotationId), m_path);
    ASSAY_TRY(checkAnnotationAccess(a));
    return a;
}

Status ProjectStore::checkAnnotationAccess(const Annotation &a) const
{
    // One's own annotation, or a reviewer correcting someone else's.
    if (a.personId != m_actor.id && !isAllowed(m_actor, Action::Review))
        return makeError(ErrorCode::Permission, QCoreApplication::translate("assay", "%1 may not change another person's annotation").arg(m_actor.name), m_path);
    return {};
}

static Status validateBox(const Box &b, const QString &path)
{
    if (!(std::isfinite(b.x) && std::isfinite(b.y) && std::isfinite(b.w) && std::isfinite(b.h))
        || b.w < 0 || b.h < 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "a box needs a finite position and a size that is not negative"), path);
    if (b.id.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("assay", "a box needs an id"), path);
    return {};
}

Status ProjectStore::addBox(const Id &annotationId, const Box &box)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    ASSAY_TRY(validateBox(box, m_path));
    auto e = record(Action::Annotate, {QStringLiteral("annotation.box_added"),
                                       {{QStringLiteral("annotation_id"), annotationId},
                                        {QStringLiteral("box"), boxJson(box)}}});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::updateBox(const Id &annotationId, const Box &box)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    ASSAY_TRY(validateBox(box, m_path));
    auto current = annotation(annotationId);
    if (!current)
        return current.error();
    const bool found = std::any_of(current->boxes.cbegin(), current->boxes.cend(),
                                   [&](const Box &b) { return b.id == box.id; });
    if (!found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no box %1 in this annotation").arg(box.id), m_path);
    auto marked = withPreLabelAdjustment(box);
    if (!marked)
        return marked.error();
    auto e = record(Action::Annotate, {QStringLiteral("annotation.box_updated"),
                                       {{QStringLiteral("annotation_id"), annotationId},
                                        {QStringLiteral("box"), boxJson(*marked)}}});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::removeBox(const Id &annotationId, const Id &boxId)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto e = record(Action::Annotate, {QStringLiteral("annotation.box_removed"),
                                       {{QStringLiteral("annotation_id"), annotationId},
                                        {QStringLiteral("box_id"), boxId}}});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::setClasses(const Id &annotationId, const QStringList &classIds)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto e = record(Action::Annotate, {QStringLiteral("annotation.classes_set"),
                                       {{QStringLiteral("annotation_id"), annotationId},
                                        {QStringLiteral("classes"), QJsonArray::fromStringList(classIds)}}});
    if (!e)
        return e.error();
    return {};
}

Status ProjectStore::addTimeSpent(const Id &annotationId, qint64 ms)
{
    ASSAY_TRY(checkedAnnotation(annotationId));
    auto e = record(Action::Annotate, {QStringLiteral("annotation.time_added"),
                                       {{QStringLiteral("annotation_id"), annotationId},
                                        {QStringLiteral("ms"), double(ms)}}});
    if (!e)
        return e.error();
    return {};
}

// ---- the log ---------------------------------------------------------------------------

Result<LogVerification> ProjectStore::verifyLog() const
{
    return EventLog::verify(m_db.get());
}

Result<QList<Event>> ProjectStore::events(qint64 fromSeq, int limit) const
{
    return EventLog::read(m_db.get(), fromSeq, limit);
}

Status ProjectStore::rebuildState()
{
    Transaction tx(m_db.get());
    ASSAY_TRY(tx.begin());
    ASSAY_TRY(state::clear(m_db.get()));
    Status failure;
    const Status st = EventLog::forEach(m_db.get(), 0, [&](const Event &e) {
        auto payload = e.payloadJson();
        if (!payload) {
            failure = payload.error();
            return false;
        }
        const Status applied = state::applyJson(m_db.get(), e, *payload);
        if (!applied) {
            failure = makeError(applied.error().code,
                                QCoreApplication::translate("assay", "event #%1 (%2): %3").arg(e.seq).arg(e.kind, applied.error().message),
                                m_path);
            return false;
        }
        return true;
    });
    ASSAY_TRY(st);
    ASSAY_TRY(failure);
    return tx.commit();
}

Result<QString> ProjectStore::integrityCheck() const
{
    auto s = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!s)
        return s.error();
    QStringList lines;
    while (s->step())
        lines.append(s->text(0));
    return lines.join(QLatin1Char('\n'));
}

} // namespace assay::core::store
