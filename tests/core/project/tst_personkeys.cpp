// SPDX-License-Identifier: Apache-2.0
// People's keys in a project: registered at creation and by leads, replaced and revoked as
// events, and signing in only with the current key.
#include "core/identity/keys.h"
#include "core/people/peopleevents.h"
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using identity::SecretKeys;

class tst_PersonKeys : public QObject
{
    Q_OBJECT

private:
    static SecretKeys newKeys()
    {
        auto keys = SecretKeys::generate();
        if (!keys)
            qFatal("%s", qPrintable(keys.error().toString()));
        return *keys;
    }

    std::unique_ptr<Project> makeProject(const SecretKeys &ownerKeys)
    {
        CreateOptions options;
        options.ownerName = QStringLiteral("root");
        options.ownerKey = ownerKeys.publicKeys().toText();
        auto created = Project::create(m_dir.filePath(QStringLiteral("p%1.assay").arg(++m_n)),
                                       options);
        if (!created)
            qWarning("%s", qPrintable(created.error().toString()));
        return created ? std::move(*created) : nullptr;
    }

    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(identity::initialiseCrypto()); }

    void theOwnersKeyIsRegisteredAtCreation()
    {
        const SecretKeys root = newKeys();
        auto project = makeProject(root);
        QVERIFY(project);
        QCOMPARE(project->counts()->events, 3); // created, person added, key registered
        auto key = project->people().currentKey(project->info().ownerId);
        ASSAY_VERIFY_RESULT(key);
        QVERIFY(key->has_value());
        QCOMPARE((*key)->publicKey, root.publicKeys().toText());
        QCOMPARE((*key)->fingerprint, root.publicKeys().fingerprint());

        // Opened again, nobody acts until the owner signs in with that key.
        const QString path = project->path();
        project.reset();
        auto opened = Project::open(path);
        ASSAY_VERIFY_RESULT(opened);
        QVERIFY((*opened)->actor().id.isEmpty());
        QVERIFY(!(*opened)->signingKeys());
        QVERIFY(!(*opened)->mayRecord(PersonAdded::kind));
        ASSAY_VERIFY_RESULT((*opened)->signIn(QStringLiteral("root"), root));
        QCOMPARE((*opened)->actor().name, QStringLiteral("root"));
        QVERIFY((*opened)->signingKeys());
        QCOMPARE((*opened)->signingKeys()->publicKeys(), root.publicKeys());
    }

    void signingInNeedsThePersonsCurrentKey()
    {
        const SecretKeys root = newKeys();
        const SecretKeys stranger = newKeys();
        auto project = makeProject(root);
        QVERIFY(project);
        // Whoever has a key signs with it: the owner signs in before acting.
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("root"), root));
        auto ann = project->people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator});
        ASSAY_VERIFY_RESULT(ann);

        Status st = project->signIn(QStringLiteral("ann"), stranger);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String("ann has no registered key")),
                 qPrintable(st.error().message));

        st = project->signIn(QStringLiteral("root"), stranger);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(
                         QStringLiteral("the key %1 is not root's registered key (%2)")
                                 .arg(stranger.publicKeys().fingerprint(),
                                      root.publicKeys().fingerprint())),
                 qPrintable(st.error().message));
        QVERIFY(project->actor().id.isEmpty() || project->actor().name == QLatin1String("root"));

        const SecretKeys first = newKeys();
        ASSAY_VERIFY_RESULT(
                project->people().setKey(QStringLiteral("ann"), first.publicKeys().toText()));
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("ann"), first));
        QCOMPARE(project->actor().name, QStringLiteral("ann"));
        // An annotator registers no key, not even their own.
        const SecretKeys own = newKeys();
        st = project->people().setKey(QStringLiteral("ann"), own.publicKeys().toText());
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Permission);
        QVERIFY(!project->people().revokeKey(QStringLiteral("root")));

        // A new key revokes the old one.
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("root"), root));
        const SecretKeys second = newKeys();
        ASSAY_VERIFY_RESULT(
                project->people().setKey(QStringLiteral("ann"), second.publicKeys().toText()));
        st = project->signIn(QStringLiteral("ann"), first);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QStringLiteral("ann's key %1 has been revoked")
                                                     .arg(first.publicKeys().fingerprint())),
                 qPrintable(st.error().message));
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("ann"), second));

        // A revoked key is never registered again, and one person's key is nobody else's.
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("root"), root));
        st = project->people().setKey(QStringLiteral("ann"), first.publicKeys().toText());
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String("revoked")),
                 qPrintable(st.error().message));
        st = project->people().setKey(QStringLiteral("ann"), root.publicKeys().toText());
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String("is already root's")),
                 qPrintable(st.error().message));
        QVERIFY(!project->people().setKey(QStringLiteral("ann"), QStringLiteral("assay-key-1:x")));

        // Revoked, ann cannot act until a lead registers a new key.
        ASSAY_VERIFY_RESULT(project->people().revokeKey(QStringLiteral("ann")));
        auto none = project->people().currentKey(ann->id);
        ASSAY_VERIFY_RESULT(none);
        QVERIFY(!none->has_value());
        st = project->signIn(QStringLiteral("ann"), second);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String("has been revoked")),
                 qPrintable(st.error().message));
        QVERIFY(!project->people().revokeKey(QStringLiteral("ann")));

        // The key table is state: a replay of the log gives it back.
        auto differences = project->compareStateWithReplay();
        ASSAY_VERIFY_RESULT(differences);
        QVERIFY(differences->isEmpty());
        ASSAY_VERIFY_RESULT(project->rebuildState());
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("root"), root));
    }

    void aPersonIsAddedWithTheirKeyInOneStep()
    {
        const SecretKeys root = newKeys();
        auto project = makeProject(root);
        QVERIFY(project);
        const SecretKeys bob = newKeys();
        ASSAY_VERIFY_RESULT(project->people().addPerson(QStringLiteral("bob"), {}, {Role::Lead},
                                                        bob.publicKeys().toText()));
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("bob"), bob));
        // A bad key adds nobody.
        ASSAY_VERIFY_RESULT(project->signIn(QStringLiteral("root"), root));
        QVERIFY(!project->people().addPerson(QStringLiteral("eve"), {}, {Role::Annotator},
                                             QStringLiteral("not a key")));
        QVERIFY(!project->people().person(QStringLiteral("eve")));
        // setActor (core-level tools) acts without keys.
        ASSAY_VERIFY_RESULT(project->setActor(QStringLiteral("bob")));
        QVERIFY(!project->signingKeys());
    }
};

QTEST_GUILESS_MAIN(tst_PersonKeys)
#include "tst_personkeys.moc"
