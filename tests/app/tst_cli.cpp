// SPDX-License-Identifier: Apache-2.0
// The command line, run as a process: outputs, JSON fields, messages and exit statuses.
#include "tests/app/clirunner.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <sqlite3.h>

using Run = assay::tests::CliRun;

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    // As the owner of a project made without --owner ($USER, "tester" in the test runner),
    // unless --as names someone else.
    Run assay(const QStringList &args)
    {
        return assay::tests::runAssay(m_dir->path(), args, 60000, QStringLiteral("tester"));
    }

    QString file(const QString &name) const { return m_dir->filePath(name); }

    void writeImage(const QString &name, int w, int h)
    {
        cv::Mat m(h, w, CV_8UC3, cv::Scalar(w % 255, h % 255, 90));
        cv::imwrite(file(name).toStdString(), m);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void versionAndHelp()
    {
        Run r = assay({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("assay ")));
        r = assay({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char *cmd : {"init", "add", "info", "people", "taxonomy", "log"})
            QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
        r = assay({QStringLiteral("frobnicate")});
        QCOMPARE(r.status, 64);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
        r = assay({QStringLiteral("info")});
        QCOMPARE(r.status, 64);
        QVERIFY(r.err.contains(QStringLiteral("usage")));
    }

    void initAndInfo()
    {
        Run r = assay({QStringLiteral("init"), QStringLiteral("p.assay"), QStringLiteral("--name"),
                       QStringLiteral("Birds"), QStringLiteral("--owner"), QStringLiteral("lead1")});
        QCOMPARE(r.status, 0);
        r = assay({QStringLiteral("init"), QStringLiteral("p.assay")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("p.assay"))
                         && r.err.contains(QStringLiteral("already exists")),
                 qPrintable(r.err));

        r = assay({QStringLiteral("info"), QStringLiteral("p.assay"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("project")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Birds"));
        QCOMPARE(o.value(QLatin1String("project")).toObject().value(QLatin1String("schema")).toInt(),
                 assay::core::store::schema::currentVersion());
        for (const char *key : {"classes", "people", "batches", "tasks", "annotations", "boxes",
                                "events", "taxonomy_version"})
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
        const QJsonObject items = o.value(QLatin1String("items")).toObject();
        for (const char *key : {"image", "text", "audio", "total"})
            QVERIFY2(items.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(o.value(QLatin1String("people")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("events")).toInt(), 3); // created, owner added, owner's key

        r = assay({QStringLiteral("info"), QStringLiteral("nowhere.assay")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nowhere.assay: no such file")), qPrintable(r.err));
    }

    // Huge images that are not tiled get their tile pyramid once they are in the project
    // (ASSAY_PYRAMID_MIN_PIXELS lowers "huge" to 3 MP here); --no-pyramids leaves it to the
    // window.
    void addMakesTheTilePyramidsOfHugeImages()
    {
        qputenv("ASSAY_PYRAMID_MIN_PIXELS", "3000000");
        const auto restore = qScopeGuard([] { qunsetenv("ASSAY_PYRAMID_MIN_PIXELS"); });
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        for (const char *folder : {"m", "n", "o"})
            QDir(m_dir->path()).mkpath(QLatin1String(folder));
        writeImage(QStringLiteral("m/huge.jpg"), 2400, 1600); // 3.8 MP
        writeImage(QStringLiteral("m/small.png"), 400, 300);
        Run r = assay({QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("m"),
                       QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject pyramids = r.json().value(QLatin1String("pyramids")).toObject();
        QCOMPARE(pyramids.value(QLatin1String("made")).toInt(), 1);
        QCOMPARE(pyramids.value(QLatin1String("failed")).toArray().size(), 0);
        const QDir cache(file(QStringLiteral("p.assay-cache/pyramids")));
        const QStringList made = cache.entryList(QDir::Files);
        QCOMPARE(made.size(), 1);
        QVERIFY(made.first().endsWith(QLatin1String(".tif")));

        writeImage(QStringLiteral("n/later.jpg"), 2000, 2000);
        r = assay({QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("n"),
                   QStringLiteral("--no-pyramids")});
        QCOMPARE(r.status, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("tile pyramid")), qPrintable(r.err));
        QCOMPARE(cache.entryList(QDir::Files).size(), 1);

        writeImage(QStringLiteral("o/again.jpg"), 2000, 1999);
        r = assay({QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("o")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(QStringLiteral("made the tile pyramid of 1 huge image in")),
                 qPrintable(r.err));
        QCOMPARE(cache.entryList(QDir::Files).size(), 2);
    }

    void addReportsAndExitStatuses()
    {
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        QDir(m_dir->path()).mkpath(QStringLiteral("m"));
        writeImage(QStringLiteral("m/a.png"), 40, 30);
        writeImage(QStringLiteral("m/b.jpg"), 64, 48);
        Run r = assay({QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("m")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("added 2 items")), qPrintable(r.out));

        r = assay({QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("m")});
        QCOMPARE(r.status, 3); // only duplicates
        QVERIFY(r.err.contains(QStringLiteral("already in the project")));

        QFile bad(file(QStringLiteral("m/broken.jpg")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("\xFF\xD8\xFF\xE0 not really");
        bad.close();
        r = assay({QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("m"),
                   QStringLiteral("--json")});
        QCOMPARE(r.status, 2);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("added")).toObject().value(QLatin1String("total")).toInt(),
                 0);
        const QJsonArray rejected = o.value(QLatin1String("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.first()
                        .toObject()
                        .value(QLatin1String("path"))
                        .toString()
                        .endsWith(QLatin1String("broken.jpg")));
        QVERIFY(!rejected.first().toObject().value(QLatin1String("reason")).toString().isEmpty());
        QCOMPARE(assay({QStringLiteral("info"), QStringLiteral("p.assay"), QStringLiteral("--json")})
                         .json()
                         .value(QLatin1String("items"))
                         .toObject()
                         .value(QLatin1String("image"))
                         .toInt(),
                 2);

        r = assay({QStringLiteral("add"), QStringLiteral("missing.assay"), QStringLiteral("m")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("missing.assay")));
    }

    // Slides' label and macro images: never shown until a lead allows them; an annotator may
    // read the setting but not change it.
    void mediaSettingsAreALeadsToChange()
    {
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        QCOMPARE(assay({QStringLiteral("people"), QStringLiteral("p.assay"), QStringLiteral("add"),
                        QStringLiteral("ann"), QStringLiteral("--role"),
                        QStringLiteral("annotator"), QStringLiteral("--key"),
                        assay::tests::TestKeys::shared().publicKey(QStringLiteral("ann"))})
                         .status,
                 0);
        Run r = assay(
                {QStringLiteral("media"), QStringLiteral("p.assay"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QLatin1String("slide_associated_images")).toBool(true), false);
        r = assay::tests::runAssay(m_dir->path(),
                                   {QStringLiteral("media"), QStringLiteral("p.assay"),
                                    QStringLiteral("--slide-associated-images"),
                                    QStringLiteral("on")},
                                   60000, QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ann")), qPrintable(r.err));
        r = assay({QStringLiteral("media"), QStringLiteral("p.assay"),
                   QStringLiteral("--slide-associated-images"), QStringLiteral("maybe")});
        QCOMPARE(r.status, 64);
        r = assay({QStringLiteral("media"), QStringLiteral("p.assay"),
                   QStringLiteral("--slide-associated-images"), QStringLiteral("on")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("shown")), qPrintable(r.out));
        r = assay({QStringLiteral("media"), QStringLiteral("p.assay"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QLatin1String("slide_associated_images")).toBool(false), true);
        // The same value again records nothing; the log holds one such event, and replays.
        QCOMPARE(assay({QStringLiteral("media"), QStringLiteral("p.assay"),
                        QStringLiteral("--slide-associated-images"), QStringLiteral("on")})
                         .status,
                 0);
        r = assay({QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("p.assay")});
        QCOMPARE(r.out.count(QStringLiteral("media.settings_set")), 1);
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("p.assay")})
                         .status,
                 0);
    }

    void peopleTaxonomyAndPermissions()
    {
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        Run r = assay({QStringLiteral("people"), QStringLiteral("p.assay"), QStringLiteral("add"),
                       QStringLiteral("ann"), QStringLiteral("--role"), QStringLiteral("annotator"),
                       QStringLiteral("--key"),
                       assay::tests::TestKeys::shared().publicKey(QStringLiteral("ann"))});
        QCOMPARE(r.status, 0);
        r = assay({QStringLiteral("people"), QStringLiteral("p.assay"), QStringLiteral("add"),
                   QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("wizard")});
        QCOMPARE(r.status, 64);
        QVERIFY(r.err.contains(QStringLiteral("unknown role")));
        r = assay({QStringLiteral("people"), QStringLiteral("p.assay"), QStringLiteral("list"),
                   QStringLiteral("--json")});
        QCOMPARE(r.json().value(QLatin1String("people")).toArray().size(), 2);

        QCOMPARE(assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"),
                        QStringLiteral("add"), QStringLiteral("cat")})
                         .status,
                 0);
        QCOMPARE(assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"),
                        QStringLiteral("add"), QStringLiteral("dog"), QStringLiteral("--colour"),
                        QStringLiteral("#112233"), QStringLiteral("--hotkey"), QStringLiteral("d")})
                         .status,
                 0);
        QCOMPARE(assay({QStringLiteral("taxonomy"), QStringLiteral("add"), QStringLiteral("p.assay"),
                        QStringLiteral("puppy"), QStringLiteral("--parent"), QStringLiteral("dog")})
                         .status,
                 0);
        r = assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"), QStringLiteral("add"),
                   QStringLiteral("bird"), QStringLiteral("--colour"), QStringLiteral("red")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("#rrggbb")));
        QCOMPARE(assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"),
                        QStringLiteral("rename"), QStringLiteral("cat"), QStringLiteral("feline")})
                         .status,
                 0);

        r = assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"), QStringLiteral("list"),
                   QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QJsonObject t = r.json();
        QCOMPARE(t.value(QLatin1String("version")).toInt(), 4);
        QJsonArray classes = t.value(QLatin1String("classes")).toArray();
        QCOMPARE(classes.size(), 3);
        QCOMPARE(classes.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("feline"));
        QCOMPARE(classes.at(0).toObject().value(QLatin1String("hotkey")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(classes.at(1).toObject().value(QLatin1String("colour")).toString(),
                 QStringLiteral("#112233"));
        QCOMPARE(classes.at(2).toObject().value(QLatin1String("parent")).toString(),
                 QStringLiteral("dog"));
        r = assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"), QStringLiteral("list"),
                   QStringLiteral("--json"), QStringLiteral("--version"), QStringLiteral("1")});
        QCOMPARE(r.json().value(QLatin1String("classes"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                 QStringLiteral("cat"));

        r = assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"), QStringLiteral("add"),
                   QStringLiteral("fish"), QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ann may not edit the taxonomy")), qPrintable(r.err));
        r = assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"), QStringLiteral("add"),
                   QStringLiteral("fish"), QStringLiteral("--as"), QStringLiteral("nobody")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("nobody")));
    }

    void logShowAndVerify()
    {
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        for (const char *c : {"a", "b", "c"})
            QCOMPARE(assay({QStringLiteral("taxonomy"), QStringLiteral("p.assay"),
                            QStringLiteral("add"), QLatin1String(c)})
                             .status,
                     0);
        Run r = assay({QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("p.assay"),
                       QStringLiteral("--json"), QStringLiteral("--payload")});
        QCOMPARE(r.status, 0);
        const QJsonArray events = r.json().value(QLatin1String("events")).toArray();
        // project.created, person.added, person.key_registered (the owner's), then the classes.
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.at(2).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("person.key_registered"));
        QCOMPARE(events.at(3).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("taxonomy.changed"));
        QCOMPARE(events.at(3)
                         .toObject()
                         .value(QLatin1String("payload"))
                         .toObject()
                         .value(QLatin1String("class"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                 QStringLiteral("a"));

        r = assay({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("p.assay")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("intact")));

        sqlite3 *db = nullptr;
        sqlite3_open(file(QStringLiteral("p.assay")).toUtf8().constData(), &db);
        sqlite3_exec(
                db,
                "UPDATE events SET payload = CAST(REPLACE(CAST(payload AS TEXT), '\"b\"', '\"z\"') AS BLOB) WHERE seq = 5",
                nullptr, nullptr, nullptr);
        sqlite3_close(db);
        r = assay({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("p.assay")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("event #5")), qPrintable(r.err));
        QVERIFY(r.err.contains(events.at(4).toObject().value(QLatin1String("id")).toString()));
        r = assay({QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("p.assay"),
                   QStringLiteral("--json")});
        QCOMPARE(r.status, 1);
        QCOMPARE(r.json().value(QLatin1String("intact")).toBool(), false);
        QCOMPARE(r.json().value(QLatin1String("first_bad_seq")).toInt(), 5);
    }

    // Without a display (as `make run` on a server), the window program saves a picture of the
    // project and exits, never waiting on a window nobody sees; a file it cannot write is an
    // error with the file's name.
    void screenshotWithoutDisplayExits_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::newRow("saved") << QStringLiteral("shot.png") << 0;
        QTest::newRow("not writable") << QStringLiteral("missing/folder/shot.png") << 1;
    }

    void screenshotWithoutDisplayExits()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        assay::tests::CliOptions options;
        options.workingDirectory = m_dir->path();
        options.env = {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
        options.unset = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")};
        options.timeoutMs = 30000;
        const auto run = assay::tests::runAssay({QStringLiteral("p.assay"),
                                                 QStringLiteral("--screenshot"), file},
                                                options);
        QVERIFY2(run.status == status, qPrintable(run.err));
        const QString path = m_dir->filePath(file);
        if (status == 0) {
            QFile png(path);
            QVERIFY(png.open(QIODevice::ReadOnly));
            QCOMPARE(png.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        } else {
            QVERIFY(!QFileInfo::exists(path));
            QVERIFY2(run.err.contains(file + QStringLiteral(": could not be written")),
                     qPrintable(run.err));
        }
    }

    // A plain `assay info PROJECT` is answered by the `assay` front alone, from the store's kept
    // counts: a copy of the front without the workstation program beside it still answers it,
    // the same lines as the workstation prints, while what needs the workstation says so.
    void plainInfoNeedsNoWorkstation()
    {
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        writeImage(QStringLiteral("a.png"), 40, 30);
        QCOMPARE(assay({QStringLiteral("add"), QStringLiteral("p.assay"), QStringLiteral("a.png")})
                         .status,
                 0);
        const Run full = assay({QStringLiteral("info"), QStringLiteral("p.assay"),
                                QStringLiteral("--as"), QStringLiteral("tester")});
        QCOMPARE(full.status, 0);
        const QString lone = file(QStringLiteral("lone/assay"));
        QVERIFY(QDir().mkpath(file(QStringLiteral("lone"))));
        QVERIFY(QFile::copy(QStringLiteral(ASSAY_PATH), lone));
        QVERIFY(QFile::setPermissions(lone, QFile::ReadOwner | QFile::ExeOwner));
        auto runLone = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(m_dir->path());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
            p.setProcessEnvironment(env);
            p.start(lone, args);
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        const Run light = runLone({QStringLiteral("info"), QStringLiteral("p.assay")});
        QVERIFY2(light.status == 0, qPrintable(light.err));
        QCOMPARE(light.out, full.out);
        QVERIFY(light.out.contains(QLatin1String("1 images, 0 texts, 0 audio")));
        QVERIFY(light.err.contains(QLatin1String("admin")));
        // The rest goes to the workstation program, missing here.
        const Run json = runLone(
                {QStringLiteral("info"), QStringLiteral("p.assay"), QStringLiteral("--json")});
        QCOMPARE(json.status, 1);
        QVERIFY2(json.err.contains(QLatin1String("cannot start")), qPrintable(json.err));
        // A project that must be upgraded first is the workstation's too (the front never
        // writes): nothing is changed by the front's try.
        sqlite3 *db = nullptr;
        sqlite3_open(file(QStringLiteral("p.assay")).toUtf8().constData(), &db);
        const QByteArray older_ = "PRAGMA user_version = "
                                  + QByteArray::number(assay::core::store::schema::currentVersion()
                                                       - 1);
        sqlite3_exec(db, older_.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const Run older = runLone({QStringLiteral("info"), QStringLiteral("p.assay")});
        QCOMPARE(older.status, 1);
        QVERIFY2(older.err.contains(QLatin1String("cannot start")), qPrintable(older.err));
        QVERIFY(QDir(m_dir->path())
                        .entryList({QStringLiteral("p.assay.schema*.bak")}, QDir::Files)
                        .isEmpty());
    }

    void newerProjectIsRefused()
    {
        QCOMPARE(assay({QStringLiteral("init"), QStringLiteral("p.assay")}).status, 0);
        sqlite3 *db = nullptr;
        sqlite3_open(file(QStringLiteral("p.assay")).toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 42", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        Run r = assay({QStringLiteral("info"), QStringLiteral("p.assay")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer Assay")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
