// SPDX-License-Identifier: Apache-2.0
// The store side of exports, in phases: gather the snapshot, select the labels (final or all),
// collect the neutral Dataset, write it with the format plug-in, then the manifest with every
// file's SHA-256.
#include "core/transfer/datasetexport.h"
#include "core/json/jsonwriter.h"
#include "core/base/prefault.h"
#include "core/base/tr.h"

#include "core/interchange/formatregistry.h"
#include "core/transfer/filehash_p.h"
#include "core/quality/boxmatching.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <array>
#include <future>
#include <thread>
#include <vector>

namespace assay::core::transfer {

using interchange::Dataset;

namespace {

// A phase name marked with QT_TRANSLATE_NOOP, translated when shown.
QString translated(const char *text)
{
    return Tr::tr(text);
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

// One export, phase by phase: each phase is a function of its own, and what it finds is kept
// here for the phases after it.
class DatasetExport
{
public:
    DatasetExport(Project &project, const QString &outPath, const ExportOptions &options)
        : m_project(project)
        , m_out(QFileInfo(outPath).absoluteFilePath())
        , m_options(options)
    {}

    Result<ExportSummary> run();

private:
    void progress(int percent, const char *phase) const
    {
        if (m_options.progress)
            m_options.progress(percent, translated(phase));
    }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    static Error cancelError()
    {
        return makeError(ErrorCode::Cancelled, Tr::tr("the export was cancelled"));
    }

    // The phases in the order run() takes them; each says why the export stops, if it does.
    Status start();         // the format, the right to export
    Status gather();        // 1. what the snapshot is: log head, taxonomy, labels, batches
    void select();          // 2. per item, the annotations that count
    void readBatches();     //    the batches they come from, with their consensus classes
    Status collect();       // 3. the neutral dataset
    Status writeFormat();   // 4. the format's plug-in writes its files
    Status writeManifest(); // 5. what was taken, and every file's SHA-256

    void collectItem(const Item &item, const QList<const StoredAnnotation *> &annotations,
                     int imageIndex);
    int categoryFor(const Id &classId);
    int lookUpCategory(const Id &classId);
    QJsonObject manifest() const;
    void removeWritten() const;

    Project &m_project;
    const QString m_out; // absolute
    const ExportOptions &m_options;
    ExportSummary m_summary;
    LogHead m_head;
    Taxonomy m_taxonomy;
    QList<StoredAnnotation> m_stored;
    QList<Batch> m_batches;
    // Looked up per item; the output follows the project's item order.
    QHash<QString, QList<const StoredAnnotation *>> m_byItem;
    QSet<Id> m_usedBatches;
    QHash<QString, QStringList> m_consensus; // item -> class ids; empty list: tied
    // Item -> what decided its final label ("annotation", "accept", "fix", "adjudication",
    // "none": no label), from the review service; empty for those who may not read reviews.
    QHash<Id, QString> m_decidedBy;
    // Item -> the value a reviewer's fix or an adjudication made final: exported instead of the
    // annotators' answers (which stay in the project, and in an export of all annotations).
    QHash<Id, AnswerValue> m_decidedValue;
    QMap<QString, qint64> m_provenanceCounts;
    bool m_withProvenance = false;
    QJsonArray m_batchesJson;
    Dataset m_data;
    QHash<Id, int> m_categoryOf;
    struct ClassCacheEntry
    {
        quintptr text = 0; // where the class id's characters are
        qsizetype size = -1;
        int category = -1;
    };
    std::array<ClassCacheEntry, 256> m_classCache{}; // by that address, for categoryFor()
    QSet<QString> m_guidelineVersions;
    QSet<int> m_taxonomyVersions;
    interchange::WrittenFiles m_written;
    std::vector<std::jthread> m_releases; // freeing what was written; joined first when this goes
};

Result<ExportSummary> DatasetExport::run()
{
    ASSAY_TRY(start());
    ASSAY_TRY(gather());
    select();
    readBatches();
    ASSAY_TRY(collect());
    // A million annotations take a while to free: on the other core, while the files are written
    // and hashed.
    m_releases.emplace_back([stored = std::move(m_stored), byItem = std::move(m_byItem)]() mutable {
        byItem = {};
        stored = {};
    });
    ASSAY_TRY(writeFormat());
    m_releases.emplace_back([boxes = std::move(m_data.boxes), images = std::move(m_data.images),
                             labels = std::move(m_data.labels)]() mutable {
        boxes = {};
        images = {};
        labels = {};
    });
    ASSAY_TRY(writeManifest());
    progress(100, QT_TRANSLATE_NOOP("assay", "Done"));
    return std::move(m_summary);
}

Status DatasetExport::start()
{
    const auto &registry = interchange::FormatRegistry::builtIn();
    if (!registry.exporter(m_options.format)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("unknown export format \"%1\" (one of: %2)")
                                 .arg(m_options.format,
                                      registry.exporterNames().join(QStringLiteral(", "))));
    }
    const Person &actor = m_project.actor();
    if (!isAllowed(actor, Action::Review) && !isAllowed(actor, Action::DecideBatches)) {
        return makeError(ErrorCode::Permission,
                         Tr::tr("%1 may not export datasets (reviewers and leads may)")
                                 .arg(actor.name),
                         m_project.path());
    }
    m_summary.format = m_options.format;
    m_summary.selection = m_options.all ? QStringLiteral("all") : QStringLiteral("final");
    return {};
}

// 1. What the snapshot is: log head, taxonomy, batches.
Status DatasetExport::gather()
{
    progress(0, QT_TRANSLATE_NOOP("assay", "Reading labels"));
    auto head = m_project.logHead();
    if (!head)
        return head.error();
    m_head = std::move(*head);
    auto taxonomy = m_project.taxonomy().get(m_options.taxonomyVersion);
    if (!taxonomy)
        return taxonomy.error();
    m_taxonomy = std::move(*taxonomy);
    auto stored = m_project.transfer().storedAnnotations(store::BoxIds::Left);
    if (!stored)
        return stored.error();
    m_stored = std::move(*stored);
    auto batches = m_project.work().batches();
    if (!batches)
        return batches.error();
    m_batches = std::move(*batches);
    // Where each final label comes from (annotation only, review, fix, adjudication).
    if (mayRead(m_project.actor(), Read::OthersAnswers)) {
        auto provenance = m_project.review().provenance();
        if (!provenance)
            return provenance.error();
        m_withProvenance = true;
        for (const Provenance &p : std::as_const(*provenance)) {
            m_decidedBy.insert(p.itemId,
                               p.decidedBy.isEmpty() ? QStringLiteral("none") : p.decidedBy);
            if (p.decidedBy == QLatin1String("fix") || p.decidedBy == QLatin1String("adjudication"))
                m_decidedValue.insert(p.itemId, p.value);
        }
    }
    if (cancelled())
        return cancelError();
    return {};
}

// 2. Selection: per item, the annotations that count.
void DatasetExport::select()
{
    m_byItem.reserve(m_stored.size());
    for (const auto &s : std::as_const(m_stored)) {
        const bool final = s.origin == QLatin1String("task") && s.taskState == TaskState::Done
                           && s.batchState == BatchState::Accepted
                           && (s.taskKind == TaskKind::Production || s.taskKind == TaskKind::Audit);
        if (!m_options.all && !final) {
            ++m_summary.annotationsLeftOut;
            continue;
        }
        m_byItem[s.annotation.itemId].append(&s);
        if (!s.batchId.isEmpty())
            m_usedBatches.insert(s.batchId);
    }
}

// Consensus classes of accepted batches come from the batch quality report (one definition of
// the consensus label everywhere); the manifest lists the batches with their acceptance figures.
void DatasetExport::readBatches()
{
    QList<Batch> sortedBatches;
    for (const Batch &b : std::as_const(m_batches)) {
        if (m_usedBatches.contains(b.id))
            sortedBatches.append(b);
    }
    std::sort(sortedBatches.begin(), sortedBatches.end(),
              [](const Batch &a, const Batch &b) { return a.id < b.id; });
    for (const Batch &b : std::as_const(sortedBatches)) {
        QJsonObject entry{{QStringLiteral("id"), b.id},
                          {QStringLiteral("name"), b.name},
                          {QStringLiteral("state"), batchStateName(b.state)},
                          {QStringLiteral("criteria"), b.criteria}};
        auto q = m_project.gold().batchQualityReport(b.id);
        if (q) {
            QJsonArray verdicts;
            for (const auto &v : q->verdicts) {
                verdicts.append(QJsonObject{{QStringLiteral("criterion"), v.criterion},
                                            {QStringLiteral("op"), v.op},
                                            {QStringLiteral("bound"), v.bound},
                                            {QStringLiteral("value"),
                                             v.value ? QJsonValue(*v.value) : QJsonValue()},
                                            {QStringLiteral("verdict"), v.verdict}});
            }
            entry.insert(QStringLiteral("acceptance"),
                         QJsonObject{{QStringLiteral("items"), q->items},
                                     {QStringLiteral("answers"), q->answers},
                                     {QStringLiteral("gold_accuracy"),
                                      q->goldAccuracy ? QJsonValue(*q->goldAccuracy) : QJsonValue()},
                                     {QStringLiteral("verdicts"), verdicts}});
            for (const auto &f : q->finalLabels) {
                m_consensus.insert(f.itemId, f.label.isEmpty() ? QStringList()
                                                               : f.label.split(QLatin1Char('+')));
            }
        }
        m_batchesJson.append(entry);
    }
}

int DatasetExport::categoryFor(const Id &labelClassId)
{
    // The boxes of an import share their class ids' text: a million boxes are looked up by where
    // that text is, not by hashing and comparing it. The cache lives while the annotations do
    // (collect()), so an address is never reused for another text meanwhile.
    const quintptr key = quintptr(labelClassId.constData());
    ClassCacheEntry &cached = m_classCache[(key >> 4) % m_classCache.size()];
    if (cached.text == key && cached.size == labelClassId.size())
        return cached.category;
    const int category = lookUpCategory(labelClassId);
    cached = {key, labelClassId.size(), category};
    return category;
}

int DatasetExport::lookUpCategory(const Id &labelClassId)
{
    // A label keeps its class id; merges and splits up to the exported version say which
    // class it reads as.
    const Id classId = m_taxonomy.resolve(labelClassId);
    auto it = m_categoryOf.constFind(classId);
    if (it != m_categoryOf.constEnd())
        return *it;
    // An archived class keeps its name; one removed, or added after the exported version, is
    // exported under its id.
    const TaxonomyClass *archived = m_taxonomy.findAny(classId);
    m_categoryOf.insert(classId, int(m_data.categories.size()));
    m_data.categories.append({QString(), archived ? archived->name : classId, {}});
    return int(m_data.categories.size()) - 1;
}

// 3. The neutral dataset, images in the project's order.
Status DatasetExport::collect()
{
    progress(20, QT_TRANSLATE_NOOP("assay", "Collecting items"));
    m_data.format = m_options.format;
    for (const TaxonomyClass &c : std::as_const(m_taxonomy.classes)) {
        m_categoryOf.insert(c.id, int(m_data.categories.size()));
        m_data.categories.append({QString(), c.name, {}});
    }
    qsizetype boxes = 0;
    for (const auto &s : std::as_const(m_stored))
        boxes += s.annotation.boxes.size();
    m_data.boxes.reserve(boxes);
    // A million boxes: in huge pages, made present on the other core while they are filled.
    adviseHugePages(m_data.boxes.constData(), size_t(boxes) * sizeof(interchange::DatasetBox));
    const std::jthread prefaulter = prefault(m_data.boxes.data(),
                                             size_t(boxes) * sizeof(interchange::DatasetBox));
    // The items are read a page ahead, on the other core, while this one collects a page
    // (nothing else uses the project's connection meanwhile).
    constexpr int pageSize = 5000;
    auto fetch = [this](qint64 afterSeq) {
        return m_project.items().page(afterSeq, pageSize);
    };
    std::future<Result<QList<Item>>> next = std::async(std::launch::async, fetch, 0);
    for (bool more = true; more;) {
        auto page = next.get();
        if (!page)
            return page.error();
        more = page->size() == pageSize;
        if (more)
            next = std::async(std::launch::async, fetch, page->constLast().seq);
        for (const Item &item : std::as_const(*page)) {
            auto found = m_byItem.constFind(item.id);
            const bool labelled = found != m_byItem.constEnd();
            const bool image = item.kind == ItemKind::Image;
            if (!labelled && !(m_options.all && image))
                continue;
            int imageIndex = -1;
            if (image) {
                imageIndex = int(m_data.images.size());
                m_data.images.append({item.path, item.width, item.height, QString(), {}});
            }
            if (labelled)
                collectItem(item, *found, imageIndex);
        }
        if (cancelled())
            return cancelError();
    }
    m_summary.images = m_data.images.size();
    m_classCache.fill({}); // the annotations it points into are freed next
    return {};
}

// The boxes and class labels of one labelled item. Final labels of several annotators are
// reduced to one set of boxes and the consensus classes.
void DatasetExport::collectItem(const Item &item,
                                const QList<const StoredAnnotation *> &annotations, int imageIndex)
{
    ++m_summary.items;
    // Counted per exported item; an item without review data (imported) is "imported".
    const QString decidedBy = m_decidedBy.value(item.id, QStringLiteral("imported"));
    if (m_withProvenance)
        ++m_provenanceCounts[decidedBy];
    // Per item where the format keeps box attributes (COCO): a final label that a review or an
    // adjudication decided says which.
    const bool markBoxes = !m_options.all
                           && (decidedBy == QLatin1String("accept")
                               || decidedBy == QLatin1String("fix")
                               || decidedBy == QLatin1String("adjudication"));
    // `like`: the annotation's box without a place, its annotator set once and shared by its
    // copies, rather than made for each of a million boxes.
    auto addBox = [&](const Box &b, const interchange::DatasetBox &like) {
        if (imageIndex < 0)
            return;
        interchange::DatasetBox box = like;
        box.image = imageIndex;
        box.category = categoryFor(b.classId);
        box.x = b.x;
        box.y = b.y;
        box.w = b.w;
        box.h = b.h;
        if (!b.attributes.isEmpty() || markBoxes) {
            QJsonObject attributes = b.attributes;
            if (attributes.contains(QLatin1String("score")))
                box.setScore(attributes.take(QStringLiteral("score")).toDouble());
            attributes.remove(QStringLiteral("source_id"));
            attributes.remove(QStringLiteral("source_annotator"));
            if (markBoxes)
                attributes.insert(QStringLiteral("provenance"), decidedBy);
            box.setAttributes(attributes);
        }
        m_data.boxes.append(std::move(box));
        ++m_summary.boxes;
    };
    auto addLabel = [&](const Id &classId, const QString &annotator) {
        interchange::DatasetLabel label;
        label.item = item.text.isNull()
                             ? item.path
                             : item.metadata.value(QLatin1String("source_item")).toString(item.id);
        label.text = item.text;
        label.image = imageIndex;
        label.kind = item.kind;
        label.category = categoryFor(classId);
        label.annotator = annotator;
        m_data.labels.append(label);
        ++m_summary.labels;
    };
    for (const auto *s : annotations) {
        m_guidelineVersions.insert(QString::number(s->annotation.guidelineVersion));
        m_taxonomyVersions.insert(s->annotation.taxonomyVersion);
    }
    // A fix or an adjudication decided the final label: it is what is exported.
    if (!m_options.all) {
        auto decided = m_decidedValue.constFind(item.id);
        if (decided != m_decidedValue.constEnd()) {
            for (const Box &b : decided->boxes)
                addBox(b, interchange::DatasetBox());
            for (const Id &classId : decided->classIds)
                addLabel(classId, QString());
            return;
        }
    }
    QList<const StoredAnnotation *> chosen = annotations;
    QStringList finalClasses;
    bool useConsensus = false;
    if (!m_options.all && chosen.size() > 1) {
        chosen = {chosen[medoidBoxSet(chosen)]};
        useConsensus = true;
        auto c = m_consensus.constFind(item.id);
        if (c != m_consensus.constEnd()) {
            finalClasses = *c;
            if (finalClasses.isEmpty())
                ++m_summary.ties;
        }
    }
    for (const auto *s : std::as_const(chosen)) {
        const Annotation &a = s->annotation;
        const QString annotator = m_options.all ? s->personName : QString();
        interchange::DatasetBox like;
        like.setAnnotator(annotator);
        for (const Box &b : a.boxes)
            addBox(b, like);
        const QStringList classes = useConsensus ? finalClasses : a.classIds;
        for (const Id &classId : classes)
            addLabel(classId, annotator);
    }
}

// 4. Write, with the format's plug-in.
Status DatasetExport::writeFormat()
{
    progress(50, QT_TRANSLATE_NOOP("assay", "Writing"));
    interchange::WriteOptions writeOptions;
    writeOptions.prettyJson = m_options.prettyJson;
    writeOptions.sha256 = true; // for the manifest
    auto written = interchange::FormatRegistry::builtIn().write(m_data, m_options.format, m_out,
                                                                writeOptions);
    if (!written)
        return written.error();
    m_written = std::move(*written);
    m_summary.warnings = m_written.warnings;
    if (cancelled()) {
        removeWritten();
        return cancelError();
    }
    return {};
}

void DatasetExport::removeWritten() const
{
    for (const QString &f : std::as_const(m_written.files))
        QFile::remove(f);
}

// 5. The manifest, beside a file or into the folder. A failure removes what was written.
Status DatasetExport::writeManifest()
{
    progress(90, QT_TRANSLATE_NOOP("assay", "Writing the manifest"));
    const bool folder = QFileInfo(m_out).isDir();
    m_summary.manifestPath = folder ? QDir(m_out).filePath(QStringLiteral("manifest.json"))
                                    : m_out + QStringLiteral(".manifest.json");
    QSaveFile file(m_summary.manifestPath);
    if (!file.open(QIODevice::WriteOnly)) {
        removeWritten();
        return makeError(ErrorCode::Io, file.errorString(), m_summary.manifestPath);
    }
    core::json::JsonWriter writer(core::json::JsonStyle::QtIndented, &file);
    writer.json(manifest());
    writer.raw('\n');
    if (!writer.finish() || !file.commit()) {
        removeWritten();
        return makeError(ErrorCode::Io, file.errorString(), m_summary.manifestPath);
    }
    m_summary.files = m_written.files;
    m_summary.files.append(m_summary.manifestPath);
    return {};
}

QJsonObject DatasetExport::manifest() const
{
    const QDir manifestDir = QFileInfo(m_summary.manifestPath).absoluteDir();
    QStringList files = m_written.files;
    files.sort();
    QJsonArray filesJson;
    for (const QString &f : std::as_const(files)) {
        filesJson.append(QJsonObject{{QStringLiteral("path"), manifestDir.relativeFilePath(f)},
                                     {QStringLiteral("bytes"), double(QFileInfo(f).size())},
                                     {QStringLiteral("sha256"),
                                      QString::fromLatin1(m_written.sha256.contains(f)
                                                                  ? m_written.sha256.value(f)
                                                                  : detail::fileSha256(f))}});
    }
    QStringList guidelines(m_guidelineVersions.cbegin(), m_guidelineVersions.cend());
    std::sort(guidelines.begin(), guidelines.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    QList<int> taxonomies(m_taxonomyVersions.cbegin(), m_taxonomyVersions.cend());
    std::sort(taxonomies.begin(), taxonomies.end());
    QJsonArray taxonomiesJson;
    for (int v : taxonomies)
        taxonomiesJson.append(v);
    QJsonArray guidelinesJson;
    for (const QString &g : guidelines)
        guidelinesJson.append(g.toInt());
    QJsonArray classes;
    for (const auto &c : std::as_const(m_data.categories))
        classes.append(c.name);
    // No wall-clock time: the snapshot's time is its newest event's, so an unchanged project
    // exports byte-identical files.
    QJsonObject out{
            {QStringLiteral("assay_manifest"), 1},
            {QStringLiteral("project"),
             QJsonObject{{QStringLiteral("id"), m_project.info().projectId},
                         {QStringLiteral("name"), m_project.info().name}}},
            {QStringLiteral("snapshot"),
             QJsonObject{{QStringLiteral("event_seq"), double(m_head.seq)},
                         {QStringLiteral("event_id"), m_head.id},
                         {QStringLiteral("event_hash"), m_head.hash},
                         {QStringLiteral("time"), m_head.time}}},
            {QStringLiteral("format"), m_options.format},
            {QStringLiteral("selection"), m_summary.selection},
            {QStringLiteral("taxonomy_version"), m_taxonomy.version},
            {QStringLiteral("label_taxonomy_versions"), taxonomiesJson},
            {QStringLiteral("guideline_version"), m_project.taxonomy().guidelineVersion()},
            {QStringLiteral("label_guideline_versions"), guidelinesJson},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("batches"), m_batchesJson},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("images"), double(m_summary.images)},
                         {QStringLiteral("items"), double(m_summary.items)},
                         {QStringLiteral("boxes"), double(m_summary.boxes)},
                         {QStringLiteral("labels"), double(m_summary.labels)},
                         {QStringLiteral("ties"), double(m_summary.ties)}}},
            {QStringLiteral("files"), filesJson},
    };
    if (m_withProvenance) {
        // How many exported items' final labels came from annotation only, a review's
        // acceptance, a reviewer's fix, an adjudication (and none: tied or all rejected).
        QJsonObject counts;
        for (const char *key : {"annotation", "accept", "fix", "adjudication", "none"})
            counts.insert(QLatin1String(key), 0);
        for (auto it = m_provenanceCounts.cbegin(); it != m_provenanceCounts.cend(); ++it)
            counts.insert(it.key(), double(it.value()));
        out.insert(QStringLiteral("provenance"), counts);
    }
    return out;
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
    lines << Tr::tr("%1 (%2 labels): %3 images, %4 labelled items, %5 boxes, %6 class labels")
                     .arg(format, selection)
                     .arg(images)
                     .arg(items)
                     .arg(boxes)
                     .arg(labels);
    if (annotationsLeftOut > 0) {
        lines << Tr::tr("%1 annotations left out: not yet final (not done, batch not accepted, or imported); --all exports them")
                         .arg(annotationsLeftOut);
    }
    if (ties > 0)
        lines << Tr::tr("%1 items without a class label: their annotators tied").arg(ties);
    for (const QString &w : warnings)
        lines << w;
    lines << Tr::tr("%1 files written; manifest: %2").arg(files.size()).arg(manifestPath);
    return lines.join(QLatin1Char('\n'));
}

Result<ExportSummary> exportDataset(assay::core::Project &store, const QString &outPath,
                                    const ExportOptions &options)
{
    return DatasetExport(store, outPath, options).run();
}

} // namespace assay::core::transfer
