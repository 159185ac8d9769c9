// SPDX-License-Identifier: Apache-2.0
// File ▸ Import Labels and File ▸ Export Dataset, offscreen: the dialogs driven like a person
// would, the project checked afterwards, a cancel that rolls back, errors that name the file.
#include "app/gui/exportdialog.h"
#include "app/gui/importdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/transferrunner.h"
#include "app/gui/transfersummarydialog.h"
#include "core/interchange/formatregistry.h"
#include "core/models/itemlistmodel.h"
#include "core/project/services.h"
#include "core/transfer/datasetimport.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace assay;
using namespace assay::core;
using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

namespace {

// 3 real images, 3 classes, 4 boxes; the images sit under dir/images, beside the file.
Dataset sampleDataset(const QString &dir)
{
    Dataset d;
    const QList<QSize> sizes{{640, 480}, {320, 200}, {100, 100}};
    for (int i = 0; i < sizes.size(); ++i) {
        const QString name = QStringLiteral("images/img%1.png").arg(i);
        writeImage(dir, name, sizes[i].width(), sizes[i].height());
        d.images.append({name, sizes[i].width(), sizes[i].height(), {}, {}});
    }
    for (const char *name : {"cat", "dog", "bird"})
        d.categories.append({QString(), QString::fromLatin1(name), {}});
    auto box = [&](int image, int category, double x, double y, double w, double h) {
        DatasetBox b;
        b.image = image;
        b.category = category;
        b.x = x;
        b.y = y;
        b.w = w;
        b.h = h;
        d.boxes.append(b);
    };
    box(0, 0, 10, 20, 100, 50);
    box(0, 1, 300, 200, 40, 60);
    box(1, 2, 0, 0, 320, 200);
    box(1, 0, 5, 5, 20, 30);
    return d;
}

QString writeCoco(const QString &dir, const QString &name = QStringLiteral("labels.json"))
{
    const QString out = QDir(dir).filePath(name);
    auto written = FormatRegistry::builtIn().write(sampleDataset(dir), QStringLiteral("coco"), out);
    if (!written)
        qFatal("%s", qPrintable(written.error().toString()));
    return out;
}

struct Snapshot
{
    qint64 events = 0;
    QString head;
    qint64 items = 0;
    qint64 boxes = 0;
    qint64 classes = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const QString &projectPath)
{
    auto store = assay::core::Project::open(projectPath);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    auto c = (*store)->counts();
    auto h = (*store)->logHead();
    return {c->events, h->hash, c->images + c->texts + c->audio, c->boxes, c->classes};
}

// Calls `action` once a visible window of type T (and object name, when given) is up: the
// dialogs under test are modal, so a test reaches them from a timer. Polls every 20 ms.
template<typename T>
void whenShown(QObject *context, std::function<void(T *)> action, const QString &objectName = {})
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, action, objectName] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *t = qobject_cast<T *>(w);
            if (t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName)) {
                timer->stop();
                timer->deleteLater();
                action(t);
                return;
            }
        }
    });
    timer->start();
}

// Push buttons in the middle; check boxes and radio buttons on their indicator.
void click(QWidget *w)
{
    const QPoint at = qobject_cast<QPushButton *>(w)
                              ? w->rect().center()
                              : QPoint(qMin(8, w->width() / 2), w->height() / 2);
    QTest::mouseClick(w, Qt::LeftButton, {}, at);
}

// Screenshots for the documentation, when ASSAY_SCREENSHOT_DIR is set.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class tst_TransferDialogs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    assay::tests::MemoryKeys m_keys;

    // The test's own connections sign in as lead, the owner, as the window would.
    void signInAsLead(assay::core::Project &project)
    {
        const Status st = project.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead")));
        if (!st)
            qFatal("%s", qPrintable(st.error().toString()));
    }

    QString newProject(const QString &name = QStringLiteral("transfer.assay"))
    {
        assay::core::CreateOptions options;
        options.name = QStringLiteral("Street scenes");
        options.ownerName = QStringLiteral("lead");
        options.mediaRoot = m_dir->path();
        options.ownerKey = m_keys.of(QStringLiteral("lead")).publicKeys().toText();
        const QString path = m_dir->filePath(name);
        auto created = assay::core::Project::create(path, options);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-transfer-test"));
        // The fixtures record as several people without their keys: not what the window's check
        // of the log at opening is for (tst_mainwindow tests it on a signed project).
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                + QStringLiteral("/street-scenes-XXXXXX"));
        QSettings().remove(QStringLiteral("transfer"));
        app::TransferRunner::setWorkerHookForTesting({});
    }

    void actionsFollowProjectAndRole()
    {
        const QString path = newProject();
        {
            auto store = assay::core::Project::open(path);
            ASSAY_VERIFY_RESULT(store);
            signInAsLead(**store);
            ASSAY_VERIFY_RESULT(
                    (*store)->people()
                            .addPerson(QStringLiteral("ann"), QStringLiteral("Ann"),
                                       {Role::Annotator},
                                       m_keys.of(QStringLiteral("ann")).publicKeys().toText()));
            ASSAY_VERIFY_RESULT(
                    (*store)->people()
                            .addPerson(QStringLiteral("rita"), QStringLiteral("Rita"),
                                       {Role::Reviewer},
                                       m_keys.of(QStringLiteral("rita")).publicKeys().toText()));
        }
        app::MainWindow w;
        auto *importAction = w.findChild<QAction *>(QStringLiteral("importLabelsAction"));
        auto *exportAction = w.findChild<QAction *>(QStringLiteral("exportDatasetAction"));
        QVERIFY(importAction && exportAction);
        QCOMPARE(importAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
        QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        QVERIFY(importAction->toolTip().contains(QStringLiteral("Ctrl+Shift+I")));
        QVERIFY(!importAction->isEnabled());
        QVERIFY(!exportAction->isEnabled());

        // Nobody is signed in to a project just opened, even with ASSAY_USER set.
        qputenv("ASSAY_USER", "lead");
        QVERIFY(w.openProject(path));
        qunsetenv("ASSAY_USER");
        QVERIFY(!importAction->isEnabled());
        QVERIFY(!exportAction->isEnabled());
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        QVERIFY(importAction->isEnabled());
        QVERIFY(exportAction->isEnabled());

        // An annotator may do neither; a reviewer may export but not import. Switching person
        // is signing in again, with that person's key.
        QVERIFY(!w.signIn(QStringLiteral("ann"), m_keys.of(QStringLiteral("rita"))));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("ann"), m_keys.of(QStringLiteral("ann"))));
        QVERIFY(!importAction->isEnabled());
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(importAction->statusTip().contains(QStringLiteral("Ann")));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("rita"), m_keys.of(QStringLiteral("rita"))));
        QVERIFY(!importAction->isEnabled());
        QVERIFY(exportAction->isEnabled());

        w.closeProject();
        QVERIFY(!importAction->isEnabled());
        QVERIFY(!exportAction->isEnabled());
    }

    void importFromTheFileMenu()
    {
        const QString path = newProject();
        const QString coco = writeCoco(m_dir->path());
        app::MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(w.openProject(path));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        QCOMPARE(w.itemModel()->rowCount(), 0);

        QString recognised, mediaRoot, checkText, headline, details;
        bool referenceEnabled = true, referenceEnabledForResults = false;
        Snapshot afterCheck;
        whenShown<app::ImportDialog>(this, [&](app::ImportDialog *dialog) {
            auto *source = dialog->findChild<QLineEdit *>(QStringLiteral("importSource"));
            source->setFocus();
            QTest::keyClicks(source, coco);
            (void) QTest::qWaitFor([&] { return !dialog->recognisedFormat().isEmpty(); }, 5000);
            recognised = dialog->findChild<QLabel *>(QStringLiteral("importRecognised"))->text();
            mediaRoot = dialog->findChild<QLineEdit *>(QStringLiteral("importMediaRoot"))->text();
            auto *reference = dialog->findChild<QLineEdit *>(QStringLiteral("importReference"));
            referenceEnabled = reference->isEnabled();
            dialog->setFormat(QStringLiteral("coco-results"));
            referenceEnabledForResults = reference->isEnabled();
            dialog->setFormat(QStringLiteral("auto"));
            click(dialog->findChild<QCheckBox *>(QStringLiteral("importAddClasses")));

            click(dialog->findChild<QPushButton *>(QStringLiteral("importCheckButton")));
            checkText = dialog->resultText();
            afterCheck = snapshot(path);
            screenshot(dialog, QStringLiteral("import-dialog.png"));

            whenShown<app::TransferSummaryDialog>(this, [&](app::TransferSummaryDialog *summary) {
                headline = summary->headline();
                details = summary->details();
                screenshot(summary, QStringLiteral("import-summary.png"));
                summary->accept();
            });
            click(dialog->findChild<QPushButton *>(QStringLiteral("importButton")));
        });
        const Snapshot before = snapshot(path);
        w.findChild<QAction *>(QStringLiteral("importLabelsAction"))->trigger();

        QVERIFY2(recognised.contains(QStringLiteral("COCO instances")), qPrintable(recognised));
        QCOMPARE(QDir::fromNativeSeparators(mediaRoot), QFileInfo(coco).absolutePath());
        QVERIFY(!referenceEnabled); // only for COCO results
        QVERIFY(referenceEnabledForResults);
        QVERIFY2(checkText.contains(QStringLiteral("dry run"))
                         && checkText.contains(QStringLiteral("4 boxes")),
                 qPrintable(checkText));
        QCOMPARE(afterCheck, before); // the check wrote nothing
        QVERIFY2(headline.contains(QStringLiteral("4 boxes"))
                         && headline.contains(QStringLiteral("labels.json")),
                 qPrintable(headline));
        QVERIFY2(details.contains(QStringLiteral("3 images")), qPrintable(details));

        // The project has the boxes, and the window shows the new items.
        auto counts = w.store()->counts();
        ASSAY_VERIFY_RESULT(counts);
        QCOMPARE(counts->boxes, 4);
        QCOMPARE(counts->images, 3);
        QCOMPARE(counts->classes, 3);
        QCOMPARE(w.itemModel()->rowCount(), 3);
        QVERIFY(w.statusBar()->findChildren<QLabel *>().size() > 0);
        bool counted = false;
        for (QLabel *label : w.statusBar()->findChildren<QLabel *>())
            counted = counted || label->text() == QStringLiteral("3 items");
        QVERIFY(counted);

        // The options are remembered for the next import.
        app::ImportDialog again(path, w.store()->actor().id, w.store()->signingKeys());
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("importAddClasses"))->isChecked());
        QVERIFY(again.options().addClasses);
    }

    void cancelledImportLeavesTheProjectUnchanged()
    {
        const QString path = newProject();
        const QString coco = writeCoco(m_dir->path());
        const Snapshot before = snapshot(path);
        // Hold the worker at "Committing" (everything written, not committed) until Cancel.
        std::atomic<bool> held{false};
        app::TransferRunner::setWorkerHookForTesting(
                [&held](int percent, const QString &, const std::atomic<bool> &cancel) {
                    if (percent < 95)
                        return;
                    held = true;
                    QDeadlineTimer deadline(10000);
                    while (!cancel && !deadline.hasExpired())
                        QThread::msleep(5);
                });
        auto store = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        signInAsLead(**store);
        app::ImportDialog dialog(path, (*store)->actor().id, (*store)->signingKeys());
        dialog.show();
        dialog.setSourcePath(coco);
        click(dialog.findChild<QCheckBox *>(QStringLiteral("importAddClasses")));
        QString cancelling;
        whenShown<QProgressDialog>(
                this,
                [&](QProgressDialog *progress) {
                    (void) QTest::qWaitFor([&] { return held.load(); }, 5000);
                    QTest::qWait(50); // the phase reaches the dialog
                    screenshot(progress, QStringLiteral("import-progress.png"));
                    click(progress->findChild<QPushButton *>(
                            QStringLiteral("transferCancelButton")));
                    cancelling = progress->labelText();
                },
                QStringLiteral("transferProgress"));
        QVERIFY(!dialog.runImport());
        app::TransferRunner::setWorkerHookForTesting({});

        QVERIFY2(held, "the import never reached the commit");
        QVERIFY2(cancelling.contains(QStringLiteral("rolled back")), qPrintable(cancelling));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("nothing was imported")),
                 qPrintable(dialog.resultText()));
        QVERIFY(!dialog.summary());
        QVERIFY(dialog.isVisible()); // stays open to try again
        QCOMPARE(snapshot(path), before);
        QVERIFY((*store)->verifyLog()->intact);
    }

    void badFilesAreReportedWithTheirName()
    {
        const QString path = newProject();
        const QString bad = writeFixture(
                m_dir->path(), QStringLiteral("broken.json"),
                "{\"images\": [\n  {\"id\": 1, \"file_name\": \"a.png\",}\n], \"annotations\": []}");
        const QString coco = writeCoco(m_dir->path());
        const Snapshot before = snapshot(path);
        auto store = assay::core::Project::open(path);
        ASSAY_VERIFY_RESULT(store);
        signInAsLead(**store);
        app::ImportDialog dialog(path, (*store)->actor().id, (*store)->signingKeys());
        dialog.show();

        // Malformed JSON: the file, the line and the column.
        dialog.setFormat(QStringLiteral("coco"));
        dialog.setSourcePath(bad);
        QString text, reason;
        whenShown<QMessageBox>(
                this,
                [&](QMessageBox *box) {
                    text = box->text();
                    reason = box->informativeText();
                    box->accept();
                },
                QStringLiteral("importErrorBox"));
        QVERIFY(!dialog.runImport());
        QVERIFY2(text.contains(QStringLiteral("broken.json"))
                         && text.contains(QStringLiteral("unchanged")),
                 qPrintable(text));
        QVERIFY2(reason.contains(QStringLiteral("broken.json"))
                         && reason.contains(QStringLiteral("line 2")),
                 qPrintable(reason));
        QCOMPARE(snapshot(path), before);

        // Classes the taxonomy lacks, with "add missing classes" off: named, nothing written.
        dialog.setFormat(QStringLiteral("auto"));
        dialog.setSourcePath(coco);
        QVERIFY(!dialog.options().addClasses);
        whenShown<QMessageBox>(
                this,
                [&](QMessageBox *box) {
                    text = box->text();
                    reason = box->informativeText();
                    box->accept();
                },
                QStringLiteral("importErrorBox"));
        QVERIFY(!dialog.runImport());
        QVERIFY2(reason.contains(QStringLiteral("labels.json"))
                         && reason.contains(QStringLiteral("dog"))
                         && reason.contains(QStringLiteral("Add missing classes")),
                 qPrintable(reason));
        QCOMPARE(snapshot(path), before);
        QVERIFY(dialog.resultText().contains(QStringLiteral("Nothing was imported")));
    }

    void exportWritesFilesAndManifest()
    {
        const QString path = newProject();
        {
            auto store = assay::core::Project::open(path);
            ASSAY_VERIFY_RESULT(store);
            signInAsLead(**store);
            transfer::ImportOptions options;
            options.addClasses = true;
            ASSAY_VERIFY_RESULT(transfer::importDataset(**store, writeCoco(m_dir->path()), options));
        }
        app::MainWindow w;
        w.show();
        QVERIFY(w.openProject(path));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        const QString out = m_dir->filePath(QStringLiteral("out/street.json"));
        QDir().mkpath(QFileInfo(out).absolutePath());

        QString suggested, headline, details;
        bool finalByDefault = false;
        whenShown<app::ExportDialog>(this, [&](app::ExportDialog *dialog) {
            auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
            format->setCurrentIndex(format->findData(QStringLiteral("coco")));
            suggested = dialog->outputPath();
            finalByDefault = dialog->findChild<QRadioButton *>(QStringLiteral("exportFinal"))
                                     ->isChecked();
            // Imported labels are not final: "everything" exports them.
            click(dialog->findChild<QRadioButton *>(QStringLiteral("exportAll")));
            auto *output = dialog->findChild<QLineEdit *>(QStringLiteral("exportOutput"));
            output->clear();
            QTest::keyClicks(output, out);
            screenshot(dialog, QStringLiteral("export-dialog.png"));
            whenShown<app::TransferSummaryDialog>(this, [&](app::TransferSummaryDialog *summary) {
                headline = summary->headline();
                details = summary->details();
                screenshot(summary, QStringLiteral("export-summary.png"));
                summary->accept();
            });
            click(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")));
        });
        w.findChild<QAction *>(QStringLiteral("exportDatasetAction"))->trigger();

        QVERIFY2(suggested.endsWith(QStringLiteral("transfer-coco.json")), qPrintable(suggested));
        QVERIFY(finalByDefault);
        QVERIFY2(headline.contains(QStringLiteral("4 boxes")), qPrintable(headline));
        const QString manifest = out + QStringLiteral(".manifest.json");
        QVERIFY2(details.contains(QStringLiteral("street.json.manifest.json")), qPrintable(details));
        QVERIFY(QFileInfo::exists(out));
        QVERIFY(QFileInfo::exists(manifest));
        const QJsonObject m = QJsonDocument::fromJson(readAll(manifest)).object();
        QCOMPARE(m.value(QStringLiteral("selection")).toString(), QStringLiteral("all"));
        QCOMPARE(m.value(QStringLiteral("files")).toArray().size(), 1);
        auto back = FormatRegistry::builtIn().read(out, QStringLiteral("coco"));
        ASSAY_VERIFY_RESULT(back);
        QCOMPARE(back->boxes.size(), 4);

        // A folder format into a folder, with the format and selection remembered.
        app::ExportDialog dialog(path, w.store()->actor().id, w.store()->signingKeys());
        QCOMPARE(dialog.format(), QStringLiteral("coco"));
        QVERIFY(dialog.options().all);
        dialog.setFormat(QStringLiteral("yolo"));
        QVERIFY(!dialog.outputPath().endsWith(QStringLiteral(".json")));
        const QString folder = m_dir->filePath(QStringLiteral("yolo-out"));
        dialog.setOutputPath(folder);
        whenShown<app::TransferSummaryDialog>(this, [](app::TransferSummaryDialog *summary) {
            summary->accept();
        });
        QVERIFY(dialog.runExport());
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("manifest.json"))));
        QVERIFY(dialog.summary() && dialog.summary()->files.size() > 2);
    }
};

QTEST_MAIN(tst_TransferDialogs)
#include "tst_transferdialogs.moc"
