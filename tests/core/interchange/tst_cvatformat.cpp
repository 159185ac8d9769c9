// SPDX-License-Identifier: Apache-2.0
// Tests of the CVAT for images 1.1 plug-in: task and project dumps, attributes, tags, round trips.
#include "core/interchange/cvatformat.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>

using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

class tst_CvatFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTaskDump();
    void readsProjectDump();
    void undeclaredLabel();
    void occludedWrittenAsWords_data();
    void occludedWrittenAsWords();
    void malformedXml_data();
    void malformedXml();
    void roundTripIsByteIdentical();
};

// As CVAT's "CVAT for images 1.1" export writes a task: two-space indentation, coordinates with
// two decimals, occluded as 0/1, attributes as children.
static const char kTask[] = R"(<?xml version="1.0" encoding="utf-8"?>
<annotations>
  <version>1.1</version>
  <meta>
    <task>
      <id>7</id>
      <name>street</name>
      <size>3</size>
      <mode>annotation</mode>
      <overlap>0</overlap>
      <bugtracker></bugtracker>
      <created>2023-05-02 09:12:40.417207+00:00</created>
      <updated>2023-05-02 10:01:02.871114+00:00</updated>
      <subset>default</subset>
      <start_frame>0</start_frame>
      <stop_frame>2</stop_frame>
      <frame_filter></frame_filter>
      <segments>
        <segment>
          <id>9</id>
          <start>0</start>
          <stop>2</stop>
          <url>http://localhost:8080/api/jobs/9</url>
        </segment>
      </segments>
      <owner>
        <username>admin</username>
        <email></email>
      </owner>
      <assignee></assignee>
      <labels>
        <label>
          <name>car</name>
          <color>#fa3253</color>
          <type>any</type>
          <attributes>
            <attribute>
              <name>model</name>
              <mutable>False</mutable>
              <input_type>select</input_type>
              <default_value>sedan</default_value>
              <values>sedan
suv</values>
            </attribute>
          </attributes>
        </label>
        <label>
          <name>person</name>
          <color>#33ddff</color>
          <type>any</type>
          <attributes>
          </attributes>
        </label>
        <label>
          <name>night</name>
          <color>#000000</color>
          <type>tag</type>
          <attributes>
          </attributes>
        </label>
      </labels>
    </task>
    <dumped>2023-05-02 10:05:11.002938+00:00</dumped>
  </meta>
  <image id="0" name="frame_000000.jpg" width="1280" height="720">
    <box label="car" source="manual" occluded="1" xtl="100.50" ytl="200.00" xbr="300.25" ybr="350.00" z_order="0">
      <attribute name="model">suv</attribute>
    </box>
    <box label="person" source="auto" occluded="0" xtl="10.00" ytl="20.00" xbr="40.00" ybr="90.00" z_order="1" rotation="15.5">
    </box>
    <polygon label="car" source="manual" occluded="0" points="1.00,2.00;3.00,4.00;5.00,1.00" z_order="0">
    </polygon>
    <points label="person" source="manual" occluded="0" points="5.00,5.00" z_order="0">
    </points>
    <tag label="night" source="manual">
    </tag>
  </image>
  <image id="1" name="frame_000001.jpg" width="1280" height="720">
  </image>
  <image id="2" name="frame_000002.jpg" width="1280" height="720">
    <box label="car" source="manual" occluded="0" xtl="1200.00" ytl="600.00" xbr="1300.00" ybr="700.00" z_order="0">
      <attribute name="model">sedan</attribute>
    </box>
  </image>
</annotations>
)";

void tst_CvatFormat::readsTaskDump()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir.path(), "annotations.xml", kTask);
    CvatFormat cvat;
    QCOMPARE(cvat.canRead(path), 95);
    QCOMPARE(cvat.canRead(dir.path()), 95);
    const auto result = cvat.read(dir.path(), {});
    ASSAY_VERIFY_RESULT(result);
    const Dataset &d = *result;
    QCOMPARE(d.images.size(), 3);
    QCOMPARE(d.images.at(2).sourceId, QStringLiteral("2"));
    QCOMPARE(d.categories.size(), 3);
    QCOMPARE(boxLines(d), (QStringList{"frame_000000.jpg car 100.5 200 199.75 150",
                                       "frame_000000.jpg person 10 20 30 70",
                                       "frame_000002.jpg car 1200 600 100 100"}));
    const QJsonObject car = d.boxes.at(0).attributes();
    QCOMPARE(car.value("occluded").toBool(), true);
    QCOMPARE(car.value("model").toString(), QStringLiteral("suv"));
    QVERIFY(!car.contains("z_order"));
    const QJsonObject person = d.boxes.at(1).attributes();
    QCOMPARE(person.value("occluded").toBool(), false);
    QCOMPARE(person.value("source").toString(), QStringLiteral("auto"));
    QCOMPARE(person.value("rotation").toDouble(), 15.5);
    QCOMPARE(person.value("z_order").toDouble(), 1.0);
    QCOMPARE(d.labels.size(), 1);
    QCOMPARE(d.categories.at(d.labels.first().category).name, QStringLiteral("night"));
    QCOMPARE(d.labels.first().image, 0);
    QCOMPARE(d.report.skippedCount(SkipReason::SegmentationPolygon), 1);
    QCOMPARE(d.report.skippedCount(SkipReason::UnsupportedShape), 1);
    QCOMPARE(d.report.imagesWithoutAnnotations, 1);
    QCOMPARE(d.report.warningCount(WarningKind::OutsideImage), 1);
    QCOMPARE(d.report.warnings.first().line, 81);
}

void tst_CvatFormat::readsProjectDump()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<annotations>
  <version>1.1</version>
  <meta>
    <project>
      <id>2</id>
      <name>p</name>
      <labels>
        <label>
          <name>cat</name>
          <attributes/>
        </label>
      </labels>
    </project>
  </meta>
  <image id="5" name="a.png" subset="Train" task_id="3" width="10" height="10">
    <box label="cat" source="manual" occluded="0" xtl="1" ytl="1" xbr="2" ybr="2" z_order="0"/>
  </image>
</annotations>)";
    const auto result = CvatFormat::parse(xml, "p.xml", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), 1);
    QCOMPARE(result->images.first().attributes.value("subset").toString(), QStringLiteral("Train"));
}

void tst_CvatFormat::undeclaredLabel()
{
    QByteArray xml = kTask;
    xml.replace("<box label=\"person\"", "<box label=\"truck\"");
    const auto result = CvatFormat::parse(xml, "a.xml", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), 2);
    QCOMPARE(result->report.warningCount(WarningKind::UnknownCategory), 1);
    QVERIFY(result->report.warnings.first().message.contains("truck"));
}

void tst_CvatFormat::occludedWrittenAsWords_data()
{
    QTest::addColumn<QByteArray>("occluded");
    QTest::addColumn<bool>("read");
    QTest::addColumn<int>("lenient");
    QTest::addColumn<int>("warnings");
    QTest::newRow("1") << QByteArray("1") << true << 0 << 0;
    QTest::newRow("true") << QByteArray("true") << true << 1 << 0;
    QTest::newRow("false") << QByteArray("false") << false << 1 << 0;
    QTest::newRow("unclear") << QByteArray("partly") << false << 0 << 1;
}

void tst_CvatFormat::occludedWrittenAsWords()
{
    QFETCH(QByteArray, occluded);
    QFETCH(bool, read);
    QFETCH(int, lenient);
    QFETCH(int, warnings);
    const QByteArray xml = "<annotations><version>1.1</version><image id=\"0\" name=\"a.png\" "
                           "width=\"10\" height=\"10\"><box label=\"cat\" occluded=\""
                           + occluded
                           + "\" xtl=\"1\" ytl=\"1\" xbr=\"2\" ybr=\"2\"/></image></annotations>";
    const auto result = CvatFormat::parse(xml, "a.xml", {});
    ASSAY_VERIFY_RESULT(result);
    QCOMPARE(result->boxes.size(), 1);
    QCOMPARE(result->boxes.first().attributes().value("occluded").toBool(), read);
    QCOMPARE(result->report.lenientCount(Leniency::FlagAsText), lenient);
    QCOMPARE(result->report.warningCount(WarningKind::MalformedEntry), warnings);
}

void tst_CvatFormat::malformedXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("where");
    QTest::newRow("truncated") << QByteArray(kTask).left(2500) << QStringLiteral("truncated");
    QTest::newRow("bad attribute")
            << QByteArray("<annotations>\n  <image id=\"0 name=\"a\"/>\n</annotations>")
            << QStringLiteral("line 2, column");
    QTest::newRow("version 2") << QByteArray("<annotations><version>2.0</version></annotations>")
                               << QStringLiteral("version 2.0");
}

void tst_CvatFormat::malformedXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, where);
    const auto result = CvatFormat::parse(xml, "annotations.xml", {});
    QVERIFY(!result);
    QCOMPARE(result.error().path, QStringLiteral("annotations.xml"));
    QVERIFY2(result.error().message.contains(where), qPrintable(result.error().toString()));
}

void tst_CvatFormat::roundTripIsByteIdentical()
{
    QTemporaryDir dir;
    const auto first = CvatFormat::parse(kTask, "annotations.xml", {});
    ASSAY_VERIFY_RESULT(first);
    const QString out1 = dir.filePath("one.xml");
    ASSAY_VERIFY_RESULT(CvatFormat().write(*first, out1, {}));
    const QByteArray once = readAll(out1);
    QVERIFY2(once.contains(
                     R"(<box label="car" source="manual" occluded="1" xtl="100.5" ytl="200" xbr="300.25" ybr="350" z_order="0">)"),
             once.constData());
    QVERIFY(once.contains(R"(<attribute name="model">suv</attribute>)"));
    QVERIFY(once.contains(R"(z_order="1" rotation="15.5")"));
    QVERIFY(once.contains(R"(<tag label="night" source="manual"/>)"));
    const auto second = CvatFormat().read(out1, {});
    ASSAY_VERIFY_RESULT(second);
    QCOMPARE(boxLines(*second), boxLines(*first));
    for (qsizetype i = 0; i < first->boxes.size(); ++i)
        QCOMPARE(second->boxes.at(i).attributes(), first->boxes.at(i).attributes());
    QCOMPARE(second->labels.size(), 1);
    QCOMPARE(CvatFormat::serialize(*second), once);
}

QTEST_MAIN(tst_CvatFormat)
#include "tst_cvatformat.moc"
