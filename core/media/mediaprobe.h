// SPDX-License-Identifier: Apache-2.0
// Probes one media file: decodes it to prove it is whole, and measures it (size, duration).
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace cv {
class Mat;
}

namespace assay::core::media {

enum class MediaType { Unsupported, Image, Text, JsonLines, Audio };

// By extension (case-insensitive): .jpg .jpeg .png .tif .tiff .webp .bmp, .txt .md, .jsonl,
// .wav .flac .ogg .oga .mp3, and the whole-slide formats where OpenSlide is there.
MediaType mediaTypeForPath(const QString &path);
QStringList supportedExtensions();
// The supported extensions as a file dialog's patterns: "*.jpg *.jpeg ...".
QString extensionPatterns();
// Whole-slide files OpenSlide reads: .svs .ndpi .mrxs .vms .vmu .scn .bif .svslide.
QStringList slideSuffixes();

// Text is read whole (a document is shown whole, a .jsonl file is split into its lines), so the
// intake refuses larger files from their size, before reading a byte: a text document over
// 64 MiB (a 100 MB single line, a log file), a .jsonl file over 1 GiB.
inline constexpr qint64 kMaxTextDocumentBytes = qint64(64) << 20;
inline constexpr qint64 kMaxJsonLinesBytes = qint64(1) << 30;

// One probed file: its items (one, or one per line for .jsonl) and the lines of a .jsonl
// file that could not be read, as "path:line: reason".
struct ProbeOutcome
{
    QList<Item> items;
    QStringList lineErrors;
};

// `data` is the whole file. Items get kind, sha256, byteSize and the measures of their kind;
// the caller sets the path. Errors carry the reason, without the path (the caller adds it).
// `decodedImage`, when given, receives an image's decoded pixels (BGR, EXIF orientation
// applied; a JPEG at 1/4 scale), e.g. for its preview.
Result<ProbeOutcome> probe(MediaType type, const QByteArray &data, cv::Mat *decodedImage = nullptr);

// The most pixels an image may declare (width x height from its header) to be decoded: 4
// gigapixels unless the environment variable ASSAY_MAX_IMAGE_PIXELS or setImagePixelLimit()
// says otherwise. A file that declares more (a decompression bomb: a 100,000 x 100,000 PNG in a
// few KiB) is refused from its header, before anything is allocated for its pixels.
qint64 imagePixelLimit();
void setImagePixelLimit(qint64 pixels); // 0: back to the default (or the environment's)

Result<Item> probeImage(const QByteArray &data, cv::Mat *decoded = nullptr);
Result<Item> probeAudio(const QByteArray &data);
Result<Item> probeText(const QByteArray &data);
Result<ProbeOutcome> probeJsonLines(const QByteArray &data);

// Shared by the intake and tests: the first invalid UTF-8 byte offset, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data);

} // namespace assay::core::media
