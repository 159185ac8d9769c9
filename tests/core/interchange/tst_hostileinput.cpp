// SPDX-License-Identifier: Apache-2.0
// Hostile annotation files: nesting far beyond any real file, entity expansion ("billion
// laughs"), a single enormous string. Each is refused with a reason naming the file, in bounded
// memory, never by a crash or a stack overflow.
#include "core/interchange/formatregistry.h"
#include "tests/testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace assay;
using namespace assay::core::interchange;

#if defined(__SANITIZE_ADDRESS__)
#define ASSAY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASSAY_ASAN 1
#endif
#endif

class tst_HostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedWithAReason_data();
    void refusedWithAReason();
};

static qint64 peakRssKiB()
{
    struct rusage usage = {};
    return getrusage(RUSAGE_SELF, &usage) == 0 ? qint64(usage.ru_maxrss) : -1;
}

static QByteArray repeat(const char *s, int n)
{
    return QByteArray(s).repeated(n);
}

static QByteArray billionLaughs(const QByteArray &root)
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY lol \"lol\">\n";
    QByteArray prev = "lol";
    for (int i = 1; i <= 9; ++i) {
        const QByteArray name = "lol" + QByteArray::number(i);
        dtd += "<!ENTITY " + name + " \"" + repeat(("&" + prev + ";").constData(), 10) + "\">\n";
        prev = name;
    }
    dtd += "]>\n";
    return dtd;
}

void tst_HostileInput::refusedWithAReason_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");

    const QByteArray empty = "\"images\": [], \"annotations\": [], \"categories\": []";
    for (int depth : {600, 100000}) {
        const QByteArray deep = repeat("[", depth) + repeat("]", depth);
        const QByteArray deepObjects = repeat("{\"a\":", depth) + "1" + repeat("}", depth);
        const QString d = QString::number(depth);
        QTest::newRow(qPrintable("COCO, unknown field nested " + d))
                << "coco"
                << "instances.json"
                << "{" + empty + ", \"extra\": " + deep + "}";
        QTest::newRow(qPrintable("COCO, attributes nested " + d))
                << "coco"
                << "instances.json"
                << "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\", \"width\": 4, "
                   "\"height\": 4}], \"categories\": [{\"id\": 1, \"name\": \"a\"}], "
                   "\"annotations\": [{\"id\": 1, \"image_id\": 1, \"category_id\": 1, "
                   "\"bbox\": [0, 0, 1, 1], \"attributes\": "
                           + deepObjects + "}]}";
        QTest::newRow(qPrintable("COCO, the whole file nested " + d)) << "coco"
                                                                      << "instances.json" << deep;
        QTest::newRow(qPrintable("Label Studio nested " + d))
                << "labelstudio"
                << "export.json"
                << "[{\"id\": 1, \"data\": {\"image\": \"a.jpg\", \"meta\": " + deepObjects
                           + "}, \"annotations\": []}]";
        QTest::newRow(qPrintable("JSON Lines nested " + d))
                << "jsonl"
                << "labels.jsonl"
                << "{\"item\": \"a.txt\", \"label\": " + deep + "}\n";
        const QByteArray deepXml = repeat("<a>", depth) + repeat("</a>", depth);
        QTest::newRow(qPrintable("CVAT nested " + d))
                << "cvat"
                << "annotations.xml"
                << "<?xml version=\"1.0\"?><annotations><version>1.1</version><meta>" + deepXml
                           + "</meta><image id=\"0\" name=\"a.jpg\" width=\"4\" height=\"4\">"
                           + deepXml + "</image></annotations>";
        QTest::newRow(qPrintable("VOC nested " + d))
                << "voc"
                << "a.xml"
                << "<annotation><filename>a.jpg</filename><size><width>4</width><height>4"
                   "</height></size><object><name>a</name>"
                           + deepXml
                           + "<bndbox><xmin>0</xmin><ymin>0</ymin><xmax>1</xmax><ymax>1</ymax>"
                             "</bndbox></object></annotation>";
    }
    // One string of 70 MB: the file may be large, a single name or text may not.
    const QByteArray huge(70 << 20, 'x');
    QTest::newRow("Label Studio text of 70 MB")
            << "labelstudio"
            << "export.json"
            << "[{\"id\": 1, \"data\": {\"text\": \"" + huge + "\"}, \"annotations\": []}]";
    QTest::newRow("COCO category name of 70 MB")
            << "coco"
            << "instances.json"
            << "{\"images\": [], \"annotations\": [], \"categories\": [{\"id\": 1, \"name\": \""
                       + huge + "\"}]}";
    QTest::newRow("JSON Lines label of 70 MB")
            << "jsonl"
            << "labels.jsonl"
            << "{\"item\": \"a.txt\", \"label\": \"" + huge + "\"}\n";
    QTest::newRow("CVAT billion laughs")
            << "cvat"
            << "annotations.xml"
            << billionLaughs("annotations")
                       + "<annotations><version>1.1</version><image id=\"0\" name=\"a.jpg\" "
                         "width=\"4\" height=\"4\"><tag label=\"&lol9;\"/></image></annotations>";
    QTest::newRow("VOC billion laughs")
            << "voc"
            << "a.xml"
            << billionLaughs("annotation")
                       + "<annotation><filename>a.jpg</filename><size><width>4</width><height>4"
                         "</height></size><object><name>&lol9;</name><bndbox><xmin>0</xmin>"
                         "<ymin>0</ymin><xmax>1</xmax><ymax>1</ymax></bndbox></object>"
                         "</annotation>";
    // Expansion that stays below the limit in depth but grows wide: 2 MiB from a few KiB.
    QByteArray wide = "<?xml version=\"1.0\"?>\n<!DOCTYPE annotation [\n<!ENTITY k \""
                      + QByteArray(1024, 'k') + "\">\n<!ENTITY m \"" + repeat("&k;", 2048)
                      + "\">\n]>\n";
    QTest::newRow("VOC 2 MiB of entity expansion")
            << "voc"
            << "a.xml"
            << wide
                       + "<annotation><filename>a.jpg</filename><object><name>&m;</name></object>"
                         "</annotation>";
}

void tst_HostileInput::refusedWithAReason()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    }
    const qint64 before = peakRssKiB();
    const auto read = FormatRegistry::builtIn().read(path, format, ReadOptions{});
    const qint64 after = peakRssKiB();
    QVERIFY2(!read, "a hostile file was read as a dataset");
    QVERIFY2(!read.error().toString().isEmpty(), "refused without a reason");
    QVERIFY2(read.error().toString().contains(fileName), qPrintable(read.error().toString()));
    // The reason is a line, not the document echoed back.
    QVERIFY2(read.error().toString().size() < 400, qPrintable(read.error().toString().left(400)));
#ifndef ASSAY_ASAN
    // Memory in proportion to the file, never to what it claims (AddressSanitizer's own
    // bookkeeping makes the figure meaningless there).
    if (before > 0 && after > 0)
        QVERIFY2(after - before < 64 * 1024 + 8 * content.size() / 1024,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(after - before)));
#else
    Q_UNUSED(before);
    Q_UNUSED(after);
#endif
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
