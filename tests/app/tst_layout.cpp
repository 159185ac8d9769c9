// SPDX-License-Identifier: Apache-2.0
// The window at 1,024 x 700, in English and in German: the main views and the lead's dialogs
// are shown, and no label, button, group title or column header is cut off. With
// ASSAY_SCREENSHOT_DIR set, each view is saved as layout-<language>-<view>.png to be looked at.
#include "app/gui/labelingpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/synccontroller.h"
#include "core/project/services.h"
#include "tests/app/memorykeys.h"
#include "tests/testutil.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <functional>

using namespace assay;
using namespace assay::core;

// What of `root` shows less than its text needs: "class 'text' (shown/needed px)".
static QStringList cutOff(QWidget *root)
{
    QStringList found;
    const auto note = [&found](QWidget *w, const QString &text, int shown, int needed) {
        found.append(QStringLiteral("%1 \"%2\" (%3 of %4 px)")
                             .arg(QString::fromLatin1(w->metaObject()->className()), text)
                             .arg(shown)
                             .arg(needed));
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty()
            || label->property("mayElide").toBool() || label->width() <= 0)
            continue;
        // A label with a pixmap or a movie, or a chart's, is not text.
        if (!label->pixmap().isNull())
            continue;
        const int needed = label->minimumSizeHint().width();
        if (label->width() + 1 < needed)
            note(label, label->text(), label->width(), needed);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root) || button->text().isEmpty() || button->width() <= 0)
            continue;
        if (qobject_cast<QToolButton *>(button)
            && static_cast<QToolButton *>(button)->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        const int needed = button->sizeHint().width();
        if (button->width() + 1 < needed)
            note(button, button->text(), button->width(), needed);
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (!box->isVisibleTo(root) || box->title().isEmpty())
            continue;
        const int needed = box->fontMetrics().horizontalAdvance(box->title()) + 16;
        if (box->width() < needed)
            note(box, box->title(), box->width(), needed);
    }
    for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(root) || header->orientation() != Qt::Horizontal
            || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
            if (!text.isEmpty() && header->sectionSize(i) < needed)
                note(header, text, header->sectionSize(i), needed);
        }
    }
    return found;
}

class tst_Layout : public QObject
{
    Q_OBJECT

private:
    tests::MemoryKeys m_keys;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    QList<QTranslator *> m_translators;

    void useLanguage(const QString &language)
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        m_translators.clear();
        const QLocale locale(language);
        QLocale::setDefault(locale);
        auto *own = new QTranslator;
        QVERIFY2(own->load(QStringLiteral(ASSAY_QM_DIR "/assay_%1.qm").arg(language)),
                 qPrintable(language));
        QCoreApplication::installTranslator(own);
        m_translators.append(own);
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        m_translators.append(qt);
    }

    // Grabs `w` as layout-<language>-<name>.png when ASSAY_SCREENSHOT_DIR is set.
    static void keep(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ASSAY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w->grab().save(QDir(dir).filePath(
                QStringLiteral("layout-%1-%2.png").arg(QLocale().name().left(2), name)));
    }

    // Runs `open` (which shows a modal dialog), checks the dialog once shown, and closes it.
    static QStringList checkModal(const std::function<void()> &open, const QString &name)
    {
        QStringList found;
        bool seen = false;
        QTimer::singleShot(400, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            seen = true;
            // Dialogs open at their own size; never larger than the window they belong to.
            dialog->resize(std::min(dialog->width(), 1024), std::min(dialog->height(), 700));
            QTest::qWait(50);
            found = cutOff(dialog);
            keep(dialog, name);
            dialog->close();
        });
        open();
        if (!seen)
            found.append(QStringLiteral("no dialog for %1").arg(name));
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QSettings().setValue(QStringLiteral("checkLogOnOpen"), false);
        m_dir = std::make_unique<QTemporaryDir>();
        m_project = m_dir->filePath(QStringLiteral("layout.assay"));
        CreateOptions options;
        options.name = QStringLiteral("Layout");
        options.ownerName = QStringLiteral("lead");
        options.ownerSecret = m_keys.of(QStringLiteral("lead"));
        auto made = Project::create(m_project, options);
        ASSAY_VERIFY_RESULT(made);
        Project &p = **made;
        ASSAY_VERIFY_RESULT(p.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        for (const char *name : {"annika", "bernhard"})
            ASSAY_VERIFY_RESULT(
                    p.people().addPerson(QLatin1String(name), {}, {Role::Annotator},
                                         m_keys.of(QLatin1String(name)).publicKeys().toText()));
        for (const char *name : {"cat", "dog", "bird"}) {
            TaxonomyClass c;
            c.name = QLatin1String(name);
            ASSAY_VERIFY_RESULT(p.taxonomy().addClass(c));
        }
        QDir(m_dir->path()).mkpath(QStringLiteral("media"));
        QList<Item> items;
        for (int i = 0; i < 8; ++i) {
            const QString rel = QStringLiteral("media/%1.png").arg(i);
            cv::Mat m(300, 400, CV_8UC3, cv::Scalar(40 + 20 * i, 120, 200 - 15 * i));
            cv::circle(m, cv::Point(120 + 20 * i, 150), 60, cv::Scalar(30, 30, 30), cv::FILLED);
            QVERIFY(cv::imwrite(m_dir->filePath(rel).toStdString(), m));
            Item it;
            it.kind = ItemKind::Image;
            it.path = rel;
            it.sha256 = QString(64, QLatin1Char('a' + i));
            it.width = 400;
            it.height = 300;
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        BatchSpec spec;
        spec.name = QStringLiteral("first");
        spec.annotators = {p.people().person(QStringLiteral("annika"))->id,
                           p.people().person(QStringLiteral("bernhard"))->id};
        spec.overlap = 2;
        spec.seed = 5;
        ASSAY_VERIFY_RESULT(p.work().planBatch(spec));
    }

    void cleanupTestCase()
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

    // The check itself finds a cut label, button and column header (so it can fail).
    void detectsWhatIsCutOff()
    {
        QWidget root;
        auto *label = new QLabel(QStringLiteral("Eine sehr lange Beschriftung, die nicht passt"),
                                 &root);
        label->setGeometry(0, 0, 60, 20);
        auto *button = new QPushButton(QStringLiteral("Stapel ablehnen und begründen…"), &root);
        button->setGeometry(0, 30, 60, 24);
        auto *table = new QTableWidget(1, 1, &root);
        table->setHorizontalHeaderLabels({QStringLiteral("Überlappungsanteil")});
        table->setGeometry(0, 60, 200, 80);
        table->horizontalHeader()->resizeSection(0, 30);
        auto *fine = new QLabel(QStringLiteral("ok"), &root);
        fine->setGeometry(0, 150, 100, 20);
        root.resize(220, 180);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        const QStringList found = cutOff(&root);
        QCOMPARE(found.size(), 3);
        QVERIFY(found.at(0).contains(QStringLiteral("QLabel")));
        QVERIFY(found.at(1).contains(QStringLiteral("QPushButton")));
        QVERIFY(found.at(2).contains(QStringLiteral("Überlappungsanteil")));
    }

    void nothingCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void nothingCutOff()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QStringList found;
        const auto add = [&found](const QString &view, const QStringList &more) {
            for (const QString &m : more)
                found.append(view + QStringLiteral(": ") + m);
        };

        app::MainWindow w;
        w.setGeometry(0, 0, 1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openProject(m_project));
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        w.resize(1024, 700);
        w.selectItem(0);
        QTest::qWait(200);
        add(QStringLiteral("items"), cutOff(&w));
        keep(&w, QStringLiteral("items"));

        // An annotator's labeling view.
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("annika"), m_keys.of(QStringLiteral("annika"))));
        QVERIFY(w.startLabeling());
        QTest::qWait(300);
        add(QStringLiteral("labeling"), cutOff(&w));
        keep(&w, QStringLiteral("labeling"));
        w.showItems();

        // The lead's dialogs, each as the menu opens it.
        ASSAY_VERIFY_RESULT(w.signIn(QStringLiteral("lead"), m_keys.of(QStringLiteral("lead"))));
        using LA = app::MainWindow::LeadAction;
        const QList<std::pair<LA, QString>> dialogs{{LA::People, QStringLiteral("people")},
                                                    {LA::Batches, QStringLiteral("batches")},
                                                    {LA::Gold, QStringLiteral("gold")},
                                                    {LA::Flags, QStringLiteral("flags")},
                                                    {LA::Quality, QStringLiteral("quality")},
                                                    {LA::FirstRun, QStringLiteral("first-run")},
                                                    {LA::Taxonomy, QStringLiteral("taxonomy")}};
        for (const auto &[which, name] : dialogs) {
            QAction *a = w.leadAction(which);
            QVERIFY2(a->isEnabled(), qPrintable(name));
            add(name, checkModal([a] { a->trigger(); }, name));
        }
        add(QStringLiteral("shortcuts"),
            checkModal([&w] { w.showShortcuts(); }, QStringLiteral("shortcuts")));
        add(QStringLiteral("sync settings"), checkModal([&w] { w.syncController()->showSettings(); },
                                                        QStringLiteral("sync-settings")));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(tst_Layout)
#include "tst_layout.moc"
