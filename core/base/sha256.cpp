// SPDX-License-Identifier: Apache-2.0
// SHA-256 with OpenSSL's EVP interface; QCryptographicHash only if libcrypto refuses to start one.
#include "core/base/sha256.h"

#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>

#include <openssl/evp.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace assay::core {

namespace {

constexpr qint64 kBlock = qint64(1) << 20;

const EVP_MD *sha256Method()
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    // Fetched once: with EVP_sha256() OpenSSL 3 looks the implementation up again at every
    // init, which shows when many small texts are hashed (the event log). Never freed: at exit
    // it could go after OpenSSL's own clean-up.
    static EVP_MD *const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (fetched)
        return fetched;
#endif
    return EVP_sha256();
}

} // namespace

struct Sha256::Private
{
    EVP_MD_CTX *context = nullptr;
    // Used when libcrypto cannot start a digest (no memory, a provider configuration that
    // fails): the digest is the same, only slower.
    std::optional<QCryptographicHash> fallback;
    // libcrypto failed after it started (not known to happen with SHA-256): no digest.
    bool failed = false;
    // Set by result(), which may be asked again.
    std::optional<QByteArray> digest;

    void start()
    {
        fallback.reset();
        failed = false;
        digest.reset();
        if (!context)
            context = EVP_MD_CTX_new();
        if (!context || EVP_DigestInit_ex(context, sha256Method(), nullptr) != 1)
            fallback.emplace(QCryptographicHash::Sha256);
    }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    d->start();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->context);
}

void Sha256::reset()
{
    d->start();
}

void Sha256::addData(QByteArrayView data)
{
    if (data.isEmpty() || d->failed || d->digest)
        return;
    if (d->fallback)
        d->fallback->addData(data);
    else if (EVP_DigestUpdate(d->context, data.data(), size_t(data.size())) != 1)
        d->failed = true;
}

bool Sha256::addData(QIODevice *device)
{
    if (!device || !device->isOpen() || !device->isReadable())
        return false;
    // A megabyte at a time, less for small files: a block is cheap to reuse, not to make.
    qint64 block = kBlock;
    if (!device->isSequential())
        block = qBound(qint64(4096), device->size() - device->pos() + 1, kBlock);
    const std::unique_ptr<char[]> buffer(new char[static_cast<size_t>(block)]);
    qint64 n = 0;
    while ((n = device->read(buffer.get(), block)) > 0)
        addData(QByteArrayView(buffer.get(), qsizetype(n)));
    return n == 0 && device->atEnd();
}

QByteArray Sha256::result()
{
    if (d->failed)
        return {};
    if (!d->digest) {
        if (d->fallback) {
            d->digest = d->fallback->result();
        } else {
            unsigned char bytes[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            if (EVP_DigestFinal_ex(d->context, bytes, &length) != 1) {
                d->failed = true;
                return {};
            }
            d->digest = QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(length));
        }
    }
    return *d->digest;
}

QByteArray Sha256::resultHex()
{
    return result().toHex();
}

struct Sha256Pipe::Private
{
    static constexpr size_t kMostHeld = 8; // blocks waiting: a few megabytes
    Sha256 hash;
    std::mutex lock;
    std::condition_variable changed;
    std::deque<QByteArray> blocks;
    std::vector<QByteArray> spare; // blocks hashed, their memory used again (no fresh pages)
    bool done = false;
    std::optional<QByteArray> digest;
    std::thread worker;

    void run()
    {
        for (;;) {
            QByteArray block;
            {
                std::unique_lock guard(lock);
                changed.wait(guard, [this] { return done || !blocks.empty(); });
                if (blocks.empty())
                    return; // done, and nothing left
                block = std::move(blocks.front());
                blocks.pop_front();
            }
            hash.addData(block);
            {
                const std::lock_guard guard(lock);
                spare.push_back(std::move(block));
            }
            changed.notify_all(); // room for the writer
        }
    }
};

Sha256Pipe::Sha256Pipe()
    : d(std::make_unique<Private>())
{
    d->worker = std::thread([this] { d->run(); });
}

Sha256Pipe::~Sha256Pipe()
{
    resultHex();
}

void Sha256Pipe::add(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    QByteArray block;
    {
        std::unique_lock guard(d->lock);
        d->changed.wait(guard, [this] { return d->blocks.size() < Private::kMostHeld; });
        if (d->done)
            return;
        if (!d->spare.empty()) {
            block = std::move(d->spare.back());
            d->spare.pop_back();
        }
    }
    // Copied without the lock: the thread hashes the blocks before it meanwhile.
    block.resize(data.size());
    std::memcpy(block.data(), data.data(), size_t(data.size()));
    {
        const std::lock_guard guard(d->lock);
        d->blocks.push_back(std::move(block));
    }
    d->changed.notify_all();
}

QByteArray Sha256Pipe::resultHex()
{
    if (!d->digest) {
        {
            const std::lock_guard guard(d->lock);
            d->done = true;
        }
        d->changed.notify_all();
        if (d->worker.joinable())
            d->worker.join();
        d->digest = d->hash.resultHex();
    }
    return *d->digest;
}

QByteArray sha256Hex(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.resultHex();
}

QByteArray sha256Hex(QIODevice *device)
{
    Sha256 hash;
    if (!hash.addData(device))
        return {};
    return hash.resultHex();
}

QByteArray sha256FileHex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    return sha256Hex(&file);
}

} // namespace assay::core
