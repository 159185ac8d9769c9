// SPDX-License-Identifier: Apache-2.0
// ProjectStore: the queries and the transaction scope that imports and exports are built on.
#include "core/store/database.h"
#include "core/store/importchunks_p.h"
#include "core/store/projectstore.h"
#include "core/store/walflusher.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace assay::core::store {

Status ProjectStore::transact(const std::function<Status()> &work)
{
    Transaction tx(m_db.get());
    ASSAY_TRY(tx.begin());
    const Status st = work();
    if (!st)
        return st; // the Transaction rolls back
    ASSAY_TRY(tx.commit());
    if (m_flusher)
        m_flusher->notifyCommit();
    return {};
}

Result<QHash<QString, Id>> ProjectStore::itemIdsByPath() const
{
    QHash<QString, Id> ids;
    auto s = m_db->prepare(QStringLiteral("SELECT path, id FROM items"));
    if (!s)
        return s.error();
    while (s->step())
        ids.insert(s->text(0), s->text(1));
    if (s->error())
        return *s->error();
    return ids;
}

Result<QHash<QString, Id>> ProjectStore::itemIdsBySha256(const QStringList &sha256) const
{
    QHash<QString, Id> ids;
    auto s = m_db->cached("SELECT id FROM items WHERE sha256 = ?1");
    if (!s)
        return s.error();
    for (const QString &h : sha256) {
        (*s)->bind(1, h);
        if ((*s)->step())
            ids.insert(h, (*s)->text(0));
        (*s)->reset();
    }
    return ids;
}

Result<QList<StoredAnnotation>> ProjectStore::storedAnnotations() const
{
    QList<StoredAnnotation> out;
    QHash<QString, qsizetype> index;
    auto a = m_db->prepare(QStringLiteral(
        "SELECT a.id, a.task_id, a.item_id, a.person_id, p.name, a.origin, a.time_spent_ms,"
        " a.taxonomy_version, a.guideline_version, a.time, t.batch_id, b.state, t.kind, t.state"
        " FROM annotations a JOIN people p ON p.id = a.person_id"
        " LEFT JOIN tasks t ON t.id = a.task_id LEFT JOIN batches b ON b.id = t.batch_id"
        " ORDER BY a.rowid"));
    if (!a)
        return a.error();
    while (a->step()) {
        StoredAnnotation s;
        Annotation &an = s.annotation;
        an.id = a->text(0);
        an.taskId = a->text(1);
        an.itemId = a->text(2);
        an.personId = a->text(3);
        s.personName = a->text(4);
        s.origin = a->text(5);
        an.timeSpentMs = a->int64(6);
        an.taxonomyVersion = a->int32(7);
        an.guidelineVersion = a->int32(8);
        an.updatedAt = QDateTime::fromString(a->text(9), Qt::ISODateWithMs);
        s.batchId = a->text(10);
        if (!a->isNull(11))
            parseBatchState(a->text(11), &s.batchState);
        if (!a->isNull(12))
            parseTaskKind(a->text(12), &s.taskKind);
        if (!a->isNull(13))
            parseTaskState(a->text(13), &s.taskState);
        index.insert(an.id, out.size());
        out.append(std::move(s));
    }
    if (a->error())
        return *a->error();

    auto c = m_db->prepare(QStringLiteral("SELECT annotation_id, class_id FROM annotation_classes ORDER BY rowid"));
    if (!c)
        return c.error();
    while (c->step()) {
        const auto i = index.constFind(c->text(0));
        if (i != index.constEnd())
            out[*i].annotation.classIds.append(c->text(1));
    }
    if (c->error())
        return *c->error();

    auto b = m_db->prepare(QStringLiteral(
        "SELECT annotation_id, id, class_id, x, y, w, h, attributes FROM boxes ORDER BY rowid"));
    if (!b)
        return b.error();
    QString lastAnnotation;
    qsizetype last = -1;
    while (b->step()) {
        // Boxes of one annotation are mostly consecutive: skip the hash lookup then.
        const QString annotationId = b->text(0);
        if (annotationId != lastAnnotation) {
            const auto i = index.constFind(annotationId);
            last = i == index.constEnd() ? -1 : *i;
            lastAnnotation = annotationId;
        }
        if (last < 0)
            continue;
        Box box;
        box.id = b->text(1);
        box.classId = b->text(2);
        box.x = b->real(3);
        box.y = b->real(4);
        box.w = b->real(5);
        box.h = b->real(6);
        if (!b->isNull(7))
            box.attributes = QJsonDocument::fromJson(b->text(7).toUtf8()).object();
        out[last].annotation.boxes.append(std::move(box));
    }
    if (b->error())
        return *b->error();

    // Imported annotations not edited since their import are in chunks.
    QHash<QString, QString> names;
    {
        auto p = m_db->prepare(QStringLiteral("SELECT id, name FROM people"));
        if (!p)
            return p.error();
        while (p->step())
            names.insert(p->text(0), p->text(1));
        if (p->error())
            return *p->error();
    }
    ASSAY_TRY(forEachImportedAnnotation(m_db.get(), [&](ImportedAnnotation &&imported) {
        StoredAnnotation s;
        s.annotation = std::move(imported.annotation);
        s.personName = names.value(s.annotation.personId);
        s.origin = QStringLiteral("import");
        out.append(std::move(s));
        return true;
    }));
    return out;
}

Result<QList<PreLabel>> ProjectStore::prelabels(const Id &itemId) const
{
    auto s = m_db->prepare(QStringLiteral(
        "SELECT l.id, l.item_id, l.import_id, i.model, l.class_id, l.x, l.y, l.w, l.h, l.score"
        " FROM prelabels l JOIN imports i ON i.event_id = l.import_id"
        " WHERE ?1 = '' OR l.item_id = ?1 ORDER BY l.rowid"));
    if (!s)
        return s.error();
    s->bind(1, itemId);
    QList<PreLabel> out;
    while (s->step()) {
        PreLabel p;
        p.id = s->text(0);
        p.itemId = s->text(1);
        p.importId = s->text(2);
        p.model = s->text(3);
        p.classId = s->text(4);
        if (!s->isNull(5))
            p.box = QRectF(s->real(5), s->real(6), s->real(7), s->real(8));
        if (!s->isNull(9))
            p.score = s->real(9);
        out.append(p);
    }
    if (s->error())
        return *s->error();
    return out;
}

Result<LogHead> ProjectStore::logHead() const
{
    auto s = m_db->prepare(QStringLiteral("SELECT seq, id, time, hash FROM events ORDER BY seq DESC LIMIT 1"));
    if (!s)
        return s.error();
    LogHead head;
    if (s->step()) {
        head.seq = s->int64(0);
        head.id = s->text(1);
        head.time = s->text(2);
        head.hash = s->text(3);
    }
    if (s->error())
        return *s->error();
    return head;
}

} // namespace assay::core::store
