// SPDX-License-Identifier: Apache-2.0
// WaveformCache: peaks of known signals, the disk cache hit on the second load, broken files.
#include "tests/testutil.h"
#include "tests/widgets/audio/audiotestutil.h"
#include "widgets/audio/waveformcache.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::widgets;

class tst_WaveformCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void peaksOfSineAndSilence();
    void stereoPeaksTakeBothChannels();
    void secondLoadReadsTheCache();
    void changedFileIsReadAgain();
    void computingReportsProgressAndRunsInTheBackground();
    void corruptedFileFailsWithItsName();
    void truncatedFileGivesAWarning();
    void emptyFileFails();

private:
    QTemporaryDir m_dir;
    QString m_sine;
};

void tst_WaveformCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sine = m_dir.filePath(QStringLiteral("sine.wav"));
    QVERIFY(test::writeSineThenSilence(m_sine));
}

void tst_WaveformCache::peaksOfSineAndSilence()
{
    const auto peaks = WaveformCache::compute(m_sine, 100);
    ASSAY_VERIFY_RESULT(peaks);
    QCOMPARE(peaks->frames, 32000);
    QCOMPARE(peaks->sampleRate, 16000);
    QCOMPARE(peaks->channels, 1);
    QCOMPARE(peaks->framesPerBucket, 320);
    QCOMPARE(peaks->min.size(), 100);
    QCOMPARE(peaks->durationMs(), 2000);
    QVERIFY(peaks->warning.isEmpty());
    // 320 frames hold 8.8 periods of 440 Hz: every sine bucket reaches both crests.
    for (int b = 0; b < 50; ++b) {
        QVERIFY2(peaks->max.at(b) >= 16300 && peaks->max.at(b) <= 16384,
                 qPrintable(QString::number(peaks->max.at(b))));
        QVERIFY2(peaks->min.at(b) <= -16300 && peaks->min.at(b) >= -16384,
                 qPrintable(QString::number(peaks->min.at(b))));
    }
    for (int b = 50; b < 100; ++b) {
        QCOMPARE(peaks->max.at(b), qint16(0));
        QCOMPARE(peaks->min.at(b), qint16(0));
    }
}

void tst_WaveformCache::stereoPeaksTakeBothChannels()
{
    const QString path = m_dir.filePath(QStringLiteral("stereo.wav"));
    // Left: +0.25 constant; right: -0.75 constant. A bucket spans both.
    QVERIFY(test::writeWav(path, 8000, 2, 8000,
                           [](qint64, int c) { return c == 0 ? 0.25 : -0.75; }));
    const auto peaks = WaveformCache::compute(path, 10);
    ASSAY_VERIFY_RESULT(peaks);
    QCOMPARE(peaks->channels, 2);
    QCOMPARE(peaks->max.first(), qint16(std::lround(0.25 * 32767)));
    QCOMPARE(peaks->min.first(), qint16(std::lround(-0.75 * 32767)));
}

void tst_WaveformCache::secondLoadReadsTheCache()
{
    QTemporaryDir cacheDir;
    WaveformCache cache;
    cache.setCacheDirectory(cacheDir.path());
    QSignalSpy ready(&cache, &WaveformCache::ready);
    cache.load(m_sine);
    QVERIFY(cache.isComputing());
    QVERIFY(ready.wait(5000));
    QCOMPARE(cache.computeCount(), 1);
    QCOMPARE(cache.cacheHitCount(), 0);
    QVERIFY(QFile::exists(cache.cacheFileFor(m_sine)));
    const WaveformPeaks first = cache.peaks();

    // A second cache object (a new window, a restart) loads from disk, within the call.
    WaveformCache again;
    again.setCacheDirectory(cacheDir.path());
    QSignalSpy readyAgain(&again, &WaveformCache::ready);
    again.load(m_sine);
    QCOMPARE(readyAgain.count(), 1);
    QVERIFY(!again.isComputing());
    QCOMPARE(again.computeCount(), 0);
    QCOMPARE(again.cacheHitCount(), 1);
    QCOMPARE(again.peaks().min, first.min);
    QCOMPARE(again.peaks().max, first.max);
    QCOMPARE(again.peaks().frames, first.frames);
    QCOMPARE(again.peaks().sampleRate, first.sampleRate);
}

void tst_WaveformCache::changedFileIsReadAgain()
{
    QTemporaryDir cacheDir;
    const QString path = m_dir.filePath(QStringLiteral("changing.wav"));
    QVERIFY(test::writeSineThenSilence(path));
    WaveformCache cache;
    cache.setCacheDirectory(cacheDir.path());
    QSignalSpy ready(&cache, &WaveformCache::ready);
    cache.load(path);
    QVERIFY(ready.wait(5000));
    const QString oldCacheFile = cache.cacheFileFor(path);
    // Same name, other content and length: the key (size, time) changes, the peaks follow.
    QVERIFY(test::writeWav(path, 16000, 1, 8000, [](qint64, int) { return 0.0; }));
    QFile(path).setFileTime(QDateTime::currentDateTime().addSecs(5),
                            QFileDevice::FileModificationTime);
    QVERIFY(cache.cacheFileFor(path) != oldCacheFile);
    cache.load(path);
    QVERIFY(ready.wait(5000));
    QCOMPARE(cache.computeCount(), 2);
    QCOMPARE(cache.peaks().frames, 8000);
}

void tst_WaveformCache::computingReportsProgressAndRunsInTheBackground()
{
    QTemporaryDir cacheDir;
    const QString path = m_dir.filePath(QStringLiteral("long.wav"));
    // Two minutes: long enough for several progress reports.
    QVERIFY(test::writeWav(path, 16000, 1, 16000 * 120,
                           [](qint64 f, int) { return 0.3 * std::sin(double(f) * 0.05); }));
    WaveformCache cache;
    cache.setCacheDirectory(cacheDir.path());
    QSignalSpy progress(&cache, &WaveformCache::progress);
    QSignalSpy ready(&cache, &WaveformCache::ready);
    cache.load(path);
    QCOMPARE(ready.count(), 0); // not within the call: the window keeps drawing
    QVERIFY(ready.wait(10000));
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().first().toDouble(), 1.0);
    // A load cancelled by a newer one never reports.
    QTemporaryDir otherCache;
    WaveformCache second;
    second.setCacheDirectory(otherCache.path());
    QSignalSpy secondReady(&second, &WaveformCache::ready);
    second.load(path);
    second.load(m_sine);
    QVERIFY(secondReady.wait(5000));
    QTest::qWait(100);
    QCOMPARE(secondReady.count(), 1);
    QCOMPARE(second.peaks().frames, 32000);
}

void tst_WaveformCache::corruptedFileFailsWithItsName()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.wav"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("RIFF\x10\x00\x00\x00WAVEjunk", 16) + QByteArray(3000, '\x7f'));
    }
    QTemporaryDir cacheDir;
    WaveformCache cache;
    cache.setCacheDirectory(cacheDir.path());
    QSignalSpy failed(&cache, &WaveformCache::failed);
    cache.load(path);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not a readable audio file")), qPrintable(message));
    QVERIFY(cache.peaks().isEmpty());
}

void tst_WaveformCache::truncatedFileGivesAWarning()
{
    const QString whole = m_dir.filePath(QStringLiteral("whole.wav"));
    QVERIFY(test::writeSineThenSilence(whole));
    QFile file(whole);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const QString path = m_dir.filePath(QStringLiteral("truncated.wav"));
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(data.left(44 + 16000 * 2 / 2)); // header and the first half second
    cut.close();
    const auto peaks = WaveformCache::compute(path, 100);
    ASSAY_VERIFY_RESULT(peaks);
    QVERIFY2(peaks->warning.contains(QStringLiteral("truncated")), qPrintable(peaks->warning));
    QCOMPARE(peaks->frames, 8000);
}

void tst_WaveformCache::emptyFileFails()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.wav"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto peaks = WaveformCache::compute(path, 100);
    QVERIFY(!peaks);
    QCOMPARE(peaks.error().path, path);
}

QTEST_MAIN(tst_WaveformCache)
#include "tst_waveformcache.moc"
