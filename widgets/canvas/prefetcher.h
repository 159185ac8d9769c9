// SPDX-License-Identifier: Apache-2.0
// Prefetcher: decodes the previews of the next queue items in the background, ahead of "next".
#pragma once

#include "widgets/canvas/imageloader.h"

#include <QHash>
#include <QObject>
#include <QSize>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QThreadPool;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace assay::widgets {

class Prefetcher final : public QObject
{
    Q_OBJECT

public:
    explicit Prefetcher(QObject *parent = nullptr);
    ~Prefetcher() override;

    // The canvas area in device pixels: previews are made to fit it exactly, so that showing
    // a prefetched image is a plain copy. Changing it drops what was decoded for the old size.
    void setTargetSize(const QSize &devicePixels);
    QSize targetSize() const { return m_target; }

    // How many decoded previews are kept (the upcoming items plus the one shown).
    void setCapacity(int images);
    int capacity() const { return m_capacity; }

    // The upcoming items, nearest first. Starts decoding those not yet decoded; forgets
    // items that are no longer wanted once the capacity is exceeded.
    void prefetch(const QStringList &paths);
    // The same, each with its stored preview (decoded instead of the file when usable).
    void prefetch(const QList<ImageSource> &sources);

    bool isReady(const QString &path) const { return m_done.contains(path); }
    bool isPending(const QString &path) const { return m_pending.contains(path); }
    // The decoded preview (or why it failed), when ready.
    std::optional<Result<ImagePreview>> result(const QString &path) const;

    // Blocks until every started decode has finished (tests, benchmarks).
    void waitForDone();

Q_SIGNALS:
    void ready(const QString &path);

private:
    using PreviewFuture = QFutureWatcher<std::optional<Result<ImagePreview>>>;
    void startWanted();
    void start(const QString &path);
    void deliver(const QString &path, PreviewFuture *watcher);
    void trim();

    QThreadPool *m_pool; // owned (child): decodes never wait behind tile work
    QSize m_target;
    int m_capacity = 4;
    QStringList m_wanted;                     // the last prefetch() list, nearest first
    QHash<QString, QString> m_storedPreviews; // path -> its stored preview, while wanted or kept
    QStringList m_order;                      // decoded paths, oldest first
    QHash<QString, Result<ImagePreview>> m_done;
    QHash<QString, PreviewFuture *> m_pending;
};

} // namespace assay::widgets
