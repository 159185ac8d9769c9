// SPDX-License-Identifier: Apache-2.0
// Background WAL checkpointing for group commit.
#include "core/store/walflusher.h"

#include <sqlite3.h>

#include <chrono>

namespace assay::core::store {

WalFlusher::WalFlusher(const QString &databasePath, int intervalMs)
    : m_path(databasePath)
    , m_intervalMs(intervalMs)
    , m_thread([this] { run(); })
{}

WalFlusher::~WalFlusher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalFlusher::notifyCommit()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_dirty)
            return;
        m_dirty = true;
    }
    m_wake.notify_one();
}

void WalFlusher::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
    if (db)
        sqlite3_busy_timeout(db, 2000);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_dirty || m_stop; });
        if (!m_dirty && m_stop)
            break;
        // Gather the commits of the next interval into one flush.
        if (!m_stop)
            m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs),
                            [this] { return m_stop; });
        m_dirty = false;
        lock.unlock();
        if (db) {
            // PASSIVE never blocks writers; with synchronous=NORMAL it fsyncs the WAL first.
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            m_flushes.fetch_add(1);
        }
        lock.lock();
        if (m_stop && !m_dirty)
            break;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace assay::core::store
