// SPDX-License-Identifier: Apache-2.0
// EventNotice: what a view is told of an event appended to the project's log.
#pragma once

#include "core/domain/types.h"

namespace assay::core {

// Enough to decide whether what a view shows is still current, without the payload itself.
struct EventNotice
{
    qint64 seq = 0;
    Id id;
    QString kind;
    Id personId;
    QStringList annotationIds; // the annotations it edits
    QStringList itemIds;       // the items it touches, where known
    bool anyItem = false;      // a bulk event (an import) that may touch any item
    bool local = false;        // recorded through the watched connection, not another one
};

} // namespace assay::core
