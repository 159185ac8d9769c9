// SPDX-License-Identifier: Apache-2.0
// Database and Statement: a thin RAII layer over SQLite's C API used by the project store.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace assay::core::store {

class Database;

// One prepared statement. Bind by 1-based index; step() until it returns false.
class Statement final
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value); // a blob
    // A blob not copied (megabytes of an import's payload): `value` must stay alive and
    // unchanged until the statement is reset, which exec() does.
    Statement &bindStatic(int index, const QByteArray &value);
    Statement &bind(int index, const char *utf8);
    Statement &bindUtf8(int index, std::string_view utf8); // copied by SQLite
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &value); // empty → NULL

    // Runs one step: true when a row is available. Errors are kept in error().
    bool step();
    // Runs to completion (for writes); returns the error if any.
    Status exec();
    void reset();

    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    const std::optional<Error> &error() const { return m_error; }

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Error> m_error;
};

// One SQLite connection. Not thread-safe: one per thread.
class Database final
{
public:
    enum class OpenMode { ReadOnly, ReadWrite, Create };

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();

    const QString &path() const { return m_path; }

    Status exec(const QString &sql); // one or more statements, no results
    Result<Statement> prepare(const QString &sql);
    // Prepared once per connection and reused: hot paths (event append) avoid re-parsing.
    Result<Statement *> cached(const char *sql);

    Result<qint64> queryInt(const QString &sql); // first column of the first row
    qint64 lastInsertRowId() const;
    int changes() const;

    Error lastError(const QString &context = {}) const;
    sqlite3 *handle() const { return m_db; }

    // What SQLite counted for one run of a statement (sqlite3_stmt_status): rows stepped through
    // by a full scan of a table, rows sorted without an index, virtual machine steps.
    struct StatementRun
    {
        QString sql;
        int fullScanSteps = 0;
        int sortSteps = 0;
        int vmSteps = 0;
    };
    using StatementObserver = std::function<void(const StatementRun &)>;
    // Told of every statement run on the connections opened while it is set (any thread), so a
    // test can check that a path reads no whole table; empty: none (the default, no cost).
    static void setStatementObserver(StatementObserver observer);

private:
    Database(sqlite3 *db, const QString &path)
        : m_db(db)
        , m_path(path)
    {}

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::vector<std::pair<const char *, std::unique_ptr<Statement>>> m_cache;
    int m_transactionDepth = 0; // Transaction nesting: the outer one is BEGIN, inner ones savepoints
    friend class Transaction;
};

// Begins an IMMEDIATE transaction (the write lock is taken up front, so two writers wait on
// the busy timeout instead of failing half-way) and rolls back unless commit() succeeded.
// Transactions nest: inside another one, begin() opens a savepoint, so that an operation made of
// several recorded events (an import adding items, classes and labels) is one transaction.
class Transaction final
{
public:
    explicit Transaction(Database *db);
    ~Transaction();
    Status begin();
    Status commit();
    void rollback();

private:
    Database *m_db;
    bool m_open = false;
    int m_level = 0; // 1: the outer transaction; >1: a savepoint
};

} // namespace assay::core::store

// For appliers and queries: the cached statement for `sql` on `db`, as `var`; a failure to
// prepare returns its error from the enclosing function.
#define ASSAY_STMT(var, sql) \
    auto var##_r = db->cached(sql); \
    if (!var##_r) \
        return var##_r.error(); \
    ::assay::core::store::Statement &var = **var##_r
