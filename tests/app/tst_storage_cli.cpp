// SPDX-License-Identifier: Apache-2.0
// The command line on storage that is not as it should be: a project on read-only media (a
// read-only bind mount as root, a folder without write permission otherwise; tests/mounts.h)
// opens for info, log verify, quality, export and report with a notice and is left as it was;
// recording is refused with the reason; a read-only folder, an empty file and a full disk each
// get a message saying what is actually wrong.
#include "tests/app/clirunner.h"
#include "tests/mounts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using Run = assay::tests::CliRun;
using assay::tests::BindMount;
using assay::tests::ReadOnlyView;

class tst_StorageCli : public QObject
{
    Q_OBJECT

private:
    Run assay(const QStringList &args, const QString &as = QStringLiteral("lead"))
    {
        return assay::tests::runAssay(m_dir->path(), args, 120000, as);
    }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_shared;
    QString m_archive;
    QString m_project;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    // One project with three documents, made once: the read-only tests only look at it.
    void initTestCase()
    {
        QVERIFY(m_shared.isValid());
        m_archive = m_shared.filePath(QStringLiteral("archive"));
        QVERIFY(QDir().mkpath(m_archive + QStringLiteral("/media")));
        for (int i = 0; i < 3; ++i) {
            QFile f(m_archive + QStringLiteral("/media/doc%1.txt").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("A document, number " + QByteArray::number(i));
        }
        m_project = m_archive + QStringLiteral("/p.assay");
        assay::tests::TestKeys::shared().publicKey(QStringLiteral("lead"));
        Run r = assay::tests::runAssay(m_shared.path(), {"init", m_project, "--owner", "lead"},
                                       120000, QStringLiteral("lead"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay::tests::runAssay(m_shared.path(),
                                   {"add", m_project, m_archive + QStringLiteral("/media")}, 120000,
                                   QStringLiteral("lead"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void readOnlyMediaIsReadWithANotice_data()
    {
        QTest::addColumn<QStringList>("args"); // PROJECT stands for the project's path
        QTest::addColumn<QString>("shows");
        QTest::newRow("info") << QStringList{"info", "PROJECT"} << "Items";
        QTest::newRow("log verify") << QStringList{"log", "verify", "PROJECT"} << "intact";
        QTest::newRow("quality") << QStringList{"quality", "PROJECT", "--json"} << "{";
        QTest::newRow("export") << QStringList{"export", "PROJECT", "--format",      "csv",
                                               "--all",  "--out",   "OUT/labels.csv"}
                                << "manifest";
        QTest::newRow("report") << QStringList{"report", "PROJECT", "--out", "OUT/report.html"}
                                << "report written";
    }

    void readOnlyMediaIsReadWithANotice()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, shows);
        const QByteArray before = digest(m_project);
        ReadOnlyView view(m_archive);
        if (!view.ok())
            QSKIP("no folder can be made read-only here");
        const QString out = file(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        for (QString &a : args) {
            a.replace(QLatin1String("PROJECT"), view.filePath(QStringLiteral("p.assay")));
            a.replace(QLatin1String("OUT"), out);
        }
        const Run r = assay(args);
        QVERIFY2(r.status == 0, qPrintable(view.how() + QStringLiteral(": ") + r.err));
        QVERIFY2((r.out + r.err).contains(shows), qPrintable(r.out + r.err));
        // The notice: read-only, and why.
        QVERIFY2(r.err.contains(QLatin1String("open read-only (the project is on read-only media"))
                         || r.err.contains(QLatin1String("open read-only (the project's folder")),
                 qPrintable(r.err));
        QCOMPARE(digest(m_project), before);
        QVERIFY(!QFile::exists(m_project + QStringLiteral("-wal")));
    }

    // Recording is refused with the reason, and nothing changes.
    void readOnlyMediaRefusesRecording()
    {
        const QByteArray before = digest(m_project);
        ReadOnlyView view(m_archive);
        if (!view.ok())
            QSKIP("no folder can be made read-only here");
        const Run r = assay({"taxonomy", view.filePath(QStringLiteral("p.assay")), "add", "cat"});
        QVERIFY(r.status != 0);
        QVERIFY2(r.err.contains(QLatin1String("nothing can be recorded"))
                         && r.err.contains(QLatin1String("read-only")),
                 qPrintable(r.err));
        QCOMPARE(digest(m_project), before);
    }

    // Each says what is actually wrong, not SQLite's "unable to open database file".
    void messagesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty file") << "empty"
                                    << "the file is empty (0 bytes)";
        QTest::newRow("init in a read-only folder") << "init-ro"
                                                    << "read-only";
        QTest::newRow("full disk") << "full"
                                   << "the disk is full";
    }

    void messagesSayWhatIsWrong()
    {
        QFETCH(QString, what);
        QFETCH(QString, said);
        Run r;
        if (what == QLatin1String("empty")) {
            QFile f(file(QStringLiteral("empty.assay")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            r = assay({"info", f.fileName()});
        } else if (what == QLatin1String("init-ro")) {
            const QString folder = file(QStringLiteral("shelf"));
            QVERIFY(QDir().mkpath(folder));
            ReadOnlyView view(folder);
            if (!view.ok())
                QSKIP("no folder can be made read-only here");
            r = assay({"init", view.filePath(QStringLiteral("p.assay")), "--owner", "lead"});
            QVERIFY(!QFile::exists(view.filePath(QStringLiteral("p.assay"))));
        } else {
            // A filesystem of 512 KiB holding a project; then media that will not fit.
            const QString small = file(QStringLiteral("small"));
            QVERIFY(QDir().mkpath(small));
            if (QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                   QStringLiteral("-o"), QStringLiteral("size=1m"),
                                   QStringLiteral("tmpfs"), small})
                != 0)
                QSKIP("a small filesystem cannot be mounted here (it needs root)");
            struct Unmount
            {
                QString path;
                ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
            } unmount{small};
            const QString project = small + QStringLiteral("/p.assay");
            r = assay({"init", project, "--owner", "lead"});
            QVERIFY2(r.status == 0, qPrintable(r.err));
            QFile docs(file(QStringLiteral("docs.jsonl")));
            QVERIFY(docs.open(QIODevice::WriteOnly));
            for (int i = 0; i < 1500; ++i) {
                QByteArray noise(1500, Qt::Uninitialized); // does not compress
                for (char &c : noise)
                    c = char(QRandomGenerator::global()->bounded(0, 256));
                docs.write("{\"text\": \"" + noise.toBase64() + "\"}\n");
            }
            docs.close();
            r = assay({"add", project, docs.fileName()});
            // Nothing lost: the project still opens and verifies.
            const Run verify = assay({"log", "verify", project});
            QVERIFY2(verify.status == 0, qPrintable(verify.err));
        }
        QVERIFY(r.status != 0);
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("unable to open database file")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_StorageCli)
#include "tst_storage_cli.moc"
