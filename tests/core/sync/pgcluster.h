// SPDX-License-Identifier: Apache-2.0
// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder, the
// server listening on a Unix socket in that folder only (no TCP), stopped and removed at the
// end. As root (CI, the build machines) the server runs as the `postgres` user, which initdb
// insists on.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <memory>

namespace assay::tests {

class PgCluster
{
public:
    // The folder holding initdb and pg_ctl, or empty when PostgreSQL's server is not installed.
    static QString binDir()
    {
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : std::as_const(versions)) {
            const QString bin = lib.filePath(v + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/pg_ctl"))
                && QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        const QString pgCtl = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
        return pgCtl.isEmpty() ? QString() : QFileInfo(pgCtl).absolutePath();
    }

    // Makes and starts the cluster; the reason in `error` when it could not.
    bool start(QString *error)
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            *error = QStringLiteral("PostgreSQL's server (initdb, pg_ctl) is not installed");
            return false;
        }
        m_tmp = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/assay-pg-XXXXXX"));
        m_data = m_tmp->filePath(QStringLiteral("data"));
        m_port = 20000 + int(::getpid() % 20000);
        if (::geteuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw) {
                *error = QStringLiteral("running as root and there is no postgres user");
                return false;
            }
            m_uid = pw->pw_uid;
            if (::chown(QFile::encodeName(m_tmp->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                *error = QStringLiteral("cannot give the cluster's folder to postgres");
                return false;
            }
        }
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-sync")},
                 error))
            return false;
        return restart(error);
    }

    // Starts the (stopped or killed) server again.
    bool restart(QString *error)
    {
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), m_data, QStringLiteral("-l"),
                    m_tmp->filePath(QStringLiteral("log")), QStringLiteral("-o"),
                    QStringLiteral("-p %1 -k %2 -c listen_addresses='' -c fsync=off")
                            .arg(m_port)
                            .arg(m_tmp->path()),
                    QStringLiteral("-w"), QStringLiteral("start")},
                   error);
    }

    // SIGKILL to the server and every backend (pg_ctl starts it in a session of its own).
    void kill()
    {
        QFile pidFile(m_data + QStringLiteral("/postmaster.pid"));
        if (!pidFile.open(QIODevice::ReadOnly))
            return;
        const pid_t pid = pid_t(pidFile.readLine().trimmed().toInt());
        if (pid > 0) {
            ::kill(-pid, SIGKILL);
            ::kill(pid, SIGKILL);
            for (int i = 0; i < 200 && ::kill(pid, 0) == 0; ++i)
                QThread::msleep(10);
            // Until the backends are gone too, a restart finds their shared memory in use.
            QThread::msleep(200);
        }
    }

    void stop()
    {
        if (!m_tmp)
            return;
        QString ignored;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
    }

    ~PgCluster() { stop(); }

    // A libpq connection string for `database` as `user`.
    QString connection(const QString &database,
                       const QString &user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                .arg(m_tmp->path())
                .arg(m_port)
                .arg(database, user);
    }

    // psql as the superuser; the output, or the error in `error`.
    bool psql(const QString &database, const QString &sql, QString *output = nullptr,
              QString *error = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                 connection(database), QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private:
    bool run(const QString &tool, const QStringList &args, QString *error) const
    {
        QProcess p;
        const QString exe = m_bin + QLatin1Char('/') + tool;
        if (m_uid >= 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), exe}
                            + args);
        else
            p.start(exe, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            *error = tool + QStringLiteral(" failed: ")
                     + QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
            return false;
        }
        return true;
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_data;
    int m_port = 0;
    int m_uid = -1;
};

} // namespace assay::tests
