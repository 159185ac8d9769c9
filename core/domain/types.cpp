// SPDX-License-Identifier: Apache-2.0
// Names of the domain's enumerations, as stored and as typed on the command line.
#include "core/domain/types.h"

#include <QUuid>

namespace assay::core {

Id newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

template<typename E, size_t N>
static bool parseName(const QString &name, const char *const (&names)[N], E *out)
{
    for (size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

static const char *const s_itemKinds[] = {"image", "text", "audio"};
static const char *const s_roles[] = {"annotator", "reviewer", "lead",       "trainer",
                                      "author",    "admin",    "adjudicator"};
static const char *const s_batchStates[] = {"open", "submitted", "in-qa", "accepted", "rejected"};
static const char *const s_taskKinds[] = {"production", "gold", "audit", "calibration"};
static const char *const s_taskStates[] = {"pending", "done", "skipped", "flagged"};

QString itemKindName(ItemKind kind)
{
    return QLatin1String(s_itemKinds[int(kind)]);
}
bool parseItemKind(const QString &name, ItemKind *kind)
{
    return parseName(name, s_itemKinds, kind);
}
QString roleName(Role role)
{
    return QLatin1String(s_roles[int(role)]);
}
bool parseRole(const QString &name, Role *role)
{
    return parseName(name, s_roles, role);
}
QList<Role> allRoles()
{
    return {Role::Annotator, Role::Reviewer, Role::Lead,       Role::Trainer,
            Role::Author,    Role::Admin,    Role::Adjudicator};
}
QString batchStateName(BatchState state)
{
    return QLatin1String(s_batchStates[int(state)]);
}
bool parseBatchState(const QString &name, BatchState *state)
{
    return parseName(name, s_batchStates, state);
}
QString taskKindName(TaskKind kind)
{
    return QLatin1String(s_taskKinds[int(kind)]);
}
bool parseTaskKind(const QString &name, TaskKind *kind)
{
    return parseName(name, s_taskKinds, kind);
}
QString taskStateName(TaskState state)
{
    return QLatin1String(s_taskStates[int(state)]);
}
bool parseTaskState(const QString &name, TaskState *state)
{
    return parseName(name, s_taskStates, state);
}

const TaxonomyClass *Taxonomy::findByName(const QString &name) const
{
    for (const auto &c : classes) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const TaxonomyClass *Taxonomy::findById(const Id &id) const
{
    for (const auto &c : classes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const TaxonomyClass *Taxonomy::findAny(const Id &id) const
{
    if (const TaxonomyClass *c = findById(id))
        return c;
    for (const auto &c : archived) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Id Taxonomy::resolve(const Id &classId) const
{
    Id id = classId;
    // A chain is at most as long as the mapping; a cycle (two copies merging each way) stops.
    for (qsizetype step = 0; step <= mapping.size(); ++step) {
        auto it = mapping.constFind(id);
        if (it == mapping.constEnd() || it->isEmpty())
            return id;
        id = *it;
    }
    return id;
}

const TaxonomyClass *Taxonomy::readAs(const Id &classId) const
{
    if (const TaxonomyClass *c = findById(resolve(classId)))
        return c;
    return findAny(classId);
}

QStringList Taxonomy::resolveAll(const QStringList &classIds) const
{
    QStringList result;
    result.reserve(classIds.size());
    for (const QString &id : classIds) {
        const Id to = resolve(id);
        if (!result.contains(to))
            result.append(to);
    }
    return result;
}

} // namespace assay::core
