// SPDX-License-Identifier: Apache-2.0
// The review view driven by the keyboard: accept, fix a box, reject with a reason, escalate,
// undo, each checked in the store; linked zoom and pan; the adjudication dialog.
#include "core/project/services.h"
#include "tests/testutil.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/review/adjudicationdialog.h"
#include "widgets/review/reviewview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace assay;
using namespace assay::core;
using assay::widgets::AdjudicationDialog;
using assay::widgets::ReviewView;

class tst_ReviewView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_batch;
    Id m_car;
    Id m_truck;
    QList<Id> m_items;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }

    QList<ReviewRecord> decisionsOn(const Id &item)
    {
        auto d = as(QStringLiteral("lead")).review().decisions(item);
        as(QStringLiteral("rita"));
        return d ? *d : QList<ReviewRecord>{};
    }

    static void paintScene(const QString &path, int variant)
    {
        QImage image(640, 400, QImage::Format_RGB32);
        image.fill(QColor(variant ? "#6d8a96" : "#8aa39b"));
        QPainter p(&image);
        p.fillRect(0, 300, 640, 100, QColor("#555555"));
        p.setBrush(QColor("#c0392b"));
        p.drawRoundedRect(80, 220, 180, 90, 20, 20);
        p.setBrush(QColor("#2c3e50"));
        p.drawRect(360, 160, 220, 150);
        p.end();
        image.save(path);
    }

    static Box box(const Id &cls, double x, double y, double w, double h)
    {
        Box b;
        b.id = newId();
        b.classId = cls;
        b.x = x;
        b.y = y;
        b.w = w;
        b.h = h;
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("p.assay")), {});
        QVERIFY(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        for (const auto &[name, role] : {std::pair{QStringLiteral("ann"), Role::Annotator},
                                         {QStringLiteral("bob"), Role::Annotator},
                                         {QStringLiteral("cy"), Role::Annotator},
                                         {QStringLiteral("rita"), Role::Reviewer},
                                         {QStringLiteral("ada"), Role::Adjudicator},
                                         {QStringLiteral("lead"), Role::Lead}})
            ASSAY_VERIFY_RESULT(p.people().addPerson(name, {}, {role}));
        TaxonomyClass car;
        car.name = QStringLiteral("car");
        car.colour = QStringLiteral("#e67e22");
        car.hotkey = QStringLiteral("1");
        TaxonomyClass truck;
        truck.name = QStringLiteral("truck");
        truck.colour = QStringLiteral("#8e44ad");
        truck.hotkey = QStringLiteral("2");
        m_car = p.taxonomy().addClass(car)->id;
        m_truck = p.taxonomy().addClass(truck)->id;
        QList<Item> items;
        for (int i = 0; i < 3; ++i) {
            const QString name = QStringLiteral("street%1.png").arg(i);
            paintScene(m_dir.filePath(name), i % 2);
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
            it.path = name;
            it.width = 640;
            it.height = 400;
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        BatchSpec spec;
        spec.name = QStringLiteral("streets");
        for (const QString &n : {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cy")})
            spec.annotators.append(p.people().person(n)->id);
        spec.overlap = 3;
        spec.seed = 3;
        ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
        m_batch = p.work().batch(QStringLiteral("streets"))->id;
        // ann and bob agree; cy calls the car a truck, shifts the van and adds a box.
        for (const QString &name :
             {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cy")}) {
            Project &a = as(name);
            for (const Task &t : *a.work().annotatorQueue(a.actor().id, m_batch)) {
                auto annotation = a.annotations().startAnnotation(t.id);
                ASSAY_VERIFY_RESULT(annotation);
                const double d = name == QLatin1String("bob") ? 4 : 0;
                const bool cy = name == QLatin1String("cy");
                ASSAY_VERIFY_RESULT(
                        a.annotations().addBox(annotation->id,
                                               box(cy ? m_truck : m_car, 80 + d, 220, 180, 90)));
                ASSAY_VERIFY_RESULT(
                        a.annotations().addBox(annotation->id,
                                               box(m_truck, cy ? 330 : 360 + d, 160, 220, 150)));
                if (cy)
                    ASSAY_VERIFY_RESULT(
                            a.annotations().addBox(annotation->id, box(m_car, 10, 320, 60, 40)));
                ASSAY_VERIFY_RESULT(a.work().setTaskState(t.id, TaskState::Done));
            }
        }
        ReviewRules rules;
        rules.rate = 1.0;
        rules.seed = 11;
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).review().applyRules(m_batch, rules));
        as(QStringLiteral("rita"));
    }

    void showsTheAnswersSideBySide()
    {
        ReviewView view(*m_project);
        view.resize(1200, 800);
        ASSAY_VERIFY_RESULT(view.load(m_batch, ReviewOrder::Annotator));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.itemCount(), 3);
        QCOMPARE(view.panelCount(), 3);
        QStringList titles;
        for (int i = 0; i < 3; ++i)
            titles.append(view.panelTitle(i));
        QVERIFY2(titles.join(QLatin1Char('|')).contains(QLatin1String("bob")),
                 qPrintable(titles.join('|')));
        // Matched against the first answer: cy has a box more and a car called a truck.
        const QString cy = titles.filter(QStringLiteral("cy")).value(0);
        QVERIFY2(cy.contains(QLatin1String("unmatched 1")), qPrintable(cy));
        QVERIFY2(cy.contains(QLatin1String("other class 1")), qPrintable(cy));
        // Versions grouped: ann and bob together.
        QVERIFY2(view.versionsText().contains(QLatin1String("ann, bob")),
                 qPrintable(view.versionsText()));
        view.setBlind(true);
        QVERIFY(view.panelTitle(0).contains(QLatin1String("annotator 1")));
        QVERIFY(!view.panelTitle(0).contains(QLatin1String("ann ")));
    }

    // The batch's stored consensus figures (never a fresh run) under the versions.
    void showsTheStoredConsensus()
    {
        ReviewView view(*m_project);
        view.resize(1200, 800);
        ASSAY_VERIFY_RESULT(view.load(m_batch, ReviewOrder::Annotator));
        QVERIFY(!view.versionsText().contains(QLatin1String("Consensus")));
        ConsensusStored figures;
        figures.batchId = m_batch;
        figures.method = QStringLiteral("dawid-skene");
        figures.items = {{view.currentItem(), m_car, 0.82, 3}};
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).record(figures));
        as(QStringLiteral("rita"));
        ASSAY_VERIFY_RESULT(view.load(m_batch, ReviewOrder::Annotator));
        QVERIFY2(view.versionsText().contains(
                         QStringLiteral("Consensus (Dawid–Skene): car, confidence 0.82")),
                 qPrintable(view.versionsText()));
    }

    void zoomAndPanStayInStep()
    {
        ReviewView view(*m_project);
        view.resize(1200, 800);
        ASSAY_VERIFY_RESULT(view.load(m_batch));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        widgets::ImageCanvas *first = view.canvas(0);
        first->setZoom(first->zoom() * 2, QPointF(100, 100));
        for (int i = 1; i < view.panelCount(); ++i) {
            QCOMPARE(view.canvas(i)->zoom(), first->zoom());
            QCOMPARE(view.canvas(i)->viewOffset(), first->viewOffset());
        }
        // A pan with the mouse (middle button drag) in another canvas moves the first too.
        widgets::ImageCanvas *second = view.canvas(1);
        const QPointF before = first->viewOffset();
        QTest::mousePress(second, Qt::MiddleButton, {}, QPoint(200, 150));
        QMouseEvent move(QEvent::MouseMove, QPointF(240, 170),
                         second->mapToGlobal(QPointF(240, 170)), Qt::NoButton, Qt::MiddleButton,
                         Qt::NoModifier);
        QApplication::sendEvent(second, &move);
        QTest::mouseRelease(second, Qt::MiddleButton, {}, QPoint(240, 170));
        QVERIFY(first->viewOffset() != before);
        QCOMPARE(first->viewOffset(), second->viewOffset());
    }

    void decidesWithTheKeyboard()
    {
        ReviewView view(*m_project);
        view.resize(1200, 800);
        ASSAY_VERIFY_RESULT(view.load(m_batch, ReviewOrder::Annotator));
        view.show();
        view.activateWindow();
        view.setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Id item = view.currentItem();

        // Accept the first answer.
        QTest::keyClick(&view, Qt::Key_A, Qt::AltModifier);
        QList<ReviewRecord> d = decisionsOn(item);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.last().verdict, ReviewVerdict::Accept);
        QCOMPARE(view.currentPanel(), 1);

        // Fix the second: move its first box, save the fix beside the original.
        QTest::keyClick(&view, Qt::Key_F, Qt::AltModifier);
        QVERIFY(view.isFixing());
        widgets::ImageCanvas *canvas = view.canvas(1);
        canvas->selectNextBox();
        canvas->nudgeSelectedBox(-20, 0);
        QTest::keyClick(&view, Qt::Key_F, Qt::AltModifier);
        QVERIFY(!view.isFixing());
        d = decisionsOn(item);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.last().verdict, ReviewVerdict::Fix);
        QVERIFY(d.last().fix.has_value());
        auto original = as(QStringLiteral("lead")).annotations().annotation(d.last().annotationId);
        as(QStringLiteral("rita"));
        ASSAY_VERIFY_RESULT(original);
        QCOMPARE(d.last().fix->boxes.size(), original->boxes.size());
        QVERIFY(d.last().fix->boxes != original->boxes); // the fix differs, the original stays
        QCOMPARE(view.currentPanel(), 2);

        // Reject the third with a reason from the list.
        QTest::keyClick(&view, Qt::Key_R, Qt::AltModifier);
        QDialog *dialog = view.reasonDialog();
        QVERIFY(dialog->isVisible());
        auto *code = dialog->findChild<QComboBox *>(QStringLiteral("reasonCode"));
        code->setCurrentIndex(code->findData(QStringLiteral("wrong-class")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonText")),
                         QStringLiteral("the red one is a car"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reasonText")),
                        Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        d = decisionsOn(item);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.last().verdict, ReviewVerdict::Reject);
        QCOMPARE(d.last().reasonCode, QStringLiteral("wrong-class"));
        QCOMPARE(d.last().reasonText, QStringLiteral("the red one is a car"));
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(d.last().taskId), ReviewStage::Rejected);
        as(QStringLiteral("rita"));
        QVERIFY(view.currentItem() != item); // every answer decided: the next item

        // Undo the rejection: withdrawn in the store, the task done again, the item back.
        QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
        d = decisionsOn(item);
        QCOMPARE(d.size(), 3);
        QVERIFY(d.last().withdrawn);
        QCOMPARE(*as(QStringLiteral("lead")).review().stage(d.last().taskId),
                 ReviewStage::UnderReview);
        as(QStringLiteral("rita"));
        QCOMPARE(view.currentItem(), item);
        QCOMPARE(view.currentPanel(), 2);

        // Escalate it instead.
        QTest::keyClick(&view, Qt::Key_E, Qt::AltModifier);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonText")),
                         QStringLiteral("a pickup: car or truck?"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reasonText")),
                        Qt::Key_Return);
        d = decisionsOn(item);
        QCOMPARE(d.size(), 4);
        QCOMPARE(d.last().verdict, ReviewVerdict::Escalate);
        // Page through the queue.
        const int at = view.currentItemIndex();
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(view.currentItemIndex(), at - 1);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(view.currentItemIndex(), at);
        // Alt+2 chooses the second annotator.
        QTest::keyClick(&view, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(view.currentPanel(), 1);
    }

    // Alt+M, a rectangle dragged on the answer, the remark typed: it goes with the decision,
    // is pinned on the answer when the item is shown again, reaches the annotator with the
    // rejection, and the adjudicator sees it pinned on the image.
    void remarkPinnedToARegion()
    {
        ReviewView view(as(QStringLiteral("rita")));
        view.resize(1200, 800);
        ASSAY_VERIFY_RESULT(view.load(m_batch, ReviewOrder::Annotator));
        view.show();
        view.activateWindow();
        view.setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.itemCount() > 0);
        const Id item = view.currentItem();
        const int panel = view.currentPanel();
        widgets::ImageCanvas *canvas = view.canvas(panel);
        QTRY_VERIFY(canvas->isImageShown());

        QTest::keyClick(&view, Qt::Key_M, Qt::AltModifier);
        QVERIFY(view.isRemarking());
        const QPoint from = canvas->imageToWidget(QPointF(70, 210)).toPoint();
        const QPoint to = canvas->imageToWidget(QPointF(270, 320)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), canvas->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
        QVERIFY(!view.isRemarking());
        QDialog *dialog = view.remarkDialog();
        QVERIFY(dialog->isVisible());
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("remarkReason"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("box-too-loose")));
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("remarkText"));
        QTest::keyClicks(text, QStringLiteral("the bumper is outside the box"));
        QTest::keyClick(text, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(view.pendingRemarks().size(), 1);
        const BoxRemark pending = view.pendingRemarks().first();
        QVERIFY(pending.region);
        const double tolerance = 2 / canvas->zoom() + 1;
        QVERIFY(qAbs(pending.region->x() - 70) < tolerance);
        QVERIFY(qAbs(pending.region->y() - 210) < tolerance);
        QVERIFY(qAbs(pending.region->right() - 270) < tolerance);
        QVERIFY(qAbs(pending.region->bottom() - 320) < tolerance);
        QVERIFY(!pending.boxId.isEmpty()); // the car's box, which the region covers
        QVERIFY(view.panelTitle(panel).contains(QLatin1String("1 remark")));

        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("review-remark.png"))));

        // Rejected with a reason: the remark is recorded with the decision.
        QTest::keyClick(&view, Qt::Key_R, Qt::AltModifier);
        QDialog *reasons = view.reasonDialog();
        QVERIFY(reasons->isVisible());
        auto *code = reasons->findChild<QComboBox *>(QStringLiteral("reasonCode"));
        code->setCurrentIndex(code->findData(QStringLiteral("box-too-loose")));
        QTest::keyClicks(reasons->findChild<QLineEdit *>(QStringLiteral("reasonText")),
                         QStringLiteral("see the pin"));
        QTest::keyClick(reasons->findChild<QLineEdit *>(QStringLiteral("reasonText")),
                        Qt::Key_Return);
        const QList<ReviewRecord> d = decisionsOn(item);
        QVERIFY(!d.isEmpty());
        const ReviewRecord &rejected = d.last();
        QCOMPARE(rejected.verdict, ReviewVerdict::Reject);
        QCOMPARE(rejected.boxRemarks.size(), 1);
        QCOMPARE(rejected.boxRemarks.first().region, pending.region);
        QCOMPARE(rejected.boxRemarks.first().text, QStringLiteral("the bumper is outside the box"));
        QCOMPARE(rejected.boxRemarks.first().reasonCode, QStringLiteral("box-too-loose"));
        QCOMPARE(rejected.boxRemarks.first().verdict, ReviewVerdict::Reject);
        QCOMPARE(rejected.boxRemarks.first().boxId, pending.boxId);
        QVERIFY(view.pendingRemarks().isEmpty());

        // Shown again: pinned on the answer it was made on.
        for (int i = 0; i < view.itemCount(); ++i) {
            if (view.currentItem() == item)
                break;
            view.showItem(i);
        }
        view.showItem(view.currentItemIndex());
        bool pinned = false;
        for (int i = 0; i < view.panelCount(); ++i)
            pinned = pinned || view.recordedRemarks(i).size() == 1;
        QVERIFY(pinned);

        // The annotator reads it with the rejection of their answer.
        const Id author = rejected.annotatorId;
        auto person = as(QStringLiteral("lead")).people().person(author);
        ASSAY_VERIFY_RESULT(person);
        auto outcomes = as(person->name).review().myOutcomes();
        ASSAY_VERIFY_RESULT(outcomes);
        bool reached = false;
        for (const ReviewOutcome &o : *outcomes) {
            if (o.taskId == rejected.taskId && o.verdict == ReviewVerdict::Reject)
                reached = o.boxRemarks.size() == 1 && o.boxRemarks.first().region == pending.region;
        }
        QVERIFY(reached);

        // The adjudicator sees the pin on the image.
        AdjudicationDialog adjudication(as(QStringLiteral("ada")), item);
        QVERIFY(adjudication.remarkCanvas());
        QVERIFY(adjudication.remarkCanvas()->hasOverlay());
        QVERIFY(adjudication.findChild<QPlainTextEdit *>(QStringLiteral("remarks"))
                        ->toPlainText()
                        .contains(QLatin1String("pin 1")));
        as(QStringLiteral("rita"));
    }

    void adjudicationDialogKeepsTheVersions()
    {
        const Id item = *as(QStringLiteral("ada")).review().adjudicationQueue()->begin();
        AdjudicationDialog dialog(as(QStringLiteral("ada")), item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *versions = dialog.findChild<QListWidget *>(QStringLiteral("versions"));
        QVERIFY(versions->count() >= 3); // the versions and "a new answer"
        // No justification: refused, the dialog stays open with the reason.
        dialog.chooseVersion(1);
        dialog.setReason(QStringLiteral("guideline"), {}, QStringLiteral("4.1"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());
        dialog.setReason(QStringLiteral("guideline"), QStringLiteral("a pickup counts as a car"),
                         QStringLiteral("4.1"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        auto records = as(QStringLiteral("ada")).review().adjudications(item);
        ASSAY_VERIFY_RESULT(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().section, QStringLiteral("4.1"));
        QCOMPARE(records->first().notChosen.size(), versions->count() - 2);
    }

    // With ASSAY_SCREENSHOT_DIR set: docs/screenshots/review-view.png and adjudication.png.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ASSAY_SCREENSHOT_DIR to save the screenshots");
        ReviewView view(as(QStringLiteral("lead")));
        view.resize(1280, 860);
        ASSAY_VERIFY_RESULT(view.load(m_batch, ReviewOrder::Annotator));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(600);
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("review-view.png"))));
        // The item adjudicated above (with the reviewers' remarks), else the one shown.
        auto adjudicated = as(QStringLiteral("ada")).review().adjudications({});
        const Id item = adjudicated && !adjudicated->isEmpty() ? adjudicated->first().itemId
                                                               : view.currentItem();
        AdjudicationDialog dialog(as(QStringLiteral("ada")), item);
        dialog.chooseVersion(1);
        dialog.setReason(QStringLiteral("guideline"), QStringLiteral("a pickup counts as a car"),
                         QStringLiteral("4.1"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("adjudication.png"))));

        // A text item under review: three annotators' classes in columns.
        QTemporaryDir textDir;
        auto created = Project::create(textDir.filePath(QStringLiteral("t.assay")), {});
        QVERIFY(created);
        Project &t = **created;
        QStringList people{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cy")};
        for (const QString &n : people)
            ASSAY_VERIFY_RESULT(t.people().addPerson(n, {}, {Role::Annotator}));
        ASSAY_VERIFY_RESULT(t.people().addPerson(QStringLiteral("rita"), {}, {Role::Reviewer}));
        QList<Id> classes;
        for (const char *name : {"complaint", "question", "praise"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            c.colour = QStringLiteral("#336699");
            classes.append(t.taxonomy().addClass(c)->id);
        }
        Item it;
        it.kind = ItemKind::Text;
        it.sha256 = QString(64, QLatin1Char('a'));
        it.path = QStringLiteral("review-0042.txt");
        it.text = QStringLiteral(
                "I ordered the blue kettle on Monday and it arrived with a cracked lid. Can you "
                "send a new lid, or should I return the whole kettle? The first one I had from "
                "you lasted six years, so I would rather keep buying here.");
        ASSAY_VERIFY_RESULT(t.items().addItems({it}, {}));
        BatchSpec spec;
        spec.name = QStringLiteral("reviews");
        for (const QString &n : people)
            spec.annotators.append(t.people().person(n)->id);
        spec.overlap = 3;
        spec.seed = 1;
        ASSAY_VERIFY_RESULT(t.work().planBatch(spec));
        const Id batch = t.work().batch(QStringLiteral("reviews"))->id;
        for (int i = 0; i < people.size(); ++i) {
            ASSAY_VERIFY_RESULT(t.setActor(people.at(i)));
            for (const Task &task : *t.work().annotatorQueue(t.actor().id, batch)) {
                auto a = t.annotations().startAnnotation(task.id);
                ASSAY_VERIFY_RESULT(t.annotations().setClasses(a->id, {classes.at(i == 1 ? 1 : 0)}));
                ASSAY_VERIFY_RESULT(t.work().setTaskState(task.id, TaskState::Done));
            }
        }
        ASSAY_VERIFY_RESULT(t.setActor(QStringLiteral("admin")));
        ReviewRules rules;
        rules.rate = 1;
        rules.seed = 2;
        ASSAY_VERIFY_RESULT(t.review().applyRules(batch, rules));
        ASSAY_VERIFY_RESULT(t.review().storeConsensus(batch));
        ASSAY_VERIFY_RESULT(t.setActor(QStringLiteral("rita")));
        ReviewView textView(t);
        textView.resize(1100, 560);
        ASSAY_VERIFY_RESULT(textView.load(batch, ReviewOrder::Annotator));
        textView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&textView));
        QTest::qWait(200);
        QVERIFY(textView.grab().save(QDir(dir).filePath(QStringLiteral("review-text.png"))));
    }
};

QTEST_MAIN(tst_ReviewView)
#include "tst_reviewview.moc"
