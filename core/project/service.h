// SPDX-License-Identifier: Apache-2.0
// ServiceBase: what every service reaches through its project (the store, the actor, others).
#pragma once

#include "core/project/project.h"
#include "core/store/database.h"

namespace assay::core {

class ServiceBase
{
public:
    explicit ServiceBase(Project &project)
        : m_project(project)
    {}

protected:
    store::Database *db() const { return m_project.store().database(); }
    const QString &path() const { return m_project.path(); }
    const Person &actor() const { return m_project.actor(); }
    Project &project() const { return m_project; }

private:
    Project &m_project;
};

} // namespace assay::core
