// SPDX-License-Identifier: Apache-2.0
// assay::core::Project: creating and opening projects, people, taxonomy versions, items, annotations,
// permissions, and the rule that current state can be rebuilt from the log alone.
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::store;

class tst_ProjectStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<assay::core::Project> makeProject(const QString &name = QStringLiteral("p.assay"))
    {
        auto store = assay::core::Project::create(m_dir->filePath(name), {QStringLiteral("Test"),
                                                                          QStringLiteral("owner"),
                                                                          {}});
        if (!store)
            qWarning() << store.error().toString();
        return store ? std::move(*store) : nullptr;
    }

    static Item fakeItem(int n, ItemKind kind = ItemKind::Image)
    {
        Item it;
        it.kind = kind;
        it.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha256).toHex());
        it.path = QStringLiteral("media/%1.jpg").arg(n);
        it.byteSize = 1000 + n;
        it.width = 640;
        it.height = 480;
        return it;
    }

    // Every state table, dumped in a stable order: the fingerprint of the current state.
    static QString dumpState(const QString &path)
    {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QString out;
        for (const char *table :
             {"people", "person_roles", "taxonomy_versions", "classes", "items", "batches", "tasks",
              "annotations", "annotation_classes", "boxes", "guidelines", "task_comments"}) {
            sqlite3_stmt *stmt = nullptr;
            const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY 1, 2";
            sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
            out += QLatin1String(table) + QLatin1Char('\n');
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                    const char *name = sqlite3_column_name(stmt, c);
                    if (qstrcmp(name, "seq") == 0)
                        continue; // local insertion order, not state
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

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void createThenOpen()
    {
        {
            auto store = makeProject();
            QVERIFY(store);
            QCOMPARE(store->info().name, QStringLiteral("Test"));
            QCOMPARE(store->actor().name, QStringLiteral("owner"));
            QVERIFY(store->actor().hasRole(Role::Admin));
        }
        auto reopened = assay::core::Project::open(m_dir->filePath(QStringLiteral("p.assay")));
        ASSAY_VERIFY_RESULT(reopened);
        QCOMPARE((*reopened)->info().name, QStringLiteral("Test"));
        QVERIFY((*reopened)->actor().id.isEmpty()); // nobody acts until someone signs in
        auto counts = (*reopened)->counts();
        ASSAY_VERIFY_RESULT(counts);
        QCOMPARE(counts->people, 1);
        QCOMPARE(counts->events, 2); // project.created, person.added
    }

    void createRefusesExistingFile()
    {
        QFile f(m_dir->filePath(QStringLiteral("taken.assay")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        auto store = assay::core::Project::create(f.fileName(), {});
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Conflict);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void openRefusesWhatIsNotAProject_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << QByteArray("hello, this is not a database at all, just text......."
                                            "................................................")
                              << QStringLiteral("not an Assay project");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty (0 bytes)");
    }

    void openRefusesWhatIsNotAProject()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir->filePath(QStringLiteral("x.assay"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto store = assay::core::Project::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(reason), qPrintable(store.error().toString()));
        QCOMPARE(store.error().path, path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void openRefusesOtherSqliteFiles()
    {
        const QString path = m_dir->filePath(QStringLiteral("other.db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        auto store = assay::core::Project::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(QStringLiteral("another program")));
    }

    void openRefusesNewerSchemaAndLeavesFileUntouched()
    {
        const QString path = m_dir->filePath(QStringLiteral("p.assay"));
        makeProject().reset();
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;", nullptr,
                     nullptr, nullptr);
        sqlite3_close(db);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        auto store = assay::core::Project::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Unsupported);
        QVERIFY(store.error().message.contains(QStringLiteral("newer")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void peopleAndRoles()
    {
        auto store = makeProject();
        auto alice = store->people().addPerson(QStringLiteral("alice"), QStringLiteral("Alice A."),
                                               {Role::Annotator});
        ASSAY_VERIFY_RESULT(alice);
        QVERIFY(!store->people().addPerson(QStringLiteral("alice"), {},
                                           {Role::Reviewer})); // unique names
        QVERIFY(!store->people().addPerson(QStringLiteral("no spaces"), {}, {Role::Reviewer}));
        ASSAY_VERIFY_RESULT(store->people().setRoles(alice->id, {Role::Annotator, Role::Reviewer}));
        auto again = store->people().person(QStringLiteral("alice"));
        ASSAY_VERIFY_RESULT(again);
        QCOMPARE(again->roles, (QList<Role>{Role::Annotator, Role::Reviewer}));
        QCOMPARE(again->displayName, QStringLiteral("Alice A."));
        QCOMPARE(store->people().people()->size(), 2);
    }

    void permissionsAreEnforcedInCore()
    {
        auto store = makeProject();
        ASSAY_VERIFY_RESULT(store->people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("ann")));
        TaxonomyClass c;
        c.name = QStringLiteral("cat");
        auto added = store->taxonomy().addClass(c);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Permission);
        QVERIFY(!store->people().addPerson(QStringLiteral("eve"), {}, {Role::Admin}));
        QVERIFY(!store->items().addItems({fakeItem(1)}, {}));
        QCOMPARE(store->counts()->events, 3); // nothing was recorded for the refused changes
    }

    void taxonomyVersionsKeepIdsAcrossRenames()
    {
        auto store = makeProject();
        TaxonomyClass cat;
        cat.name = QStringLiteral("cat");
        auto a = store->taxonomy().addClass(cat);
        ASSAY_VERIFY_RESULT(a);
        QCOMPARE(a->hotkey, QStringLiteral("1")); // hotkeys 1-9 by default
        TaxonomyClass dog;
        dog.name = QStringLiteral("dog");
        auto b = store->taxonomy().addClass(dog);
        ASSAY_VERIFY_RESULT(b);
        QCOMPARE(b->hotkey, QStringLiteral("2"));
        QVERIFY(a->colour != b->colour);

        TaxonomyClass renamed = *a;
        renamed.name = QStringLiteral("feline");
        ASSAY_VERIFY_RESULT(store->taxonomy().updateClass(renamed));
        auto now = store->taxonomy().get();
        ASSAY_VERIFY_RESULT(now);
        QCOMPARE(now->version, 3);
        QCOMPARE(now->classes.size(), 2);
        QCOMPARE(now->classes.first().id, a->id);
        QCOMPARE(now->classes.first().name, QStringLiteral("feline"));
        auto v2 = store->taxonomy().get(2);
        ASSAY_VERIFY_RESULT(v2);
        QCOMPARE(v2->findById(a->id)->name, QStringLiteral("cat")); // history stays readable

        // Duplicate names and hotkeys are refused; removal makes a version.
        TaxonomyClass clash;
        clash.name = QStringLiteral("dog");
        QVERIFY(!store->taxonomy().addClass(clash));
        clash.name = QStringLiteral("bird");
        clash.hotkey = QStringLiteral("2");
        QVERIFY(!store->taxonomy().addClass(clash));
        ASSAY_VERIFY_RESULT(store->taxonomy().removeClass(b->id));
        QCOMPARE(store->taxonomy().get()->classes.size(), 1);
        QCOMPARE(store->taxonomy().get(3)->classes.size(), 2);
    }

    // Twenty-four new classes: the Okabe-Ito colours first, then the same hues at other
    // lightness, never two alike; keys 1-9, then the chords 0, 0 to 0, 9, then none.
    void newClassesGetDistinctColoursAndKeys()
    {
        auto store = makeProject();
        QStringList colours;
        QStringList keys;
        for (int i = 0; i < 24; ++i) {
            TaxonomyClass c;
            c.name = QStringLiteral("class %1").arg(i + 1);
            auto added = store->taxonomy().addClass(c);
            ASSAY_VERIFY_RESULT(added);
            QVERIFY2(!colours.contains(added->colour), qPrintable(added->colour));
            colours.append(added->colour);
            keys.append(added->hotkey);
        }
        QCOMPARE(colours.mid(0, 8),
                 (QStringList{QStringLiteral("#e69f00"), QStringLiteral("#56b4e9"),
                              QStringLiteral("#009e73"), QStringLiteral("#f0e442"),
                              QStringLiteral("#0072b2"), QStringLiteral("#d55e00"),
                              QStringLiteral("#cc79a7"), QStringLiteral("#999999")}));
        // The ninth is the first hue again, darker: told apart by lightness.
        const auto lightness = [](const QString &hex) {
            const int rgb = hex.mid(1).toInt(nullptr, 16);
            return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        };
        QVERIFY(lightness(colours.at(8)) < lightness(colours.at(0)) - 100);
        QVERIFY(lightness(colours.at(16)) > lightness(colours.at(0)) + 100);
        QCOMPARE(keys.at(0), QStringLiteral("1"));
        QCOMPARE(keys.at(8), QStringLiteral("9"));
        QCOMPARE(keys.at(9), QStringLiteral("0, 0"));
        QCOMPARE(keys.at(12), QStringLiteral("0, 3"));
        QCOMPARE(keys.at(18), QStringLiteral("0, 9"));
        QCOMPARE(keys.at(19), QString());
        // A single 0 would cut the chords short: refused, as is a chord of a single key's.
        TaxonomyClass zero;
        zero.name = QStringLiteral("zero");
        zero.hotkey = QStringLiteral("0");
        QCOMPARE(store->taxonomy().addClass(zero).error().code, ErrorCode::Conflict);
        zero.hotkey = QStringLiteral("0, 3");
        QCOMPARE(store->taxonomy().addClass(zero).error().code, ErrorCode::Conflict);
        zero.hotkey = QStringLiteral("x, y, z");
        QCOMPARE(store->taxonomy().addClass(zero).error().code, ErrorCode::InvalidInput);
        zero.hotkey = QStringLiteral("x, y");
        ASSAY_VERIFY_RESULT(store->taxonomy().addClass(zero));
    }

    // Classes added together (an import's new classes) get what one by one would give: a
    // version each, distinct colours and keys, and a name given twice is refused.
    void classesAddedTogetherAreAddedOneByOne()
    {
        auto together = makeProject();
        QList<TaxonomyClass> classes;
        for (int i = 0; i < 12; ++i) {
            TaxonomyClass c;
            c.name = QStringLiteral(" class %1 ").arg(i + 1);
            classes.append(c);
        }
        const int before = together->taxonomy().get()->version;
        auto added = together->taxonomy().addClasses(classes);
        ASSAY_VERIFY_RESULT(added);
        QCOMPARE(added->size(), 12);
        auto after = together->taxonomy().get();
        ASSAY_VERIFY_RESULT(after);
        QCOMPARE(after->version, before + 12);
        QCOMPARE(after->classes.size(), 12);

        auto single = makeProject(QStringLiteral("single.assay"));
        for (qsizetype i = 0; i < classes.size(); ++i) {
            auto one = single->taxonomy().addClass(classes[i]);
            ASSAY_VERIFY_RESULT(one);
            const TaxonomyClass &c = after->classes[i];
            QCOMPARE(c.name, one->name);
            QCOMPARE(c.name, QStringLiteral("class %1").arg(i + 1));
            QCOMPARE(c.colour, one->colour);
            QCOMPARE(c.hotkey, one->hotkey);
            QCOMPARE(added->at(i).id, c.id);
        }

        TaxonomyClass twice;
        twice.name = QStringLiteral("twice");
        const auto refused = together->taxonomy().addClasses({twice, twice});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
    }

    void mergeAndMultiLabel()
    {
        auto store = makeProject();
        QList<Id> ids;
        for (const char *n : {"car", "truck", "vehicle"}) {
            TaxonomyClass c;
            c.name = QLatin1String(n);
            auto added = store->taxonomy().addClass(c);
            ASSAY_VERIFY_RESULT(added);
            ids.append(added->id);
        }
        ASSAY_VERIFY_RESULT(store->taxonomy().mergeClasses({ids[0], ids[1]}, ids[2]));
        auto t = store->taxonomy().get();
        QCOMPARE(t->classes.size(), 1);
        QCOMPARE(t->classes.first().name, QStringLiteral("vehicle"));
        QVERIFY(!t->multiLabel);
        ASSAY_VERIFY_RESULT(store->taxonomy().setMultiLabel(true));
        QVERIFY(store->taxonomy().get()->multiLabel);
        QCOMPARE(store->taxonomy().get()->classes.size(), 1);
    }

    void itemsAreAddedOnceAndPaged()
    {
        auto store = makeProject();
        QList<Item> items;
        for (int i = 0; i < 25; ++i)
            items.append(fakeItem(i));
        auto added = store->items().addItems(items, {{QStringLiteral("operation"),
                                                      QStringLiteral("test")}});
        ASSAY_VERIFY_RESULT(added);
        QCOMPARE(*added, 25);
        QCOMPARE(*store->items().itemCount(), 25);
        QCOMPARE(store->counts()->events, 3); // one event for the whole run

        // The same content again is refused, and nothing of the run is written.
        auto again = store->items().addItems({fakeItem(100), fakeItem(3)}, {});
        QVERIFY(!again);
        QCOMPARE(*store->items().itemCount(), 25);
        QCOMPARE(store->counts()->events, 3);

        auto page1 = store->items().page(0, 10);
        auto page2 = store->items().page(page1->last().seq, 10);
        auto page3 = store->items().page(page2->last().seq, 10);
        QCOMPARE(page1->size(), 10);
        QCOMPARE(page2->size(), 10);
        QCOMPARE(page3->size(), 5);
        QCOMPARE(page3->last().path, QStringLiteral("media/24.jpg"));
        auto known = store->items().knownSha256({fakeItem(3).sha256, fakeItem(99).sha256});
        QCOMPARE(known->size(), 1);
    }

    void annotationsRecordEveryEdit()
    {
        auto store = makeProject();
        ASSAY_VERIFY_RESULT(store->items().addItems({fakeItem(1)}, {}));
        const Item item = store->items().page(0, 1)->first();
        TaxonomyClass cat;
        cat.name = QStringLiteral("cat");
        const Id catId = store->taxonomy().addClass(cat)->id;
        auto alice = store->people().addPerson(QStringLiteral("alice"), {}, {Role::Annotator});
        Batch b;
        b.name = QStringLiteral("b1");
        auto batch = store->work().createBatch(b);
        ASSAY_VERIFY_RESULT(batch);
        Task t;
        t.itemId = item.id;
        t.personId = alice->id;
        auto tasks = store->work().assignTasks(batch->id, {t});
        ASSAY_VERIFY_RESULT(tasks);

        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("alice")));
        auto ann = store->annotations().startAnnotation(tasks->first().id);
        ASSAY_VERIFY_RESULT(ann);
        QCOMPARE(ann->taxonomyVersion, 1);
        QCOMPARE(store->annotations().startAnnotation(tasks->first().id)->id, ann->id); // made once

        Box box{newId(), catId, 10, 20, 30, 40, {}};
        ASSAY_VERIFY_RESULT(store->annotations().addBox(ann->id, box));
        box.x = 15;
        box.w = 35.5;
        ASSAY_VERIFY_RESULT(store->annotations().updateBox(ann->id, box));
        ASSAY_VERIFY_RESULT(store->annotations().setClasses(ann->id, {catId}));
        ASSAY_VERIFY_RESULT(store->annotations().addTimeSpent(ann->id, 1500));
        auto stored = store->annotations().annotation(ann->id);
        ASSAY_VERIFY_RESULT(stored);
        QCOMPARE(stored->boxes.size(), 1);
        QCOMPARE(stored->boxes.first(), box);
        QCOMPARE(stored->classIds, QStringList{catId});
        QCOMPARE(stored->timeSpentMs, 1500);
        ASSAY_VERIFY_RESULT(store->annotations().removeBox(ann->id, box.id));
        QCOMPARE(store->annotations().annotation(ann->id)->boxes.size(), 0);

        // Bad boxes and someone else's annotation are refused.
        Box bad{newId(), catId, 0, 0, -5, 3, {}};
        QVERIFY(!store->annotations().addBox(ann->id, bad));
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("owner")));
        ASSAY_VERIFY_RESULT(store->people().addPerson(QStringLiteral("bob"), {}, {Role::Annotator}));
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("bob")));
        auto refused = store->annotations().addBox(ann->id, Box{newId(), catId, 1, 1, 5, 5, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);

        // Flags carry a reason and a comment for the guideline authors.
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("alice")));
        ASSAY_VERIFY_RESULT(store->work().setTaskState(tasks->first().id, TaskState::Flagged,
                                                       QStringLiteral("guideline unclear"),
                                                       QStringLiteral("tail only?")));
        QCOMPARE(store->work().queue(alice->id)->first().state, TaskState::Flagged);
    }

    void readOnlyProjectIsReadButNeverWritten()
    {
        QString path;
        {
            auto store = makeProject();
            QList<Item> items;
            for (int i = 0; i < 5; ++i)
                items.append(fakeItem(i));
            ASSAY_VERIFY_RESULT(store->items().addItems(items, {}));
            path = store->path();
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto opened = assay::core::Project::open(path, true);
        ASSAY_VERIFY_RESULT(opened);
        Project &ro = **opened;
        QVERIFY(ro.isReadOnly());
        QVERIFY(!ro.readOnlyReason().isEmpty());
        QCOMPARE(ro.counts()->images, qint64(5));
        auto check = ro.checkLog();
        ASSAY_VERIFY_RESULT(check);
        QVERIFY2(check->intact(), qPrintable(check->reason()));
        ASSAY_VERIFY_RESULT(ro.setActor(QStringLiteral("owner")));
        auto refused = ro.items().addItems({fakeItem(99)}, {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("read-only")),
                 qPrintable(refused.error().message));
        QVERIFY(!ro.rebuildState());
        QVERIFY(!ro.setDurability(QStringLiteral("full")));
        QCOMPARE(ro.counts()->images, qint64(5));

        // A writable project turned read-only (its log failed a check) refuses alike, and SQLite
        // refuses whatever else would write.
        auto rw = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(rw);
        QVERIFY(!(*rw)->isReadOnly());
        ASSAY_VERIFY_RESULT((*rw)->setReadOnly(QStringLiteral("its log does not verify")));
        ASSAY_VERIFY_RESULT((*rw)->setActor(QStringLiteral("owner")));
        auto alsoRefused = (*rw)->items().addItems({fakeItem(98)}, {});
        QVERIFY(!alsoRefused);
        QVERIFY(alsoRefused.error().message.contains(QLatin1String("its log does not verify")));
        QVERIFY(!(*rw)->store().database()->exec(QStringLiteral("DELETE FROM items")));
        QCOMPARE((*rw)->counts()->images, qint64(5));
        opened->reset();
        rw->reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().size(), before.size());
    }

    void stateIsRebuiltFromTheLogAlone()
    {
        auto store = makeProject();
        QList<Item> items;
        for (int i = 0; i < 40; ++i)
            items.append(fakeItem(i, i % 3 == 0 ? ItemKind::Text : ItemKind::Image));
        ASSAY_VERIFY_RESULT(store->items().addItems(items, {}));
        TaxonomyClass c;
        c.name = QStringLiteral("a");
        const Id a = store->taxonomy().addClass(c)->id;
        c.name = QStringLiteral("b");
        const Id b = store->taxonomy().addClass(c)->id;
        ASSAY_VERIFY_RESULT(store->taxonomy().mergeClasses({a}, b));
        auto alice = store->people().addPerson(QStringLiteral("alice"), {}, {Role::Annotator});
        Batch batch;
        batch.name = QStringLiteral("one");
        batch.overlap = 2;
        const Id batchId = store->work().createBatch(batch)->id;
        QList<Task> tasks;
        for (const Item &it : *store->items().page(0, 5))
            tasks.append(Task{{},
                              {},
                              it.id,
                              alice->id,
                              TaskKind::Production,
                              TaskState::Pending,
                              int(tasks.size())});
        auto assigned = store->work().assignTasks(batchId, tasks);
        ASSAY_VERIFY_RESULT(store->setActor(QStringLiteral("alice")));
        for (const Task &t : *assigned) {
            auto ann = store->annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(store->annotations().addBox(
                    ann->id, Box{newId(), b, 1, 2, 3, 4, {{QStringLiteral("occluded"), true}}}));
            ASSAY_VERIFY_RESULT(store->annotations().setClasses(ann->id, {b}));
        }
        ASSAY_VERIFY_RESULT(store->work().setTaskState(assigned->first().id, TaskState::Flagged,
                                                       QStringLiteral("bad media"), {}));

        const QString path = store->path();
        const QString before = dumpState(path);
        ASSAY_VERIFY_RESULT(store->rebuildState());
        QCOMPARE(dumpState(path), before);
        QVERIFY(before.contains(QStringLiteral("occluded")));
        QCOMPARE(*store->integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(tst_ProjectStore)
#include "tst_projectstore.moc"
