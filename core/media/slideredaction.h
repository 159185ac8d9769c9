// SPDX-License-Identifier: Apache-2.0
// A whole-slide file without its label, macro and thumbnail images, for the copies of people
// who may not see them (a label can show a patient's name).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace assay::core::media {

// The same bytes as the slide file but for patches: the images' data overwritten with zeros
// and their directories taken out of the file's chain, so that OpenSlide reads the slide's
// levels as before and lists none of the images. Being patches of the original, the redacted
// file's hash is computed from the original and the file itself written when it is sent, never
// kept beside it.
struct SlideRedaction
{
    struct Patch
    {
        qint64 offset = 0;
        qint64 length = 0;
        QByteArray bytes; // `length` bytes; empty: zeros
    };
    QList<Patch> patches; // by offset, none overlapping
    QStringList removed;  // the images taken out: "thumbnail", "label", "macro", ...
};

// The redaction of an Aperio slide (SVS: a TIFF whose first directory says "Aperio"; its
// images are the directories that are not tiled). nullopt: not such a file, or it carries no
// image beside the slide. An error: the file cannot be read as a TIFF.
Result<std::optional<SlideRedaction>> redactionOf(const QString &path);

// The SHA-256 (hex) of the redacted file, read from the original; with `originalSha256`, the
// original's too, from the same read (the intake needs both).
Result<QString> redactedSha256(const QString &path, const SlideRedaction &redaction,
                               QString *originalSha256 = nullptr);

// Writes the redacted file to `to` (atomically); refused, and nothing left, when its hash is not
// `sha256` (the original changed since the hash was recorded).
Status writeRedacted(const QString &from, const QString &to, const SlideRedaction &redaction,
                     const QString &sha256);

} // namespace assay::core::media
