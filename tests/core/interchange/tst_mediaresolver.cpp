// SPDX-License-Identifier: Apache-2.0
// The media resolver's rules, one layout per row: where each tool's exporter puts its images, and
// which rule finds them; ambiguous names are reported, never guessed; the name index is built
// once, when first needed.
#include "core/interchange/mediaresolver.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace assay::core::interchange;

namespace {

// A real (tiny) image file at dir/relative; a few bytes of text for other names (.xml).
void writeImage(const QString &dir, const QString &relative, int width = 4, int height = 3)
{
    const QString path = QDir(dir).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (relative.endsWith(QLatin1String(".xml"))) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("<annotation/>\n") < 0)
            qFatal("cannot write %s", qPrintable(path));
        return;
    }
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class tst_MediaResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesLayouts_data();
    void resolvesLayouts();
    void ambiguousNameIsReportedWithBothPaths();
    void nameWithoutExtensionOfTwoImagesIsAmbiguous();
    void nameIndexIsBuiltOnceWhenFirstNeeded();
    void existsPredicateAcceptsKnownPaths();
    void uploadHash_data();
    void uploadHash();
};

void tst_MediaResolver::resolvesLayouts_data()
{
    QTest::addColumn<QStringList>("files");        // images written, relative to the temp dir
    QTest::addColumn<QString>("mediaRoot");        // relative to the temp dir
    QTest::addColumn<QString>("annotation");       // the annotation file, relative
    QTest::addColumn<QStringList>("mediaFolders"); // what the format names
    QTest::addColumn<QString>("given");            // the path the dataset wrote
    QTest::addColumn<QString>("subset");
    QTest::addColumn<QString>("expected"); // relative; empty: not found
    QTest::addColumn<int>("rule");

    const QStringList none;
    QTest::newRow("as given") << QStringList{"ds/images/a.jpg"} << "ds"
                              << "ds/coco.json" << none << "images/a.jpg"
                              << ""
                              << "ds/images/a.jpg" << int(MediaRule::AsGiven);
    QTest::newRow("absolute, as given") << QStringList{"ds/a.jpg"} << "elsewhere"
                                        << "ds/coco.json" << none << "@/ds/a.jpg"
                                        << ""
                                        << "ds/a.jpg" << int(MediaRule::AsGiven);
    QTest::newRow("beside the annotation file") << QStringList{"ann/a.jpg"} << "media"
                                                << "ann/labels.json" << none << "a.jpg"
                                                << ""
                                                << "ann/a.jpg" << int(MediaRule::BesideAnnotations);
    // VOC: the XML says JPEGImages/a.jpg and the media root is JPEGImages itself. Beside
    // Annotations/ is the dataset folder, which has it.
    QTest::newRow("VOC JPEGImages twice")
            << QStringList{"voc/JPEGImages/a.jpg"} << "voc/JPEGImages"
            << "voc/Annotations/a.xml" << QStringList{"JPEGImages"} << "JPEGImages/a.jpg"
            << ""
            << "voc/JPEGImages/a.jpg" << int(MediaRule::BesideAnnotations);
    QTest::newRow("VOC JPEGImages twice, annotations elsewhere")
            << QStringList{"voc/JPEGImages/a.jpg"} << "voc/JPEGImages"
            << "xml/a.xml" << QStringList{"JPEGImages"} << "JPEGImages/a.jpg"
            << ""
            << "voc/JPEGImages/a.jpg" << int(MediaRule::LeadingFoldersStripped);
    QTest::newRow("images twice") << QStringList{"ds/images/a.jpg"} << "ds/images"
                                  << "elsewhere/a.json" << none << "images/a.jpg"
                                  << ""
                                  << "ds/images/a.jpg" << int(MediaRule::LeadingFoldersStripped);
    QTest::newRow("absolute path of another machine")
            << QStringList{"ds/images/a.jpg"} << "ds"
            << "ds/a.json" << none << "/home/someone/datasets/images/a.jpg"
            << ""
            << "ds/images/a.jpg" << int(MediaRule::LeadingFoldersStripped);
    QTest::newRow("Windows path") << QStringList{"ds/images/a.jpg"} << "ds"
                                  << "ds/a.json" << none << "C:\\Users\\ann\\data\\images\\a.jpg"
                                  << ""
                                  << "ds/images/a.jpg" << int(MediaRule::LeadingFoldersStripped);
    QTest::newRow("Label Studio /x") << QStringList{"ls/a.jpg"} << "ls"
                                     << "ls/export.json" << none << "/a.jpg"
                                     << ""
                                     << "ls/a.jpg" << int(MediaRule::LeadingFoldersStripped);
    // COCO (and mmdetection's data/coco): annotations/instances_val2017.json beside val2017/.
    QTest::newRow("COCO train2017 folder")
            << QStringList{"coco/val2017/a.jpg"} << ""
            << "coco/annotations/instances_val2017.json"
            << QStringList{"val2017", "images/val2017", "images"} << "a.jpg"
            << ""
            << "coco/val2017/a.jpg" << int(MediaRule::SubsetFolder);
    // datumaro's COCO: annotations/instances_default.json beside images/default/.
    QTest::newRow("datumaro COCO images/<subset>")
            << QStringList{"dm/images/default/a.jpg"} << ""
            << "dm/annotations/instances_default.json"
            << QStringList{"default", "images/default", "images"} << "a.jpg"
            << ""
            << "dm/images/default/a.jpg" << int(MediaRule::SubsetFolder);
    // A CVAT project export: images/<subset>/ with the same name in two subsets.
    QTest::newRow("CVAT subset Validation")
            << QStringList{"cvat/images/Train/a.jpg", "cvat/images/Validation/a.jpg"} << "cvat"
            << "cvat/annotations.xml" << QStringList{"images"} << "a.jpg"
            << "Validation"
            << "cvat/images/Validation/a.jpg" << int(MediaRule::SubsetFolder);
    QTest::newRow("CVAT subset Train")
            << QStringList{"cvat/images/Train/a.jpg", "cvat/images/Validation/a.jpg"} << "cvat"
            << "cvat/annotations.xml" << QStringList{"images"} << "a.jpg"
            << "Train"
            << "cvat/images/Train/a.jpg" << int(MediaRule::SubsetFolder);
    QTest::newRow("CVAT task images/") << QStringList{"cvat/images/a.jpg"} << "cvat"
                                       << "cvat/annotations.xml" << QStringList{"images"} << "a.jpg"
                                       << ""
                                       << "cvat/images/a.jpg" << int(MediaRule::SubsetFolder);
    // Label Studio's media folder keeps uploads as upload/<project>/<hash>-<name>: its
    // "/data/upload/" prefix goes as leading folders.
    QTest::newRow("Label Studio upload folder")
            << QStringList{"media/upload/3/1a2b3c4d-a.jpg"} << "media"
            << "ls/export.json" << QStringList{"images", "upload"}
            << "/data/upload/3/1a2b3c4d-a.jpg"
            << ""
            << "media/upload/3/1a2b3c4d-a.jpg" << int(MediaRule::LeadingFoldersStripped);
    // The converter's COCO/YOLO exports copy uploads into images/ with the hashed name; people
    // also keep their originals under the plain name.
    QTest::newRow("Label Studio plain name in images/")
            << QStringList{"ls/images/a.jpg"} << "ls"
            << "ls/export.json" << QStringList{"images", "upload"}
            << "/data/upload/3/1a2b3c4d-a.jpg"
            << ""
            << "ls/images/a.jpg" << int(MediaRule::UploadPrefix);
    QTest::newRow("Label Studio local files")
            << QStringList{"root/photos/a b.jpg"} << "root"
            << "root/export.json" << none << "/data/local-files/?d=photos/a%20b.jpg"
            << ""
            << "root/photos/a b.jpg" << int(MediaRule::UploadPrefix);
    QTest::newRow("storage URL") << QStringList{"ds/frames/a.jpg"} << "ds"
                                 << "ds/export.json" << none << "s3://bucket/frames/a.jpg?X-Amz=1"
                                 << ""
                                 << "ds/frames/a.jpg" << int(MediaRule::UploadPrefix);
    QTest::newRow("unique name deep under the root")
            << QStringList{"ds/deep/er/a.jpg", "ds/deep/er/b.jpg"} << "ds"
            << "ds/a.json" << none << "somewhere/else/a.jpg"
            << ""
            << "ds/deep/er/a.jpg" << int(MediaRule::UniqueName);
    // Roboflow's VOC: "<filename>0af.jpg" for 0AF.jpg, "<filename>1be" for 1be.jpg beside 1be.xml.
    QTest::newRow("name in another case") << QStringList{"chess/0AF.jpg"} << "chess"
                                          << "chess/0af.xml" << none << "0af.jpg"
                                          << ""
                                          << "chess/0AF.jpg" << int(MediaRule::UniqueName);
    QTest::newRow("name without its extension")
            << QStringList{"chess/1be.jpg", "chess/1be.xml"} << "chess"
            << "chess/1be.xml" << none << "1be"
            << ""
            << "chess/1be.jpg" << int(MediaRule::UniqueName);
    QTest::newRow("missing") << QStringList{"ds/b.jpg"} << "ds"
                             << "ds/a.json" << none << "a.jpg"
                             << ""
                             << "" << -1;
    // The first rule wins: the file at the path given, not the one of the subset.
    QTest::newRow("as given before subset")
            << QStringList{"cvat/a.jpg", "cvat/images/Train/a.jpg"} << "cvat"
            << "cvat/annotations.xml" << QStringList{"images"} << "a.jpg"
            << "Train"
            << "cvat/a.jpg" << int(MediaRule::AsGiven);
}

void tst_MediaResolver::resolvesLayouts()
{
    QFETCH(QStringList, files);
    QFETCH(QString, mediaRoot);
    QFETCH(QString, annotation);
    QFETCH(QStringList, mediaFolders);
    QFETCH(QString, given);
    QFETCH(QString, subset);
    QFETCH(QString, expected);
    QFETCH(int, rule);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &f : std::as_const(files))
        writeImage(dir.path(), f);
    const QDir base(dir.path());
    QDir().mkpath(base.filePath(mediaRoot));
    QDir().mkpath(QFileInfo(base.filePath(annotation)).absolutePath());
    MediaResolver::Options options;
    options.mediaRoot = mediaRoot.isEmpty() ? QString() : base.filePath(mediaRoot);
    if (options.mediaRoot.isEmpty()) // as the import does: the annotation file's folder
        options.mediaRoot = QFileInfo(base.filePath(annotation)).absolutePath();
    options.annotationPath = base.filePath(annotation);
    options.mediaFolders = mediaFolders;
    if (given.startsWith(QLatin1Char('@')))
        given = dir.path() + given.mid(1);
    MediaResolver resolver(options);

    const MediaMatch match = resolver.resolve(given, subset);
    if (expected.isEmpty()) {
        QVERIFY2(!match.found(), qPrintable(match.path));
        QVERIFY(!match.ambiguous());
        return;
    }
    QVERIFY2(match.found(), qPrintable(given));
    QCOMPARE(match.path, QDir::cleanPath(base.filePath(expected)));
    QCOMPARE(mediaRuleName(match.rule), mediaRuleName(MediaRule(rule)));
    QCOMPARE(match.given, given);
    QCOMPARE(resolver.count(MediaRule(rule)), 1);
}

void tst_MediaResolver::ambiguousNameIsReportedWithBothPaths()
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("ds/train/a.jpg"));
    writeImage(dir.path(), QStringLiteral("ds/val/a.jpg"));
    MediaResolver::Options options;
    options.mediaRoot = dir.filePath(QStringLiteral("ds"));
    options.annotationPath = dir.filePath(QStringLiteral("ds/labels.json"));
    MediaResolver resolver(options);

    const MediaMatch match = resolver.resolve(QStringLiteral("a.jpg"));
    QVERIFY(!match.found());
    QVERIFY(match.ambiguous());
    QCOMPARE(match.candidates, (QStringList{dir.filePath(QStringLiteral("ds/train/a.jpg")),
                                            dir.filePath(QStringLiteral("ds/val/a.jpg"))}));
    QCOMPARE(resolver.ambiguousMatches().size(), 1);
    QCOMPARE(resolver.ambiguousMatches().constFirst().given, QStringLiteral("a.jpg"));
    QCOMPARE(resolver.count(MediaRule::UniqueName), 0);
}

void tst_MediaResolver::nameWithoutExtensionOfTwoImagesIsAmbiguous()
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("ds/a.jpg"));
    writeImage(dir.path(), QStringLiteral("ds/sub/a.png"));
    MediaResolver::Options options;
    options.mediaRoot = dir.filePath(QStringLiteral("ds"));
    MediaResolver resolver(options);
    const MediaMatch match = resolver.resolve(QStringLiteral("a"));
    QVERIFY(!match.found());
    QCOMPARE(match.candidates.size(), 2);
}

void tst_MediaResolver::nameIndexIsBuiltOnceWhenFirstNeeded()
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("a.jpg"));
    MediaResolver::Options options;
    options.mediaRoot = dir.path();
    options.annotationPath = dir.filePath(QStringLiteral("labels.json"));
    MediaResolver resolver(options);
    QCOMPARE(resolver.resolve(QStringLiteral("a.jpg")).rule, MediaRule::AsGiven);
    // Not indexed yet: a file written now is found by name when the index is first needed...
    writeImage(dir.path(), QStringLiteral("deep/b.jpg"));
    const MediaMatch b = resolver.resolve(QStringLiteral("b.jpg"));
    QVERIFY(b.found());
    QCOMPARE(b.rule, MediaRule::UniqueName);
    // ...and the tree is not walked again per image: a file written later is not in the index.
    writeImage(dir.path(), QStringLiteral("deep/c.jpg"));
    QVERIFY(!resolver.resolve(QStringLiteral("c.jpg")).found());
}

void tst_MediaResolver::existsPredicateAcceptsKnownPaths()
{
    // The import also accepts a path the project has an item for, with or without its file.
    QTemporaryDir dir;
    MediaResolver::Options options;
    options.mediaRoot = dir.filePath(QStringLiteral("JPEGImages"));
    options.annotationPath = dir.filePath(QStringLiteral("xml/a.xml"));
    const QString known = QDir::cleanPath(dir.filePath(QStringLiteral("JPEGImages/a.jpg")));
    options.exists = [known](const QString &path) {
        return path == known;
    };
    MediaResolver resolver(options);
    const MediaMatch match = resolver.resolve(QStringLiteral("JPEGImages/a.jpg"));
    QCOMPARE(match.path, known);
    QCOMPARE(match.rule, MediaRule::LeadingFoldersStripped);
}

void tst_MediaResolver::uploadHash_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("plain");
    QTest::newRow("hash") << "1a2b3c4d-cat.jpg"
                          << "cat.jpg";
    QTest::newRow("no dash") << "1a2b3c4dxcat.jpg"
                             << "1a2b3c4dxcat.jpg";
    QTest::newRow("not hex") << "1a2b3c4g-cat.jpg"
                             << "1a2b3c4g-cat.jpg";
    QTest::newRow("upper case is not Label Studio's") << "1A2B3C4D-cat.jpg"
                                                      << "1A2B3C4D-cat.jpg";
    QTest::newRow("short") << "1a2b-c.jpg"
                           << "1a2b-c.jpg";
    QTest::newRow("nothing after the dash") << "1a2b3c4d-"
                                            << "1a2b3c4d-";
}

void tst_MediaResolver::uploadHash()
{
    QFETCH(QString, name);
    QFETCH(QString, plain);
    QCOMPARE(MediaResolver::withoutUploadHash(name), plain);
}

QTEST_MAIN(tst_MediaResolver)
#include "tst_mediaresolver.moc"
