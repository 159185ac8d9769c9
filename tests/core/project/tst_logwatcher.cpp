// SPDX-License-Identifier: Apache-2.0
// LogWatcher: the events appended to a project, told apart by where they were recorded, with the
// annotations and items they touch.
#include "core/project/logwatcher.h"
#include "core/project/services.h"
#include "tests/core/annotation/annotationtestproject.h"
#include "tests/testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_LogWatcher : public QObject
{
    Q_OBJECT

private:
    static QList<EventNotice> notices(const QSignalSpy &spy)
    {
        QList<EventNotice> all;
        for (const auto &arguments : spy)
            all += arguments.at(0).value<QList<EventNotice>>();
        return all;
    }
    static Box box(const QString &id)
    {
        Box b;
        b.id = id;
        b.x = 1;
        b.y = 2;
        b.w = 30;
        b.h = 40;
        return b;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::AnnotationTestProject m_p;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_p = test::makeAnnotationTestProject(m_dir->path());
        QVERIFY(m_p.project);
    }

    void cleanup() { m_p = {}; }

    // The store's own commits are told at once, in the call that made them.
    void ownCommitsAreToldAtOnce()
    {
        LogWatcher watcher(&m_p.project->store());
        QVERIFY(!watcher.error());
        QSignalSpy spy(&watcher, &LogWatcher::eventsAppended);
        ASSAY_VERIFY_RESULT(
                m_p.project->annotations().addBox(m_p.annotationA, box(QStringLiteral("b-1"))));
        QCOMPARE(spy.size(), 1);
        const EventNotice n = notices(spy).first();
        QCOMPARE(n.kind, QStringLiteral("annotation.box_added"));
        QVERIFY(n.local);
        QCOMPARE(n.annotationIds, QStringList{m_p.annotationA});
        QCOMPARE(n.itemIds, QStringList{m_p.imageA});
        QCOMPARE(n.seq, m_p.project->logHead()->seq);
        QCOMPARE(watcher.lastSeq(), n.seq);

        // A transaction of several events is told once, when it commits.
        ASSAY_VERIFY_RESULT(m_p.project->transact([&]() -> Status {
            ASSAY_TRY(
                    m_p.project->annotations().addBox(m_p.annotationA, box(QStringLiteral("b-2"))));
            ASSAY_TRY(m_p.project->annotations().setClasses(m_p.annotationB, {m_p.dog}));
            return {};
        }));
        QCOMPARE(spy.size(), 2);
        const QList<EventNotice> both = spy.at(1).at(0).value<QList<EventNotice>>();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(1).itemIds, QStringList{m_p.imageB});
        // A rolled back one is not told at all.
        QVERIFY(!m_p.project->transact([&]() -> Status {
            ASSAY_TRY(
                    m_p.project->annotations().addBox(m_p.annotationA, box(QStringLiteral("b-3"))));
            return makeError(ErrorCode::Cancelled, QStringLiteral("changed my mind"));
        }));
        watcher.poll();
        QCOMPARE(spy.size(), 2);
    }

    // Another connection's commits (a second window, an `assay` command) are found by the poll,
    // and told apart from the store's own even when they arrive together.
    void otherConnectionsAreFoundByThePoll()
    {
        LogWatcher watcher(&m_p.project->store());
        watcher.setPollInterval(20);
        QSignalSpy spy(&watcher, &LogWatcher::eventsAppended);
        auto other = Project::open(m_p.path);
        ASSAY_VERIFY_RESULT(other);
        QVERIFY((*other)->setActor(QStringLiteral("alice")));
        ASSAY_VERIFY_RESULT((*other)->annotations().setClasses(m_p.annotationA, {m_p.cat}));
        QTRY_COMPARE(spy.size(), 1);
        EventNotice n = notices(spy).first();
        QVERIFY(!n.local);
        QCOMPARE(n.kind, QStringLiteral("annotation.classes_set"));
        QCOMPARE(n.itemIds, QStringList{m_p.imageA});

        // Read with a commit of the store's own: each keeps its origin.
        watcher.setPollInterval(60 * 60 * 1000);
        ASSAY_VERIFY_RESULT((*other)->annotations().setClasses(m_p.annotationB, {m_p.cat}));
        ASSAY_VERIFY_RESULT(m_p.project->annotations().setClasses(m_p.annotationB, {m_p.dog}));
        QCOMPARE(spy.size(), 2);
        const QList<EventNotice> pair = spy.at(1).at(0).value<QList<EventNotice>>();
        QCOMPARE(pair.size(), 2);
        QVERIFY(!pair.at(0).local);
        QVERIFY(pair.at(1).local);
        watcher.poll(); // nothing new
        QCOMPARE(spy.size(), 2);
    }

    // An import may touch any item: its payload is not read to say which.
    void importsMayTouchAnyItem()
    {
        LogWatcher watcher(&m_p.project->store());
        QSignalSpy spy(&watcher, &LogWatcher::eventsAppended);
        QVERIFY(m_p.project->setActor(QStringLiteral("lead")));
        core::interchange::test::writeFixture(
                m_dir->path(), QStringLiteral("more.jsonl"),
                "{\"item\": \"a.png\", \"label\": \"dog\", \"confidence\": 0.6}\n");
        core::transfer::ImportOptions options;
        options.prelabels = true;
        options.model = QStringLiteral("classifier-2");
        ASSAY_VERIFY_RESULT(
                core::transfer::importDataset(*m_p.project,
                                              m_dir->filePath(QStringLiteral("more.jsonl")),
                                              options));
        const QList<EventNotice> all = notices(spy);
        QVERIFY(!all.isEmpty());
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const EventNotice &n) {
            return n.kind == QLatin1String("dataset.imported") && n.anyItem && n.local;
        }));
    }

    // The store may go first: the watcher is then only a poll of the file.
    void storeMayGoFirst()
    {
        LogWatcher watcher(&m_p.project->store());
        m_p.project.reset();
        watcher.poll();
        QVERIFY(!watcher.error());
    }
};

QTEST_GUILESS_MAIN(tst_LogWatcher)
#include "tst_logwatcher.moc"
