// SPDX-License-Identifier: Apache-2.0
// The store side of imports: read with the format plug-in, match media to items (adding the
// ones not yet in the project), check classes, then write everything in one transaction:
// items ("items.added"), classes ("taxonomy.changed") and labels ("dataset.imported").
#include "core/transfer/datasetimport.h"

#include "core/interchange/formatregistry.h"
#include "core/json/jsonwriter.h"
#include "core/transfer/filehash_p.h"
#include "core/items/intake.h"
#include "core/base/sha256.h"
#include "core/project/services.h"
#include "core/transfer/transferevents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <QUuid>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <thread>
#include <cstring>

namespace assay::core::transfer {

using interchange::Dataset;

namespace {

// A phase name marked with QT_TRANSLATE_NOOP, translated when shown.
QString translated(const char *text)
{
    return QCoreApplication::translate("assay", text);
}

// The payload goes through core's JSON writer straight into one buffer: a payload of a million
// boxes through QJsonObject would cost more than the rest of the import.
using json::JsonStyle;
using json::JsonWriter;

// A QJsonObject as compact JSON text (attributes and the summary travel as strings).
QByteArray compactJson(const QJsonObject &object)
{
    JsonWriter writer;
    writer.json(object);
    return writer.takeBytes();
}

// Annotation ids of one import: a random UUID whose last 32 bits count the payload's rows from
// 0, so that the store finds an annotation's import and chunk from its id (see
// core/store/importchunks_p.h), the rows of a large import go to the end of indexes, and ids
// stay unique across imports and projects (96 random bits).
class SequentialIds
{
public:
    SequentialIds()
    {
        QByteArray bytes = QUuid::createUuid().toRfc4122();
        for (int i = 12; i < 16; ++i)
            bytes[i] = 0;
        const QByteArray text = QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces).toLatin1();
        m_prefix = text.left(text.size() - 8);
    }
    // The id of row `row`, as JSON text.
    void write(JsonWriter &json, quint32 row) const
    {
        char text[64];
        const qsizetype n = m_prefix.size();
        std::memcpy(text, m_prefix.constData(), size_t(n));
        static const char hex[] = "0123456789abcdef";
        const quint32 v = row;
        for (int i = 0; i < 8; ++i)
            text[n + i] = hex[(v >> (28 - 4 * i)) & 0xf];
        json.value(std::string_view(text, size_t(n + 8)));
    }

private:
    QByteArray m_prefix;
};

struct Resolver
{
    assay::core::Project *store = nullptr;
    QString root;                       // where relative dataset paths are looked up
    QString storedRoot;                 // its stored path with a trailing "/"; empty for the media root
    QHash<QString, Id> byPath;          // stored path -> item
    QHash<QString, Id> byName;          // file name -> item, for names that are unique
    QSet<QString> ambiguousNames;
    bool namesIndexed = false;

    void indexNames()
    {
        if (namesIndexed)
            return;
        namesIndexed = true;
        for (auto it = byPath.cbegin(); it != byPath.cend(); ++it)
            indexName(it.key(), it.value());
    }
    void indexName(const QString &storedPath, const Id &id)
    {
        const QString name = QFileInfo(storedPath).fileName();
        if (ambiguousNames.contains(name))
            return;
        if (byName.contains(name)) {
            byName.remove(name);
            ambiguousNames.insert(name);
            return;
        }
        byName.insert(name, id);
    }
    QString absolute(const QString &path) const
    {
        return QDir::cleanPath(QFileInfo(path).isAbsolute() ? path : QDir(root).filePath(path));
    }
    Id findExact(const QString &absolutePath) const
    {
        return byPath.value(store->storedMediaPath(absolutePath));
    }
    // A plain relative path ("images/0001.jpg": no "." or ".." parts, no empty ones) is its
    // stored path behind the root's: matched without asking the file system, which makes
    // matching 100,000 images a hash lookup each.
    Id findPlain(const QString &path) const
    {
        if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
            return {};
        qsizetype start = 0;
        while (start <= path.size()) {
            qsizetype end = path.indexOf(QLatin1Char('/'), start);
            if (end < 0)
                end = path.size();
            const QStringView part = QStringView(path).mid(start, end - start);
            if (part.isEmpty() || part == u"." || part == u"..")
                return {};
            start = end + 1;
        }
        return byPath.value(storedRoot.isEmpty() ? path : storedRoot + path);
    }
    void setRoot(const QString &absoluteRoot)
    {
        root = absoluteRoot;
        const QString stored = store->storedMediaPath(root);
        storedRoot = stored == QLatin1String(".") || stored.isEmpty() ? QString() : stored + QLatin1Char('/');
    }
    // A unique file name, for files that are not where the dataset says (datasets often name
    // images without their folders).
    Id findByName(const QString &path)
    {
        indexNames();
        return byName.value(QFileInfo(path).fileName());
    }
};

bool cancelled(const ImportOptions &o)
{
    return o.cancel && o.cancel->load();
}

Error cancelError(const QString &path)
{
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("assay", "the import was cancelled; the project is as it was"), path);
}

} // namespace

QJsonObject ImportSummary::toJson() const
{
    QJsonObject skipped;
    for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it)
        skipped.insert(interchange::skipReasonName(it.key()), double(it.value()));
    QJsonObject warningCounts;
    for (auto it = report.warningCounts.cbegin(); it != report.warningCounts.cend(); ++it)
        warningCounts.insert(interchange::warningKindName(it.key()), double(it.value()));
    QJsonArray warnings;
    for (const auto &w : report.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("kind"), interchange::warningKindName(w.kind)},
                                    {QStringLiteral("file"), w.file},
                                    {QStringLiteral("line"), w.line},
                                    {QStringLiteral("column"), w.column},
                                    {QStringLiteral("message"), w.message}});
    }
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("detected"), detected},
        {QStringLiteral("source"), source},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("images"), double(images)},
        {QStringLiteral("items_matched"), double(itemsMatched)},
        {QStringLiteral("items_added"), double(itemsAdded)},
        {QStringLiteral("annotations"), double(annotations)},
        {QStringLiteral("boxes"), double(boxes)},
        {QStringLiteral("labels"), double(labels)},
        {QStringLiteral("prelabels"), double(prelabels)},
        {QStringLiteral("dropped_boxes"), double(droppedBoxes)},
        {QStringLiteral("dropped_labels"), double(droppedLabels)},
        {QStringLiteral("missing_media_count"), double(missingMediaCount)},
        {QStringLiteral("missing_media"), QJsonArray::fromStringList(missingMedia)},
        {QStringLiteral("rejected_media"), QJsonArray::fromStringList(rejectedMedia)},
        {QStringLiteral("new_classes"), QJsonArray::fromStringList(newClasses)},
        {QStringLiteral("classes_added"), classesAdded},
        {QStringLiteral("unknown_annotators"), QJsonArray::fromStringList(unknownAnnotators)},
        {QStringLiteral("images_without_annotations"), double(report.imagesWithoutAnnotations)},
        {QStringLiteral("clipped_boxes"), double(report.clippedBoxes)},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("warning_counts"), warningCounts},
        {QStringLiteral("warnings"), warnings},
    };
}

QString ImportSummary::text() const
{
    QStringList lines;
    lines << QCoreApplication::translate("assay", "%1 (%2): %3 images, %4 items matched, %5 added")
                 .arg(source, format)
                 .arg(images)
                 .arg(itemsMatched)
                 .arg(itemsAdded);
    if (prelabels > 0)
        lines << QCoreApplication::translate("assay", "%1 pre-labels (suggestions)").arg(prelabels);
    else
        lines << QCoreApplication::translate("assay", "%1 annotations: %2 boxes, %3 class labels")
                     .arg(annotations)
                     .arg(boxes)
                     .arg(labels);
    if (!newClasses.isEmpty()) {
        lines << (classesAdded ? QCoreApplication::translate("assay", "classes added: %1")
                               : QCoreApplication::translate("assay", "classes not in the taxonomy: %1"))
                     .arg(newClasses.join(QStringLiteral(", ")));
    }
    if (missingMediaCount > 0) {
        lines << QCoreApplication::translate("assay", "%1 media files missing (their %2 boxes and %3 labels were not imported):")
                     .arg(missingMediaCount)
                     .arg(droppedBoxes)
                     .arg(droppedLabels);
        for (const QString &m : missingMedia.mid(0, 20))
            lines << QStringLiteral("  ") + m;
        if (missingMediaCount > 20)
            lines << QCoreApplication::translate("assay", "  ... and %1 more").arg(missingMediaCount - 20);
    }
    for (const QString &r : rejectedMedia.mid(0, 20))
        lines << QCoreApplication::translate("assay", "not added: %1").arg(r);
    if (!unknownAnnotators.isEmpty()) {
        lines << QCoreApplication::translate("assay", "annotators who are not people of the project (recorded for the importing person): %1")
                     .arg(unknownAnnotators.join(QStringLiteral(", ")));
    }
    const QString reportText = report.summary();
    if (!reportText.isEmpty())
        lines << reportText;
    for (const auto &w : report.warnings.mid(0, 20))
        lines << QStringLiteral("  ") + w.toString();
    if (report.warnings.size() > 20) {
        lines << QCoreApplication::translate("assay", "  ... %1 more warnings (--json lists up to %2)")
                     .arg(report.warnings.size() - 20)
                     .arg(report.maxWarningDetails);
    }
    if (dryRun)
        lines << QCoreApplication::translate("assay", "dry run: nothing was written");
    return lines.join(QLatin1Char('\n'));
}

Result<ImportSummary> importDataset(assay::core::Project &store, const QString &path,
                                    const ImportOptions &options)
{
    auto report = [&](int percent, const char *phase) {
        if (options.progress)
            options.progress(percent, translated(phase));
    };
    ImportSummary summary;
    summary.dryRun = options.dryRun;
    const QFileInfo sourceInfo(path);
    summary.source = sourceInfo.absoluteFilePath();
    if (!sourceInfo.exists())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no such file or folder"), path);

    ASSAY_TRY(store.mayRecord(DatasetImported::kind));
    Person owner = store.actor();
    if (!options.asPerson.isEmpty()) {
        auto p = store.people().person(options.asPerson);
        if (!p)
            return p.error();
        owner = *p;
    }

    // 1. Read.
    report(0, QT_TRANSLATE_NOOP("assay", "Reading"));
    const auto &registry = interchange::FormatRegistry::builtIn();
    const QString requested = options.format.isEmpty() ? QStringLiteral("auto") : options.format;
    interchange::ReadOptions readOptions;
    readOptions.clipToImage = options.clip;
    readOptions.keepCrowd = options.keepCrowd;
    readOptions.referencePath = options.referencePath;
    readOptions.itemKind = options.itemKind;
    readOptions.mediaRoot = options.mediaRoot;
    auto read = registry.read(summary.source, requested, readOptions);
    if (!read)
        return read.error();
    Dataset &data = *read;
    summary.format = data.format;
    summary.detected = requested == QLatin1String("auto");
    summary.images = data.images.size();
    if (cancelled(options))
        return cancelError(path);

        // 2. Classes: every category of the dataset must be a class of the taxonomy.
    report(30, QT_TRANSLATE_NOOP("assay", "Checking classes"));
    auto taxonomy = store.taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    for (const auto &c : data.categories) {
        if (!taxonomy->findByName(c.name.trimmed()) && !summary.newClasses.contains(c.name.trimmed()))
            summary.newClasses.append(c.name.trimmed());
    }
    if (!summary.newClasses.isEmpty() && !options.addClasses && !options.dryRun) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("assay", "classes not in the taxonomy: %1; nothing was imported (add them with --add-classes)")
                             .arg(summary.newClasses.join(QStringLiteral(", "))),
                         summary.source);
    }

    // 3. Media: match every image and labelled item to a project item.
    report(35, QT_TRANSLATE_NOOP("assay", "Matching media"));
    Resolver resolver;
    resolver.store = &store;
    resolver.setRoot(QDir::cleanPath(options.mediaRoot.isEmpty()
                                         ? (sourceInfo.isDir() ? summary.source : sourceInfo.absolutePath())
                                         : QFileInfo(options.mediaRoot).absoluteFilePath()));
    {
        auto ids = store.items().itemIdsByPath();
        if (!ids)
            return ids.error();
        resolver.byPath = std::move(*ids);
    }

    QList<Id> imageItem(data.images.size());
    QStringList toAdd;                  // absolute paths of media to add
    QHash<QString, QList<int>> toAddImages; // absolute path -> dataset images
    for (int i = 0; i < data.images.size(); ++i) {
        imageItem[i] = resolver.findPlain(data.images[i].path);
        if (!imageItem[i].isEmpty()) {
            ++summary.itemsMatched;
            continue;
        }
        const QString abs = resolver.absolute(data.images[i].path);
        imageItem[i] = resolver.findExact(abs);
        if (imageItem[i].isEmpty()) {
            if (QFileInfo::exists(abs)) {
                if (!toAddImages.contains(abs))
                    toAdd.append(abs);
                toAddImages[abs].append(i);
                continue;
            }
            imageItem[i] = resolver.findByName(data.images[i].path);
        }
        if (!imageItem[i].isEmpty())
            ++summary.itemsMatched;
    }
    // Classification labels name their item by id, by path, or carry their text.
    QList<Id> labelItem(data.labels.size());
    QHash<QString, QList<int>> toAddLabels;  // absolute path -> labels
    QHash<QByteArray, QList<int>> embedded;  // sha256 of the text -> labels
    QList<Item> embeddedItems;
    for (int i = 0; i < data.labels.size(); ++i) {
        const auto &l = data.labels[i];
        if (l.image >= 0) {
            continue; // resolved with its image below
        }
        if (!l.item.isEmpty()) {
            auto byId = store.items().item(l.item);
            if (byId) {
                labelItem[i] = byId->id;
                continue;
            }
            const QString abs = resolver.absolute(l.item);
            const bool exists = QFileInfo(abs).isFile();
            labelItem[i] = resolver.findExact(abs);
            if (labelItem[i].isEmpty() && !exists)
                labelItem[i] = resolver.findByName(l.item);
            if (!labelItem[i].isEmpty())
                continue;
            if (exists) {
                if (!toAddImages.contains(abs) && !toAddLabels.contains(abs))
                    toAdd.append(abs);
                toAddLabels[abs].append(i);
                continue;
            }
        }
        if (!l.text.isEmpty()) {
            const QByteArray utf8 = l.text.toUtf8();
            const QByteArray sha = sha256Hex(utf8);
            if (!embedded.contains(sha)) {
                Item it;
                it.id = newId();
                it.kind = ItemKind::Text;
                it.sha256 = QString::fromLatin1(sha);
                it.path = store.storedMediaPath(summary.source);
                it.byteSize = utf8.size();
                it.characters = l.text.size();
                it.text = l.text;
                it.metadata = QJsonObject{{QStringLiteral("source_item"), l.item}};
                embeddedItems.append(it);
            }
            embedded[sha].append(i);
        }
    }
    if (cancelled(options))
        return cancelError(path);

        // The category index -> class id map is only complete once new classes exist, so the
    // payload is built inside the transaction.
    QHash<QString, Id> people;
    {
        auto list = store.people().people();
        if (!list)
            return list.error();
        for (const Person &p : *list) {
            people.insert(p.name, p.id);
            if (!p.displayName.isEmpty() && !people.contains(p.displayName))
                people.insert(p.displayName, p.id);
        }
    }
    QSet<QString> unknownAnnotators;
    auto personFor = [&](const QString &annotator) -> Id {
        if (annotator.isEmpty())
            return owner.id;
        const Id id = people.value(annotator);
        if (!id.isEmpty())
            return id;
        unknownAnnotators.insert(annotator);
        return owner.id;
    };

    auto write = [&]() -> Status {
        // Media not yet in the project go in through the intake: checked, hashed, deduplicated.
        if (!toAdd.isEmpty()) {
            report(40, QT_TRANSLATE_NOOP("assay", "Adding media"));
            media::IntakeOptions intakeOptions;
            intakeOptions.cancel = options.cancel;
            auto intake = media::addMedia(store, toAdd, intakeOptions);
            if (!intake)
                return intake.error();
            if (intake->cancelled)
                return cancelError(path);
            summary.itemsAdded += intake->added.size();
            QHash<QString, Id> added;
            for (const Item &it : intake->added)
                added.insert(store.absoluteMediaPath(it), it.id);
            QStringList duplicatePaths;
            for (const auto &d : intake->duplicates)
                duplicatePaths.append(d.path);
            for (const auto &r : intake->rejected)
                summary.rejectedMedia.append(r.path + QStringLiteral(": ") + r.reason);
            // Files whose content is in the project under another path: that item.
            QHash<QString, QString> duplicateSha;
            for (const QString &p : std::as_const(duplicatePaths))
                duplicateSha.insert(p, QString::fromLatin1(detail::fileSha256(p)));
            auto known = store.items().itemIdsBySha256(duplicateSha.values());
            if (!known)
                return known.error();
            auto itemOf = [&](const QString &abs) {
                const Id id = added.value(QDir::cleanPath(abs));
                return id.isEmpty() ? known->value(duplicateSha.value(abs)) : id;
            };
            for (auto it = toAddImages.cbegin(); it != toAddImages.cend(); ++it) {
                const Id id = itemOf(it.key());
                for (int i : it.value())
                    imageItem[i] = id;
            }
            for (auto it = toAddLabels.cbegin(); it != toAddLabels.cend(); ++it) {
                const Id id = itemOf(it.key());
                for (int i : it.value())
                    labelItem[i] = id;
            }
        }
        if (!embeddedItems.isEmpty()) {
            QStringList hashes;
            for (const Item &it : std::as_const(embeddedItems))
                hashes.append(it.sha256);
            auto known = store.items().itemIdsBySha256(hashes);
            if (!known)
                return known.error();
            QList<Item> fresh;
            for (const Item &it : std::as_const(embeddedItems)) {
                const Id id = known->value(it.sha256, it.id);
                if (id == it.id)
                    fresh.append(it);
                for (int i : embedded.value(it.sha256.toLatin1()))
                    labelItem[i] = id;
            }
            if (!fresh.isEmpty()) {
                auto n = store.items().addItems(fresh, {{QStringLiteral("operation"), QStringLiteral("import")},
                                                {QStringLiteral("source"), summary.source}});
                if (!n)
                    return n.error();
                summary.itemsAdded += *n;
            }
        }
        for (int i = 0; i < data.labels.size(); ++i) {
            if (data.labels[i].image >= 0)
                labelItem[i] = imageItem[data.labels[i].image];
        }
        if (cancelled(options))
            return cancelError(path);

        // Classes.
        if (!summary.newClasses.isEmpty() && options.addClasses) {
            for (const QString &name : std::as_const(summary.newClasses)) {
                TaxonomyClass c;
                c.name = name;
                auto added = store.taxonomy().addClass(c);
                if (!added)
                    return added.error();
            }
            summary.classesAdded = true;
        }
        auto current = store.taxonomy().get();
        if (!current)
            return current.error();
        QStringList classIds;
        for (const auto &c : data.categories) {
            const TaxonomyClass *cls = current->findByName(c.name.trimmed());
            classIds.append(cls ? cls->id : QString());
        }

        // 4. The labels, grouped into one annotation per item and person, or the pre-labels.
        report(50, QT_TRANSLATE_NOOP("assay", "Writing labels"));
        QSet<int> missingImages;
        for (int i = 0; i < data.images.size(); ++i) {
            if (imageItem[i].isEmpty()) {
                missingImages.insert(i);
                ++summary.missingMediaCount;
                if (summary.missingMedia.size() < 1000)
                    summary.missingMedia.append(resolver.absolute(data.images[i].path));
            }
        }
        for (int i = 0; i < data.labels.size(); ++i) {
            const auto &l = data.labels[i];
            if (labelItem[i].isEmpty() && l.image < 0) {
                ++summary.missingMediaCount;
                if (summary.missingMedia.size() < 1000)
                    summary.missingMedia.append(l.item.isEmpty() ? l.text.left(40) : resolver.absolute(l.item));
            }
        }

        JsonWriter json(JsonStyle::Compact,
                        qsizetype(data.boxes.size()) * 64 + qsizetype(data.labels.size()) * 64 + 4096);
        json.beginObject();
        json.key("mode");
        json.value(options.prelabels ? QStringLiteral("prelabels") : QStringLiteral("labels"));
        json.key("format");
        json.value(data.format);
        json.key("source");
        json.value(summary.source);
        json.key("model");
        json.value(options.prelabels ? (options.model.isEmpty() ? sourceInfo.completeBaseName() : options.model)
                                     : QString());
        json.key("person_id");
        json.value(owner.id);
        json.key("taxonomy_version");
        json.value(current->version);
        json.key("guideline_version");
        json.value(store.taxonomy().guidelineVersion());
        json.key("classes");
        json.beginArray();
        for (const QString &id : std::as_const(classIds))
            json.value(id);
        json.endArray();
        json.key("summary");
        const QByteArray summaryJson = compactJson(
            QJsonObject{{QStringLiteral("images"), double(summary.images)},
                        {QStringLiteral("boxes_read"), double(data.boxes.size())},
                        {QStringLiteral("labels_read"), double(data.labels.size())},
                        {QStringLiteral("items_added"), double(summary.itemsAdded)},
                        {QStringLiteral("missing_media"), double(summary.missingMediaCount)},
                        {QStringLiteral("report"), data.report.summary()}});
        json.value(std::string_view(summaryJson.constData(), size_t(summaryJson.size())));

        if (options.prelabels) {
            json.key("prelabels");
            json.beginArray();
            auto row = [&](const Id &item, int category, const interchange::DatasetBox *box,
                           std::optional<double> score) {
                json.beginArray();
                json.value(item);
                json.value(category);
                if (box) {
                    for (double v : {box->x, box->y, box->w, box->h})
                        json.value(v);
                } else {
                    for (int k = 0; k < 4; ++k)
                        json.null();
                }
                if (score)
                    json.value(*score);
                else
                    json.null();
                json.endArray();
                ++summary.prelabels;
            };
            for (const auto &b : std::as_const(data.boxes)) {
                if (missingImages.contains(b.image)) {
                    ++summary.droppedBoxes;
                    continue;
                }
                row(imageItem[b.image], b.category, &b, b.score);
            }
            for (int i = 0; i < data.labels.size(); ++i) {
                if (labelItem[i].isEmpty()) {
                    ++summary.droppedLabels;
                    continue;
                }
                row(labelItem[i], data.labels[i].category, nullptr, data.labels[i].confidence);
            }
            json.endArray();
        } else {
            // Annotation key: item and person. Boxes keep their order in the source.
            struct Group
            {
                Id item;
                Id person;
                QList<int> classes;
                qsizetype firstBox = 0; // into groupBoxes
                qsizetype boxCount = 0;
                QByteArray itemUtf8;
            };
            QList<Group> groups;
            QHash<QPair<Id, Id>, int> groupIndex;
            auto groupFor = [&](const Id &item, const Id &person) -> int {
                const auto key = qMakePair(item, person);
                auto it = groupIndex.constFind(key);
                if (it != groupIndex.constEnd())
                    return *it;
                groupIndex.insert(key, int(groups.size()));
                groups.append({item, person, {}, 0, 0, {}});
                return int(groups.size()) - 1;
            };
            // Boxes are sorted into their groups by counting (a million boxes, a hundred thousand
            // groups): first each box's group, then the groups' ranges of one flat list.
            std::vector<int> boxGroup(size_t(data.boxes.size()), -1);
            {
                // Most boxes name no annotator: their group is found by image, hashing once per image.
                std::vector<int> ownerGroupOfImage(size_t(data.images.size()), -1);
                for (qsizetype i = 0; i < data.boxes.size(); ++i) {
                    const auto &b = data.boxes[i];
                    if (imageItem[b.image].isEmpty()) {
                        ++summary.droppedBoxes;
                        continue;
                    }
                    int g = -1;
                    if (b.annotator.isEmpty()) {
                        int &cached = ownerGroupOfImage[size_t(b.image)];
                        if (cached < 0)
                            cached = groupFor(imageItem[b.image], owner.id);
                        g = cached;
                    } else {
                        g = groupFor(imageItem[b.image], personFor(b.annotator));
                    }
                    boxGroup[size_t(i)] = g;
                    ++groups[g].boxCount;
                }
            }
            for (int i = 0; i < data.labels.size(); ++i) {
                if (labelItem[i].isEmpty()) {
                    ++summary.droppedLabels;
                    continue;
                }
                Group &g = groups[groupFor(labelItem[i], personFor(data.labels[i].annotator))];
                if (!g.classes.contains(data.labels[i].category))
                    g.classes.append(data.labels[i].category);
            }
            std::vector<int> groupBoxes(size_t(data.boxes.size()));
            {
                qsizetype next = 0;
                for (Group &g : groups) {
                    g.firstBox = next;
                    next += g.boxCount;
                }
                std::vector<qsizetype> fill(size_t(groups.size()));
                for (qsizetype gi = 0; gi < groups.size(); ++gi)
                    fill[size_t(gi)] = groups[gi].firstBox;
                for (size_t i = 0; i < boxGroup.size(); ++i) {
                    if (boxGroup[i] >= 0)
                        groupBoxes[size_t(fill[size_t(boxGroup[i])]++)] = int(i);
                }
            }

                        // Rows by item: the store keeps them in chunks of neighbouring items, and the ids count
            // up in row order (see core/store/importchunks_p.h).
            // Sorted by the first 8 bytes of the id as a number, the rest compared only on ties:
            // item ids are random, so a sort of 100,000 groups rarely reads their text.
            struct SortKey
            {
                quint64 prefix = 0;
                qsizetype group = 0;
            };
            std::vector<SortKey> keys(size_t(groups.size()));
            for (qsizetype gi = 0; gi < groups.size(); ++gi) {
                Group &g = groups[gi];
                g.itemUtf8 = g.item.toUtf8();
                quint64 prefix = 0;
                for (qsizetype k = 0; k < 8; ++k)
                    prefix = (prefix << 8) | (k < g.itemUtf8.size() ? quint8(g.itemUtf8[k]) : 0);
                keys[size_t(gi)] = {prefix, gi};
            }
            std::stable_sort(keys.begin(), keys.end(), [&](const SortKey &a, const SortKey &b) {
                if (a.prefix != b.prefix)
                    return a.prefix < b.prefix;
                return groups[a.group].itemUtf8 < groups[b.group].itemUtf8;
            });
            std::vector<qsizetype> order(keys.size());
            for (size_t k = 0; k < keys.size(); ++k)
                order[k] = keys[k].group;
            QHash<Id, QByteArray> personUtf8;
            for (const Group &g : std::as_const(groups)) {
                if (!personUtf8.contains(g.person))
                    personUtf8.insert(g.person, g.person.toUtf8());
            }
            const SequentialIds ids;
            // Rows [from, to) of the sorted groups, as values of the open array, or (topLevel)
            // as a list of values separated by commas, to be appended to one.
            auto writeRows = [&](JsonWriter &out, qsizetype from, qsizetype to, bool topLevel) {
                for (qsizetype gi = from; gi < to; ++gi) {
                    // Only const access here: two threads read these lists.
                    const Group &g = groups.at(order[size_t(gi)]);
                    if (topLevel && gi > from)
                        out.raw(',');
                    out.beginArray();
                    ids.write(out, quint32(gi));
                    out.value(std::string_view(g.itemUtf8.constData(), size_t(g.itemUtf8.size())));
                    const QByteArray &person = personUtf8.value(g.person);
                    out.value(std::string_view(person.constData(), size_t(person.size())));
                    out.beginArray();
                    for (qsizetype k = 0; k < g.classes.size(); ++k)
                        out.value(g.classes.at(k));
                    out.endArray();
                    out.beginArray();
                    for (qsizetype k = 0; k < g.boxCount; ++k) {
                        const auto &b = data.boxes.at(groupBoxes[size_t(g.firstBox + k)]);
                        out.beginArray();
                        out.value(b.category);
                        out.value(b.x);
                        out.value(b.y);
                        out.value(b.w);
                        out.value(b.h);
                        // Attributes only where there are some (most boxes have none).
                        if (!b.attributes.isEmpty() || b.score || !b.annotator.isEmpty() || !b.sourceId.isEmpty()) {
                            QJsonObject attributes = b.attributes;
                            if (b.score)
                                attributes.insert(QStringLiteral("score"), *b.score);
                            if (!b.annotator.isEmpty() && unknownAnnotators.contains(b.annotator))
                                attributes.insert(QStringLiteral("source_annotator"), b.annotator);
                            if (!b.sourceId.isEmpty())
                                attributes.insert(QStringLiteral("source_id"), b.sourceId);
                            const QByteArray text = compactJson(attributes);
                            out.value(std::string_view(text.constData(), size_t(text.size())));
                        }
                        out.endArray();
                    }
                    out.endArray();
                    out.endArray();
                }
            };
            json.key("annotations");
            json.beginArray();
            // A large payload is written in two halves at once, on both cores.
            const qsizetype half = data.boxes.size() > 100000 ? groups.size() / 2 : groups.size();
            {
                JsonWriter second(JsonStyle::Compact,
                                  half < groups.size() ? qsizetype(data.boxes.size()) * 32 : 0);
                {
                    std::jthread worker;
                    if (half < groups.size())
                        worker = std::jthread([&] { writeRows(second, half, groups.size(), true); });
                    writeRows(json, 0, half, false);
                }
                if (half < groups.size())
                    json.rawValue(second.takeBytes());
            }
            for (const Group &g : std::as_const(groups)) {
                summary.boxes += g.boxCount;
                summary.labels += g.classes.size();
            }
            json.endArray();
            summary.annotations = groups.size();
        }
        json.endObject();
        summary.unknownAnnotators = QStringList(unknownAnnotators.cbegin(), unknownAnnotators.cend());
        summary.unknownAnnotators.sort();

        if (options.dryRun)
            return {};
        if (cancelled(options))
            return cancelError(path);
        auto event = store.record(DatasetImported{json.takeBytes()});
        if (!event)
            return event.error();
        summary.eventId = event->id;
        report(95, QT_TRANSLATE_NOOP("assay", "Committing"));
        if (cancelled(options))
            return cancelError(path);
        return {};
    };

    summary.report = data.report;
    if (options.dryRun) {
        // Nothing may stay: run the same steps in a transaction that is always rolled back.
        const Status st = store.transact([&]() -> Status {
            ASSAY_TRY(write());
            return makeError(ErrorCode::Cancelled, QString());
        });
        if (!st && st.error().code != ErrorCode::Cancelled)
            return st.error();
        if (!st && !st.error().message.isEmpty())
            return st.error();
    } else {
        ASSAY_TRY(store.transact(write));
    }
    report(100, QT_TRANSLATE_NOOP("assay", "Done"));
    return summary;
}

} // namespace assay::core::transfer
