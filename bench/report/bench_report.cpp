// SPDX-License-Identifier: Apache-2.0
// The audit report on a large project: 100,000 answers (20,000 items, 5 answers each) of 50
// people in 5 batches of 10 annotators, 5 % gold. Times what `assay report` does (the figures
// with a 1,000-resample bootstrap, the charts drawn offscreen, the HTML written) and what
// `assay report verify` does: at the report's snapshot, and once the project has moved on
// (the state at the report's heads rebuilt by replaying the log in a scratch copy).
//
// Usage: bench_report [--items N] [--keep FILE]   (the project is kept in FILE when given and
// reused when FILE exists)
#include "bench/benchreport.h"
#include "core/project/services.h"
#include "core/report/reportservice.h"
#include "widgets/quality/reportrender.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace assay;
using namespace assay::core;

static int fail(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    return 1;
}

static Status build(Project &p, int items)
{
    constexpr int people = 50;
    constexpr int batches = 5;
    constexpr int overlap = 5;
    QList<Item> list;
    for (int i = 0; i < items; ++i) {
        Item it;
        it.kind = ItemKind::Image;
        it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
        it.path = QStringLiteral("media/%1.jpg").arg(i);
        it.width = it.height = 64;
        list.append(it);
    }
    ASSAY_TRY(p.items().addItems(list, {}));
    QStringList classes;
    for (const char *name : {"cat", "dog", "fox", "owl"}) {
        TaxonomyClass c;
        c.name = QLatin1String(name);
        auto added = p.taxonomy().addClass(c);
        if (!added)
            return added.error();
        classes.append(added->id);
    }
    auto stored = p.items().page(0, items);
    if (!stored)
        return stored.error();
    QHash<Id, int> truth;
    for (int i = 0; i < stored->size(); ++i)
        truth.insert(stored->at(i).id, i % 4);
    // 5 % of the items are gold, with their true class.
    QList<GoldAnswer> gold;
    for (int i = 0; i < stored->size(); i += 20) {
        GoldAnswer g;
        g.itemId = stored->at(i).id;
        g.classIds = {classes.at(truth.value(g.itemId))};
        gold.append(g);
    }
    ASSAY_TRY(p.gold().setGold(gold));
    QStringList ids;
    for (int k = 0; k < people; ++k) {
        auto added = p.people().addPerson(QStringLiteral("p%1").arg(k, 2, 10, QLatin1Char('0')), {},
                                          {Role::Annotator});
        if (!added)
            return added.error();
        ids.append(added->id);
    }
    std::mt19937_64 engine(11);
    std::uniform_int_distribution<int> wrong(1, 3);
    std::uniform_real_distribution<double> unit(0, 1);
    const int perBatch = int(stored->size()) / batches;
    for (int b = 0; b < batches; ++b) {
        BatchSpec spec;
        spec.name = QStringLiteral("batch-%1").arg(b + 1);
        spec.annotators = ids.mid(b * 10, 10);
        for (int i = b * perBatch; i < (b + 1) * perBatch; ++i) {
            if (i % 20 != 0)
                spec.itemIds.append(stored->at(i).id);
        }
        spec.overlap = overlap;
        spec.goldRate = 0.05;
        spec.seed = quint64(b + 1);
        auto batch = p.work().planBatch(spec);
        if (!batch)
            return batch.error();
        auto tasks = p.work().batchTasks(batch->id);
        if (!tasks)
            return tasks.error();
        ASSAY_TRY(p.transact([&]() -> Status {
            for (const Task &t : *tasks) {
                ASSAY_TRY(p.setActor(t.personId));
                const int k = int(ids.indexOf(t.personId));
                const double accuracy = 0.7 + 0.25 * (k % 10) / 9.0;
                int c = truth.value(t.itemId);
                if (unit(engine) > accuracy)
                    c = (c + wrong(engine)) % 4;
                auto a = p.annotations().startAnnotation(t.id);
                if (!a)
                    return a.error();
                ASSAY_TRY(p.annotations().setClasses(a->id, {classes.at(c)}));
                ASSAY_TRY(p.annotations().addTimeSpent(a->id, 2000 + (k * 37 + c * 101) % 3000));
                ASSAY_TRY(p.work().setTaskState(t.id, TaskState::Done));
            }
            return {};
        }));
        ASSAY_TRY(p.setActor(QStringLiteral("admin")));
        std::printf("  %s: %lld answers\n", qPrintable(spec.name), qlonglong(tasks->size()));
        std::fflush(stdout);
    }
    return {};
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    int items = 20000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--items")); i > 0 && i + 1 < args.size())
        items = args.at(i + 1).toInt();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("report.assay"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        path = args.at(i + 1);
    QElapsedTimer t;
    std::unique_ptr<Project> project;
    if (QFileInfo::exists(path)) {
        auto opened = Project::open(path);
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
        if (const Status st = project->setActor(QStringLiteral("admin")); !st)
            return fail(st.error());
    } else {
        t.start();
        auto created = Project::create(path, {});
        if (!created)
            return fail(created.error());
        project = std::move(*created);
        std::printf("building the project (%d items, 5 answers each, 50 people, 5 batches):\n",
                    items);
        if (const Status st = build(*project, items); !st)
            return fail(st.error());
        std::printf("  built in %.1f s\n", t.elapsed() / 1000.0);
    }
    Project &p = *project;
    auto head = p.logHead();
    auto answers = ReportService(p).timedAnswers();
    if (!answers)
        return fail(answers.error());
    std::printf("project: %lld answers, %lld events\n", qlonglong(answers->size()),
                head ? qlonglong(head->seq) : -1LL);

    AuditReportRequest request; // 1000 resamples, seed 1: the command's defaults
    t.start();
    auto report = ReportService(p).auditReport(request);
    if (!report)
        return fail(report.error());
    const double figures = t.nsecsElapsed() / 1e9;
    const QHash<QString, QByteArray> pngs = widgets::chartPngs(*report);
    const QString html = ReportService::auditReportHtml(*report, pngs);
    const double whole = t.nsecsElapsed() / 1e9;
    std::printf("report: %.2f s (figures and text %.2f s, %lld charts drawn; %.1f MB of HTML)\n",
                whole, figures, qlonglong(pngs.size()), html.toUtf8().size() / 1e6);

    t.start();
    auto check = ReportService(p).verifyAuditReport(html);
    if (!check)
        return fail(check.error());
    const double verify = t.nsecsElapsed() / 1e9;
    std::printf("report verify at the snapshot: %.2f s (%s)\n", verify,
                check->matches ? "matches" : "DOES NOT MATCH");

    // The project moves on: verify replays the log up to the report's heads in a scratch copy.
    if (auto added = p.people().addPerson(QStringLiteral("late"), {}, {Role::Annotator}); !added)
        return fail(added.error());
    t.start();
    auto later = ReportService(p).verifyAuditReport(html);
    if (!later)
        return fail(later.error());
    const double replayed = t.nsecsElapsed() / 1e9;
    std::printf("report verify after the project moved on (replayed to the snapshot): %.2f s "
                "(%s)\n",
                replayed, later->matches && later->replayed ? "matches" : "DOES NOT MATCH");
    bench::report({QStringLiteral("report 100k answers"), whole, QStringLiteral("s")});
    bench::report({QStringLiteral("report verify 100k answers"), verify, QStringLiteral("s")});
    bench::report({QStringLiteral("report verify 100k answers, moved on"), replayed,
                   QStringLiteral("s")});
    return check->matches && later->matches ? 0 : 1;
}
