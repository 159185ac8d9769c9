// SPDX-License-Identifier: Apache-2.0
// assay guideline as a process: a draft from a Markdown file that annotators cannot read, the
// publish, show by section, the diff, worked examples (never gold), citations, and the round
// trip of export and edit.
#include "core/project/services.h"
#include "tests/app/clirunner.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = assay::tests::CliRun;
using assay::tests::TestKeys;

class tst_GuidelineCli : public QObject
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
    QStringList g(std::initializer_list<const char *> words)
    {
        QStringList out{QStringLiteral("guideline"), m_project};
        for (const char *w : words)
            out.append(QString::fromUtf8(w));
        return out;
    }
    void write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("p.assay"));
        const QString boss = QStringLiteral("boss");
        QCOMPARE(assay({QStringLiteral("init"), m_project, QStringLiteral("--owner"), boss}).status,
                 0);
        for (const auto &[name, role] : {std::pair{"ann", "annotator"}, {"wren", "author"}}) {
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
        for (int i = 0; i < 3; ++i)
            write(QStringLiteral("texts/t%1.txt").arg(i), QStringLiteral("text %1\n").arg(i));
        QCOMPARE(assay({QStringLiteral("add"), m_project, m_dir.filePath(QStringLiteral("texts"))},
                       boss)
                         .status,
                 0);
    }

    void draftPublishShowDiff()
    {
        write(QStringLiteral("g1.md"),
              QStringLiteral("# Animals\n\n## Cat\n\nA cat.\n\n## Dog\n\nA dog.\n"));
        Run r = assay(g({"edit", "--from", "g1.md"}), QStringLiteral("ann"));
        QCOMPARE(r.status, 1); // an annotator may not
        r = assay(g({"edit", "--from", "g1.md"}), QStringLiteral("wren"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 sections"))
                || r.out.contains(QStringLiteral("3 sections")));
        // The draft is the authors': the annotator is told there is none to read.
        r = assay(g({"show"}), QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no guideline has been published")),
                 qPrintable(r.err));
        r = assay(g({"show", "--draft"}), QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
        r = assay(g({"show", "--draft"}), QStringLiteral("wren"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("## Cat {#cat}")));

        r = assay(g({"publish"}), QStringLiteral("wren"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("guideline version 1 published")));
        r = assay(g({"show", "--section", "dog"}), QStringLiteral("ann"));
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("A dog.")));
        QVERIFY(!r.out.contains(QStringLiteral("A cat.")));

        // Export, edit the file, import it as the next draft: anchors survive the round trip.
        r = assay(g({"export", "--out", "out.md"}), QStringLiteral("ann"));
        QCOMPARE(r.status, 0);
        QFile f(m_dir.filePath(QStringLiteral("out.md")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains(QStringLiteral("## Dog {#dog}")));
        text.replace(QStringLiteral("## Dog {#dog}"), QStringLiteral("## Dogs and puppies {#dog}"));
        text.replace(QStringLiteral("A dog."), QStringLiteral("A dog or a puppy."));
        write(QStringLiteral("g2.md"), text);
        QCOMPARE(assay(g({"edit", "--from", "g2.md"}), QStringLiteral("wren")).status, 0);
        QCOMPARE(assay(g({"publish"}), QStringLiteral("wren")).status, 0);
        const QJsonObject d = QJsonDocument::fromJson(
                                      assay(g({"diff", "1", "2", "--json"}), QStringLiteral("ann"))
                                              .out.toUtf8())
                                      .object();
        const QJsonArray changes = d.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QLatin1String("anchor")).toString(),
                 QStringLiteral("dog"));
        QCOMPARE(changes.at(0).toObject().value(QLatin1String("change")).toString(),
                 QStringLiteral("changed"));
        const QJsonObject shown
                = QJsonDocument::fromJson(
                          assay(g({"show", "--json"}), QStringLiteral("ann")).out.toUtf8())
                          .object();
        QCOMPARE(shown.value(QLatin1String("version")).toInt(), 2);
        bool dogBound = false;
        for (const auto &s : shown.value(QLatin1String("sections")).toArray())
            dogBound |= s.toObject().value(QLatin1String("anchor")).toString()
                                == QLatin1String("dog")
                        && s.toObject().value(QLatin1String("class")).toString()
                                   == QLatin1String("dog");
        QVERIFY(dogBound);
        r = assay(g({"diff", "1", "2"}), QStringLiteral("ann"));
        QVERIFY(r.out.contains(QStringLiteral("+ A dog or a puppy.")));
    }

    void examplesAndGold()
    {
        Run r = assay(g({"examples", "add", "texts/t0.txt", "--class", "cat", "--kind", "edge-case",
                         "--note", "a cat in a costume"}),
                      QStringLiteral("wren"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay(g({"examples", "add", "texts/t1.txt", "--class", "cat", "--kind", "sideways"}),
                  QStringLiteral("wren"));
        QCOMPARE(r.status, 1);
        const QJsonObject list = QJsonDocument::fromJson(
                                         assay(g({"examples", "list", "--class", "cat", "--json"}),
                                               QStringLiteral("ann"))
                                                 .out.toUtf8())
                                         .object();
        QCOMPARE(list.value(QLatin1String("examples")).toArray().size(), 1);
        QCOMPARE(list.value(QLatin1String("examples"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QLatin1String("kind"))
                         .toString(),
                 QStringLiteral("edge-case"));
        // The example cannot be made gold.
        r = assay({QStringLiteral("gold"), m_project, QStringLiteral("add"),
                   QStringLiteral("texts/t0.txt"), QStringLiteral("--class"), QStringLiteral("cat")},
                  QStringLiteral("boss"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("worked example")), qPrintable(r.err));
        r = assay(g({"examples", "remove", "texts/t0.txt", "--class", "cat"}),
                  QStringLiteral("wren"));
        QCOMPARE(r.status, 0);
        QCOMPARE(QJsonDocument::fromJson(
                         assay(g({"examples", "list", "--json"}), QStringLiteral("ann")).out.toUtf8())
                         .object()
                         .value(QLatin1String("examples"))
                         .toArray()
                         .size(),
                 0);
    }

    void citations()
    {
        // An annotator's flag cites the dog section; the author reads the count.
        QCOMPARE(assay({QStringLiteral("batch"), m_project, QStringLiteral("create"),
                        QStringLiteral("b"), QStringLiteral("--annotators"), QStringLiteral("ann"),
                        QStringLiteral("--overlap"), QStringLiteral("1"),
                        QStringLiteral("--gold-rate"), QStringLiteral("0")},
                       QStringLiteral("boss"))
                         .status,
                 0);
        {
            auto project = assay::core::Project::open(m_project);
            ASSAY_VERIFY_RESULT(project);
            assay::core::Project &p = **project;
            ASSAY_VERIFY_RESULT(TestKeys::shared().signIn(p, QStringLiteral("ann")));
            const auto queue = *p.work().annotatorQueue(p.actor().id);
            ASSAY_VERIFY_RESULT(p.work().setTaskState(queue.first().id,
                                                      assay::core::TaskState::Flagged,
                                                      QStringLiteral("guideline unclear"),
                                                      QStringLiteral("is a puppy a dog?"),
                                                      QStringLiteral("dog")));
        }
        QCOMPARE(assay(g({"citations"}), QStringLiteral("ann")).status, 1);
        const QJsonObject cited
                = QJsonDocument::fromJson(
                          assay(g({"citations", "--json"}), QStringLiteral("wren")).out.toUtf8())
                          .object();
        const QJsonArray sections = cited.value(QLatin1String("sections")).toArray();
        QCOMPARE(sections.size(), 1);
        const QJsonObject dog = sections.at(0).toObject();
        QCOMPARE(dog.value(QLatin1String("anchor")).toString(), QStringLiteral("dog"));
        QCOMPARE(dog.value(QLatin1String("title")).toString(), QStringLiteral("Dogs and puppies"));
        QCOMPARE(dog.value(QLatin1String("flags")).toInt(), 1);
        QCOMPARE(dog.value(QLatin1String("items")).toArray().size(), 1);
        // The log still verifies, and a rebuild gives the same state.
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), m_project}).status, 0);
    }
};

QTEST_GUILESS_MAIN(tst_GuidelineCli)
#include "tst_guideline_cli.moc"
