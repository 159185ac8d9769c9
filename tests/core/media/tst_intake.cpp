// SPDX-License-Identifier: Apache-2.0
// Media intake: real files of every supported kind, and broken ones the test makes itself
// (truncated, corrupted, empty, mislabelled), checked file by file and as whole runs.
#include "core/items/intake.h"
#include "core/media/mediaprobe.h"
#include "core/media/previewcache.h"
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <sndfile.h>

#include <cmath>

using namespace assay;
using namespace assay::core;
using namespace assay::core::media;

static cv::Mat testPicture(int w, int h)
{
    cv::Mat m(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            m.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / w), uchar(y * 255 / h),
                                              uchar((x ^ y) & 0xff));
    }
    cv::circle(m, {w / 3, h / 2}, std::min(w, h) / 5, {20, 200, 40}, -1);
    return m;
}

static QByteArray encodeImage(const char *ext, int w = 96, int h = 64)
{
    std::vector<uchar> buf;
    cv::imencode(ext, testPicture(w, h), buf);
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

// A JPEG with an EXIF APP1 segment saying "rotate 90° clockwise" (orientation 6).
static QByteArray jpegWithOrientation(int orientation)
{
    QByteArray jpeg = encodeImage(".jpg", 96, 64);
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    tiff += QByteArray("\x01\x00", 2);                         // one entry
    tiff += QByteArray("\x12\x01\x03\x00\x01\x00\x00\x00", 8); // 0x0112, SHORT, 1
    tiff += char(orientation);
    tiff += QByteArray("\0\0\0", 3);
    tiff += QByteArray("\0\0\0\0", 4); // no next IFD
    QByteArray app1 = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    const int len = int(app1.size()) + 2;
    segment += char(len >> 8);
    segment += char(len & 0xff);
    segment += app1;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

static QByteArray encodeAudio(int format, int seconds = 1, int rate = 16000)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.snd"));
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = format;
    SNDFILE *sf = sf_open(path.toUtf8().constData(), SFM_WRITE, &info);
    if (!sf)
        return {};
    std::vector<float> samples(size_t(rate) * size_t(seconds));
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.4f * float(std::sin(2 * M_PI * 440.0 * double(i) / rate));
    sf_writef_float(sf, samples.data(), sf_count_t(samples.size()));
    sf_close(sf);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

static bool mp3Supported()
{
    SF_INFO info{};
    info.samplerate = 16000;
    info.channels = 1;
    info.format = SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    return sf_format_check(&info) != 0;
}

class tst_Intake : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void probe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error"); // empty: must be accepted

        const QByteArray jpeg = encodeImage(".jpg");
        const QByteArray png = encodeImage(".png");
        const QByteArray wav = encodeAudio(SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        const QByteArray flac = encodeAudio(SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
        QTest::newRow("jpeg") << "a.jpg" << jpeg << QString();
        QTest::newRow("png") << "a.png" << png << QString();
        QTest::newRow("tiff") << "a.tiff" << encodeImage(".tiff") << QString();
        QTest::newRow("webp") << "a.webp" << encodeImage(".webp") << QString();
        QTest::newRow("bmp") << "a.bmp" << encodeImage(".bmp") << QString();
        QTest::newRow("png named .jpg") << "b.jpg" << png << QString();
        QTest::newRow("jpeg truncated") << "t.jpg" << jpeg.left(jpeg.size() / 2) << "truncated";
        QTest::newRow("jpeg header only") << "h.jpg" << jpeg.left(200) << "truncated";
        QTest::newRow("png truncated") << "t.png" << png.left(png.size() - 20) << "truncated";
        QTest::newRow("webp truncated") << "t.webp" << encodeImage(".webp").left(60) << "truncated";
        QTest::newRow("bmp truncated") << "t.bmp" << encodeImage(".bmp").left(500) << "truncated";
        QTest::newRow("image empty") << "e.png" << QByteArray() << "empty";
        QTest::newRow("text named .png")
                << "x.png" << QByteArray("just some words") << "not an image";
        QByteArray scrambled = jpeg;
        for (qsizetype i = 2; i < 40; ++i)
            scrambled[i] = char(0x5A ^ i);
        QTest::newRow("jpeg header corrupted") << "c.jpg" << scrambled << "JPEG";

        QTest::newRow("wav") << "a.wav" << wav << QString();
        QTest::newRow("flac") << "a.flac" << flac << QString();
        QTest::newRow("ogg") << "a.ogg" << encodeAudio(SF_FORMAT_OGG | SF_FORMAT_VORBIS)
                             << QString();
        if (mp3Supported())
            QTest::newRow("mp3") << "a.mp3"
                                 << encodeAudio(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III)
                                 << QString();
        QTest::newRow("wav truncated") << "t.wav" << wav.left(wav.size() / 2) << "truncated";
        QTest::newRow("flac truncated") << "t.flac" << flac.left(flac.size() / 2) << "";
        QTest::newRow("audio empty") << "e.wav" << QByteArray() << "empty";
        QTest::newRow("text named .wav") << "x.wav" << QByteArray("RIFF? no.") << "audio";

        QTest::newRow("utf-8 text") << "a.txt" << QByteArray("Grüße, 世界\n") << QString();
        QTest::newRow("markdown with BOM")
                << "a.md" << QByteArray("\xEF\xBB\xBF# Title\n") << QString();
        QTest::newRow("latin-1 text") << "l.txt"
                                      << QByteArray("Gr\xfc\xdf"
                                                    "e")
                                      << "UTF-8";
        QTest::newRow("overlong utf-8") << "o.txt" << QByteArray("a\xC0\xAF") << "UTF-8";
        QTest::newRow("surrogate utf-8") << "s.txt" << QByteArray("a\xED\xA0\x80") << "UTF-8";
        QTest::newRow("text empty") << "e.txt" << QByteArray() << "empty";
        QTest::newRow("text blank") << "b.txt" << QByteArray(" \n\t\n") << "white space";
        QTest::newRow("binary named .txt") << "n.txt" << QByteArray("ab\0cd", 5) << "NUL";
    }

    void probe()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        auto outcome = media::probe(mediaTypeForPath(name), data);
        if (QTest::currentDataTag() == QLatin1String("flac truncated")) {
            // libsndfile reads FLAC frame by frame; a cut file must be refused, whatever words.
            QVERIFY(!outcome);
            return;
        }
        if (error.isEmpty()) {
            ASSAY_VERIFY_RESULT(outcome);
            QCOMPARE(outcome->items.size(), 1);
            const Item &it = outcome->items.first();
            QCOMPARE(it.sha256.size(), 64);
            QCOMPARE(it.byteSize, data.size());
            if (it.kind == ItemKind::Image) {
                QCOMPARE(it.width, 96);
                QCOMPARE(it.height, 64);
                QCOMPARE(it.perceptualHash.size(), 16);
            } else if (it.kind == ItemKind::Audio) {
                QVERIFY2(qAbs(it.durationMs - 1000) <= 60,
                         qPrintable(QString::number(it.durationMs)));
                QCOMPARE(it.sampleRate, 16000);
            } else {
                QVERIFY(it.characters > 0);
            }
        } else {
            QVERIFY2(!outcome, "a broken file was accepted");
            QVERIFY2(outcome.error().message.contains(error, Qt::CaseInsensitive),
                     qPrintable(outcome.error().message));
        }
    }

    void exifOrientationSwapsDimensions()
    {
        auto upright = probeImage(jpegWithOrientation(1));
        ASSAY_VERIFY_RESULT(upright);
        QCOMPARE(QSize(upright->width, upright->height), QSize(96, 64));
        auto turned = probeImage(jpegWithOrientation(6));
        ASSAY_VERIFY_RESULT(turned);
        QCOMPARE(QSize(turned->width, turned->height), QSize(64, 96));
        QCOMPARE(turned->metadata.value(QLatin1String("exif_orientation")).toInt(), 6);
    }

    void jsonLinesAreOneDocumentPerLine()
    {
        const QByteArray data
                = "{\"text\": \"first\"}\n\n\"second as a string\"\n{\"data\": {\"text\": \"third\"}, \"id\": 7}\n"
                  "{broken\n{\"text\": \"first\"}\n{\"no_text\": 1}\r\n";
        auto outcome = probeJsonLines(data);
        ASSAY_VERIFY_RESULT(outcome);
        QCOMPARE(outcome->items.size(), 4); // the repeated "first" is a duplicate for the intake
        QCOMPARE(outcome->items.at(0).text, QStringLiteral("first"));
        QCOMPARE(outcome->items.at(1).text, QStringLiteral("second as a string"));
        QCOMPARE(outcome->items.at(2).metadata.value(QLatin1String("line")).toInt(), 4);
        QCOMPARE(outcome->items.at(2).metadata.value(QLatin1String("source_id")).toInt(), 7);
        QCOMPARE(outcome->lineErrors.size(), 2);
        QVERIFY(outcome->lineErrors.at(0).startsWith(QStringLiteral("line 5")));
        QVERIFY(outcome->lineErrors.at(1).startsWith(QStringLiteral("line 7")));
    }

    void runAddsGoodFilesAndReportsTheRest()
    {
        auto store = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(store);
        const QByteArray jpeg = encodeImage(".jpg");
        write(QStringLiteral("media/photos/a.jpg"), jpeg);
        write(QStringLiteral("media/photos/copy-of-a.jpg"), jpeg);
        write(QStringLiteral("media/photos/b.png"), encodeImage(".png", 50, 40));
        write(QStringLiteral("media/photos/cut.jpg"), jpeg.left(300));
        write(QStringLiteral("media/photos/.hidden.jpg"), encodeImage(".jpg", 10, 10));
        write(QStringLiteral("media/docs/readme.txt"), "A short document.\n");
        write(QStringLiteral("media/docs/lines.jsonl"),
              "{\"text\": \"one\"}\n{\"text\": \"two\"}\nnope\n");
        write(QStringLiteral("media/docs/animation.gif"), "GIF89a");
        write(QStringLiteral("media/sound/tone.wav"), encodeAudio(SF_FORMAT_WAV | SF_FORMAT_PCM_16));

        QList<qint64> progress;
        IntakeOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            progress.append(done);
            QVERIFY(done <= total);
        };
        auto report = addMedia(**store,
                               {m_dir->filePath(QStringLiteral("media")),
                                m_dir->filePath(QStringLiteral("missing-folder"))},
                               options);
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->added.size(), 6); // a.jpg, b.png, readme, two lines, tone
        QCOMPARE(report->duplicates.size(), 1);
        QVERIFY(report->duplicates.first().path.endsWith(QLatin1String("copy-of-a.jpg")));
        QCOMPARE(report->rejected.size(), 3); // cut.jpg, animation.gif, missing-folder
        QCOMPARE(report->lineErrors.size(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 7);
        QCOMPARE(*(*store)->items().itemCount(), 6);
        QStringList reasons;
        for (const auto &r : report->rejected)
            reasons.append(QFileInfo(r.path).fileName() + QStringLiteral(": ") + r.reason);
        reasons.sort();
        QVERIFY2(reasons.at(0).startsWith(QStringLiteral("animation.gif: unsupported")),
                 qPrintable(reasons.join('\n')));
        QVERIFY2(reasons.at(1).startsWith(QStringLiteral("cut.jpg: truncated")),
                 qPrintable(reasons.join('\n')));
        QVERIFY2(reasons.at(2).startsWith(QStringLiteral("missing-folder: no such")),
                 qPrintable(reasons.join('\n')));

        // Paths are stored relative to the media root (the project's folder here).
        auto items = (*store)->items().page(0, 10);
        QVERIFY(items->first().path.startsWith(QStringLiteral("media/")));
        QCOMPARE((*store)->absoluteMediaPath(items->first()),
                 QDir::cleanPath(m_dir->filePath(items->first().path)));

        // A second run adds only what is new; nothing already there is touched.
        write(QStringLiteral("media/photos/c.bmp"), encodeImage(".bmp", 30, 30));
        auto second = addMedia(**store, {m_dir->filePath(QStringLiteral("media"))});
        ASSAY_VERIFY_RESULT(second);
        QCOMPARE(second->added.size(), 1);
        QCOMPARE(second->duplicates.size(), 7);
        QCOMPARE(*(*store)->items().itemCount(), 7);
        QVERIFY((*store)->verifyLog()->intact);
    }

    // A multi-file slide is one item: an MRXS's folder of data and a VMS's pieces, map and macro
    // image (a photo of the slide's label, which can carry a patient's name) are neither items
    // nor "unsupported", in a folder walk or named one by one; a photo beside them is added.
    void partsOfMultiFileSlidesAreNotItems()
    {
        auto store = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(store);
        write(QStringLiteral("slides/case1.mrxs"), "[GENERAL]\nSLIDE_VERSION = 01.03\n");
        write(QStringLiteral("slides/case1/Slidedat.ini"), "[GENERAL]\n");
        write(QStringLiteral("slides/case1/Index.dat"), QByteArray(64, 'i'));
        write(QStringLiteral("slides/case1/Data0000.dat"), encodeImage(".jpg", 64, 48));
        write(QStringLiteral("slides/scan.vms"),
              "[Virtual Microscope Specimen]\r\nNoLayers=1\r\nImageFile=scan_0.jpg\r\n"
              "ImageFile(1,0) = scan_1.jpg\r\nMapFile=scan_map.jpg\r\n"
              "OptimisationFile=scan.opt\r\nMacroImage=scan_macro.jpg\r\n");
        write(QStringLiteral("slides/scan_0.jpg"), encodeImage(".jpg", 70, 50));
        write(QStringLiteral("slides/scan_1.jpg"), encodeImage(".jpg", 72, 50));
        write(QStringLiteral("slides/scan_map.jpg"), encodeImage(".jpg", 40, 30));
        write(QStringLiteral("slides/scan.opt"), QByteArray(32, 'o'));
        const QString macro = write(QStringLiteral("slides/scan_macro.jpg"),
                                    encodeImage(".jpg", 90, 30));
        write(QStringLiteral("slides/photo.jpg"), encodeImage(".jpg", 33, 33));

        // Named by hand, the macro image is the slide's too.
        auto named = addMedia(**store, {macro});
        ASSAY_VERIFY_RESULT(named);
        QCOMPARE(named->added.size(), 0);
        QCOMPARE(named->rejected.size(), 0);
        QCOMPARE(named->slideParts, 1);

        auto report = addMedia(**store, {m_dir->filePath(QStringLiteral("slides"))});
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->slideParts, 8); // three MRXS files, five the VMS names
        QStringList added;
        for (const Item &item : std::as_const(report->added))
            added.append(QFileInfo(item.path).fileName());
        QVERIFY2(added.contains(QStringLiteral("photo.jpg")), qPrintable(added.join(',')));
        for (const QString &name : {QStringLiteral("scan_0.jpg"), QStringLiteral("scan_1.jpg"),
                                    QStringLiteral("scan_map.jpg"), QStringLiteral("scan_macro.jpg"),
                                    QStringLiteral("Data0000.dat")}) {
            QVERIFY2(!added.contains(name), qPrintable(name));
        }
        // The slides themselves (not readable here: the data are not a slide's) are refused by
        // name, nothing of their parts.
        for (const auto &r : std::as_const(report->rejected)) {
            QVERIFY2(r.path.endsWith(QLatin1String(".mrxs"))
                             || r.path.endsWith(QLatin1String(".vms")),
                     qPrintable(r.path + QStringLiteral(": ") + r.reason));
        }
        QCOMPARE(report->scanned, 11);
    }

    // Files an intake must refuse with the reason, each named: no known extension, a header
    // declaring more pixels than the limit (a decompression bomb, never decoded), a text larger
    // than the documented limit (refused from its size, never read).
    void hostileMediaAreRefusedWithTheReason()
    {
        auto store = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(store);
        write(QStringLiteral("media/README"), "no extension\n");
        write(QStringLiteral("media/photo.jpeg.bak"), encodeImage(".jpg"));
        // A valid PNG header that declares 100,000 x 100,000 pixels, in 60 bytes.
        QByteArray bomb("\x89PNG\r\n\x1a\n", 8);
        auto chunk = [&](const char *type, const QByteArray &body) {
            const quint32 n = quint32(body.size());
            bomb += char(n >> 24);
            bomb += char(n >> 16);
            bomb += char(n >> 8);
            bomb += char(n);
            bomb += QByteArray(type, 4) + body + QByteArray(4, '\0');
        };
        chunk("IHDR", QByteArray("\x00\x01\x86\xa0\x00\x01\x86\xa0\x08\x02\x00\x00\x00", 13));
        chunk("IDAT", QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8));
        chunk("IEND", QByteArray());
        write(QStringLiteral("media/bomb.png"), bomb);
        // A 100 MB single-line text, sparse on disk.
        {
            QFile big(m_dir->filePath(QStringLiteral("media/one-line.txt")));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.write("x") == 1);
            QVERIFY(big.resize(qint64(100) << 20));
        }
        write(QStringLiteral("media/fine.png"), encodeImage(".png", 50, 40));

        auto report = addMedia(**store, {m_dir->filePath(QStringLiteral("media"))});
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->added.size(), 1);
        QMap<QString, QString> reasons;
        for (const auto &r : report->rejected)
            reasons.insert(QFileInfo(r.path).fileName(), r.reason);
        QCOMPARE(reasons.size(), 4);
        QVERIFY2(reasons.value(QStringLiteral("README")).contains(QStringLiteral("no extension")),
                 qPrintable(reasons.value(QStringLiteral("README"))));
        QVERIFY2(reasons.value(QStringLiteral("photo.jpeg.bak")).contains(QStringLiteral(".bak")),
                 qPrintable(reasons.value(QStringLiteral("photo.jpeg.bak"))));
        QVERIFY2(reasons.value(QStringLiteral("bomb.png"))
                         .contains(QStringLiteral("100000 x 100000")),
                 qPrintable(reasons.value(QStringLiteral("bomb.png"))));
        QVERIFY2(reasons.value(QStringLiteral("bomb.png")).contains(QStringLiteral("limit")),
                 qPrintable(reasons.value(QStringLiteral("bomb.png"))));
        QVERIFY2(reasons.value(QStringLiteral("one-line.txt")).contains(QStringLiteral("64 MiB")),
                 qPrintable(reasons.value(QStringLiteral("one-line.txt"))));
    }

    void pixelLimitIsConfigurable()
    {
        const QByteArray png = encodeImage(".png", 50, 40);
        QCOMPARE(imagePixelLimit(), qint64(4'000'000'000));
        ASSAY_VERIFY_RESULT(probeImage(png));
        setImagePixelLimit(1999);
        QCOMPARE(imagePixelLimit(), qint64(1999));
        const auto refused = probeImage(png);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("50 x 40")),
                 qPrintable(refused.error().message));
        setImagePixelLimit(2000);
        ASSAY_VERIFY_RESULT(probeImage(png)); // exactly at the limit: taken
        // JPEG and BMP headers are read the same way.
        setImagePixelLimit(100);
        QVERIFY(!probeImage(encodeImage(".jpg")));
        QVERIFY(!probeImage(encodeImage(".bmp")));
        QVERIFY(!probeImage(encodeImage(".webp")));
        setImagePixelLimit(0);
        QCOMPARE(imagePixelLimit(), qint64(4'000'000'000));
    }

    // A WAV whose header claims an hour of samples but whose file holds one second: refused as
    // cut short (a copy that stopped and a header that lies look the same), with the length it
    // really holds and the length it claims.
    void audioClaimingHoursIsMeasuredByWhatItHolds()
    {
        QByteArray wav = encodeAudio(SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 16000);
        QVERIFY(wav.size() > 44);
        const qsizetype data = wav.indexOf("data");
        QVERIFY(data > 0);
        const quint32 claimed = 16000u * 2u * 3600u; // one hour of 16-bit mono
        for (int i = 0; i < 4; ++i)
            wav[data + 4 + i] = char((claimed >> (8 * i)) & 0xff);
        const quint32 riff = claimed + quint32(data) + 8 - 8;
        for (int i = 0; i < 4; ++i)
            wav[4 + i] = char((riff >> (8 * i)) & 0xff);
        const auto item = probeAudio(wav);
        QVERIFY(!item);
        QVERIFY2(item.error().message.contains(QStringLiteral("holds 1.0 s of the 3600.0 s")),
                 qPrintable(item.error().message));
    }

    void failedRunWritesNothing()
    {
        auto store = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(
                (*store)->people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
        write(QStringLiteral("m/a.png"), encodeImage(".png"));
        const qint64 eventsBefore = (*store)->counts()->events;
        ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("ann")));
        auto report = addMedia(**store, {m_dir->filePath(QStringLiteral("m"))});
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Permission);
        QCOMPARE(*(*store)->items().itemCount(), 0);
        QCOMPARE((*store)->counts()->events, eventsBefore);
    }

    void cancelledRunWritesNothing()
    {
        auto store = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")), {});
        for (int i = 0; i < 20; ++i)
            write(QStringLiteral("m/%1.png").arg(i), encodeImage(".png", 40 + i, 40));
        std::atomic<bool> cancel{true};
        IntakeOptions options;
        options.cancel = &cancel;
        auto report = addMedia(**store, {m_dir->filePath(QStringLiteral("m"))}, options);
        ASSAY_VERIFY_RESULT(report);
        QVERIFY(report->cancelled);
        QCOMPARE(*(*store)->items().itemCount(), 0);
    }

    // A large image gets a reduced copy beside the project, made from the probe's decode; a
    // small one does not need it.
    void largeImagesGetAStoredPreview()
    {
        const QString projectPath = m_dir->filePath(QStringLiteral("p.assay"));
        auto store = assay::core::Project::create(projectPath, {});
        ASSAY_VERIFY_RESULT(store);
        write(QStringLiteral("m/large.jpg"), encodeImage(".jpg", 4100, 4100)); // 16.8 MP
        write(QStringLiteral("m/small.jpg"), encodeImage(".jpg"));
        auto report = addMedia(**store, {m_dir->filePath(QStringLiteral("m"))});
        ASSAY_VERIFY_RESULT(report);
        QCOMPARE(report->added.size(), 2);
        const PreviewCache previews(projectPath);
        QCOMPARE(previews.directory(), m_dir->filePath(QStringLiteral("p.assay-cache/previews")));
        for (const Item &item : std::as_const(report->added)) {
            const bool large = item.width == 4100;
            QCOMPARE(PreviewCache::isWanted(item), large);
            QCOMPARE(previews.previewPathFor(item).isEmpty(), !large);
            QCOMPARE(QFileInfo::exists(previews.previewPath(item.sha256)), large);
            if (!large)
                continue;
            QVERIFY(previews.isValid(item.sha256, QSize(4100, 4100)));
            // The JPEG decoded at 1/4: 1025 pixels across, below the 2048 cap.
            const cv::Mat stored = cv::imread(previews.previewPath(item.sha256).toStdString());
            QCOMPARE(stored.cols, 1025);
            QCOMPARE(stored.rows, 1025);
        }
        // The cache is derived data: not an item, not an event, and skipped when the project's
        // own folder is added.
        auto again = addMedia(**store, {m_dir->path()});
        ASSAY_VERIFY_RESULT(again);
        QCOMPARE(again->added.size(), 0);
        QCOMPARE(again->rejected.size(), 0);
        QVERIFY((*store)->verifyLog()->intact);
    }

    void storedPreviewsAreCappedAndKeepTheImageShape()
    {
        const PreviewCache previews(m_dir->filePath(QStringLiteral("q.assay")));
        const QString sha(64, QLatin1Char('c'));
        // A 12000 x 8000 image decoded at 1/4: 2048 x 1365 stored.
        ASSAY_VERIFY_RESULT(previews.store(sha, testPicture(3000, 2000), QSize(12000, 8000)));
        const cv::Mat stored = cv::imread(previews.previewPath(sha).toStdString());
        QCOMPARE(stored.cols, 2048);
        QCOMPARE(stored.rows, 1365);
        QVERIFY(previews.isValid(sha, QSize(12000, 8000)));
        QVERIFY(!previews.isValid(sha, QSize(8000, 12000)));
        // Pixels of another shape (an orientation not applied) are refused.
        QVERIFY(!previews.store(QString(64, QLatin1Char('d')), testPicture(2000, 3000),
                                QSize(12000, 8000)));
        QVERIFY(!QFileInfo::exists(previews.previewPath(QString(64, QLatin1Char('d')))));
    }

    void missingOrDamagedPreviewsAreMadeAgain()
    {
        const QString projectPath = m_dir->filePath(QStringLiteral("p.assay"));
        auto store = assay::core::Project::create(projectPath, {});
        const QString path = write(QStringLiteral("m/large.jpg"), encodeImage(".jpg", 4100, 4100));
        auto report = addMedia(**store, {path});
        ASSAY_VERIFY_RESULT(report);
        const Item item = report->added.first();
        const PreviewCache previews(projectPath);
        const QString preview = previews.previewPath(item.sha256);
        QFile file(preview);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();

        const QList<QByteArray> damaged = {QByteArray(), "not a JPEG at all",
                                           good.left(good.size() / 2)};
        for (const QByteArray &bytes : damaged) {
            QFile::remove(preview);
            if (!bytes.isNull()) {
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(bytes);
                file.close();
            }
            QVERIFY(!previews.isValid(item.sha256, QSize(item.width, item.height)));
            ASSAY_VERIFY_RESULT(previews.ensure(item, path));
            QVERIFY(previews.isValid(item.sha256, QSize(item.width, item.height)));
        }
        // A valid one is left alone.
        const QDateTime made = QFileInfo(preview).lastModified();
        QTest::qWait(20);
        ASSAY_VERIFY_RESULT(previews.ensure(item, path));
        QCOMPARE(QFileInfo(preview).lastModified(), made);
    }

    void cancelledRunLeavesNoPreview()
    {
        const QString projectPath = m_dir->filePath(QStringLiteral("p.assay"));
        auto store = assay::core::Project::create(projectPath, {});
        // The large image first in path order: it is being probed when the run is cancelled.
        write(QStringLiteral("m/a-large.jpg"), encodeImage(".jpg", 4100, 4100));
        for (int i = 0; i < 10; ++i)
            write(QStringLiteral("m/p%1.png").arg(i), encodeImage(".png", 40 + i, 40));
        std::atomic<bool> cancel{false};
        IntakeOptions options;
        options.threads = 2;
        options.cancel = &cancel;
        options.progress = [&](qint64, qint64) {
            cancel = true;
        };
        auto report = addMedia(**store, {m_dir->filePath(QStringLiteral("m"))}, options);
        ASSAY_VERIFY_RESULT(report);
        QVERIFY(report->cancelled);
        const QDir cache(PreviewCache(projectPath).directory());
        QVERIFY2(cache.entryList(QDir::Files).isEmpty(), qPrintable(cache.entryList().join(' ')));
    }
};

QTEST_GUILESS_MAIN(tst_Intake)
#include "tst_intake.moc"
