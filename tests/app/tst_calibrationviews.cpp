// SPDX-License-Identifier: Apache-2.0
// The trainer's calibration results view and a member's debrief dialog, as real widgets:
// who is ready and why not, the rule applied from the view, the debrief with the reference
// boxes and the member's drawn on the image; an annotator gets no results view.
#include "app/gui/calibrationdebriefdialog.h"
#include "app/gui/calibrationresultsview.h"
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;
using namespace assay::app;

class tst_CalibrationViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<Item> m_items;
    Id m_cat, m_dog, m_fox;
    const QStringList m_members{QStringLiteral("ana"), QStringLiteral("ben"),
                                QStringLiteral("chloe"), QStringLiteral("dev")};

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }
    void screenshot(QWidget &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        QVERIFY(w.grab().save(QDir(dir).filePath(QLatin1String(name))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("c.assay")), {});
        QVERIFY(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        // Four street photos (drawn here) to label by class, one to draw boxes on.
        QDir(m_dir.path()).mkdir(QStringLiteral("media"));
        for (int i = 0; i < 5; ++i) {
            QImage image(640, 420, QImage::Format_RGB32);
            image.fill(QColor(0x6d + i * 12, 0x8a, 0x9c));
            QPainter painter(&image);
            painter.fillRect(QRect(0, 300, 640, 120), QColor(0x5a, 0x5a, 0x5a));
            painter.setBrush(QColor(0xd9, 0x8c, 0x3f));
            painter.drawEllipse(QRect(70, 150, 160, 120));
            painter.setBrush(QColor(0x8b, 0x5a, 0x2b));
            painter.drawEllipse(QRect(360, 190, 200, 110));
            painter.end();
            const QString rel = QStringLiteral("media/street-%1.png").arg(i + 1);
            QVERIFY(image.save(m_dir.filePath(rel)));
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
            it.path = rel;
            it.width = 640;
            it.height = 420;
            m_items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(m_items, {}));
        m_items = *p.items().page(0, 10);
        for (const char *name : {"cat", "dog", "fox"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            auto added = p.taxonomy().addClass(c);
            ASSAY_VERIFY_RESULT(added);
            (name[0] == 'c' ? m_cat : name[0] == 'd' ? m_dog : m_fox) = added->id;
        }
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("tess"), {}, {Role::Trainer}));
        for (const QString &m : m_members)
            ASSAY_VERIFY_RESULT(p.people().addPerson(m, {}, {Role::Annotator}));
        Project &t = as(QStringLiteral("tess"));
        ASSAY_VERIFY_RESULT(t.calibration().createSet(QStringLiteral("street animals")));
        const Id refs[] = {m_cat, m_dog, m_fox, m_cat};
        QList<CalibrationReference> references;
        for (int i = 0; i < 4; ++i)
            references.append({m_items.at(i).id,
                               {refs[i]},
                               {},
                               QStringLiteral("Ears and tail decide, not the colour."),
                               QStringLiteral("3.%1-telling-animals-apart").arg(i + 1)});
        Box a;
        a.classId = m_cat;
        a.x = 70;
        a.y = 150;
        a.w = 160;
        a.h = 120;
        Box b = a;
        b.classId = m_dog;
        b.x = 360;
        b.y = 190;
        b.w = 200;
        b.h = 110;
        references.append({m_items.at(4).id,
                           {},
                           {a, b},
                           QStringLiteral("Every animal gets a box, also the one at the edge."),
                           QStringLiteral("4.2-partly-visible")});
        ASSAY_VERIFY_RESULT(
                t.calibration().addReferences(QStringLiteral("street animals"), references));
        CalibrationSessionSpec spec;
        spec.name = QStringLiteral("Monday cohort");
        spec.set = QStringLiteral("street animals");
        spec.members = m_members;
        spec.maxAttempts = 1;
        spec.onboarding = true;
        ASSAY_VERIFY_RESULT(t.calibration().startSession(spec));

        // ana right everywhere; ben confuses dog and fox; chloe misses a box and confuses cat;
        // dev answers half and stops.
        for (int k = 0; k < m_members.size(); ++k) {
            Project &m = as(m_members.at(k));
            auto queue = m.work().annotatorQueue(m.actor().id);
            ASSAY_VERIFY_RESULT(queue);
            int n = 0;
            for (const Task &task : *queue) {
                if (k == 3 && n++ >= 2)
                    break;
                auto ann = m.annotations().startAnnotation(task.id);
                ASSAY_VERIFY_RESULT(ann);
                const int i = int(std::find_if(m_items.cbegin(), m_items.cend(),
                                               [&](const Item &x) { return x.id == task.itemId; })
                                  - m_items.cbegin());
                if (i < 4) {
                    Id answer = refs[i];
                    if (k == 1 && answer == m_dog)
                        answer = m_fox;
                    if (k == 2 && i == 0)
                        answer = m_fox;
                    ASSAY_VERIFY_RESULT(m.annotations().setClasses(ann->id, {answer}));
                } else {
                    Box mine = a;
                    mine.id = newId();
                    mine.x += 4 + 4 * k; // close to the reference, apart from the others
                    mine.w -= 10;
                    ASSAY_VERIFY_RESULT(m.annotations().addBox(ann->id, mine));
                    if (k != 2) {
                        Box other = b;
                        other.id = newId();
                        other.y -= 3 + 3 * k;
                        ASSAY_VERIFY_RESULT(m.annotations().addBox(ann->id, other));
                    }
                }
                ASSAY_VERIFY_RESULT(m.work().setTaskState(task.id, TaskState::Done));
            }
        }
    }

    void resultsViewShowsWhoIsReadyAndWhy()
    {
        as(QStringLiteral("tess"));
        CalibrationResultsView view(m_project.get());
        ASSAY_VERIFY_RESULT(view.load());
        QTableWidget *people = view.peopleTable();
        QCOMPARE(people->rowCount(), 4);
        QHash<QString, QString> state;
        QHash<QString, QString> why;
        for (int r = 0; r < people->rowCount(); ++r) {
            state.insert(people->item(r, 0)->text(), people->item(r, 1)->text());
            why.insert(people->item(r, 0)->text(), people->item(r, 5)->text());
        }
        QCOMPARE(state.value(QStringLiteral("ana")), QStringLiteral("to judge"));
        QCOMPARE(state.value(QStringLiteral("dev")), QStringLiteral("working"));
        QVERIFY(why.value(QStringLiteral("dev")).contains(QLatin1String("2 of 5")));
        QVERIFY(why.value(QStringLiteral("ben")).contains(QLatin1String("accuracy 0.75 below 0.80")));
        QCOMPARE(view.itemsTable()->rowCount(), 5);
        QVERIFY(view.itemsTable()->item(1, 2)->text().contains(QStringLiteral("fox ×1")));
        QVERIFY(view.cohortLabel()->text().contains(QStringLiteral("Krippendorff")));

        // The rule, applied from the view: ana passes; ben and chloe fail their only attempt.
        QTest::mouseClick(view.judgeButton(), Qt::LeftButton);
        for (int r = 0; r < people->rowCount(); ++r)
            state.insert(people->item(r, 0)->text(), people->item(r, 1)->text());
        QCOMPARE(state.value(QStringLiteral("ana")), QStringLiteral("ready"));
        QCOMPARE(state.value(QStringLiteral("ben")), QStringLiteral("failed"));
        QCOMPARE(state.value(QStringLiteral("chloe")), QStringLiteral("failed"));
        QCOMPARE(state.value(QStringLiteral("dev")), QStringLiteral("working"));
        // Not ready first.
        QVERIFY(people->item(people->rowCount() - 1, 1)->text() == QStringLiteral("ready"));
        QVERIFY(!*m_project->gold().mustRecalibrate(
                m_project->people().person(QStringLiteral("ana"))->id));
        QVERIFY(*m_project->gold().mustRecalibrate(
                m_project->people().person(QStringLiteral("ben"))->id));
    }

    // Per item: every member's boxes over the image in their own colour, the reference in its
    // own style, beside the spread of the classes given.
    void resultsViewOverlaysTheCohortOnTheImage()
    {
        as(QStringLiteral("tess"));
        CalibrationResultsView view(m_project.get());
        ASSAY_VERIFY_RESULT(view.load());
        CohortOverlay *overlay = view.overlay();
        ClassSpreadChart *spread = view.spreadChart();

        // A class item: dog is the reference; ben said fox.
        view.itemsTable()->setCurrentCell(1, 0);
        QHash<QString, ClassSpreadChart::Bar> bars;
        for (const ClassSpreadChart::Bar &b : spread->bars())
            bars.insert(b.label, b);
        QVERIFY(bars.value(QStringLiteral("dog")).reference);
        QCOMPARE(bars.value(QStringLiteral("fox")).value, 1);
        QVERIFY(!bars.value(QStringLiteral("fox")).reference);
        QCOMPARE(bars.value(QStringLiteral("dog")).value + 1, spread->of());

        // The box item: everyone who answered drew the cat, all but chloe the dog.
        view.itemsTable()->setCurrentCell(4, 0);
        QVERIFY(view.itemsTable()->item(4, 1)->text().contains(QLatin1String("2 box")));
        bars.clear();
        for (const ClassSpreadChart::Bar &b : spread->bars())
            bars.insert(b.label, b);
        QCOMPARE(bars.size(), 2);
        QVERIFY(spread->of() >= 3);
        QCOMPARE(bars.value(QStringLiteral("cat")).value, spread->of());
        QCOMPARE(bars.value(QStringLiteral("dog")).value, spread->of() - 1);
        QVERIFY(bars.value(QStringLiteral("cat")).reference);

        // One colour per member, none the reference's; each drawn on the image.
        QSet<QRgb> colours;
        for (const QString &m : m_members) {
            QVERIFY(overlay->colourOf(m).isValid());
            QVERIFY(overlay->colourOf(m) != CohortOverlay::referenceColour());
            colours.insert(overlay->colourOf(m).rgb());
        }
        QCOMPARE(colours.size(), m_members.size());
        QVERIFY(!overlay->colourOf(QStringLiteral("nobody")).isValid());
        overlay->resize(520, 380);
        const QImage shot = overlay->grab().toImage();
        const auto pixelsNear = [&](const QColor &c) {
            int n = 0;
            for (int y = 0; y < shot.height(); ++y) {
                for (int x = 0; x < shot.width(); ++x) {
                    const QColor p = shot.pixelColor(x, y);
                    if (std::abs(p.red() - c.red()) + std::abs(p.green() - c.green())
                                + std::abs(p.blue() - c.blue())
                        < 24)
                        ++n;
                }
            }
            return n;
        };
        QVERIFY(pixelsNear(CohortOverlay::referenceColour()) > 100);
        for (const QString &m :
             {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chloe")})
            QVERIFY2(pixelsNear(overlay->colourOf(m)) > 150, qPrintable(m)); // not the legend alone
        screenshot(view, "calibration-results.png");
    }

    void annotatorGetsNoResultsView()
    {
        as(QStringLiteral("dev"));
        CalibrationResultsView view(m_project.get());
        const Status st = view.load();
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Permission);
        // Nor a debrief before their attempt is over.
        CalibrationDebriefDialog dialog(m_project.get());
        QVERIFY(!dialog.load());
    }

    void debriefShowsAnswerReferenceAndExplanation()
    {
        as(QStringLiteral("chloe"));
        CalibrationDebriefDialog dialog(m_project.get());
        ASSAY_VERIFY_RESULT(dialog.load());
        QTableWidget *items = dialog.itemsTable();
        QCOMPARE(items->rowCount(), 5);
        // The first wrong item is shown first, with its explanation and section.
        QCOMPARE(items->currentRow(), 0);
        QCOMPARE(items->item(0, 1)->text(), QStringLiteral("fox"));
        QCOMPARE(items->item(0, 2)->text(), QStringLiteral("cat"));
        QVERIFY(items->item(0, 3)->text().contains(QLatin1String("wrong")));
        QVERIFY(dialog.explanationLabel()->text().contains(
                QLatin1String("3.1-telling-animals-apart")));
        // The box item: one of two boxes drawn.
        QCOMPARE(items->item(4, 1)->text(), QStringLiteral("1 box(es)"));
        QCOMPARE(items->item(4, 2)->text(), QStringLiteral("2 box(es)"));
        items->setCurrentCell(4, 0);
        QVERIFY(dialog.explanationLabel()->text().contains(QLatin1String("4.2-partly-visible")));
        QCOMPARE(dialog.debrief().items.at(4).referenceBoxes.size(), 2);
        QCOMPARE(dialog.debrief().items.at(4).answerBoxes.size(), 1);
        // Per class: cat right 1 of 2.
        bool cat = false;
        for (int r = 0; r < dialog.classesTable()->rowCount(); ++r) {
            if (dialog.classesTable()->item(r, 0)->text() == QLatin1String("cat")) {
                QCOMPARE(dialog.classesTable()->item(r, 1)->text(), QStringLiteral("1 of 2"));
                cat = true;
            }
        }
        QVERIFY(cat);
        screenshot(dialog, "calibration-debrief.png");
        // Another member's debrief stays closed to chloe.
        QVERIFY(!dialog.load(QStringLiteral("Monday cohort"), QStringLiteral("ben")));
    }
};

QTEST_MAIN(tst_CalibrationViews)
#include "tst_calibrationviews.moc"
