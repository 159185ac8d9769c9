// SPDX-License-Identifier: Apache-2.0
// The People view's audit accuracy: the share of a person's audited answers that a reviewer
// accepted unchanged, from the review decisions recorded in the project.
#include "app/gui/peopledialog.h"
#include "core/project/services.h"
#include "tests/testutil.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace assay;
using namespace assay::core;

class tst_PeopleAudits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditAccuracyIsTheShareAcceptedUnchanged()
    {
        QTemporaryDir dir;
        auto created = Project::create(dir.filePath(QStringLiteral("p.assay")), {});
        ASSAY_VERIFY_RESULT(created);
        Project &p = **created;
        const Id ann = p.people().addPerson(QStringLiteral("ann"), {}, {Role::Annotator})->id;
        ASSAY_VERIFY_RESULT(p.people().addPerson(QStringLiteral("rita"), {}, {Role::Reviewer}));
        TaxonomyClass cat;
        cat.name = QStringLiteral("cat");
        const Id catId = p.taxonomy().addClass(cat)->id;
        QList<Item> items;
        for (int i = 0; i < 8; ++i) {
            Item it;
            it.kind = ItemKind::Text;
            it.sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'));
            it.path = QStringLiteral("t%1.txt").arg(i);
            it.text = QStringLiteral("text %1").arg(i);
            items.append(it);
        }
        ASSAY_VERIFY_RESULT(p.items().addItems(items, {}));
        BatchSpec spec;
        spec.name = QStringLiteral("b");
        spec.annotators = {ann};
        spec.seed = 3;
        auto batch = p.work().planBatch(spec);
        ASSAY_VERIFY_RESULT(batch);
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("ann")));
        for (const Task &t : *p.work().annotatorQueue(ann, batch->id)) {
            auto a = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {catId}));
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
        }
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("admin")));
        ReviewRules rules;
        rules.rate = 1.0;
        rules.minPerAnnotator = 8;
        rules.lowAgreement = false;
        rules.seed = 1;
        ASSAY_VERIFY_RESULT(p.review().applyRules(batch->id, rules));

        // Before any decision: nothing audited, and the view says so.
        {
            app::PeopleDialog dialog(&p);
            const int row = rowOf(dialog, QStringLiteral("ann"));
            QVERIFY(row >= 0);
            QVERIFY(dialog.table()
                            ->item(row, app::PeopleDialog::Audit)
                            ->text()
                            .startsWith(QStringLiteral("–")));
        }

        // Rita accepts three answers and rejects one.
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("rita")));
        auto queue = p.review().queue(batch->id);
        ASSAY_VERIFY_RESULT(queue);
        QVERIFY(queue->size() >= 4);
        auto reasons = p.review().reasons();
        ASSAY_VERIFY_RESULT(reasons);
        for (int i = 0; i < 4; ++i) {
            ReviewDecision d;
            d.entryId = queue->at(i).id;
            if (i == 3) {
                d.verdict = ReviewVerdict::Reject;
                d.reasonCode = reasons->first().code;
                d.reasonText = QStringLiteral("not a cat");
            }
            ASSAY_VERIFY_RESULT(p.review().decide(d));
        }
        // The rejected answer went back to ann and is not redone yet: audited and not accepted,
        // it counts as a miss already.
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("admin")));
        {
            app::PeopleDialog dialog(&p);
            const int row = rowOf(dialog, QStringLiteral("ann"));
            const QString audit = dialog.table()->item(row, app::PeopleDialog::Audit)->text();
            QVERIFY2(audit.startsWith(QStringLiteral("75 %")), qPrintable(audit));
            QVERIFY2(audit.contains(QLatin1Char('4')), qPrintable(audit));
        }
        // Once she has answered again, the same rejection is in force: still a miss, once.
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("ann")));
        for (const Task &t : *p.work().annotatorQueue(ann, batch->id)) {
            if (t.state == TaskState::Done)
                continue;
            auto a = p.annotations().startAnnotation(t.id);
            ASSAY_VERIFY_RESULT(a);
            ASSAY_VERIFY_RESULT(p.annotations().setClasses(a->id, {catId}));
            ASSAY_VERIFY_RESULT(p.work().setTaskState(t.id, TaskState::Done));
        }
        ASSAY_VERIFY_RESULT(p.setActor(QStringLiteral("admin")));
        app::PeopleDialog dialog(&p);
        const int row = rowOf(dialog, QStringLiteral("ann"));
        const QString audit = dialog.table()->item(row, app::PeopleDialog::Audit)->text();
        QVERIFY2(audit.startsWith(QStringLiteral("75 %")), qPrintable(audit));
        QVERIFY2(audit.contains(QLatin1Char('4')), qPrintable(audit));
        // Rita annotated nothing: nothing of hers was audited.
        const int rita = rowOf(dialog, QStringLiteral("rita"));
        QVERIFY(dialog.table()
                        ->item(rita, app::PeopleDialog::Audit)
                        ->text()
                        .startsWith(QStringLiteral("–")));
    }

private:
    static int rowOf(app::PeopleDialog &dialog, const QString &name)
    {
        for (int r = 0; r < dialog.table()->rowCount(); ++r) {
            if (dialog.table()->item(r, app::PeopleDialog::Name)->text() == name)
                return r;
        }
        return -1;
    }
};

QTEST_MAIN(tst_PeopleAudits)
#include "tst_peopleaudits.moc"
