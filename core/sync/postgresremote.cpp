// SPDX-License-Identifier: Apache-2.0
#include "core/sync/postgresremote.h"
#include "core/base/sha256.h"
#include "core/base/tr.h"
#include "core/events/policy.h"
#include "core/sync/folderremote.h"
#include "core/sync/serverschema.h"
#include "core/sync/wireevent.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libpq-fe.h>

namespace assay::core::sync {

namespace {

// A result freed when it goes out of scope.
struct PgResult
{
    PGresult *r = nullptr;
    explicit PgResult(PGresult *result)
        : r(result)
    {}
    ~PgResult() { PQclear(r); }
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    bool ok() const
    {
        const ExecStatusType s = PQresultStatus(r);
        return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_COPY_IN;
    }
    QString text(int row, int col) const { return QString::fromUtf8(PQgetvalue(r, row, col)); }
    int rows() const { return PQntuples(r); }
};

// A field of COPY's text format: backslash, tab and line breaks escaped.
void appendCopyField(QByteArray &out, QByteArrayView field)
{
    for (const char c : field) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

} // namespace

PostgresRemote::PostgresRemote(const QString &connection)
    : m_connection(connection)
{
    // The name the copy keeps its marks under: the settings that say which server and
    // database, never a password.
    QStringList parts;
    char *err = nullptr;
    if (PQconninfoOption *opts = PQconninfoParse(connection.toUtf8().constData(), &err)) {
        for (PQconninfoOption *o = opts; o->keyword; ++o) {
            const QByteArray key(o->keyword);
            if (o->val && *o->val
                && (key == "host" || key == "hostaddr" || key == "port" || key == "dbname"
                    || key == "user" || key == "service"))
                parts.append(QStringLiteral("%1=%2").arg(QString::fromLatin1(key),
                                                         QString::fromUtf8(o->val)));
        }
        PQconninfoFree(opts);
    }
    PQfreemem(err);
    m_id = QStringLiteral("postgres:") + (parts.isEmpty() ? connection : parts.join(u' '));
}

PostgresRemote::~PostgresRemote()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PostgresRemote::id() const
{
    return m_id;
}

Error PostgresRemote::lastError(const QString &what) const
{
    const QString message = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                                   : QString();
    return Error{ErrorCode::Io, Tr::tr("%1: %2").arg(what, message), m_id};
}

Status PostgresRemote::connect()
{
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return {};
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_conn = PQconnectdb(m_connection.toUtf8().constData());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return lastError(Tr::tr("cannot connect to the server"));
    PgResult quiet(PQexec(m_conn, "SET client_min_messages = warning"));
    return {};
}

Status PostgresRemote::exec(const char *sql)
{
    PgResult r(PQexec(m_conn, sql));
    if (!r.ok())
        return lastError(Tr::tr("the server refused a statement"));
    return {};
}

Result<int> PostgresRemote::migrate()
{
    // One connection at a time lays out a new server.
    ASSAY_TRY(exec("SELECT pg_advisory_xact_lock(7157001)"));
    int version = 0;
    {
        PgResult has(PQexec(m_conn, "SELECT to_regclass('assay.meta') IS NOT NULL"));
        if (!has.ok())
            return lastError(Tr::tr("cannot read the server's layout"));
        if (has.text(0, 0) == QLatin1String("t")) {
            PgResult v(PQexec(m_conn, "SELECT value FROM assay.meta WHERE key = 'schema'"));
            if (!v.ok())
                return lastError(Tr::tr("cannot read the server's layout"));
            version = v.rows() > 0 ? v.text(0, 0).toInt() : 0;
        }
    }
    if (version > serverSchemaVersion())
        return Error{ErrorCode::Unsupported,
                     Tr::tr("the server's layout is of a newer version (%1) than this build"
                            " knows (%2)")
                             .arg(version)
                             .arg(serverSchemaVersion()),
                     m_id};
    for (int v = version; v < serverSchemaVersion(); ++v) {
        ASSAY_TRY(exec(serverMigrations().at(v).toUtf8().constData()));
        const QByteArray to = QByteArray::number(v + 1);
        const char *values[] = {to.constData()};
        PgResult r(PQexecParams(m_conn,
                                "INSERT INTO assay.meta (key, value) VALUES ('schema', $1)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                1, nullptr, values, nullptr, nullptr, 0));
        if (!r.ok())
            return lastError(Tr::tr("cannot lay out the server"));
    }
    if (version < serverSchemaVersion())
        ASSAY_TRY(writeActions());
    return serverSchemaVersion();
}

Status PostgresRemote::writeActions()
{
    // The policy table as core has it (core/events/policy.cpp), never a copy kept by hand.
    ASSAY_TRY(exec("DELETE FROM assay.actions"));
    for (const auto &[role, action] : allowedActionTable()) {
        const QByteArray r = role.toUtf8(), a = action.toUtf8();
        const char *values[] = {r.constData(), a.constData()};
        PgResult row(PQexecParams(m_conn, "INSERT INTO assay.actions (role, action) VALUES ($1, $2)",
                                  2, nullptr, values, nullptr, nullptr, 0));
        if (!row.ok())
            return lastError(Tr::tr("cannot write the policy table"));
    }
    return {};
}

Status PostgresRemote::addPerson(const Id &personId, const QString &roleName,
                                 const QStringList &roles)
{
    ASSAY_TRY(connect());
    const QByteArray id = personId.toUtf8(), name = roleName.toUtf8();
    QStringList quoted;
    for (const QString &r : roles)
        quoted.append(QLatin1Char('"') + r + QLatin1Char('"'));
    const QByteArray array = (QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}'))
                                     .toUtf8();
    const char *values[] = {id.constData(), name.constData(), array.constData()};
    PgResult r(PQexecParams(m_conn,
                            "INSERT INTO assay.people (person, role_name, roles) VALUES ($1, $2,"
                            " $3::text[]) ON CONFLICT (person) DO UPDATE SET role_name ="
                            " excluded.role_name, roles = excluded.roles",
                            3, nullptr, values, nullptr, nullptr, 0));
    if (!r.ok())
        return lastError(Tr::tr("cannot map the person to a PostgreSQL role"));
    return {};
}

Result<int> PostgresRemote::init()
{
    ASSAY_TRY(connect());
    ASSAY_TRY(exec("BEGIN"));
    auto version = migrate();
    if (version) {
        if (const Status st = writeActions(); !st)
            version = st.error();
    }
    if (!version) {
        PgResult r(PQexec(m_conn, "ROLLBACK"));
        return version.error();
    }
    ASSAY_TRY(exec("COMMIT"));
    return *version;
}

Status PostgresRemote::open(const Id &projectId)
{
    ASSAY_TRY(connect());
    ASSAY_TRY(exec("BEGIN"));
    auto rollback = [this](const Error &e) -> Status {
        PgResult r(PQexec(m_conn, "ROLLBACK"));
        return e;
    };
    if (auto version = migrate(); !version)
        return rollback(version.error());
    PgResult p(PQexec(m_conn, "SELECT value FROM assay.meta WHERE key = 'project'"));
    if (!p.ok())
        return rollback(lastError(Tr::tr("cannot read the server's project")));
    if (p.rows() == 0) {
        const QByteArray id = projectId.toUtf8();
        const char *values[] = {id.constData()};
        PgResult r(PQexecParams(m_conn, "INSERT INTO assay.meta (key, value) VALUES ('project', $1)",
                                1, nullptr, values, nullptr, nullptr, 0));
        if (!r.ok())
            return rollback(lastError(Tr::tr("cannot write the server's project")));
    } else if (p.text(0, 0) != projectId) {
        return rollback(Error{ErrorCode::Conflict,
                              Tr::tr("this server holds another project (%1)").arg(p.text(0, 0)),
                              m_id});
    }
    return exec("COMMIT");
}

Result<Fetched> PostgresRemote::fetch(const QHash<QString, qint64> &seen)
{
    ASSAY_TRY(connect());
    const QByteArray after = QByteArray::number(seen.value(positionMark(), 0));
    const char *values[] = {after.constData()};
    PgResult r(PQexecParams(m_conn,
                            "SELECT position, line FROM assay.events WHERE position > $1"
                            " ORDER BY position",
                            1, nullptr, values, nullptr, nullptr, 0));
    if (!r.ok())
        return lastError(Tr::tr("cannot read events from the server"));
    Fetched out;
    const int n = r.rows();
    if (n == 0)
        return out;
    // One chunk: its mark is kept only when all of it was taken in, so nothing read after an
    // event that had to wait is skipped at the next pull.
    Fetched::Chunk chunk;
    chunk.mark = positionMark();
    chunk.lines.reserve(n);
    for (int i = 0; i < n; ++i)
        chunk.lines.append(QByteArray(PQgetvalue(r.r, i, 1), PQgetlength(r.r, i, 1)));
    chunk.value = QByteArray(PQgetvalue(r.r, n - 1, 0)).toLongLong();
    out.chunks.append(std::move(chunk));
    return out;
}

Result<QHash<QString, qint64>> PostgresRemote::push(const QList<QByteArray> &lines)
{
    if (lines.isEmpty())
        return QHash<QString, qint64>{};
    // Every line says where it goes: read before anything is sent.
    QByteArray rows;
    rows.reserve(lines.size() * 64 + [&] {
        qsizetype total = 0;
        for (const QByteArray &l : lines)
            total += l.size();
        return total;
    }());
    for (const QByteArray &line : lines) {
        auto w = decodeWire(line);
        if (!w)
            return w.error();
        const store::Event &e = w->event;
        appendCopyField(rows, e.device.toUtf8());
        rows += '\t';
        rows += QByteArray::number(e.deviceSeq);
        rows += '\t';
        appendCopyField(rows, e.hash.toUtf8());
        rows += '\t';
        appendCopyField(rows, e.personId.toUtf8());
        rows += '\t';
        appendCopyField(rows, e.action.toUtf8());
        rows += '\t';
        appendCopyField(rows, e.audience.toUtf8());
        rows += '\t';
        appendCopyField(rows, line);
        rows += '\n';
    }
    ASSAY_TRY(connect());
    ASSAY_TRY(exec("BEGIN"));
    auto rollback = [this](const Error &e) -> Error {
        PgResult r(PQexec(m_conn, "ROLLBACK"));
        return e;
    };
    // Pushes commit one after the other (pulls go on meanwhile): positions become visible in
    // their order. An advisory lock: it needs no right beyond the insert's.
    for (const char *sql :
         {"SELECT pg_advisory_xact_lock(7157002)",
          "CREATE TEMPORARY TABLE incoming (device text, device_seq bigint, hash text,"
          " person text, action text, audience text, line text, ord bigserial) ON COMMIT DROP",
          "COPY incoming (device, device_seq, hash, person, action, audience, line) FROM STDIN"}) {
        if (const Status st = exec(sql); !st)
            return rollback(st.error());
    }
    if (PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1
        || PQputCopyEnd(m_conn, nullptr) != 1)
        return rollback(lastError(Tr::tr("cannot send events to the server")));
    {
        PgResult copied(PQgetResult(m_conn));
        if (PQresultStatus(copied.r) != PGRES_COMMAND_OK)
            return rollback(lastError(Tr::tr("the server refused the events")));
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
    }
    // A place taken by another event, on the server or twice in this push: a fork.
    PgResult forks(
            PQexec(m_conn,
                   "SELECT i.device, i.device_seq FROM incoming i JOIN assay.events e"
                   " ON e.device = i.device AND e.device_seq = i.device_seq WHERE e.hash <> i.hash"
                   " UNION ALL SELECT device, device_seq FROM incoming GROUP BY device, device_seq"
                   " HAVING COUNT(DISTINCT hash) > 1 LIMIT 1"));
    if (!forks.ok())
        return rollback(lastError(Tr::tr("cannot check the events against the server's")));
    if (forks.rows() > 0)
        return rollback(Error{ErrorCode::Conflict,
                              Tr::tr("device %1 forked at its event %2: the server holds another"
                                     " event there; nothing was pushed")
                                      .arg(forks.text(0, 0).left(8), forks.text(0, 1)),
                              m_id});
    if (const Status st = exec(
                "INSERT INTO assay.events (device, device_seq, hash, person, action, audience,"
                " line) SELECT DISTINCT ON (ord) device, device_seq, hash, person, action,"
                " audience, line FROM incoming i WHERE NOT EXISTS (SELECT 1 FROM assay.events e"
                " WHERE e.device = i.device AND e.device_seq = i.device_seq) ORDER BY ord"
                " ON CONFLICT (device, device_seq) DO NOTHING");
        !st)
        return rollback(st.error());
    if (const Status st = exec("COMMIT"); !st)
        return rollback(st.error());
    // No mark: the next pull reads these lines back with the others' (a copy skips its own).
    return QHash<QString, qint64>{};
}

Result<bool> PostgresRemote::hasMedia(const QString &sha256)
{
    ASSAY_TRY(connect());
    const QByteArray key = sha256.toLatin1();
    const char *values[] = {key.constData()};
    PgResult r(PQexecParams(m_conn, "SELECT 1 FROM assay.media WHERE sha256 = $1", 1, nullptr,
                            values, nullptr, nullptr, 0));
    if (!r.ok())
        return lastError(Tr::tr("cannot read media from the server"));
    return r.rows() > 0;
}

Status PostgresRemote::putMedia(const QString &sha256, const QString &localPath)
{
    QFile f(localPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(f.errorString()), localPath);
    const QByteArray bytes = f.readAll();
    if (QString::fromLatin1(sha256Hex(bytes)) != sha256)
        return makeError(ErrorCode::Tampered,
                         Tr::tr("the file's content does not match its SHA-256 %1").arg(sha256),
                         localPath);
    ASSAY_TRY(connect());
    const QByteArray key = sha256.toLatin1();
    const char *values[] = {key.constData(), bytes.constData()};
    const int lengths[] = {0, int(bytes.size())};
    const int formats[] = {0, 1};
    PgResult r(PQexecParams(m_conn,
                            "INSERT INTO assay.media (sha256, bytes) VALUES ($1, $2)"
                            " ON CONFLICT (sha256) DO NOTHING",
                            2, nullptr, values, lengths, formats, 0));
    if (!r.ok())
        return lastError(Tr::tr("cannot send media to the server"));
    return {};
}

Result<bool> PostgresRemote::getMedia(const QString &sha256, const QString &localPath)
{
    ASSAY_TRY(connect());
    const QByteArray key = sha256.toLatin1();
    const char *values[] = {key.constData()};
    PgResult r(PQexecParams(m_conn, "SELECT bytes FROM assay.media WHERE sha256 = $1", 1, nullptr,
                            values, nullptr, nullptr, 1));
    if (!r.ok())
        return lastError(Tr::tr("cannot read media from the server"));
    if (r.rows() == 0)
        return false;
    const QByteArray bytes(PQgetvalue(r.r, 0, 0), PQgetlength(r.r, 0, 0));
    if (QString::fromLatin1(sha256Hex(bytes)) != sha256)
        return makeError(ErrorCode::Tampered,
                         Tr::tr("the server's media does not match its SHA-256 %1").arg(sha256),
                         m_id);
    QDir().mkpath(QFileInfo(localPath).absolutePath());
    ASSAY_TRY(writeWhole(localPath, bytes));
    return true;
}

} // namespace assay::core::sync
