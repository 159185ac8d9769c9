// SPDX-License-Identifier: Apache-2.0
// A disk that fills part way, through SQLite's own I/O layer (tests/core/store/faultvfs.h):
// creating a project, adding classes, people, media and labels stop with a message that says
// the disk is full, nothing already in the project is lost, and the project opens and verifies
// afterwards. Every byte budget up to the one that suffices is tried.
#include "core/items/intake.h"
#include "core/project/services.h"
#include "core/transfer/datasetimport.h"
#include "tests/core/store/faultvfs.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using assay::test::FaultVfs;

class tst_DiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FaultVfs::install(); }
    void cleanup() { FaultVfs::unlimited(); }
    void initOnAFillingDisk();
    void editsOnAFillingDiskLoseNothing_data();
    void editsOnAFillingDiskLoseNothing();
    void aRealSmallFilesystemFills();
};

static bool saysDiskIsFull(const Error &e)
{
    return e.code == ErrorCode::Io && e.message.contains(QStringLiteral("full"));
}

void tst_DiskFull::initOnAFillingDisk()
{
    // From no room at all up to enough: each attempt fails cleanly or succeeds.
    bool succeeded = false;
    int failures = 0;
    for (long long budget = 0; budget <= (8ll << 20) && !succeeded;
         budget = budget < 4096 ? budget + 1024 : budget * 3 / 2) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.assay"));
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        FaultVfs::setBudget(budget);
        auto created = Project::create(path, options);
        const int vfsFailures = FaultVfs::failures();
        FaultVfs::unlimited();
        if (created) {
            succeeded = true;
            QVERIFY((*created)->verifyLog()->intact);
            break;
        }
        ++failures;
        QVERIFY2(vfsFailures > 0, qPrintable(created.error().toString()));
        QVERIFY2(saysDiskIsFull(created.error()),
                 qPrintable(QStringLiteral("budget %1: %2")
                                    .arg(budget)
                                    .arg(created.error().toString())));
        // A half-made project is not left behind to be mistaken for one.
        QVERIFY2(!QFile::exists(path), qPrintable(QStringLiteral("budget %1").arg(budget)));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
    QVERIFY(succeeded);
    QVERIFY(failures > 3);
}

void tst_DiskFull::editsOnAFillingDiskLoseNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("classes") << "classes";
    QTest::newRow("people") << "people";
    QTest::newRow("media") << "media";
}

void tst_DiskFull::editsOnAFillingDiskLoseNothing()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.assay"));
    QDir(dir.path()).mkpath(QStringLiteral("media"));
    for (int i = 0; i < 20; ++i) {
        QFile f(dir.filePath(QStringLiteral("media/doc%1.txt").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("A document, number ") + QByteArray::number(i) + QByteArray(2000, 'x'));
    }
    {
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        auto created = Project::create(path, options);
        ASSAY_VERIFY_RESULT(created);
        ASSAY_VERIFY_RESULT((*created)->setActor(QStringLiteral("lead")));
        TaxonomyClass c;
        c.name = QStringLiteral("kept");
        ASSAY_VERIFY_RESULT((*created)->taxonomy().addClass(c));
    }

    int fullErrors = 0;
    int done = 0;
    for (long long budget = 0; budget <= (4ll << 20);
         budget = budget < 8192 ? budget + 2048 : budget * 2) {
        auto project = Project::open(path);
        ASSAY_VERIFY_RESULT(project);
        ASSAY_VERIFY_RESULT((*project)->setActor(QStringLiteral("lead")));
        const auto taxonomyBefore = (*project)->taxonomy().get();
        ASSAY_VERIFY_RESULT(taxonomyBefore);
        const qsizetype classesBefore = taxonomyBefore->classes.size();
        const auto countBefore = (*project)->items().itemCount();
        ASSAY_VERIFY_RESULT(countBefore);
        const qint64 itemsBefore = *countBefore;
        FaultVfs::setBudget(budget);
        Status st;
        if (what == QLatin1String("classes")) {
            for (int i = 0; i < 30 && st; ++i) {
                TaxonomyClass c;
                c.name = QStringLiteral("class %1 %2").arg(budget).arg(i);
                auto added = (*project)->taxonomy().addClass(c);
                if (!added)
                    st = added.error();
            }
        } else if (what == QLatin1String("people")) {
            for (int i = 0; i < 30 && st; ++i) {
                auto added = (*project)->people().addPerson(QStringLiteral("p%1_%2").arg(budget).arg(
                                                                    i),
                                                            QString(), {Role::Annotator});
                if (!added)
                    st = added.error();
            }
        } else {
            auto report = media::addMedia(**project, {dir.filePath(QStringLiteral("media"))});
            if (!report)
                st = report.error();
        }
        FaultVfs::unlimited();
        if (st) {
            ++done;
        } else {
            ++fullErrors;
            QVERIFY2(saysDiskIsFull(st.error()),
                     qPrintable(
                             QStringLiteral("budget %1: %2").arg(budget).arg(st.error().toString())));
        }
        // The same connection carries on once there is room again.
        const auto taxonomyAfter = (*project)->taxonomy().get();
        ASSAY_VERIFY_RESULT(taxonomyAfter);
        QVERIFY(taxonomyAfter->classes.size() >= classesBefore);
        const auto itemsAfter = (*project)->items().itemCount();
        ASSAY_VERIFY_RESULT(itemsAfter);
        QVERIFY(*itemsAfter >= itemsBefore);
        TaxonomyClass again;
        again.name = QStringLiteral("after %1").arg(budget);
        ASSAY_VERIFY_RESULT((*project)->taxonomy().addClass(again));
        project->reset();

        // Reopened: what was there is there, and the file and the log are whole.
        auto reopened = Project::open(path);
        ASSAY_VERIFY_RESULT(reopened);
        const auto taxonomy = (*reopened)->taxonomy().get();
        ASSAY_VERIFY_RESULT(taxonomy);
        QCOMPARE(taxonomy->classes.at(0).name, QStringLiteral("kept"));
        QVERIFY(taxonomy->classes.size() >= classesBefore + 1);
        const auto integrity = (*reopened)->integrityCheck();
        ASSAY_VERIFY_RESULT(integrity);
        QCOMPARE(*integrity, QStringLiteral("ok"));
        const auto verified = (*reopened)->verifyLog();
        ASSAY_VERIFY_RESULT(verified);
        QVERIFY2(verified->intact, qPrintable(verified->reason));
        if (what == QLatin1String("media") && st)
            break; // everything is in: later budgets add nothing
    }
    QVERIFY2(fullErrors > 0, "the disk never filled");
    QVERIFY(done > 0);
}

// The same on a real filesystem of 1 MiB (tmpfs), where the test may mount one (root, or a
// container that allows it); skipped otherwise.
void tst_DiskFull::aRealSmallFilesystemFills()
{
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(mount));
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mount})
        != 0)
        QSKIP("a small filesystem cannot be mounted here (it needs root)");
    struct Unmount
    {
        QString path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
    } unmount{mount};

    const QString path = QDir(mount).filePath(QStringLiteral("p.assay"));
    CreateOptions options;
    options.ownerName = QStringLiteral("lead");
    auto created = Project::create(path, options);
    ASSAY_VERIFY_RESULT(created);
    ASSAY_VERIFY_RESULT((*created)->setActor(QStringLiteral("lead")));
    TaxonomyClass kept;
    kept.name = QStringLiteral("kept");
    ASSAY_VERIFY_RESULT((*created)->taxonomy().addClass(kept));

    // 3 MB of text documents that do not compress, stored in the project: more than there is.
    const QString jsonl = dir.filePath(QStringLiteral("docs.jsonl"));
    {
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 1500; ++i) {
            QByteArray noise(1500, Qt::Uninitialized);
            for (char &c : noise)
                c = char(QRandomGenerator::global()->bounded(0, 256));
            f.write("{\"text\": \"" + noise.toBase64() + "\"}\n");
        }
    }
    auto report = media::addMedia(**created, {jsonl});
    QVERIFY(!report);
    QVERIFY2(saysDiskIsFull(report.error()), qPrintable(report.error().toString()));
    created->reset();

    auto reopened = Project::open(path);
    ASSAY_VERIFY_RESULT(reopened);
    const auto taxonomy = (*reopened)->taxonomy().get();
    ASSAY_VERIFY_RESULT(taxonomy);
    QCOMPARE(taxonomy->classes.size(), 1);
    QCOMPARE(*(*reopened)->items().itemCount(), 0);
    const auto integrity = (*reopened)->integrityCheck();
    ASSAY_VERIFY_RESULT(integrity);
    QCOMPARE(*integrity, QStringLiteral("ok"));
    QVERIFY((*reopened)->verifyLog()->intact);
}

QTEST_GUILESS_MAIN(tst_DiskFull)
#include "tst_diskfull.moc"
