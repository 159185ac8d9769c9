// SPDX-License-Identifier: Apache-2.0
// Media checks: structure walks for truncation, real decodes (OpenCV, libsndfile), UTF-8.
#include "core/media/mediaprobe.h"
#include "core/media/tilesource.h"
#include "core/base/tr.h"

#include "core/base/exif.h"
#include "core/base/sha256.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

#include <opencv2/core.hpp>
#include <opencv2/img_hash.hpp>
#include <opencv2/imgcodecs.hpp>

#include <sndfile.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace assay::core::media {

static Error invalid(const QString &reason)
{
    return makeError(ErrorCode::InvalidInput, reason);
}

MediaType mediaTypeForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    static const QStringList images = {QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                       QStringLiteral("png"),  QStringLiteral("tif"),
                                       QStringLiteral("tiff"), QStringLiteral("webp"),
                                       QStringLiteral("bmp")};
    static const QStringList audio = {QStringLiteral("wav"), QStringLiteral("flac"),
                                      QStringLiteral("ogg"), QStringLiteral("oga"),
                                      QStringLiteral("mp3")};
    if (images.contains(ext) || (TileSource::hasOpenSlide() && slideSuffixes().contains(ext)))
        return MediaType::Image;
    if (audio.contains(ext))
        return MediaType::Audio;
    if (ext == QLatin1String("txt") || ext == QLatin1String("md"))
        return MediaType::Text;
    if (ext == QLatin1String("jsonl"))
        return MediaType::JsonLines;
    return MediaType::Unsupported;
}

QStringList supportedExtensions()
{
    QStringList all = {QStringLiteral("jpg"),   QStringLiteral("jpeg"), QStringLiteral("png"),
                       QStringLiteral("tif"),   QStringLiteral("tiff"), QStringLiteral("webp"),
                       QStringLiteral("bmp"),   QStringLiteral("txt"),  QStringLiteral("md"),
                       QStringLiteral("jsonl"), QStringLiteral("wav"),  QStringLiteral("flac"),
                       QStringLiteral("ogg"),   QStringLiteral("oga"),  QStringLiteral("mp3")};
    if (TileSource::hasOpenSlide())
        all += slideSuffixes();
    return all;
}

QString extensionPatterns()
{
    QStringList patterns;
    for (const QString &ext : supportedExtensions())
        patterns.append(QStringLiteral("*.") + ext);
    return patterns.join(QLatin1Char(' '));
}

QStringList slideSuffixes()
{
    return {QStringLiteral("svs"), QStringLiteral("ndpi"),   QStringLiteral("mrxs"),
            QStringLiteral("vms"), QStringLiteral("vmu"),    QStringLiteral("scn"),
            QStringLiteral("bif"), QStringLiteral("svslide")};
}

static QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(assay::core::sha256Hex(data));
}

// ---- images ----------------------------------------------------------------------------

enum class ImageFormat { Unknown, Jpeg, Png, Tiff, WebP, Bmp };

struct QSize64
{
    qint64 width = 0;
    qint64 height = 0;
};

static ImageFormat sniffImage(const QByteArray &d)
{
    const auto *u = reinterpret_cast<const unsigned char *>(d.constData());
    const qsizetype n = d.size();
    if (n >= 3 && u[0] == 0xFF && u[1] == 0xD8 && u[2] == 0xFF)
        return ImageFormat::Jpeg;
    if (n >= 8 && std::memcmp(u, "\x89PNG\r\n\x1a\n", 8) == 0)
        return ImageFormat::Png;
    if (n >= 4 && (std::memcmp(u, "II*\0", 4) == 0 || std::memcmp(u, "MM\0*", 4) == 0))
        return ImageFormat::Tiff;
    if (n >= 12 && std::memcmp(u, "RIFF", 4) == 0 && std::memcmp(u + 8, "WEBP", 4) == 0)
        return ImageFormat::WebP;
    if (n >= 2 && u[0] == 'B' && u[1] == 'M')
        return ImageFormat::Bmp;
    return ImageFormat::Unknown;
}

static quint16 be16(const unsigned char *p)
{
    return quint16(p[0] << 8 | p[1]);
}
static quint32 be32(const unsigned char *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}
static quint32 le32(const unsigned char *p)
{
    return quint32(p[3]) << 24 | quint32(p[2]) << 16 | quint32(p[1]) << 8 | p[0];
}

struct JpegWalk
{
    bool complete = false; // reached EOI
    int width = 0;         // from the frame header
    int height = 0;
    int orientation = 1;
    QString problem;
};

// Walks the marker segments and entropy-coded data up to EOI: a cut-off file never reaches
// it. Decoders only warn about a premature end and hand back a grey-filled image.
static JpegWalk walkJpeg(const QByteArray &d)
{
    JpegWalk w;
    const auto *u = reinterpret_cast<const unsigned char *>(d.constData());
    const qsizetype n = d.size();
    qsizetype i = 2;
    while (i < n) {
        if (u[i] != 0xFF) {
            w.problem = Tr::tr("JPEG marker expected at byte %1").arg(i);
            return w;
        }
        while (i < n && u[i] == 0xFF)
            ++i; // fill bytes
        if (i >= n)
            break;
        const unsigned char marker = u[i++];
        if (marker == 0xD9) {
            w.complete = true;
            return w;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // no length
        if (i + 2 > n)
            break;
        const quint16 len = be16(u + i);
        if (len < 2 || i + len > n)
            break;
        const unsigned char *seg = u + i + 2;
        if ((marker >= 0xC0 && marker <= 0xCF) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
            && len >= 7) {
            w.height = be16(seg + 1);
            w.width = be16(seg + 3);
        } else if (marker == 0xE1) {
            const int o = core::exifOrientation(seg, len - 2);
            if (o != 1)
                w.orientation = o;
        }
        i += len;
        if (marker == 0xDA) {
            // Entropy-coded data: runs to the next marker other than stuffing and restarts.
            while (i + 1 < n) {
                if (u[i] == 0xFF && u[i + 1] != 0x00 && !(u[i + 1] >= 0xD0 && u[i + 1] <= 0xD7)
                    && u[i + 1] != 0xFF)
                    break;
                ++i;
            }
            if (i + 1 >= n)
                break;
        }
    }
    if (w.problem.isEmpty())
        w.problem = Tr::tr("truncated: the JPEG data ends before its end marker");
    return w;
}

static constexpr qint64 kDefaultPixelLimit = 4'000'000'000;
static std::atomic<qint64> s_pixelLimit{0};

qint64 imagePixelLimit()
{
    const qint64 set = s_pixelLimit.load();
    if (set > 0)
        return set;
    bool ok = false;
    const qint64 env = qEnvironmentVariable("ASSAY_MAX_IMAGE_PIXELS").toLongLong(&ok);
    return ok && env > 0 ? env : kDefaultPixelLimit;
}

void setImagePixelLimit(qint64 pixels)
{
    s_pixelLimit.store(qMax<qint64>(pixels, 0));
}

// The size an image's header declares, before any pixel is decoded: 0 x 0 when the header does
// not say (TIFF keeps it in an IFD: OpenCV's own limit, OPENCV_IO_MAX_IMAGE_PIXELS, applies).
static QSize64 declaredSize(ImageFormat format, const QByteArray &d, const JpegWalk &jpeg)
{
    const auto *u = reinterpret_cast<const unsigned char *>(d.constData());
    const qsizetype n = d.size();
    switch (format) {
    case ImageFormat::Jpeg: return {jpeg.width, jpeg.height};
    case ImageFormat::Png:
        if (n >= 24 && std::memcmp(u + 12, "IHDR", 4) == 0)
            return {be32(u + 16), be32(u + 20)};
        break;
    case ImageFormat::Bmp:
        if (n >= 26) {
            // Signed: a negative height is a top-down bitmap.
            return {std::abs(qint64(qint32(le32(u + 18)))), std::abs(qint64(qint32(le32(u + 22))))};
        }
        break;
    case ImageFormat::WebP:
        if (n >= 30 && std::memcmp(u + 12, "VP8X", 4) == 0)
            return {1 + (qint64(u[24]) | qint64(u[25]) << 8 | qint64(u[26]) << 16),
                    1 + (qint64(u[27]) | qint64(u[28]) << 8 | qint64(u[29]) << 16)};
        if (n >= 25 && std::memcmp(u + 12, "VP8L", 4) == 0)
            return {1 + ((qint64(u[22] & 0x3f) << 8) | u[21]),
                    1 + ((qint64(u[24] & 0x0f) << 10) | (qint64(u[23]) << 2) | (u[22] >> 6))};
        if (n >= 30 && std::memcmp(u + 12, "VP8 ", 4) == 0)
            return {(qint64(u[26]) | qint64(u[27]) << 8) & 0x3fff,
                    (qint64(u[28]) | qint64(u[29]) << 8) & 0x3fff};
        break;
    case ImageFormat::Tiff:
    case ImageFormat::Unknown: break;
    }
    return {};
}

// PNG: every chunk must fit, and the stream must reach IEND.
static QString walkPng(const QByteArray &d)
{
    const auto *u = reinterpret_cast<const unsigned char *>(d.constData());
    const qsizetype n = d.size();
    qsizetype i = 8;
    while (i + 12 <= n) {
        const quint32 len = be32(u + i);
        if (len > 0x7fffffff || i + 12 + qsizetype(len) > n)
            break;
        if (std::memcmp(u + i + 4, "IEND", 4) == 0)
            return {};
        i += 12 + len;
    }
    return Tr::tr("truncated: the PNG data ends before its IEND chunk");
}

Result<Item> probeImage(const QByteArray &data, cv::Mat *decoded)
{
    if (data.isEmpty())
        return invalid(Tr::tr("empty file"));
    const ImageFormat format = sniffImage(data);
    if (format == ImageFormat::Unknown)
        return invalid(Tr::tr("not an image: the content is not JPEG, PNG, TIFF, WebP or BMP"));

    Item item;
    item.kind = ItemKind::Image;
    int decodeFlags = cv::IMREAD_COLOR;
    JpegWalk jpeg;
    if (format == ImageFormat::Jpeg) {
        jpeg = walkJpeg(data);
        if (!jpeg.complete)
            return invalid(jpeg.problem);
        if (jpeg.width <= 0 || jpeg.height <= 0)
            return invalid(Tr::tr("the JPEG has no frame header"));
        // The whole stream is still decoded (which proves it), but at 1/4 scale: 4-10x
        // faster on camera images, and enough for the perceptual hash.
        decodeFlags = cv::IMREAD_REDUCED_COLOR_4;
    } else if (format == ImageFormat::Png) {
        const QString problem = walkPng(data);
        if (!problem.isEmpty())
            return invalid(problem);
    } else if (format == ImageFormat::WebP) {
        const quint32 riffSize = le32(reinterpret_cast<const unsigned char *>(data.constData()) + 4);
        if (qint64(riffSize) + 8 > data.size())
            return invalid(Tr::tr("truncated: the WebP data is shorter than its header says"));
    } else if (format == ImageFormat::Bmp && data.size() >= 6) {
        const quint32 fileSize = le32(reinterpret_cast<const unsigned char *>(data.constData()) + 2);
        if (qint64(fileSize) > data.size())
            return invalid(Tr::tr("truncated: the BMP data is shorter than its header says"));
    }

    // A decompression bomb is refused from what its header declares, before decoding.
    const QSize64 declared = declaredSize(format, data, jpeg);
    const qint64 limit = imagePixelLimit();
    if (declared.width > 0 && declared.height > 0 && declared.width * declared.height > limit) {
        return invalid(Tr::tr("declares %1 x %2 pixels (%3 gigapixels), more than the limit of "
                              "%4 gigapixels (ASSAY_MAX_IMAGE_PIXELS): not decoded")
                               .arg(declared.width)
                               .arg(declared.height)
                               .arg(double(declared.width * declared.height) / 1e9, 0, 'f', 1)
                               .arg(double(limit) / 1e9, 0, 'f', 1));
    }

    cv::Mat image;
    try {
        const cv::Mat buffer(1, int(data.size()), CV_8U, const_cast<char *>(data.constData()));
        image = cv::imdecode(buffer, decodeFlags);
    } catch (const cv::Exception &e) {
        return invalid(Tr::tr("cannot be decoded: %1").arg(QString::fromStdString(e.msg).trimmed()));
    }
    if (image.empty())
        return invalid(Tr::tr("cannot be decoded as an image (damaged or unsupported variant)"));

    if (format == ImageFormat::Jpeg) {
        // Orientations 5-8 turn the picture a quarter: what people see is height x width.
        const bool swap = jpeg.orientation >= 5;
        item.width = swap ? jpeg.height : jpeg.width;
        item.height = swap ? jpeg.width : jpeg.height;
        if (jpeg.orientation != 1)
            item.metadata.insert(QStringLiteral("exif_orientation"), jpeg.orientation);
    } else {
        item.width = image.cols;
        item.height = image.rows;
    }
    try {
        cv::Mat hash;
        cv::img_hash::PHash::create()->compute(image, hash);
        item.perceptualHash = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(hash.data), int(hash.total())).toHex());
    } catch (const cv::Exception &) {
        // A perceptual hash is an aid for near-duplicate search, not a requirement.
    }
    static const char *const formatNames[] = {"", "jpeg", "png", "tiff", "webp", "bmp"};
    item.metadata.insert(QStringLiteral("format"), QLatin1String(formatNames[int(format)]));
    if (decoded)
        *decoded = image;
    return item;
}

// ---- audio -----------------------------------------------------------------------------

struct MemoryFile
{
    const QByteArray *data;
    sf_count_t pos = 0;
};

static sf_count_t vfLength(void *user)
{
    return static_cast<MemoryFile *>(user)->data->size();
}
static sf_count_t vfSeek(sf_count_t offset, int whence, void *user)
{
    auto *f = static_cast<MemoryFile *>(user);
    sf_count_t base = 0;
    if (whence == SEEK_CUR)
        base = f->pos;
    else if (whence == SEEK_END)
        base = f->data->size();
    const sf_count_t pos = base + offset;
    if (pos < 0 || pos > f->data->size())
        return -1;
    f->pos = pos;
    return pos;
}
static sf_count_t vfRead(void *ptr, sf_count_t count, void *user)
{
    auto *f = static_cast<MemoryFile *>(user);
    const sf_count_t n = std::min<sf_count_t>(count, f->data->size() - f->pos);
    if (n <= 0)
        return 0;
    std::memcpy(ptr, f->data->constData() + f->pos, size_t(n));
    f->pos += n;
    return n;
}
static sf_count_t vfWrite(const void *, sf_count_t, void *)
{
    return 0;
}
static sf_count_t vfTell(void *user)
{
    return static_cast<MemoryFile *>(user)->pos;
}

// A RIFF/WAVE file whose data chunk claims more bytes than the file holds was cut off;
// libsndfile quietly shortens such files instead of failing.
static QString checkWaveLength(const QByteArray &d)
{
    const auto *u = reinterpret_cast<const unsigned char *>(d.constData());
    const qsizetype n = d.size();
    if (n < 12 || std::memcmp(u, "RIFF", 4) != 0 || std::memcmp(u + 8, "WAVE", 4) != 0)
        return {};
    qsizetype i = 12;
    quint32 byteRate = 0; // from the fmt chunk: bytes per second
    while (i + 8 <= n) {
        const quint32 len = le32(u + i + 4);
        if (std::memcmp(u + i, "fmt ", 4) == 0 && len >= 12 && i + 20 <= n)
            byteRate = le32(u + i + 16);
        if (std::memcmp(u + i, "data", 4) == 0) {
            if (len != 0xFFFFFFFF && len != 0 && i + 8 + qint64(len) > n) {
                if (byteRate == 0)
                    return Tr::tr("truncated: the WAV data chunk is shorter than its header says");
                // The length it really has, and what its header claims: a file cut short in a
                // copy, or a header that lies, is never taken at its word.
                return Tr::tr("truncated: the WAV data chunk is shorter than its header says "
                              "(it holds %1 s of the %2 s it claims)")
                        .arg(double(n - i - 8) / byteRate, 0, 'f', 1)
                        .arg(double(len) / byteRate, 0, 'f', 1);
            }
            return {};
        }
        i += 8 + len + (len & 1);
    }
    return Tr::tr("truncated: the WAV file has no data chunk");
}

Result<Item> probeAudio(const QByteArray &data)
{
    if (data.isEmpty())
        return invalid(Tr::tr("empty file"));
    const QString waveProblem = checkWaveLength(data);
    if (!waveProblem.isEmpty())
        return invalid(waveProblem);

    SF_VIRTUAL_IO io{vfLength, vfSeek, vfRead, vfWrite, vfTell};
    MemoryFile file{&data};
    SF_INFO info{};
    SNDFILE *sf = sf_open_virtual(&io, SFM_READ, &info, &file);
    if (!sf)
        return invalid(Tr::tr("cannot be decoded as audio: %1")
                               .arg(QString::fromUtf8(sf_strerror(nullptr))));
    if (info.samplerate <= 0 || info.channels <= 0) {
        sf_close(sf);
        return invalid(Tr::tr("the audio header is invalid"));
    }
    // Decode everything: a damaged stream shows as a decode error or missing frames.
    std::vector<float> buffer(size_t(4096) * size_t(info.channels));
    sf_count_t decoded = 0;
    for (;;) {
        const sf_count_t n = sf_readf_float(sf, buffer.data(), 4096);
        if (n <= 0)
            break;
        decoded += n;
    }
    const int err = sf_error(sf);
    const QString errText = QString::fromUtf8(sf_strerror(sf));
    sf_close(sf);
    if (err != SF_ERR_NO_ERROR)
        return invalid(Tr::tr("audio decoding failed: %1").arg(errText));
    if (decoded == 0)
        return invalid(Tr::tr("the audio holds no samples"));
    if (info.frames > 0 && info.frames != SF_COUNT_MAX && decoded < info.frames) {
        return invalid(Tr::tr("truncated: %1 of %2 audio frames could be decoded")
                               .arg(decoded)
                               .arg(info.frames));
    }
    Item item;
    item.kind = ItemKind::Audio;
    item.sampleRate = info.samplerate;
    item.channels = info.channels;
    item.durationMs = decoded * 1000 / info.samplerate;
    SF_FORMAT_INFO fmt{};
    fmt.format = info.format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &fmt, sizeof(fmt)) == 0 && fmt.extension)
        item.metadata.insert(QStringLiteral("format"), QString::fromUtf8(fmt.extension));
    item.metadata.insert(QStringLiteral("frames"), double(decoded));
    return item;
}

// ---- text ------------------------------------------------------------------------------

qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *u = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = u[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        quint32 cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (u[i + k] & 0xC0) != 0x80)
                return i;
            cp = cp << 6 | (u[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are invalid UTF-8.
        static const quint32 minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += extra + 1;
    }
    return -1;
}

static QByteArray withoutBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

Result<Item> probeText(const QByteArray &data)
{
    const QByteArray body = withoutBom(data);
    if (body.trimmed().isEmpty())
        return invalid(data.isEmpty() ? Tr::tr("empty file") : Tr::tr("holds only white space"));
    const qsizetype bad = firstInvalidUtf8(body);
    if (bad >= 0)
        return invalid(Tr::tr("not valid UTF-8 text (first bad byte at offset %1)")
                               .arg(bad + (body.size() != data.size() ? 3 : 0)));
    if (body.contains('\0'))
        return invalid(Tr::tr("holds NUL bytes: a binary file, not text"));
    Item item;
    item.kind = ItemKind::Text;
    item.characters = QString::fromUtf8(body).size();
    return item;
}

// A line's document: a JSON string, or an object's "text" (also "data.text", as Label Studio
// writes tasks, or "content").
static QString documentText(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    for (const char *key : {"text", "content"}) {
        if (o.value(QLatin1String(key)).isString())
            return o.value(QLatin1String(key)).toString();
    }
    const QJsonObject inner = o.value(QLatin1String("data")).toObject();
    if (inner.value(QLatin1String("text")).isString())
        return inner.value(QLatin1String("text")).toString();
    *ok = false;
    return {};
}

Result<ProbeOutcome> probeJsonLines(const QByteArray &data)
{
    const QByteArray body = withoutBom(data);
    if (body.trimmed().isEmpty())
        return invalid(Tr::tr("empty file"));
    const qsizetype bad = firstInvalidUtf8(body);
    if (bad >= 0)
        return invalid(Tr::tr("not valid UTF-8 (first bad byte at offset %1)").arg(bad));
    ProbeOutcome out;
    int lineNumber = 0;
    for (QByteArray line : body.split('\n')) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError && line.trimmed().startsWith('"')) {
            // A bare JSON string is a document too; QJsonDocument holds only containers.
            QJsonParseError wrappedError;
            const QJsonDocument wrapped = QJsonDocument::fromJson('[' + line + ']', &wrappedError);
            if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1
                && wrapped.array().at(0).isString()) {
                doc = wrapped;
                error.error = QJsonParseError::NoError;
            }
        }
        if (error.error != QJsonParseError::NoError) {
            out.lineErrors.append(Tr::tr("line %1, column %2: %3")
                                          .arg(lineNumber)
                                          .arg(error.offset + 1)
                                          .arg(error.errorString()));
            continue;
        }
        bool ok = false;
        const QJsonValue value = doc.isObject()            ? QJsonValue(doc.object())
                                 : doc.array().size() == 1 ? doc.array().at(0)
                                                           : QJsonValue(doc.array());
        const QString text = documentText(value, &ok);
        if (!ok || text.trimmed().isEmpty()) {
            out.lineErrors.append(Tr::tr("line %1: no text (expected a string, or an object with"
                                         " \"text\")")
                                          .arg(lineNumber));
            continue;
        }
        Item item;
        item.kind = ItemKind::Text;
        item.text = text;
        item.characters = text.size();
        item.sha256 = sha256Hex(text.toUtf8());
        item.byteSize = text.toUtf8().size();
        item.metadata.insert(QStringLiteral("line"), lineNumber);
        if (doc.isObject()) {
            const QJsonValue id = doc.object().value(QLatin1String("id"));
            if (!id.isUndefined() && !id.isNull())
                item.metadata.insert(QStringLiteral("source_id"), id);
        }
        out.items.append(item);
    }
    if (out.items.isEmpty() && !out.lineErrors.isEmpty())
        return invalid(Tr::tr("no readable document: %1").arg(out.lineErrors.first()));
    return out;
}

Result<ProbeOutcome> probe(MediaType type, const QByteArray &data, cv::Mat *decodedImage)
{
    Result<Item> item = invalid(Tr::tr("unsupported file type"));
    switch (type) {
    case MediaType::Unsupported: return invalid(Tr::tr("unsupported file type"));
    case MediaType::JsonLines: return probeJsonLines(data);
    case MediaType::Image: item = probeImage(data, decodedImage); break;
    case MediaType::Text: item = probeText(data); break;
    case MediaType::Audio: item = probeAudio(data); break;
    }
    if (!item)
        return item.error();
    item->sha256 = sha256Hex(data);
    item->byteSize = data.size();
    ProbeOutcome out;
    out.items.append(*item);
    return out;
}

} // namespace assay::core::media
