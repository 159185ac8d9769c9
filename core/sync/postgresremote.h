// SPDX-License-Identifier: Apache-2.0
// PostgresRemote: a PostgreSQL server as a remote, over libpq. The connection is named by a
// libpq connection string or URI ("host=/run/pg dbname=assay", "postgresql://ann@db/assay",
// "service=assay" for a pg_service.conf entry); libpq reads the password from ~/.pgpass or
// PGPASSWORD and honours sslmode. The layout is in serverschema.h.
//
// A push is one transaction, all or nothing, under a lock that lets pushes commit one after
// the other, so positions grow in the order rows become visible and a pull that resumes after
// the last position it read misses nothing. The same (device, device_seq, hash) is stored
// once; the same (device, device_seq) with another hash is a fork, and the whole push is
// refused, naming it.
#pragma once

#include "core/sync/remote.h"

#include <memory>

struct pg_conn;

namespace assay::core::sync {

class PostgresRemote final : public Remote
{
public:
    explicit PostgresRemote(const QString &connection);
    ~PostgresRemote() override;

    // "postgres:" and the connection's settings without its password.
    QString id() const override;
    Status open(const Id &projectId) override;
    Result<Fetched> fetch(const QHash<QString, qint64> &seen) override;
    Result<QHash<QString, qint64>> push(const QList<QByteArray> &lines) override;
    Result<bool> hasMedia(const QString &sha256) override;
    Status putMedia(const QString &sha256, const QString &localPath) override;
    Result<bool> getMedia(const QString &sha256, const QString &localPath) override;
    Result<int> publishPool(const Id &batchId, double goldRate, int leaseSeconds,
                            const QList<PoolTask> &tasks) override;
    Result<QList<LeasedTask>> lease(const Id &batchId, int count) override;
    Result<int> finishLeases(const QList<Id> &taskIds) override;

    // Lays out a new server, or brings an older layout up to date (an admin's
    // `assay server init`); the version reached.
    Result<int> init();

    // Maps a person of the project to the PostgreSQL role they connect as, with their roles
    // (role names as in core/domain/types.h): the server's row-level security lets that
    // connection push only that person's events, of actions those roles allow. An admin's
    // `assay server add-person`; the PostgreSQL role itself is made by the admin.
    Status addPerson(const Id &personId, const QString &roleName, const QStringList &roles);

    // Credentials: whether the settings carry a password themselves; the name a password is
    // kept under elsewhere (a keyring): "postgres:HOST:PORT:USER:DBNAME", libpq's defaults and
    // PG* variables filling what the settings leave out; a password given by the caller (from
    // a keyring), used before ~/.pgpass and never shown in id().
    bool hasPassword() const { return m_hasPassword; }
    QString credentialEntry() const { return m_entry; }
    void setPassword(const QString &password) { m_password = password.toUtf8(); }
    static QString credentialEntryFor(const QString &connection);

    // The mark a pull keeps: the last position read.
    static QString positionMark() { return QStringLiteral("position"); }

private:
    Status connect();
    Status exec(const char *sql);
    Result<int> migrate(); // inside a transaction
    Status writeActions();
    Error lastError(const QString &what) const;

    QString m_connection;
    QString m_id;
    QString m_entry;
    QByteArray m_password;
    bool m_hasPassword = false;
    pg_conn *m_conn = nullptr;
};

} // namespace assay::core::sync
