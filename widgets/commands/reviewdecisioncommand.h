// SPDX-License-Identifier: Apache-2.0
// ReviewDecisionCommand: one reviewer's decision on one answer, undone by withdrawing it.
#pragma once

#include "core/review/reviewservice.h"

#include <QUndoCommand>

#include <functional>

namespace assay::widgets {

// redo() records the decision (a new event each time), undo() withdraws the one it recorded;
// the log keeps both. Failures go to `report`.
class ReviewDecisionCommand final : public QUndoCommand
{
public:
    ReviewDecisionCommand(core::ReviewService *service, const core::ReviewDecision &decision,
                          const QString &text, std::function<void(const QString &)> report);
    void redo() final;
    void undo() final;
    bool failed() const { return m_failed; }
    const core::Id &decisionId() const { return m_decisionId; }
    const core::ReviewDecision &decision() const { return m_decision; }

private:
    core::ReviewService *m_service; // not owned; outlives the stack
    core::ReviewDecision m_decision;
    std::function<void(const QString &)> m_report;
    core::Id m_decisionId;
    bool m_failed = false;
};

} // namespace assay::widgets
