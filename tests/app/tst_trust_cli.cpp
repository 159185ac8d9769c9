// SPDX-License-Identifier: Apache-2.0
// What assay log verify and rebuild guarantee, run as a process: a state table edited by hand
// is named, a rebuild is refused over a broken chain and to people who are not admins, and
// project files are created readable by their owner only.
#include "core/people/peopleevents.h"
#include "core/project/services.h"
#include "tests/app/clirunner.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using Run = assay::tests::CliRun;
using namespace assay::core;

class tst_TrustCli : public QObject
{
    Q_OBJECT

private:
    // As root, the owner of makeProject's projects; --as names someone else.
    Run assay(const QStringList &args)
    {
        assay::tests::CliOptions options;
        options.as = QStringLiteral("root");
        return assay::tests::runAssay(args, options);
    }

    static void sql(const QString &path, const char *statement)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, statement, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

    QString makeProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.assay").arg(++m_n));
        if (assay({QStringLiteral("init"), path, QStringLiteral("--owner"), QStringLiteral("root")})
                    .status
            != 0)
            return {};
        assay({QStringLiteral("people"), path, QStringLiteral("add"), QStringLiteral("ann"),
               QStringLiteral("--role"), QStringLiteral("annotator"), QStringLiteral("--key"),
               assay::tests::TestKeys::shared().publicKey(QStringLiteral("ann"))});
        assay({QStringLiteral("taxonomy"), path, QStringLiteral("add"), QStringLiteral("cat")});
        return path;
    }

    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void projectFilesAreTheOwnersOnly()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void verifyNamesStateEditedByHand()
    {
        const QString path = makeProject();
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), path}).status, 0);
        // An annotator makes themselves admin in the state tables and leaves the log alone.
        sql(path,
            "INSERT INTO person_roles (person_id, role) SELECT id, 'admin' FROM people WHERE name = 'ann'");
        Run v = assay(
                {QStringLiteral("log"), QStringLiteral("verify"), path, QStringLiteral("--json")});
        QCOMPARE(v.status, 1);
        const QJsonObject o = v.json();
        QCOMPARE(o.value(QLatin1String("intact")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("chain_intact")).toBool(), true);
        const QJsonObject d
                = o.value(QLatin1String("state_differences")).toArray().first().toObject();
        QCOMPARE(d.value(QLatin1String("table")).toString(), QStringLiteral("person_roles"));
        QVERIFY(d.value(QLatin1String("row")).toString().contains(QLatin1String("role=admin")));
        QCOMPARE(d.value(QLatin1String("side")).toString(), QStringLiteral("file"));
        Run text = assay({QStringLiteral("log"), QStringLiteral("verify"), path});
        QVERIFY2(text.err.contains(QLatin1String("person_roles: in the file, not in the log")),
                 qPrintable(text.err));
        // The owner rebuilds; the state is the log's again.
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("rebuild"), path}).status, 0);
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), path}).status, 0);
    }

    void rebuildIsRefusedOverABrokenChainAndToNonAdmins()
    {
        const QString path = makeProject();
        Run notAdmin = assay({QStringLiteral("log"), QStringLiteral("rebuild"), path,
                              QStringLiteral("--as"), QStringLiteral("ann")});
        QCOMPARE(notAdmin.status, 1);
        QVERIFY2(notAdmin.err.contains(QLatin1String("ann may not rebuild")),
                 qPrintable(notAdmin.err));
        sql(path,
            "UPDATE events SET payload = CAST(REPLACE(CAST(payload AS TEXT), 'cat', 'dog') AS BLOB) WHERE kind = 'taxonomy.changed'");
        Run broken = assay({QStringLiteral("log"), QStringLiteral("rebuild"), path});
        QCOMPARE(broken.status, 1);
        QVERIFY2(broken.err.contains(QLatin1String("does not verify")), qPrintable(broken.err));
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), path}).status, 1);
    }

    // What `assay` signs verifies, signature by signature; an event made by a changed program
    // (an annotator's own key on a rename only admins may make) is named with its person, and
    // the state is not rebuilt from it.
    void verifyChecksSignaturesAndTheAuthorsRight()
    {
        const QString path = makeProject();
        Run all = assay({QStringLiteral("log"), QStringLiteral("verify"), path,
                         QStringLiteral("--all-signatures"), QStringLiteral("--json")});
        QVERIFY2(all.status == 0, qPrintable(all.out + all.err));
        const QJsonObject good = all.json();
        QVERIFY(good.value(QLatin1String("intact")).toBool());
        QCOMPARE(good.value(QLatin1String("devices")).toInt(), 1);
        QVERIFY(good.value(QLatin1String("signatures_checked")).toInt() >= 2); // add, taxonomy
        QCOMPARE(good.value(QLatin1String("legacy_events")).toInt(), 0);

        Id ann;
        {
            auto project = assay::core::Project::open(path);
            ASSAY_VERIFY_RESULT(project);
            Person forged = *(*project)->people().person(QStringLiteral("ann"));
            ann = forged.id;
            forged.roles = {Role::Admin};
            ASSAY_VERIFY_RESULT(
                    assay::tests::TestKeys::shared().signIn(**project, QStringLiteral("ann")));
            ASSAY_VERIFY_RESULT(
                    (*project)->store().record(forged,
                                               assay::core::ProjectRenamed{QStringLiteral("mine"),
                                                                           {}}));
        }
        Run v = assay(
                {QStringLiteral("log"), QStringLiteral("verify"), path, QStringLiteral("--json")});
        QCOMPARE(v.status, 1);
        const QJsonObject o = v.json();
        QVERIFY(o.value(QLatin1String("chain_intact")).toBool()); // signed and chained well
        QVERIFY(!o.value(QLatin1String("intact")).toBool());
        QVERIFY(!o.value(QLatin1String("authorized")).toBool());
        const QJsonObject refused = o.value(QLatin1String("refused")).toArray().at(0).toObject();
        QCOMPARE(refused.value(QLatin1String("person")).toString(), ann);
        QVERIFY2(refused.value(QLatin1String("reason"))
                         .toString()
                         .contains(QLatin1String("could not change project settings")),
                 qPrintable(refused.value(QLatin1String("reason")).toString()));
        Run rebuild = assay({QStringLiteral("log"), QStringLiteral("rebuild"), path});
        QCOMPARE(rebuild.status, 1);
        QVERIFY2(rebuild.err.contains(QLatin1String("does not verify")), qPrintable(rebuild.err));
    }

    // A copy may hold an event's envelope without its payload: verify checks the envelope,
    // chain and signature, says how many such events there are, and the state is what the
    // copy can read.
    void verifyChecksEnvelopesWithoutTheirPayload()
    {
        const QString path = makeProject();
        QVERIFY(!path.isEmpty());
        sql(path, "UPDATE events SET payload = x'' WHERE kind = 'taxonomy.changed'");
        Run r = assay({QStringLiteral("log"), QStringLiteral("rebuild"), path});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = assay({QStringLiteral("log"), QStringLiteral("verify"), path, QStringLiteral("--json")});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(QLatin1String("payloads_absent")).toInt(), 1);
        QVERIFY(r.json().value(QLatin1String("intact")).toBool());
        r = assay({QStringLiteral("log"), QStringLiteral("verify"), path});
        QVERIFY2(r.out.contains(QLatin1String("1 event is held here without their payload")),
                 qPrintable(r.out));
        // Its envelope is still bound: changing what it says is caught.
        sql(path, "UPDATE events SET audience = 'leads' WHERE kind = 'taxonomy.changed'");
        r = assay({QStringLiteral("log"), QStringLiteral("verify"), path});
        QCOMPARE(r.status, 1);
    }
};

QTEST_MAIN(tst_TrustCli)
#include "tst_trust_cli.moc"
