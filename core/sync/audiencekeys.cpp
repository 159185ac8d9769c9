// SPDX-License-Identifier: Apache-2.0
#include "core/sync/audiencekeys.h"
#include "core/base/tr.h"
#include "core/identity/sealing.h"
#include "core/project/services.h"
#include "core/store/database.h"
#include "core/sync/syncevents.h"

#include <QDateTime>

namespace assay::core::sync {

AudienceKeys::AudienceKeys(Project &project)
    : m_project(project)
{}

bool AudienceKeys::isConfidential(const QString &audience)
{
    return !audience.isEmpty() && audience != QLatin1String("all");
}

Result<QList<AudienceKeys::Reader>> AudienceKeys::readers(const QString &audience,
                                                          const Id &author) const
{
    auto people = m_project.people().people();
    if (!people)
        return people.error();
    QList<Reader> out;
    for (const Person &p : std::as_const(*people)) {
        if (!p.active || !mayReadAudience(p, audience, author))
            continue;
        auto key = m_project.people().currentKey(p.id);
        if (!key)
            return key.error();
        if (*key)
            out.append({p.id, (*key)->publicKey});
    }
    return out;
}

Status AudienceKeys::loadHeld()
{
    if (m_loaded)
        return {};
    const identity::SecretKeys *mine = m_project.signingKeys();
    if (!mine)
        return makeError(ErrorCode::Permission,
                         Tr::tr("nobody is signed in: syncing needs a person's keys"),
                         m_project.path());
    store::Database *db = m_project.store().database();
    auto s = db->prepare(
            QStringLiteral("SELECT key_id, sealed FROM audience_key_grants WHERE person_id = ?1"));
    if (!s)
        return s.error();
    s->bind(1, m_project.actor().id);
    while (s->step()) {
        auto opened = identity::openSealed(*mine, s->blob(1));
        if (opened) // a grant sealed to an earlier key of this person no longer opens
            m_keys.insert(s->text(0), *opened);
    }
    m_loaded = true;
    return {};
}

QByteArray AudienceKeys::key(const QString &keyId)
{
    if (!loadHeld())
        return {};
    return m_keys.value(keyId);
}

bool AudienceKeys::give(const AudienceKeyGranted &grant)
{
    const identity::SecretKeys *mine = m_project.signingKeys();
    if (!mine || !loadHeld() || m_keys.contains(grant.keyId))
        return false;
    const auto it = grant.sealed.constFind(m_project.actor().id);
    if (it == grant.sealed.cend())
        return false;
    auto opened = identity::openSealed(*mine, it.value());
    if (!opened)
        return false;
    m_keys.insert(grant.keyId, *opened);
    return true;
}

Result<std::pair<QString, QByteArray>> AudienceKeys::keyFor(const QString &audience,
                                                            const Id &author)
{
    ASSAY_TRY(loadHeld());
    const QString who = audience == QLatin1String("author") ? author : QString();
    auto present = readers(audience, who);
    if (!present)
        return present.error();
    QSet<Id> wanted;
    for (const Reader &r : std::as_const(*present))
        wanted.insert(r.id);
    const QString period = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));

    store::Database *db = m_project.store().database();
    auto s = db->prepare(QStringLiteral(
            "SELECT k.key_id, g.person_id FROM audience_keys k"
            " JOIN audience_key_grants g ON g.key_id = k.key_id"
            " WHERE k.audience = ?1 AND k.author = ?2 AND k.period = ?3 ORDER BY k.key_id"));
    if (!s)
        return s.error();
    s->bind(1, audience).bind(2, who).bind(3, period);
    QHash<QString, QSet<Id>> members;
    while (s->step())
        members[s->text(0)].insert(s->text(1));
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (it.value() == wanted && m_keys.contains(it.key()))
            return std::pair{it.key(), m_keys.value(it.key())};
    }

    AudienceKeyGranted grant;
    grant.keyId = newId();
    grant.audience = audience;
    grant.author = who;
    grant.period = period;
    const QByteArray key = identity::randomSymmetricKey();
    for (const Reader &r : std::as_const(*present)) {
        auto pub = identity::PublicKeys::fromText(r.publicKey);
        if (!pub)
            return pub.error();
        auto sealed = identity::sealTo(*pub, key);
        if (!sealed)
            return sealed.error();
        grant.sealed.insert(r.id, *sealed);
    }
    auto recorded = m_project.record(grant);
    if (!recorded)
        return recorded.error();
    m_keys.insert(grant.keyId, key);
    return std::pair{grant.keyId, key};
}

Result<int> AudienceKeys::shareWithNewReaders()
{
    ASSAY_TRY(loadHeld());
    if (!isAllowed(m_project.actor(), Action::ShareKeys))
        return 0;
    store::Database *db = m_project.store().database();
    int given = 0;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        auto meta = db->prepare(QStringLiteral(
                "SELECT audience, author, period FROM audience_keys WHERE key_id = ?1"));
        if (!meta)
            return meta.error();
        meta->bind(1, it.key());
        if (!meta->step())
            continue; // made in this run, not yet applied
        AudienceKeyGranted grant;
        grant.keyId = it.key();
        grant.audience = meta->text(0);
        grant.author = meta->text(1);
        grant.period = meta->text(2);
        auto present = readers(grant.audience, grant.author);
        if (!present)
            return present.error();
        auto held = db->prepare(
                QStringLiteral("SELECT person_id FROM audience_key_grants WHERE key_id = ?1"));
        if (!held)
            return held.error();
        held->bind(1, it.key());
        QSet<Id> has;
        while (held->step())
            has.insert(held->text(0));
        for (const Reader &r : std::as_const(*present)) {
            if (has.contains(r.id))
                continue;
            auto pub = identity::PublicKeys::fromText(r.publicKey);
            if (!pub)
                return pub.error();
            auto sealed = identity::sealTo(*pub, it.value());
            if (!sealed)
                return sealed.error();
            grant.sealed.insert(r.id, *sealed);
        }
        if (grant.sealed.isEmpty())
            continue;
        auto recorded = m_project.record(grant);
        if (!recorded)
            return recorded.error();
        given += int(grant.sealed.size());
    }
    return given;
}

} // namespace assay::core::sync
