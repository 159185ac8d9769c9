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

    // Lays out a new server, or brings an older layout up to date (an admin's
    // `assay server init`); the version reached.
    Result<int> init();

    // Maps a person of the project to the PostgreSQL role they connect as, with their roles
    // (role names as in core/domain/types.h): the server's row-level security lets that
    // connection push only that person's events, of actions those roles allow. An admin's
    // `assay server add-person`; the PostgreSQL role itself is made by the admin.
    Status addPerson(const Id &personId, const QString &roleName, const QStringList &roles);

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
    pg_conn *m_conn = nullptr;
};

} // namespace assay::core::sync
