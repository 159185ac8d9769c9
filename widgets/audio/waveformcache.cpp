// SPDX-License-Identifier: Apache-2.0
// WaveformCache: decodes with libsndfile in blocks, reduces to peaks, stores them by file identity.
#include "widgets/audio/waveformcache.h"
#include "core/base/decimal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#include <sndfile.h>

#include <limits>
#include <memory>
#include <vector>

namespace assay::widgets {

static constexpr quint32 s_magic = 0x41535746; // "ASWF"
static constexpr quint32 s_version = 1;

WaveformCache::WaveformCache(QObject *parent)
    : QObject(parent)
    , m_dir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/waveforms"))
{}

WaveformCache::~WaveformCache()
{
    cancel();
}

QString WaveformCache::cacheFileFor(const QString &path) const
{
    const QFileInfo info(path);
    const QByteArray key = info.absoluteFilePath().toUtf8() + '\n' + QByteArray::number(info.size())
                           + '\n' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex();
    return m_dir + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".peaks");
}

void WaveformCache::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->waitForFinished(); // blocks for one decode block at most
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_computing = false;
}

void WaveformCache::load(const QString &path)
{
    cancel();
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_peaks = WaveformPeaks();
    if (!info.exists()) {
        Q_EMIT failed(tr("%1: no such file").arg(path));
        return;
    }
    const QString cacheFile = cacheFileFor(path);
    if (QFile::exists(cacheFile)) {
        if (auto cached = readCacheFile(cacheFile, m_path)) {
            ++m_hitCount;
            m_peaks = std::move(*cached);
            Q_EMIT ready(m_peaks);
            return;
        }
    }

    struct Outcome
    {
        std::optional<Result<WaveformPeaks>> result;
    };
    auto outcome = std::make_shared<Outcome>();
    const int buckets = m_targetBuckets;
    const QString file = m_path;
    m_computing = true;
    ++m_computeCount;
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value / 1000.0); });
    connect(m_watcher, &QFutureWatcher<void>::finished, this, [this, outcome] {
        m_computing = false;
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (!outcome->result)
            return; // cancelled
        if (!*outcome->result) {
            Q_EMIT failed(outcome->result->error().toString());
            return;
        }
        m_peaks = std::move(**outcome->result);
        Q_EMIT ready(m_peaks);
    });
    m_watcher->setFuture(
            QtConcurrent::run([file, buckets, cacheFile, outcome](QPromise<void> &promise) {
                promise.setProgressRange(0, 1000);
                auto result = compute(file, buckets, [&promise](double fraction) {
                    promise.setProgressValue(int(fraction * 1000));
                    return !promise.isCanceled();
                });
                if (promise.isCanceled())
                    return;
                if (result) {
                    // A cache that cannot be written costs time on the next open, nothing else.
                    if (const Status written = writeCacheFile(cacheFile, *result); !written)
                        qWarning("%s", qPrintable(written.error().toString()));
                }
                outcome->result = std::move(result);
            }));
}

Result<WaveformPeaks> WaveformCache::compute(const QString &path, int targetBuckets,
                                             const std::function<bool(double)> &progress)
{
    SF_INFO info{};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file) {
        return makeError(ErrorCode::InvalidInput,
                         tr("not a readable audio file (%1)")
                                 .arg(QString::fromLocal8Bit(sf_strerror(nullptr))),
                         path);
    }
    const std::unique_ptr<SNDFILE, int (*)(SNDFILE *)> closer(file, sf_close);
    if (info.channels <= 0 || info.samplerate <= 0 || info.frames <= 0) {
        return makeError(ErrorCode::InvalidInput, tr("the audio file holds no samples"), path);
    }
    // Float files are read as shorts scaled to full range, not clipped to -1..1.
    sf_command(file, SFC_SET_SCALE_FLOAT_INT_READ, nullptr, SF_TRUE);

    WaveformPeaks peaks;
    peaks.path = path;
    peaks.sampleRate = info.samplerate;
    peaks.channels = info.channels;
    peaks.framesPerBucket = int(std::max<sf_count_t>(1, (info.frames + targetBuckets - 1)
                                                                / std::max(1, targetBuckets)));
    const qsizetype bucketCount = (info.frames + peaks.framesPerBucket - 1) / peaks.framesPerBucket;
    peaks.min.reserve(bucketCount);
    peaks.max.reserve(bucketCount);

    // Blocks of whole buckets, about 64k frames: big reads, and progress several times a second.
    const sf_count_t blockFrames = std::max<sf_count_t>(1, 65536 / peaks.framesPerBucket)
                                   * peaks.framesPerBucket;
    std::vector<short> buffer(size_t(blockFrames * info.channels));
    qint16 lo = std::numeric_limits<qint16>::max();
    qint16 hi = std::numeric_limits<qint16>::min();
    int inBucket = 0;
    sf_count_t total = 0;
    int sinceProgress = 0;
    while (true) {
        const sf_count_t got = sf_readf_short(file, buffer.data(), blockFrames);
        if (got <= 0)
            break;
        const short *s = buffer.data();
        for (sf_count_t f = 0; f < got; ++f) {
            for (int c = 0; c < info.channels; ++c, ++s) {
                lo = std::min<qint16>(lo, *s);
                hi = std::max<qint16>(hi, *s);
            }
            if (++inBucket == peaks.framesPerBucket) {
                peaks.min.append(lo);
                peaks.max.append(hi);
                lo = std::numeric_limits<qint16>::max();
                hi = std::numeric_limits<qint16>::min();
                inBucket = 0;
            }
        }
        total += got;
        if (progress && ++sinceProgress >= 8) {
            sinceProgress = 0;
            if (!progress(double(total) / double(info.frames)))
                return makeError(ErrorCode::Cancelled, tr("cancelled"), path);
        }
    }
    if (inBucket > 0) {
        peaks.min.append(lo);
        peaks.max.append(hi);
    }
    if (sf_error(file) != SF_ERR_NO_ERROR && total == 0) {
        return makeError(ErrorCode::InvalidInput,
                         tr("cannot decode the audio (%1)")
                                 .arg(QString::fromLocal8Bit(sf_strerror(file))),
                         path);
    }
    if (total == 0)
        return makeError(ErrorCode::InvalidInput, tr("the audio file holds no samples"), path);
    peaks.frames = total;

    // libsndfile trusts the file's length over a header that claims more: the log says so.
    QByteArray log(4096, '\0');
    sf_command(file, SFC_GET_LOG_INFO, log.data(), int(log.size()));
    bool headerLonger = false;
    for (const QByteArray &line : log.left(log.indexOf('\0')).split('\n')) {
        // WAV: "data : 64000 (should be 16000)"; AIFF and others say "truncated".
        if ((line.startsWith("data") && line.contains("(should be")) || line.contains("truncated"))
            headerLonger = true;
    }
    if (total < info.frames || headerLonger) {
        const double seconds = double(total) / info.samplerate;
        peaks.warning = tr("the file is truncated; only the first %1 s can be shown and played")
                                .arg(localDecimal(seconds, 1));
    }
    if (progress)
        progress(1.0);
    return peaks;
}

Status WaveformCache::writeCacheFile(const QString &cacheFile, const WaveformPeaks &peaks)
{
    if (!QDir().mkpath(QFileInfo(cacheFile).absolutePath()))
        return makeError(ErrorCode::Io, tr("cannot create the cache folder"), cacheFile);
    const QFileInfo source(peaks.path);
    QSaveFile file(cacheFile); // whole or not at all: a killed write leaves no half file
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, file.errorString(), cacheFile);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << s_magic << s_version << source.absoluteFilePath() << qint64(source.size())
        << qint64(source.lastModified().toMSecsSinceEpoch()) << qint64(peaks.frames)
        << qint32(peaks.sampleRate) << qint32(peaks.channels) << qint32(peaks.framesPerBucket)
        << peaks.warning << qint64(peaks.min.size());
    // The arrays as raw bytes: one read each on the next open, no per-value parsing.
    out.writeRawData(reinterpret_cast<const char *>(peaks.min.constData()),
                     int(peaks.min.size() * sizeof(qint16)));
    out.writeRawData(reinterpret_cast<const char *>(peaks.max.constData()),
                     int(peaks.max.size() * sizeof(qint16)));
    if (out.status() != QDataStream::Ok || !file.commit())
        return makeError(ErrorCode::Io,
                         tr("cannot write the waveform cache (%1)").arg(file.errorString()),
                         cacheFile);
    return {};
}

Result<WaveformPeaks> WaveformCache::readCacheFile(const QString &cacheFile, const QString &path)
{
    QFile file(cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, file.errorString(), cacheFile);
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString sourcePath;
    qint64 size = 0;
    qint64 mtime = 0;
    qint64 frames = 0;
    qint32 rate = 0;
    qint32 channels = 0;
    qint32 perBucket = 0;
    qint64 count = 0;
    WaveformPeaks peaks;
    in >> magic >> version;
    if (magic != s_magic || version != s_version)
        return makeError(ErrorCode::Unsupported, tr("not a waveform cache file"), cacheFile);
    in >> sourcePath >> size >> mtime >> frames >> rate >> channels >> perBucket >> peaks.warning
            >> count;
    const QFileInfo source(path);
    if (in.status() != QDataStream::Ok || sourcePath != source.absoluteFilePath()
        || size != source.size() || mtime != source.lastModified().toMSecsSinceEpoch() || count <= 0
        || count > (qint64(1) << 28) || perBucket <= 0) {
        return makeError(ErrorCode::Conflict, tr("the waveform cache is stale"), cacheFile);
    }
    peaks.path = source.absoluteFilePath();
    peaks.frames = frames;
    peaks.sampleRate = rate;
    peaks.channels = channels;
    peaks.framesPerBucket = perBucket;
    peaks.min.resize(count);
    peaks.max.resize(count);
    const int bytes = int(count * sizeof(qint16));
    if (in.readRawData(reinterpret_cast<char *>(peaks.min.data()), bytes) != bytes
        || in.readRawData(reinterpret_cast<char *>(peaks.max.data()), bytes) != bytes) {
        return makeError(ErrorCode::InvalidInput, tr("the waveform cache is cut short"), cacheFile);
    }
    return peaks;
}

} // namespace assay::widgets
