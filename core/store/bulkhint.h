// SPDX-License-Identifier: Apache-2.0
// What the writer of a bulk payload already knows about it, handed to its applier when the event
// is recorded, so that the applier need not parse tens of megabytes it has just been given.
//
// A hint exists only in the process that built the payload: replays, syncs and verification
// apply the stored payload alone, and the applier must make the same state from either. Each
// bulk kind defines its own hint (a subclass) next to its payload's layout.
#pragma once

namespace assay::core::store {

class BulkHint
{
public:
    virtual ~BulkHint() = default;
};

} // namespace assay::core::store
