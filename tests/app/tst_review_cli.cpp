// SPDX-License-Identifier: Apache-2.0
// assay review and assay adjudicate as processes: rules fill the queue (the same after a log
// rebuild), a rejection's reason reaches the annotator, status counts, adjudication, the
// provenance file of an export and audit accuracy in assay quality.
#include "core/project/services.h"
#include "tests/app/clirunner.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = assay::tests::CliRun;
using assay::tests::TestKeys;

class tst_ReviewCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    Run assay(const QStringList &args, const QString &as = {})
    {
        assay::tests::CliOptions options;
        options.workingDirectory = m_dir.path();
        options.as = as;
        return assay::tests::runAssay(args, options);
    }
    QJsonObject json(const QStringList &args, const QString &as)
    {
        const Run r = assay(args + QStringList{QStringLiteral("--json")}, as);
        if (r.status != 0)
            qWarning("%s: %s", qPrintable(args.join(' ')), qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QStringList review(std::initializer_list<const char *> words)
    {
        QStringList out{QStringLiteral("review"), m_project};
        for (const char *w : words)
            out.append(QString::fromUtf8(w));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("p.assay"));
        const QString boss = QStringLiteral("boss");
        QCOMPARE(assay({QStringLiteral("init"), m_project, QStringLiteral("--owner"), boss}).status,
                 0);
        for (const auto &[name, role] : {std::pair{"ann", "annotator"},
                                         {"bob", "annotator"},
                                         {"rev", "reviewer"},
                                         {"ada", "adjudicator"}}) {
            const Run r = assay({QStringLiteral("people"), m_project, QStringLiteral("add"),
                                 QLatin1String(name), QStringLiteral("--role"), QLatin1String(role),
                                 QStringLiteral("--key"),
                                 TestKeys::shared().publicKey(QLatin1String(name))},
                                boss);
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        for (const char *c : {"cat", "dog"})
            QCOMPARE(assay({QStringLiteral("taxonomy"), m_project, QStringLiteral("add"),
                            QLatin1String(c)},
                           boss)
                             .status,
                     0);
        QDir(m_dir.path()).mkdir(QStringLiteral("texts"));
        for (int i = 0; i < 20; ++i) {
            QFile f(m_dir.filePath(QStringLiteral("texts/t%1.txt").arg(i, 2, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("text %1 about an animal\n").arg(i).toUtf8());
        }
        QCOMPARE(assay({QStringLiteral("add"), m_project, m_dir.filePath(QStringLiteral("texts"))},
                       boss)
                         .status,
                 0);
        Run r = assay({QStringLiteral("batch"), m_project, QStringLiteral("create"),
                       QStringLiteral("b1"), QStringLiteral("--annotators"),
                       QStringLiteral("ann,bob"), QStringLiteral("--overlap"), QStringLiteral("2"),
                       QStringLiteral("--gold-rate"), QStringLiteral("0"),
                       QStringLiteral("--criteria"), QStringLiteral("audit>=0.9")},
                      boss);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // ann says cat everywhere, bob says dog on every fourth text.
        auto project = assay::core::Project::open(m_project);
        ASSAY_VERIFY_RESULT(project);
        assay::core::Project &p = **project;
        const auto taxonomy = *p.taxonomy().get();
        for (const QString &name : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            ASSAY_VERIFY_RESULT(TestKeys::shared().signIn(p, name));
            int n = 0;
            for (const assay::core::Task &t : *p.work().annotatorQueue(p.actor().id)) {
                auto a = p.annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(a);
                const bool dog = name == QLatin1String("bob") && n++ % 4 == 0;
                ASSAY_VERIFY_RESULT(
                        p.annotations().setClasses(a->id,
                                                   {taxonomy.findByName(dog ? QStringLiteral("dog")
                                                                            : QStringLiteral("cat"))
                                                            ->id}));
                ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, assay::core::TaskState::Done));
            }
        }
    }

    void rulesFillTheQueueAndARebuildKeepsIt()
    {
        const QJsonObject rules = json(review({"rules", "--batch", "b1", "--rate", "0.1",
                                               "--min-per-annotator", "2", "--seed", "9"}),
                                       QStringLiteral("boss"));
        QCOMPARE(rules.value(QLatin1String("seed")).toString(), QStringLiteral("9"));
        QCOMPARE(rules.value(QLatin1String("candidates")).toInt(), 40);
        const QJsonObject byReason = rules.value(QLatin1String("by_reason")).toObject();
        QVERIFY(byReason.value(QLatin1String("audit")).toInt() >= 4);
        QVERIFY(byReason.value(QLatin1String("agreement")).toInt() > 0);
        const QJsonArray before = json(review({"queue"}), QStringLiteral("rev"))
                                          .value(QLatin1String("entries"))
                                          .toArray();
        QCOMPARE(before.size(), rules.value(QLatin1String("new_entries")).toInt());
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("rebuild"), m_project},
                       QStringLiteral("boss"))
                         .status,
                 0);
        const QJsonArray after = json(review({"queue"}), QStringLiteral("rev"))
                                         .value(QLatin1String("entries"))
                                         .toArray();
        QCOMPARE(after, before);
        // Annotators do not see the queue.
        const Run refused = assay(review({"queue"}), QStringLiteral("ann"));
        QCOMPARE(refused.status, 1);
        QVERIFY(refused.err.contains(QLatin1String("may not")));
    }

    void rejectionReachesItsAnnotator()
    {
        const QJsonArray queue = json(review({"queue", "--order", "annotator"}),
                                      QStringLiteral("rev"))
                                         .value(QLatin1String("entries"))
                                         .toArray();
        QJsonObject bobs;
        for (const QJsonValue &v : queue) {
            if (v.toObject().value(QLatin1String("annotator")).toString() == QLatin1String("bob"))
                bobs = v.toObject();
        }
        QVERIFY(!bobs.isEmpty());
        const QString item = bobs.value(QLatin1String("item")).toString();
        // No reason: refused.
        Run r = assay(review({"decide"})
                              + QStringList{item, QStringLiteral("reject"),
                                            QStringLiteral("--annotator"), QStringLiteral("bob")},
                      QStringLiteral("rev"));
        QCOMPARE(r.status, 1);
        r = assay(review({"decide"})
                          + QStringList{item, QStringLiteral("reject"),
                                        QStringLiteral("--annotator"), QStringLiteral("bob"),
                                        QStringLiteral("--reason"), QStringLiteral("wrong-class"),
                                        QStringLiteral("--text"), QStringLiteral("it purrs")},
                  QStringLiteral("rev"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray mine = json(review({"mine"}), QStringLiteral("bob"))
                                        .value(QLatin1String("reviews"))
                                        .toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first()[QLatin1String("decision")].toString(), QStringLiteral("reject"));
        QCOMPARE(mine.first()[QLatin1String("reason")].toString(), QStringLiteral("wrong-class"));
        QCOMPARE(mine.first()[QLatin1String("text")].toString(), QStringLiteral("it purrs"));
        QCOMPARE(json(review({"mine"}), QStringLiteral("ann"))
                         .value(QLatin1String("reviews"))
                         .toArray()
                         .size(),
                 0);
        const QJsonObject status = json(review({"status"}), QStringLiteral("rev"))
                                           .value(QLatin1String("batches"))
                                           .toArray()
                                           .first()
                                           .toObject();
        QCOMPARE(status.value(QLatin1String("rejected")).toInt(), 1);
        QCOMPARE(status.value(QLatin1String("rejected_by_reason"))
                         .toObject()
                         .value(QLatin1String("wrong-class"))
                         .toInt(),
                 1);
    }

    void escalationIsAdjudicatedAndExportedWithProvenance()
    {
        const QJsonArray queue = json(review({"queue"}), QStringLiteral("rev"))
                                         .value(QLatin1String("entries"))
                                         .toArray();
        // An item of disagreement whose two answers are both still in the queue.
        QHash<QString, int> open;
        for (const QJsonValue &v : queue) {
            if (v.toObject()
                        .value(QLatin1String("reasons"))
                        .toArray()
                        .contains(QStringLiteral("agreement")))
                open[v.toObject().value(QLatin1String("item")).toString()] += 1;
        }
        QString contested;
        for (auto it = open.cbegin(); it != open.cend(); ++it) {
            if (it.value() == 2)
                contested = it.key();
        }
        QVERIFY(!contested.isEmpty());
        Run r = assay(review({"decide"})
                              + QStringList{contested, QStringLiteral("escalate"),
                                            QStringLiteral("--text"), QStringLiteral("cat or dog?")},
                      QStringLiteral("rev"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray items = json({QStringLiteral("adjudicate"), m_project,
                                       QStringLiteral("--queue")},
                                      QStringLiteral("ada"))
                                         .value(QLatin1String("items"))
                                         .toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject versions = json({QStringLiteral("adjudicate"), m_project, contested},
                                          QStringLiteral("ada"));
        QCOMPARE(versions.value(QLatin1String("versions")).toArray().size(), 2);
        // A reviewer may not adjudicate; the adjudicator may.
        const QStringList decide{QStringLiteral("adjudicate"),
                                 m_project,
                                 contested,
                                 QStringLiteral("--choose"),
                                 QStringLiteral("2"),
                                 QStringLiteral("--reason"),
                                 QStringLiteral("guideline"),
                                 QStringLiteral("--text"),
                                 QStringLiteral("the text says it barks")};
        r = assay(decide, QStringLiteral("rev"));
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("may not")));
        r = assay(decide, QStringLiteral("ada"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("export"), m_project, QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("out.csv")), QStringLiteral("--all"),
                   QStringLiteral("--provenance")},
                  QStringLiteral("boss"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QFile f(m_dir.filePath(QStringLiteral("out.csv.provenance.jsonl")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 20);
        int adjudicated = 0;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(!o.value(QLatin1String("source")).toString().isEmpty());
            QVERIFY(!o.value(QLatin1String("annotations")).toArray().isEmpty());
            if (o.value(QLatin1String("source")).toString() == QLatin1String("adjudication")) {
                ++adjudicated;
                QCOMPARE(o.value(QLatin1String("adjudications")).toArray().size(), 1);
            }
        }
        QCOMPARE(adjudicated, 1);
        // The manifest counts where the exported items' final labels came from, the same as
        // the provenance file says item by item.
        QFile m(m_dir.filePath(QStringLiteral("out.csv.manifest.json")));
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(m.readAll()).object();
        const QJsonObject counts = manifest.value(QLatin1String("provenance")).toObject();
        QHash<QString, int> expected;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString by = o.value(QLatin1String("decided_by")).toString();
            expected[by.isEmpty() ? QStringLiteral("none") : by] += 1;
        }
        QCOMPARE(counts.value(QLatin1String("adjudication")).toInt(), 1);
        int total = 0;
        for (const QString &key :
             {QStringLiteral("annotation"), QStringLiteral("accept"), QStringLiteral("fix"),
              QStringLiteral("adjudication"), QStringLiteral("none")}) {
            QVERIFY2(counts.contains(key), qPrintable(key));
            QCOMPARE(counts.value(key).toInt(), expected.value(key));
            total += counts.value(key).toInt();
        }
        QCOMPARE(total, manifest.value(QLatin1String("counts"))
                                .toObject()
                                .value(QLatin1String("items"))
                                .toInt());
    }

    // A lead stores the batch's consensus figures; reviewers list them, annotators may not.
    void consensusFiguresAreStoredAndListed()
    {
        Run r = assay(review({"consensus", "--batch", "b1"}), QStringLiteral("boss"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("No consensus figures")));
        r = assay(review({"consensus", "--batch", "b1", "store"}), QStringLiteral("rev"));
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("may not")));
        r = assay(review({"consensus", "--batch", "b1", "store"}), QStringLiteral("boss"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray items = json(review({"consensus", "--batch", "b1"}), QStringLiteral("rev"))
                                         .value(QLatin1String("items"))
                                         .toArray();
        // Every text has two answers but the one a rejection sent back, not done again.
        QCOMPARE(items.size(), 19);
        QVERIFY2(r.out.contains(QLatin1String("Stored the consensus of 19 items (Dawid-Skene, "
                                              "converged")),
                 qPrintable(r.out));
        double last = -1;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const double c = o.value(QLatin1String("confidence")).toDouble(-1);
            QVERIFY(c >= last && c <= 1); // lowest first
            last = c;
            QCOMPARE(o.value(QLatin1String("answers")).toInt(), 2);
            const QString label = o.value(QLatin1String("label")).toString();
            QVERIFY2(label == QLatin1String("cat") || label == QLatin1String("dog"),
                     qPrintable(label));
        }
        r = assay(review({"consensus", "--batch", "b1"}), QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
        QCOMPARE(assay(review({"consensus", "--batch", "b1", "again"}), QStringLiteral("boss"))
                         .status,
                 64);
    }

    void leadSetsWhereRejectionsGo()
    {
        // The default, then another annotator by name; a reviewer may not set it.
        QCOMPARE(json(review({"returns", "--batch", "b1"}), QStringLiteral("boss"))
                         .value(QLatin1String("mode"))
                         .toString(),
                 QStringLiteral("same"));
        QCOMPARE(assay(review({"returns", "--batch", "b1", "another"}), QStringLiteral("rev")).status,
                 1);
        const QJsonObject set = json(review({"returns", "--batch", "b1", "another", "bob"}),
                                     QStringLiteral("boss"));
        QCOMPARE(set.value(QLatin1String("mode")).toString(), QStringLiteral("another"));
        QCOMPARE(set.value(QLatin1String("person")).toString(), QStringLiteral("bob"));
        QCOMPARE(assay(review({"returns", "--batch", "b1", "elsewhere"}), QStringLiteral("boss"))
                         .status,
                 64);
        const Run back = assay(review({"returns", "--batch", "b1", "same"}), QStringLiteral("boss"));
        QVERIFY2(back.status == 0, qPrintable(back.err));
        QVERIFY(back.out.contains(QLatin1String("back to their annotator")));
    }

    void qualityReportsAuditAccuracy()
    {
        // Everything else in the queue accepted: audit accuracy below 1 (one rejection).
        const QJsonArray queue = json(review({"queue"}), QStringLiteral("rev"))
                                         .value(QLatin1String("entries"))
                                         .toArray();
        for (const QJsonValue &v : queue) {
            const Run r = assay(review({"decide"})
                                        + QStringList{v.toObject()
                                                              .value(QLatin1String("entry"))
                                                              .toString(),
                                                      QStringLiteral("accept")},
                                QStringLiteral("rev"));
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        const Run r = assay({QStringLiteral("quality"), m_project, QStringLiteral("--json")},
                            QStringLiteral("boss"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject batch = QJsonDocument::fromJson(r.out.toUtf8())
                                          .object()
                                          .value(QLatin1String("batches"))
                                          .toArray()
                                          .first()
                                          .toObject();
        const double audit = batch.value(QLatin1String("figures"))
                                     .toObject()
                                     .value(QLatin1String("audit_accuracy"))
                                     .toDouble(-1);
        QVERIFY2(audit > 0.5 && audit < 1.0, qPrintable(r.out.left(600)));
        bool verdict = false;
        for (const QJsonValue &v : batch.value(QLatin1String("verdicts")).toArray()) {
            if (v.toObject().value(QLatin1String("criterion")).toString() == QLatin1String("audit"))
                verdict = true;
        }
        QVERIFY(verdict);
        const Run text = assay({QStringLiteral("quality"), m_project}, QStringLiteral("boss"));
        QVERIFY(text.out.contains(QLatin1String("audit accuracy")));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewCli)
#include "tst_review_cli.moc"
