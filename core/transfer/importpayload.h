// SPDX-License-Identifier: Apache-2.0
// The payload of "dataset.imported" (DatasetImported): its layout, the writer an import builds
// it with and the reader its applier takes it apart with. The layout is defined here only.
//
// A payload can hold a million boxes, so it is compact JSON text written by hand and read with
// simdjson, never through QJsonObject:
//
//  {"mode": "labels"|"prelabels", "format": "coco", "source": "/path", "model": "...",
//   "person_id": "...", "taxonomy_version": 3, "guideline_version": 1,
//   "classes": ["class id", ...],        category index -> class id
//   "summary": "{...}",                  the import's report, JSON text
//   "annotations": [row, ...]            mode "labels"
//   "prelabels": [[item id, category, x|null, y|null, w|null, h|null, score|null], ...]}
//                                        mode "prelabels"; no box: a whole-item label
//
//  row: [annotation id, item id, person id, [category, ...],
//        [[category, x, y, w, h(, attributes JSON text|null)], ...]]
//
// - The header fields come before the rows: the applier needs them to store the rows.
// - Categories index "classes". Boxes without attributes end after their size (most have none).
// - Annotation ids of one import are "<prefix><8 hex digits>": a random UUID whose last 32 bits
//   count the rows from 0. An id thereby finds its import and chunk (core/store/importchunks.h),
//   the rows of a large import go to the end of indexes, and ids stay unique across imports
//   and projects (96 random bits). Box ids are "<annotation id>/<n>" and pre-label ids
//   "<event id>/<n>", n counted from 1: derived, so the payload does not carry a million ids.
// - Rows are written sorted by item id: the applier keeps them as they are, in chunks of
//   neighbouring items (core/store/importchunks.h), and sorts them only when another writer
//   did not.
//
// The store decodes those chunks again, below this layer, when an item's annotations are read.
// So one annotation row is read by store::importrows::readRow (core/store/importrows.h), both
// here and in the chunk readers: it follows the row layout above and must change with it.
#pragma once

#include "core/domain/types.h"
#include "core/result.h"
#include "core/transfer/transferevents.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core::json {
class JsonWriter;
}

namespace assay::core::transfer {

// The fields before the rows.
struct ImportPayloadHeader
{
    QString mode;   // "labels" (annotation rows follow) or "prelabels"
    QString format; // the importer's name
    QString source; // the absolute path read
    QString model;  // the pre-labels' model; empty for labels
    Id personId;    // whose labels they are, unless a row names another person
    qint64 taxonomyVersion = 0;
    qint64 guidelineVersion = 0;
    QStringList classes; // category index -> class id
    QString summary;     // the import's report, JSON text

    static QString labelsMode() { return QStringLiteral("labels"); }
    static QString prelabelsMode() { return QStringLiteral("prelabels"); }
};

// The chunks the store keeps annotation rows in (import_chunks, core/store/importchunks.h):
// runs of rows of about kChunkBytes, in the payload's order (sorted by item). A chunk's text is
// its rows as they stand in the payload, each followed by a comma but the last row of all: the
// chunks' texts one after another are then the payload's rows, and a chunk's zstd frame is a
// frame of the stored payload as well. The rows are compressed once, for the log and the state.
// 128 KiB: one item's annotations are read by decoding its chunk (about 0.1 ms), and zstd
// compresses chunks of 32 KiB a third slower than chunks of this size.
constexpr size_t kChunkBytes = 128 * 1024;
struct RowChunk
{
    size_t first = 0, last = 0; // rows [first, last)
};
// The chunks of `count` rows, row i of sizeOf(i) bytes.
template<typename SizeOf>
std::vector<RowChunk> chunkRows(size_t count, SizeOf sizeOf)
{
    std::vector<RowChunk> chunks;
    for (size_t first = 0; first < count;) {
        size_t bytes = 0;
        size_t last = first;
        while (last < count && (last == first || bytes + sizeOf(last) < kChunkBytes)) {
            bytes += sizeOf(last) + 1;
            ++last;
        }
        chunks.push_back({first, last});
        first = last;
    }
    return chunks;
}
// Compresses `count` chunk texts on both cores into `frames`: text(i, scratch) is chunk i's
// text, a view of the payload or built in `scratch`.
Status compressChunks(size_t count,
                      const std::function<std::string_view(size_t, std::string &)> &text,
                      std::vector<QByteArray> *frames);

// Where the writer of a payload put its annotation rows, handed to the applier of the event as
// it is recorded (core/store/bulkhint.h): the applier then reads the header alone and takes the
// rows from here, instead of parsing tens of megabytes it has just been given. It holds what
// the reader would find (ImportAnnotations) with offsets for the views.
struct ImportRowIndex final : store::BulkHint
{
    struct Row
    {
        size_t offset = 0; // of the row's text in the payload
        size_t size = 0;
        std::string item;
        int64_t n = 0;
        qint64 boxes = 0;
    };
    size_t rowsBegin = 0; // where the first row starts, just past "annotations":[
    std::string idPrefix;
    std::vector<Row> rows;
    std::vector<std::string> people;
    // The rows' chunks compressed as the payload was finished, and the payload as the log
    // stores it: the frames of its header, of each chunk, and of its end, one after another.
    std::vector<RowChunk> chunks;
    std::vector<QByteArray> frames; // of each chunk
    QByteArray stored;

    QByteArray storedPayload() const override { return stored; }
};

// Annotation rows of a payload, from row `firstRow` on. A large payload is made of several
// parts filled on different threads at once, then appended to the writer in row order.
class ImportAnnotationRows final
{
public:
    ImportAnnotationRows(ImportAnnotationRows &&) noexcept;
    ImportAnnotationRows &operator=(ImportAnnotationRows &&) noexcept;
    ~ImportAnnotationRows();

    // Starts the next row; its boxes follow, then endRow(). Item and person as UTF-8.
    void beginRow(std::string_view item, std::string_view person, const QList<int> &classes);
    // `attributes`: compact JSON object text, or empty for none.
    void addBox(int category, double x, double y, double w, double h,
                const QByteArray &attributes = {});
    void endRow();

private:
    friend class ImportPayloadWriter;
    ImportAnnotationRows(std::unique_ptr<core::json::JsonWriter> json, const QByteArray &idPrefix,
                         quint32 firstRow);

    std::unique_ptr<core::json::JsonWriter> m_json;
    QByteArray m_idPrefix;
    quint32 m_first; // the row number of the first row
    quint32 m_next;  // the row number of the next row
    // The rows written, their offsets in m_json's text until the part is appended.
    std::vector<ImportRowIndex::Row> m_rows;
    std::string m_person; // of the row being written
    std::vector<std::string> m_people;
};

// Builds one payload: the header, then the rows of its mode, then take().
class ImportPayloadWriter final
{
public:
    // `reserve`: the bytes expected; a guess saves growing a buffer of tens of megabytes.
    ImportPayloadWriter(const ImportPayloadHeader &header, qsizetype reserve);
    ~ImportPayloadWriter();

    // Mode "prelabels": a suggested box, or a whole-item label without one.
    void addPrelabelBox(const Id &item, int category, double x, double y, double w, double h,
                        std::optional<double> score);
    void addPrelabelLabel(const Id &item, int category, std::optional<double> score);

    // Mode "labels": a part for rows `firstRow` on (see ImportAnnotationRows); the parts are
    // appended in row order, the first starting at row 0. The part of row 0 continues the
    // writer's own text, so the largest part is not copied; `reserve` is for the others.
    ImportAnnotationRows annotationRows(quint32 firstRow, qsizetype reserve);
    void append(ImportAnnotationRows &&rows);

    // The finished payload, as the event that carries it.
    DatasetImported take();

private:
    static void compressOnce(const QByteArray &text, ImportRowIndex &index);

    std::unique_ptr<core::json::JsonWriter> m_json; // lent to the part of row 0 while it is filled
    QByteArray m_idPrefix;                          // of this import's annotation ids
    quint32 m_rows = 0;                             // annotation rows appended
    std::shared_ptr<ImportRowIndex> m_index;        // mode "labels": the rows appended
};

// One annotation row as the applier keeps it.
struct ImportAnnotationRow
{
    std::string_view text; // the row's JSON text, inside the payload
    std::string item;
    int64_t n = 0; // the row number its id counts
    qint64 boxes = 0;
};

// Every annotation row of a payload, checked: each is well formed, its categories index the
// classes, and the ids count up from 0 behind one prefix.
struct ImportAnnotations
{
    std::string idPrefix;
    std::vector<ImportAnnotationRow> rows; // in the payload's order
    std::vector<std::string> people;       // every person the rows name, once each
    // From the writer's index, when it compressed the rows' chunks (rows in its order), and
    // the payload as the log stores it (ImportRowIndex::stored).
    const std::vector<RowChunk> *chunks = nullptr;
    const std::vector<QByteArray> *frames = nullptr;
    const QByteArray *stored = nullptr;
    std::string_view payload; // the payload's text, which the rows' views are into
};

// One pre-label row, checked: its category indexes the classes.
struct ImportPrelabelRow
{
    std::string_view item;
    int64_t category = -1;
    std::optional<double> x, y, w, h; // all unset for a whole-item label
    std::optional<double> score;
};

// What the applier does with the parts of a payload, in the order they come.
class ImportPayloadHandler
{
public:
    virtual ~ImportPayloadHandler() = default;
    // Once, before any row (and also when there are none).
    virtual Status header(const ImportPayloadHeader &header) = 0;
    // All annotation rows at once; the handler may reorder them.
    virtual Status annotations(ImportAnnotations &annotations) = 0;
    virtual Status prelabel(const ImportPrelabelRow &row) = 0;
};

// Reads a payload of event `eventId` into `handler`. The views handed to it are valid during
// the call that hands them. Fails with ErrorCode::InvalidInput on anything malformed. With
// the `index` its writer made, only the header is parsed.
Status readImportPayload(const QByteArray &json, const Id &eventId, ImportPayloadHandler &handler,
                         const ImportRowIndex *index = nullptr);

// "event <id>: import payload: <what>", for the applier's own refusals too.
Error importPayloadError(const Id &eventId, const QString &what);

} // namespace assay::core::transfer
