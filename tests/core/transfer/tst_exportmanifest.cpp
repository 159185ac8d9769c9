// SPDX-License-Identifier: Apache-2.0
// The export manifest read back: its layout checked, paths kept inside its folder, and the files
// it lists found missing or changed.
#include "core/base/sha256.h"
#include "core/transfer/exportmanifest.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using namespace assay::core::transfer;

class tst_ExportManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatAnExportWrites();
    void refusesWhatIsNotAManifest_data();
    void refusesWhatIsNotAManifest();
    void newerVersionIsUnsupported();
    void missingAndChangedFilesAreFound();
    void emptyAndHugeFilesAreRefusedBeforeParsing();
};

static QJsonObject entry(const QString &path, const QByteArray &content)
{
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("bytes"), double(content.size())},
                       {QStringLiteral("sha256"), QString::fromLatin1(sha256Hex(content))}};
}

static QJsonObject manifest(const QJsonArray &files)
{
    return QJsonObject{
            {QStringLiteral("assay_manifest"), 1},
            {QStringLiteral("project"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")},
                         {QStringLiteral("name"), QStringLiteral("Birds")}}},
            {QStringLiteral("snapshot"),
             QJsonObject{{QStringLiteral("event_seq"), 42},
                         {QStringLiteral("event_id"), QStringLiteral("e42")},
                         {QStringLiteral("event_hash"), QStringLiteral("abc")}}},
            {QStringLiteral("format"), QStringLiteral("yolo")},
            {QStringLiteral("selection"), QStringLiteral("final")},
            {QStringLiteral("classes"), QJsonArray{QStringLiteral("bird"), QStringLiteral("nest")}},
            {QStringLiteral("unknown_later_field"), QJsonObject{{QStringLiteral("x"), 1}}},
            {QStringLiteral("files"), files},
    };
}

static QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void tst_ExportManifest::readsWhatAnExportWrites()
{
    const auto m = ExportManifest::parse(text(manifest({entry(QStringLiteral("labels/a.txt"),
                                                              "0 0.5 0.5 0.1 0.1\n"),
                                                        entry(QStringLiteral("classes.txt"),
                                                              "bird\nnest\n")})),
                                         QStringLiteral("m.json"));
    ASSAY_VERIFY_RESULT(m);
    QCOMPARE(m->version, 1);
    QCOMPARE(m->projectId, QStringLiteral("p1"));
    QCOMPARE(m->projectName, QStringLiteral("Birds"));
    QCOMPARE(m->eventSeq, 42);
    QCOMPARE(m->eventHash, QStringLiteral("abc"));
    QCOMPARE(m->format, QStringLiteral("yolo"));
    QCOMPARE(m->classes, (QStringList{QStringLiteral("bird"), QStringLiteral("nest")}));
    QCOMPARE(m->files.size(), 2);
    QCOMPARE(m->files[0].path, QStringLiteral("labels/a.txt"));
    QCOMPARE(m->files[0].bytes, 18);
    QCOMPARE(m->files[1].sha256, sha256Hex(QByteArray("bird\nnest\n")));
}

void tst_ExportManifest::refusesWhatIsNotAManifest_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    const QByteArray good = sha256Hex(QByteArray("x"));
    auto withFile = [&](const QJsonValue &path, const QJsonValue &bytes = 1,
                        const QJsonValue &sha = QJsonValue()) {
        return text(manifest({QJsonObject{{QStringLiteral("path"), path},
                                          {QStringLiteral("bytes"), bytes},
                                          {QStringLiteral("sha256"),
                                           sha.isUndefined() || sha.isNull()
                                                   ? QJsonValue(QString::fromLatin1(good))
                                                   : sha}}}));
    };
    QTest::newRow("not JSON") << QByteArray("{\"assay_manifest\": 1,") << "at byte";
    QTest::newRow("an array") << QByteArray("[1, 2]") << "not a JSON object";
    QTest::newRow("no version") << QByteArray("{\"files\": []}") << "\"assay_manifest\"";
    QTest::newRow("version as text")
            << QByteArray("{\"assay_manifest\": \"1\", \"files\": []}") << "\"assay_manifest\"";
    QTest::newRow("no files") << QByteArray("{\"assay_manifest\": 1}") << "\"files\"";
    QTest::newRow("parent folder") << withFile(QStringLiteral("../secret.txt")) << "relative";
    QTest::newRow("parent inside") << withFile(QStringLiteral("labels/../../x")) << "relative";
    QTest::newRow("absolute") << withFile(QStringLiteral("/etc/passwd")) << "relative";
    QTest::newRow("drive letter") << withFile(QStringLiteral("C:/x.txt")) << "relative";
    QTest::newRow("backslash") << withFile(QStringLiteral("..\\x.txt")) << "relative";
    QTest::newRow("empty path") << withFile(QString()) << "relative";
    QTest::newRow("newline") << withFile(QStringLiteral("a\nb.txt")) << "relative";
    QTest::newRow("escape") << withFile(QStringLiteral("\x1b[31ma.txt")) << "relative";
    QTest::newRow("right-to-left override")
            << withFile(QStringLiteral("a") + QChar(0x202e) + QStringLiteral("txt.exe"))
            << "relative";
    QTest::newRow("path a number") << withFile(7) << "relative";
    QTest::newRow("negative size") << withFile(QStringLiteral("a.txt"), -1) << "size";
    QTest::newRow("fractional size") << withFile(QStringLiteral("a.txt"), 1.5) << "size";
    QTest::newRow("size as text") << withFile(QStringLiteral("a.txt"), QStringLiteral("1"))
                                  << "size";
    QTest::newRow("short digest") << withFile(QStringLiteral("a.txt"), 1, QStringLiteral("abc"))
                                  << "SHA-256";
    QTest::newRow("upper-case digest")
            << withFile(QStringLiteral("a.txt"), 1, QString::fromLatin1(good.toUpper()))
            << "SHA-256";
    QTest::newRow("listed twice") << text(
            manifest({entry(QStringLiteral("a.txt"), "x"), entry(QStringLiteral("a.txt"), "x")}))
                                  << "twice";
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += '[';
    QTest::newRow("nested 5000 deep") << deep << "at byte";
}

void tst_ExportManifest::refusesWhatIsNotAManifest()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto m = ExportManifest::parse(json, QStringLiteral("out/manifest.json"));
    QVERIFY(!m);
    QCOMPARE(m.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m.error().path, QStringLiteral("out/manifest.json"));
    QVERIFY2(m.error().message.contains(reason), qPrintable(m.error().message));
    // Nothing of the input is echoed: the message stays one short line.
    QVERIFY(!m.error().message.contains(QLatin1Char('\n')));
    QVERIFY(!m.error().message.contains(QChar(0x1b)));
}

void tst_ExportManifest::newerVersionIsUnsupported()
{
    QJsonObject o = manifest({});
    o.insert(QStringLiteral("assay_manifest"), 2);
    const auto m = ExportManifest::parse(text(o), QStringLiteral("m.json"));
    QVERIFY(!m);
    QCOMPARE(m.error().code, ErrorCode::Unsupported);
}

void tst_ExportManifest::missingAndChangedFilesAreFound()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("labels")));
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(QStringLiteral("labels/a.txt"), "0 0.5 0.5 0.1 0.1\n");
    write(QStringLiteral("labels/b.txt"), "1 0.5 0.5 0.1 0.1\n");
    write(QStringLiteral("labels/c.txt"), "1 0.2 0.5 0.1 0.1\n");
    write(QStringLiteral("manifest.json"),
          text(manifest({entry(QStringLiteral("labels/a.txt"), "0 0.5 0.5 0.1 0.1\n"),
                         entry(QStringLiteral("labels/b.txt"), "1 0.5 0.5 0.1 0.1\n"),
                         entry(QStringLiteral("labels/c.txt"), "1 0.2 0.5 0.1 0.1\n")})));
    const QString path = dir.filePath(QStringLiteral("manifest.json"));

    auto check = verifyExport(path);
    ASSAY_VERIFY_RESULT(check);
    QVERIFY(check->intact());
    QCOMPARE(check->checked, 3);

    // Same size, one digit changed; another file removed.
    write(QStringLiteral("labels/b.txt"), "2 0.5 0.5 0.1 0.1\n");
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("labels/c.txt"))));
    check = verifyExport(path);
    ASSAY_VERIFY_RESULT(check);
    QVERIFY(!check->intact());
    QCOMPARE(check->checked, 2);
    QCOMPARE(check->changed, QStringList{QStringLiteral("labels/b.txt")});
    QCOMPARE(check->missing, QStringList{QStringLiteral("labels/c.txt")});
}

void tst_ExportManifest::emptyAndHugeFilesAreRefusedBeforeParsing()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.json"));
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto m = ExportManifest::read(empty);
    QVERIFY(!m);
    QVERIFY2(m.error().message.contains(QStringLiteral("empty")), qPrintable(m.error().message));

    // A sparse file larger than the limit: refused from its size, never read.
    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ExportManifest::maxBytes + 1));
    }
    m = ExportManifest::read(huge);
    QVERIFY(!m);
    QVERIFY2(m.error().message.contains(QStringLiteral("MiB")), qPrintable(m.error().message));

    m = ExportManifest::read(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!m);
    QCOMPARE(m.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_ExportManifest)
#include "tst_exportmanifest.moc"
