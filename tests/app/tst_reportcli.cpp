// SPDX-License-Identifier: Apache-2.0
// assay report and assay report verify as processes: the report's figures equal assay quality's
// at the same head, a verified report matches, an edited figure (visible or in the block) is
// caught, a project that moved on is verified at the report's snapshot, and the PDF's pages render non-empty.
#include "core/project/services.h"
#include "core/report/reportservice.h"
#include "tests/app/clirunner.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

using Run = assay::tests::CliRun;

class tst_ReportCli : public QObject
{
    Q_OBJECT

private:
    Run assay(const QStringList &args)
    {
        return assay::tests::runAssay(m_dir->path(), args, 120000, QStringLiteral("lead"));
    }

    QString file(const QString &name) const { return m_dir->filePath(name); }

    void writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    QString readFile(const QString &name) const
    {
        QFile f(file(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    static QJsonObject blockOf(const QString &html)
    {
        static const QRegularExpression script(
                QStringLiteral(
                        "<script type=\"application/json\" id=\"assay-snapshot\">(.*)</script>"),
                QRegularExpression::DotMatchesEverythingOption);
        return QJsonDocument::fromJson(script.match(html).captured(1).toUtf8()).object();
    }

    // 24 image items (no media needed by these commands), classes cat and dog, a lead and
    // three annotators.
    void makeProject()
    {
        auto created = assay::core::Project::create(file(QStringLiteral("p.assay")),
                                                    {QStringLiteral("Q"),
                                                     QStringLiteral("owner"),
                                                     {},
                                                     {},
                                                     assay::tests::TestKeys::shared().publicKey(
                                                             QStringLiteral("owner"))});
        ASSAY_VERIFY_RESULT(created);
        auto &store = *created;
        // What the owner records from here on is signed, as the command line would sign it.
        ASSAY_VERIFY_RESULT(
                assay::tests::TestKeys::shared().signIn(*store, QStringLiteral("owner")));
        QList<Item> items;
        for (int i = 0; i < 24; ++i) {
            Item it;
            it.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                            .toHex());
            it.path = QStringLiteral("media/%1.jpg").arg(i);
            it.byteSize = 100;
            it.width = 64;
            it.height = 64;
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(store->items().addItems(items, {}));
        for (const char *name : {"cat", "dog"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            ASSAY_VERIFY_RESULT(store->taxonomy().addClass(c));
        }
        // With their keys in the test key store: the commands below sign them in.
        auto &keys = assay::tests::TestKeys::shared();
        ASSAY_VERIFY_RESULT(store->people().addPerson(QStringLiteral("lead"), {}, {Role::Lead},
                                                      keys.publicKey(QStringLiteral("lead"))));
        for (const char *name : {"ann", "bob", "cid"})
            ASSAY_VERIFY_RESULT(store->people().addPerson(QLatin1String(name), {}, {Role::Annotator},
                                                          keys.publicKey(QLatin1String(name))));
    }

    // Everyone answers every task: production "cat" (ann says "dog" on a quarter), gold right,
    // bob in a hurry on one task.
    void doTheWork()
    {
        auto opened = assay::core::Project::open(file(QStringLiteral("p.assay")));
        ASSAY_VERIFY_RESULT(opened);
        auto &store = *opened;
        const Taxonomy tax = *store->taxonomy().get();
        const Id cat = tax.findByName(QStringLiteral("cat"))->id;
        const Id dog = tax.findByName(QStringLiteral("dog"))->id;
        for (const char *name : {"ann", "bob", "cid"}) {
            ASSAY_VERIFY_RESULT(
                    assay::tests::TestKeys::shared().signIn(*store, QLatin1String(name)));
            int n = 0;
            for (const Task &t : *store->work().annotatorQueue(store->actor().id)) {
                auto ann = store->annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(ann);
                const bool odd = qstrcmp(name, "ann") == 0 && n % 4 == 0;
                ASSAY_VERIFY_RESULT(store->annotations().setClasses(ann->id, {odd ? dog : cat}));
                ASSAY_VERIFY_RESULT(
                        store->annotations().addTimeSpent(ann->id,
                                                          qstrcmp(name, "bob") == 0 && n == 0
                                                                  ? 100
                                                                  : 3000));
                ASSAY_VERIFY_RESULT(store->work().setTaskState(t.id, TaskState::Done));
                ++n;
            }
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;

    // A project with a batch of three annotators done, and a report of it.
    void prepare()
    {
        makeProject();
        writeFile(QStringLiteral("gold.csv"), "item,label\n0.jpg,cat\nmedia/1.jpg,cat\n2.jpg,dog\n");
        Run r = assay({QStringLiteral("gold"), QStringLiteral("p.assay"), QStringLiteral("import"),
                       QStringLiteral("gold.csv")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("batch"), QStringLiteral("p.assay"), QStringLiteral("create"),
                   QStringLiteral("b1"), QStringLiteral("--annotators"),
                   QStringLiteral("ann,bob,cid"), QStringLiteral("--overlap"), QStringLiteral("3"),
                   QStringLiteral("--gold-rate"), QStringLiteral("0.1"),
                   QStringLiteral("--criteria"), QStringLiteral("alpha>=0.8,gold>=0.9"),
                   QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        doTheWork();
        r = assay({QStringLiteral("report"), QStringLiteral("p.assay"), QStringLiteral("--out"),
                   QStringLiteral("r.html"), QStringLiteral("--pdf"), QStringLiteral("r.pdf"),
                   QStringLiteral("--resamples"), QStringLiteral("200"), QStringLiteral("--seed"),
                   QStringLiteral("9")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void reportEqualsQualityAndVerifies()
    {
        prepare();
        if (QTest::currentTestFailed())
            return;
        const QString html = readFile(QStringLiteral("r.html"));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
        const QJsonObject block = blockOf(html);
        QCOMPARE(block.value(QStringLiteral("request"))
                         .toObject()
                         .value(QStringLiteral("seed"))
                         .toString(),
                 QStringLiteral("9"));
        QVERIFY(!block.value(QStringLiteral("snapshot"))
                         .toObject()
                         .value(QStringLiteral("heads"))
                         .toArray()
                         .isEmpty());
        const QJsonObject figures = block.value(QStringLiteral("figures")).toObject();

        // The batch's figures are assay quality's at the same head.
        Run r = assay({QStringLiteral("quality"), QStringLiteral("p.assay"),
                       QStringLiteral("--batch"), QStringLiteral("b1"), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject q = r.json().value(QStringLiteral("batches")).toArray().at(0).toObject();
        const QJsonObject qf = q.value(QStringLiteral("figures")).toObject();
        const QJsonObject b = figures.value(QStringLiteral("batches")).toArray().at(0).toObject();
        QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("b1"));
        QVERIFY(qAbs(b.value(QStringLiteral("krippendorff_alpha")).toDouble()
                     - qf.value(QStringLiteral("krippendorff_alpha")).toDouble())
                < 1e-12);
        QVERIFY(qAbs(b.value(QStringLiteral("gold_accuracy")).toDouble()
                     - qf.value(QStringLiteral("gold_accuracy")).toDouble())
                < 1e-12);
        QCOMPARE(b.value(QStringLiteral("items")).toInt(), q.value(QStringLiteral("items")).toInt());
        const QJsonArray qv = q.value(QStringLiteral("verdicts")).toArray();
        const QJsonArray bv = b.value(QStringLiteral("verdicts")).toArray();
        QCOMPARE(bv.size(), qv.size());
        for (qsizetype i = 0; i < bv.size(); ++i)
            QCOMPARE(bv.at(i).toObject().value(QStringLiteral("verdict")).toString(),
                     qv.at(i).toObject().value(QStringLiteral("verdict")).toString());
        // The interval brackets the batch's alpha (all its answers are in the period).
        const QJsonObject interval = b.value(QStringLiteral("alpha_interval")).toObject();
        QVERIFY(interval.value(QStringLiteral("low")).toDouble()
                <= interval.value(QStringLiteral("value")).toDouble());
        QCOMPARE(interval.value(QStringLiteral("resamples")).toInt(), 200);
        // The timeline is assay quality --over-time's.
        r = assay({QStringLiteral("quality"), QStringLiteral("p.assay"),
                   QStringLiteral("--over-time"), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.json(), figures.value(QStringLiteral("timeline")).toObject());
        QCOMPARE(r.json().value(QStringLiteral("people")).toArray().size(), 3);
        // The visible text shows the figure.
        QVERIFY(html.contains(
                QString::number(b.value(QStringLiteral("krippendorff_alpha")).toDouble(), 'f', 3)));

        r = assay({QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("p.assay"),
                   QStringLiteral("r.html")});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("matches")), qPrintable(r.out));
    }

    // Edits a reader could make: each is caught and named.
    void editedReportIsCaught_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("problem");
        QTest::newRow("visible figure") << "visible"
                                        << "visible text";
        QTest::newRow("visible figure, hash redone") << "visible-rehash"
                                                     << "visible text differs from the log";
        QTest::newRow("block figure") << "block"
                                      << "figures of \"batches\"";
    }

    void editedReportIsCaught()
    {
        QFETCH(QString, edit);
        QFETCH(QString, problem);
        prepare();
        if (QTest::currentTestFailed())
            return;
        QString html = readFile(QStringLiteral("r.html"));
        const QJsonObject block = blockOf(html);
        const QJsonObject b = block.value(QStringLiteral("figures"))
                                      .toObject()
                                      .value(QStringLiteral("batches"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        const QString alpha
                = QString::number(b.value(QStringLiteral("krippendorff_alpha")).toDouble(), 'f', 3);
        if (edit.startsWith(QLatin1String("visible"))) {
            // The first table cell that starts with the batch's alpha: "0.123 [".
            const qsizetype at = html.indexOf(QStringLiteral("<td>%1 [").arg(alpha));
            QVERIFY(at > 0);
            html.replace(at, 4 + alpha.size(), QStringLiteral("<td>0.950"));
            if (edit == QLatin1String("visible-rehash")) {
                const QByteArray hash
                        = QCryptographicHash::hash(ReportService::normalizedBody(html).toUtf8(),
                                                   QCryptographicHash::Sha256)
                                  .toHex();
                html.replace(block.value(QStringLiteral("body_sha256")).toString(),
                             QString::fromLatin1(hash));
            }
        } else {
            const QString key = QStringLiteral("\"krippendorff_alpha\": ");
            const qsizetype at = html.indexOf(key, html.indexOf(QStringLiteral("assay-snapshot")));
            QVERIFY(at > 0);
            const qsizetype end = html.indexOf(u',', at);
            html.replace(at + key.size(), end - at - key.size(), QStringLiteral("0.95"));
        }
        writeFile(QStringLiteral("edited.html"), html.toUtf8());
        Run r = assay({QStringLiteral("report"), QStringLiteral("verify"),
                       QStringLiteral("p.assay"), QStringLiteral("edited.html")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.out.contains(QStringLiteral("does NOT match")), qPrintable(r.out));
        QVERIFY2(r.out.contains(problem), qPrintable(r.out));
    }

    // The project moves on after the report (a person added, the batch decided: figures the
    // report shows change): verify rebuilds the state at the report's heads from the log and
    // still says the report matches; an edited figure is still caught there.
    void movedOnProjectIsVerifiedAtTheReportsSnapshot()
    {
        prepare();
        if (QTest::currentTestFailed())
            return;
        Run r = assay({QStringLiteral("people"), QStringLiteral("p.assay"), QStringLiteral("add"),
                       QStringLiteral("dan"), QStringLiteral("--role"), QStringLiteral("annotator"),
                       QStringLiteral("--as"), QStringLiteral("owner")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("batch"), QStringLiteral("p.assay"), QStringLiteral("reject"),
                   QStringLiteral("b1"), QStringLiteral("--reason"), QStringLiteral("redo"),
                   QStringLiteral("--as"), QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // A report made now differs from the first: the project did move on.
        r = assay({QStringLiteral("report"), QStringLiteral("p.assay"), QStringLiteral("--out"),
                   QStringLiteral("now.html"), QStringLiteral("--resamples"), QStringLiteral("200"),
                   QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString old = readFile(QStringLiteral("r.html"));
        QVERIFY(blockOf(readFile(QStringLiteral("now.html"))).value(QStringLiteral("figures"))
                != blockOf(old).value(QStringLiteral("figures")));

        r = assay({QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("p.assay"),
                   QStringLiteral("r.html")});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("moved on")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("the report matches")), qPrintable(r.out));
        r = assay({QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("p.assay"),
                   QStringLiteral("r.html"), QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        QVERIFY(r.json().value(QStringLiteral("matches")).toBool());
        QVERIFY(r.json().value(QStringLiteral("replayed")).toBool());
        // The project file itself was not touched by the replay.
        r = assay({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("p.assay")});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));

        // An edited figure is caught at the snapshot too.
        const QJsonObject b = blockOf(old)
                                      .value(QStringLiteral("figures"))
                                      .toObject()
                                      .value(QStringLiteral("batches"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        const QString alpha
                = QString::number(b.value(QStringLiteral("krippendorff_alpha")).toDouble(), 'f', 3);
        QString html = old;
        const qsizetype at = html.indexOf(QStringLiteral("<td>%1 [").arg(alpha));
        QVERIFY(at > 0);
        html.replace(at, 4 + alpha.size(), QStringLiteral("<td>0.950"));
        writeFile(QStringLiteral("edited.html"), html.toUtf8());
        r = assay({QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("p.assay"),
                   QStringLiteral("edited.html")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.out.contains(QStringLiteral("does NOT match")), qPrintable(r.out));
    }

    // A report whose heads this copy's log does not hold (another project's, or a forged one)
    // cannot be verified here.
    void reportOfUnknownHeadsIsRefused()
    {
        prepare();
        if (QTest::currentTestFailed())
            return;
        QString html = readFile(QStringLiteral("r.html"));
        const QJsonObject block = blockOf(html);
        const QString hash = block.value(QStringLiteral("snapshot"))
                                     .toObject()
                                     .value(QStringLiteral("heads"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("hash"))
                                     .toString();
        QVERIFY(!hash.isEmpty());
        html.replace(hash, QString(hash.size(), QLatin1Char('0')));
        writeFile(QStringLiteral("forged.html"), html.toUtf8());
        Run r = assay({QStringLiteral("report"), QStringLiteral("verify"),
                       QStringLiteral("p.assay"), QStringLiteral("forged.html")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not at the report's snapshot")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("does not hold")), qPrintable(r.err));
    }

    // The PDF's pages, turned into images by pdftoppm, each have something drawn on them.
    void pdfPagesRender()
    {
        prepare();
        if (QTest::currentTestFailed())
            return;
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QProcess p;
        p.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                           file(QStringLiteral("r.pdf")), file(QStringLiteral("page"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList pages = QDir(m_dir->path())
                                          .entryList({QStringLiteral("page*.png")}, QDir::Files,
                                                     QDir::Name);
        QVERIFY2(pages.size() >= 1, qPrintable(pages.join(u' ')));
        for (const QString &page : pages) {
            const QImage image(file(page));
            QVERIFY(!image.isNull());
            int dark = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
            QVERIFY2(dark > 100, qPrintable(page));
        }
        // With ASSAY_SCREENSHOT_DIR set: the first page as docs/screenshots/report-page.png.
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QProcess shot;
            shot.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                  QStringLiteral("2"), file(QStringLiteral("r.pdf")),
                                  QDir(dir).filePath(QStringLiteral("report-page"))});
            QVERIFY(shot.waitForFinished(60000));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ReportCli)
#include "tst_reportcli.moc"
