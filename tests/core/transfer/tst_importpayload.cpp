// SPDX-License-Identifier: Apache-2.0
// The reader of an import's bulk payload on payloads no writer makes (the inputs fuzz_payload
// found): refused as malformed, never a crash, never a half box handed on.
#include "core/transfer/importpayload.h"
#include "tests/testutil.h"

#include <QTest>

using namespace assay;
using namespace assay::core::transfer;

namespace {

class Collector final : public ImportPayloadHandler
{
public:
    Status header(const ImportPayloadHeader &h) override
    {
        classes = h.classes;
        return {};
    }
    Status annotations(ImportAnnotations &a) override
    {
        rows += qsizetype(a.rows.size());
        return {};
    }
    Status prelabel(const ImportPrelabelRow &row) override
    {
        prelabels.append(row.x.has_value());
        return {};
    }
    QStringList classes;
    qsizetype rows = 0;
    QList<bool> prelabels; // whether each had a box
};

} // namespace

class tst_ImportPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheWriterWrites();
    void refusesMalformedPayloads_data();
    void refusesMalformedPayloads();
};

static const QByteArray head
        = "{\"mode\":\"prelabels\",\"format\":\"coco_results\",\"source\":\"/r.json\","
          "\"model\":\"m\",\"person_id\":\"p1\",\"taxonomy_version\":1,"
          "\"guideline_version\":0,";

void tst_ImportPayload::readsWhatTheWriterWrites()
{
    Collector c;
    ASSAY_VERIFY_RESULT(readImportPayload(
            head
                    + "\"classes\":[\"c1\"],\"summary\":\"{}\",\"prelabels\":[[\"a\",0,1,2,3,4,0.9],"
                      "[\"b\",0,null,null,null,null,null]]}",
            QStringLiteral("e1"), c));
    QCOMPARE(c.classes, QStringList{QStringLiteral("c1")});
    QCOMPARE(c.prelabels, (QList<bool>{true, false}));
}

void tst_ImportPayload::refusesMalformedPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("classes not a list")
            << head + "\"classes\":5,\"summary\":\"{}\",\"prelabels\":[[\"a\",0,1,2,3,4,null]]}";
    QTest::newRow("classes a string")
            << head + "\"classes\":\"c1\",\"summary\":\"{}\",\"prelabels\":[]}";
    QTest::newRow("box without its size")
            << head + "\"classes\":[\"c1\"],\"summary\":\"{}\",\"prelabels\":[[\"a\",0,1,0,null,null,null]]}";
    QTest::newRow("box of zero width")
            << head + "\"classes\":[\"c1\"],\"summary\":\"{}\",\"prelabels\":[[\"a\",0,1,2,0,4,null]]}";
    QTest::newRow("class out of range")
            << head + "\"classes\":[\"c1\"],\"summary\":\"{}\",\"prelabels\":[[\"a\",1,1,2,3,4,null]]}";
    QTest::newRow("rows not a list") << head + "\"classes\":[\"c1\"],\"prelabels\":{}}";
    // The handler has the header (no classes) when the first rows come: classes given after
    // them would let later rows name a class the handler never had.
    QTest::newRow("classes after the rows")
            << head + "\"prelabels\":[],\"classes\":[\"c1\"],\"prelabels\":[[\"a\",0,1,2,3,4,null]]}";
    QTest::newRow("mode after the rows")
            << head + "\"classes\":[\"c1\"],\"prelabels\":[],\"mode\":\"labels\"}";
    QTest::newRow("not JSON") << QByteArray("{\"mode\":");
}

void tst_ImportPayload::refusesMalformedPayloads()
{
    QFETCH(QByteArray, payload);
    Collector c;
    const Status st = readImportPayload(payload, QStringLiteral("e1"), c);
    QVERIFY(!st);
    QCOMPARE(st.error().code, ErrorCode::InvalidInput);
    QVERIFY2(st.error().message.contains(QStringLiteral("e1")), qPrintable(st.error().message));
}

QTEST_GUILESS_MAIN(tst_ImportPayload)
#include "tst_importpayload.moc"
