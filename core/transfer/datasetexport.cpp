// SPDX-License-Identifier: Apache-2.0
// The store side of exports: choose the labels (final or all), build the neutral Dataset,
// write it with the format plug-in, then the manifest with every file's SHA-256.
#include "core/transfer/datasetexport.h"

#include "core/interchange/formatregistry.h"
#include "core/json/jsonwriter.h"
#include "core/transfer/filehash_p.h"
#include "core/quality/boxmatching.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>

namespace assay::core::transfer {

using interchange::Dataset;

namespace {

// A phase name marked with QT_TRANSLATE_NOOP, translated when shown.
QString translated(const char *text)
{
    return QCoreApplication::translate("assay", text);
}

bool cancelled(const ExportOptions &o)
{
    return o.cancel && o.cancel->load();
}

// Of several annotators' boxes for one item, the set that agrees best with the others: the
// highest summed F1 (IoU >= 0.5, same class) against every other set. Ties: the earliest.
int medoidBoxSet(const QList<const assay::core::StoredAnnotation *> &annotations)
{
    if (annotations.size() <= 2)
        return 0;
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < annotations.size(); ++i) {
        double score = 0;
        for (int j = 0; j < annotations.size(); ++j) {
            if (i == j)
                continue;
            const auto &a = annotations[i]->annotation.boxes;
            const auto &b = annotations[j]->annotation.boxes;
            if (a.isEmpty() && b.isEmpty()) {
                score += 1;
                continue;
            }
            auto m = quality::matchBoxes(a, b);
            if (m)
                score += 2.0 * m->matches.size() / double(a.size() + b.size());
        }
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

} // namespace

QJsonObject ExportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("selection"), selection},
                       {QStringLiteral("manifest"), manifestPath},
                       {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                       {QStringLiteral("images"), double(images)},
                       {QStringLiteral("items"), double(items)},
                       {QStringLiteral("boxes"), double(boxes)},
                       {QStringLiteral("labels"), double(labels)},
                       {QStringLiteral("annotations_left_out"), double(annotationsLeftOut)},
                       {QStringLiteral("ties"), double(ties)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QString ExportSummary::text() const
{
    QStringList lines;
    lines << QCoreApplication::translate("assay", "%1 (%2 labels): %3 images, %4 labelled items, %5 boxes, %6 class labels")
                 .arg(format, selection)
                 .arg(images)
                 .arg(items)
                 .arg(boxes)
                 .arg(labels);
    if (annotationsLeftOut > 0) {
        lines << QCoreApplication::translate("assay", "%1 annotations left out: not yet final (not done, batch not accepted, or imported); --all exports them")
                     .arg(annotationsLeftOut);
    }
    if (ties > 0)
        lines << QCoreApplication::translate("assay", "%1 items without a class label: their annotators tied").arg(ties);
    for (const QString &w : warnings)
        lines << w;
    lines << QCoreApplication::translate("assay", "%1 files written; manifest: %2").arg(files.size()).arg(manifestPath);
    return lines.join(QLatin1Char('\n'));
}

Result<ExportSummary> exportDataset(assay::core::Project &store, const QString &outPath,
                                    const ExportOptions &options)
{
    auto report = [&](int percent, const char *phase) {
        if (options.progress)
            options.progress(percent, translated(phase));
    };
    const auto &registry = interchange::FormatRegistry::builtIn();
    if (!registry.exporter(options.format)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("assay", "unknown export format \"%1\" (one of: %2)")
                             .arg(options.format, registry.exporterNames().join(QStringLiteral(", "))));
    }
    const Person &actor = store.actor();
    if (!isAllowed(actor, Action::Review) && !isAllowed(actor, Action::DecideBatches)) {
        return makeError(ErrorCode::Permission,
                         QCoreApplication::translate("assay", "%1 may not export datasets (reviewers and leads may)").arg(actor.name),
                         store.path());
    }
    ExportSummary summary;
    summary.format = options.format;
    summary.selection = options.all ? QStringLiteral("all") : QStringLiteral("final");

    // 1. What the snapshot is: log head, taxonomy, batches.
    report(0, QT_TRANSLATE_NOOP("assay", "Reading labels"));
    auto head = store.logHead();
    if (!head)
        return head.error();
    auto taxonomy = store.taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    auto stored = store.transfer().storedAnnotations();
    if (!stored)
        return stored.error();
    auto batches = store.work().batches();
    if (!batches)
        return batches.error();
    if (cancelled(options))
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("assay", "the export was cancelled"));

    // 2. Selection: per item, the annotations that count.
    // Looked up per item; the output follows the project's item order.
    QHash<QString, QList<const assay::core::StoredAnnotation *>> byItem;
    QSet<Id> usedBatches;
    for (const auto &s : std::as_const(*stored)) {
        const bool final = s.origin == QLatin1String("task") && s.taskState == TaskState::Done
                           && s.batchState == BatchState::Accepted
                           && (s.taskKind == TaskKind::Production || s.taskKind == TaskKind::Audit);
        if (!options.all && !final) {
            ++summary.annotationsLeftOut;
            continue;
        }
        byItem[s.annotation.itemId].append(&s);
        if (!s.batchId.isEmpty())
            usedBatches.insert(s.batchId);
    }

    // Consensus classes of accepted batches come from the batch quality report (one
    // definition of the consensus label everywhere).
    QHash<QString, QStringList> consensus; // item -> class ids; empty list: tied
    QJsonArray batchesJson;
    QList<Batch> sortedBatches;
    for (const Batch &b : std::as_const(*batches)) {
        if (usedBatches.contains(b.id))
            sortedBatches.append(b);
    }
    std::sort(sortedBatches.begin(), sortedBatches.end(),
              [](const Batch &a, const Batch &b) { return a.id < b.id; });
    for (const Batch &b : std::as_const(sortedBatches)) {
        QJsonObject entry{{QStringLiteral("id"), b.id},
                          {QStringLiteral("name"), b.name},
                          {QStringLiteral("state"), batchStateName(b.state)},
                          {QStringLiteral("criteria"), b.criteria}};
        auto q = store.gold().batchQualityReport(b.id);
        if (q) {
            QJsonArray verdicts;
            for (const auto &v : q->verdicts) {
                verdicts.append(QJsonObject{{QStringLiteral("criterion"), v.criterion},
                                            {QStringLiteral("op"), v.op},
                                            {QStringLiteral("bound"), v.bound},
                                            {QStringLiteral("value"), v.value ? QJsonValue(*v.value) : QJsonValue()},
                                            {QStringLiteral("verdict"), v.verdict}});
            }
            entry.insert(QStringLiteral("acceptance"),
                         QJsonObject{{QStringLiteral("items"), q->items},
                                     {QStringLiteral("answers"), q->answers},
                                     {QStringLiteral("gold_accuracy"), q->goldAccuracy ? QJsonValue(*q->goldAccuracy) : QJsonValue()},
                                     {QStringLiteral("verdicts"), verdicts}});
            for (const auto &f : q->finalLabels) {
                consensus.insert(f.itemId, f.label.isEmpty() ? QStringList()
                                                             : f.label.split(QLatin1Char('+')));
            }
        }
        batchesJson.append(entry);
    }

    // 3. The neutral dataset, images in the project's order.
    report(20, QT_TRANSLATE_NOOP("assay", "Collecting items"));
    Dataset data;
    data.format = options.format;
    QHash<Id, int> categoryOf;
    for (const TaxonomyClass &c : std::as_const(taxonomy->classes)) {
        categoryOf.insert(c.id, int(data.categories.size()));
        data.categories.append({QString(), c.name, {}});
    }
    auto categoryFor = [&](const Id &classId) {
        auto it = categoryOf.constFind(classId);
        if (it != categoryOf.constEnd())
            return *it;
        // A class removed from the taxonomy since: still exported, under its id.
        categoryOf.insert(classId, int(data.categories.size()));
        data.categories.append({QString(), classId, {}});
        return int(data.categories.size()) - 1;
    };
    {
        qsizetype boxes = 0;
        for (const auto &s : std::as_const(*stored))
            boxes += s.annotation.boxes.size();
        data.boxes.reserve(boxes);
    }
    QSet<QString> guidelineVersions;
    QSet<int> taxonomyVersions;
    qint64 afterSeq = 0;
    for (;;) {
        auto page = store.items().page(afterSeq, 5000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const Item &item : std::as_const(*page)) {
            afterSeq = item.seq;
            auto found = byItem.constFind(item.id);
            const bool labelled = found != byItem.constEnd();
            const bool image = item.kind == ItemKind::Image;
            if (!labelled && !(options.all && image))
                continue;
            int imageIndex = -1;
            if (image) {
                imageIndex = int(data.images.size());
                data.images.append({item.path, item.width, item.height, QString(), {}});
            }
            if (!labelled)
                continue;
            ++summary.items;
            QList<const assay::core::StoredAnnotation *> chosen = *found;
            QStringList finalClasses;
            bool useConsensus = false;
            if (!options.all && chosen.size() > 1) {
                chosen = {chosen[medoidBoxSet(chosen)]};
                useConsensus = true;
                auto c = consensus.constFind(item.id);
                if (c != consensus.constEnd()) {
                    finalClasses = *c;
                    if (finalClasses.isEmpty())
                        ++summary.ties;
                }
            }
            for (const auto *s : std::as_const(chosen)) {
                const Annotation &a = s->annotation;
                guidelineVersions.insert(QString::number(a.guidelineVersion));
                taxonomyVersions.insert(a.taxonomyVersion);
                const QString annotator = options.all ? s->personName : QString();
                for (const Box &b : a.boxes) {
                    interchange::DatasetBox box;
                    box.image = imageIndex;
                    box.category = categoryFor(b.classId);
                    box.x = b.x;
                    box.y = b.y;
                    box.w = b.w;
                    box.h = b.h;
                    box.annotator = annotator;
                    if (!b.attributes.isEmpty()) {
                        box.attributes = b.attributes;
                        if (box.attributes.contains(QLatin1String("score")))
                            box.score = box.attributes.take(QStringLiteral("score")).toDouble();
                        box.attributes.remove(QStringLiteral("source_id"));
                        box.attributes.remove(QStringLiteral("source_annotator"));
                    }
                    if (imageIndex >= 0) {
                        data.boxes.append(std::move(box));
                        ++summary.boxes;
                    }
                }
                const QStringList classes = useConsensus ? finalClasses : a.classIds;
                for (const Id &classId : classes) {
                    interchange::DatasetLabel label;
                    label.item = item.text.isNull() ? item.path
                                                    : item.metadata.value(QLatin1String("source_item")).toString(item.id);
                    label.text = item.text;
                    label.image = imageIndex;
                    label.kind = item.kind;
                    label.category = categoryFor(classId);
                    label.annotator = annotator;
                    data.labels.append(label);
                    ++summary.labels;
                }
            }
        }
        if (cancelled(options))
            return makeError(ErrorCode::Cancelled, QCoreApplication::translate("assay", "the export was cancelled"));
    }
    summary.images = data.images.size();

    // 4. Write, then the manifest.
    report(50, QT_TRANSLATE_NOOP("assay", "Writing"));
    interchange::WriteOptions writeOptions;
    writeOptions.prettyJson = options.prettyJson;
    const QString out = QFileInfo(outPath).absoluteFilePath();
    auto written = registry.write(data, options.format, out, writeOptions);
    if (!written)
        return written.error();
    summary.warnings = written->warnings;
    auto removeWritten = [&] {
        for (const QString &f : std::as_const(written->files))
            QFile::remove(f);
    };
    if (cancelled(options)) {
        removeWritten();
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("assay", "the export was cancelled"));
    }

    report(90, QT_TRANSLATE_NOOP("assay", "Writing the manifest"));
    const bool folder = QFileInfo(out).isDir();
    summary.manifestPath = folder ? QDir(out).filePath(QStringLiteral("manifest.json"))
                                  : out + QStringLiteral(".manifest.json");
    const QDir manifestDir = QFileInfo(summary.manifestPath).absoluteDir();
    QStringList files = written->files;
    files.sort();
    QJsonArray filesJson;
    for (const QString &f : std::as_const(files)) {
        filesJson.append(QJsonObject{{QStringLiteral("path"), manifestDir.relativeFilePath(f)},
                                     {QStringLiteral("bytes"), double(QFileInfo(f).size())},
                                     {QStringLiteral("sha256"), QString::fromLatin1(detail::fileSha256(f))}});
    }
    QStringList guidelines(guidelineVersions.cbegin(), guidelineVersions.cend());
    std::sort(guidelines.begin(), guidelines.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    QList<int> taxonomies(taxonomyVersions.cbegin(), taxonomyVersions.cend());
    std::sort(taxonomies.begin(), taxonomies.end());
    QJsonArray taxonomiesJson;
    for (int v : taxonomies)
        taxonomiesJson.append(v);
    QJsonArray guidelinesJson;
    for (const QString &g : guidelines)
        guidelinesJson.append(g.toInt());
    // No wall-clock time: the snapshot's time is its newest event's, so an unchanged project
    // exports byte-identical files.
    const QJsonObject manifest{
        {QStringLiteral("assay_manifest"), 1},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), store.info().projectId},
                                                {QStringLiteral("name"), store.info().name}}},
        {QStringLiteral("snapshot"), QJsonObject{{QStringLiteral("event_seq"), double(head->seq)},
                                                 {QStringLiteral("event_id"), head->id},
                                                 {QStringLiteral("event_hash"), head->hash},
                                                 {QStringLiteral("time"), head->time}}},
        {QStringLiteral("format"), options.format},
        {QStringLiteral("selection"), summary.selection},
        {QStringLiteral("taxonomy_version"), taxonomy->version},
        {QStringLiteral("label_taxonomy_versions"), taxonomiesJson},
        {QStringLiteral("guideline_version"), store.taxonomy().guidelineVersion()},
        {QStringLiteral("label_guideline_versions"), guidelinesJson},
        {QStringLiteral("classes"), [&] {
             QJsonArray a;
             for (const auto &c : std::as_const(data.categories))
                 a.append(c.name);
             return a;
         }()},
        {QStringLiteral("batches"), batchesJson},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("images"), double(summary.images)},
                                               {QStringLiteral("items"), double(summary.items)},
                                               {QStringLiteral("boxes"), double(summary.boxes)},
                                               {QStringLiteral("labels"), double(summary.labels)},
                                               {QStringLiteral("ties"), double(summary.ties)}}},
        {QStringLiteral("files"), filesJson},
    };
    QSaveFile file(summary.manifestPath);
    if (!file.open(QIODevice::WriteOnly)) {
        removeWritten();
        return makeError(ErrorCode::Io, file.errorString(), summary.manifestPath);
    }
    // Written as QJsonDocument::toJson(Indented) always wrote it: manifests of unchanged
    // projects keep their bytes.
    json::JsonWriter text(json::JsonStyle::QtIndented);
    text.json(manifest);
    text.raw('\n');
    file.write(text.takeBytes());
    if (!file.commit()) {
        removeWritten();
        return makeError(ErrorCode::Io, file.errorString(), summary.manifestPath);
    }
    summary.files = written->files;
    summary.files.append(summary.manifestPath);
    report(100, QT_TRANSLATE_NOOP("assay", "Done"));
    return summary;
}

} // namespace assay::core::transfer
