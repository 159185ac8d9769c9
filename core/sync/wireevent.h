// SPDX-License-Identifier: Apache-2.0
// An event as it travels between copies: one line of JSON with the signed envelope in clear,
// and the payload in clear (audience "all"), encrypted under an audience key, or absent.
#pragma once

#include "core/result.h"
#include "core/store/eventlog.h"

namespace assay::core::sync {

struct WireEvent
{
    store::Event event; // `stored` is empty while the payload is encrypted or absent
    QString keyId;      // set when the payload travels encrypted
    QByteArray box;     // the encrypted payload (identity::encrypt, bound to the event's hash)
};

// One line (no line break) for `event`: with its payload in clear, or with `box` under `keyId`
// in its place, or (both empty and `withPayload` false) as its envelope alone.
QByteArray encodeWire(const store::Event &event, bool withPayload, const QString &keyId = {},
                      const QByteArray &box = {});
// Reads one line; says what is wrong with it (a torn or foreign line) without trusting any of
// it: the event's hash and signature are checked where it is added.
Result<WireEvent> decodeWire(const QByteArray &line);

} // namespace assay::core::sync
