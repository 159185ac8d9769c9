// SPDX-License-Identifier: Apache-2.0
// Helpers for the audio tests and benchmark: WAV files written with libsndfile.
#pragma once

#include <QFile>
#include <QString>

#include <sndfile.h>

#include <cmath>
#include <functional>
#include <vector>

namespace assay::test {

// Writes a 16-bit PCM WAV of `frames` frames; sample(frame, channel) gives values in -1..1.
// Written in blocks, so an hour of audio needs little memory.
inline bool writeWav(const QString &path, int sampleRate, int channels, qint64 frames,
                     const std::function<double(qint64, int)> &sample)
{
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = channels;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    const qint64 block = 65536;
    std::vector<short> buffer(size_t(block * channels));
    bool ok = true;
    for (qint64 start = 0; start < frames && ok; start += block) {
        const qint64 n = std::min(block, frames - start);
        for (qint64 f = 0; f < n; ++f) {
            for (int c = 0; c < channels; ++c) {
                const double v = std::clamp(sample(start + f, c), -1.0, 1.0);
                buffer[size_t(f * channels + c)] = short(std::lround(v * 32767.0));
            }
        }
        ok = sf_writef_short(file, buffer.data(), n) == n;
    }
    return sf_close(file) == 0 && ok;
}

// One second of a 440 Hz sine at half amplitude, then one second of silence.
inline bool writeSineThenSilence(const QString &path, int sampleRate = 16000)
{
    return writeWav(path, sampleRate, 1, 2 * qint64(sampleRate), [sampleRate](qint64 f, int) {
        return f < sampleRate ? 0.5 * std::sin(2 * M_PI * 440.0 * double(f) / sampleRate) : 0.0;
    });
}

} // namespace assay::test
