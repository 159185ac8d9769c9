// SPDX-License-Identifier: Apache-2.0
// The guideline panel on a real project, offscreen: it opens at the selected class's section,
// shows that class's worked examples (opened large with their boxes), searches, and tells an
// annotator what changed since her last task; the author's preview shows the draft.
#include "core/project/services.h"
#include "tests/testutil.h"
#include "widgets/guidelines/guidelinepanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTextBlock>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace assay;
using namespace assay::core;
using widgets::GuidelinePanel;

static QString guidelineText(const QString &carDefinition)
{
    QString text = QStringLiteral("# Street scenes\n\nBox every road user you can see.\n\n");
    text += QStringLiteral("## Car\n\n**Definition.** %1\n\n").arg(carDefinition);
    text += QStringLiteral("**Use it when** the vehicle carries up to eight people.\n\n"
                           "**Do not use it when** it is a van that carries goods.\n\n");
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("Filler line %1 so that the document scrolls.\n\n").arg(i);
    text += QStringLiteral("## Bus\n\n**Definition.** A vehicle for many passengers.\n\n"
                           "**Use it when** it has a row of side windows.\n\n"
                           "**Do not use it when** it is a coach parked as a building.\n\n");
    for (int i = 0; i < 12; ++i)
        text += QStringLiteral("More filler %1.\n\n").arg(i);
    text += QStringLiteral("## Occlusion\n\nBox the visible part; a reflection is not a car.\n");
    return text;
}

class tst_GuidelinePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Id m_car;
    Id m_bus;
    QList<Id> m_items;

    Project &as(const QString &name)
    {
        if (!m_project->setActor(name))
            qFatal("no person %s", qPrintable(name));
        return *m_project;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Project::create(m_dir.filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(created);
        m_project = std::move(*created);
        Project &p = *m_project;
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator}));
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("auth"), {}, {Role::Author}));
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("lead"), {}, {Role::Lead}));
        TaxonomyClass car;
        car.name = QStringLiteral("car");
        TaxonomyClass bus;
        bus.name = QStringLiteral("bus");
        m_car = p.taxonomy().addClass(car)->id;
        m_bus = p.taxonomy().addClass(bus)->id;
        // Street images: grey road, a blue car and a yellow bus drawn where the boxes are.
        QList<Item> items;
        for (int i = 0; i < 3; ++i) {
            QImage img(320, 200, QImage::Format_RGB32);
            img.fill(QColor(0x9a, 0xa5, 0xb1));
            QPainter painter(&img);
            painter.fillRect(0, 120, 320, 80, QColor(0x55, 0x5b, 0x63));
            painter.fillRect(40 + i * 20, 110, 90, 45, QColor(0x2b, 0x5c, 0xc4));
            painter.fillRect(180, 60, 120, 95, QColor(0xf2, 0xc1, 0x2e));
            painter.end();
            const QString name = QStringLiteral("street%1.png").arg(i);
            QVERIFY(img.save(m_dir.filePath(name)));
            Item it;
            it.kind = ItemKind::Image;
            it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
            it.path = name;
            it.width = 320;
            it.height = 200;
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        for (const Item &it : *p.items().page(0, 10))
            m_items.append(it.id);
        Project &auth = as(QStringLiteral("auth"));
        ASSAY_VERIFY_RESULT(
                auth.guidelines().saveDraft(guidelineText(QStringLiteral("A passenger car."))));
        ASSAY_VERIFY_RESULT(auth.guidelines().publish());
        WorkedExample x;
        x.itemId = m_items.at(0);
        x.classId = m_car;
        x.note = QStringLiteral("the whole car, wheels included");
        x.boxes = {Box{{}, {}, 40, 110, 90, 45, {}}};
        ASSAY_VERIFY_RESULT(auth.guidelines().setExample(x));
        x.itemId = m_items.at(1);
        x.kind = ExampleKind::EdgeCase;
        x.note = QStringLiteral("half behind the bus: box the visible part");
        x.boxes = {Box{{}, {}, 60, 110, 90, 45, {}}};
        ASSAY_VERIFY_RESULT(auth.guidelines().setExample(x));
        x.itemId = m_items.at(2);
        x.classId = m_bus;
        x.kind = ExampleKind::Positive;
        x.note = QStringLiteral("a bus");
        x.boxes = {Box{{}, {}, 180, 60, 120, 95, {}}};
        ASSAY_VERIFY_RESULT(auth.guidelines().setExample(x));
    }

    void opensAtTheClassSection()
    {
        GuidelinePanel panel;
        panel.resize(380, 600);
        panel.setProject(&as(QStringLiteral("ann")));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.version(), 1);
        QVERIFY(panel.browser()->toPlainText().contains(QStringLiteral("passenger car")));
        QVERIFY(!panel.browser()->toPlainText().contains(QStringLiteral("{#")));
        panel.showClass(m_bus);
        QCOMPARE(panel.currentSection(), QStringLiteral("bus"));
        // The bus heading is at the top of the view: scrolled down, and the cursor on it.
        QVERIFY(panel.browser()->verticalScrollBar()->value() > 0);
        QCOMPARE(panel.browser()->textCursor().block().text(), QStringLiteral("Bus"));
        const int busScroll = panel.browser()->verticalScrollBar()->value();
        panel.showClass(m_car);
        QCOMPARE(panel.currentSection(), QStringLiteral("car"));
        QVERIFY(panel.browser()->verticalScrollBar()->value() < busScroll);
        QVERIFY(!panel.noticeShown()); // no task done yet
    }

    void showsTheClassExamples()
    {
        GuidelinePanel panel;
        panel.setProject(&as(QStringLiteral("ann")));
        panel.showClass(m_car);
        QCOMPARE(panel.examples()->count(), 2);
        QCOMPARE(panel.examples()->item(0)->toolTip(),
                 QStringLiteral("the whole car, wheels included"));
        QVERIFY(!panel.examples()->item(0)->icon().isNull());
        panel.showClass(m_bus);
        QCOMPARE(panel.examples()->count(), 1);
        // Opened large, with its box drawn in the example's colour.
        auto *dialog = panel.openExample(0);
        QVERIFY(dialog);
        auto *picture = dialog->findChild<QLabel *>(QStringLiteral("examplePicture"));
        QVERIFY(picture);
        const QImage large = picture->pixmap().toImage();
        QVERIFY(large.width() > 320);
        const double scale = large.width() / 320.0;
        // The box's left edge is green (positive); the bus inside it stays yellow.
        const QColor edge = large.pixelColor(int(180 * scale) + 1, int(100 * scale));
        QVERIFY2(edge.green() > edge.red() && edge.green() > edge.blue(), qPrintable(edge.name()));
        const QColor inside = large.pixelColor(int(240 * scale), int(100 * scale));
        QCOMPARE(inside.name(), QStringLiteral("#f2c12e"));
        dialog->close();
    }

    void searches()
    {
        GuidelinePanel panel;
        panel.setProject(&as(QStringLiteral("ann")));
        QTest::keyClicks(panel.searchField(), QStringLiteral("reflection"));
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(panel.browser()->textCursor().selectedText(), QStringLiteral("reflection"));
        QVERIFY(!panel.search(QStringLiteral("submarine")));
    }

    void tellsWhatChangedSinceTheLastTask()
    {
        BatchSpec spec;
        spec.name = QStringLiteral("b");
        spec.annotators = {as(QStringLiteral("ann")).actor().id};
        spec.itemIds = {m_items.at(0), m_items.at(1)};
        spec.seed = 1;
        ASSAY_VERIFY_RESULT(as(QStringLiteral("lead")).work().planBatch(spec));
        Project &ann = as(QStringLiteral("ann"));
        const Task task = ann.work().annotatorQueue(ann.actor().id)->first();
        auto a = ann.annotations().startAnnotation(task.id);
        ASSAY_VERIFY_RESULT(a);
        ASSAY_VERIFY_RESULT(ann.annotations().setClasses(a->id, {m_car}));
        ASSAY_VERIFY_RESULT(ann.work().setTaskState(task.id, TaskState::Done));

        Project &auth = as(QStringLiteral("auth"));
        ASSAY_VERIFY_RESULT(auth.guidelines().saveDraft(
                guidelineText(QStringLiteral("A passenger car, or a van with side windows."))));
        // The author's preview: the draft in the same panel, before it is published.
        GuidelinePanel preview;
        preview.setProject(&auth, true);
        QCOMPARE(preview.version(), 0);
        QVERIFY(preview.browser()->toPlainText().contains(QStringLiteral("side windows")));
        // The annotator still sees version 1, and no notice.
        GuidelinePanel before;
        before.setProject(&as(QStringLiteral("ann")));
        QVERIFY(!before.browser()->toPlainText().contains(QStringLiteral("van with side windows")));
        QVERIFY(!before.noticeShown());

        ASSAY_VERIFY_RESULT(as(QStringLiteral("auth")).guidelines().publish());
        GuidelinePanel panel;
        panel.setProject(&as(QStringLiteral("ann")));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.noticeShown());
        QVERIFY(panel.noticeLabel()->text().contains(QStringLiteral("version 1 → 2")));
        QVERIFY(panel.noticeView()->toPlainText().contains(QStringLiteral("Changed: Car")));
        QVERIFY(panel.noticeView()->toPlainText().contains(QStringLiteral("side windows")));
        QVERIFY(!panel.noticeView()->toPlainText().contains(QStringLiteral("Bus")));
        auto *ack = panel.findChild<QWidget *>(QStringLiteral("guidelineNoticeAcknowledge"));
        QVERIFY(ack && ack->isVisible());
        QTest::mouseClick(ack, Qt::LeftButton);
        QVERIFY(!panel.noticeShown());
    }

    // With ASSAY_SCREENSHOT_DIR set: docs/screenshots/guideline-preview.png (the author's
    // preview: the draft in the panel beside an example drawn as annotators see it).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ASSAY_SCREENSHOT_DIR to save the screenshots");
        Project &auth = as(QStringLiteral("auth"));
        ASSAY_VERIFY_RESULT(auth.guidelines().saveDraft(QStringLiteral(
                "# Street scenes\n\nBox every road user you can see, one box each, tight to the"
                " visible outline.\n\n## Car\n\n**Definition.** A passenger car, or a van with"
                " side windows; not a pickup.\n\n**Use it when** the vehicle carries up to eight"
                " people.\n\n**Do not use it when** it is a van that carries goods (use *truck*)."
                "\n\n- A car towing a trailer: box the car alone.\n- A car on a poster: no box."
                "\n\n## Bus\n\n**Definition.** A vehicle for many passengers, with a row of side"
                " windows.\n\n**Do not use it when** it is a coach used as a building.\n\n"
                "## Occlusion\n\nBox the visible part only; a reflection is not a vehicle.\n")));
        QWidget window;
        window.setWindowTitle(QStringLiteral("Guideline preview"));
        auto *layout = new QHBoxLayout(&window);
        auto *panel = new GuidelinePanel(&window);
        panel->setProject(&auth, true);
        panel->showClass(m_car);
        layout->addWidget(panel, 1);
        widgets::ExampleDialog example(&auth, auth.guidelines().examples(m_car)->at(1), &window);
        example.setWindowFlags(Qt::Widget);
        layout->addWidget(&example, 2);
        window.resize(1180, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("guideline-preview.png"))));
    }
};

QTEST_MAIN(tst_GuidelinePanel)
#include "tst_guidelinepanel.moc"
