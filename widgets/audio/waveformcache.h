// SPDX-License-Identifier: Apache-2.0
// WaveformCache: min/max peaks of an audio file, computed once on a worker thread, kept on disk.
#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

namespace assay::widgets {

// The overview of one file: per bucket of `framesPerBucket` frames, the lowest and highest
// sample over all channels, scaled to -32768..32767.
struct WaveformPeaks
{
    QString path;
    qint64 frames = 0;
    int sampleRate = 0;
    int channels = 0;
    int framesPerBucket = 1;
    QList<qint16> min;
    QList<qint16> max;
    QString warning; // read, but not whole (a truncated file); else empty

    bool isEmpty() const { return min.isEmpty(); }
    qint64 durationMs() const { return sampleRate > 0 ? frames * 1000 / sampleRate : 0; }
};

// Peaks are keyed by the file's absolute path, size and modification time: an edited file is
// read again, an unchanged one never. Embedding: one cache per window; load(path) per item and
// wait for ready() or failed(); progress() while a file is read the first time.
class WaveformCache final : public QObject
{
    Q_OBJECT

public:
    explicit WaveformCache(QObject *parent = nullptr);
    ~WaveformCache() override;

    // Default: QStandardPaths::CacheLocation/waveforms.
    void setCacheDirectory(const QString &dir) { m_dir = dir; }
    QString cacheDirectory() const { return m_dir; }
    // About how many buckets a file gets: enough for a 4K-wide overview with room to spare.
    void setTargetBuckets(int buckets) { m_targetBuckets = std::max(16, buckets); }

    // Peaks from the disk cache at once (ready() before load() returns), else computed on a
    // worker thread (ready() or failed() later). A newer load() cancels an older one.
    void load(const QString &path);
    void cancel();
    bool isComputing() const { return m_computing; }
    const WaveformPeaks &peaks() const { return m_peaks; }
    QString currentPath() const { return m_path; }

    int computeCount() const { return m_computeCount; } // files decoded, not read from the cache
    int cacheHitCount() const { return m_hitCount; }

    // The file the peaks of `path` are kept in (it may not exist yet).
    QString cacheFileFor(const QString &path) const;

    // The work itself, without cache or thread: decodes `path` with libsndfile.
    // progress(0..1) is called now and then; returning false from it cancels.
    static Result<WaveformPeaks> compute(const QString &path, int targetBuckets,
                                         const std::function<bool(double)> &progress = {});
    static Result<WaveformPeaks> readCacheFile(const QString &cacheFile, const QString &path);
    static Status writeCacheFile(const QString &cacheFile, const WaveformPeaks &peaks);

Q_SIGNALS:
    void progress(double fraction);
    void ready(const WaveformPeaks &peaks);
    void failed(const QString &message); // "path: reason"

private:
    QString m_dir;
    int m_targetBuckets = 1 << 15;
    QString m_path;
    WaveformPeaks m_peaks;
    bool m_computing = false;
    int m_computeCount = 0;
    int m_hitCount = 0;
    QFutureWatcher<void> *m_watcher = nullptr;
};

} // namespace assay::widgets
