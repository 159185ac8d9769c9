// SPDX-License-Identifier: Apache-2.0
// TaxonomyService: the versioned label set and the versioned guidelines.
#pragma once

#include "core/project/service.h"

namespace assay::core {

namespace store {
class ApplierRegistry;
}

class TaxonomyService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // Every change makes a new version; class ids never change.
    Result<Taxonomy> get(int version = 0) const; // 0: the current one
    Result<TaxonomyClass> addClass(const TaxonomyClass &cls);
    Status updateClass(const TaxonomyClass &cls); // by id: rename, colour, hotkey, ...
    Status removeClass(const Id &classId);
    Status mergeClasses(const QList<Id> &from, const Id &into);
    Status setMultiLabel(bool multiLabel);

    // Guidelines
    Result<int> addGuidelineVersion(const QString &title, const QString &markdown);
    int guidelineVersion() const;
    // The event that made the current guideline version: its name in every copy.
    Id guidelineVersionEvent() const;

    // The appliers of taxonomy.* and guideline.* events (taxonomystate.cpp).
    static void registerAppliers(store::ApplierRegistry &registry);
};

} // namespace assay::core
