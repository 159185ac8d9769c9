// SPDX-License-Identifier: Apache-2.0
// AudioItemView: QMediaPlayer transport over the cached waveform, with the shared class bar.
#include "widgets/audio/audioitemview.h"
#include "core/base/storage.h"

#include "widgets/audio/waveformview.h"
#include "widgets/text/classbar.h"

#include <QAction>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace assay::widgets {

static constexpr qint64 s_seekStepMs = 5000;

static QString formatTime(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    const qint64 s = ms / 1000;
    const QString tenths = QString::number((ms / 100) % 10);
    if (s >= 3600) {
        return QStringLiteral("%1:%2:%3.%4")
                .arg(s / 3600)
                .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(s % 60, 2, 10, QLatin1Char('0'))
                .arg(tenths);
    }
    return QStringLiteral("%1:%2.%3").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')).arg(tenths);
}

QList<double> AudioItemView::speeds()
{
    return {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
}

AudioItemView::AudioItemView(QWidget *parent)
    : ClassifiedItemView(parent)
    , m_cache(new WaveformCache(this))
    , m_wave(new WaveformView(this))
    , m_playheadTimer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_message(new QLabel(this))
    , m_time(new QLabel(this))
    , m_status(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_playButton(new QToolButton(this))
{
    setFocusProxy(m_wave);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAutoFillBackground(true);
    m_message->setContentsMargins(10, 6, 10, 6);
    m_message->hide();
    m_status->setForegroundRole(QPalette::PlaceholderText);

    createActions();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 4, 10, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_info);

    const auto toolButton = [this](Action id) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action(id));
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus); // Space is the play key, not a button press
        return b;
    };
    m_playButton->setDefaultAction(action(Action::PlayPause));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setFocusPolicy(Qt::NoFocus);
    m_playButton->setMinimumWidth(m_playButton->fontMetrics().horizontalAdvance(tr("Pause")) + 48);
    QFont timeFont = m_time->font();
    timeFont.setFamily(QStringLiteral("monospace"));
    timeFont.setStyleHint(QFont::Monospace);
    m_time->setFont(timeFont);

    for (double rate : speeds())
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(int(speeds().indexOf(1.0)));
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_speed->setToolTip(
            tr("Playback speed (%1 slower, %2 faster, %3 normal)")
                    .arg(action(Action::Slower)->shortcut().toString(QKeySequence::NativeText),
                         action(Action::Faster)->shortcut().toString(QKeySequence::NativeText),
                         action(Action::NormalSpeed)->shortcut().toString(QKeySequence::NativeText)));
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { setPlaybackRate(m_speed->itemData(index).toDouble()); });
    auto *speedLabel = new QLabel(tr("Speed:"), this);
    speedLabel->setBuddy(m_speed);

    auto *transport = new QHBoxLayout;
    transport->setContentsMargins(6, 2, 10, 6);
    transport->addWidget(toolButton(Action::JumpToStart));
    transport->addWidget(toolButton(Action::SeekBackward));
    transport->addWidget(m_playButton);
    transport->addWidget(toolButton(Action::SeekForward));
    transport->addSpacing(8);
    transport->addWidget(m_time);
    transport->addSpacing(12);
    transport->addWidget(m_status, 1);
    transport->addWidget(speedLabel);
    transport->addWidget(m_speed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(classBar());
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_wave, 1);
    layout->addLayout(transport);

    connect(m_cache, &WaveformCache::ready, this, &AudioItemView::onPeaksReady);
    connect(m_cache, &WaveformCache::failed, this, &AudioItemView::onPeaksFailed);
    connect(m_cache, &WaveformCache::progress, m_wave, &WaveformView::setProgress);
    connect(m_wave, &WaveformView::seekRequested, this, &AudioItemView::seek);

    // The player's position signal comes a few times a second; the playhead moves every frame.
    m_playheadTimer->setInterval(16);
    connect(m_playheadTimer, &QTimer::timeout, this, [this] {
        m_position = m_player->position();
        m_wave->setPosition(m_position);
        updateTime();
    });

    updateTime();
    updatePlayState();
}

AudioItemView::~AudioItemView()
{
    if (m_player) {
        m_player->disconnect(this);
        m_player->stop();
    }
}

void AudioItemView::ensurePlayer()
{
    if (m_player)
        return;
    // Made here rather than with the view: an audio output (and the device list) connects to
    // the sound server, which on a machine without sound fails with warnings on the console.
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &AudioItemView::updatePlayState);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (m_wave->peaks().isEmpty())
            m_wave->setDuration(ms);
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_player->playbackState() == QMediaPlayer::PlayingState) {
            m_position = ms;
            m_wave->setPosition(ms);
            updateTime();
            Q_EMIT positionChanged(ms);
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &text) {
                if (error == QMediaPlayer::NoError)
                    return;
                m_playerError = tr("%1: cannot be played (%2)")
                                        .arg(m_path, text.isEmpty() ? tr("unknown error") : text);
                updateOutputMessage();
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia) {
                    m_position = duration();
                    m_wave->setPosition(m_position);
                    updateTime();
                }
            });
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, [this] {
        m_output->setDevice(QMediaDevices::defaultAudioOutput());
        updateOutputMessage();
    });
    m_player->setPlaybackRate(m_rate);
    if (!m_path.isEmpty()) {
        m_player->setSource(QUrl::fromLocalFile(m_path));
        if (m_position > 0)
            m_player->setPosition(m_position);
    }
}

void AudioItemView::createActions()
{
    const auto make = [this](Action id, const QString &text, const QList<QKeySequence> &keys,
                             auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(ClassBar::withShortcut(text, keys.value(0)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(id, action);
        return action;
    };
    make(Action::PlayPause, tr("Play"), {QKeySequence(Qt::Key_Space)}, [this] {
        togglePlayback();
    })->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    make(Action::SeekBackward, tr("Back 5 Seconds"), {QKeySequence(Qt::Key_Left)}, [this] {
        seek(position() - s_seekStepMs);
    })->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    make(Action::SeekForward, tr("Forward 5 Seconds"), {QKeySequence(Qt::Key_Right)}, [this] {
        seek(position() + s_seekStepMs);
    })->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    make(Action::JumpToStart, tr("Jump to Start"), {QKeySequence(Qt::Key_Home)}, [this] {
        seek(0);
    })->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    make(Action::Slower, tr("Slower"), {QKeySequence(Qt::Key_BracketLeft)}, [this] { slower(); });
    make(Action::Faster, tr("Faster"), {QKeySequence(Qt::Key_BracketRight)}, [this] { faster(); });
    make(Action::NormalSpeed, tr("Normal Speed"), {QKeySequence(Qt::Key_Backslash)},
         [this] { setPlaybackRate(1.0); });
    m_actions.insert(Action::Undo, undoAction());
    m_actions.insert(Action::Redo, redoAction());
}

QAction *AudioItemView::action(Action action) const
{
    return m_actions.value(action);
}

QList<QAction *> AudioItemView::actions() const
{
    QList<QAction *> list;
    for (Action id :
         {Action::PlayPause, Action::SeekBackward, Action::SeekForward, Action::JumpToStart,
          Action::Slower, Action::Faster, Action::NormalSpeed, Action::Undo, Action::Redo})
        list.append(m_actions.value(id));
    return list;
}

// ---------------------------------------------------------------- clip

void AudioItemView::setItem(const core::Item &item, const QString &mediaRoot)
{
    const QString path = QDir::isAbsolutePath(item.path) || mediaRoot.isEmpty()
                                 ? item.path
                                 : QDir(mediaRoot).filePath(item.path);
    loadFile(path);
}

void AudioItemView::loadFile(const QString &path)
{
    if (m_player)
        m_player->stop();
    m_path = QFileInfo(path).absoluteFilePath();
    m_error.clear();
    m_warning.clear();
    m_playerError.clear();
    m_message->hide();
    m_position = 0;
    m_wave->clear();
    m_title->setText(QFileInfo(path).fileName());
    m_info->clear();
    updateOutputMessage();
    if (!QFileInfo::exists(m_path)) {
        // Said at once, in words (its disk may be unmounted), not by the decoder or the player.
        onPeaksFailed(tr("%1: %2").arg(m_path, storage::whyMissing(m_path)));
        updateTime();
        return;
    }
    if (m_player) {
        m_player->setSource(QUrl::fromLocalFile(m_path));
        m_player->setPlaybackRate(m_rate);
    }
    m_wave->setProgress(0);
    m_cache->load(m_path); // a cache hit is shown before this returns
    updateTime();
}

void AudioItemView::clear()
{
    m_cache->cancel();
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_path.clear();
    m_error.clear();
    m_warning.clear();
    m_playerError.clear();
    m_message->hide();
    m_position = 0;
    m_wave->clear();
    m_title->clear();
    m_info->clear();
    updateOutputMessage();
    updateTime();
}

bool AudioItemView::isWaveformReady() const
{
    return !m_wave->peaks().isEmpty();
}

void AudioItemView::onPeaksReady(const WaveformPeaks &peaks)
{
    m_wave->setPeaks(peaks);
    const QLocale locale;
    const QString channels = peaks.channels == 1   ? tr("mono")
                             : peaks.channels == 2 ? tr("stereo")
                                                   : tr("%n channels", nullptr, peaks.channels);
    m_info->setText(tr("%1 · %2 kHz · %3")
                            .arg(formatTime(peaks.durationMs()),
                                 locale.toString(peaks.sampleRate / 1000.0, 'g', 4), channels));
    if (!peaks.warning.isEmpty()) {
        m_warning = m_path + QStringLiteral(": ") + peaks.warning;
        showError(m_warning);
    }
    updateTime();
    Q_EMIT waveformReady(m_path);
}

void AudioItemView::onPeaksFailed(const QString &message)
{
    m_wave->setProgress(-1);
    m_wave->setMessage(tr("No waveform: %1").arg(message));
    if (m_player)
        m_player->setSource(QUrl()); // nothing to play; GStreamer would only report the same
    showError(message);
}

void AudioItemView::showError(const QString &message)
{
    m_error = message;
    QPalette pal = m_message->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xe2, 0xe1));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xd6, 0xd6) : QColor(0x7a, 0x10, 0x10));
    m_message->setPalette(pal);
    m_message->setText(message);
    m_message->show();
    Q_EMIT loadFailed(message);
}

// ---------------------------------------------------------------- playback

bool AudioItemView::hasAudioOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

bool AudioItemView::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

void AudioItemView::play()
{
    if (m_path.isEmpty() || (!m_error.isEmpty() && m_warning.isEmpty()))
        return;
    ensurePlayer();
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia || m_position >= duration() - 10)
        m_player->setPosition(0);
    m_player->play();
    updateOutputMessage();
}

void AudioItemView::pause()
{
    if (m_player)
        m_player->pause();
}

void AudioItemView::togglePlayback()
{
    if (isPlaying())
        pause();
    else
        play();
}

void AudioItemView::seek(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(0, duration()));
    m_position = ms;
    if (m_player)
        m_player->setPosition(ms);
    m_wave->setPosition(ms);
    updateTime();
    Q_EMIT positionChanged(ms);
}

qint64 AudioItemView::position() const
{
    return m_position;
}

qint64 AudioItemView::duration() const
{
    const qint64 fromPeaks = m_wave->peaks().durationMs();
    return fromPeaks > 0 ? fromPeaks : m_player ? m_player->duration() : 0;
}

void AudioItemView::setPlaybackRate(double rate)
{
    // Snap to the nearest offered speed: the combo box always shows the speed in force.
    const QList<double> all = speeds();
    double best = all.first();
    for (double s : all) {
        if (std::abs(s - rate) < std::abs(best - rate))
            best = s;
    }
    m_speed->setCurrentIndex(int(all.indexOf(best)));
    if (qFuzzyCompare(best, m_rate))
        return;
    m_rate = best;
    if (m_player)
        m_player->setPlaybackRate(m_rate);
    action(Action::Slower)->setEnabled(m_rate > all.first());
    action(Action::Faster)->setEnabled(m_rate < all.last());
    Q_EMIT playbackRateChanged(m_rate);
}

void AudioItemView::slower()
{
    const QList<double> all = speeds();
    const qsizetype i = all.indexOf(m_rate);
    setPlaybackRate(all.at(std::max<qsizetype>(0, i - 1)));
}

void AudioItemView::faster()
{
    const QList<double> all = speeds();
    const qsizetype i = all.indexOf(m_rate);
    setPlaybackRate(all.at(std::min<qsizetype>(all.size() - 1, i + 1)));
}

void AudioItemView::updatePlayState()
{
    const bool playing = isPlaying();
    auto *playPause = action(Action::PlayPause);
    const QString text = playing ? tr("Pause") : tr("Play");
    playPause->setText(text);
    playPause->setToolTip(ClassBar::withShortcut(text, playPause->shortcut()));
    playPause->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (playing)
        m_playheadTimer->start();
    else
        m_playheadTimer->stop();
    if (!playing && m_player && m_player->mediaStatus() != QMediaPlayer::EndOfMedia
        && m_player->playbackState() == QMediaPlayer::PausedState) {
        m_position = m_player->position();
        m_wave->setPosition(m_position);
    }
    updateTime();
    updateOutputMessage();
    if (playing != m_wasPlaying) {
        m_wasPlaying = playing;
        Q_EMIT playingChanged(playing);
    }
}

void AudioItemView::updateTime()
{
    m_time->setText(timeText());
}

QString AudioItemView::timeText() const
{
    return QStringLiteral("%1 / %2").arg(formatTime(m_position), formatTime(duration()));
}

QString AudioItemView::playbackMessage() const
{
    return m_status->text();
}

void AudioItemView::updateOutputMessage()
{
    QString text;
    if (!m_playerError.isEmpty())
        text = m_playerError;
    else if (m_player && !hasAudioOutput()) // known once playing has loaded the backend
        text = isPlaying() ? tr("No audio output: playing silently")
                           : tr("No audio output: playback will be silent");
    m_status->setText(text);
    m_status->setToolTip(text);
}

} // namespace assay::widgets
