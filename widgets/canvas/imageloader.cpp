// SPDX-License-Identifier: Apache-2.0
// Image decoding with OpenCV: JPEG DCT-domain reduction for previews, EXIF orientation applied.
#include "widgets/canvas/imageloader.h"
#include "core/media/tiledprobe.h"
#include "core/base/storage.h"
#include "core/base/tr.h"
#include "core/media/tilesource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <optional>

namespace assay::widgets {

static std::optional<Error> notReadable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, storage::whyMissing(path), path);
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Io, Tr::tr("the file cannot be read"), path);
    if (info.size() == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the file is empty"), path);
    return std::nullopt;
}

static Error notDecodable(const QString &path, const QString &detail = {})
{
    QString message = Tr::tr("cannot decode the image: it is corrupted, truncated or not an image");
    if (!detail.isEmpty())
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    return makeError(ErrorCode::InvalidInput, message, path);
}

// cv::Mat BGR -> QImage RGB32 without an intermediate copy: RGB32 is B,G,R,0xff in memory.
static QImage toQImage(const cv::Mat &bgr)
{
    QImage out(bgr.cols, bgr.rows, QImage::Format_RGB32);
    if (out.isNull())
        return out;
    cv::Mat wrapped(out.height(), out.width(), CV_8UC4, out.bits(), size_t(out.bytesPerLine()));
    cv::cvtColor(bgr, wrapped, cv::COLOR_BGR2BGRA);
    return out;
}

// OpenCV reads paths through the C library: pass the local 8-bit encoding, not UTF-16.
static std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

// libjpeg decodes a truncated JPEG without an error, filling the missing rows with mid-grey.
// Both signs together: no end-of-image marker near the end (data appended after it, as in
// motion photos, is allowed for by the second sign) and a last row of exactly that grey.
static bool looksTruncated(const QString &path, const cv::Mat &decoded)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(2);
    if (head.size() != 2 || uchar(head[0]) != 0xFF || uchar(head[1]) != 0xD8)
        return false;
    const qint64 tail = std::min<qint64>(file.size(), 4096);
    file.seek(file.size() - tail);
    if (file.read(tail).contains(QByteArrayLiteral("\xFF\xD9")))
        return false;
    const auto *row = decoded.ptr<cv::Vec3b>(decoded.rows - 1);
    for (int x = 0; x < decoded.cols; ++x) {
        for (int c = 0; c < 3; ++c) {
            if (std::abs(int(row[x][c]) - 128) > 2)
                return false;
        }
    }
    return true;
}

double ImageLoader::fitScale(const QSize &image, const QSize &target)
{
    if (image.isEmpty() || target.isEmpty())
        return 1.0;
    return std::min({1.0, double(target.width()) / image.width(),
                     double(target.height()) / image.height()});
}

Result<std::shared_ptr<const core::media::TileSource>> ImageLoader::openTiled(const QString &path)
{
    auto source = core::media::TileSource::openRegional(path);
    if (!source)
        return source.error();
    return std::shared_ptr<const core::media::TileSource>(std::move(*source));
}

QImage ImageLoader::toImage(core::media::RegionPixels &&pixels)
{
    if (pixels.size.isEmpty())
        return {};
    auto *words = new std::vector<quint32>(std::move(pixels.argb));
    return QImage(
            reinterpret_cast<const uchar *>(words->data()), pixels.size.width(),
            pixels.size.height(), pixels.size.width() * 4,
            pixels.opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied,
            [](void *data) { delete static_cast<std::vector<quint32> *>(data); }, words);
}

Result<ImagePreview> ImageLoader::previewFromTiles(const core::media::TileSource &source,
                                                   const QSize &wantedTarget)
{
    const QSize full = source.size();
    // Without a view size: a preview of at most 2048 pixels on its long edge.
    const QSize target = wantedTarget.isEmpty() ? QSize(2048, 2048) : wantedTarget;
    const double fit = fitScale(full, target);
    const QSize fitted(std::max(1, int(std::lround(full.width() * fit))),
                       std::max(1, int(std::lround(full.height() * fit))));
    auto picture = core::media::reducedPicture(source, fitted);
    if (!picture)
        return picture.error();
    ImagePreview preview;
    preview.path = source.path();
    preview.fullSize = full;
    // BGRA bytes are Format_RGB32's words on a little-endian machine: one copy, no conversion.
    preview.image = QImage(picture->data, picture->cols, picture->rows, int(picture->step),
                           QImage::Format_RGB32)
                            .copy();
    if (preview.image.isNull())
        return makeError(ErrorCode::Io, Tr::tr("not enough memory to show the image"),
                         source.path());
    preview.scale = double(preview.image.width()) / full.width();
    return preview;
}

QSize ImageLoader::headerSize(const QString &path)
{
    if (const auto tiled = openTiled(path); !tiled)
        return {}; // a damaged tiled file: the decode will say why
    else if (*tiled)
        return (*tiled)->size();
    QImageReader reader(path);
    QSize size = reader.size();
    if (!size.isValid())
        return {};
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    return size;
}

Result<ImagePreview> ImageLoader::decodePreview(const QString &path, const QSize &target)
{
    if (auto e = notReadable(path))
        return *e;
    if (auto tiled = openTiled(path); !tiled)
        return tiled.error();
    else if (*tiled)
        return previewFromTiles(**tiled, target);

    QSize full = headerSize(path);
    const double wanted = full.isValid() && !target.isEmpty() ? fitScale(full, target) : 1.0;
    // The largest DCT reduction whose output still has as many pixels as the fit view needs.
    int reduction = 1;
    for (const int r : {8, 4, 2}) {
        if (1.0 / r >= wanted) {
            reduction = r;
            break;
        }
    }
    const int flag = reduction == 8   ? cv::IMREAD_REDUCED_COLOR_8
                     : reduction == 4 ? cv::IMREAD_REDUCED_COLOR_4
                     : reduction == 2 ? cv::IMREAD_REDUCED_COLOR_2
                                      : cv::IMREAD_COLOR;
    cv::Mat mat;
    try {
        mat = cv::imread(nativePath(path), flag);
    } catch (const cv::Exception &e) {
        return notDecodable(path, QString::fromStdString(e.err));
    } catch (...) {
        return notDecodable(path);
    }
    if (mat.empty())
        return notDecodable(path);

    // The header may not know the format or the orientation that OpenCV applied: the decoded
    // pixels have the last word on the aspect, the header on the exact size.
    const auto matches = [&](int decoded, int header) {
        return std::abs(decoded * reduction - header) < reduction;
    };
    if (!full.isValid()) {
        full = QSize(mat.cols * reduction, mat.rows * reduction);
    } else if (!matches(mat.cols, full.width()) && matches(mat.cols, full.height())) {
        full.transpose();
    }

    ImagePreview preview;
    preview.path = path;
    preview.fullSize = full;
    if (looksTruncated(path, mat))
        preview.warning = Tr::tr("the file is truncated: the lower part of the image is missing");
    try {
        if (!target.isEmpty()) {
            const double fit = fitScale(full, target);
            const QSize fitted(std::max(1, int(std::lround(full.width() * fit))),
                               std::max(1, int(std::lround(full.height() * fit))));
            if (fitted.width() < mat.cols) {
                cv::Mat small;
                cv::resize(mat, small, cv::Size(fitted.width(), fitted.height()), 0, 0,
                           cv::INTER_AREA);
                mat = small;
            }
        }
        preview.image = toQImage(mat);
    } catch (const cv::Exception &e) {
        return notDecodable(path, QString::fromStdString(e.err));
    }
    if (preview.image.isNull())
        return makeError(ErrorCode::Io, Tr::tr("not enough memory to show the image"), path);
    preview.scale = double(preview.image.width()) / full.width();
    return preview;
}

// The last bytes of a file hold `marker` (a JPEG's end of image): it was not cut short.
static bool tailContains(const QString &path, const QByteArray &marker, qint64 tailBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 tail = std::min<qint64>(file.size(), tailBytes);
    return file.seek(file.size() - tail) && file.read(tail).contains(marker);
}

// The stored preview, when it can stand for the image; nothing when it cannot (missing,
// damaged, of another shape, or the image file itself damaged since).
static std::optional<ImagePreview> decodeStoredPreview(const ImageSource &source,
                                                       const QSize &target)
{
    if (source.storedPreview.isEmpty() || !QFileInfo::exists(source.storedPreview)
        || notReadable(source.path))
        return std::nullopt;
    // A preview cut short decodes without an error (grey rows): its end marker must be there.
    if (!tailContains(source.storedPreview, QByteArrayLiteral("\xFF\xD9"), 2))
        return std::nullopt;
    QFile image(source.path);
    if (!image.open(QIODevice::ReadOnly))
        return std::nullopt;
    const bool jpeg = image.read(2) == QByteArrayLiteral("\xFF\xD8");
    image.close();
    if (jpeg && !tailContains(source.path, QByteArrayLiteral("\xFF\xD9"), 4096))
        return std::nullopt; // the file decodes differently now: show what it holds
    const QSize full = ImageLoader::headerSize(source.path);
    if (!full.isValid())
        return std::nullopt;
    cv::Mat mat;
    try {
        mat = cv::imread(nativePath(source.storedPreview),
                         cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
    } catch (...) {
        return std::nullopt;
    }
    if (mat.empty())
        return std::nullopt;
    const double expectedRows = double(mat.cols) * full.height() / full.width();
    if (std::abs(mat.rows - expectedRows) > 1.0 + mat.rows * 0.01)
        return std::nullopt;

    ImagePreview preview;
    preview.path = source.path;
    preview.fullSize = full;
    preview.stored = true;
    try {
        if (!target.isEmpty()) {
            const double fit = ImageLoader::fitScale(full, target);
            const QSize fitted(std::max(1, int(std::lround(full.width() * fit))),
                               std::max(1, int(std::lround(full.height() * fit))));
            if (fitted.width() < mat.cols) {
                cv::Mat small;
                cv::resize(mat, small, cv::Size(fitted.width(), fitted.height()), 0, 0,
                           cv::INTER_AREA);
                mat = small;
            }
        }
        preview.image = toQImage(mat);
    } catch (const cv::Exception &) {
        return std::nullopt;
    }
    if (preview.image.isNull())
        return std::nullopt;
    preview.scale = double(preview.image.width()) / full.width();
    return preview;
}

Result<ImagePreview> ImageLoader::decodePreview(const ImageSource &source, const QSize &target)
{
    if (auto stored = decodeStoredPreview(source, target))
        return *stored;
    return decodePreview(source.path, target);
}

Result<FullImage> ImageLoader::decodeFull(const QString &path)
{
    if (auto e = notReadable(path))
        return *e;
    if (auto tiled = openTiled(path); !tiled)
        return tiled.error();
    else if (*tiled)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("the image is read by region: it is never decoded whole"), path);
    try {
        cv::Mat mat = cv::imread(nativePath(path), cv::IMREAD_COLOR);
        if (mat.empty())
            return notDecodable(path);
        QImage image = toQImage(mat);
        if (image.isNull())
            return makeError(ErrorCode::Io, Tr::tr("not enough memory for the full image"), path);
        return FullImage(std::make_shared<const QImage>(std::move(image)));
    } catch (const cv::Exception &e) {
        return notDecodable(path, QString::fromStdString(e.err));
    } catch (...) {
        return notDecodable(path);
    }
}

} // namespace assay::widgets
