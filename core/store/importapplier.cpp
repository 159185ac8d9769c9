// SPDX-License-Identifier: Apache-2.0
// The state handler of "dataset.imported": labels or predictions brought in from another tool.
// Its payload can hold a million boxes, so it is read with simdjson straight into prepared
// statements instead of through QJsonObject.
#include "core/store/importapplier_p.h"

#include "core/store/database.h"
#include "core/store/packedboxes_p.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <string>
#include <vector>

namespace assay::core::store::state {

namespace {

using namespace simdjson;

// The payload, as written by ProjectStore::importDataset (core/store/importstore.cpp):
//  {"mode": "labels"|"prelabels", "format": "coco", "source": "/path", "model": "...",
//   "person_id": "...", "taxonomy_version": 3, "guideline_version": 1,
//   "classes": ["class id", ...],                         category index -> class id
//   "summary": "{...}",                                   the import report, JSON text
//   "annotations": [[annotation id, item id, person id, [category...],
//                    [[category, x, y, w, h, attributes JSON text|null], ...]], ...]
//   "prelabels": [[item id, category, x|null, y|null, w|null, h|null, score|null], ...]}
// Box ids are "<annotation id>/<n>" and pre-label ids "<event id>/<n>" (1-based): derived,
// so the payload does not carry a million ids.
struct Context
{
    Database *db = nullptr;
    const Event *event = nullptr;
    QString mode, format, source, model, personId, summary;
    int64_t taxonomyVersion = 0;
    int64_t guidelineVersion = 0;
    std::vector<std::string> classes;
    bool headerWritten = false;
};

Error payloadError(const Event &e, const QString &what)
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("assay", "event %1: import payload: %2").arg(e.id, what),
                 {}};
}

QString qstr(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

Status writeHeader(Context &c)
{
    if (c.headerWritten)
        return {};
    c.headerWritten = true;
    auto s = c.db->cached("INSERT INTO imports (event_id, event_seq, mode, format, source, model,"
                          " person_id, summary, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!s)
        return s.error();
    Statement &st = **s;
    st.bind(1, c.event->id).bind(2, c.event->seq).bind(3, c.mode).bind(4, c.format);
    st.bind(5, c.source).bindOptional(6, c.model).bind(7, c.personId).bindOptional(8, c.summary);
    st.bind(9, c.event->time);
    return st.exec();
}

// A category index from the payload, checked against "classes".
bool category(Context &c, int64_t index, std::string_view *classId)
{
    if (index < 0 || size_t(index) >= c.classes.size())
        return false;
    *classId = c.classes[size_t(index)];
    return true;
}

Status readAnnotations(Context &c, ondemand::array annotations)
{
    auto insertAnnotation = c.db->cached(
        "INSERT INTO annotations (id, task_id, item_id, person_id, time_spent_ms, taxonomy_version,"
        " guideline_version, time, origin, import_id) VALUES (?1, NULL, ?2, ?3, 0, ?4, ?5, ?6,"
        " 'import', ?7)");
    auto insertClass = c.db->cached(
        "INSERT OR IGNORE INTO annotation_classes (annotation_id, class_id) VALUES (?1, ?2)");
    auto insertPacked = c.db->cached("INSERT INTO packed_boxes (annotation_id, count, data) VALUES (?1, ?2, ?3)");
    if (!insertAnnotation)
        return insertAnnotation.error();
    if (!insertClass)
        return insertClass.error();
    if (!insertPacked)
        return insertPacked.error();
    Statement &a = **insertAnnotation;
    Statement &k = **insertClass;
    Statement &b = **insertPacked;
    std::vector<PackedBoxInput> packed;
    const QByteArray time = c.event->time.toUtf8();
    const QByteArray eventId = c.event->id.toUtf8();

    for (auto row : annotations) {
        ondemand::array fields;
        if (row.get_array().get(fields))
            return payloadError(*c.event, QStringLiteral("annotation row"));
        auto it = fields.begin();
        std::string_view id, itemId;
        if (it == fields.end() || (*it).get_string().get(id))
            return payloadError(*c.event, QStringLiteral("annotation id"));
        const std::string annotationId(id);
        ++it;
        if (it == fields.end() || (*it).get_string().get(itemId))
            return payloadError(*c.event, QStringLiteral("item id"));
        a.bindUtf8(1, annotationId).bindUtf8(2, itemId);
        ++it;
        std::string_view person;
        if (it == fields.end() || (*it).get_string().get(person))
            return payloadError(*c.event, QStringLiteral("person id"));
        a.bindUtf8(3, person);
        a.bind(4, qint64(c.taxonomyVersion)).bind(5, qint64(c.guidelineVersion));
        a.bindUtf8(6, {time.constData(), size_t(time.size())});
        a.bindUtf8(7, {eventId.constData(), size_t(eventId.size())});
        ASSAY_TRY(a.exec());
        ++it;
        ondemand::array classes;
        if (it == fields.end() || (*it).get_array().get(classes))
            return payloadError(*c.event, QStringLiteral("classes"));
        for (auto v : classes) {
            int64_t index = -1;
            std::string_view classId;
            if (v.get_int64().get(index) || !category(c, index, &classId))
                return payloadError(*c.event, QStringLiteral("class index"));
            k.bindUtf8(1, annotationId).bindUtf8(2, classId);
            ASSAY_TRY(k.exec());
        }
        ++it;
        ondemand::array boxes;
        if (it == fields.end() || (*it).get_array().get(boxes))
            return payloadError(*c.event, QStringLiteral("boxes"));
        packed.clear();
        for (auto boxValue : boxes) {
            ondemand::array box;
            if (boxValue.get_array().get(box))
                return payloadError(*c.event, QStringLiteral("box"));
            auto f = box.begin();
            int64_t index = -1;
            PackedBoxInput in;
            if (f == box.end() || (*f).get_int64().get(index) || !category(c, index, &in.classId))
                return payloadError(*c.event, QStringLiteral("box class"));
            for (double *g : {&in.x, &in.y, &in.w, &in.h}) {
                ++f;
                if (f == box.end() || (*f).get_double().get(*g))
                    return payloadError(*c.event, QStringLiteral("box geometry"));
            }
            ++f;
            if (f != box.end()) {
                auto v = *f;
                bool isNull = false;
                if (v.is_null().get(isNull))
                    return payloadError(*c.event, QStringLiteral("box attributes"));
                // The string view stays valid: simdjson unescapes into the parser's buffer,
                // which lives until the document is done.
                if (!isNull && v.get_string().get(in.attributes))
                    return payloadError(*c.event, QStringLiteral("box attributes"));
            }
            packed.push_back(in);
        }
        if (!packed.empty()) {
            b.bindUtf8(1, annotationId).bind(2, qint64(packed.size())).bind(3, packBoxes(packed));
            ASSAY_TRY(b.exec());
        }
    }
    return {};
}

Status readPrelabels(Context &c, ondemand::array prelabels)
{
    auto insert = c.db->cached("INSERT INTO prelabels (id, item_id, import_id, class_id, x, y, w, h,"
                               " score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    const std::string eventId = c.event->id.toStdString();
    std::string id;
    qint64 n = 0;
    for (auto row : prelabels) {
        ondemand::array fields;
        if (row.get_array().get(fields))
            return payloadError(*c.event, QStringLiteral("pre-label row"));
        auto f = fields.begin();
        std::string_view itemId;
        if (f == fields.end() || (*f).get_string().get(itemId))
            return payloadError(*c.event, QStringLiteral("pre-label item"));
        ++f;
        int64_t index = -1;
        std::string_view classId;
        if (f == fields.end() || (*f).get_int64().get(index) || !category(c, index, &classId))
            return payloadError(*c.event, QStringLiteral("pre-label class"));
        id = eventId;
        id += '/';
        id += std::to_string(++n);
        s.bindUtf8(1, id).bindUtf8(2, itemId).bindUtf8(3, eventId).bindUtf8(4, classId);
        for (int column = 5; column <= 9; ++column) {
            ++f;
            if (f == fields.end())
                return payloadError(*c.event, QStringLiteral("pre-label row length"));
            auto v = *f;
            bool isNull = false;
            if (v.is_null().get(isNull))
                return payloadError(*c.event, QStringLiteral("pre-label value"));
            double value = 0;
            if (isNull)
                s.bindNull(column);
            else if (v.get_double().get(value))
                return payloadError(*c.event, QStringLiteral("pre-label value"));
            else
                s.bind(column, value);
        }
        ASSAY_TRY(s.exec());
    }
    return {};
}

} // namespace

Status datasetImported(Database *db, const Event &event, const QByteArray &json)
{
    Context c;
    c.db = db;
    c.event = &event;
    const padded_string padded(json.constData(), size_t(json.size()));
    ondemand::parser parser;
    ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return payloadError(event, QStringLiteral("not JSON"));
    ondemand::object root;
    if (doc.get_object().get(root))
        return payloadError(event, QStringLiteral("not an object"));
    auto text = [&](ondemand::value v, QString *out) {
        std::string_view s;
        if (v.get_string().get(s))
            return false;
        *out = qstr(s);
        return true;
    };
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return payloadError(event, QStringLiteral("key"));
        ondemand::value v;
        if (field.value().get(v))
            return payloadError(event, QString::fromUtf8(key.data(), qsizetype(key.size())));
        bool ok = true;
        if (key == "mode")
            ok = text(v, &c.mode);
        else if (key == "format")
            ok = text(v, &c.format);
        else if (key == "source")
            ok = text(v, &c.source);
        else if (key == "model")
            ok = text(v, &c.model);
        else if (key == "person_id")
            ok = text(v, &c.personId);
        else if (key == "summary")
            ok = text(v, &c.summary);
        else if (key == "taxonomy_version")
            ok = !v.get_int64().get(c.taxonomyVersion);
        else if (key == "guideline_version")
            ok = !v.get_int64().get(c.guidelineVersion);
        else if (key == "classes") {
            ondemand::array classes;
            ok = !v.get_array().get(classes);
            for (auto cls : classes) {
                std::string_view id;
                if (!ok || cls.get_string().get(id)) {
                    ok = false;
                    break;
                }
                c.classes.emplace_back(id);
            }
        } else if (key == "annotations" || key == "prelabels") {
            // Header fields come first in the payload; the rows need them.
            ASSAY_TRY(writeHeader(c));
            ondemand::array rows;
            if (v.get_array().get(rows))
                return payloadError(event, QString::fromUtf8(key.data(), qsizetype(key.size())));
            ASSAY_TRY(key == "annotations" ? readAnnotations(c, rows) : readPrelabels(c, rows));
        }
        if (!ok)
            return payloadError(event, QString::fromUtf8(key.data(), qsizetype(key.size())));
    }
    return writeHeader(c);
}

} // namespace assay::core::store::state
