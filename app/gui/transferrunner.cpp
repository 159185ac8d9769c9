// SPDX-License-Identifier: Apache-2.0
// An import or export in a worker thread on its own project connection, with a progress dialog,
// and the report of how it ended.
#include "app/gui/transferrunner.h"

#include "core/project/services.h"

#include <QCloseEvent>
#include <QEventLoop>
#include <QMessageBox>
#include <QMutex>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

#include <memory>

namespace assay::app {

using namespace assay::core;

namespace {

// Escape and the window's close button ask to cancel, like the Cancel button: the dialog
// stays until the worker has stopped, so "rolling back" is visible while it happens.
class CancellableProgress final : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;
    void reject() override { Q_EMIT canceled(); }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        Q_EMIT canceled();
    }
};

QMutex s_hookMutex;
TransferRunner::WorkerHook s_hook;

TransferRunner::WorkerHook workerHook()
{
    QMutexLocker lock(&s_hookMutex);
    return s_hook;
}

} // namespace

TransferRunner::TransferRunner(QWidget *parent, const QString &projectPath, const core::Id &actorId,
                               const core::identity::SecretKeys *keys)
    : m_parent(parent)
    , m_projectPath(projectPath)
    , m_actorId(actorId)
{
    if (keys)
        m_keys = *keys;
}

void TransferRunner::setWorkerHookForTesting(WorkerHook hook)
{
    QMutexLocker lock(&s_hookMutex);
    s_hook = std::move(hook);
}

Status TransferRunner::run(const Job &job)
{
    m_cancelled = false;
    CancellableProgress progress(m_parent);
    progress.setObjectName(QStringLiteral("transferProgress"));
    progress.setWindowTitle(m_title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);
    auto *cancelButton = new QPushButton(tr("Cancel"), &progress);
    cancelButton->setObjectName(QStringLiteral("transferCancelButton"));
    progress.setCancelButton(cancelButton);
    // QProgressDialog hides itself on cancel(); here Cancel only asks the worker to stop.
    QObject::disconnect(&progress, &QProgressDialog::canceled, &progress, nullptr);
    progress.setRange(0, 100);
    progress.setLabelText(tr("Starting…"));
    progress.setMinimumDuration(400);
    progress.setValue(0);

    std::atomic<bool> cancel{false};
    connect(&progress, &QProgressDialog::canceled, this, [&] {
        if (cancel.exchange(true))
            return;
        m_cancelled = true;
        cancelButton->setEnabled(false);
        progress.setLabelText(m_cancellingText.isEmpty() ? tr("Cancelling…") : m_cancellingText);
    });

    const WorkerHook hook = workerHook();
    Status status;
    const QString projectPath = m_projectPath;
    const Id actor = m_actorId;
    const std::optional<core::identity::SecretKeys> keys = m_keys;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto store = assay::core::Project::open(projectPath);
        if (!store) {
            status = store.error();
            return;
        }
        // Signed in again on this connection with the same keys: nobody acts without them.
        if (keys) {
            if (Status st = (*store)->signIn(actor, *keys); !st) {
                status = st.error();
                return;
            }
        }
        const Progress report = [&](int percent, const QString &phase) {
            if (hook)
                hook(percent, phase, cancel);
            // Queued to the dialog; dropped if the dialog is gone.
            QMetaObject::invokeMethod(
                    &progress,
                    [&progress, &cancel, percent, phase] {
                        if (cancel)
                            return; // keep saying that it is cancelling
                        progress.setValue(percent);
                        progress.setLabelText(phase);
                    },
                    Qt::QueuedConnection);
        };
        status = job(**store, report, &cancel);
    }));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    progress.hide();
    return status;
}

void TransferRunner::reportSummary(const TransferReport &report) const
{
    TransferSummaryDialog dialog(report, m_parent);
    dialog.exec();
}

void TransferRunner::reportFailure(const TransferFailure &failure) const
{
    QMessageBox box(QMessageBox::Warning, failure.title, failure.text, QMessageBox::Ok, m_parent);
    box.setObjectName(failure.objectName);
    box.setInformativeText(failure.reason);
    box.exec();
}

} // namespace assay::app
