// SPDX-License-Identifier: Apache-2.0
// Background preview decoding for the next queue items, bounded in count.
#include "widgets/canvas/prefetcher.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace assay::widgets {

Prefetcher::Prefetcher(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    // Two decodes at once: the next item arrives first, the one after it alongside.
    m_pool->setMaxThreadCount(2);
}

Prefetcher::~Prefetcher()
{
    // Running decodes hold no pointer to us; waiting keeps shutdown free of stray threads.
    for (auto *watcher : std::as_const(m_pending))
        watcher->disconnect(this);
    m_pool->waitForDone();
}

void Prefetcher::setTargetSize(const QSize &devicePixels)
{
    if (devicePixels == m_target)
        return;
    m_target = devicePixels;
    m_done.clear();
    m_order.clear();
    // A decode under way may be the shown image's, waited for since it left the wanted list
    // (a task shown before the window's first layout): it starts again, for the new size.
    QStringList again = m_pending.keys();
    for (auto *watcher : std::as_const(m_pending))
        watcher->deleteLater(); // its result was made for the old size
    m_pending.clear();
    startWanted();
    again.sort(); // a stable order; the wanted ones are under way already
    for (const QString &path : std::as_const(again)) {
        if (!m_pending.contains(path))
            start(path);
    }
}

void Prefetcher::setCapacity(int images)
{
    m_capacity = std::max(1, images);
    trim();
}

void Prefetcher::prefetch(const QStringList &paths)
{
    QList<ImageSource> sources;
    for (const QString &path : paths)
        sources.append(ImageSource{path, {}});
    prefetch(sources);
}

void Prefetcher::prefetch(const QList<ImageSource> &sources)
{
    m_wanted.clear();
    for (const ImageSource &source : sources.mid(0, m_capacity)) {
        m_wanted.append(source.path);
        if (source.storedPreview.isEmpty())
            m_storedPreviews.remove(source.path);
        else
            m_storedPreviews.insert(source.path, source.storedPreview);
    }
    startWanted();
}

void Prefetcher::startWanted()
{
    for (const QString &path : std::as_const(m_wanted)) {
        if (!m_done.contains(path) && !m_pending.contains(path))
            start(path);
    }
    trim();
}

std::optional<Result<ImagePreview>> Prefetcher::result(const QString &path) const
{
    const auto it = m_done.constFind(path);
    if (it == m_done.cend())
        return std::nullopt;
    return *it;
}

void Prefetcher::waitForDone()
{
    m_pool->waitForDone();
    // Deliver the finished results now rather than at the next event loop turn.
    const auto pending = m_pending;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        it.value()->waitForFinished();
        deliver(it.key(), it.value());
    }
}

void Prefetcher::deliver(const QString &path, PreviewFuture *watcher)
{
    if (m_pending.value(path) != watcher)
        return; // superseded, or delivered already
    m_pending.remove(path);
    watcher->deleteLater();
    auto result = watcher->result();
    if (!result)
        return;
    m_done.insert(path, *result);
    m_order.removeAll(path);
    m_order.append(path);
    Q_EMIT ready(path); // before trim(): whoever waits for it takes it even when not wanted
    trim();
}

void Prefetcher::start(const QString &path)
{
    auto *watcher = new PreviewFuture(this);
    m_pending.insert(path, watcher);
    connect(watcher, &PreviewFuture::finished, this,
            [this, watcher, path] { deliver(path, watcher); });
    const QSize target = m_target;
    const ImageSource source{path, m_storedPreviews.value(path)};
    watcher->setFuture(QtConcurrent::run(m_pool, [source, target] {
        return std::optional<Result<ImagePreview>>(ImageLoader::decodePreview(source, target));
    }));
}

void Prefetcher::trim()
{
    // Evict the oldest decoded previews that are not wanted any more.
    for (int i = 0; i < m_order.size() && m_done.size() > m_capacity;) {
        if (m_wanted.contains(m_order.at(i))) {
            ++i;
            continue;
        }
        m_done.remove(m_order.takeAt(i));
    }
    for (auto it = m_storedPreviews.begin(); it != m_storedPreviews.end();) {
        if (m_wanted.contains(it.key()) || m_pending.contains(it.key()) || m_done.contains(it.key()))
            ++it;
        else
            it = m_storedPreviews.erase(it);
    }
}

} // namespace assay::widgets
