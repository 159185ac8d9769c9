// SPDX-License-Identifier: Apache-2.0
// The SHA-256 of a file, read in pieces: imports find media already in the project by it,
// export manifests record it.
#pragma once

#include <QCryptographicHash>
#include <QFile>

namespace assay::core::transfer::detail {

// Hex digest; empty when the file cannot be read.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

} // namespace assay::core::transfer::detail
