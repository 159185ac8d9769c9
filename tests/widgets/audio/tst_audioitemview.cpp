// SPDX-License-Identifier: Apache-2.0
// Drives the real AudioItemView offscreen and without a sound card: waveform, Space, click to
// seek, speed, broken files and clip classification.
#include "tests/testutil.h"
#include "tests/widgets/audio/audiotestutil.h"
#include "widgets/audio/audioitemview.h"
#include "widgets/audio/waveformview.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/text/classbar.h"

#include <QAction>
#include <QApplication>
#include <QAudioOutput>
#include <QComboBox>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace assay;
using namespace assay::widgets;

static core::Taxonomy sounds(bool multiLabel)
{
    core::Taxonomy taxonomy;
    taxonomy.version = 1;
    taxonomy.multiLabel = multiLabel;
    taxonomy.classes = {{QStringLiteral("c-speech"),
                         QStringLiteral("speech"),
                         QStringLiteral("#4363d8"),
                         {},
                         {},
                         {}},
                        {QStringLiteral("c-music"),
                         QStringLiteral("music"),
                         QStringLiteral("#f58231"),
                         {},
                         {},
                         {}},
                        {QStringLiteral("c-noise"),
                         QStringLiteral("noise"),
                         QStringLiteral("#911eb4"),
                         {},
                         {},
                         {}}};
    return taxonomy;
}

// With ASSAY_SCREENSHOT_DARK set, the screenshot is taken on Fusion's dark palette: the views
// take every colour from the palette and must read on both themes.
static QString applyScreenshotTheme()
{
    if (qEnvironmentVariableIsEmpty("ASSAY_SCREENSHOT_DARK"))
        return {};
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    QApplication::setPalette(dark);
    return QStringLiteral("-dark");
}

class tst_AudioItemView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void waveformIsDrawn();
    void noAudioSystemBeforeTheFirstPlay();
    void secondOpenUsesTheCache();
    void clickSeeksThePlayer();
    void dragDoesNotSeek();
    void spaceTogglesPlayback();
    void speedChangesPlaybackRate();
    void corruptedFileShowsItsNameAndNeverCrashes();
    void truncatedFileShowsWithAWarning();
    void classifyClipSingleAndMultiLabel();
    void actionsShowTheirShortcut();
    void screenshot(); // with ASSAY_SCREENSHOT_DIR and ASSAY_SCREENSHOT_WAV set

private:
    QStringList stored() const { return m_editor->annotation(m_annotationId)->classIds; }
    void key(Qt::Key k) { QTest::keyClick(m_view->waveformView(), k); }

    QTemporaryDir m_dir;
    QString m_sine;
    std::unique_ptr<MemoryAnnotationEditor> m_editor;
    std::unique_ptr<AudioItemView> m_view;
    core::Id m_annotationId = QStringLiteral("a-1");
};

void tst_AudioItemView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the waveform cache goes to a test folder
    QVERIFY(m_dir.isValid());
    m_sine = m_dir.filePath(QStringLiteral("sine.wav"));
    QVERIFY(test::writeSineThenSilence(m_sine));
}

void tst_AudioItemView::init()
{
    m_editor = std::make_unique<MemoryAnnotationEditor>();
    core::Annotation annotation;
    annotation.id = m_annotationId;
    m_editor->insert(annotation);
    m_view = std::make_unique<AudioItemView>();
    m_view->waveformCache()->setCacheDirectory(m_dir.filePath(QStringLiteral("cache")));
    m_view->resize(800, 360);
    m_view->setAnnotationEditor(m_editor.get());
    m_view->setTaxonomy(sounds(false));
    m_view->setAnnotation(m_annotationId);
    m_view->show();
    QApplication::setActiveWindow(m_view.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->waveformView()->setFocus();
    m_view->loadFile(m_sine);
    QTRY_VERIFY(m_view->isWaveformReady());
    QVERIFY2(m_view->errorMessage().isEmpty(), qPrintable(m_view->errorMessage()));
}

void tst_AudioItemView::cleanup()
{
    m_view.reset();
    m_editor.reset();
}

void tst_AudioItemView::waveformIsDrawn()
{
    QCOMPARE(m_view->duration(), 2000);
    WaveformView *wave = m_view->waveformView();
    const QImage image = wave->grab().toImage();
    const QRectF area = wave->waveRect();
    const QColor highlight = wave->palette().color(QPalette::Highlight);
    // The sine half is filled a quarter of the height above and below the middle; the silent
    // half has the centre line only.
    const auto highlighted = [&](double fx, double fy) {
        const QPoint p = QPointF(area.left() + area.width() * fx, area.top() + area.height() * fy)
                                 .toPoint();
        const QColor c = image.pixelColor(p * image.devicePixelRatio());
        return std::abs(c.hue() - highlight.hue()) < 20 && c.saturation() > 60;
    };
    QVERIFY(highlighted(0.25, 0.35));
    QVERIFY(highlighted(0.25, 0.65));
    QVERIFY(!highlighted(0.25, 0.1));
    QVERIFY(!highlighted(0.75, 0.35));
    QVERIFY(!highlighted(0.75, 0.65));
    QVERIFY(m_view->timeText().endsWith(QStringLiteral("0:02.0")));
}

void tst_AudioItemView::noAudioSystemBeforeTheFirstPlay()
{
    // Shown, seekable, classifiable: and still no player, output or device list, so a machine
    // without sound prints nothing until someone plays a clip.
    key(Qt::Key_Right);
    QCOMPARE(m_view->position(), 2000);
    key(Qt::Key_Home);
    key(Qt::Key_1);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-speech")});
    m_view->grab();
    QVERIFY(!m_view->player());
    QVERIFY(!m_view->findChild<QAudioOutput *>());
    QVERIFY(!m_view->findChild<QMediaDevices *>());
    QVERIFY(m_view->playbackMessage().isEmpty());

    m_view->play();
    QVERIFY(m_view->player());
    QTRY_VERIFY(m_view->isPlaying());
    if (!m_view->hasAudioOutput())
        QCOMPARE(m_view->playbackMessage(), QStringLiteral("No audio output: playing silently"));
    m_view->pause();
    QTRY_VERIFY(!m_view->isPlaying());
    if (!m_view->hasAudioOutput()) {
        QCOMPARE(m_view->playbackMessage(),
                 QStringLiteral("No audio output: playback will be silent"));
    }
    // The next clip reuses the player.
    QMediaPlayer *player = m_view->player();
    m_view->loadFile(m_sine);
    QCOMPARE(m_view->player(), player);
    QCOMPARE(player->source(), QUrl::fromLocalFile(m_sine));
}

void tst_AudioItemView::secondOpenUsesTheCache()
{
    WaveformCache *cache = m_view->waveformCache();
    const int computed = cache->computeCount();
    const int hits = cache->cacheHitCount();
    m_view->loadFile(m_sine);
    // Shown within the call, nothing decoded again.
    QVERIFY(m_view->isWaveformReady());
    QCOMPARE(cache->computeCount(), computed);
    QCOMPARE(cache->cacheHitCount(), hits + 1);
}

void tst_AudioItemView::clickSeeksThePlayer()
{
    WaveformView *wave = m_view->waveformView();
    const QRectF area = wave->waveRect();
    const QPoint at = QPointF(area.left() + area.width() * 0.75, area.center().y()).toPoint();
    QSignalSpy seek(wave, &WaveformView::seekRequested);
    QTest::mouseClick(wave, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(seek.count(), 1);
    const qint64 expected = wave->positionAt(at.x());
    QVERIFY(std::abs(expected - 1500) < 10);
    QCOMPARE(m_view->position(), expected);
    QCOMPARE(wave->position(), expected);
    QVERIFY(m_view->timeText().startsWith(QStringLiteral("0:01.")));
    // Playing starts there, with the player made on the way.
    m_view->play();
    QTRY_VERIFY(m_view->isPlaying());
    QTRY_VERIFY2(m_view->player()->position() >= expected - 50,
                 qPrintable(QString::number(m_view->player()->position())));
    m_view->pause();
    QTRY_VERIFY(!m_view->isPlaying());
    // A click while there is a player moves it too.
    QTest::mouseClick(wave, Qt::LeftButton, Qt::NoModifier, at);
    QTRY_VERIFY2(std::abs(m_view->player()->position() - expected) < 50,
                 qPrintable(QString::number(m_view->player()->position())));
    // Home goes back to the start, Right moves five seconds (to the end here).
    key(Qt::Key_Home);
    QCOMPARE(m_view->position(), 0);
    key(Qt::Key_Right);
    QCOMPARE(m_view->position(), 2000);
}

void tst_AudioItemView::dragDoesNotSeek()
{
    WaveformView *wave = m_view->waveformView();
    const QRectF area = wave->waveRect();
    QSignalSpy seek(wave, &WaveformView::seekRequested);
    const QPoint from = QPointF(area.left() + 100, area.center().y()).toPoint();
    QTest::mousePress(wave, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(wave, from + QPoint(60, 0));
    QTest::mouseRelease(wave, Qt::LeftButton, Qt::NoModifier, from + QPoint(120, 0));
    QCOMPARE(seek.count(), 0);
    QCOMPARE(m_view->position(), 0);
}

void tst_AudioItemView::spaceTogglesPlayback()
{
    QSignalSpy playing(m_view.get(), &AudioItemView::playingChanged);
    key(Qt::Key_Space);
    QTRY_VERIFY(m_view->isPlaying());
    QCOMPARE(m_view->action(AudioItemView::Action::PlayPause)->text(), QStringLiteral("Pause"));
    if (!m_view->hasAudioOutput()) {
        // No sound card here: the view says so, and plays on silently.
        QCOMPARE(m_view->playbackMessage(), QStringLiteral("No audio output: playing silently"));
    }
    // The playhead moves.
    QTRY_VERIFY(m_view->waveformView()->position() > 100);
    key(Qt::Key_Space);
    QTRY_VERIFY(!m_view->isPlaying());
    QCOMPARE(m_view->action(AudioItemView::Action::PlayPause)->text(), QStringLiteral("Play"));
    QCOMPARE(playing.count(), 2);
    QCOMPARE(playing.at(0).first().toBool(), true);
    QCOMPARE(playing.at(1).first().toBool(), false);
    const qint64 pausedAt = m_view->position();
    QVERIFY(pausedAt > 0);
    QTest::qWait(200);
    QCOMPARE(m_view->position(), pausedAt);
}

void tst_AudioItemView::speedChangesPlaybackRate()
{
    QSignalSpy rate(m_view.get(), &AudioItemView::playbackRateChanged);
    auto *combo = m_view->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(m_view->playbackRate(), 1.0);
    key(Qt::Key_BracketRight);
    QCOMPARE(m_view->playbackRate(), 1.25);
    QCOMPARE(combo->currentData().toDouble(), 1.25);
    // The player made by the first play takes the speed chosen before it.
    m_view->play();
    QCOMPARE(m_view->player()->playbackRate(), 1.25);
    m_view->pause();
    for (int i = 0; i < 10; ++i)
        key(Qt::Key_BracketRight);
    QCOMPARE(m_view->playbackRate(), 2.0); // the fastest offered
    QVERIFY(!m_view->action(AudioItemView::Action::Faster)->isEnabled());
    for (int i = 0; i < 10; ++i)
        key(Qt::Key_BracketLeft);
    QCOMPARE(m_view->playbackRate(), 0.5);
    QCOMPARE(m_view->player()->playbackRate(), 0.5);
    key(Qt::Key_Backslash);
    QCOMPARE(m_view->playbackRate(), 1.0);
    // The combo box sets it too.
    combo->setCurrentIndex(combo->findData(1.5));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(m_view->player()->playbackRate(), 1.5);
    QVERIFY(rate.count() >= 5);
}

void tst_AudioItemView::corruptedFileShowsItsNameAndNeverCrashes()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.wav"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) + QByteArray(500, '\xff'));
    }
    QSignalSpy failed(m_view.get(), &AudioItemView::loadFailed);
    m_view->loadFile(path);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
    QVERIFY(!m_view->isWaveformReady());
    QVERIFY(m_view->waveformView()->message().contains(path));
    // Playing, seeking and painting do nothing harmful.
    key(Qt::Key_Space);
    QVERIFY(!m_view->isPlaying());
    key(Qt::Key_Right);
    QTest::mouseClick(m_view->waveformView(), Qt::LeftButton);
    m_view->grab();
    // A good file afterwards shows normally.
    m_view->loadFile(m_sine);
    QVERIFY(m_view->isWaveformReady());
    QVERIFY(m_view->errorMessage().isEmpty());
}

void tst_AudioItemView::truncatedFileShowsWithAWarning()
{
    QFile whole(m_sine);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("cut.wav"));
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(whole.readAll().left(44 + 16000)); // the first half second of two
    cut.close();
    QSignalSpy failed(m_view.get(), &AudioItemView::loadFailed);
    m_view->loadFile(path);
    QTRY_VERIFY(m_view->isWaveformReady());
    QVERIFY2(m_view->warningMessage().startsWith(path + QStringLiteral(": ")),
             qPrintable(m_view->warningMessage() + QStringLiteral(" / ") + m_view->errorMessage()
                        + QStringLiteral(" / ") + QString::number(m_view->duration())));
    QVERIFY(m_view->warningMessage().contains(QStringLiteral("truncated")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_view->duration(), 500);
}

void tst_AudioItemView::classifyClipSingleAndMultiLabel()
{
    key(Qt::Key_2);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-music")});
    QTest::mouseClick(m_view->classBar()->button(QStringLiteral("c-noise")), Qt::LeftButton);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-noise")});
    // Undo and redo with the keyboard.
    QTest::keyClick(m_view->waveformView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-music")});
    QTest::keyClick(m_view->waveformView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(), QStringList{QStringLiteral("c-noise")});

    m_view->setTaxonomy(sounds(true));
    m_view->setAnnotation(m_annotationId);
    key(Qt::Key_1);
    QCOMPARE(stored(), (QStringList{QStringLiteral("c-noise"), QStringLiteral("c-speech")}));
    QVERIFY(m_view->classBar()->button(QStringLiteral("c-noise"))->isChecked());
    QVERIFY(m_view->classBar()->button(QStringLiteral("c-speech"))->isChecked());
    // Space still plays: the class buttons take no focus and so no Space.
    key(Qt::Key_Space);
    QTRY_VERIFY(m_view->isPlaying());
    QCOMPARE(stored(), (QStringList{QStringLiteral("c-noise"), QStringLiteral("c-speech")}));
}

void tst_AudioItemView::actionsShowTheirShortcut()
{
    const auto all = m_view->actions() + m_view->classActions();
    QCOMPARE(all.size(), 12);
    for (QAction *action : all) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
    }
}

void tst_AudioItemView::screenshot()
{
    const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
    const QString wav = qEnvironmentVariable("ASSAY_SCREENSHOT_WAV");
    if (dir.isEmpty() || wav.isEmpty())
        QSKIP("set ASSAY_SCREENSHOT_DIR and ASSAY_SCREENSHOT_WAV to save the screenshot");
    m_view->setTaxonomy(sounds(true));
    m_view->resize(960, 340);
    QSignalSpy ready(m_view.get(), &AudioItemView::waveformReady);
    m_view->loadFile(wav);
    QVERIFY(m_view->isWaveformReady() || ready.wait(10000));
    m_view->setAnnotation(m_annotationId);
    key(Qt::Key_1);
    key(Qt::Key_3);
    key(Qt::Key_BracketLeft);
    m_view->seek(m_view->duration() * 2 / 5);
    QTest::qWait(100); // layouts settle around the texts just set
    const QString suffix = applyScreenshotTheme();
    QTest::qWait(50);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/audio-view") + suffix
                                + QStringLiteral(".png")));
}

QTEST_MAIN(tst_AudioItemView)
#include "tst_audioitemview.moc"
