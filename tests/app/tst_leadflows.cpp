// SPDX-License-Identifier: Apache-2.0
// A lead runs a project from the window, offscreen: the first-run wizard, people, gold marked
// while labeling, a batch previewed, created and accepted, a flag resolved, and the quality
// panel's drill-down — each checked in the project store through the services.
#include "app/gui/batchdialog.h"
#include "app/gui/classlisteditor.h"
#include "app/gui/firstrunwizard.h"
#include "app/gui/flagsdialog.h"
#include "app/gui/golddialog.h"
#include "app/gui/itemsdialog.h"
#include "app/gui/labelingpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/peopledialog.h"
#include "app/gui/persondialog.h"
#include "app/gui/rolechecks.h"
#include "core/identity/keystore.h"
#include "core/project/services.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/preview/itempreview.h"
#include "widgets/quality/qualitypanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSettings>
#include <QComboBox>
#include <QTest>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace assay;
using namespace assay::core;

class tst_LeadFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    assay::tests::MemoryKeys m_keys;

    // Writes `count` small PNG files into `folder` (under the test's directory).
    QStringList writeImages(const QString &folder, int count)
    {
        QDir(m_dir->path()).mkpath(folder);
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            cv::Mat m(120, 160, CV_8UC3, cv::Scalar(30 * i, 90 + 20 * i, 200 - 10 * i));
            cv::circle(m, cv::Point(50 + 7 * i, 60), 22, cv::Scalar(40, 40, 40), cv::FILLED);
            cv::rectangle(m, cv::Point(95, 30), cv::Point(140, 95), cv::Scalar(240, 240, 240), 3);
            const QString path = m_dir->filePath(QStringLiteral("%1/%2.png").arg(folder).arg(i));
            cv::imwrite(path.toStdString(), m);
            paths.append(path);
        }
        return paths;
    }

    // A project owned by "lead" (an admin, with a key), classes cat and dog, `images` images,
    // and the annotators named, each with a key.
    QString makeProject(int images, const QStringList &annotators)
    {
        const QString path = m_dir->filePath(QStringLiteral("lead.assay"));
        auto store = Project::create(path, {QStringLiteral("Lead flows"),
                                            QStringLiteral("lead"),
                                            {},
                                            {},
                                            {}});
        if (!store)
            return {};
        Project &p = **store;
        if (!m_keys.registerIn(p, QStringLiteral("lead")))
            return {};
        QList<Item> items;
        const QStringList files = writeImages(QStringLiteral("media"), images);
        for (int i = 0; i < files.size(); ++i) {
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QString(64, QLatin1Char('a' + i));
            it.path = QDir(m_dir->path()).relativeFilePath(files.at(i));
            it.width = 160;
            it.height = 120;
            items.append(it);
        }
        if (!items.isEmpty() && !p.items().addItems(items, {}))
            return {};
        for (const char *name : {"cat", "dog"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            if (!p.taxonomy().addClass(c))
                return {};
        }
        for (const QString &name : annotators) {
            if (!p.people().addPerson(name, name, {Role::Annotator},
                                      m_keys.of(name).publicKeys().toText()))
                return {};
        }
        return path;
    }

    bool openAsLead(app::MainWindow &w, const QString &path, const QString &who = "lead")
    {
        w.resize(1100, 760);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !w.openProject(path))
            return false;
        const Status st = w.signIn(who, m_keys.of(who));
        if (!st)
            qWarning("%s", qPrintable(st.error().toString()));
        return bool(st);
    }

    // Runs `fill` on the modal dialog of type D that `open` opens, then lets `open` return.
    template<typename D>
    bool withModal(const std::function<void()> &open, const std::function<void(D *)> &fill)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *d = qobject_cast<D *>(QApplication::activeModalWidget())) {
                seen = true;
                fill(d);
            }
        });
        open();
        return seen;
    }

    // Answers a task as `person` with the class, and sets it done.
    static Status answer(Project &p, const Task &task, const Id &classId)
    {
        auto a = p.annotations().startAnnotation(task.id);
        if (!a)
            return a.error();
        ASSAY_TRY(p.annotations().setClasses(a->id, {classId}));
        return p.work().setTaskState(task.id, TaskState::Done);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AssayTest"));
        QCoreApplication::setApplicationName(QStringLiteral("assay-leadflows-test"));
        // The fixtures record as several people without their keys: not what the window's check
        // of the log at opening is for (tst_mainwindow tests it on a signed project).
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    // The first-run path: a person added with a given public key, two classes typed in, a
    // folder of media added, and the first batch made on Finish — all in the store.
    void firstRunPath()
    {
        const QString path = makeProject(0, {});
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        // No items: the window says what to do next, with the buttons that do it.
        QVERIFY(w.isShowingEmptyProject());
        QVERIFY(w.emptyProjectButton(0)->isEnabled());
        if (const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            w.resize(1000, 560);
            QTest::qWait(200);
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("empty-project.png"))));
        }
        app::FirstRunWizard wizard(w.store(),
                                   [&](const QStringList &paths) { return w.addMedia(paths); });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(app::FirstRunWizard::PeoplePage));
        QCOMPARE(wizard.peopleTable()->rowCount(), 1); // the owner
        QVERIFY(wizard.addPersonButton()->isEnabled());

        const QString bobKey = m_keys.of(QStringLiteral("bob")).publicKeys().toText();
        QVERIFY(withModal<app::PersonDialog>(
                [&] { QTest::mouseClick(wizard.addPersonButton(), Qt::LeftButton); },
                [&](app::PersonDialog *d) {
                    QTest::keyClicks(d->nameEdit(), QStringLiteral("bob"));
                    d->setKeyMode(app::PersonDialog::KeyMode::Register);
                    d->publicKeyEdit()->setText(bobKey);
                    d->accept();
                }));
        QCOMPARE(wizard.peopleTable()->rowCount(), 2);
        auto bob = w.store()->people().person(QStringLiteral("bob"));
        ASSAY_VERIFY_RESULT(bob);
        QCOMPARE(bob->roles, QList<Role>{Role::Annotator});
        QCOMPARE((*w.store()->people().currentKey(bob->id))->publicKey, bobKey);

        // Classes: the page refuses to go on without one; Enter adds the typed name.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::FirstRunWizard::ClassesPage));
        app::ClassListEditor *classes = wizard.classEditor();
        // The project came with cat and dog; remove both, then the page may not be left.
        const Taxonomy before = *w.store()->taxonomy().get();
        for (const TaxonomyClass &c : before.classes)
            QVERIFY(classes->removeClass(c.id));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::FirstRunWizard::ClassesPage));
        for (const QString &name : {QStringLiteral("heron"), QStringLiteral("egret")}) {
            QTest::keyClicks(classes->nameEdit(), name);
            QTest::keyClick(classes->nameEdit(), Qt::Key_Return);
        }
        QCOMPARE(classes->classNames(),
                 (QStringList{QStringLiteral("heron"), QStringLiteral("egret")}));
        const Taxonomy taxonomy = *w.store()->taxonomy().get();
        QCOMPARE(taxonomy.classes.size(), 2);
        QCOMPARE(taxonomy.classes.at(1).name, QStringLiteral("egret"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::FirstRunWizard::MediaPage));
        QVERIFY(wizard.mediaLabel()->text().contains(QStringLiteral("No items")));
        writeImages(QStringLiteral("shots"), 3);
        QCOMPARE(wizard.addMediaPaths({m_dir->filePath(QStringLiteral("shots"))}), 3);
        QCOMPARE(*w.store()->items().itemCount(), 3);
        QVERIFY(!w.isShowingEmptyProject());
        QVERIFY(wizard.mediaLabel()->text().contains(QLatin1Char('3')));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(app::FirstRunWizard::BatchPage));
        // The annotators are ticked; the owner (an admin) may label but is not ticked.
        QCOMPARE(wizard.annotatorList()->count(), 2);
        int ticked = 0;
        for (int i = 0; i < wizard.annotatorList()->count(); ++i)
            ticked += wizard.annotatorList()->item(i)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(ticked, 1);
        QVERIFY(w.store()->work().batches()->isEmpty());
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.batchError().isEmpty());
        const auto batches = *w.store()->work().batches();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(wizard.createdBatch(), batches.first().id);
        QCOMPARE(w.store()->work().queue(bob->id)->size(), 3);
        QVERIFY(!wizard.isVisible());
    }

    // People: a person added from the dialog, their roles changed, then deactivated; an
    // annotator finds the same buttons disabled, saying why.
    void addPerson()
    {
        const QString path = makeProject(2, {QStringLiteral("alice")});
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::People)->isEnabled());
        app::PeopleDialog dialog(w.store());
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 2);
        QVERIFY(dialog.addButton()->isEnabled());
        const QString carolKey = m_keys.of(QStringLiteral("carol")).publicKeys().toText();
        QVERIFY(withModal<app::PersonDialog>(
                [&] { QTest::mouseClick(dialog.addButton(), Qt::LeftButton); },
                [&](app::PersonDialog *d) {
                    QTest::keyClicks(d->nameEdit(), QStringLiteral("carol"));
                    QTest::keyClicks(d->displayNameEdit(), QStringLiteral("Carol Reyes"));
                    d->roleChecks()->box(Role::Reviewer)->setChecked(true);
                    d->setKeyMode(app::PersonDialog::KeyMode::Register);
                    // A key already someone's is refused, and the dialog stays open.
                    d->publicKeyEdit()->setText(
                            m_keys.of(QStringLiteral("alice")).publicKeys().toText());
                    d->accept();
                    QVERIFY(d->isVisible());
                    QVERIFY(d->errorText().contains(QStringLiteral("alice")));
                    d->publicKeyEdit()->setText(carolKey);
                    d->accept();
                }));
        QCOMPARE(dialog.table()->rowCount(), 3);
        auto carol = w.store()->people().person(QStringLiteral("carol"));
        ASSAY_VERIFY_RESULT(carol);
        QCOMPARE(carol->displayName, QStringLiteral("Carol Reyes"));
        QCOMPARE(carol->roles, (QList<Role>{Role::Annotator, Role::Reviewer}));
        QCOMPARE(dialog.currentPerson(), carol->id);
        // Nobody gave carol tasks yet: the queue column says so.
        const int row = dialog.table()->currentRow();
        QCOMPARE(dialog.table()->item(row, app::PeopleDialog::Queue)->text(), QStringLiteral("–"));
        QVERIFY(dialog.table()
                        ->item(row, app::PeopleDialog::Queue)
                        ->toolTip()
                        .contains(QStringLiteral("batch")));

        // A key made here, as `assay keys new` makes one: kept in the key store under the
        // person's name, its public half registered.
        {
            const QString name = QStringLiteral("gen%1").arg(QDateTime::currentMSecsSinceEpoch());
            const identity::KeyStore keys;
            app::PersonDialog made(w.store());
            made.nameEdit()->setText(name);
            made.setKeyMode(app::PersonDialog::KeyMode::Generate);
            made.passphraseEdit()->setText(QStringLiteral("correct horse"));
            made.repeatEdit()->setText(QStringLiteral("correct horses"));
            made.accept();
            QVERIFY(made.errorText().contains(QStringLiteral("differ")));
            QVERIFY(!w.store()->people().person(name));
            made.repeatEdit()->setText(QStringLiteral("correct horse"));
            made.accept();
            QVERIFY2(made.errorText().isEmpty(), qPrintable(made.errorText()));
            QCOMPARE(made.result(), int(QDialog::Accepted));
            QVERIFY(QFile::exists(keys.fileFor(name)));
            auto secret = keys.load(name, "correct horse");
            ASSAY_VERIFY_RESULT(secret);
            const Id id = made.added().id;
            QCOMPARE((*w.store()->people().currentKey(id))->publicKey,
                     secret->publicKeys().toText());
            QFile::remove(keys.fileFor(name));
        }

        QVERIFY(dialog.setRoles(carol->id, {Role::Reviewer}));
        QCOMPARE(w.store()->people().person(carol->id)->roles, QList<Role>{Role::Reviewer});
        QVERIFY(dialog.deactivate(carol->id));
        QVERIFY(!w.store()->people().person(carol->id)->active);
        QVERIFY(!*w.store()->people().currentKey(carol->id));
        QVERIFY(!isAllowed(*w.store()->people().person(carol->id), Action::Annotate));

        // Alice, an annotator: the view is there, but adding people is not hers to do.
        QVERIFY(w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
        app::PeopleDialog hers(w.store());
        QVERIFY(!hers.addButton()->isEnabled());
        QVERIFY(hers.addButton()->toolTip().contains(QStringLiteral("may not manage people")));
        QVERIFY(!hers.rolesButton()->isEnabled());
        // Others' queues and accuracy are not hers to read: dashes that say why.
        for (int r = 0; r < hers.table()->rowCount(); ++r) {
            if (hers.table()->item(r, app::PeopleDialog::Name)->text() == QLatin1String("lead")) {
                QCOMPARE(hers.table()->item(r, app::PeopleDialog::Gold)->text(),
                         QStringLiteral("–"));
                QVERIFY(hers.table()
                                ->item(r, app::PeopleDialog::Gold)
                                ->toolTip()
                                .contains(QStringLiteral("may not")));
            }
        }
        QVERIFY(!w.leadAction(app::MainWindow::LeadAction::Batches)->isEnabled());
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::Batches)
                        ->toolTip()
                        .contains(QStringLiteral("may not")));
    }

    // The lead labels an item and marks it gold with Ctrl+M: the answer is the reference.
    // The same action is disabled for an annotator, with the reason.
    void markGoldFromLabeling()
    {
        const QString path = makeProject(2, {QStringLiteral("alice")});
        QVERIFY(!path.isEmpty());
        {
            auto store = Project::open(path);
            QVERIFY(store);
            ASSAY_VERIFY_RESULT((*store)->setActor(QStringLiteral("lead")));
            BatchSpec spec;
            spec.name = QStringLiteral("lead's own");
            spec.annotators = {QStringLiteral("lead"), QStringLiteral("alice")};
            spec.overlap = 2;
            ASSAY_VERIFY_RESULT((*store)->work().planBatch(spec));
        }
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        QVERIFY(w.startLabeling());
        app::LabelingPanel *panel = w.labelingPanel();
        QCOMPARE(panel->taskCount(), 2);
        QAction *gold = panel->action(app::LabelingPanel::Action::MarkGold);
        QVERIFY(gold->isEnabled());
        QVERIFY(w.store()->gold().goldAnswers()->isEmpty());

        // Nothing labeled: nothing to take as the reference.
        QSignalSpy messages(panel, &app::LabelingPanel::message);
        QVERIFY(!panel->markGold());
        QVERIFY(w.store()->gold().goldAnswers()->isEmpty());
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("Label the item")));

        widgets::ImageCanvas *canvas = panel->canvas();
        QTRY_VERIFY(canvas->isImageShown());
        QApplication::setActiveWindow(&w);
        canvas->setFocus();
        const QPointF from = canvas->imageToWidget({20, 20});
        const QPointF to = canvas->imageToWidget({120, 100});
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from.toPoint());
        for (int i = 1; i <= 5; ++i) {
            const QPointF p = from + (to - from) * (i / 5.0);
            QMouseEvent move(QEvent::MouseMove, p, canvas->mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, to.toPoint());
        QTest::keyClick(canvas, Qt::Key_M, Qt::ControlModifier);
        const auto answers = *w.store()->gold().goldAnswers();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().itemId, panel->currentItem().id);
        QCOMPARE(answers.first().boxes.size(), 1);
        const Box reference = answers.first().boxes.first();
        QVERIFY(qAbs(reference.x - 20) < 2 && qAbs(reference.w - 100) < 2);
        QCOMPARE(answers.first().personId, w.store()->actor().id);

        // The gold dialog lists it, and alice's answer once she gave one.
        app::GoldDialog dialog(w.store());
        QCOMPARE(dialog.goldTable()->rowCount(), 1);
        QVERIFY(dialog.goldTable()->item(0, 1)->text().contains(QStringLiteral("1 box")));
        QVERIFY(!dialog.removeButton()->isEnabled());
        QVERIFY(!dialog.removeButton()->toolTip().isEmpty());
        // The reference's classes are edited in place; its box stays.
        const Id dog = w.store()->taxonomy().get()->classes.at(1).id;
        QVERIFY(dialog.setReferenceClasses(answers.first().itemId, {dog}));
        const GoldAnswer edited = w.store()->gold().goldAnswers()->first();
        QCOMPARE(edited.classIds, QStringList{dog});
        QCOMPARE(edited.boxes.size(), 1);
        // The gold gate's settings are saved for the project.
        dialog.thresholdBox()->setValue(0.7);
        dialog.windowBox()->setValue(12);
        QVERIFY(dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(w.store()->gold().qualitySettings()->goldWindow, 12);
        QVERIFY(qAbs(w.store()->gold().qualitySettings()->goldThreshold - 0.7) < 1e-9);

        // Alice may label, not make gold: the action says why before anything is done.
        QVERIFY(w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
        QVERIFY(w.startLabeling());
        QVERIFY(!gold->isEnabled());
        QVERIFY(gold->toolTip().contains(QStringLiteral("may not manage batches")));
        QVERIFY(!w.leadAction(app::MainWindow::LeadAction::Gold)->isEnabled());
    }

    // A batch: the preview shows each queue and records nothing; Create records that very
    // plan; the batch is accepted beside its verdicts (a rejection needs a reason).
    void createAndAcceptBatch()
    {
        const QString path = makeProject(4, {QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::Batches)->isEnabled());
        app::BatchDialog dialog(w.store());
        dialog.show();
        QCOMPARE(dialog.tabs()->currentIndex(), 1);   // no batches yet: the form
        QVERIFY(!dialog.createButton()->isEnabled()); // preview first
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("week 1"));
        QCOMPARE(dialog.annotatorList()->count(), 3); // the owner may label too
        int ticked = 0;
        for (int i = 0; i < dialog.annotatorList()->count(); ++i)
            ticked += dialog.annotatorList()->item(i)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(ticked, 2);
        dialog.overlapBox()->setValue(2);
        dialog.criteriaEdit()->setText(QStringLiteral("alpha>=0.5"));
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(dialog.previewTable()->item(r, 1)->text(), QStringLiteral("4"));
        QVERIFY(w.store()->work().batches()->isEmpty()); // a preview records nothing
        QVERIFY(dialog.createButton()->isEnabled());
        // A change to the form asks for a new preview.
        dialog.overlapBox()->setValue(1);
        QVERIFY(!dialog.createButton()->isEnabled());
        QCOMPARE(dialog.previewTable()->rowCount(), 0);
        dialog.overlapBox()->setValue(2);
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QStringList previewed;
        for (int r = 0; r < 2; ++r)
            previewed.append(dialog.previewTable()->item(r, 4)->text());

        QSignalSpy changed(&dialog, &app::BatchDialog::batchesChanged);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(changed.size(), 1);
        const auto batches = *w.store()->work().batches();
        QCOMPARE(batches.size(), 1);
        const Batch batch = batches.first();
        QCOMPARE(batch.name, QStringLiteral("week 1"));
        QCOMPARE(batch.overlap, 2);
        QVERIFY(!batch.criteria.isEmpty());
        QCOMPARE(batch.criteria, *quality::parseCriteria(QStringLiteral("alpha>=0.5")));
        const auto tasks = *w.store()->work().batchTasks(batch.id);
        QCOMPARE(tasks.size(), 8);
        // The recorded queues are the previewed ones, item for item.
        const Id bob = w.store()->people().person(QStringLiteral("bob"))->id;
        QStringList bobItems;
        for (const Task &t : *w.store()->work().queue(bob))
            bobItems.append(QFileInfo(w.store()->items().item(t.itemId)->path).fileName());
        QCOMPARE(previewed.first(), bobItems.join(QStringLiteral(", ")));

        // The list shows it with its progress; bob and carol answer (they agree on all).
        QCOMPARE(dialog.tabs()->currentIndex(), 0);
        QCOMPARE(dialog.currentBatch(), batch.id);
        QCOMPARE(dialog.batchTable()->item(0, 2)->text(), QStringLiteral("0 / 8"));
        {
            const Id cat = w.store()->taxonomy().get()->classes.first().id;
            auto other = Project::open(path);
            QVERIFY(other);
            for (const QString &who : {QStringLiteral("bob"), QStringLiteral("carol")}) {
                ASSAY_VERIFY_RESULT((*other)->signIn(who, m_keys.of(who)));
                for (const Task &t : *(*other)->work().queue((*other)->actor().id))
                    ASSAY_VERIFY_RESULT(answer(**other, t, cat));
            }
        }
        dialog.reload();
        QCOMPARE(dialog.batchTable()->item(0, 2)->text(), QStringLiteral("8 / 8"));
        // The verdict of alpha >= 0.5 is beside the buttons.
        bool verdictShown = false;
        for (int r = 0; r < dialog.verdictTable()->rowCount(); ++r) {
            if (dialog.verdictTable()->item(r, 0)->text().contains(QStringLiteral("alpha"))
                && !dialog.verdictTable()->item(r, 3)->text().isEmpty())
                verdictShown = true;
        }
        QVERIFY(verdictShown);
        // Where answers rejected in review go: their annotator first, then the lead's choice,
        // recorded for the batch.
        QComboBox *returnTo = dialog.returnBox();
        QVERIFY(returnTo->isEnabled());
        QCOMPARE(returnTo->currentIndex(), 0);
        QVERIFY(returnTo->count() >= 3); // same, least loaded, each annotator of the batch
        returnTo->setCurrentIndex(1);
        QVERIFY(dialog.setReturnRule(1));
        QCOMPARE(w.store()->review().returnRule(batch.id)->mode, ReturnMode::Another);
        QVERIFY(w.store()->review().returnRule(batch.id)->personId.isEmpty());
        QVERIFY(dialog.setReturnRule(2));
        QCOMPARE(w.store()->review().returnRule(batch.id)->personId,
                 returnTo->itemData(2).toString());
        QVERIFY(dialog.setReturnRule(0));
        QCOMPARE(w.store()->review().returnRule(batch.id)->mode, ReturnMode::Same);
        // Rejecting needs a reason: the button says so until one is typed.
        QVERIFY(!dialog.rejectButton()->isEnabled());
        QVERIFY(dialog.rejectButton()->toolTip().contains(QStringLiteral("reason")));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(w.store()->work().batch(batch.id)->state, BatchState::Accepted);
        QCOMPARE(changed.size(), 2);
        // Decided once: both buttons now say it was.
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.acceptButton()->toolTip().contains(QStringLiteral("already")));
    }

    // A flag: the list shows reason, comment and person and the item; the lead re-queues it
    // with a note, and the task is the annotator's to do again.
    void resolveFlag()
    {
        const QString path = makeProject(3, {QStringLiteral("alice")});
        QVERIFY(!path.isEmpty());
        Id flagged;
        {
            auto store = Project::open(path);
            QVERIFY(store);
            Project &p = **store;
            ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("lead")));
            BatchSpec spec;
            spec.name = QStringLiteral("first");
            spec.annotators = {QStringLiteral("alice")};
            ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
            ASSAY_VERIFY_RESULT(
                    p.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
            flagged = p.work().queue(p.actor().id)->at(1).id;
            ASSAY_VERIFY_RESULT(p.work().setTaskState(flagged, TaskState::Flagged,
                                                      QStringLiteral("guideline unclear"),
                                                      QStringLiteral("is a heron a stork?")));
        }
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::Flags)->isEnabled());
        app::FlagsDialog dialog(w.store());
        dialog.show();
        QCOMPARE(dialog.flagCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("alice"));
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("guideline unclear"));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("is a heron a stork?"));
        // The item opens beside the list.
        QTRY_VERIFY(dialog.preview()->isLoaded());
        QVERIFY(dialog.resolveButton()->isEnabled());

        QTest::mouseClick(dialog.requeueButton(), Qt::LeftButton);
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("a heron: see the new example"));
        QSignalSpy resolved(&dialog, &app::FlagsDialog::flagResolved);
        QTest::mouseClick(dialog.resolveButton(), Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().toString(), flagged);
        QCOMPARE(dialog.flagCount(), 0);
        QVERIFY(dialog.emptyLabel()->isVisibleTo(&dialog));
        QVERIFY(w.store()->work().flaggedTasks()->isEmpty());
        const Id alice = w.store()->people().person(QStringLiteral("alice"))->id;
        for (const Task &t : *w.store()->work().queue(alice)) {
            if (t.id == flagged)
                QCOMPARE(t.state, TaskState::Pending);
        }

        // Alice may not read others' flags: the view is not offered, and says why.
        QVERIFY(w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
        QVERIFY(!w.leadAction(app::MainWindow::LeadAction::Flags)->isEnabled());
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::Flags)
                        ->toolTip()
                        .contains(QStringLiteral("may not")));
    }

    // The quality panel: a figure, a class and a pair each open the items behind them; a "–"
    // says why; people who may not read the report are not offered it.
    void qualityDrillDown()
    {
        const QString path = makeProject(4, {QStringLiteral("bob"), QStringLiteral("carol")});
        QVERIFY(!path.isEmpty());
        Id disputed;
        {
            auto store = Project::open(path);
            QVERIFY(store);
            Project &p = **store;
            ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("lead")));
            BatchSpec spec;
            spec.name = QStringLiteral("week 1");
            spec.annotators = {QStringLiteral("bob"), QStringLiteral("carol")};
            spec.overlap = 2;
            spec.criteria = *quality::parseCriteria(QStringLiteral("alpha>=0.8,gold>=0.9"));
            ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
            const Taxonomy t = *p.taxonomy().get();
            disputed = p.items().page(0, 1)->first().id;
            // Both say cat everywhere, but bob says dog on the first item.
            for (const QString &who : {QStringLiteral("bob"), QStringLiteral("carol")}) {
                ASSAY_VERIFY_RESULT(p.signIn(who, m_keys.of(who)));
                for (const Task &task : *p.work().queue(p.actor().id)) {
                    const bool dog = who == QLatin1String("bob") && task.itemId == disputed;
                    ASSAY_VERIFY_RESULT(answer(p, task, t.classes.at(dog ? 1 : 0).id));
                }
            }
        }
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::Quality)->isEnabled());
        widgets::QualityPanel panel;
        panel.resize(1100, 760);
        panel.setStore(w.store());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy requested(&panel, &widgets::QualityPanel::itemsRequested);
        QTableWidget *figures = panel.figuresTable();
        int lowRow = -1;
        int goldRow = -1;
        for (int r = 0; r < figures->rowCount(); ++r) {
            if (figures->item(r, 0)->text() == QLatin1String("Items below agreement threshold"))
                lowRow = r;
            if (figures->item(r, 0)->text() == QLatin1String("Gold accuracy"))
                goldRow = r;
        }
        QVERIFY(lowRow >= 0 && goldRow >= 0);
        // No gold in this batch: the dash says so.
        QCOMPARE(figures->item(goldRow, 1)->text(), QStringLiteral("–"));
        QVERIFY(figures->item(goldRow, 1)->toolTip().contains(QStringLiteral("No gold task")));
        QCOMPARE(figures->item(lowRow, 1)->text(), QStringLiteral("0.250"));

        figures->scrollToItem(figures->item(lowRow, 1));
        const QRect cell = figures->visualItemRect(figures->item(lowRow, 1));
        QVERIFY(figures->viewport()->rect().contains(cell.center()));
        // A double-click as the window system delivers it: a click, then the double-click.
        QTest::mouseClick(figures->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QTest::mouseDClick(figures->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.last().at(1).toStringList(), QStringList{disputed});

        // A class's bar: the items given dog, by anyone.
        auto *classes = qobject_cast<QBarSeries *>(panel.classChart()->chart()->series().first());
        QVERIFY(classes);
        const Id dog = w.store()->taxonomy().get()->classes.at(1).id;
        int dogIndex = -1;
        const QStringList categories
                = qobject_cast<QBarCategoryAxis *>(
                          panel.classChart()->chart()->axes(Qt::Horizontal).first())
                          ->categories();
        dogIndex = int(categories.indexOf(QStringLiteral("dog")));
        QVERIFY(dogIndex >= 0);
        Q_EMIT classes->barSets().first()->clicked(dogIndex);
        QCOMPARE(requested.size(), 2);
        QVERIFY(requested.last().at(0).toString().contains(QStringLiteral("dog")));
        QCOMPARE(requested.last().at(1).toStringList(), QStringList{disputed});
        Q_UNUSED(dog)

        // A cell of the heat map: the items both answered (all four).
        widgets::PairHeatMap *map = panel.heatMap();
        QCOMPARE(map->people(), (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
        const QPoint offDiagonal(90 + (map->width() - 98) * 3 / 4, 24 + (map->height() - 32) / 4);
        QCOMPARE(map->pairAt(offDiagonal),
                 std::make_pair(QStringLiteral("bob"), QStringLiteral("carol")));
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, offDiagonal);
        QCOMPARE(requested.size(), 3);
        QCOMPARE(requested.last().at(1).toStringList().size(), 4);

        // The items open in a list with the first one shown.
        app::ItemsDialog items(w.store(), requested.first().at(0).toString(),
                               requested.first().at(1).toStringList());
        items.show();
        QCOMPARE(items.list()->count(), 1);
        QTRY_VERIFY(items.preview()->isLoaded());

        // A reviewer may review, but the report is built from task kinds she may not read: it
        // is not offered rather than failing once opened.
        ASSAY_VERIFY_RESULT(
                w.store()
                        ->people()
                        .addPerson(QStringLiteral("rita"), QStringLiteral("Rita"), {Role::Reviewer},
                                   m_keys.of(QStringLiteral("rita")).publicKeys().toText()));
        QVERIFY(w.signIn(QStringLiteral("rita"), m_keys.of(QStringLiteral("rita"))));
        QVERIFY(!w.leadAction(app::MainWindow::LeadAction::Quality)->isEnabled());
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::Quality)
                        ->toolTip()
                        .contains(QStringLiteral("which tasks are gold")));

        // Bob may not read the report: the action is not offered, and says why.
        QVERIFY(w.signIn(QStringLiteral("bob"), m_keys.of(QStringLiteral("bob"))));
        QVERIFY(!w.leadAction(app::MainWindow::LeadAction::Quality)->isEnabled());
        QVERIFY(w.leadAction(app::MainWindow::LeadAction::Quality)
                        ->toolTip()
                        .contains(QStringLiteral("may not")));
    }

    // The new views as PNGs into $ASSAY_SCREENSHOT_DIR (docs/screenshots), under Xvfb.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ASSAY_SCREENSHOT_DIR to save the screenshots");
        const QStringList annotators{QStringLiteral("bob"), QStringLiteral("carol"),
                                     QStringLiteral("dana")};
        const QString path = makeProject(9, annotators);
        QVERIFY(!path.isEmpty());
        {
            auto store = Project::open(path);
            QVERIFY(store);
            Project &p = **store;
            ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("lead")));
            for (const char *name : {"heron", "egret", "stork"}) {
                TaxonomyClass c;
                c.name = QLatin1String(name);
                ASSAY_VERIFY_RESULT(p.taxonomy().addClass(c));
            }
            const Taxonomy t = *p.taxonomy().get();
            const QList<Item> items = *p.items().page(0, 20);
            ASSAY_VERIFY_RESULT(p.gold().setGold(
                    {GoldAnswer{items.at(7).id, {t.classes.at(0).id}, {}, {}, {}},
                     GoldAnswer{items.at(8).id, {t.classes.at(1).id}, {}, {}, {}}}));
            BatchSpec spec;
            spec.name = QStringLiteral("week 1 — garden");
            spec.annotators = annotators;
            spec.overlap = 2;
            spec.goldRate = 0.2;
            spec.seed = 7;
            spec.criteria = *quality::parseCriteria(
                    QStringLiteral("alpha>=0.6,gold>=0.9,low<=0.25"));
            ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
            for (const QString &who : annotators) {
                ASSAY_VERIFY_RESULT(p.signIn(who, m_keys.of(who)));
                const QList<Task> queue = *p.work().queue(p.actor().id);
                for (int i = 0; i < queue.size(); ++i) {
                    const Task &task = queue.at(i);
                    if (who == QLatin1String("dana") && i == 1) {
                        ASSAY_VERIFY_RESULT(p.work().setTaskState(
                                task.id, TaskState::Flagged, QStringLiteral("guideline unclear"),
                                QStringLiteral("two birds overlap: one class or two?")));
                        continue;
                    }
                    if (i == queue.size() - 1)
                        continue; // some work left to do
                    const bool odd = who == QLatin1String("bob") && task.itemId == items.at(0).id;
                    const Id cls = task.itemId == items.at(8).id ? t.classes.at(1).id
                                                                 : t.classes.at(odd ? 1 : 0).id;
                    auto a = p.annotations().startAnnotation(task.id);
                    ASSAY_VERIFY_RESULT(a);
                    ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {cls}));
                    ASSAY_VERIFY_RESULT(p.annotations().addTimeSpent(a->id, 4000 + 900 * i));
                    ASSAY_VERIFY_RESULT(p.work().setTaskState(task.id, TaskState::Done));
                }
            }
        }
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        const auto save = [&](QWidget *widget, const QString &name) {
            widget->show();
            QTest::qWait(300);
            QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
        };

        {
            app::FirstRunWizard wizard(w.store(), {});
            wizard.resize(720, 560);
            save(&wizard, QStringLiteral("first-run-people.png"));
            wizard.next();
            save(&wizard, QStringLiteral("first-run.png"));
            wizard.next();
            wizard.next();
            save(&wizard, QStringLiteral("first-run-batch.png"));
        }
        {
            app::PersonDialog person(w.store());
            person.nameEdit()->setText(QStringLiteral("erin"));
            person.displayNameEdit()->setText(QStringLiteral("Erin Walsh"));
            person.passphraseEdit()->setText(QStringLiteral("secret"));
            person.repeatEdit()->setText(QStringLiteral("secret"));
            person.roleChecks()->box(Role::Reviewer)->setChecked(true);
            save(&person, QStringLiteral("add-person.png"));
        }
        {
            app::PeopleDialog people(w.store());
            people.resize(1060, 360);
            people.selectPerson(w.store()->people().person(QStringLiteral("bob"))->id);
            save(&people, QStringLiteral("people.png"));
        }
        {
            app::BatchDialog batches(w.store());
            batches.resize(1040, 680);
            batches.tabs()->setCurrentIndex(1);
            batches.nameEdit()->setText(QStringLiteral("week 2 — pond"));
            batches.overlapBox()->setValue(2);
            batches.goldRateBox()->setValue(20);
            QVERIFY(batches.preview());
            save(&batches, QStringLiteral("batch-dialog.png"));
            batches.tabs()->setCurrentIndex(0);
            batches.reasonEdit()->setText(QStringLiteral("bob and carol disagree on herons"));
            save(&batches, QStringLiteral("batch-decision.png"));
        }
        {
            app::GoldDialog gold(w.store());
            gold.resize(900, 620);
            save(&gold, QStringLiteral("gold.png"));
        }
        {
            app::FlagsDialog flags(w.store());
            flags.resize(1000, 520);
            flags.show();
            QTRY_VERIFY(flags.preview()->isLoaded());
            save(&flags, QStringLiteral("flags.png"));
        }
        {
            widgets::QualityPanel panel;
            panel.setStore(w.store());
            QSignalSpy requested(&panel, &widgets::QualityPanel::itemsRequested);
            panel.show();
            QTest::qWait(100);
            for (int r = 0; r < panel.figuresTable()->rowCount(); ++r) {
                if (panel.figuresTable()->item(r, 0)->text().startsWith(QLatin1String("Percent")))
                    Q_EMIT panel.figuresTable()->cellActivated(r, 1);
            }
            QCOMPARE(requested.size(), 1);
            app::ItemsDialog items(w.store(), requested.first().at(0).toString(),
                                   requested.first().at(1).toStringList());
            items.resize(820, 480);
            items.show();
            QTRY_VERIFY(items.preview()->isLoaded());
            save(&items, QStringLiteral("quality-drilldown.png"));
        }
        QVERIFY(w.startLabeling());
        w.resize(1000, 560);
        save(&w, QStringLiteral("empty-queue.png"));
    }

    // An empty queue says what to do next, and a lead gets the button that does it.
    void emptyQueueOffersTheNextStep()
    {
        const QString path = makeProject(2, {QStringLiteral("alice")});
        QVERIFY(!path.isEmpty());
        app::MainWindow w;
        QVERIFY(openAsLead(w, path));
        QVERIFY(w.startLabeling());
        app::LabelingPanel *panel = w.labelingPanel();
        QCOMPARE(panel->taskCount(), 0);
        QVERIFY(panel->emptyText().contains(QStringLiteral("has no tasks")));
        QVERIFY(panel->emptyText().contains(QStringLiteral("batch")));
        QVERIFY(panel->emptyActionButton()->isVisibleTo(panel));
        QSignalSpy requested(panel, &app::LabelingPanel::batchesRequested);
        // The button opens the batches dialog (closed again at once here).
        QTimer::singleShot(0, this, [] {
            if (QWidget *d = QApplication::activeModalWidget())
                d->close();
        });
        QTest::mouseClick(panel->emptyActionButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);

        QVERIFY(w.signIn(QStringLiteral("alice"), m_keys.of(QStringLiteral("alice"))));
        QVERIFY(w.startLabeling());
        QVERIFY(panel->emptyText().contains(QStringLiteral("A lead puts you in a batch")));
        QVERIFY(!panel->emptyActionButton()->isVisibleTo(panel));
    }
};

QTEST_MAIN(tst_LeadFlows)
#include "tst_leadflows.moc"
