// SPDX-License-Identifier: Apache-2.0
// MemoryAnnotationEditor: an IAnnotationEditor kept in memory, for previews and tests.
#pragma once

#include "core/domain/annotationeditor.h"

#include <QHash>

namespace assay::widgets {

class MemoryAnnotationEditor final : public core::IAnnotationEditor
{
public:
    void insert(const core::Annotation &annotation)
    {
        m_annotations.insert(annotation.id, annotation);
    }

    Result<core::Annotation> annotation(const core::Id &annotationId) const override;
    Status addBox(const core::Id &annotationId, const core::Box &box) override;
    Status updateBox(const core::Id &annotationId, const core::Box &box) override;
    Status removeBox(const core::Id &annotationId, const core::Id &boxId) override;
    Status setClasses(const core::Id &annotationId, const QStringList &classIds) override;
    // Box and class edits only: suggestions are the project store's (Unsupported here).
    Status applyEdits(const core::Id &annotationId,
                      const QList<core::AnnotationEdit> &edits) override;

    // Refuses every edit from now on, as a store does on a full disk or a revoked role.
    void setFailing(bool failing) { m_failing = failing; }
    int editCount() const { return m_edits; } // accepted edits: one per saved event

private:
    Result<core::Annotation *> find(const core::Id &annotationId);

    QHash<core::Id, core::Annotation> m_annotations;
    bool m_failing = false;
    int m_edits = 0;
};

} // namespace assay::widgets
