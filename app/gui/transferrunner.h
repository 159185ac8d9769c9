// SPDX-License-Identifier: Apache-2.0
// TransferRunner: an import or export on its own connection to the project, in a worker
// thread, behind a window-modal progress dialog whose Cancel stops it.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class TransferRunner final : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int percent, const QString &phase)>;
    // Runs on the worker thread, on a store opened there for the acting person. The GUI's own
    // store is never touched from another thread: SQLite connections are not shared.
    using Job = std::function<Status(core::Project &store, const Progress &progress,
                                     const std::atomic<bool> *cancel)>;
    // Called on the worker thread before each progress report reaches the dialog.
    using WorkerHook
        = std::function<void(int percent, const QString &phase, const std::atomic<bool> &cancel)>;

    // parent: the window the progress dialog is modal to (not the QObject parent).
    TransferRunner(QWidget *parent, const QString &projectPath, const core::Id &actorId);

    void setTitle(const QString &title) { m_title = title; }
    // Shown once Cancel was pressed, until the worker has stopped (e.g. "rolling back").
    void setCancellingText(const QString &text) { m_cancellingText = text; }

    // Blocks (with a nested event loop, the GUI stays responsive) until the job is done.
    // A cancelled job returns its own error, normally ErrorCode::Cancelled.
    Status run(const Job &job);
    bool wasCancelled() const { return m_cancelled; }

    // Tests: lets a test hold the worker at a given phase, to press Cancel at a known point.
    static void setWorkerHookForTesting(WorkerHook hook);

private:
    QWidget *m_parent;
    QString m_projectPath;
    core::Id m_actorId;
    QString m_title;
    QString m_cancellingText;
    bool m_cancelled = false;
};

} // namespace assay::app
