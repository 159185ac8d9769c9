// SPDX-License-Identifier: Apache-2.0
// People's keys: signatures, public keys as text, and key files that only the passphrase opens.
#include "core/identity/keys.h"
#include "core/identity/keystore.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::identity;

class tst_Keys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signaturesVerifyOnlyTheirMessageAndKey();
    void publicKeysAsText();
    void damagedPublicKeysAreRefused_data();
    void damagedPublicKeysAreRefused();
    void keyFileRoundTripWithMode0600();
    void wrongPassphraseIsRefused();
    void missingAndDamagedKeyFiles_data();
    void missingAndDamagedKeyFiles();
    void existingKeysAreNotReplacedByAccident();
};

void tst_Keys::signaturesVerifyOnlyTheirMessageAndKey()
{
    auto ann = SecretKeys::generate();
    auto bob = SecretKeys::generate();
    ASSAY_VERIFY_RESULT(ann);
    ASSAY_VERIFY_RESULT(bob);
    const QByteArray message("gold.set by ann");
    const QByteArray signature = ann->sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(verify(ann->publicKeys().signing, message, signature));
    QVERIFY(!verify(bob->publicKeys().signing, message, signature));
    QVERIFY(!verify(ann->publicKeys().signing, QByteArray("gold.set by bob"), signature));
    QByteArray flipped = signature;
    flipped[10] = char(flipped[10] ^ 1);
    QVERIFY(!verify(ann->publicKeys().signing, message, flipped));
    QVERIFY(!verify(QByteArray(3, 'x'), message, signature));
    // The same secret bytes give the same keys (what a key file stores).
    auto again = SecretKeys::fromBytes(ann->toBytes());
    ASSAY_VERIFY_RESULT(again);
    QCOMPARE(again->publicKeys(), ann->publicKeys());
}

void tst_Keys::publicKeysAsText()
{
    auto keys = SecretKeys::generate();
    ASSAY_VERIFY_RESULT(keys);
    const QString text = keys->publicKeys().toText();
    QVERIFY(text.startsWith(QLatin1String("assay-key-1:")));
    auto back = PublicKeys::fromText(QStringLiteral("  ") + text + QStringLiteral("\n"));
    ASSAY_VERIFY_RESULT(back);
    QCOMPARE(*back, keys->publicKeys());
    QCOMPARE(back->fingerprint().size(), 19);
}

void tst_Keys::damagedPublicKeysAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    auto a = SecretKeys::generate();
    auto b = SecretKeys::generate();
    const QString good = a->publicKeys().toText();
    // b's receiving key under a's signing key: a swapped receiving half.
    PublicKeys swapped = a->publicKeys();
    swapped.box = b->publicKeys().box;
    QTest::newRow("no prefix") << good.mid(12) << "not an Assay public key";
    QTest::newRow("truncated") << good.left(good.size() - 5) << "damaged";
    QTest::newRow("bad characters")
            << good.left(20) + QStringLiteral("!!") + good.mid(22) << "damaged";
    QTest::newRow("swapped receiving key") << swapped.toText() << "not signed";
}

void tst_Keys::damagedPublicKeysAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    auto keys = PublicKeys::fromText(text);
    QVERIFY(!keys);
    QVERIFY2(keys.error().message.contains(reason), qPrintable(keys.error().message));
}

void tst_Keys::keyFileRoundTripWithMode0600()
{
    QTemporaryDir dir;
    const KeyStore store(dir.filePath(QStringLiteral("keys")));
    auto keys = SecretKeys::generate();
    ASSAY_VERIFY_RESULT(store.save(QStringLiteral("ann"), *keys, "correct horse"));
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(store.fileFor(QStringLiteral("ann"))).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(store.directory()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));
    // The file holds no secret byte in clear.
    QFile file(store.fileFor(QStringLiteral("ann")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(keys->toBytes()));
    QVERIFY(!bytes.contains(keys->toBytes().toBase64()));

    auto loaded = store.load(QStringLiteral("ann"), "correct horse");
    ASSAY_VERIFY_RESULT(loaded);
    QCOMPARE(loaded->publicKeys(), keys->publicKeys());
    QCOMPARE(loaded->toBytes(), keys->toBytes());
    QCOMPARE(*store.publicKeys(QStringLiteral("ann")), keys->publicKeys());
    QCOMPARE(*store.names(), QStringList{QStringLiteral("ann")});
}

void tst_Keys::wrongPassphraseIsRefused()
{
    QTemporaryDir dir;
    const KeyStore store(dir.path());
    ASSAY_VERIFY_RESULT(store.save(QStringLiteral("ann"), *SecretKeys::generate(), "right"));
    auto loaded = store.load(QStringLiteral("ann"), "wrong");
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::Permission);
    QVERIFY(loaded.error().message.contains(QLatin1String("wrong passphrase for ann's key")));
    QCOMPARE(loaded.error().path, store.fileFor(QStringLiteral("ann")));
    QVERIFY(!store.load(QStringLiteral("ann"), ""));
}

void tst_Keys::missingAndDamagedKeyFiles_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "remove"
                             << "no key for ann";
    QTest::newRow("not JSON") << "garbage"
                              << "damaged JSON";
    QTest::newRow("public key swapped in the header")
            << "public"
            << "wrong passphrase for ann's key (or the key file was altered)";
    QTest::newRow("ciphertext cut") << "ciphertext"
                                    << "damaged fields";
    QTest::newRow("another person's file") << "name"
                                           << "is for bob, not ann";
    QTest::newRow("unreadable") << "unreadable"
                                << "cannot read the key file";
}

void tst_Keys::missingAndDamagedKeyFiles()
{
    QFETCH(QString, edit);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const KeyStore store(dir.path());
    ASSAY_VERIFY_RESULT(store.save(QStringLiteral("ann"), *SecretKeys::generate(), "pass"));
    const QString path = store.fileFor(QStringLiteral("ann"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    auto rewrite = [&](const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    if (edit == QLatin1String("remove")) {
        QVERIFY(QFile::remove(path));
    } else if (edit == QLatin1String("garbage")) {
        rewrite("{\"format\": ");
    } else if (edit == QLatin1String("public")) {
        o.insert(QStringLiteral("public"), SecretKeys::generate()->publicKeys().toText());
        rewrite(QJsonDocument(o).toJson());
    } else if (edit == QLatin1String("ciphertext")) {
        o.insert(QStringLiteral("ciphertext"),
                 o.value(QLatin1String("ciphertext")).toString().left(20));
        rewrite(QJsonDocument(o).toJson());
    } else if (edit == QLatin1String("name")) {
        o.insert(QStringLiteral("name"), QStringLiteral("bob"));
        rewrite(QJsonDocument(o).toJson());
    } else if (edit == QLatin1String("unreadable")) {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        QFile::setPermissions(path, QFileDevice::Permissions());
    }
    auto loaded = store.load(QStringLiteral("ann"), "pass");
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(reason), qPrintable(loaded.error().message));
    QCOMPARE(loaded.error().path, path);
}

void tst_Keys::existingKeysAreNotReplacedByAccident()
{
    QTemporaryDir dir;
    const KeyStore store(dir.path());
    auto first = SecretKeys::generate();
    ASSAY_VERIFY_RESULT(store.save(QStringLiteral("ann"), *first, "one"));
    const Status again = store.save(QStringLiteral("ann"), *SecretKeys::generate(), "two");
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(store.load(QStringLiteral("ann"), "one")->publicKeys(), first->publicKeys());
    QCOMPARE(store.save(QStringLiteral("../ann"), *first, "x").error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(store.save(QStringLiteral("ann2"), *first, "").error().code, ErrorCode::InvalidInput);
}

QTEST_MAIN(tst_Keys)
#include "tst_keys.moc"
