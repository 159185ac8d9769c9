// SPDX-License-Identifier: Apache-2.0
// SyncController: the window's Sync action, its settings and its status in the status bar.
//
// Offline is normal: a sync runs in the background on a connection of its own (so nothing in
// the window waits on the network), reports progress and can be cancelled; a remote that cannot
// be reached is a quiet status, never a dialog. What arrives reaches open views through the
// project's LogWatcher, as any other connection's commits do.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QMap>
#include <QObject>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;
class QWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

// What one sync in the background came back with.
struct SyncOutcome
{
    bool ok = false;
    bool cancelled = false;
    bool unreachable = false; // the remote was not reached: a quiet status
    QString error;            // why it failed, when it did
    QString remote;
    qint64 pulled = 0;
    qint64 pushed = 0;
    qint64 mediaPulled = 0;
    qint64 mediaPushed = 0;
    qint64 waitingToPush = 0;
    int conflicts = 0;
    QStringList refused;
    QStringList ignored;
    QStringList withheldMedia;          // whole-slide files kept back: their labels are not allowed
    QMap<QString, qint64> unknownKinds; // events this build cannot apply: Assay needs updating
    QDateTime finishedAt;
};

class SyncController final : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QWidget *window);
    ~SyncController() override;

    QAction *syncAction() const { return m_syncAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    // The status bar's part: a label, a busy bar and a cancel button while a sync runs.
    QWidget *statusWidget() const { return m_statusWidget; }
    QLabel *statusLabel() const { return m_status; }
    QToolButton *cancelButton() const { return m_cancel; }

    // The project the window has open (nullptr when none); a running sync is cancelled.
    void setProject(core::Project *project);
    // The signed-in person or the project's state changed: actions and status follow.
    void refresh();

    // The copy's remote ("folder:PATH" or "postgres:URL"), remembered in the copy; and the
    // minutes between automatic syncs (0: only when asked).
    Status setRemote(const QString &spec, int intervalMinutes);
    QString remote() const;
    int intervalMinutes() const;

    bool isRunning() const { return m_running; }
    // Starts a sync in the background; false (with the reason in the status) when it cannot.
    bool startSync();
    void cancel();
    void showSettings();
    const SyncOutcome &lastOutcome() const { return m_last; }

Q_SIGNALS:
    void finished(const assay::app::SyncOutcome &outcome);
    // Events arrived: lists and queues may need to be read again.
    void arrived();

private:
    void finish();
    void showOutcome();
    void showIdle();
    void scheduleAutomatic();
    // The keyring's password for the remote's server, when it needs one from there.
    QString storedPassword();
    void forgetPassword();

    QWidget *m_window;
    core::Project *m_project = nullptr;
    QAction *m_syncAction;
    QAction *m_settingsAction;
    QWidget *m_statusWidget;
    QLabel *m_status;
    QProgressBar *m_busy;
    QToolButton *m_cancel;
    QTimer *m_automatic;
    QString m_passwordEntry; // the server m_password is for
    QString m_password;
    QFutureWatcher<SyncOutcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    SyncOutcome m_last;
};

} // namespace assay::app
