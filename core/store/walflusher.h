// SPDX-License-Identifier: Apache-2.0
// WalFlusher: group commit for a project — syncs and checkpoints the WAL off the edit path.
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace assay::core::store {

// Edits commit with synchronous=NORMAL: the commit is in the WAL, so it survives the
// program being killed, and costs no fsync. This thread, on its own connection, checkpoints
// (which fsyncs the WAL, then the database) at most `intervalMs` after a commit, so a power
// cut loses at most that window — and edits never wait for a checkpoint.
class WalFlusher final
{
public:
    WalFlusher(const QString &databasePath, int intervalMs);
    ~WalFlusher(); // flushes what is pending, then stops

    void notifyCommit();
    qint64 flushes() const { return m_flushes.load(); }

private:
    void run();

    QString m_path;
    int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_dirty = false;
    bool m_stop = false;
    std::atomic<qint64> m_flushes{0};
    std::thread m_thread;
};

} // namespace assay::core::store
