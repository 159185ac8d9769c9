// SPDX-License-Identifier: Apache-2.0
// assay calibration as a process: a trainer builds a set and runs a session; the results and
// status as JSON; judging passes one member and gives the other hints without answers; the
// debrief is refused before it is released and another person's is never shown.
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

class tst_CalibrationCli : public QObject
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
    Run calibration(const QStringList &words, const QString &as)
    {
        return assay(QStringList{QStringLiteral("calibration"), m_project} + words, as);
    }
    QJsonDocument json(const QStringList &words, const QString &as)
    {
        const Run r = calibration(words + QStringList{QStringLiteral("--json")}, as);
        if (r.status != 0)
            qWarning("%s: %s", qPrintable(words.join(' ')), qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("p.assay"));
        const QString boss = QStringLiteral("boss");
        QCOMPARE(assay({QStringLiteral("init"), m_project, QStringLiteral("--owner"), boss}).status,
                 0);
        for (const auto &[name, role] :
             {std::pair{"tess", "trainer"}, {"ana", "annotator"}, {"ben", "annotator"}}) {
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
        for (int i = 0; i < 4; ++i) {
            QFile f(m_dir.filePath(QStringLiteral("texts/t%1.txt").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("text %1 about an animal\n").arg(i).toUtf8());
        }
        QCOMPARE(assay({QStringLiteral("add"), m_project, m_dir.filePath(QStringLiteral("texts"))},
                       boss)
                         .status,
                 0);
    }

    void trainerRunsASession()
    {
        const QString tess = QStringLiteral("tess");
        Run r = calibration({QStringLiteral("set"), QStringLiteral("create"),
                             QStringLiteral("monday")},
                            tess);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        for (int i = 0; i < 4; ++i) {
            r = calibration({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("monday"),
                             QStringLiteral("t%1.txt").arg(i), QStringLiteral("--class"),
                             i % 2 ? QStringLiteral("dog") : QStringLiteral("cat"),
                             QStringLiteral("--explanation"), QStringLiteral("because %1").arg(i),
                             QStringLiteral("--section"), QStringLiteral("2.%1").arg(i)},
                            tess);
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        const QJsonArray sets = json({QStringLiteral("set"), QStringLiteral("list")}, tess).array();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().toObject().value(QLatin1String("items")).toInt(), 4);
        // An annotator may not list the references.
        QCOMPARE(calibration({QStringLiteral("set"), QStringLiteral("list"),
                              QStringLiteral("monday")},
                             QStringLiteral("ana"))
                         .status,
                 1);
        const QJsonObject started = json({QStringLiteral("session"), QStringLiteral("start"),
                                          QStringLiteral("cohort"), QStringLiteral("--set"),
                                          QStringLiteral("monday"), QStringLiteral("--members"),
                                          QStringLiteral("ana,ben"), QStringLiteral("--attempts"),
                                          QStringLiteral("2"), QStringLiteral("--pass"),
                                          QStringLiteral("0.75")},
                                         tess)
                                            .object();
        QCOMPARE(started.value(QLatin1String("members")).toInt(), 2);

        // ana answers all right, ben says cat everywhere.
        auto project = assay::core::Project::open(m_project);
        ASSAY_VERIFY_RESULT(project);
        assay::core::Project &p = **project;
        const auto taxonomy = *p.taxonomy().get();
        for (const QString &name : {QStringLiteral("ana"), QStringLiteral("ben")}) {
            ASSAY_VERIFY_RESULT(TestKeys::shared().signIn(p, name));
            int n = 0;
            for (const assay::core::Task &t : *p.work().annotatorQueue(p.actor().id)) {
                auto a = p.annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(a);
                const bool dog = name == QLatin1String("ana") && n++ % 2 == 1;
                ASSAY_VERIFY_RESULT(
                        p.annotations().setClasses(a->id,
                                                   {taxonomy.findByName(dog ? QStringLiteral("dog")
                                                                            : QStringLiteral("cat"))
                                                            ->id}));
                ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, assay::core::TaskState::Done));
            }
        }
        project->reset();

        // The trainer's sign-in judges the finished attempts on her behalf (Project::signIn);
        // `session judge` says what it did, and a second finds nothing left to judge.
        const QJsonArray judged = json({QStringLiteral("session"), QStringLiteral("judge"),
                                        QStringLiteral("cohort")},
                                       tess)
                                          .array();
        QCOMPARE(judged.size(), 2);
        QVERIFY(judged.at(0).toObject().value(QLatin1String("passed")).toBool());
        const QJsonObject ben = judged.at(1).toObject();
        QVERIFY(!ben.value(QLatin1String("passed")).toBool());
        QVERIFY(ben.value(QLatin1String("retry")).toBool());
        const QJsonArray hints = ben.value(QLatin1String("hints")).toArray();
        QCOMPARE(hints.size(), 1);
        QCOMPARE(hints.first().toString(), QStringLiteral("confused cat and dog (2 times)"));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!hints.first().toString().contains(QStringLiteral("t%1").arg(i)));

        QCOMPARE(json({QStringLiteral("session"), QStringLiteral("judge"), QStringLiteral("cohort")},
                      tess)
                         .array()
                         .size(),
                 0);

        const QJsonObject results = json({QStringLiteral("session"), QStringLiteral("results"),
                                          QStringLiteral("cohort")},
                                         tess)
                                            .object();
        const QJsonArray people = results.value(QLatin1String("people")).toArray();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).toObject().value(QLatin1String("accuracy")).toDouble(), 1.0);
        QCOMPARE(people.at(1).toObject().value(QLatin1String("accuracy")).toDouble(), 0.5);
        QCOMPARE(results.value(QLatin1String("most_missed")).toArray().size(), 2);
        QCOMPARE(results.value(QLatin1String("cohort"))
                         .toObject()
                         .value(QLatin1String("accuracy_with_reference"))
                         .toDouble(),
                 0.75);
        // The results are the trainer's.
        QCOMPARE(calibration({QStringLiteral("session"), QStringLiteral("results"),
                              QStringLiteral("cohort")},
                             QStringLiteral("ana"))
                         .status,
                 1);

        // ana's debrief is hers (and the trainer's); ben has none yet.
        const QJsonObject debrief = json({QStringLiteral("debrief"), QStringLiteral("cohort")},
                                         QStringLiteral("ana"))
                                            .object();
        QVERIFY(debrief.value(QLatin1String("passed")).toBool());
        QCOMPARE(debrief.value(QLatin1String("debrief")).toArray().size(), 4);
        QCOMPARE(debrief.value(QLatin1String("debrief"))
                         .toArray()
                         .at(1)
                         .toObject()
                         .value(QLatin1String("section"))
                         .toString(),
                 QStringLiteral("2.1"));
        QCOMPARE(calibration({QStringLiteral("debrief"), QStringLiteral("cohort")},
                             QStringLiteral("ben"))
                         .status,
                 1);
        QCOMPARE(calibration({QStringLiteral("debrief"), QStringLiteral("cohort"),
                              QStringLiteral("--person"), QStringLiteral("ana")},
                             QStringLiteral("ben"))
                         .status,
                 1);
        // ben's own status shows the hint; the cohort's status is the trainer's.
        const QJsonArray status = json({QStringLiteral("session"), QStringLiteral("status"),
                                        QStringLiteral("cohort")},
                                       tess)
                                          .array();
        QCOMPARE(status.at(1).toObject().value(QLatin1String("attempt")).toInt(), 2);
        QCOMPARE(status.at(0).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("passed"));
        r = calibration({QStringLiteral("session"), QStringLiteral("close"),
                         QStringLiteral("cohort")},
                        tess);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // Closing judged ben's unfinished second attempt as final: his debrief is out.
        QCOMPARE(calibration({QStringLiteral("debrief"), QStringLiteral("cohort")},
                             QStringLiteral("ben"))
                         .status,
                 0);
    }
};

QTEST_GUILESS_MAIN(tst_CalibrationCli)
#include "tst_calibration_cli.moc"
