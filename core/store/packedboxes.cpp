// SPDX-License-Identifier: Apache-2.0
#include "core/store/packedboxes_p.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace assay::core::store {

namespace {

template<typename T>
void put(QByteArray &out, T v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

template<typename T>
bool get(const QByteArray &data, qsizetype *pos, T *v)
{
    if (*pos + qsizetype(sizeof(T)) > data.size())
        return false;
    std::memcpy(v, data.constData() + *pos, sizeof(T));
    *pos += sizeof(T);
    return true;
}

} // namespace

QByteArray packBoxes(const std::vector<PackedBoxInput> &boxes)
{
    std::vector<std::string_view> classes;
    std::vector<quint16> slot(boxes.size());
    for (size_t i = 0; i < boxes.size(); ++i) {
        auto it = std::find(classes.begin(), classes.end(), boxes[i].classId);
        slot[i] = quint16(it - classes.begin());
        if (it == classes.end())
            classes.push_back(boxes[i].classId);
    }
    QByteArray out;
    out.reserve(qsizetype(10 + classes.size() * 40 + boxes.size() * 40));
    put<quint32>(out, 1);
    put<quint32>(out, quint32(boxes.size()));
    put<quint16>(out, quint16(classes.size()));
    for (std::string_view c : classes) {
        put<quint8>(out, quint8(std::min<size_t>(c.size(), 255)));
        out.append(c.data(), qsizetype(std::min<size_t>(c.size(), 255)));
    }
    for (size_t i = 0; i < boxes.size(); ++i) {
        const PackedBoxInput &b = boxes[i];
        put<quint16>(out, slot[i]);
        put<double>(out, b.x);
        put<double>(out, b.y);
        put<double>(out, b.w);
        put<double>(out, b.h);
        put<quint32>(out, quint32(b.attributes.size()));
        out.append(b.attributes.data(), qsizetype(b.attributes.size()));
    }
    return out;
}

bool unpackBoxes(const QByteArray &data, const Id &annotationId, QList<Box> *out)
{
    qsizetype pos = 0;
    quint32 version = 0, count = 0;
    quint16 classCount = 0;
    if (!get(data, &pos, &version) || version != 1 || !get(data, &pos, &count)
        || !get(data, &pos, &classCount))
        return false;
    QStringList classes;
    for (int i = 0; i < classCount; ++i) {
        quint8 n = 0;
        if (!get(data, &pos, &n) || pos + n > data.size())
            return false;
        classes.append(QString::fromUtf8(data.constData() + pos, n));
        pos += n;
    }
    out->reserve(out->size() + qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        quint16 slot = 0;
        Box b;
        quint32 attributes = 0;
        if (!get(data, &pos, &slot) || slot >= classes.size() || !get(data, &pos, &b.x)
            || !get(data, &pos, &b.y) || !get(data, &pos, &b.w) || !get(data, &pos, &b.h)
            || !get(data, &pos, &attributes) || pos + qsizetype(attributes) > data.size())
            return false;
        if (attributes > 0) {
            b.attributes = QJsonDocument::fromJson(data.mid(pos, qsizetype(attributes))).object();
            pos += qsizetype(attributes);
        }
        b.id = annotationId + QLatin1Char('/') + QString::number(i + 1);
        b.classId = classes[slot];
        out->append(std::move(b));
    }
    return pos == data.size();
}

Status materializePackedBoxes(Database *db, const QString &annotationId)
{
    auto select = db->cached("SELECT data FROM packed_boxes WHERE annotation_id = ?1");
    if (!select)
        return select.error();
    (*select)->bind(1, annotationId);
    QByteArray data;
    const bool found = (*select)->step();
    if (found)
        data = (*select)->blob(0);
    (*select)->reset();
    if (!found)
        return {};
    QList<Box> boxes;
    if (!unpackBoxes(data, annotationId, &boxes)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("assay", "the packed boxes of annotation %1 are damaged").arg(annotationId));
    }
    auto insert = db->cached("INSERT INTO boxes (id, annotation_id, class_id, x, y, w, h, attributes)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    for (const Box &b : std::as_const(boxes)) {
        Statement &s = **insert;
        s.bind(1, b.id).bind(2, annotationId).bindOptional(3, b.classId);
        s.bind(4, b.x).bind(5, b.y).bind(6, b.w).bind(7, b.h);
        if (b.attributes.isEmpty())
            s.bindNull(8);
        else
            s.bind(8, QString::fromUtf8(QJsonDocument(b.attributes).toJson(QJsonDocument::Compact)));
        ASSAY_TRY(s.exec());
    }
    auto remove = db->cached("DELETE FROM packed_boxes WHERE annotation_id = ?1");
    if (!remove)
        return remove.error();
    (*remove)->bind(1, annotationId);
    return (*remove)->exec();
}

} // namespace assay::core::store
