// SPDX-License-Identifier: Apache-2.0
// PyramidBuilder: the tile pyramids of huge images made in the background, one at a time, with
// their progress in the window's status bar.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <optional>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;
class QWidget;

namespace assay::app {

// A 30,000 x 20,000 JPEG shows from its reduced preview at once; its pyramid (half a minute of
// libvips) is what lets it be zoomed without decoding it whole. The builder makes the pyramids
// the intake and the labeling panel ask for, in a worker thread, so nobody waits for them.
class PyramidBuilder final : public QObject
{
    Q_OBJECT

public:
    explicit PyramidBuilder(QObject *parent = nullptr);
    ~PyramidBuilder() override; // cancels what runs and waits for it

    // Queues the pyramid of `item` (an image at `mediaPath`) in the cache beside `projectPath`,
    // unless it is queued or being made already. Nothing for an item that wants none.
    void enqueue(const QString &projectPath, const core::Item &item, const QString &mediaPath);
    // Drops the queue and stops the pyramid being made (its partial file is removed).
    void cancelAll();
    bool isBusy() const { return m_running.has_value(); }
    int queuedCount() const { return int(m_queue.size()); }
    // A label and a progress bar for the status bar, shown only while pyramids are made.
    QWidget *statusWidget() const { return m_status.data(); }
    // Runs the event loop until the queue is empty (tests).
    void waitForIdle();

Q_SIGNALS:
    void made(const QString &sha256, const QString &pyramidPath);
    void failed(const QString &sha256, const Error &error);
    void idle();

private:
    struct Job
    {
        QString projectPath;
        core::Item item;
        QString mediaPath;
    };
    void startNext();
    void finished();
    void showProgress();

    QList<Job> m_queue;
    std::optional<Job> m_running;
    QSet<QString> m_known; // sha256 of queued and running jobs
    int m_doneInRun = 0;   // pyramids finished since the builder was last idle
    std::atomic<int> m_percent{0};
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<Status> m_watcher;
    QPointer<QWidget> m_status; // the status bar's once placed there
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_stop = nullptr;
    QTimer *m_ticker = nullptr;
};

} // namespace assay::app
