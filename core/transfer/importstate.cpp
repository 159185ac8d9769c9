// SPDX-License-Identifier: Apache-2.0
// The state handler of "dataset.imported": labels or predictions brought in from another tool,
// taken from the payload by its reader (importpayload.h) straight into prepared statements.
#include "core/transfer/importpayload.h"
#include "core/json/jsonwriter.h"
#include "core/transfer/transferevents.h"
#include "core/transfer/transferservice.h"

#include "core/store/applierregistry.h"
#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/importchunks.h"
#include "core/store/statecounts.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace assay::core {

using store::Database;
using store::Event;
using store::Statement;
using transfer::ImportAnnotationRow;
using transfer::ImportAnnotations;
using transfer::ImportPayloadHeader;
using transfer::ImportPrelabelRow;

namespace {

class ImportState final : public transfer::ImportPayloadHandler
{
public:
    ImportState(Database *db, const Event &event)
        : m_db(db)
        , m_event(event)
    {}

    Status header(const ImportPayloadHeader &header) override;
    Status annotations(ImportAnnotations &annotations) override;
    Status prelabel(const ImportPrelabelRow &row) override;

private:
    Result<bool> chunksArePayloadParts(const ImportAnnotations &a,
                                       const std::vector<transfer::RowChunk> &chunks) const;

    Database *m_db;
    const Event &m_event;
    std::vector<std::string> m_classes; // category index -> class id, UTF-8
    std::string m_eventId;
    Statement *m_insertPrelabel = nullptr;
    qint64 m_prelabels = 0;
    std::string m_prelabelId; // reused: one allocation for every pre-label id
};

Status ImportState::header(const ImportPayloadHeader &h)
{
    m_eventId = m_event.id.toStdString();
    QJsonArray classes;
    m_classes.reserve(size_t(h.classes.size()));
    for (const QString &id : h.classes) {
        classes.append(id);
        m_classes.push_back(id.toStdString());
    }
    auto s = m_db->cached("INSERT INTO imports (event_id, event_seq, mode, format, source, model,"
                          " person_id, summary, time, taxonomy_version, guideline_version, classes)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!s)
        return s.error();
    Statement &st = **s;
    st.bind(1, m_event.id).bind(2, m_event.lamport).bind(3, h.mode).bind(4, h.format);
    st.bind(5, h.source).bindOptional(6, h.model).bind(7, h.personId).bindOptional(8, h.summary);
    st.bind(9, m_event.time).bind(10, h.taxonomyVersion).bind(11, h.guidelineVersion);
    st.bind(12, QString::fromUtf8(core::json::compactJson(classes)));
    return st.exec();
}

Status ImportState::annotations(ImportAnnotations &a)
{
    // Every person must be one of the project (the annotations table has a foreign key for it).
    auto person = m_db->cached("SELECT 1 FROM people WHERE id = ?1");
    if (!person)
        return person.error();
    for (const std::string &p : a.people) {
        (*person)->bindUtf8(1, p);
        const bool known = (*person)->step();
        (*person)->reset();
        if (!known)
            return transfer::importPayloadError(m_event.id, QStringLiteral("unknown person %1")
                                                                    .arg(QString::fromStdString(p)));
    }

    std::vector<ImportAnnotationRow> &rows = a.rows;
    auto byItem = [](const ImportAnnotationRow &x, const ImportAnnotationRow &y) {
        return x.item < y.item;
    };
    const bool sorted = std::is_sorted(rows.begin(), rows.end(), byItem);
    if (!sorted)
        std::stable_sort(rows.begin(), rows.end(), byItem);

    // The chunks (transfer::RowChunk): the parts of the event's payload when the log keeps it in
    // parts that are these chunks (the rows are then stored once), else their own frames, as the
    // writer compressed them or compressed here on both cores.
    const bool fromWriter = sorted && a.chunks && a.frames;
    const std::vector<transfer::RowChunk> given
            = fromWriter ? *a.chunks : transfer::chunkRows(rows.size(), [&rows](size_t i) {
                  return rows[i].text.size();
              });
    auto inParts = sorted ? chunksArePayloadParts(a, given) : Result<bool>(false);
    if (!inParts)
        return inParts.error();
    std::vector<QByteArray> packed;
    if (*inParts) {
        packed.assign(given.size(), QByteArray("", 0)); // an empty blob, not NULL
    } else if (fromWriter) {
        packed = *a.frames;
    } else {
        ASSAY_TRY(transfer::compressChunks(
                given.size(),
                [&](size_t i, std::string &data) {
                    const transfer::RowChunk &c = given[i];
                    data.clear();
                    for (size_t r = c.first; r < c.last; ++r) {
                        data += rows[r].text;
                        if (r + 1 < rows.size())
                            data += ',';
                    }
                    return std::string_view(data);
                },
                &packed));
    }

    auto insert = m_db->cached(
            "INSERT INTO import_chunks (import_id, min_n, max_n, first_item, last_item,"
            " annotations, boxes, data, part) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    qint64 allBoxes = 0;
    for (size_t k = 0; k < given.size(); ++k) {
        const transfer::RowChunk &c = given[k];
        int64_t minN = rows[c.first].n;
        int64_t maxN = minN;
        qint64 boxes = 0;
        for (size_t r = c.first; r < c.last; ++r) {
            minN = std::min(minN, rows[r].n);
            maxN = std::max(maxN, rows[r].n);
            boxes += rows[r].boxes;
        }
        s.bindUtf8(1, m_eventId).bind(2, qint64(minN)).bind(3, qint64(maxN));
        s.bindUtf8(4, rows[c.first].item).bindUtf8(5, rows[c.last - 1].item);
        s.bind(6, qint64(c.last - c.first)).bind(7, boxes).bindStatic(8, packed[k]);
        if (*inParts)
            s.bind(9, qint64(k + 1)); // part 0 is the payload's text before the rows
        else
            s.bindNull(9);
        ASSAY_TRY(s.exec());
        allBoxes += boxes;
    }
    ASSAY_TRY(store::addCount(m_db, QLatin1String(store::counts::annotations), qint64(rows.size())));
    ASSAY_TRY(store::addCount(m_db, QLatin1String(store::counts::boxes), allBoxes));
    if (!rows.empty()) {
        auto update = m_db->cached("UPDATE imports SET id_prefix = ?2 WHERE event_id = ?1");
        if (!update)
            return update.error();
        (*update)->bind(1, m_event.id).bindUtf8(2, a.idPrefix);
        ASSAY_TRY((*update)->exec());
    }
    return {};
}

// Whether the frames the log keeps the payload in (store::EventLog::framesKeptApart) are its text
// before the rows, each chunk's rows and the text after them. Their sizes tell: the frames
// decompress, one after another, to the payload the rows were read from.
Result<bool> ImportState::chunksArePayloadParts(const ImportAnnotations &a,
                                                const std::vector<transfer::RowChunk> &chunks) const
{
    const std::vector<ImportAnnotationRow> &rows = a.rows;
    if (rows.empty() || a.payload.empty())
        return false;
    const QByteArray *stored = a.stored; // as the writer made it, for the log to store next
    QString codec = QStringLiteral("zstd+json");
    if (!stored) {
        // An event read from the log: its row says whether its payload is kept in parts.
        auto parts = m_db->cached("SELECT parts FROM events WHERE id = ?1");
        if (!parts)
            return parts.error();
        (*parts)->bind(1, m_event.id);
        const bool kept = (*parts)->step() && (*parts)->int64(0) > 0;
        (*parts)->reset();
        if (!kept)
            return false;
        stored = &m_event.stored;
        codec = m_event.codec;
    }
    const std::vector<store::EventLog::Frame> frames = store::EventLog::framesKeptApart(codec,
                                                                                        *stored);
    if (frames.size() != chunks.size() + 2)
        return false;
    // Each row's place in the payload; the rows one after another, a comma between them, as a
    // chunk's text has them.
    const auto begin = reinterpret_cast<std::uintptr_t>(a.payload.data());
    std::vector<size_t> offset(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
        const auto at = reinterpret_cast<std::uintptr_t>(rows[r].text.data());
        if (at < begin || at - begin + rows[r].text.size() > a.payload.size())
            return false;
        offset[r] = size_t(at - begin);
        if (r > 0) {
            const size_t end = offset[r - 1] + rows[r - 1].text.size();
            if (offset[r] != end + 1 || a.payload[end] != ',')
                return false;
        }
    }
    const size_t rowsEnd = offset.back() + rows.back().text.size();
    if (size_t(frames.front().content) != offset.front()
        || size_t(frames.back().content) != a.payload.size() - rowsEnd)
        return false;
    for (size_t k = 0; k < chunks.size(); ++k) {
        const size_t to = chunks[k].last < rows.size() ? offset[chunks[k].last] : rowsEnd;
        if (size_t(frames[k + 1].content) != to - offset[chunks[k].first])
            return false;
    }
    return true;
}

Status ImportState::prelabel(const ImportPrelabelRow &row)
{
    if (!m_insertPrelabel) {
        auto insert = m_db->cached(
                "INSERT INTO prelabels (id, item_id, import_id, class_id, x, y, w, h,"
                " score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!insert)
            return insert.error();
        m_insertPrelabel = *insert;
    }
    Statement &s = *m_insertPrelabel;
    m_prelabelId = m_eventId;
    m_prelabelId += '/';
    m_prelabelId += std::to_string(++m_prelabels);
    s.bindUtf8(1, m_prelabelId).bindUtf8(2, row.item).bindUtf8(3, m_eventId);
    s.bindUtf8(4, m_classes[size_t(row.category)]);
    int column = 5;
    for (const std::optional<double> &v : {row.x, row.y, row.w, row.h, row.score}) {
        if (v)
            s.bind(column, *v);
        else
            s.bindNull(column);
        ++column;
    }
    return s.exec();
}

} // namespace

static Status datasetImported(Database *db, const Event &event, const QByteArray &json,
                              const store::BulkHint *hint)
{
    ImportState state(db, event);
    return transfer::readImportPayload(json, event.id, state,
                                       dynamic_cast<const transfer::ImportRowIndex *>(hint));
}

void TransferService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.addBulk(DatasetImported::kind, datasetImported);
    registry.addStateTables({QStringLiteral("imports"), QStringLiteral("prelabels"),
                             QStringLiteral("import_chunks")});
}

} // namespace assay::core
