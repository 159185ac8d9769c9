// SPDX-License-Identifier: Apache-2.0
// LogWatcher: signals the events appended to a project's log, by this connection or any other.
#pragma once

#include "core/domain/eventnotice.h"
#include "core/result.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace assay::core {

namespace store {
class Database;
class ProjectStore;
struct Event;
} // namespace store

// Tells views that the project changed under them: another window, an `assay` command run
// against the same file, later a sync. The store tells the watcher of its own commits at once
// (so a view updates in the same call as the edit); commits of other connections are found by
// polling `PRAGMA data_version` on a read connection of the watcher's own, which costs no I/O
// while nothing changes. One watcher per store: it takes the store's commit listener.
class LogWatcher final : public QObject
{
    Q_OBJECT

public:
    // `store` is not owned; it may go first (the watcher then only polls the file).
    explicit LogWatcher(store::ProjectStore *store, QObject *parent = nullptr);
    ~LogWatcher() override;

    // Why nothing is watched (the file could not be opened for reading); nothing: all well.
    const std::optional<Error> &error() const { return m_error; }
    void setPollInterval(int ms); // default 500
    qint64 lastSeq() const { return m_lastSeq; }

    // Looks for commits of other connections now, instead of at the next tick.
    void poll();

Q_SIGNALS:
    // In log order; `local` marks those recorded through the watched store.
    void eventsAppended(const QList<core::EventNotice> &events);

private:
    void onLocalCommit();
    void read(const QSet<Id> &localIds);
    EventNotice notice(const store::Event &event);

    store::ProjectStore *m_store;
    std::unique_ptr<store::Database> m_db;
    QTimer *m_timer;
    std::optional<Error> m_error;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
};

} // namespace assay::core
