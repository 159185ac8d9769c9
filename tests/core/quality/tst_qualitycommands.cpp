// SPDX-License-Identifier: Apache-2.0
// The agreement, box-agreement and consensus subcommands, run in-process: JSON, text, exit codes.
#include "app/cli/quality/qualitycommands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace assay::app;

struct Run
{
    int status = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

static Run run(CommandFn command, const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliIo io{out, err, false};
    r.status = command(args, io);
    out.flush();
    err.flush();
    return r;
}

static QString fixture(const QString &name)
{
    return QStringLiteral(ASSAY_QUALITY_FIXTURES) + u'/' + name;
}

class tst_QualityCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void agreementJsonHasTheDocumentedFieldsInOrder();
    void agreementJsonMatchesTheReferenceValues();
    void agreementJsonGivesNullAndReasonWhereUndefined();
    void agreementPairwiseListsEveryPair();
    void agreementTextIsATable();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void badInputNamesFileLineAndReason_data();
    void badInputNamesFileLineAndReason();
    void helpPrintsUsage();
    void boxAgreementJsonHasThePairs();
    void boxAgreementClassAgnosticAndThreshold();
    void boxAgreementText();
    void consensusMajorityReportsTies();
    void consensusDawidSkeneEstimatesRatersAndPriors();
    void consensusText();

private:
    QString write(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString tst_QualityCommands::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_QualityCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_QualityCommands::agreementJsonHasTheDocumentedFieldsInOrder()
{
    const Run r = run(runAgreement, {fixture("random_two_raters.csv"), "--json"});
    QCOMPARE(r.status, int(ExitOk));
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // Key order is part of the output contract (QJsonObject would sort it away).
    const QStringList keys{"items",       "raters",   "labels",       "percent_agreement",
                           "cohen_kappa", "scott_pi", "fleiss_kappa", "krippendorff_alpha",
                           "notes"};
    qsizetype last = -1;
    for (const QString &key : keys) {
        const qsizetype at = r.out.indexOf(QLatin1Char('"') + key + QLatin1String("\":"));
        QVERIFY2(at > last, qPrintable(key));
        last = at;
    }
}

void tst_QualityCommands::agreementJsonMatchesTheReferenceValues()
{
    // References from fixtures/generate_reference.py (sklearn 1.2.1, nltk 3.8).
    const QJsonObject o = run(runAgreement, {fixture("random_two_raters.csv"), "--json"}).json();
    QCOMPARE(o["items"].toInt(), 60);
    QCOMPARE(o["raters"].toInt(), 2);
    QCOMPARE(o["labels"].toInt(), 3);
    QVERIFY(o["cohen_kappa"].isDouble());
    QVERIFY(qAbs(o["cohen_kappa"].toDouble() - 0.3524283935) < 1e-9);
    QVERIFY(qAbs(o["scott_pi"].toDouble() - 0.3490506989) < 1e-9);
    QVERIFY(qAbs(o["percent_agreement"].toDouble() - 0.5666666667) < 1e-9);
    QVERIFY(qAbs(o["krippendorff_alpha"].toDouble() - 0.3544752764) < 1e-9);
    QVERIFY(o["fleiss_kappa"].isDouble());
    QVERIFY(o["notes"].toObject().isEmpty());
}

void tst_QualityCommands::agreementJsonGivesNullAndReasonWhereUndefined()
{
    const QJsonObject o = run(runAgreement, {fixture("random_four_raters_missing.csv"), "--json"})
                                  .json();
    QVERIFY(o["cohen_kappa"].isNull());
    QVERIFY(o["scott_pi"].isNull());
    QVERIFY(o["fleiss_kappa"].isNull());
    QVERIFY(qAbs(o["krippendorff_alpha"].toDouble() - 0.3864260963) < 1e-9);
    const QJsonObject notes = o["notes"].toObject();
    QCOMPARE(notes.keys(), (QStringList{"cohen_kappa", "fleiss_kappa", "scott_pi"}));
    QVERIFY(notes["cohen_kappa"].toString().contains("exactly two raters"));
    QVERIFY(notes["fleiss_kappa"].toString().contains("unequal"));

    const QString same = write("same.csv", "item,rater,label\n1,a,x\n1,b,x\n2,a,x\n2,b,x\n");
    const QJsonObject s = run(runAgreement, {same, "--json"}).json();
    QCOMPARE(s["percent_agreement"].toDouble(), 1.0);
    QVERIFY(s["krippendorff_alpha"].isNull());
    QVERIFY(s["notes"].toObject()["krippendorff_alpha"].toString().contains("same label"));
}

void tst_QualityCommands::agreementPairwiseListsEveryPair()
{
    const QJsonObject o
            = run(runAgreement, {fixture("random_five_raters.csv"), "--json", "--pairwise"}).json();
    const QJsonArray pairs = o["pairwise"].toArray();
    QCOMPARE(pairs.size(), 10);
    const QJsonObject first = pairs.first().toObject();
    QCOMPARE(first["a"].toString(), QStringLiteral("r0"));
    QCOMPARE(first["b"].toString(), QStringLiteral("r1"));
    QCOMPARE(first["items"].toInt(), 50);
    // sklearn 1.2.1 cohen_kappa_score(r0, r1).
    QVERIFY(qAbs(first["cohen_kappa"].toDouble() - 0.7516556291) < 1e-9);
    QVERIFY(first["note"].isNull());
    QVERIFY(qAbs(o["fleiss_kappa"].toDouble() - 0.4767038306) < 1e-9);

    const QString disjoint = write("d.csv", "item,rater,label\n1,a,x\n1,b,y\n2,c,x\n2,b,x\n");
    const QJsonArray d
            = run(runAgreement, {disjoint, "--json", "--pairwise"}).json()["pairwise"].toArray();
    QCOMPARE(d.size(), 3);
    const QJsonObject ac = d[1].toObject();
    QCOMPARE(ac["a"].toString(), QStringLiteral("a"));
    QCOMPARE(ac["b"].toString(), QStringLiteral("c"));
    QCOMPARE(ac["items"].toInt(), 0);
    QVERIFY(ac["cohen_kappa"].isNull());
    QVERIFY(ac["note"].toString().contains("in common"));
}

void tst_QualityCommands::agreementTextIsATable()
{
    const Run r = run(runAgreement, {fixture("random_two_raters.csv"), "--pairwise"});
    QCOMPARE(r.status, int(ExitOk));
    QVERIFY(r.out.contains("60 items, 2 raters, 3 labels, 120 ratings"));
    QVERIFY(r.out.contains(QRegularExpression("Cohen's kappa +0\\.3524")));
    QVERIFY(r.out.contains(QRegularExpression("r0 +r1 +60 +0\\.3524")));
}

void tst_QualityCommands::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("agreement: no file") << 0 << QStringList{"--json"} << "no input file";
    QTest::newRow("agreement: two files") << 0 << QStringList{"a.csv", "b.csv"} << "more than one";
    QTest::newRow("agreement: unknown option")
            << 0 << QStringList{"a.csv", "--jsn"} << "Unknown option";
    QTest::newRow("box: iou not a number") << 1 << QStringList{"b.csv", "--iou", "high"} << "--iou";
    QTest::newRow("box: iou above one") << 1 << QStringList{"b.csv", "--iou", "1.5"} << "--iou";
    QTest::newRow("box: iou zero") << 1 << QStringList{"b.csv", "--iou=0"} << "--iou";
    QTest::newRow("consensus: no method") << 2 << QStringList{"r.csv"} << "--method";
    QTest::newRow("consensus: unknown method")
            << 2 << QStringList{"r.csv", "--method", "vote"} << "unknown method";
    QTest::newRow("consensus: bad cap")
            << 2 << QStringList{"r.csv", "--method", "dawid-skene", "--max-iterations", "0"}
            << "--max-iterations";
}

static CommandFn commandAt(int i)
{
    static const CommandFn commands[] = {runAgreement, runBoxAgreement, runConsensus};
    return commands[i];
}

void tst_QualityCommands::badArgumentsAreUsageErrors()
{
    QFETCH(int, command);
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Run r = run(commandAt(command), args);
    QCOMPARE(r.status, int(ExitUsage));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(r.err.contains("usage: assay"));
}

void tst_QualityCommands::badInputNamesFileLineAndReason_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message"); // after "<path>: "
    QTest::newRow("agreement: wrong header")
            << 0 << QByteArray("item,annotator,label\n1,a,x\n") << QStringList()
            << "line 1: the header is \"item,annotator,label\"; expected item,rater,label";
    QTest::newRow("agreement: malformed row")
            << 0 << QByteArray("item,rater,label\r\n1,a,x\r\n2,\"b,x\r\n") << QStringList()
            << "line 3: a quoted field is not closed";
    QTest::newRow("agreement: repeated rating")
            << 0 << QByteArray("item,rater,label\n1,a,x\n1,a,y\n") << QStringList()
            << "line 3: item \"1\" was already rated by \"a\" on line 2; each rater rates an item "
               "at most once";
    QTest::newRow("box-agreement: bad number")
            << 1 << QByteArray("image,rater,x,y,w,h,label\ni,a,0,0,wide,1,car\n") << QStringList()
            << "line 2: w \"wide\" is not a number";
    QTest::newRow("consensus: field count")
            << 2 << QByteArray("item,rater,label\n1,a\n") << QStringList{"--method", "majority"}
            << "line 2: 2 fields; expected 3";
}

void tst_QualityCommands::badInputNamesFileLineAndReason()
{
    QFETCH(int, command);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString path = write("input.csv", content);
    const Run r = run(commandAt(command), QStringList{path, "--json"} + extra);
    QCOMPARE(r.status, int(ExitFailure));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(path + ": " + message), qPrintable(r.err));

    const QString missing = m_dir->filePath("missing.csv");
    const Run m = run(commandAt(command), QStringList{missing} + extra);
    QCOMPARE(m.status, int(ExitFailure));
    QVERIFY2(m.err.contains(missing + ": no such file"), qPrintable(m.err));
}

void tst_QualityCommands::helpPrintsUsage()
{
    const Run r = run(runConsensus, {"--help"});
    QCOMPARE(r.status, int(ExitOk));
    QVERIFY(r.out.contains("usage: assay consensus"));
}

void tst_QualityCommands::boxAgreementJsonHasThePairs()
{
    // amy/bob: the greedy-defeating layout on img1 (2 Hungarian matches), one unmatched box
    // of bob's on img2. cy draws one box that matches amy's second box on img1.
    const QString path = write("boxes.csv", "image,rater,x,y,w,h,label\r\n"
                                            "img1,amy,0,0,10,10,car\r\n"
                                            "img1,amy,4,0,10,10,car\r\n"
                                            "img1,bob,1,0,10,10,car\r\n"
                                            "img1,bob,-3,0,10,10,car\r\n"
                                            "img2,bob,0,0,5,5,car\r\n"
                                            "img1,cy,4,0,10,10,car\r\n");
    const Run r = run(runBoxAgreement, {path, "--json"});
    QCOMPARE(r.status, int(ExitOk));
    const QJsonArray pairs = r.json()["pairs"].toArray();
    QCOMPARE(pairs.size(), 3);
    const QJsonObject ab = pairs[0].toObject();
    QCOMPARE(ab["a"].toString(), QStringLiteral("amy"));
    QCOMPARE(ab["b"].toString(), QStringLiteral("bob"));
    QCOMPARE(ab["matched"].toInt(), 2);
    QVERIFY(qAbs(ab["precision"].toDouble() - 2.0 / 3) < 1e-12);
    QCOMPARE(ab["recall"].toDouble(), 1.0);
    QVERIFY(qAbs(ab["f1"].toDouble() - 0.8) < 1e-12);
    QVERIFY(qAbs(ab["mean_iou"].toDouble() - 7.0 / 13) < 1e-12);
    const QStringList order{"a", "b", "matched", "precision", "recall", "f1", "mean_iou"};
    qsizetype last = -1;
    for (const QString &key : order) {
        const qsizetype at = r.out.indexOf(QLatin1Char('"') + key + QLatin1String("\":"));
        QVERIFY2(at > last, qPrintable(key));
        last = at;
    }
    const QJsonObject ac = pairs[1].toObject();
    QCOMPARE(ac["b"].toString(), QStringLiteral("cy"));
    QCOMPARE(ac["matched"].toInt(), 1);
    QCOMPARE(ac["precision"].toDouble(), 1.0);
    QCOMPARE(ac["mean_iou"].toDouble(), 1.0);
}

void tst_QualityCommands::boxAgreementClassAgnosticAndThreshold()
{
    const QString path = write("boxes.csv", "image,rater,x,y,w,h,label\n"
                                            "i,a,0,0,10,10,car\n"
                                            "i,b,0,0,10,20,bus\n");
    auto matched = [&](const QStringList &extra) {
        const Run r = run(runBoxAgreement, QStringList{path, "--json"} + extra);
        return r.json()["pairs"].toArray()[0].toObject()["matched"].toInt();
    };
    QCOMPARE(matched({}), 0);
    QCOMPARE(matched({"--class-agnostic"}), 1);
    QCOMPARE(matched({"--class-agnostic", "--iou", "0.6"}), 0);
    const QJsonObject none = run(runBoxAgreement, {path, "--json"}).json()["pairs"][0].toObject();
    QVERIFY(none["mean_iou"].isNull());
    QCOMPARE(none["f1"].toDouble(), 0.0);
}

void tst_QualityCommands::boxAgreementText()
{
    const QString path = write("boxes.csv", "image,rater,x,y,w,h,label\n"
                                            "i,a,0,0,10,10,car\n"
                                            "i,b,0,0,10,10,car\n");
    const Run r = run(runBoxAgreement, {path});
    QCOMPARE(r.status, int(ExitOk));
    QVERIFY(r.out.contains("IoU threshold 0.5"));
    QVERIFY(r.out.contains(QRegularExpression("a +b +1 +1 +1 +1\\.0000 +1\\.0000")));
}

void tst_QualityCommands::consensusMajorityReportsTies()
{
    const QString path = write("r.csv", "item,rater,label\n"
                                        "p1,a,cat\np1,b,cat\np1,c,dog\n"
                                        "p2,a,cat\np2,b,dog\n");
    const Run r = run(runConsensus, {path, "--method", "majority", "--json"});
    QCOMPARE(r.status, int(ExitOk));
    const QJsonObject o = r.json();
    const QJsonArray items = o["items"].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0]["item"].toString(), QStringLiteral("p1"));
    QCOMPARE(items[0]["label"].toString(), QStringLiteral("cat"));
    QVERIFY(qAbs(items[0]["confidence"].toDouble() - 2.0 / 3) < 1e-12);
    QVERIFY(items[0]["tied"].toArray().isEmpty());
    QVERIFY(items[1]["label"].isNull());
    QCOMPARE(items[1]["confidence"].toDouble(), 0.5);
    QCOMPARE(items[1]["tied"].toArray(), (QJsonArray{"cat", "dog"}));
    QVERIFY(o["raters"].toArray().isEmpty());
    QVERIFY(o["priors"].toObject().isEmpty());
    QCOMPARE(o["method"].toString(), QStringLiteral("majority"));
}

void tst_QualityCommands::consensusDawidSkeneEstimatesRatersAndPriors()
{
    const Run r = run(runConsensus, {fixture("random_four_raters_missing.csv"), "--method",
                                     "dawid-skene", "--json"});
    QCOMPARE(r.status, int(ExitOk));
    const QJsonObject o = r.json();
    QVERIFY(r.out.indexOf("\"items\"") < r.out.indexOf("\"raters\""));
    QVERIFY(r.out.indexOf("\"raters\"") < r.out.indexOf("\"priors\""));
    QCOMPARE(o["converged"].toBool(), true);
    // NumPy reference in fixtures/generate_reference.py.
    const QJsonArray raters = o["raters"].toArray();
    QCOMPARE(raters.size(), 4);
    QCOMPARE(raters[0]["rater"].toString(), QStringLiteral("r0"));
    QVERIFY(qAbs(raters[0]["accuracy"].toDouble() - 0.9404221897) < 0.0005);
    QVERIFY(qAbs(raters[3]["accuracy"].toDouble() - 0.5883199859) < 0.0005);
    const QJsonObject priors = o["priors"].toObject();
    QVERIFY(qAbs(priors["dog"].toDouble() - 0.3466871403) < 0.0005);
    QCOMPARE(o["items"].toArray().at(17).toObject()["item"].toString(), QStringLiteral("item017"));
    QCOMPARE(o["items"].toArray().at(17).toObject()["label"].toString(), QStringLiteral("fox"));
}

void tst_QualityCommands::consensusText()
{
    const QString path = write("r.csv", "item,rater,label\np1,a,cat\np1,b,dog\n");
    const Run r = run(runConsensus, {path, "--method", "dawid-skene"});
    QCOMPARE(r.status, int(ExitOk));
    QVERIFY2(r.out.contains("tie: cat, dog"), qPrintable(r.out));
    QVERIFY(r.out.contains("estimated accuracy"));
    QVERIFY(r.out.contains("estimated prior"));
}

QTEST_GUILESS_MAIN(tst_QualityCommands)
#include "tst_qualitycommands.moc"
