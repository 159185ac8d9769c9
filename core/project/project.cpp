// SPDX-License-Identifier: Apache-2.0
// Project: an open project as one person works on it — the store, the acting person and the
// services; every event kind's applier registered in one place.
#include "core/project/project.h"
#include "core/base/tr.h"
#include "core/base/names.h"

#include "core/annotation/annotationservice.h"
#include "core/calibration/calibrationjudging.h"
#include "core/calibration/calibrationservice.h"
#include "core/gold/goldservice.h"
#include "core/guidelines/guidelineservice.h"
#include "core/items/itemservice.h"
#include "core/people/peopleevents.h"
#include "core/people/peopleservice.h"
#include "core/review/reviewservice.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/sync/syncservice.h"
#include "core/taxonomy/taxonomyservice.h"
#include "core/transfer/transferservice.h"
#include "core/work/workservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace assay::core {

const store::ApplierRegistry &Project::appliers()
{
    // Services register in the order of their tables' foreign keys, parents first.
    static const store::ApplierRegistry registry = [] {
        store::ApplierRegistry r;
        PeopleService::registerAppliers(r);
        PeopleService::registerAuthorityCheck(r);
        TaxonomyService::registerAppliers(r);
        GuidelineService::registerAppliers(r);
        ItemService::registerAppliers(r);
        WorkService::registerAppliers(r);
        AnnotationService::registerAppliers(r);
        TransferService::registerAppliers(r);
        GoldService::registerAppliers(r);
        SyncService::registerAppliers(r);
        ReviewService::registerAppliers(r);
        CalibrationService::registerAppliers(r);
        return r;
    }();
    return registry;
}

Project::Project(std::unique_ptr<store::ProjectStore> store)
    : m_store(std::move(store))
    , m_people(std::make_unique<PeopleService>(*this))
    , m_taxonomy(std::make_unique<TaxonomyService>(*this))
    , m_items(std::make_unique<ItemService>(*this))
    , m_work(std::make_unique<WorkService>(*this))
    , m_gold(std::make_unique<GoldService>(*this))
    , m_annotations(std::make_unique<AnnotationService>(*this))
    , m_transfer(std::make_unique<TransferService>(*this))
    , m_sync(std::make_unique<SyncService>(*this))
    , m_review(std::make_unique<ReviewService>(*this))
    , m_guidelines(std::make_unique<GuidelineService>(*this))
    , m_calibration(std::make_unique<CalibrationService>(*this))
{
    // Nobody acts until someone signs in: holding the file proves nothing about who one is.
}

Project::~Project()
{
    clearLatestJudgements(*this);
}

Result<std::unique_ptr<Project>> Project::create(const QString &path, const CreateOptions &options)
{
    const QFileInfo fi(path);
    Person owner;
    owner.id = newId();
    owner.name = options.ownerName.isEmpty() ? QStringLiteral("admin") : options.ownerName;
    owner.displayName = owner.name;
    owner.roles = {Role::Admin};

    QString mediaRoot = options.mediaRoot.isEmpty() ? QStringLiteral(".") : options.mediaRoot;
    if (QFileInfo(mediaRoot).isAbsolute()) {
        const QString rel = fi.absoluteDir().relativeFilePath(mediaRoot);
        if (!rel.startsWith(QLatin1String("..")))
            mediaRoot = rel.isEmpty() ? QStringLiteral(".") : rel;
    }
    const QString name = options.name.isEmpty() ? fi.completeBaseName() : options.name;
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the project name \"%1\" %2").arg(printable(name), problem), path);
    QString ownerKey;
    if (options.ownerSecret) {
        ownerKey = options.ownerSecret->publicKeys().toText();
    } else if (!options.ownerKey.isEmpty()) {
        auto keys = identity::PublicKeys::fromText(options.ownerKey.trimmed());
        if (!keys)
            return keys.error();
        ownerKey = keys->toText();
    }

    // The owner records the project's first two events: its creation and their own entry.
    auto store = store::ProjectStore::create(path, appliers(), [&](store::ProjectStore &s) -> Status {
        if (options.ownerSecret)
            s.setSigner(*options.ownerSecret); // the first events are the owner's, signed
        auto created = s.record(owner, ProjectCreated{newId(), name, mediaRoot, {}});
        if (!created)
            return created.error();
        auto added = s.record(owner,
                              PersonAdded{owner.id, owner.name, owner.displayName, owner.roles, {}});
        if (!added)
            return added.error();
        if (!ownerKey.isEmpty()) {
            auto key = s.record(owner, PersonKeyRegistered{owner.id, ownerKey, {}, {}});
            if (!key)
                return key.error();
        }
        return {};
    });
    if (!store)
        return store.error();
    std::unique_ptr<Project> project(new Project(std::move(*store)));
    project->m_actor = owner; // the creator, in this process
    if (!options.durability.isEmpty() && options.durability != QLatin1String("normal")) {
        const QString file = project->path();
        const Status st = project->setDurability(options.durability);
        if (!st) {
            project.reset();
            QFile::remove(file);
            QFile::remove(file + QStringLiteral("-wal"));
            QFile::remove(file + QStringLiteral("-shm"));
            return st.error();
        }
    }
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, bool readOnly)
{
    auto store = store::ProjectStore::open(path, appliers(), readOnly);
    if (!store)
        return store.error();
    return std::unique_ptr<Project>(new Project(std::move(*store)));
}

const QString &Project::path() const
{
    return m_store->path();
}

const ProjectInfo &Project::info() const
{
    return m_store->info();
}

Result<ProjectCounts> Project::counts() const
{
    return m_store->counts();
}

QString Project::absoluteMediaPath(const Item &item) const
{
    return QDir(info().mediaRoot).absoluteFilePath(item.path);
}

QString Project::storedMediaPath(const QString &absolutePath) const
{
    const QString rel = QDir(info().mediaRoot).relativeFilePath(absolutePath);
    if (rel.startsWith(QLatin1String("../")) || rel == QLatin1String("..")
        || QFileInfo(rel).isAbsolute())
        return QDir::cleanPath(absolutePath);
    return rel;
}

Status Project::setDurability(const QString &mode)
{
    // A setting of this workstation's file, not an event; those who manage the people of a
    // project may change it.
    if (!isAllowed(m_actor, Action::ManagePeople)) {
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not change project settings").arg(m_actor.name), path());
    }
    return m_store->setDurability(mode);
}

QString Project::localSetting(const QString &key) const
{
    auto s = m_store->database()->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    if (!s)
        return {};
    s->bind(1, key);
    return s->step() ? s->text(0) : QString();
}

Status Project::setLocalSetting(const QString &key, const QString &value)
{
    static const QStringList local{QStringLiteral("sync_remote"), QStringLiteral("copy_for"),
                                   QStringLiteral("sync_interval"), QStringLiteral("sync_last")};
    if (!local.contains(key))
        return makeError(ErrorCode::InvalidInput, Tr::tr("not a setting of a copy: %1").arg(key),
                         path());
    if (isReadOnly())
        return makeError(ErrorCode::Permission,
                         Tr::tr("the project is open read-only (%1)").arg(readOnlyReason()),
                         path());
    auto s = m_store->database()->prepare(
            QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!s)
        return s.error();
    s->bind(1, key).bind(2, value);
    return s->exec();
}

Status Project::signIn(const QString &nameOrId, const identity::SecretKeys &keys)
{
    ASSAY_TRY(checkKey(nameOrId, keys.publicKeys()));
    auto p = m_people->person(nameOrId);
    if (!p)
        return p.error();
    m_actor = *p;
    m_store->setSigner(keys); // everything recorded from now on is signed with them
    clearLatestJudgements(*this);
    // The lead's or trainer's workstation acts for them on what scoring decided while they were
    // away: calibration attempts judged (judgeDueSessions) and gates set and lifted in their
    // name (GoldService::applyGates).
    if (!isReadOnly() && isAllowed(m_actor, Action::Recalibrate)
        && core::mayRead(m_actor, Read::Scores)) {
        // Calibration sessions first: a pass lifts a gate applyGates need not look at again.
        if (judgesCalibrationFor(m_actor)) {
            if (auto judged = judgeDueSessions(*this); !judged)
                return judged.error();
        }
        auto changes = m_gold->applyGates();
        if (!changes)
            return changes.error();
        m_gateChanges = *changes;
    }
    return {};
}

Status Project::checkKey(const QString &nameOrId, const identity::PublicKeys &keys) const
{
    auto p = m_people->person(nameOrId);
    if (!p)
        return p.error();
    if (!p->active)
        return makeError(ErrorCode::Permission, Tr::tr("%1 is no longer active").arg(p->name),
                         path());
    const QString offered = keys.toText();
    auto current = m_people->currentKey(p->id);
    if (!current)
        return current.error();
    if (*current && (*current)->publicKey == offered)
        return {};
    auto known = m_people->findKey(offered);
    if (!known)
        return known.error();
    const QString fingerprint = keys.fingerprint();
    if (*known && (*known)->personId == p->id && (*known)->revoked) {
        return makeError(
                ErrorCode::Permission,
                Tr::tr("%1's key %2 has been revoked; a lead or an admin must register a new one")
                        .arg(p->name, fingerprint),
                path());
    }
    if (!*current) {
        return makeError(
                ErrorCode::Permission,
                Tr::tr("%1 has no registered key in this project; a lead or an admin must register one")
                        .arg(p->name),
                path());
    }
    return makeError(ErrorCode::Permission,
                     Tr::tr("the key %1 is not %2's registered key (%3)")
                             .arg(fingerprint, p->name, (*current)->fingerprint),
                     path());
}

void Project::signOut()
{
    m_actor = Person();
    m_store->setSigner(std::nullopt);
}

Status Project::setActor(const QString &nameOrId)
{
    auto p = m_people->person(nameOrId);
    if (!p)
        return p.error();
    if (!p->active)
        return makeError(ErrorCode::Permission, Tr::tr("%1 is no longer active").arg(p->name),
                         path());
    m_actor = *p;
    m_store->setSigner(std::nullopt);
    return {};
}

void Project::refreshActor()
{
    auto p = m_people->person(m_actor.id);
    if (p)
        m_actor = *p;
}

Status Project::mayRecord(const EventKind &kind) const
{
    if (m_actor.id.isEmpty())
        return makeError(ErrorCode::Permission,
                         Tr::tr("nobody is signed in to %1").arg(actionName(kind.action)), path());
    if (!isAllowed(m_actor, kind.action)) {
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not %2").arg(m_actor.name, actionName(kind.action)),
                         path());
    }
    return {};
}

Status Project::mayRead(Read read) const
{
    if (m_actor.id.isEmpty())
        return makeError(ErrorCode::Permission,
                         Tr::tr("nobody is signed in to %1").arg(readName(read)), path());
    if (!core::mayRead(m_actor, read)) {
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not %2").arg(m_actor.name, readName(read)), path());
    }
    return {};
}

Status Project::transact(const std::function<Status()> &work)
{
    return m_store->transact(work);
}

Result<LogHead> Project::logHead() const
{
    return m_store->logHead();
}

Result<store::LogVerification> Project::verifyLog(const store::EventLog::VerifyOptions &options) const
{
    return m_store->verifyLog(options);
}

Result<QList<store::Event>> Project::events(qint64 fromSeq, int limit) const
{
    auto all = m_store->events(fromSeq, limit);
    if (!all)
        return all;
    if (!core::mayRead(m_actor, Read::FullLog))
        all->removeIf([&](const store::Event &e) { return e.personId != m_actor.id; });
    // The envelope is for everyone who may see the event; the payload only for its audience.
    for (store::Event &e : *all) {
        if (!mayReadAudience(m_actor, e.audience, e.personId)) {
            e.stored.clear();
            e.withheld = true;
        }
    }
    return all;
}

Status Project::rebuildState()
{
    return m_store->rebuildState();
}

QString LogCheck::reason() const
{
    if (!chains.intact) {
        return chains.badId.isEmpty() ? chains.reason
                                      : Tr::tr("%1 [event id %2]").arg(chains.reason, chains.badId);
    }
    if (!refused.isEmpty())
        return Tr::tr("%1 [event id %2]").arg(refused.first().reason, refused.first().eventId);
    if (!differences.isEmpty()) {
        const store::StateDifference &d = differences.first();
        return (d.inFile ? Tr::tr("the state table %1 was changed outside the log: a row in the"
                                  " file, not in the log: %2")
                         : Tr::tr("the state table %1 was changed outside the log: a row of the"
                                  " log is missing from the file: %2"))
                .arg(d.table, d.row);
    }
    return {};
}

Result<LogCheck> Project::checkLog(const store::EventLog::VerifyOptions &options,
                                   int stateLimit) const
{
    LogCheck check;
    auto v = m_store->verifyLog(options);
    if (!v)
        return v.error();
    check.chains = *v;
    if (check.chains.intact) {
        auto compared = m_store->compareStateWithReplay(stateLimit, &check.refused);
        if (!compared)
            return compared.error();
        check.differences = *compared;
        check.stateCompared = true;
    }
    return check;
}

Result<QList<store::StateDifference>> Project::compareStateWithReplay(
        int limit, QList<store::ChainProblem> *refused) const
{
    return m_store->compareStateWithReplay(limit, refused);
}

Result<QString> Project::integrityCheck() const
{
    return m_store->integrityCheck();
}

Result<QList<store::Conflict>> Project::conflicts() const
{
    ASSAY_TRY(mayRead(Read::FullLog));
    return m_store->conflicts();
}

Result<QList<store::Quarantined>> Project::quarantined() const
{
    ASSAY_TRY(mayRead(Read::FullLog));
    return m_store->quarantined();
}

Result<store::Snapshot> Project::snapshot() const
{
    auto heads = m_store->heads();
    if (!heads)
        return heads.error();
    auto digest = m_store->stateDigest();
    if (!digest)
        return digest.error();
    return store::Snapshot{*heads, *digest};
}

} // namespace assay::core
