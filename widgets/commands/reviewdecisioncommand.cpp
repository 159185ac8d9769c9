// SPDX-License-Identifier: Apache-2.0
// ReviewDecisionCommand: record on redo, withdraw on undo.
#include "widgets/commands/reviewdecisioncommand.h"

namespace assay::widgets {

ReviewDecisionCommand::ReviewDecisionCommand(core::ReviewService *service,
                                             const core::ReviewDecision &decision,
                                             const QString &text,
                                             std::function<void(const QString &)> report)
    : QUndoCommand(text)
    , m_service(service)
    , m_decision(decision)
    , m_report(std::move(report))
{}

void ReviewDecisionCommand::redo()
{
    auto id = m_service->decide(m_decision);
    if (!id) {
        m_failed = true;
        setObsolete(true);
        if (m_report)
            m_report(id.error().toString());
        return;
    }
    m_failed = false;
    m_decisionId = *id;
}

void ReviewDecisionCommand::undo()
{
    if (m_decisionId.isEmpty())
        return;
    const Status st = m_service->withdraw(m_decisionId);
    if (!st && m_report)
        m_report(st.error().toString());
    m_decisionId.clear();
}

} // namespace assay::widgets
