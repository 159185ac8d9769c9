// SPDX-License-Identifier: Apache-2.0
#include "core/domain/displaynames.h"
#include "core/base/tr.h"

namespace assay::core {

QString roleTitle(Role role)
{
    switch (role) {
    case Role::Annotator: return Tr::tr("annotator");
    case Role::Reviewer: return Tr::tr("reviewer");
    case Role::Lead: return Tr::tr("lead");
    case Role::Trainer: return Tr::tr("trainer");
    case Role::Author: return Tr::tr("guideline author");
    case Role::Admin: return Tr::tr("admin");
    case Role::Adjudicator: return Tr::tr("adjudicator");
    }
    return roleName(role);
}

QString batchStateTitle(BatchState state)
{
    switch (state) {
    case BatchState::Open: return Tr::tr("open");
    case BatchState::Submitted: return Tr::tr("submitted");
    case BatchState::InQa: return Tr::tr("in QA");
    case BatchState::Accepted: return Tr::tr("accepted");
    case BatchState::Rejected: return Tr::tr("rejected");
    }
    return batchStateName(state);
}

QString taskStateTitle(TaskState state)
{
    switch (state) {
    case TaskState::Pending: return Tr::tr("open");
    case TaskState::Done: return Tr::tr("done");
    case TaskState::Skipped: return Tr::tr("skipped");
    case TaskState::Flagged: return Tr::tr("flagged");
    }
    return taskStateName(state);
}

QString verdictTitle(const QString &verdict)
{
    const std::pair<const char *, QString> words[] = {{"pass", Tr::tr("pass")},
                                                      {"fail", Tr::tr("fail")},
                                                      {"undefined", Tr::tr("undefined")}};
    for (const auto &[word, title] : words) {
        if (verdict.startsWith(QLatin1String(word)))
            return title + verdict.mid(int(qstrlen(word)));
    }
    return verdict;
}

} // namespace assay::core
