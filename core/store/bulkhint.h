// SPDX-License-Identifier: Apache-2.0
// What the writer of a bulk payload already knows about it, handed to its applier when the event
// is recorded, so that the applier need not parse tens of megabytes it has just been given.
//
// A hint exists only in the process that built the payload: replays, syncs and verification
// apply the stored payload alone, and the applier must make the same state from either. Each
// bulk kind defines its own hint (a subclass) next to its payload's layout.
#pragma once

#include <QByteArray>

namespace assay::core::store {

class BulkHint
{
public:
    virtual ~BulkHint() = default;
    // The payload encoded as the log stores it ("zstd+json": zstd frames one after another),
    // when the writer made it already, sharing its compressed parts with the state; empty: the
    // log compresses the text itself. It must decompress to the payload's text.
    virtual QByteArray storedPayload() const { return {}; }
};

} // namespace assay::core::store
