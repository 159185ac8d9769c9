// SPDX-License-Identifier: Apache-2.0
// Events of sync: the keys of confidential payloads, given to their readers.
#pragma once

#include "core/domain/types.h"
#include "core/events/eventkind.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>

namespace assay::core {

// A symmetric key that encrypts, between copies, the payloads of one audience (a shared
// folder or a server cannot refuse a reader, so what is confidential is never written there in
// clear): the key is sealed to each reader's receiving key, and only they can open it. A later
// event may give the same key to more readers (a lead who joined later). A key is made for one
// set of readers: when a reader leaves, the next payloads go under a new key.
struct AudienceKeyGranted final
{
    static constexpr EventKind kind{"sync.key_granted", 1, Action::ShareKeys};
    Id keyId;
    QString audience;             // of the payloads it encrypts: "leads", "person:ID", "author"
    Id author;                    // for "author": whose events
    QString period;               // "2026-12": keys are renewed monthly as well
    QHash<Id, QByteArray> sealed; // person id -> the key sealed to their receiving key
    QJsonObject extra;
    QJsonObject toJson() const;
    static Result<AudienceKeyGranted> fromJson(const QJsonObject &payload);
};

} // namespace assay::core
