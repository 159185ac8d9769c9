// SPDX-License-Identifier: Apache-2.0
// The store side of imports, in phases: read (the format plug-in), classes, media (matching,
// then the intake of new media), the payload of "dataset.imported", and the commit of
// everything in one transaction: items ("items.added"), classes ("taxonomy.changed") and
// labels ("dataset.imported").
#include "core/transfer/datasetimport.h"
#include "core/json/jsonwriter.h"
#include "core/base/tr.h"

#include "core/base/prefault.h"
#include "core/base/sha256.h"
#include "core/interchange/formatregistry.h"
#include "core/items/intake.h"
#include "core/project/services.h"
#include "core/transfer/filehash_p.h"
#include "core/transfer/importpayload.h"
#include "core/transfer/transferevents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <future>
#include <memory>
#include <numeric>
#include <optional>
#include <thread>
#include <vector>

namespace assay::core::transfer {

using interchange::Dataset;

namespace {

// A value one thread hands to another once: the first given counts (a reader's callback, or
// the caller's default once the reader is done).
template<typename T>
struct Handover
{
    std::promise<T> promise;
    bool given = false;
    void give(T value)
    {
        if (!std::exchange(given, true))
            promise.set_value(std::move(value));
    }
};

// A phase name marked with QT_TRANSLATE_NOOP, translated when shown.
QString translated(const char *text)
{
    return Tr::tr(text);
}

struct Resolver
{
    assay::core::Project *store = nullptr;
    QString root;              // where relative dataset paths are looked up
    QString storedRoot;        // its stored path with a trailing "/"; empty for the media root
    QHash<QString, Id> byPath; // stored path -> item
    QHash<QString, Id> byName; // file name -> item, for names that are unique
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
        storedRoot = stored == QLatin1String(".") || stored.isEmpty() ? QString()
                                                                      : stored + QLatin1Char('/');
    }
    // A unique file name, for files that are not where the dataset says (datasets often name
    // images without their folders).
    Id findByName(const QString &path)
    {
        indexNames();
        return byName.value(QFileInfo(path).fileName());
    }
};

// One import, phase by phase: each phase is a function of its own, and what it finds is kept
// here for the phases after it.
class DatasetImport
{
public:
    DatasetImport(Project &project, const QString &path, const ImportOptions &options)
        : m_project(project)
        , m_path(path)
        , m_options(options)
        , m_sourceInfo(path)
    {}

    Result<ImportSummary> run();

private:
    // Annotations of the payload, one per item and person, with their boxes and classes.
    struct Group
    {
        int item = -1;   // into AnnotationGroups::items
        int person = -1; // into AnnotationGroups::people
        QList<int> classes;
        qsizetype firstBox = 0; // into AnnotationGroups::boxes
        qsizetype boxCount = 0;
    };
    // A box as its row writes it, copied in the rows' order: the rows then read their boxes
    // one after another instead of a million dataset boxes in a random order. No initialisers:
    // the array is allocated as it is and made present on the other core before it is filled.
    struct RowBox
    {
        int box;     // the dataset box, for its attributes
        bool extras; // it has attributes, a score, an annotator or a source id
        int category;
        double x, y, w, h;
    };
    // Items by number, numbered in the order of their ids (the rows' order, see
    // importpayload.h): the images' items sorted once, equal ids one number. Groups are then
    // found by number, without hashing a hundred thousand ids.
    struct ItemNumbers
    {
        std::vector<int> imageNumber;                 // dataset image -> item number; -1: none
        std::string text;                             // the items' ids as UTF-8, one after another
        std::vector<std::pair<size_t, size_t>> items; // by number: [offset, size) in text
        std::vector<int> firstImage;                  // by number: an image of the item
    };
    static ItemNumbers numberItems(const QList<Id> &imageItems);
    // The rows' copy of the boxes, allocated for the number of boxes the reader expects and made
    // present on the other core once it has matched the images, while the reader finishes:
    // fresh memory costs as much as the grouping that fills it.
    static constexpr qint64 kEarlyRowBoxes = 100'000;
    struct EarlyRowBoxes
    {
        std::unique_ptr<RowBox[]> boxes;
        qint64 capacity = 0;
        std::jthread prefaulter; // last: stopped before the memory goes
        void allocate(qint64 count)
        {
            const size_t bytes = size_t(count) * sizeof(RowBox);
            boxes = std::make_unique_for_overwrite<RowBox[]>(size_t(count));
            capacity = count;
            adviseHugePages(boxes.get(), bytes);
            prefaulter = prefault(boxes.get(), bytes);
        }
    };
    struct AnnotationGroups
    {
        std::vector<Group> groups;
        std::unique_ptr<RowBox[]> boxes; // the dataset's boxes, group after group
        std::vector<qsizetype> order;    // groups sorted by item: the payload's row order
        // The items' ids as UTF-8, one after another in `itemText`, by item number.
        std::string itemText;
        std::vector<std::pair<size_t, size_t>> items; // [offset, size) in itemText
        std::vector<std::string> people;              // by person number, UTF-8
        std::string_view item(int n) const
        {
            return std::string_view(itemText).substr(items[size_t(n)].first,
                                                     items[size_t(n)].second);
        }
    };
    void progress(int percent, const char *phase) const
    {
        if (m_options.progress)
            m_options.progress(percent, translated(phase));
    }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    Error cancelError() const
    {
        return makeError(ErrorCode::Cancelled,
                         Tr::tr("the import was cancelled; the project is as it was"), m_path);
    }

    // The phases in the order run() takes them; each says why the import stops, if it does.
    Status start();        // the source, the right to import, whose labels
    Status read();         // 1. read: the format plug-in
    Status checkClasses(); // 2. classes the taxonomy lacks
    Status matchMedia();   // 3. media: dataset images and items -> project items
    Status indexPeople();  //    annotators -> people
    Status commit();       // 5. commit: write() in one transaction

    // Inside the transaction.
    Status write();
    Status addMedia();         // 3. media: the intake of those not in the project yet
    Status addEmbeddedTexts(); //    texts the labels carry
    Status addClasses();       // 2. classes: the missing ones, when asked
    void countMissingMedia();
    // 4. payload; `groups`: the annotations grouped by item (labels mode)
    DatasetImported buildPayload(const Taxonomy &taxonomy, std::optional<AnnotationGroups> groups);

    // Parts of the payload.
    ImportPayloadHeader payloadHeader(const Taxonomy &taxonomy) const;
    QStringList classIds(const Taxonomy &taxonomy) const;
    void writePrelabels(ImportPayloadWriter &payload);
    void writeAnnotations(ImportPayloadWriter &payload, const AnnotationGroups &a);
    AnnotationGroups groupAnnotations();
    void writeRows(ImportAnnotationRows &out, const AnnotationGroups &a, qsizetype from,
                   qsizetype to) const;
    Id personFor(const QString &annotator);

    Project &m_project;
    const QString &m_path;
    const ImportOptions &m_options;
    const QFileInfo m_sourceInfo;
    ImportSummary m_summary;
    Person m_owner; // whose labels these are
    Dataset m_data;
    Resolver m_resolver;
    // The dataset's images as the reader first gave them, and their matches by path, made
    // beside the reader.
    QList<interchange::DatasetImage> m_earlyImages;
    QList<Id> m_earlyItems;
    std::optional<ItemNumbers> m_itemNumbers; // of m_earlyItems, while they are the images' items
    EarlyRowBoxes m_rowBoxes;
    QList<Id> m_imageItem;                    // dataset image -> project item; empty: missing
    QList<Id> m_labelItem;                    // dataset label -> project item; empty: missing
    QStringList m_toAdd;                      // absolute paths of media to add
    QHash<QString, QList<int>> m_toAddImages; // absolute path -> dataset images
    QHash<QString, QList<int>> m_toAddLabels; // absolute path -> labels
    QHash<QByteArray, QList<int>> m_embedded; // sha256 of the text -> labels
    QList<Item> m_embeddedItems;
    QSet<int> m_missingImages;
    QHash<QString, Id> m_people; // name or display name -> person
    QSet<QString> m_unknownAnnotators;
    std::jthread m_release; // frees what the import read; joined first when this goes
};

Result<ImportSummary> DatasetImport::run()
{
    ASSAY_TRY(start());
    ASSAY_TRY(read());
    ASSAY_TRY(checkClasses());
    ASSAY_TRY(matchMedia());
    ASSAY_TRY(indexPeople());
    ASSAY_TRY(commit());
    progress(100, QT_TRANSLATE_NOOP("assay", "Done"));
    return std::move(m_summary);
}

// The source exists, the acting person may import, and the person the labels are for.
Status DatasetImport::start()
{
    m_summary.dryRun = m_options.dryRun;
    m_summary.source = m_sourceInfo.absoluteFilePath();
    if (!m_sourceInfo.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("no such file or folder"), m_path);

    ASSAY_TRY(m_project.mayRecord(DatasetImported::kind));
    m_owner = m_project.actor();
    if (!m_options.asPerson.isEmpty()) {
        auto p = m_project.people().person(m_options.asPerson);
        if (!p)
            return p.error();
        m_owner = *p;
    }
    return {};
}

// 1. Read, with the format's plug-in.
Status DatasetImport::read()
{
    progress(0, QT_TRANSLATE_NOOP("assay", "Reading"));
    const auto &registry = interchange::FormatRegistry::builtIn();
    const QString requested = m_options.format.isEmpty() ? QStringLiteral("auto")
                                                         : m_options.format;
    interchange::ReadOptions readOptions;
    readOptions.clipToImage = m_options.clip;
    readOptions.keepCrowd = m_options.keepCrowd;
    readOptions.referencePath = m_options.referencePath;
    readOptions.itemKind = m_options.itemKind;
    readOptions.mediaRoot = m_options.mediaRoot;
    // The project's paths are read on the other core meanwhile, and the images matched to them
    // by path as soon as the reader has them (before the annotations, in most COCO files):
    // the format's reader does not touch the project, nor this thread the dataset.
    m_resolver.store = &m_project;
    m_resolver.setRoot(QDir::cleanPath(
            m_options.mediaRoot.isEmpty()
                    ? (m_sourceInfo.isDir() ? m_summary.source : m_sourceInfo.absolutePath())
                    : QFileInfo(m_options.mediaRoot).absoluteFilePath()));
    Handover<QList<interchange::DatasetImage>> imagesRead;
    readOptions.imagesRead = [&](const QList<interchange::DatasetImage> &images) {
        imagesRead.give(images);
    };
    Handover<qint64> boxesExpected;
    readOptions.boxesExpected = [&](qint64 boxes) {
        boxesExpected.give(boxes);
    };
    Result<QHash<QString, Id>> paths = makeError(ErrorCode::Generic, QString());
    auto read = [&] {
        std::jthread matcher([this, &paths, images = imagesRead.promise.get_future(),
                              boxes = boxesExpected.promise.get_future()]() mutable {
            paths = m_project.items().itemIdsByPath();
            QList<interchange::DatasetImage> early = images.get();
            if (!paths)
                return;
            m_resolver.byPath = std::move(*paths);
            m_earlyItems.reserve(early.size());
            for (const interchange::DatasetImage &image : std::as_const(early))
                m_earlyItems.append(m_resolver.findPlain(image.path));
            m_earlyImages = std::move(early);
            m_itemNumbers = numberItems(m_earlyItems);
            // The grouping's copy of the boxes, made present while the reader finishes.
            if (const qint64 expected = boxes.get(); expected >= kEarlyRowBoxes)
                m_rowBoxes.allocate(expected);
        });
        auto result = registry.read(m_summary.source, requested, readOptions);
        imagesRead.give({}); // when the reader did not: the matcher waits no more
        boxesExpected.give(0);
        return result;
    }();
    if (!paths)
        return paths.error();
    if (!read)
        return read.error();
    m_data = std::move(*read);
    m_summary.format = m_data.format;
    m_summary.detected = requested == QLatin1String("auto");
    m_summary.images = m_data.images.size();
    if (cancelled())
        return cancelError();
    return {};
}

// 2. Classes: every category of the dataset must be a class of the taxonomy.
Status DatasetImport::checkClasses()
{
    progress(30, QT_TRANSLATE_NOOP("assay", "Checking classes"));
    auto taxonomy = m_project.taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    for (const auto &c : std::as_const(m_data.categories)) {
        if (!taxonomy->findByName(c.name.trimmed())
            && !m_summary.newClasses.contains(c.name.trimmed()))
            m_summary.newClasses.append(c.name.trimmed());
    }
    if (!m_summary.newClasses.isEmpty() && !m_options.addClasses && !m_options.dryRun) {
        return makeError(
                ErrorCode::Conflict,
                Tr::tr("classes not in the taxonomy: %1; nothing was imported (add them with --add-classes)")
                        .arg(m_summary.newClasses.join(QStringLiteral(", "))),
                m_summary.source);
    }
    return {};
}

// 3. Media: match every image and labelled item to a project item. Media that exist but are
// not in the project yet are only listed here; addMedia() takes them in.
Status DatasetImport::matchMedia()
{
    progress(35, QT_TRANSLATE_NOOP("assay", "Matching media"));
    // The matches by path made while the file was read hold for the images as they are now
    // when the list is the one matched (unchanged since: the copy still shares its data).
    const bool matchedEarly = m_earlyImages.constData() == m_data.images.constData()
                              && m_earlyItems.size() == m_data.images.size();
    m_earlyImages = {};

    interchange::MediaResolver::Options mediaOptions;
    mediaOptions.mediaRoot = m_resolver.root;
    mediaOptions.annotationPath = m_summary.source;
    mediaOptions.mediaFolders = m_data.mediaFolders;
    // A path is there when its file is, or when the project has an item for it already.
    mediaOptions.exists = [this](const QString &absolutePath) {
        return QFileInfo(absolutePath).isFile() || !m_resolver.findExact(absolutePath).isEmpty();
    };
    interchange::MediaResolver media(mediaOptions);
    // The item of a path the resolver found, or the file goes on the list of media to add.
    auto take = [&](const interchange::MediaMatch &match, QHash<QString, QList<int>> &toAdd,
                    int index) -> Id {
        ++m_summary.mediaFoundBy[match.rule];
        const Id id = m_resolver.findExact(match.path);
        if (id.isEmpty()) {
            if (!m_toAddImages.contains(match.path) && !m_toAddLabels.contains(match.path))
                m_toAdd.append(match.path);
            toAdd[match.path].append(index);
        }
        return id;
    };
    auto ambiguous = [this](const interchange::MediaMatch &match) {
        ++m_summary.ambiguousMediaCount;
        if (m_summary.ambiguousMedia.size() < 1000)
            m_summary.ambiguousMedia.append(match);
    };

    m_imageItem = QList<Id>(m_data.images.size());
    qint64 plainMatches = 0; // counted apart: a map lookup per image shows at 100,000 images
    for (int i = 0; i < m_data.images.size(); ++i) {
        Id &item = m_imageItem[i];
        const auto &image = m_data.images[i];
        // The common case, a hash lookup: the path as given is a project item's.
        item = matchedEarly ? m_earlyItems[i] : m_resolver.findPlain(image.path);
        if (!item.isEmpty()) {
            ++plainMatches;
            continue;
        }
        const interchange::MediaMatch match
                = media.resolve(image.path,
                                image.attributes.value(QLatin1String("subset")).toString());
        if (match.found()) {
            item = take(match, m_toAddImages, i);
            if (!item.isEmpty())
                ++m_summary.itemsMatched;
            continue;
        }
        if (match.ambiguous()) {
            ambiguous(match);
            continue;
        }
        // A project item of that file name, when only one has it.
        item = m_resolver.findByName(image.path);
        if (!item.isEmpty()) {
            ++m_summary.itemsMatched;
            ++m_summary.mediaFoundBy[interchange::MediaRule::UniqueName];
        }
    }
    // The items numbered beside the reader are the images' when every one was matched there
    // (media added below only fill images without an item).
    if (!matchedEarly || plainMatches != m_data.images.size())
        m_itemNumbers.reset();
    m_earlyItems = {};
    m_summary.itemsMatched += plainMatches;
    if (plainMatches > 0)
        m_summary.mediaFoundBy[interchange::MediaRule::AsGiven] += plainMatches;
    // Classification labels name their item by id, by path, or carry their text.
    m_labelItem = QList<Id>(m_data.labels.size());
    for (int i = 0; i < m_data.labels.size(); ++i) {
        const auto &l = m_data.labels[i];
        if (l.image >= 0) {
            continue; // resolved with its image, once new media are in
        }
        if (!l.item.isEmpty()) {
            auto byId = m_project.items().item(l.item);
            if (byId) {
                m_labelItem[i] = byId->id;
                continue;
            }
            // An item that carries its text and names no file ("task 12") is not looked for
            // on disk: that would walk the media root for nothing.
            const bool fileLike = l.text.isEmpty() || l.item.contains(QLatin1Char('.'))
                                  || l.item.contains(QLatin1Char('/'));
            const interchange::MediaMatch match = fileLike ? media.resolve(l.item)
                                                           : interchange::MediaMatch{};
            if (match.found()) {
                m_labelItem[i] = take(match, m_toAddLabels, i);
                continue;
            }
            if (match.ambiguous()) {
                ambiguous(match);
                continue;
            }
            m_labelItem[i] = m_resolver.findByName(l.item);
            if (!m_labelItem[i].isEmpty()) {
                ++m_summary.mediaFoundBy[interchange::MediaRule::UniqueName];
                continue;
            }
        }
        if (!l.text.isEmpty()) {
            const QByteArray utf8 = l.text.toUtf8();
            const QByteArray sha = sha256Hex(utf8);
            if (!m_embedded.contains(sha)) {
                Item it;
                it.id = newId();
                it.kind = ItemKind::Text;
                it.sha256 = QString::fromLatin1(sha);
                it.path = m_project.storedMediaPath(m_summary.source);
                it.byteSize = utf8.size();
                it.characters = l.text.size();
                it.text = l.text;
                it.metadata = QJsonObject{{QStringLiteral("source_item"), l.item}};
                m_embeddedItems.append(it);
            }
            m_embedded[sha].append(i);
        }
    }
    if (cancelled())
        return cancelError();
    return {};
}

// The project's people by name, for annotators the dataset names.
Status DatasetImport::indexPeople()
{
    auto list = m_project.people().people();
    if (!list)
        return list.error();
    for (const Person &p : *list) {
        m_people.insert(p.name, p.id);
        if (!p.displayName.isEmpty() && !m_people.contains(p.displayName))
            m_people.insert(p.displayName, p.id);
    }
    return {};
}

Id DatasetImport::personFor(const QString &annotator)
{
    if (annotator.isEmpty())
        return m_owner.id;
    const Id id = m_people.value(annotator);
    if (!id.isEmpty())
        return id;
    m_unknownAnnotators.insert(annotator);
    return m_owner.id;
}

// 5. Commit: everything in one transaction. A dry run takes the same steps in a transaction
// that is always rolled back, so that nothing stays.
Status DatasetImport::commit()
{
    m_summary.report = m_data.report;
    if (!m_options.dryRun)
        return m_project.transact([this] { return write(); });
    const Status st = m_project.transact([this]() -> Status {
        ASSAY_TRY(write());
        return makeError(ErrorCode::Cancelled, QString());
    });
    if (!st && st.error().code != ErrorCode::Cancelled)
        return st.error();
    if (!st && !st.error().message.isEmpty())
        return st.error();
    return {};
}

// Inside the transaction: new media, new classes, then the labels' event. The category index ->
// class id map is only complete once new classes exist, so the payload is built here.
Status DatasetImport::write()
{
    ASSAY_TRY(addMedia());
    ASSAY_TRY(addEmbeddedTexts());
    for (int i = 0; i < m_data.labels.size(); ++i) {
        if (m_data.labels[i].image >= 0)
            m_labelItem[i] = m_imageItem[m_data.labels[i].image];
    }
    if (cancelled())
        return cancelError();
    // The annotations are grouped by item on the other core while the new classes are recorded:
    // the grouping reads the dataset and the matches only, the classes need the store.
    std::future<AnnotationGroups> grouped;
    if (!m_options.prelabels)
        grouped = std::async(std::launch::async, [this] { return groupAnnotations(); });
    ASSAY_TRY(addClasses());
    auto taxonomy = m_project.taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();

    progress(50, QT_TRANSLATE_NOOP("assay", "Writing labels"));
    std::optional<AnnotationGroups> groups;
    if (grouped.valid())
        groups = grouped.get();
    countMissingMedia();
    DatasetImported payload = buildPayload(*taxonomy, std::move(groups));

    if (m_options.dryRun)
        return {};
    if (cancelled())
        return cancelError();
    auto event = m_project.record(payload);
    if (!event)
        return event.error();
    m_summary.eventId = event->id;
    // What the import read and wrote is freed on the other core while the transaction commits:
    // a million boxes and their payload take a while to free.
    m_release = std::jthread([data = std::move(m_data), paths = std::move(m_resolver.byPath),
                              images = std::move(m_imageItem),
                              written = std::move(payload)]() mutable {
        data = {};
        paths = {};
        images = {};
        written = {};
    });
    progress(95, QT_TRANSLATE_NOOP("assay", "Committing"));
    if (cancelled())
        return cancelError();
    return {};
}

// 3, continued: media not yet in the project go in through the intake (checked, hashed,
// deduplicated), and the images and labels that named them get their items.
Status DatasetImport::addMedia()
{
    if (m_toAdd.isEmpty())
        return {};
    progress(40, QT_TRANSLATE_NOOP("assay", "Adding media"));
    media::IntakeOptions intakeOptions;
    intakeOptions.cancel = m_options.cancel;
    auto intake = media::addMedia(m_project, m_toAdd, intakeOptions);
    if (!intake)
        return intake.error();
    if (intake->cancelled)
        return cancelError();
    m_summary.itemsAdded += intake->added.size();
    QHash<QString, Id> added;
    for (const Item &it : intake->added)
        added.insert(m_project.absoluteMediaPath(it), it.id);
    QStringList duplicatePaths;
    for (const auto &d : intake->duplicates)
        duplicatePaths.append(d.path);
    for (const auto &r : intake->rejected)
        m_summary.rejectedMedia.append(r.path + QStringLiteral(": ") + r.reason);
    // Files whose content is in the project under another path: that item.
    QHash<QString, QString> duplicateSha;
    for (const QString &p : std::as_const(duplicatePaths))
        duplicateSha.insert(p, QString::fromLatin1(detail::fileSha256(p)));
    auto known = m_project.items().itemIdsBySha256(duplicateSha.values());
    if (!known)
        return known.error();
    auto itemOf = [&](const QString &abs) {
        const Id id = added.value(QDir::cleanPath(abs));
        return id.isEmpty() ? known->value(duplicateSha.value(abs)) : id;
    };
    for (auto it = m_toAddImages.cbegin(); it != m_toAddImages.cend(); ++it) {
        const Id id = itemOf(it.key());
        for (int i : it.value())
            m_imageItem[i] = id;
    }
    for (auto it = m_toAddLabels.cbegin(); it != m_toAddLabels.cend(); ++it) {
        const Id id = itemOf(it.key());
        for (int i : it.value())
            m_labelItem[i] = id;
    }
    return {};
}

// Texts the labels carry become text items, unless the project has the same text already.
Status DatasetImport::addEmbeddedTexts()
{
    if (m_embeddedItems.isEmpty())
        return {};
    QStringList hashes;
    for (const Item &it : std::as_const(m_embeddedItems))
        hashes.append(it.sha256);
    auto known = m_project.items().itemIdsBySha256(hashes);
    if (!known)
        return known.error();
    QList<Item> fresh;
    for (const Item &it : std::as_const(m_embeddedItems)) {
        const Id id = known->value(it.sha256, it.id);
        if (id == it.id)
            fresh.append(it);
        for (int i : m_embedded.value(it.sha256.toLatin1()))
            m_labelItem[i] = id;
    }
    if (fresh.isEmpty())
        return {};
    auto n = m_project.items().addItems(fresh,
                                        {{QStringLiteral("operation"), QStringLiteral("import")},
                                         {QStringLiteral("source"), m_summary.source}});
    if (!n)
        return n.error();
    m_summary.itemsAdded += *n;
    return {};
}

// 2, continued: the classes the taxonomy lacks, when the person asked for them.
Status DatasetImport::addClasses()
{
    if (m_summary.newClasses.isEmpty() || !m_options.addClasses)
        return {};
    QList<TaxonomyClass> classes;
    for (const QString &name : std::as_const(m_summary.newClasses)) {
        TaxonomyClass c;
        c.name = name;
        classes.append(c);
    }
    auto added = m_project.taxonomy().addClasses(classes);
    if (!added)
        return added.error();
    m_summary.classesAdded = true;
    return {};
}

// Category index -> class id; empty for a category the taxonomy lacks (a dry run).
QStringList DatasetImport::classIds(const Taxonomy &taxonomy) const
{
    QStringList ids;
    for (const auto &c : std::as_const(m_data.categories)) {
        const TaxonomyClass *cls = taxonomy.findByName(c.name.trimmed());
        ids.append(cls ? cls->id : QString());
    }
    return ids;
}

void DatasetImport::countMissingMedia()
{
    for (int i = 0; i < m_data.images.size(); ++i) {
        if (m_imageItem[i].isEmpty()) {
            m_missingImages.insert(i);
            ++m_summary.missingMediaCount;
            if (m_summary.missingMedia.size() < 1000)
                m_summary.missingMedia.append(m_resolver.absolute(m_data.images[i].path));
        }
    }
    for (int i = 0; i < m_data.labels.size(); ++i) {
        const auto &l = m_data.labels[i];
        if (m_labelItem[i].isEmpty() && l.image < 0) {
            ++m_summary.missingMediaCount;
            if (m_summary.missingMedia.size() < 1000)
                m_summary.missingMedia.append(l.item.isEmpty() ? l.text.left(40)
                                                               : m_resolver.absolute(l.item));
        }
    }
}

// 4. The payload of "dataset.imported": the labels, grouped into one annotation per item and
// person, or the pre-labels. Counts what it writes and drops into the summary.
DatasetImported DatasetImport::buildPayload(const Taxonomy &taxonomy,
                                            std::optional<AnnotationGroups> groups)
{
    ImportPayloadWriter payload(payloadHeader(taxonomy),
                                qsizetype(m_data.boxes.size()) * 64
                                        + qsizetype(m_data.labels.size()) * 64 + 4096);
    if (m_options.prelabels)
        writePrelabels(payload);
    else if (groups)
        writeAnnotations(payload, *groups);
    else
        writeAnnotations(payload, groupAnnotations());
    m_summary.unknownAnnotators = QStringList(m_unknownAnnotators.cbegin(),
                                              m_unknownAnnotators.cend());
    m_summary.unknownAnnotators.sort();
    return payload.take();
}

ImportPayloadHeader DatasetImport::payloadHeader(const Taxonomy &taxonomy) const
{
    ImportPayloadHeader h;
    h.mode = m_options.prelabels ? ImportPayloadHeader::prelabelsMode()
                                 : ImportPayloadHeader::labelsMode();
    h.format = m_data.format;
    h.source = m_summary.source;
    if (m_options.prelabels)
        h.model = m_options.model.isEmpty() ? m_sourceInfo.completeBaseName() : m_options.model;
    h.personId = m_owner.id;
    h.taxonomyVersion = taxonomy.version;
    h.guidelineVersion = m_project.taxonomy().guidelineVersion();
    h.classes = classIds(taxonomy);
    h.summary = QString::fromUtf8(core::json::compactJson(
            QJsonObject{{QStringLiteral("images"), double(m_summary.images)},
                        {QStringLiteral("boxes_read"), double(m_data.boxes.size())},
                        {QStringLiteral("labels_read"), double(m_data.labels.size())},
                        {QStringLiteral("items_added"), double(m_summary.itemsAdded)},
                        {QStringLiteral("missing_media"), double(m_summary.missingMediaCount)},
                        {QStringLiteral("report"), m_data.report.summary()}}));
    return h;
}

void DatasetImport::writePrelabels(ImportPayloadWriter &payload)
{
    for (const auto &b : std::as_const(m_data.boxes)) {
        if (m_missingImages.contains(b.image)) {
            ++m_summary.droppedBoxes;
            continue;
        }
        payload.addPrelabelBox(m_imageItem[b.image], b.category, b.x, b.y, b.w, b.h, b.score());
        ++m_summary.prelabels;
    }
    for (int i = 0; i < m_data.labels.size(); ++i) {
        if (m_labelItem[i].isEmpty()) {
            ++m_summary.droppedLabels;
            continue;
        }
        payload.addPrelabelLabel(m_labelItem[i], m_data.labels[i].category,
                                 m_data.labels[i].confidence);
        ++m_summary.prelabels;
    }
}

// An id as UTF-8 at the end of `out`. Ids are ASCII as a rule: copied without Qt's converter.
void appendUtf8(std::string &out, const QString &text)
{
    const size_t at = out.size();
    const qsizetype n = text.size();
    const char16_t *u = reinterpret_cast<const char16_t *>(text.utf16());
    out.resize(at + size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        if (u[i] >= 0x80) {
            out.resize(at);
            const QByteArray utf8 = text.toUtf8();
            out.append(utf8.constData(), size_t(utf8.size()));
            return;
        }
        out[at + size_t(i)] = char(u[i]);
    }
}

// The first 8 bytes as a number that sorts as they do.
quint64 prefixOf(std::string_view s)
{
    quint64 prefix = 0;
    for (size_t k = 0; k < 8; ++k)
        prefix = (prefix << 8) | (k < s.size() ? quint8(s[k]) : 0);
    return prefix;
}

DatasetImport::ItemNumbers DatasetImport::numberItems(const QList<Id> &imageItems)
{
    ItemNumbers numbers;
    numbers.imageNumber.assign(size_t(imageItems.size()), -1);
    struct Key
    {
        quint64 prefix;
        int image;
        size_t offset, size;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(imageItems.size()));
    std::string text;
    for (qsizetype i = 0; i < imageItems.size(); ++i) {
        if (imageItems[i].isEmpty())
            continue;
        const size_t offset = text.size();
        appendUtf8(text, imageItems[i]);
        const size_t size = text.size() - offset;
        keys.push_back(
                {prefixOf(std::string_view(text).substr(offset, size)), int(i), offset, size});
    }
    auto view = [&text](const Key &k) {
        return std::string_view(text).substr(k.offset, k.size);
    };
    std::sort(keys.begin(), keys.end(), [&](const Key &x, const Key &y) {
        if (x.prefix != y.prefix)
            return x.prefix < y.prefix;
        if (const int c = view(x).compare(view(y)); c != 0)
            return c < 0;
        return x.image < y.image;
    });
    numbers.text.reserve(text.size());
    for (size_t k = 0; k < keys.size(); ++k) {
        if (k == 0 || view(keys[k]) != view(keys[k - 1])) {
            numbers.items.emplace_back(numbers.text.size(), keys[k].size);
            numbers.text.append(view(keys[k]));
            numbers.firstImage.push_back(keys[k].image);
        }
        numbers.imageNumber[size_t(keys[k].image)] = int(numbers.items.size()) - 1;
    }
    return numbers;
}

DatasetImport::AnnotationGroups DatasetImport::groupAnnotations()
{
    AnnotationGroups a;
    std::vector<Group> &groups = a.groups;
    const qsizetype boxCount = m_data.boxes.size();
    // The rows' copy of the boxes is made present on the other core while they are grouped, in
    // huge pages: the groups' boxes are written all over it, then read by both writers of rows.
    std::jthread prefaulter;
    if (m_rowBoxes.capacity >= boxCount) { // made while the file was read, and still being made
        a.boxes = std::move(m_rowBoxes.boxes);
        prefaulter = std::move(m_rowBoxes.prefaulter);
    } else {
        m_rowBoxes.prefaulter = {}; // stopped before its memory goes
        m_rowBoxes = {};
        a.boxes = std::make_unique_for_overwrite<RowBox[]>(size_t(boxCount));
        adviseHugePages(a.boxes.get(), size_t(boxCount) * sizeof(RowBox));
        prefaulter = prefault(a.boxes.get(), size_t(boxCount) * sizeof(RowBox));
    }

    // The images' items by number (see ItemNumbers), made beside the reader when the items
    // are the ones matched there.
    ItemNumbers numbers = m_itemNumbers ? std::move(*m_itemNumbers) : numberItems(m_imageItem);
    m_itemNumbers.reset();
    const std::vector<int> &imageNumber = numbers.imageNumber;
    const std::vector<int> &firstImage = numbers.firstImage;
    a.itemText = std::move(numbers.text);
    a.items = std::move(numbers.items);
    // Items only labels name (classification datasets) are numbered as they come, then sorted.
    bool itemsSorted = true;
    QHash<Id, int> numberById;
    auto numberOf = [&](const Id &id) -> int {
        if (numberById.isEmpty()) {
            for (size_t n = 0; n < firstImage.size(); ++n)
                numberById.insert(m_imageItem[firstImage[n]], int(n));
        }
        if (const auto it = numberById.constFind(id); it != numberById.constEnd())
            return *it;
        const int n = int(a.items.size());
        const size_t offset = a.itemText.size();
        appendUtf8(a.itemText, id);
        a.items.emplace_back(offset, a.itemText.size() - offset);
        numberById.insert(id, n);
        itemsSorted = false;
        return n;
    };
    // People by number, the importing one first.
    std::vector<Id> personIds{m_owner.id};
    QHash<Id, int> personNumber{{m_owner.id, 0}};
    auto personOf = [&](const QString &annotator) -> int {
        if (annotator.isEmpty())
            return 0;
        const Id id = personFor(annotator);
        const auto it = personNumber.constFind(id);
        if (it != personNumber.constEnd())
            return *it;
        personIds.push_back(id);
        personNumber.insert(id, int(personIds.size()) - 1);
        return int(personIds.size()) - 1;
    };
    // Annotation key: item and person. Most are the importing person's: found by item number.
    std::vector<int> ownerGroup(a.items.size(), -1);
    QHash<quint64, int> otherGroups;
    auto groupFor = [&](int item, int person) -> int {
        if (person == 0) {
            if (size_t(item) >= ownerGroup.size())
                ownerGroup.resize(a.items.size(), -1);
            int &g = ownerGroup[size_t(item)];
            if (g < 0) {
                g = int(groups.size());
                groups.push_back({item, 0, {}, 0, 0});
            }
            return g;
        }
        const quint64 key = (quint64(quint32(item)) << 32) | quint32(person);
        if (const auto it = otherGroups.constFind(key); it != otherGroups.constEnd())
            return *it;
        otherGroups.insert(key, int(groups.size()));
        groups.push_back({item, person, {}, 0, 0});
        return int(groups.size()) - 1;
    };

    // Boxes are sorted into their groups by counting (a million boxes, a hundred thousand
    // groups): first each box's group, then the groups' ranges of one flat list.
    std::vector<int> boxGroup(size_t(boxCount), -1);
    {
        std::vector<qsizetype> counts; // boxes per group, apart from the groups: read per box
        for (qsizetype i = 0; i < boxCount; ++i) {
            const auto &b = m_data.boxes[i];
            const int item = imageNumber[size_t(b.image)];
            if (item < 0) {
                ++m_summary.droppedBoxes;
                continue;
            }
            const int g = groupFor(item, personOf(b.annotator()));
            boxGroup[size_t(i)] = g;
            if (size_t(g) >= counts.size())
                counts.resize(groups.size());
            ++counts[size_t(g)];
        }
        for (size_t g = 0; g < counts.size(); ++g)
            groups[g].boxCount = counts[g];
    }
    for (int i = 0; i < m_data.labels.size(); ++i) {
        if (m_labelItem[i].isEmpty()) {
            ++m_summary.droppedLabels;
            continue;
        }
        const int gi = groupFor(numberOf(m_labelItem[i]), personOf(m_data.labels[i].annotator));
        Group &g = groups[size_t(gi)];
        if (!g.classes.contains(m_data.labels[i].category))
            g.classes.append(m_data.labels[i].category);
    }
    {
        qsizetype next = 0;
        std::vector<qsizetype> fill(groups.size());
        for (size_t gi = 0; gi < groups.size(); ++gi) {
            groups[gi].firstBox = next;
            fill[gi] = next;
            next += groups[gi].boxCount;
        }
        for (size_t i = 0; i < boxGroup.size(); ++i) {
            if (boxGroup[i] < 0)
                continue;
            const auto &b = m_data.boxes[qsizetype(i)];
            RowBox &r = a.boxes[size_t(fill[size_t(boxGroup[i])]++)];
            r.box = int(i);
            r.extras = b.hasExtras();
            r.category = b.category;
            r.x = b.x;
            r.y = b.y;
            r.w = b.w;
            r.h = b.h;
        }
    }

    // Rows by item, the groups of one item in the order they were made: by counting, with each
    // item's rank in the order of the ids.
    std::vector<size_t> rank(a.items.size());
    std::iota(rank.begin(), rank.end(), size_t(0));
    if (!itemsSorted) {
        std::vector<int> byText(a.items.size());
        std::iota(byText.begin(), byText.end(), 0);
        std::sort(byText.begin(), byText.end(), [&a](int x, int y) {
            if (const int c = a.item(x).compare(a.item(y)); c != 0)
                return c < 0;
            return x < y;
        });
        for (size_t r = 0; r < byText.size(); ++r)
            rank[size_t(byText[r])] = r;
    }
    std::vector<qsizetype> start(a.items.size() + 1, 0);
    for (const Group &g : groups)
        ++start[rank[size_t(g.item)] + 1];
    for (size_t r = 1; r < start.size(); ++r)
        start[r] += start[r - 1];
    a.order.resize(groups.size());
    for (size_t gi = 0; gi < groups.size(); ++gi)
        a.order[size_t(start[rank[size_t(groups[gi].item)]]++)] = qsizetype(gi);
    for (const Id &person : personIds)
        a.people.push_back(person.toStdString());
    return a;
}

// Rows [from, to) of the sorted groups. Only const access here: two threads read these lists.
void DatasetImport::writeRows(ImportAnnotationRows &out, const AnnotationGroups &a, qsizetype from,
                              qsizetype to) const
{
    for (qsizetype gi = from; gi < to; ++gi) {
        const Group &g = a.groups[size_t(a.order[size_t(gi)])];
        out.beginRow(a.item(g.item), a.people[size_t(g.person)], g.classes);
        for (qsizetype k = 0; k < g.boxCount; ++k) {
            const RowBox &r = a.boxes[size_t(g.firstBox + k)];
            // Attributes only where there are some (most boxes have none).
            QByteArray attributesText;
            if (r.extras) {
                const auto &b = m_data.boxes.at(r.box);
                QJsonObject attributes = b.attributes();
                if (const std::optional<double> score = b.score())
                    attributes.insert(QStringLiteral("score"), *score);
                if (!b.annotator().isEmpty() && m_unknownAnnotators.contains(b.annotator()))
                    attributes.insert(QStringLiteral("source_annotator"), b.annotator());
                if (!b.sourceId().isEmpty())
                    attributes.insert(QStringLiteral("source_id"), b.sourceId());
                attributesText = core::json::compactJson(attributes);
            }
            out.addBox(r.category, r.x, r.y, r.w, r.h, attributesText);
        }
        out.endRow();
    }
}

void DatasetImport::writeAnnotations(ImportPayloadWriter &payload, const AnnotationGroups &a)
{
    const auto count = qsizetype(a.groups.size());
    // A large payload is written in two halves at once, on both cores.
    const qsizetype half = m_data.boxes.size() > 100000 ? count / 2 : count;
    {
        ImportAnnotationRows first = payload.annotationRows(0, 0);
        ImportAnnotationRows second
                = payload.annotationRows(quint32(half),
                                         half < count ? qsizetype(m_data.boxes.size()) * 32 : 0);
        {
            std::jthread worker;
            if (half < count)
                worker = std::jthread([&] { writeRows(second, a, half, count); });
            writeRows(first, a, 0, half);
        }
        payload.append(std::move(first));
        payload.append(std::move(second));
    }
    for (const Group &g : a.groups) {
        m_summary.boxes += g.boxCount;
        m_summary.labels += g.classes.size();
    }
    m_summary.annotations = count;
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
    QJsonObject foundBy;
    for (int r = 0; r < interchange::mediaRuleCount; ++r) {
        const auto rule = interchange::MediaRule(r);
        foundBy.insert(interchange::mediaRuleName(rule), double(mediaFoundBy.value(rule)));
    }
    QJsonArray ambiguous;
    for (const auto &m : ambiguousMedia) {
        ambiguous.append(QJsonObject{{QStringLiteral("path"), m.given},
                                     {QStringLiteral("candidates"),
                                      QJsonArray::fromStringList(m.candidates)}});
    }
    QJsonObject lenient;
    for (auto it = report.lenient.cbegin(); it != report.lenient.cend(); ++it)
        lenient.insert(interchange::leniencyName(it.key()), double(it.value()));
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
            {QStringLiteral("media_found_by"), foundBy},
            {QStringLiteral("ambiguous_media_count"), double(ambiguousMediaCount)},
            {QStringLiteral("ambiguous_media"), ambiguous},
            {QStringLiteral("lenient"), lenient},
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
    lines << Tr::tr("%1 (%2): %3 images, %4 items matched, %5 added")
                     .arg(source, format)
                     .arg(images)
                     .arg(itemsMatched)
                     .arg(itemsAdded);
    if (prelabels > 0)
        lines << Tr::tr("%1 pre-labels (suggestions)").arg(prelabels);
    else
        lines << Tr::tr("%1 annotations: %2 boxes, %3 class labels")
                         .arg(annotations)
                         .arg(boxes)
                         .arg(labels);
    QStringList found;
    for (auto it = mediaFoundBy.cbegin(); it != mediaFoundBy.cend(); ++it) {
        if (it.value() > 0)
            found << QStringLiteral("%1 %2")
                             .arg(it.value())
                             .arg(interchange::mediaRuleText(it.key()));
    }
    if (!found.isEmpty())
        lines << Tr::tr("media found: %1").arg(found.join(QStringLiteral(", ")));
    if (ambiguousMediaCount > 0) {
        lines << Tr::tr("%1 media names match more than one file (not imported; name the file "
                        "with its folder or give --media-root):")
                         .arg(ambiguousMediaCount);
        for (const auto &m : ambiguousMedia.mid(0, 20))
            lines << QStringLiteral("  %1: %2").arg(m.given, m.candidates.join(QStringLiteral(", ")));
    }
    if (!newClasses.isEmpty()) {
        lines << (classesAdded ? Tr::tr("classes added: %1")
                               : Tr::tr("classes not in the taxonomy: %1"))
                         .arg(newClasses.join(QStringLiteral(", ")));
    }
    if (missingMediaCount > 0) {
        lines << Tr::tr("%1 media files missing (their %2 boxes and %3 labels were not imported):")
                         .arg(missingMediaCount)
                         .arg(droppedBoxes)
                         .arg(droppedLabels);
        for (const QString &m : missingMedia.mid(0, 20))
            lines << QStringLiteral("  ") + m;
        if (missingMediaCount > 20)
            lines << Tr::tr("  ... and %1 more").arg(missingMediaCount - 20);
    }
    for (const QString &r : rejectedMedia.mid(0, 20))
        lines << Tr::tr("not added: %1").arg(r);
    if (!unknownAnnotators.isEmpty()) {
        lines << Tr::tr("annotators who are not people of the project (recorded for the importing person): %1")
                         .arg(unknownAnnotators.join(QStringLiteral(", ")));
    }
    const QString reportText = report.summary();
    if (!reportText.isEmpty())
        lines << reportText;
    for (const auto &w : report.warnings.mid(0, 20))
        lines << QStringLiteral("  ") + w.toString();
    if (report.warnings.size() > 20) {
        lines << Tr::tr("  ... %1 more warnings (--json lists up to %2)")
                         .arg(report.warnings.size() - 20)
                         .arg(report.maxWarningDetails);
    }
    if (dryRun)
        lines << Tr::tr("dry run: nothing was written");
    return lines.join(QLatin1Char('\n'));
}
Result<ImportSummary> importDataset(assay::core::Project &store, const QString &path,
                                    const ImportOptions &options)
{
    return DatasetImport(store, path, options).run();
}

} // namespace assay::core::transfer
