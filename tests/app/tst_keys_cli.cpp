// SPDX-License-Identifier: Apache-2.0
// assay keys, run as a process: a key made with a passphrase from a file, listed, not
// replaced by accident, and refused without a passphrase.
#include "tests/app/clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using Run = assay::tests::CliRun;

class tst_KeysCli : public QObject
{
    Q_OBJECT

private:
    Run assay(const QStringList &args, const QString &passphraseFile = {})
    {
        assay::tests::CliOptions options;
        options.env = {
                {QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))}};
        options.unset = {QStringLiteral("ASSAY_PASSPHRASE_FILE")};
        if (!passphraseFile.isEmpty())
            options.env.append({QStringLiteral("ASSAY_PASSPHRASE_FILE"), passphraseFile});
        options.withoutTerminal = true; // no controlling terminal, as in CI: nothing can prompt
        return assay::tests::runAssay(args, options);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void newListAndRefusals()
    {
        const QString pass = m_dir.filePath(QStringLiteral("pass"));
        QFile f(pass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a long passphrase\n");
        f.close();

        Run made = assay({QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("ann"),
                          QStringLiteral("--json")},
                         pass);
        QCOMPARE(made.status, 0);
        const QJsonObject key = QJsonDocument::fromJson(made.out.toUtf8()).object();
        QVERIFY(key.value(QLatin1String("public_key"))
                        .toString()
                        .startsWith(QLatin1String("assay-key-1:")));
        const QString file = key.value(QLatin1String("file")).toString();
        QVERIFY(file.startsWith(m_dir.filePath(QStringLiteral("config/assay/keys/"))));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QVERIFY(!QFile(file).open(QIODevice::ReadOnly)
                || !QFile(file).readAll().contains("a long passphrase"));

        Run list = assay({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("public_key")),
                 key.value(QLatin1String("public_key")));

        Run again = assay({QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("ann")},
                          pass);
        QCOMPARE(again.status, 1);
        QVERIFY2(again.err.contains(QLatin1String("there is already a key for ann")),
                 qPrintable(again.err));

        Run noPass = assay({QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("bob")});
        QCOMPARE(noPass.status, 1);
        QVERIFY2(noPass.err.contains(QLatin1String("ASSAY_PASSPHRASE_FILE")),
                 qPrintable(noPass.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("config/assay/keys/bob.key"))));

        Run badName = assay({QStringLiteral("keys"), QStringLiteral("new"), QStringLiteral("../x")},
                            pass);
        QCOMPARE(badName.status, 64);
    }
};

QTEST_MAIN(tst_KeysCli)
#include "tst_keys_cli.moc"
