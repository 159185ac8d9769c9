// SPDX-License-Identifier: Apache-2.0
// TransferService: what imports and exports read from a project, and the import's applier.
#pragma once

#include "core/project/service.h"
#include "core/store/importchunks.h"

namespace assay::core {

namespace store {
class ApplierRegistry;
}

// One stored annotation with where it came from, for exports.
struct StoredAnnotation
{
    Annotation annotation;
    QString personName;
    QString origin; // "task" (made in Assay) or "import"
    Id batchId;     // empty for imported annotations
    BatchState batchState = BatchState::Open;
    TaskKind taskKind = TaskKind::Production;
    TaskState taskState = TaskState::Pending;
};

class TransferService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // Every annotation with its boxes and classes, in the order they were made. With
    // BoxIds::Left the boxes of imported annotations carry no ids (an export, which never
    // reads them, saves making a million).
    Result<QList<StoredAnnotation>> storedAnnotations(
            store::BoxIds boxIds = store::BoxIds::Made) const;

    // The applier of "dataset.imported" (importstate.cpp).
    static void registerAppliers(store::ApplierRegistry &registry);
};

} // namespace assay::core
