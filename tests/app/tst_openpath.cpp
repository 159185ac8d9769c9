// SPDX-License-Identifier: Apache-2.0
// Opening a project reads no whole table: every statement the window's open and `assay info`
// run is checked with SQLite's own counters (full-scan steps) and its query plan.
#include "app/cli/projectcommands.h"
#include "app/gui/mainwindow.h"
#include "core/models/itemlistmodel.h"
#include "core/project/services.h"
#include "core/store/database.h"
#include "tests/testutil.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSettings>
#include <QTest>
#include <QTextStream>

#include <mutex>

using namespace assay;
using namespace assay::core;
using store::Database;

// The tables that grow with the project: none may be scanned on the way to the first view.
static const QStringList s_growingTables{
        QStringLiteral("items"),        QStringLiteral("tasks"),
        QStringLiteral("annotations"),  QStringLiteral("boxes"),
        QStringLiteral("events"),       QStringLiteral("import_chunks"),
        QStringLiteral("prelabels"),    QStringLiteral("annotation_classes"),
        QStringLiteral("gold_answers"), QStringLiteral("device_seen"),
        QStringLiteral("event_parts"),
};

// Collects the statements run while it lives.
class StatementLog final
{
public:
    StatementLog()
    {
        Database::setStatementObserver([this](const Database::StatementRun &run) {
            const std::lock_guard lock(m_mutex);
            m_runs.append(run);
        });
    }
    ~StatementLog() { Database::setStatementObserver({}); }
    QList<Database::StatementRun> runs()
    {
        const std::lock_guard lock(m_mutex);
        return m_runs;
    }

private:
    std::mutex m_mutex;
    QList<Database::StatementRun> m_runs;
};

class tst_OpenPath : public QObject
{
    Q_OBJECT

private:
    // A project with `items` images, a batch of tasks on some and an annotation with boxes.
    QString makeProject(const QString &name, int items)
    {
        const QString path = m_dir.filePath(name);
        auto store = Project::create(path, {});
        if (!store)
            return {};
        QList<Item> list;
        for (int i = 0; i < items; ++i) {
            Item it;
            it.kind = i % 10 == 0 ? ItemKind::Text : ItemKind::Image;
            it.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256)
                            .toHex());
            it.path = QStringLiteral("media/%1.jpg").arg(i);
            if (it.kind == ItemKind::Text) {
                it.text = QStringLiteral("document %1").arg(i);
                it.characters = it.text.size();
            }
            it.width = it.height = 10;
            list.append(it);
        }
        if (!(*store)->items().addItems(list, {}))
            return {};
        auto page = (*store)->items().page(0, 300);
        Batch b;
        b.name = QStringLiteral("first");
        auto batch = (*store)->work().createBatch(b);
        if (!page || !batch)
            return {};
        QList<Task> tasks;
        for (const Item &it : std::as_const(*page))
            tasks.append(Task{{},
                              {},
                              it.id,
                              (*store)->actor().id,
                              TaskKind::Production,
                              TaskState::Pending,
                              int(tasks.size())});
        auto assigned = (*store)->work().assignTasks(batch->id, tasks);
        if (!assigned)
            return {};
        auto annotation = (*store)->annotations().startAnnotation(assigned->first().id);
        if (!annotation)
            return {};
        for (int i = 0; i < 3; ++i) {
            if (!(*store)->annotations().addBox(annotation->id,
                                                Box{newId(), {}, 10.0 * i, 10, 20, 20, {}}))
                return {};
        }
        return path;
    }

    // What reads a whole growing table among `runs`: a plan that scans one, or many rows stepped
    // through by full scans (small tables such as people, classes and meta may be read whole).
    static QStringList wholeTableReads(const QString &path,
                                       const QList<Database::StatementRun> &runs)
    {
        QStringList problems;
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        if (!db)
            return {db.error().toString()};
        static const QRegularExpression scan(QStringLiteral("^SCAN (?:TABLE )?(\\w+)"));
        int fullScanSteps = 0;
        QSet<QString> seen;
        for (const Database::StatementRun &run : runs) {
            fullScanSteps += run.fullScanSteps;
            if (seen.contains(run.sql)
                || run.sql.trimmed().startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive))
                continue;
            seen.insert(run.sql);
            auto plan = (*db)->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + run.sql);
            if (!plan) {
                problems.append(plan.error().toString());
                continue;
            }
            while (plan->step()) {
                const QString detail = plan->text(3);
                const auto m = scan.match(detail);
                if (m.hasMatch() && s_growingTables.contains(m.captured(1)))
                    problems.append(QStringLiteral("%1 reads the whole of %2: %3")
                                            .arg(run.sql, m.captured(1), detail));
            }
        }
        if (fullScanSteps >= 200)
            problems.append(
                    QStringLiteral("%1 rows stepped through by full scans").arg(fullScanSteps));
        return problems;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-openpath-test"));
        // The check of the log that the window starts at opening reads the whole log, on a
        // connection of its own and in the background, by design: not part of the open path.
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    // The observer sees what SQLite did: a count of a table without its kept count is caught.
    void observerSeesAFullScan()
    {
        const QString path = makeProject(QStringLiteral("scan.assay"), 500);
        QVERIFY(!path.isEmpty());
        StatementLog log;
        auto db = Database::open(path, Database::OpenMode::ReadOnly);
        ASSAY_VERIFY_RESULT(db);
        auto s = (*db)->prepare(QStringLiteral("SELECT path FROM items WHERE path LIKE '%.jpg'"));
        ASSAY_VERIFY_RESULT(s);
        int rows = 0;
        while (s->step())
            ++rows;
        s->reset();
        QCOMPARE(rows, 500);
        const auto runs = log.runs();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().fullScanSteps >= 499);
        QCOMPARE(wholeTableReads(path, runs).size(), 2); // by its plan and by its steps

        // A count of rows steps through none, but its plan is a scan.
        const QStringList counted = wholeTableReads(
                path,
                {Database::StatementRun{QStringLiteral("SELECT COUNT(*) FROM items"), 0, 0, 1}});
        QCOMPARE(counted.size(), 1);
        QVERIFY2(counted.first().contains(QStringLiteral("reads the whole of items")),
                 qPrintable(counted.first()));
    }

    void windowOpenReadsNoWholeTable()
    {
        const QString path = makeProject(QStringLiteral("window.assay"), 3000);
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QList<Database::StatementRun> runs;
        {
            StatementLog log;
            QVERIFY(w.openProject(path));
            QCoreApplication::processEvents();
            (void) w.grab();
            runs = log.runs();
        }
        QVERIFY(!runs.isEmpty());
        // What the window shows comes from the kept counts and the first page.
        QCOMPARE(w.itemModel()->rowCount(), w.itemModel()->pageSize());
        bool shown = false;
        for (const QLabel *label : w.findChildren<QLabel *>())
            shown = shown || label->text() == QStringLiteral("3,000 items");
        QVERIFY(shown);
        const QStringList problems = wholeTableReads(path, runs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void infoReadsNoWholeTable()
    {
        const QString path = makeProject(QStringLiteral("info.assay"), 3000);
        QVERIFY(!path.isEmpty());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        app::CliIo io{outStream, errStream};
        QList<Database::StatementRun> runs;
        {
            StatementLog log;
            QCOMPARE(app::cli::runInfo({path}, io), int(app::ExitOk));
            runs = log.runs();
        }
        QVERIFY(!runs.isEmpty());
        outStream.flush();
        QVERIFY2(out.contains(QStringLiteral("2700 images, 300 texts, 0 audio")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Tasks               300")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1 (3 boxes)")), qPrintable(out));
        const QStringList problems = wholeTableReads(path, runs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(tst_OpenPath)
#include "tst_openpath.moc"
