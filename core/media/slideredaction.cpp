// SPDX-License-Identifier: Apache-2.0
// Slide redaction: the TIFF structure of an Aperio slide read with libtiff, the patches applied
// while the original streams through a hash or into a copy.
#include "core/media/slideredaction.h"
#include "core/base/sha256.h"
#include "core/base/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <tiffio.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace assay::core::media {

namespace {

struct TiffCloser
{
    void operator()(TIFF *tiff) const { TIFFClose(tiff); }
};

int quietTiff(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

// An unsigned integer of `width` bytes in the file's byte order.
QByteArray encode(quint64 value, int width, bool bigEndian)
{
    QByteArray out(width, '\0');
    for (int i = 0; i < width; ++i) {
        const int shift = 8 * (bigEndian ? width - 1 - i : i);
        out[i] = char((value >> shift) & 0xff);
    }
    return out;
}

quint64 decode(const QByteArray &bytes, bool bigEndian)
{
    quint64 value = 0;
    const int width = int(bytes.size());
    for (int i = 0; i < width; ++i) {
        const int shift = 8 * (bigEndian ? width - 1 - i : i);
        value |= quint64(quint8(bytes.at(i))) << shift;
    }
    return value;
}

// Streams `from` through `sink` with the patches applied, a megabyte at a time; each block as
// it is in the file goes to `original` first, when given.
Status stream(const QString &from, const SlideRedaction &redaction,
              const std::function<bool(QByteArrayView)> &sink,
              const std::function<void(QByteArrayView)> &original = {})
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(in.errorString()), from);
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 at = 0;
    for (;;) {
        const qint64 n = in.read(block.data(), block.size());
        if (n < 0)
            return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(in.errorString()), from);
        if (n == 0)
            break;
        if (original)
            original(QByteArrayView(block.constData(), n));
        for (const SlideRedaction::Patch &p : redaction.patches) {
            const qint64 begin = std::max(p.offset, at);
            const qint64 end = std::min(p.offset + p.length, at + n);
            for (qint64 i = begin; i < end; ++i)
                block[i - at] = p.bytes.isEmpty() ? '\0' : p.bytes.at(i - p.offset);
        }
        if (!sink(QByteArrayView(block.constData(), n)))
            return makeError(ErrorCode::Io, Tr::tr("cannot write the slide's copy"), from);
        at += n;
    }
    return {};
}

} // namespace

Result<std::optional<SlideRedaction>> redactionOf(const QString &path)
{
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, quietTiff, nullptr);
    TIFFOpenOptionsSetWarningHandlerExtR(options, quietTiff, nullptr);
    std::unique_ptr<TIFF, TiffCloser> tiff(
            TIFFOpenExt(QFile::encodeName(path).constData(), "rm", options));
    TIFFOpenOptionsFree(options);
    if (!tiff)
        return makeError(ErrorCode::InvalidInput, Tr::tr("not a readable TIFF file"), path);
    const char *description = nullptr;
    if (!TIFFGetField(tiff.get(), TIFFTAG_IMAGEDESCRIPTION, &description) || !description
        || !QByteArray(description).startsWith("Aperio"))
        return std::optional<SlideRedaction>();

    // The chain: each directory's offset, and which are images beside the slide.
    struct Directory
    {
        quint64 offset = 0;
        bool image = false; // not tiled: the thumbnail, label or macro
        QString name;
        QList<QPair<quint64, quint64>> data; // offset, bytes of each strip
    };
    QList<Directory> chain;
    const tdir_t count = TIFFNumberOfDirectories(tiff.get());
    for (tdir_t d = 0; d < count && d < 256; ++d) {
        if (!TIFFSetDirectory(tiff.get(), d))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("directory %1 of the slide cannot be read").arg(d), path);
        Directory dir;
        dir.offset = TIFFCurrentDirOffset(tiff.get());
        dir.image = d > 0 && !TIFFIsTiled(tiff.get());
        if (dir.image) {
            const char *text = nullptr;
            TIFFGetField(tiff.get(), TIFFTAG_IMAGEDESCRIPTION, &text);
            // Aperio names the label and the macro on the description's second line; the
            // directory after the first is the thumbnail.
            const QList<QByteArray> lines = QByteArray(text ? text : "").split('\n');
            dir.name = d == 1 ? QStringLiteral("thumbnail")
                       : lines.size() > 1
                               ? QString::fromLatin1(lines.at(1).split(' ').first()).trimmed()
                               : QStringLiteral("image");
            uint64_t *offsets = nullptr, *bytes = nullptr;
            const uint32_t strips = TIFFNumberOfStrips(tiff.get());
            if (!TIFFGetField(tiff.get(), TIFFTAG_STRIPOFFSETS, &offsets)
                || !TIFFGetField(tiff.get(), TIFFTAG_STRIPBYTECOUNTS, &bytes) || !offsets || !bytes)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("the slide's %1 image has no data").arg(dir.name), path);
            for (uint32_t s = 0; s < strips; ++s)
                dir.data.append({offsets[s], bytes[s]});
        }
        chain.append(dir);
    }
    const bool big = TIFFIsBigTIFF(tiff.get());
    tiff.reset();
    if (std::none_of(chain.cbegin(), chain.cend(), [](const Directory &d) { return d.image; }))
        return std::optional<SlideRedaction>();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(file.errorString()), path);
    const qint64 size = file.size();
    const bool bigEndian = file.read(2) == "MM";
    const int countWidth = big ? 8 : 2, entryWidth = big ? 20 : 12, pointerWidth = big ? 8 : 4;
    SlideRedaction redaction;
    // Each kept directory points at the next kept one (the first is the slide, always kept).
    QList<const Directory *> kept;
    for (const Directory &d : chain) {
        if (!d.image)
            kept.append(&d);
    }
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const quint64 at = kept.at(i)->offset;
        if (!file.seek(qint64(at)))
            return makeError(ErrorCode::InvalidInput, Tr::tr("a directory lies outside the file"),
                             path);
        const quint64 entries = decode(file.read(countWidth), bigEndian);
        const quint64 pointerAt = at + countWidth + entries * entryWidth;
        if (pointerAt + pointerWidth > quint64(size))
            return makeError(ErrorCode::InvalidInput, Tr::tr("a directory lies outside the file"),
                             path);
        const quint64 next = i + 1 < kept.size() ? kept.at(i + 1)->offset : 0;
        redaction.patches.append(
                {qint64(pointerAt), pointerWidth, encode(next, pointerWidth, bigEndian)});
    }
    for (const Directory &d : chain) {
        if (!d.image)
            continue;
        redaction.removed.append(d.name);
        for (const auto &[offset, bytes] : d.data) {
            if (bytes == 0)
                continue;
            if (offset + bytes > quint64(size))
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("the slide's %1 image lies outside the file").arg(d.name),
                                 path);
            redaction.patches.append({qint64(offset), qint64(bytes), {}});
        }
    }
    std::sort(redaction.patches.begin(), redaction.patches.end(),
              [](const SlideRedaction::Patch &a, const SlideRedaction::Patch &b) {
                  return a.offset < b.offset;
              });
    for (qsizetype i = 1; i < redaction.patches.size(); ++i) {
        const auto &before = redaction.patches.at(i - 1);
        if (before.offset + before.length > redaction.patches.at(i).offset)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("the slide's images overlap its directories"), path);
    }
    return std::optional<SlideRedaction>(std::move(redaction));
}

Result<QString> redactedSha256(const QString &path, const SlideRedaction &redaction,
                               QString *originalSha256)
{
    Sha256 hash, whole;
    const auto redacted = [&hash](QByteArrayView bytes) {
        hash.addData(bytes);
        return true;
    };
    if (!originalSha256) {
        ASSAY_TRY(stream(path, redaction, redacted));
    } else {
        ASSAY_TRY(stream(path, redaction, redacted,
                         [&whole](QByteArrayView bytes) { whole.addData(bytes); }));
        *originalSha256 = QString::fromLatin1(whole.resultHex());
    }
    return QString::fromLatin1(hash.resultHex());
}

Status writeRedacted(const QString &from, const QString &to, const SlideRedaction &redaction,
                     const QString &sha256)
{
    QSaveFile out(to);
    if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot write: %1").arg(out.errorString()), to);
    Sha256 hash;
    ASSAY_TRY(stream(from, redaction, [&](QByteArrayView bytes) {
        hash.addData(bytes);
        return out.write(bytes.data(), bytes.size()) == bytes.size();
    }));
    if (QString::fromLatin1(hash.resultHex()) != sha256) {
        out.cancelWriting();
        return makeError(ErrorCode::Tampered,
                         Tr::tr("the slide without its label does not match its SHA-256 %1: the "
                                "file changed since it was taken in")
                                 .arg(sha256),
                         from);
    }
    if (!out.commit())
        return makeError(ErrorCode::Io, Tr::tr("cannot write: %1").arg(out.errorString()), to);
    return {};
}

} // namespace assay::core::media
