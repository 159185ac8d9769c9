// SPDX-License-Identifier: Apache-2.0
// The SHA-256 of a file, read in pieces: imports find media already in the project by it,
// export manifests record it.
#pragma once

#include "core/base/sha256.h"

#include <QByteArray>
#include <QString>

namespace assay::core::transfer::detail {

// Hex digest; empty when the file cannot be read.
inline QByteArray fileSha256(const QString &path)
{
    return sha256FileHex(path);
}

} // namespace assay::core::transfer::detail
