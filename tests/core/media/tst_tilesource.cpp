// SPDX-License-Identifier: Apache-2.0
// TileSource on tiled TIFFs made here: pyramids as directories and as SubIFDs, BigTIFF, a single
// tiled level, the same file through OpenSlide; damaged and unsupported files refused by name.
#include "core/base/sha256.h"
#include "core/media/slideredaction.h"
#include "core/media/tilesource.h"
#include "tests/core/media/tiledtifffixtures.h"
#include "tests/testutil.h"

#include <QDataStream>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace assay;
using namespace assay::core::media;
using namespace assay::testing;

Q_DECLARE_METATYPE(assay::testing::TiledTiffSpec)

static QRgb pixelAt(const RegionPixels &pixels, int x, int y)
{
    return pixels.argb.at(size_t(y) * pixels.size.width() + x);
}

class tst_TileSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryLevel_data();
    void readsEveryLevel();
    void readsAcrossTileEdges();
    void refusesDamagedFiles_data();
    void refusesDamagedFiles();
    void refusesUntiledImages();
    void slideLabelAndMacroAreReadOnlyWhenAsked();
    void slideWithHugeTilesIsRefused();
    void slideWithoutItsLabelReadsTheSame();
    void damagedSlideIsRefusedWithItsName_data();
    void damagedSlideIsRefusedWithItsName();

private:
    QString make(const QString &name, const TiledTiffSpec &spec);
    QTemporaryDir m_dir;
};

void tst_TileSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// A classic TIFF of 300 x 200 RGB pixels whose header claims one tile of 65,536 x 65,536: 12 GiB
// once decoded, which a reader must refuse rather than allocate. With a `description`
// ("Aperio ..."), OpenSlide takes it for a slide.
static QByteArray hugeTileTiff(const QByteArray &description = {})
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setByteOrder(QDataStream::LittleEndian);
    const quint16 entries = description.isEmpty() ? 10 : 11;
    const quint32 tileOffset = 8 + 2 + entries * 12 + 4;
    const quint32 tileBytes = 64;
    stream << quint8('I') << quint8('I') << quint16(42) << quint32(8) << entries;
    const auto entry = [&stream](quint16 tag, quint16 type, quint32 count, quint32 value) {
        stream << tag << type << count;
        if (type == 3) // SHORT: left-justified in the value field
            stream << quint16(value) << quint16(0);
        else
            stream << value;
    };
    entry(256, 4, 1, 300);      // ImageWidth
    entry(257, 4, 1, 200);      // ImageLength
    entry(258, 3, 1, 8);        // BitsPerSample
    entry(259, 3, 1, 1);        // Compression: none
    entry(262, 3, 1, 2);        // Photometric: RGB
    if (!description.isEmpty()) // ImageDescription, after the tile
        entry(270, 2, quint32(description.size() + 1), tileOffset + tileBytes);
    entry(277, 3, 1, 3);          // SamplesPerPixel
    entry(322, 4, 1, 1u << 16);   // TileWidth
    entry(323, 4, 1, 1u << 16);   // TileLength
    entry(324, 4, 1, tileOffset); // TileOffsets
    entry(325, 4, 1, tileBytes);  // TileByteCounts
    stream << quint32(0);         // no further directory
    stream.writeRawData(QByteArray(tileBytes, char(0x40)).constData(), tileBytes);
    stream.writeRawData(description.constData(), int(description.size()) + 1);
    return out;
}

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
}

// The first error met opening `path` and reading every level whole; empty when there is none.
static QString firstProblem(const QString &path)
{
    const auto source = TileSource::open(path);
    if (!source)
        return source.error().toString();
    for (int level = 0; level < (*source)->levelCount(); ++level) {
        const auto pixels = (*source)->readRegion(level, QRect(QPoint(0, 0),
                                                               (*source)->level(level).size));
        if (!pixels)
            return pixels.error().toString();
    }
    return {};
}

QString tst_TileSource::make(const QString &name, const TiledTiffSpec &spec)
{
    const QString path = m_dir.filePath(name);
    if (!QFile::exists(path) && !writeTiledTiff(path, spec, paintBlocks))
        return {};
    return path;
}

void tst_TileSource::readsEveryLevel_data()
{
    QTest::addColumn<TiledTiffSpec>("spec");
    QTest::addColumn<int>("backend");
    const QSize big(20000, 12000);
    QTest::newRow("pyramid as directories")
            << TiledTiffSpec{big, 6, 512, false, false, false, 40000}
            << int(TileSource::Backend::Tiff);
    QTest::newRow("pyramid as SubIFDs")
            << TiledTiffSpec{QSize(6000, 4000), 4, 256, false, true, false, 0}
            << int(TileSource::Backend::Tiff);
    QTest::newRow("BigTIFF") << TiledTiffSpec{QSize(6000, 4000), 3, 256, true, false, false, 0}
                             << int(TileSource::Backend::Tiff);
    QTest::newRow("JPEG tiles") << TiledTiffSpec{QSize(6000, 4000), 3, 256, false, false, true, 0}
                                << int(TileSource::Backend::Tiff);
    QTest::newRow("single tiled level")
            << TiledTiffSpec{QSize(5000, 3000), 1, 256, false, false, false, 0}
            << int(TileSource::Backend::Tiff);
    QTest::newRow("OpenSlide generic tiled TIFF")
            << TiledTiffSpec{QSize(6000, 4000), 4, 256, false, false, false, 0}
            << int(TileSource::Backend::OpenSlide);
}

void tst_TileSource::readsEveryLevel()
{
    QFETCH(TiledTiffSpec, spec);
    QFETCH(int, backend);
    if (backend == int(TileSource::Backend::OpenSlide) && !TileSource::hasOpenSlide())
        QSKIP("this build has no OpenSlide (libopenslide-dev)");
    const QString path = make(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_')
                                      + QStringLiteral(".tif"),
                              spec);
    QVERIFY(!path.isEmpty());
    const auto source = TileSource::open(path, TileSource::Backend(backend));
    ASSAY_VERIFY_RESULT(source);
    const TileSource &tiles = **source;
    QCOMPARE(int(tiles.backend()), backend);
    if (spec.bigTiff) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("II+\0", 4)); // BigTIFF's header, not classic TIFF's
    }
    QCOMPARE(tiles.size(), spec.size);
    QCOMPARE(tiles.levelCount(), spec.levels);
    if (spec.pixelsPerCm > 0) {
        QVERIFY(tiles.micronsPerPixel());
        QVERIFY(qAbs(tiles.micronsPerPixel()->width() - 0.25) < 1e-6);
    }
    // The automatic choice is the same backend: a generic tiled TIFF is libtiff's.
    const auto automatic = TileSource::open(path);
    ASSAY_VERIFY_RESULT(automatic);
    QCOMPARE((*automatic)->backend(), TileSource::Backend::Tiff);

    for (int level = 0; level < tiles.levelCount(); ++level) {
        QCOMPARE(tiles.level(level).size, levelSize(spec, level));
        QVERIFY(qAbs(tiles.level(level).downsample - (1 << level)) < 0.01 * (1 << level));
        // The centre of full-resolution blocks (col, row) at this level.
        for (const QPoint block :
             {QPoint(0, 0), QPoint(3, 2),
              QPoint(spec.size.width() / 1024 - 1, spec.size.height() / 1024 - 1)}) {
            const QPoint centre((block.x() * 1024 + 512) >> level,
                                (block.y() * 1024 + 512) >> level);
            const QRect region(centre - QPoint(2, 2), QSize(5, 5));
            const auto pixels = tiles.readRegion(level, region);
            ASSAY_VERIFY_RESULT(pixels);
            QCOMPARE(pixels->size, region.size());
            const QRgb rgb = pixelAt(*pixels, 2, 2);
            const int tolerance = spec.jpeg ? 3 : 0;
            QVERIFY2(qAbs(qRed(rgb) - levelRed(level)) <= tolerance,
                     qPrintable(QStringLiteral("level %1 block %2,%3: red %4")
                                        .arg(level)
                                        .arg(block.x())
                                        .arg(block.y())
                                        .arg(qRed(rgb))));
            QVERIFY(qAbs(qGreen(rgb) - block.x() * 8) <= tolerance);
            QVERIFY(qAbs(qBlue(rgb) - block.y() * 8) <= tolerance);
        }
    }
}

void tst_TileSource::readsAcrossTileEdges()
{
    const TiledTiffSpec spec{QSize(3000, 2100), 2, 256, false, false, false, 0};
    const QString path = make(QStringLiteral("edges.tif"), spec);
    const auto source = TileSource::open(path);
    ASSAY_VERIFY_RESULT(source);
    // A region over four tiles and over the block edge at 1024: left half block 0, right block 1.
    const auto pixels = (*source)->readRegion(0, QRect(1000, 1000, 50, 40));
    ASSAY_VERIFY_RESULT(pixels);
    QCOMPARE(qGreen(pixelAt(*pixels, 23, 0)), 0);
    QCOMPARE(qGreen(pixelAt(*pixels, 24, 0)), 8);
    QCOMPARE(qBlue(pixelAt(*pixels, 0, 23)), 0);
    QCOMPARE(qBlue(pixelAt(*pixels, 0, 24)), 8);
    // Clipped at the image's edge: only what exists comes back.
    const auto edge = (*source)->readRegion(1, QRect(1400, 1000, 200, 200));
    ASSAY_VERIFY_RESULT(edge);
    QCOMPARE(edge->size, QSize(100, 50));
    QVERIFY(!(*source)->readRegion(1, QRect(5000, 5000, 10, 10)));
    QVERIFY(!(*source)->readRegion(2, QRect(0, 0, 10, 10)));
}

void tst_TileSource::refusesDamagedFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("damaged tiles") << QStringLiteral("damage");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("garbage after the header") << QStringLiteral("garbage");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("tiles too large to decode") << QStringLiteral("huge tiles");
}

void tst_TileSource::refusesDamagedFiles()
{
    QFETCH(QString, damage);
    const TiledTiffSpec spec{QSize(3000, 2000), 3, 256, false, false, false, 0};
    const QString good = make(QStringLiteral("good.tif"), spec);
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const QString path = m_dir.filePath(damage + QStringLiteral(".tif"));
    if (damage == QLatin1String("damage")) {
        // libtiff writes each level's tiles before its directory: the directories stay whole,
        // the compressed tiles of level 0 become noise.
        for (qsizetype i = 16; i < bytes.size() / 2; ++i)
            bytes[i] = char(0xA5);
    } else if (damage == QLatin1String("truncate")) {
        bytes.truncate(bytes.size() * 6 / 10);
    } else if (damage == QLatin1String("garbage")) {
        bytes = bytes.left(8) + QByteArray(4096, char(0x5A));
    } else if (damage == QLatin1String("huge tiles")) {
        bytes = hugeTileTiff();
    } else {
        bytes.clear();
    }
    QVERIFY(writeFile(path, bytes));
    // The directories are whole; reading every level's pixels meets the damage.
    const QString message = firstProblem(path);
    QVERIFY2(!message.isEmpty(), "the damaged file was read without an error");
    QVERIFY2(message.startsWith(path), qPrintable(message));
    qInfo("%s", qPrintable(message));
}

void tst_TileSource::refusesUntiledImages()
{
    // A strip TIFF is decoded whole elsewhere; a PNG is not a TIFF at all.
    const QString strips = m_dir.filePath(QStringLiteral("strips.tif"));
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::red);
    TIFF *tiff = TIFFOpen(QFile::encodeName(strips).constData(), "w");
    QVERIFY(tiff);
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, 64u);
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, 64u);
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, uint16_t(8));
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, uint16_t(1));
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, 64u);
    std::vector<uint8_t> row(64, 128);
    for (uint32_t y = 0; y < 64; ++y)
        QVERIFY(TIFFWriteScanline(tiff, row.data(), y, 0) >= 0);
    TIFFClose(tiff);
    const auto stripSource = TileSource::open(strips);
    QVERIFY(!stripSource);
    QCOMPARE(stripSource.error().code, ErrorCode::Unsupported);

    const QString png = m_dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(image.save(png));
    const auto pngSource = TileSource::open(png);
    QVERIFY(!pngSource);
    QCOMPARE(pngSource.error().code, ErrorCode::Unsupported);
    QVERIFY(!TileSource::open(m_dir.filePath(QStringLiteral("missing.tif"))));
}

// An Aperio slide with a label and a macro image: levels as usual; the associated images are
// listed and read only through their own calls (the intake and the canvas never make them).
void tst_TileSource::slideLabelAndMacroAreReadOnlyWhenAsked()
{
    if (!TileSource::hasOpenSlide())
        QSKIP("this build has no OpenSlide (libopenslide-dev)");
    const QString path = m_dir.filePath(QStringLiteral("case.svs"));
    const SlideSpec spec;
    QVERIFY(writeAperioSlide(path, spec));
    auto source = TileSource::open(path);
    ASSAY_VERIFY_RESULT(source);
    const TileSource &slide = **source;
    QCOMPARE(slide.backend(), TileSource::Backend::OpenSlide);
    QCOMPARE(slide.size(), spec.size);
    QCOMPARE(slide.levelCount(), 2);
    QVERIFY(slide.micronsPerPixel());
    QVERIFY(qAbs(slide.micronsPerPixel()->width() - 0.499) < 1e-3);
    QStringList names = slide.associatedImages();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("label"), QStringLiteral("macro"),
                                 QStringLiteral("thumbnail")}));
    for (const auto &[name, size, rgb] :
         {std::tuple{QStringLiteral("label"), spec.label, spec.labelRgb},
          std::tuple{QStringLiteral("macro"), spec.macro, spec.macroRgb}}) {
        auto pixels = slide.readAssociatedImage(name);
        ASSAY_VERIFY_RESULT(pixels);
        QCOMPARE(pixels->size, size);
        const quint32 expected = 0xff000000u | quint32(rgb[0]) << 16 | quint32(rgb[1]) << 8
                                 | rgb[2];
        QCOMPARE(pixels->argb.front(), expected);
        QCOMPARE(pixels->argb.back(), expected);
    }
    const auto none = slide.readAssociatedImage(QStringLiteral("barcode"));
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    // A plain tiled TIFF carries none.
    const QString plain = make(QStringLiteral("plain.tif"),
                               TiledTiffSpec{QSize(1024, 1024), 2, 256, false, false, false, 0});
    auto tiffSource = TileSource::open(plain);
    ASSAY_VERIFY_RESULT(tiffSource);
    QVERIFY((*tiffSource)->associatedImages().isEmpty());
}

void tst_TileSource::slideWithHugeTilesIsRefused()
{
    if (!TileSource::hasOpenSlide())
        QSKIP("this build has no OpenSlide (libopenslide-dev)");
    // OpenSlide decodes whole tiles into its cache: a slide whose tiles claim 12 GiB is refused
    // when it is opened, before a region is read.
    const QString path = m_dir.filePath(QStringLiteral("huge-tiles.svs"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(hugeTileTiff("Aperio Image Library v10.0.50\r\n300x200 [0,0 300x200] (65536x65536)"
                            " JPEG/RGB Q=70|AppMag = 20|MPP = 0.499"));
    file.close();
    const auto source = TileSource::open(path);
    QVERIFY(!source);
    QVERIFY2(source.error().toString().startsWith(path), qPrintable(source.error().toString()));
    QVERIFY2(source.error().message.contains(QStringLiteral("65536")),
             qPrintable(source.error().message));
}

// A slide without its label, macro and thumbnail: OpenSlide lists none of them in the copy, reads
// every level's pixels as in the original, and their data are zeros; the original is untouched;
// a copy whose hash is not the one recorded is not written.
void tst_TileSource::slideWithoutItsLabelReadsTheSame()
{
    if (!TileSource::hasOpenSlide())
        QSKIP("this build has no OpenSlide (libopenslide-dev)");
    const QString original = m_dir.filePath(QStringLiteral("labelled.svs"));
    QVERIFY(writeAperioSlide(original, SlideSpec{}));
    QFile in(original);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray before = in.readAll();
    in.close();

    auto redaction = redactionOf(original);
    ASSAY_VERIFY_RESULT(redaction);
    QVERIFY(redaction->has_value());
    QCOMPARE((*redaction)->removed, (QStringList{QStringLiteral("thumbnail"),
                                                 QStringLiteral("label"), QStringLiteral("macro")}));
    auto sha = redactedSha256(original, **redaction);
    ASSAY_VERIFY_RESULT(sha);
    const QString copy = m_dir.filePath(QStringLiteral("unlabelled/labelled.svs"));
    ASSAY_VERIFY_RESULT(writeRedacted(original, copy, **redaction, *sha));
    QCOMPARE(QString::fromLatin1(assay::core::sha256FileHex(copy)), *sha);
    QFile check(original);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QVERIFY(check.readAll() == before);

    auto a = TileSource::open(original);
    auto b = TileSource::open(copy);
    ASSAY_VERIFY_RESULT(a);
    ASSAY_VERIFY_RESULT(b);
    QCOMPARE((*b)->backend(), TileSource::Backend::OpenSlide);
    QVERIFY(!(*a)->associatedImages().isEmpty());
    QVERIFY2((*b)->associatedImages().isEmpty(), qPrintable((*b)->associatedImages().join(',')));
    QVERIFY(!(*b)->readAssociatedImage(QStringLiteral("label")));
    QCOMPARE((*b)->levelCount(), (*a)->levelCount());
    QCOMPARE((*b)->micronsPerPixel(), (*a)->micronsPerPixel());
    for (int level = 0; level < (*a)->levelCount(); ++level) {
        QCOMPARE((*b)->level(level).size, (*a)->level(level).size);
        const QRect all(QPoint(0, 0), (*a)->level(level).size);
        auto pa = (*a)->readRegion(level, all);
        auto pb = (*b)->readRegion(level, all);
        ASSAY_VERIFY_RESULT(pa);
        ASSAY_VERIFY_RESULT(pb);
        QVERIFY(pa->argb == pb->argb);
    }
    QFile redacted(copy);
    QVERIFY(redacted.open(QIODevice::ReadOnly));
    const QByteArray after = redacted.readAll();
    QCOMPARE(after.size(), before.size());
    qint64 zeroed = 0;
    for (const SlideRedaction::Patch &p : (*redaction)->patches) {
        if (!p.bytes.isEmpty())
            continue;
        QVERIFY(after.mid(p.offset, p.length) == QByteArray(p.length, '\0'));
        QVERIFY(before.mid(p.offset, p.length) != QByteArray(p.length, '\0'));
        zeroed += p.length;
    }
    QVERIFY(zeroed > 0);

    // The original changed since its hash was recorded: no copy.
    const QString refused = m_dir.filePath(QStringLiteral("unlabelled/refused.svs"));
    const Status wrong = writeRedacted(original, refused, **redaction,
                                       QString(64, QLatin1Char('0')));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Tampered);
    QVERIFY(!QFile::exists(refused));
    // A plain tiled TIFF has nothing to take out.
    const QString plain = make(QStringLiteral("plain-for-redaction.tif"),
                               TiledTiffSpec{QSize(1024, 1024), 2, 256, false, false, false, 0});
    auto none = redactionOf(plain);
    ASSAY_VERIFY_RESULT(none);
    QVERIFY(!none->has_value());
}

void tst_TileSource::damagedSlideIsRefusedWithItsName_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<double>("at"); // where, as a fraction of the file
    for (const double at : {0.05, 0.2, 0.4, 0.6, 0.8, 0.95}) {
        QTest::addRow("cut at %d%%", int(at * 100)) << QStringLiteral("cut") << at;
        QTest::addRow("noise at %d%%", int(at * 100)) << QStringLiteral("noise") << at;
    }
}

// A slide cut short (a copy that stopped) or overwritten in places is refused when opened or
// when the damaged part is read, with the file's name, and never crashes the reader. (Noise that
// still decodes is what the intake's hash of the file is for.)
void tst_TileSource::damagedSlideIsRefusedWithItsName()
{
    if (!TileSource::hasOpenSlide())
        QSKIP("this build has no OpenSlide (libopenslide-dev)");
    QFETCH(QString, damage);
    QFETCH(double, at);
    const QString good = m_dir.filePath(QStringLiteral("whole.svs"));
    if (!QFile::exists(good))
        QVERIFY(writeAperioSlide(good, SlideSpec{}));
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const qsizetype from = qsizetype(bytes.size() * at);
    if (damage == QLatin1String("cut")) {
        bytes.truncate(from);
    } else {
        for (qsizetype i = from; i < std::min(bytes.size(), from + 4096); ++i)
            bytes[i] = char((i * 7919) & 0xff);
    }
    const QString path = m_dir.filePath(QStringLiteral("damaged.svs"));
    QVERIFY(writeFile(path, bytes));
    const QString message = firstProblem(path);
    if (damage == QLatin1String("cut")) // the last tiles are gone: always found
        QVERIFY2(!message.isEmpty(), "the slide cut short was read without an error");
    // Noise may land in the label or the macro, which are never read: then nothing is wrong.
    if (!message.isEmpty())
        QVERIFY2(message.startsWith(path), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_TileSource)
#include "tst_tilesource.moc"
