// SPDX-License-Identifier: Apache-2.0
// PyramidCache: libvips streams a huge image into a tiled pyramidal BigTIFF; TileSource reads it.
#include "core/media/pyramidcache.h"
#include "core/base/tr.h"
#include "core/media/tilesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUuid>

#include <atomic>

namespace assay::core::media {

namespace {

std::atomic<qint64> s_minimumPixels{0};

// birds.assay -> birds.assay-cache/pyramids, beside the previews.
QString cacheDirectory(const QString &projectPath)
{
    QString base = QFileInfo(projectPath).absoluteFilePath();
    if (base.endsWith(QLatin1String(".assay")))
        base.chop(6);
    return base + QStringLiteral(".assay-cache/pyramids");
}

} // namespace

PyramidCache::PyramidCache(const QString &projectPath)
    : m_directory(cacheDirectory(projectPath))
{}

qint64 PyramidCache::minimumPixels()
{
    const qint64 set = s_minimumPixels.load();
    if (set > 0)
        return set;
    bool ok = false;
    const qint64 fromEnvironment = qEnvironmentVariableIntValue("ASSAY_PYRAMID_MIN_PIXELS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : DefaultMinimumPixels;
}

void PyramidCache::setMinimumPixels(qint64 pixels)
{
    s_minimumPixels = std::max<qint64>(0, pixels);
}

bool PyramidCache::isWanted(const Item &item)
{
    return item.kind == ItemKind::Image && !item.metadata.value(QLatin1String("tiled")).toBool()
           && qint64(item.width) * item.height > minimumPixels();
}

QString PyramidCache::pyramidPath(const QString &sha256) const
{
    return m_directory + QLatin1Char('/') + sha256 + QStringLiteral(".tif");
}

QString PyramidCache::pyramidPathFor(const Item &item) const
{
    return isWanted(item) && !item.sha256.isEmpty() ? pyramidPath(item.sha256) : QString();
}

Result<std::unique_ptr<TileSource>> PyramidCache::open(const QString &sha256,
                                                       const QSize &imageSize) const
{
    return openFile(pyramidPath(sha256), imageSize);
}

Result<std::unique_ptr<TileSource>> PyramidCache::openFile(const QString &path,
                                                           const QSize &imageSize)
{
    if (!QFileInfo::exists(path))
        return std::unique_ptr<TileSource>();
    auto source = TileSource::open(path, TileSource::Backend::Tiff);
    if (!source)
        return source.error();
    const TileSource &tiles = **source;
    const auto damaged = [&path](const QString &why) {
        return makeError(ErrorCode::InvalidInput, Tr::tr("damaged tile pyramid: %1").arg(why), path);
    };
    if (tiles.size() != imageSize) {
        return damaged(Tr::tr("it is %1 x %2 pixels, the image %3 x %4")
                               .arg(tiles.size().width())
                               .arg(tiles.size().height())
                               .arg(imageSize.width())
                               .arg(imageSize.height()));
    }
    // A whole pyramid goes down to a level that fits one tile; a truncated file lost the
    // directories of its last levels (libtiff writes each after its pixels).
    const int last = tiles.levelCount() - 1;
    const QSize smallest = tiles.level(last).size;
    if (std::max(smallest.width(), smallest.height()) > TileEdge)
        return damaged(Tr::tr("its levels end at %1 x %2 pixels")
                               .arg(smallest.width())
                               .arg(smallest.height()));
    if (auto pixels = tiles.readRegion(last, QRect(QPoint(0, 0), smallest)); !pixels)
        return damaged(pixels.error().message);
    return std::move(*source);
}

// The program that writes a pyramid: named by ASSAY_PYRAMID_TOOL, else beside this program
// (both in libexec once installed), else in the build folder this was built in.
static QString pyramidTool()
{
    const QString named = qEnvironmentVariable("ASSAY_PYRAMID_TOOL");
    if (!named.isEmpty())
        return named;
    if (QCoreApplication::instance()) {
        const QFileInfo beside(QCoreApplication::applicationDirPath()
                               + QStringLiteral("/assay-pyramid"));
        if (beside.isExecutable())
            return beside.filePath();
    }
    return QStringLiteral(ASSAY_PYRAMID_BUILD_PATH);
}

Status PyramidCache::make(const Item &item, const QString &mediaPath, const Progress &progress,
                          const std::atomic<bool> *cancel) const
{
    if (!QFileInfo::exists(mediaPath))
        return makeError(ErrorCode::NotFound, Tr::tr("the file does not exist"), mediaPath);
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Io, Tr::tr("the folder cannot be made"), m_directory);
    const QString target = pyramidPath(item.sha256);
    const QString partial = target
                            + QStringLiteral(".%1.part")
                                      .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    // libvips in a process of its own: a stop is a kill (libvips cannot be stopped safely in
    // the middle of a TIFF), and a decoder that fails on a damaged file fails there alone.
    QProcess maker;
    maker.setProgram(pyramidTool());
    maker.setArguments(
            {mediaPath, partial, QString::number(item.width), QString::number(item.height),
             QString::number(item.metadata.value(QLatin1String("exif_orientation")).toInt(1))});
    maker.start(QIODevice::ReadOnly);
    if (!maker.waitForStarted(10000))
        return makeError(ErrorCode::Io,
                         Tr::tr("the pyramid maker %1 cannot be started: %2")
                                 .arg(maker.program(), maker.errorString()),
                         mediaPath);
    const auto readProgress = [&] {
        while (maker.canReadLine()) {
            bool ok = false;
            const int percent = maker.readLine().trimmed().toInt(&ok);
            if (ok && progress)
                progress(percent);
        }
    };
    // The stop is looked at before each wait: one asked before the maker could finish a small
    // image is still a stop.
    for (;;) {
        readProgress();
        if (cancel && cancel->load()) {
            maker.kill();
            maker.waitForFinished(-1);
            QFile::remove(partial);
            return makeError(ErrorCode::Cancelled, Tr::tr("cancelled"), mediaPath);
        }
        if (maker.waitForFinished(100) || maker.state() == QProcess::NotRunning)
            break;
    }
    readProgress();
    if (maker.exitStatus() != QProcess::NormalExit || maker.exitCode() != 0) {
        QFile::remove(partial);
        QString reason = QString::fromLocal8Bit(maker.readAllStandardError()).trimmed();
        if (maker.exitStatus() != QProcess::NormalExit || reason.isEmpty())
            reason = Tr::tr("the pyramid maker stopped (%1)").arg(maker.errorString());
        return makeError(ErrorCode::InvalidInput, reason, mediaPath);
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, Tr::tr("the tile pyramid cannot be stored"), target);
    }
    if (progress)
        progress(100); // libvips' last report may be short of it
    return Status();
}

Status PyramidCache::ensure(const Item &item, const QString &mediaPath, const Progress &progress,
                            const std::atomic<bool> *cancel) const
{
    if (!isWanted(item) || item.sha256.isEmpty())
        return Status();
    if (auto stored = open(item.sha256, QSize(item.width, item.height)); stored && *stored)
        return Status();
    return make(item, mediaPath, progress, cancel);
}

} // namespace assay::core::media
