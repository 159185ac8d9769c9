// SPDX-License-Identifier: Apache-2.0
// "assay dupes", run as a process: the groups in text and JSON, the threshold, keeping one of
// a group (and the refusals), with the log intact afterwards.
#include "tests/app/clirunner.h"
#include "tests/core/media/nearduplicatefixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Run = assay::tests::CliRun;

class tst_DupesCli : public QObject
{
    Q_OBJECT

private:
    Run assay(const QStringList &args)
    {
        // As lead1, the owner makeProject gives; --as names someone else.
        return assay::tests::runAssay(m_dir->path(), args, 120000, QStringLiteral("lead1"));
    }

    // A project holding the fixture's pictures under media/.
    void makeProject()
    {
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("media")));
        m_fixture = assay::tests::writeNearDuplicateFixture(
                m_dir->filePath(QStringLiteral("media")));
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay"),
                        QStringLiteral("--owner"), QStringLiteral("lead1")})
                         .status,
                 0);
        const Run added = assay(
                {QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("media")});
        QCOMPARE(added.status, 3); // the byte-identical copy is refused, the rest added
        QVERIFY2(added.err.contains(m_fixture.exactCopy), qPrintable(added.err));
    }

    static QStringList names(const QJsonArray &items)
    {
        QStringList out;
        for (const auto &v : items)
            out.append(QFileInfo(v.toObject().value(QLatin1String("path")).toString()).fileName());
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    assay::tests::NearDuplicateFixture m_fixture;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void listsGroupsAsTextAndJson()
    {
        makeProject();
        Run r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral(
                         "2 groups of near-duplicates among 14 images (threshold 8 of 64 bits)")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("group 1: 7 images")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("group 2: 2 images")), qPrintable(r.out));
        // One line per picture: distance, pixels, size, path.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                         "\\n +6 +640×480 +[0-9.,]+ [kKM]i?B +media/a-marked.png\\n"))),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(
                         QStringLiteral("\\n +0 +320×240 .* media/a-half.png\\n"))),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("a-crop.png")));
        QVERIFY(!r.out.contains(QStringLiteral("other-")));

        r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("threshold")).toInt(), 8);
        QCOMPARE(o.value(QLatin1String("images")).toInt(), 14);
        const QJsonArray groups = o.value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        const QJsonObject first = groups.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("size")).toInt(), 7);
        const QJsonArray items = first.value(QLatin1String("items")).toArray();
        QCOMPARE(names(items),
                 (QStringList{QStringLiteral("a-brighter.png"), QStringLiteral("a-half.png"),
                              QStringLiteral("a-q35.jpg"), QStringLiteral("a.png"),
                              QStringLiteral("a-small-q60.jpg"), QStringLiteral("a-noisy.png"),
                              QStringLiteral("a-marked.png")}));
        const QJsonObject half = items.at(1).toObject();
        for (const char *key : {"id", "path", "phash"})
            QVERIFY2(half.value(QLatin1String(key)).isString(), key);
        QCOMPARE(half.value(QLatin1String("width")).toInt(), 320);
        QCOMPARE(half.value(QLatin1String("height")).toInt(), 240);
        QCOMPARE(qint64(half.value(QLatin1String("bytes")).toDouble()),
                 QFileInfo(m_dir->filePath(QStringLiteral("media/a-half.png"))).size());
        QCOMPARE(items.at(6).toObject().value(QLatin1String("distance")).toInt(), 6);
        QCOMPARE(names(groups.at(1).toObject().value(QLatin1String("items")).toArray()),
                 (QStringList{QStringLiteral("b-q40.jpg"), QStringLiteral("b.png")}));
    }

    void thresholdOption()
    {
        makeProject();
        Run r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"),
                       QStringLiteral("--threshold"), QStringLiteral("0"),
                       QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QJsonArray groups = r.json().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 1); // equal hashes only: b-q40.jpg is one bit off b.png
        QCOMPARE(groups.at(0).toObject().value(QLatin1String("size")).toInt(), 4);

        r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"),
                   QStringLiteral("--threshold"), QStringLiteral("3")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("group 1: 6 images")), qPrintable(r.out));

        for (const char *bad : {"-1", "25", "eight", "8.5"}) {
            r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"),
                       QStringLiteral("--threshold"), QLatin1String(bad)});
            QCOMPARE(r.status, 64);
            QVERIFY2(r.err.contains(
                             QStringLiteral("--threshold is a whole number of bits from 0 to 24")),
                     qPrintable(r.err));
        }
        r = assay({QStringLiteral("dupes")});
        QCOMPARE(r.status, 64);
        QVERIFY(r.err.contains(QStringLiteral("usage")));
        r = assay({QStringLiteral("dupes"), QStringLiteral("missing.assay")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.assay")));
        r = assay({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("dupes PROJECT")));
    }

    void noGroups()
    {
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay"),
                        QStringLiteral("--owner"), QStringLiteral("lead1")})
                         .status,
                 0);
        const Run r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("no near-duplicates among 0 images (threshold 8 of 64 bits)"));
    }

    void keepOneRemovesTheOthers()
    {
        makeProject();
        // Annotators may not; the project and its files are untouched.
        QCOMPARE(assay({QStringLiteral("people"), QStringLiteral("p.assay"), QStringLiteral("add"),
                        QStringLiteral("ann"), QStringLiteral("--role"),
                        QStringLiteral("annotator"), QStringLiteral("--key"),
                        assay::tests::TestKeys::shared().publicKey(QStringLiteral("ann"))})
                         .status,
                 0);
        Run r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"), QStringLiteral("--keep"),
                       QStringLiteral("b.png"), QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ann may not remove items")), qPrintable(r.err));

        r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"), QStringLiteral("--keep"),
                   QStringLiteral("other-00.png")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("media/other-00.png has no near-duplicates")),
                 qPrintable(r.err));
        r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"), QStringLiteral("--keep"),
                   QStringLiteral("nothing.png")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no item \"nothing.png\"")), qPrintable(r.err));

        r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"), QStringLiteral("--keep"),
                   QStringLiteral("media/a.png")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral(
                         "kept media/a.png; removed 6 items from the project (their files stay on disk):")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("  media/a-marked.png\n")));
        for (const QString &name : m_fixture.sceneA)
            QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("media/") + name)));

        r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QLatin1String("images")).toInt(), 8);
        QCOMPARE(r.json().value(QLatin1String("groups")).toArray().size(), 1);

        r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"), QStringLiteral("--keep"),
                   QStringLiteral("b.png"), QStringLiteral("--reason"),
                   QStringLiteral("the PNG is the original"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = r.json();
        QCOMPARE(QFileInfo(o.value(QLatin1String("kept"))
                                   .toObject()
                                   .value(QLatin1String("path"))
                                   .toString())
                         .fileName(),
                 QStringLiteral("b.png"));
        QCOMPARE(names(o.value(QLatin1String("removed")).toArray()),
                 QStringList{QStringLiteral("b-q40.jpg")});

        r = assay({QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("p.assay"),
                   QStringLiteral("--payload"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonArray events = r.json().value(QLatin1String("events")).toArray();
        const QJsonObject last = events.last().toObject();
        QCOMPARE(last.value(QLatin1String("kind")).toString(), QStringLiteral("items.removed"));
        QCOMPARE(last.value(QLatin1String("payload"))
                         .toObject()
                         .value(QLatin1String("reason"))
                         .toString(),
                 QStringLiteral("the PNG is the original"));
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("p.assay")})
                         .status,
                 0);
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("rebuild"), QStringLiteral("p.assay")})
                         .status,
                 0);
        QCOMPARE(assay({QStringLiteral("info"), QStringLiteral("p.assay"), QStringLiteral("--json")})
                         .json()
                         .value(QLatin1String("items"))
                         .toObject()
                         .value(QLatin1String("image"))
                         .toInt(),
                 7);
    }

    void keepRefusesItemsWithWork()
    {
        makeProject();
        QCOMPARE(assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"),
                        QStringLiteral("add"), QStringLiteral("scene")})
                         .status,
                 0);
        QCOMPARE(assay({QStringLiteral("gold"), QStringLiteral("p.assay"), QStringLiteral("add"),
                        QStringLiteral("media/b-q40.jpg"), QStringLiteral("--class"),
                        QStringLiteral("scene")})
                         .status,
                 0);
        const Run r = assay({QStringLiteral("dupes"), QStringLiteral("p.assay"),
                             QStringLiteral("--keep"), QStringLiteral("b.png")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was removed"))
                         && r.err.contains(QStringLiteral("media/b-q40.jpg (a gold answer)")),
                 qPrintable(r.err));
        QCOMPARE(assay({QStringLiteral("dupes"), QStringLiteral("p.assay"),
                        QStringLiteral("--json")})
                         .json()
                         .value(QLatin1String("images"))
                         .toInt(),
                 14);
    }
};

QTEST_GUILESS_MAIN(tst_DupesCli)
#include "tst_dupes_cli.moc"
