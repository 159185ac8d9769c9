// SPDX-License-Identifier: Apache-2.0
// Copies for people and sync through a shared folder: what an annotator's copy and the folder
// hold (no gold answer, no task kind), convergence of copies synced in any order, scoring on
// the lead's side, files left by other tools, and forged or forked events refused.
#include "core/base/sha256.h"
#include "core/items/intake.h"
#include "core/media/tilesource.h"
#include "core/project/services.h"
#include "core/store/eventlog.h"
#include "core/sync/folderremote.h"
#include "core/sync/wireevent.h"
#include "core/transfer/datasetimport.h"
#include "tests/app/memorykeys.h"
#include "tests/core/media/tiledtifffixtures.h"
#include "tests/testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <sqlite3.h>

using namespace assay;
using namespace assay::core;

// Gold boxes are drawn at this x: a value no other answer has, to look for in bytes.
static const char s_goldMark[] = "777.25";

class tst_Sync : public QObject
{
    Q_OBJECT

private:
    tests::MemoryKeys m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_lead;     // the lead's project
    QString m_folder;   // the shared folder
    QStringList m_gold; // gold item ids
    Id m_cat, m_dog;

    std::unique_ptr<Project> open(const QString &path, const QString &person)
    {
        auto p = Project::open(path);
        if (!p) {
            qWarning() << p.error().toString();
            return nullptr;
        }
        if (const Status st = (*p)->signIn(person, m_keys.of(person)); !st) {
            qWarning() << st.error().toString();
            return nullptr;
        }
        return std::move(*p);
    }

    Result<SyncSummary> syncWith(Project &p)
    {
        sync::FolderRemote remote(m_folder, p.store().device());
        return p.sync().sync(remote);
    }

    // The lead allows slides' label and macro images for the project, then syncs.
    Result<SyncSummary> leadAllowsSlideImagesAndSyncs()
    {
        auto lead = open(m_lead, QStringLiteral("lead"));
        if (!lead)
            return makeError(ErrorCode::Generic, QStringLiteral("the lead cannot sign in"));
        MediaSettings settings;
        settings.slideAssociatedImages = true;
        ASSAY_TRY(lead->items().setMediaSettings(settings));
        return syncWith(*lead);
    }

    // A lead's project: 12 images (4 of them gold, with boxes), two annotators, a second lead,
    // and a batch with gold mixed in.
    void makeLeadProject()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_lead = m_dir->filePath(QStringLiteral("lead.assay"));
        m_folder = m_dir->filePath(QStringLiteral("shared"));
        QDir().mkpath(m_folder);
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        options.ownerSecret = m_keys.of(QStringLiteral("lead"));
        auto made = Project::create(m_lead, options);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        Project &p = **made;
        ASSAY_VERIFY_RESULT(p.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        for (const char *name : {"ann", "bob"})
            ASSAY_VERIFY_RESULT(
                    p.people().addPerson(QLatin1String(name), {}, {Role::Annotator},
                                         m_keys.of(QLatin1String(name)).publicKeys().toText()));
        ASSAY_VERIFY_RESULT(
                p.people().addPerson(QStringLiteral("lead2"), {}, {Role::Lead},
                                     m_keys.of(QStringLiteral("lead2")).publicKeys().toText()));
        TaxonomyClass c;
        c.name = QStringLiteral("cat");
        m_cat = p.taxonomy().addClass(c)->id;
        c.name = QStringLiteral("dog");
        m_dog = p.taxonomy().addClass(c)->id;

        QDir(m_dir->path()).mkpath(QStringLiteral("media"));
        QList<Item> items;
        for (int i = 0; i < 12; ++i) {
            const QString rel = QStringLiteral("media/%1.png").arg(i);
            cv::Mat m(16, 16, CV_8UC3, cv::Scalar(i * 20, 255 - i * 20, 90));
            QVERIFY(cv::imwrite(m_dir->filePath(rel).toStdString(), m));
            Item it;
            it.kind = ItemKind::Image;
            it.path = rel;
            it.sha256 = QString::fromLatin1(sha256FileHex(m_dir->filePath(rel)));
            it.width = 1000;
            it.height = 800;
            it.byteSize = QFileInfo(m_dir->filePath(rel)).size();
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        QList<GoldAnswer> gold;
        m_gold.clear();
        const QList<Item> all = *p.items().page(0, 100);
        for (int i = 0; i < 4; ++i) {
            GoldAnswer g;
            g.itemId = all.at(i).id;
            g.classIds = {m_dog};
            g.boxes = {Box{newId(), m_dog, 777.25, 100, 50, 60, {}}};
            gold.append(g);
            m_gold.append(g.itemId);
        }
        ASSAY_VERIFY_RESULT(p.gold().setGold(gold));
        BatchSpec spec;
        spec.name = QStringLiteral("one");
        spec.annotators = {p.people().person(QStringLiteral("ann"))->id,
                           p.people().person(QStringLiteral("bob"))->id};
        spec.overlap = 2;
        spec.goldRate = 0.25;
        spec.seed = 7;
        ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
    }

    QString checkout(const QString &person)
    {
        auto lead = open(m_lead, QStringLiteral("lead"));
        if (!lead)
            return {};
        const QString out = m_dir->filePath(person + QStringLiteral(".assay"));
        auto made = lead->sync().checkout(person, out);
        if (!made) {
            qWarning() << made.error().toString();
            return {};
        }
        return out;
    }

    // Answers every open task in the person's queue: "cat" everywhere (wrong on gold).
    static void work(Project &p, int limit = 1000)
    {
        auto queue = p.work().annotatorQueue(p.actor().id);
        QVERIFY(queue);
        int n = 0;
        for (const Task &t : std::as_const(*queue)) {
            if (t.state != TaskState::Pending || n++ >= limit)
                continue;
            auto a = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {}));
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
        }
    }

    // Every text and blob value of every table of an SQLite file, with the table's name.
    static QStringList everyValue(const QString &path)
    {
        QStringList out;
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        QStringList tables;
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &s,
                           nullptr);
        while (sqlite3_step(s) == SQLITE_ROW)
            tables.append(
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))));
        sqlite3_finalize(s);
        for (const QString &t : std::as_const(tables)) {
            const QByteArray sql = "SELECT * FROM \"" + t.toUtf8() + "\"";
            sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr);
            while (sqlite3_step(s) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(s); ++c) {
                    const int bytes = sqlite3_column_bytes(s, c);
                    const auto *v = static_cast<const char *>(sqlite3_column_blob(s, c));
                    out.append(t + QLatin1Char('.') + QString::fromUtf8(sqlite3_column_name(s, c))
                               + QLatin1Char('=') + QString::fromUtf8(QByteArray(v, bytes)));
                }
            }
            sqlite3_finalize(s);
        }
        sqlite3_close(db);
        return out;
    }

private Q_SLOTS:
    void init() { makeLeadProject(); }

    // A whole-slide file carries its label and macro images (a patient's name can be on the
    // label): it reaches nobody else's copy, by checkout or through the folder, until the lead
    // allows those images for the project; then it travels like any other file.
    void slidesTravelOnlyWhereTheirLabelsMayBeSeen()
    {
        const QByteArray slideBytes = QByteArray("II*\0", 4) + "an Aperio slide, label: Jane Doe";
        Id slideId;
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            QVERIFY(lead);
            const QString rel = QStringLiteral("media/case.svs");
            QFile f(m_dir->filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(slideBytes);
            f.close();
            Item it;
            it.kind = ItemKind::Image;
            it.path = rel;
            it.sha256 = QString::fromLatin1(sha256FileHex(m_dir->filePath(rel)));
            it.width = 46000;
            it.height = 32000;
            it.byteSize = slideBytes.size();
            it.metadata = QJsonObject{{QStringLiteral("format"), QStringLiteral("openslide")},
                                      {QStringLiteral("tiled"), true}};
            ASSAY_VERIFY_RESULT(lead->items().addItems({it}, {}));
            for (const Item &i : *lead->items().page(0, 100)) {
                if (i.path == rel)
                    slideId = i.id;
            }
            BatchSpec spec;
            spec.name = QStringLiteral("slides");
            spec.annotators = {lead->people().person(QStringLiteral("ann"))->id};
            spec.itemIds = {slideId};
            ASSAY_VERIFY_RESULT(lead->work().planBatch(spec));
        }
        QVERIFY(!slideId.isEmpty());
        const auto holdsTheSlide = [&slideBytes](const QString &folder) {
            QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains("Jane Doe"))
                    return true;
            }
            return false;
        };

        // Not allowed (the default): the checkout and the push withhold it, and say so.
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            QVERIFY(lead);
            const QString out = m_dir->filePath(QStringLiteral("copies/ann.assay"));
            QDir().mkpath(QFileInfo(out).absolutePath());
            auto made = lead->sync().checkout(QStringLiteral("ann"), out);
            ASSAY_VERIFY_RESULT(made);
            QCOMPARE(made->withheldMedia, QStringList{QStringLiteral("media/case.svs")});
            QVERIFY(made->media > 0);
            QVERIFY(!holdsTheSlide(QFileInfo(out).absolutePath()));
            auto synced = syncWith(*lead);
            ASSAY_VERIFY_RESULT(synced);
            QCOMPARE(synced->withheldMedia, QStringList{QStringLiteral("media/case.svs")});
            QVERIFY(synced->mediaPushed > 0);
            QVERIFY(!holdsTheSlide(m_folder));
        }
        // The annotator's copy neither has it nor pulls it.
        {
            auto ann = open(m_dir->filePath(QStringLiteral("copies/ann.assay")),
                            QStringLiteral("ann"));
            QVERIFY(ann);
            auto synced = syncWith(*ann);
            ASSAY_VERIFY_RESULT(synced);
            QCOMPARE(synced->withheldMedia, QStringList{QStringLiteral("media/case.svs")});
            QVERIFY(!holdsTheSlide(m_dir->filePath(QStringLiteral("copies"))));
        }

        // Allowed by the lead: it travels.
        {
            auto synced = leadAllowsSlideImagesAndSyncs();
            ASSAY_VERIFY_RESULT(synced);
            QVERIFY(synced->withheldMedia.isEmpty());
            QVERIFY(holdsTheSlide(m_folder));
        }
        {
            auto ann = open(m_dir->filePath(QStringLiteral("copies/ann.assay")),
                            QStringLiteral("ann"));
            QVERIFY(ann);
            auto synced = syncWith(*ann);
            ASSAY_VERIFY_RESULT(synced);
            QVERIFY(synced->withheldMedia.isEmpty());
            QCOMPARE(synced->mediaPulled, 1);
            QVERIFY(holdsTheSlide(m_dir->filePath(QStringLiteral("copies"))));
        }
    }

    // A slide taken in with its label and macro reaches the annotator's copy and the shared
    // folder without them (the hash the intake recorded for that file checks it), reads the
    // same there, and the whole file stays on the lead's copy until the lead allows them.
    void slideTravelsWithoutItsLabel()
    {
        if (!media::TileSource::hasOpenSlide())
            QSKIP("this build has no OpenSlide (libopenslide-dev)");
        const QString slidePath = m_dir->filePath(QStringLiteral("media/slides/case.svs"));
        QDir().mkpath(QFileInfo(slidePath).absolutePath());
        QVERIFY(testing::writeAperioSlide(slidePath, testing::SlideSpec{}));
        Item slide;
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            QVERIFY(lead);
            auto added = media::addMedia(*lead, {slidePath});
            ASSAY_VERIFY_RESULT(added);
            QCOMPARE(added->added.size(), 1);
            slide = added->added.first();
            QVERIFY(!slide.metadata.value(QStringLiteral("shared_sha256")).toString().isEmpty());
            BatchSpec spec;
            spec.name = QStringLiteral("slides");
            spec.annotators = {lead->people().person(QStringLiteral("ann"))->id};
            spec.itemIds = {slide.id};
            ASSAY_VERIFY_RESULT(lead->work().planBatch(spec));
        }
        const QString shared = slide.metadata.value(QStringLiteral("shared_sha256")).toString();
        // What a slide reader finds in a file: its levels and the images beside the slide.
        const auto imagesIn = [](const QString &path) {
            auto source = media::TileSource::open(path);
            return source ? (*source)->associatedImages() : QStringList{QStringLiteral("?")};
        };
        QVERIFY(!imagesIn(slidePath).isEmpty());

        const QString copy = checkout(QStringLiteral("ann"));
        QVERIFY(!copy.isEmpty());
        const QString annSlide = m_dir->filePath(QStringLiteral("ann-media/media/slides/case.svs"));
        QVERIFY(QFile::exists(annSlide));
        QCOMPARE(QString::fromLatin1(sha256FileHex(annSlide)), shared);
        QVERIFY2(imagesIn(annSlide).isEmpty(), qPrintable(imagesIn(annSlide).join(',')));
        {
            auto a = media::TileSource::open(slidePath);
            auto b = media::TileSource::open(annSlide);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(b);
            QCOMPARE((*b)->levelCount(), (*a)->levelCount());
            const QRect corner(0, 0, 300, 200);
            QVERIFY((*a)->readRegion(0, corner)->argb == (*b)->readRegion(0, corner)->argb);
        }

        // Through the folder: the lead pushes the slide without its images, under its hash.
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            QVERIFY(lead);
            auto synced = syncWith(*lead);
            ASSAY_VERIFY_RESULT(synced);
            QVERIFY(synced->withheldMedia.isEmpty());
        }
        const QString inFolder = m_folder
                                 + QStringLiteral("/media/%1/%2").arg(shared.left(2), shared);
        QVERIFY(QFile::exists(inFolder));
        QVERIFY(!QFile::exists(
                m_folder + QStringLiteral("/media/%1/%2").arg(slide.sha256.left(2), slide.sha256)));
        QVERIFY(imagesIn(inFolder).isEmpty());
        // The annotator's copy, without the file, pulls it; with it, sends nothing back.
        QVERIFY(QFile::remove(annSlide));
        {
            auto ann = open(copy, QStringLiteral("ann"));
            QVERIFY(ann);
            auto synced = syncWith(*ann);
            ASSAY_VERIFY_RESULT(synced);
            QCOMPARE(synced->mediaPulled, 1);
            QCOMPARE(QString::fromLatin1(sha256FileHex(annSlide)), shared);
            auto again = syncWith(*ann);
            ASSAY_VERIFY_RESULT(again);
            QCOMPARE(again->mediaPushed, 0);
        }
        // Allowed by the lead: the whole slide goes out; the annotator's copy, which holds the
        // slide without its images, syncs without an error and keeps it.
        {
            auto synced = leadAllowsSlideImagesAndSyncs();
            ASSAY_VERIFY_RESULT(synced);
            QVERIFY(QFile::exists(
                    m_folder
                    + QStringLiteral("/media/%1/%2").arg(slide.sha256.left(2), slide.sha256)));
        }
        {
            auto ann = open(copy, QStringLiteral("ann"));
            QVERIFY(ann);
            auto synced = syncWith(*ann);
            ASSAY_VERIFY_RESULT(synced);
            QCOMPARE(QString::fromLatin1(sha256FileHex(annSlide)), shared);
        }
    }

    void annotatorsCopyHoldsNoGoldAndNoTaskKind()
    {
        const QString copy = checkout(QStringLiteral("ann"));
        QVERIFY(!copy.isEmpty());
        QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        // The event payloads are compressed above a few KiB: look at their JSON as well.
        QStringList values = everyValue(copy);
        {
            auto p = Project::open(copy, true);
            ASSAY_VERIFY_RESULT(p);
            for (const store::Event &e : *(*p)->store().events(0, 0)) {
                if (!e.payloadAbsent())
                    values.append(QStringLiteral("payload=") + QString::fromUtf8(*e.payloadJson()));
            }
        }
        for (const QString &v : std::as_const(values)) {
            QVERIFY2(!v.contains(QLatin1String(s_goldMark)), qPrintable(v.left(300)));
            for (const char *kind : {"\"gold\"", "\"audit\""})
                QVERIFY2(!v.contains(QLatin1String(kind)), qPrintable(v.left(300)));
            QVERIFY2(!v.endsWith(QLatin1String("=gold")) && !v.endsWith(QLatin1String("=audit")),
                     qPrintable(v.left(300)));
        }

        // The queue is the one the lead planned, in order, with every task as production.
        auto lead = open(m_lead, QStringLiteral("lead"));
        auto mine = open(copy, QStringLiteral("ann"));
        QVERIFY(lead && mine);
        const Id ann = lead->people().person(QStringLiteral("ann"))->id;
        const QList<Task> planned = *lead->work().queue(ann);
        const QList<Task> seen = *mine->work().annotatorQueue(ann);
        QCOMPARE(seen.size(), planned.size());
        int gold = 0;
        for (int i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen.at(i).itemId, planned.at(i).itemId);
            QCOMPARE(seen.at(i).kind, TaskKind::Production);
            gold += planned.at(i).kind == TaskKind::Gold;
        }
        QVERIFY(gold > 0); // there was gold to hide
        // The media of her tasks came with the copy, and the copy verifies.
        QVERIFY(QFileInfo::exists(
                mine->absoluteMediaPath(*mine->items().item(seen.first().itemId))));
        auto check = mine->checkLog();
        ASSAY_VERIFY_RESULT(check);
        QVERIFY2(check->intact(), qPrintable(check->reason()));
        QVERIFY(check->chains.payloadsAbsent > 0);
    }

    void answersTravelAndGoldIsScoredOnTheLeadsSide()
    {
        const QString annCopy = checkout(QStringLiteral("ann"));
        QVERIFY(!annCopy.isEmpty());
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            ASSAY_VERIFY_RESULT(syncWith(*lead));
        }
        {
            auto ann = open(annCopy, QStringLiteral("ann"));
            QVERIFY(ann);
            auto first = syncWith(*ann);
            ASSAY_VERIFY_RESULT(first);
            work(*ann);
            auto second = syncWith(*ann);
            ASSAY_VERIFY_RESULT(second);
            QVERIFY(second->pushed > 0);
        }
        auto lead = open(m_lead, QStringLiteral("lead"));
        auto pulled = syncWith(*lead);
        ASSAY_VERIFY_RESULT(pulled);
        QVERIFY(pulled->pulled > 0);
        QVERIFY2(pulled->refused.isEmpty(), qPrintable(pulled->refused.join(QLatin1Char('\n'))));
        const Id ann = lead->people().person(QStringLiteral("ann"))->id;
        int done = 0;
        for (const Task &t : *lead->work().queue(ann))
            done += t.state == TaskState::Done;
        QCOMPARE(done, lead->work().queue(ann)->size());
        // Her gold tasks were scored here, wrong (she answered no class).
        auto scores = lead->gold().goldScores(ann);
        ASSAY_VERIFY_RESULT(scores);
        QVERIFY(!scores->isEmpty());

        // Nothing in the folder gives a gold answer in clear.
        QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(s_goldMark), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains("\"kind\":\"gold\""), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 3);

        // The lead's gate, set on her answers, reaches her at her next sync, signed by the lead.
        const bool gated = *lead->gold().mustRecalibrate(ann);
        auto again = syncWith(*lead);
        ASSAY_VERIFY_RESULT(again);
        auto annP = open(annCopy, QStringLiteral("ann"));
        ASSAY_VERIFY_RESULT(syncWith(*annP));
        int gates = 0;
        for (const store::Event &e : *annP->store().events(0, 0))
            gates += e.kind == QLatin1String("person.recalibration_required") && !e.payloadAbsent();
        QCOMPARE(gates > 0, gated);
    }

    void copiesConvergeWhateverTheOrder_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed : {1, 2, 3, 4})
            QTest::addRow("seed %d", seed) << seed;
    }

    void copiesConvergeWhateverTheOrder()
    {
        QFETCH(int, seed);
        QRandomGenerator random{quint32(seed)};
        const QString annCopy = checkout(QStringLiteral("ann"));
        const QString bobCopy = checkout(QStringLiteral("bob"));
        const QString lead2Copy = checkout(QStringLiteral("lead2"));
        QVERIFY(!annCopy.isEmpty() && !bobCopy.isEmpty() && !lead2Copy.isEmpty());
        const QList<std::pair<QString, QString>> copies{{m_lead, QStringLiteral("lead")},
                                                        {lead2Copy, QStringLiteral("lead2")},
                                                        {annCopy, QStringLiteral("ann")},
                                                        {bobCopy, QStringLiteral("bob")}};
        // Offline work and syncs in a random interleaving.
        for (int step = 0; step < 14; ++step) {
            const auto &[path, person] = copies.at(int(random.bounded(copies.size())));
            auto p = open(path, person);
            QVERIFY(p);
            if (person == QLatin1String("ann") || person == QLatin1String("bob")) {
                if (random.bounded(2))
                    work(*p, 2);
            } else if (random.bounded(3) == 0) {
                TaxonomyClass c;
                c.name = QStringLiteral("class %1 by %2").arg(step).arg(person);
                ASSAY_VERIFY_RESULT(p->taxonomy().addClass(c));
            }
            if (random.bounded(2)) {
                auto s = syncWith(*p);
                ASSAY_VERIFY_RESULT(s);
                QVERIFY2(s->refused.isEmpty(), qPrintable(s->refused.join(QLatin1Char('\n'))));
            }
        }
        // Everyone syncs twice round: every copy then holds every event it may read.
        for (int round = 0; round < 2; ++round) {
            for (const auto &[path, person] : copies) {
                auto p = open(path, person);
                ASSAY_VERIFY_RESULT(syncWith(*p));
            }
        }
        auto lead = open(m_lead, QStringLiteral("lead"));
        auto lead2 = open(lead2Copy, QStringLiteral("lead2"));
        // The two leads' copies hold the same events and the same state.
        QCOMPARE(lead2->snapshot()->heads.size(), lead->snapshot()->heads.size());
        QCOMPARE(*lead2->stateDigest(), *lead->stateDigest());
        QCOMPARE(lead2->counts()->events, lead->counts()->events);
        // Every event is there once: no chain has a gap or a double.
        auto check = lead->checkLog();
        ASSAY_VERIFY_RESULT(check);
        QVERIFY2(check->intact(), qPrintable(check->reason()));
        // The annotators' answers arrived whole.
        for (const QString &name : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            auto mine = open(name == QLatin1String("ann") ? annCopy : bobCopy, name);
            const Id id = mine->actor().id;
            const auto done = [&](Project &p) {
                int n = 0;
                for (const Task &t : *p.work().queue(id))
                    n += t.state == TaskState::Done;
                return n;
            };
            QCOMPARE(done(*lead), done(*mine));
            QCOMPARE(done(*lead2), done(*mine));
        }
    }

    // An import's payload is kept in parts that its chunks name (the rows stored once): a copy
    // made from the log and a copy that receives the import by sync keep it so too, and hold
    // the same state.
    void importsTravelKeptInParts()
    {
        auto importBoxes = [this](Project &p, int seed) {
            QJsonArray images, annotations;
            int id = 0;
            for (int i = 0; i < 12; ++i) {
                images.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                          {QStringLiteral("file_name"),
                                           QStringLiteral("media/%1.png").arg(i)},
                                          {QStringLiteral("width"), 1000},
                                          {QStringLiteral("height"), 800}});
                for (int k = 0; k < 1000; ++k) {
                    const double x = (k * 37 + seed * 11 + i) % 900 + 0.25 * (k % 4);
                    annotations.append(
                            QJsonObject{{QStringLiteral("id"), ++id},
                                        {QStringLiteral("image_id"), i + 1},
                                        {QStringLiteral("category_id"), 1 + (k + seed) % 2},
                                        {QStringLiteral("bbox"),
                                         QJsonArray{x, (k * 13) % 700, 20.5, 30}}});
                }
            }
            const QJsonObject coco{{QStringLiteral("images"), images},
                                   {QStringLiteral("annotations"), annotations},
                                   {QStringLiteral("categories"),
                                    QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                           {QStringLiteral("name"),
                                                            QStringLiteral("cat")}},
                                               QJsonObject{{QStringLiteral("id"), 2},
                                                           {QStringLiteral("name"),
                                                            QStringLiteral("dog")}}}}};
            const QString path = m_dir->filePath(QStringLiteral("boxes-%1.json").arg(seed));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write(QJsonDocument(coco).toJson(QJsonDocument::Compact));
            file.close();
            auto imported = transfer::importDataset(p, path, {});
            if (!imported)
                qWarning() << imported.error().toString();
            return imported && imported->boxes == 12 * 1000;
        };
        // Every chunk of every import names its part, and the parts are there.
        auto keptInParts = [](Project &p) {
            store::Database *db = p.store().database();
            auto loose = db->queryInt(QStringLiteral(
                    "SELECT COUNT(*) FROM import_chunks c WHERE c.part IS NULL OR NOT EXISTS"
                    " (SELECT 1 FROM events e JOIN event_parts q ON q.event_seq = e.seq"
                    " AND q.part = c.part WHERE e.id = c.import_id)"));
            auto chunks = db->queryInt(QStringLiteral("SELECT COUNT(*) FROM import_chunks"));
            return loose && chunks && *loose == 0 && *chunks >= 2;
        };
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            QVERIFY(lead);
            QVERIFY(importBoxes(*lead, 1));
            QVERIFY(keptInParts(*lead));
            ASSAY_VERIFY_RESULT(syncWith(*lead));
        }
        const QString lead2Copy = checkout(QStringLiteral("lead2"));
        QVERIFY(!lead2Copy.isEmpty());
        {
            auto lead2 = open(lead2Copy, QStringLiteral("lead2"));
            QVERIFY(lead2);
            QVERIFY(keptInParts(*lead2));
            QVERIFY(importBoxes(*lead2, 2));
            ASSAY_VERIFY_RESULT(syncWith(*lead2));
        }
        auto lead = open(m_lead, QStringLiteral("lead"));
        auto pulled = syncWith(*lead);
        ASSAY_VERIFY_RESULT(pulled);
        QVERIFY(keptInParts(*lead));
        auto lead2 = open(lead2Copy, QStringLiteral("lead2"));
        QCOMPARE(*lead2->stateDigest(), *lead->stateDigest());
        QCOMPARE(lead->counts()->boxes, 2 * 12 * 1000);
        auto check = lead->checkLog();
        ASSAY_VERIFY_RESULT(check);
        QVERIFY2(check->intact(), qPrintable(check->reason()));
        auto differences = lead->store().compareStateWithReplay(10);
        ASSAY_VERIFY_RESULT(differences);
        QVERIFY(differences->isEmpty());
    }

    void filesOfOtherToolsAreIgnoredAndReported()
    {
        auto lead = open(m_lead, QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(syncWith(*lead));
        const QString dir = m_folder + QStringLiteral("/events/") + lead->store().device();
        QFile::copy(dir + QStringLiteral("/0000000001.jsonl"),
                    dir + QStringLiteral("/0000000001.sync-conflict-20261206-120000-ABCDEFG.jsonl"));
        QFile::copy(dir + QStringLiteral("/0000000001.jsonl"),
                    dir + QStringLiteral("/0000000001.jsonl~"));
        {
            // Half a file, as a sync tool still copying it leaves it.
            QFile whole(dir + QStringLiteral("/0000000001.jsonl"));
            QVERIFY(whole.open(QIODevice::ReadOnly));
            const QByteArray bytes = whole.readAll();
            QFile torn(m_folder + QStringLiteral("/events/other/0000000001.jsonl"));
            QDir().mkpath(QFileInfo(torn).absolutePath());
            QVERIFY(torn.open(QIODevice::WriteOnly));
            torn.write(bytes.left(bytes.size() / 2));
        }
        const QString annCopy = checkout(QStringLiteral("ann"));
        auto ann = open(annCopy, QStringLiteral("ann"));
        auto s = syncWith(*ann);
        ASSAY_VERIFY_RESULT(s);
        QCOMPARE(s->ignored.size(), 3);
        QVERIFY(s->ignored.filter(QStringLiteral("sync-conflict")).size() == 1);
        QVERIFY(s->ignored.filter(QStringLiteral("cut short")).size() == 1);
        QVERIFY(s->refused.isEmpty());
    }

    // An event of a kind a newer Assay made: kept, verified and passed on by every copy, the
    // copy told that it needs updating, and nothing of its own state changed by it.
    void eventsOfUnknownKindsAreKeptAndPassedOn()
    {
        const QString annCopy = checkout(QStringLiteral("ann"));
        const QString bobCopy = checkout(QStringLiteral("bob"));
        QVERIFY(!annCopy.isEmpty() && !bobCopy.isEmpty());
        static constexpr EventKind future{"future.kind", 4, Action::Annotate};
        QString digestBefore;
        {
            auto ann = open(annCopy, QStringLiteral("ann"));
            QVERIFY(ann);
            digestBefore = *ann->store().stateDigest();
            ASSAY_VERIFY_RESULT(ann->store().recordKind(ann->actor(), future,
                                                        QJsonObject{{QStringLiteral("new"), 1}},
                                                        QByteArray()));
            QCOMPARE(*ann->store().stateDigest(), digestBefore);
            auto pushed = syncWith(*ann);
            ASSAY_VERIFY_RESULT(pushed);
            QVERIFY(pushed->unknownKinds.isEmpty()); // its own events are not pulled
        }
        auto lead = open(m_lead, QStringLiteral("lead"));
        QVERIFY(lead);
        auto pulled = syncWith(*lead);
        ASSAY_VERIFY_RESULT(pulled);
        QVERIFY2(pulled->refused.isEmpty(), qPrintable(pulled->refused.join(QLatin1Char('\n'))));
        QCOMPARE(pulled->unknownKinds.value(QStringLiteral("future.kind")), 1);
        auto check = lead->checkLog();
        ASSAY_VERIFY_RESULT(check);
        QVERIFY2(check->intact(), qPrintable(check->reason()));
        // Passed on: bob's copy gets it through the folder as well, and says so.
        auto bob = open(bobCopy, QStringLiteral("bob"));
        QVERIFY(bob);
        auto bobs = syncWith(*bob);
        ASSAY_VERIFY_RESULT(bobs);
        QCOMPARE(bobs->unknownKinds.value(QStringLiteral("future.kind")), 1);
        auto events = bob->store().events(0, 100000);
        ASSAY_VERIFY_RESULT(events);
        QCOMPARE(std::count_if(events->cbegin(), events->cend(),
                               [](const store::Event &e) {
                                   return e.kind == QLatin1String("future.kind");
                               }),
                 1);
    }

    // Review stages hold on an annotator's own copy, which holds no review queue: it is told
    // which answers are under review and the decisions on them, and refuses to change them;
    // a change that a modified copy makes anyway is quarantined where it meets the review.
    void reviewStagesHoldOnTheAnnotatorsCopy()
    {
        const QString annCopy = checkout(QStringLiteral("ann"));
        QVERIFY(!annCopy.isEmpty());
        {
            auto ann = open(annCopy, QStringLiteral("ann"));
            work(*ann);
            ASSAY_VERIFY_RESULT(syncWith(*ann));
        }
        Id batchId;
        QSet<Id> production;
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            ASSAY_VERIFY_RESULT(syncWith(*lead));
            batchId = lead->work().batches()->first().id;
            const Id annId = lead->people().person(QStringLiteral("ann"))->id;
            for (const Task &t : *lead->work().queue(annId)) {
                if (t.kind == TaskKind::Production)
                    production.insert(t.id);
            }
            ReviewRules rules;
            rules.rate = 1.0;
            rules.lowAgreement = false;
            rules.seed = 5;
            ASSAY_VERIFY_RESULT(lead->review().applyRules(batchId, rules));
            ASSAY_VERIFY_RESULT(syncWith(*lead));
        }
        QVERIFY(production.size() >= 4);

        auto ann = open(annCopy, QStringLiteral("ann"));
        ASSAY_VERIFY_RESULT(syncWith(*ann));
        QCOMPARE(ann->review().queue(batchId).error().code, ErrorCode::Permission);
        // Exactly her production answers are under review, gold ones not (nor told apart).
        QList<Id> locked;
        for (const Task &t : *ann->work().annotatorQueue(ann->actor().id)) {
            const ReviewStage st = *ann->review().stage(t.id);
            QCOMPARE(st == ReviewStage::UnderReview, production.contains(t.id));
            if (st == ReviewStage::UnderReview)
                locked.append(t.id);
        }
        QCOMPARE(locked.size(), production.size());
        std::sort(locked.begin(), locked.end());
        auto refusedEdit = [&](Project &p, const Id &task) {
            auto a = p.annotations().startAnnotation(task);
            return a ? p.annotations().setClasses(a->id, {m_dog}) : Status(a.error());
        };
        const Status underReview = refusedEdit(*ann, locked.at(0));
        QVERIFY(!underReview);
        QCOMPARE(underReview.error().code, ErrorCode::Conflict);
        ann.reset();

        // The lead accepts one answer and rejects another; both decisions reach her.
        {
            auto lead = open(m_lead, QStringLiteral("lead"));
            auto queue = lead->review().queue(batchId);
            ASSAY_VERIFY_RESULT(queue);
            for (const ReviewEntry &e : *queue) {
                if (e.taskId == locked.at(0)) {
                    ASSAY_VERIFY_RESULT(lead->review().decide({e.id, ReviewVerdict::Accept}));
                } else if (e.taskId == locked.at(1)) {
                    ReviewDecision d{e.id, ReviewVerdict::Reject};
                    d.reasonCode = QStringLiteral("wrong-class");
                    d.reasonText = QStringLiteral("it is a dog");
                    ASSAY_VERIFY_RESULT(lead->review().decide(d));
                }
            }
            ASSAY_VERIFY_RESULT(syncWith(*lead));
        }
        ann = open(annCopy, QStringLiteral("ann"));
        ASSAY_VERIFY_RESULT(syncWith(*ann));
        QCOMPARE(*ann->review().stage(locked.at(0)), ReviewStage::Accepted);
        QCOMPARE(refusedEdit(*ann, locked.at(0)).error().code, ErrorCode::Conflict);
        QCOMPARE(*ann->review().stage(locked.at(1)), ReviewStage::Rejected);
        ASSAY_VERIFY_RESULT(refusedEdit(*ann, locked.at(1)));
        ASSAY_VERIFY_RESULT(ann->work().setTaskState(locked.at(1), TaskState::Done));
        QCOMPARE(*ann->review().stage(locked.at(1)), ReviewStage::UnderReview);
        const auto outcomes = ann->review().myOutcomes();
        ASSAY_VERIFY_RESULT(outcomes);
        QCOMPARE(outcomes->size(), 2);
        ann.reset();

        // A copy edited by hand forgets a lock, and lets her change an answer under review:
        // the change travels, and the lead's side refuses it (quarantined, the answer kept).
        const Id tampered = locked.at(2);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(annCopy.toUtf8().constData(), &db), SQLITE_OK);
            const QByteArray sql = "DELETE FROM review_locks WHERE task_id = '" + tampered.toUtf8()
                                   + "'";
            QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_changes(db), 1);
            sqlite3_close(db);
        }
        ann = open(annCopy, QStringLiteral("ann"));
        ASSAY_VERIFY_RESULT(refusedEdit(*ann, tampered));
        ASSAY_VERIFY_RESULT(syncWith(*ann));
        ann.reset();
        auto lead = open(m_lead, QStringLiteral("lead"));
        ASSAY_VERIFY_RESULT(syncWith(*lead));
        auto quarantined = lead->quarantined();
        ASSAY_VERIFY_RESULT(quarantined);
        QCOMPARE(quarantined->size(), 1);
        QVERIFY2(quarantined->first().reason.contains(QStringLiteral("under-review")),
                 qPrintable(quarantined->first().reason));
        auto kept = lead->annotations().startAnnotation(tampered);
        ASSAY_VERIFY_RESULT(kept);
        QVERIFY(kept->classIds.isEmpty()); // as she answered it, not as she changed it
        // The redone answer came through and is under review again.
        QCOMPARE(*lead->review().stage(locked.at(1)), ReviewStage::UnderReview);
    }

    void forgedAndForkedEventsAreRefused()
    {
        const QString annCopy = checkout(QStringLiteral("ann"));
        {
            // A modified client: Ann's key signs a gold answer as though she were a lead.
            auto ann = open(annCopy, QStringLiteral("ann"));
            Person forged = ann->actor();
            forged.roles = {Role::Lead};
            QJsonObject payload{{QStringLiteral("answers"), QJsonArray{}}};
            ASSAY_VERIFY_RESULT(
                    ann->store().recordKind(forged,
                                            EventKind{"gold.set", 1, Action::ManageBatches, false,
                                                      "leads"},
                                            payload, {}));
            ASSAY_VERIFY_RESULT(syncWith(*ann));
        }
        auto lead = open(m_lead, QStringLiteral("lead"));
        auto s = syncWith(*lead);
        ASSAY_VERIFY_RESULT(s);
        auto quarantined = lead->quarantined();
        ASSAY_VERIFY_RESULT(quarantined);
        QCOMPARE(quarantined->size(), 1);
        QCOMPARE(quarantined->first().event.kind, QStringLiteral("gold.set"));
        QCOMPARE(lead->gold().goldAnswers()->size(), 4); // unchanged

        // A line altered after signing, and a fork (another event at a place of Ann's chain,
        // well signed): both refused, and reported.
        auto ann = open(annCopy, QStringLiteral("ann"));
        const QList<store::Event> events = *ann->store().events(0, 0);
        store::Event mine;
        for (const store::Event &e : events) {
            if (e.device == ann->store().device())
                mine = e;
        }
        QVERIFY(!mine.id.isEmpty());
        store::Event altered = mine;
        altered.stored = R"({"answers":[]})";
        altered.payloadHash = QString::fromLatin1(sha256Hex(altered.stored));
        store::Event forked = altered;
        forked.hash = store::EventLog::computeHash(forked);
        forked.signature = m_keys.of(QStringLiteral("ann")).sign(forked.envelopeBytes());
        QFile f(m_folder + QStringLiteral("/events/intruder/0000000001.jsonl"));
        QDir().mkpath(QFileInfo(f).absolutePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sync::encodeWire(altered, true) + '\n' + sync::encodeWire(forked, true) + '\n');
        f.close();
        auto again = syncWith(*lead);
        ASSAY_VERIFY_RESULT(again);
        QCOMPARE(again->refused.size(), 2);
        QVERIFY(again->refused.filter(QStringLiteral("does not match")).size() == 1);
        QVERIFY(again->refused.filter(QStringLiteral("fork")).size() == 1);
        auto check = lead->checkLog();
        ASSAY_VERIFY_RESULT(check);
        QVERIFY(check->chains.intact);
    }
};

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
