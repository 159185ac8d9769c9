// SPDX-License-Identifier: Apache-2.0
// The taxonomy editor, offscreen: add a class, conflicts explained as you type, rename and
// merge only after their per-batch preview is confirmed, re-parent by a drop on the tree.
#include "app/gui/taxonomyeditor.h"
#include "app/gui/taxonomymodel.h"
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace assay;
using namespace assay::core;

class tst_TaxonomyEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    Id m_cat, m_dog, m_bird;

    const TaxonomyClass *current(const Id &id)
    {
        static Taxonomy t;
        t = *m_project->taxonomy().get();
        return t.findAny(id);
    }

private Q_SLOTS:
    // cat, dog, bird; two batches in which ann labels 3 and 2 items cat, the rest dog.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        CreateOptions options;
        options.ownerName = QStringLiteral("lead");
        auto created = Project::create(m_dir->filePath(QStringLiteral("p.assay")), options);
        ASSAY_VERIFY_RESULT(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        auto ann = p.people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator});
        ASSAY_VERIFY_RESULT(ann);
        for (const char *n : {"cat", "dog", "bird"}) {
            TaxonomyClass c;
            c.name = QLatin1String(n);
            (n[0] == 'c' ? m_cat : n[0] == 'd' ? m_dog : m_bird) = p.taxonomy().addClass(c)->id;
        }
        QList<Item> items;
        for (int i = 0; i < 8; ++i) {
            Item it;
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        const auto stored = *p.items().page(0, 100);
        for (int b = 0; b < 2; ++b) {
            Batch batch;
            batch.name = b == 0 ? QStringLiteral("north") : QStringLiteral("south");
            const Id id = p.work().createBatch(batch)->id;
            QList<Task> tasks;
            for (int i = b * 4; i < b * 4 + 4; ++i)
                tasks.append(Task{{},
                                  id,
                                  stored.at(i).id,
                                  ann->id,
                                  TaskKind::Production,
                                  TaskState::Pending,
                                  int(tasks.size())});
            ASSAY_VERIFY_RESULT(p.work().assignTasks(id, tasks));
        }
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("ann")));
        for (const Task &t : *p.work().annotatorQueue(ann->id)) {
            auto a = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            qsizetype n = 0;
            while (stored.at(n).id != t.itemId)
                ++n;
            const bool cat = n < 3 || n == 4 || n == 5; // north: 3, south: 2
            ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {cat ? m_cat : m_dog}));
        }
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("lead")));
    }

    void modelIsSound()
    {
        app::TaxonomyEditor editor(m_project.get());
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(editor.model()->rowCount(), 3);
        ASSAY_VERIFY_RESULT(m_project->taxonomy().moveClass(m_bird, m_dog));
        editor.reload();
        QCOMPARE(editor.model()->rowCount(), 2);
        QCOMPARE(editor.model()->rowCount(editor.model()->indexOf(m_dog)), 1);
    }

    void addClassFromTheForm()
    {
        app::TaxonomyEditor editor(m_project.get());
        editor.show();
        editor.nameEdit()->clear();
        QTest::keyClicks(editor.nameEdit(), QStringLiteral("fox"));
        QVERIFY(editor.conflictLabel()->text().isEmpty());
        QPushButton *add = editor.findChild<QPushButton *>();
        Q_UNUSED(add);
        QVERIFY(editor.addClass(editor.nameEdit()->text()));
        QCOMPARE(editor.model()->rowCount(), 4);
        QVERIFY(m_project->taxonomy().get()->findByName(QStringLiteral("fox")));
        QCOMPARE(editor.selectedClass(),
                 m_project->taxonomy().get()->findByName(QStringLiteral("fox"))->id);
    }

    void conflictsAreExplainedAsYouType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("explained");
        QTest::addColumn<bool>("canSave");
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "needs a name" << false;
        QTest::newRow("duplicate name") << "name"
                                        << "cat"
                                        << "already named" << false;
        QTest::newRow("hotkey used") << "hotkey"
                                     << "1"
                                     << "already used by \"cat\"" << false;
        QTest::newRow("colour too close") << "colour"
                                          << "#e6a000"
                                          << "too close" << true;
        QTest::newRow("fine") << "name"
                              << "hound"
                              << "" << true;
    }

    void conflictsAreExplainedAsYouType()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, explained);
        QFETCH(bool, canSave);
        app::TaxonomyEditor editor(m_project.get());
        editor.show();
        editor.view()->setCurrentIndex(editor.model()->indexOf(m_dog));
        QCOMPARE(editor.nameEdit()->text(), QStringLiteral("dog"));
        QLineEdit *edit = field == QLatin1String("name")     ? editor.nameEdit()
                          : field == QLatin1String("hotkey") ? editor.hotkeyEdit()
                                                             : editor.colourEdit();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        const QString shown = editor.conflictLabel()->text();
        if (explained.isEmpty())
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        else
            QVERIFY2(shown.contains(explained.toHtmlEscaped()), qPrintable(shown));
        QCOMPARE(editor.saveButton()->isEnabled(), canSave);
    }

    void renameAppliesOnlyAfterThePreview()
    {
        app::TaxonomyEditor editor(m_project.get());
        editor.show();
        editor.selectClass(m_cat);
        editor.nameEdit()->setText(QStringLiteral("feline"));
        QStringList seen;
        editor.setPreviewConfirmer([&](app::MigrationPreviewDialog &dialog) {
            for (int r = 0; r < dialog.table()->rowCount(); ++r)
                seen.append(dialog.table()->item(r, 0)->text() + QLatin1Char('=')
                            + dialog.table()->item(r, 1)->text());
            return false; // cancelled
        });
        const int version = m_project->taxonomy().get()->version;
        QVERIFY(!editor.saveClass());
        QCOMPARE(seen, (QStringList{QStringLiteral("north=3"), QStringLiteral("south=2"),
                                    QStringLiteral("Total=5")}));
        QCOMPARE(m_project->taxonomy().get()->version, version); // nothing applied
        QVERIFY(editor.errorText().contains(QStringLiteral("nothing was changed")));
        editor.setPreviewConfirmer([](app::MigrationPreviewDialog &) { return true; });
        QVERIFY(editor.saveClass());
        QCOMPARE(current(m_cat)->name, QStringLiteral("feline"));
        QCOMPARE(editor.model()->data(editor.model()->indexOf(m_cat)).toString(),
                 QStringLiteral("feline"));
    }

    void dropOnAClassReparentsIt()
    {
        app::TaxonomyEditor editor(m_project.get());
        editor.show();
        app::TaxonomyModel *model = editor.model();
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(m_bird)}));
        QVERIFY(data);
        // Not into itself.
        QVERIFY(!model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(m_bird)));
        model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(m_dog));
        QCOMPARE(current(m_bird)->parentId, m_dog);
        const QModelIndex bird = editor.model()->indexOf(m_bird);
        QCOMPARE(bird.parent(), editor.model()->indexOf(m_dog));
        // Dropped between the top-level rows, before cat: top level again, first.
        data.reset(model->mimeData({model->indexOf(m_bird)}));
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
        QVERIFY(current(m_bird)->parentId.isEmpty());
        QCOMPARE(m_project->taxonomy().get()->classes.first().id, m_bird);
        QCOMPARE(editor.model()->classId(editor.model()->index(0, 0)), m_bird);
    }

    void mergeWithPreview()
    {
        app::TaxonomyEditor editor(m_project.get());
        editor.resize(900, 420);
        editor.show();
        editor.selectClass(m_cat);
        QString summary;
        QStringList rows;
        editor.setPreviewConfirmer([&](app::MigrationPreviewDialog &dialog) {
            summary = dialog.summary();
            for (int r = 0; r < dialog.table()->rowCount(); ++r) {
                QStringList cells;
                for (int c = 0; c < dialog.table()->columnCount(); ++c)
                    cells.append(dialog.table()->item(r, c)->text());
                rows.append(cells.join(QLatin1Char(' ')));
            }
            // With ASSAY_SCREENSHOT_DIR set: taxonomy-editor.png, the editor with the preview
            // of merging cat into dog over it.
            const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
            if (!dir.isEmpty()) {
                dialog.resize(520, 260);
                dialog.show();
                QApplication::processEvents();
                QPixmap shot = editor.grab();
                const QPixmap over = dialog.grab();
                QPainter painter(&shot);
                const QPoint at(shot.width() - over.width() - 24,
                                shot.height() - over.height() - 60);
                painter.fillRect(QRect(at, over.size()).adjusted(-1, -1, 1, 1), Qt::darkGray);
                painter.drawPixmap(at, over);
                painter.end();
                shot.save(QDir(dir).filePath(QStringLiteral("taxonomy-editor.png")));
                dialog.hide();
            }
            return true;
        });
        QVERIFY(editor.mergeSelectedInto(m_dog));
        QVERIFY(summary.contains(QStringLiteral("\"cat\" into \"dog\"")));
        QCOMPARE(rows, (QStringList{QStringLiteral("north 3 0 0"), QStringLiteral("south 2 0 0"),
                                    QStringLiteral("Total 5 0 0")}));
        const Taxonomy t = *m_project->taxonomy().get();
        QCOMPARE(t.resolve(m_cat), m_dog);
        const QModelIndex cat = editor.model()->indexOf(m_cat);
        QVERIFY(cat.isValid());
        QVERIFY(editor.model()->data(cat, app::TaxonomyModel::ArchivedRole).toBool());
        QCOMPARE(editor.model()->data(cat.siblingAtColumn(app::TaxonomyModel::State)).toString(),
                 QStringLiteral("archived"));
        QCOMPARE(editor.selectedClass(), m_dog);
    }
};

QTEST_MAIN(tst_TaxonomyEditor)
#include "tst_taxonomyeditor.moc"
