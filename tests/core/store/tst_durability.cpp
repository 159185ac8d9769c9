// SPDX-License-Identifier: Apache-2.0
// Durability: a writer killed with SIGKILL mid-stream loses no acknowledged edit, and the
// project passes PRAGMA integrity_check and log verification afterwards.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;

class tst_Durability : public QObject
{
    Q_OBJECT

private:
    // Runs the writer until it acknowledged at least `minAcks` edits plus a random few more
    // milliseconds, then kills it; returns the last acknowledged number.
    static qint64 runAndKill(const QStringList &args, int minAcks)
    {
        QProcess writer;
        writer.setProgram(QStringLiteral(CRASHWRITER_PATH));
        writer.setArguments(args);
        writer.start();
        if (!writer.waitForStarted())
            return -1;
        qint64 last = 0;
        QByteArray pending;
        const int extraMs = QRandomGenerator::global()->bounded(1, 40);
        QElapsedTimer sinceEnough;
        while (writer.state() == QProcess::Running) {
            writer.waitForReadyRead(50);
            pending += writer.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                last = pending.left(nl).toLongLong();
                pending.remove(0, nl + 1);
            }
            if (last >= minAcks && !sinceEnough.isValid())
                sinceEnough.start();
            if (sinceEnough.isValid() && sinceEnough.elapsed() >= extraMs)
                break;
        }
        writer.kill(); // SIGKILL: no destructor, no checkpoint, no flush
        writer.waitForFinished();
        // Acknowledgements already in the pipe count too: they were printed after a commit.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (!line.isEmpty())
                last = line.toLongLong();
        }
        if (!writer.readAllStandardError().isEmpty())
            return -2;
        return last;
    }

private Q_SLOTS:
    void killedEditorLosesNoAcknowledgedEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.assay"));
        Id annotationId;
        const Id boxId = newId();
        {
            auto store = assay::core::Project::create(path, {});
            ASSAY_VERIFY_RESULT(store);
            Item it;
            it.sha256 = QString(64, QLatin1Char('a'));
            it.path = QStringLiteral("x.jpg");
            it.width = it.height = 100;
            ASSAY_VERIFY_RESULT((*store)->items().addItems({it}, {}));
            Batch b;
            b.name = QStringLiteral("b");
            auto batch = (*store)->work().createBatch(b);
            auto tasks = (*store)->work().assignTasks(batch->id,
                                                      {Task{{},
                                                            {},
                                                            (*store)->items().page(0, 1)->first().id,
                                                            (*store)->actor().id,
                                                            TaskKind::Production,
                                                            TaskState::Pending,
                                                            0}});
            auto ann = (*store)->annotations().startAnnotation(tasks->first().id);
            ASSAY_VERIFY_RESULT(ann);
            annotationId = ann->id;
            ASSAY_VERIFY_RESULT(
                    (*store)->annotations().addBox(annotationId, Box{boxId, {}, 0, 1, 10, 10, {}}));
        }
        for (int round = 0; round < 3; ++round) {
            const qint64 acked = runAndKill({path, QStringLiteral("boxes"), annotationId, boxId},
                                            100);
            QVERIFY2(acked > 0, "the writer did not run");
            auto store = assay::core::Project::open(path);
            ASSAY_VERIFY_RESULT(store);
            QCOMPARE(*(*store)->integrityCheck(), QStringLiteral("ok"));
            auto v = (*store)->verifyLog();
            QVERIFY2(v->intact, qPrintable(v->reason));
            const double x = (*store)->annotations().annotation(annotationId)->boxes.first().x;
            // Every acknowledged edit is there; at most the one in flight went further.
            QVERIFY2(x == acked || x == acked + 1,
                     qPrintable(QStringLiteral("acknowledged %1, stored %2").arg(acked).arg(x)));
        }
    }

    void killedBulkWriteIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bulk.assay"));
        ASSAY_VERIFY_RESULT(assay::core::Project::create(path, {}));
        const qint64 acked = runAndKill({path, QStringLiteral("items"), QStringLiteral("run")}, 5);
        QVERIFY(acked > 0);
        auto store = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        QCOMPARE(*(*store)->integrityCheck(), QStringLiteral("ok"));
        QVERIFY((*store)->verifyLog()->intact);
        const qint64 count = *(*store)->items().itemCount();
        QVERIFY2(count == acked * 500 || count == (acked + 1) * 500,
                 qPrintable(QStringLiteral("acknowledged %1 runs, %2 items stored")
                                    .arg(acked)
                                    .arg(count)));
    }
};

QTEST_GUILESS_MAIN(tst_Durability)
#include "tst_durability.moc"
