// SPDX-License-Identifier: Apache-2.0
// assay gold, batch and quality run as processes on a project: fields of their JSON output,
// the annotator's view of a queue, permissions, and a rejection re-queueing the work; and the
// quality panel showing the same report.
#include "core/project/services.h"
#include "tests/app/clirunner.h"
#include "tests/testutil.h"
#include "widgets/quality/qualitypanel.h"

#include <QChartView>
#include <QFileInfo>
#include <QTableWidget>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;

using Run = assay::tests::CliRun;

class tst_QualityCli : public QObject
{
    Q_OBJECT

private:
    // As the project's owner, an admin, unless --as names someone else.
    Run assay(const QStringList &args)
    {
        return assay::tests::runAssay(m_dir->path(), args, 60000, QStringLiteral("owner"));
    }

    QString file(const QString &name) const { return m_dir->filePath(name); }

    void writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
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

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void pooledBatchFromTheCommandLine()
    {
        makeProject();
        const QString p = file(QStringLiteral("p.assay"));
        // No annotators named: the pool is each item twice, nobody's yet.
        Run r = assay({QStringLiteral("batch"), p, QStringLiteral("create"), QStringLiteral("pool"),
                       QStringLiteral("--pooled"), QStringLiteral("--lease-minutes"),
                       QStringLiteral("30"), QStringLiteral("--overlap"), QStringLiteral("2"),
                       QStringLiteral("--gold-rate"), QStringLiteral("0"), QStringLiteral("--json"),
                       QStringLiteral("--as"), QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("tasks")).toInt(), 48);
        r = assay({QStringLiteral("batch"), p, QStringLiteral("queue"), QStringLiteral("ann"),
                   QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("tasks")).toArray().size(), 0);
        // A lease length without a pool, or of no time, is a usage error.
        r = assay({QStringLiteral("batch"), p, QStringLiteral("create"), QStringLiteral("x"),
                   QStringLiteral("--annotators"), QStringLiteral("ann"),
                   QStringLiteral("--lease-minutes"), QStringLiteral("5"),
                   QStringLiteral("--overlap"), QStringLiteral("1"), QStringLiteral("--gold-rate"),
                   QStringLiteral("0"), QStringLiteral("--as"), QStringLiteral("lead")});
        QCOMPARE(r.status, 64);
        // Leases come from a server only: a shared folder hands out none.
        r = assay({QStringLiteral("lease"), p, QStringLiteral("--remote"),
                   QStringLiteral("folder:") + file(QStringLiteral("shared")),
                   QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--as"),
                   QStringLiteral("ann")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no task leases")), qPrintable(r.err));
    }

    void goldBatchQualityAndRejection()
    {
        makeProject();
        const QString p = QStringLiteral("p.assay");
        writeFile(QStringLiteral("gold.csv"), "item,label\n0.jpg,cat\nmedia/1.jpg,cat\n2.jpg,cat\n");
        Run r = assay({QStringLiteral("gold"), p, QStringLiteral("import"),
                       QStringLiteral("gold.csv"), QStringLiteral("--as"), QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        writeFile(QStringLiteral("boxes.csv"), "x,y,w,h,label\n1,2,10,10,dog\n");
        r = assay({QStringLiteral("gold"), p, QStringLiteral("add"), QStringLiteral("3.jpg"),
                   QStringLiteral("--boxes"), QStringLiteral("boxes.csv"), QStringLiteral("--as"),
                   QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("gold"), p, QStringLiteral("add"), QStringLiteral("nope.jpg"),
                   QStringLiteral("--class"), QStringLiteral("cat"), QStringLiteral("--as"),
                   QStringLiteral("lead")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nope.jpg")), qPrintable(r.err));

        r = assay({QStringLiteral("gold"), p, QStringLiteral("list"), QStringLiteral("--json"),
                   QStringLiteral("--as"), QStringLiteral("lead")});
        QCOMPARE(r.status, 0);
        const QJsonArray gold = r.json().value(QStringLiteral("gold")).toArray();
        QCOMPARE(gold.size(), 4);
        const QJsonObject g0 = gold.at(0).toObject();
        for (const char *key : {"item_id", "path", "classes", "boxes"})
            QVERIFY2(g0.contains(QLatin1String(key)), key);
        QCOMPARE(g0.value(QStringLiteral("path")).toString(), QStringLiteral("media/0.jpg"));
        QCOMPARE(g0.value(QStringLiteral("classes")).toArray().at(0).toString(),
                 QStringLiteral("cat"));
        const QJsonObject box
                = gold.at(3).toObject().value(QStringLiteral("boxes")).toArray().at(0).toObject();
        QCOMPARE(box.value(QStringLiteral("label")).toString(), QStringLiteral("dog"));
        QCOMPARE(box.value(QStringLiteral("w")).toDouble(), 10.0);
        // Reference answers are not for annotators.
        r = assay({QStringLiteral("gold"), p, QStringLiteral("list"), QStringLiteral("--as"),
                   QStringLiteral("ann")});
        QCOMPARE(r.status, 1);

        r = assay({QStringLiteral("batch"), p, QStringLiteral("create"), QStringLiteral("b1"),
                   QStringLiteral("--annotators"), QStringLiteral("ann,bob,cid"),
                   QStringLiteral("--overlap"), QStringLiteral("3"), QStringLiteral("--gold-rate"),
                   QStringLiteral("0.1"), QStringLiteral("--criteria"),
                   QStringLiteral("alpha>=0.8,gold>=0.9,low<=0.05"), QStringLiteral("--seed"),
                   QStringLiteral("3"), QStringLiteral("--json"), QStringLiteral("--as"),
                   QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QJsonObject b = r.json();
        QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("b1"));
        QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(b.value(QStringLiteral("overlap")).toInt(), 3);
        QCOMPARE(b.value(QStringLiteral("criteria"))
                         .toObject()
                         .value(QStringLiteral("alpha_min"))
                         .toDouble(),
                 0.8);
        // 20 production items x 3, plus round(20 * 0.1 / 0.9) = 2 gold per annotator.
        QCOMPARE(b.value(QStringLiteral("tasks")).toInt(), 66);
        r = assay({QStringLiteral("batch"), p, QStringLiteral("create"), QStringLiteral("b2"),
                   QStringLiteral("--annotators"), QStringLiteral("ann"),
                   QStringLiteral("--overlap"), QStringLiteral("2"), QStringLiteral("--as"),
                   QStringLiteral("lead")});
        QCOMPARE(r.status, 1); // overlap 2 needs two annotators
        QVERIFY2(r.err.contains(QStringLiteral("p.assay")), qPrintable(r.err));

        // ann's own queue names no kind; the lead's view of it does.
        r = assay({QStringLiteral("batch"), p, QStringLiteral("queue"), QStringLiteral("ann"),
                   QStringLiteral("--batch"), QStringLiteral("b1"), QStringLiteral("--json"),
                   QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(r.status, 0);
        const QJsonArray queue = r.json().value(QStringLiteral("tasks")).toArray();
        QCOMPARE(queue.size(), 22);
        for (const auto &t : queue)
            QVERIFY(!t.toObject().contains(QStringLiteral("kind")));
        r = assay({QStringLiteral("batch"), p, QStringLiteral("queue"), QStringLiteral("ann"),
                   QStringLiteral("--batch"), QStringLiteral("b1"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        int goldTasks = 0;
        for (const auto &t : r.json().value(QStringLiteral("tasks")).toArray())
            goldTasks += t.toObject().value(QStringLiteral("kind")).toString()
                         == QLatin1String("gold");
        QVERIFY(goldTasks > 0);

        doTheWork();

        r = assay({QStringLiteral("quality"), p, QStringLiteral("--batch"), QStringLiteral("b1"),
                   QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject q = r.json().value(QStringLiteral("batches")).toArray().at(0).toObject();
        QCOMPARE(q.value(QStringLiteral("batch")).toString(), QStringLiteral("b1"));
        QCOMPARE(q.value(QStringLiteral("items")).toInt(), 20);
        QCOMPARE(q.value(QStringLiteral("raters")).toInt(), 3);
        const QJsonObject fig = q.value(QStringLiteral("figures")).toObject();
        for (const char *key :
             {"percent_agreement", "krippendorff_alpha", "fleiss_kappa", "cohen_kappa",
              "gold_accuracy", "gold_tasks", "low_agreement_share", "box_f1"})
            QVERIFY2(fig.contains(QLatin1String(key)), key);
        QVERIFY(fig.value(QStringLiteral("cohen_kappa")).isNull()); // three raters
        QVERIFY(q.value(QStringLiteral("notes")).toObject().contains(QStringLiteral("cohen_kappa")));
        QCOMPARE(fig.value(QStringLiteral("gold_tasks")).toInt(), 6);
        QVERIFY(fig.value(QStringLiteral("krippendorff_alpha")).toDouble() < 0.8);
        const QJsonArray verdicts = q.value(QStringLiteral("verdicts")).toArray();
        QCOMPARE(verdicts.size(), 3);
        QCOMPARE(verdicts.at(0).toObject().value(QStringLiteral("criterion")).toString(),
                 QStringLiteral("alpha"));
        QCOMPARE(verdicts.at(0).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("fail"));
        QCOMPARE(q.value(QStringLiteral("accepted_by_criteria")).toBool(), false);
        QCOMPARE(q.value(QStringLiteral("people")).toArray().size(), 3);
        QVERIFY(q.value(QStringLiteral("people"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .contains(QStringLiteral("gold_accuracy")));
        QCOMPARE(q.value(QStringLiteral("pairs")).toArray().size(), 3);
        QVERIFY(q.value(QStringLiteral("pairs"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .contains(QStringLiteral("cohen_kappa")));
        QVERIFY(!q.value(QStringLiteral("classes")).toArray().isEmpty());
        const QJsonArray labels = q.value(QStringLiteral("final_labels")).toArray();
        QCOMPARE(labels.size(), 20);
        QCOMPARE(labels.at(0).toObject().value(QStringLiteral("provenance")).toArray().size(), 3);
        QCOMPARE(labels.at(0).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("cat"));
        bool fast = false;
        for (const auto &a : q.value(QStringLiteral("anomalies")).toArray())
            fast |= a.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("fast")
                    && a.toObject().value(QStringLiteral("person")).toString()
                               == QLatin1String("bob");
        QVERIFY(fast);

        // The text report names the verdicts too.
        r = assay({QStringLiteral("quality"), p, QStringLiteral("--batch"), QStringLiteral("b1"),
                   QStringLiteral("--method"), QStringLiteral("dawid-skene")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("alpha >= 0.8: fail")), qPrintable(r.out));

        // An annotator may not decide; the lead rejects, and the work is re-queued.
        r = assay({QStringLiteral("batch"), p, QStringLiteral("reject"), QStringLiteral("b1"),
                   QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(r.status, 1);
        r = assay({QStringLiteral("batch"), p, QStringLiteral("reject"), QStringLiteral("b1"),
                   QStringLiteral("--reason"), QStringLiteral("alpha"), QStringLiteral("--as"),
                   QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("batch"), p, QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray batches = r.json().value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(batches.at(1).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("open"));
        QCOMPARE(batches.at(1).toObject().value(QStringLiteral("tasks")).toInt(), 66);
        r = assay({QStringLiteral("batch"), p, QStringLiteral("queue"), QStringLiteral("ann"),
                   QStringLiteral("--json")});
        int pending = 0;
        for (const auto &t : r.json().value(QStringLiteral("tasks")).toArray())
            pending += t.toObject().value(QStringLiteral("state")).toString()
                                       == QLatin1String("pending")
                               ? 1
                               : 0;
        QCOMPARE(pending, 22);

        r = assay({QStringLiteral("gold"), p, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("window")).toInt(), 20);
        r = assay({QStringLiteral("log"), QStringLiteral("verify"), p});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    // A flag stays until a lead resolves it from the command line: back to the queue or done.
    void leadResolvesAFlag_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("state");
        QTest::newRow("open") << QStringLiteral("open") << QStringLiteral("pending");
        QTest::newRow("done") << QStringLiteral("done") << QStringLiteral("done");
    }

    void leadResolvesAFlag()
    {
        QFETCH(QString, to);
        QFETCH(QString, state);
        makeProject();
        const QString p = file(QStringLiteral("p.assay"));
        Run r = assay({QStringLiteral("batch"), p, QStringLiteral("create"), QStringLiteral("B"),
                       QStringLiteral("--annotators"), QStringLiteral("ann"),
                       QStringLiteral("--as"), QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        Id task;
        {
            auto opened = assay::core::Project::open(p);
            ASSAY_VERIFY_RESULT(opened);
            auto &store = *opened;
            ASSAY_VERIFY_RESULT(
                    assay::tests::TestKeys::shared().signIn(*store, QStringLiteral("ann")));
            task = store->work().annotatorQueue(store->actor().id)->first().id;
            ASSAY_VERIFY_RESULT(store->work().setTaskState(task, TaskState::Flagged,
                                                           QStringLiteral("bad media")));
        }
        const QStringList resolve{QStringLiteral("batch"),   p,
                                  QStringLiteral("resolve"), task,
                                  QStringLiteral("--to"),    to,
                                  QStringLiteral("--note"),  QStringLiteral("see 2.3")};
        r = assay(resolve + QStringList{QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(r.status, 1); // not the annotator's to resolve
        r = assay(resolve + QStringList{QStringLiteral("--as"), QStringLiteral("lead")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("batch"), p, QStringLiteral("queue"), QStringLiteral("ann"),
                   QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("lead")});
        const QJsonObject first = r.json().value(QLatin1String("tasks")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), task);
        QCOMPARE(first.value(QLatin1String("state")).toString(), state);
        // Resolved once: a second time is refused.
        r = assay(resolve + QStringList{QStringLiteral("--as"), QStringLiteral("lead")});
        QCOMPARE(r.status, 1);
    }

    void qualityPanelShowsTheReport()
    {
        makeProject();
        {
            auto opened = assay::core::Project::open(file(QStringLiteral("p.assay")));
            ASSAY_VERIFY_RESULT(opened);
            auto &store = *opened;
            ASSAY_VERIFY_RESULT(
                    assay::tests::TestKeys::shared().signIn(*store, QStringLiteral("lead")));
            const Id cat = store->taxonomy().get()->findByName(QStringLiteral("cat"))->id;
            QList<GoldAnswer> gold;
            for (const Item &it : *store->items().page(0, 3))
                gold.append(GoldAnswer{it.id, {cat}, {}, {}, {}});
            ASSAY_VERIFY_RESULT(store->gold().setGold(gold));
            BatchSpec spec;
            spec.name = QStringLiteral("b1");
            spec.annotators = {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cid")};
            spec.overlap = 2;
            spec.goldRate = 0.1;
            spec.seed = 1;
            spec.criteria = QJsonObject{{QStringLiteral("alpha_min"), 0.8},
                                        {QStringLiteral("gold_min"), 0.9}};
            ASSAY_VERIFY_RESULT(store->work().planBatch(spec));
        }
        doTheWork();
        auto opened = assay::core::Project::open(file(QStringLiteral("p.assay")));
        ASSAY_VERIFY_RESULT(opened);
        ASSAY_VERIFY_RESULT(
                assay::tests::TestKeys::shared().signIn(**opened, QStringLiteral("lead")));
        assay::widgets::QualityPanel panel;
        panel.resize(1100, 760);
        panel.setStore(opened->get());
        QCOMPARE(panel.figuresTable()->rowCount(), 7 + 2); // seven figures, two criteria
        QVERIFY(panel.figuresTable()->item(7, 2)->text().startsWith(QStringLiteral("fail")));
        QCOMPARE(panel.heatMap()->people(),
                 (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cid")}));
        QVERIFY(panel.goldChart()->chart() && !panel.goldChart()->chart()->series().isEmpty());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (QWidget *plot :
             {static_cast<QWidget *>(panel.goldChart()), static_cast<QWidget *>(panel.classChart()),
              static_cast<QWidget *>(panel.heatMap())}) {
            const QString png = file(plot->metaObject()->className() + QStringLiteral(".png"));
            QVERIFY(assay::widgets::QualityPanel::savePng(plot, png));
            QVERIFY(QFileInfo(png).size() > 1000);
        }
        // ASSAY_SCREENSHOT=path keeps a picture of the whole panel (for the README).
        if (qEnvironmentVariableIsSet("ASSAY_SCREENSHOT"))
            QVERIFY(assay::widgets::QualityPanel::savePng(&panel, qEnvironmentVariable(
                                                                          "ASSAY_SCREENSHOT")));
    }
};

QTEST_MAIN(tst_QualityCli)
#include "tst_quality_cli.moc"
