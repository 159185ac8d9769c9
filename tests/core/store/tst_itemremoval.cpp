// SPDX-License-Identifier: Apache-2.0
// Removing items (keeping one of a near-duplicate group): one event, refusals that name the
// items in use and remove nothing, permissions, media files left alone, and rebuilds.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;

class tst_ItemRemoval : public QObject
{
    Q_OBJECT

private:
    // Items backed by real files under the project's folder, so that "files stay" is checked.
    Item realItem(int n)
    {
        const QString name = QStringLiteral("img-%1.jpg").arg(n, 2, 10, QLatin1Char('0'));
        QFile file(m_dir->filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray("not decoded here ") + QByteArray::number(n));
        Item it;
        it.kind = ItemKind::Image;
        it.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
        it.path = name;
        it.byteSize = 100 + n;
        it.width = 64;
        it.height = 48;
        it.perceptualHash = QStringLiteral("%1").arg(quint64(n), 16, 16, QLatin1Char('0'));
        return it;
    }

    static QString dumpState(const QString &path)
    {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QString out;
        for (const char *table :
             {"people", "items", "batches", "tasks", "annotations", "gold_answers"}) {
            sqlite3_stmt *stmt = nullptr;
            const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY 1, 2";
            sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
            out += QLatin1String(table) + QLatin1Char('\n');
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                    if (qstrcmp(sqlite3_column_name(stmt, c), "seq") == 0)
                        continue;
                    out += QString::fromUtf8(
                                   reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)))
                           + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return out;
    }

    // Ten items, a lead and an annotator; the owner (an admin) acts.
    std::unique_ptr<assay::core::Project> makeProject()
    {
        auto created = assay::core::Project::create(m_dir->filePath(QStringLiteral("p.assay")),
                                                    {QStringLiteral("Removal"),
                                                     QStringLiteral("owner"),
                                                     {},
                                                     {}});
        if (!created)
            return nullptr;
        auto store = std::move(*created);
        QList<Item> items;
        for (int i = 0; i < 10; ++i)
            items.append(realItem(i));
        if (!store->items().addItems(items, {}))
            return nullptr;
        if (!store->people().addPerson(QStringLiteral("lead"), {}, {Role::Lead})
            || !store->people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}))
            return nullptr;
        TaxonomyClass c;
        c.name = QStringLiteral("cat");
        m_cat = store->taxonomy().addClass(c)->id;
        return store;
    }

    QList<Item> allItems(assay::core::Project *store) { return *store->items().page(0, 1000); }

    std::unique_ptr<QTemporaryDir> m_dir;
    Id m_cat;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void removesInOneEventAndRebuilds()
    {
        auto store = makeProject();
        QVERIFY(store);
        QVERIFY(store->setActor(QStringLiteral("lead")));
        const QList<Item> items = allItems(store.get());
        const qint64 eventsBefore = store->counts()->events;
        ASSAY_VERIFY_RESULT(
                store->items().removeItems({items[2].id, items[5].id, items[2].id},
                                           QStringLiteral("near-duplicate of img-01.jpg")));
        QCOMPARE(*store->items().itemCount(), 8);
        QCOMPARE(store->counts()->events, eventsBefore + 1);
        QVERIFY(!store->items().item(items[2].id));
        QVERIFY(!store->items().item(items[5].id));
        QVERIFY(store->items().item(items[1].id));

        auto events = store->events(eventsBefore + 1, 1);
        ASSAY_VERIFY_RESULT(events);
        QCOMPARE(events->size(), 1);
        const Event &e = events->first();
        QCOMPARE(e.kind, QStringLiteral("items.removed"));
        QCOMPARE(e.personId, store->actor().id);
        const QJsonObject payload = *e.payload();
        QCOMPARE(payload.value(QLatin1String("ids")).toArray(),
                 (QJsonArray{items[2].id, items[5].id})); // once each
        QCOMPARE(payload.value(QLatin1String("reason")).toString(),
                 QStringLiteral("near-duplicate of img-01.jpg"));

        // Media files are never deleted.
        QVERIFY(QFile::exists(m_dir->filePath(items[2].path)));
        QVERIFY(QFile::exists(m_dir->filePath(items[5].path)));

        // The hash list for near-duplicate search follows.
        auto hashed = store->items().hashedImages();
        ASSAY_VERIFY_RESULT(hashed);
        QCOMPARE(hashed->size(), 8);
        QCOMPARE(hashed->first().id, items[0].id);
        QCOMPARE(hashed->first().perceptualHash, items[0].perceptualHash);
        QCOMPARE(hashed->first().path, items[0].path);

        const QString before = dumpState(store->path());
        QVERIFY(before.contains(items[1].id) && !before.contains(items[2].id));
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(store->path()), before);
        QVERIFY(store->verifyLog()->intact);
        QCOMPARE(*store->integrityCheck(), QStringLiteral("ok"));

        // Reopened, the same.
        const QString path = store->path();
        store.reset();
        auto reopened = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(reopened);
        QCOMPARE(*(*reopened)->items().itemCount(), 8);
    }

    void itemsWithWorkAreRefusedByName()
    {
        auto store = makeProject();
        QVERIFY(store);
        QVERIFY(store->setActor(QStringLiteral("lead")));
        const QList<Item> items = allItems(store.get());
        // img-00 gets a gold answer, img-01 a task, img-02 a task with an annotation.
        ASSAY_VERIFY_RESULT(store->gold().setGold({GoldAnswer{items[0].id, {m_cat}, {}, {}, {}}}));
        BatchSpec spec;
        spec.name = QStringLiteral("b1");
        spec.annotators = {store->people().person(QStringLiteral("ann"))->id};
        spec.itemIds = {items[1].id, items[2].id};
        spec.seed = 1;
        auto batch = store->work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        QVERIFY(store->setActor(QStringLiteral("ann")));
        for (const Task &t : *store->work().queue(store->actor().id)) {
            if (t.itemId == items[2].id) {
                auto a = store->annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(a);
                ASSAY_VERIFY_RESULT(store->annotations().setClasses(a->id, {m_cat}));
            }
        }
        QVERIFY(store->setActor(QStringLiteral("lead")));
        const QString before = dumpState(store->path());
        const qint64 eventsBefore = store->counts()->events;

        const Status refused = store->items().removeItems({items[0].id, items[1].id, items[2].id,
                                                           items[3].id},
                                                          QStringLiteral("test"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("nothing was removed")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("img-00.jpg (a gold answer)")),
                 qPrintable(message));
        // (Without a translator loaded the plural reads "1 task(s)".)
        QVERIFY2(message.contains(QStringLiteral("img-01.jpg (1 task")), qPrintable(message));
        QVERIFY2(message.contains(QRegularExpression(
                         QStringLiteral("img-02.jpg \\(1 annotation(\\(s\\))?, 1 task"))),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("img-03.jpg")),
                 qPrintable(message)); // free, but kept too
        QCOMPARE(refused.error().path, store->path());
        QCOMPARE(dumpState(store->path()), before);
        QCOMPARE(store->counts()->events, eventsBefore);

        // The free one alone goes.
        ASSAY_VERIFY_RESULT(store->items().removeItems({items[3].id}, QStringLiteral("test")));
        QCOMPARE(*store->items().itemCount(), 9);
    }

    void permissionsAndBadInput()
    {
        auto store = makeProject();
        QVERIFY(store);
        const QList<Item> items = allItems(store.get());
        QVERIFY(store->setActor(QStringLiteral("ann")));
        Status st = store->items().removeItems({items[0].id}, {});
        QCOMPARE(st.error().code, ErrorCode::Permission);
        QVERIFY2(st.error().message.contains(QStringLiteral("ann may not remove items")),
                 qPrintable(st.error().message));

        QVERIFY(store->setActor(QStringLiteral("owner"))); // an admin may
        st = store->items().removeItems({}, {});
        QCOMPARE(st.error().code, ErrorCode::InvalidInput);
        st = store->items().removeItems({items[0].id, QStringLiteral("no-such-id")}, {});
        QCOMPARE(st.error().code, ErrorCode::NotFound);
        QVERIFY(st.error().message.contains(QStringLiteral("no-such-id")));
        QCOMPARE(*store->items().itemCount(), 10);
        ASSAY_VERIFY_RESULT(store->items().removeItems({items[0].id}, {}));
        QCOMPARE(*store->items().itemCount(), 9);
    }

    void removedContentCanBeAddedAgain()
    {
        // Removal takes an item out of the project, not its content out of the world: the
        // same file may be added again later (it is then a new item).
        auto store = makeProject();
        QVERIFY(store);
        const QList<Item> items = allItems(store.get());
        ASSAY_VERIFY_RESULT(store->items().removeItems({items[4].id}, {}));
        QVERIFY(store->items().knownSha256({items[4].sha256})->isEmpty());
        Item again = items[4];
        again.id.clear();
        QCOMPARE(*store->items().addItems({again}, {}), 1);
        QCOMPARE(*store->items().itemCount(), 10);
        const QString before = dumpState(store->path());
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(store->path()), before);
    }
};

QTEST_GUILESS_MAIN(tst_ItemRemoval)
#include "tst_itemremoval.moc"
