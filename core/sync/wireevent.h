// SPDX-License-Identifier: Apache-2.0
// An event as it travels between copies: one line of JSON with the signed envelope in clear,
// and the payload in clear (audience "all"), encrypted under an audience key, or absent.
#pragma once

#include "core/result.h"
#include "core/store/eventlog.h"

#include <memory>

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

// The lines of an event file (a shared folder's events/<writer>/<n>.jsonl), empty lines
// skipped; false when the file is cut short (empty, or without its last line break).
bool eventFileLines(const QByteArray &file, QList<QByteArray> *lines);

// Where a line goes on a server, and what the server judges it by: the envelope's routing
// fields as UTF-8, read without building the event (a push of a million lines).
struct WireRoute
{
    QByteArray device;
    qint64 deviceSeq = 0;
    QByteArray hash;
    QByteArray person;
    QByteArray action;
    QByteArray audience;
};

// Reads routes line after line with one parser; a line it cannot read quickly is read by
// decodeWire, so what is refused and why is the same.
class WireRouteReader final
{
public:
    WireRouteReader();
    ~WireRouteReader();
    WireRouteReader(const WireRouteReader &) = delete;
    WireRouteReader &operator=(const WireRouteReader &) = delete;
    Result<WireRoute> read(const QByteArray &line);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace assay::core::sync
