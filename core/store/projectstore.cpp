// SPDX-License-Identifier: Apache-2.0
// ProjectStore: opening, upgrading and creating project files; the one path that records an
// event, checks its author against the policy, and applies it.
#include "core/store/projectstore.h"
#include "core/base/storage.h"
#include "core/base/tr.h"

#include "core/base/sha256.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/statecounts.h"
#include "core/store/walflusher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <thread>

namespace assay::core::store {

// "ASSY": marks the SQLite file as an Assay project (PRAGMA application_id).
static constexpr int s_applicationId = 0x41535359;

ProjectStore::ProjectStore(std::unique_ptr<Database> db, const QString &path,
                           const ApplierRegistry &appliers)
    : m_db(std::move(db))
    , m_path(path)
    , m_appliers(&appliers)
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

// What makes this file this file on this machine: the machine's id and the file's device and
// inode. A copy, or a backup put back, has another inode; a file renamed keeps its own.
static QString deviceBinding(const QString &path)
{
    struct stat st = {};
    const QByteArray machine = QSysInfo::machineUniqueId();
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString();
    return QStringLiteral("%1:%2:%3")
            .arg(QString::fromLatin1(machine.toHex()))
            .arg(quint64(st.st_dev))
            .arg(quint64(st.st_ino));
}

Status ProjectStore::bindDevice()
{
    const QString binding = deviceBinding(m_path);
    auto s = m_db->prepare(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'device'),"
                                          " (SELECT value FROM meta WHERE key = 'device_binding')"));
    if (!s)
        return s.error();
    if (s->step() && !s->isNull(0) && s->text(1) == binding && !binding.isEmpty()) {
        m_device = s->text(0);
        return {};
    }
    m_device = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    return transact([&]() -> Status {
        auto set = m_db->prepare(
                QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        if (!set)
            return set.error();
        set->bind(1, QStringLiteral("device")).bind(2, m_device);
        ASSAY_TRY(set->exec());
        set->reset();
        set->bind(1, QStringLiteral("device_binding")).bind(2, binding);
        return set->exec();
    });
}

Status ProjectStore::setReadOnly(const QString &reason)
{
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a read-only project needs a reason"),
                         m_path);
    if (m_transactionDepth > 0)
        return makeError(ErrorCode::Conflict, Tr::tr("cannot turn read-only inside a transaction"),
                         m_path);
    // The file may be opened read-only by SQLite already; query_only makes this connection
    // refuse writes either way.
    ASSAY_TRY(m_db->exec(QStringLiteral("PRAGMA query_only = ON")));
    m_readOnlyReason = reason;
    m_flusher.reset();
    return {};
}

Status ProjectStore::refuseWhenReadOnly() const
{
    if (m_readOnlyReason.isEmpty())
        return {};
    return makeError(ErrorCode::Permission,
                     Tr::tr("the project is open read-only (%1): nothing can be recorded")
                             .arg(m_readOnlyReason),
                     m_path);
}

Status ProjectStore::setDurability(const QString &mode)
{
    ASSAY_TRY(refuseWhenReadOnly());
    if (mode != QLatin1String("full") && mode != QLatin1String("normal"))
        return makeError(ErrorCode::InvalidInput, Tr::tr("durability is \"full\" or \"normal\""),
                         m_path);
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

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(
        const QString &path, const ApplierRegistry &appliers,
        const std::function<Status(ProjectStore &)> &bootstrap)
{
    const QFileInfo fi(path);
    if (fi.exists())
        return makeError(ErrorCode::Conflict, Tr::tr("a file of that name already exists"), path);
    if (!fi.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, Tr::tr("the folder does not exist"), path);
    if (storage::onReadOnlyMedia(fi.absolutePath()))
        return makeError(ErrorCode::Io,
                         Tr::tr("the folder is on read-only media (a disk or folder mounted"
                                " read-only): a project cannot be made there"),
                         path);
    if (!QFileInfo(fi.absolutePath()).isWritable())
        return makeError(ErrorCode::Io,
                         Tr::tr("the folder is read-only (no permission to write in it): a"
                                " project cannot be made there"),
                         path);

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
        QFile::remove(fi.absoluteFilePath() + QStringLiteral("-wal"));
        QFile::remove(fi.absoluteFilePath() + QStringLiteral("-shm"));
        return st.error();
    }

    std::unique_ptr<ProjectStore> store(
            new ProjectStore(std::move(*db), fi.absoluteFilePath(), appliers));
    st = store->bindDevice();
    if (st)
        st = store->transact([&] { return bootstrap(*store); });
    if (st)
        st = store->reloadInfo();
    if (st)
        st = store->applyDurability();
    if (!st) {
        store.reset();
        QFile::remove(fi.absoluteFilePath());
        QFile::remove(fi.absoluteFilePath() + QStringLiteral("-wal"));
        QFile::remove(fi.absoluteFilePath() + QStringLiteral("-shm"));
        return st.error();
    }
    return store;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path,
                                                         const ApplierRegistry &appliers,
                                                         bool readOnly)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("no such file"), path);
    if (fi.isDir())
        return makeError(ErrorCode::InvalidInput, Tr::tr("is a folder, not a project file"), path);
    // SQLite takes an empty file for an empty database, of no program in particular: say what
    // it is (often a copy that was cut short, or a project whose creation a full disk stopped).
    if (fi.size() == 0)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the file is empty (0 bytes): not an Assay project"), path);
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
                             Tr::tr("not an Assay project (%1)").arg(appId.error().message), path);
        }
        if (*appId != s_applicationId) {
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("not an Assay project (an SQLite file of another program)"),
                             path);
        }
        auto userVersion = (*ro)->queryInt(QStringLiteral("PRAGMA user_version"));
        if (!userVersion)
            return makeError(ErrorCode::InvalidInput, userVersion.error().message, path);
        version = int(*userVersion);
    }
    if (version > schema::currentVersion()) {
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("written by a newer Assay (schema %1; this version reads up to %2)."
                                " The file was not changed.")
                                 .arg(version)
                                 .arg(schema::currentVersion()),
                         path);
    }
    if (version < 1)
        return makeError(ErrorCode::InvalidInput, Tr::tr("not an Assay project (no schema)"), path);

    QString readOnlyReason;
    if (storage::onReadOnlyMedia(fi.absolutePath()))
        readOnlyReason = Tr::tr("the project is on read-only media (a disk or folder mounted"
                                " read-only)");
    else if (!fi.isWritable())
        readOnlyReason = Tr::tr("the project file is read-only");
    else if (!QFileInfo(fi.absolutePath()).isWritable())
        readOnlyReason = Tr::tr("the project's folder is read-only: SQLite cannot make its -wal"
                                " and -shm files beside the project");
    else if (readOnly)
        readOnlyReason = Tr::tr("opened read-only");
    if (!readOnlyReason.isEmpty()) {
        if (version < schema::currentVersion()) {
            return makeError(ErrorCode::Io,
                             Tr::tr("%1, and its schema %2 must be upgraded to %3 before this"
                                    " version can read it; open a writable copy")
                                     .arg(readOnlyReason)
                                     .arg(version)
                                     .arg(schema::currentVersion()),
                             path);
        }
        auto db = Database::open(absolute, Database::OpenMode::ReadOnly);
        if (!db)
            return db.error();
        ASSAY_TRY((*db)->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(*db), absolute, appliers));
        ASSAY_TRY(store->reloadInfo());
        store->m_info.durability = QStringLiteral("normal");
        ASSAY_TRY(store->setReadOnly(readOnlyReason));
        return store;
    }

    if (version < schema::currentVersion()) {
        // Keep the file as the older build wrote it, in case someone needs to go back.
        const QString backup = absolute + QStringLiteral(".schema%1.bak").arg(version);
        if (!QFileInfo::exists(backup)) {
            if (!QFile::copy(absolute, backup))
                return makeError(ErrorCode::Io, Tr::tr("cannot write the backup %1").arg(backup),
                                 path);
            QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    auto db = Database::open(absolute, Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    ASSAY_TRY(configureConnection(db->get()));
    if (version < schema::currentVersion())
        ASSAY_TRY(schema::migrate(db->get(), version));

    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(*db), absolute, appliers));
    ASSAY_TRY(store->reloadInfo());
    ASSAY_TRY(store->applyDurability());
    ASSAY_TRY(store->bindDevice());
    if (version < schema::currentVersion())
        store->m_info.upgradedFrom = version;
    if (schema::upgradeRebuildsState(version))
        ASSAY_TRY(store->rebuildState());
    return store;
}

Status ProjectStore::reloadInfo()
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
        else if (key == QLatin1String("media_root") && mediaRoot.isEmpty())
            mediaRoot = value;
        else if (key == QLatin1String("media_root_here") && !value.isEmpty())
            mediaRoot = value; // this copy's own place for the media (a checkout's), over the log's
        else if (key == QLatin1String("created_at"))
            m_info.createdAt = value;
        else if (key == QLatin1String("owner"))
            owner = value;
    }
    if (m_info.projectId.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("not an Assay project (no project record)"), m_path);
    const QDir projectDir = QFileInfo(m_path).absoluteDir();
    m_info.mediaRoot = QDir::cleanPath(projectDir.absoluteFilePath(mediaRoot));
    m_info.schemaVersion = schema::currentVersion();
    m_info.ownerId = owner;
    return {};
}

Result<ProjectCounts> ProjectStore::counts() const
{
    // The big tables are counted by their appliers (statecounts.h); the small ones here.
    auto kept = readCounts(m_db.get());
    if (!kept)
        return kept.error();
    const QString items = QLatin1String(counts::itemsPrefix);
    ProjectCounts c;
    c.images = kept->value(items + QLatin1String("image"));
    c.texts = kept->value(items + QLatin1String("text"));
    c.audio = kept->value(items + QLatin1String("audio"));
    c.tasks = kept->value(QLatin1String(counts::tasks));
    c.annotations = kept->value(QLatin1String(counts::annotations));
    c.boxes = kept->value(QLatin1String(counts::boxes));
    auto s = m_db->prepare(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM classes WHERE valid_to IS NULL),"
                           " (SELECT COUNT(*) FROM people), (SELECT COUNT(*) FROM batches),"
                           " (SELECT COALESCE(MAX(seq), 0) FROM events),"
                           " (SELECT COALESCE(MAX(version), 0) FROM taxonomy_versions),"
                           " (SELECT COALESCE(MAX(version), 0) FROM guidelines)"));
    if (!s)
        return s.error();
    if (!s->step())
        return s->error() ? *s->error() : m_db->lastError();
    c.classes = s->int64(0);
    c.people = s->int64(1);
    c.batches = s->int64(2);
    c.events = s->int64(3);
    c.taxonomyVersion = s->int32(4);
    c.guidelineVersion = s->int32(5);
    return c;
}

// ---- recording -------------------------------------------------------------------------

Result<Event> ProjectStore::append(const Person &author, const EventKind &kind,
                                   const QJsonObject &payload, const QByteArray &json,
                                   const QString &audience,
                                   const std::shared_ptr<const BulkHint> &hint)
{
    EventDraft draft;
    draft.kind = QLatin1String(kind.name);
    draft.payload = payload;
    draft.json = json;
    draft.hint = hint;
    draft.action = QLatin1String(actionCode(kind.action));
    draft.audience = audience.isEmpty() ? QString::fromLatin1(kind.audience) : audience;
    const store::Author signedBy{author.id, m_device, signer()};
    if (kind.schema > 1 && json.isEmpty())
        draft.payload.insert(QStringLiteral("schema"), kind.schema);
    // A bulk payload (an import of a million boxes) is compressed and hashed on a second thread
    // while its state handler runs: neither needs the other's result.
    constexpr qsizetype parallelAbove = 4 << 20;
    Result<Event> event = makeError(ErrorCode::Generic, QString());
    Status st;
    if (draft.json.size() > parallelAbove) {
        event = EventLog::begin(m_db.get(), signedBy, draft);
        if (!event)
            return event.error();
        Event sealed = *event;
        {
            std::jthread encoder([&sealed, &draft, &signedBy] {
                EventLog::seal(&sealed, draft, signedBy.keys);
            });
            st = m_appliers->applyJson(m_db.get(), *event, draft.json, draft.hint.get());
        }
        if (st) {
            *event = std::move(sealed);
            st = EventLog::insert(m_db.get(), *event);
            if (!st)
                return st.error();
        }
    } else {
        event = EventLog::append(m_db.get(), signedBy, draft);
        if (!event)
            return event.error();
        st = draft.json.isEmpty()
                     ? m_appliers->apply(m_db.get(), *event, draft.payload)
                     : m_appliers->applyJson(m_db.get(), *event, draft.json, draft.hint.get());
    }
    if (!st) {
        return makeError(st.error().code,
                         Tr::tr("%1 could not be applied: %2").arg(draft.kind, st.error().message),
                         m_path);
    }
    if (m_commitListener)
        m_recordedIds.insert(event->id);
    return event;
}

Result<Event> ProjectStore::recordKind(const Person &author, const EventKind &kind,
                                       const QJsonObject &payload, const QByteArray &json,
                                       const QString &audience,
                                       const std::shared_ptr<const BulkHint> &hint)
{
    ASSAY_TRY(refuseWhenReadOnly());
    if (author.id.isEmpty())
        return makeError(ErrorCode::Permission,
                         Tr::tr("nobody is signed in to %1").arg(actionName(kind.action)), m_path);
    if (!isAllowed(author, kind.action)) {
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not %2").arg(author.name, actionName(kind.action)), m_path);
    }
    Result<Event> event = makeError(ErrorCode::Generic, QString());
    const Status st = transact([&]() -> Status {
        event = append(author, kind, payload, json, audience, hint);
        if (!event)
            return event.error();
        return {};
    });
    if (!st)
        return st.error();
    return event;
}

Status ProjectStore::transact(const std::function<Status()> &work)
{
    ASSAY_TRY(refuseWhenReadOnly());
    Transaction tx(m_db.get());
    ASSAY_TRY(tx.begin());
    ++m_transactionDepth;
    const Status st = work();
    --m_transactionDepth;
    if (!st)
        return st; // the Transaction rolls back
    ASSAY_TRY(tx.commit());
    if (m_flusher && m_transactionDepth == 0)
        m_flusher->notifyCommit();
    // Only the outermost commit: a savepoint may still be rolled back with its transaction.
    if (m_commitListener && m_transactionDepth == 0)
        m_commitListener();
    return {};
}

void ProjectStore::setCommitListener(std::function<void()> listener)
{
    m_commitListener = std::move(listener);
    m_recordedIds.clear();
}

QSet<Id> ProjectStore::takeRecordedEventIds()
{
    return std::exchange(m_recordedIds, {});
}

// ---- the log ---------------------------------------------------------------------------

Result<int> ProjectStore::ingest(const QList<Event> &events)
{
    ASSAY_TRY(refuseWhenReadOnly());
    ASSAY_TRY(identity::initialiseCrypto());
    // The newest event applied so far: events after it in the order of application can be
    // applied now; one before it means the state must be replayed.
    QString lastHash;
    qint64 lastLamport = 0;
    {
        auto s = m_db->prepare(QStringLiteral("SELECT lamport, hash FROM events"
                                              " ORDER BY lamport DESC, hash DESC LIMIT 1"));
        if (!s)
            return s.error();
        if (s->step()) {
            lastLamport = s->int64(0);
            lastHash = s->text(1);
        }
    }
    QList<Event> added;
    bool needsReplay = false;
    const Status st = transact([&]() -> Status {
        for (Event e : events) {
            Database *db = m_db.get();
            ASSAY_STMT(here, "SELECT hash, length(payload) FROM events"
                             " WHERE device = ?1 AND device_seq = ?2");
            here.bind(1, e.device).bind(2, e.deviceSeq);
            const bool present = here.step();
            const QString there = present ? here.text(0) : QString();
            const bool thereWithoutPayload = present && here.int64(1) == 0;
            here.reset();
            if (there == e.hash) {
                // Here already; perhaps as an envelope alone, whose payload now arrives (a reader
                // given the audience's key later): it is filled in, and the state replayed.
                if (!thereWithoutPayload || e.payloadAbsent())
                    continue;
                if (!e.payloadMatches())
                    return makeError(ErrorCode::InvalidInput,
                                     Tr::tr("event %1 was altered: its payload does not match its"
                                            " hash")
                                             .arg(e.id),
                                     m_path);
                ASSAY_TRY(EventLog::fillPayload(db, e));
                needsReplay = true;
                added.append(e);
                continue;
            }
            if (!there.isEmpty())
                return makeError(ErrorCode::Conflict,
                                 Tr::tr("event %1 forks the chain of device %2 at its event %3:"
                                        " this copy holds another event there")
                                         .arg(e.id, e.device.left(8))
                                         .arg(e.deviceSeq),
                                 m_path);
            if (e.envelope != 1 || e.device == m_device)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("event %1 cannot come from another copy").arg(e.id),
                                 m_path);
            if (EventLog::computeHash(e) != e.hash || !e.payloadMatches())
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("event %1 was altered: it does not match its hash").arg(e.id),
                                 m_path);
            if (e.isSigned() && !e.signatureValid())
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("event %1 carries a signature that is not its signer's")
                                         .arg(e.id),
                                 m_path);
            ASSAY_STMT(head, "SELECT head_seq, head_hash FROM devices WHERE id = ?1");
            head.bind(1, e.device);
            const bool known = head.step();
            const qint64 headSeq = known ? head.int64(0) : 0;
            const QString headHash = known ? head.text(1) : EventLog::genesisHash();
            head.reset();
            if (e.deviceSeq != headSeq + 1 || e.prevHash != headHash)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("event %1 does not extend the chain of device %2 here"
                                        " (it is its event %3; this copy has %4)")
                                         .arg(e.id, e.device.left(8))
                                         .arg(e.deviceSeq)
                                         .arg(headSeq),
                                 m_path);
            ASSAY_STMT(next, "SELECT COALESCE(MAX(seq), 0) + 1 FROM events");
            e.seq = next.step() ? next.int64(0) : 1; // the local number: the order of arrival here
            next.reset();
            ASSAY_TRY(EventLog::insert(m_db.get(), e));
            if (e.lamport < lastLamport || (e.lamport == lastLamport && e.hash < lastHash))
                needsReplay = true;
            added.append(e);
        }
        if (needsReplay)
            return {};
        std::sort(added.begin(), added.end(), [](const Event &a, const Event &b) {
            return a.lamport != b.lamport ? a.lamport < b.lamport : a.hash < b.hash;
        });
        for (const Event &e : std::as_const(added))
            ASSAY_TRY(applyChecked(m_db.get(), *m_appliers, e, m_path, nullptr));
        return {};
    });
    if (!st)
        return st.error();
    if (needsReplay)
        ASSAY_TRY(rebuildState());
    return int(added.size());
}

Result<QList<Conflict>> ProjectStore::conflicts() const
{
    auto s = m_db->prepare(QStringLiteral(
            "SELECT subject, rule, detail, event_id, other_event_id FROM conflicts c"
            " JOIN events e ON e.id = c.event_id ORDER BY e.lamport, e.hash, subject"));
    if (!s)
        return s.error();
    QList<Conflict> out;
    while (s->step()) {
        Conflict c;
        c.subject = s->text(0);
        c.rule = s->text(1);
        c.detail = s->text(2);
        auto one = EventLog::byId(m_db.get(), s->text(3));
        auto other = EventLog::byId(m_db.get(), s->text(4));
        if (!one || !other)
            return !one ? one.error() : other.error();
        c.event = *one;
        c.other = *other;
        out.append(c);
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<QList<Snapshot::Head>> ProjectStore::heads() const
{
    auto s = m_db->prepare(
            QStringLiteral("SELECT id, head_seq, head_hash FROM devices ORDER BY id"));
    if (!s)
        return s.error();
    QList<Snapshot::Head> out;
    while (s->step())
        out.append({s->text(0), s->int64(1), s->text(2)});
    if (s->error())
        return *s->error();
    return out;
}

Result<QList<Quarantined>> ProjectStore::quarantined() const
{
    auto s = m_db->prepare(QStringLiteral("SELECT q.event_id, q.reason FROM quarantine q"
                                          " JOIN events e ON e.id = q.event_id"
                                          " ORDER BY e.lamport, e.hash"));
    if (!s)
        return s.error();
    QList<Quarantined> out;
    while (s->step()) {
        auto e = EventLog::byId(m_db.get(), s->text(0));
        if (!e)
            return e.error();
        out.append({*e, s->text(1)});
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<QString> ProjectStore::stateDigest(const Person *reader) const
{
    Sha256 digest;
    QStringList tables = m_appliers->stateTables();
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        // What of the table the reader may see (ApplierRegistry::ReadFilter).
        QStringList conditions;
        QHash<QString, QString> shownAs;
        if (reader) {
            for (const auto &f : m_appliers->readFilters(table)) {
                if (mayRead(*reader, f.read))
                    continue;
                if (f.column.isEmpty())
                    conditions.append(QLatin1Char('(') + f.ownRows + QLatin1Char(')'));
                else
                    shownAs.insert(f.column, f.expression);
            }
        }
        auto info = m_db->prepare(
                QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        if (!info)
            return info.error();
        QStringList columns;
        while (info->step()) {
            const QString name = info->text(0);
            if (name == QLatin1String("seq") || name.endsWith(QLatin1String("_seq")))
                continue;
            columns.append(shownAs.contains(name)
                                   ? QLatin1Char('(') + shownAs.value(name) + QLatin1Char(')')
                                   : QLatin1Char('"') + name + QLatin1Char('"'));
        }
        if (columns.isEmpty())
            continue;
        const QString list = columns.join(QLatin1Char(','));
        const QString where = conditions.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" WHERE ")
                                                + conditions.join(QStringLiteral(" AND "));
        auto rows = m_db->prepare(
                QStringLiteral("SELECT %1 FROM \"%2\"%3 ORDER BY %1").arg(list, table, where));
        if (!rows)
            return rows.error();
        if (where.contains(QLatin1String("?1")))
            rows->bind(1, reader->id);
        digest.addData(table.toUtf8() + '\n');
        while (rows->step()) {
            QByteArray row;
            for (int c = 0; c < columns.size(); ++c) {
                row += rows->isNull(c) ? QByteArray("\x01") : rows->blob(c);
                row += '\x1f';
            }
            row += '\x1e';
            digest.addData(row);
        }
        if (rows->error())
            return *rows->error();
    }
    QStringList keys = m_appliers->stateMetaKeys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        auto v = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
        if (!v)
            return v.error();
        v->bind(1, key);
        digest.addData(key.toUtf8() + '=' + (v->step() ? v->text(0).toUtf8() : QByteArray()) + '\n');
    }
    return QString::fromLatin1(digest.resultHex());
}

Result<LogHead> ProjectStore::logHead() const
{
    auto s = m_db->prepare(
            QStringLiteral("SELECT seq, id, time, hash FROM events ORDER BY seq DESC LIMIT 1"));
    if (!s)
        return s.error();
    LogHead head;
    if (s->step()) {
        head.seq = s->int64(0);
        head.id = s->text(1);
        head.time = s->text(2);
        head.hash = s->text(3);
    }
    if (s->error())
        return *s->error();
    return head;
}

Result<LogVerification> ProjectStore::verifyLog(const EventLog::VerifyOptions &options) const
{
    return EventLog::verify(m_db.get(), options);
}

Result<QList<Event>> ProjectStore::events(qint64 fromSeq, int limit) const
{
    return EventLog::read(m_db.get(), fromSeq, limit);
}

Status ProjectStore::replay(Database *db, const ApplierRegistry &appliers, const QString &path,
                            QList<ChainProblem> *refused)
{
    Transaction tx(db);
    ASSAY_TRY(tx.begin());
    // Tables are emptied in any order: the foreign keys are checked at the commit.
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    const QStringList &tables = appliers.stateTables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        ASSAY_TRY(db->exec(QStringLiteral("DELETE FROM \"%1\"").arg(*it)));
    // Empty, the tables hold no dangling reference; from here each event's references are
    // checked as it applies, so that one that names what is not there is quarantined.
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA defer_foreign_keys = OFF")));
    // Settings are replayed too: a score is judged by the threshold in force at its event.
    for (const QString &key : appliers.stateMetaKeys()) {
        auto s = db->prepare(QStringLiteral("DELETE FROM meta WHERE key = ?1"));
        if (!s)
            return s.error();
        s->bind(1, key);
        ASSAY_TRY(s->exec());
    }
    Status failure;
    const Status st = EventLog::forEachInOrder(db, [&](const Event &e) {
        failure = applyChecked(db, appliers, e, path, refused);
        return bool(failure);
    });
    ASSAY_TRY(st);
    ASSAY_TRY(failure);
    return tx.commit();
}

Status ProjectStore::applyChecked(Database *db, const ApplierRegistry &appliers, const Event &e,
                                  const QString &path, QList<ChainProblem> *refused)
{
    // Judged on the state built by the events before it in the order of application: an event
    // whose author had not the right there (a role or a key they no longer had) is kept in the
    // log, listed in quarantine, and changes nothing.
    const auto quarantine = [&](const QString &reason) -> Status {
        if (refused)
            refused->append({e.device, e.seq, e.deviceSeq, e.id, e.personId, reason});
        ASSAY_STMT(q, "INSERT OR REPLACE INTO quarantine (event_id, device, device_seq,"
                      " person_id, kind, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        q.bind(1, e.id).bind(2, e.device).bind(3, e.deviceSeq).bind(4, e.personId);
        q.bind(5, e.kind).bind(6, reason);
        return q.exec();
    };
    const EventKind *kind = appliers.find(e.kind);
    if (kind && appliers.authorityCheck()) {
        const Status allowed = appliers.authorityCheck()(db, e, *kind);
        if (!allowed)
            return quarantine(allowed.error().message);
    }
    if (e.payloadAbsent())
        return {}; // this copy holds the envelope only; the state is of what it may read
    auto payload = e.payloadJson();
    if (!payload)
        return payload.error();
    // An event that cannot apply here (it names a person or an item that a quarantined event
    // would have made) is undone and quarantined too, so one refusal never stops the rest.
    ASSAY_STMT(mark, "SAVEPOINT applying");
    ASSAY_STMT(release, "RELEASE applying");
    ASSAY_TRY(mark.exec());
    const Status applied = appliers.applyJson(db, e, *payload);
    if (!applied) {
        ASSAY_STMT(undo, "ROLLBACK TO applying");
        ASSAY_TRY(undo.exec());
        ASSAY_TRY(release.exec());
        return quarantine(Tr::tr("event #%1 (%2) could not be applied: %3")
                                  .arg(e.seq)
                                  .arg(e.kind, applied.error().message));
    }
    return release.exec();
}

Status ProjectStore::rebuildState()
{
    ASSAY_TRY(refuseWhenReadOnly());
    return replay(m_db.get(), *m_appliers, m_path);
}

// "column=value, ..." of the first row of `s`, values cut to 80 characters.
static QString describeRow(const Statement &s, int columns, const QStringList &names)
{
    QStringList parts;
    for (int c = 0; c < columns; ++c) {
        QString value = s.isNull(c) ? QStringLiteral("NULL") : s.text(c);
        if (value.size() > 80)
            value = value.left(77) + QStringLiteral("...");
        parts.append(names.value(c) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

Result<QList<StateDifference>> ProjectStore::compareStateWithReplay(
        int limit, QList<ChainProblem> *refused) const
{
    // The replay runs on a copy (SQLite's backup API), so the file itself is not touched.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorCode::Io,
                         Tr::tr("no room for a temporary copy to replay the log into"), m_path);
    const QString copyPath = scratch.filePath(QStringLiteral("replay.assay"));
    {
        auto copy = Database::open(copyPath, Database::OpenMode::Create);
        if (!copy)
            return copy.error();
        sqlite3_backup *backup = sqlite3_backup_init((*copy)->handle(), "main", m_db->handle(),
                                                     "main");
        if (!backup)
            return (*copy)->lastError(Tr::tr("copying the project to replay its log"));
        sqlite3_backup_step(backup, -1);
        const int rc = sqlite3_backup_finish(backup);
        if (rc != SQLITE_OK)
            return (*copy)->lastError(Tr::tr("copying the project to replay its log"));
        ASSAY_TRY((*copy)->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        ASSAY_TRY(replay(copy->get(), *m_appliers, m_path, refused));
    }
    auto attach = m_db->prepare(QStringLiteral("ATTACH DATABASE ?1 AS replay"));
    if (!attach)
        return attach.error();
    attach->bind(1, copyPath);
    ASSAY_TRY(attach->exec());
    QList<StateDifference> out;
    Status failure;
    auto compare = [&](const QString &table, const QString &where) {
        auto columns = m_db->prepare(
                QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList names;
        if (columns) {
            while (columns->step())
                names.append(columns->text(0));
        }
        for (const bool inFile : {true, false}) {
            const QString a = inFile ? QStringLiteral("main") : QStringLiteral("replay");
            const QString b = inFile ? QStringLiteral("replay") : QStringLiteral("main");
            auto s = m_db->prepare(
                    QStringLiteral(
                            "SELECT * FROM %1.\"%3\" %4 EXCEPT SELECT * FROM %2.\"%3\" %4 LIMIT ?1")
                            .arg(a, b, table, where));
            if (!s) {
                failure = s.error();
                return;
            }
            s->bind(1, qint64(limit - out.size()));
            while (out.size() < limit && s->step())
                out.append({table, describeRow(*s, int(names.size()), names), inFile});
        }
    };
    for (const QString &table : m_appliers->stateTables()) {
        if (out.size() < limit && failure)
            compare(table, QString());
    }
    // The meta rows events write (not this workstation's own settings, such as durability).
    QStringList keys = m_appliers->stateMetaKeys();
    keys << QStringLiteral("project_id") << QStringLiteral("name") << QStringLiteral("media_root")
         << QStringLiteral("created_at") << QStringLiteral("owner");
    QStringList quoted;
    for (const QString &k : std::as_const(keys))
        quoted.append(QLatin1Char('\'') + QString(k).replace(QLatin1Char('\''), QStringLiteral("''"))
                      + QLatin1Char('\''));
    if (out.size() < limit && failure)
        compare(QStringLiteral("meta"),
                QStringLiteral("WHERE key IN (%1)").arg(quoted.join(QLatin1Char(','))));
    const Status detached = m_db->exec(QStringLiteral("DETACH DATABASE replay"));
    ASSAY_TRY(failure);
    ASSAY_TRY(detached);
    return out;
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
