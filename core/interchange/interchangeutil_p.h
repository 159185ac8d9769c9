// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the format plug-ins: file I/O, number formatting, JSON writing, box checks.
#pragma once

#include "core/interchange/format.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <string_view>
#include <vector>

namespace assay::core::interchange::detail {

// UTF-8 to QString keeping a leading U+FEFF: QString::fromUtf8 drops it, which silently changes
// a value that starts with one (and makes a re-import differ from the export).
QString fromUtf8Exact(const char *data, qsizetype size);
inline QString fromUtf8Exact(const QByteArray &bytes)
{
    return fromUtf8Exact(bytes.constData(), bytes.size());
}

// The whole file, or an error naming it.
Result<QByteArray> readWholeFile(const QString &path);
// Writes through QSaveFile so that a failed export never leaves half a file.
Status writeWholeFile(const QString &path, const QByteArray &bytes);
Error ioError(const QString &path, const QString &reason);
Error parseError(const QString &path, int line, int column, const QString &reason);

// 1-based line and column of a byte offset in a text (columns count bytes).
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition positionAt(const char *begin, qsizetype offset);

// Counts lines forward from the last position asked for: positions of warnings come in file
// order, so the whole file is scanned at most once.
class LineCounter
{
public:
    explicit LineCounter(const char *begin, qsizetype size) : m_begin(begin), m_size(size) {}
    TextPosition at(const char *pointer);

private:
    const char *m_begin;
    qsizetype m_size;
    qsizetype m_offset = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

// Shortest text that reads back as exactly v (std::to_chars); "null" for NaN and infinities.
void appendShortest(QByteArray &out, double v);
QByteArray shortest(double v);
QString shortestString(double v);
// v rounded to `digits` significant digits, trailing zeros dropped (like %.12g). Used for values
// that a format derives by division (YOLO, Label Studio): the ulp noise of the conversion goes,
// and a re-export of a re-import gives the same bytes.
void appendRounded(QByteArray &out, double v, int digits = 12);
QByteArray rounded(double v, int digits = 12);
// Parses a JSON/C locale number; false for anything else (also trailing garbage).
bool parseNumber(std::string_view text, double *value);
bool parseNumber(const QString &text, double *value);

void appendJsonString(QByteArray &out, std::string_view utf8);
void appendJsonString(QByteArray &out, const QString &text);

// Streams deterministic JSON: keys in the order written (QJsonObject values: sorted), numbers by
// appendShortest, compact or indented by two spaces.
class JsonWriter
{
public:
    explicit JsonWriter(bool pretty = false) : m_pretty(pretty) {}
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void value(double v);
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(bool v);
    void value(const QString &v);
    void value(std::string_view v);
    void rawValue(const QByteArray &text); // already formatted JSON
    void null();
    void json(const QJsonValue &v);
    QByteArray &data() { return m_out; }

private:
    void beforeValue();
    void newline();
    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_pretty;
    bool m_afterKey = false;
};

// Writes a QJsonValue through a JSON writer (JsonWriter below, or a streaming one with the same
// members), object keys in QJsonObject's sorted order.
template<typename Writer>
void writeJsonValue(Writer &w, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: w.null(); break;
    case QJsonValue::Bool: w.value(v.toBool()); break;
    case QJsonValue::Double: w.value(v.toDouble()); break;
    case QJsonValue::String: w.value(v.toString()); break;
    case QJsonValue::Array:
        w.beginArray();
        for (const QJsonValue &e : v.toArray())
            writeJsonValue(w, e);
        w.endArray();
        break;
    case QJsonValue::Object: {
        w.beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray k = it.key().toUtf8();
            w.key(std::string_view(k.constData(), size_t(k.size())));
            writeJsonValue(w, it.value());
        }
        w.endObject();
        break;
    }
    }
}

// Validates a box against its image: drops boxes with a non-finite or non-positive size
// (warning), warns about boxes crossing the border and clips them when asked. Returns false
// when the box must be dropped (already counted as SkipReason::InvalidBox).
bool acceptBox(Dataset &dataset, DatasetBox &box, const ReadOptions &options, const QString &file,
               int line = 0, int column = 0);
// Warns about every image or label item that is not under options.mediaRoot (when set).
void checkMedia(Dataset &dataset, const ReadOptions &options);
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
// The first non-space byte of a text (after a UTF-8 BOM), or 0.
char firstSignificantByte(const QByteArray &head);
// The local name of the root element of an XML text, or empty.
QString xmlRootElement(const QByteArray &head);
// Files under `folder` (recursively, sorted by path) whose names end with one of the suffixes.
QStringList filesUnder(const QString &folder, const QStringList &suffixes, int maxDepth = 8);
// Relative path with '/' separators.
QString relativePath(const QString &root, const QString &absolute);

} // namespace assay::core::interchange::detail
