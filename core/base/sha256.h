// SPDX-License-Identifier: Apache-2.0
// SHA-256 of buffers, devices and files, through OpenSSL's libcrypto: it uses the CPU's SHA
// instructions where there are some (SHA-NI: about 1.8 GB/s, seven times QCryptographicHash).
// Digests are the standard ones (FIPS 180-4), written as 64 lowercase hex digits like
// QCryptographicHash::result().toHex().
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

class QIODevice;

namespace assay::core {

// Incremental SHA-256: addData() as often as needed, then result() or resultHex().
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // Reads the device from where it stands to its end, a megabyte at a time; false on a read
    // error (the digest is then of what was read, and not to be used).
    bool addData(QIODevice *device);

    // The digest of everything added since construction or reset(): 32 bytes, or 64 hex digits
    // (empty only if libcrypto failed in the middle, which it is not known to do). Ends the
    // computation: data added afterwards is ignored until reset().
    QByteArray result();
    QByteArray resultHex();
    void reset();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// SHA-256 computed on a thread of its own as the data comes: a writer hands over each block it
// writes, and the digest of a file of hundreds of megabytes is ready when the file is (instead
// of reading the file again afterwards). Blocks are copied; at most a few are held at a time
// (add() waits when the thread is behind).
class Sha256Pipe
{
public:
    Sha256Pipe();
    ~Sha256Pipe();
    Sha256Pipe(const Sha256Pipe &) = delete;
    Sha256Pipe &operator=(const Sha256Pipe &) = delete;

    void add(QByteArrayView data);
    // Waits for the blocks given so far; the hex digest of all of them. Ends the pipe.
    QByteArray resultHex();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Hex digest (64 lowercase digits) of a buffer.
QByteArray sha256Hex(QByteArrayView data);
// Hex digest of the rest of a device; empty when reading fails.
QByteArray sha256Hex(QIODevice *device);
// Hex digest of a file, read in blocks of a megabyte; empty when it cannot be opened or read.
QByteArray sha256FileHex(const QString &path);

} // namespace assay::core
