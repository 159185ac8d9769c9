// SPDX-License-Identifier: Apache-2.0
// SQLite connection, statements and transactions for the project store.
#include "core/store/database.h"
#include "core/base/storage.h"
#include "core/base/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <fcntl.h>
#include <unistd.h>

namespace assay::core::store {

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_error = std::move(other.m_error);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindStatic(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db->lastError();
    return false;
}

Status Statement::exec()
{
    m_error.reset();
    while (step()) {
    }
    const std::optional<Error> error = m_error;
    reset();
    if (error)
        return *error;
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

static std::mutex s_observerMutex;
static Database::StatementObserver s_observer;

void Database::setStatementObserver(StatementObserver observer)
{
    const std::lock_guard lock(s_observerMutex);
    s_observer = std::move(observer);
}

// SQLITE_TRACE_PROFILE: called as a statement finishes a run (done or reset).
static int traceStatement(unsigned type, void *, void *p, void *)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(p);
    Database::StatementRun run;
    run.sql = QString::fromUtf8(sqlite3_sql(stmt));
    run.fullScanSteps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
    run.sortSteps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_SORT, 1);
    run.vmSteps = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 1);
    const std::lock_guard lock(s_observerMutex);
    if (s_observer)
        s_observer(run);
    return 0;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    if (mode != OpenMode::Create && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, Tr::tr("no such file"), path);

    if (mode == OpenMode::Create && !QFileInfo::exists(path)) {
        // Owner only from the first byte: a project holds what others may not read. SQLite
        // gives its -wal and -shm files the same mode.
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return makeError(ErrorCode::Io,
                             Tr::tr("cannot create: %1")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno))),
                             path);
        ::close(fd);
    }
    // A project on read-only media, or in a folder this user may not write to: SQLite reads a
    // WAL-mode file only with its -shm file beside it, which cannot be made there. Nothing can
    // change the file either, so it is opened as immutable (no locks, no -wal, no -shm). Its
    // last changes may still be in a -wal file (a copy taken while the project was open): those
    // cannot be read without a -shm file, so that is said instead of showing an older state.
    QByteArray name = path.toUtf8();
    if (mode == OpenMode::ReadOnly && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        const QString folder = QFileInfo(path).absolutePath();
        if (storage::onReadOnlyMedia(folder) || !QFileInfo(folder).isWritable()) {
            const QFileInfo wal(path + QStringLiteral("-wal"));
            if (wal.exists() && wal.size() > 0)
                return makeError(ErrorCode::Io,
                                 Tr::tr("the project's folder is read-only, and its last changes"
                                        " are still in %1, which can only be read with a -shm"
                                        " file beside it: copy the project file with its -wal"
                                        " file to a writable folder and open the copy")
                                         .arg(QDir::toNativeSeparators(wal.fileName())),
                                 path);
            QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            url.setQuery(QStringLiteral("immutable=1"));
            name = url.toEncoded();
            flags |= SQLITE_OPEN_URI;
        }
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                  : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return makeError(ErrorCode::Io, Tr::tr("cannot open: %1").arg(reason), path);
    }
    sqlite3_extended_result_codes(db, 1);
    // Another workstation process (the GUI and a script) may hold the write lock briefly.
    sqlite3_busy_timeout(db, 5000);
    {
        const std::lock_guard lock(s_observerMutex);
        if (s_observer)
            sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, traceStatement, nullptr);
    }
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close(m_db);
}

// The kind of a failure, from SQLite's result code.
static ErrorCode errorCodeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CONSTRAINT: return ErrorCode::Conflict;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY: return ErrorCode::Io;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return ErrorCode::InvalidInput;
    default: return ErrorCode::Database;
    }
}

// True when the file a connection has open is no longer at its path: its folder went away (a
// network folder that disconnected, a disk unmounted) or it was moved or deleted. Every write
// transaction checks it first; errors of the storage say so when it is. SQLite compares the
// file it has open with what is at its path now (a stat, no I/O).
static bool storageGone(sqlite3 *db)
{
    int moved = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false;
    return moved != 0;
}

static Error goneError(const QString &path)
{
    return makeError(ErrorCode::Io,
                     Tr::tr("the project file is no longer there (%1): nothing more was"
                            " saved; what was saved before is kept in the file. Open the project"
                            " again once its folder is back")
                             .arg(storage::whyMissing(path)),
                     path);
}

// A failure of the file's storage (rather than of the statement): the place to ask whether the
// file is still there.
static bool isStorageFault(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return true;
    default: return false;
    }
}

// What the machine did, in words, before SQLite's own: "database or disk is full" does not
// say which, "attempt to write a readonly database" not why.
static QString reasonFor(int rc, const QString &sqliteMessage, int systemErrno = 0)
{
    // SQLite says "disk I/O error" for some writes that found no space (a WAL or shared-memory
    // file growing on a full filesystem); the operating system's error says what it was.
    if ((rc & 0xff) == SQLITE_IOERR && systemErrno == ENOSPC)
        rc = SQLITE_FULL;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Tr::tr("the disk is full: nothing more could be written (%1)").arg(sqliteMessage);
    case SQLITE_READONLY:
        return Tr::tr("the project may only be read here: the file or its folder is read-only "
                      "(%1)")
                .arg(sqliteMessage);
    default: return sqliteMessage;
    }
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const int code = sqlite3_extended_errcode(m_db);
        if (isStorageFault(code) && storageGone(m_db))
            return goneError(m_path);
        return makeError(errorCodeFor(code), reasonFor(code, reason, sqlite3_system_errno(m_db)),
                         m_path);
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError();
    return Statement(this, stmt);
}

Result<Statement *> Database::cached(const char *sql)
{
    for (auto &entry : m_cache) {
        if (entry.first == sql)
            return entry.second.get();
    }
    auto stmt = prepare(QString::fromUtf8(sql));
    if (!stmt)
        return stmt.error();
    m_cache.emplace_back(sql, std::make_unique<Statement>(std::move(*stmt)));
    return m_cache.back().second.get();
}

Result<qint64> Database::queryInt(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->step()) {
        if (stmt->error())
            return *stmt->error();
        return makeError(ErrorCode::NotFound, Tr::tr("no result"), m_path);
    }
    return stmt->int64(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &context) const
{
    const int code = sqlite3_errcode(m_db);
    if (isStorageFault(code) && storageGone(m_db)) {
        Error gone = goneError(m_path);
        if (!context.isEmpty())
            gone.message = context + QStringLiteral(": ") + gone.message;
        return gone;
    }
    QString reason = reasonFor(code, QString::fromUtf8(sqlite3_errmsg(m_db)),
                               sqlite3_system_errno(m_db));
    if (!context.isEmpty())
        reason = context + QStringLiteral(": ") + reason;
    return makeError(errorCodeFor(code), reason, m_path);
}

Transaction::Transaction(Database *db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::begin()
{
    const int level = m_db->m_transactionDepth + 1;
    if (level == 1) {
        // A project whose folder went away (a network folder that disconnected, a disk that was
        // unmounted) is not written to through a file nobody can reach any more.
        if (storageGone(m_db->handle()))
            return goneError(m_db->path());
        auto stmt = m_db->cached("BEGIN IMMEDIATE");
        if (!stmt)
            return stmt.error();
        ASSAY_TRY((*stmt)->exec());
    } else {
        ASSAY_TRY(m_db->exec(QStringLiteral("SAVEPOINT nested%1").arg(level)));
    }
    m_level = level;
    m_db->m_transactionDepth = level;
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (m_level == 1) {
        auto stmt = m_db->cached("COMMIT");
        if (!stmt)
            return stmt.error();
        ASSAY_TRY((*stmt)->exec());
    } else {
        ASSAY_TRY(m_db->exec(QStringLiteral("RELEASE nested%1").arg(m_level)));
    }
    m_db->m_transactionDepth = m_level - 1;
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (m_level == 1)
        m_db->exec(QStringLiteral("ROLLBACK"));
    else
        m_db->exec(QStringLiteral("ROLLBACK TO nested%1; RELEASE nested%1").arg(m_level));
    m_db->m_transactionDepth = m_level - 1;
    m_open = false;
}

} // namespace assay::core::store
