// SPDX-License-Identifier: Apache-2.0
// Every command as every role, run as a process: the allow or deny the one policy gives
// (core/events/policy.cpp), and that what an annotator receives holds no gold answer and no
// task kind. Each row works on its own copy of one project, so that what an allowed command
// records never changes the next row.
#include "core/project/services.h"
#include "tests/app/clirunner.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = assay::tests::CliRun;
using assay::tests::TestKeys;

namespace {

// The people of the project, one per role, in the order of the table's columns.
const char *const s_people[] = {"boss", "lee", "rev", "tom", "auth", "ann"};
const char *const s_roles[] = {"admin", "lead", "reviewer", "trainer", "author", "annotator"};

} // namespace

class tst_RolesCli : public QObject
{
    Q_OBJECT

private:
    Run assay(const QStringList &args, const QString &as = {})
    {
        assay::tests::CliOptions options;
        options.workingDirectory = m_dir.path();
        options.as = as;
        return assay::tests::runAssay(args, options);
    }

    QTemporaryDir m_dir;
    QString m_base;
    QString m_goldItem;
    int m_copies = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_base = m_dir.filePath(QStringLiteral("base.assay"));
        const QString boss = QStringLiteral("boss");
        QCOMPARE(assay({QStringLiteral("init"), m_base, QStringLiteral("--owner"), boss}).status, 0);
        for (size_t i = 1; i < std::size(s_people); ++i) {
            const Run r = assay({QStringLiteral("people"), m_base, QStringLiteral("add"),
                                 QLatin1String(s_people[i]), QStringLiteral("--role"),
                                 QLatin1String(s_roles[i]), QStringLiteral("--key"),
                                 TestKeys::shared().publicKey(QLatin1String(s_people[i]))},
                                boss);
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        QCOMPARE(assay({QStringLiteral("taxonomy"), m_base, QStringLiteral("add"),
                        QStringLiteral("cat")},
                       boss)
                         .status,
                 0);
        QDir(m_dir.path()).mkdir(QStringLiteral("texts"));
        for (int i = 0; i < 12; ++i) {
            QFile f(m_dir.filePath(QStringLiteral("texts/t%1.txt").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("a text about cats, number %1\n").arg(i).toUtf8());
        }
        Run r = assay({QStringLiteral("add"), m_base, m_dir.filePath(QStringLiteral("texts"))},
                      boss);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        m_goldItem = QStringLiteral("texts/t0.txt");
        r = assay({QStringLiteral("gold"), m_base, QStringLiteral("add"), m_goldItem,
                   QStringLiteral("--class"), QStringLiteral("cat")},
                  boss);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("batch"), m_base, QStringLiteral("create"), QStringLiteral("b1"),
                   QStringLiteral("--annotators"), QStringLiteral("ann"),
                   QStringLiteral("--overlap"), QStringLiteral("1"), QStringLiteral("--gold-rate"),
                   QStringLiteral("0.05")},
                  boss);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // ann answers her queue (signed with her key, as the window would), and every answer
        // goes to review.
        {
            auto project = assay::core::Project::open(m_base);
            ASSAY_VERIFY_RESULT(project);
            assay::core::Project &p = **project;
            ASSAY_VERIFY_RESULT(TestKeys::shared().signIn(p, QStringLiteral("ann")));
            const auto cat = p.taxonomy().get()->findByName(QStringLiteral("cat"))->id;
            auto queue = p.work().annotatorQueue(p.actor().id);
            ASSAY_VERIFY_RESULT(queue);
            for (const assay::core::Task &t : *queue) {
                auto a = p.annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(a);
                ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {cat}));
                ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, assay::core::TaskState::Done));
            }
        }
        r = assay({QStringLiteral("review"), m_base, QStringLiteral("rules"),
                   QStringLiteral("--batch"), QStringLiteral("b1"), QStringLiteral("--rate"),
                   QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("1")},
                  boss);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QFile extra(m_dir.filePath(QStringLiteral("more.txt")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("one more text\n");
    }

    void commandsAsEachRole_data()
    {
        QTest::addColumn<QStringList>("args"); // PROJECT stands for the row's copy
        QTest::addColumn<QString>("allowed");  // the people (s_people) who may run it
        const auto row = [](const char *name, const QStringList &args, const char *allowed) {
            QTest::newRow(name) << args << QString::fromLatin1(allowed);
        };
        const QString P = QStringLiteral("PROJECT");
        const auto L = [](std::initializer_list<const char *> words) {
            QStringList out;
            for (const char *w : words)
                out.append(QString::fromLatin1(w));
            return out;
        };
        const char *everyone = "boss lee rev tom auth ann";
        row("info", L({"info", "PROJECT", "--json"}), everyone);
        row("log verify", L({"log", "verify", "PROJECT"}), everyone);
        row("log show", L({"log", "show", "PROJECT", "--payload", "--json"}), everyone);
        row("log rebuild", L({"log", "rebuild", "PROJECT"}), "boss");
        row("people list", L({"people", "PROJECT", "list"}), everyone);
        row("people add", L({"people", "PROJECT", "add", "newbie", "--role", "annotator"}),
            "boss lee");
        row("people roles", L({"people", "PROJECT", "roles", "ann", "reviewer"}), "boss lee");
        row("people revoke-key", L({"people", "PROJECT", "revoke-key", "ann"}), "boss lee");
        row("people deactivate", L({"people", "PROJECT", "deactivate", "ann"}), "boss lee");
        row("taxonomy list", L({"taxonomy", "PROJECT", "list"}), everyone);
        row("taxonomy add", L({"taxonomy", "PROJECT", "add", "dog"}), "boss lee auth");
        row("add media", L({"add", "PROJECT", "more.txt"}), "boss lee");
        row("gold list", L({"gold", "PROJECT", "list"}), "boss lee");
        row("gold add", L({"gold", "PROJECT", "add", "texts/t1.txt", "--class", "cat"}), "boss lee");
        row("gold status", L({"gold", "PROJECT", "status"}), "boss lee tom");
        row("gold gates", L({"gold", "PROJECT", "gates"}), "boss lee tom");
        row("gold settings", L({"gold", "PROJECT", "settings", "--threshold", "0.7"}), "boss lee");
        row("batch queue of another", L({"batch", "PROJECT", "queue", "ann"}),
            "boss lee rev tom ann");
        row("batch create",
            L({"batch", "PROJECT", "create", "b2", "--annotators", "ann", "--overlap", "1",
               "--gold-rate", "0"}),
            "boss lee");
        row("batch accept", L({"batch", "PROJECT", "accept", "b1"}), "boss lee");
        row("batch reject", L({"batch", "PROJECT", "reject", "b1", "--reason", "too early"}),
            "boss lee");
        row("conflicts", L({"conflicts", "PROJECT"}), "boss lee rev");
        row("taxonomy rename", L({"taxonomy", "PROJECT", "rename", "cat", "kitty"}),
            "boss lee auth");
        row("quality", L({"quality", "PROJECT", "--json"}), "boss lee tom");
        row("export", L({"export", "PROJECT", "--format", "csv", "--out", "out.csv"}),
            "boss lee rev");
        row("dupes", L({"dupes", "PROJECT", "--json"}), everyone);
        row("checkout", L({"checkout", "PROJECT", "--for", "ann", "--out", "PROJECT.ann.assay"}),
            "boss lee");
        row("sync", L({"sync", "PROJECT", "--remote", "folder:PROJECT.shared", "--json"}), everyone);
        row("prelabels", L({"prelabels", "PROJECT", "--json"}), "boss lee rev tom");
        row("review queue", L({"review", "PROJECT", "queue", "--json"}), "boss lee rev tom");
        row("review status", L({"review", "PROJECT", "status", "--json"}), "boss lee rev tom");
        row("review mine", L({"review", "PROJECT", "mine"}), everyone);
        row("review reasons", L({"review", "PROJECT", "reasons"}), everyone);
        row("review rules",
            L({"review", "PROJECT", "rules", "--batch", "b1", "--rate", "0.5", "--seed", "2"}),
            "boss lee");
        row("review reasons set",
            L({"review", "PROJECT", "reasons", "set", "loose=box too loose", "class=wrong class"}),
            "boss lee");
        row("review rereview",
            L({"review", "PROJECT", "rereview", "--batch", "b1", "--share", "0.5"}), "boss lee");
        row("review decide accept", L({"review", "PROJECT", "decide", "texts/t2.txt", "accept"}),
            "boss lee rev");
        row("review decide reject",
            L({"review", "PROJECT", "decide", "texts/t3.txt", "reject", "--reason", "wrong-class",
               "--text", "a dog, not a cat"}),
            "boss lee rev");
        row("review decide escalate",
            L({"review", "PROJECT", "decide", "texts/t4.txt", "escalate", "--text", "unclear"}),
            "boss lee rev");
        row("adjudicate versions", L({"adjudicate", "PROJECT", "texts/t2.txt", "--json"}),
            "boss lee rev tom");
        row("adjudicate queue", L({"adjudicate", "PROJECT", "--queue"}), "boss lee rev tom");
        row("adjudicate",
            L({"adjudicate", "PROJECT", "texts/t2.txt", "--choose", "1", "--reason", "guideline",
               "--text", "as the guideline says"}),
            "boss lee");
        row("export provenance",
            L({"export", "PROJECT", "--format", "csv", "--out", "prov.csv", "--provenance"}),
            "boss lee rev");
        Q_UNUSED(P);
    }

    void commandsAsEachRole()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, allowed);
        const QStringList may = allowed.split(QLatin1Char(' '));
        for (const char *person : s_people) {
            const QString who = QLatin1String(person);
            const QString copy = m_dir.filePath(QStringLiteral("c%1.assay").arg(++m_copies));
            QVERIFY(QFile::copy(m_base, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QStringList a = args;
            a.replaceInStrings(QStringLiteral("PROJECT"), copy);
            const Run r = assay(a, who);
            if (may.contains(who)) {
                QVERIFY2(r.status == 0,
                         qPrintable(QStringLiteral("%1 was refused %2: %3")
                                            .arg(who, args.join(QLatin1Char(' ')), r.err)));
            } else {
                QVERIFY2(r.status == 1 && (r.err.contains(QLatin1String(" may not "))),
                         qPrintable(QStringLiteral("%1 was not refused %2 (status %3): %4 %5")
                                            .arg(who, args.join(QLatin1Char(' ')))
                                            .arg(r.status)
                                            .arg(r.out.left(300), r.err)));
            }
        }
    }

    // What an annotator receives from the commands they may run holds no gold answer and no
    // task kind: the log, their queue, the project's figures.
    void anAnnotatorReceivesNoGoldAndNoKind()
    {
        const QString ann = QStringLiteral("ann");
        QString received;
        for (const QStringList &args :
             {QStringList{QStringLiteral("log"), QStringLiteral("show"), m_base,
                          QStringLiteral("--payload"), QStringLiteral("--json")},
              QStringList{QStringLiteral("batch"), m_base, QStringLiteral("queue"), ann,
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("batch"), m_base, QStringLiteral("queue"), ann},
              QStringList{QStringLiteral("info"), m_base, QStringLiteral("--json")},
              QStringList{QStringLiteral("taxonomy"), m_base, QStringLiteral("list")}}) {
            const Run r = assay(args, ann);
            QVERIFY2(r.status == 0, qPrintable(r.err));
            received += r.out + r.err;
        }
        QVERIFY(!received.isEmpty());
        for (const char *word : {"gold", "audit", "\"kind\": \"production\"", "seed"})
            QVERIFY2(!received.contains(QLatin1String(word), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("\"%1\" in: %2").arg(QLatin1String(word), received)));
        // The lead's view of the same project does name the gold task.
        const Run lead = assay({QStringLiteral("batch"), m_base, QStringLiteral("queue"), ann,
                                QStringLiteral("--json")},
                               QStringLiteral("lee"));
        QCOMPARE(lead.status, 0);
        QVERIFY2(lead.out.contains(QLatin1String("gold")), qPrintable(lead.out));
    }
};

QTEST_MAIN(tst_RolesCli)
#include "tst_roles_cli.moc"
