// SPDX-License-Identifier: Apache-2.0
// The SHA-256 helper against the published test vectors of FIPS 180-2 (appendix B), whole and
// in pieces, from a device and from files larger than its read block.
#include "core/base/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace assay::core;

class tst_Sha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nistVectors_data();
    void nistVectors();
    void incrementalPieces_data();
    void incrementalPieces();
    void pipePieces_data();
    void pipePieces();
    void device();
    void resultTwiceAndReset();
    void files_data();
    void files();
    void unreadableFileIsEmpty();
};

void tst_Sha256::nistVectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-2, appendix B.1, B.2 and B.3; the empty message from the NIST examples.
    QTest::newRow("abc") << QByteArray(
            "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("448 bits")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("one million a")
            << QByteArray(1'000'000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void tst_Sha256::nistVectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(sha256Hex(message), digest);
    Sha256 hash;
    hash.addData(message);
    QCOMPARE(hash.result(), QByteArray::fromHex(digest));
    // The same digest as QCryptographicHash, which the project used before.
    QCOMPARE(sha256Hex(message),
             QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex());
}

void tst_Sha256::incrementalPieces_data()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("1") << 1;
    QTest::newRow("63") << 63;
    QTest::newRow("64") << 64;
    QTest::newRow("65") << 65;
    QTest::newRow("1000") << 1000;
    QTest::newRow("all") << 1'000'000;
}

void tst_Sha256::incrementalPieces()
{
    QFETCH(int, piece);
    const QByteArray message(1'000'000, 'a');
    Sha256 hash;
    for (qsizetype at = 0; at < message.size(); at += piece)
        hash.addData(QByteArrayView(message.constData() + at,
                                    qMin<qsizetype>(piece, message.size() - at)));
    QCOMPARE(hash.resultHex(),
             QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

// The digest computed on another thread as blocks come, in pieces of every size (more blocks
// than the pipe holds at once, so that the writer waits for the thread), and of nothing.
void tst_Sha256::pipePieces_data()
{
    QTest::addColumn<int>("piece");
    QTest::newRow("63") << 63;
    QTest::newRow("65") << 65;
    QTest::newRow("4096") << 4096;
    QTest::newRow("all") << 1'000'000;
    QTest::newRow("none") << 0;
}

void tst_Sha256::pipePieces()
{
    QFETCH(int, piece);
    const QByteArray message(piece == 0 ? 0 : 1'000'000, 'a');
    Sha256Pipe pipe;
    for (qsizetype at = 0; at < message.size(); at += piece)
        pipe.add(QByteArrayView(message.constData() + at,
                                qMin<qsizetype>(piece, message.size() - at)));
    const QByteArray expected
            = piece == 0
                      ? QByteArray(
                              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                      : QByteArray(
                              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    QCOMPARE(pipe.resultHex(), expected);
    QCOMPARE(pipe.resultHex(), expected); // asked again: the same
    pipe.add(QByteArrayView("more"));     // after the end: ignored
    QCOMPARE(pipe.resultHex(), expected);
}

void tst_Sha256::device()
{
    QByteArray text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(&buffer),
             QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    // From where the device stands.
    QVERIFY(buffer.seek(text.size() - 3));
    QCOMPARE(sha256Hex(&buffer), sha256Hex(QByteArray("opq")));
    // A device that cannot be read gives no digest.
    QBuffer closed;
    QCOMPARE(sha256Hex(&closed), QByteArray());
}

void tst_Sha256::resultTwiceAndReset()
{
    Sha256 hash;
    hash.addData(QByteArray("abc"));
    const QByteArray first = hash.resultHex();
    QCOMPARE(first, QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(hash.resultHex(), first);
    hash.reset();
    QCOMPARE(hash.resultHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    hash.reset();
    hash.addData(QByteArray("ab"));
    hash.addData(QByteArray("c"));
    QCOMPARE(hash.resultHex(), first);
}

void tst_Sha256::files_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty file")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray(
            "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("one million a")
            << QByteArray(1'000'000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // Three and a half read blocks of 1 MiB, bytes of every value.
    QByteArray large(3 * (1 << 20) + (1 << 19) + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 7 + i / 251) & 0xff);
    QTest::newRow("3.5 MiB") << large
                             << QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex();
}

void tst_Sha256::files()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, digest);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    QCOMPARE(sha256FileHex(path), digest);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(&file), digest);
}

void tst_Sha256::unreadableFileIsEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(sha256FileHex(dir.filePath(QStringLiteral("missing.bin"))), QByteArray());
    QCOMPARE(sha256FileHex(dir.path()), QByteArray()); // a folder
}

QTEST_GUILESS_MAIN(tst_Sha256)
#include "tst_sha256.moc"
