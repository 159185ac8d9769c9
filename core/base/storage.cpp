// SPDX-License-Identifier: Apache-2.0
// What is wrong with a place on disk, in words (see storage.h).
#include "core/base/storage.h"
#include "core/base/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>

namespace assay::storage {

// The nearest folder above `path` (or `path` itself) that exists; empty if none does.
static QString nearestExisting(const QString &path)
{
    QString at = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!at.isEmpty() && !QFileInfo(at).isDir()) {
        const QString up = QFileInfo(at).absolutePath();
        if (up == at)
            return {};
        at = up;
    }
    return at;
}

static bool isEmptyFolder(const QString &folder)
{
    return QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden
                                | QDir::System);
}

QString whyMissing(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QDir::cleanPath(info.absolutePath());
    if (QFileInfo(folder).isDir()) {
        if (isEmptyFolder(folder))
            return Tr::tr("the file does not exist, and its folder %1 is empty: a disk or network"
                          " folder that is not mounted?")
                    .arg(QDir::toNativeSeparators(folder));
        return Tr::tr("the file does not exist");
    }
    // The first folder on the way down that is not there.
    const QString existing = nearestExisting(folder);
    QString missing = folder;
    while (QFileInfo(missing).absolutePath() != existing
           && QFileInfo(missing).absolutePath() != missing)
        missing = QFileInfo(missing).absolutePath();
    return Tr::tr("its folder %1 is not there: a disk or network folder that is not mounted, or"
                  " a folder that was moved")
            .arg(QDir::toNativeSeparators(missing));
}

bool onReadOnlyMedia(const QString &folder)
{
    const QString existing = nearestExisting(folder);
    if (existing.isEmpty())
        return false;
    struct statvfs st = {};
    if (::statvfs(QFile::encodeName(existing).constData(), &st) != 0)
        return false;
    return (st.f_flag & ST_RDONLY) != 0;
}

QString mediaRootProblem(const QString &mediaRoot)
{
    if (mediaRoot.isEmpty())
        return {};
    const QFileInfo info(mediaRoot);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return Tr::tr("the media folder %1 is not there: a disk or network folder that is not"
                      " mounted, or a folder that was moved")
                .arg(shown);
    if (!info.isDir())
        return Tr::tr("the media folder %1 is not a folder").arg(shown);
    if (!info.isReadable())
        return Tr::tr("the media folder %1 cannot be read").arg(shown);
    if (isEmptyFolder(info.absoluteFilePath()))
        return Tr::tr("the media folder %1 is empty: a disk or network folder that is not"
                      " mounted?")
                .arg(shown);
    return {};
}

} // namespace assay::storage
