// SPDX-License-Identifier: Apache-2.0
#include "app/gui/pyramidbuilder.h"

#include "core/media/pyramidcache.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace assay::app {

// One pyramid at a time, on a thread of its own: libvips spreads each over the cores already,
// and the shared pool stays free for the canvas's previews and tiles.
static QThreadPool *pyramidPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

PyramidBuilder::PyramidBuilder(QObject *parent)
    : QObject(parent)
{
    m_status = new QWidget;
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(m_status);
    m_bar = new QProgressBar(m_status);
    m_bar->setRange(0, 100);
    m_bar->setMaximumWidth(120);
    m_bar->setTextVisible(true);
    m_stop = new QToolButton(m_status);
    m_stop->setText(tr("Stop"));
    m_stop->setAutoRaise(true);
    m_stop->setToolTip(tr("Stop making tile pyramids. An image without one still shows from its "
                          "reduced copy; its pyramid is made again when it is next shown."));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    m_status->setToolTip(tr("A tile pyramid lets a huge image be zoomed without decoding it "
                            "whole. It is made once and kept beside the project."));
    m_status->hide();
    connect(m_stop, &QToolButton::clicked, this, &PyramidBuilder::cancelAll);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &PyramidBuilder::showProgress);
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &PyramidBuilder::finished);
}

PyramidBuilder::~PyramidBuilder()
{
    m_queue.clear();
    m_cancel = true;
    m_watcher.waitForFinished();
    // The status widget belongs to the status bar once the window placed it there.
    if (m_status && !m_status->parent())
        delete m_status.data();
}

void PyramidBuilder::enqueue(const QString &projectPath, const core::Item &item,
                             const QString &mediaPath)
{
    if (!core::media::PyramidCache::isWanted(item) || item.sha256.isEmpty()
        || m_known.contains(item.sha256))
        return;
    m_known.insert(item.sha256);
    m_queue.append(Job{projectPath, item, mediaPath});
    if (!m_running)
        startNext();
    else
        showProgress();
}

void PyramidBuilder::cancelAll()
{
    for (const Job &job : std::as_const(m_queue))
        m_known.remove(job.item.sha256);
    m_queue.clear();
    if (m_running)
        m_cancel = true;
}

void PyramidBuilder::startNext()
{
    if (m_queue.isEmpty()) {
        m_running.reset();
        m_ticker->stop();
        if (m_status)
            m_status->hide();
        m_doneInRun = 0;
        Q_EMIT idle();
        return;
    }
    m_running = m_queue.takeFirst();
    m_percent = 0;
    m_cancel = false;
    const Job job = *m_running;
    m_watcher.setFuture(QtConcurrent::run(pyramidPool(), [job, this] {
        return core::media::PyramidCache(job.projectPath)
                .ensure(
                        job.item, job.mediaPath, [this](int percent) { m_percent = percent; },
                        &m_cancel);
    }));
    m_ticker->start();
    showProgress();
    if (m_status)
        m_status->show();
}

void PyramidBuilder::finished()
{
    if (!m_running)
        return;
    const Job job = *m_running;
    m_known.remove(job.item.sha256);
    ++m_doneInRun;
    const Status status = m_watcher.result();
    if (status) {
        Q_EMIT made(job.item.sha256,
                    core::media::PyramidCache(job.projectPath).pyramidPath(job.item.sha256));
    } else if (status.error().code != ErrorCode::Cancelled) {
        Q_EMIT failed(job.item.sha256, status.error());
    }
    startNext();
}

void PyramidBuilder::showProgress()
{
    if (!m_running || !m_status)
        return;
    const int total = m_doneInRun + 1 + int(m_queue.size());
    m_label->setText(tr("Tile pyramid of %1 (%2 of %3)")
                             .arg(QFileInfo(m_running->mediaPath).fileName())
                             .arg(m_doneInRun + 1)
                             .arg(total));
    m_bar->setValue(m_percent.load());
}

void PyramidBuilder::waitForIdle()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &PyramidBuilder::idle, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace assay::app
