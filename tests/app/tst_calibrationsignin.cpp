// SPDX-License-Identifier: Apache-2.0
// The window's sign-in applies the calibration sessions' rule for a trainer: a member's finished
// attempt is judged in the trainer's name and the window says so; an annotator's sign-in judges
// nothing; signing in again judges nothing twice.
#include "app/gui/mainwindow.h"
#include "core/calibration/calibrationjudging.h"
#include "core/project/services.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_CalibrationSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    tests::MemoryKeys m_keys;
    QString m_path;

    static int judgedEvents(Project &p)
    {
        auto events = p.events(0, 100000);
        if (!events)
            return -1;
        return int(std::count_if(events->cbegin(), events->cend(), [](const store::Event &e) {
            return e.kind == QLatin1String("calibration.attempt_judged");
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-calibration-signin-test"));
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);

        m_path = m_dir.filePath(QStringLiteral("s.assay"));
        CreateOptions options;
        options.ownerSecret = m_keys.of(QStringLiteral("admin"));
        auto created = Project::create(m_path, options);
        QVERIFY(created);
        Project &p = **created;
        Item it;
        it.kind = ItemKind::Image;
        it.sha256 = QString(64, QLatin1Char('a'));
        it.path = QStringLiteral("media/one.png");
        it.width = it.height = 50;
        ASSAY_VERIFY_RESULT(p.items().addItems({it}, {}));
        const Id item = p.items().page(0, 1)->first().id;
        TaxonomyClass cat;
        cat.name = QStringLiteral("cat");
        auto added = p.taxonomy().addClass(cat);
        ASSAY_VERIFY_RESULT(added);
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("tess"), {}, {Role::Trainer}));
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("ana"), {}, {Role::Annotator}));
        ASSAY_VERIFY_RESULT(m_keys.registerIn(p, QStringLiteral("tess")));
        ASSAY_VERIFY_RESULT(m_keys.registerIn(p, QStringLiteral("ana")));
        ASSAY_VERIFY_RESULT(p.signIn(QStringLiteral("tess"), m_keys.of(QStringLiteral("tess"))));
        ASSAY_VERIFY_RESULT(p.calibration().createSet(QStringLiteral("one")));
        ASSAY_VERIFY_RESULT(p.calibration().addReferences(
                QStringLiteral("one"),
                {{item, {added->id}, {}, QStringLiteral("Ears."), QStringLiteral("1")}}));
        CalibrationSessionSpec spec;
        spec.name = QStringLiteral("monday");
        spec.set = QStringLiteral("one");
        spec.members = {QStringLiteral("ana")};
        spec.onboarding = true;
        ASSAY_VERIFY_RESULT(p.calibration().startSession(spec));
        ASSAY_VERIFY_RESULT(p.signIn(QStringLiteral("ana"), m_keys.of(QStringLiteral("ana"))));
        auto queue = p.work().annotatorQueue(p.actor().id);
        ASSAY_VERIFY_RESULT(queue);
        QCOMPARE(queue->size(), 1);
        auto ann = p.annotations().startAnnotation(queue->first().id);
        ASSAY_VERIFY_RESULT(ann);
        ASSAY_VERIFY_RESULT(p.annotations().setClasses(ann->id, {added->id}));
        ASSAY_VERIFY_RESULT(p.work().setTaskState(queue->first().id, TaskState::Done));
        QVERIFY(latestJudgements(p).isEmpty());
    }

    void windowSignInJudgesForTheTrainer()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(m_path));
        // The annotator's sign-in in the window: nothing judged, nothing said.
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("ana"), m_keys.of(QStringLiteral("ana"))));
        QVERIFY(latestJudgements(*w.store()).isEmpty());
        QVERIFY(!w.statusBar()->currentMessage().contains(QLatin1String("Calibration")));

        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("tess"), m_keys.of(QStringLiteral("tess"))));
        QCOMPARE(latestJudgements(*w.store()).size(), 1);
        const CalibrationJudgement j = latestJudgements(*w.store()).first().judgement;
        QCOMPARE(j.name, QStringLiteral("ana"));
        QVERIFY(j.passed);
        QVERIFY(j.gateLifted);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("1 passed")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!*w.store()->gold().mustRecalibrate(
                w.store()->people().person(QStringLiteral("ana"))->id));
        QCOMPARE(judgedEvents(*w.store()), 1);

        // Again: judged once only.
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("tess"), m_keys.of(QStringLiteral("tess"))));
        QVERIFY(latestJudgements(*w.store()).isEmpty());
        QCOMPARE(judgedEvents(*w.store()), 1);
    }
};

QTEST_MAIN(tst_CalibrationSignIn)
#include "tst_calibrationsignin.moc"
