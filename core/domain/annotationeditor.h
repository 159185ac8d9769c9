// SPDX-License-Identifier: Apache-2.0
// IAnnotationEditor: the edits a labeling view makes to one annotation, each saved at once.
#pragma once

#include "core/domain/annotationedit.h"
#include "core/domain/types.h"
#include "core/result.h"

namespace assay::core {

// The project store implements this for real annotations (every call is one event, durably
// committed); tests and previews use an in-memory implementation.
class IAnnotationEditor
{
public:
    virtual ~IAnnotationEditor() = default;

    virtual Result<Annotation> annotation(const Id &annotationId) const = 0;
    virtual Status addBox(const Id &annotationId, const Box &box) = 0;    // box.id is set
    virtual Status updateBox(const Id &annotationId, const Box &box) = 0; // same id, new values
    virtual Status removeBox(const Id &annotationId, const Id &boxId) = 0;
    virtual Status setClasses(const Id &annotationId, const QStringList &classIds) = 0;
    // Applies `edits` in order as one event, in one transaction: all of them or, with the first
    // one refused, none. An empty list records nothing.
    virtual Status applyEdits(const Id &annotationId, const QList<AnnotationEdit> &edits) = 0;
};

} // namespace assay::core
