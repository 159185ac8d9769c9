// SPDX-License-Identifier: Apache-2.0
#include "core/sync/folderremote.h"
#include "core/base/sha256.h"
#include "core/base/tr.h"
#include "core/sync/wireevent.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace assay::core::sync {

static const char s_format[] = "assay-folder-1";

FolderRemote::FolderRemote(const QString &path, const QString &writer)
    : m_root(QDir(path).absolutePath())
    , m_writer(writer)
{}

QString FolderRemote::id() const
{
    return QStringLiteral("folder:") + m_root;
}

bool FolderRemote::isEventFileName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{10}\\.jsonl$"));
    return pattern.match(name).hasMatch();
}

static void syncFolder(const QString &folder)
{
    // The rename is durable only once the folder's entry is: fsync the folder too.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status writeWhole(const QString &path, const QByteArray &bytes)
{
    // QSaveFile writes a temporary file beside the target, fsyncs it and renames it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot write: %1").arg(file.errorString()), path);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, Tr::tr("cannot write: %1").arg(file.errorString()), path);
    syncFolder(QFileInfo(path).absolutePath());
    return {};
}

Status copyWhole(const QString &from, const QString &to, const QString &sha256)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(in.errorString()), from);
    QSaveFile out(to);
    if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot write: %1").arg(out.errorString()), to);
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(in.errorString()), from);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return makeError(ErrorCode::Io, Tr::tr("cannot write: %1").arg(out.errorString()), to);
    }
    if (!sha256.isEmpty() && QString::fromLatin1(hash.resultHex()) != sha256) {
        out.cancelWriting();
        return makeError(ErrorCode::Tampered,
                         Tr::tr("the file's content does not match its SHA-256 %1").arg(sha256),
                         from);
    }
    if (!out.commit())
        return makeError(ErrorCode::Io, Tr::tr("cannot write: %1").arg(out.errorString()), to);
    return {};
}

Status FolderRemote::open(const Id &projectId)
{
    if (!QFileInfo(m_root).isDir()) {
        if (QFileInfo::exists(m_root))
            return makeError(ErrorCode::InvalidInput, Tr::tr("not a folder"), m_root);
        // A new folder is made where its parent is; a missing parent is more likely a drive
        // that is not mounted than a wish for a tree of new folders.
        if (!QFileInfo(QFileInfo(m_root).absolutePath()).isDir() || !QDir().mkdir(m_root))
            return makeError(ErrorCode::NotFound,
                             Tr::tr("the shared folder is not there, nor its parent (a drive not"
                                    " mounted?)"),
                             m_root);
    }
    const QString marker = QDir(m_root).filePath(QStringLiteral("assay-remote.json"));
    QFile f(marker);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(f.errorString()), marker);
        const QJsonObject o = QJsonDocument::fromJson(f.read(1 << 16)).object();
        if (o.value(QLatin1String("format")).toString() != QLatin1String(s_format))
            return makeError(ErrorCode::Unsupported,
                             Tr::tr("not an Assay shared folder, or of a newer format"), marker);
        if (o.value(QLatin1String("project")).toString() != projectId)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("this shared folder is for another project (%1)")
                                     .arg(o.value(QLatin1String("project")).toString()),
                             marker);
    } else {
        if (QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size() > 0)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("the folder is not empty and is not an Assay shared folder"),
                             m_root);
        ASSAY_TRY(writeWhole(marker,
                             QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                                        QLatin1String(s_format)},
                                                       {QStringLiteral("project"), projectId}})
                                     .toJson()));
    }
    if (!QDir().mkpath(QDir(m_root).filePath(QStringLiteral("events/") + m_writer))
        || !QDir().mkpath(QDir(m_root).filePath(QStringLiteral("media"))))
        return makeError(ErrorCode::Io, Tr::tr("cannot make the folder's layout"), m_root);
    return {};
}

Result<Fetched> FolderRemote::fetch(const QHash<QString, qint64> &seen)
{
    Fetched out;
    const QDir events(QDir(m_root).filePath(QStringLiteral("events")));
    const QStringList writers = events.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &writer : writers) {
        const QDir dir(events.filePath(writer));
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden
                                                              | QDir::NoDotAndDotDot,
                                                      QDir::Name);
        for (const QFileInfo &fi : files) {
            const QString mark = QStringLiteral("events/%1/%2").arg(writer, fi.fileName());
            if (!isEventFileName(fi.fileName())) {
                out.ignored.append(Tr::tr("%1: not a file of this format (left by another tool"
                                          " or an interrupted write): ignored")
                                           .arg(mark));
                continue;
            }
            if (seen.value(mark, -1) == fi.size())
                continue;
            QFile f(fi.absoluteFilePath());
            if (!f.open(QIODevice::ReadOnly)) {
                out.ignored.append(Tr::tr("%1: cannot be read (%2): ignored this time")
                                           .arg(mark, f.errorString()));
                continue;
            }
            const QByteArray bytes = f.readAll();
            Fetched::Chunk chunk;
            if (!eventFileLines(bytes, &chunk.lines)) {
                out.ignored.append(Tr::tr("%1: cut short (still arriving, or torn): ignored"
                                          " until it is whole")
                                           .arg(mark));
                continue;
            }
            chunk.mark = mark;
            chunk.value = bytes.size();
            out.chunks.append(chunk);
        }
    }
    return out;
}

Result<QHash<QString, qint64>> FolderRemote::push(const QList<QByteArray> &lines)
{
    if (lines.isEmpty())
        return QHash<QString, qint64>{};
    const QDir dir(QDir(m_root).filePath(QStringLiteral("events/") + m_writer));
    int next = 1;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (isEventFileName(name))
            next = std::max(next, name.left(10).toInt() + 1);
    }
    QByteArray bytes;
    qsizetype total = 0;
    for (const QByteArray &l : lines)
        total += l.size() + 1;
    bytes.reserve(total);
    for (const QByteArray &l : lines) {
        bytes += l;
        bytes += '\n';
    }
    const QString name = QStringLiteral("%1.jsonl").arg(next, 10, 10, QLatin1Char('0'));
    ASSAY_TRY(writeWhole(dir.filePath(name), bytes));
    return QHash<QString, qint64>{
            {QStringLiteral("events/%1/%2").arg(m_writer, name), bytes.size()}};
}

QString FolderRemote::mediaPath(const QString &sha256) const
{
    return QDir(m_root).filePath(QStringLiteral("media/%1/%2").arg(sha256.left(2), sha256));
}

Result<bool> FolderRemote::hasMedia(const QString &sha256)
{
    return QFileInfo::exists(mediaPath(sha256));
}

Status FolderRemote::putMedia(const QString &sha256, const QString &localPath)
{
    if (QFileInfo::exists(mediaPath(sha256)))
        return {};
    return copyWhole(localPath, mediaPath(sha256), sha256);
}

Result<bool> FolderRemote::getMedia(const QString &sha256, const QString &localPath)
{
    if (!QFileInfo::exists(mediaPath(sha256)))
        return false;
    ASSAY_TRY(copyWhole(mediaPath(sha256), localPath, sha256));
    return true;
}

} // namespace assay::core::sync
