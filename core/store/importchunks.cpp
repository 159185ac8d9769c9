// SPDX-License-Identifier: Apache-2.0
#include "core/store/importchunks.h"
#include "core/json/jsonwriter.h"
#include "core/base/tr.h"

#include "core/store/database.h"
#include "core/store/importrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zstd.h>

#include <atomic>
#include <charconv>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace assay::core::store {

namespace {

using namespace simdjson;

// What the rows of one import share: its classes, time and versions.
struct ImportContext
{
    Id importId;
    QDateTime time;
    int taxonomyVersion = 0;
    int guidelineVersion = 0;
    QStringList classes;
};

// The chunk columns every query below selects, in this order. A chunk's rows are in its data,
// or in the part of its import's payload that it names (EventLog::framesKeptApart).
constexpr const char *s_chunkColumns
        = "c.rowid, c.import_id,"
          " CASE WHEN c.part IS NULL THEN c.data ELSE (SELECT p.data FROM events e"
          " JOIN event_parts p ON p.event_seq = e.seq AND p.part = c.part WHERE e.id = c.import_id)"
          " END, i.time, i.taxonomy_version, i.guideline_version, i.classes";

Error damaged(const QString &importId)
{
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("the imported annotations of import %1 are damaged").arg(importId));
}

// Import contexts, read once per import within one call. A context stays where it is while
// others are added.
class Contexts
{
public:
    const ImportContext &get(const Statement &s)
    {
        const QString importId = s.text(1);
        auto it = m_byImport.constFind(importId);
        if (it != m_byImport.constEnd())
            return **it;
        auto made = std::make_shared<ImportContext>();
        ImportContext &c = *made;
        c.importId = importId;
        c.time = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
        c.taxonomyVersion = s.int32(4);
        c.guidelineVersion = s.int32(5);
        for (const auto &v : QJsonDocument::fromJson(s.text(6).toUtf8()).array())
            c.classes.append(v.toString());
        m_byImport.insert(importId, made);
        return c;
    }

private:
    QHash<QString, std::shared_ptr<const ImportContext>> m_byImport;
};

// A cached statement, or the error preparing it.
#define CHUNK_STMT(var, sql) \
    auto var##_r = db->cached(sql); \
    if (!var##_r) \
        return var##_r.error(); \
    Statement &var = **var##_r

QString qstr(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// "<annotation id>/<n>", made with one allocation: an export reads a million of them.
QString boxId(const QString &annotationId, size_t n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    const qsizetype count = end - digits;
    QString id(annotationId.size() + 1 + count, Qt::Uninitialized);
    QChar *out = id.data();
    std::copy(annotationId.cbegin(), annotationId.cend(), out);
    out += annotationId.size();
    *out++ = QLatin1Char('/');
    for (qsizetype i = 0; i < count; ++i)
        *out++ = QLatin1Char(digits[i]);
    return id;
}

// `boxIds`: false leaves the boxes' ids empty (a million strings that an export never reads).
Annotation toAnnotation(const importrows::RowView &row, const ImportContext &c, bool boxIds = true)
{
    Annotation a;
    a.id = qstr(row.id);
    a.itemId = qstr(row.item);
    a.personId = qstr(row.person);
    a.taxonomyVersion = c.taxonomyVersion;
    a.guidelineVersion = c.guidelineVersion;
    a.updatedAt = c.time;
    for (int64_t k : row.classes) {
        if (!a.classIds.contains(c.classes[qsizetype(k)]))
            a.classIds.append(c.classes[qsizetype(k)]);
    }
    // As the annotation_classes rows are read: by class id.
    a.classIds.sort();
    a.boxes.reserve(qsizetype(row.boxes.size()));
    for (size_t n = 0; n < row.boxes.size(); ++n) {
        const importrows::BoxView &v = row.boxes[n];
        Box b;
        if (boxIds)
            b.id = boxId(a.id, n + 1);
        b.classId = c.classes[qsizetype(v.category)];
        b.x = v.x;
        b.y = v.y;
        b.w = v.w;
        b.h = v.h;
        if (!v.attributes.empty())
            b.attributes = QJsonDocument::fromJson(
                                   QByteArray(v.attributes.data(), qsizetype(v.attributes.size())))
                                   .object();
        a.boxes.append(std::move(b));
    }
    return a;
}

// The JSON array of a chunk's rows, padded for simdjson. A chunk holds its rows each followed
// by a comma but the last of the import (a part of the payload, see transfer::RowChunk), or,
// written before, the array itself ("[[...],...]"): the text is decompressed one byte in, and
// the brackets or blanks around it make either an array.
Result<padded_string> chunkJson(const QByteArray &stored, const ImportContext &c)
{
    const unsigned long long size = ZSTD_getFrameContentSize(stored.constData(),
                                                             size_t(stored.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size == 0
        || size > (1ull << 30))
        return damaged(c.importId);
    padded_string json{size_t(size) + 2};
    char *text = json.data() + 1;
    const size_t n = ZSTD_decompress(text, size_t(size), stored.constData(), size_t(stored.size()));
    if (ZSTD_isError(n) || n != size)
        return damaged(c.importId);
    if (size >= 2 && text[0] == '[' && text[1] == '[') { // an array already
        json.data()[0] = ' ';
        text[size] = ' ';
    } else {
        json.data()[0] = '[';
        if (text[size - 1] == ',') {
            text[size - 1] = ']';
            text[size] = ' ';
        } else {
            text[size] = ']';
        }
    }
    return json;
}

// Decodes the rows of one chunk that pass the filters; `visit` returns false to stop.
Status decodeChunk(const QByteArray &data, const ImportContext &c, std::string_view itemFilter,
                   std::string_view idFilter, const std::function<bool(Annotation &&)> &visit,
                   bool *stopped, bool boxIds = true)
{
    auto json = chunkJson(data, c);
    if (!json)
        return json.error();
    const padded_string &padded = *json;
    ondemand::parser parser;
    ondemand::document doc;
    ondemand::array rows;
    if (parser.iterate(padded).get(doc) || doc.get_array().get(rows))
        return damaged(c.importId);
    importrows::RowView row;
    for (auto value : rows) {
        ondemand::array fields;
        bool matched = true;
        if (value.get_array().get(fields)
            || !importrows::readRow(fields, size_t(c.classes.size()), &row, itemFilter, idFilter,
                                    &matched))
            return damaged(c.importId);
        if (!matched)
            continue;
        if (!visit(toAnnotation(row, c, boxIds))) {
            *stopped = true;
            return {};
        }
    }
    return {};
}

// Runs a chunk query (its parameters bound) and decodes the matching rows.
Status decodeChunks(Statement &s, std::string_view itemFilter, std::string_view idFilter,
                    const std::function<bool(Annotation &&, const Id &importId)> &visit)
{
    Contexts contexts;
    bool stopped = false;
    while (!stopped && s.step()) {
        const ImportContext &c = contexts.get(s);
        ASSAY_TRY(decodeChunk(
                s.blob(2), c, itemFilter, idFilter,
                [&](Annotation &&a) { return visit(std::move(a), c.importId); }, &stopped));
    }
    if (s.error())
        return *s.error();
    return {};
}

Result<Statement> chunksOfItem(Database *db, const Id &itemId)
{
    auto s = db->prepare(
            QStringLiteral(
                    "SELECT %1 FROM import_chunks c JOIN imports i ON i.event_id = c.import_id"
                    " WHERE c.first_item <= ?1 AND c.last_item >= ?1"
                    " ORDER BY i.event_seq, c.min_n")
                    .arg(QLatin1String(s_chunkColumns)));
    if (!s)
        return s.error();
    s->bind(1, itemId);
    return std::move(*s);
}

Result<Statement> chunksOfAnnotation(Database *db, const Id &annotationId)
{
    const QByteArray utf8 = annotationId.toUtf8();
    const int64_t n = importrows::rowNumber({utf8.constData(), size_t(utf8.size())});
    if (n < 0)
        return Statement();
    auto s = db->prepare(
            QStringLiteral(
                    "SELECT %1 FROM imports i JOIN import_chunks c ON c.import_id = i.event_id"
                    " WHERE i.id_prefix = ?1 AND c.min_n <= ?2 AND c.max_n >= ?2"
                    " ORDER BY i.event_seq, c.min_n")
                    .arg(QLatin1String(s_chunkColumns)));
    if (!s)
        return s.error();
    s->bind(1, annotationId.left(annotationId.size() - 8)).bind(2, qint64(n));
    return std::move(*s);
}

} // namespace

Status compressChunk(void *zstdContext, std::string_view json, QByteArray *out)
{
    auto *context = static_cast<ZSTD_CCtx *>(zstdContext);
    out->resize(qsizetype(ZSTD_compressBound(json.size())));
    // Level 1 with a hash table of 2^12 entries instead of the 2^13 level 1 takes for a chunk:
    // a chunk is mostly digits that match little, and the smaller table compresses the texts of
    // an import a sixth faster for 1% more bytes.
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, 1);
    ZSTD_CCtx_setParameter(context, ZSTD_c_hashLog, 12);
    const size_t n = ZSTD_compress2(context, out->data(), size_t(out->size()), json.data(),
                                    json.size());
    if (ZSTD_isError(n)) {
        return makeError(ErrorCode::Generic, Tr::tr("cannot compress imported annotations: %1")
                                                     .arg(QString::fromUtf8(ZSTD_getErrorName(n))));
    }
    out->truncate(qsizetype(n));
    return {};
}

Result<QList<Annotation>> importedAnnotationsForItem(Database *db, const Id &itemId)
{
    auto s = chunksOfItem(db, itemId);
    if (!s)
        return s.error();
    const QByteArray item = itemId.toUtf8();
    QList<Annotation> out;
    ASSAY_TRY(decodeChunks(*s, {item.constData(), size_t(item.size())}, {},
                           [&](Annotation &&a, const Id &) {
                               out.append(std::move(a));
                               return true;
                           }));
    return out;
}

Result<std::optional<Annotation>> importedAnnotation(Database *db, const Id &annotationId)
{
    auto s = chunksOfAnnotation(db, annotationId);
    if (!s)
        return s.error();
    std::optional<Annotation> found;
    if (!s->isValid())
        return found;
    const QByteArray id = annotationId.toUtf8();
    ASSAY_TRY(decodeChunks(*s, {}, {id.constData(), size_t(id.size())},
                           [&](Annotation &&a, const Id &) {
                               found = std::move(a);
                               return false;
                           }));
    return found;
}

Status forEachImportedAnnotation(Database *db,
                                 const std::function<bool(ImportedAnnotation &&)> &visit,
                                 BoxIds boxIds)
{
    auto s = db->prepare(
            QStringLiteral(
                    "SELECT %1 FROM import_chunks c JOIN imports i ON i.event_id = c.import_id"
                    " ORDER BY i.event_seq, c.rowid")
                    .arg(QLatin1String(s_chunkColumns)));
    if (!s)
        return s.error();
    // Every chunk (an export reads a million boxes): the chunks are read here in order, a batch
    // at a time, decoded on both cores, and visited in order.
    struct Pending
    {
        QByteArray data;
        const ImportContext *context = nullptr;
        std::vector<Annotation> annotations;
        Status status;
    };
    constexpr size_t batchSize = 64;
    std::vector<Pending> batch;
    batch.reserve(batchSize);
    auto decodeBatch = [&batch, boxIds] {
        std::atomic<size_t> next = 0;
        auto work = [&batch, &next, boxIds] {
            for (size_t i = next++; i < batch.size(); i = next++) {
                Pending &p = batch[i];
                bool stopped = false;
                p.status = decodeChunk(
                        p.data, *p.context, {}, {},
                        [&p](Annotation &&a) {
                            p.annotations.push_back(std::move(a));
                            return true;
                        },
                        &stopped, boxIds == BoxIds::Made);
                p.data = QByteArray();
            }
        };
        std::jthread helper;
        if (batch.size() > 1)
            helper = std::jthread(work);
        work();
    };
    Contexts contexts;
    bool stopped = false;
    bool done = false; // a statement stepped past its end would start again
    while (!stopped && !done) {
        batch.clear();
        while (batch.size() < batchSize) {
            if (!s->step()) {
                done = true;
                break;
            }
            const ImportContext &c = contexts.get(*s);
            batch.push_back({s->blob(2), &c, {}, {}});
        }
        if (s->error())
            return *s->error();
        if (batch.empty())
            break;
        decodeBatch();
        for (Pending &p : batch) {
            ASSAY_TRY(p.status);
            for (Annotation &a : p.annotations) {
                if (!visit({std::move(a), p.context->importId})) {
                    stopped = true;
                    break;
                }
            }
            if (stopped)
                break;
        }
    }
    return {};
}

Result<QHash<Id, int>> importedAnnotationCounts(Database *db, const QStringList &itemIds)
{
    QHash<Id, int> counts;
    for (const Id &id : itemIds) {
        auto found = importedAnnotationsForItem(db, id);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            counts.insert(id, int(found->size()));
    }
    return counts;
}

Status materializeImported(Database *db, const Id &annotationId)
{
    // Annotations made in Assay, and imported ones already moved, are rows.
    auto existing = db->cached("SELECT 1 FROM annotations WHERE id = ?1");
    if (!existing)
        return existing.error();
    (*existing)->bind(1, annotationId);
    const bool isRow = (*existing)->step();
    (*existing)->reset();
    if (isRow)
        return {};

    auto s = chunksOfAnnotation(db, annotationId);
    if (!s)
        return s.error();
    if (!s->isValid())
        return {};
    const QByteArray id = annotationId.toUtf8();
    Contexts contexts;
    while (s->step()) {
        const ImportContext &c = contexts.get(*s);
        const qint64 chunk = s->int64(0);
        auto json = chunkJson(s->blob(2), c);
        if (!json)
            return json.error();
        const padded_string &padded = *json;
        const char *end = padded.data() + padded.size() + SIMDJSON_PADDING;
        ondemand::parser parser;
        ondemand::parser rowParser;
        ondemand::document doc;
        ondemand::array rows;
        if (parser.iterate(padded).get(doc) || doc.get_array().get(rows))
            return damaged(c.importId);
        std::string kept;
        std::optional<Annotation> moved;
        int keptRows = 0;
        qint64 keptBoxes = 0;
        importrows::RowView row;
        for (auto value : rows) {
            ondemand::array fields;
            std::string_view text;
            if (value.get_array().get(fields) || fields.raw_json().get(text))
                return damaged(c.importId);
            ondemand::document rowDoc;
            ondemand::array rowFields;
            if (rowParser.iterate(text.data(), text.size(), size_t(end - text.data())).get(rowDoc)
                || rowDoc.get_array().get(rowFields)
                || !importrows::readRow(rowFields, size_t(c.classes.size()), &row))
                return damaged(c.importId);
            if (!moved && row.id == std::string_view(id.constData(), size_t(id.size()))) {
                moved = toAnnotation(row, c);
                continue;
            }
            if (keptRows++)
                kept += ',';
            kept += text;
            keptBoxes += qint64(row.boxes.size());
        }
        if (!moved)
            continue;

        const Annotation &a = *moved;
        CHUNK_STMT(insert,
                   "INSERT INTO annotations (id, task_id, item_id, person_id, time_spent_ms,"
                   " taxonomy_version, guideline_version, time, origin, import_id)"
                   " VALUES (?1, NULL, ?2, ?3, 0, ?4, ?5, ?6, 'import', ?7)");
        insert.bind(1, a.id).bind(2, a.itemId).bind(3, a.personId).bind(4, a.taxonomyVersion);
        insert.bind(5, a.guidelineVersion)
                .bind(6, a.updatedAt.toString(Qt::ISODateWithMs))
                .bind(7, c.importId);
        ASSAY_TRY(insert.exec());
        CHUNK_STMT(
                cls,
                "INSERT OR IGNORE INTO annotation_classes (annotation_id, class_id) VALUES (?1, ?2)");
        for (const QString &classId : a.classIds) {
            cls.bind(1, a.id).bind(2, classId);
            ASSAY_TRY(cls.exec());
        }
        CHUNK_STMT(box, "INSERT INTO boxes (id, annotation_id, class_id, x, y, w, h, attributes)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        for (const Box &b : a.boxes) {
            box.bind(1, b.id).bind(2, a.id).bindOptional(3, b.classId);
            box.bind(4, b.x).bind(5, b.y).bind(6, b.w).bind(7, b.h);
            if (b.attributes.isEmpty())
                box.bindNull(8);
            else
                box.bind(8, QString::fromUtf8(json::compactJson(b.attributes)));
            ASSAY_TRY(box.exec());
        }
        if (keptRows == 0) {
            CHUNK_STMT(remove, "DELETE FROM import_chunks WHERE rowid = ?1");
            remove.bind(1, chunk);
            return remove.exec();
        }
        QByteArray packed;
        {
            const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> compressor(ZSTD_createCCtx(),
                                                                                  &ZSTD_freeCCtx);
            ASSAY_TRY(compressChunk(compressor.get(), kept, &packed));
        }
        CHUNK_STMT(update,
                   "UPDATE import_chunks SET data = ?2, part = NULL, annotations = ?3, boxes = ?4"
                   " WHERE rowid = ?1");
        update.bind(1, chunk).bind(2, packed).bind(3, keptRows).bind(4, keptBoxes);
        return update.exec();
    }
    if (s->error())
        return *s->error();
    return {};
}

} // namespace assay::core::store
