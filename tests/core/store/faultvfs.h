// SPDX-License-Identifier: Apache-2.0
// A SQLite VFS for tests that fills the disk on demand: it forwards everything to the default
// VFS, and once a budget of bytes has been written, every further write fails with SQLITE_FULL,
// as a disk that fills part way does. Installed as the default VFS, so every connection the
// code under test opens goes through it.
// It can also make the storage go away (setGoneAfter): once the budget is spent, the folder
// is as a network folder that disconnected, or a disk that was pulled: writes, syncs and new
// files fail with an I/O error, and the open files report that they are no longer at their
// path (SQLITE_FCNTL_HAS_MOVED), until back() brings it back.
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace assay::test {

class FaultVfs final
{
public:
    // Makes the fault VFS the default one (once per process).
    static void install()
    {
        static bool installed = false;
        if (installed)
            return;
        installed = true;
        s_base = sqlite3_vfs_find(nullptr);
        s_vfs = *s_base;
        s_vfs.zName = "assay-fault";
        s_vfs.szOsFile = int(sizeof(File)) + s_base->szOsFile;
        s_vfs.xOpen = &FaultVfs::open;
        s_vfs.pAppData = nullptr;
        sqlite3_vfs_register(&s_vfs, 1);
    }

    // Bytes that may still be written before writes fail; -1: no limit.
    static void setBudget(long long bytes)
    {
        s_goneMode.store(false);
        s_gone.store(false);
        s_budget.store(bytes);
        s_failures.store(0);
    }
    // The storage goes away after `bytes` more bytes are written (0: at once).
    static void setGoneAfter(long long bytes)
    {
        setBudget(bytes);
        s_goneMode.store(true);
    }
    static bool isGone() { return s_gone.load(); }
    static void back() { setBudget(-1); }
    static void unlimited() { setBudget(-1); }
    static int failures() { return s_failures.load(); }
    static long long written() { return s_written.load(); }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real; // right after this struct, szOsFile bytes of the real VFS's file
    };

    static sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }

    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags,
                    int *outFlags)
    {
        auto *f = reinterpret_cast<File *>(file);
        std::memset(f, 0, sizeof(File));
        if (s_gone.load()) {
            s_failures.fetch_add(1);
            return SQLITE_CANTOPEN;
        }
        f->real = reinterpret_cast<sqlite3_file *>(f + 1);
        const int rc = s_base->xOpen(s_base, name, f->real, flags, outFlags);
        f->base.pMethods = rc == SQLITE_OK && f->real->pMethods ? &s_methods : nullptr;
        return rc;
    }

    static int close(sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); }
    static int read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
    {
        return real(f)->pMethods->xRead(real(f), data, amount, offset);
    }
    static int write(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
    {
        if (s_gone.load()) {
            s_failures.fetch_add(1);
            return SQLITE_IOERR_WRITE;
        }
        long long budget = s_budget.load();
        while (budget >= 0) {
            if (amount > budget) {
                s_budget.store(0);
                s_failures.fetch_add(1);
                if (s_goneMode.load()) {
                    s_gone.store(true);
                    return SQLITE_IOERR_WRITE;
                }
                return SQLITE_FULL;
            }
            if (s_budget.compare_exchange_weak(budget, budget - amount))
                break;
        }
        s_written.fetch_add(amount);
        return real(f)->pMethods->xWrite(real(f), data, amount, offset);
    }
    static int truncate(sqlite3_file *f, sqlite3_int64 size)
    {
        return real(f)->pMethods->xTruncate(real(f), size);
    }
    static int sync(sqlite3_file *f, int flags)
    {
        if (s_gone.load())
            return SQLITE_IOERR_FSYNC;
        return real(f)->pMethods->xSync(real(f), flags);
    }
    static int fileSize(sqlite3_file *f, sqlite3_int64 *size)
    {
        return real(f)->pMethods->xFileSize(real(f), size);
    }
    static int lock(sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); }
    static int unlock(sqlite3_file *f, int level)
    {
        return real(f)->pMethods->xUnlock(real(f), level);
    }
    static int checkReservedLock(sqlite3_file *f, int *out)
    {
        return real(f)->pMethods->xCheckReservedLock(real(f), out);
    }
    static int fileControl(sqlite3_file *f, int op, void *arg)
    {
        if (op == SQLITE_FCNTL_HAS_MOVED && s_gone.load()) {
            *static_cast<int *>(arg) = 1;
            return SQLITE_OK;
        }
        return real(f)->pMethods->xFileControl(real(f), op, arg);
    }
    static int sectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
    static int deviceCharacteristics(sqlite3_file *f)
    {
        return real(f)->pMethods->xDeviceCharacteristics(real(f));
    }
    static int shmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
    {
        return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
    }
    static int shmLock(sqlite3_file *f, int offset, int n, int flags)
    {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    }
    static void shmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
    static int shmUnmap(sqlite3_file *f, int deleteFlag)
    {
        return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
    }
    // No memory-mapped reads: every page goes through read(), as the budget expects.
    static int fetch(sqlite3_file *, sqlite3_int64, int, void **out)
    {
        *out = nullptr;
        return SQLITE_OK;
    }
    static int unfetch(sqlite3_file *, sqlite3_int64, void *) { return SQLITE_OK; }

    static inline sqlite3_vfs *s_base = nullptr;
    static inline sqlite3_vfs s_vfs = {};
    static inline std::atomic<long long> s_budget{-1};
    static inline std::atomic<int> s_failures{0};
    static inline std::atomic<bool> s_goneMode{false};
    static inline std::atomic<bool> s_gone{false};
    static inline std::atomic<long long> s_written{0};
    static inline const sqlite3_io_methods s_methods = {
            3,
            &close,
            &read,
            &write,
            &truncate,
            &sync,
            &fileSize,
            &lock,
            &unlock,
            &checkReservedLock,
            &fileControl,
            &sectorSize,
            &deviceCharacteristics,
            &shmMap,
            &shmLock,
            &shmBarrier,
            &shmUnmap,
            &fetch,
            &unfetch,
    };
};

} // namespace assay::test
