// SPDX-License-Identifier: Apache-2.0
// AudienceKeys: the keys of confidential payloads that the signed-in person holds, and the
// making and sharing of them (sync.key_granted events). What a payload's audience may read is
// the policy's (mayReadAudience); a key is sealed to exactly those readers who have a key.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QHash>
#include <QSet>

namespace assay::core {

class Project;
struct AudienceKeyGranted;

namespace sync {

class AudienceKeys final
{
public:
    // For the person signed in to `project` (their receiving key opens the grants).
    explicit AudienceKeys(Project &project);

    // Whether payloads of this audience travel encrypted ("all" and legacy events do not).
    static bool isConfidential(const QString &audience);

    // The key and its id for payloads of `audience` (by `author`, for "author"): the one made
    // this month for exactly the present readers, or a new one, sealed to each of them in a
    // sync.key_granted event recorded now.
    Result<std::pair<QString, QByteArray>> keyFor(const QString &audience, const Id &author);
    // The key `keyId`, when it was given to the signed-in person (in the project, or in a
    // grant seen with give()); empty otherwise.
    QByteArray key(const QString &keyId);
    // Opens the grants for the signed-in person in a sync.key_granted event not yet applied
    // here (one that arrives with the payloads it encrypts). Returns whether it gave a key
    // this person did not have.
    bool give(const AudienceKeyGranted &grant);
    // Gives every key the signed-in person holds to those of its audience's present readers
    // who lack it (a lead who joined later); returns how many people received keys.
    Result<int> shareWithNewReaders();

private:
    struct Reader
    {
        Id id;
        QString publicKey;
    };
    Result<QList<Reader>> readers(const QString &audience, const Id &author) const;
    Status loadHeld();

    Project &m_project;
    QHash<QString, QByteArray> m_keys; // key id -> key, for the signed-in person
    bool m_loaded = false;
};

} // namespace sync
} // namespace assay::core
