// SPDX-License-Identifier: Apache-2.0
// TransferService: what imports and exports read from a project.
#include "core/transfer/transferservice.h"

#include "core/annotation/annotationstate_p.h"
#include "core/store/importchunks.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace assay::core {

using store::forEachImportedAnnotation;
using store::ImportedAnnotation;
using store::Statement;

Result<QList<StoredAnnotation>> TransferService::storedAnnotations(store::BoxIds boxIds) const
{
    QList<StoredAnnotation> out;
    QHash<QString, qsizetype> index;
    auto a = db()->prepare(QStringLiteral(
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

    auto c = db()->prepare(QStringLiteral(
            "SELECT annotation_id, class_id FROM annotation_classes ORDER BY rowid"));
    if (!c)
        return c.error();
    while (c->step()) {
        const auto i = index.constFind(c->text(0));
        if (i != index.constEnd())
            out[*i].annotation.classIds.append(c->text(1));
    }
    if (c->error())
        return *c->error();

    auto b = db()->prepare(QStringLiteral(
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
        auto p = db()->prepare(QStringLiteral("SELECT id, name FROM people"));
        if (!p)
            return p.error();
        while (p->step())
            names.insert(p->text(0), p->text(1));
        if (p->error())
            return *p->error();
    }
    ASSAY_TRY(forEachImportedAnnotation(
            db(),
            [&](ImportedAnnotation &&imported) {
                StoredAnnotation s;
                s.annotation = std::move(imported.annotation);
                s.personName = names.value(s.annotation.personId);
                s.origin = QStringLiteral("import");
                out.append(std::move(s));
                return true;
            },
            boxIds));
    return out;
}

} // namespace assay::core
