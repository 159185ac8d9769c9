// SPDX-License-Identifier: Apache-2.0
// Storage that is not as it should be: a project on read-only media opens for reading with the
// reason; a copy whose last changes are still in its -wal on read-only media, an empty file and
// a folder each say what they are; a folder that goes away mid-write (a network folder that
// disconnects) is said to be gone, nothing saved before is lost, and the project opens again
// once the folder is back. Read-only media and vanishing folders are real bind mounts where the
// test may mount (tests/mounts.h says why); the write side also goes through SQLite's own I/O
// layer (tests/core/store/faultvfs.h), which works everywhere.
#include "core/base/storage.h"
#include "core/items/intake.h"
#include "core/project/services.h"
#include "tests/core/store/faultvfs.h"
#include "tests/mounts.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using assay::test::FaultVfs;
using assay::tests::BindMount;
using assay::tests::ReadOnlyView;

class tst_StorageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FaultVfs::install(); }
    void cleanup() { FaultVfs::back(); }
    void readOnlyMediaOpensForReading();
    void pendingWalOnReadOnlyMediaIsExplained();
    void badFilesSayWhatTheyAre_data();
    void badFilesSayWhatTheyAre();
    void folderGoneMidWriteLosesNothing();
    void folderUnmountedMidRun();
    void missingMediaSaysWhichFolder();

private:
    // A project in `folder` with three text documents and one class; returns its path.
    static QString makeProject(const QString &folder)
    {
        QDir(folder).mkpath(QStringLiteral("media"));
        for (int i = 0; i < 3; ++i) {
            QFile f(QDir(folder).filePath(QStringLiteral("media/doc%1.txt").arg(i)));
            if (f.open(QIODevice::WriteOnly))
                f.write(QByteArray("A document, number ") + QByteArray::number(i));
        }
        const QString path = QDir(folder).filePath(QStringLiteral("p.assay"));
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        auto created = Project::create(path, options);
        if (!created)
            return {};
        if (!(*created)->setActor(QStringLiteral("lead")))
            return {};
        TaxonomyClass kept;
        kept.name = QStringLiteral("kept");
        if (!(*created)->taxonomy().addClass(kept))
            return {};
        if (!media::addMedia(**created, {QDir(folder).filePath(QStringLiteral("media"))}))
            return {};
        return path;
    }

    static bool isWhole(const QString &path, int classes, QString *why)
    {
        auto reopened = Project::open(path);
        if (!reopened) {
            *why = reopened.error().toString();
            return false;
        }
        const auto taxonomy = (*reopened)->taxonomy().get();
        if (!taxonomy || taxonomy->classes.size() < classes
            || taxonomy->classes.at(0).name != QLatin1String("kept")) {
            *why = QStringLiteral("classes lost");
            return false;
        }
        const auto integrity = (*reopened)->integrityCheck();
        if (!integrity || *integrity != QLatin1String("ok")) {
            *why = QStringLiteral("integrity check failed");
            return false;
        }
        const auto verified = (*reopened)->verifyLog();
        if (!verified || !verified->intact) {
            *why = verified ? verified->reason : verified.error().toString();
            return false;
        }
        return true;
    }
};

void tst_StorageFaults::readOnlyMediaOpensForReading()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("archive"));
    const QString path = makeProject(folder);
    QVERIFY(!path.isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // a closed project: the file alone

    ReadOnlyView view(folder);
    if (!view.ok())
        QSKIP("no folder can be made read-only here");
    qInfo("read-only through %s", qPrintable(view.how()));
    const QString roPath = view.filePath(QStringLiteral("p.assay"));
    auto opened = Project::open(roPath);
    ASSAY_VERIFY_RESULT(opened);
    Project &ro = **opened;
    QVERIFY(ro.isReadOnly());
    QVERIFY2(ro.readOnlyReason().contains(QLatin1String("read-only")),
             qPrintable(ro.readOnlyReason()));
    // Everything reads: counts, the taxonomy, the log and its check, the file's integrity.
    QCOMPARE(ro.counts()->texts, qint64(3));
    QCOMPARE(ro.taxonomy().get()->classes.size(), 1);
    const auto check = ro.checkLog();
    ASSAY_VERIFY_RESULT(check);
    QVERIFY2(check->intact(), qPrintable(check->reason()));
    QCOMPARE(*ro.integrityCheck(), QStringLiteral("ok"));
    // Nothing is recorded, with the reason.
    ASSAY_VERIFY_RESULT(ro.setActor(QStringLiteral("lead")));
    TaxonomyClass late;
    late.name = QStringLiteral("late");
    auto refused = ro.taxonomy().addClass(late);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("read-only")),
             qPrintable(refused.error().message));
    // Nothing was made beside it either.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

void tst_StorageFaults::pendingWalOnReadOnlyMediaIsExplained()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir.filePath(QStringLiteral("live")));
    QVERIFY(!path.isEmpty());
    // Copied while the project was open: the last change is still in the -wal, and there is
    // no -shm to read it with.
    const QString copy = dir.filePath(QStringLiteral("copy"));
    QVERIFY(QDir().mkpath(copy));
    {
        auto live = Project::open(path);
        ASSAY_VERIFY_RESULT(live);
        ASSAY_VERIFY_RESULT((*live)->setActor(QStringLiteral("lead")));
        TaxonomyClass pending;
        pending.name = QStringLiteral("pending");
        ASSAY_VERIFY_RESULT((*live)->taxonomy().addClass(pending));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(path, copy + QStringLiteral("/p.assay")));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("/p.assay-wal")));
    }
    ReadOnlyView view(copy);
    if (!view.ok())
        QSKIP("no folder can be made read-only here");
    auto opened = Project::open(view.filePath(QStringLiteral("p.assay")));
    QVERIFY(!opened);
    // Not an older state shown as if it were the last: what is wrong, and what to do.
    QVERIFY2(opened.error().message.contains(QLatin1String("-wal"))
                     && opened.error().message.contains(QLatin1String("read-only"))
                     && opened.error().message.contains(QLatin1String("writable folder")),
             qPrintable(opened.error().toString()));
}

void tst_StorageFaults::badFilesSayWhatTheyAre_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("said");
    QTest::newRow("empty file") << "empty"
                                << "the file is empty (0 bytes)";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
    QTest::newRow("missing") << "missing"
                             << "no such file";
    QTest::newRow("another program's file") << "text"
                                            << "not an Assay project";
}

void tst_StorageFaults::badFilesSayWhatTheyAre()
{
    QFETCH(QString, what);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.assay"));
    if (what == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (what == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (what == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,class\nx.jpg,cat\n");
    }
    auto opened = Project::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(said), qPrintable(opened.error().toString()));
    QCOMPARE(opened.error().path, path);
}

// Through the fault VFS: the folder goes away after a budget of bytes, at every point of an
// edit from the first byte to the last; each attempt says the file is gone, or succeeds.
void tst_StorageFaults::folderGoneMidWriteLosesNothing()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir.path());
    QVERIFY(!path.isEmpty());
    int gone = 0;
    int done = 0;
    int classes = 1;
    for (long long budget = 0; budget <= (1ll << 20) && done == 0;
         budget = budget < 16384 ? budget + 4096 : budget * 2) {
        {
            auto project = Project::open(path);
            ASSAY_VERIFY_RESULT(project);
            ASSAY_VERIFY_RESULT((*project)->setActor(QStringLiteral("lead")));
            FaultVfs::setGoneAfter(budget);
            Status st;
            for (int i = 0; i < 20 && st; ++i) {
                TaxonomyClass c;
                c.name = QStringLiteral("class %1 %2").arg(budget).arg(i);
                auto added = (*project)->taxonomy().addClass(c);
                if (!added)
                    st = added.error();
            }
            if (st) {
                ++done;
            } else {
                ++gone;
                QVERIFY(FaultVfs::isGone());
                QVERIFY2(st.error().code == ErrorCode::Io
                                 && st.error().message.contains(QLatin1String("no longer there")),
                         qPrintable(QStringLiteral("budget %1: %2")
                                            .arg(budget)
                                            .arg(st.error().toString())));
                // Tried again while it is still gone: refused before anything is written.
                TaxonomyClass again;
                again.name = QStringLiteral("again %1").arg(budget);
                auto refused = (*project)->taxonomy().addClass(again);
                QVERIFY(!refused);
                QVERIFY(refused.error().message.contains(QLatin1String("no longer there")));
            }
            FaultVfs::back(); // it comes back; this connection is let go, as after a reconnect
        }
        QString why;
        QVERIFY2(isWhole(path, classes, &why),
                 qPrintable(QStringLiteral("budget %1: %2").arg(budget).arg(why)));
        auto reopened = Project::open(path);
        ASSAY_VERIFY_RESULT(reopened);
        classes = int((*reopened)->taxonomy().get()->classes.size());
    }
    QVERIFY2(gone > 2, "the folder never went away mid-write");
    QVERIFY(done > 0);
}

// A real folder that goes away: the project's folder is a bind mount, detached (umount -l)
// while the project is open; writes are refused as gone, reads of what is open go on, and once
// the folder is mounted again the project opens with everything saved before.
void tst_StorageFaults::folderUnmountedMidRun()
{
    QTemporaryDir dir;
    const QString server = dir.filePath(QStringLiteral("server"));
    QVERIFY(QDir().mkpath(server));
    const QString share = dir.filePath(QStringLiteral("share"));
    QString path;
    {
        BindMount mount(server, share, false);
        if (!mount.ok())
            QSKIP("a folder cannot be mounted here (it needs root)");
        path = makeProject(share);
        QVERIFY(!path.isEmpty());
        auto project = Project::open(path);
        ASSAY_VERIFY_RESULT(project);
        ASSAY_VERIFY_RESULT((*project)->setActor(QStringLiteral("lead")));
        TaxonomyClass saved;
        saved.name = QStringLiteral("saved before");
        ASSAY_VERIFY_RESULT((*project)->taxonomy().addClass(saved));

        QVERIFY(mount.unmountLazily());
        QVERIFY(!QFile::exists(path));
        TaxonomyClass lost;
        lost.name = QStringLiteral("while gone");
        auto refused = (*project)->taxonomy().addClass(lost);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("no longer there")),
                 qPrintable(refused.error().toString()));
        // The message says which folder is missing or empty.
        QVERIFY2(refused.error().message.contains(QLatin1String("not mounted")),
                 qPrintable(refused.error().toString()));
        QCOMPARE((*project)->taxonomy().get()->classes.size(), 2); // what is open still reads
    }
    // Back again: everything saved before the folder went is there.
    BindMount again(server, share, false);
    QVERIFY(again.ok());
    QString why;
    QVERIFY2(isWhole(path, 2, &why), qPrintable(why));
    auto reopened = Project::open(path);
    ASSAY_VERIFY_RESULT(reopened);
    const auto taxonomy = (*reopened)->taxonomy().get();
    QCOMPARE(taxonomy->classes.size(), 2);
    QCOMPARE(taxonomy->classes.at(1).name, QStringLiteral("saved before"));
    QCOMPARE((*reopened)->counts()->texts, qint64(3));
}

void tst_StorageFaults::missingMediaSaysWhichFolder()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/cats")));
    QFile f(root + QStringLiteral("/cats/a.jpg"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(storage::mediaRootProblem(root).isEmpty());
    QCOMPARE(storage::whyMissing(root + QStringLiteral("/cats/b.jpg")),
             QStringLiteral("the file does not exist"));
    // The folder of the file is not there: named, not just "no such file".
    const QString deep = root + QStringLiteral("/dogs/puppies/c.jpg");
    QVERIFY2(storage::whyMissing(deep).contains(QDir::toNativeSeparators(root + "/dogs"))
                     && !storage::whyMissing(deep).contains(QLatin1String("puppies")),
             qPrintable(storage::whyMissing(deep)));
    // An unmounted disk leaves an empty mount point, or none at all.
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    QVERIFY(storage::mediaRootProblem(mountPoint).contains(QLatin1String("empty")));
    QVERIFY(storage::whyMissing(mountPoint + QStringLiteral("/x.jpg"))
                    .contains(QLatin1String("not mounted")));
    QVERIFY(storage::mediaRootProblem(dir.filePath(QStringLiteral("nowhere")))
                    .contains(QLatin1String("not there")));
    QVERIFY(!storage::onReadOnlyMedia(dir.path()));
}

QTEST_GUILESS_MAIN(tst_StorageFaults)
#include "tst_storagefaults.moc"
