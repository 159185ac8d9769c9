// SPDX-License-Identifier: Apache-2.0
// AudioItemView: a clip's waveform, playback (play/pause, seek, speed) and clip classification.
#pragma once

#include "core/domain/types.h"
#include "widgets/audio/waveformcache.h"
#include "widgets/text/classifieditemview.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace assay::widgets {

class WaveformView;

// Embedding: setAnnotationEditor(store) once, setTaxonomy() when it changes, then per item
// setItem(item, mediaRoot) (or loadFile()) and setAnnotation(id). Put actions() and
// classActions() in menus and the shortcuts dialog; their shortcuts act while the focus is in
// the view. Show loadFailed() and editFailed() in the message bar. Without an audio output
// device everything works and playback runs silently, saying so in the transport bar. The media
// player (and with it the sound server connection) is made on the first play(): a window that
// never plays a clip never touches the audio system.
class AudioItemView final : public ClassifiedItemView
{
    Q_OBJECT

public:
    enum class Action {
        PlayPause,
        SeekBackward,
        SeekForward,
        JumpToStart,
        Slower,
        Faster,
        NormalSpeed,
        Undo,
        Redo,
    };

    explicit AudioItemView(QWidget *parent = nullptr);
    ~AudioItemView() override;

    // --- clip
    void setItem(const core::Item &item, const QString &mediaRoot = {});
    void loadFile(const QString &path); // peaks from the cache or computed in the background
    void clear();
    QString audioPath() const { return m_path; }
    QString errorMessage() const { return m_error; }     // "path: reason"; empty when none
    QString warningMessage() const { return m_warning; } // shown, but not whole
    bool isWaveformReady() const;
    WaveformCache *waveformCache() const { return m_cache; }
    WaveformView *waveformView() const { return m_wave; }

    // --- playback
    bool hasAudioOutput() const; // asks the system: loads the multimedia backend
    bool isPlaying() const;
    void play();
    void pause();
    void togglePlayback();
    void seek(qint64 ms);
    qint64 position() const;
    qint64 duration() const;
    double playbackRate() const { return m_rate; }
    void setPlaybackRate(double rate); // snapped to the offered speeds, 0.5x to 2x
    void slower();
    void faster();
    static QList<double> speeds();
    QString playbackMessage() const;                  // e.g. "No audio output: playing silently"
    QString timeText() const;                         // "0:01.2 / 0:04.5"
    QMediaPlayer *player() const { return m_player; } // nullptr until the first play()

    QAction *action(Action action) const;
    QList<QAction *> actions() const;

    QSize sizeHint() const override { return QSize(800, 360); }

Q_SIGNALS:
    void waveformReady(const QString &path);
    void loadFailed(const QString &message); // "path: reason"
    void playingChanged(bool playing);
    void positionChanged(qint64 ms);
    void playbackRateChanged(double rate);

private:
    void createActions();
    void ensurePlayer();
    void onPeaksReady(const WaveformPeaks &peaks);
    void onPeaksFailed(const QString &message);
    void showError(const QString &message);
    void updatePlayState();
    void updateTime();
    void updateOutputMessage();

    WaveformCache *m_cache;
    WaveformView *m_wave;
    QMediaPlayer *m_player = nullptr; // made on the first play()
    QAudioOutput *m_output = nullptr;
    QTimer *m_playheadTimer;
    QLabel *m_title;
    QLabel *m_info;
    QLabel *m_message;
    QLabel *m_time;
    QLabel *m_status;
    QComboBox *m_speed;
    QToolButton *m_playButton;

    QString m_path;
    QString m_error;
    QString m_warning;
    QString m_playerError;
    double m_rate = 1.0;
    qint64 m_position = 0;
    bool m_wasPlaying = false;
    QHash<Action, QAction *> m_actions;
};

} // namespace assay::widgets
