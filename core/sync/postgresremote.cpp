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
    // Runs without a special character are appended whole (a line is hundreds of bytes).
    const char *p = field.data();
    const char *const end = p + field.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\' && *p != '\t' && *p != '\n' && *p != '\r')
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        switch (*p++) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        default: out += "\\r"; break;
        }
    }
}

// One column of a push as a one-dimensional array in PostgreSQL's binary format (array_recv):
// dimensions, then each element as a 32-bit length and its bytes, integers big-endian.
constexpr quint32 s_textOid = 25;
constexpr quint32 s_int8Oid = 20;

class ArrayWriter
{
public:
    void begin(int count, quint32 elementType)
    {
        m_bytes.clear();
        put32(1); // dimensions
        put32(0); // no nulls
        put32(elementType);
        put32(quint32(count));
        put32(1); // lower bound
    }
    void text(QByteArrayView value)
    {
        put32(quint32(value.size()));
        m_bytes.append(value.data(), value.size());
    }
    void int8(qint64 value)
    {
        put32(8);
        put32(quint32(quint64(value) >> 32));
        put32(quint32(quint64(value)));
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    void put32(quint32 v)
    {
        const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        m_bytes.append(b, 4);
    }
    QByteArray m_bytes;
};

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
            if (key == "password" && o->val && *o->val)
                m_hasPassword = true;
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
    m_entry = credentialEntryFor(connection);
}

QString PostgresRemote::credentialEntryFor(const QString &connection)
{
    QHash<QByteArray, QString> given;
    char *err = nullptr;
    if (PQconninfoOption *opts = PQconninfoParse(connection.toUtf8().constData(), &err)) {
        for (PQconninfoOption *o = opts; o->keyword; ++o) {
            if (o->val && *o->val)
                given.insert(QByteArray(o->keyword), QString::fromUtf8(o->val));
        }
        PQconninfoFree(opts);
    }
    PQfreemem(err);
    // What libpq would use for what is not given: PGHOST, PGPORT, PGUSER... or its own.
    if (PQconninfoOption *defaults = PQconndefaults()) {
        for (PQconninfoOption *o = defaults; o->keyword; ++o) {
            const QByteArray key(o->keyword);
            if (!given.contains(key) && o->val && *o->val)
                given.insert(key, QString::fromUtf8(o->val));
        }
        PQconninfoFree(defaults);
    }
    const QString host = given.value("host", given.value("hostaddr", QStringLiteral("localhost")));
    const QString port = given.value("port", QStringLiteral("5432"));
    const QString user = given.value("user");
    const QString db = given.value("dbname", user);
    return QStringLiteral("postgres:%1:%2:%3:%4").arg(host, port, user, db);
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
    const QByteArray settings = m_connection.toUtf8();
    if (m_password.isEmpty()) {
        m_conn = PQconnectdb(settings.constData());
    } else {
        // The settings expanded first, the password after them (a later keyword wins).
        const char *keys[] = {"dbname", "password", nullptr};
        const char *values[] = {settings.constData(), m_password.constData(), nullptr};
        m_conn = PQconnectdbParams(keys, values, 1);
    }
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
    // Every line says where it goes: read (its envelope's routing fields only) before anything
    // is sent. The same place twice in one push: once when the hash agrees, a fork when not.
    QList<WireRoute> routes;
    routes.reserve(lines.size());
    QHash<QByteArray, int> deviceIndex;
    QHash<quint64, qsizetype> placeOf; // (device index, seq) -> index in routes
    placeOf.reserve(lines.size());
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    QList<QByteArray> devices;
    QList<Range> ranges;
    QList<bool> keep(lines.size(), true);
    {
        WireRouteReader reader;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            auto r = reader.read(lines.at(i));
            if (!r)
                return r.error();
            auto d = deviceIndex.constFind(r->device);
            if (d == deviceIndex.cend()) {
                d = deviceIndex.insert(r->device, int(devices.size()));
                devices.append(r->device);
                ranges.append({r->deviceSeq, r->deviceSeq});
            }
            Range &range = ranges[*d];
            range.first = std::min(range.first, r->deviceSeq);
            range.last = std::max(range.last, r->deviceSeq);
            const quint64 place = (quint64(*d) << 44) | quint64(r->deviceSeq);
            if (auto seen = placeOf.constFind(place); seen != placeOf.cend()) {
                if (routes.at(*seen).hash != r->hash)
                    return Error{ErrorCode::Conflict,
                                 Tr::tr("device %1 forked at its event %2: the push holds two"
                                        " events there; nothing was pushed")
                                         .arg(QString::fromUtf8(r->device.left(8)))
                                         .arg(r->deviceSeq),
                                 m_id};
                keep[i] = false;
            } else {
                placeOf.insert(place, i);
            }
            routes.append(std::move(*r));
        }
    }
    ASSAY_TRY(connect());
    ASSAY_TRY(exec("BEGIN"));
    auto rollback = [this](const Error &e) -> Error {
        PgResult r(PQexec(m_conn, "ROLLBACK"));
        return e;
    };
    // Pushes commit one after the other (pulls go on meanwhile): positions become visible in
    // their order, and what is checked below stays true until the commit. An advisory lock: it
    // needs no right beyond the insert's.
    if (const Status st = exec("SELECT pg_advisory_xact_lock(7157002)"); !st)
        return rollback(st.error());
    // What the server already holds in the push's places, device by device (an index range
    // scan): the same event is left out, another is a fork.
    for (int d = 0; d < devices.size(); ++d) {
        const QByteArray first = QByteArray::number(ranges.at(d).first);
        const QByteArray last = QByteArray::number(ranges.at(d).last);
        const char *values[] = {devices.at(d).constData(), first.constData(), last.constData()};
        PgResult held(PQexecParams(m_conn,
                                   "SELECT device_seq, hash FROM assay.events WHERE device = $1"
                                   " AND device_seq BETWEEN $2 AND $3",
                                   3, nullptr, values, nullptr, nullptr, 0));
        if (!held.ok())
            return rollback(lastError(Tr::tr("cannot check the events against the server's")));
        for (int row = 0; row < held.rows(); ++row) {
            const qint64 seq = QByteArray(PQgetvalue(held.r, row, 0)).toLongLong();
            const auto at = placeOf.constFind((quint64(d) << 44) | quint64(seq));
            if (at == placeOf.cend())
                continue;
            const QByteArrayView hash(PQgetvalue(held.r, row, 1), PQgetlength(held.r, row, 1));
            if (routes.at(*at).hash != hash)
                return rollback(Error{ErrorCode::Conflict,
                                      Tr::tr("device %1 forked at its event %2: the server holds"
                                             " another event there; nothing was pushed")
                                              .arg(QString::fromUtf8(devices.at(d).left(8)))
                                              .arg(seq),
                                      m_id});
            keep[*at] = false;
        }
    }
    qsizetype kept = 0;
    for (qsizetype i = 0; i < lines.size(); ++i)
        kept += keep.at(i) ? 1 : 0;
    if (kept == 0) {
        if (const Status st = exec("COMMIT"); !st)
            return rollback(st.error());
        return QHash<QString, qint64>{};
    }
    // COPY cannot write to a table under row-level security (an annotator's connection), so the
    // rows go in by INSERT, which the server's WITH CHECK policy judges: a prepared statement
    // fed column arrays in PostgreSQL's binary format (no text to parse, no staging table),
    // tens of thousands of rows at a time, in the push's order. Checked above under the lock:
    // no place of these is taken, so a plain INSERT (a conflict would be an error, and the
    // whole push rolls back). The unnamed statement: nothing else is parsed until the last piece.
    {
        PgResult prepared(PQprepare(m_conn, "",
                                    "INSERT INTO assay.events (device, device_seq, hash, person,"
                                    " action, audience, line) SELECT * FROM unnest($1::text[],"
                                    " $2::int8[], $3::text[], $4::text[], $5::text[],"
                                    " $6::text[], $7::text[])",
                                    7, nullptr));
        if (!prepared.ok())
            return rollback(lastError(Tr::tr("the server refused a statement")));
    }
    constexpr qsizetype chunk = 20000;
    QList<qsizetype> rowsOf;
    rowsOf.reserve(chunk);
    ArrayWriter columns[7];
    for (qsizetype i = 0; i < lines.size();) {
        rowsOf.clear();
        for (; i < lines.size() && rowsOf.size() < chunk; ++i) {
            if (keep.at(i))
                rowsOf.append(i);
        }
        if (rowsOf.isEmpty())
            continue;
        const int n = int(rowsOf.size());
        columns[0].begin(n, s_textOid);
        columns[1].begin(n, s_int8Oid);
        for (int c = 2; c < 7; ++c)
            columns[c].begin(n, s_textOid);
        for (qsizetype at : std::as_const(rowsOf)) {
            const WireRoute &r = routes.at(at);
            columns[0].text(r.device);
            columns[1].int8(r.deviceSeq);
            columns[2].text(r.hash);
            columns[3].text(r.person);
            columns[4].text(r.action);
            columns[5].text(r.audience);
            columns[6].text(lines.at(at));
        }
        const char *values[7];
        int lengths[7];
        const int formats[7] = {1, 1, 1, 1, 1, 1, 1};
        for (int c = 0; c < 7; ++c) {
            values[c] = columns[c].bytes().constData();
            lengths[c] = int(columns[c].bytes().size());
        }
        PgResult inserted(PQexecPrepared(m_conn, "", 7, values, lengths, formats, 0));
        if (!inserted.ok())
            return rollback(lastError(Tr::tr("the server refused the events")));
    }
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

Result<int> PostgresRemote::publishPool(const Id &batchId, double goldRate, int leaseSeconds,
                                        const QList<PoolTask> &tasks)
{
    QByteArray rows;
    const QByteArray batch = batchId.toUtf8();
    for (const PoolTask &t : tasks) {
        appendCopyField(rows, t.taskId.toUtf8());
        rows += '\t';
        appendCopyField(rows, batch);
        rows += '\t';
        appendCopyField(rows, t.itemId.toUtf8());
        rows += '\t';
        rows += QByteArray::number(t.position);
        rows += '\t';
        rows += t.gold ? "t" : "f";
        rows += '\n';
    }
    ASSAY_TRY(connect());
    ASSAY_TRY(exec("BEGIN"));
    auto rollback = [this](const Error &e) -> Error {
        PgResult r(PQexec(m_conn, "ROLLBACK"));
        return e;
    };
    const QByteArray rate = QByteArray::number(goldRate, 'g', 17);
    const QByteArray seconds = QByteArray::number(leaseSeconds);
    const char *values[] = {batch.constData(), rate.constData(), seconds.constData()};
    {
        PgResult r(PQexecParams(m_conn,
                                "INSERT INTO assay.pools (batch, gold_rate, lease_seconds) VALUES"
                                " ($1, $2, $3) ON CONFLICT (batch) DO UPDATE SET gold_rate ="
                                " excluded.gold_rate, lease_seconds = excluded.lease_seconds",
                                3, nullptr, values, nullptr, nullptr, 0));
        if (!r.ok())
            return rollback(lastError(Tr::tr("the server refused the pool")));
    }
    for (const char *sql : {"CREATE TEMPORARY TABLE incoming_pool (task text, batch text, item"
                            " text, position integer, gold boolean) ON COMMIT DROP",
                            "COPY incoming_pool FROM STDIN"}) {
        if (const Status st = exec(sql); !st)
            return rollback(st.error());
    }
    if ((!rows.isEmpty() && PQputCopyData(m_conn, rows.constData(), int(rows.size())) != 1)
        || PQputCopyEnd(m_conn, nullptr) != 1)
        return rollback(lastError(Tr::tr("cannot send the pool to the server")));
    {
        PgResult copied(PQgetResult(m_conn));
        if (PQresultStatus(copied.r) != PGRES_COMMAND_OK)
            return rollback(lastError(Tr::tr("the server refused the pool")));
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
    }
    PgResult added(PQexec(m_conn, "INSERT INTO assay.pool (task, batch, item, position, gold)"
                                  " SELECT task, batch, item, position, gold FROM incoming_pool"
                                  " ON CONFLICT (task) DO NOTHING"));
    if (!added.ok())
        return rollback(lastError(Tr::tr("the server refused the pool")));
    const int n = QByteArray(PQcmdTuples(added.r)).toInt();
    if (const Status st = exec("COMMIT"); !st)
        return rollback(st.error());
    return n;
}

Result<QList<LeasedTask>> PostgresRemote::lease(const Id &batchId, int count)
{
    ASSAY_TRY(connect());
    const QByteArray batch = batchId.toUtf8(), n = QByteArray::number(count);
    const char *values[] = {batch.constData(), n.constData()};
    // One statement, its own transaction: the leases hold once it returns.
    PgResult r(PQexecParams(m_conn,
                            "SELECT task, item, to_char(expires AT TIME ZONE 'UTC',"
                            " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM assay.lease($1, $2)",
                            2, nullptr, values, nullptr, nullptr, 0));
    if (!r.ok())
        return lastError(Tr::tr("the server hands out no tasks"));
    QList<LeasedTask> out;
    for (int i = 0; i < r.rows(); ++i)
        out.append({r.text(i, 0), r.text(i, 1), r.text(i, 2)});
    return out;
}

Result<int> PostgresRemote::finishLeases(const QList<Id> &taskIds)
{
    if (taskIds.isEmpty())
        return 0;
    ASSAY_TRY(connect());
    QStringList quoted;
    for (const Id &t : taskIds)
        quoted.append(QLatin1Char('"') + t + QLatin1Char('"'));
    const QByteArray array = (QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}'))
                                     .toUtf8();
    const char *values[] = {array.constData()};
    PgResult r(PQexecParams(m_conn, "SELECT assay.finish($1::text[])", 1, nullptr, values, nullptr,
                            nullptr, 0));
    if (!r.ok())
        return lastError(Tr::tr("cannot end leases on the server"));
    return r.text(0, 0).toInt();
}

} // namespace assay::core::sync
