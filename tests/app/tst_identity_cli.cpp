// SPDX-License-Identifier: Apache-2.0
// Acting through the command line needs the person's key, run as a process: init makes or uses
// the owner's key, people get keys registered, replaced and revoked, and each way of failing to
// sign in says who, which file and why.
#include "tests/app/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = assay::tests::CliRun;
using assay::tests::TestKeys;

class tst_IdentityCli : public QObject
{
    Q_OBJECT

private:
    // Without a terminal, as in CI: a passphrase can come only from ASSAY_PASSPHRASE_FILE.
    Run assay(const QStringList &args, const QString &as = {},
              const QList<std::pair<QString, QString>> &env = {})
    {
        assay::tests::CliOptions options;
        options.as = as;
        options.env = env;
        options.withoutTerminal = true;
        return assay::tests::runAssay(args, options);
    }

    QString project(const QString &name) const { return m_dir.filePath(name); }

    // A project owned by `owner` with ann (annotator) and lee (lead), both with keys.
    QString makeProject(const QString &owner)
    {
        const QString path = project(QStringLiteral("p%1.assay").arg(++m_n));
        if (assay({QStringLiteral("init"), path, QStringLiteral("--owner"), owner}).status != 0)
            return {};
        for (const auto &[name, role] : {std::pair{"ann", "annotator"}, std::pair{"lee", "lead"}}) {
            const Run r = assay({QStringLiteral("people"), path, QStringLiteral("add"),
                                 QLatin1String(name), QStringLiteral("--role"), QLatin1String(role),
                                 QStringLiteral("--key"),
                                 TestKeys::shared().publicKey(QLatin1String(name))},
                                owner);
            if (r.status != 0) {
                qWarning("%s", qPrintable(r.err));
                return {};
            }
        }
        return path;
    }

    QJsonObject personRow(const QString &path, const QString &name)
    {
        const Run list = assay(
                {QStringLiteral("people"), path, QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &v : list.json().value(QLatin1String("people")).toArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void initMakesOrUsesTheOwnersKey()
    {
        // A new owner's key is made in the key store and registered.
        QVERIFY(!QFile::exists(TestKeys::shared().keyFile(QStringLiteral("olga"))));
        const QString first = project(QStringLiteral("first.assay"));
        Run made = assay(
                {QStringLiteral("init"), first, QStringLiteral("--owner"), QStringLiteral("olga")});
        QCOMPARE(made.status, 0);
        QVERIFY2(made.err.contains(QLatin1String("made olga's key")), qPrintable(made.err));
        QVERIFY(QFile::exists(TestKeys::shared().keyFile(QStringLiteral("olga"))));
        const QString olgaKey = TestKeys::shared().publicKey(QStringLiteral("olga"));
        QCOMPARE(personRow(first, QStringLiteral("olga"))
                         .value(QLatin1String("public_key"))
                         .toString(),
                 olgaKey);
        QVERIFY(!personRow(first, QStringLiteral("olga"))
                         .value(QLatin1String("key_fingerprint"))
                         .toString()
                         .isEmpty());

        // A second project of hers uses the same key, and she acts on both with it.
        const QString second = project(QStringLiteral("second.assay"));
        Run used = assay({QStringLiteral("init"), second, QStringLiteral("--owner"),
                          QStringLiteral("olga")});
        QCOMPARE(used.status, 0);
        QVERIFY2(used.err.contains(QLatin1String("using olga's key")), qPrintable(used.err));
        QCOMPARE(personRow(second, QStringLiteral("olga"))
                         .value(QLatin1String("public_key"))
                         .toString(),
                 olgaKey);
        for (const QString &p : {first, second}) {
            Run r = assay({QStringLiteral("taxonomy"), p, QStringLiteral("add"),
                           QStringLiteral("cat")},
                          QStringLiteral("olga"));
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
    }

    void recordingNeedsSomeoneNamedAndReadingDoesNot()
    {
        const QString path = makeProject(QStringLiteral("owen"));
        QVERIFY(!path.isEmpty());
        Run r = assay(
                {QStringLiteral("taxonomy"), path, QStringLiteral("add"), QStringLiteral("cat")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("must know who you are"))
                         && r.err.contains(QLatin1String("--as NAME"))
                         && r.err.contains(QLatin1String("ASSAY_PASSPHRASE_FILE")),
                 qPrintable(r.err));
        // What anyone may read needs no key, even with a passphrase that would not unlock one.
        const QList<std::pair<QString, QString>> noPassphrase{
                {QStringLiteral("ASSAY_PASSPHRASE_FILE"), project(QStringLiteral("missing"))}};
        QCOMPARE(assay({QStringLiteral("info"), path}, QStringLiteral("ann"), noPassphrase).status,
                 0);
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), path},
                       QStringLiteral("ann"), noPassphrase)
                         .status,
                 0);
        QCOMPARE(assay({QStringLiteral("keys"), QStringLiteral("list")}, {}, noPassphrase).status,
                 0);
        // Read commands filtered by role: nobody named, nobody's data.
        r = assay({QStringLiteral("log"), QStringLiteral("show"), path, QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QLatin1String("events")).toArray().size(), 0);
        r = assay({QStringLiteral("log"), QStringLiteral("show"), path, QStringLiteral("--json")},
                  QStringLiteral("owen"));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QLatin1String("events")).toArray().size(), 7);
    }

    // A session bus with no keyring behind it (or none at all, as under CI): the key file is
    // used, without a word about the keyring.
    void anAbsentKeyringFallsBackToTheKeyFileSilently()
    {
        const QString path = makeProject(QStringLiteral("ola"));
        QVERIFY(!path.isEmpty());
        const Run r = assay({QStringLiteral("taxonomy"), path, QStringLiteral("add"),
                             QStringLiteral("cat")},
                            QStringLiteral("lee"),
                            {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                              QStringLiteral("unix:path=") + project(QStringLiteral("no-bus"))}});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("keyring"), Qt::CaseInsensitive), qPrintable(r.err));
    }

    void eachWayOfFailingToSignInIsSaid()
    {
        const QString path = makeProject(QStringLiteral("otto"));
        QVERIFY(!path.isEmpty());
        const QString annFile = TestKeys::shared().keyFile(QStringLiteral("ann"));
        const auto add = [&](const QString &cls, const QString &as,
                             const QList<std::pair<QString, QString>> &env = {}) {
            return assay({QStringLiteral("taxonomy"), path, QStringLiteral("add"), cls}, as, env);
        };
        QCOMPARE(add(QStringLiteral("cat"), QStringLiteral("lee")).status, 0);

        // A wrong passphrase.
        const QString wrong = project(QStringLiteral("wrong-passphrase"));
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not the passphrase\n");
        f.close();
        Run r = add(QStringLiteral("dog"), QStringLiteral("lee"),
                    {{QStringLiteral("ASSAY_PASSPHRASE_FILE"), wrong}});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("wrong passphrase for lee's key"))
                         && r.err.contains(TestKeys::shared().keyFile(QStringLiteral("lee"))),
                 qPrintable(r.err));

        // No passphrase at all, and no terminal to ask on.
        r = add(QStringLiteral("dog"), QStringLiteral("lee"),
                {{QStringLiteral("ASSAY_PASSPHRASE_FILE"), QString()}});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("ASSAY_PASSPHRASE_FILE")), qPrintable(r.err));

        // A person of the project whose key file is not on this machine.
        QVERIFY2(assay({QStringLiteral("people"), path, QStringLiteral("add"), QStringLiteral("zed"),
                        QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--key"),
                        TestKeys::shared().publicKey(QStringLiteral("zed"))},
                       QStringLiteral("otto"))
                                 .status
                         == 0,
                 "zed added");
        const QString zedFile = TestKeys::shared().keyFile(QStringLiteral("zed"));
        QVERIFY(QFile::rename(zedFile, zedFile + QStringLiteral(".away")));
        r = add(QStringLiteral("dog"), QStringLiteral("zed"));
        QVERIFY(QFile::rename(zedFile + QStringLiteral(".away"), zedFile));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("no key for zed here")) && r.err.contains(zedFile),
                 qPrintable(r.err));

        // An unreadable key file (not a key file at all).
        QVERIFY(QFile::copy(zedFile, zedFile + QStringLiteral(".good")));
        QFile damaged(zedFile);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("garbage");
        damaged.close();
        r = add(QStringLiteral("dog"), QStringLiteral("zed"));
        QVERIFY(QFile::remove(zedFile));
        QVERIFY(QFile::rename(zedFile + QStringLiteral(".good"), zedFile));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a key file")) && r.err.contains(zedFile),
                 qPrintable(r.err));

        // A person with no registered key.
        QCOMPARE(assay({QStringLiteral("people"), path, QStringLiteral("add"), QStringLiteral("nia"),
                        QStringLiteral("--role"), QStringLiteral("annotator")},
                       QStringLiteral("otto"))
                         .status,
                 0);
        TestKeys::shared().publicKey(QStringLiteral("nia"));
        r = add(QStringLiteral("dog"), QStringLiteral("nia"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("nia has no registered key"))
                         && r.err.contains(TestKeys::shared().keyFile(QStringLiteral("nia"))),
                 qPrintable(r.err));
        QVERIFY(personRow(path, QStringLiteral("nia"))
                        .value(QLatin1String("key_fingerprint"))
                        .isNull());

        // One person's key is nobody else's; a lead replaces ann's key, which revokes the old.
        r = assay({QStringLiteral("people"), path, QStringLiteral("set-key"), QStringLiteral("nia"),
                   QStringLiteral("--key"), TestKeys::shared().publicKey(QStringLiteral("ann"))},
                  QStringLiteral("otto"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("is already ann's")), qPrintable(r.err));
        const QString olderAnnKey = TestKeys::shared().publicKey(QStringLiteral("ann"));
        QCOMPARE(assay({QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("ann2")})
                         .status,
                 0);
        r = assay({QStringLiteral("people"), path, QStringLiteral("set-key"), QStringLiteral("ann"),
                   QStringLiteral("--key"), TestKeys::shared().publicKey(QStringLiteral("ann2"))},
                  QStringLiteral("lee"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // ann's own key file now holds her old key, which the new one revoked.
        r = add(QStringLiteral("dog"), QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("ann's key"))
                         && r.err.contains(QLatin1String("has been revoked"))
                         && r.err.contains(annFile),
                 qPrintable(r.err));
        // A revoked key is never registered again.
        r = assay({QStringLiteral("people"), path, QStringLiteral("set-key"), QStringLiteral("ann"),
                   QStringLiteral("--key"), olderAnnKey},
                  QStringLiteral("lee"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("revoked")), qPrintable(r.err));

        // A key file of lee's whose key the project has never registered for him.
        const QString leeFile = TestKeys::shared().keyFile(QStringLiteral("lee"));
        QVERIFY(QFile::rename(leeFile, leeFile + QStringLiteral(".own")));
        Run other = assay({QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("lee"),
                           QStringLiteral("--json")});
        r = add(QStringLiteral("dog"), QStringLiteral("lee"));
        QVERIFY(QFile::remove(leeFile));
        QVERIFY(QFile::rename(leeFile + QStringLiteral(".own"), leeFile));
        QCOMPARE(other.status, 0);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(
                         QStringLiteral("the key %1 is not lee's registered key")
                                 .arg(other.json().value(QLatin1String("fingerprint")).toString()))
                         && r.err.contains(leeFile),
                 qPrintable(r.err));
        // With his own key file back, lee acts again.
        QCOMPARE(add(QStringLiteral("dog"), QStringLiteral("lee")).status, 0);
    }

    void keysAreReplacedAndRevokedByLeadsOnly()
    {
        const QString path = makeProject(QStringLiteral("oona"));
        QVERIFY(!path.isEmpty());
        const QString annFingerprint = personRow(path, QStringLiteral("ann"))
                                               .value(QLatin1String("key_fingerprint"))
                                               .toString();
        QVERIFY(!annFingerprint.isEmpty());
        const Run text = assay({QStringLiteral("people"), path, QStringLiteral("list")});
        QVERIFY2(text.out.contains(annFingerprint), qPrintable(text.out));

        // An annotator may neither revoke nor register keys, their own included.
        Run r = assay({QStringLiteral("people"), path, QStringLiteral("revoke-key"),
                       QStringLiteral("lee")},
                      QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("ann may not register or revoke people's keys")),
                 qPrintable(r.err));
        r = assay({QStringLiteral("people"), path, QStringLiteral("set-key"), QStringLiteral("ann"),
                   QStringLiteral("--key"), TestKeys::shared().publicKey(QStringLiteral("ann3"))},
                  QStringLiteral("ann"));
        QCOMPARE(r.status, 1);

        // A lead revokes ann's key: she can no longer act, and is told so.
        r = assay({QStringLiteral("people"), path, QStringLiteral("revoke-key"),
                   QStringLiteral("ann")},
                  QStringLiteral("lee"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(personRow(path, QStringLiteral("ann"))
                        .value(QLatin1String("key_fingerprint"))
                        .isNull());
        r = assay({QStringLiteral("batch"), path, QStringLiteral("queue"), QStringLiteral("ann")},
                  QStringLiteral("ann"));
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ann's key %1 has been revoked").arg(annFingerprint)),
                 qPrintable(r.err));
        // The log holds the registration and the revocation, and still verifies.
        r = assay({QStringLiteral("log"), QStringLiteral("show"), path, QStringLiteral("--json")},
                  QStringLiteral("oona"));
        QStringList kinds;
        for (const QJsonValue &e : r.json().value(QLatin1String("events")).toArray())
            kinds.append(e.toObject().value(QLatin1String("kind")).toString());
        QCOMPARE(kinds.count(QStringLiteral("person.key_registered")), 3);
        QCOMPARE(kinds.count(QStringLiteral("person.key_revoked")), 1);
        QCOMPARE(assay({QStringLiteral("log"), QStringLiteral("verify"), path}).status, 0);
    }
};

QTEST_GUILESS_MAIN(tst_IdentityCli)
#include "tst_identity_cli.moc"
