// SPDX-License-Identifier: Apache-2.0
// Storage that fails as real storage does, for the tests of read-only media and of folders that
// go away. The suites run as root here (and in CI), which may write to any folder whatever its
// permissions: a folder is made read-only for root by a read-only bind mount of it, and made to
// vanish by unmounting that bind mount lazily (umount -l), as a network folder disconnects. The
// files stay in the folder underneath, so mounting it again brings the project back. Where
// mounting is not permitted (not root, a container without the capability) the read-only view
// falls back to taking the write permission away, which binds anyone but root; a test that needs
// a mount skips (QSKIP) when neither works.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>

#include <memory>

#include <unistd.h>

namespace assay::tests {

inline bool runQuietly(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// `source` bound at `target` (made if missing); unmounted when this goes, unless it already was.
class BindMount final
{
public:
    BindMount(const QString &source, const QString &target, bool readOnly)
        : m_target(target)
    {
        QDir().mkpath(target);
        if (!runQuietly(QStringLiteral("mount"), {QStringLiteral("--bind"), source, target}))
            return;
        m_mounted = true;
        if (readOnly
            && !runQuietly(QStringLiteral("mount"),
                           {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), target})) {
            unmount();
            return;
        }
        m_ok = true;
    }
    ~BindMount() { unmount(); }
    BindMount(const BindMount &) = delete;
    BindMount &operator=(const BindMount &) = delete;

    bool ok() const { return m_ok; }
    const QString &path() const { return m_target; }
    // Detached at once, even with files open in it (umount -l): the folder is gone from its
    // path, as a network folder that disconnected.
    bool unmountLazily()
    {
        if (!m_mounted)
            return false;
        m_mounted = false;
        return runQuietly(QStringLiteral("umount"), {QStringLiteral("-l"), m_target});
    }
    void unmount()
    {
        if (m_mounted)
            runQuietly(QStringLiteral("umount"), {QStringLiteral("-l"), m_target});
        m_mounted = false;
    }

private:
    QString m_target;
    bool m_mounted = false;
    bool m_ok = false;
};

// `folder` seen read-only at path(): through a read-only bind mount as root, or by taking the
// write permission away from anyone else. how() says which, for the test's messages.
class ReadOnlyView final
{
public:
    explicit ReadOnlyView(const QString &folder)
        : m_folder(folder)
    {
        if (::geteuid() == 0) {
            m_mount = std::make_unique<BindMount>(folder, folder + QStringLiteral("-ro"), true);
            if (m_mount->ok()) {
                m_path = m_mount->path();
                m_how = QStringLiteral("a read-only bind mount");
            }
            return;
        }
        m_permissions = QFile::permissions(folder);
        if (QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser
                                                  | QFile::ExeUser)) {
            m_path = folder;
            m_how = QStringLiteral("a folder without write permission");
            m_restore = true;
        }
    }
    ~ReadOnlyView()
    {
        if (m_restore)
            QFile::setPermissions(m_folder, m_permissions);
    }
    ReadOnlyView(const ReadOnlyView &) = delete;
    ReadOnlyView &operator=(const ReadOnlyView &) = delete;

    bool ok() const { return !m_path.isEmpty(); }
    const QString &path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }
    const QString &how() const { return m_how; }

private:
    QString m_folder;
    QString m_path;
    QString m_how;
    std::unique_ptr<BindMount> m_mount;
    QFileDevice::Permissions m_permissions;
    bool m_restore = false;
};

} // namespace assay::tests
