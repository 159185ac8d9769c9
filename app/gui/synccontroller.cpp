// SPDX-License-Identifier: Apache-2.0
#include "app/gui/synccontroller.h"
#include "app/keys/keyring.h"
#include "core/sync/postgresremote.h"
#include "app/gui/syncsettingsdialog.h"
#include "core/identity/keys.h"
#include "core/project/services.h"
#include "core/sync/remote.h"
#include "core/sync/remotespec.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace assay::app {

using namespace assay::core;

static const QString s_remoteKey = QStringLiteral("sync_remote");
static const QString s_intervalKey = QStringLiteral("sync_interval");
static const QString s_lastKey = QStringLiteral("sync_last");

// A failure to reach the remote (a folder not mounted, a server down or far away), as opposed
// to a remote that answered with a refusal.
static bool isUnreachable(const Error &error)
{
    return error.code == ErrorCode::Io || error.code == ErrorCode::NotFound;
}

// The whole sync, on a worker thread with a project connection of its own: the window's
// connection stays free, and its LogWatcher sees what this one commits.
static SyncOutcome syncInBackground(const QString &path, const Id &personId,
                                    const identity::SecretKeys &keys, const QString &spec,
                                    const QString &password,
                                    std::shared_ptr<std::atomic<bool>> cancelled,
                                    const std::function<void(const QString &)> &progress)
{
    SyncOutcome out;
    out.remote = spec;
    const auto failed = [&out](const Error &error) {
        out.cancelled = error.code == ErrorCode::Cancelled;
        out.unreachable = isUnreachable(error);
        out.error = error.toString();
        out.finishedAt = QDateTime::currentDateTime();
        return out;
    };
    auto parsed = sync::parseRemoteSpec(spec);
    if (!parsed)
        return failed(parsed.error());
    auto opened = Project::open(path);
    if (!opened)
        return failed(opened.error());
    Project &project = **opened;
    if (const Status st = project.signIn(personId, keys); !st)
        return failed(st.error());
    std::unique_ptr<sync::Remote> remote = sync::makeRemote(*parsed, project.store().device());
    if (auto *server = dynamic_cast<sync::PostgresRemote *>(remote.get());
        server && !password.isEmpty())
        server->setPassword(password);
    out.remote = remote->id();
    // Reached at all? A remote that is not there is a quiet status, not a failure.
    progress(QCoreApplication::translate("assay::app::SyncController", "Reaching %1…")
                     .arg(remote->id()));
    if (const Status st = remote->open(project.info().projectId); !st)
        return failed(st.error());
    auto done = project.sync().sync(*remote, progress, cancelled.get());
    if (!done)
        return failed(done.error());
    out.ok = true;
    out.pulled = done->pulled;
    out.pushed = done->pushed;
    out.mediaPulled = done->mediaPulled;
    out.mediaPushed = done->mediaPushed;
    out.refused = done->refused;
    out.ignored = done->ignored;
    out.withheldMedia = done->withheldMedia;
    out.unknownKinds = done->unknownKinds;
    if (auto waiting = project.sync().waitingToPush(remote->id()))
        out.waitingToPush = *waiting;
    if (auto conflicts = project.conflicts())
        out.conflicts = int(conflicts->size());
    out.finishedAt = QDateTime::currentDateTime();
    // Remembered in the copy, so the status survives a restart.
    const QJsonObject last{{QStringLiteral("at"), out.finishedAt.toString(Qt::ISODate)},
                           {QStringLiteral("remote"), out.remote},
                           {QStringLiteral("pulled"), double(out.pulled)},
                           {QStringLiteral("pushed"), double(out.pushed)},
                           {QStringLiteral("refused"), int(out.refused.size())},
                           {QStringLiteral("conflicts"), out.conflicts}};
    // A copy whose meta table cannot be written still synced: the status is only not kept.
    static_cast<void>(
            project.setLocalSetting(s_lastKey, QString::fromUtf8(QJsonDocument(last).toJson(
                                                       QJsonDocument::Compact))));
    return out;
}

SyncController::SyncController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_syncAction(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("S&ync"), this))
    , m_settingsAction(new QAction(tr("Sync S&ettings…"), this))
    , m_statusWidget(new QWidget(window))
    , m_status(new QLabel(m_statusWidget))
    , m_busy(new QProgressBar(m_statusWidget))
    , m_cancel(new QToolButton(m_statusWidget))
    , m_automatic(new QTimer(this))
{
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_settingsAction->setObjectName(QStringLiteral("syncSettingsAction"));
    connect(m_syncAction, &QAction::triggered, this, [this] { startSync(); });
    connect(m_settingsAction, &QAction::triggered, this, &SyncController::showSettings);

    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_busy->setRange(0, 0); // steps of unknown length: a busy bar
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Stop the sync; what was done so far is kept"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &SyncController::cancel);
    auto *layout = new QHBoxLayout(m_statusWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);

    connect(&m_watcher, &QFutureWatcher<SyncOutcome>::finished, this, &SyncController::finish);
    connect(m_automatic, &QTimer::timeout, this, [this] {
        // Quietly skipped when a sync runs or nobody is signed in.
        if (!m_running && m_syncAction->isEnabled())
            startSync();
    });
    refresh();
}

SyncController::~SyncController()
{
    cancel();
    m_watcher.waitForFinished();
}

void SyncController::setProject(Project *project)
{
    if (m_running) {
        cancel();
        // The worker has its own connection: the window's may go at once. Its outcome is for
        // the project that was open, and is dropped.
        m_watcher.disconnect(this);
        m_watcher.waitForFinished();
        connect(&m_watcher, &QFutureWatcher<SyncOutcome>::finished, this, &SyncController::finish);
        m_running = false;
        m_busy->hide();
        m_cancel->hide();
    }
    m_project = project;
    m_last = {};
    if (m_project) {
        const QJsonObject last
                = QJsonDocument::fromJson(m_project->localSetting(s_lastKey).toUtf8()).object();
        if (!last.isEmpty()) {
            m_last.ok = true;
            m_last.finishedAt = QDateTime::fromString(last.value(QStringLiteral("at")).toString(),
                                                      Qt::ISODate);
            m_last.remote = last.value(QStringLiteral("remote")).toString();
            m_last.pulled = qint64(last.value(QStringLiteral("pulled")).toDouble());
            m_last.pushed = qint64(last.value(QStringLiteral("pushed")).toDouble());
            m_last.conflicts = last.value(QStringLiteral("conflicts")).toInt();
        }
    }
    scheduleAutomatic();
    refresh();
}

QString SyncController::remote() const
{
    return m_project ? m_project->localSetting(s_remoteKey) : QString();
}

int SyncController::intervalMinutes() const
{
    return m_project ? m_project->localSetting(s_intervalKey).toInt() : 0;
}

Status SyncController::setRemote(const QString &spec, int intervalMinutes)
{
    if (!m_project)
        return makeError(ErrorCode::InvalidInput, tr("no project is open"));
    auto parsed = sync::parseRemoteSpec(spec);
    if (!parsed)
        return parsed.error();
    ASSAY_TRY(m_project->setLocalSetting(s_remoteKey, parsed->toString()));
    ASSAY_TRY(m_project->setLocalSetting(s_intervalKey,
                                         QString::number(std::max(0, intervalMinutes))));
    scheduleAutomatic();
    refresh();
    return {};
}

void SyncController::scheduleAutomatic()
{
    const int minutes = intervalMinutes();
    if (minutes > 0 && m_project)
        m_automatic->start(minutes * 60 * 1000);
    else
        m_automatic->stop();
}

void SyncController::refresh()
{
    const bool signedIn = m_project && !m_project->actor().id.isEmpty() && m_project->signingKeys();
    const QString shortcut = m_syncAction->shortcut().toString(QKeySequence::NativeText);
    QString why;
    if (!m_project)
        why = tr("Open a project to sync it");
    else if (m_project->isReadOnly())
        why = tr("The project is open read-only (%1): it cannot sync")
                      .arg(m_project->readOnlyReason());
    else if (!signedIn)
        why = tr("Sign in to sync: your keys open and seal what travels");
    else if (remote().isEmpty())
        why = tr("Choose where copies meet first: Sync Settings");
    m_syncAction->setEnabled(why.isEmpty() && !m_running);
    m_settingsAction->setEnabled(m_project && !m_project->isReadOnly());
    m_syncAction->setToolTip(
            why.isEmpty()
                    ? tr("Send your new work and fetch what others sent, in the background (%1)")
                              .arg(shortcut)
                    : why);
    m_syncAction->setStatusTip(m_syncAction->toolTip());
    m_statusWidget->setVisible(m_project != nullptr);
    if (!m_running)
        showIdle();
}

bool SyncController::startSync()
{
    if (m_running)
        return false;
    refresh();
    if (!m_syncAction->isEnabled()) {
        m_status->setText(tr("Not synced"));
        m_status->setToolTip(m_syncAction->toolTip());
        return false;
    }
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_syncAction->setEnabled(false);
    m_status->setText(tr("Syncing…"));
    m_status->setStyleSheet({});
    m_busy->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    // Progress is told from the worker; a queued call lands here on the window's thread.
    const auto progress = [this](const QString &what) {
        QMetaObject::invokeMethod(
                this,
                [this, what] {
                    if (m_running) {
                        m_status->setText(tr("Syncing…"));
                        m_status->setToolTip(what);
                    }
                },
                Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(syncInBackground, m_project->path(),
                                          m_project->actor().id, *m_project->signingKeys(),
                                          remote(), storedPassword(), m_cancelFlag, progress));
    return true;
}

QString SyncController::storedPassword()
{
    // Looked up here, on the window's thread (the keyring's jobs run an event loop), once per
    // server: a server whose settings carry no password and PGPASSWORD is unset.
    auto parsed = sync::parseRemoteSpec(remote());
    if (!parsed || parsed->kind != sync::RemoteKind::Postgres
        || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return {};
    sync::PostgresRemote server(parsed->location);
    if (server.hasPassword())
        return {};
    const QString entry = server.credentialEntry();
    // Kept once found; looked up again while there is none (it may be stored meanwhile).
    if (m_passwordEntry != entry || m_password.isEmpty()) {
        m_passwordEntry = entry;
        m_password = keyring::loadPassword(entry).value_or(QString());
    }
    return m_password;
}

void SyncController::forgetPassword()
{
    m_passwordEntry.clear();
    m_password.clear();
}

void SyncController::cancel()
{
    if (!m_running || !m_cancelFlag)
        return;
    m_cancelFlag->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void SyncController::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_last = m_watcher.result();
    m_busy->hide();
    m_cancel->hide();
    refresh();
    showOutcome();
    if (m_last.ok && m_last.pulled > 0)
        Q_EMIT arrived();
    Q_EMIT finished(m_last);
}

void SyncController::showIdle()
{
    if (!m_project) {
        m_status->clear();
        return;
    }
    if (remote().isEmpty()) {
        m_status->setText(tr("Not synced"));
        m_status->setToolTip(tr("This copy has no remote yet: Work ▸ Sync Settings"));
        m_status->setStyleSheet({});
        return;
    }
    showOutcome();
}

void SyncController::showOutcome()
{
    const QLocale locale;
    const SyncOutcome &o = m_last;
    QStringList tip{tr("Remote: %1").arg(o.remote.isEmpty() ? remote() : o.remote)};
    if (o.finishedAt.isValid())
        tip.append(tr("Last sync: %1").arg(locale.toString(o.finishedAt, QLocale::ShortFormat)));
    QString text;
    QString style;
    if (!o.finishedAt.isValid()) {
        text = tr("Not synced yet");
    } else if (o.ok) {
        text = tr("Synced %1").arg(locale.toString(o.finishedAt.time(), QLocale::ShortFormat));
        tip.append(tr("Came in: %n event(s)", nullptr, int(o.pulled)) + QStringLiteral(", ")
                   + tr("%n media file(s)", nullptr, int(o.mediaPulled)));
        tip.append(tr("Went out: %n event(s)", nullptr, int(o.pushed)) + QStringLiteral(", ")
                   + tr("%n media file(s)", nullptr, int(o.mediaPushed)));
        if (!o.withheldMedia.isEmpty()) {
            tip.append(tr("Slides kept back (their label and macro images are not allowed in"
                          " this project, and cannot be taken out of these files): %1")
                               .arg(o.withheldMedia.join(QStringLiteral(", "))));
        }
        if (o.waitingToPush > 0) {
            text += QStringLiteral(" · ") + tr("%n waiting", nullptr, int(o.waitingToPush));
            tip.append(tr("Waiting to go out: %n event(s)", nullptr, int(o.waitingToPush)));
        }
        if (o.conflicts > 0) {
            text += QStringLiteral(" · ") + tr("%n conflict(s)", nullptr, o.conflicts);
            tip.append(tr("Conflicts to decide: %n", nullptr, o.conflicts));
            style = QStringLiteral("QLabel { color: #9a6700; }");
        }
        if (!o.refused.isEmpty()) {
            text += QStringLiteral(" · ") + tr("%n refused", nullptr, int(o.refused.size()));
            tip.append(tr("Refused (not added): %1").arg(o.refused.join(QStringLiteral("; "))));
            style = QStringLiteral("QLabel { color: #b3261e; }");
        }
        if (!o.unknownKinds.isEmpty()) {
            qint64 n = 0;
            for (qint64 c : o.unknownKinds)
                n += c;
            text += QStringLiteral(" · ") + tr("update Assay");
            tip.append(tr("%n event(s) of kinds this version does not know (%1): kept and passed"
                          " on, applied once Assay is updated",
                          nullptr, int(n))
                               .arg(o.unknownKinds.keys().join(QStringLiteral(", "))));
            if (style.isEmpty())
                style = QStringLiteral("QLabel { color: #9a6700; }");
        }
        if (!o.ignored.isEmpty())
            tip.append(tr("Ignored in the remote: %1").arg(o.ignored.join(QStringLiteral("; "))));
    } else if (o.cancelled) {
        text = tr("Sync cancelled");
        tip.append(tr("What was done before cancelling is kept"));
    } else if (o.unreachable) {
        // Offline is normal: said, not alarmed.
        text = tr("Offline");
        tip.append(tr("The remote was not reached: %1").arg(o.error));
        style = QStringLiteral("QLabel { color: palette(mid); }");
    } else {
        text = tr("Sync failed");
        tip.append(o.error);
        style = QStringLiteral("QLabel { color: #b3261e; }");
    }
    m_status->setText(text);
    m_status->setToolTip(tip.join(QLatin1Char('\n')));
    m_status->setStyleSheet(style);
}

void SyncController::showSettings()
{
    if (!m_project)
        return;
    SyncSettingsDialog dialog(remote(), intervalMinutes(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    forgetPassword(); // the dialog may have kept a new one
    if (const Status st = setRemote(dialog.spec(), dialog.intervalMinutes()); !st) {
        m_status->setText(tr("Not synced"));
        m_status->setToolTip(st.error().toString());
    }
}

} // namespace assay::app
