// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the format plug-ins: file I/O, number formatting, JSON writing, box checks.
#pragma once

#include "core/base/sha256.h"
#include "core/interchange/format.h"
#include "core/interchange/mediaresolver.h"
#include "core/json/jsonstreamreader.h"
#include "core/json/jsonwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>
#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace assay::core::interchange::detail {

// The JSON layer's text helpers, under the names the plug-ins use.
using json::appendJsonString;
using json::appendRounded;
using json::appendShortest;
using json::fromUtf8Exact;
using json::JsonStyle;
using json::JsonWriter;
using json::parseNumber;
using json::rounded;
using json::shortest;
using json::shortestString;
using json::TextPosition;

inline JsonStyle jsonStyle(bool pretty)
{
    return pretty ? JsonStyle::Indented : JsonStyle::Compact;
}

// The whole file, or an error naming it.
Result<QByteArray> readWholeFile(const QString &path);
// Writes through QSaveFile so that a failed export never leaves half a file.
Status writeWholeFile(const QString &path, const QByteArray &bytes);

// A QSaveFile whose SHA-256 is computed on another core as it is written (Sha256Pipe), when
// asked: an export's manifest then need not read a file of hundreds of megabytes again.
class HashingSaveFile final : public QSaveFile
{
public:
    HashingSaveFile(const QString &path, bool hash)
        : QSaveFile(path)
        , m_hash(hash ? std::make_unique<Sha256Pipe>() : nullptr)
    {}
    // After commit(); empty when not asked.
    QByteArray sha256Hex() { return m_hash ? m_hash->resultHex() : QByteArray(); }

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 written = QSaveFile::writeData(data, size);
        if (m_hash && written > 0)
            m_hash->add(QByteArrayView(data, written));
        return written;
    }

private:
    std::unique_ptr<Sha256Pipe> m_hash;
};
Error ioError(const QString &path, const QString &reason);
Error parseError(const QString &path, int line, int column, const QString &reason);

// 1-based line and column of a byte offset in a text (columns count bytes).
TextPosition positionAt(const char *begin, qsizetype offset);

// Counts lines forward from the last position asked for: positions of warnings come in file
// order, so the whole file is scanned at most once.
class LineCounter
{
public:
    explicit LineCounter(const char *begin, qsizetype size)
        : m_begin(begin)
        , m_size(size)
    {}
    TextPosition at(const char *pointer);

private:
    const char *m_begin;
    qsizetype m_size;
    qsizetype m_offset = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

// Validates a box against its image: drops boxes with a non-finite or non-positive size
// (warning), warns about boxes crossing the border and clips them when asked. Returns false
// when the box must be dropped (already counted as SkipReason::InvalidBox).
bool acceptBox(Dataset &dataset, DatasetBox &box, const ReadOptions &options, const QString &file,
               int line = 0, int column = 0);
// Warns about every image or label item that the media resolver cannot find under
// options.mediaRoot (when set).
void checkMedia(Dataset &dataset, const ReadOptions &options);
// The media resolver's options for a dataset being read: options.mediaRoot, else the folder of
// the annotation file (dataset.sourcePath); the folders the format named.
MediaResolver::Options mediaResolverOptions(const Dataset &dataset, const ReadOptions &options);
// Width and height of the images whose source left them out, from their files' headers
// (options.imageSizeProbe, else probeImageSize); counted as Leniency::SizeFromImage.
void readMissingSizes(Dataset &dataset, const ReadOptions &options);
// A JSON number, or a number written as a string ("12.5"): counted as Leniency::NumberAsText.
// nullopt for anything else.
std::optional<double> lenientNumber(const QJsonValue &value, ImportReport &report);
// A 0/1 flag written as text (XML): a number (non-zero is set), or "true"/"false"/"yes"/"no"
// in any case, counted as Leniency::FlagAsText; empty is unset. nullopt for anything else.
std::optional<bool> lenientFlag(const QString &text, ImportReport &report);
// Sets imagesWithoutAnnotations: images that no box and no label refers to.
void countImagesWithoutAnnotations(Dataset &dataset);

// image, text or audio by file extension; nullopt when the extension says nothing.
std::optional<ItemKind> kindFromExtension(const QString &path);
bool isImageFileName(const QString &fileName);
// Non-negative integer id text ("12"), as used for COCO/CVAT/Label Studio ids.
bool parseId(const QString &text, qint64 *id);

} // namespace assay::core::interchange::detail

namespace assay::core::interchange::detail {

// The first `bytes` bytes of a file (for format sniffing); empty when unreadable.
QByteArray readHead(const QString &path, qint64 bytes = 65536);
// The last `bytes` of a file (all of a smaller one); empty when it cannot be read.
QByteArray readTail(const QString &path, qint64 bytes);
// The first non-space byte of a text (after a UTF-8 BOM), or 0.
char firstSignificantByte(const QByteArray &head);
// The local name of the root element of an XML text, or empty.
QString xmlRootElement(const QByteArray &head);
// Files under `folder` (recursively, sorted by path) whose names end with one of the suffixes.
QStringList filesUnder(const QString &folder, const QStringList &suffixes, int maxDepth = 8);
// Relative path with '/' separators.
QString relativePath(const QString &root, const QString &absolute);

} // namespace assay::core::interchange::detail
