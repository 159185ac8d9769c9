// SPDX-License-Identifier: Apache-2.0
// Imports into and exports out of a real project file: round trips per format, the
// transaction guarantee, bad input, final-label selection, manifests, pre-labels.
#include "tests/core/interchange/interchangetestutil.h"
#include "core/interchange/formatregistry.h"
#include "core/project/services.h"
#include "core/transfer/transferevents.h"
#include "core/transfer/datasetexport.h"
#include "core/transfer/exportmanifest.h"
#include "core/transfer/datasetimport.h"
#include "core/store/database.h"
#include "core/store/eventlog.h"
#include "core/store/importchunks.h"
#include "core/json/jsonwriter.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <zstd.h>

#include <memory>
#include <string>

using namespace assay;
using namespace assay::core;
using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

namespace {

// A dataset over real images: 3 images (one without boxes), 3 classes, boxes with fractional
// corners (integer ones for VOC, which stores whole pixels).
Dataset sampleDataset(const QString &dir, bool integerBoxes)
{
    Dataset d;
    const QList<QSize> sizes{{640, 480}, {320, 200}, {100, 100}};
    for (int i = 0; i < sizes.size(); ++i) {
        const QString name = QStringLiteral("img%1.png").arg(i);
        writeImage(dir, QStringLiteral("images/") + name, sizes[i].width(), sizes[i].height());
        d.images.append(
                {QStringLiteral("images/") + name, sizes[i].width(), sizes[i].height(), {}, {}});
    }
    for (const char *name : {"cat", "dog", "bird"})
        d.categories.append({QString(), QString::fromLatin1(name), {}});
    auto box = [&](int image, int category, double x, double y, double w, double h) {
        DatasetBox b;
        b.image = image;
        b.category = category;
        b.x = x;
        b.y = y;
        b.w = w;
        b.h = h;
        d.boxes.append(b);
    };
    if (integerBoxes) {
        box(0, 0, 10, 20, 100, 50);
        box(0, 1, 300, 200, 40, 60);
        box(1, 2, 0, 0, 320, 200);
    } else {
        box(0, 0, 10.25, 20.5, 100.125, 50.75);
        box(0, 1, 300.3, 200.7, 40.1, 60.9);
        box(1, 2, 0, 0, 320, 200);
        box(1, 0, 1.0 / 3.0, 7.0 / 9.0, 11.0 / 7.0, 2.5);
    }
    return d;
}

std::unique_ptr<assay::core::Project> newProject(const QString &dir)
{
    assay::core::CreateOptions options;
    options.ownerName = QStringLiteral("lead");
    options.mediaRoot = dir;
    auto created = assay::core::Project::create(QDir(dir).filePath(QStringLiteral("p.assay")),
                                                options);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return std::move(*created);
}

QString writeDataset(const Dataset &d, const QString &format, const QString &out)
{
    auto w = FormatRegistry::builtIn().write(d, format, out);
    if (!w)
        qFatal("%s", qPrintable(w.error().toString()));
    return out;
}

// What must survive a round trip, independent of order and ids: image paths (file names),
// sizes, classes, and boxes.
QStringList boxSet(const Dataset &d)
{
    QStringList lines;
    for (const auto &b : d.boxes) {
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(QFileInfo(d.images[b.image].path).fileName(),
                              d.categories[b.category].name)
                         .arg(b.x, 0, 'g', 17)
                         .arg(b.y, 0, 'g', 17)
                         .arg(b.w, 0, 'g', 17)
                         .arg(b.h, 0, 'g', 17);
    }
    lines.sort();
    return lines;
}

QStringList imageSet(const Dataset &d)
{
    QStringList lines;
    for (const auto &i : d.images)
        lines << QStringLiteral("%1 %2x%3")
                         .arg(QFileInfo(i.path).fileName())
                         .arg(i.width)
                         .arg(i.height);
    lines.sort();
    return lines;
}

QStringList categorySet(const Dataset &d)
{
    QStringList names;
    for (const auto &c : d.categories)
        names << c.name;
    names.sort();
    return names;
}

struct Snapshot
{
    qint64 events = 0;
    QString head;
    qint64 items = 0;
    qint64 annotations = 0;
    qint64 boxes = 0;
    qint64 classes = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(assay::core::Project &s)
{
    auto c = s.counts();
    auto h = s.logHead();
    return {c->events,      h->hash,  c->images + c->texts + c->audio,
            c->annotations, c->boxes, c->classes};
}

} // namespace

class TestDatasetTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void unknownClassesStopTheImport();
    void cancelledImportRollsBack();
    void malformedJsonNamesLineAndColumn();
    void missingMediaAreReported();
    void boxesOutsideTheImage();
    void labelsAndTextClassification();
    void finalLabelsOnlyByDefault();
    void reExportIsByteIdentical();
    void predictionsBecomePrelabels();
    void queueOrderedByUncertainty();
    void rebuildReproducesImports();
    void importedAnnotationsInChunks();
    void recordedImportEqualsItsReplay();
    void chunksWrittenAsArraysAreRead();
    void editedPayloadPartIsCaught_data();
    void editedPayloadPartIsCaught();
    void upgradeFromSchema4RebuildsImports();
    void damagedImportPayloadIsRefused();
};

void TestDatasetTransfer::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("exact");
    QTest::newRow("coco") << QStringLiteral("coco") << true;
    QTest::newRow("yolo") << QStringLiteral("yolo") << false;
    QTest::newRow("voc") << QStringLiteral("voc") << true;
    QTest::newRow("labelstudio") << QStringLiteral("labelstudio") << false;
    QTest::newRow("cvat") << QStringLiteral("cvat") << true;
}

void TestDatasetTransfer::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(bool, exact);
    QTemporaryDir dir;
    const bool folder = format == QLatin1String("yolo") || format == QLatin1String("voc");
    Dataset source = sampleDataset(dir.path(), format == QLatin1String("voc"));
    const QString in = writeDataset(source, format,
                                    dir.filePath(
                                            folder ? QStringLiteral("in")
                                                   : QStringLiteral("in.")
                                                             + (format == QLatin1String("cvat")
                                                                        ? QStringLiteral("xml")
                                                                        : QStringLiteral("json"))));

    auto store = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    options.mediaRoot = folder ? in : dir.path();
    if (folder) {
        // The per-image formats keep labels beside the images: the images go into the folder.
        for (const auto &img : std::as_const(source.images)) {
            QDir().mkpath(QFileInfo(QDir(in).filePath(img.path)).absolutePath());
            QVERIFY(QFile::copy(dir.filePath(img.path), QDir(in).filePath(img.path)));
        }
    }
    auto original = FormatRegistry::builtIn().read(in, format);
    ASSAY_VERIFY_RESULT(original);
    auto imported = transfer::importDataset(*store, in, options);
    ASSAY_VERIFY_RESULT(imported);
    QCOMPARE(imported->format, format);
    QVERIFY(imported->detected);
    QCOMPARE(imported->missingMediaCount, 0);
    QCOMPARE(imported->boxes, qint64(original->boxes.size()));
    QCOMPARE(imported->newClasses.size(), 3);

    transfer::ExportOptions out;
    out.format = format;
    out.all = true;
    const QString outPath = dir.filePath(folder ? QStringLiteral("out")
                                                : QStringLiteral("out.") + QFileInfo(in).suffix());
    auto exported = transfer::exportDataset(*store, outPath, out);
    ASSAY_VERIFY_RESULT(exported);
    if (folder) {
        // Labels only: the images are where the person keeps them.
        auto items = store->items().page(0, 100);
        ASSAY_VERIFY_RESULT(items);
        for (const Item &item : *items) {
            const QString target = QDir(outPath).filePath(item.path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QVERIFY(QFile::exists(target) || QFile::copy(store->absoluteMediaPath(item), target));
        }
    }
    auto back = FormatRegistry::builtIn().read(outPath, format);
    ASSAY_VERIFY_RESULT(back);
    QCOMPARE(imageSet(*back), imageSet(*original));
    QCOMPARE(categorySet(*back), categorySet(*original));
    if (exact) {
        QCOMPARE(boxSet(*back), boxSet(*original));
    } else {
        QCOMPARE(back->boxes.size(), original->boxes.size());
        QStringList a = boxSet(*back), b = boxSet(*original);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QStringList x = a[i].split(QLatin1Char(' ')), y = b[i].split(QLatin1Char(' '));
            QCOMPARE(x.mid(0, 2), y.mid(0, 2));
            for (int k = 2; k < 6; ++k)
                QVERIFY2(near(x[k].toDouble(), y[k].toDouble(), 1e-6),
                         qPrintable(a[i] + QStringLiteral(" vs ") + b[i]));
        }
    }
}

void TestDatasetTransfer::unknownClassesStopTheImport()
{
    QTemporaryDir dir;
    const QString in = writeDataset(sampleDataset(dir.path(), false), QStringLiteral("coco"),
                                    dir.filePath(QStringLiteral("in.json")));
    auto store = newProject(dir.path());
    TaxonomyClass cat;
    cat.name = QStringLiteral("cat");
    ASSAY_VERIFY_RESULT(store->taxonomy().addClass(cat));
    const Snapshot before = snapshot(*store);
    auto r = transfer::importDataset(*store, in, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(QLatin1String("dog"))
                     && r.error().message.contains(QLatin1String("bird")),
             qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QLatin1String("cat,")));
    QCOMPARE(snapshot(*store), before);
    // With --add-classes the same file imports, and media were added.
    transfer::ImportOptions options;
    options.addClasses = true;
    auto ok = transfer::importDataset(*store, in, options);
    ASSAY_VERIFY_RESULT(ok);
    QCOMPARE(ok->itemsAdded, 3);
    QCOMPARE(ok->newClasses, (QStringList{QStringLiteral("dog"), QStringLiteral("bird")}));
    QCOMPARE(store->taxonomy().get()->classes.size(), 3);
}

void TestDatasetTransfer::cancelledImportRollsBack()
{
    QTemporaryDir dir;
    const QString in = writeDataset(sampleDataset(dir.path(), false), QStringLiteral("coco"),
                                    dir.filePath(QStringLiteral("in.json")));
    auto store = newProject(dir.path());
    const Snapshot before = snapshot(*store);
    std::atomic<bool> cancel{false};
    transfer::ImportOptions options;
    options.addClasses = true;
    options.cancel = &cancel;
    // Cancel after media and classes were written inside the transaction.
    options.progress = [&](int percent, const QString &) {
        if (percent >= 95)
            cancel = true;
    };
    auto r = transfer::importDataset(*store, in, options);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(snapshot(*store), before);
    QVERIFY(store->verifyLog()->intact);
    // The project still works: the same import, not cancelled, goes through.
    options.cancel = nullptr;
    options.progress = {};
    ASSAY_VERIFY_RESULT(transfer::importDataset(*store, in, options));
    QCOMPARE(store->counts()->boxes, 4);
}

void TestDatasetTransfer::malformedJsonNamesLineAndColumn()
{
    QTemporaryDir dir;
    const QString in = writeFixture(
            dir.path(), QStringLiteral("bad.json"),
            "{\"images\": [\n  {\"id\": 1, \"file_name\": \"a.png\",}\n], \"annotations\": []}");
    auto store = newProject(dir.path());
    const Snapshot before = snapshot(*store);
    transfer::ImportOptions options;
    options.format = QStringLiteral("coco");
    auto r = transfer::importDataset(*store, in, options);
    QVERIFY(!r);
    const QString text = r.error().toString();
    QVERIFY2(text.contains(QLatin1String("bad.json")) && text.contains(QLatin1String("line 2")),
             qPrintable(text));
    QCOMPARE(snapshot(*store), before);

    // Truncated XML (VOC) likewise.
    QDir().mkpath(dir.filePath(QStringLiteral("voc")));
    writeFixture(dir.path(), QStringLiteral("voc/a.xml"),
                 "<annotation>\n<filename>a.png</filename>\n<object><name>cat</name>");
    options.format = QStringLiteral("voc");
    auto v = transfer::importDataset(*store, dir.filePath(QStringLiteral("voc")), options);
    QVERIFY(!v || v->report.warningCount(WarningKind::MalformedEntry) == 1);
    if (!v)
        QVERIFY2(v.error().toString().contains(QLatin1String("a.xml")),
                 qPrintable(v.error().toString()));
    QCOMPARE(snapshot(*store).boxes, before.boxes);
}

void TestDatasetTransfer::missingMediaAreReported()
{
    QTemporaryDir dir;
    Dataset d = sampleDataset(dir.path(), false);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("images/img0.png"))));
    const QString in = writeDataset(d, QStringLiteral("coco"),
                                    dir.filePath(QStringLiteral("in.json")));
    auto store = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    auto r = transfer::importDataset(*store, in, options);
    ASSAY_VERIFY_RESULT(r);
    QCOMPARE(r->missingMediaCount, 1);
    QVERIFY(r->missingMedia.first().endsWith(QLatin1String("images/img0.png")));
    QCOMPARE(r->droppedBoxes, 2);
    QCOMPARE(r->boxes, 2);
    QCOMPARE(r->itemsAdded, 2);
    QVERIFY(r->text().contains(QLatin1String("img0.png")));
}

void TestDatasetTransfer::boxesOutsideTheImage()
{
    QTemporaryDir dir;
    Dataset d = sampleDataset(dir.path(), false);
    d.boxes[0].x = 600; // 600 + 100.125 > 640
    const QString in = writeDataset(d, QStringLiteral("coco"),
                                    dir.filePath(QStringLiteral("in.json")));
    for (const bool clip : {false, true}) {
        QTemporaryDir projectDir;
        assay::core::CreateOptions co;
        co.mediaRoot = dir.path();
        auto store = assay::core::Project::create(projectDir.filePath(QStringLiteral("p.assay")),
                                                  co);
        ASSAY_VERIFY_RESULT(store);
        transfer::ImportOptions options;
        options.addClasses = true;
        options.clip = clip;
        auto r = transfer::importDataset(**store, in, options);
        ASSAY_VERIFY_RESULT(r);
        QCOMPARE(r->report.warningCount(WarningKind::OutsideImage), 1);
        QCOMPARE(r->report.clippedBoxes, clip ? 1 : 0);
        auto stored = (*store)->transfer().storedAnnotations();
        ASSAY_VERIFY_RESULT(stored);
        double maxRight = 0;
        for (const auto &s : *stored)
            for (const Box &b : s.annotation.boxes)
                maxRight = std::max(maxRight, b.x + b.w);
        if (clip)
            QCOMPARE(maxRight, 640.0);
        else
            QCOMPARE(maxRight, 700.125);
    }
}

void TestDatasetTransfer::labelsAndTextClassification()
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("a.png"), 32, 32);
    writeFixture(dir.path(), QStringLiteral("doc.txt"), "A short document about cats.\n");
    writeFixture(dir.path(), QStringLiteral("labels.csv"),
                 "item,label,annotator\na.png,cat,ann\ndoc.txt,dog,\n");
    writeFixture(dir.path(), QStringLiteral("inline.jsonl"),
                 "{\"text\": \"inline review text\", \"label\": \"positive\"}\n"
                 "{\"text\": \"another one\", \"label\": \"negative\"}\n");
    auto store = newProject(dir.path());
    ASSAY_VERIFY_RESULT(store->people().addPerson(QStringLiteral("ann"), QStringLiteral("Ann"),
                                                  {Role::Annotator}));
    transfer::ImportOptions options;
    options.addClasses = true;
    auto csv = transfer::importDataset(*store, dir.filePath(QStringLiteral("labels.csv")), options);
    ASSAY_VERIFY_RESULT(csv);
    QCOMPARE(csv->format, QStringLiteral("csv"));
    QCOMPARE(csv->labels, 2);
    QCOMPARE(csv->itemsAdded, 2);
    QVERIFY(csv->unknownAnnotators.isEmpty());
    auto stored = store->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(stored);
    QCOMPARE(stored->size(), 2);
    // The CSV's annotator for a.png, the importing person for the row without one.
    for (const assay::core::StoredAnnotation &s : *stored) {
        auto item = store->items().item(s.annotation.itemId);
        ASSAY_VERIFY_RESULT(item);
        QCOMPARE(s.personName, item->path.endsWith(QLatin1String("a.png"))
                                       ? QStringLiteral("ann")
                                       : QStringLiteral("lead"));
        QCOMPARE(s.origin, QStringLiteral("import"));
    }

    auto jsonl = transfer::importDataset(*store, dir.filePath(QStringLiteral("inline.jsonl")),
                                         options);
    ASSAY_VERIFY_RESULT(jsonl);
    QCOMPARE(jsonl->itemsAdded, 2);
    QCOMPARE(store->counts()->texts, 3);
    // The same file again adds no items (same content) but a second set of labels.
    auto again = transfer::importDataset(*store, dir.filePath(QStringLiteral("inline.jsonl")),
                                         options);
    ASSAY_VERIFY_RESULT(again);
    QCOMPARE(again->itemsAdded, 0);
    QCOMPARE(store->counts()->texts, 3);

    transfer::ExportOptions out;
    out.format = QStringLiteral("jsonl");
    out.all = true;
    auto e = transfer::exportDataset(*store, dir.filePath(QStringLiteral("out.jsonl")), out);
    ASSAY_VERIFY_RESULT(e);
    QCOMPARE(e->labels, 6);
    const QByteArray text = readAll(dir.filePath(QStringLiteral("out.jsonl")));
    QVERIFY2(text.contains("inline review text") && text.contains("\"positive\""), text.constData());
}

void TestDatasetTransfer::finalLabelsOnlyByDefault()
{
    QTemporaryDir dir;
    const QString in = writeDataset(sampleDataset(dir.path(), false), QStringLiteral("coco"),
                                    dir.filePath(QStringLiteral("in.json")));
    auto store = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    ASSAY_VERIFY_RESULT(transfer::importDataset(*store, in, options));
    auto ann = store->people().addPerson(QStringLiteral("ann"), QStringLiteral("Ann"),
                                         {Role::Annotator});
    ASSAY_VERIFY_RESULT(ann);
    const auto classes = store->taxonomy().get()->classes;

    assay::core::BatchSpec spec;
    spec.name = QStringLiteral("B1");
    spec.annotators = {ann->id};
    spec.kind = ItemKind::Image;
    auto batch = store->work().planBatch(spec);
    ASSAY_VERIFY_RESULT(batch);
    ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("ann")));
    auto queue = store->work().queue(ann->id, batch->id);
    ASSAY_VERIFY_RESULT(queue);
    QCOMPARE(queue->size(), 3);
    // Two of three done, one box each.
    for (int i = 0; i < 2; ++i) {
        auto a = store->annotations().startAnnotation(queue->at(i).id);
        ASSAY_VERIFY_RESULT(a);
        Box b;
        b.id = newId();
        b.classId = classes[1].id;
        b.x = 1;
        b.y = 2;
        b.w = 3 + i;
        b.h = 4;
        ASSAY_VERIFY_RESULT(store->annotations().addBox(a->id, b));
        ASSAY_VERIFY_RESULT(store->work().setTaskState(queue->at(i).id, TaskState::Done));
    }
    ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("lead")));

    transfer::ExportOptions out;
    out.format = QStringLiteral("coco");
    // Not accepted yet: nothing is final.
    auto none = transfer::exportDataset(*store, dir.filePath(QStringLiteral("none.json")), out);
    ASSAY_VERIFY_RESULT(none);
    QCOMPARE(none->boxes, 0);
    QCOMPARE(none->annotationsLeftOut, 4); // 2 imported (one image has no boxes) + 2 done
    ASSAY_VERIFY_RESULT(store->work().decideBatch(batch->id, true, QStringLiteral("good")));
    auto final = transfer::exportDataset(*store, dir.filePath(QStringLiteral("final.json")), out);
    ASSAY_VERIFY_RESULT(final);
    QCOMPARE(final->boxes, 2);
    QCOMPARE(final->images, 2);
    QCOMPARE(final->annotationsLeftOut, 2);
    auto all = transfer::exportDataset(*store, dir.filePath(QStringLiteral("all.json")), [&] {
        auto o = out;
        o.all = true;
        return o;
    }());
    ASSAY_VERIFY_RESULT(all);
    QCOMPARE(all->boxes, 6);
    QCOMPARE(all->images, 3);

    // The manifest: snapshot, versions, the batch and its figures, every file's SHA-256.
    const QJsonObject m = QJsonDocument::fromJson(readAll(final->manifestPath)).object();
    QCOMPARE(m.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString(),
             store->info().projectId);
    QCOMPARE(m.value(QLatin1String("snapshot"))
                     .toObject()
                     .value(QLatin1String("event_hash"))
                     .toString(),
             store->logHead()->hash);
    QCOMPARE(m.value(QLatin1String("taxonomy_version")).toInt(), store->taxonomy().get()->version);
    const QJsonArray batches = m.value(QLatin1String("batches")).toArray();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.at(0).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("accepted"));
    QVERIFY(batches.at(0).toObject().contains(QLatin1String("acceptance")));
    const QJsonArray files = m.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QString file
            = QFileInfo(final->manifestPath)
                      .absoluteDir()
                      .filePath(files.at(0).toObject().value(QLatin1String("path")).toString());
    QCOMPARE(files.at(0).toObject().value(QLatin1String("sha256")).toString(),
             QString::fromLatin1(
                     QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256).toHex()));
}

void TestDatasetTransfer::reExportIsByteIdentical()
{
    QTemporaryDir dir;
    const QString in = writeDataset(sampleDataset(dir.path(), false), QStringLiteral("coco"),
                                    dir.filePath(QStringLiteral("in.json")));
    auto store = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    ASSAY_VERIFY_RESULT(transfer::importDataset(*store, in, options));
    for (const QString format :
         {QStringLiteral("coco"), QStringLiteral("yolo"), QStringLiteral("voc"),
          QStringLiteral("labelstudio"), QStringLiteral("cvat")}) {
        transfer::ExportOptions out;
        out.format = format;
        out.all = true;
        const bool folder = format == QLatin1String("yolo") || format == QLatin1String("voc");
        const QString a = dir.filePath(format + (folder ? QString() : QStringLiteral(".out")));
        auto first = transfer::exportDataset(*store, a, out);
        ASSAY_VERIFY_RESULT(first);
        QList<QByteArray> bytes;
        for (const QString &f : std::as_const(first->files))
            bytes.append(readAll(f));
        auto second = transfer::exportDataset(*store, a, out);
        ASSAY_VERIFY_RESULT(second);
        QCOMPARE(second->files, first->files);
        for (qsizetype i = 0; i < first->files.size(); ++i)
            QVERIFY2(readAll(second->files[i]) == bytes[i],
                     qPrintable(first->files[i] + QStringLiteral(" changed")));
        QVERIFY(first->files.last().endsWith(QLatin1String("manifest.json")));
        // The manifest reads back and every file it lists is there, unchanged.
        auto check = transfer::verifyExport(first->manifestPath);
        ASSAY_VERIFY_RESULT(check);
        QVERIFY(check->intact());
        QCOMPARE(check->checked, first->files.size() - 1);
        QCOMPARE(check->manifest.format, format);
        QCOMPARE(check->manifest.projectId, store->info().projectId);
    }
}

void TestDatasetTransfer::predictionsBecomePrelabels()
{
    QTemporaryDir dir;
    Dataset d = sampleDataset(dir.path(), false);
    const QString instances = writeDataset(d, QStringLiteral("coco"),
                                           dir.filePath(QStringLiteral("instances.json")));
    auto store = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    // Images only: the project has the media and classes, no labels.
    Dataset imagesOnly = d;
    imagesOnly.boxes.clear();
    ASSAY_VERIFY_RESULT(
            transfer::importDataset(*store,
                                    writeDataset(imagesOnly, QStringLiteral("coco"),
                                                 dir.filePath(QStringLiteral("images.json"))),
                                    options));
    QCOMPARE(store->counts()->boxes, 0);

    auto instancesRead = FormatRegistry::builtIn().read(instances, QStringLiteral("coco"));
    ASSAY_VERIFY_RESULT(instancesRead);
    const QString results = writeFixture(
            dir.path(), QStringLiteral("results.json"),
            "[{\"image_id\": 1, \"category_id\": 1, \"bbox\": [1, 2, 30, 40], \"score\": 0.91},"
            " {\"image_id\": 1, \"category_id\": 2, \"bbox\": [50, 60, 10, 10], \"score\": 0.35},"
            " {\"image_id\": 2, \"category_id\": 3, \"bbox\": [0, 0, 5, 5], \"score\": 0.5}]");
    transfer::ImportOptions p;
    p.format = QStringLiteral("coco-results");
    p.referencePath = instances;
    p.prelabels = true;
    p.model = QStringLiteral("detector-v2");
    auto r = transfer::importDataset(*store, results, p);
    ASSAY_VERIFY_RESULT(r);
    QCOMPARE(r->prelabels, 3);
    QCOMPARE(store->counts()->boxes, 0); // suggestions are not labels
    auto all = store->annotations().prelabels();
    ASSAY_VERIFY_RESULT(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).model, QStringLiteral("detector-v2"));
    QCOMPARE(*all->at(0).score, 0.91);
    QCOMPARE(*all->at(0).box, QRectF(1, 2, 30, 40));
    QCOMPARE(store->taxonomy().get()->findById(all->at(1).classId)->name,
             instancesRead->categories[1].name);
}

void TestDatasetTransfer::queueOrderedByUncertainty()
{
    QTemporaryDir dir;
    for (int i = 0; i < 4; ++i)
        writeImage(dir.path(), QStringLiteral("i%1.png").arg(i), 16 + i, 16);
    // Classification predictions with confidence, as JSONL.
    writeFixture(dir.path(), QStringLiteral("pred.jsonl"),
                 "{\"item\": \"i0.png\", \"label\": \"cat\", \"confidence\": 0.97}\n"
                 "{\"item\": \"i1.png\", \"label\": \"cat\", \"confidence\": 0.51}\n"
                 "{\"item\": \"i1.png\", \"label\": \"dog\", \"confidence\": 0.49}\n"
                 "{\"item\": \"i2.png\", \"label\": \"dog\", \"confidence\": 0.40}\n"
                 "{\"item\": \"i3.png\", \"label\": \"dog\", \"confidence\": 0.75}\n"
                 "{\"item\": \"i3.png\", \"label\": \"cat\", \"confidence\": 0.25}\n");
    auto store = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    options.prelabels = true;
    auto r = transfer::importDataset(*store, dir.filePath(QStringLiteral("pred.jsonl")), options);
    ASSAY_VERIFY_RESULT(r);
    QCOMPARE(r->prelabels, 6);
    QCOMPARE(r->itemsAdded, 4);
    auto ann = store->people().addPerson(QStringLiteral("ann"), QStringLiteral("Ann"),
                                         {Role::Annotator});
    ASSAY_VERIFY_RESULT(ann);
    auto names = [&](const Id &batchId) {
        QStringList out;
        for (const Task &t : *store->work().queue(ann->id, batchId))
            out << QFileInfo(store->items().item(t.itemId)->path).baseName();
        return out;
    };
    const QList<QPair<QString, QStringList>> cases{{QStringLiteral("confidence"),
                                                    {"i2", "i1", "i3", "i0"}},
                                                   {QStringLiteral("margin"),
                                                    {"i1", "i2", "i3", "i0"}}};
    for (const auto &[order, expected] : cases) {
        assay::core::BatchSpec spec;
        spec.name = order;
        spec.annotators = {ann->id};
        spec.order = order;
        auto batch = store->work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        QCOMPARE(names(batch->id), expected);
    }
    assay::core::BatchSpec bad;
    bad.name = QStringLiteral("x");
    bad.annotators = {ann->id};
    bad.order = QStringLiteral("entropy");
    QCOMPARE(store->work().planBatch(bad).error().code, ErrorCode::InvalidInput);
}

void TestDatasetTransfer::rebuildReproducesImports()
{
    QTemporaryDir dir;
    const QString in = writeDataset(sampleDataset(dir.path(), false), QStringLiteral("coco"),
                                    dir.filePath(QStringLiteral("in.json")));
    auto store = newProject(dir.path());
    transfer::ImportOptions options;
    options.addClasses = true;
    ASSAY_VERIFY_RESULT(transfer::importDataset(*store, in, options));
    // Editing an imported annotation: its packed boxes become rows, ids unchanged.
    auto first = store->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(first);
    const Annotation edited = first->first().annotation;
    QCOMPARE(edited.boxes.size(), 2);
    QCOMPARE(edited.boxes[1].id, edited.id + QStringLiteral("/2"));
    Box moved = edited.boxes[1];
    moved.x += 5;
    ASSAY_VERIFY_RESULT(store->annotations().updateBox(edited.id, moved));
    ASSAY_VERIFY_RESULT(store->annotations().removeBox(edited.id, edited.boxes[0].id));
    auto after1 = store->annotations().annotation(edited.id);
    ASSAY_VERIFY_RESULT(after1);
    QCOMPARE(after1->boxes.size(), 1);
    QCOMPARE(after1->boxes[0], moved);
    QCOMPARE(store->counts()->boxes, 3);
    Box missing = moved;
    missing.id = edited.id + QStringLiteral("/9");
    QCOMPARE(store->annotations().updateBox(edited.id, missing).error().code, ErrorCode::NotFound);

    auto before = store->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(before);
    ASSAY_VERIFY_RESULT(store->rebuildState());
    auto after = store->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(after);
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < before->size(); ++i) {
        QCOMPARE(after->at(i).annotation.id, before->at(i).annotation.id);
        QCOMPARE(after->at(i).annotation.boxes, before->at(i).annotation.boxes);
        QCOMPARE(after->at(i).origin, QStringLiteral("import"));
    }
    QVERIFY(store->verifyLog()->intact);
}

namespace {

// A project whose `images` items exist only as rows (as after "assay add"), and a COCO file
// that labels them: `boxesPerImage` boxes each, some images without any.
struct ChunkFixture
{
    std::unique_ptr<assay::core::Project> store;
    QString coco;
    QHash<QString, QStringList> boxesByPath; // stored path -> "class x y w h" lines, sorted
};

ChunkFixture chunkFixture(const QString &dir, int images, int boxesPerImage)
{
    ChunkFixture f;
    f.store = newProject(dir);
    QList<Item> items;
    Dataset d;
    for (const char *name : {"cat", "dog", "bird"})
        d.categories.append({QString(), QString::fromLatin1(name), {}});
    for (int i = 0; i < images; ++i) {
        Item it;
        it.kind = ItemKind::Image;
        it.path = QStringLiteral("frames/%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
        it.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(it.path.toUtf8(), QCryptographicHash::Sha256).toHex());
        it.byteSize = 1000;
        it.width = 640;
        it.height = 480;
        items.append(it);
        d.images.append({it.path, 640, 480, {}, {}});
        const int n = i % 7 == 3 ? 0 : boxesPerImage;
        for (int k = 0; k < n; ++k) {
            DatasetBox b;
            b.image = i;
            b.category = (i + k) % 3;
            b.x = i % 600 + k * 0.25;
            b.y = k * 10 + 1.0 / 3.0;
            b.w = 20 + k;
            b.h = 30.5;
            d.boxes.append(b);
            f.boxesByPath[it.path].append(QStringLiteral("%1 %2 %3 %4 %5")
                                                  .arg(d.categories[b.category].name)
                                                  .arg(b.x, 0, 'g', 17)
                                                  .arg(b.y, 0, 'g', 17)
                                                  .arg(b.w, 0, 'g', 17)
                                                  .arg(b.h, 0, 'g', 17));
        }
        f.boxesByPath[it.path].sort();
    }
    auto added = f.store->items().addItems(items, {});
    if (!added)
        qFatal("%s", qPrintable(added.error().toString()));
    f.coco = writeDataset(d, QStringLiteral("coco"),
                          QDir(dir).filePath(QStringLiteral("frames.json")));
    return f;
}

QStringList boxLines(assay::core::Project &s, const Annotation &a)
{
    auto t = s.taxonomy().get();
    QStringList lines;
    for (const Box &b : a.boxes) {
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(t->findById(b.classId) ? t->findById(b.classId)->name
                                                     : QStringLiteral("?"))
                         .arg(b.x, 0, 'g', 17)
                         .arg(b.y, 0, 'g', 17)
                         .arg(b.w, 0, 'g', 17)
                         .arg(b.h, 0, 'g', 17);
    }
    lines.sort();
    return lines;
}

} // namespace

void TestDatasetTransfer::importedAnnotationsInChunks()
{
    QTemporaryDir dir;
    // Enough rows for several chunks of the store.
    ChunkFixture f = chunkFixture(dir.path(), 1500, 4);
    assay::core::Project &s = *f.store;
    transfer::ImportOptions options;
    options.addClasses = true;
    auto imported = transfer::importDataset(s, f.coco, options);
    ASSAY_VERIFY_RESULT(imported);
    QCOMPARE(imported->itemsMatched, 1500);
    const int withBoxes = 1500 - 214; // every 7th image from the 4th has none
    QCOMPARE(imported->annotations, withBoxes);
    QCOMPARE(s.counts()->annotations, withBoxes);
    QCOMPARE(s.counts()->boxes, withBoxes * 4);

    // Every item reads back its own boxes, from whichever chunk holds them.
    auto items = s.items().page(0, 100000);
    ASSAY_VERIFY_RESULT(items);
    QHash<QString, Id> itemOf;
    for (const Item &it : *items) {
        itemOf.insert(it.path, it.id);
        auto found = s.annotations().annotationsForItem(it.id);
        ASSAY_VERIFY_RESULT(found);
        if (f.boxesByPath.value(it.path).isEmpty()) {
            QVERIFY(found->isEmpty());
            continue;
        }
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().itemId, it.id);
        QCOMPARE(boxLines(s, found->first()), f.boxesByPath.value(it.path));
        auto byId = s.annotations().annotation(found->first().id);
        ASSAY_VERIFY_RESULT(byId);
        QCOMPARE(byId->boxes, found->first().boxes);
    }
    QCOMPARE(s.annotations()
                     .annotation(QStringLiteral("00000000-0000-4000-8000-0000000000ff"))
                     .error()
                     .code,
             ErrorCode::NotFound);

    // Changing an imported annotation moves it out of its chunk: it is then read once, changed.
    const Id item = itemOf.value(QStringLiteral("frames/00012.jpg"));
    const Annotation before = s.annotations().annotationsForItem(item)->first();
    auto taxonomy = s.taxonomy().get();
    const QString bird = taxonomy->findByName(QStringLiteral("bird"))->id;
    ASSAY_VERIFY_RESULT(s.annotations().setClasses(before.id, {bird}));
    ASSAY_VERIFY_RESULT(s.annotations().addTimeSpent(before.id, 1500));
    auto after = s.annotations().annotationsForItem(item);
    ASSAY_VERIFY_RESULT(after);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().id, before.id);
    QCOMPARE(after->first().classIds, QStringList{bird});
    QCOMPARE(after->first().timeSpentMs, 1500);
    QCOMPARE(after->first().boxes, before.boxes);
    QCOMPARE(s.counts()->annotations, withBoxes);
    QCOMPARE(s.counts()->boxes, withBoxes * 4);

    // Work on an item is never removed with it, imported work included.
    const Status removed = s.items().removeItems({itemOf.value(QStringLiteral("frames/00011.jpg"))},
                                                 QStringLiteral("test"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    QVERIFY2(removed.error().message.contains(QLatin1String("imported")),
             qPrintable(removed.error().message));
    ASSAY_VERIFY_RESULT(s.items().removeItems({itemOf.value(QStringLiteral("frames/00003.jpg"))},
                                              QStringLiteral("no labels")));

    // The state is derived from the log alone.
    auto stored = s.transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(stored);
    QCOMPARE(stored->size(), withBoxes);
    ASSAY_VERIFY_RESULT(s.rebuildState());
    auto rebuilt = s.transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(rebuilt);
    QCOMPARE(rebuilt->size(), stored->size());
    for (qsizetype i = 0; i < stored->size(); ++i) {
        QCOMPARE(rebuilt->at(i).annotation.id, stored->at(i).annotation.id);
        QCOMPARE(rebuilt->at(i).annotation.classIds, stored->at(i).annotation.classIds);
        QCOMPARE(rebuilt->at(i).annotation.boxes, stored->at(i).annotation.boxes);
        QCOMPARE(rebuilt->at(i).annotation.timeSpentMs, stored->at(i).annotation.timeSpentMs);
    }
    QCOMPARE(s.counts()->images, 1499);
}

// The rows an import keeps, every column, as text.
static QStringList importState(const QString &path)
{
    QStringList rows;
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error().toString()};
    for (const char *sql :
         {"SELECT import_id, min_n, max_n, first_item, last_item, annotations, boxes, hex(data),"
          " part FROM import_chunks ORDER BY import_id, min_n",
          "SELECT event_id, mode, format, source, person_id, summary, classes, id_prefix, ''"
          " FROM imports ORDER BY event_seq"}) {
        auto s = (*db)->prepare(QString::fromLatin1(sql));
        if (!s)
            return {s.error().toString()};
        while (s->step()) {
            QStringList columns;
            for (int c = 0; c < 9; ++c)
                columns << s->text(c);
            rows << columns.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// The import's applier is handed the writer's index of the rows as the event is recorded, and
// parses the stored payload on a replay: both must keep the same rows. Over 100,000 boxes, so
// that the payload is written in two parts at once, and with annotators the project does not
// know (their boxes carry attributes).
void TestDatasetTransfer::recordedImportEqualsItsReplay()
{
    QTemporaryDir dir;
    ChunkFixture f = chunkFixture(dir.path(), 30000, 4);
    {
        // Some boxes name an annotator.
        QFile file(f.coco);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QJsonDocument doc = QJsonDocument::fromJson(text);
        QJsonObject root = doc.object();
        QJsonArray annotations = root.value(QLatin1String("annotations")).toArray();
        QCOMPARE_GT(annotations.size(), 100000);
        for (qsizetype i = 0; i < annotations.size(); i += 97) {
            QJsonObject a = annotations[i].toObject();
            a.insert(QStringLiteral("annotator"), QStringLiteral("visitor %1").arg(i % 3));
            annotations[i] = a;
        }
        root.insert(QStringLiteral("annotations"), annotations);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    }
    transfer::ImportOptions options;
    options.addClasses = true;
    auto imported = transfer::importDataset(*f.store, f.coco, options);
    ASSAY_VERIFY_RESULT(imported);
    QCOMPARE(imported->boxes, qint64(f.store->counts()->boxes));
    const QStringList recorded = importState(f.store->path());
    QCOMPARE_GT(recorded.size(), 10); // chunks of about a thousand rows
    {
        // The rows were compressed and stored once: the events row keeps the payload's first
        // frame (the header), event_parts each later frame, and every chunk names its part, in
        // order, holding no copy; the last part is the payload's end.
        auto db = store::Database::open(f.store->path(), store::Database::OpenMode::ReadOnly);
        ASSAY_VERIFY_RESULT(db);
        auto event = (*db)->prepare(
                QStringLiteral("SELECT codec, payload, parts, seq, id FROM events"
                               " WHERE kind = 'dataset.imported'"));
        ASSAY_VERIFY_RESULT(event);
        QVERIFY(event->step());
        QCOMPARE(event->text(0), QStringLiteral("zstd+json"));
        const QByteArray head = event->blob(1);
        const qint64 parts = event->int64(2);
        const qint64 seq = event->int64(3);
        const Id eventId = event->text(4);
        QCOMPARE(parts, recorded.size()); // a part per chunk, and the end
        QCOMPARE(ZSTD_findFrameCompressedSize(head.constData(), size_t(head.size())),
                 size_t(head.size()));
        auto chunks = (*db)->prepare(
                QStringLiteral("SELECT length(data), part FROM import_chunks ORDER BY min_n"));
        ASSAY_VERIFY_RESULT(chunks);
        qint64 next = 1;
        while (chunks->step()) {
            QCOMPARE(chunks->int64(0), 0);
            QCOMPARE(chunks->int64(1), next++);
        }
        QCOMPARE(next, parts);
        // The payload read back is the header and the parts, one after another: what was hashed.
        QByteArray whole = head;
        auto stored = (*db)->prepare(
                QStringLiteral("SELECT data FROM event_parts WHERE event_seq = ?1 ORDER BY part"));
        ASSAY_VERIFY_RESULT(stored);
        stored->bind(1, seq);
        while (stored->step())
            whole += stored->blob(0);
        auto read = store::EventLog::byId(db->get(), eventId);
        ASSAY_VERIFY_RESULT(read);
        QCOMPARE(read->stored, whole);
        QVERIFY(read->payloadMatches());
    }

    ASSAY_VERIFY_RESULT(f.store->rebuildState());
    const QStringList replayed = importState(f.store->path());
    QCOMPARE(replayed.size(), recorded.size());
    for (qsizetype i = 0; i < recorded.size(); ++i)
        QCOMPARE(replayed[i], recorded[i]);
    QVERIFY(f.store->verifyLog()->intact);
}

// Every stored annotation as text: id, item, person, classes and boxes.
static QStringList annotationTexts(Project &store)
{
    auto stored = store.transfer().storedAnnotations();
    if (!stored)
        return {stored.error().toString()};
    QStringList out;
    for (const StoredAnnotation &s : *stored) {
        const Annotation &a = s.annotation;
        QStringList boxes;
        for (const Box &b : a.boxes) {
            boxes << QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(b.classId)
                             .arg(b.x)
                             .arg(b.y)
                             .arg(b.w)
                             .arg(b.h)
                             .arg(QString::fromUtf8(json::compactJson(b.attributes)));
        }
        out << QStringList{a.id, a.itemId, a.personId, a.classIds.join(QLatin1Char(',')),
                           boxes.join(QLatin1Char(';'))}
                        .join(QLatin1Char('|'));
    }
    return out;
}

// Projects written before the rows were compressed once keep each chunk as the JSON array of
// its rows: such chunks are read, and edited, as before.
void TestDatasetTransfer::chunksWrittenAsArraysAreRead()
{
    QTemporaryDir dir;
    ChunkFixture f = chunkFixture(dir.path(), 3000, 3); // several chunks
    transfer::ImportOptions options;
    options.addClasses = true;
    ASSAY_VERIFY_RESULT(transfer::importDataset(*f.store, f.coco, options));
    const QStringList before = annotationTexts(*f.store);
    QCOMPARE(before.size(), 3000 - 429); // every seventh image has no boxes
    int rewritten = 0;
    {
        auto db = store::Database::open(f.store->path(), store::Database::OpenMode::ReadWrite);
        ASSAY_VERIFY_RESULT(db);
        auto chunks = (*db)->prepare(QStringLiteral(
                "SELECT c.rowid, CASE WHEN c.part IS NULL THEN c.data ELSE (SELECT p.data FROM"
                " events e JOIN event_parts p ON p.event_seq = e.seq AND p.part = c.part WHERE"
                " e.id = c.import_id) END FROM import_chunks c"));
        ASSAY_VERIFY_RESULT(chunks);
        QList<QPair<qint64, QByteArray>> arrays;
        const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> compressor(ZSTD_createCCtx(),
                                                                              &ZSTD_freeCCtx);
        while (chunks->step()) {
            const QByteArray data = chunks->blob(1);
            std::string text(size_t(ZSTD_getFrameContentSize(data.constData(), size_t(data.size()))),
                             '\0');
            QCOMPARE(ZSTD_decompress(text.data(), text.size(), data.constData(),
                                     size_t(data.size())),
                     text.size());
            QVERIFY(text.starts_with("[\""));
            if (text.ends_with(','))
                text.pop_back();
            QByteArray packed;
            ASSAY_VERIFY_RESULT(store::compressChunk(compressor.get(), "[" + text + "]", &packed));
            arrays.append({chunks->int64(0), packed});
        }
        for (const auto &[rowid, packed] : std::as_const(arrays)) {
            auto update = (*db)->prepare(
                    QStringLiteral("UPDATE import_chunks SET data = ?2, part = NULL"
                                   " WHERE rowid = ?1"));
            ASSAY_VERIFY_RESULT(update);
            update->bind(1, rowid).bind(2, packed);
            ASSAY_VERIFY_RESULT(update->exec());
            ++rewritten;
        }
    }
    QCOMPARE_GT(rewritten, 1);
    QCOMPARE(annotationTexts(*f.store), before);

    // An edit takes the annotation out of its chunk, which is written again without it.
    auto stored = f.store->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(stored);
    const Annotation edited = stored->at(7).annotation;
    Box moved = edited.boxes[0];
    moved.x += 2;
    ASSAY_VERIFY_RESULT(f.store->annotations().updateBox(edited.id, moved));
    const QStringList after = annotationTexts(*f.store);
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (const QString &a : after)
        changed += before.contains(a) ? 0 : 1;
    QCOMPARE(changed, 1);
}

// The parts of an import's payload are the log's: whoever edits them with a database tool, by
// a byte, by taking one out or swapping two, or by saying fewer, changes the payload that its
// hash and signature cover, and the log's check says so.
void TestDatasetTransfer::editedPayloadPartIsCaught_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("a byte changed")
            << QStringLiteral("UPDATE event_parts SET data = CAST(substr(data, 1, 40) ||"
                              " x'00' || substr(data, 42) AS BLOB) WHERE part = 2");
    QTest::newRow("a part taken out") << QStringLiteral("DELETE FROM event_parts WHERE part = 2");
    QTest::newRow("two parts swapped")
            << QStringLiteral("UPDATE event_parts SET part = -1 WHERE part = 1;"
                              " UPDATE event_parts SET part = 1 WHERE part = 2;"
                              " UPDATE event_parts SET part = 2 WHERE part = -1");
    QTest::newRow("fewer parts said") << QStringLiteral("UPDATE events SET parts = parts - 1"
                                                        " WHERE parts > 0");
    QTest::newRow("the payload made whole of its head")
            << QStringLiteral("UPDATE events SET parts = 0 WHERE parts > 0");
}

void TestDatasetTransfer::editedPayloadPartIsCaught()
{
    QFETCH(QString, sql);
    QTemporaryDir dir;
    ChunkFixture f = chunkFixture(dir.path(), 3000, 3);
    transfer::ImportOptions options;
    options.addClasses = true;
    ASSAY_VERIFY_RESULT(transfer::importDataset(*f.store, f.coco, options));
    QVERIFY(f.store->verifyLog()->intact);
    const QString path = f.store->path();
    f.store.reset();
    {
        auto db = store::Database::open(path, store::Database::OpenMode::ReadWrite);
        ASSAY_VERIFY_RESULT(db);
        const auto parts = (*db)->queryInt(QStringLiteral("SELECT COUNT(*) FROM event_parts"));
        ASSAY_VERIFY_RESULT(parts);
        QCOMPARE_GE(*parts, 3);
        ASSAY_VERIFY_RESULT((*db)->exec(sql));
    }
    auto reopened = assay::core::Project::open(path);
    ASSAY_VERIFY_RESULT(reopened);
    auto verified = (*reopened)->verifyLog();
    ASSAY_VERIFY_RESULT(verified);
    QVERIFY(!verified->intact);
    QVERIFY2(verified->reason.contains(QLatin1String("payload")), qPrintable(verified->reason));
}

// Turns a project's log back into the form of schemas 1 to 5: the events' legacy hashes in one
// chain, the head in meta, and none of schema 6's columns and tables.
static bool rechainAsSchema5(const QString &path)
{
    auto db = store::Database::open(path, store::Database::OpenMode::ReadWrite);
    if (!db)
        return false;
    QList<store::Event> events;
    if (!store::EventLog::forEach(db->get(), 0, [&](const store::Event &e) {
            events.append(e);
            return true;
        }))
        return false;
    QString prev = store::EventLog::genesisHash();
    for (const store::Event &e : std::as_const(events)) {
        const QString hash = store::EventLog::computeLegacyHash(prev, e.id, e.time, e.personId,
                                                                e.kind, e.codec, e.stored);
        // The payload whole in its row, as before event_parts.
        auto u = (*db)->prepare(QStringLiteral(
                "UPDATE events SET prev_hash = ?1, hash = ?2, payload = ?4 WHERE seq = ?3"));
        u->bind(1, prev).bind(2, hash).bind(3, e.seq).bind(4, e.stored);
        if (!u->exec())
            return false;
        prev = hash;
    }
    QString sql
            = QStringLiteral(
                      "INSERT INTO meta (key, value) VALUES ('log_head', '%1:%2');"
                      " DELETE FROM meta WHERE key IN ('legacy_device', 'device', 'device_binding');"
                      " DROP INDEX events_by_device; DROP INDEX events_by_hash;"
                      " DROP INDEX events_in_order; DROP TABLE devices; DROP TABLE device_seen;"
                      " DROP TABLE event_parts;")
                      .arg(events.size())
                      .arg(prev);
    for (const char *column : {"envelope", "device", "device_seq", "lamport", "seen", "action",
                               "audience", "payload_hash", "signer", "signature", "parts"})
        sql += QStringLiteral(" ALTER TABLE events DROP COLUMN %1;").arg(QLatin1String(column));
    return bool((*db)->exec(sql));
}

void TestDatasetTransfer::upgradeFromSchema4RebuildsImports()
{
    QTemporaryDir dir;
    ChunkFixture f = chunkFixture(dir.path(), 40, 3);
    transfer::ImportOptions options;
    options.addClasses = true;
    ASSAY_VERIFY_RESULT(transfer::importDataset(*f.store, f.coco, options));
    auto stored = f.store->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(stored);
    const Annotation edited = stored->at(5).annotation;
    Box moved = edited.boxes[0];
    moved.x += 2;
    ASSAY_VERIFY_RESULT(f.store->annotations().updateBox(edited.id, moved));
    auto expected = f.store->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(expected);
    const QString path = f.store->path();
    f.store.reset();

    // The log as schema 5 kept it: one chain, hashed over the fields, its head in meta.
    QVERIFY(rechainAsSchema5(path));
    // The tables as schema 4 had them: imported annotations as rows with packed boxes.
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const char *sql
                = "DROP TABLE import_chunks; DROP INDEX imports_id_prefix;"
                  " ALTER TABLE imports DROP COLUMN taxonomy_version; ALTER TABLE imports DROP COLUMN guideline_version;"
                  " ALTER TABLE imports DROP COLUMN classes; ALTER TABLE imports DROP COLUMN id_prefix;"
                  " CREATE TABLE packed_boxes (annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,"
                  " count INTEGER NOT NULL, data BLOB NOT NULL);"
                  " DROP INDEX person_keys_current; DROP TABLE person_keys;"
                  " DROP TABLE quarantine; DROP TABLE conflicts;"
                  " ALTER TABLE taxonomy_versions DROP COLUMN event_id;"
                  " ALTER TABLE guidelines DROP COLUMN event_id;"
                  " ALTER TABLE annotations DROP COLUMN last_event;"
                  " ALTER TABLE annotations DROP COLUMN last_device;"
                  " DROP TABLE person_role_history;"
                  " ALTER TABLE gold_answers DROP COLUMN purpose;"
                  " DROP TABLE audience_key_grants; DROP TABLE audience_keys;"
                  " DROP TABLE sync_files; DROP TABLE sync_heads;"
                  " DROP TABLE counts;"
                  " DROP TABLE review_reasons; DROP TABLE review_rules; DROP TABLE review_entries;"
                  " DROP TABLE review_decisions; DROP TABLE adjudications;"
                  " ALTER TABLE classes DROP COLUMN archived;"
                  " DROP TABLE class_mappings; DROP TABLE gold_redo;"
                  " ALTER TABLE guidelines DROP COLUMN taxonomy_version;"
                  " ALTER TABLE guidelines DROP COLUMN classes;"
                  " ALTER TABLE guidelines DROP COLUMN draft_event;"
                  " DROP TABLE guideline_drafts; DROP TABLE guideline_examples;"
                  " ALTER TABLE task_comments DROP COLUMN section;"
                  " DROP TABLE calibration_sets; DROP TABLE calibration_references;"
                  " DROP TABLE calibration_sessions; DROP TABLE calibration_tasks;"
                  " DROP TABLE calibration_judgements; DROP TABLE calibration_debriefs;"
                  " DROP TABLE review_return;"
                  " DROP TABLE batch_pools; DROP TABLE review_locks; DROP TABLE consensus_figures;"
                  " PRAGMA user_version = 4;";
        char *error = nullptr;
        QVERIFY2(sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK, error);
        sqlite3_close(db);
    }
    auto reopened = assay::core::Project::open(path);
    ASSAY_VERIFY_RESULT(reopened);
    QCOMPARE((*reopened)->info().upgradedFrom, 4);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".schema4.bak")));
    auto upgraded = (*reopened)->transfer().storedAnnotations();
    ASSAY_VERIFY_RESULT(upgraded);
    QCOMPARE(upgraded->size(), expected->size());
    for (qsizetype i = 0; i < expected->size(); ++i) {
        QCOMPARE(upgraded->at(i).annotation.id, expected->at(i).annotation.id);
        QCOMPARE(upgraded->at(i).annotation.boxes, expected->at(i).annotation.boxes);
    }
    QVERIFY((*reopened)->verifyLog()->intact);
}

void TestDatasetTransfer::damagedImportPayloadIsRefused()
{
    QTemporaryDir dir;
    auto store = newProject(dir.path());
    Item it;
    it.kind = ItemKind::Image;
    it.path = QStringLiteral("a.jpg");
    it.sha256 = QString(64, QLatin1Char('a'));
    it.width = it.height = 10;
    ASSAY_VERIFY_RESULT(store->items().addItems({it}, {}));
    const Id item = store->items().page(0, 10)->first().id;
    const Id person = store->actor().id;
    TaxonomyClass catClass;
    catClass.name = QStringLiteral("cat");
    ASSAY_VERIFY_RESULT(store->taxonomy().addClass(catClass));
    const Id cat = store->taxonomy().get()->findByName(QStringLiteral("cat"))->id;
    const Snapshot before = snapshot(*store);
    auto payload = [&](const QString &rows) {
        DatasetImported d;
        d.json = QStringLiteral(
                         "{\"mode\":\"labels\",\"format\":\"coco\",\"source\":\"x\",\"model\":\"\","
                         "\"person_id\":\"%1\",\"taxonomy_version\":1,\"guideline_version\":0,"
                         "\"classes\":[\"%2\"],\"summary\":\"{}\",\"annotations\":[%3]}")
                         .arg(person, cat, rows)
                         .toUtf8();
        return d;
    };
    const QString good = QStringLiteral(
            "[\"1f0a3c2e-0000-4000-8000-0000%1\",\"%2\",\"%3\",[],[[0,1,2,3,4,null]]]");
    // Ids that do not count up from 0; a category out of range; a person not in the project;
    // a box that is not numbers.
    const QStringList bad{
            good.arg(QStringLiteral("00000001"), item, person),
            QStringLiteral(
                    "[\"1f0a3c2e-0000-4000-8000-000000000000\",\"%1\",\"%2\",[],[[3,1,2,3,4,null]]]")
                    .arg(item, person),
            good.arg(QStringLiteral("00000000"), item, QStringLiteral("nobody")),
            QStringLiteral(
                    "[\"1f0a3c2e-0000-4000-8000-000000000000\",\"%1\",\"%2\",[],[[0,\"x\",2,3,4,null]]]")
                    .arg(item, person),
    };
    for (const QString &rows : bad) {
        auto e = store->record(payload(rows));
        QVERIFY2(!e, qPrintable(rows));
        QCOMPARE(e.error().code, ErrorCode::InvalidInput);
        QCOMPARE(snapshot(*store), before);
    }
    ASSAY_VERIFY_RESULT(store->record(payload(good.arg(QStringLiteral("00000000"), item, person))));
    QCOMPARE(store->counts()->boxes, 1);
    QCOMPARE(store->annotations().annotationsForItem(item)->first().boxes.first().x, 1.0);
    // White space between and inside rows, as another writer may leave it; attributes, and a
    // string with brackets in the last row.
    const QString spaced
            = QStringLiteral(
                      " [ \"2f0a3c2e-0000-4000-8000-000000000000\" , \"%1\", \"%2\", [ 0 ], [ [0, 5, 6, 7, 8 ] ] ] ,\n"
                      " [\"2f0a3c2e-0000-4000-8000-000000000001\",\"%1\",\"%2\",[],[[0,9,9,9,9,\"{\\\"note\\\":\\\"a ] b\\\"}\"]]]\n")
                      .arg(item, person);
    ASSAY_VERIFY_RESULT(store->record(payload(spaced)));
    auto all = store->annotations().annotationsForItem(item);
    ASSAY_VERIFY_RESULT(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(store->counts()->boxes, 3);
    bool sawNote = false;
    for (const Annotation &a : *all) {
        for (const Box &b : a.boxes)
            sawNote = sawNote
                      || b.attributes.value(QLatin1String("note")).toString()
                                 == QLatin1String("a ] b");
    }
    QVERIFY(sawNote);
    ASSAY_VERIFY_RESULT(store->rebuildState());
    QCOMPARE(store->annotations().annotationsForItem(item)->size(), 3);
}

QTEST_GUILESS_MAIN(TestDatasetTransfer)
#include "tst_datasettransfer.moc"
