// SPDX-License-Identifier: Apache-2.0
// Tests of the Pascal VOC plug-in: labelImg and devkit files, pixel convention, exact round trips.
#include "core/interchange/vocformat.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>

using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

class tst_VocFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLabelImgFile();
    void readsDevkitLayout();
    void pixelConvention();
    void malformedXmlNamesLineAndColumn_data();
    void malformedXmlNamesLineAndColumn();
    void notVocIsRejected();
    void badObjects();
    void flagsWrittenAsWords_data();
    void flagsWrittenAsWords();
    void roundTripIsExact();
};

// As labelImg's PascalVocWriter saves it: tab indentation, absolute <path>, truncated set for a
// box touching the border.
static const char kLabelImg[] = "<annotation>\n"
                                "\t<folder>images</folder>\n"
                                "\t<filename>dog.jpg</filename>\n"
                                "\t<path>/home/user/images/dog.jpg</path>\n"
                                "\t<source>\n"
                                "\t\t<database>Unknown</database>\n"
                                "\t</source>\n"
                                "\t<size>\n"
                                "\t\t<width>500</width>\n"
                                "\t\t<height>375</height>\n"
                                "\t\t<depth>3</depth>\n"
                                "\t</size>\n"
                                "\t<segmented>0</segmented>\n"
                                "\t<object>\n"
                                "\t\t<name>dog</name>\n"
                                "\t\t<pose>Unspecified</pose>\n"
                                "\t\t<truncated>1</truncated>\n"
                                "\t\t<difficult>0</difficult>\n"
                                "\t\t<bndbox>\n"
                                "\t\t\t<xmin>1</xmin>\n"
                                "\t\t\t<ymin>24</ymin>\n"
                                "\t\t\t<xmax>231</xmax>\n"
                                "\t\t\t<ymax>375</ymax>\n"
                                "\t\t</bndbox>\n"
                                "\t</object>\n"
                                "\t<object>\n"
                                "\t\t<name>person</name>\n"
                                "\t\t<pose>Left</pose>\n"
                                "\t\t<truncated>0</truncated>\n"
                                "\t\t<difficult>1</difficult>\n"
                                "\t\t<bndbox>\n"
                                "\t\t\t<xmin>300</xmin>\n"
                                "\t\t\t<ymin>50</ymin>\n"
                                "\t\t\t<xmax>400.5</xmax>\n"
                                "\t\t\t<ymax>200</ymax>\n"
                                "\t\t</bndbox>\n"
                                "\t</object>\n"
                                "</annotation>\n";

void tst_VocFormat::readsLabelImgFile()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "dog.xml", kLabelImg);
    VocFormat voc;
    QCOMPARE(voc.canRead(path), 90);
    QCOMPARE(voc.canRead(dir.path()), 85);
    const auto result = voc.read(path, {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.images.size(), 1);
    QCOMPARE(d.images.at(0).path, QStringLiteral("dog.jpg"));
    QCOMPARE(d.images.at(0).width, 500);
    QCOMPARE(d.images.at(0).height, 375);
    QCOMPARE(d.categories.size(), 2);
    QCOMPARE(boxLines(d),
             (QStringList{"dog.jpg dog 0 23 231 352", "dog.jpg person 299 49 101.5 151"}));
    QCOMPARE(d.boxes.at(0).attributes().value("truncated").toInt(), 1);
    QCOMPARE(d.boxes.at(1).attributes().value("difficult").toInt(), 1);
    QCOMPARE(d.boxes.at(1).attributes().value("pose").toString(), QStringLiteral("Left"));
    QVERIFY(d.report.warnings.isEmpty());
}

void tst_VocFormat::readsDevkitLayout()
{
    QTemporaryDir dir;
    // VOCdevkit/VOC2007/Annotations/000005.xml names JPEGImages/000005.jpg.
    QByteArray xml
            = "<annotation>\n\t<folder>VOC2007</folder>\n\t<filename>000005.jpg</filename>\n"
              "\t<source>\n\t\t<database>The VOC2007 Database</database>\n\t\t<annotation>PASCAL VOC2007</annotation>\n"
              "\t\t<image>flickr</image>\n\t\t<flickrid>325991873</flickrid>\n\t</source>\n"
              "\t<owner>\n\t\t<flickrid>archintent louisville</flickrid>\n\t\t<name>?</name>\n\t</owner>\n"
              "\t<size>\n\t\t<width>500</width>\n\t\t<height>375</height>\n\t\t<depth>3</depth>\n\t</size>\n"
              "\t<segmented>0</segmented>\n\t<object>\n\t\t<name>chair</name>\n\t\t<pose>Rear</pose>\n"
              "\t\t<truncated>0</truncated>\n\t\t<difficult>0</difficult>\n\t\t<bndbox>\n"
              "\t\t\t<xmin>263</xmin>\n\t\t\t<ymin>211</ymin>\n\t\t\t<xmax>324</xmax>\n\t\t\t<ymax>339</ymax>\n"
              "\t\t</bndbox>\n\t</object>\n\t<object>\n\t\t<name>person</name>\n\t\t<pose>Unspecified</pose>\n"
              "\t\t<truncated>0</truncated>\n\t\t<difficult>0</difficult>\n\t\t<bndbox>\n"
              "\t\t\t<xmin>1</xmin>\n\t\t\t<ymin>1</ymin>\n\t\t\t<xmax>500</xmax>\n\t\t\t<ymax>375</ymax>\n"
              "\t\t</bndbox>\n\t\t<part>\n\t\t\t<name>head</name>\n\t\t\t<bndbox>\n\t\t\t\t<xmin>1</xmin>\n"
              "\t\t\t\t<ymin>1</ymin>\n\t\t\t\t<xmax>5</xmax>\n\t\t\t\t<ymax>5</ymax>\n\t\t\t</bndbox>\n"
              "\t\t</part>\n\t</object>\n</annotation>\n";
    writeFixture(dir.path(), "VOC2007/Annotations/000005.xml", xml);
    writeFixture(dir.path(), "VOC2007/ImageSets/Main/train.txt", "000005\n");
    const auto result = VocFormat().read(dir.path(), {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->images.at(0).path, QStringLiteral("VOC2007/JPEGImages/000005.jpg"));
    // The whole image: 1..500 inclusive is [0, 500) in continuous coordinates.
    QCOMPARE(boxLines(*result).at(1),
             QStringLiteral("VOC2007/JPEGImages/000005.jpg person 0 0 500 375"));
    QCOMPARE(result->report.warningCount(WarningKind::OutsideImage), 0);
    QCOMPARE(result->report.skippedCount(SkipReason::UnsupportedShape), 1); // the <part>
    QCOMPARE(VocFormat::annotationPathFor(result->images.at(0).path),
             QStringLiteral("VOC2007/Annotations/000005.xml"));
}

void tst_VocFormat::pixelConvention()
{
    Dataset d;
    d.images << DatasetImage{"a.jpg", 10, 10, {}, {}};
    d.categories << DatasetCategory{{}, "x", {}};
    DatasetBox box;
    box.image = 0;
    box.category = 0;
    box.x = 0;
    box.y = 2;
    box.w = 10;
    box.h = 3;
    d.boxes << box;
    const QByteArray xml = VocFormat::serialize(d, 0);
    QVERIFY2(xml.contains("<xmin>1</xmin>") && xml.contains("<xmax>10</xmax>"), xml.constData());
    QVERIFY(xml.contains("<ymin>3</ymin>") && xml.contains("<ymax>5</ymax>"));
    QVERIFY(xml.contains("\t<filename>a.jpg</filename>"));
}

void tst_VocFormat::malformedXmlNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("where");
    QTest::newRow("mismatched tag")
            << QByteArray("<annotation>\n\t<filename>a.jpg</file>\n</annotation>")
            << QStringLiteral("line 2, column");
    QTest::newRow("truncated") << QByteArray(kLabelImg).left(400) << QStringLiteral("truncated");
    QTest::newRow("garbage") << QByteArray("<annotation>\n<object><name>a</name></object>\n<<>")
                             << QStringLiteral("line 3");
}

void tst_VocFormat::malformedXmlNamesLineAndColumn()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "bad.xml", xml);
    const auto result = VocFormat().read(path, {});
    QVERIFY(!result);
    QCOMPARE(result.error().path, path);
    QVERIFY2(result.error().message.contains(where), qPrintable(result.error().toString()));
}

void tst_VocFormat::notVocIsRejected()
{
    Dataset d;
    const auto status = VocFormat::parse("<annotations><version>1.1</version></annotations>",
                                         "c.xml", {}, d, {});
    QVERIFY(!status);
    QVERIFY(status.error().message.contains("<annotations>"));
}

void tst_VocFormat::badObjects()
{
    const QByteArray xml
            = "<annotation>\n<filename>a.jpg</filename>\n<size><width>100</width><height>100</height></size>\n"
              "<object><name>a</name><bndbox><xmin>50</xmin><ymin>5</ymin><xmax>40</xmax><ymax>9</ymax></bndbox></object>\n"
              "<object><name>a</name><bndbox><xmin>x</xmin><ymin>5</ymin><xmax>40</xmax><ymax>9</ymax></bndbox></object>\n"
              "<object><name>a</name><bndbox><xmin>90</xmin><ymin>5</ymin><xmax>140</xmax><ymax>9</ymax></bndbox></object>\n"
              "</annotation>\n";
    Dataset d;
    ASSAY_VERIFY_RESULT(VocFormat::parse(xml, "a.xml", {}, d, {}));
    QCOMPARE(d.boxes.size(), 1);
    QCOMPARE(d.report.warningCount(WarningKind::NegativeSize), 1);
    QCOMPARE(d.report.warningCount(WarningKind::MalformedEntry), 1);
    QCOMPARE(d.report.warningCount(WarningKind::OutsideImage), 1);
    QCOMPARE(d.report.warnings.at(0).line, 4);
    QCOMPARE(d.report.warnings.at(1).line, 5);
}

void tst_VocFormat::flagsWrittenAsWords_data()
{
    QTest::addColumn<QByteArray>("difficult");
    QTest::addColumn<int>("read");     // the flag as read
    QTest::addColumn<int>("lenient");  // counted as Leniency::FlagAsText
    QTest::addColumn<int>("warnings"); // unclear: a warning, read as 0
    QTest::newRow("1") << QByteArray("1") << 1 << 0 << 0;
    QTest::newRow("0") << QByteArray("0") << 0 << 0 << 0;
    QTest::newRow("true") << QByteArray("true") << 1 << 1 << 0;
    QTest::newRow("False") << QByteArray("False") << 0 << 1 << 0;
    QTest::newRow("yes") << QByteArray("yes") << 1 << 1 << 0;
    QTest::newRow("unclear") << QByteArray("sometimes") << 0 << 0 << 1;
}

void tst_VocFormat::flagsWrittenAsWords()
{
    QFETCH(QByteArray, difficult);
    QFETCH(int, read);
    QFETCH(int, lenient);
    QFETCH(int, warnings);
    const QByteArray xml = "<annotation><filename>a.jpg</filename><size><width>100</width>"
                           "<height>100</height></size><object><name>a</name><difficult>"
                           + difficult
                           + "</difficult><bndbox><xmin>5</xmin><ymin>5</ymin><xmax>40</xmax>"
                             "<ymax>9</ymax></bndbox></object></annotation>\n";
    Dataset d;
    ASSAY_VERIFY_RESULT(VocFormat::parse(xml, "a.xml", {}, d, {}));
    QCOMPARE(d.boxes.size(), 1);
    QCOMPARE(d.boxes.first().attributes().value("difficult").toInt(), read);
    QCOMPARE(d.report.lenientCount(Leniency::FlagAsText), lenient);
    QCOMPARE(d.report.warningCount(WarningKind::MalformedEntry), warnings);
}

void tst_VocFormat::roundTripIsExact()
{
    QTemporaryDir dir;
    writeFixture(dir.path(), "in/dog.xml", kLabelImg);
    writeFixture(dir.path(), "in/sub/cat.xml",
                 "<annotation><filename>cat.png</filename><size><width>64</width><height>64</height>"
                 "<depth>1</depth></size><object><name>cat</name><occluded>1</occluded><bndbox><xmin>1.25</xmin>"
                 "<ymin>2</ymin><xmax>63.75</xmax><ymax>64</ymax></bndbox></object></annotation>");
    const auto first = VocFormat().read(dir.filePath("in"), {});
    ASSAY_VERIFY_RESULT(first);
    QCOMPARE(first->images.at(1).path, QStringLiteral("sub/cat.png"));
    ASSAY_VERIFY_RESULT(VocFormat().write(*first, dir.filePath("out1"), {}));
    // The labelImg file comes back with the same values, element for element.
    const QByteArray exported = readAll(dir.filePath("out1/dog.xml"));
    for (const char *element :
         {"<xmin>1</xmin>", "<ymin>24</ymin>", "<xmax>231</xmax>", "<ymax>375</ymax>",
          "<xmax>400.5</xmax>", "<truncated>1</truncated>", "<pose>Left</pose>",
          "<path>/home/user/images/dog.jpg</path>", "<folder>images</folder>"})
        QVERIFY2(exported.contains(element), element);
    const QByteArray cat = readAll(dir.filePath("out1/sub/cat.xml"));
    QVERIFY(cat.contains("<xmin>1.25</xmin>") && cat.contains("<xmax>63.75</xmax>")
            && cat.contains("<occluded>1</occluded>"));
    const auto second = VocFormat().read(dir.filePath("out1"), {});
    ASSAY_VERIFY_RESULT(second);
    QCOMPARE(boxLines(*second), boxLines(*first));
    for (qsizetype i = 0; i < first->boxes.size(); ++i) {
        QCOMPARE(second->boxes.at(i).x, first->boxes.at(i).x);
        QCOMPARE(second->boxes.at(i).w, first->boxes.at(i).w);
        QCOMPARE(second->boxes.at(i).attributes(), first->boxes.at(i).attributes());
    }
    ASSAY_VERIFY_RESULT(VocFormat().write(*second, dir.filePath("out2"), {}));
    QCOMPARE(readAll(dir.filePath("out2/dog.xml")), exported);
    QCOMPARE(readAll(dir.filePath("out2/sub/cat.xml")), cat);
}

QTEST_MAIN(tst_VocFormat)
#include "tst_vocformat.moc"
