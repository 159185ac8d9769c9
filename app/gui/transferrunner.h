// SPDX-License-Identifier: Apache-2.0
// TransferRunner: runs an import or export and reports how it ended — on its own connection to
// the project, in a worker thread, behind a window-modal progress dialog whose Cancel stops
// it; then the summary window or the warning box, alike for both dialogs.
#pragma once

#include "app/gui/transfersummarydialog.h"
#include "core/domain/types.h"
#include "core/identity/keys.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <type_traits>

class QWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

// What a failed import or export tells the person, besides the dialog's own status line. A
// cancelled run is not a failure: the dialog says so itself.
struct TransferFailure
{
    QString objectName; // of the warning box
    QString title;
    QString text;   // what did not happen, naming the file
    QString reason; // why: the error, with a hint when there is one
};

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
    using WorkerHook = std::function<void(int percent, const QString &phase,
                                          const std::atomic<bool> &cancel)>;

    // parent: the window the progress dialog is modal to (not the QObject parent). The worker
    // signs actorId in with `keys` (the window's signed-in person's); null: nobody acts.
    TransferRunner(QWidget *parent, const QString &projectPath, const core::Id &actorId,
                   const core::identity::SecretKeys *keys);

    void setTitle(const QString &title) { m_title = title; }
    // Shown once Cancel was pressed, until the worker has stopped (e.g. "rolling back").
    void setCancellingText(const QString &text) { m_cancellingText = text; }

    // Blocks (with a nested event loop, the GUI stays responsive) until the job is done.
    // A cancelled job returns its own error, normally ErrorCode::Cancelled.
    Status run(const Job &job);
    bool wasCancelled() const { return m_cancelled; }

    // Runs an import or export: `transfer(project, options)` with the options' progress and
    // cancel hooks set to this run's. Returns its summary or why there is none.
    template<typename Options, typename Transfer>
    auto runTransfer(Options options, const Transfer &transfer)
            -> std::invoke_result_t<const Transfer &, core::Project &, const Options &>;

    // How a run ended, shown modal to the parent window: the summary, or the failure.
    void reportSummary(const TransferReport &report) const;
    void reportFailure(const TransferFailure &failure) const;

    // Tests: lets a test hold the worker at a given phase, to press Cancel at a known point.
    static void setWorkerHookForTesting(WorkerHook hook);

private:
    QWidget *m_parent;
    QString m_projectPath;
    core::Id m_actorId;
    std::optional<core::identity::SecretKeys> m_keys;
    QString m_title;
    QString m_cancellingText;
    bool m_cancelled = false;
};

template<typename Options, typename Transfer>
auto TransferRunner::runTransfer(Options options, const Transfer &transfer)
        -> std::invoke_result_t<const Transfer &, core::Project &, const Options &>
{
    std::optional<std::invoke_result_t<const Transfer &, core::Project &, const Options &>> result;
    const Status status = run([&](core::Project &project, const Progress &progress,
                                  const std::atomic<bool> *cancel) -> Status {
        options.progress = progress;
        options.cancel = cancel;
        result.emplace(transfer(project, options));
        return {};
    });
    if (!status)
        return status.error(); // the project could not be opened for the worker
    return std::move(*result);
}

} // namespace assay::app
