// SPDX-License-Identifier: Apache-2.0
// PreviewCache: 2048-pixel JPEG copies of large images, written atomically beside the project.
#include "core/media/previewcache.h"
#include "core/base/tr.h"
#include "core/media/tiledprobe.h"
#include "core/media/tilesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace assay::core::media {

// birds.assay -> birds.assay-cache: beside the project, and skipped by the intake like the
// project's own -wal and -shm files.
static QString cacheDirectory(const QString &projectPath)
{
    QString base = QFileInfo(projectPath).absoluteFilePath();
    if (base.endsWith(QLatin1String(".assay")))
        base.chop(6);
    return base + QStringLiteral(".assay-cache/previews");
}

PreviewCache::PreviewCache(const QString &projectPath)
    : m_directory(cacheDirectory(projectPath))
{}

bool PreviewCache::isWanted(const QSize &imageSize)
{
    return qint64(imageSize.width()) * imageSize.height() > MinimumPixels;
}

bool PreviewCache::isWanted(const Item &item)
{
    return item.kind == ItemKind::Image && isWanted(QSize(item.width, item.height));
}

QString PreviewCache::previewPath(const QString &sha256) const
{
    return m_directory + QLatin1Char('/') + sha256 + QStringLiteral(".jpg");
}

QString PreviewCache::previewPathFor(const Item &item) const
{
    return isWanted(item) && !item.sha256.isEmpty() ? previewPath(item.sha256) : QString();
}

QSize PreviewCache::previewSize(const QSize &imageSize, const QSize &decoded)
{
    const int imageLongest = std::max(imageSize.width(), imageSize.height());
    const int decodedLongest = std::max(decoded.width(), decoded.height());
    if (imageLongest <= 0 || decodedLongest <= 0)
        return {};
    const double scale = double(std::min(LongestSide, decodedLongest)) / imageLongest;
    return QSize(std::max(1, int(std::lround(imageSize.width() * scale))),
                 std::max(1, int(std::lround(imageSize.height() * scale))));
}

// Same picture shape within the rounding of a reduced decode (1/8 rounds up a row or column).
static bool sameAspect(const QSize &a, const QSize &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const double expectedHeight = double(a.width()) * b.height() / b.width();
    return std::abs(a.height() - expectedHeight) <= 1.0 + a.height() * 0.01;
}

// The frame size from a JPEG's SOF marker, scanning the markers before the scan data.
static QSize jpegFrameSize(const QByteArray &head)
{
    const auto *u = reinterpret_cast<const unsigned char *>(head.constData());
    const qsizetype n = head.size();
    if (n < 4 || u[0] != 0xFF || u[1] != 0xD8)
        return {};
    qsizetype i = 2;
    while (i + 4 <= n) {
        if (u[i] != 0xFF)
            return {};
        const unsigned char marker = u[i + 1];
        if (marker == 0xFF) {
            ++i; // fill byte
            continue;
        }
        const int length = (u[i + 2] << 8) | u[i + 3];
        if (length < 2)
            return {};
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (i + 9 > n)
                return {};
            return QSize((u[i + 7] << 8) | u[i + 8], (u[i + 5] << 8) | u[i + 6]);
        }
        if (marker == 0xDA)
            return {};
        i += 2 + length;
    }
    return {};
}

bool PreviewCache::isValid(const QString &sha256, const QSize &imageSize) const
{
    QFile file(previewPath(sha256));
    if (!file.open(QIODevice::ReadOnly) || file.size() < 64)
        return false;
    const QSize size = jpegFrameSize(file.read(64 * 1024));
    if (!sameAspect(size, imageSize))
        return false;
    if (!file.seek(file.size() - 2))
        return false;
    return file.read(2) == QByteArrayLiteral("\xFF\xD9");
}

Status PreviewCache::store(const QString &sha256, const cv::Mat &decoded,
                           const QSize &imageSize) const
{
    const QString path = previewPath(sha256);
    if (decoded.empty() || decoded.type() != CV_8UC3)
        return makeError(ErrorCode::InvalidInput, Tr::tr("no picture to make a preview of"), path);
    if (!sameAspect(QSize(decoded.cols, decoded.rows), imageSize))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the decoded picture (%1 × %2) does not have the image's "
                                "shape (%3 × %4)")
                                 .arg(decoded.cols)
                                 .arg(decoded.rows)
                                 .arg(imageSize.width())
                                 .arg(imageSize.height()),
                         path);
    const QSize size = previewSize(imageSize, QSize(decoded.cols, decoded.rows));
    std::vector<uchar> jpeg;
    try {
        cv::Mat small;
        if (size.width() != decoded.cols || size.height() != decoded.rows)
            cv::resize(decoded, small, cv::Size(size.width(), size.height()), 0, 0, cv::INTER_AREA);
        else
            small = decoded;
        if (!cv::imencode(".jpg", small, jpeg, {cv::IMWRITE_JPEG_QUALITY, Quality}))
            jpeg.clear();
    } catch (const cv::Exception &e) {
        return makeError(ErrorCode::Generic, QString::fromStdString(e.msg).trimmed(), path);
    }
    if (jpeg.empty())
        return makeError(ErrorCode::Generic, Tr::tr("the preview could not be encoded"), path);
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Io, Tr::tr("the folder cannot be created"), m_directory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(jpeg.data()), qint64(jpeg.size()))
                   != qint64(jpeg.size())
        || !file.commit())
        return makeError(ErrorCode::Io, file.errorString(), path);
    return {};
}

Status PreviewCache::ensure(const Item &item, const QString &mediaPath) const
{
    const QSize imageSize(item.width, item.height);
    if (!isWanted(item) || isValid(item.sha256, imageSize))
        return {};
    // A pyramidal or whole-slide file: the preview from its reduced levels, never a whole decode.
    if (auto regional = TileSource::openRegional(mediaPath); !regional) {
        return regional.error();
    } else if (*regional) {
        auto picture = reducedPicture(**regional, fittedSize(imageSize, LongestSide));
        if (!picture)
            return picture.error();
        cv::Mat bgr;
        try {
            cv::cvtColor(*picture, bgr, cv::COLOR_BGRA2BGR);
        } catch (const cv::Exception &e) {
            return makeError(ErrorCode::Io, QString::fromStdString(e.msg).trimmed(), mediaPath);
        }
        return store(item.sha256, bgr, imageSize);
    }
    QFile file(mediaPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, file.errorString(), mediaPath);
    const QByteArray magic = file.read(2);
    file.close();
    // A JPEG at 1/4, as the intake decodes it: a 100 MP photograph gives 3000 pixels across.
    const bool jpeg = magic == QByteArrayLiteral("\xFF\xD8");
    cv::Mat decoded;
    try {
        decoded = cv::imread(QFile::encodeName(mediaPath).toStdString(),
                             jpeg ? cv::IMREAD_REDUCED_COLOR_4 : cv::IMREAD_COLOR);
    } catch (const cv::Exception &e) {
        return makeError(ErrorCode::InvalidInput, QString::fromStdString(e.msg).trimmed(),
                         mediaPath);
    }
    if (decoded.empty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("cannot decode the image: it is "
                                "corrupted, truncated or not an image"),
                         mediaPath);
    return store(item.sha256, decoded, imageSize);
}

} // namespace assay::core::media
